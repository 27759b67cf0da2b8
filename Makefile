# Entry points. A fresh machine needs only python3 (3.11+) and node/npm: the first target that
# needs them creates .venv and installs tools/node_modules.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
NODE_BIN := tools/node_modules/.bin
PACKAGES := sakari_client highlevel_client
SPECS := spec/sakari.yaml spec/highlevel.yaml

.PHONY: install generate check-generated lint test demo prism-check schemathesis sandbox bench bench-scale clean

install: $(VENV)/.installed tools/node_modules/.installed

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $@

tools/node_modules/.installed: tools/package.json tools/package-lock.json
	cd tools && npm ci --no-audit --no-fund --loglevel=error
	touch $@

generate: $(VENV)/.installed
	$(BIN)/python scripts/generate.py

check-generated: $(VENV)/.installed
	$(BIN)/python scripts/generate.py --check

lint: install
	$(BIN)/openapi-spec-validator $(SPECS)
	$(NODE_BIN)/spectral lint --fail-severity=warn $(SPECS)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	cd generated && ../$(BIN)/mypy --strict $(PACKAGES)
	$(BIN)/mypy --strict scripts examples src

test: install check-generated lint
	$(MAKE) --no-print-directory demo
	$(MAKE) --no-print-directory prism-check
	$(MAKE) --no-print-directory schemathesis
	$(BIN)/python -m pytest

demo: install
	$(BIN)/python scripts/with_sandbox.py $(BIN)/python examples/demo.py

prism-check: install
	$(BIN)/python scripts/with_prism.py $(BIN)/python examples/every_operation.py

schemathesis: install
	$(BIN)/python scripts/schemathesis_sandbox.py

sandbox: install
	$(BIN)/contacts-sandbox --port 8080

bench: install
	$(BIN)/python benchmarks/run.py

bench-scale: install
	$(BIN)/python benchmarks/export_scale.py --contacts 10000 1000000 --import-rows 10000

clean:
	rm -rf $(VENV) tools/node_modules build dist
