import unicodedata
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from toolkit.errors import InputError
from toolkit.glossary.store import Glossary, check_glossary, dump_entries, load_glossary, save_glossary
from toolkit.model import Entry, Rendering, Variant

FOUNDATION = Entry(
    id="heydar-aliyev-foundation", type="organization", canonical="Heydar Aliyev Foundation",
    variants=(Variant("Heydar Aliyev Foundation", 7, ("baku.txt", "paris.txt")),
              Variant("Foundation of Heydar Aliyev", 1, ("baku.txt",))),
    renderings=(Rendering("Fondation Heydar Aliyev", "fr", "preferred", "lexicon", "proposed"),
                Rendering("Фонд Гейдара Алиева", "ru", "preferred", "lexicon", "approved", "ru.wikipedia"),
                Rendering("حیدر علیوف فاؤنڈیشن", "ur", "preferred", "rule", "proposed")),
    note="Founded 2004.",
)


def test_dump_load_dump_is_byte_identical(tmp_path):
    save_glossary(Glossary(entries=(FOUNDATION,)), tmp_path)
    first = (tmp_path / "organization.yaml").read_bytes()
    g = load_glossary(tmp_path)
    assert g.entries == (FOUNDATION,)
    assert save_glossary(g, tmp_path) == []
    assert (tmp_path / "organization.yaml").read_bytes() == first
    assert "Фонд Гейдара Алиева" in first.decode("utf-8")


def test_entries_stay_in_their_file(tmp_path):
    (tmp_path / "mine.yaml").write_text(dump_entries([FOUNDATION]), encoding="utf-8")
    g = load_glossary(tmp_path)
    assert g.files[FOUNDATION.id] == "mine.yaml"
    new = Entry(id="baku", type="place", canonical="Baku")
    changed = save_glossary(Glossary(entries=g.entries + (new,), files=g.files), tmp_path)
    assert changed == [str(tmp_path / "place.yaml")]
    assert load_glossary(tmp_path).files == {"baku": "place.yaml", FOUNDATION.id: "mine.yaml"}


BAD = """\
- id: baku
  type: place
  canonical: Baku
  colour: blue
- id: baku
  type: place
  canonical: Baku city
- id: Bad_Id
  type: planet
  canonical: Mars
  renderings:
    fr_FR:
      - text: Mars
- id: paris
  type: place
  canonical: Paris
  variants: [Baku]
"""


def test_validate_reports_every_problem_with_its_line(tmp_path):
    (tmp_path / "g.yaml").write_text(BAD, encoding="utf-8")
    _, problems = check_glossary(tmp_path)
    found = {(p.line, p.message.split(" (")[0].split(";")[0]) for p in problems}
    assert (4, "unknown field 'colour' in an entry") in found
    assert (5, "duplicate id 'baku'") in found
    assert (8, "id 'Bad_Id' must be a lowercase slug") in found
    assert (9, "'type' is 'planet'") in found
    assert (12, "bad language tag 'fr_FR'") in found
    assert any(line == 14 and "variant 'Baku' is claimed by 'paris' and by 'baku'" in msg for line, msg in found)
    assert all(p.file == str(tmp_path / "g.yaml") for p in problems)


def test_bad_yaml_and_load_error(tmp_path):
    (tmp_path / "g.yaml").write_text("- id: a\n  type: [place\n", encoding="utf-8")
    with pytest.raises(InputError) as err:
        load_glossary(tmp_path)
    assert "invalid YAML" in str(err.value) and "line 3" in str(err.value)


def test_unsafe_yaml_tag_is_refused(tmp_path):
    (tmp_path / "g.yaml").write_text("- id: !!python/object/apply:os.system ['true']\n", encoding="utf-8")
    _, problems = check_glossary(tmp_path)
    assert problems


names = st.text(st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")), min_size=1, max_size=20).filter(
    lambda s: s.strip() == s and s)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(names, st.sampled_from(["person", "place", "organization"]), names,
                          st.integers(0, 99)), min_size=1, max_size=6,
                unique_by=lambda t: unicodedata.normalize("NFC", t[2])))
def test_round_trip_property(tmp_path_factory, rows):
    entries = tuple(
        Entry(id=f"e-{i}", type=t, canonical=unicodedata.normalize("NFC", c),
              variants=(Variant(unicodedata.normalize("NFC", c), n, ("d.txt",)),),
              renderings=(Rendering(unicodedata.normalize("NFC", name), "ru", "preferred", "rule", "proposed"),))
        for i, (name, t, c, n) in enumerate(rows)
    )
    d = tmp_path_factory.mktemp("g")
    save_glossary(Glossary(entries=entries), d)
    loaded = load_glossary(d)
    assert {e.id: e for e in loaded.entries} == {e.id: e for e in entries}
    assert save_glossary(loaded, d) == []


def test_empty_folder_is_an_empty_glossary(tmp_path):
    assert load_glossary(tmp_path / "nothing").entries == ()
    assert Path(tmp_path).exists()
