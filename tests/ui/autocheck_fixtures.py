"""A small outlet whose conversations the default checklist's automatic checks judge in
known ways: a clean chat, a rude one, a slow one, a buck-passing one, one with a phrase the
shipped lists do not know, and a call with a long silence and a customer threatening a
complaint.

Used by the auto-check GUI tests and by the screenshot script of the same screens.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from qa_desk.domain.roles import Role
from qa_desk.services.actor import Actor
from qa_desk.services.registry import Services
from qa_desk.storage.unit_of_work import unit_of_work

T0 = datetime(2026, 11, 2, 1, 0, tzinfo=UTC)  # 09:00 in Shanghai
PASSWORD = "secret-pass-1"
ADMIN_PASSWORD = "admin-pass-1"

GREETING = "您好，很高兴为您服务，请问有什么可以帮您？"
CLOSING = "请问还有其他可以帮您的吗？感谢您的耐心，祝您生活愉快。"
RUDE = "说了多少遍了，催什么催，等着吧。"
BUCK = "这个我们管不了，你自己去找快递员吧。"
# Not in the shipped forbidden list: an admin adds it in the word-list tests.
NEW_PHRASE = "你自己看着办"
NEW_PHRASE_LINE = "派送要排队，那你自己看着办吧。"

# (external id, [(seconds after the start, role, text)]) of the chats.
CHATS: list[tuple[str, list[tuple[int, str, str]]]] = [
    (
        "C001-clean",
        [
            (0, "customer", "你好，我的快递SF1234567890123三天没动了"),
            (8, "agent", GREETING),
            (30, "agent", "已为您查询，运单SF1234567890123明天派送。"),
            (45, "customer", "好的谢谢"),
            (50, "agent", CLOSING),
        ],
    ),
    (
        "C002-rude",
        [
            (0, "customer", "我的件到底什么时候到？运单SF1234567890124"),
            (6, "agent", GREETING),
            (20, "customer", "都问了好几次了"),
            (28, "agent", RUDE),
            (40, "agent", CLOSING),
        ],
    ),
    (
        "C003-slow",
        [
            (0, "customer", "在吗？运单SF1234567890125一直没派送"),
            (95, "agent", GREETING),
            (110, "agent", "已帮您催件。"),
            (120, "agent", CLOSING),
        ],
    ),
    (
        "C005-new-phrase",
        [
            (0, "customer", "运单SF1234567890128怎么还没到"),
            (5, "agent", GREETING),
            (12, "agent", NEW_PHRASE_LINE),
            (20, "agent", CLOSING),
        ],
    ),
    (
        "C004-buck",
        [
            (0, "customer", "快递员不接电话，运单SF1234567890126"),
            (5, "agent", GREETING),
            (15, "agent", BUCK),
            (20, "agent", CLOSING),
        ],
    ),
]

# (start ms, end ms, speaker, text) of the call: a greeting, a 25 s unexplained silence,
# and a complaint threat.
CALL_SEGMENTS: list[tuple[int, int, str, str]] = [
    (0, 3000, "agent", "您好，很高兴为您服务。"),
    (3500, 9000, "customer", "我的快递SF1234567890127丢了，你们再不处理我就去投诉。"),
    (9500, 12000, "agent", "嗯，好的。"),
    (37000, 40000, "agent", "查到了，已经为您登记理赔。"),
    (40500, 43000, "customer", "好的。"),
    (43500, 46000, "agent", "请问还有其他可以帮您的吗？"),
]


@dataclass
class Outlet:
    admin: Actor
    inspector: Actor
    auditor: Actor
    ids: dict[str, int]  # external id -> record id


def seed(services: Services) -> Outlet:
    """The admin, an inspector and an auditor; one vendor and agent; four chats and a call;
    the default checklist (Chinese) installed and published."""
    admin = services.accounts.create_first_admin("admin", "管理员", ADMIN_PASSWORD, "测试网点")
    vendor = services.org.create_vendor(admin, "V01", "顺心外包客服")
    team = services.org.create_team(admin, vendor.id, "一组")
    agent = services.org.create_agent(admin, "A0101", "张敏", vendor.id, team.id)
    services.accounts.create_user(admin, "insp", "质检员一", Role.INSPECTOR, PASSWORD)
    services.accounts.create_user(admin, "aud", "审计", Role.AUDITOR, PASSWORD)
    with unit_of_work(services.db, write=True) as uow:
        rows = []
        for i, (ext, lines) in enumerate(CHATS):
            start = T0 + timedelta(hours=i)
            rows.append(
                ("t", ext, "chat", vendor.id, agent.id, start,
                 start + timedelta(seconds=lines[-1][0]), None, None, "查件", 4, [],
                 len(lines), None, None)
            )  # fmt: skip
        call_start = T0 + timedelta(hours=len(CHATS))
        rows.append(
            ("t", "CALL001", "call", vendor.id, agent.id, call_start,
             call_start + timedelta(seconds=46), None, None, "丢件", None, [],
             len(CALL_SEGMENTS), None, None)
        )  # fmt: skip
        uow.bulk.insert_records(rows)
        ids = uow.bulk.record_ids("t")
        uow.bulk.insert_messages(
            (ids[ext], seq, T0 + timedelta(hours=i, seconds=at), role, None, text)
            for i, (ext, lines) in enumerate(CHATS)
            for seq, (at, role, text) in enumerate(lines, 1)
        )
        uow.bulk.insert_call_info([(ids["CALL001"], "inbound", 46.0, None, False)])
        uow.bulk.insert_segments(
            (ids["CALL001"], start, end, speaker, text)
            for start, end, speaker, text in CALL_SEGMENTS
        )
    services.checklists.install_default(admin, "zh_CN")
    actor = services.accounts.actor_by_login
    return Outlet(admin, actor("insp"), actor("aud"), ids)
