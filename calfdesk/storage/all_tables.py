"""Imports every table module so `SQLModel.metadata` describes the whole schema (for Alembic)."""

from sqlmodel import SQLModel

from calfdesk.storage import rehab_tables as _rehab_tables
from calfdesk.storage import tables as _diary_tables

metadata = SQLModel.metadata
__all__ = ["_diary_tables", "_rehab_tables", "metadata"]
