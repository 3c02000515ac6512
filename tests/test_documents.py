import codecs
import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from toolkit.documents import decode, find_files, normalize_text, read_document, read_documents
from toolkit.errors import InputError


def test_utf8_bom_crlf_and_nfc(tmp_path):
    f = tmp_path / "a.txt"
    f.write_bytes(codecs.BOM_UTF8 + "Xocal\u0131\r\nHeyde\u0301r\r\n".encode())
    doc = read_document(f, tmp_path)
    assert doc.text == "Xocalı\nHeydér\n"
    assert doc.id == "a.txt"


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_with_bom(tmp_path, codec):
    bom = codecs.BOM_UTF16_LE if codec.endswith("le") else codecs.BOM_UTF16_BE
    f = tmp_path / "u.txt"
    f.write_bytes(bom + "Ходжалы ۔ خوجالی".encode(codec))
    assert read_document(f, tmp_path).text == "Ходжалы ۔ خوجالی"


def test_invalid_utf8_names_the_byte(tmp_path):
    f = tmp_path / "x.txt"
    f.write_bytes(b"Baku " * 10 + b"\xff rest")
    with pytest.raises(InputError) as err:
        read_document(f, tmp_path)
    assert str(err.value) == f"{f}: not valid UTF-8 at byte 50"


def test_missing_file(tmp_path):
    with pytest.raises(InputError, match="no such file or directory"):
        read_documents([tmp_path / "missing.txt"])


def test_ids_are_relative_to_the_root_and_sorted(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "z.md").write_text("z", encoding="utf-8")
    (tmp_path / "a.txt").write_text("a", encoding="utf-8")
    (tmp_path / "skip.bin").write_bytes(b"\x00")
    (tmp_path / ".hidden").mkdir()
    (tmp_path / ".hidden" / "h.txt").write_text("h", encoding="utf-8")
    assert [d.id for d in read_documents([tmp_path])] == ["a.txt", "b/z.md"]
    assert [f.name for f, _ in find_files([tmp_path / "a.txt"])] == ["a.txt"]


def test_line_of():
    doc = read_document.__globals__["Document"](id="d", lang="en", text="a\nb\nc")
    assert [doc.line_of(i) for i in (0, 2, 4)] == [1, 2, 3]


@given(st.text())
def test_normalize_is_idempotent_and_keeps_characters(text):
    once = normalize_text(text)
    assert normalize_text(once) == once
    assert "\r" not in once
    # canonically equivalent to the input: nothing lost, only composed
    expected = unicodedata.normalize("NFD", text.replace("\r\n", "\n").replace("\r", "\n"))
    assert unicodedata.normalize("NFD", once) == expected
    assert decode(once.encode("utf-8"), "x") == once
