"""Find and type candidate names in one segment: a pure function of its tokens.

A run of capitalized tokens (with lower-case connectors between them) is cut
into pieces: a title is split from the person it precedes, connectors that do
not belong to a name split it, and each piece gets a type from head nouns,
CLDR places, titles, verbs of saying and name morphology, with its evidence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from toolkit.extract.knowledge import Knowledge
from toolkit.extract.tokens import CLOSE_QUOTES, OPEN_QUOTES, Token, tokenize

NAME_KINDS = ("word", "acronym", "initial", "dotted", "abbrev")
PLACE_PREPOSITIONS = {"in", "from", "at", "near", "to", "across", "outside", "inside", "throughout", "into", "of",
                      "on", "around", "beyond"}
_NUMBERED = re.compile(r"\s?(?:No\.?\s?|Nr\.?\s?|№\s?|#)\d+\b")
# a dateline: "BAKU, 26 February 2024 —", "PARIS, Feb. 26 —"
_DATELINE = re.compile(r"\s*(?:\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\.?\s+\d{1,2})\b")
# patronymic particles close a name: Sevil Ali gyzy, Heydar Alirza oglu
PATRONYMICS = frozenset({"oglu", "oğlu", "gyzy", "qızı", "kyzy", "kizi", "ogly"})

# how sure each kind of evidence makes us of the type
WEIGHTS = {"quoted": 4, "head": 3, "title": 3, "place": 3, "honorific": 3, "acronym": 2, "verb": 2,
           "particle": 2, "initial": 2, "suffix": 1, "preposition": 1, "default": 0.5, "context": 1}


@dataclass(frozen=True)
class Candidate:
    """A typed span of a segment (offsets within the segment text)."""

    start: int
    end: int
    text: str
    type: str
    evidence: str
    weight: float
    short: bool = False  # a single surname or initial + surname, to link within the document


def _lower_norm(tokens: list[Token]) -> str:
    return " ".join(t.text.lower().replace("-", " ") for t in tokens)


def _title_at(tokens: list[Token], i: int, k: Knowledge) -> int:
    """Number of tokens of the longest title head starting at i (0 if none)."""
    for n in range(min(k.title_max_words, len(tokens) - i), 0, -1):
        words = tokens[i:i + n]
        if not all(t.kind == "word" and t.capitalized for t in words):
            continue
        if _lower_norm(words) in k.title_heads or " ".join(t.lower for t in words) in k.title_heads:
            return n
    return 0


class SegmentScanner:
    """Candidates of one segment; `vocabulary` holds words seen in lower case in the corpus."""

    def __init__(self, text: str, knowledge: Knowledge, vocabulary: frozenset[str]) -> None:
        self.text = text
        self.k = knowledge
        self.vocab = vocabulary
        self.tokens = tokenize(text)
        self.out: list[Candidate] = []

    # --- helpers -------------------------------------------------------------
    def _type_lists(self) -> None:
        """Untyped names listed with places ("in Ganja, Sumgait and Nakhchivan") are places too."""
        changed = True
        while changed:
            changed = False
            ordered = sorted(range(len(self.out)), key=lambda n: self.out[n].start)
            for a, b in zip(ordered, ordered[1:], strict=False):
                x, y = self.out[a], self.out[b]
                if not re.fullmatch(r",?\s*(?:and|or)?\s*|,\s*", self.text[x.end:y.start]):
                    continue
                for untyped, typed, n in ((x, y, a), (y, x, b)):
                    if untyped.type == "" and typed.type == "place":
                        self.out[n] = Candidate(untyped.start, untyped.end, untyped.text, "place",
                                                f"listed with '{typed.text}'", WEIGHTS["preposition"], untyped.short)
                        changed = True

    def _is_name_token(self, t: Token) -> bool:
        if t.kind not in NAME_KINDS or not t.capitalized:
            return False
        return t.lower not in self.k.months

    def _piece(self, toks: list[Token], type_: str, evidence: str, weight: float, short: bool = False) -> None:
        while toks and ((toks[0].lower == "the" and type_ != "work") or toks[0].kind == "possessive"):
            toks = toks[1:]
        if not toks:
            return
        start, end = toks[0].start, toks[-1].end
        if type_ in ("organization", "place"):
            number = _NUMBERED.match(self.text, end)  # "Secondary School No.2", "Lyceum № 6"
            if number:
                end = number.end()
        self.out.append(Candidate(start, end, self.text[start:end], type_, evidence, weight, short))

    # --- the scan ------------------------------------------------------------
    def scan(self) -> list[Candidate]:
        toks = self.tokens
        consumed = self._quoted()
        first_word = next((i for i, t in enumerate(toks) if t.kind not in ("quote", "punct")), 0)
        i = 0
        while i < len(toks):
            if i in consumed:
                i += 1
                continue
            t = toks[i]
            starts = self._is_name_token(t) or (t.kind == "ordinal" and self._ordinal_name(i))
            if not starts:
                i += 1
                continue
            j = self._extend(i, consumed)
            run = list(range(i, j))
            if i == first_word or (i > 0 and toks[i - 1].kind == "quote" and toks[i - 1].text in OPEN_QUOTES
                                   and i - 1 <= first_word + 1) or (i > 0 and toks[i - 1].text in (":", "—", "–")):
                run = self._drop_sentence_initial(run)
            if run:
                self._analyse([toks[x] for x in run], run[0], run[-1] + 1)
            i = j
        self._type_lists()
        return self.out

    def _quoted(self) -> set[int]:
        """Quoted titles of works and campaigns; returns the token indexes they use."""
        toks, k = self.tokens, self.k
        used: set[int] = set()
        i = 0
        while i < len(toks):
            if toks[i].kind == "quote" and toks[i].text in OPEN_QUOTES:
                close = next((j for j in range(i + 1, min(len(toks), i + 14))
                              if toks[j].kind == "quote" and toks[j].text in CLOSE_QUOTES), None)
                if close is None or close == i + 1:
                    i += 1
                    continue
                inner = toks[i + 1:close]
                before = {t.lower for t in toks[max(0, i - 4):i]}
                after = toks[close + 1].lower if close + 1 < len(toks) else ""
                words = [t for t in inner if t.kind in NAME_KINDS or t.kind in ("number", "ordinal")]
                content = [t for t in words if t.lower not in k.connectors]
                titled = bool(content) and inner[0].capitalized and sum(
                    t.capitalized or t.kind in ("number", "ordinal") for t in content) >= 0.6 * len(content)
                short = len(words) <= 10 and not (inner[-1].text in ".!?" and len(words) > 4)
                cue_work = before & k.work_cues
                cue_campaign = (before & k.campaign_cues) | ({after} & k.campaign_cues)
                if titled and short and (cue_work or cue_campaign):
                    # a named campaign is kept with works: a title a translator renders as a whole
                    type_ = "work"
                    cue = sorted(cue_work or cue_campaign)[0]
                    self._piece(list(inner), type_, f"quoted title after '{cue}'", WEIGHTS["quoted"])
                    used.update(range(i, close + 1))
                elif titled and short and len(content) >= 2 and inner[-1].text not in ".!?,;:":
                    # a quoted Title Case phrase is the title of a work even without a cue word
                    self._piece(list(inner), "work", "quoted title", WEIGHTS["quoted"] - 1)
                    used.update(range(i, close + 1))
                i = close + 1
                continue
            i += 1
        return used

    def _ordinal_name(self, i: int) -> bool:
        """'366th Motor Rifle Regiment' or '366th motor rifle regiment': an ordinal heading a unit name."""
        toks = self.tokens
        if i + 1 < len(toks) and toks[i + 1].capitalized:
            return True
        for n in range(1, 4):
            ws = toks[i + 1:i + 1 + n]
            if len(ws) == n and all(w.kind == "word" and w.text.islower() for w in ws) and \
                    ws[-1].lower in self.k.lowercase_heads:
                return True
        return False

    def _extend(self, i: int, consumed: set[int]) -> int:
        toks, k = self.tokens, self.k
        j = i + 1
        while j < len(toks) and j not in consumed:
            t = toks[j]
            particle = t.kind == "word" and t.lower in k.name_particles and t.text.islower()
            if self._is_name_token(t) or (particle and j + 1 < len(toks) and self._is_name_token(toks[j + 1])) or (
                    particle and t.lower in PATRONYMICS):
                j += 1
                continue
            if t.kind == "word" and t.text.islower() and t.lower in k.connectors:
                nxt = j + 1
                if nxt < len(toks) and toks[nxt].lower == "the" and toks[nxt].text.islower():
                    nxt += 1
                if nxt < len(toks) and self._is_name_token(toks[nxt]) and nxt not in consumed:
                    j = nxt
                    continue
            break
        # a lower-case head right after the name belongs to it ("Heydar Aliyev foundation")
        run = toks[i:j]
        if run[0].kind == "ordinal" and len(run) == 1:
            for n in range(1, 4):
                ws = toks[j:j + n]
                if len(ws) == n and all(w.kind == "word" and w.text.islower() for w in ws) and \
                        ws[-1].lower in k.lowercase_heads:
                    return j + n
        if not (len(run) == 1 and run[0].lower in k.demonyms) and toks[j - 1].lower not in k.organization_heads:
            for n in (1, 2):
                if j + n - 1 < len(toks):
                    ext = toks[j:j + n]
                    if (all(t.kind == "word" and t.text.islower() for t in ext)
                            and ext[-1].lower in k.lowercase_heads
                            and not any(t.lower in k.connectors or t.lower in k.not_names for t in ext)):
                        return j + n
        return j

    def _drop_sentence_initial(self, run: list[int]) -> list[int]:
        """A capital at the start of a sentence proves nothing: drop ordinary words there."""
        toks, k = self.tokens, self.k
        first = toks[run[0]]
        lw = first.lower
        if lw in k.places or first.kind != "word" or _title_at(toks, run[0], k):
            return run
        if lw in k.not_names or lw in k.months or (lw in self.vocab and lw not in k.demonyms
                                                   and not k.is_head(lw)):
            rest = run[1:]
            while rest and toks[rest[0]].text.islower():
                rest = rest[1:]
            return rest
        return run

    # --- analysis of one run ---------------------------------------------------
    def _analyse(self, run: list[Token], a: int, b: int) -> None:
        k = self.k
        evidence_person = ""
        # honorifics: Mr. / Dr. ...
        while run and (run[0].lower in k.honorifics or run[0].lower.rstrip(".") + "." in k.honorifics) and \
                len(run) > 1 and (run[0].text.endswith(".") or run[0].lower in k.honorifics):
            if run[0].kind == "initial":
                break
            evidence_person = f"after '{run[0].text}'"
            run, a = run[1:], a + 1
        if not run:
            return
        # "X and Y" is two names unless a head noun holds them together
        ands = [n for n, t in enumerate(run) if t.text == "and"]
        if ands and not (k.is_head(run[0].lower) or k.is_head(run[-1].lower)
                         or _lower_norm(run) in k.places):
            cut = ands[0]
            self._analyse(run[:cut], a, a + cut)
            self._analyse(run[cut + 1:], a + cut + 1, b)
            return
        # "President X Y in Ankara": a place after in/at/from ends a title + name run, unless a head
        # noun holds the run together ("Embassy of Azerbaijan in France" stays whole)
        for c in range(1, len(run) - 1):
            after = run[c + 1:]
            if after and after[0].text == "the":
                after = after[1:]
            place_like = bool(after) and after[0].kind == "word" and after[0].text[:1].isupper() \
                and after[0].lower not in k.title_heads
            if run[c].text in ("in", "at", "from") and place_like \
                    and any(_title_at(run, p, k) for p in range(c)) and not any(k.is_head(t.lower) for t in run[:c]):
                self._analyse(run[:c], a, a + c)
                skip = len(run) - c - 1 - len(after)
                self._analyse(after, a + c + 1 + skip, b)
                return
        # a title anywhere in the run splits it
        for p in range(len(run)):
            n = _title_at(run, p, k)
            if n and self._split_title(run, p, n, a):
                return
        self._connectors(run, a, b, evidence_person)

    def _split_title(self, run: list[Token], p: int, n: int, a: int) -> bool:
        """Title + person (+ the organisations and places in the title); False if not a title."""
        k = self.k
        tail = self._person_tail(run, p + n)
        body_end = tail[0] if tail else len(run)
        has_complement = body_end > p + n and run[p + n].lower in ("of", "to", "for", "in", "on", "at")
        multiword = n > 1 or p > 0 or has_complement
        if not tail and not has_complement:
            if run[-1].lower in k.organization_heads or run[-1].lower in k.event_heads or p + n < len(run):
                return False
            if not multiword:
                return True  # a bare "Ambassador": not a name
        if p > 0:
            prefix = run[:p]
            if all(t.lower in k.demonyms or t.kind == "word" and t.text[0].isupper() and not k.is_head(t.lower)
                   and t.lower not in k.places for t in prefix):
                pass  # "Deputy", "First", "Azerbaijani": part of the title
            else:
                self._connectors(prefix, a, a + p, "")
                run, body_end, tail, p = run[p:], body_end - p, [x - p for x in tail], 0
        title_toks = run[:body_end]
        if n > 1 or has_complement or p > 0 or len(title_toks) > 1 or tail:
            self._piece(title_toks, "title", f"title word '{run[p + n - 1].text if p == 0 else run[0].text}'",
                        WEIGHTS["title"])
        if has_complement:
            self._complement(run[p + n:body_end])
        if tail:
            person = [run[x] for x in tail]
            self._piece(person, "person", f"after title '{' '.join(t.text for t in run[p:p + n])}'",
                        WEIGHTS["title"], short=self._is_short(person))
        return True

    def _person_tail(self, run: list[Token], after: int) -> list[int]:
        """Indexes of the person name at the end of a title run, or []."""
        k = self.k
        best: list[int] = []
        for size in range(1, min(4, len(run) - after) + 1):
            start = len(run) - size
            part = run[start:]
            if any(k.is_head(t.lower) or t.lower in k.places or t.lower in k.title_heads or t.all_caps
                   and t.kind == "acronym" or (t.text.islower() and t.lower not in k.name_particles)
                   or t.kind == "dotted" for t in part):
                break
            if any(t.all_caps and t.kind == "word" and len(t.text) > 1 for t in part):
                break
            boundary = run[start - 1]
            if start - 1 < after - 1:
                break
            if (start == after or k.is_head(boundary.lower) or boundary.lower in k.places or boundary.all_caps
                    or boundary.lower.replace("-", " ") in k.title_heads):
                best = list(range(start, len(run)))
        if not best and len(run) - after >= 3:
            last = run[-1].lower
            if any(last.endswith(s) and len(last) > len(s) + 2 for s in k.surname_suffixes):
                start = len(run) - 2
                if run[start - 1].kind == "initial" or run[start - 1].lower in k.name_particles:
                    start -= 1
                if not any(k.is_head(t.lower) or t.lower in k.places for t in run[start:]):
                    best = list(range(start, len(run)))
        return best

    def _complement(self, toks: list[Token]) -> None:
        """The organisations and places a title refers to ("of the Milli Majlis", "to Italy")."""
        parts: list[list[Token]] = [[]]
        for t in toks:
            if t.text.islower() and t.lower in ("of", "to", "for", "in", "on", "at", "the") and not (
                    parts[-1] and parts[-1][-1].lower in self.k.organization_heads | self.k.place_heads
                    and t.lower in ("of", "for", "on")):
                parts.append([])
            else:
                parts[-1].append(t)
        for part in parts:
            if part and any(self._is_name_token(t) for t in part):
                self._connectors(part, 0, 0, "")

    def _connectors(self, run: list[Token], a: int, b: int, evidence_person: str) -> None:
        """Split a run at connectors that do not belong to a name, then type each piece."""
        k = self.k
        if _lower_norm([t for t in run]) in k.places:
            self._type(run, evidence_person)
            return
        after_i = self._index_after(run)
        after = self.tokens[after_i].lower if after_i is not None else ""
        campaign = after in k.campaign_cues
        pieces: list[list[Token]] = [[]]
        for idx, t in enumerate(run):
            if t.text.islower() and t.lower in k.connectors and t.lower not in k.name_particles:
                prev = pieces[-1][-1] if pieces[-1] else None
                keep = campaign
                if prev is not None and not keep:
                    w = t.lower
                    if w in ("of", "for", "on", "the"):
                        keep = k.is_head(prev.lower) or prev.lower in k.title_heads or (
                            w == "the" and idx > 0 and run[idx - 1].lower in ("of", "for", "on", "in", "at")
                            and len(pieces[-1]) > 0)
                    elif w == "and":
                        keep = k.is_head(pieces[-1][0].lower) or k.is_head(run[-1].lower)
                    elif w in ("in", "at"):
                        keep = any(x.lower in k.in_heads for x in pieces[-1])
                    elif w in ("de", "du", "des", "la", "le", "les", "di", "del", "della", "delle", "dei",
                               "degli", "da", "dos", "das", "do", "van", "von", "der", "den", "sur", "e", "y"):
                        keep = True
                if keep:
                    pieces[-1].append(t)
                else:
                    pieces.append([])
            else:
                pieces[-1].append(t)
        pieces = [self._trim(p) for p in pieces]
        pieces = [p for p in pieces if p]
        for n, piece in enumerate(pieces):
            self._type(piece, evidence_person if n == 0 else "", campaign=campaign and n == len(pieces) - 1)

    def _trim(self, piece: list[Token]) -> list[Token]:
        while piece and piece[-1].text.islower() and piece[-1].lower in self.k.connectors:
            piece = piece[:-1]
        while piece and piece[0].kind == "word" and piece[0].text.islower():
            piece = piece[1:]
        return piece

    def _index_after(self, run: list[Token]) -> int | None:
        end = run[-1].end
        for i, t in enumerate(self.tokens):
            if t.start >= end:
                return i
        return None

    def _index_before(self, run: list[Token]) -> int | None:
        start = run[0].start
        before = [i for i, t in enumerate(self.tokens) if t.end <= start]
        return before[-1] if before else None

    def _is_short(self, toks: list[Token]) -> bool:
        words = [t for t in toks if t.kind == "word"]
        return len(words) == 1 and (len(toks) == 1 or toks[0].kind == "initial")

    def _type(self, piece: list[Token], evidence_person: str, campaign: bool = False) -> None:
        k = self.k
        if not piece:
            return
        text_lower = _lower_norm(piece)
        first, last = piece[0].lower, piece[-1].lower
        bi = self._index_before(piece)
        ai = self._index_after(piece)
        before = self.tokens[bi].lower if bi is not None else ""
        after = self.tokens[ai].lower if ai is not None else ""
        if campaign:
            self._piece(piece, "event", f"before '{after}'", WEIGHTS["quoted"])
            return
        if evidence_person:
            self._piece(piece, "person", evidence_person, WEIGHTS["honorific"], short=self._is_short(piece))
            return
        if len(piece) > 1 or piece[0].kind == "word":
            if len(piece) == 1 and k.is_head(first):
                return None  # "Memorial", "Foundation" alone: a common noun at a capital, not a name
            if last in k.site_heads:
                return self._piece(piece, "place", f"head noun '{piece[-1].text}'", WEIGHTS["head"])
            if last in k.organization_heads and len(piece) > 1:
                return self._piece(piece, "organization", f"head noun '{piece[-1].text}'", WEIGHTS["head"])
            if last in k.event_heads and len(piece) > 1:
                return self._piece(piece, "event", f"head noun '{piece[-1].text}'", WEIGHTS["head"])
            if last in k.place_heads and len(piece) > 1:
                return self._piece(piece, "place", f"head noun '{piece[-1].text}'", WEIGHTS["head"])
            inner = next((n for n in range(len(piece) - 2) if piece[n].lower in k.organization_heads
                          and piece[n + 1].lower in k.connectors and piece[n + 1].text.islower()), None)
            if inner is not None and inner > 0:
                return self._piece(piece, "organization", f"head noun '{piece[inner].text}'", WEIGHTS["head"])
            if len(piece) > 2 and piece[1].lower in k.connectors:
                for heads, type_ in ((k.organization_heads, "organization"), (k.place_heads, "place"),
                                     (k.event_heads, "event"), (k.site_heads, "place")):
                    if first in heads:
                        return self._piece(piece, type_, f"head noun '{piece[0].text}'", WEIGHTS["head"])
        if text_lower in k.places:
            return self._piece(piece, "place", "CLDR place name", WEIGHTS["place"])
        if all(t.all_caps for t in piece) and ai is not None and self.tokens[ai].text == "," and \
                _DATELINE.match(self.text, self.tokens[ai].end):
            return self._piece(piece, "place", "dateline", WEIGHTS["place"])
        if len(piece) == 1 and piece[0].text.replace(".", "") in k.place_acronyms:
            return self._piece(piece, "place", "place acronym", WEIGHTS["place"])
        if len(piece) == 1 and (piece[0].kind == "acronym" or piece[0].all_caps):
            return self._piece(piece, "organization", "acronym", WEIGHTS["acronym"])
        if len(piece) == 1 and piece[0].kind == "dotted":
            return self._piece(piece, "organization", "dotted name (web outlet)", WEIGHTS["acronym"])
        if len(piece) == 1 and first in k.demonyms:
            return self._piece(piece, "demonym", "nationality adjective", WEIGHTS["head"])
        if len(piece) == 1 and first in k.title_heads:
            return None
        short = self._is_short(piece)
        if any(t.kind == "initial" for t in piece) and piece[-1].kind == "word":
            return self._piece(piece, "person", "initial before a surname", WEIGHTS["initial"], short=short)
        if any(t.text.islower() and t.lower in k.name_particles for t in piece):
            return self._piece(piece, "person", "patronymic particle", WEIGHTS["particle"])
        if after in k.person_verbs and piece[0].kind == "word":
            return self._piece(piece, "person", f"subject of '{after}'", WEIGHTS["verb"], short=short)
        if bi is not None and self.tokens[bi].text == "," and ai is not None and self.tokens[ai].text == ",":
            pass
        has_suffix = any(last.endswith(s) and len(last) > len(s) + 2 for s in k.surname_suffixes)
        if before in PLACE_PREPOSITIONS and not has_suffix:
            return self._piece(piece, "place", f"after '{before}'", WEIGHTS["preposition"])
        if has_suffix and piece[-1].kind == "word":
            return self._piece(piece, "person", "surname ending", WEIGHTS["suffix"], short=short)
        if len(piece) >= 2 and all(t.kind == "word" for t in piece) and len(piece) <= 4 and before == "the":
            # "told the Daily Sabah": a person's name takes no article
            return self._piece(piece, "organization", "after 'the', no head noun", WEIGHTS["default"])
        if len(piece) >= 2 and all(t.kind == "word" for t in piece) and len(piece) <= 4:
            return self._piece(piece, "person", "multi-word name without head noun", WEIGHTS["default"])
        return self._piece(piece, "", "capitalized word", 0)


def scan_segment(text: str, knowledge: Knowledge, vocabulary: frozenset[str]) -> list[Candidate]:
    """Typed candidates of one segment (type '' when nothing decided it)."""
    return SegmentScanner(text, knowledge, vocabulary).scan()
