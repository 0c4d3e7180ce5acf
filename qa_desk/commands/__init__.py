"""The CLI's command groups, one module each; ``qa_desk.cli`` builds the parser from them.

Each module has ``register(subparsers)`` and handlers ``(Context) -> int``. The GUI also
starts through the parser, so modules keep heavy imports (openpyxl, Alembic, Qt) inside
their handlers.
"""
