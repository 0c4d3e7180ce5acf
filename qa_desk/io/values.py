"""Cell value parsers for imported exports: times, roles, satisfaction, durations and the like.

Every parser takes the raw cell (``str`` from text files; ``str``/``float``/``int``/``bool``/
``datetime`` from workbooks) and either returns a normalised value or raises
:class:`ValueProblem`, whose message is a reason an inspector understands. The readers turn
that into a row error; nothing here knows about rows or files.

Times: naive values are in the outlet's time zone and everything comes back as aware UTC.
:class:`TimeParser` has a fast path for the common ``YYYY-MM-DD HH:MM:SS`` form because a
chat export may hold millions of them.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, timezone, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from qa_desk.domain.errors import ValidationError
from qa_desk.domain.text import QT_TRANSLATE_NOOP
from qa_desk.domain.timeutil import DEFAULT_TIMEZONE

__all__ = [
    "CSAT_BY_WORD",
    "ROLES",
    "ROLE_BY_WORD",
    "TimeParser",
    "ValueProblem",
    "cell_text",
    "clean_id",
    "clean_waybill",
    "mask_phone",
    "parse_csat",
    "parse_direction",
    "parse_duration",
    "parse_offset_ms",
    "parse_role",
    "parse_time",
    "resolve_zone",
]


class ValueProblem(ValueError):
    """A cell that can't be read as the value its column needs; ``code`` is a stable key.

    ``reason`` stays English (it goes into the error report, written without Qt); the fixed
    ones are marked for translation in the ``ImportErrors`` context.
    """

    def __init__(self, reason: str, code: str = "invalid") -> None:
        super().__init__(reason)
        self.reason = reason
        self.code = code


# --------------------------------------------------------------------------- plain cells


def cell_text(value: object) -> str:
    """The text a spreadsheet user would see in the cell (integral floats without ``.0``)."""
    if value.__class__ is str:
        return value  # type: ignore[return-value]
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float):
        # Workbooks store every number as a float: 75132819235197.0 is the waybill 75132819235197.
        if value.is_integer() and abs(value) < 1e16:
            return str(int(value))
        return repr(value)
    if isinstance(value, datetime):
        return value.isoformat(sep=" ")
    return str(value)


def clean_id(value: object) -> str:
    """An identifier: the cell's text without surrounding whitespace."""
    if value.__class__ is str:
        return value.strip()  # type: ignore[union-attr]
    return cell_text(value).strip()


_WAYBILL_DROP = re.compile(r"[\s\u3000]+")


def clean_waybill(value: object) -> str | None:
    """A waybill number: no spaces, no Excel text marker ('), letters upper-cased; empty -> None."""
    if value.__class__ is str and value.isalnum() and value.isascii():  # type: ignore[union-attr]
        return value.upper()  # type: ignore[union-attr]
    text = _WAYBILL_DROP.sub("", cell_text(value))
    text = text.lstrip("'").upper()
    return text or None


# Reasons used in several places (ImportErrors context).
_NOT_A_TIME = QT_TRANSLATE_NOOP("ImportErrors", "not a date and time")
_OUT_OF_RANGE = QT_TRANSLATE_NOOP("ImportErrors", "date is out of range")
_BAD_CSAT = QT_TRANSLATE_NOOP("ImportErrors", "satisfaction must be 1–5 or a word such as 满意")
_BAD_OFFSET = QT_TRANSLATE_NOOP("ImportErrors", "offset must be milliseconds or [hh:]mm:ss.fff")

# --------------------------------------------------------------------------------- times

_EXCEL_EPOCH = datetime(1899, 12, 30)
_FAST_LENGTHS = (19, 16)
_LAST_OF_HOUR = timedelta(minutes=59, seconds=59, microseconds=999_999)
_fromisoformat = datetime.fromisoformat
_EXCEL_MAX_SERIAL = 2958466.0  # 9999-12-31 + 1
# Loose date-time text: 2026/11/1 9:15, 2026-11-01 09:15:02.5, 2026年11月1日 9时15分, with an
# optional Z or ±hh:mm offset.
_LOOSE_TIME = re.compile(
    r"(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*(?:日)?"
    r"(?:(?:\s+|T|(?<=日))(\d{1,2}):(\d{1,2})(?::(\d{1,2})(?:[.,](\d{1,6}))?)?)?"
    r"\s*(Z|[+-]\d{2}(?::?\d{2})?)?",
    re.IGNORECASE | re.ASCII,
)
_NUMBER = re.compile(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?", re.ASCII)


def resolve_zone(tz: str | tzinfo) -> tzinfo:
    """The outlet's time zone from a name such as ``Asia/Shanghai`` (or a tzinfo as is)."""
    if isinstance(tz, tzinfo):
        return tz
    try:
        return ZoneInfo(tz)
    except (ZoneInfoNotFoundError, ValueError, TypeError) as exc:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "unknown time zone {zone!r}"), field="timezone", zone=tz
        ) from exc


class TimeParser:
    """Reads cells as points in time, returned as aware UTC ``datetime``.

    Accepted: ``2026-11-01 09:15:02``, ``2026/11/1 9:15`` (seconds optional), ISO 8601 with
    an offset or ``Z``, Excel serial numbers (as numbers or text, e.g. ``45967.4375``), Unix
    epoch seconds (10 digits) or milliseconds (13 digits), compact ``20261101091502``, and real
    ``datetime``/``date`` cells. Naive values are taken in ``tz``.
    """

    __slots__ = ("_offsets", "zone")

    def __init__(self, tz: str | tzinfo = DEFAULT_TIMEZONE) -> None:
        self.zone = resolve_zone(tz)
        # UTC offset of the zone per local hour ("YYYY-MM-DD HH"): zone arithmetic costs
        # ~1.5 µs a row, a dict hit and one subtraction ~0.2 µs.
        self._offsets: dict[str, timedelta] = {}

    def __call__(self, value: object) -> datetime:
        if value.__class__ is str:
            text: str = value  # type: ignore[assignment]
            # Fast path: "YYYY-MM-DD HH:MM:SS" (or without seconds) whose hour has been seen;
            # the cache holds only keys that parsed as a date and time, and the full text must
            # still parse, so anything else that merely looks similar takes the slow path.
            if len(text) in _FAST_LENGTHS:
                offset = self._offsets.get(text[:13])
                if offset is not None:
                    try:
                        return _fromisoformat(text + "+00:00") - offset
                    except (ValueError, OverflowError):
                        pass
            return self._parse_text(text)
        if isinstance(value, datetime):
            return self._localise(value)
        if isinstance(value, date):
            return self._localise(datetime(value.year, value.month, value.day))
        if isinstance(value, bool) or value is None:
            raise ValueProblem(_NOT_A_TIME, "bad_time")
        if isinstance(value, int | float):
            return self._from_number(float(value), None)
        if isinstance(value, time | timedelta):
            raise ValueProblem(
                QT_TRANSLATE_NOOP("ImportErrors", "a time of day without a date"), "bad_time"
            )
        raise ValueProblem(_NOT_A_TIME, "bad_time")

    # -- helpers

    def _offset_of(self, naive: datetime, alias: str | None = None) -> timedelta:
        """The zone's UTC offset at a local time; cached per local hour (and under ``alias``,
        another spelling of the same "YYYY-MM-DD?HH" prefix)."""
        hour = naive.replace(minute=0, second=0, microsecond=0)
        key = hour.isoformat(sep=" ")[:13]
        offset = self._offsets.get(key)
        if offset is None:
            offset = self.zone.utcoffset(naive) or timedelta(0)
            # Cache only hours with one offset throughout (not the hour of a DST change).
            if (
                self.zone.utcoffset(hour) != offset
                or self.zone.utcoffset(hour + _LAST_OF_HOUR) != offset
            ):
                return offset
            if len(self._offsets) > 100_000:  # bound the cache on very long time spans
                self._offsets.clear()
            self._offsets[key] = offset
        if alias is not None:
            self._offsets[alias] = offset
        return offset

    def _localise(self, value: datetime) -> datetime:
        try:
            if value.tzinfo is None or value.utcoffset() is None:
                naive = value.replace(tzinfo=None)
                return naive.replace(tzinfo=UTC) - self._offset_of(naive)
            return value.astimezone(UTC)
        except (OverflowError, ValueError) as exc:
            raise ValueProblem(_OUT_OF_RANGE, "bad_time") from exc

    def _parse_text(self, raw: str) -> datetime:
        text = unicodedata.normalize("NFKC", raw).strip()
        if not text:
            raise ValueProblem(QT_TRANSLATE_NOOP("ImportErrors", "time is empty"), "missing_time")
        if _NUMBER.fullmatch(text):
            return self._from_number(float(text), text)
        try:
            parsed = datetime.fromisoformat(text)
        except ValueError:
            parsed = None
        if parsed is not None:
            if parsed.tzinfo is None and len(text) in _FAST_LENGTHS and text[4] == "-":
                # Let the rest of this hour take the fast path, whatever the separator.
                try:
                    self._offset_of(parsed, alias=text[:13])
                except OverflowError as exc:
                    raise ValueProblem(_OUT_OF_RANGE, "bad_time") from exc
            return self._localise(parsed)
        match = _LOOSE_TIME.fullmatch(text)
        if match is None:
            raise ValueProblem(
                QT_TRANSLATE_NOOP(
                    "ImportErrors", "not a recognisable date and time (e.g. 2026-11-01 09:15:02)"
                ),
                "bad_time",
            )
        year, month, day, hour, minute, second, fraction, zone = match.groups()
        try:
            parsed = datetime(
                int(year),
                int(month),
                int(day),
                int(hour or 0),
                int(minute or 0),
                int(second or 0),
                int((fraction or "0").ljust(6, "0")),
            )
        except ValueError as exc:
            raise ValueProblem(f"impossible date or time ({exc})", "bad_time") from exc
        if zone:
            parsed = parsed.replace(tzinfo=_offset_zone(zone))
        return self._localise(parsed)

    def _from_number(self, number: float, text: str | None) -> datetime:
        digits = text.lstrip("+") if text is not None and text.isdigit() else None
        try:
            if digits is not None and len(digits) == 14:  # 20261101091502
                return self._localise(datetime.strptime(digits, "%Y%m%d%H%M%S"))
            if digits is not None and len(digits) == 8:  # 20261101
                return self._localise(datetime.strptime(digits, "%Y%m%d"))
            if 1e12 <= number < 1e14:  # Unix epoch milliseconds
                return datetime.fromtimestamp(number / 1000.0, UTC)
            if 1e9 <= number < 1e11:  # Unix epoch seconds
                return datetime.fromtimestamp(number, UTC)
            if 1.0 <= number < _EXCEL_MAX_SERIAL:
                # Excel serial date: days since 1899-12-30; Excel keeps milliseconds at most.
                naive = _EXCEL_EPOCH + timedelta(milliseconds=round(number * 86_400_000))
                return self._localise(naive)
        except (ValueError, OverflowError, OSError) as exc:
            raise ValueProblem(_OUT_OF_RANGE, "bad_time") from exc
        raise ValueProblem(
            QT_TRANSLATE_NOOP(
                "ImportErrors", "a number that is not a date (Excel serial or Unix time)"
            ),
            "bad_time",
        )


def _offset_zone(text: str) -> tzinfo:
    if text.upper() == "Z":
        return UTC
    sign = -1 if text[0] == "-" else 1
    body = text[1:].replace(":", "")
    hours, minutes = int(body[:2]), int(body[2:4] or 0)
    try:
        return timezone(sign * timedelta(hours=hours, minutes=minutes))
    except ValueError as exc:
        raise ValueProblem(
            QT_TRANSLATE_NOOP("ImportErrors", "impossible time zone offset"), "bad_time"
        ) from exc


_PARSERS: dict[str, TimeParser] = {}


def parse_time(value: object, tz: str = DEFAULT_TIMEZONE) -> datetime:
    """One cell as an aware UTC datetime (see :class:`TimeParser` for the accepted forms)."""
    parser = _PARSERS.get(tz)
    if parser is None:
        parser = _PARSERS[tz] = TimeParser(tz)
    return parser(value)


# --------------------------------------------------------------------------------- roles

ROLES = ("customer", "agent", "system", "bot")

_ROLE_WORDS = {
    "customer": (
        "客户",
        "用户",
        "买家",
        "顾客",
        "访客",
        "游客",
        "客人",
        "customer",
        "user",
        "buyer",
        "client",
        "visitor",
        "guest",
    ),
    "agent": (
        "客服",
        "坐席",
        "座席",
        "人工",
        "人工客服",
        "客服人员",
        "员工",
        "卖家",
        "商家",
        "waiter",
        "agent",
        "staff",
        "operator",
        "seller",
        "service",
        "cs",
    ),
    "system": ("系统", "系统消息", "系统提示", "system", "sys", "notice"),
    "bot": ("机器人", "机器人客服", "智能客服", "智能助手", "bot", "robot", "chatbot", "ai"),
}
# Case-folded word -> role (exact lookups are the readers' fast path).
ROLE_BY_WORD: dict[str, str] = {
    word.casefold(): role for role, words in _ROLE_WORDS.items() for word in words
}


def parse_role(value: object) -> str:
    """A sender or speaker role: ``customer``, ``agent``, ``system`` or ``bot``."""
    text = value if value.__class__ is str else cell_text(value)
    role = ROLE_BY_WORD.get(text)  # type: ignore[arg-type]
    if role is not None:
        return role
    key = unicodedata.normalize("NFKC", text).strip().casefold()  # type: ignore[arg-type]
    role = ROLE_BY_WORD.get(key)
    if role is not None:
        return role
    if not key:
        raise ValueProblem(
            QT_TRANSLATE_NOOP("ImportErrors", "sender role is empty"), "missing_role"
        )
    raise ValueProblem(
        QT_TRANSLATE_NOOP(
            "ImportErrors",
            "unknown role (expected customer/客户, agent/客服, system/系统 or bot/机器人)",
        ),
        "unknown_role",
    )


# -------------------------------------------------------------------------- satisfaction

# Word or digit -> satisfaction 1..5, or None for "not rated" (the readers' fast path).
CSAT_BY_WORD: dict[str, int | None] = {
    "": None,
    "1": 1,
    "2": 2,
    "3": 3,
    "4": 4,
    "5": 5,
    "非常满意": 5,
    "很满意": 5,
    "满意": 4,
    "比较满意": 4,
    "一般": 3,
    "不满意": 2,
    "非常不满意": 1,
    "很不满意": 1,
    "very satisfied": 5,
    "satisfied": 4,
    "neutral": 3,
    "dissatisfied": 2,
    "unsatisfied": 2,
    "very dissatisfied": 1,
    "very unsatisfied": 1,
    # "not rated" markers are empty, not errors
    "未评价": None,
    "未评": None,
    "无": None,
    "-": None,
    "none": None,
    "n/a": None,
    "na": None,
}
_CSAT_NUMBER = re.compile(r"(\d+(?:\.0+)?)\s*(?:分|星|stars?|/5)?", re.IGNORECASE | re.ASCII)


def parse_csat(value: object) -> int | None:
    """Satisfaction 1–5 from a digit or a word (非常满意 5 … 非常不满意 1); empty -> None."""
    if value.__class__ is str:
        try:
            return CSAT_BY_WORD[value]  # type: ignore[index]
        except KeyError:
            text = " ".join(unicodedata.normalize("NFKC", value).casefold().split())  # type: ignore[arg-type]
    elif value is None:
        return None
    elif isinstance(value, int | float) and not isinstance(value, bool):
        text = cell_text(value)
    else:
        raise ValueProblem(_BAD_CSAT, "bad_csat")
    if text in CSAT_BY_WORD:
        return CSAT_BY_WORD[text]
    match = _CSAT_NUMBER.fullmatch(text)
    if match is not None:
        score = int(float(match.group(1)))
        if 1 <= score <= 5:
            return score
    raise ValueProblem(_BAD_CSAT, "bad_csat")


# ------------------------------------------------------------------- durations, offsets

_CLOCK = re.compile(r"(?:(\d+):)?(\d{1,2}):(\d{1,2}(?:[.,]\d+)?)", re.ASCII)
_CN_DURATION = re.compile(
    r"(?:(\d+)\s*(?:小时|时|h))?\s*(?:(\d+)\s*(?:分钟|分|m|min))?\s*"
    r"(?:(\d+(?:\.\d+)?)\s*(?:秒|s|sec))?",
    re.IGNORECASE | re.ASCII,
)


@dataclass(frozen=True, slots=True)
class _Span:
    """The reasons for one kind of time span, as whole sentences, and their code."""

    not_a_number: str
    negative: str
    code: str


_DURATION = _Span(
    QT_TRANSLATE_NOOP("ImportErrors", "duration must be a number of seconds or mm:ss"),
    QT_TRANSLATE_NOOP("ImportErrors", "duration is negative"),
    "bad_duration",
)
_OFFSET = _Span(
    QT_TRANSLATE_NOOP("ImportErrors", "offset must be a number of seconds or mm:ss"),
    QT_TRANSLATE_NOOP("ImportErrors", "offset is negative"),
    "bad_offset",
)


def _seconds(value: object, span: _Span) -> float | None:
    if isinstance(value, bool):
        raise ValueProblem(span.not_a_number, span.code)
    if isinstance(value, int | float):
        seconds = float(value)
    elif isinstance(value, timedelta):
        seconds = value.total_seconds()
    elif isinstance(value, time):
        seconds = value.hour * 3600 + value.minute * 60 + value.second + value.microsecond / 1e6
    else:
        text = unicodedata.normalize("NFKC", cell_text(value)).strip()
        if not text:
            return None
        if _NUMBER.fullmatch(text):
            seconds = float(text)
        elif (clock := _CLOCK.fullmatch(text)) is not None:
            hours, minutes, secs = clock.groups()
            seconds = int(hours or 0) * 3600 + int(minutes) * 60 + float(secs.replace(",", "."))
        elif (words := _CN_DURATION.fullmatch(text)) is not None and any(words.groups()):
            hours, minutes, secs = words.groups()
            seconds = int(hours or 0) * 3600 + int(minutes or 0) * 60 + float(secs or 0)
        else:
            raise ValueProblem(span.not_a_number, span.code)
    if seconds != seconds or seconds in (float("inf"), float("-inf")):
        raise ValueProblem(span.not_a_number, span.code)
    if seconds < 0:
        raise ValueProblem(span.negative, span.code)
    return seconds


def parse_duration(value: object) -> float | None:
    """A call duration in seconds from a number, ``mm:ss``, ``hh:mm:ss`` or 1分30秒."""
    seconds = _seconds(value, _DURATION)
    if seconds is not None and seconds > 366 * 86_400:
        raise ValueProblem(
            QT_TRANSLATE_NOOP("ImportErrors", "duration is longer than a year"), "bad_duration"
        )
    return seconds


def parse_offset_ms(value: object) -> int | None:
    """A transcript offset: milliseconds as a number, or a clock ``[hh:]mm:ss[.fff]``."""
    if value.__class__ is str and value.isascii() and value.isdigit():  # type: ignore[union-attr]
        millis = float(value)  # type: ignore[arg-type]
    elif isinstance(value, bool):
        raise ValueProblem(_BAD_OFFSET, "bad_offset")
    elif isinstance(value, int | float):
        millis = float(value)
    elif isinstance(value, time | timedelta):
        millis = (_seconds(value, _OFFSET) or 0.0) * 1000
    else:
        text = unicodedata.normalize("NFKC", cell_text(value)).strip()
        if not text:
            return None
        if _NUMBER.fullmatch(text):
            millis = float(text)
        elif _CLOCK.fullmatch(text):
            millis = (_seconds(text, _OFFSET) or 0.0) * 1000
        else:
            raise ValueProblem(_BAD_OFFSET, "bad_offset")
    if millis != millis or millis < 0:
        raise ValueProblem(
            QT_TRANSLATE_NOOP("ImportErrors", "offset must be milliseconds (0 or more)"),
            "bad_offset",
        )
    if millis >= 2**31:
        raise ValueProblem(
            QT_TRANSLATE_NOOP("ImportErrors", "offset is too large for milliseconds"),
            "bad_offset",
        )
    return round(millis)


# ---------------------------------------------------------------------------- direction

_DIRECTIONS = {
    "呼入": "inbound",
    "来电": "inbound",
    "入": "inbound",
    "inbound": "inbound",
    "in": "inbound",
    "incoming": "inbound",
    "呼出": "outbound",
    "外呼": "outbound",
    "去电": "outbound",
    "出": "outbound",
    "outbound": "outbound",
    "out": "outbound",
    "outgoing": "outbound",
}


def parse_direction(value: object) -> str | None:
    """``inbound`` (呼入/in) or ``outbound`` (呼出/out); empty -> None."""
    text = value if value.__class__ is str else cell_text(value)
    direction = _DIRECTIONS.get(text)  # type: ignore[arg-type]
    if direction is not None:
        return direction
    key = unicodedata.normalize("NFKC", text).strip().casefold()  # type: ignore[arg-type]
    if not key:
        return None
    direction = _DIRECTIONS.get(key)
    if direction is None:
        raise ValueProblem(
            QT_TRANSLATE_NOOP("ImportErrors", "direction must be 呼入/inbound or 呼出/outbound"),
            "bad_direction",
        )
    return direction


# --------------------------------------------------------------------------------- phones

_PHONE_PUNCT = re.compile(r"[\s\-().\u3000（）]+")
_CN_PREFIX = re.compile(r"^(?:\+86|0086|86(?=1\d{10}$))")


def mask_phone(value: str | None) -> str:
    """Mask a customer's number or id for storage.

    - CN mobile (11 digits starting with 1, optional +86/0086/86): ``138****1234``
    - landline with area code (leading 0, 10–12 digits): ``010****5678``, ``0755****4321``
    - other numbers of 7+ digits: the last 4 stay (and the first 3 from 11 digits on)
    - anything else (nicknames, platform user ids, short numbers): first and last character
    - already masked values (containing ``*``) and empty values are returned unchanged.
    """
    if not value:
        return ""
    text = value.strip()
    if not text or "*" in text:
        return text
    compact = _PHONE_PUNCT.sub("", text)
    compact = _CN_PREFIX.sub("", compact)
    if compact.startswith("+"):
        compact = compact[1:]
    if compact.isascii() and compact.isdigit():
        if len(compact) == 11 and compact[0] == "1":
            return f"{compact[:3]}****{compact[-4:]}"
        if compact[0] == "0" and 10 <= len(compact) <= 12:
            area = 3 if compact[1] in "12" else 4
            return f"{compact[:area]}****{compact[-4:]}"
        if len(compact) >= 11:
            return f"{compact[:3]}****{compact[-4:]}"
        if len(compact) >= 7:
            return f"****{compact[-4:]}"
    if len(text) <= 2:
        return text[0] + "*"
    return f"{text[0]}****{text[-1]}"
