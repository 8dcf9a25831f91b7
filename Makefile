# The two set-up commands: `make run` (serve the portal on the embedded default) and `make test`.
PY ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
MANAGE := $(BIN)/python manage.py
HOST ?= 127.0.0.1
PORT ?= 8000
PYTEST_ARGS ?=

export PYTHAINLP_READ_ONLY := 1

.PHONY: run test install install-dev lint typecheck pytest lock serve demo clean help

help:
	@echo "make run    - install, migrate, load reference + demo data, serve http://$(HOST):$(PORT)"
	@echo "make test   - install what is missing and run lint, type checks and the test suite"
	@echo "make lock   - re-pin requirements/*.txt from pyproject.toml (needs the package index)"

$(BIN)/python:
	$(PY) -m venv $(VENV)

$(VENV)/.base-installed: requirements/base.txt | $(BIN)/python
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --require-hashes --no-deps -r requirements/base.txt
	@touch $@

$(VENV)/.dev-installed: requirements/dev.txt | $(BIN)/python
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --require-hashes --no-deps -r requirements/dev.txt
	@touch $@ $(VENV)/.base-installed

install: $(VENV)/.base-installed
install-dev: $(VENV)/.dev-installed

run: install
	@mkdir -p var
	$(MANAGE) migrate --no-input
	$(MANAGE) seed_demo --if-empty
	$(MANAGE) demo_logins --url http://$(HOST):$(PORT)/
	$(MANAGE) runserver $(HOST):$(PORT)

lint: install-dev
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

typecheck: install-dev
	$(BIN)/mypy

pytest: install-dev
	$(BIN)/python manage.py makemigrations --check --dry-run
	$(BIN)/pytest $(PYTEST_ARGS)

test: lint typecheck pytest

lock:
	$(BIN)/python -m pip install --quiet uv
	$(BIN)/uv pip compile pyproject.toml --python-version 3.11 --generate-hashes --no-header -o requirements/base.txt
	$(BIN)/uv pip compile pyproject.toml --extra dev --python-version 3.11 --generate-hashes --no-header -c requirements/base.txt -o requirements/dev.txt

clean:
	rm -rf $(VENV) var/db.sqlite3 test-artifacts .pytest_cache .mypy_cache .ruff_cache
