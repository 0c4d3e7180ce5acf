"""`python -m qa_desk` runs the same entry point as the `qa-desk` command."""

from __future__ import annotations

from qa_desk.cli import main

raise SystemExit(main())
