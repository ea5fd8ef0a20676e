"""Pure rules and values of calfdesk: no Qt, no SQL."""
