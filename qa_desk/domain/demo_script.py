"""Seeded generator of the demo outlet: its organisation and four weeks of chats and calls.

Pure standard library. The same seed and end date always give the same records, message for
message, so a demo database can be rebuilt and compared. The conversations are about
express-delivery problems in Chinese, spread over service hours with a daily and weekly
rhythm, and handled by agents of varied quality: most are prompt and polite, a few are slow,
impatient or new, which is what inspections, auto-checks and dashboards then find.

The nine agents of the sample export files keep their codes, names and vendors here, so the
sample files import straight into a demo database.
"""

from __future__ import annotations

import hashlib
import itertools
import math
import random
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from qa_desk.domain.roles import Role
from qa_desk.domain.timeutil import DEFAULT_TIMEZONE

DEMO_SOURCE = "demo"
DEMO_DAYS = 28
CHAT_COUNT = 5000
CALL_COUNT = 1000
OUTLET_CODE = "OUTLET"
OUTLET_NAME = "演示网点·杭州西湖"

CATEGORIES = ("延误", "丢失", "破损", "改地址", "催派", "投诉", "理赔")
MESSAGE_ROLES = ("customer", "agent", "system", "bot")
SPEAKERS = ("agent", "customer")
RISK_KEYWORDS = ("12305", "投诉", "曝光")
# What a rude or evasive agent says; the forbidden-word rules of a checklist look for these.
FORBIDDEN_PHRASES = (
    "爱投诉就投诉",
    "你自己去问",
    "不归我们管",
    "我已经说过了",
    "你自己看物流",
    "催也没用",
    "我也没办法",
)
HOLD_PHRASE = "请稍等"
MIN_MESSAGES, MAX_MESSAGES = 6, 20


# ---------------------------------------------------------------- organisation
@dataclass(frozen=True, slots=True)
class DemoVendor:
    code: str
    name: str
    contact: str
    kpi_targets: dict[str, float]
    brand: str  # how its agents introduce themselves ("顺心客服")


@dataclass(frozen=True, slots=True)
class DemoTeam:
    vendor_code: str
    name: str


@dataclass(frozen=True, slots=True)
class DemoAgent:
    employee_id: str
    name: str
    vendor_code: str
    team_name: str
    active_from: date
    active_to: date | None
    profile: str  # good | slow | rude | trainee
    shift: str  # early (08–17 h) | late (13–22 h)
    days_off: tuple[int, ...]  # weekdays, Monday = 0
    chat_weight: float
    call_weight: float

    def works(self, day: date, hour: int) -> bool:
        """On duty at this local hour of this day (active, not a day off, on shift)."""
        if day < self.active_from or (self.active_to is not None and day > self.active_to):
            return False
        if day.weekday() in self.days_off:
            return False
        return 8 <= hour < 17 if self.shift == "early" else 13 <= hour < 22

    def active_on(self, day: date) -> bool:
        return self.active_from <= day and (self.active_to is None or day <= self.active_to)


@dataclass(frozen=True, slots=True)
class DemoUser:
    login: str
    display_name: str
    role: Role
    vendor_code: str | None


@dataclass(frozen=True, slots=True)
class DemoOrganisation:
    outlet_name: str
    vendors: tuple[DemoVendor, ...]
    teams: tuple[DemoTeam, ...]
    agents: tuple[DemoAgent, ...]
    users: tuple[DemoUser, ...]


# ---------------------------------------------------------------- records
@dataclass(frozen=True, slots=True)
class DemoMessage:
    seq: int
    at: datetime  # aware UTC
    role: str  # customer | agent | system | bot
    sender: str
    text: str


@dataclass(frozen=True, slots=True)
class DemoSegment:
    start_ms: int
    end_ms: int
    speaker: str  # agent | customer
    text: str


@dataclass(frozen=True, slots=True)
class DemoRecord:
    external_id: str
    channel: str  # chat | call
    vendor_code: str
    agent_code: str
    started_at: datetime  # aware UTC
    ended_at: datetime  # aware UTC
    customer_ref: str  # masked, 138****1234
    waybill_no: str
    category: str
    csat: int | None
    first_response_s: float | None
    messages: tuple[DemoMessage, ...] = ()
    segments: tuple[DemoSegment, ...] = ()
    direction: str | None = None  # calls: inbound | outbound
    duration_s: float | None = None

    @property
    def message_count(self) -> int:
        """Lines of the conversation: chat messages, or transcript segments of a call."""
        return len(self.messages) if self.channel == "chat" else len(self.segments)


@dataclass(frozen=True, slots=True)
class _Profile:
    frt_median: float  # seconds to the first answer
    frt_sigma: float
    busy_share: float  # share of first answers that come late (60–180 s)
    reply: tuple[int, int]  # seconds to answer a later customer line
    stall_share: float  # share of answers that take 2–5 minutes (reply-gap findings)
    hold: tuple[int, int]  # seconds spent "checking" after a hold line
    forbidden: float  # chance per conversation of a rude or evasive line
    skip_greeting: float
    skip_closing: float
    wrong_info: float
    silent_hold: float  # calls: a long silence without asking the customer to wait
    csat_shift: float


_PROFILES = {
    "good": _Profile(13, 0.5, 0.025, (5, 25), 0.01, (15, 60), 0.01, 0.02, 0.05, 0.01, 0.03, 0.0),
    "slow": _Profile(38, 0.6, 0.12, (20, 90), 0.12, (40, 150), 0.04, 0.05, 0.2, 0.03, 0.35, -0.7),
    "rude": _Profile(18, 0.6, 0.04, (6, 40), 0.04, (20, 80), 0.3, 0.3, 0.45, 0.04, 0.15, -1.1),
    "trainee": _Profile(
        24, 0.6, 0.06, (10, 50), 0.05, (30, 110), 0.05, 0.15, 0.25, 0.15, 0.2, -0.4
    ),
}


def demo_organisation(end: date) -> DemoOrganisation:
    """The demo outlet's vendors, teams, agents and users; agent dates are relative to ``end``."""
    start = end - timedelta(days=DEMO_DAYS)
    vendors = (
        DemoVendor(
            "V01",
            "顺心外包客服",
            "运营经理 周海涛 0571-8601 2301",
            {"pass_rate": 90.0, "first_response_within": 95.0, "actions_closed_on_time": 90.0},
            "顺心客服",
        ),
        DemoVendor(
            "V02",
            "速达联合呼叫中心",
            "项目主管 许文静 0571-8779 5520",
            {"pass_rate": 88.0, "first_response_within": 92.0, "actions_closed_on_time": 85.0},
            "速达客服",
        ),
    )
    teams = (
        DemoTeam("V01", "在线一组"),
        DemoTeam("V01", "在线二组"),
        DemoTeam("V02", "综合组"),
        DemoTeam("V02", "热线组"),
    )
    # (code, name, team, profile, days since joining before the period, chat, call weight)
    roster = (
        ("A0101", "王丽", "在线一组", "good", 640, 1.0, 0.0),
        ("A0102", "李娜", "在线一组", "good", 520, 1.0, 0.0),
        ("A0103", "张伟", "在线一组", "slow", 410, 1.0, 0.0),
        ("A0104", "刘洋", "在线一组", "rude", 380, 1.0, 0.0),
        ("A0105", "陈静", "在线一组", "good", 300, 1.0, 0.0),
        ("A0106", "孙浩", "在线二组", "good", 260, 1.0, 0.0),
        ("A0107", "吴倩", "在线二组", "good", 230, 1.0, 0.0),
        ("A0108", "郑凯", "在线二组", "good", 190, 1.1, 0.0),
        ("A0109", "何雪", "在线二组", "trainee", 12, 0.8, 0.0),
        ("A0110", "马俊", "在线二组", "good", 150, 1.0, 0.0),
        ("A0201", "杨帆", "综合组", "good", 700, 0.8, 0.45),
        ("A0202", "赵敏", "综合组", "good", 560, 0.8, 0.45),
        ("A0203", "黄磊", "综合组", "slow", 480, 0.8, 0.45),
        ("A0204", "周婷", "综合组", "rude", 330, 0.8, 0.45),
        ("A0205", "林晓燕", "综合组", "good", 210, 0.8, 0.4),
        ("A0206", "罗志强", "热线组", "good", 620, 0.05, 1.0),
        ("A0207", "谢雨欣", "热线组", "good", 340, 0.05, 1.0),
        ("A0208", "宋佳", "热线组", "slow", 280, 0.05, 1.0),
        ("A0209", "唐亮", "热线组", "good", 170, 0.05, 1.0),
        ("A0210", "韩梅", "热线组", "trainee", -10, 0.05, 0.8),
    )
    vendor_of = {"在线一组": "V01", "在线二组": "V01", "综合组": "V02", "热线组": "V02"}
    agents = []
    for i, (code, name, team, profile, tenure, chat_w, call_w) in enumerate(roster):
        # Staggered rest days and alternating shifts keep every service hour staffed.
        days_off = ((2 * i) % 7, (2 * i + 1) % 7)
        shift = "early" if i % 2 == 0 else "late"
        # One agent left during the period (active_to); A0210 joined in it (tenure < 0).
        active_to = start + timedelta(days=17) if code == "A0107" else None
        agents.append(
            DemoAgent(
                code,
                name,
                vendor_of[team],
                team,
                start - timedelta(days=tenure),
                active_to,
                profile,
                shift,
                days_off,
                chat_w,
                call_w,
            )
        )
    users = (
        DemoUser("qa.chen", "陈晓", Role.INSPECTOR, None),
        DemoUser("qa.lin", "林芳", Role.INSPECTOR, None),
        DemoUser("qa.xu", "徐磊", Role.INSPECTOR, None),
        DemoUser("sup.v01", "钱程", Role.VENDOR_SUPERVISOR, "V01"),
        DemoUser("sup.v02", "冯琳", Role.VENDOR_SUPERVISOR, "V02"),
    )
    return DemoOrganisation(OUTLET_NAME, vendors, teams, tuple(agents), users)


def demo_period(end: date, tz_name: str = DEFAULT_TIMEZONE) -> tuple[datetime, datetime]:
    """The four weeks before ``end`` as UTC instants: [start, stop), local midnights."""
    tz = ZoneInfo(tz_name)
    start = datetime.combine(end - timedelta(days=DEMO_DAYS), time(0), tz)
    stop = datetime.combine(end, time(0), tz)
    return start.astimezone(UTC), stop.astimezone(UTC)


def first_response_seconds(messages: Sequence[DemoMessage]) -> float | None:
    """Seconds from the customer's first message to the first agent message after it.

    Bot and system lines do not count as an answer. None when nobody answered.
    """
    asked: datetime | None = None
    for m in messages:
        if m.role == "customer" and asked is None:
            asked = m.at
        elif m.role == "agent" and asked is not None:
            return (m.at - asked).total_seconds()
    return None


def records_digest(records: Iterable[DemoRecord]) -> str:
    """SHA-256 over everything a record carries, to compare two generations or a stored copy."""
    h = hashlib.sha256()
    for r in records:
        # Instants as POSIX seconds: the same whatever zone object a datetime carries.
        lines = [
            f"R\t{r.external_id}\t{r.channel}\t{r.vendor_code}\t{r.agent_code}"
            f"\t{r.started_at.timestamp():.6f}\t{r.ended_at.timestamp():.6f}\t{r.customer_ref}"
            f"\t{r.waybill_no}\t{r.category}\t{r.csat}\t{r.first_response_s!r}"
            f"\t{r.direction}\t{r.duration_s!r}\n"
        ]
        lines += [
            f"M\t{m.seq}\t{m.at.timestamp():.6f}\t{m.role}\t{m.sender}\t{m.text}\n"
            for m in r.messages
        ]
        lines += [f"S\t{s.start_ms}\t{s.end_ms}\t{s.speaker}\t{s.text}\n" for s in r.segments]
        h.update("".join(lines).encode())
    return h.hexdigest()


# ---------------------------------------------------------------- texts
_CITIES = ("杭州", "上海", "广州", "武汉", "成都", "郑州", "合肥", "义乌", "南京", "苏州", "长沙")
_DELAY_REASONS = ("中转量大", "天气原因", "航班调整", "交通管制", "分拣线检修")
_PLACES = ("小区门口的驿站", "快递柜", "门卫室", "公司前台")
_ROADS = ("文三路", "古墩路", "教工路", "天目山路", "学院路", "莫干山路", "文一西路", "西溪路")
_COURIERS = ("王师傅", "李师傅", "陈师傅", "张师傅", "刘师傅", "黄师傅")
_PHONE_PREFIXES = (
    "130", "131", "132", "133", "135", "136", "137", "138", "139", "150", "151", "152", "153",
    "155", "156", "157", "158", "159", "166", "173", "175", "176", "177", "178", "180", "181",
    "182", "183", "185", "186", "187", "188", "189", "191", "193", "195", "198", "199",
)  # fmt: skip
# Real waybill shapes: (prefix, digits after it, weight).
_CARRIERS = (
    ("SF", 13, 22),  # 顺丰
    ("YT", 13, 20),  # 圆通
    ("JT", 13, 18),  # 极兔
    ("75", 12, 18),  # 中通, 14 digits
    ("43", 11, 12),  # 韵达, 13 digits
    ("77", 13, 6),  # 申通, 15 digits
    ("11", 11, 4),  # EMS, 13 digits
)
_CARRIER_WEIGHTS = [c[2] for c in _CARRIERS]

_OPENERS: dict[str, tuple[str, ...]] = {
    "延误": (
        "我的快递{wb}怎么{days}天了还没到？",
        "物流信息一直停在{hub}转运中心，两天没更新了，什么情况",
        "单号{wb}，说好昨天到的，今天还没动静",
        "你好，帮我查一下{wb}到哪了，显示运输中好几天了",
        "为什么我的件一直不更新物流？",
        "买的水果，{days}天了还没到，坏了谁负责？单号{wb}",
    ),
    "丢失": (
        "快递显示已签收但我根本没收到，单号{wb}",
        "我的件是不是丢了？{days}天没有任何物流信息了",
        "物流显示到{hub}之后就再没信息了，单号{wb}",
        "显示签收了，家里人都说没收到，谁签的？",
    ),
    "破损": (
        "收到的包裹外箱破了，里面的杯子也碎了，单号{wb}",
        "东西摔坏了怎么办",
        "签收时发现包装湿了，里面的书都泡了",
        "快递到了，屏幕裂了，单号{wb}",
    ),
    "改地址": (
        "我填错地址了，可以改到{city}吗",
        "能帮我改一下收件地址吗？单号{wb}",
        "收件地址要改成公司的，{road}{num}号，能改吗",
        "我搬家了，快递还没派，能改到{road}吗？",
    ),
    "催派": (
        "今天能派送吗？我急用，{wb}",
        "快递到网点两天了怎么还不派",
        "显示派送中一上午了，快递员电话也打不通",
        "{wb}能不能今天送到？我下午要出门",
    ),
    "投诉": (
        "快递员态度太差了，我要投诉",
        "快递员没打电话就放驿站了，还显示本人签收，我要投诉",
        "你们快递员把我的件扔在门口就走了，丢了算谁的？",
        "再不处理我就打12305投诉了！单号{wb}",
    ),
    "理赔": (
        "破损了怎么赔偿？单号{wb}",
        "丢件的理赔什么时候到账",
        "理赔申请提交一周了还没消息，单号{wb}",
        "保价了的件怎么赔？",
    ),
}

_RESOLUTIONS: dict[str, tuple[str, ...]] = {
    "延误": (
        "查询到您的快递目前在{hub}转运中心，受{reason}影响略有延误，预计明天送达，给您带来不便非常抱歉。",
        "您的包裹已到达{city}分拨中心，今天下午会安排派送，请您保持电话畅通。",
        "已为您登记催件，网点会优先处理，预计{days}天内送达，给您带来不便非常抱歉。",
    ),
    "丢失": (
        "已为您登记问题件，网点核实后24小时内给您回复。",
        "已联系派送员核实签收情况，稍后给您回电。",
        "非常抱歉，经核实包裹在中转环节遗失，我们会按规定为您办理理赔。",
    ),
    "破损": (
        "非常抱歉，请您提供外包装和物品破损的照片，我们为您登记理赔。",
        "非常抱歉给您添麻烦了，麻烦拍一下外箱和物品的照片发给我，这边马上为您登记。",
    ),
    "改地址": (
        "新旧地址在同一城市的话可以为您联系派送员修改；不同城市需要退回后重新寄出。",
        "可以的，已为您提交改址申请，修改成功后会短信通知您。",
    ),
    "催派": (
        "已为您催促网点今天优先派送，请保持电话畅通。",
        "已联系派送员{courier}，预计{eta}点前送达，请您留意电话。",
        "网点今天件量较大，已为您加急，今天下班前送达。",
    ),
    "投诉": (
        "非常抱歉给您带来不好的体验，已为您登记投诉，主管会在24小时内联系您。",
        "您反馈的情况我们非常重视，已记录派送员信息，核实后会严肃处理并给您回复。",
    ),
    "理赔": (
        "理赔审核通过后3个工作日内到账，请您耐心等待。",
        "查询到您的理赔申请正在审核中，已为您加急，结果会短信通知您。",
        "保价件按保价金额赔付，未保价的按实际损失赔付，最高不超过运费的{times}倍。",
    ),
}

# What a new or careless agent gets wrong (accuracy findings).
_WRONG_INFO: dict[str, str] = {
    "延误": "这个说不准，您等着就行。",
    "丢失": "丢了的话您直接找卖家补发就行。",
    "破损": "签收了就不能理赔了。",
    "改地址": "地址改不了的，您只能拒收。",
    "催派": "今天肯定送到，您放心。",
    "投诉": "这个我们处理不了。",
    "理赔": "理赔今天就能到账的，您放心。",
}

_FOLLOW_UPS: dict[str, tuple[tuple[str, str], ...]] = {
    "延误": (
        ("那要多久？", "一般1-2天内会更新，我这边会持续跟进。"),
        ("每次都这样，能不能快点", "非常理解您的心情，已为您备注加急处理。"),
        ("明天一定能到吗？", "预计明天送达，如果明天还没有更新，您随时联系我们。"),
    ),
    "丢失": (
        ("里面的东西很贵重", "明白，已为您备注贵重物品，优先核实。"),
        ("24小时是真的吗？别又没人管", "请您放心，问题件有专人跟进，超时我们会主动联系您。"),
        ("那我要怎么办？", "请您先保留购物凭证，核实后如确认丢失会为您办理理赔。"),
    ),
    "破损": (
        ("[图片]", "收到，已为您提交破损登记，审核结果会在3个工作日内短信通知您。"),
        ("外箱也要拍吗？", "是的，外箱和物品都需要，方便我们核定责任。"),
        ("能赔多少？", "会根据物品价值和保价情况核定，审核后会有专人联系您。"),
    ),
    "改地址": (
        ("同一个城市的", "好的，已为您联系派送员修改，会按新地址派送。"),
        ("改到{road}{num}号", "好的，已为您备注新地址{road}{num}号。"),
        ("要加钱吗？", "同城修改不收费的，请您放心。"),
    ),
    "催派": (
        ("能放{place}吗？", "可以的，已为您备注放{place}，到了会有短信提醒。"),
        ("快递员电话多少？", "派送员{courier}的电话已通过短信发给您，您注意查收。"),
        ("下午我不在家", "好的，已为您备注下午不在家，派送员会提前联系您。"),
    ),
    "投诉": (
        ("你们每次都这么说", "非常抱歉，这次会有主管专门跟进，处理结果一定给您答复。"),
        ("我要的是解决问题", "明白，已为您升级处理，主管今天会给您回电。"),
        ("那个快递员叫什么？", "派送员信息我们已经记录，内部会严肃处理。"),
    ),
    "理赔": (
        ("那要多久？", "审核一般1-3个工作日，通过后3个工作日内到账。"),
        ("需要我提供什么？", "麻烦提供一下物品价值凭证和照片，我这边为您补充到理赔单。"),
        ("钱打到哪里？", "会原路退回到您下单的支付账户。"),
    ),
}

_GENERIC_FOLLOW_UPS = (
    ("能快点吗", "好的，已为您备注加急处理。"),
    ("好吧", "给您带来不便非常抱歉，感谢您的理解。"),
    ("周末派送吗？", "周末正常派送的，请您放心。"),
    ("谢谢", "不客气，这是我们应该做的。"),
    ("嗯嗯", "好的，有进展我们会第一时间通知您。"),
    ("能帮我备注一下吗", "已为您备注，网点会按备注处理。"),
)

_RISK_LINES = (
    (
        "再不处理我就打12305投诉了！",
        "非常理解您的心情，已为您升级加急处理，主管会在2小时内给您回电。",
    ),
    ("我要去网上曝光你们", "非常抱歉让您失望了，已为您登记加急，今天一定给您处理结果。"),
    ("已经第三次找你们了，我要投诉", "非常抱歉，已为您登记投诉并升级处理，主管会尽快联系您。"),
    ("信不信我打12305", "非常抱歉给您带来困扰，已为您升级处理，请您给我们一点时间。"),
)

# A customer pushes and a rude or evasive agent answers in kind.
_RUDE_EXCHANGES = (
    ("能不能快点？", "催也没用，等着吧。"),
    ("那我该怎么办？", "不知道，你自己去问快递员。"),
    ("那我该怎么办？", "这个不归我们管，你找卖家吧。"),
    ("到底到哪了？", "你自己看物流不就知道了。"),
    ("我刚才问的不是这个", "我已经说过了，你没看吗？"),
    ("为什么显示签收了？", "系统就是这样，我也没办法。"),
    ("这个你们能处理吗？", "这个不归我们管。"),
    ("我要投诉你", "没办法，爱投诉就投诉吧。"),
)
_RUDE_TO_RISK = ("没办法，爱投诉就投诉吧。", "这个不归我们管。")
_RUDE_ANSWERS = ("这个不归我们管。", "不知道，你自己去问快递员。", "系统就是这样，我也没办法。")

_GREETINGS = (
    "您好，很高兴为您服务，请问有什么可以帮您？",
    "您好，欢迎咨询，请问有什么可以帮您？",
    "您好，我是{surname}客服，工号{code}，请问有什么可以帮您？",
    "亲，您好，这边是{brand}，请问有什么可以帮到您？",
)
_CURT_OPENINGS = ("在", "说", "什么事")
_ASK_WAYBILL = ("麻烦提供一下运单号，我帮您查询。", "请您提供一下快递单号哦~")
_GIVE_WAYBILL = ("{wb}", "单号是{wb}", "{wb}，你们查一下")
_HOLDS = ("好的，请您稍等，正在为您查询~", "收到，这边帮您查询一下，请稍等。")
_CLOSINGS = ("请问还有其他可以帮您的吗？",)
_CUSTOMER_BYES = ("没有了，谢谢", "没了", "好的谢谢", "嗯")
_FAREWELLS = ("感谢您的咨询，祝您生活愉快！", "感谢您的耐心等待，再见！", "不客气，祝您生活愉快~")
_SYSTEM_ENDS = ("会话已结束", "客户已离开，会话自动结束", "客户超时未回复，会话已关闭")
_FILLERS_CUSTOMER = ("[图片]", "嗯嗯", "好的", "？")
_FILLER_AGENT = "好的，已为您备注加急处理。"

_CALL_OPENERS: dict[str, tuple[str, ...]] = {
    "延误": ("你好，我的快递{wb}好几天没动了。", "喂，你好，我想问一下我的快递怎么还没到？"),
    "丢失": (
        "你好，我的快递显示签收了，但我没收到，单号{wb}。",
        "我的包裹好像丢了，一直没有物流信息。",
    ),
    "破损": ("你好，我收到的快递里面东西坏了，单号{wb}。", "喂，快递送来是破的，怎么处理？"),
    "改地址": ("你好，我想改一下收件地址，单号{wb}。", "我地址填错了，还能改吗？"),
    "催派": (
        "你好，我的快递到网点了怎么还不送？单号{wb}。",
        "能不能今天给我送过来？我急用。",
    ),
    "投诉": (
        "你们快递员把我的件直接放驿站了，也不打电话，我要投诉。",
        "我要投诉，单号{wb}的快递员态度很差。",
    ),
    "理赔": (
        "你好，我之前申请的理赔什么时候到账？单号{wb}。",
        "我的东西坏了，想问一下怎么赔。",
    ),
}
_CALL_HOLDS = ("好的，请稍等，我帮您查询一下。", "请稍等，我这边帮您查一下。")
_CALL_TOPICS = {
    "延误": "物流延误的问题",
    "丢失": "包裹丢失的问题",
    "破损": "包裹破损的问题",
    "改地址": "修改地址的申请",
    "催派": "催促派送的问题",
    "投诉": "投诉",
    "理赔": "理赔申请",
}
_SPOKEN_FOLLOW_UPS = (
    ("那要多久？", "一般1到2天会有结果，请您保持电话畅通。"),
    ("能快一点吗？", "这边已经为您加急处理了，有进展会第一时间通知您。"),
    ("行吧。", "给您带来不便非常抱歉，我们会尽快处理。"),
    ("好的，谢谢。", "不客气，这是我们应该做的。"),
    ("你们每次都这么说。", "非常理解您的心情，这次我会亲自跟进，给您一个答复。"),
    ("我明天不在家怎么办？", "可以为您改约时间派送，或者放在附近的驿站，您看哪个方便？"),
)


# ---------------------------------------------------------------- schedule
@dataclass(frozen=True, slots=True)
class _Slot:
    channel: str
    number: int  # 1-based within the channel, in time order
    start: datetime  # aware UTC, whole seconds
    hour: int  # local hour
    storm: bool
    agent: DemoAgent
    category: str
    customer_ref: str
    customer_tail: str
    waybill: str
    repeat: bool  # the customer asked about the same parcel before


_WEEKDAY_FACTOR = (1.18, 1.08, 1.02, 1.0, 1.05, 0.8, 0.7)  # Monday first: weekend backlog
_HOURS = tuple(range(8, 22))
_CHAT_HOURLY = (0.6, 1.3, 1.5, 1.3, 0.8, 0.9, 1.3, 1.4, 1.2, 1.0, 0.8, 0.9, 0.8, 0.5)
_CALL_HOURLY = (0.7, 1.5, 1.6, 1.3, 0.7, 0.9, 1.4, 1.4, 1.2, 1.0, 0.7, 0.6, 0.4, 0.3)
_CATEGORY_WEIGHTS = {
    "chat": (26, 10, 12, 13, 18, 11, 10),
    "call": (20, 12, 11, 10, 16, 18, 13),
}
_STORM_DAY = 11  # a day of heavy rain: more contacts, mostly about delays, slower answers
_REPEAT_SHARE = 0.07


def _allocate(total: int, weights: Sequence[float]) -> list[int]:
    """Split ``total`` in proportion to ``weights`` exactly (largest remainder)."""
    whole = sum(weights)
    raw = [total * w / whole for w in weights]
    counts = [math.floor(x) for x in raw]
    order = sorted(range(len(raw)), key=lambda i: (counts[i] - raw[i], i))
    for i in order[: total - sum(counts)]:
        counts[i] += 1
    return counts


def _waybill(rng: random.Random) -> str:
    prefix, digits, _ = rng.choices(_CARRIERS, weights=_CARRIER_WEIGHTS)[0]
    return f"{prefix}{rng.randrange(10**digits):0{digits}d}"


def _customer(rng: random.Random) -> tuple[str, str]:
    tail = f"{rng.randrange(10000):04d}"
    return f"{rng.choice(_PHONE_PREFIXES)}****{tail}", tail


class DemoScript:
    """The demo data for one seed and end date; records are produced lazily, in time order."""

    def __init__(self, seed: int, end: date, tz_name: str = DEFAULT_TIMEZONE) -> None:
        self.seed = seed
        self.end = end
        self.tz_name = tz_name
        self.organisation = demo_organisation(end)
        self.start_utc, self.stop_utc = demo_period(end, tz_name)
        self._slots: list[_Slot] | None = None
        self._pools: dict[tuple[str, date, int], tuple[list[DemoAgent], list[float]]] = {}
        self._vendors = {v.code: v for v in self.organisation.vendors}

    @property
    def chat_count(self) -> int:
        return CHAT_COUNT

    @property
    def call_count(self) -> int:
        return CALL_COUNT

    def __len__(self) -> int:
        return CHAT_COUNT + CALL_COUNT

    def records(self) -> Iterator[DemoRecord]:
        """Every record in time order; each one depends only on the seed, end and its slot."""
        for index, slot in enumerate(self._schedule()):
            rng = random.Random(f"qa-desk-demo:{self.seed}:{self.end.isoformat()}:{index}")
            if slot.channel == "chat":
                yield _ChatWriter(rng, slot, self._vendors[slot.agent.vendor_code]).record()
            else:
                yield _CallWriter(rng, slot, self._vendors[slot.agent.vendor_code]).record()

    # -------------------------------------------------------------- schedule
    def _schedule(self) -> list[_Slot]:
        if self._slots is None:
            self._slots = self._build_schedule()
        return self._slots

    def _build_schedule(self) -> list[_Slot]:
        rng = random.Random(f"qa-desk-demo:{self.seed}:{self.end.isoformat()}:schedule")
        tz = ZoneInfo(self.tz_name)
        first_day = self.end - timedelta(days=DEMO_DAYS)
        days = [first_day + timedelta(days=d) for d in range(DEMO_DAYS)]
        day_weights = []
        for d, day in enumerate(days):
            w = _WEEKDAY_FACTOR[day.weekday()] * (1 + 0.004 * d) * rng.uniform(0.92, 1.08)
            day_weights.append(w * (1.45 if d == _STORM_DAY else 1.0))
        events: list[tuple[datetime, str, int, int]] = []
        for channel, total, hourly in (
            ("chat", CHAT_COUNT, _CHAT_HOURLY),
            ("call", CALL_COUNT, _CALL_HOURLY),
        ):
            for d, count in enumerate(_allocate(total, day_weights)):
                for _ in range(count):
                    hour = rng.choices(_HOURS, weights=hourly)[0]
                    second = rng.randrange(3600)
                    local = datetime.combine(days[d], time(hour), tz) + timedelta(seconds=second)
                    events.append((local.astimezone(UTC), channel, d, hour))
        events.sort(key=lambda e: (e[0], e[1]))

        numbers = {"chat": 0, "call": 0}
        recent: list[tuple[int, str, str, str, str]] = []  # day, ref, tail, waybill, category
        slots: list[_Slot] = []
        for at, channel, d, hour in events:
            numbers[channel] += 1
            storm = d == _STORM_DAY
            agent = self._pick_agent(rng, channel, days[d], hour)
            repeat = False
            candidates = []
            if rng.random() < _REPEAT_SHARE:
                candidates = [r for r in recent[-400:] if d - r[0] <= 3]
            if candidates:
                _, ref, tail, waybill, category = rng.choice(candidates)
                repeat = True
                if category != "投诉" and rng.random() < 0.3:
                    category = "投诉"  # asking twice about the same parcel turns into a complaint
            else:
                weights = list(_CATEGORY_WEIGHTS[channel])
                if storm:
                    weights[0] *= 3
                    weights[4] *= 1.5
                category = rng.choices(CATEGORIES, weights=weights)[0]
                ref, tail = _customer(rng)
                waybill = _waybill(rng)
                recent.append((d, ref, tail, waybill, category))
            slots.append(
                _Slot(
                    channel,
                    numbers[channel],
                    at,
                    hour,
                    storm,
                    agent,
                    category,
                    ref,
                    tail,
                    waybill,
                    repeat,
                )
            )
        return slots

    def _pick_agent(self, rng: random.Random, channel: str, day: date, hour: int) -> DemoAgent:
        key = (channel, day, hour)
        if key not in self._pools:
            agents = self.organisation.agents

            def weight(a: DemoAgent) -> float:
                return a.chat_weight if channel == "chat" else a.call_weight

            # Whoever is on duty; should nobody be, whoever works for the outlet that day.
            pool = [a for a in agents if weight(a) > 0 and a.works(day, hour)] or [
                a for a in agents if weight(a) > 0 and a.active_on(day)
            ]
            self._pools[key] = (pool, [weight(a) for a in pool])
        pool, weights = self._pools[key]
        return rng.choices(pool, weights=weights)[0]


# ---------------------------------------------------------------- writers
def _csat(rng: random.Random, score: float, no_rating: float) -> int | None:
    if rng.random() < no_rating:
        return None
    return max(1, min(5, round(score + rng.gauss(0, 0.7))))


class _Writer:
    """What chats and calls share: the slot, the agent's manner and the text slots."""

    def __init__(self, rng: random.Random, slot: _Slot, vendor: DemoVendor) -> None:
        self.rng = rng
        self.slot = slot
        self.agent = slot.agent
        self.profile = _PROFILES[slot.agent.profile]
        self.vendor = vendor
        self.fields = {
            "wb": slot.waybill,
            "hub": rng.choice(_CITIES),
            "city": rng.choice(_CITIES),
            "reason": "暴雨天气" if slot.storm else rng.choice(_DELAY_REASONS),
            "days": rng.randint(2, 5),
            "courier": rng.choice(_COURIERS),
            "eta": rng.randint(15, 19),
            "place": rng.choice(_PLACES),
            "road": rng.choice(_ROADS),
            "num": rng.randint(1, 399),
            "times": rng.choice((3, 5)),
            "surname": slot.agent.name[0],
            "code": slot.agent.employee_id,
            "brand": vendor.brand,
            "tail": slot.customer_tail,
        }
        self.rude = rng.random() < self.profile.forbidden
        self.wrong = rng.random() < self.profile.wrong_info
        base_risk = 0.04 + (0.1 if slot.repeat else 0) + (0.06 if self.rude else 0)
        self.risk = rng.random() < base_risk + (0.12 if slot.category == "投诉" else 0)

    def fill(self, text: str) -> str:
        return text.format(**self.fields) if "{" in text else text

    def pick(self, options: Sequence[str]) -> str:
        return self.fill(self.rng.choice(options))

    def satisfaction(self, late: bool) -> float:
        score = 4.5 + self.profile.csat_shift
        score -= 0.8 if late else 0
        score -= 1.6 if self.rude else 0
        score -= 0.8 if self.risk else 0
        score -= 0.8 if self.wrong else 0
        score -= {"投诉": 0.7, "丢失": 0.5, "破损": 0.3, "延误": 0.2}.get(self.slot.category, 0)
        return score

    def exchanges(self, count: int, spoken: bool = False) -> list[tuple[str, str]]:
        """Up to ``count`` customer/agent exchanges after the answer, none repeated.

        A risky conversation has the customer threaten (12305, 曝光, 投诉); a rude agent
        answers one push, or that threat, rudely. The rest are the topic's own questions,
        then general ones.
        """
        rng = self.rng
        if count <= 0:
            return []
        special: list[tuple[str, str]] = []
        if self.risk:
            question, answer = rng.choice(_RISK_LINES)
            special.append((question, rng.choice(_RUDE_TO_RISK) if self.rude else answer))
        elif self.rude:
            special.append(rng.choice(_RUDE_EXCHANGES))
        own = [pair for pair in _FOLLOW_UPS[self.slot.category] if not spoken or "[" not in pair[0]]
        general = list(_SPOKEN_FOLLOW_UPS if spoken else _GENERIC_FOLLOW_UPS)
        rng.shuffle(own)
        rng.shuffle(general)
        pairs = (own + general)[: count - len(special)]
        for pair in special:  # mid-conversation, seldom the very first follow-up
            pairs.insert(rng.randint(min(1, len(pairs)), len(pairs)), pair)
        return [(self.fill(q), self.fill(a)) for q, a in pairs]


class _ChatWriter(_Writer):
    def record(self) -> DemoRecord:
        rng, slot, p = self.rng, self.slot, self.profile
        target = min(MAX_MESSAGES, max(MIN_MESSAGES, round(rng.triangular(6, 20, 9))))
        opener = self.pick(_OPENERS[slot.category])
        if slot.repeat:
            opener = (
                rng.choice(("我昨天已经问过了，", "第二次来问了，", "还是上次那个件，")) + opener
            )
        has_waybill = slot.waybill in opener
        bot = rng.random() < 0.3
        knock = rng.random() < 0.12  # "在吗？" before the question
        curt = rng.random() < p.skip_greeting

        # Plan the beats: (role, text, timing kind).
        head: list[tuple[str, str, str]] = []
        if bot:
            welcome = f"您好，我是{self.vendor.brand[:2]}智能助手，请简单描述您的问题~"
            head.append(("bot", welcome, "start"))
        if knock:
            head.append(("customer", "在吗？", "customer"))
        head.append(("customer", opener, "customer"))
        if bot:
            head.append(("bot", "正在为您转接人工客服，请稍候…", "bot"))
            head.append(("system", f"客服{self.agent.name}已接入会话", "bot"))
        greeting = rng.choice(_CURT_OPENINGS) if curt else self.pick(_GREETINGS)
        head.append(("agent", greeting, "first"))
        if not has_waybill:
            ask = "单号发一下" if curt else rng.choice(_ASK_WAYBILL)
            head.append(("agent", ask, "agent_more"))
            head.append(("customer", self.pick(_GIVE_WAYBILL), "customer"))
        held = rng.random() < 0.8
        if held:
            head.append(("agent", "稍等" if curt else rng.choice(_HOLDS), "agent_reply"))
        answer = (
            _WRONG_INFO[slot.category] if self.wrong else self.pick(_RESOLUTIONS[slot.category])
        )
        head.append(("agent", answer, "hold" if held else "agent_reply"))

        tail: list[tuple[str, str, str]] = []
        if rng.random() >= p.skip_closing:
            tail.append(("agent", rng.choice(_CLOSINGS), "agent_more"))
            if rng.random() < 0.6:
                tail.append(("customer", rng.choice(_CUSTOMER_BYES), "customer"))
            if rng.random() < 0.8:
                tail.append(("agent", rng.choice(_FAREWELLS), "agent_reply"))
        if rng.random() < 0.45:
            tail.append(("system", rng.choice(_SYSTEM_ENDS), "system"))

        middle: list[tuple[str, str, str]] = []
        room = target - len(head) - len(tail)
        for q, a in self.exchanges(room // 2):
            middle += [("customer", q, "customer"), ("agent", a, "agent_reply")]
        if self.rude and not middle:
            # No room for an exchange: the answer itself is the rude line.
            head[-1] = ("agent", rng.choice(_RUDE_ANSWERS), head[-1][2])
        if room % 2 == 1 and room > 0:
            middle.append(
                ("customer", rng.choice(_FILLERS_CUSTOMER), "customer")
                if rng.random() < 0.6
                else ("agent", _FILLER_AGENT, "agent_more")
            )
        beats = head + middle + tail
        while len(beats) > MAX_MESSAGES:  # only when a long head meets a long tail
            beats.pop()
        while len(beats) < MIN_MESSAGES:
            beats.insert(len(beats) - len(tail), ("agent", _FILLER_AGENT, "agent_more"))
        return self._timed(beats)

    def _first_response(self) -> int:
        rng, p = self.rng, self.profile
        if rng.random() < p.busy_share:
            seconds = rng.uniform(60, 180)
        else:
            seconds = rng.lognormvariate(math.log(p.frt_median), p.frt_sigma)
        if self.slot.storm:
            seconds *= 1.5
        if self.slot.hour in (10, 14, 15):
            seconds *= 1.15
        return max(3, round(seconds))

    def _reply(self) -> int:
        rng, p = self.rng, self.profile
        if rng.random() < p.stall_share:
            return rng.randint(120, 300)
        return rng.randint(*p.reply)

    def _timed(self, beats: list[tuple[str, str, str]]) -> DemoRecord:
        rng, slot = self.rng, self.slot
        t = slot.start
        first_customer: datetime | None = None
        messages: list[DemoMessage] = []
        frt = self._first_response()
        # Polite agents who answer late say sorry for the wait; the curt ones do not.
        apologise = self.agent.profile != "rude" and rng.random() < 0.6
        for seq, (role, text, kind) in enumerate(beats, start=1):
            if seq == 1:
                gap = 0
            elif kind == "customer":
                gap = rng.randint(5, 60)
            elif kind == "bot":
                gap = rng.randint(1, 3)
            elif kind == "system":
                gap = rng.randint(2, 30)
            elif kind == "first":
                assert first_customer is not None
                # The first answer comes ``frt`` after the first question, never before the
                # lines in between.
                due = first_customer + timedelta(seconds=frt)
                gap = max(2, int((due - t).total_seconds()))
            elif kind == "agent_more":
                gap = rng.randint(3, 15)
            elif kind == "hold":
                gap = rng.randint(*self.profile.hold)
            else:  # agent_reply
                gap = self._reply()
            t = t + timedelta(seconds=gap)
            if kind == "first" and gap > 45 and apologise:
                if text.startswith("您好，"):
                    text = "您好，抱歉让您久等了，" + text.removeprefix("您好，")
                else:
                    text = "抱歉让您久等了，" + text
            if role == "customer" and first_customer is None:
                first_customer = t
            sender = {"customer": "客户", "agent": self.agent.name, "system": "系统"}.get(
                role, "智能助手"
            )
            messages.append(DemoMessage(seq, t, role, sender, text))
        first = first_response_seconds(messages)
        late = first is not None and first > 60
        return DemoRecord(
            external_id=f"DEMO-C-{slot.number:06d}",
            channel="chat",
            vendor_code=self.agent.vendor_code,
            agent_code=self.agent.employee_id,
            started_at=messages[0].at,
            ended_at=messages[-1].at,
            customer_ref=slot.customer_ref,
            waybill_no=slot.waybill,
            category=slot.category,
            csat=_csat(rng, self.satisfaction(late), 0.38),
            first_response_s=first,
            messages=tuple(messages),
        )


_OUTBOUND_SHARE = {"投诉": 0.45, "理赔": 0.4, "丢失": 0.35, "破损": 0.3}


class _CallWriter(_Writer):
    def record(self) -> DemoRecord:
        rng, slot, p = self.rng, self.slot, self.profile
        outbound = rng.random() < _OUTBOUND_SHARE.get(slot.category, 0.08)
        target = rng.randint(7, 18)
        curt = rng.random() < p.skip_greeting
        beats: list[tuple[str, str, str]] = []  # (speaker, text, kind)
        if outbound:
            ask = self.fill("您好，这里是{brand}，请问是尾号{tail}的机主吗？")
            beats.append(("agent", ask, "start"))
            beats.append(
                ("customer", rng.choice(("是我，什么事？", "对，你说。", "嗯，哪位？")), "turn")
            )
            topic = _CALL_TOPICS[slot.category]
            beats.append(
                ("agent", f"您之前反馈的运单{slot.waybill}{topic}，给您回访一下处理进度。", "turn")
            )
            beats.append(
                (
                    "customer",
                    rng.choice(("好的，现在怎么样了？", "终于有人回电话了。", "嗯，你说。")),
                    "turn",
                )
            )
        else:
            greeting = (
                "喂，你说。"
                if curt
                else self.fill("您好，{brand}，工号{code}为您服务，请问有什么可以帮您？")
            )
            beats.append(("agent", greeting, "start"))
            opener = self.pick(_CALL_OPENERS[slot.category])
            beats.append(("customer", opener, "turn"))
            if slot.waybill not in opener:
                beats.append(("agent", "麻烦您报一下运单号。", "turn"))
                beats.append(("customer", f"单号是{slot.waybill}。", "turn"))
        silent = rng.random() < p.silent_hold
        if not silent:
            beats.append(("agent", rng.choice(_CALL_HOLDS), "turn"))
        answer = (
            _WRONG_INFO[slot.category] if self.wrong else self.pick(_RESOLUTIONS[slot.category])
        )
        if not silent and not curt and rng.random() < 0.7:
            answer = "感谢您的耐心等待，" + answer
        beats.append(("agent", answer, "hold"))
        closing = [
            ("agent", "请问还有其他可以帮您的吗？", "turn"),
            ("customer", "没有了，谢谢。", "turn"),
            ("agent", "感谢您的接听，再见。" if outbound else "感谢您的来电，再见。", "turn"),
        ]
        if rng.random() < p.skip_closing:
            closing = [("customer", "行，那就这样吧。", "turn")]
        room = target - len(beats) - len(closing)
        middle: list[tuple[str, str, str]] = []
        # A rude agent always gets to show it, even in a short call.
        for q, a in self.exchanges(max(room // 2 + room % 2, 1 if self.rude else 0), True):
            middle += [("customer", q, "turn"), ("agent", a, "turn")]
        long_hold = silent or slot.agent.profile == "slow"
        return self._timed(beats + middle + closing, outbound, long_hold)

    def _timed(
        self, beats: list[tuple[str, str, str]], outbound: bool, long_hold: bool
    ) -> DemoRecord:
        rng, slot = self.rng, self.slot
        segments: list[DemoSegment] = []
        t = rng.randint(400, 2500)  # ringing and pick-up before the first word
        previous = None
        for speaker, text, kind in beats:
            if kind == "hold":
                # Checking the system: usually short; long for slow agents and for those who
                # leave the customer in silence without asking them to wait.
                low, high = (15, 60) if long_hold else (5, 22)
                t += rng.randint(low * 1000, high * 1000)
            elif previous is not None:
                t += rng.randint(200, 800) if speaker == previous else rng.randint(300, 1600)
            length = int(len(text) * rng.uniform(200, 270)) + rng.randint(300, 700)
            segments.append(DemoSegment(t, t + length, speaker, text))
            t += length
            previous = speaker
        duration = math.ceil((t + rng.randint(800, 3000)) / 1000)
        late = any(b.start_ms - a.end_ms > 20_000 for a, b in itertools.pairwise(segments))
        return DemoRecord(
            external_id=f"DEMO-T-{slot.number:06d}",
            channel="call",
            vendor_code=self.agent.vendor_code,
            agent_code=self.agent.employee_id,
            started_at=slot.start,
            ended_at=slot.start + timedelta(seconds=duration),
            customer_ref=slot.customer_ref,
            waybill_no=slot.waybill,
            category=slot.category,
            csat=_csat(rng, self.satisfaction(late), 0.5),
            first_response_s=None,
            segments=tuple(segments),
            direction="outbound" if outbound else "inbound",
            duration_s=float(duration),
        )


__all__ = [
    "CALL_COUNT",
    "CATEGORIES",
    "CHAT_COUNT",
    "DEMO_DAYS",
    "DEMO_SOURCE",
    "FORBIDDEN_PHRASES",
    "HOLD_PHRASE",
    "MAX_MESSAGES",
    "MESSAGE_ROLES",
    "MIN_MESSAGES",
    "OUTLET_CODE",
    "OUTLET_NAME",
    "RISK_KEYWORDS",
    "SPEAKERS",
    "DemoAgent",
    "DemoMessage",
    "DemoOrganisation",
    "DemoRecord",
    "DemoScript",
    "DemoSegment",
    "DemoTeam",
    "DemoUser",
    "DemoVendor",
    "demo_organisation",
    "demo_period",
    "first_response_seconds",
    "records_digest",
]
