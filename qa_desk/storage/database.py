"""Engine and session factory: resolves the URL, tunes SQLite, turns driver errors into one line."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, event, exc, text
from sqlalchemy.engine import URL, Engine, make_url
from sqlalchemy.orm import Session, sessionmaker

from qa_desk.domain.errors import DatabaseError
from qa_desk.paths import default_database_path

ENV_URL = "QA_DESK_DB"


def sqlite_url(path: Path) -> str:
    return f"sqlite:///{path}"


def resolve_url(cli_url: str | None = None, settings_url: str | None = None) -> str:
    """``--db``, then ``QA_DESK_DB``, then the settings, then the embedded default file."""
    for candidate in (cli_url, os.environ.get(ENV_URL), settings_url):
        if candidate and candidate.strip():
            return candidate.strip()
    return sqlite_url(default_database_path())


def describe_url(url: str) -> str:
    """The URL without its password, for status bars, logs and messages."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except exc.ArgumentError:
        return url


def _first_line(error: BaseException) -> str:
    orig = getattr(error, "orig", None) or error
    lines = [line.strip() for line in str(orig).splitlines() if line.strip()]
    return lines[0] if lines else type(orig).__name__


def translate_error(error: BaseException, url: str) -> DatabaseError:
    """A one-line, user-facing message for a driver or SQLAlchemy failure."""
    where = describe_url(url)
    detail = _first_line(error)
    low = detail.lower()
    if "file is not a database" in low or "malformed" in low:
        return DatabaseError(f"The database file {where} is damaged or not a database ({detail}).")
    if "readonly" in low or "read-only" in low:
        return DatabaseError(f"The database {where} is read-only; QA Desk needs to write to it.")
    if "unable to open database file" in low:
        return DatabaseError(f"Cannot open the database file {where}: {detail}.")
    if isinstance(error, exc.OperationalError | exc.InterfaceError):
        return DatabaseError(f"Cannot reach the database {where}: {detail}")
    return DatabaseError(f"Database error on {where}: {detail}")


def _sqlite_file(url: URL) -> Path | None:
    if url.get_backend_name() != "sqlite":
        return None
    if not url.database or url.database == ":memory:" or url.database.startswith("file:"):
        return None
    return Path(url.database)


def _check_sqlite_file(path: Path, url: str) -> None:
    """Fail early, and without touching the file, when it cannot be used."""
    if path.exists():
        if path.is_dir():
            raise DatabaseError(f"{describe_url(url)} is a folder, not a database file.")
        if not os.access(path, os.R_OK):
            raise DatabaseError(f"The database file {describe_url(url)} cannot be read.")
        if not os.access(path, os.W_OK):
            raise DatabaseError(
                f"The database {describe_url(url)} is read-only; QA Desk needs to write to it."
            )
        with path.open("rb") as fh:
            head = fh.read(16)
        if head and head != b"SQLite format 3\x00":
            raise DatabaseError(f"The file {describe_url(url)} is not a QA Desk database.")
    elif not path.parent.is_dir():
        raise DatabaseError(f"The folder for the database {describe_url(url)} does not exist.")


def _tune_sqlite(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        # Let SQLAlchemy, not pysqlite, decide when transactions begin (needed for IMMEDIATE).
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute("PRAGMA busy_timeout=10000")
        cur.execute("PRAGMA journal_mode=WAL")
        # WAL + NORMAL: durable at checkpoints, 4x faster commits (DESIGN §9).
        cur.execute("PRAGMA synchronous=NORMAL")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        # Writers take the lock up front so they never fail half-way with SQLITE_BUSY.
        if conn.get_execution_options().get("qa_write"):
            conn.exec_driver_sql("BEGIN IMMEDIATE")
        else:
            conn.exec_driver_sql("BEGIN")


@dataclass
class Database:
    """One open database: engine plus session factories for reading and writing."""

    url: str
    engine: Engine

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    @property
    def is_sqlite(self) -> bool:
        return self.dialect == "sqlite"

    @property
    def display_url(self) -> str:
        return describe_url(self.url)

    @property
    def sqlite_path(self) -> Path | None:
        return _sqlite_file(self.engine.url)

    def __post_init__(self) -> None:
        self._read = sessionmaker(self.engine, expire_on_commit=False)
        self._write = sessionmaker(
            self.engine.execution_options(qa_write=True), expire_on_commit=False
        )

    @contextmanager
    def session(self, write: bool = False) -> Iterator[Session]:
        """A unit of work: commits on success, rolls back on error, translates driver errors."""
        factory = self._write if write else self._read
        try:
            with factory() as session:
                try:
                    yield session
                    if write:
                        session.commit()
                except BaseException:
                    session.rollback()
                    raise
        except (exc.OperationalError, exc.InterfaceError, exc.DatabaseError) as error:
            if isinstance(error, exc.IntegrityError):
                raise
            raise translate_error(error, self.url) from error

    def ping(self) -> None:
        try:
            with self.engine.connect() as conn:
                conn.execute(text("SELECT 1"))
        except exc.SQLAlchemyError as error:
            raise translate_error(error, self.url) from error

    def dispose(self) -> None:
        self.engine.dispose()


def open_database(url: str) -> Database:
    """Create the engine for ``url`` and check it can be reached. Does not migrate."""
    try:
        parsed = make_url(url)
    except exc.ArgumentError as error:
        raise DatabaseError(f"Not a valid database URL: {url}") from error
    path = _sqlite_file(parsed)
    if path is not None:
        _check_sqlite_file(path, url)
    kwargs: dict[str, Any] = {"future": True}
    if parsed.get_backend_name() == "postgresql":
        kwargs.update(pool_pre_ping=True, connect_args={"connect_timeout": 5})
    try:
        engine = create_engine(parsed, **kwargs)
    except (exc.ArgumentError, exc.NoSuchModuleError, ImportError) as error:
        raise DatabaseError(f"Not a usable database URL: {describe_url(url)} ({error})") from error
    if engine.dialect.name == "sqlite":
        _tune_sqlite(engine)
    elif engine.dialect.name != "postgresql":
        engine.dispose()
        raise DatabaseError(
            f"Unsupported database {engine.dialect.name}: use SQLite or PostgreSQL."
        )
    database = Database(url, engine)
    try:
        database.ping()
    except DatabaseError:
        engine.dispose()
        raise
    return database
