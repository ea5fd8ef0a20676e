"""report feature of the window."""
