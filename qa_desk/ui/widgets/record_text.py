"""How a record's values read in the record view: durations, offsets, roles, speakers, stars.

Chat roles and call speakers are translated in separate contexts because Chinese names them
differently (a chat agent is 客服, an agent on the phone is 坐席).
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

_CONTEXT = "RecordText"

_CHAT_ROLES = {
    "customer": QT_TRANSLATE_NOOP("ChatRoles", "Customer"),
    "agent": QT_TRANSLATE_NOOP("ChatRoles", "Agent"),
    "system": QT_TRANSLATE_NOOP("ChatRoles", "System"),
    "bot": QT_TRANSLATE_NOOP("ChatRoles", "Bot"),
}

_SPEAKERS = {
    "agent": QT_TRANSLATE_NOOP("CallSpeakers", "Agent"),
    "customer": QT_TRANSLATE_NOOP("CallSpeakers", "Customer"),
    "system": QT_TRANSLATE_NOOP("CallSpeakers", "System"),
    "bot": QT_TRANSLATE_NOOP("CallSpeakers", "IVR"),
}

_CHANNELS = {
    "chat": QT_TRANSLATE_NOOP("RecordText", "Chat"),
    "call": QT_TRANSLATE_NOOP("RecordText", "Call"),
}

_DIRECTIONS = {
    "inbound": QT_TRANSLATE_NOOP("RecordText", "Inbound"),
    "outbound": QT_TRANSLATE_NOOP("RecordText", "Outbound"),
}

FULL_STAR = "\u2605"
EMPTY_STAR = "\u2606"


def _tr(text: str) -> str:
    """A string marked with QT_TRANSLATE_NOOP("RecordText", ...) above."""
    return QCoreApplication.translate(_CONTEXT, text)


def role_label(role: str) -> str:
    """A chat sender role; an unknown code shows as itself rather than nothing."""
    return (
        QCoreApplication.translate("ChatRoles", _CHAT_ROLES[role]) if role in _CHAT_ROLES else role
    )


def speaker_label(speaker: str) -> str:
    """A call speaker (agent → 坐席, customer → 客户 in Chinese)."""
    if speaker in _SPEAKERS:
        return QCoreApplication.translate("CallSpeakers", _SPEAKERS[speaker])
    return speaker


def channel_label(channel: str) -> str:
    return _tr(_CHANNELS[channel]) if channel in _CHANNELS else channel


def direction_label(direction: str) -> str:
    return _tr(_DIRECTIONS[direction]) if direction in _DIRECTIONS else direction


def format_duration(seconds: float | None) -> str:
    """A span people read at a glance: "45 s", "2 min 5 s", "1 h 3 min"; a dash when unknown."""
    if seconds is None:
        return "—"
    total = max(0, round(seconds))
    if total < 60:
        return QCoreApplication.translate("RecordText", "{0} s").format(total)
    minutes, secs = divmod(total, 60)
    if minutes < 60:
        if secs == 0:
            return QCoreApplication.translate("RecordText", "{0} min").format(minutes)
        return QCoreApplication.translate("RecordText", "{0} min {1} s").format(minutes, secs)
    hours, minutes = divmod(minutes, 60)
    return QCoreApplication.translate("RecordText", "{0} h {1} min").format(hours, minutes)


def format_offset(ms: int | None) -> str:
    """A position in a recording: mm:ss, or h:mm:ss from an hour on."""
    if ms is None or ms < 0:
        return "--:--"
    total = ms // 1000
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return f"{hours}:{minutes:02d}:{secs:02d}"
    return f"{minutes:02d}:{secs:02d}"


def stars(csat: int | None) -> str:
    """Satisfaction as five stars and n/5; "Not rated" when the customer gave none."""
    if csat is None or csat <= 0:
        return QCoreApplication.translate("RecordText", "Not rated")
    filled = min(csat, 5)
    return f"{FULL_STAR * filled}{EMPTY_STAR * (5 - filled)}  {filled}/5"


def wait_text(seconds: float) -> str:
    """The tag above an agent reply: how long the customer had been waiting."""
    return QCoreApplication.translate("RecordText", "Waited {0}").format(format_duration(seconds))


def silence_text(ms: int) -> str:
    return QCoreApplication.translate("RecordText", "Silence {0}").format(
        format_duration(ms / 1000)
    )
