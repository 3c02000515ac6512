import gettext
import re
import shutil
import subprocess

import polib
import pytest
from babel import Locale
from hypothesis import given, settings
from hypothesis import strategies as st

from toolkit.formats.po import SourceMessage, TMMatch, build_catalog, load_po, render, term_comments, write_po
from toolkit.model import Entry, Rendering, Variant

FOUNDATION = Entry(id="haf", type="organization", canonical="Heydar Aliyev Foundation",
                   variants=(Variant("Heydar Aliyev Foundation", 2),),
                   renderings=(Rendering("Фонд Гейдара Алиева", "ru", "preferred"),
                               Rendering("Фонд Гейдар Алиев", "ru", "deprecated")))


def msg(text, ref="corpus/en/a.txt", line="1", ctx=""):
    return SourceMessage(text, ((ref, line),), ctx)


def cldr_category(lang, n):
    return Locale.parse(lang).plural_form(n)


@pytest.mark.parametrize("lang", ["fr", "it", "ru", "ur"])
def test_header_and_terms(lang):
    po = build_catalog([msg("The Heydar Aliyev Foundation held a concert.")], None, lang=lang, domain="news",
                       glossary=[FOUNDATION])
    assert po.metadata["Language"] == lang
    # the plural rule is CLDR's: one form index per CLDR category, the same partition of the integers
    found = re.fullmatch(r"nplurals=(\d+); plural=(.+);", po.metadata["Plural-Forms"])
    assert found, po.metadata["Plural-Forms"]
    plural = gettext.c2py(found.group(2))
    index = {}
    for n in [*range(0, 230), 1000000, 2000000, 1000001]:
        index.setdefault(cldr_category(lang, n), set()).add(plural(n))
    assert all(len(v) == 1 for v in index.values()), index
    assert int(found.group(1)) == len(index) == len({min(v) for v in index.values()})
    assert po.metadata["Content-Type"] == "text/plain; charset=UTF-8"
    assert po.metadata["X-Generator"].startswith("onomast ")
    expected = "term: Heydar Aliyev Foundation → Фонд Гейдара Алиева" if lang == "ru" else \
        "term: Heydar Aliyev Foundation"
    assert po[0].comment == expected


def test_term_comments_skip_deprecated_and_rejected():
    rejected = Entry(id="x", type="place", canonical="Baku", status="rejected")
    assert term_comments("Baku and the Heydar Aliyev Foundation", [FOUNDATION, rejected], "ru") == (
        "term: Heydar Aliyev Foundation → Фонд Гейдара Алиева",)


def test_tm_exact_and_fuzzy():
    def tm(text):
        return {"Baku is big.": TMMatch("Baku is big.", "Bakou est grande.", 100),
                "Baku is very big.": TMMatch("Baku is big.", "Bakou est grande.", 80)}.get(text)
    po = build_catalog([msg("Baku is big."), msg("Baku is very big.", line="2")], None, lang="fr",
                       domain="news", tm=tm)
    assert (po[0].msgstr, po[0].fuzzy) == ("Bakou est grande.", False)
    assert (po[1].msgstr, po[1].fuzzy, po[1].previous_msgid) == ("Bakou est grande.", True, "Baku is big.")


def test_removed_sentence_becomes_obsolete_and_returns():
    first = build_catalog([msg("One."), msg("Two.", line="2")], None, lang="it", domain="news")
    first[1].msgstr = "Due."
    first[1].tcomment = "checked by editor"
    second = build_catalog([msg("One.")], first, lang="it", domain="news")
    obsolete = [e for e in second if e.obsolete]
    assert [(e.msgid, e.msgstr) for e in obsolete] == [("Two.", "Due.")]
    third = build_catalog([msg("One."), msg("Two.", line="5")], second, lang="it", domain="news")
    back = [e for e in third if e.msgid == "Two."][0]
    assert (back.obsolete, back.msgstr, back.tcomment) == (False, "Due.", "checked by editor")


def test_msgctxt_separates_same_sentence():
    po = build_catalog([msg("He said so.", ctx="baku.txt"), msg("He said so.", ctx="rome.txt")], None,
                       lang="fr", domain="news")
    assert [e.msgctxt for e in po] == ["baku.txt", "rome.txt"]


def test_write_is_idempotent_and_keeps_date(tmp_path):
    path = tmp_path / "fr" / "LC_MESSAGES" / "news.po"
    po = build_catalog([msg("Baku.")], None, lang="fr", domain="news")
    assert write_po(path, po, "2026-01-01 00:00+0000")
    again = build_catalog([msg("Baku.")], load_po(path), lang="fr", domain="news")
    assert not write_po(path, again, "2027-01-01 00:00+0000")
    assert "2026-01-01" in path.read_text(encoding="utf-8")


def test_broken_po_is_an_input_error(shared):
    from toolkit.errors import InputError
    with pytest.raises(InputError) as err:
        load_po(shared / "formats/samples/po/invalid/polib__test_syntax_error1.po")
    assert str(err.value).endswith("polib__test_syntax_error1.po: not a valid PO file: Syntax error at line 5")
    with pytest.raises(InputError, match="at byte 227"):
        load_po(shared / "formats/samples/po/invalid/translate__f43.tgif.fr.po")


sentences = st.lists(st.text(alphabet="abcdefgh .ÉéЖжیہ", min_size=1, max_size=25).map(str.strip).filter(bool),
                     min_size=1, max_size=8, unique=True)


@settings(max_examples=80, deadline=None)
@given(sentences, st.data())
def test_no_translation_is_ever_lost(first_source, data):
    """Random corpus edits and translator edits between exports: every translation survives."""
    po = build_catalog([msg(t, line=str(i)) for i, t in enumerate(first_source)], None, lang="ru", domain="news")
    source = first_source
    for round_ in range(3):
        for e in po:
            if not e.obsolete and data.draw(st.booleans()):
                e.msgstr = f"перевод {round_} {e.msgid}"
                if data.draw(st.booleans()):
                    e.flags.append("fuzzy")
        # reload from text, as a translator's tool would leave it
        po = polib.pofile(render(po), wrapwidth=0)
        edits = data.draw(st.lists(st.sampled_from(["drop", "change", "add"]), max_size=4))
        source = list(source)
        for edit in edits:
            if edit == "drop" and source:
                source.pop(data.draw(st.integers(0, len(source) - 1)))
            elif edit == "change" and source:
                i = data.draw(st.integers(0, len(source) - 1))
                source[i] = source[i] + " x"
            else:
                source.append(data.draw(st.text(alphabet="xyz", min_size=1, max_size=5)))
        source = list(dict.fromkeys(source))
        before = {e.msgstr for e in po if e.msgstr}
        po = build_catalog([msg(t, line=str(i)) for i, t in enumerate(source)], po, lang="ru", domain="news")
        kept = {e.msgstr for e in po if e.msgstr}
        assert before <= kept


@pytest.mark.skipif(shutil.which("msgfmt") is None, reason="GNU gettext not installed")
def test_msgfmt_check_and_three_readers(tmp_path):
    from babel.messages.pofile import read_po
    from translate.storage import factory

    po = build_catalog([msg("The Heydar Aliyev Foundation held a concert."), msg('A "quote"\\ here.', line="2"),
                        msg("Same.", ctx="a.txt"), msg("Same.", ctx="b.txt")],
                       None, lang="ru", domain="news", glossary=[FOUNDATION])
    po[0].msgstr = "Фонд Гейдара Алиева провёл концерт."
    path = tmp_path / "ru.po"
    write_po(path, po, "2026-11-24 12:00+0000")
    result = subprocess.run(["msgfmt", "--check", "-o", "/dev/null", str(path)], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    with open(path, "rb") as f:
        catalog = read_po(f)
    assert catalog.get("The Heydar Aliyev Foundation held a concert.").string == "Фонд Гейдара Алиева провёл концерт."
    store = factory.getobject(str(path))
    assert [u.source for u in store.units if not u.isheader()][:2] == [
        "The Heydar Aliyev Foundation held a concert.", 'A "quote"\\ here.']
    assert polib.pofile(str(path))[0].msgstr == "Фонд Гейдара Алиева провёл концерт."


def test_reexport_keeps_the_translators_plural_rule():
    old = build_catalog([msg("Baku is big.")], None, lang="fr", domain="news")
    old.metadata["Plural-Forms"] = "nplurals=2; plural=(n > 1);"
    new = build_catalog([msg("Baku is big.")], old, lang="fr", domain="news")
    assert new.metadata["Plural-Forms"] == "nplurals=2; plural=(n > 1);"
