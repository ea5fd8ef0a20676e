"""Storing imported runs in bulk: new runs in one transaction, and the merge of a watch's or an archive's runs
with those already stored (the same run is recognised by its start, and gets the gear's shoe)."""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass, field

from calfdesk.domain.runs import Run
from calfdesk.domain.shoes import DEFAULT_ALERT_KM
from calfdesk.storage.database import Database, utc_now_iso
from calfdesk.storage.instants import utc_text
from calfdesk.storage.run_rows import RUN_COLUMNS, RUN_SELECT, run_params, to_run


@dataclass(slots=True)
class BulkResult:
    added: int = 0
    new_shoes: list[str] = field(default_factory=list)


def add_imported_runs(db: Database, runs: Sequence[Run]) -> BulkResult:
    """Insert one file's runs in one transaction (all or nothing) with one executemany.

    A run's shoe is the one it names (`gear`, matched by name, created when unknown) and otherwise the
    default shoe.
    """
    result = BulkResult()
    if not runs:
        return result
    created = utc_now_iso()
    with db.raw(write=True) as connection:
        shoes = {name.casefold(): shoe_id for shoe_id, name in connection.execute("SELECT id, name FROM shoe")}
        default = connection.execute("SELECT id FROM shoe WHERE is_default").fetchone()
        default_id = default[0] if default else None
        params = []
        for run in runs:
            shoe_id = run.shoe_id
            if shoe_id is None and run.gear:
                key = run.gear.casefold()
                if key not in shoes:
                    cursor = connection.execute(
                        "INSERT INTO shoe (name, start_km, alert_km, retired, is_default, created_utc) "
                        "VALUES (?, 0, ?, 0, 0, ?)",
                        (run.gear, DEFAULT_ALERT_KM, created),
                    )
                    assert cursor.lastrowid is not None
                    shoes[key] = cursor.lastrowid
                    result.new_shoes.append(run.gear)
                shoe_id = shoes[key]
            if shoe_id is None:
                shoe_id = default_id
            values = run_params(run)
            params.append((*values[:9], shoe_id, *values[10:], created))
        connection.executemany(f"INSERT INTO run ({RUN_COLUMNS}, created_utc) VALUES ({', '.join('?' * 14)})", params)
    result.added = len(params)
    return result


@dataclass(slots=True)
class MergeResult:
    """What storing one file's runs did: new runs, runs already there, runs merged from another source."""

    added: int = 0
    already_there: int = 0
    merged: int = 0
    new_shoes: list[str] = field(default_factory=list)


@dataclass(slots=True)
class _Known:
    run: Run | None  # None for a run added earlier in the same batch
    sources: set[str] = field(default_factory=set)


def merge_imported_runs(db: Database, runs: Sequence[Run]) -> MergeResult:
    """Store one file's runs in one transaction (all or nothing).

    A run that starts within the duplicate tolerance of a stored run, with a distance within it, is the same
    run: when it comes from a source the stored run already has, it is already there; otherwise it is merged,
    and the stored run takes the measurements of the more detailed record (the runner's shoe, flags and notes
    stay). New runs go in with one executemany; a run's shoe is the one it names (created when new) or the
    default shoe.
    """
    from calfdesk.domain.plausibility import better_of
    from calfdesk.domain.runs import DUPLICATE_START_TOLERANCE, DuplicateFinder

    result = MergeResult()
    if not runs:
        return result
    low = min(run.start for run in runs) - DUPLICATE_START_TOLERANCE
    high = max(run.start for run in runs) + DUPLICATE_START_TOLERANCE
    created = utc_now_iso()
    with db.raw(write=True) as connection:
        rows = connection.execute(
            f"{RUN_SELECT} WHERE run.start_utc BETWEEN ? AND ? ORDER BY run.start_utc",
            (utc_text(low), utc_text(high)),
        ).fetchall()
        stored = [to_run(row) for row in rows]
        merged_sources: dict[int, set[str]] = {}
        for run_id, source in connection.execute(
            "SELECT run_merged_source.run_id, run_merged_source.source FROM run_merged_source "
            "JOIN run ON run.id = run_merged_source.run_id WHERE run.start_utc BETWEEN ? AND ?",
            (utc_text(low), utc_text(high)),
        ):
            merged_sources.setdefault(run_id, set()).add(source)
        known = DuplicateFinder(
            (run.start, run.distance_km, _Known(run, {run.source, *merged_sources.get(run.id or 0, ())}))
            for run in stored
        )
        shoes = {name.casefold(): shoe_id for shoe_id, name in connection.execute("SELECT id, name FROM shoe")}
        default = connection.execute("SELECT id FROM shoe WHERE is_default").fetchone()
        default_id = default[0] if default else None
        params = []
        for run in runs:
            match = known.match(run.start, run.distance_km)
            if match is None:
                shoe_id = (
                    run.shoe_id if run.shoe_id is not None else _gear_shoe(connection, run, shoes, created, result)
                )
                values = run_params(run)
                params.append((*values[:9], default_id if shoe_id is None else shoe_id, *values[10:], created))
                known.add(run.start, run.distance_km, _Known(None, {run.source}))
                continue
            if match.run is None or run.source in match.sources:
                result.already_there += 1
                continue
            result.merged += 1
            before = match.run
            assert before.id is not None
            kept = better_of(before, run)
            if kept.source != before.source or kept != before:
                shoe_id = before.shoe_id
                if shoe_id is None and run.gear:
                    shoe_id = _gear_shoe(connection, run, shoes, created, result)
                connection.execute(
                    "UPDATE run SET start_utc = ?, utc_offset_min = ?, local_date = ?, duration_s = ?, distance_m = ?, "
                    "elevation_gain_m = ?, source = ?, source_file = ?, title = ?, shoe_id = ? WHERE id = ?",
                    (
                        utc_text(kept.start),
                        kept.utc_offset_min,
                        kept.local_date.isoformat(),
                        kept.duration_s,
                        kept.distance_km * 1000.0,
                        kept.elevation_gain_m,
                        kept.source,
                        kept.source_file,
                        before.title or kept.title,
                        shoe_id,
                        before.id,
                    ),
                )
            for source in {before.source, run.source} - {kept.source}:
                connection.execute(
                    "INSERT OR IGNORE INTO run_merged_source (run_id, source) VALUES (?, ?)", (before.id, source)
                )
            match.sources.update({before.source, run.source})
        if params:
            connection.executemany(
                f"INSERT INTO run ({RUN_COLUMNS}, created_utc) VALUES ({', '.join('?' * 14)})", params
            )
    result.added = len(params)
    return result


def _gear_shoe(
    connection: sqlite3.Connection, run: Run, shoes: dict[str, int], created: str, result: MergeResult
) -> int | None:
    """The shoe a run names, matched by name whatever the case, created when new; None when it names none."""
    if not run.gear:
        return None
    key = run.gear.casefold()
    if key not in shoes:
        cursor = connection.execute(
            "INSERT INTO shoe (name, start_km, alert_km, retired, is_default, created_utc) VALUES (?, 0, ?, 0, 0, ?)",
            (run.gear, DEFAULT_ALERT_KM, created),
        )
        assert cursor.lastrowid is not None
        shoes[key] = cursor.lastrowid
        result.new_shoes.append(run.gear)
    return shoes[key]
