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

# the sentence sets (tests/data/NAME_cameo.jsonl: input and gold in one file) and the article sets
# (tests/data/NAME/ with tests/data/NAME.gold.jsonl); articles5 has two golds (5a tuned on, 5b held out)
SENTENCE_SETS := dev dev2 dev4 dev5 dev6 dev8 dev10 dev11 dev14 dev15 dev17 dev19 dev3 dev7 dev9 dev12 dev13 dev16 dev18 dev20
ARTICLE_SETS := articles articles3 articles4 articles6 articles2 articles7

score: $(STAMP)
	$(EC) code $(SHARED)/seeds -o output/seeds.parquet --overwrite --quiet
	$(EC) evaluate output/seeds.parquet $(SHARED)/gold/seeds.gold.jsonl
	$(EC) code $(SHARED)/gold/petr2_gsr.jsonl -o output/petr2.parquet --overwrite --quiet
	$(EC) evaluate output/petr2.parquet $(SHARED)/gold/petr2_gsr.jsonl
	@for s in $(SENTENCE_SETS); do echo "== $$s"; \
		$(EC) code tests/data/$${s}_cameo.jsonl -o output/$$s.parquet --overwrite --quiet \
		&& $(EC) evaluate output/$$s.parquet tests/data/$${s}_cameo.jsonl || exit 1; done
	@for s in $(ARTICLE_SETS); do echo "== $$s"; \
		$(EC) code tests/data/$$s -o output/$$s.parquet --overwrite --quiet \
		&& $(EC) evaluate output/$$s.parquet tests/data/$$s.gold.jsonl || exit 1; done
	$(EC) code tests/data/articles5 -o output/articles5.parquet --overwrite --quiet
	$(EC) evaluate output/articles5.parquet tests/data/articles5a.gold.jsonl
	$(EC) evaluate output/articles5.parquet tests/data/articles5b.gold.jsonl

clean:
	rm -rf .venv build src/eventcoder/_compiled output/*.parquet
