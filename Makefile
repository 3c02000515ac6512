# Quickstart: `make demo` and `make test` on a fresh machine with only Python 3.11.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
FAST   ?= .venv-mypyc
FAST_STAMP := $(FAST)/.installed

.PHONY: demo test test-compiled lint bench omegat clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $(STAMP)

demo: $(STAMP)
	$(BIN)/onomast build

test: $(STAMP)
	$(BIN)/ruff check toolkit tests benchmarks
	$(BIN)/mypy toolkit
	$(BIN)/python -m pytest

lint: $(STAMP)
	$(BIN)/ruff check toolkit tests benchmarks
	$(BIN)/mypy toolkit

bench: $(STAMP) $(FAST_STAMP)
	$(BIN)/pip install --quiet -e '.[test,bench]'
	$(BIN)/python -m benchmarks

# the check modules compiled with mypyc (setup.py), in a venv of their own: an editable install stays
# pure Python, so that what runs is what was edited. Needs a C compiler and the Python headers.
$(FAST_STAMP): pyproject.toml setup.py $(shell find toolkit -name '*.py' -o -name '*.yaml')
	$(PYTHON) -m venv $(FAST)
	$(FAST)/bin/pip install --quiet --upgrade pip
	$(FAST)/bin/pip install --quiet 'mypy>=1.10' 'setuptools>=77' wheel
	rm -rf build
	ONOMAST_MYPYC=1 $(FAST)/bin/pip install --quiet --no-build-isolation '.[test]'
	touch $(FAST_STAMP)

# the check tests again, against the compiled build (run from tests/, so the checkout does not shadow it)
test-compiled: $(FAST_STAMP)
	cd tests && ONOMAST_EXPECT_COMPILED=1 ../$(FAST)/bin/pytest -p no:cacheprovider --rootdir=. -c /dev/null -q \
	  test_check.py test_check_stream.py test_compiled.py

# OmegaT 3.6 must load our TMX and glossaries and translate the English corpus from them
# (needs the Debian package omegat and ../shared/omegat beside this checkout).
OMEGAT_CHECK ?= $(firstword $(wildcard ../shared/omegat/omegat_check.sh /work/shared/omegat/omegat_check.sh))
omegat: demo
	@if [ -z "$(OMEGAT_CHECK)" ]; then echo "omegat: skipped (../shared/omegat is not beside this checkout)"; exit 0; fi; \
	for lang in fr it ru ur; do \
	  out=$$(bash $(OMEGAT_CHECK) --strict locales/tmx/news.en-$$lang.tmx corpus/en en $$lang \
	    locales/glossary/news.en-$$lang.txt locales/glossary/news.en-$$lang.csv locales/glossary/news.tbx) \
	    || { echo "$$out"; echo "OmegaT check failed for en-$$lang"; exit 1; }; \
	  echo "$$out" | grep -E '^(RESULT|glossary )'; \
	done

clean:
	rm -rf $(VENV) $(FAST) build *.egg-info .pytest_cache .mypy_cache .ruff_cache
