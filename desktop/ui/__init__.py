"""Everything PySide6: windows, pages, dialogs, widgets and item models."""
