"""Use cases shared by the command line and the window. No business rules live in the front ends."""
