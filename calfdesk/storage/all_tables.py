"""Imports every table module so `SQLModel.metadata` describes the whole schema (for Alembic)."""

from sqlmodel import SQLModel

from calfdesk.storage import assessment_tables, measure_tables, rehab_tables, tables, training_tables

metadata = SQLModel.metadata
__all__ = ["assessment_tables", "measure_tables", "metadata", "rehab_tables", "tables", "training_tables"]
