# rft-graders: `make demo` sets everything up and runs every grader locally;
# `make test` runs lint, template validation and the tests.
SHELL := /bin/bash
.DEFAULT_GOAL := help

VENV ?= .venv
BIN := $(VENV)/bin
# Lambda runs python3.13 and `sam build` compiles bytecode for it: find a 3.13 that runs
# (pyenv's shim for python3.13 exists even where 3.13 is not the active version).
PYTHON313 ?= $(shell for p in "$$(pyenv prefix 3.13.0 2>/dev/null)/bin/python3.13" "$$(command -v python3.13)"; do \
	"$$p" -c 'import sys; assert sys.version_info[:2] == (3, 13)' 2>/dev/null && { echo "$$p"; break; }; done)
LAMBDA_ARCH ?= x86_64
export PATH := $(CURDIR)/$(BIN):$(PATH)
export SAM_CLI_TELEMETRY := 0
export AWS_EC2_METADATA_DISABLED := true
export AWS_DEFAULT_REGION ?= us-east-1
export LAMBDA_ARCH

.PHONY: help setup build demo deploy test lint format validate pytest novaforge clean report-screenshots

help:
	@echo "make demo      set up, build with sam, invoke every function on its events locally"
	@echo "make test      lint, validate template.yaml, run all tests"
	@echo "make build     sam build (bytecode-compiled, into .aws-sam/build)"
	@echo "make deploy    build, check specs and parameters, sam deploy (ARGS='--guided ...')"
	@echo "make bench-X   run bench/X.py (see docs/benchmarks.md)"
	@echo "make format    ruff format + ruff check --fix"
	@echo "make report-screenshots   the preflight report in headless Chromium, into docs/"

setup: $(VENV)/.installed graders/similarity/nltk_data/corpora/wordnet/lexnames

# WordNet for the similarity grader's METEOR (never downloaded at run time; see the script).
graders/similarity/nltk_data/corpora/wordnet/lexnames: graders/similarity/ship_wordnet.py | $(VENV)/.installed
	$(BIN)/python graders/similarity/ship_wordnet.py graders/similarity/nltk_data

$(VENV)/.installed: pyproject.toml
	@test -n "$(PYTHON313)" && test -x "$(PYTHON313)" || { \
		echo "python3.13 not found: install it (pyenv install 3.13.0) or pass PYTHON313=/path/to/python3.13"; exit 1; }
	test -x $(BIN)/python || $(PYTHON313) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $@

build: setup
	$(BIN)/sam build --parameter-overrides Architecture=$(LAMBDA_ARCH)

# Every function on its events under the emulator, then the dataset-to-job path on the
# bundled data: validate, preflight (report in reports/preflight/), and a job request
# printed, not sent (no AWS account needed).
demo: build
	$(BIN)/rft-graders demo
	$(BIN)/rft-graders data validate examples/arithmetic/train.jsonl
	$(BIN)/rft-graders preflight
	$(BIN)/rft-graders job create --dry-run \
		--training-data s3://my-rft-bucket/rft/data/train.jsonl --output s3://my-rft-bucket/rft/output/ \
		--lambda-arn arn:aws:lambda:us-east-1:123456789012:function:rft-graders-RouterGraderFunction-AbC123:1 \
		--role-arn arn:aws:iam::123456789012:role/rft-graders-RFTServiceRole --hp trainingSamplePerPrompt=8

# rft-graders deploy checks the spec files and parameters, then runs sam deploy $(ARGS).
deploy: build
	$(BIN)/rft-graders deploy $(ARGS)

lint: setup
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: setup
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

validate: setup
	$(BIN)/sam validate --lint

pytest: build novaforge
	NOVA_FORGE_PYTHON=$(CURDIR)/$(NOVA_VENV)/bin/python $(BIN)/python -m pytest

# AWS's Nova Forge SDK validates grader output through the Lambda Invoke API; it needs
# its own venv (sagemaker, pyarrow, ...). Used by tests/test_start_lambda.py.
NOVA_VENV := .venv-novaforge
novaforge: $(NOVA_VENV)/.installed

$(NOVA_VENV)/.installed: tests/requirements-novaforge.txt
	test -x $(NOVA_VENV)/bin/python || $(PYTHON313) -m venv $(NOVA_VENV)
	$(NOVA_VENV)/bin/python -m pip install --quiet -r tests/requirements-novaforge.txt
	touch $@

test: lint validate pytest

# The preflight report as rendered by headless Chromium (Debian's chromium): the demo (GO WITH
# CARE) and a grader that fails every rollout (STOP), into docs/ where the walkthrough shows them.
STOP_SPEC := {"type": "format", "checks": [{"check": "tags", "sequence": ["answer"]}]}
report-screenshots: setup
	$(BIN)/rft-graders preflight --out reports/screenshots/demo > /dev/null
	$(BIN)/rft-graders preflight --out reports/screenshots/stop --grader '$(STOP_SPEC)' > /dev/null || test $$? = 1
	$(BIN)/python -m rft_graders.preflight.screenshot reports/screenshots/demo/report.html docs/report-demo.png 1100 2400
	$(BIN)/python -m rft_graders.preflight.screenshot reports/screenshots/stop/report.html docs/report-stop.png 1100 2400

bench-%: build
	$(BIN)/python bench/$*.py

clean:
	rm -rf .aws-sam .pytest_cache .ruff_cache
