"""Administrative units in the text, and the province the article is about.

Place mentions (`tỉnh Thái Bình`, `TX An Nhơn`, a bare `Hà Tĩnh`) become spans
"place" carrying a `PlaceRef`. The article's province is the one named most
(explicit `tỉnh X` counts double, a district counts for its province); an
article that never names one has none — we never guess.
"""
from __future__ import annotations

from collections import Counter

from spacy.language import Language
from spacy.tokens import Doc

from ..grammar import PlaceRef, Tokens, parse_place, parse_province_name
from ..places import load_places


def tokens_of(doc: Doc) -> Tokens:
    if doc._.tokens is None:
        doc._.tokens = Tokens(doc)
    return doc._.tokens


@Language.component("vi_places")
def find_places(doc: Doc) -> Doc:
    tokens = tokens_of(doc)
    spans = []
    i = 0
    while i < tokens.n:
        found = parse_place(tokens, i)
        if found is None or found[1].name is None:
            bare = parse_province_name(tokens, i)
            found = (bare[0], PlaceRef(bare[1].kind, bare[1].name, "province", bare[1].name)) if bare else None
            explicit = False
        else:
            explicit = True
        if found is None:
            i += 1
            continue
        end, place = found
        span = doc[i:end]
        span._.place = place
        span.label_ = "explicit" if explicit else "bare"
        spans.append(span)
        i = end
    doc.spans["place"] = spans
    return doc


@Language.component("vi_article_province")
def decide_article_province(doc: Doc) -> Doc:
    facts = doc._.facts
    if facts.article.province:  # the input said so (a JSONL field)
        province = load_places().province(facts.article.province)
        facts.province = province.name if province else facts.article.province
        return doc
    votes: Counter[str] = Counter()
    for span in doc.spans["place"]:
        place: PlaceRef = span._.place
        if place.province:
            votes[place.province] += 2 if span.label_ == "explicit" else 1
    if votes:
        (best, count), *rest = votes.most_common(2) + [(None, 0)]
        if count > rest[0][1]:  # a tie names no province
            facts.province = best
    return doc
