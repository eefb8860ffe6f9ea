# Two commands do everything: `make run` and `make test` (each sets itself up first).
PYTHON ?= python3
UV := .uv/bin/uv
CONFIG ?= config.yaml

.PHONY: run test lint format bench clean

run: .venv/.synced
	$(UV) run --frozen monitor run --config $(CONFIG)

test: .venv/.synced
	$(UV) run --frozen ruff check monitor tests bench
	$(UV) run --frozen ruff format --check monitor tests bench
	$(UV) run --frozen mypy
	$(UV) run --frozen pytest

lint: test

format: .venv/.synced
	$(UV) run --frozen ruff format monitor tests bench
	$(UV) run --frozen ruff check --fix monitor tests bench

bench: .venv/.synced
	$(UV) run --frozen python bench/matching.py
	$(UV) run --frozen python bench/languages.py
	$(UV) run --frozen python bench/multilingual.py

# uv installs the locked environment in seconds; it is bootstrapped into .uv/ with pip.
$(UV):
	$(PYTHON) -m venv .uv
	.uv/bin/pip install --quiet --disable-pip-version-check "uv>=0.5"

.venv/.synced: $(UV) pyproject.toml uv.lock
	$(UV) sync --frozen
	touch $@

clean:
	rm -rf .venv .uv .pytest_cache .mypy_cache .ruff_cache
