# The two commands a newcomer types: `make run` and `make test`.
PYTHON ?= python3
VENV   ?= .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed-stamp

.PHONY: run test lint bench bundle translations clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test,dev]'
	touch $(STAMP)

run: $(STAMP)
	$(PY) -m fieldmon

# The whole suite on SQLite (sync tests start a throwaway PostgreSQL server), then the
# database, service and exchange tests again with every test database on PostgreSQL.
test: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q
	FIELDMON_TESTS_ON_POSTGRES=1 QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q tests/db tests/services

lint: $(STAMP)
	$(VENV)/bin/ruff check src tests bench
	$(VENV)/bin/mypy

bench: $(STAMP)
	$(PY) bench/bench_visits.py
	$(PY) bench/bench_loans.py
	$(PY) bench/bench_trainings.py
	$(PY) bench/bench_report.py
	$(PY) bench/bench_package.py

# The one-folder bundle dist/fieldmon/, then (on Linux) its .tar.gz and a .deb made with
# dpkg-deb; packaging/smoke-test.sh runs what they install. Windows: .github/workflows/windows.yml.
VERSION = $$($(PY) -c 'import fieldmon; print(fieldmon.__version__)')
bundle: $(STAMP)
	$(PY) -m pip install --quiet -e '.[bundle]'
	$(PY) packaging/make_icons.py build/icons
	$(VENV)/bin/pyinstaller --noconfirm --clean --log-level WARN --distpath dist \
	  --workpath build/pyinstaller packaging/fieldmon.spec
	if [ "$$(uname -s)" = Linux ]; then packaging/linux/build.sh "$(VERSION)" dist build/icons; fi

# Re-extract translatable strings and compile the .qm files shipped in resources/: Russian and
# Kazakh in full, English for its plural forms only ("1 visit", "3 visits").
SOURCES = $$(find src/fieldmon -name '*.py' | sort)
TRANSLATIONS = resources/translations
translations: $(STAMP)
	for lang in ru kk; do \
	  $(VENV)/bin/pyside6-lupdate $(SOURCES) -no-obsolete -target-language $$lang \
	    -ts $(TRANSLATIONS)/fieldmon_$$lang.ts || exit 1; done
	$(VENV)/bin/pyside6-lupdate $(SOURCES) -no-obsolete -pluralonly -target-language en \
	  -ts $(TRANSLATIONS)/fieldmon_en.ts
	for lang in en ru kk; do \
	  $(VENV)/bin/pyside6-lrelease $(TRANSLATIONS)/fieldmon_$$lang.ts \
	    -qm $(TRANSLATIONS)/fieldmon_$$lang.qm || exit 1; done

clean:
	rm -rf $(VENV) build dist *.egg-info src/*.egg-info
