# The two commands of the README. Each creates .venv with the project and its test tools on first use.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: run demo test check lint bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $(STAMP)

## run: start the bot (SQLite in ./data, alerts on the console when no token is set)
run: $(STAMP)
	$(BIN)/conflict-alerts run $(ARGS)

## demo: the offline first step: the example feed through the shipped rules, alerts on the console
demo: $(STAMP)
	$(BIN)/conflict-alerts replay -q examples/world-desk.xml

## test: lint, type-check and the whole test suite (starts nothing; tests start their own fakes)
test: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/mypy
	$(BIN)/conflict-alerts check
	$(BIN)/pytest -q $(PYTEST_ARGS)

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/mypy

clean:
	rm -rf $(VENV) data .pytest_cache .mypy_cache .ruff_cache
