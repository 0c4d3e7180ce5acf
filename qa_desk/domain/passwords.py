"""Password hashing (scrypt, standard library) and the login lockout rule."""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
from dataclasses import dataclass
from datetime import datetime, timedelta

# scrypt cost: about 50 ms on a 2-core office PC; stored with the hash so it can be raised later.
_N, _R, _P = 2**14, 8, 1
_SALT_BYTES = 16
_KEY_BYTES = 32

MIN_PASSWORD_LENGTH = 8
MAX_FAILED_LOGINS = 5
LOCKOUT = timedelta(minutes=15)


def hash_password(password: str) -> str:
    salt = os.urandom(_SALT_BYTES)
    key = hashlib.scrypt(password.encode(), salt=salt, n=_N, r=_R, p=_P, dklen=_KEY_BYTES)
    b64 = base64.b64encode
    return f"scrypt${_N}${_R}${_P}${b64(salt).decode()}${b64(key).decode()}"


def verify_password(password: str, stored: str) -> bool:
    try:
        scheme, n, r, p, salt_b64, key_b64 = stored.split("$")
        if scheme != "scrypt":
            return False
        salt = base64.b64decode(salt_b64)
        expected = base64.b64decode(key_b64)
        key = hashlib.scrypt(
            password.encode(), salt=salt, n=int(n), r=int(r), p=int(p), dklen=len(expected)
        )
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(key, expected)


def password_problem(password: str) -> str | None:
    """Why a new password is not acceptable, or None."""
    if len(password) < MIN_PASSWORD_LENGTH:
        return f"The password must have at least {MIN_PASSWORD_LENGTH} characters."
    if password.strip() != password:
        return "The password must not start or end with spaces."
    return None


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
