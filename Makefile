# Lactation evidence pipeline. `make` (or `make help`) lists the targets.
.DEFAULT_GOAL := help
SHELL := /bin/bash

PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
RAW ?= raw
OUT ?= processed
WORKERS ?=
BASELINE ?= curated/baseline
CORRECTIONS ?= curated/corrections.jsonl
BENCH_RECORDS ?= 200
RAW_FILES := $(shell find $(RAW) -type f ! -name README.md 2>/dev/null | sort)
CODE_FILES := $(shell find pipeline -type f \( -name '*.py' -o -name '*.jsonl' -o -name '*.yaml' \) 2>/dev/null | sort)

.PHONY: help setup ingest extract all run report test lint eval diff accept bench fuzz clean sample

help: ## List the targets
	@grep -E '^[a-zA-Z_-]+:.*?## ' $(MAKEFILE_LIST) | awk 'BEGIN {FS = ":.*?## "}; {printf "  %-10s %s\n", $$1, $$2}'
	@echo
	@echo "Variables (make VAR=value target):"
	@echo "  RAW=$(RAW)         input folder, never modified (all, run, ingest)"
	@echo "  OUT=$(OUT)   output folder of the tables (all, run, ingest, diff, accept)"
	@echo "  WORKERS=        worker processes (default: all cores)"
	@echo "  PYTHON=$(PYTHON)  the Python that creates .venv"

$(VENV)/.installed: pyproject.toml setup.py pipeline/compiled.py
	@echo "setting up $(VENV) (first run only, a few minutes: the install compiles extraction with mypyc): pip install -e '.[test]'"
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[test]'
	@echo "$(VENV) ready: run the pipeline with $(VENV)/bin/lactpipe or make run"
	touch $@

setup: $(VENV)/.installed ## Create .venv and install the project with its test extras

$(OUT)/.ingested: $(VENV)/.installed $(RAW_FILES) $(CODE_FILES)
	$(PY) -m pipeline ingest --raw $(RAW) --out $(OUT) $(if $(WORKERS),--workers $(WORKERS)) || [ $$? -eq 2 ]
	rm -f $(OUT)/.built  # an ingest-only run replaces the tables: extraction must run again
	touch $@

ingest: $(OUT)/.ingested ## Ingest raw/ into documents, sections, sentences, bibliography, errors

$(OUT)/.built: $(VENV)/.installed $(RAW_FILES) $(CODE_FILES) $(wildcard $(CORRECTIONS))
	$(PY) -m pipeline run --raw $(RAW) --out $(OUT) --corrections $(CORRECTIONS) $(if $(WORKERS),--workers $(WORKERS)) || [ $$? -eq 2 ]
	touch $@

all: $(OUT)/.built ## Run every stage on raw/ and write processed/*.parquet

run: $(VENV)/.installed ## Run every stage on RAW= into OUT= now (e.g. make run RAW=~/records OUT=~/tables)
	$(PY) -m pipeline run --raw $(RAW) --out $(OUT) --corrections $(CORRECTIONS) $(if $(WORKERS),--workers $(WORKERS)) || [ $$? -eq 2 ]


extract: $(VENV)/.installed ## Extraction alone over the ingest tables already in OUT (make ingest first)
	$(PY) -m pipeline extract --out $(OUT) --corrections $(CORRECTIONS) $(if $(WORKERS),--workers $(WORKERS)) || [ $$? -eq 2 ]

report: $(OUT)/.built ## HTML report of the evidence by drug: processed/report/index.html (works from file://)
	$(PY) -m pipeline report --out $(OUT) $(if $(WORKERS),--workers $(WORKERS))

test: $(VENV)/.installed ## Install from nothing (Chromium for the report test too) and run the tests
	@command -v chromium >/dev/null 2>&1 || [ "$$(id -u)" != 0 ] || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; }
	$(PY) -m pytest

lint: $(VENV)/.installed ## ruff check, format check and mypy on pipeline/
	$(VENV)/bin/ruff check pipeline tests scripts
	$(VENV)/bin/ruff format --check pipeline tests scripts
	$(VENV)/bin/mypy pipeline

eval: $(VENV)/.installed ## Score extraction on the seeds, dev texts and blind corpora against their gold; fails below the pinned floors
	$(PY) -m pipeline eval-gate

sample: $(VENV)/.installed ## Re-render the sample PDFs and NXML archive in raw/ (deterministic)
	$(PY) scripts/make_sample_corpus.py --raw $(RAW)

FUZZ_SECONDS ?= 300
fuzz: $(VENV)/.installed ## Fuzz campaign (mutated PDF/NXML/HTML/text + property tests), budget FUZZ_SECONDS
	$(PY) scripts/fuzz.py --seconds $(FUZZ_SECONDS)

diff: $(OUT)/.built ## Compare processed/ with the accepted baseline (also processed/diff.html, diff.md); exit 1 when they differ
	$(PY) -m pipeline diff $(BASELINE) $(OUT) --corrections $(CORRECTIONS) --html $(OUT)/diff.html --markdown $(OUT)/diff.md

accept: $(OUT)/.built ## Make the current run the accepted baseline (curated/baseline/*.jsonl): review and commit it
	$(PY) -m pipeline accept --out $(OUT) --baseline $(BASELINE)

bench: $(VENV)/.installed ## Benchmark each stage beside bare pdfplumber/spaCy; writes bench/results.json
	$(PY) scripts/bench.py --records $(BENCH_RECORDS) --json bench/results.json

clean: ## Remove processed/ and caches (keeps .venv)
	rm -rf $(OUT) .pytest_cache .ruff_cache .mypy_cache
