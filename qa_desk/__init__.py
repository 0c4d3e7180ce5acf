"""QA Desk (质检台): quality inspection of outsourced express-delivery customer service."""

from __future__ import annotations

__version__ = "0.1.0"
APP_NAME = "QA Desk"
APP_ID = "qa-desk"
