"""The results table (printed and in Markdown) and benchmarks/results.json, with the machine it ran on."""

from __future__ import annotations

import datetime as dt
import json
import os
import platform
from importlib import metadata
from pathlib import Path
from typing import Any

from benchmarks.suite import Result


def _cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text(encoding="utf-8").splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def _ram_gb() -> float | None:
    try:
        for line in Path("/proc/meminfo").read_text(encoding="utf-8").splitlines():
            if line.startswith("MemTotal:"):
                return round(int(line.split()[1]) / 1024 / 1024, 1)
    except OSError:
        pass
    return None


def _version(package: str) -> str:
    try:
        return metadata.version(package)
    except metadata.PackageNotFoundError:
        return "not installed"


def machine() -> dict[str, Any]:
    load = os.getloadavg() if hasattr(os, "getloadavg") else None
    return {
        "cpus": os.cpu_count(),
        "cpu_model": _cpu_model(),
        "ram_gb": _ram_gb(),
        "os": platform.platform(),
        "python": platform.python_version(),
        "pyside6": _version("PySide6-Essentials"),
        "sqlmodel": _version("sqlmodel"),
        "pyqtgraph": _version("pyqtgraph"),
        "load_average_at_end": [round(value, 2) for value in load] if load else None,
    }


def _number(value: float, unit: str) -> str:
    if unit == "s":
        return f"{value:.2f} s"
    if unit == "ms":
        return f"{value:.1f} ms"
    return f"{value:.0f} {unit}"


def _target(result: Result) -> str:
    if result.target is None:
        return "(reported)"
    if result.target_kind == "ratio":
        return f"≤ {result.target:g}×"
    return f"≤ {_number(result.target, result.unit)}"


def _verdict(result: Result) -> str:
    return {True: "pass", False: "FAIL", None: "-"}[result.passed]


def markdown_table(results: list[Result]) -> str:
    lines = [
        "| what | calfdesk | baseline | ratio | target | result |",
        "|---|---|---|---|---|---|",
    ]
    for result in results:
        lines.append(
            f"| {result.what} | {_number(result.figure, result.unit)} | {_number(result.baseline, result.unit)} "
            f"| {result.ratio:.2f}× | {_target(result)} | {_verdict(result)} |"
        )
    return "\n".join(lines)


def baselines(results: list[Result]) -> str:
    return "\n".join(f"- {result.what}: baseline is {result.baseline_is}." for result in results)


def write_json(path: Path, results: list[Result], settings: dict[str, Any]) -> None:
    document = {
        "generated": dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "machine": machine(),
        "settings": settings,
        "rows": [result.as_json() for result in results],
    }
    path.write_text(json.dumps(document, indent=2) + "\n", encoding="utf-8")
