"""`onomast check` on translations we wrote: planted errors of every kind in fr, it, ru, ur are found
with the right check id; the correct translations (inflected forms, elisions, Urdu code-point
variants, locale number formats) give no finding at all."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from toolkit.check import CheckUnit, run_checks, settings_from_config
from toolkit.check.inputs import check_units, load_termbase
from toolkit.check.matching import find_form, fold, words
from toolkit.check.numbers import missing_numbers
from toolkit.cli import main

DATA = Path(__file__).parent / "data" / "check"
GLOSSARY = DATA / "glossary.yaml"
LANGS = ["fr", "it", "ru", "ur"]


def findings_for(*files: Path, lang: str = "") -> list:
    units = list(check_units([str(f) for f in files], "en", lang))
    return run_checks(units, load_termbase(GLOSSARY))


@pytest.mark.parametrize("lang", LANGS)
def test_correct_translation_has_no_finding(lang: str) -> None:
    found = findings_for(DATA / lang / "correct.po")
    assert found == [], "\n".join(f"{f.check}: {f.message} | {f.target}" for f in found)


@pytest.mark.parametrize("lang", LANGS)
def test_every_planted_error_is_found(lang: str) -> None:
    expected = [e for e in yaml.safe_load((DATA / "expected.yaml").read_text(encoding="utf-8"))
                if e["file"].startswith(f"{lang}/")]
    found = findings_for(DATA / lang / "errors.po", DATA / lang / "errors-b.po")
    got = {(Path(f.file).relative_to(DATA).as_posix(), f.source, f.check) for f in found}
    missing = [e for e in expected if (e["file"], e["source"], e["check"]) not in got]
    assert not missing, f"not found: {missing}\nfound: {sorted(got)}"


@pytest.mark.parametrize("lang", LANGS)
def test_no_false_alarm_in_the_error_files(lang: str) -> None:
    """Every error-severity finding in the error files is one we planted."""
    expected = {(e["file"], e["source"], e["check"])
                for e in yaml.safe_load((DATA / "expected.yaml").read_text(encoding="utf-8"))}
    found = findings_for(DATA / lang / "errors.po", DATA / lang / "errors-b.po")
    extra = [(f.check, f.source, f.target) for f in found
             if (Path(f.file).relative_to(DATA).as_posix(), f.source, f.check) not in expected
             and f.check not in ("segment-inconsistent", "term-inconsistent")]
    assert not extra


def test_planted_errors_cover_every_check() -> None:
    expected = yaml.safe_load((DATA / "expected.yaml").read_text(encoding="utf-8"))
    from toolkit.check import CHECKS

    for lang in LANGS:
        assert {e["check"] for e in expected if e["file"].startswith(lang)} == set(CHECKS), lang


@pytest.mark.parametrize(("lang", "text", "form"), [
    ("ru", "Делегация поблагодарила Фонду Гейдара Алиева.", "Фонд Гейдара Алиева"),
    ("ru", "Вечер организован Фондом Гейдара Алиева.", "Фонд Гейдара Алиева"),
    ("ru", "Речь Лейлы Алиевой.", "Лейла Алиева"),
    ("ru", "В Азербайджане и в Ходжалы.", "Азербайджан"),
    ("fr", "Le soutien à l'UNESCO.", "UNESCO"),
    ("fr", "Le peuple d’Azerbaïdjan.", "Azerbaïdjan"),
    ("it", "Il popolo dell'Azerbaigian.", "Azerbaigian"),
    ("ur", "اسلام\u200cآباد میں", "اسلام آباد"),
    ("ur", "حيدر علييف نے", "حیدر علییف"),
    ("ur", "يونيسكو", "یونیسکو"),
])
def test_inflected_elided_and_normalised_forms_are_found(lang: str, text: str, form: str) -> None:
    assert find_form(words(text, lang), form, lang)


@pytest.mark.parametrize(("lang", "text", "form"), [
    ("ru", "Гейдар Алиеф", "Гейдар Алиев"),       # a misspelling is not a case ending
    ("ru", "Фондовый рынок", "Фонд"),              # a longer word is not a form of a name
    ("fr", "Les Azerbaïdjanais", "Azerbaïdjan"),
])
def test_near_misses_are_not_accepted(lang: str, text: str, form: str) -> None:
    assert not find_form(words(text, lang), form, lang)


@pytest.mark.parametrize(("source", "target", "missing"), [
    ("700,000 people", "700 000 personnes", []),
    ("700,000 people", "700\u202f000 personnes", []),
    ("700,000 people", "700.000 persone", []),
    ("700,000 people", "۷۰۰٬۰۰۰ افراد", []),
    ("3.5 per cent", "3,5 %", []),
    ("In 1992, 613 died", "En 1992, 631 morts", ["613"]),
    ("1,275 hostages", "1 257 otages", ["1,275"]),
    ("on 26 February 1992", "le 26 février", ["1992"]),
])
def test_number_mismatch(source: str, target: str, missing: list[str]) -> None:
    assert missing_numbers(source, target) == missing


def test_fold_unifies_urdu_code_points() -> None:
    assert fold("حيدر علييف", "ur") == fold("حیدر علییف", "ur")
    assert fold("كتاب", "ur") == fold("کتاب", "ur")


def test_config_can_switch_checks_off_and_regrade() -> None:
    chosen = settings_from_config({"source-variant": "off", "untranslated": "error",
                                   "number-mismatch": {"severity": "warning"}})
    assert chosen["source-variant"] is None and chosen["untranslated"] == "error"
    assert chosen["number-mismatch"] == "warning"
    unit = CheckUnit("f.po", 3, "In 1992 it began.", "", "fr")
    assert [f.severity for f in run_checks([unit], [], chosen)] == ["error"]


def test_cli_json_exit_codes_and_lines() -> None:
    runner = CliRunner()
    ok = runner.invoke(main, ["check", str(DATA / "fr" / "correct.po"), "--glossary", str(GLOSSARY),
                              "--format", "json"])
    assert ok.exit_code == 0, ok.output
    assert json.loads(ok.output)["findings"] == []
    bad = runner.invoke(main, ["check", str(DATA / "ru" / "errors.po"), "--glossary", str(GLOSSARY),
                               "--format", "json"])
    assert bad.exit_code == 1
    report = json.loads(bad.output)
    lines = (DATA / "ru" / "errors.po").read_text(encoding="utf-8").splitlines()
    for f in report["findings"]:
        assert set(f) >= {"file", "line", "check", "severity", "message", "source", "target", "term_id", "lang"}
        assert f["lang"] == "ru"
        # the line is inside the unit: between its reference comment and its msgstr
        block = "\n".join(lines[f["line"] - 2:f["line"] + 3])
        assert f["source"] in block or f["source"][:40] in block
    assert report["summary"]["by_check"]["term-missing"] >= 1


def test_cli_sarif() -> None:
    out = CliRunner().invoke(main, ["check", str(DATA / "it" / "errors.po"), "--glossary", str(GLOSSARY),
                                    "--format", "sarif", "--fail-on", "never"])
    assert out.exit_code == 0
    sarif = json.loads(out.output)
    assert sarif["version"] == "2.1.0"
    results = sarif["runs"][0]["results"]
    assert results and all(r["locations"][0]["physicalLocation"]["region"]["startLine"] >= 1 for r in results)
    assert {r["ruleId"] for r in results} <= {r["id"] for r in sarif["runs"][0]["tool"]["driver"]["rules"]}


def test_cli_glossary_from_a_tsv_termbase(tmp_path) -> None:
    tsv = tmp_path / "client.txt"
    tsv.write_text("# client termbase\nHeydar Aliyev Foundation\tФонд Гейдара Алиева\t\n", encoding="utf-8")
    out = CliRunner().invoke(main, ["check", str(DATA / "ru" / "errors.po"), "--glossary", str(tsv),
                                    "--lang", "ru", "--format", "json", "--check", "term-missing"])
    report = json.loads(out.output)
    assert [f["source"] for f in report["findings"]] == ["The Heydar Aliyev Foundation organised the commemoration "
                                                         "in 2024."]


def test_cli_bad_input_is_one_line_exit_2(tmp_path) -> None:
    bad = tmp_path / "bad.po"
    bad.write_text('msgid "a"\nmsgstr "b\n', encoding="utf-8")
    out = CliRunner().invoke(main, ["check", str(bad), "--glossary", str(GLOSSARY)])
    assert out.exit_code == 2
    assert out.output.startswith("error: ") and str(bad) in out.output and len(out.output.strip().splitlines()) == 1


def _entry(id_, type_, canonical, variants, renderings):
    from toolkit.model import Entry, Rendering, Variant

    return Entry(id=id_, type=type_, canonical=canonical, variants=tuple(Variant(v, 1) for v in variants),
                 renderings=tuple(Rendering(t, lang, status, "curated", "approved") for lang, t, status in renderings))


OIC = _entry("oic", "organization", "Organisation of Islamic Cooperation",
             ["Organisation of Islamic Cooperation", "O.I.C."],
             [("fr", "Organisation de la coopération islamique", "preferred"), ("fr", "OCI", "admitted")])
KHOJALY = _entry("khojaly", "place", "Khojaly", ["Khojaly", "Xocalı"],
                 [("fr", "Khodjaly", "preferred"), ("fr", "Xocalı", "deprecated"), ("ur", "خوجالی", "preferred")])


def unit(source, target, lang="fr", line=1):
    return CheckUnit(file="t.po", line=line, source=source, target=target, lang=lang)


def test_abbreviation_in_the_source_licenses_one_in_the_target() -> None:
    full = [unit(f"The Organisation of Islamic Cooperation met {n}.",
                 f"L'Organisation de la coopération islamique s'est réunie {n}.", line=n) for n in (1, 2)]
    short = unit("The O.I.C. met 3.", "L'OCI s'est réunie 3.", line=3)
    assert run_checks([*full, short], [OIC]) == []
    # the full name in the source, the abbreviation in the target: that is an inconsistency
    odd = unit("The Organisation of Islamic Cooperation met 4.", "L'OCI s'est réunie 4.", line=4)
    assert [f.check for f in run_checks([*full, odd], [OIC])] == ["term-inconsistent"]


def test_a_name_cited_in_its_own_orthography_may_be_cited_as_written() -> None:
    cited = unit("The town, known in Azerbaijani as Xocalı, is rebuilt.",
                 "La ville, appelée Xocalı en azerbaïdjanais, est reconstruite.")
    assert [f.check for f in run_checks([cited], [KHOJALY])] == ["source-variant"]  # a note for the English
    dropped = unit("The town, known in Azerbaijani as Xocalı, is rebuilt.", "La ville est reconstruite.")
    assert "term-missing" in [f.check for f in run_checks([dropped], [KHOJALY])]
    # the English name rendered with the Azerbaijani spelling is still deprecated
    wrong = unit("Khojaly is rebuilt.", "Xocalı est reconstruite.")
    assert "term-deprecated" in [f.check for f in run_checks([wrong], [KHOJALY])]


def test_urdu_oblique_and_russian_fleeting_vowel() -> None:
    tragedy = _entry("t", "event", "Khojaly tragedy", ["Khojaly tragedy"], [("ur", "خوجالی المیہ", "preferred")])
    assert run_checks([unit("The Khojaly tragedy was remembered.", "خوجالی المیے کی برسی منائی گئی۔", "ur")],
                      [tragedy]) == []
    azeri = _entry("az", "demonym", "Azerbaijani", ["Azerbaijani"],
                   [("ru", "азербайджанский", "preferred"), ("ru", "азербайджанец", "admitted")])
    units = [unit("It lives in every Azerbaijani.", "Он живёт в каждом азербайджанце.", "ru", 1),
             unit("An Azerbaijani poet spoke.", "Выступил азербайджанский поэт.", "ru", 2),
             unit("The Azerbaijani flag flew.", "Развевался азербайджанский флаг.", "ru", 3)]
    assert run_checks(units, [azeri]) == []  # a demonym is a noun or an adjective: not inconsistent


@pytest.mark.parametrize("lang, place, rendering, target, other", [
    ("fr", "Pakistan", "Pakistan", "Le peuple pakistanais est à leurs côtés.", "Le peuple afghan est à leurs côtés."),
    ("fr", "Moscow", "Moscou", "Des étudiants d'universités moscovites ont lu.", "Des étudiants des mosquées ont lu."),
    ("fr", "Paris", "Paris", "Les musées parisiens étaient ouverts.", "Les musées paroissiaux étaient ouverts."),
    ("it", "Rome", "Roma", "I musei romani erano aperti.", "I romanzi erano aperti."),
    ("it", "Pakistan", "Pakistan", "Il popolo pakistano è con loro.", "Il popolo afghano è con loro."),
    ("ru", "Moscow", "Москва", "Студенты московских вузов читали.", "Студенты местных вузов читали."),
    ("ru", "Pakistan", "Пакистан", "Пакистанский народ с ними.", "Афганский народ с ними."),
    ("ur", "Pakistan", "پاکستان", "پاکستانی عوام ان کے ساتھ ہیں۔", "افغانی عوام ان کے ساتھ ہیں۔"),
])
def test_a_place_named_by_its_adjective_is_not_missing(lang: str, place: str, rendering: str, target: str,
                                                       other: str) -> None:
    entry = _entry("p", "place", place, [place], [(lang, rendering, "preferred")])
    source = f"They spoke of {place} and its people."
    assert run_checks([unit(source, target, lang)], [entry]) == []
    # another place's adjective, or a word that only starts like it, is not the place
    assert [f.check for f in run_checks([unit(source, other, lang)], [entry])] == ["term-missing"]


def test_a_demonym_as_a_russian_adverb_is_not_missing() -> None:
    azeri = _entry("az", "demonym", "Azerbaijani", ["Azerbaijani"], [("ru", "азербайджанский", "preferred")])
    said = unit("The town, known in Azerbaijani as Xocalı, is rebuilt.",
                "Город, который по-азербайджански называется Xocalı, восстановлен.", "ru")
    assert run_checks([said], [azeri]) == []
    assert [f.check for f in run_checks([said._replace(target="Город восстановлен.")], [azeri])] == ["term-missing"]


# the definition `_plain_value` reads character by character: a plain number, or 1–3 digits and groups
# of three after one "," or "." throughout, or after any of the grouping spaces
_PLAIN_DEFINITION = __import__("re").compile(
    r"(\d+)|(\d{1,3}(?:,\d{3})+)|(\d{1,3}(?:\.\d{3})+)|(\d{1,3}(?:[ \u00a0\u202f\u2009]\d{3})+)")


def _plain_by_definition(written: str) -> int | None:
    m = _PLAIN_DEFINITION.fullmatch(written)
    return None if m is None else int("".join(c for c in written if c.isdecimal()))


@pytest.mark.parametrize("written", ["1", "12", "123", "1234", "1,234", "1.234.567", "12 345", "12\u00a0345\u202f678",
                                     "1,234.567", "1,23", "1234,567", ",123", "123,", "1\u2009000", "١٢٣٬٤٥٦",
                                     "۷۰۰\u00a0۰۰۰", "1,234,56", "12'345", "1 2 3"])
def test_plain_value_is_the_definition(written: str) -> None:
    from toolkit.check.numbers import _plain_value

    assert _plain_value(written) == _plain_by_definition(written)


def test_plain_value_is_the_definition_on_any_digits_and_separators() -> None:
    from hypothesis import given, settings
    from hypothesis import strategies as st

    from toolkit.check.numbers import _plain_value

    @settings(max_examples=3000, deadline=None)
    @given(st.text(alphabet="0123456789۰۵٣,. \u00a0\u202f\u2009'x", max_size=14))
    def same(written: str) -> None:
        assert _plain_value(written) == _plain_by_definition(written)

    same()
