# wirecoder: `make run` codes the bundled samples into ./wirecoder.db and serves the dashboard on
# http://127.0.0.1:8000, `make test` runs every check, `make bench` measures speed and memory.
# Each target creates .venv and installs the project first. `make run DATA=path` codes your own
# articles (files, folders, JSON Lines, feeds) instead of the samples.
PYTHON ?= python3.11
DATA ?= examples/samples.jsonl
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint bench clean

$(BIN)/python:
	$(shell command -v $(PYTHON) || command -v python3) -m venv $(VENV)

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/wirecoder ingest --db wirecoder.db --stories $(DATA)
	$(BIN)/wirecoder serve --db wirecoder.db --host 127.0.0.1 --port 8000

lint: $(STAMP)
	$(BIN)/ruff check src tests bench
	$(BIN)/ruff format --check src tests bench

test: lint
	$(BIN)/python -m pytest -q

bench: $(STAMP)
	$(BIN)/python bench/run.py
	$(BIN)/python bench/store.py
	$(BIN)/python bench/scale.py

clean:
	rm -rf $(VENV) .pytest_cache build *.egg-info src/*.egg-info
