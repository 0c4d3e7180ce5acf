"""Application pages shown in the main window."""
