"""The Progress page: each measure over time (calfdesk.domain.measures) beside the plan's phases and the runs."""
