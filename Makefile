# Zero-setup entry points. Each target creates .venv when it is missing.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
INVOKE := $(VENV)/bin/invoke
STAMP := $(VENV)/.installed

.PHONY: site build convert test serve clean check bench eval eval-bbc

$(STAMP): requirements.lock pyproject.toml
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements.lock
	@# Make the newsdigest core importable from anywhere in the venv (like an editable install).
	$(PY) -c "import os, site; open(os.path.join(site.getsitepackages()[0], 'newsdigest-repo.pth'), 'w').write(os.getcwd() + '\n')"
	@touch $(STAMP)

site: $(STAMP)
	$(INVOKE) site

convert: $(STAMP)
	$(INVOKE) convert

build: $(STAMP)
	$(INVOKE) build

test: $(STAMP)
	@bash .ci/browser
	$(INVOKE) test

serve: $(STAMP)
	$(INVOKE) serve

clean:
	@test -x $(INVOKE) && $(INVOKE) clean || rm -rf output .cache

DEV_SETS := tests/eval/dev tests/eval/dev2 tests/eval/dev3 tests/eval/dev4 tests/eval/dev5 tests/eval/dev6 tests/eval/dev7 tests/eval/dev8 tests/eval/dev9 tests/eval/dev10 tests/eval/dev11 tests/eval/dev12 tests/eval/dev13 tests/eval/dev14 tests/eval/dev15 tests/eval/dev16 tests/eval/dev17 tests/eval/dev18 tests/eval/dev19 tests/eval/dev20 tests/eval/dev21 tests/eval/dev22 tests/eval/dev23 tests/eval/dev24 tests/eval/dev25 tests/eval/dev26 tests/eval/dev27 tests/eval/dev28 tests/eval/dev29 tests/eval/dev30 tests/eval/dev31 tests/eval/dev32 tests/eval/dev33 tests/eval/dev34 tests/eval/dev35 tests/eval/dev36 tests/eval/dev37 tests/eval/dev38 tests/eval/dev39 tests/eval/dev40 tests/eval/dev41 tests/eval/dev42 tests/eval/dev43 tests/eval/dev44 tests/eval/dev45 tests/eval/dev46 tests/eval/dev47 tests/eval/dev48 tests/eval/dev49 tests/eval/dev50 tests/eval/dev51 tests/eval/dev52 tests/eval/dev53 tests/eval/dev54 tests/eval/dev55 tests/eval/dev56 tests/eval/dev57 tests/eval/dev58 tests/eval/dev59 tests/eval/dev60
HELDOUT_SETS := tests/eval/heldout tests/eval/heldout2 tests/eval/heldout3 tests/eval/heldout4 tests/eval/heldout5 tests/eval/heldout6 tests/eval/heldout7 tests/eval/heldout8 tests/eval/heldout9 tests/eval/heldout10 tests/eval/heldout11 tests/eval/heldout12 tests/eval/heldout13 tests/eval/heldout14 tests/eval/heldout15 tests/eval/heldout16 tests/eval/heldout17 tests/eval/heldout18 tests/eval/heldout19

eval: $(STAMP)
	$(PY) -m newsdigest eval $(DEV_SETS) $(HELDOUT_SETS) --quiet

# Real news: gold lists for samples of the BBC corpus (bench/bbc_eval/README.md),
# whose text is read from the corpus beside the repository, never copied into it.
BBC_CORPUS ?= ../shared/corpora/bbc
eval-bbc: $(STAMP)
	$(PY) -m newsdigest eval bench/bbc_eval/dev bench/bbc_eval/heldout --corpus $(BBC_CORPUS) --quiet

check: $(STAMP)
	@test -f output/index.html || $(INVOKE) site
	$(INVOKE) check

bench: $(STAMP)
	$(PY) -m bench.run
