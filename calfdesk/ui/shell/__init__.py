"""shell feature of the window."""
