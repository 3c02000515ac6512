from dataclasses import replace

from hypothesis import given, settings
from hypothesis import strategies as st

from toolkit.glossary.merge import match_key, merge_extraction
from toolkit.glossary.store import Glossary
from toolkit.model import Entry, Rendering, Variant

POOL = ["Heydar Aliyev", "Heydər Əliyev", "Leyla Aliyeva", "Khojaly", "Xocalı", "Baku", "Milli Majlis",
        "National Assembly", "UNESCO", "Paris", "Rome", "Rashad Aslanov", "Islamabad", "OIC",
        "Organisation of Islamic Cooperation", "Organization of Islamic Cooperation"]


def extraction(groups: list[list[tuple[str, int]]]) -> list[Entry]:
    out = []
    for group in groups:
        if not group:
            continue
        variants = tuple(Variant(t, n, ("a.txt",)) for t, n in group)
        canonical = max(group, key=lambda tn: tn[1])[0]
        out.append(Entry(id="", type="person", canonical=canonical, variants=variants))
    return out


groups_strategy = st.lists(
    st.lists(st.tuples(st.sampled_from(POOL), st.integers(1, 9)), min_size=1, max_size=3,
             unique_by=lambda t: match_key(t[0])),
    max_size=6,
).filter(lambda gs: len({match_key(t) for g in gs for t, _ in g}) == sum(len(g) for g in gs))

curation = st.fixed_dictionaries({
    "status": st.sampled_from(["candidate", "accepted", "rejected"]),
    "note": st.text(max_size=10),
    "override": st.sampled_from(["", "Curated Form"]),
    "rendering": st.sampled_from(["", "Гейдар Алиев", "حیدر علیوف"]),
    "type": st.sampled_from(["person", "place", "organization"]),
})


def curate(entry: Entry, c: dict) -> Entry:
    renderings = entry.renderings
    if c["rendering"]:
        renderings += (Rendering(c["rendering"], "ru", "preferred", "curated", "approved"),)
    return replace(entry, status=c["status"], note=c["note"], canonical_override=c["override"],
                   renderings=renderings, type=c["type"])


@settings(max_examples=150, deadline=None)
@given(groups_strategy, groups_strategy, st.lists(curation, min_size=6, max_size=6), st.data())
def test_re_extraction_never_loses_curation(first, second, curations, data):
    g, report = merge_extraction(Glossary(), extraction(first))
    assert len(report.added) == len(g.entries)
    curated = tuple(curate(e, c) for e, c in zip(g.entries, curations, strict=False)) + g.entries[len(curations):]
    # a curator may also move a variant from one entry to another
    if len(curated) >= 2 and data.draw(st.booleans()):
        a, b = curated[0], curated[1]
        if len(a.variants) > 1:
            moved = a.variants[-1]
            curated = (replace(a, variants=a.variants[:-1]), replace(b, variants=b.variants + (moved,))) + curated[2:]
    before = Glossary(entries=curated)
    after, _ = merge_extraction(before, extraction(second))
    by_id = {e.id: e for e in after.entries}
    for old in before.entries:
        new = by_id[old.id]  # no entry lost
        assert (new.status, new.note, new.canonical_override, new.type) == (
            old.status, old.note, old.canonical_override, old.type)
        assert set(old.renderings) <= set(new.renderings)
        assert {v.text for v in old.variants} <= {v.text for v in new.variants}  # no spelling lost
    # every spelling observed now is somewhere, with its fresh count
    observed = {t: n for g_ in second for t, n in g_}
    holders = {v.text: v.count for e in after.entries for v in e.variants}
    for text, n in observed.items():
        assert holders.get(text) == n
    # and a second identical merge changes nothing
    again, report2 = merge_extraction(after, extraction(second))
    assert again == after and not report2.added and not report2.changed


def test_moved_variant_stays_where_the_curator_put_it():
    g = Glossary(entries=(
        Entry(id="leyla-aliyeva", type="person", canonical="Leyla Aliyeva", variants=(Variant("Leyla Aliyeva", 2),)),
        Entry(id="l-aliyeva", type="person", canonical="L. Aliyeva", variants=(Variant("L. Aliyeva", 1),)),
    ))
    ext = [Entry(id="", type="person", canonical="Leyla Aliyeva",
                 variants=(Variant("Leyla Aliyeva", 3), Variant("L. Aliyeva", 2)))]
    after, report = merge_extraction(g, ext)
    by_id = {e.id: e for e in after.entries}
    assert [(v.text, v.count) for v in by_id["leyla-aliyeva"].variants] == [("Leyla Aliyeva", 3)]
    assert [(v.text, v.count) for v in by_id["l-aliyeva"].variants] == [("L. Aliyeva", 2)]
    assert not report.added


def test_unseen_variants_drop_to_zero_but_stay():
    g = Glossary(entries=(Entry(id="baku", type="place", canonical="Baku",
                                variants=(Variant("Baku", 4, ("a.txt",)), Variant("Bakı", 1, ("b.txt",)))),))
    after, report = merge_extraction(g, [])
    assert [(v.text, v.count, v.docs) for v in after.entries[0].variants] == [("Baku", 0, ()), ("Bakı", 0, ())]
    assert "baku" in report.changed
