"""`python -m benchmarks` (or `make bench`): build the data sets, run every row, print the table and write
benchmarks/results.json. `--quick` runs small data sets once each, to check that the suite itself works."""

from __future__ import annotations

import argparse
import compileall
import importlib.util
import shutil
import sys
import time
from pathlib import Path

from benchmarks import datasets, report
from benchmarks.suite import ROWS, Context, Result

HERE = Path(__file__).resolve().parent


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__)
    parser.add_argument("--quick", action="store_true", help="small data sets, one round, no targets enforced")
    parser.add_argument("--repeats", type=int, help="measured and baseline runs per row (default 7, quick 1)")
    parser.add_argument("--only", nargs="+", choices=sorted(ROWS), metavar="ROW", help=f"rows: {', '.join(ROWS)}")
    parser.add_argument("--work", type=Path, default=HERE / "data", help="folder for the data sets (rebuilt)")
    parser.add_argument("--output", type=Path, help="results JSON (default benchmarks/results.json)")
    parser.add_argument("--keep", action="store_true", help="keep the data sets afterwards")
    parser.add_argument("--reuse", action="store_true", help="use the data sets a --keep run left (implies --keep)")
    return parser.parse_args(argv)


def compile_package() -> None:
    """Write calfdesk's bytecode, as pip and PyInstaller do when installing: an editable checkout run with
    PYTHONDONTWRITEBYTECODE would otherwise compile every module at every start, which no runner's copy does."""
    spec = importlib.util.find_spec("calfdesk")
    assert spec is not None and spec.submodule_search_locations
    compileall.compile_dir(spec.submodule_search_locations[0], quiet=1)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    sizes = datasets.QUICK if args.quick else datasets.FULL
    repeats = args.repeats or (1 if args.quick else 7)
    output = args.output or (HERE / ("results-quick.json" if args.quick else "results.json"))
    work = args.work.resolve()
    started = time.perf_counter()
    compile_package()
    if args.reuse and work.is_dir():
        data = datasets.layout(work, sizes)
    else:
        print(f"building data sets in {work} ...", flush=True)
        data = datasets.build(work, sizes)
        print(f"  done in {time.perf_counter() - started:.1f} s", flush=True)
    context = Context(data=data, work=work, repeats=repeats, warmup=0 if args.quick else 1)
    results: list[Result] = []
    try:
        for name in args.only or list(ROWS):
            row_start = time.perf_counter()
            print(f"{name} ...", flush=True)
            rows = ROWS[name](context)
            results.extend(rows)
            for row in rows:
                print(
                    f"  {row.what}: {row.figure:.4g} {row.unit} vs {row.baseline:.4g} {row.unit} "
                    f"= {row.ratio:.2f}x  [{row.passed}]",
                    flush=True,
                )
            print(f"  ({time.perf_counter() - row_start:.0f} s)", flush=True)
    finally:
        if not (args.keep or args.reuse):
            shutil.rmtree(work, ignore_errors=True)
    settings = {
        "quick": args.quick,
        "repeats": repeats,
        "entries": sizes.entries,
        "runs": sizes.runs,
        "gpx_files": sizes.gpx_files,
        "gpx_seconds": sizes.gpx_seconds,
    }
    report.write_json(output, results, settings)
    print()
    print(report.markdown_table(results))
    print(f"\nwritten {output}")
    failed = [row.key for row in results if row.passed is False]
    if failed and not args.quick:
        print(f"over target: {', '.join(failed)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
