"""Write the gold sentence alignments of the sample corpus (tests/data/gold/align/<doc>.<lang>.yaml).

The translations were written sentence by sentence inside each paragraph; the two places where a
translator merged or split sentences are listed in EXCEPTIONS (paragraph line -> bead sizes)."""
from pathlib import Path

import yaml

from toolkit.documents import read_document
from toolkit.segment import segment_document

EXCEPTIONS = {("fr", "baku"): {"Hikmet": [(2, 1)]}, ("it", "islamabad"): {"Students": [(1, 2), (1, 1)]}}
out = Path("tests/data/gold/align")
for lang in ["fr", "it", "ru", "ur"]:
    for name in ["paris", "rome", "moscow", "baku", "islamabad"]:
        en = list(segment_document(read_document(Path(f"corpus/en/{name}.txt"), None, "en")))
        tg = list(segment_document(read_document(Path(f"corpus/{lang}/{name}.txt"), None, lang)))
        beads = []
        for line in sorted({s.line for s in en}):
            es = [s.text for s in en if s.line == line]
            ts = [s.text for s in tg if s.line == line]
            shape = None
            for key, sizes in EXCEPTIONS.get((lang, name), {}).items():
                if es[0].startswith(key):
                    shape = sizes
            if shape is None:
                assert len(es) == len(ts), (lang, name, line)
                shape = [(1, 1)] * len(es)
            i = j = 0
            for a, b in shape:
                beads.append({"en": es[i:i + a], lang: ts[j:j + b]})
                i, j = i + a, j + b
            for k in range(i, len(es)):
                beads.append({"en": [es[k]], lang: [ts[j + k - i]]})
        (out / f"{name}.{lang}.yaml").write_text(
            f"# gold sentence alignment of corpus/en/{name}.txt and corpus/{lang}/{name}.txt, bead by bead\n"
            + yaml.safe_dump(beads, allow_unicode=True, sort_keys=False, width=1000), encoding="utf-8")
print("ok")
