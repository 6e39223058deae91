# Sourced by run.sh and test.sh: make .venv with Python 3.11 and install the project.
# $1: the extras to install ("" for the app, "test" for the test suite).
extras="${1:-}"
python_bin="${PYTHON:-$(command -v python3.11 || command -v python3)}"
if [ ! -x .venv/bin/python ]; then
  "$python_bin" -m venv .venv
fi
source .venv/bin/activate
stamp=".venv/.installed-${extras:-app}"
if [ ! -f "$stamp" ] || [ pyproject.toml -nt "$stamp" ]; then
  python -m pip install --quiet --upgrade pip
  if [ -n "$extras" ]; then
    python -m pip install --quiet -e ".[$extras]"
  else
    python -m pip install --quiet -e .
  fi
  touch "$stamp"
fi
