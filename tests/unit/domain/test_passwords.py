"""Password hashing (scrypt) and the lockout rule, without a database."""

from __future__ import annotations

import base64
from datetime import UTC, datetime, timedelta

import pytest

from qa_desk.domain.passwords import (
    LOCKOUT,
    MAX_FAILED_LOGINS,
    LockoutState,
    after_failure,
    hash_password,
    is_locked,
    password_problem,
    verify_password,
)

PASSWORD = "correct horse 1"


@pytest.fixture(scope="module")
def stored() -> str:
    return hash_password(PASSWORD)


def test_hash_format_names_scheme_cost_salt_and_key(stored: str) -> None:
    scheme, n, r, p, salt, key = stored.split("$")
    assert (scheme, n, r, p) == ("scrypt", str(2**14), "8", "1")
    assert len(base64.b64decode(salt, validate=True)) == 16
    assert len(base64.b64decode(key, validate=True)) == 32
    assert PASSWORD not in stored


def test_verify_accepts_the_right_password_only(stored: str) -> None:
    assert verify_password(PASSWORD, stored)
    assert not verify_password("correct horse 2", stored)
    assert not verify_password(PASSWORD.upper(), stored)
    assert not verify_password("", stored)


def test_same_password_gets_a_new_salt_each_time(stored: str) -> None:
    other = hash_password(PASSWORD)
    assert other != stored
    assert other.split("$")[4] != stored.split("$")[4]
    assert verify_password(PASSWORD, other)


def test_non_ascii_passwords_work() -> None:
    stored = hash_password("质检台密码-2026")
    assert verify_password("质检台密码-2026", stored)
    assert not verify_password("质检台密码-2025", stored)


def _replace(stored: str, index: int, value: str) -> str:
    parts = stored.split("$")
    parts[index] = value
    return "$".join(parts)


def _shortened_key(stored: str) -> str:
    key = base64.b64decode(stored.split("$")[5])
    return _replace(stored, 5, base64.b64encode(key[:4]).decode())


@pytest.mark.parametrize(
    "damage",
    [
        lambda s: "",
        lambda s: PASSWORD,  # a password stored in plain text
        lambda s: s.replace("scrypt", "bcrypt", 1),
        lambda s: s.rsplit("$", 1)[0],  # a part missing
        lambda s: s + "$extra",
        lambda s: _replace(s, 1, "many"),  # cost not a number
        lambda s: _replace(s, 1, "1000"),  # not a power of two
        lambda s: _replace(s, 2, "0"),
        lambda s: _replace(s, 3, "4000"),  # absurd cost: refused, not computed
        lambda s: _replace(s, 4, "!!not base64!!"),
        lambda s: _replace(s, 4, ""),
        lambda s: _replace(s, 5, ""),
        _shortened_key,  # a prefix of the real key would otherwise still match
    ],
)
def test_malformed_stored_hash_never_matches(stored: str, damage) -> None:  # type: ignore[no-untyped-def]
    assert verify_password(PASSWORD, damage(stored)) is False


def test_password_problem() -> None:
    assert password_problem("long enough") is None
    assert password_problem("12345678") is None
    assert "at least 8" in (password_problem("short") or "")
    assert "at least 8" in (password_problem("") or "")
    assert "spaces" in (password_problem(" leading space") or "")
    assert "spaces" in (password_problem("trailing space ") or "")


T0 = datetime(2026, 11, 3, 9, 0, tzinfo=UTC)


def test_four_failures_do_not_lock_the_fifth_locks_for_15_minutes() -> None:
    state = LockoutState(0, None)
    for attempt in range(1, MAX_FAILED_LOGINS):
        state = after_failure(state, T0)
        assert state == LockoutState(attempt, None)
        assert not is_locked(state, T0)
    state = after_failure(state, T0)
    assert state.locked_until == T0 + timedelta(minutes=15) == T0 + LOCKOUT
    assert is_locked(state, T0)
    assert is_locked(state, T0 + timedelta(minutes=14, seconds=59))
    # At the end of the 15 minutes the account is open again, with a fresh count.
    assert not is_locked(state, T0 + LOCKOUT)
    assert state.failed_logins == 0


def test_after_expiry_five_new_failures_lock_again() -> None:
    state = LockoutState(0, T0 + LOCKOUT)
    later = T0 + LOCKOUT + timedelta(seconds=1)
    for _ in range(MAX_FAILED_LOGINS - 1):
        state = after_failure(state, later)
        assert not is_locked(state, later)
    state = after_failure(state, later)
    assert is_locked(state, later) and state.locked_until == later + LOCKOUT
