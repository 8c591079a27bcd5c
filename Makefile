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

bundle: $(STAMP)
	$(PY) -m pip install --quiet -e '.[bundle]'
	$(VENV)/bin/pyinstaller --noconfirm --clean --distpath dist --workpath build packaging/fieldmon.spec

# Re-extract translatable strings and compile the .qm files shipped in resources/.
translations: $(STAMP)
	$(VENV)/bin/pyside6-lupdate $$(find src/fieldmon -name '*.py' | sort) -no-obsolete -ts resources/translations/fieldmon_ru.ts
	$(VENV)/bin/pyside6-lrelease resources/translations/fieldmon_ru.ts -qm resources/translations/fieldmon_ru.qm

clean:
	rm -rf $(VENV) build dist *.egg-info src/*.egg-info
