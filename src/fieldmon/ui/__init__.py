"""PySide6 widgets. Thin: they call services and show results; no widget holds a Session."""
