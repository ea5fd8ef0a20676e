"""The PySide6 window. Widgets only: every rule lives in calfdesk.services and calfdesk.domain."""
