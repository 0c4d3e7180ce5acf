"""Use cases over storage; return plain dataclasses, never ORM objects."""
