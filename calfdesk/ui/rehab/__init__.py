"""rehab feature of the window."""
