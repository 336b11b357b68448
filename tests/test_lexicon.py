"""Knowledge tables load validated, name their rows, and users can extend them."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

import pytest

from wirecoder.errors import LexiconError
from wirecoder.lexicon import load_table, name_index, name_key
from wirecoder.lexicon.classes import word_classes


@pytest.mark.parametrize(
    ("surface", "key"),
    [
        ("the U.S.", "us"),
        ("US", "us"),
        ("Washington's", "washington"),
        ("The United  Nations", "united nations"),
        ("U.N.", "un"),
    ],
)
def test_name_key_ignores_articles_dots_case_and_possessives(surface: str, key: str) -> None:
    assert name_key(surface) == key


def test_packaged_tables_validate_and_resolve_common_names() -> None:
    index = name_index()
    assert index[name_key("U.S.")].country == "USA"
    assert index[name_key("America")].canonical == "United States"
    assert index[name_key("Burma")].country == "MMR"
    assert index[name_key("Pakistani")].type == "NORP"
    assert index[name_key("State Department")].canonical == "US Department of State"
    assert index[name_key("UN")].ref == "organizations.v1:United Nations"
    assert load_table("countries").version == 2


def test_user_tables_add_and_override_rows(tmp_path) -> None:
    (tmp_path / "organizations.tsv").write_text(
        "name\taliases\tcountry\tsector\n"
        "Wirecoder Relief\tWR\tKEN\tNGO\n"
        "Taliban\t\tAFG\tREB\n"
    )
    table = load_table("organizations", (str(tmp_path),))
    rows = {row["name"]: row for row in table}
    assert rows["Wirecoder Relief"].ref == "organizations.user:Wirecoder Relief"
    assert rows["Taliban"]["sector"] == "REB"
    assert name_index((str(tmp_path),))["wr"].country == "KEN"


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("name\taliases\tcountry\n", "lacks column"),
        ("name\taliases\tcountry\tsector\nX\t\tXX\tGOV\n", "not an ISO 3166-1"),
        ("name\taliases\tcountry\tsector\nX\t\tKEN\tBOSS\n", "sector 'BOSS'"),
        ("name\taliases\tcountry\tsector\nX\ta\tKEN\tGOV\textra\n", "5 cells for 4 columns"),
        ("# only a comment\n", "no header row"),
        (
            "name\taliases\tcountry\tsector\tearlier\nX\t\tKEN\tGOV\tREB-2001\n",
            "should read SECTOR<YYYY-MM-DD",
        ),
        (
            "name\taliases\tcountry\tsector\tearlier\nX\t\tKEN\tGOV\tREB<2001-01-01|GOV<1999-01-01\n",
            "oldest first",
        ),
        ("name\taliases\tcountry\tsector\tearlier\nX\t\tKEN\t\tREB<2001-01-01\n", "a present one"),
    ],
)
def test_broken_user_tables_say_where_and_what(tmp_path, content: str, message: str) -> None:
    (tmp_path / "organizations.tsv").write_text(content)
    with pytest.raises(LexiconError, match=message) as info:
        load_table("organizations", (str(tmp_path),))
    assert "organizations.tsv" in str(info.value)


def test_a_lowercase_word_is_never_an_acronym_name() -> None:
    index = name_index()
    assert index[name_key("CAR")].country == "CAF"
    assert index[name_key("U.S.")].country == "USA"
    assert name_key("car") not in index and name_key("us") not in index
    assert name_key("Kenya") == name_key("KENYA") == name_key("the Kenya")


def test_word_classes_load_by_class_and_name_their_rows(tmp_path) -> None:
    packaged = word_classes()
    assert "follow" in packaged["roles.watching"] and "as soon as" in packaged["times.earliest"]
    assert packaged.ref("roles.undergo", "face") == "word_classes.v1:undergo"
    (tmp_path / "word_classes.tsv").write_text(
        "id\tclass\twords\nmy.watching\troles.watching\tscrutinise\nundergo\troles.undergo\t\n"
    )
    user = word_classes((str(tmp_path),))
    assert {"scrutinise", "follow"} <= user["roles.watching"]
    assert user.ref("roles.watching", "scrutinise") == "word_classes.user:my.watching"
    assert user["roles.undergo"] == frozenset()  # the packaged row replaced by an empty one


@pytest.mark.parametrize(
    ("row", "message"),
    [
        ("x\troles.watchers\tsee", "class 'roles.watchers' is not one of"),
        ("x\troles.watching\tSee", "should be lower case"),
    ],
)
def test_a_bad_word_class_row_is_refused_with_where_and_why(tmp_path, row, message) -> None:
    (tmp_path / "word_classes.tsv").write_text(f"id\tclass\twords\n{row}\n")
    with pytest.raises(LexiconError, match=message) as info:
        word_classes((str(tmp_path),))
    assert "word_classes.tsv:2" in str(info.value)


def test_asking_for_an_unknown_word_class_is_an_error() -> None:
    with pytest.raises(LexiconError, match="unknown word class"):
        word_classes()["roles.nothing"]


def test_every_packaged_table_is_documented() -> None:
    docs = Path(__file__).resolve().parents[1] / "docs"
    text = (docs / "lexicons.md").read_text("utf-8") + (docs / "events.md").read_text("utf-8")
    data = resources.files("wirecoder.lexicon").joinpath("data")
    tables = sorted(p.name for p in data.iterdir() if p.name.endswith(".tsv"))
    assert tables, "no packaged tables found"
    assert [t for t in tables if f"`{t}`" not in text] == []


def test_two_rows_with_one_key_in_a_file_are_refused(tmp_path) -> None:
    (tmp_path / "organizations.tsv").write_text(
        "name\taliases\tcountry\tsector\nTaliban\t\tAFG\tREB\nTaliban\t\tAFG\tGOV\n"
    )
    with pytest.raises(LexiconError, match="two rows are named 'Taliban'"):
        load_table("organizations", (str(tmp_path),))


def test_a_modality_cue_is_unique_within_its_kind() -> None:
    from wirecoder.coding.knowledge import event_lexicon

    lexicon = event_lexicon()
    assert lexicon.cue("neg", "no").ref == "modality.v1:neg:no"
    assert lexicon.cue("noun_mod", "no").ref == "modality.v1:noun_mod:no"
    assert lexicon.cue("governor", "plan") and lexicon.cue("noun_governor", "plan")
