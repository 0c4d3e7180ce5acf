"""Persistence: SQLAlchemy models, engine/session factory, migrations, repositories."""
