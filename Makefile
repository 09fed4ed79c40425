# Talk-to-data: `make run` starts the app, `make test` runs lint + the whole test suite against real databases
# (DuckDB files, SQLite, a throwaway PostgreSQL started and removed by scripts/with_test_pg.sh).
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
RUN_STAMP := $(VENV)/.stamp-requirements
DEV_STAMP := $(VENV)/.stamp-requirements-dev
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
PYTEST_ARGS ?=

.PHONY: help venv run demo test test-deps pg-install chromium-install lint

help:
	@echo "make run    - start the Streamlit app (builds the demo DB if missing)"
	@echo "make test   - ruff + pytest with a throwaway PostgreSQL (PYTEST_ARGS='-k x' to narrow)"
	@echo "make lint   - ruff check"
	@echo "make venv   - (re)install requirements-dev.txt into .venv when requirements changed"

# ---- virtualenv (re-installed only when a requirements file changed) --------------------------------------

venv: $(DEV_STAMP)

$(DEV_STAMP): requirements.txt requirements-dev.txt
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q -r requirements-dev.txt
	@touch $(RUN_STAMP) $@

$(RUN_STAMP): requirements.txt
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q -r requirements.txt
	@touch $@

# ---- the app ------------------------------------------------------------------------------------------------

demo: $(RUN_STAMP)
	@test -f data/superstore.duckdb || $(PY) -m db.demo

run: $(RUN_STAMP) demo
	$(PY) -m streamlit run streamlit_app.py

# ---- tests --------------------------------------------------------------------------------------------------

pg-install:
	@ls /usr/lib/postgresql/*/bin/pg_ctl >/dev/null 2>&1 || { $(SUDO) apt-get update && $(SUDO) apt-get install -y postgresql; }

# Debian's chromium for tests/test_browser.py (driven by Playwright's Python API, no browser download).
chromium-install:
	@test -x /usr/bin/chromium || { $(SUDO) apt-get update && $(SUDO) apt-get install -y chromium; }

# System packages the tests need. Add further steps (e.g. chromium for the browser tests) as prerequisites here.
test-deps: pg-install chromium-install

# Lint and pytest run inside a throwaway PostgreSQL (TEST_PG_URL); pytest's exit code wins, then ruff's.
test: venv test-deps
	scripts/with_test_pg.sh bash -c '$(VENV)/bin/ruff check .; lint=$$?; \
		$(PY) -m pytest $(PYTEST_ARGS); rc=$$?; \
		if [ $$rc -ne 0 ]; then exit $$rc; fi; exit $$lint'

lint: venv
	$(VENV)/bin/ruff check .

# ---- REST API and benchmarks: `api` and `bench` targets go below ---------------------------------------------
API_PORT ?= 8000
API_HOST ?= 127.0.0.1
API_WORKERS ?= 1
SCALE_ARGS ?=

.PHONY: api bench

# REST API with uvicorn on API_HOST:API_PORT (defaults 127.0.0.1:8000; e.g. `make api API_PORT=9000`). Keep-alive
# 75 s: longer than a client's or proxy's idle timeout (60 s), so the server never closes a connection under a request.
api: $(RUN_STAMP) demo
	$(PY) -m uvicorn api.main:app --host $(API_HOST) --port $(API_PORT) --workers $(API_WORKERS) --timeout-keep-alive 75

# Benchmarks (each prints a table and writes bench/results/<name>.json). The scale benchmark loads 100k and 1M
# rows into DuckDB, SQLite and a throwaway PostgreSQL, and 10M rows into DuckDB only (about 10 minutes in all);
# SCALE_ARGS='--sizes 10m' adds SQLite/PostgreSQL at 10M (slow: about 20 more minutes).
bench: venv demo
	$(PY) -m bench.pipeline_bench
	@for b in guard_bench llm_bench insight_chart_bench; do if [ -f bench/$$b.py ]; then $(PY) -m bench.$$b || exit $$?; fi; done
	$(PY) -m bench.scale_bench --sizes 100k,1m
	$(PY) -m bench.scale_bench --sizes 10m --engines duckdb
	@if [ -n "$(SCALE_ARGS)" ]; then $(PY) -m bench.scale_bench $(SCALE_ARGS); fi
	$(PY) -m bench.load_bench
