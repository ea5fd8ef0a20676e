"""Headless sub-commands of `calfdesk`. Modules here import neither Qt nor heavy libraries at import."""
