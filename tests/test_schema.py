from eventcoder import codebook, schema


def test_arrow_schema_matches_declaration():
    s = schema.arrow_schema()
    assert s.names == schema.column_names()
    required = {"event_id", "article_id", "sentence_index", "event_date", "date_precision", "source_actor",
                "source_country", "source_text", "target_actor", "target_country", "target_text", "cameo_code",
                "cameo_root", "event_type", "sub_event_type", "quad_class", "goldstein", "mentions", "sentence",
                "event_text", "rule_id", "source_path", "url", "publisher", "published_date", "coder_version"}
    assert required <= set(s.names)
    assert str(s.field("event_date").type) == "date32[day]"


def test_codebook_facts():
    c = codebook.lookup("057")
    assert c.root == "05" and c.goldstein == 8.0 and c.quad_class == 1
    assert codebook.lookup("190").quad_class == 4
    assert codebook.root_name("05") == "Engage in diplomatic cooperation"
    assert codebook.get("999") is None
    assert len([k for k in codebook.codes() if len(k) == 2]) == 20


def test_codebook_file_is_generated_from_facts(tmp_path):
    """scripts/build_codebook.py regenerates schema/cameo_codes.tsv byte for byte (when the facts are here)."""
    import subprocess, sys
    from pathlib import Path
    root = Path(__file__).resolve().parents[1]
    ref = root.parent / "shared" / "reference" / "cameo_event_codebook_merged.csv"
    if not ref.exists():
        import pytest
        pytest.skip("../shared/reference not present")
    before = (root / "schema" / "cameo_codes.tsv").read_bytes()
    subprocess.run([sys.executable, str(root / "scripts" / "build_codebook.py"), str(ref)], check=True,
                   capture_output=True)
    assert (root / "schema" / "cameo_codes.tsv").read_bytes() == before
