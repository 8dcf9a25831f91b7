# The two set-up commands: `make run` (serve the portal on the embedded default) and `make test`.
# Everything else here is what those two are made of, plus `make lock` and `make worker`.
SHELL := bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help

PY ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
MANAGE := $(BIN)/python manage.py
HOST ?= 127.0.0.1
PORT ?= 8000
PYTEST_ARGS ?=

export PYTHAINLP_READ_ONLY := 1

# Every package is pinned with its hashes; --no-deps because the lock files list every dependency.
PIP_INSTALL := $(BIN)/python -m pip install --quiet --disable-pip-version-check --require-hashes --no-deps
# Some machines' pip configuration names local index folders that do not exist there; pip then
# warns once per package ("Location 'file:///…' is ignored"). Drop only those lines; pip's exit
# status still decides (pipefail).
QUIET_PIP := 2>&1 | { grep -v "^WARNING: Location 'file://.*' is ignored" || true; }

.PHONY: run test install install-demo install-dev lint typecheck pytest lock worker beat clean help

help:
	@echo "make run     - install, migrate, load reference + demo data, print the demo log-ins, serve http://$(HOST):$(PORT)"
	@echo "make test    - install what is missing, then ruff, ruff format --check, lint-imports, mypy, makemigrations --check, pytest"
	@echo "make worker  - a Celery worker for the registry queue (needs REDIS_URL; see README.md)"
	@echo "make beat    - Celery beat (needs REDIS_URL)"
	@echo "make lock    - re-pin requirements/*.txt with hashes from pyproject.toml (needs the package index)"

$(BIN)/python:
	@$(PY) -c 'import sys; sys.exit(0 if sys.version_info[:2] == (3, 11) else "Python 3.11 is required, found " + sys.version.split()[0] + " at " + sys.executable)'
	$(PY) -m venv $(VENV)

$(VENV)/.base-installed: requirements/base.txt | $(BIN)/python
	$(PIP_INSTALL) -r requirements/base.txt $(QUIET_PIP)
	@touch $@

# The demo data set's extra (Faker): what `make run` needs beyond production's packages.
$(VENV)/.demo-installed: requirements/demo.txt | $(BIN)/python
	$(PIP_INSTALL) -r requirements/demo.txt $(QUIET_PIP)
	@touch $@ $(VENV)/.base-installed

# dev.txt includes the demo extra: the tests seed demo data.
$(VENV)/.dev-installed: requirements/dev.txt | $(BIN)/python
	$(PIP_INSTALL) -r requirements/dev.txt $(QUIET_PIP)
	@touch $@ $(VENV)/.base-installed $(VENV)/.demo-installed

install: $(VENV)/.base-installed
install-demo: $(VENV)/.demo-installed
install-dev: $(VENV)/.dev-installed

# Links in emails follow where this serves unless SITE_URL is set (e.g. to the address other
# machines reach when HOST=0.0.0.0).
run: export SITE_URL ?= http://$(HOST):$(PORT)
run: install-demo
	@mkdir -p var
	$(MANAGE) migrate --no-input
	$(MANAGE) seed_demo --if-empty
	$(MANAGE) demo_logins --url http://$(HOST):$(PORT)/
	$(MANAGE) runserver $(HOST):$(PORT)

lint: install-dev
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports

typecheck: install-dev
	$(BIN)/mypy

pytest: install-dev
	$(MANAGE) makemigrations --check --dry-run
	$(BIN)/pytest $(PYTEST_ARGS)

test: lint typecheck pytest

worker: install
	$(BIN)/celery -A config worker --queues registry --concurrency 2 --loglevel INFO

beat: install
	@mkdir -p var
	$(BIN)/celery -A config beat --loglevel INFO --schedule var/celerybeat-schedule

lock: | $(BIN)/python
	$(BIN)/python -m pip install --quiet --disable-pip-version-check uv $(QUIET_PIP)
	$(BIN)/uv pip compile pyproject.toml --python-version 3.11 --generate-hashes --no-header -o requirements/base.txt
	$(BIN)/uv pip compile pyproject.toml --extra demo --python-version 3.11 --generate-hashes --no-header -c requirements/base.txt -o requirements/demo.txt
	$(BIN)/uv pip compile pyproject.toml --extra dev --extra demo --python-version 3.11 --generate-hashes --no-header -c requirements/demo.txt -o requirements/dev.txt

clean:
	rm -rf $(VENV) var/db.sqlite3 test-artifacts .pytest_cache .mypy_cache .ruff_cache
