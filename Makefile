PY := .venv/bin/python
EC := .venv/bin/eventcoder
STAMP := .venv/.installed

.PHONY: run test test-pure bench install accel pure clean score

$(STAMP): pyproject.toml
	python3 -m venv .venv
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[test]'
	touch $(STAMP)

install: $(STAMP)

# the optional compiled hot modules (Cython; see src/eventcoder/accel.py); `make pure` removes them
accel: $(STAMP)
	$(PY) -m pip install -q 'cython>=3.0'
	$(PY) scripts/build_accel.py

pure:
	$(PY) scripts/build_accel.py --clean

run: $(STAMP)
	$(EC) code examples -o output/events.parquet --overwrite
	$(EC) summary output/events.parquet

test: $(STAMP)
	@command -v chromium >/dev/null 2>&1 || (apt-get update -qq && apt-get install -y -qq chromium >/dev/null) \
		|| echo "chromium not installed: the report's headless-browser check will be skipped"
	$(PY) -m pytest

test-pure: $(STAMP)
	EVENTCODER_PURE=1 $(PY) -m pytest

bench: $(STAMP)
	$(PY) scripts/bench.py $(BENCH_ARGS)

SHARED ?= ../shared

score: $(STAMP)
	$(EC) code $(SHARED)/seeds -o output/seeds.parquet --overwrite --quiet
	$(EC) evaluate output/seeds.parquet $(SHARED)/gold/seeds.gold.jsonl
	$(EC) code $(SHARED)/gold/petr2_gsr.jsonl -o output/petr2.parquet --overwrite --quiet
	$(EC) evaluate output/petr2.parquet $(SHARED)/gold/petr2_gsr.jsonl
	$(EC) code tests/data/dev_cameo.jsonl -o output/dev.parquet --overwrite --quiet
	$(EC) evaluate output/dev.parquet tests/data/dev_cameo.jsonl
	$(EC) code tests/data/dev2_cameo.jsonl -o output/dev2.parquet --overwrite --quiet
	$(EC) evaluate output/dev2.parquet tests/data/dev2_cameo.jsonl
	$(EC) code tests/data/dev4_cameo.jsonl -o output/dev4.parquet --overwrite --quiet
	$(EC) evaluate output/dev4.parquet tests/data/dev4_cameo.jsonl
	$(EC) code tests/data/articles -o output/articles.parquet --overwrite --quiet
	$(EC) evaluate output/articles.parquet tests/data/articles.gold.jsonl
	$(EC) code tests/data/articles3 -o output/articles3.parquet --overwrite --quiet
	$(EC) evaluate output/articles3.parquet tests/data/articles3.gold.jsonl
	$(EC) code tests/data/articles4 -o output/articles4.parquet --overwrite --quiet
	$(EC) evaluate output/articles4.parquet tests/data/articles4.gold.jsonl
	$(EC) code tests/data/dev5_cameo.jsonl -o output/dev5.parquet --overwrite --quiet
	$(EC) evaluate output/dev5.parquet tests/data/dev5_cameo.jsonl
	$(EC) code tests/data/dev6_cameo.jsonl -o output/dev6.parquet --overwrite --quiet
	$(EC) evaluate output/dev6.parquet tests/data/dev6_cameo.jsonl
	$(EC) code tests/data/dev8_cameo.jsonl -o output/dev8.parquet --overwrite --quiet
	$(EC) evaluate output/dev8.parquet tests/data/dev8_cameo.jsonl
	$(EC) code tests/data/dev10_cameo.jsonl -o output/dev10.parquet --overwrite --quiet
	$(EC) evaluate output/dev10.parquet tests/data/dev10_cameo.jsonl
	$(EC) code tests/data/dev11_cameo.jsonl -o output/dev11.parquet --overwrite --quiet
	$(EC) evaluate output/dev11.parquet tests/data/dev11_cameo.jsonl
	$(EC) code tests/data/articles5 -o output/articles5.parquet --overwrite --quiet
	$(EC) evaluate output/articles5.parquet tests/data/articles5a.gold.jsonl
	$(EC) code tests/data/dev3_cameo.jsonl -o output/dev3.parquet --overwrite --quiet
	$(EC) evaluate output/dev3.parquet tests/data/dev3_cameo.jsonl
	$(EC) code tests/data/articles2 -o output/articles2.parquet --overwrite --quiet
	$(EC) evaluate output/articles2.parquet tests/data/articles2.gold.jsonl
	$(EC) evaluate output/articles5.parquet tests/data/articles5b.gold.jsonl
	$(EC) code tests/data/dev7_cameo.jsonl -o output/dev7.parquet --overwrite --quiet
	$(EC) evaluate output/dev7.parquet tests/data/dev7_cameo.jsonl
	$(EC) code tests/data/dev9_cameo.jsonl -o output/dev9.parquet --overwrite --quiet
	$(EC) evaluate output/dev9.parquet tests/data/dev9_cameo.jsonl
	$(EC) code tests/data/dev12_cameo.jsonl -o output/dev12.parquet --overwrite --quiet
	$(EC) evaluate output/dev12.parquet tests/data/dev12_cameo.jsonl
	$(EC) code tests/data/dev13_cameo.jsonl -o output/dev13.parquet --overwrite --quiet
	$(EC) evaluate output/dev13.parquet tests/data/dev13_cameo.jsonl
	$(EC) code tests/data/dev14_cameo.jsonl -o output/dev14.parquet --overwrite --quiet
	$(EC) evaluate output/dev14.parquet tests/data/dev14_cameo.jsonl

clean:
	rm -rf .venv build src/eventcoder/_compiled output/*.parquet
