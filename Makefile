# Entry points. A fresh machine needs python3 (3.11+); node/npm only for the targets that run Spectral or
# Prism (lint, prism-check, conformance, test): the first target that needs them creates .venv or installs
# tools/node_modules. `make demo` needs only Python.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
NODE_BIN := tools/node_modules/.bin
PACKAGES := sakari_client highlevel_client highlevel_v3_client
SPECS := spec/sakari.yaml spec/highlevel.yaml
# Each stage of `make test` says how long it took; the summary at the end keeps CI's time in view.
TIMINGS := build/timings.txt
TIMED := TIMINGS=$(TIMINGS) bash scripts/timed.sh

# Every download says what it waits for and gives up: pip after NETWORK_TIMEOUT seconds without an answer
# (twice retried), npm likewise.
NETWORK_TIMEOUT ?= 60
export NETWORK_TIMEOUT  # scripts/venvs.py gives the fresh environments' pip the same bound
# Installed from the checkout: the run-time extras the tests use, and the pinned tools (PEP 735 group).
DEV_INSTALL := -e '.[sandbox,docs,webhooks,cli,fast]' --group dev

.PHONY: install tools release generate check-generated lint test demo prism-check conformance schemathesis docs wheel-smoke test-floors \
	sandbox bench bench-compare bench-sandbox bench-scale bench-sync bench-agency drift-report fuzz clean

install: $(VENV)/.installed

# The npm tools (Spectral, Prism): only the targets that run them depend on this.
tools: tools/node_modules/.installed

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	@echo "install: waiting for the package index: pip 25.1 or newer (--group needs it), at most $(NETWORK_TIMEOUT) s per read"
	$(BIN)/python -m pip install --quiet --timeout $(NETWORK_TIMEOUT) --retries 2 --upgrade 'pip>=25.1'
	@echo "install: waiting for the package index: the project's extras and the dev group's pinned tools"
	$(BIN)/python -m pip install --quiet --timeout $(NETWORK_TIMEOUT) --retries 2 $(DEV_INSTALL)
	touch $@

tools/node_modules/.installed: tools/package.json tools/package-lock.json
	@echo "tools: waiting for the npm registry: Spectral and Prism (tools/package-lock.json), at most $(NETWORK_TIMEOUT) s per fetch"
	cd tools && npm ci --no-audit --no-fund --loglevel=error --fetch-timeout=$(NETWORK_TIMEOUT)000 --fetch-retries=2
	touch $@

generate: $(VENV)/.installed
	$(BIN)/python scripts/generate.py

check-generated: $(VENV)/.installed
	$(BIN)/python scripts/generate.py --check

lint: install tools
	$(BIN)/openapi-spec-validator $(SPECS)
	$(NODE_BIN)/spectral lint --fail-severity=warn $(SPECS)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	cd generated && ../$(BIN)/mypy --strict $(PACKAGES)
	$(BIN)/mypy --strict scripts examples src benchmarks docs/hooks.py

test: install tools
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

prism-check: install tools
	$(BIN)/python scripts/with_prism.py $(BIN)/python examples/every_operation.py

# every_operation.py through Prism proxies of the services' OWN descriptions (../shared/reference) in front
# of the sandbox; violations must be on spec/conformance-allowlist.yaml (skipped without ../shared)
conformance: install tools
	$(BIN)/python scripts/conformance.py

schemathesis: install
	$(BIN)/python scripts/schemathesis_sandbox.py

# The documentation site (docs/mkdocs.yml) into build/site; strict: a broken link, anchor or reference fails it
docs: install
	NO_MKDOCS_2_WARNING=1 $(BIN)/mkdocs build --strict --quiet --config-file docs/mkdocs.yml

wheel-smoke: install
	$(BIN)/python scripts/build_and_check_wheel.py

# The sdist and the wheel into dist/, checked as an index would (twine check) and installed in fresh
# virtual environments (the wheel smoke run). Publishing is .github/workflows/release.yml's.
release: install
	$(BIN)/python scripts/build_and_check_wheel.py --dist dist
	$(BIN)/twine check --strict dist/*

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

# contacts-sdk sync of 10,000 and 100,000 HighLevel contacts at HighLevel's limit ten times faster; fails on a missed target
bench-sync: install
	$(BIN)/python benchmarks/sync_scale.py --contacts 10000 100000

# contacts-sdk export --all-locations of 50 locations, --parallel 16, at HighLevel's limit scaled down in time to
# allow half of what the sandbox serves; fails on a missed target (rate, 429s, flat peak RSS)
bench-agency: install
	$(BIN)/python benchmarks/agency.py

clean:
	rm -rf $(VENV) tools/node_modules build dist
