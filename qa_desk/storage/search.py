"""Text search inside messages and transcripts, and upkeep of its index, per database.

SQLite (migration 0003): the FTS5 table ``search_text`` with the trigram tokenizer holds one
row per record (rowid = record id) with the text of all its messages and segments, one per
line. The trigram tokenizer matches any substring of three or more characters, which is
what Chinese needs (no word boundaries). One row per record, not per message, keeps match
sets as small as the number of records and needs no lookup to find the record.

Indexing does not happen inside imports (it would double their time). ``index_chunk``
catches up afterwards, up to the high-water marks in ``search_state``; until then, rows
above the marks, and records the triggers marked dirty (a message changed or was deleted),
are searched directly with LIKE. Results are therefore complete at every moment.

PostgreSQL: ILIKE over message and segment text, served by pg_trgm GIN indexes when the
extension could be created (otherwise the same query scans).

Terms shorter than three characters cannot use a trigram index on either database: they
are matched with LIKE per record, after the other filters have narrowed the records.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import (
    ColumnElement,
    Integer,
    String,
    column,
    delete,
    exists,
    func,
    literal_column,
    or_,
    select,
    table,
    text,
    union_all,
    update,
)
from sqlalchemy.orm import Session
from sqlalchemy.sql import Select

from qa_desk.storage.models import Message, Segment
from qa_desk.storage.repositories.organisation import escape_like

PREFIX = "search_"
# Shortest term a trigram index can serve.
MIN_INDEXED_LENGTH = 3
_ESCAPE = "\\"
# Lines of one record's text are joined with a newline: no query term contains one, so no
# match can span two messages.
_LINE_BREAK = "char(10)"

_fts = table("search_text", column("rowid", Integer), column("body", String))
_state = table("search_state", column("name", String), column("high_water", Integer))
_dirty = table("search_dirty", column("record_id", Integer))
_SOURCES = {"message": Message.__table__, "segment": Segment.__table__}


def include_name(name: str | None, type_: str, _parent_names: object) -> bool:
    """Alembic filter: the search objects are not part of the ORM models.

    The FTS table, its shadow tables, the state tables and the trigram indexes are created
    by migration 0003 only, so model/migration comparisons leave them out.
    """
    return not (type_ in ("table", "index") and name is not None and name.startswith(PREFIX))


def split_terms(query: str | None) -> tuple[str, ...]:
    """The words of a search box: each must occur somewhere in a record's text."""
    if not query:
        return ()
    seen: dict[str, None] = {}
    for word in query.split():  # also splits at the ideographic space U+3000
        seen.setdefault(word, None)
    return tuple(seen)


def fts_phrase(term: str) -> str:
    """An FTS5 query matching ``term`` literally: quotes, AND, *, : lose their meaning."""
    return '"' + term.replace('"', '""') + '"'


def like_pattern(term: str) -> str:
    return f"%{escape_like(term)}%"


def has_fts(session: Session) -> bool:
    """Whether this SQLite database has the trigram index (SQLite 3.34 or newer)."""
    if session.get_bind().dialect.name != "sqlite":
        return False
    found = session.execute(
        text("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'search_text'")
    ).first()
    return found is not None


# --------------------------------------------------------------------------- queries
def term_condition(
    session: Session, record_id: ColumnElement[int], term: str, fts: bool
) -> ColumnElement[bool]:
    """A condition on ``record_id``: the record's messages or segments contain ``term``.

    ``fts`` says whether the SQLite index exists (see :func:`has_fts`); it is asked once per
    query by the caller rather than once per term.
    """
    dialect = session.get_bind().dialect.name
    pattern = like_pattern(term)
    if len(term) < MIN_INDEXED_LENGTH:
        return _correlated(dialect, record_id, pattern)
    if dialect == "postgresql":
        parts = [
            select(source.c.record_id).where(source.c.text.ilike(pattern, escape=_ESCAPE))
            for source in _SOURCES.values()
        ]
        return record_id.in_(union_all(*parts))
    if not fts:
        return _correlated(dialect, record_id, pattern)
    dirty_ids = select(_dirty.c.record_id)
    parts = [
        select(_fts.c.rowid).where(
            literal_column("search_text").op("MATCH")(fts_phrase(term)),
            _fts.c.rowid.not_in(dirty_ids),
        )
    ]
    for name, source in _SOURCES.items():
        like = source.c.text.like(pattern, escape=_ESCAPE)
        parts.append(select(source.c.record_id).where(source.c.id > _high_water(name), like))
        parts.append(select(source.c.record_id).where(source.c.record_id.in_(dirty_ids), like))
    return record_id.in_(union_all(*parts))


def _correlated(dialect: str, record_id: ColumnElement[int], pattern: str) -> ColumnElement[bool]:
    """Checked record by record, so the other filters (and LIMIT) bound the work."""
    conditions = []
    for source in _SOURCES.values():
        if dialect == "postgresql":
            match = source.c.text.ilike(pattern, escape=_ESCAPE)
        else:  # SQLite's LIKE already ignores ASCII case
            match = source.c.text.like(pattern, escape=_ESCAPE)
        conditions.append(exists().where(source.c.record_id == record_id, match))
    return or_(*conditions)


def _high_water(name: str) -> ColumnElement[int]:
    return select(_state.c.high_water).where(_state.c.name == name).scalar_subquery()


# --------------------------------------------------------------------------- upkeep
def pending(session: Session) -> int:
    """Messages, segments and dirty records not yet (re)indexed; 0 without an index."""
    if not has_fts(session):
        return 0
    total = session.scalar(select(func.count()).select_from(_dirty)) or 0
    for name, source in _SOURCES.items():
        total += (
            session.scalar(
                select(func.count()).select_from(source).where(source.c.id > _high_water(name))
            )
            or 0
        )
    return total


def index_chunk(session: Session, size: int) -> int:
    """Index up to ``size`` pending rows inside the caller's transaction.

    Dirty records first, then messages and segments above their high-water marks, in id
    order. Returns how many rows were handled; 0 means the index is complete.
    """
    if not has_fts(session):
        return 0
    first_dirty = select(_dirty.c.record_id).order_by(_dirty.c.record_id).limit(size).subquery()
    last_dirty = session.scalar(select(func.max(first_dirty.c.record_id)))
    if last_dirty is not None:
        chosen = select(_dirty.c.record_id).where(_dirty.c.record_id <= last_dirty)
        count = session.scalar(select(func.count()).select_from(chosen.subquery())) or 0
        _rebuild(session, chosen)
        session.execute(delete(_dirty).where(_dirty.c.record_id <= last_dirty))
        return count
    for name, source in _SOURCES.items():
        low = session.scalar(select(_high_water(name))) or 0
        head = select(source.c.id).where(source.c.id > low).order_by(source.c.id).limit(size)
        top = session.scalar(select(func.max(head.subquery().c.id)))
        if top is None:
            continue
        in_range = (source.c.id > low) & (source.c.id <= top)
        count = session.scalar(select(func.count()).select_from(source).where(in_range)) or 0
        _rebuild(session, select(source.c.record_id).where(in_range))
        session.execute(update(_state).where(_state.c.name == name).values(high_water=top))
        return count
    return 0


def _rebuild(session: Session, record_ids: Select[tuple[int]]) -> None:
    """Replace the indexed text of the records ``record_ids`` (a one-column SELECT) selects.

    A record with no text left (deleted, or all its lines removed) simply has no row.
    """
    ids = record_ids.subquery()
    wanted = select(ids.c[0])
    session.execute(delete(_fts).where(_fts.c.rowid.in_(wanted)))
    lines = union_all(
        *(
            select(source.c.record_id.label("rid"), source.c.text.label("line")).where(
                source.c.record_id.in_(wanted)
            )
            for source in _SOURCES.values()
        )
    ).subquery()
    joined = func.group_concat(lines.c.line, literal_column(_LINE_BREAK))
    rows = select(lines.c.rid, joined).group_by(lines.c.rid)
    session.execute(_fts.insert().from_select(["rowid", "body"], rows))


def indexed_text(session: Session, record_id: int) -> str | None:
    """What the index holds for one record (for checks and tests); None when nothing."""
    if not has_fts(session):
        return None
    return session.scalar(select(_fts.c.body).where(_fts.c.rowid == record_id))


def high_water_marks(session: Session) -> dict[str, int]:
    if not has_fts(session):
        return {}
    return {
        name: int(hw) for name, hw in session.execute(select(_state.c.name, _state.c.high_water))
    }


def dirty_records(session: Session) -> Sequence[int]:
    if not has_fts(session):
        return []
    return list(session.scalars(select(_dirty.c.record_id).order_by(_dirty.c.record_id)))
