"""today feature of the window."""
