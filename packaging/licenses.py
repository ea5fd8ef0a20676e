"""Write THIRD_PARTY_LICENSES.md: every distribution calfdesk needs at run time, with its licence.

The list is the dependency closure of the installed `calfdesk` distribution (extras left out, environment
markers evaluated here), read from each distribution's metadata with importlib.metadata; the licence texts
come from the licence files the distributions ship. Run it in the environment that gets bundled:
`make licenses` (also part of `make package`), or `python packaging/licenses.py [OUTPUT]`.
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass
from importlib.metadata import Distribution, PackageNotFoundError, distribution
from pathlib import Path

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_OUTPUT = ROOT / "THIRD_PARTY_LICENSES.md"
LICENCE_FILE = re.compile(r"(LICEN[CS]E|COPYING|NOTICE)", re.IGNORECASE)
CLASSIFIER_PREFIXES = ("License :: OSI Approved :: ", "License :: ")

# Parts of the packaged build that do not come from a Python distribution's metadata.
RUNTIME_NOTES = """\
The packaged build (PyInstaller) also contains the Python runtime (PSF-2.0, https://docs.python.org/3/license.html)
with the shared libraries it links (among them SQLite, public domain; OpenSSL, Apache-2.0; libffi, MIT; zlib,
Zlib), and the Qt libraries that PySide6-Essentials ships (LGPL-3.0-only, https://www.qt.io/licensing/). Qt and
PySide6 are used under the LGPL: the one-folder build keeps them as separate shared libraries that can be
replaced, and their source code is available from https://code.qt.io/.
"""


@dataclass(frozen=True)
class Dependency:
    name: str
    version: str
    licence: str
    project_url: str
    licence_texts: tuple[tuple[str, str], ...]


def runtime_closure(root: str = "calfdesk") -> list[Distribution]:
    """The installed distributions `root` needs, without extras, for this platform and Python."""
    seen: dict[str, Distribution] = {}
    pending: list[tuple[str, frozenset[str]]] = [(root, frozenset())]
    while pending:
        name, extras = pending.pop()
        dist = distribution(name)
        key = canonicalize_name(field(dist, "Name"))
        if key in seen and not extras:
            continue
        seen[key] = dist
        for line in dist.requires or []:
            requirement = Requirement(line)
            environments = [{"extra": extra} for extra in sorted(extras)] or [{"extra": ""}]
            if requirement.marker is None or any(requirement.marker.evaluate(env) for env in environments):
                pending.append((requirement.name, frozenset(requirement.extras)))
    seen.pop(canonicalize_name(root))
    return sorted(seen.values(), key=lambda dist: canonicalize_name(field(dist, "Name")))


def field(dist: Distribution, key: str) -> str:
    values = dist.metadata.get_all(key) or []
    return str(values[0]).strip() if values else ""


def display_name(dist: Distribution) -> str:
    """The project name as PyPI shows it: `PySide6-Essentials`, not the wheel's `PySide6_Essentials`."""
    return re.sub(r"[-_.]+", "-", field(dist, "Name"))


def licence_of(dist: Distribution) -> str:
    if expression := field(dist, "License-Expression"):
        return expression
    declared = field(dist, "License")
    if declared and "\n" not in declared and len(declared) <= 80 and declared.upper() != "UNKNOWN":
        return declared
    classifiers = []
    for classifier in dist.metadata.get_all("Classifier") or []:
        prefix = next((prefix for prefix in CLASSIFIER_PREFIXES if classifier.startswith(prefix)), None)
        if prefix is not None and classifier != "License :: OSI Approved":
            classifiers.append(classifier.removeprefix(prefix))
    if classifiers:
        return " / ".join(dict.fromkeys(classifiers))
    return "see the licence text below" if licence_texts(dist) else "not declared"


def project_url(dist: Distribution) -> str:
    urls = {}
    for entry in dist.metadata.get_all("Project-URL") or []:
        label, _, url = str(entry).partition(",")
        urls[label.strip().lower()] = url.strip()
    for label in ("homepage", "home", "source", "source code", "repository", "documentation"):
        if label in urls:
            return urls[label]
    return field(dist, "Home-page")


def licence_texts(dist: Distribution) -> tuple[tuple[str, str], ...]:
    """The licence and notice files in the distribution's .dist-info folder."""
    texts = []
    for file in dist.files or []:
        in_dist_info = file.parts and file.parts[0].endswith(".dist-info")
        if in_dist_info and LICENCE_FILE.search(file.name):
            text = dist.read_text(str(Path(*file.parts[1:])))
            if text and text.strip():
                texts.append((file.name, text.strip()))
    return tuple(sorted(texts))


def dependencies() -> list[Dependency]:
    return [
        Dependency(
            name=display_name(dist),
            version=dist.version,
            licence=licence_of(dist),
            project_url=project_url(dist),
            licence_texts=licence_texts(dist),
        )
        for dist in runtime_closure()
    ]


def render(deps: list[Dependency]) -> str:
    try:
        own_licence = licence_of(distribution("calfdesk"))
    except PackageNotFoundError:
        own_licence = "GPL-3.0-or-later"
    lines = [
        "# Third-party licences",
        "",
        f"calfdesk is free software under {own_licence}. It uses the following distributions, which the wheel",
        "installs and the packaged build bundles. Generated by `make licenses` (packaging/licenses.py) from the",
        "metadata of the installed distributions; do not edit by hand.",
        "",
        "| Distribution | Version | Licence | Project |",
        "|---|---|---|---|",
    ]
    lines += [f"| {dep.name} | {dep.version} | {dep.licence} | {dep.project_url} |" for dep in deps]
    lines += ["", RUNTIME_NOTES.rstrip(), "", "## Licence texts", ""]
    for dep in deps:
        lines += [f"### {dep.name} {dep.version}", ""]
        if not dep.licence_texts:
            note = f"No licence file ships with {dep.name}; it declares {dep.licence} (https://spdx.org/licenses/)."
            lines += [note, ""]
        for file_name, text in dep.licence_texts:
            lines += [f"<details><summary>{file_name}</summary>", "", "```text", text, "```", "", "</details>", ""]
    return "\n".join(lines).rstrip() + "\n"


def main(argv: list[str]) -> int:
    output = Path(argv[0]) if argv else DEFAULT_OUTPUT
    try:
        deps = dependencies()
    except PackageNotFoundError as missing:
        print(f"licenses: {missing} is not installed here; run it in calfdesk's environment", file=sys.stderr)
        return 1
    output.write_text(render(deps), encoding="utf-8")
    print(f"{output}: {len(deps)} distributions")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
