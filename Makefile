# Two commands set everything up on a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-stamp

.PHONY: run test lint screenshots bench package install-desktop uninstall-desktop clean

$(STAMP): pyproject.toml
	$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "calfdesk needs Python 3.11 or newer")'
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

run: $(STAMP)
	$(PY) -m calfdesk

lint: $(STAMP)
	$(PY) -m ruff check calfdesk tests benchmarks tools
	$(PY) -m ruff format --check calfdesk tests benchmarks tools
	$(PY) -m mypy
	$(VENV)/bin/lint-imports

test: $(STAMP) lint
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest

# The performance suite (docs/PERFORMANCE.md): builds its data sets, prints the table, writes benchmarks/results.json.
bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m benchmarks

# Every screen, then every page on real screen sizes (1280×720 to 2560×1440 at 200%), into a folder git ignores.
SHOTS_DIR := build/screenshots
.PHONY: doc-screenshots
screenshots: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m tools.screenshots $(SHOTS_DIR)
	QT_QPA_PLATFORM=offscreen CALFDESK_LANG=de $(PY) -m tools.screenshots $(SHOTS_DIR)/de
	$(PY) -m tools.screen_sizes $(SHOTS_DIR)/sizes
	CALFDESK_LANG=de $(PY) -m tools.screen_sizes $(SHOTS_DIR)/de/sizes

# Only the images the README and docs show, from a fresh render, losslessly compressed (docs/screenshots).
doc-screenshots: screenshots
	$(PY) -m tools.doc_images $(SHOTS_DIR) docs/screenshots

clean:
	rm -rf $(VENV) build dist .pytest_cache .mypy_cache .ruff_cache .import_linter_cache

# Packaging (docs/PACKAGING.md).
.PHONY: icons
icons: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) packaging/make_icons.py

# The wheel in dist/, for `pipx install dist/calfdesk-*.whl`.
.PHONY: wheel
wheel: $(STAMP)
	$(PY) -m build --wheel --outdir dist

# One-folder build in dist/calfdesk/ (PyInstaller comes with the dev extra).
package: $(STAMP) licenses
	$(PY) -m PyInstaller --noconfirm --clean --distpath dist --workpath build/pyinstaller packaging/calfdesk.spec

# Menu entry, metainfo and icons in ~/.local/share; DESKTOP_EXEC=/path/to/calfdesk for the packaged build.
DESKTOP_EXEC ?=
install-desktop:
	$(PYTHON) packaging/linux/desktop_integration.py install $(if $(DESKTOP_EXEC),--exec "$(DESKTOP_EXEC)")

uninstall-desktop:
	$(PYTHON) packaging/linux/desktop_integration.py uninstall

# THIRD_PARTY_LICENSES.md from the metadata of the installed runtime dependencies.
.PHONY: licenses
licenses: $(STAMP)
	$(PY) packaging/licenses.py
