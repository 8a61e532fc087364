#!/usr/bin/env bash
# Build the self-contained Tsuji bundle: dist/tsuji/tsuji (no Python needed to run it).
# Needs only the package registries: PyInstaller comes from PyPI, nothing else is downloaded.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-.venv/bin/python}
"$PY" -m pip install -q "pyinstaller>=6.10"
mkdir -p build/i18n
"$(dirname "$PY")/pyside6-lrelease" resources/i18n/tsuji_ja.ts -qm build/i18n/tsuji_ja.qm >/dev/null
"$PY" -m PyInstaller --noconfirm --clean --log-level WARN \
  --distpath dist --workpath build/pyinstaller packaging/tsuji.spec
size=$(du -sh dist/tsuji | cut -f1)
echo "bundle: dist/tsuji ($size)"
