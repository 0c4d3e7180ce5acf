"""Marking user-facing text for translation in code that has no Qt.

Services and domain code raise errors in English. Their message templates are wrapped in
``QT_TRANSLATE_NOOP("Errors", "...")`` so that pyside6-lupdate (which looks for that exact
name) collects them into the catalogue; the UI translates the template and then fills in the
error's parameters (see ``qa_desk.ui.messages.error_text``).
"""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name pyside6-lupdate looks for
    """Return ``text`` unchanged; only marks it for translation in ``context``."""
    return text
