"""Engine and session factory: resolves the URL, tunes SQLite, turns driver errors into one line."""

from __future__ import annotations

import os
import sqlite3
import stat
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, event, exc, text
from sqlalchemy.engine import URL, Engine, make_url
from sqlalchemy.orm import Session, sessionmaker

from qa_desk.domain.errors import DatabaseError
from qa_desk.domain.text import QT_TRANSLATE_NOOP
from qa_desk.paths import default_database_path
from qa_desk.storage import checklist_guard

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
    # ``detail`` is the driver's own line (English, not translatable); the sentence is ours.
    if "file is not a database" in low or "malformed" in low:
        return _damaged(where, detail)
    if "readonly" in low or "read-only" in low:
        return DatabaseError(
            QT_TRANSLATE_NOOP(
                "Errors", "The database {where} is read-only; QA Desk needs to write to it."
            ),
            where=where,
        )
    if "unable to open database file" in low:
        return _cannot_open(where, detail)
    if isinstance(error, exc.OperationalError | exc.InterfaceError):
        return DatabaseError(
            QT_TRANSLATE_NOOP("Errors", "Cannot reach the database {where}: {detail}"),
            where=where,
            detail=detail,
        )
    return DatabaseError(
        QT_TRANSLATE_NOOP("Errors", "Database error on {where}: {detail}"),
        where=where,
        detail=detail,
    )


def _sqlite_file(url: URL) -> Path | None:
    if url.get_backend_name() != "sqlite":
        return None
    if not url.database or url.database == ":memory:" or url.database.startswith("file:"):
        return None
    return Path(url.database)


def sqlite_path_of(url: str) -> Path | None:
    """The file behind a SQLite URL, or None (another database, in-memory, or not a URL)."""
    try:
        return _sqlite_file(make_url(url))
    except exc.ArgumentError:
        return None


_SQLITE_MAGIC = b"SQLite format 3\x00"
_SUPPORTED = ("sqlite", "postgresql")


def _is_read_only(path: Path) -> bool:
    """True when the file may not be written: by permissions, by a read-only flag or mount.

    ``os.access`` alone says "writable" to root (and to Windows admins) even for a file marked
    read-only, so the mode bits are checked too: a file nobody may write stays untouched.
    """
    if not os.access(path, os.W_OK):
        return True
    return not path.stat().st_mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH)


def _damaged(where: Path | str, detail: str) -> DatabaseError:
    return DatabaseError(
        QT_TRANSLATE_NOOP(
            "Errors", "The database file {where} is damaged or not a database ({detail})."
        ),
        where=str(where),
        detail=detail,
    )


def _cannot_open(where: Path | str, detail: str) -> DatabaseError:
    return DatabaseError(
        QT_TRANSLATE_NOOP("Errors", "Cannot open the database file {where}: {detail}."),
        where=str(where),
        detail=detail,
    )


def _check_sqlite_header(path: Path, size: int) -> None:
    """Reject files that are not SQLite, or are visibly cut short, before SQLite opens them."""
    with path.open("rb") as fh:
        header = fh.read(100)
    if len(header) < 100 or not header.startswith(_SQLITE_MAGIC):
        raise DatabaseError(
            QT_TRANSLATE_NOOP("Errors", "The file {path} is not a QA Desk database."),
            path=str(path),
        )
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    if page_size < 512 or page_size & (page_size - 1):
        raise DatabaseError(
            QT_TRANSLATE_NOOP(
                "Errors", "The database file {path} is damaged or not a database (bad page size)."
            ),
            path=str(path),
        )
    if size % page_size:
        raise _truncated(path)
    # The page count in the header is trustworthy when the change counter matches the
    # "version valid for" field; a shorter file then lost its tail. A live WAL file may hold
    # pages not yet copied back, so only judge a file without one.
    pages = int.from_bytes(header[28:32], "big")
    header_valid = pages and header[24:28] == header[92:96]
    wal = path.with_name(path.name + "-wal")
    wal_busy = wal.exists() and wal.stat().st_size > 0
    if header_valid and not wal_busy and pages * page_size > size:
        raise _truncated(path)


def _truncated(path: Path) -> DatabaseError:
    return DatabaseError(
        QT_TRANSLATE_NOOP(
            "Errors", "The database file {path} is damaged or not a database (truncated)."
        ),
        path=str(path),
    )


def _check_sqlite_schema(path: Path) -> None:
    """Read the table list with a plain connection that writes nothing.

    This runs before the engine's connect hook switches the file to WAL mode, so a file
    that is damaged or belongs to another program is refused without being modified.
    """
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=rw", uri=True)
    except sqlite3.Error as error:
        raise _cannot_open(path, str(error)) from error
    try:
        tables = {
            row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        }
    except sqlite3.DatabaseError as error:
        raise _damaged(path, str(error)) from error
    finally:
        conn.close()
    if tables and "alembic_version" not in tables:
        raise _other_tables(path)


def _other_tables(where: Path | str) -> DatabaseError:
    return DatabaseError(
        QT_TRANSLATE_NOOP("Errors", "{where} holds other tables: it is not a QA Desk database."),
        where=str(where),
    )


def _check_sqlite_file(path: Path) -> None:
    """Fail early, and without touching the file, when it cannot be used."""
    if path.exists():
        if path.is_dir():
            raise DatabaseError(
                QT_TRANSLATE_NOOP("Errors", "{path} is a folder, not a database file."),
                path=str(path),
            )
        if not os.access(path, os.R_OK):
            raise DatabaseError(
                QT_TRANSLATE_NOOP(
                    "Errors", "The database file {path} cannot be read (permission denied)."
                ),
                path=str(path),
            )
        if _is_read_only(path):
            raise DatabaseError(
                QT_TRANSLATE_NOOP(
                    "Errors", "The database file {path} is read-only; QA Desk needs to write to it."
                ),
                path=str(path),
            )
        if not os.access(path.parent, os.W_OK | os.X_OK):
            # WAL mode keeps two companion files beside the database.
            raise DatabaseError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The folder {folder} is read-only; QA Desk needs to write beside {name}.",
                ),
                folder=str(path.parent),
                name=path.name,
            )
        size = path.stat().st_size
        if size:
            _check_sqlite_header(path, size)
            _check_sqlite_schema(path)
    elif not path.parent.is_dir():
        raise DatabaseError(
            QT_TRANSLATE_NOOP("Errors", "The folder for the database {path} does not exist."),
            path=str(path),
        )
    elif not os.access(path.parent, os.W_OK | os.X_OK):
        raise DatabaseError(
            QT_TRANSLATE_NOOP(
                "Errors", "Cannot create the database {path}: its folder is read-only."
            ),
            path=str(path),
        )


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
        checklist_guard.install(self._read, self._write)

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


def check_url(url: str) -> URL:
    """Everything that can be checked without connecting; returns the URL to connect to.

    Refuses malformed URLs and other databases than SQLite and PostgreSQL, and for SQLite
    a file that is missing its folder, read-only, damaged or another program's. Creates
    nothing and changes nothing.
    """
    try:
        parsed = make_url(url)
    except exc.ArgumentError as error:
        raise DatabaseError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Not a valid database URL: {url!r}. "
                "Use sqlite:///PATH or postgresql+psycopg://USER@HOST:PORT/NAME.",
            ),
            url=url,
        ) from error
    backend = parsed.get_backend_name()
    if backend not in _SUPPORTED:
        raise DatabaseError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Unsupported database {backend!r} in {url}. "
                "Use sqlite:///PATH or postgresql+psycopg://USER@HOST:PORT/NAME.",
            ),
            backend=backend,
            url=describe_url(url),
        )
    if parsed.drivername == "postgresql":
        # The bare scheme means psycopg2 to SQLAlchemy; QA Desk ships psycopg 3.
        parsed = parsed.set(drivername="postgresql+psycopg")
    path = _sqlite_file(parsed)
    if path is not None:
        _check_sqlite_file(path)
    return parsed


def open_database(url: str) -> Database:
    """Create the engine for ``url`` and check it can be reached. Does not migrate.

    Every way this can fail raises :class:`DatabaseError` with one line, and leaves an
    existing SQLite file exactly as it was.
    """
    parsed = check_url(url)
    kwargs: dict[str, Any] = {"future": True}
    if parsed.get_backend_name() == "postgresql":
        # Fail within seconds when the server is down or unreachable.
        kwargs.update(pool_pre_ping=True, connect_args={"connect_timeout": 5})
    try:
        engine = create_engine(parsed, **kwargs)
    except (exc.ArgumentError, exc.NoSuchModuleError, ImportError) as error:
        raise DatabaseError(
            QT_TRANSLATE_NOOP("Errors", "Not a usable database URL: {url} ({detail})"),
            url=describe_url(url),
            detail=str(error),
        ) from error
    if engine.dialect.name == "sqlite":
        _tune_sqlite(engine)
    database = Database(url, engine)
    try:
        database.ping()
    except DatabaseError:
        engine.dispose()
        raise
    return database
