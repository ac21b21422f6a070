# Two commands for a newcomer: `make run` (set up and serve the demo portal), `make test`.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
MANAGE := $(PY) manage.py
STAMP := $(VENV)/.installed-$(shell cat requirements-dev.lock | cksum | cut -d' ' -f1)
HOST ?= 127.0.0.1
PORT ?= 8000
# Test processes: the suite splits over the machine's cores (pytest-xdist, one database each).
TEST_WORKERS ?= 2

.PHONY: help run setup install migrate messages seed admin admin-password test test-fast lint format bench scale backup restore clean lock

help: ## List the make targets
	@awk 'BEGIN {FS = ":.*## "} /^[a-z-]+:.*## / {printf "  make %-15s %s\n", $$1, $$2}' $(MAKEFILE_LIST)

run: setup ## Set everything up and serve the portal on http://127.0.0.1:8000
	@echo "Portal: http://$(HOST):$(PORT)/   Admin: http://$(HOST):$(PORT)/admin/"
	$(MANAGE) runserver $(HOST):$(PORT)

setup: install messages migrate seed admin ## All of `make run` but serving (idempotent)

$(STAMP): requirements-dev.lock
	@test -d $(VENV) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check --require-hashes -r requirements-dev.lock
	@rm -f $(VENV)/.installed-* && touch $@

install: $(STAMP)

messages: install
	$(MANAGE) compilemessages --ignore=.venv -v 0

migrate: install
	$(MANAGE) migrate --no-input -v 0

seed: migrate
	$(MANAGE) seed_demo --if-empty

admin: migrate
	$(MANAGE) ensure_admin
	$(MANAGE) ensure_campaign_accounts

admin-password: migrate ## Give the admin account a new random password
	$(MANAGE) ensure_admin --reset

test: install messages ## Run the whole suite (set DATABASE_URL for PostgreSQL)
	$(PY) -m pytest -n $(TEST_WORKERS) $(PYTEST_ARGS)

test-fast: install messages ## Re-run the suite on the kept test databases (seeded, and empty)
	@# pytest exits 5 when a selection holds no test (PYTEST_ARGS naming one kind only)
	TEST_DATABASE_SUFFIX=_own $(PY) -m pytest -n $(TEST_WORKERS) --reuse-db -m own_data $(PYTEST_ARGS) || [ $$? -eq 5 ]
	$(PY) -m pytest -n $(TEST_WORKERS) --reuse-db -m "not own_data" $(PYTEST_ARGS) || [ $$? -eq 5 ]

lint: install ## ruff format --check and ruff check
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/ruff check .

format: install ## Format and fix with ruff
	$(VENV)/bin/ruff format .
	$(VENV)/bin/ruff check --fix .

bench: install messages ## Print the size and speed table (see bench/README); installs wrk if missing
	@# The load rows need Debian's wrk: installed here the way .ci/run installs Chromium.
	@command -v wrk >/dev/null 2>&1 || { \
	  echo "Installing Debian's wrk, the load generator of make bench (apt-get)"; \
	  SUDO=""; [ "$$(id -u)" -eq 0 ] || SUDO="sudo"; \
	  export DEBIAN_FRONTEND=noninteractive; \
	  $$SUDO apt-get update -qq && $$SUDO apt-get install -y -qq wrk >/dev/null; }
	$(PY) -m bench.run $(BENCH_ARGS)

# Backups (docs/deploy.md): the configured database (DATABASE_URL) and MEDIA_ROOT, in
# $(BACKUP_DIR)/<UTC time>/ with a manifest. Production runs them with its own environment.
BACKUP_DIR ?= backups

backup: ## Back up the database and media into backups/<time>/ (BACKUP_DIR= to change)
	$(MANAGE) backup_portal --output-dir "$(BACKUP_DIR)"

restore: ## Restore one: make restore BACKUP=backups/<time> (FORCE=1 overwrites a database in use)
	@test -n "$(BACKUP)" || { echo "Say which backup: make restore BACKUP=$(BACKUP_DIR)/<time>"; ls -1d $(BACKUP_DIR)/*/ 2>/dev/null; exit 2; }
	$(MANAGE) restore_portal "$(BACKUP)" $(if $(filter 1 yes true,$(FORCE)),--force)

scale: install messages ## A million learners on PostgreSQL: build and time (bench/SCALE.md)
	$(PY) -m bench.scale $(SCALE_ARGS)

lock: ## Re-pin dependencies after editing pyproject.toml (needs uv)
	uv pip compile pyproject.toml --generate-hashes --python-version 3.11 -o requirements.lock
	uv pip compile pyproject.toml --extra test --generate-hashes --python-version 3.11 -o requirements-dev.lock

clean: ## Remove the virtualenv, the SQLite database, media and test artifacts
	rm -rf $(VENV) db.sqlite3 media staticfiles test-artifacts
