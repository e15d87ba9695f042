"""Meetings and the roles people play in them (chaired, directed, attended, spoke).

Provincial news reports one meeting per article: a working session, a conference,
a ceremony. The article has an event when it names one (`event_kinds.tsv`), by a
noun or, failing that, by a verb right after its subject ("Chủ tịch UBND tỉnh X tiếp
ông Y"); role cues (`event_roles.tsv`) around person mentions fill its participations. Captions
repeat sentences of the text, which is harmless: roles are a set per person.
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from ..facts import Event, Participation
from ..grammar import Tokens
from .stage import SpanIndex, Stage, evidence_for

# Words that may stand between a subject and its verb ("X đã tiếp", ", đồng thời đề nghị").
VERB_ADVERBS = ("đã", "cũng", "sẽ", "vừa", "đến", "trực tiếp", "đồng thời", "tiếp tục")
_COORDINATORS = {",", ";", "và", "cùng", "cùng với"}
_CLAUSE_OPENERS = {",", ";", ":", "(", "“", '"'}


def subjects_before(tokens: Tokens, refs: list[Span], i: int) -> list[Span]:
    """The person mention(s) whose clause the verb at token i completes:
    `A, B chủ trì` → [A, B]; nothing when another word stands between."""
    j = start_of_verb_phrase(tokens, i)
    chain: list[Span] = []
    while True:
        ending = [r for r in refs if r.end == j and r not in chain]
        if not ending:
            return chain[::-1]
        ref = min(ending, key=lambda r: r.start)  # the longest mention ending here
        chain.append(ref)
        j = ref.start
        if j > 0 and tokens.folded[j - 1] in _COORDINATORS:
            j -= 1
        else:
            return chain[::-1]


def opens_clause(tokens: Tokens, sentence: Span, i: int) -> bool:
    j = i - 1
    while j >= sentence.start and tokens.is_space(j):
        j -= 1
    return j < sentence.start or tokens.text[j] in _CLAUSE_OPENERS


def _first_event_sentence(doc: Doc, tokens: Tokens) -> tuple[Span, int] | None:
    """The sentence naming the meeting and where its name starts: the first event
    noun, else the first event verb right after its subject."""
    found = {form: [] for form in ("noun", "verb", "other")}
    i = 0
    while i < tokens.n:
        match = tokens.lexicon.meetings.event_words.match(tokens.folded, i)
        if match is None:
            i += 1
            continue
        found[match[1]].append(i)
        i = match[0]
    subject_ends = {span.end for span in doc.spans["person_ref"]} | {span.end for span in doc.spans["org"]}
    verbs = [i for i in found["verb"] if start_of_verb_phrase(tokens, i) in subject_ends]
    first = found["noun"][:1] or verbs[:1]
    return (doc[first[0]].sent, first[0]) if first else None


def start_of_verb_phrase(tokens: Tokens, i: int, floor: int = 0) -> int:
    """Where the verb at token i starts with the adverbs before it ("X đã tiếp ...",
    "X cũng đề nghị ..."), not before token `floor`."""
    while i > floor:
        if tokens.is_space(i - 1):
            i -= 1
            continue
        adverb = next((a for a in VERB_ADVERBS if " ".join(tokens.folded[max(floor, i - len(a.split())):i]) == a),
                      None)
        if adverb is None:
            return i
        i -= len(adverb.split())
    return i


def _label(tokens: Tokens, start: int, sentence: Span, max_tokens: int) -> str:
    end = start
    while end < sentence.end and end - start < max_tokens and tokens.text[end] not in (".", ";", "\n"):
        end += 1
    text = tokens.span_text(start, end).strip(" ,:")
    return text[:1].upper() + text[1:]


def _organizer(doc: Doc, tokens: Tokens, sentence: Span, noun_at: int) -> str | None:
    """The body that holds the meeting: named with "do ... tổ chức" ("Hội nghị do Sở Nội
    vụ tổ chức"), or an organization opening the event sentence before its noun ("UBND
    tỉnh tổ chức hội nghị", "Thường trực Tỉnh ủy có buổi làm việc")."""
    for span in doc.spans["org"]:
        after = tokens.skip_space(span.end)
        if span.start and tokens.folded[span.start - 1] == "do" and after < tokens.n \
                and tokens.folded[after] == "tổ" and tokens.folded[after + 1: after + 2] == ["chức"]:
            return span._.org.canonical
    in_refs = {t for r in doc.spans["person_ref"] for t in range(r.start, r.end)}
    for span in sorted(doc.spans["org"], key=lambda s: s.start):
        if sentence.start <= span.start < noun_at and span.start not in in_refs:
            before = doc[sentence.start:span.start].text.strip(" ,-–")
            if not before or before.split()[-1:] in (["Ngày"], ["ngày"]) or any(c.isdigit() for c in before):
                return span._.org.canonical
            return None
    return None


@Language.factory("vi_events", assigns=["doc._.facts"], requires=["doc.spans", "doc._.facts"],
                  default_config={"max_label_tokens": 30})
class Events(Stage):
    """`max_label_tokens`: how much of the sentence naming the meeting its label takes."""

    def __init__(self, nlp: Language, name: str, max_label_tokens: int):
        super().__init__(nlp, name)
        self.max_label_tokens = max_label_tokens

    def process(self, doc: Doc, tokens: Tokens) -> None:
        event = find_event(doc, tokens, self.max_label_tokens)
        if event is not None:
            doc._.facts.events.append(event)


def find_event(doc: Doc, tokens: Tokens, max_label_tokens: int) -> Event | None:
    """The meeting the article reports, with who played which role in it, or None."""
    facts = doc._.facts
    found = _first_event_sentence(doc, tokens)
    if found is None:
        return None
    sentence, noun_at = found
    refs = SpanIndex(doc.spans["person_ref"])
    participations: list[Participation] = []
    cues = tokens.lexicon.meetings.role_cues
    for sent in doc.sents:
        in_sentence = refs.starting_in(sent.start, sent.end)
        if not in_sentence:
            continue
        for i, end, entries in cues.finditer(tokens.folded, sent.start, sent.end):
            for cue in entries:
                if cue.scope == "subject":
                    people = subjects_before(tokens, in_sentence, i)
                elif cue.scope == "after" or opens_clause(tokens, sent, i):
                    after = [r for r in in_sentence if r.start >= end]
                    people = after[:1] if cue.scope == "first" else after
                else:
                    people = []
                for ref in people:
                    for role in cue.roles:
                        participations.append(Participation(ref._.person, role, evidence_for(ref)))
    if not participations:
        return None
    directed = {p.person for p in participations if p.role == "directed"}
    kept: dict[tuple[str, str], Participation] = {}
    for p in participations:
        if not (p.role == "spoke" and p.person in directed):
            kept.setdefault((p.person, p.role), p)
    return Event(
        label=_label(tokens, noun_at, sentence, max_label_tokens),
        date=facts.article.date,
        organizer=_organizer(doc, tokens, sentence, noun_at),
        participations=list(kept.values()),
        evidence=evidence_for(sentence),
    )
