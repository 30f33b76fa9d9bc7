"""Event classes: PentaClass, QuadClass and the CAMEO -> PLOVER correspondence."""
import pytest

from eventcoder import classes, codebook
from eventcoder.errors import SchemaError

PLOVER_16 = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
             "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}


def test_every_cameo_code_has_a_plover_row():
    table = classes.correspondence()
    assert set(table) == set(codebook.codes())
    types = {p.type for p in table.values()}
    assert types - {""} == PLOVER_16 == set(classes.PLOVER_TYPES)
    dropped = sorted(c for c, p in table.items() if not p.type)
    assert dropped and all(c.startswith("01") for c in dropped)        # only comments are not coded
    for c, p in table.items():
        assert not p.mode or p.mode in classes.PLOVER_TYPES[p.type][1], c


@pytest.mark.parametrize("code,type_,mode", [
    ("042", "CONSULT", "visit"), ("041", "CONSULT", "phone"), ("057", "SUPPORT", None), ("0841", "RETREAT", "release"),
    ("081", "CONCEDE", None), ("090", "ACCUSE", "investigate"), ("112", "ACCUSE", "disapprove"),
    ("1041", "REQUEST", "change"), ("023", "REQUEST", "assist"), ("116", "SANCTION", "convict"),
    ("141", "PROTEST", "demo"), ("145", "PROTEST", "riot"), ("173", "COERCE", "arrest"),
    ("193", "ASSAULT", "firearms"), ("20", "ASSAULT", None), ("1712", "ASSAULT", "destroy"), ("010", None, None)])
def test_plover_examples(code, type_, mode):
    assert classes.plover_type(code) == type_ and classes.plover_mode(code) == mode


def test_plover_quads():
    assert classes.plover_quad("CONSULT") == 1 and classes.plover_quad("AID") == 2
    assert classes.plover_quad("THREATEN") == 3 and classes.plover_quad("ASSAULT") == 4
    assert classes.plover_quad(None) is None


def test_penta_and_quad_classes():
    assert [classes.penta_class(c) for c in ("01", "02", "03", "06", "09", "16", "14", "18")] == [0, 0, 1, 2, 3, 3, 4, 4]
    assert [classes.quad_class(c) for c in ("05", "06", "10", "15")] == [1, 2, 3, 4]
    assert classes.goldstein("190") == -10.0
    with pytest.raises(SchemaError):
        classes.plover("999")
