"""training feature of the window."""
