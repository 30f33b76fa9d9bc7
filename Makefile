PY := .venv/bin/python
EC := .venv/bin/eventcoder
STAMP := .venv/.installed

.PHONY: run test bench install clean score

$(STAMP): pyproject.toml
	python3 -m venv .venv
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[test]'
	touch $(STAMP)

install: $(STAMP)

run: $(STAMP)
	$(EC) code examples -o output/events.parquet --overwrite
	$(EC) summary output/events.parquet

test: $(STAMP)
	$(PY) -m pytest

score: $(STAMP)
	$(PY) scripts/score_gold.py

clean:
	rm -rf .venv output/*.parquet
