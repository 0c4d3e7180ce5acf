"""Password hashing (scrypt, standard library) and the login lockout rule."""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
from dataclasses import dataclass
from datetime import datetime, timedelta

from qa_desk.domain.errors import ValidationError
from qa_desk.domain.text import QT_TRANSLATE_NOOP

# scrypt cost: about 50 ms on a 2-core office PC; stored with the hash so it can be raised later.
_N, _R, _P = 2**14, 8, 1
_SALT_BYTES = 16
_KEY_BYTES = 32
# What verify_password accepts from a stored hash (older or newer costs included).
_MIN_SALT_BYTES = 8
_MIN_KEY_BYTES = 16

MIN_PASSWORD_LENGTH = 8
MAX_FAILED_LOGINS = 5
LOCKOUT = timedelta(minutes=15)


def hash_password(password: str) -> str:
    salt = os.urandom(_SALT_BYTES)
    key = hashlib.scrypt(password.encode(), salt=salt, n=_N, r=_R, p=_P, dklen=_KEY_BYTES)
    b64 = base64.b64encode
    return f"scrypt${_N}${_R}${_P}${b64(salt).decode()}${b64(key).decode()}"


def verify_password(password: str, stored: str) -> bool:
    """True when ``password`` matches ``stored``; a malformed stored hash never matches."""
    try:
        scheme, n_text, r_text, p_text, salt_b64, key_b64 = stored.split("$")
        n, r, p = int(n_text), int(r_text), int(p_text)
        salt = base64.b64decode(salt_b64, validate=True)
        expected = base64.b64decode(key_b64, validate=True)
    except (AttributeError, ValueError, TypeError):
        return False
    if scheme != "scrypt" or not _plausible(n, r, p, salt, expected):
        return False
    try:
        key = hashlib.scrypt(password.encode(), salt=salt, n=n, r=r, p=p, dklen=len(expected))
    except (ValueError, TypeError, MemoryError):
        return False
    return hmac.compare_digest(key, expected)


def _plausible(n: int, r: int, p: int, salt: bytes, key: bytes) -> bool:
    """Parameters a real hash of ours can have.

    A shortened key would still match (scrypt output is a prefix of a longer one), so a
    damaged hash could accept wrong passwords; absurd costs would hang the login.
    """
    return (
        2**10 <= n <= 2**20
        and n & (n - 1) == 0
        and 1 <= r <= 32
        and 1 <= p <= 16
        and len(salt) >= _MIN_SALT_BYTES
        and len(key) >= _MIN_KEY_BYTES
    )


def password_error(password: str) -> ValidationError | None:
    """Why a new password is not acceptable (field ``password``), or None.

    The error carries an English template and its parameters, so the UI shows it in the
    user's language (``qa_desk.ui.messages.error_text``).
    """
    if len(password) < MIN_PASSWORD_LENGTH:
        return ValidationError(
            QT_TRANSLATE_NOOP("Errors", "The password must have at least {minimum} characters."),
            "password",
            minimum=MIN_PASSWORD_LENGTH,
        )
    if password.strip() != password:
        return ValidationError(
            QT_TRANSLATE_NOOP("Errors", "The password must not start or end with spaces."),
            "password",
        )
    return None


def password_problem(password: str) -> str | None:
    """The English line of :func:`password_error` (for the command line), or None."""
    error = password_error(password)
    return None if error is None else str(error)


@dataclass(frozen=True)
class LockoutState:
    failed_logins: int
    locked_until: datetime | None


def is_locked(state: LockoutState, now: datetime) -> bool:
    return state.locked_until is not None and now < state.locked_until


def after_failure(state: LockoutState, now: datetime) -> LockoutState:
    """One more failed login; the fifth in a row locks the account for 15 minutes."""
    failed = state.failed_logins + 1
    if failed >= MAX_FAILED_LOGINS:
        return LockoutState(0, now + LOCKOUT)
    return LockoutState(failed, state.locked_until)
