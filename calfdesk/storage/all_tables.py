"""Imports every table module so `SQLModel.metadata` describes the whole schema (for Alembic)."""

from sqlmodel import SQLModel

from calfdesk.storage import assessment_tables as _assessment_tables  # noqa: F401
from calfdesk.storage import tables as _diary_tables
from calfdesk.storage import training_tables as _training_tables

metadata = SQLModel.metadata
__all__ = ["_diary_tables", "_training_tables", "metadata"]
