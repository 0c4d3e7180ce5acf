# QA Desk developer commands. Every target creates .venv on first use.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test bench forms translations lint clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[postgres,test]'
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/qa-desk

test: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q -p no:cacheprovider

bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q -s -p no:cacheprovider -o python_files='bench_*.py' tests/bench

forms: $(STAMP)
	$(BIN)/python packaging/build_forms.py

translations: $(STAMP)
	$(BIN)/python packaging/build_translations.py

lint: $(STAMP)
	$(BIN)/ruff check qa_desk tests packaging
	$(BIN)/ruff format --check qa_desk tests packaging

clean:
	rm -rf $(VENV) build *.egg-info
