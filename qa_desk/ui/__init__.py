"""Everything Qt: main window, pages, dialogs, models, background tasks."""
