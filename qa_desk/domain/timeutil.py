"""Time helpers: everything is stored in UTC and shown in the outlet's time zone."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

DEFAULT_TIMEZONE = "Asia/Shanghai"


def utcnow() -> datetime:
    return datetime.now(UTC)


def to_utc(value: datetime, tz_name: str = DEFAULT_TIMEZONE) -> datetime:
    """Naive times are in the outlet's time zone; aware ones are converted."""
    if value.tzinfo is None:
        value = value.replace(tzinfo=ZoneInfo(tz_name))
    return value.astimezone(UTC)


def to_local(value: datetime, tz_name: str = DEFAULT_TIMEZONE) -> datetime:
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return value.astimezone(ZoneInfo(tz_name))
