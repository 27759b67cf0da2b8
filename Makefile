# Entry points. A fresh machine needs only python3 (3.11+) and node/npm: the first target that
# needs them creates .venv and installs tools/node_modules.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
NODE_BIN := tools/node_modules/.bin
PACKAGES := sakari_client highlevel_client highlevel_v3_client
SPECS := spec/sakari.yaml spec/highlevel.yaml
# Each stage of `make test` says how long it took; the summary at the end keeps CI's time in view.
TIMINGS := build/timings.txt
TIMED := TIMINGS=$(TIMINGS) bash scripts/timed.sh

.PHONY: install generate check-generated lint test demo prism-check conformance schemathesis docs wheel-smoke test-floors \
	sandbox bench bench-compare bench-sandbox bench-scale drift-report fuzz clean

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
	$(BIN)/mypy --strict scripts examples src benchmarks

test: install
	@mkdir -p build && rm -f $(TIMINGS)
	@$(TIMED) check-generated $(MAKE) --no-print-directory check-generated
	@$(TIMED) lint $(MAKE) --no-print-directory lint
	@$(TIMED) docs $(MAKE) --no-print-directory docs
	@$(TIMED) demo $(MAKE) --no-print-directory demo
	@$(TIMED) prism-check $(MAKE) --no-print-directory prism-check
	@$(TIMED) conformance $(MAKE) --no-print-directory conformance
	@$(TIMED) schemathesis $(MAKE) --no-print-directory schemathesis
	@$(TIMED) pytest $(BIN)/python -m pytest
	@$(TIMED) wheel-smoke $(MAKE) --no-print-directory wheel-smoke
	@$(TIMED) test-floors $(MAKE) --no-print-directory test-floors
	@awk '{ total += $$2; printf "  %-16s %7.1f s\n", $$1, $$2 } END { printf "  %-16s %7.1f s\n", "make test", total }' $(TIMINGS)

demo: install
	$(BIN)/python scripts/with_sandbox.py $(BIN)/python examples/demo.py
	$(BIN)/python scripts/with_sandbox.py $(BIN)/python examples/send_to_filter.py --seed-demo-contacts

prism-check: install
	$(BIN)/python scripts/with_prism.py $(BIN)/python examples/every_operation.py

# every_operation.py through Prism proxies of the services' OWN descriptions (../shared/reference) in front
# of the sandbox; violations must be on spec/conformance-allowlist.yaml (skipped without ../shared)
conformance: install
	$(BIN)/python scripts/conformance.py

schemathesis: install
	$(BIN)/python scripts/schemathesis_sandbox.py

docs: install
	$(BIN)/python scripts/build_docs.py

wheel-smoke: install
	$(BIN)/python scripts/build_and_check_wheel.py

test-floors: install
	$(BIN)/python scripts/floors.py

# The fuzz tests with many more examples per operation than `make test` runs (see tests/fuzz/conftest.py)
fuzz: install
	HYPOTHESIS_PROFILE=fuzz $(BIN)/python -m pytest tests/fuzz -q

sandbox: install
	$(BIN)/contacts-sandbox --port 8080

bench: install
	$(BIN)/python benchmarks/run.py

# make bench of an earlier revision and of the work tree, in turns, side by side: make bench-compare BASE=main~3
bench-compare: install
	@test -n "$(BASE)" || { echo "usage: make bench-compare BASE=<revision> [ROUNDS=3]"; exit 2; }
	$(BIN)/python scripts/bench_compare.py --base $(BASE) --rounds $(or $(ROUNDS),3)

# The spec changes a client's drift dump suggests: make drift-report DRIFT=dump.json
drift-report: install
	@test -n "$(DRIFT)" || { echo "usage: make drift-report DRIFT=dump.json (what client.drift.to_json() wrote)"; exit 2; }
	$(BIN)/python scripts/drift_report.py $(DRIFT)

# Reads of a sandbox holding 100,000 contacts per service: latency and memory per contact
bench-sandbox: install
	$(BIN)/python benchmarks/sandbox_reads.py

# Export of 10,000 and 1,000,000 contacts from a synthetic server, and an import at the rate limit
bench-scale: install
	$(BIN)/python benchmarks/export_scale.py --contacts 10000 1000000 --import-rows 10000

clean:
	rm -rf $(VENV) tools/node_modules build dist
