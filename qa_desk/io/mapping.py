"""Which file column holds which field: header synonyms, detection, and saved mappings.

A :class:`Mapping` says, for one record kind (``chats``, ``calls``, ``transcripts``), which
header of the file feeds each field. :func:`detect_mapping` builds one from the headers by
synonyms in Chinese and English, compared after normalisation (full/half width, case, spaces
and punctuation ignored: ``Conversation ID`` = ``conversation_id`` = ``conversationid``).
The user may edit it (``mapping.columns[field] = header``) and save it as a named profile
with :meth:`Mapping.to_json` / :meth:`Mapping.from_json`.
"""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from qa_desk.domain.errors import ValidationError
from qa_desk.domain.text import QT_TRANSLATE_NOOP

__all__ = [
    "FIELDS",
    "KINDS",
    "FieldSpec",
    "Mapping",
    "detect_mapping",
    "field_for_header",
    "field_spec",
    "normalise_header",
    "recognised_count",
]

KINDS = ("chats", "calls", "transcripts")
PROFILE_VERSION = 1


@dataclass(frozen=True, slots=True)
class FieldSpec:
    """One importable field: its code name, an English label, and the headers that mean it."""

    name: str
    label: str
    required: bool
    synonyms: tuple[str, ...]


# Conversation- and call-level columns shared by chats and calls.
_AGENT_ID = (
    "客服工号",
    "坐席",
    "座席",
    "坐席工号",
    "座席工号",
    "工号",
    "坐席ID",
    "客服ID",
    "客服账号",
    "坐席账号",
    "员工工号",
    "agent",
    "agent_id",
    "agent_no",
    "agent_code",
    "staff_id",
    "employee_id",
    "emp_no",
)
_AGENT_NAME = (
    "客服姓名",
    "坐席姓名",
    "座席姓名",
    "客服名称",
    "坐席名称",
    "客服昵称",
    "员工姓名",
    "agent_name",
    "staff_name",
    "employee_name",
)
_VENDOR = (
    "外包商编码",
    "外包商",
    "外包商代码",
    "外包公司",
    "外包公司编码",
    "服务商",
    "服务商编码",
    "供应商",
    "供应商编码",
    "vendor",
    "vendor_code",
    "vendor_id",
    "supplier",
    "supplier_code",
    "bpo",
)
_CUSTOMER = (
    "客户手机",
    "客户号码",
    "客户电话",
    "客户手机号",
    "手机号",
    "手机号码",
    "手机",
    "联系电话",
    "电话",
    "客户",
    "客户ID",
    "客户账号",
    "用户ID",
    "来电号码",
    "主叫号码",
    "对方号码",
    "customer",
    "customer_id",
    "customer_phone",
    "customer_number",
    "phone",
    "phone_number",
    "mobile",
    "caller",
)
_WAYBILL = (
    "运单号",
    "运单",
    "运单编号",
    "快递单号",
    "物流单号",
    "单号",
    "订单号",
    "waybill",
    "waybill_no",
    "waybill_number",
    "tracking_no",
    "tracking_number",
    "tracking",
    "order_no",
    "order_id",
)
_CATEGORY = (
    "问题类型",
    "类型",
    "问题分类",
    "咨询类型",
    "业务类型",
    "分类",
    "category",
    "type",
    "issue_type",
    "question_type",
    "topic",
)
_CSAT = (
    "满意度",
    "评价",
    "满意度评价",
    "客户评价",
    "评分",
    "满意度评分",
    "星级",
    "csat",
    "rating",
    "satisfaction",
    "score",
)
_CALL_ID = (
    "通话ID",
    "通话编号",
    "通话流水号",
    "呼叫ID",
    "呼叫编号",
    "流水号",
    "call_id",
    "callid",
    "call_no",
    "call_uuid",
    "call_sid",
)
_TEXT = ("文本", "内容", "消息内容", "text", "content")

FIELDS: dict[str, tuple[FieldSpec, ...]] = {
    "chats": (
        FieldSpec(
            "conversation_id",
            "conversation id",
            True,
            (
                "会话ID",
                "会话编号",
                "会话号",
                "会话流水号",
                "对话ID",
                "对话编号",
                "咨询ID",
                "咨询编号",
                "session_id",
                "session",
                "conversation_id",
                "conversation",
                "chat_id",
                "dialog_id",
                "dialogue_id",
                "thread_id",
            ),
        ),
        FieldSpec(
            "at",
            "time",
            True,
            (
                "消息时间",
                "时间",
                "发送时间",
                "时间戳",
                "日期时间",
                "time",
                "timestamp",
                "sent_at",
                "send_time",
                "message_time",
                "msg_time",
                "datetime",
                "created_at",
            ),
        ),
        FieldSpec(
            "role",
            "sender role",
            True,
            (
                "发送方",
                "角色",
                "发送方角色",
                "发送者角色",
                "发送人角色",
                "身份",
                "消息来源",
                "role",
                "sender_role",
                "sender_type",
                "from",
                "from_role",
            ),
        ),
        FieldSpec(
            "sender",
            "sender",
            False,
            ("发送人", "发送者", "发送人姓名", "昵称", "sender", "sender_name", "from_name"),
        ),
        FieldSpec(
            "text",
            "message text",
            True,
            (
                "消息内容",
                "内容",
                "消息",
                "聊天内容",
                "消息文本",
                "文本",
                "text",
                "message",
                "content",
                "body",
                "msg",
                "message_text",
            ),
        ),
        FieldSpec("agent_id", "agent id", False, _AGENT_ID),
        FieldSpec("agent_name", "agent name", False, _AGENT_NAME),
        FieldSpec("vendor_code", "vendor code", False, _VENDOR),
        FieldSpec(
            "channel",
            "channel",
            False,
            ("渠道", "来源渠道", "接入渠道", "平台", "channel", "source_channel", "platform"),
        ),
        FieldSpec("customer", "customer", False, _CUSTOMER),
        FieldSpec("waybill", "waybill number", False, _WAYBILL),
        FieldSpec("category", "category", False, _CATEGORY),
        FieldSpec("csat", "satisfaction", False, _CSAT),
    ),
    "calls": (
        FieldSpec("call_id", "call id", True, _CALL_ID),
        FieldSpec("agent_id", "agent id", False, _AGENT_ID),
        FieldSpec("agent_name", "agent name", False, _AGENT_NAME),
        FieldSpec("vendor_code", "vendor code", False, _VENDOR),
        FieldSpec(
            "started_at",
            "start time",
            True,
            (
                "开始时间",
                "通话开始时间",
                "呼叫开始时间",
                "接通时间",
                "开始",
                "时间",
                "呼叫时间",
                "start",
                "start_time",
                "started_at",
                "begin_time",
                "call_start",
                "answer_time",
            ),
        ),
        FieldSpec(
            "ended_at",
            "end time",
            False,
            (
                "结束时间",
                "通话结束时间",
                "挂机时间",
                "结束",
                "end",
                "end_time",
                "ended_at",
                "hangup_time",
                "call_end",
            ),
        ),
        FieldSpec(
            "duration_s",
            "duration (seconds)",
            False,
            (
                "时长",
                "通话时长",
                "通话时长(秒)",
                "时长(秒)",
                "通话时长秒",
                "持续时间",
                "duration",
                "duration_s",
                "duration_sec",
                "duration_seconds",
                "talk_time",
                "billsec",
            ),
        ),
        FieldSpec(
            "direction",
            "direction",
            False,
            (
                "方向",
                "呼叫方向",
                "通话方向",
                "呼叫类型",
                "呼入呼出",
                "direction",
                "call_direction",
                "call_type",
                "inout",
            ),
        ),
        FieldSpec("customer", "customer number", False, _CUSTOMER),
        FieldSpec(
            "recording",
            "recording file",
            False,
            (
                "录音",
                "录音文件",
                "录音路径",
                "录音地址",
                "录音文件名",
                "recording",
                "recording_file",
                "recording_path",
                "recording_url",
                "record_file",
                "audio",
                "audio_file",
            ),
        ),
        FieldSpec("csat", "satisfaction", False, _CSAT),
        FieldSpec("category", "category", False, _CATEGORY),
        FieldSpec("waybill", "waybill number", False, _WAYBILL),
    ),
    "transcripts": (
        FieldSpec("call_id", "call id", True, _CALL_ID),
        FieldSpec(
            "start_ms",
            "start (ms)",
            True,
            (
                "开始(毫秒)",
                "开始毫秒",
                "开始时间(毫秒)",
                "起始(毫秒)",
                "起始时间",
                "开始",
                "开始时间",
                "start",
                "start_ms",
                "start_time",
                "begin",
                "begin_ms",
                "offset",
                "offset_ms",
                "from_ms",
            ),
        ),
        FieldSpec(
            "end_ms",
            "end (ms)",
            False,
            (
                "结束(毫秒)",
                "结束毫秒",
                "结束时间(毫秒)",
                "结束",
                "结束时间",
                "end",
                "end_ms",
                "end_time",
                "to_ms",
            ),
        ),
        FieldSpec(
            "speaker",
            "speaker",
            True,
            ("说话人", "说话方", "发言人", "角色", "speaker", "role", "speaker_role", "party"),
        ),
        FieldSpec(
            "text",
            "text",
            True,
            (*_TEXT, "识别文本", "转写文本", "识别结果", "transcript", "sentence", "utterance"),
        ),
    ),
}


def normalise_header(text: str) -> str:
    """Header text as compared with synonyms: NFKC, case-folded, letters and digits only."""
    folded = unicodedata.normalize("NFKC", text).casefold()
    return "".join(ch for ch in folded if ch.isalnum())


_FIELD_OF: dict[str, dict[str, str]] = {
    kind: {normalise_header(word): spec.name for spec in specs for word in spec.synonyms}
    for kind, specs in FIELDS.items()
}
_ANY_KIND: frozenset[str] = frozenset(word for table in _FIELD_OF.values() for word in table)


def field_spec(kind: str, name: str) -> FieldSpec:
    """The spec of one field of ``kind`` (ValidationError for an unknown kind or field)."""
    for spec in _specs(kind):
        if spec.name == name:
            return spec
    raise _no_field(kind, name)


# Per record kind, the sentence for a field name it does not have (a broken saved profile).
_NO_FIELD = {
    "chats": QT_TRANSLATE_NOOP("Errors", "chat exports have no field {name!r}"),
    "calls": QT_TRANSLATE_NOOP("Errors", "call exports have no field {name!r}"),
    "transcripts": QT_TRANSLATE_NOOP("Errors", "transcript exports have no field {name!r}"),
}


def _no_field(kind: str, name: str) -> ValidationError:
    return ValidationError(_NO_FIELD[kind], field="mapping", name=name)


def field_for_header(header: str, kind: str) -> str | None:
    """The field a header means for ``kind``, or None."""
    return _FIELD_OF[_check_kind(kind)].get(normalise_header(header))


def recognised_count(cells: Iterable[object], kind: str | None = None) -> int:
    """How many cells are known headers (of ``kind``, or of any kind) — finds header rows."""
    known = _ANY_KIND if kind is None else _FIELD_OF[_check_kind(kind)].keys()
    fields = set()
    for cell in cells:
        if cell.__class__ is str and cell:
            word = normalise_header(cell)  # type: ignore[arg-type]
            if word in known:
                fields.add(word)
    return len(fields)


@dataclass
class Mapping:
    """Field name -> header text of the file, for one record kind."""

    kind: str
    columns: dict[str, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        _check_kind(self.kind)

    def missing(self) -> list[str]:
        """Required fields that no column feeds (field names, in the kind's field order)."""
        return [s.name for s in FIELDS[self.kind] if s.required and not self.columns.get(s.name)]

    def header_for(self, name: str) -> str | None:
        return self.columns.get(name) or None

    def to_json(self) -> dict[str, Any]:
        """A JSON-able dict for a saved profile (``ImportProfile.mapping``)."""
        columns = {name: header for name, header in self.columns.items() if header}
        return {"version": PROFILE_VERSION, "kind": self.kind, "columns": columns}

    @classmethod
    def from_json(cls, data: dict[str, Any] | str) -> Mapping:
        """Rebuild a saved mapping; ValidationError (field ``mapping``) when it is malformed."""
        if isinstance(data, str):
            try:
                data = json.loads(data)
            except ValueError as exc:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("Errors", "the saved mapping is not valid JSON"), "mapping"
                ) from exc
        if not isinstance(data, dict):
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "the saved mapping is not an object"), field="mapping"
            )
        kind = data.get("kind")
        columns = data.get("columns")
        if kind not in KINDS:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "the saved mapping has an unknown kind {kind!r}"),
                "mapping",
                kind=kind,
            )
        if not isinstance(columns, dict):
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "the saved mapping has no columns"), field="mapping"
            )
        known = {spec.name for spec in FIELDS[kind]}
        clean: dict[str, str] = {}
        for name, header in columns.items():
            if name not in known:
                raise _no_field(kind, name)
            if header is None or header == "":
                continue
            if not isinstance(header, str):
                raise ValidationError(
                    QT_TRANSLATE_NOOP("Errors", "the column for {name!r} is not text"),
                    field="mapping",
                    name=name,
                )
            clean[name] = header
        return cls(kind, clean)


def detect_mapping(headers: Sequence[str], kind: str) -> Mapping:
    """The mapping the headers suggest; see :meth:`Mapping.missing` for what is lacking.

    Each header feeds at most one field and each field takes its leftmost matching header.
    """
    table = _FIELD_OF[_check_kind(kind)]
    columns: dict[str, str] = {}
    for header in headers:
        name = table.get(normalise_header(header)) if header else None
        if name is not None and name not in columns:
            columns[name] = header
    return Mapping(kind, columns)


def _check_kind(kind: str) -> str:
    if kind not in FIELDS:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors", "unknown record kind {kind!r} (expected chats, calls or transcripts)"
            ),
            kind=kind,
        )
    return kind


def _specs(kind: str) -> tuple[FieldSpec, ...]:
    return FIELDS[_check_kind(kind)]
