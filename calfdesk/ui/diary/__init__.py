"""diary feature of the window."""
