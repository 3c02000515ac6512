"""Transliteration engine: romanization, renderings per language, variants, Russian case forms, Urdu."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from toolkit.cli import main
from toolkit.translit import (
    az_to_en,
    cyrillic_variants,
    en_to_az,
    fold,
    is_indeclinable_ru,
    latin_variants,
    normalize_urdu,
    ru_case_forms,
    ru_gender,
    to_urdu_digits,
    transliterate,
)


@pytest.mark.parametrize(("az", "en"), [
    ("Heydər Əliyev", "Heydar Aliyev"), ("Xocalı", "Khojaly"), ("Bülbüloğlu", "Bulbuloglu"),
    ("Şuşa", "Shusha"), ("Qəbələ", "Gabala"), ("Gəncə", "Ganja"),
])
def test_az_to_en(az: str, en: str) -> None:
    assert az_to_en(az) == en


def test_en_to_az_and_fold() -> None:
    assert en_to_az("Khojaly") == "Xocalı"
    assert fold("Heydər Əliyev") == fold("HEYDAR ALIYEV") == "heydar aliyev"


@pytest.mark.parametrize(("name", "expected"), [
    ("Heydar Aliyev", "Гейдар Алиев"), ("Ilham Aliyev", "Ильхам Алиев"), ("Mehriban Aliyeva", "Мехрибан Алиева"),
    ("Leyla Aliyeva", "Лейла Алиева"), ("Khojaly", "Ходжалы"), ("Jeyhun Bayramov", "Джейхун Байрамов"),
    ("Rashad Aslanov", "Рашад Асланов"), ("Rahman Mustafayev", "Рахман Мустафаев"),
    ("Khazar Farhadov", "Хазар Фархадов"), ("Sahiba Gafarova", "Сахиба Гафарова"),
    ("Hikmet Hajiyev", "Хикмет Гаджиев"), ("Elnur Mammadov", "Эльнур Мамедов"),
    ("Leyla Abdullayeva", "Лейла Абдуллаева"), ("Nakhchivan", "Нахчиван"), ("Shusha", "Шуша"),
    ("Marco Bellini", "Марко Беллини"), ("Pierre Thilloy", "Пьер Тиллуа"), ("Polad Bülbüloğlu", "Полад Бюльбюль-оглы"),
])
def test_russian(name: str, expected: str) -> None:
    assert transliterate(name, "ru")[0] == expected


@pytest.mark.parametrize(("name", "kind", "expected"), [
    ("Süleyman Demirel", "person", "Сулейман Демирель"),     # a part Turkish and Azerbaijani spell alike
    ("Naim Süleymanoğlu", "person", "Наим Сулейманоглу"),    # Turkish -oğlu is -оглу, not the Azerbaijani -оглы
    ("Nazım Hikmet", "person", "Назым Хикмет"),
    ("Leyla Yunus", "person", "Лейла Юнус"), ("Yunis Safarov", "person", "Юнис Сафаров"),
    ("Iğdır", "place", "Ыгдыр"),                              # the capital I of a Turkish word is dotless
])
def test_russian_turkish_names(name: str, kind: str, expected: str) -> None:
    assert transliterate(name, "ru", kind=kind)[0] == expected


@pytest.mark.parametrize(("name", "expected"), [
    ("Mikayil Talibeyov", "Микаил Талибеков"),     # the y between vowels is English's; -bəyov is -беков
    ("Uzeyir Shirinbeyova", "Узеир Ширинбекова"), ("Aysel Mammadova", "Айсель Мамедова"),   # -el is soft
])
def test_russian_azerbaijani_names_no_lexicon_knows(name: str, expected: str) -> None:
    assert transliterate(name, "ru", origin="az")[0] == expected


@pytest.mark.parametrize(("name", "expected"), [
    ("Sergei Shoigu", "سرگئی شوئیگو"), ("Nikolai Gogol", "نیکولائی گوگول"),   # hamza carries й after a vowel
])
def test_urdu_russian_names(name: str, expected: str) -> None:
    assert transliterate(name, "ur", origin="ru")[0] == expected


@pytest.mark.parametrize(("name", "expected"), [
    ("Sergei Sobyanin", "Сергей Собянин"), ("Dmitry Kudryavtsev", "Дмитрий Кудрявцев"),   # я after a consonant
    ("Vladimir Ulyanov", "Владимир Ульянов"), ("Tatyana Golikova", "Татьяна Голикова"),   # but ья after л, т
    ("Darya Dontsova", "Дарья Донцова"), ("Vasily Solovyov", "Василий Соловьёв"),        # and at the end; -ьёв
])
def test_russian_soft_sign_before_ya(name: str, expected: str) -> None:
    assert transliterate(name, "ru", origin="ru")[0] == expected


def test_russian_from_azerbaijani_latin() -> None:
    assert transliterate("Heydər Əliyev", "ru", source="az")[0] == "Гейдар Алиев"


@pytest.mark.parametrize(("name", "expected"), [
    ("Heydar Aliyev", "حیدر علییف"), ("Ilham Aliyev", "الہام علییف"), ("Leyla Aliyeva", "لیلیٰ علییوا"),
    ("Khojaly", "خوجالی"), ("Islamabad", "اسلام آباد"), ("Rashad Aslanov", "رشاد آسلانوف"),
    ("Muhammad Iqbal", "محمد اقبال"), ("Mustafayev", "مصطفائیف"),
])
def test_urdu(name: str, expected: str) -> None:
    assert transliterate(name, "ur")[0] == expected


def test_italian_writes_azerbaijani_latin_and_keeps_the_press_spelling_as_second() -> None:
    assert transliterate("Ilham Aliyev", "it") == ["İlham Əliyev", "Ilham Aliyev"]
    assert "Djeyhun Bayramov" in transliterate("Jeyhun Bayramov", "fr")


@pytest.mark.parametrize(("name", "expected"), [
    ("Ali Babacan", "Ali Babacan"),                 # Ali is shared; Babacan says nothing Azerbaijani
    ("Saadat Hasan Manto", "Saadat Hasan Manto"),
    ("Nizami Ganjavi", "Nizami Ganjavi"),
    ("Shota Rustaveli", "Shota Rustaveli"),         # the Georgian -eli is no Azerbaijani -li
    ("Novruz Mammadov", "Novruz Məmmədov"),
    ("Abulfaz Elchibey", "Əbülfəz Elçibəy"),
    ("Rashid Behbudov", "Rəşid Behbudov"),
])
def test_italian_writes_azerbaijani_latin_only_for_an_azerbaijani_surname(name: str, expected: str) -> None:
    assert transliterate(name, "it")[0] == expected


def test_unknown_language_is_refused() -> None:
    with pytest.raises(ValueError):
        transliterate("Baku", "de")


def test_latin_variants() -> None:
    variants = latin_variants("Khojaly")
    assert {"Khojaly", "Khojali", "Xocalı", "Hojaly", "Khodjaly", "Khodzhaly"} <= variants
    assert len(variants) <= 70
    assert {"Heydar Aliev", "Heydar Aliyev", "Haydar Aliyev"} <= latin_variants("Heydar Aliyev")


def test_cyrillic_variants() -> None:
    assert {"Гейдар Алиев", "Хейдар Алиев", "Гэйдар Алиев"} <= cyrillic_variants("Гейдар Алиев")


@pytest.mark.parametrize(("phrase", "forms"), [
    ("Фонд Гейдара Алиева", {"Фонда Гейдара Алиева", "Фонду Гейдара Алиева", "Фондом Гейдара Алиева"}),
    ("Гейдар Алиев", {"Гейдара Алиева", "Гейдару Алиеву", "Гейдаром Алиевым", "Гейдаре Алиеве"}),
    ("Лейла Алиева", {"Лейлы Алиевой", "Лейле Алиевой", "Лейлу Алиеву"}),
    ("Мехрибан Алиева", {"Мехрибан Алиевой"}),
    ("Милли Меджлис", {"Милли Меджлиса", "Милли Меджлисом"}),
    ("Посольство Азербайджана", {"Посольства Азербайджана", "Посольстве Азербайджана"}),
    ("Москва", {"Москвы", "Москве", "Москвой"}),
    ("Нагорный Карабах", {"Нагорного Карабаха", "Нагорном Карабахе"}),
])
def test_russian_case_forms(phrase: str, forms: set[str]) -> None:
    assert forms <= ru_case_forms(phrase)


@pytest.mark.parametrize("name", ["Ходжалы", "Баку", "Тбилиси", "ЮНЕСКО"])
def test_indeclinable(name: str) -> None:
    assert ru_case_forms(name) == {name}


def test_gender_and_indeclinable_detection() -> None:
    assert ru_gender("Лейла Алиева") == "femn" and ru_gender("Рашад Асланов") == "masc"
    assert is_indeclinable_ru("Ходжалы") and not is_indeclinable_ru("Москва")


def test_urdu_normalisation_and_digits() -> None:
    assert normalize_urdu("حيدر علييف") == normalize_urdu("حیدر علییف")
    assert normalize_urdu("كتاب") == "کتاب"
    assert normalize_urdu("خوجَالی") == "خوجالی"
    assert normalize_urdu("اسلام\u200cآباد") == "اسلامآباد"
    assert to_urdu_digits("613 / 1992") == "۶۱۳ / ۱۹۹۲"


def test_cli_json_contract() -> None:
    out = CliRunner().invoke(main, ["translit", "Heydər Əliyev", "--from", "az", "--to", "ru,ur", "--variants",
                                    "--format", "json"])
    assert out.exit_code == 0, out.output
    data = json.loads(out.output)
    assert data["ru"][0] == "Гейдар Алиев" and data["ur"][0] == "حیدر علییف"
    assert "Heydar Aliyev" in data["variants"] and "Гейдар Алиев" in data["variants"]


def test_cli_kind_gives_places_and_organizations_what_glossary_fill_proposes() -> None:
    out = CliRunner().invoke(main, ["translit", "Sochi", "Moscow", "--kind", "place", "--to", "fr,ru",
                                    "--format", "json"])
    assert out.exit_code == 0, out.output
    sochi, moscow = json.loads(out.output)
    assert sochi["fr"][0] == "Sotchi" and sochi["ru"] == ["Сочи"]  # a Russian place, by the gazetteer
    assert moscow == {"fr": ["Moscou"], "ru": ["Москва"]}  # CLDR
    as_person = json.loads(CliRunner().invoke(main, ["translit", "Sochi", "--to", "fr", "--format", "json"]).output)
    assert as_person["fr"] == ["Sochi"]
    out = CliRunner().invoke(main, ["translit", "Gazprom", "Reuters", "--kind", "organization", "--to", "fr,ru",
                                    "--format", "json"])
    gazprom, reuters = json.loads(out.output)
    assert gazprom == {"fr": ["Gazprom"], "ru": ["Газпром"]} and reuters == {"fr": ["Reuters"], "ru": []}


def test_cli_refuses_unknown_language() -> None:
    out = CliRunner().invoke(main, ["translit", "Baku", "--to", "de"])
    assert out.exit_code == 2 and out.output.startswith("error: ")


@pytest.mark.parametrize(("name", "expected"), [
    ("Ayesha Siddiqui", "عائشہ صدیقی"), ("Ahsan Iqbal", "احسن اقبال"),   # Ahsan is not Ehsan (احسان)
    ("Zahir Shah", "ظاہر شاہ"), ("Zaheer Abbas", "ظہیر عباس"),
])
def test_urdu_common_pakistani_names_have_their_written_form(name: str, expected: str) -> None:
    assert transliterate(name, "ur", origin="pk")[0] == expected
