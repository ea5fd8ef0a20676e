"""assessment feature of the window."""
