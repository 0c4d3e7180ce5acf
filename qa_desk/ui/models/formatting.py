"""Dates and times as users read them: the UI locale's date order, the outlet's time zone."""

from __future__ import annotations

import re
from datetime import date, datetime

from PySide6.QtCore import QDate, QLocale

from qa_desk.domain.timeutil import DEFAULT_TIMEZONE, to_local
from qa_desk.services.registry import Services

# Two-digit years are ambiguous in a register that spans decades of contracts.
_SHORT_YEAR = re.compile(r"(?<!y)yy(?!y)")


def date_pattern(locale: QLocale | None = None) -> str:
    """The locale's short date format with a four-digit year (ISO for the "C" locale)."""
    locale = locale or QLocale()
    if locale.language() == QLocale.Language.C:
        return "yyyy-MM-dd"
    return _SHORT_YEAR.sub("yyyy", locale.dateFormat(QLocale.FormatType.ShortFormat))


def format_date(value: date | None) -> str:
    if value is None:
        return ""
    locale = QLocale()
    return locale.toString(QDate(value.year, value.month, value.day), date_pattern(locale))


def format_datetime(
    value: datetime | None, tz_name: str = DEFAULT_TIMEZONE, seconds: bool = False
) -> str:
    """A stored UTC time in the outlet's zone, 24-hour clock."""
    if value is None:
        return ""
    local = to_local(value, tz_name)
    clock = local.strftime("%H:%M:%S" if seconds else "%H:%M")
    return f"{format_date(local.date())} {clock}"


def to_qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def from_qdate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def outlet_timezone(services: Services) -> str:
    """The zone times are shown in: the outlet's, else the default (Asia/Shanghai)."""
    outlet = services.org.outlet()
    return outlet.timezone if outlet and outlet.timezone else DEFAULT_TIMEZONE
