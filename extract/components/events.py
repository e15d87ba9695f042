"""Meetings and the roles people play in them (chaired, directed, attended, spoke).

Provincial news reports one meeting per article: a working session, a conference,
a ceremony. The article has an event when it names one (`event_kinds.tsv`), by a
noun or by a verb right after its subject ("Chủ tịch UBND tỉnh X tiếp ông Y"),
whichever comes first; role cues (`event_roles.tsv`) around person mentions fill its
participations. Captions repeat sentences of the text, which is harmless: roles are a
set per person. The event's label is its name as a reader gives it: the subject that
holds it, if the sentence names one ("Thường trực Tỉnh ủy làm việc với Sở Y tế"), and
the words from the event word to where the name ends (`event_label_ends.tsv`, the
meeting's time, the clause's end).
"""
from __future__ import annotations

from collections.abc import Iterator

from spacy.language import Language
from spacy.tokens import Doc, Span

from ..facts import Event, Participation
from ..grammar import MAX_NAME_TOKENS, PLURAL, Tokens, parse_org
from ..lexicon import PhraseTable
from ..lexicon.meetings import RoleCue
from .organizations import org_context
from .positions import parse_title, verb_at
from .stage import SpanIndex, Stage, evidence_for

_COORDINATORS = {",", ";", "và", "cùng"}  # between the people of a list subject ("A, B và C chủ trì")
_LIST_OPENERS = {"có", ":", "gồm", "là"}  # the words a list of people follows: "Tham dự có | A", "gồm: | A"
CLAUSE_OPENERS = {",", ";", ":", "(", "“", '"'}
_LABEL_STOPS = {";", ":", "!", "?"}  # and the sentence's end (a "." inside it ends an abbreviation: "TP.")
_AT_EVENT = {"tại", "sau", "trong"}  # "kết luận của X | tại | buổi làm việc"
_MANY = {"các", "những", "nhiều", "số", "mọi"}  # "một số cuộc họp": meetings, not the one reported
_HOLDS = "có"  # "X có các buổi làm việc với ...": the sessions X holds, the article's event
MAX_LOCALITY_TOKENS = 8  # ", thôn 4", ", bon Bu Nơ": where a person speaking lives
MAX_COMPANION_TOKENS = 16  # ", cùng lãnh đạo các sở, ngành và một số địa phương": people with the subject
MAX_LISTED_GROUP_TOKENS = 16  # "; lãnh đạo các sở, ban ngành và các đại biểu": the last item of a list
_COMPANION_WORDS = {"cùng", "và"}
# "(31 tuổi, đại biểu tỉnh Tiền Giang)", "(Cục trưởng Cục Y tế dự phòng, Bộ Y tế)": a note on
# a person, in words; its tokens are twice as many with the spaces between them.
MAX_NOTE_WORDS = 16
MAX_HEADING_TOKENS = 12  # "và các Phó Chủ tịch UBND tỉnh:": the heading of a list within a list subject
AGENT = "do"  # "Kỳ họp do A chủ tọa": the agents of the verb follow it
# what closes a title in apposition: "A, Phó Chủ tịch UBND tỉnh, chủ trì"; "A - Giám đốc Sở - cho biết"
_APPOSITION_ENDS = {",", "-", "–", "—"}
LEAD_SENTENCES = 3  # a meeting named this early is what the article reports, even with no roles


def subjects_before(tokens: Tokens, refs: list[Span], i: int) -> list[Span]:
    """The person mention(s) whose clause the verb at token i completes: `A, B chủ trì`
    → [A, B]; `A, Phó Chủ tịch UBND tỉnh, chủ trì` → [A] (a comma or a dash closes a
    title in apposition: `A - Giám đốc Sở Y tế - cho biết`); `A - ..., và các Phó Chủ
    tịch B, C - ..., chủ trì` → [A, B, C]; nothing when another word stands between."""
    ending: dict[int, list[Span]] = {}
    for ref in refs:
        ending.setdefault(ref.end, []).append(ref)
    j = _before_locality(tokens, _before_note(tokens, start_of_verb_phrase(tokens, i), ending), ending)
    closing = tokens.word_before(j)
    if closing is not None and tokens.text[closing] in _APPOSITION_ENDS \
            and any(_in_apposition(tokens, r) for r in ending.get(closing, ())):
        j = closing
    if j not in ending:
        j = _before_companions(tokens, j, ending)
    chain: list[Span] = []
    while True:
        candidates = [r for r in ending.get(j, ()) if r not in chain]
        if not candidates:
            return chain[::-1]
        ref = min(candidates, key=lambda r: r.start)  # the longest mention ending here
        if not chain and tokens.folded[ref.start] in PLURAL:
            return []  # "các đồng chí Ủy viên Trung ương Đảng: A; B": the heading of a list
        if _opened_before(tokens, ref.start):
            return chain[::-1]  # "Ban X (do bà A làm Trưởng ban):": A is named inside a note
        chain.append(ref)
        j = _before_list_heading(tokens, ref.start)
        if j > 0 and tokens.folded[j - 1] in PLURAL:
            j -= 1  # "và các Phó Chủ tịch HĐND tỉnh B, C"
        if j > 0 and tokens.folded[j - 1] in _COORDINATORS:
            j = _before_note(tokens, j - 1, ending)
        else:
            return chain[::-1]


def _before_list_heading(tokens: Tokens, start: int) -> int:
    """Where the heading of a list that the name at token `start` opens begins, after a
    coordinator or "do" (who the verb's agents are): "A và | các Phó Chủ tịch UBND tỉnh: B, C
    chủ trì" (the heading's own title is the listed people's), "Kỳ họp do | các đồng chí: A, ...;
    B, ... chủ tọa"; `start` when no such heading stands before it."""
    colon = tokens.word_before(start)
    if colon is None or tokens.text[colon] != ":":
        return start
    for k in range(colon - 1, max(-1, colon - MAX_HEADING_TOKENS), -1):
        if not (tokens.is_word(k) or tokens.is_space(k)):
            return start
        if tokens.folded[k] in PLURAL:
            before = tokens.word_before(k)
            return k if before is not None and tokens.folded[before] in (*_COORDINATORS, AGENT) else start
    return start


def _opened_before(tokens: Tokens, start: int) -> bool:
    """Whether a parenthesis opened before token `start`, on its line, is still open there:
    a person named inside a note ("Ban X (do bà A, ... làm Trưởng ban): ...") is no subject
    of the verb after it."""
    depth = 0
    for k in range(start - 1, max(-1, start - MAX_NOTE_WORDS * 2), -1):
        if "\n" in tokens.text[k]:
            break
        if tokens.text[k] == ")":
            depth -= 1
        elif tokens.text[k] == "(":
            depth += 1
            if depth > 0:
                return True
    return False


def _before_companions(tokens: Tokens, j: int, ending: dict[int, list[Span]]) -> int:
    """Where "cùng" or "và" and the people it adds to the subject, written right before
    token j, start when a person's mention ends right before it ("X | cùng các đại biểu |
    dự", "X | và lãnh đạo các Sở, ngành | đã báo cáo"): people named by common nouns, no
    clause punctuation but commas between; else j."""
    for k in range(j - 2, max(-1, j - MAX_COMPANION_TOKENS), -1):
        if tokens.folded[k] in _COMPANION_WORDS:
            if k in ending:
                return k
            comma = tokens.word_before(k)  # "X, | cùng lãnh đạo các sở, ngành | tiếp"
            if comma is not None and tokens.text[comma] == "," and comma in ending:
                return comma
        if k in ending or not (tokens.is_space(k) or tokens.is_word(k) or tokens.text[k] == ","):
            break  # a person named among them: no group named by common nouns
    # the last item of a list of people, set off by a semicolon and named by common nouns:
    # "Các đồng chí: A, ...; B, ...; lãnh đạo các sở, ban ngành và các đại biểu | đã đến dự"
    for k in range(j - 1, max(-1, j - MAX_LISTED_GROUP_TOKENS), -1):
        if tokens.text[k] == ";" and k in ending:
            # "...; đồng chí cũng đề nghị": an honorific alone refers back to someone, it adds no group
            honorific = tokens.lexicon.persons.honorifics.match(tokens.folded, tokens.skip_space(k + 1))
            return j if honorific is not None and tokens.skip_space(honorific[0]) >= j else k
        if not (tokens.is_space(k) or tokens.text[k] == "," or tokens.is_word(k) and not tokens.is_cap(k)):
            return j
    return j


def _before_locality(tokens: Tokens, j: int, ending: dict[int, list[Span]]) -> int:
    """Where a person's locality, set off by a comma right before token j, starts: "Cử tri
    X, thôn 4 | cho rằng", "ông Y, xã Z | phản ánh" (a village or unit word of
    name_blockers.tsv or place_levels.tsv, then its name or number); else j."""
    for k in range(j - 1, max(-1, j - MAX_LOCALITY_TOKENS), -1):
        if tokens.text[k] == ",":
            start = tokens.skip_space(k + 1)
            opens = tokens.lexicon.persons.blockers.match(tokens.folded, start) \
                or tokens.lexicon.places.levels.match(tokens.folded, start)
            return k if k in ending and opens is not None and opens[0] < j else j
        if not (tokens.is_space(k) or tokens.is_word(k) or tokens.text[k].isdigit()):
            return j
    return j


def _before_note(tokens: Tokens, j: int, ending: dict[int, list[Span]]) -> int:
    """Where a note on a person, written in parentheses right before token j, starts: where
    they stand in a caption ("X (bên trái) và Y chủ trì") or who they are ("bạn X (31
    tuổi, đại biểu tỉnh Y) cho biết"); the note is no word of the clause. A mention
    ending at j keeps its own parentheses ("X (Trưởng ban Dân vận Tỉnh ủy) chủ trì"), and
    one that reads into the note ends where it does."""
    close = tokens.word_before(j)
    if j in ending or close is None or tokens.text[close] != ")":
        return j
    for k in range(close - 1, max(-1, close - MAX_NOTE_WORDS * 2), -1):
        if tokens.text[k] == "(":
            # a mention may read into its note: "X (Cục trưởng Cục Y tế dự phòng, Bộ Y tế) cho biết"
            into = [r.end for refs in ending.values() for r in refs if r.start < k < r.end <= close]
            return max(into) if into else k if k < close - 1 else j
        if tokens.text[k] == ")" or "\n" in tokens.text[k]:
            return j
    return j


def _in_apposition(tokens: Tokens, ref: Span) -> bool:
    """A mention that a comma may close before its verb: titles after the name ("A,
    Phó Chủ tịch UBND tỉnh, chủ trì"), or a name set off by commas ("Chủ tịch UBND tỉnh,
    ông A, cho biết")."""
    before = tokens.word_before(ref.start)
    return not ref.text.rstrip(" )").endswith(ref._.person.split()[-1]) or (
        before is not None and tokens.text[before] == ",")


def opens_clause(tokens: Tokens, sentence: Span, i: int) -> bool:
    j = i - 1
    while j >= sentence.start and tokens.is_space(j):
        j -= 1
    return j < sentence.start or tokens.text[j] in CLAUSE_OPENERS


def start_of_verb_phrase(tokens: Tokens, i: int, floor: int = 0) -> int:
    """Where the verb at token i starts with the words before it that leave its subject
    the same ("X đã tiếp ...", "X cũng đề nghị ...", "X thay mặt UBND tỉnh trao ..."),
    not before token `floor`."""
    adverbs = tokens.lexicon.meetings.verb_adverbs
    while i > floor:
        if tokens.is_space(i - 1):
            i -= 1
            continue
        start = _phrase_ending_at(adverbs, tokens, i, floor, "")
        if start is None:
            start = _acting_for(adverbs, tokens, i, floor)
        if start is None:
            return i
        i = start
    return i


def _phrase_ending_at(table: PhraseTable[str], tokens: Tokens, i: int, floor: int, value: str) -> int | None:
    """Start of the longest phrase of `table` with this value that ends right before token i."""
    for start in range(max(floor, i - table.longest), i):
        found = table.match(tokens.folded, start)
        if found is not None and found[0] == i and found[1] == value:
            return start
    return None


def _acting_for(adverbs: PhraseTable[str], tokens: Tokens, i: int, floor: int) -> int | None:
    """Start of "thay mặt <body>" ending right before token i (the body by its name or
    by its leader's title: "thừa ủy quyền Chủ tịch UBND tỉnh")."""
    ctx = org_context(tokens.doc, tokens)
    for start in range(max(floor, i - MAX_NAME_TOKENS - adverbs.longest), i - 1):
        found = adverbs.match(tokens.folded, start)
        if found is None or found[1] != "body":
            continue
        k = tokens.skip_space(found[0])
        body = parse_org(tokens, k, ctx) or parse_title(tokens, k, ctx)
        if body is not None and body.end == i:
            return start
    return None


def _listed(tokens: Tokens, refs: list[Span], cue_end: int) -> list[Span]:
    """The people of a list, in text order: up to the first one who is the subject of a
    verb of their own ("Tham dự có A, B. | C đã ghi nhận ...") or whom another role cue
    introduces ("Tham dự có các đại biểu ...; dưới sự chủ trì của | C"); none when the list
    does not open after the cue (`_opens_list`)."""
    if not refs or not _opens_list(tokens, cue_end, refs[0].start):
        return []
    cues = tokens.lexicon.meetings.role_cues
    listed, after = [], cue_end
    for ref in refs:
        if _has_own_verb(tokens, ref) or any(
                (cue := cues.match(tokens.folded, k)) is not None and any(c.scope == "after" for c in cue[1])
                for k in range(after, ref.start)):
            break
        listed.append(ref)
        after = ref.end
    return listed


def _opens_list(tokens: Tokens, cue_end: int, first: int) -> bool:
    """Whether the person mention at token `first` opens the list of a cue ending at
    `cue_end`: right after it ("sự tham dự của | A"), or after a word that introduces a list,
    with no comma between but those of a chain of titles ("Về phía tỉnh | có | đồng chí A",
    "gồm các đồng chí | : | A", "có | Bí thư Trung ương Đảng, Chánh án ... A", "có | lãnh
    đạo tỉnh X; A"); not
    a person the clause names elsewhere ("Về phía ngành, học bổng dành cho em A")."""
    if tokens.skip_space(cue_end) == first:
        return True
    titles, heads = tokens.lexicon.persons.titles, tokens.lexicon.organizations.heads
    for k in range(first - 1, cue_end - 2, -1):  # the cue's own last word may open the list ("dự {event} có")
        if tokens.folded[k] in _LIST_OPENERS:
            return True
        if tokens.text[k] == "," and any(table.match(tokens.folded, tokens.skip_space(k + 1)) is not None
                                         for table in (titles, heads)):
            # a chain of titles before the name: "có Bí thư Trung ương Đảng, Chánh án ... A", "gồm:
            # Phó Tổng tham mưu trưởng, Bộ Quốc phòng Trung tướng A"
            continue
        if tokens.text[k] == ",":
            return False
        # a semicolon separates the items of a list: the first may be a group of people
        # ("Tham dự có lãnh đạo tỉnh X; thiếu tướng A, Tư lệnh Quân khu 7; ...")
    return False


def _has_own_verb(tokens: Tokens, ref: Span) -> bool:
    """Whether a verb follows the mention (`verb_at`)."""
    return verb_at(tokens, tokens.skip_space(ref.end))


def _cues_outside_names(tokens: Tokens, sentence: Span,
                        inside_names: set[int]) -> Iterator[tuple[int, int, list[RoleCue]]]:
    """The role cues of a sentence, (start, end, cues), left to right; none starting inside
    a person's name, where the name's last syllable and the verb may spell a longer cue
    ("Hà Văn Đồng chủ trì" is "chủ trì", not "đồng chủ trì")."""
    cues = tokens.lexicon.meetings.role_cues
    i = sentence.start
    while i < sentence.end:
        found = None if i in inside_names or not cues.starts(tokens.folded[i]) else cues.match(tokens.folded, i)
        if found is None:
            i += 1
            continue
        yield i, found[0], found[1]
        i = found[0]


def _ends_leading_actions(tokens: Tokens, sentence: Span, refs: list[Span], i: int) -> bool:
    """Whether the cue at token i ends a list of actions the sentence opens with, before
    the person who did them: "Trao quyết định, tặng hoa | và | phát biểu tại buổi lễ,
    đồng chí X ..."."""
    before = tokens.word_before(i)
    return before is not None and tokens.folded[before] == "và" and not any(r.start < i for r in refs) \
        and tokens.is_cap(tokens.skip_space(sentence.start))


def _clause_subject(tokens: Tokens, after: list[Span], named: set[int]) -> list[Span]:
    """The subject of the clause a leading phrase opens ("Phát biểu tại hội nghị, | đồng
    chí X ..."): the first person right after a comma, or after a title or degree the
    mention left out ("GS,TS.", capitalized words, tokens of titles and bodies: `named`);
    not one the clause speaks of ("..., lãnh đạo Sở chúc mừng đồng chí X"; "Phát biểu giao
    nhiệm vụ cho X, | Y")."""
    degrees = tokens.lexicon.persons.degrees
    for ref in after:
        before = tokens.word_before(ref.start)
        while before is not None and (tokens.is_cap(before) or before in named or tokens.text[before] == "."
                                      and tokens.folded[before - 1].rsplit(",", 1)[-1] in degrees):
            before = tokens.word_before(before)
        if before is not None and tokens.text[before] == ",":
            return [ref]
    return []


def _source(tokens: Tokens, after: list[Span], end: int) -> list[Span]:
    """The person a statement is reported from: "Theo | ông X, ..." (the mention right
    after the cue, closed by a comma)."""
    if not after or after[0].start != tokens.skip_space(end):
        return []
    closing = tokens.skip_space(after[0].end)
    return [after[0]] if closing < tokens.n and tokens.text[closing] == "," else []


def _without_companion(tokens: Tokens, after: list[Span], end: int) -> list[Span]:
    """The people listed after a cue, without the one it names as their companion: "Cùng
    đi với | Bộ trưởng X | có các đồng chí: A, B" lists A and B."""
    at = tokens.skip_space(end)
    if after and at < tokens.n and tokens.folded[at] == "với" and after[0].start == tokens.skip_space(at + 1):
        return after[1:]
    return after


def _of_event(tokens: Tokens, refs: list[Span], end: int) -> list[Span]:
    """The person a directing word belongs to, when the meeting is named right after them
    ("kết luận của X tại buổi làm việc", "Đó là yêu cầu của X, Chủ tịch UBND tỉnh, tại cuộc họp")."""
    ref = next((r for r in refs if r.start == tokens.skip_space(end)), None)
    if ref is None:
        return []
    j = tokens.skip_space(ref.end)
    if j < tokens.n and tokens.text[j] == ",":
        j = tokens.skip_space(j + 1)  # the comma closing the titles after the name
    if j >= tokens.n or tokens.folded[j] not in _AT_EVENT:
        return []
    found = tokens.lexicon.meetings.event_words.match(tokens.folded, tokens.skip_space(j + 1))
    return [ref] if found is not None and found[1] == "noun" else []


def _event_anchor(doc: Doc, tokens: Tokens) -> tuple[int, list[Span]] | None:
    """Where the article first names its meeting, by a noun or by a verb right after its
    subject, and the person or body that holds it when the sentence says so ("X có buổi
    làm việc với Y", "UBND tỉnh họp ..."); None when it names none. After the lead, a
    meeting is one a sentence names with someone at it, a person or a body ("Phát biểu tại
    lễ khởi công, X ..."), not a kind of gathering ("không tập trung tại lễ hội, nghi lễ ...")."""
    subjects = SpanIndex([*doc.spans["person_ref"], *doc.spans["org"]])
    lead_end = _lead_end(doc)
    by_end: dict[int, list[Span]] = {}
    for span in subjects.spans:
        by_end.setdefault(span.end, []).append(span)
    event_words = tokens.lexicon.meetings.event_words
    i = 0
    while i < tokens.n:
        match = event_words.match(tokens.folded, i)
        if match is None:
            i += 1
            continue
        end, form = match
        if form != "other" and not _many_gatherings(tokens, i):
            sentence = doc[i].sent
            holders = by_end.get(start_of_verb_phrase(tokens, i, sentence.start), [])
            if holders or form == "noun" and (i < lead_end or subjects.starting_in(sentence.start, sentence.end)):
                return i, [min(holders, key=lambda s: s.start)] if holders else []
        i = end
    return None


def _many_gatherings(tokens: Tokens, i: int) -> bool:
    """Whether the event word at token i names gatherings of a kind ("không tập trung tại các lễ
    hội"), not the sessions an official holds ("X có các buổi làm việc với lãnh đạo các xã")."""
    before = tokens.word_before(i)
    if before is None or tokens.folded[before] not in _MANY:
        return False
    held = tokens.word_before(before)
    return not (tokens.folded[before] == "các" and held is not None and tokens.folded[held] == _HOLDS)


def _label(doc: Doc, tokens: Tokens, start: int, holders: list[Span], max_tokens: int) -> str:
    """The meeting's name: its holder (when the sentence names one right before the event
    word) and the words from the event word to where the name ends."""
    sentence = doc[start].sent
    person_starts = {r.start for r in doc.spans["person_ref"] if sentence.start <= r.start < sentence.end}
    end = _name_end(tokens, sentence, start, person_starts, max_tokens)
    words = tokens.span_text(start, end).strip(" ,:-–.")
    if holders:
        holder = holders[0]
        between = tokens.span_text(holder.end, start).strip(" ,")
        words = " ".join(filter(None, (_holder_text(tokens, holder), between, words)))
    return words[:1].upper() + words[1:]


def _name_end(tokens: Tokens, sentence: Span, start: int, person_starts: set[int], max_tokens: int) -> int:
    """Where the name of a meeting starting at token `start` ends: at the clause's
    punctuation, a word of event_label_ends.tsv, the meeting's time, or a comma before a
    person (`person_starts`)."""
    meetings = tokens.lexicon.meetings
    end, last_comma = start, None
    while end < sentence.end and end - start < max_tokens:
        text = tokens.text[end]
        if text in _LABEL_STOPS or "\n" in text or meetings.label_ends.match(tokens.folded, end) \
                or _time_at(tokens, end):
            return end
        if text == ",":
            after = tokens.skip_space(end + 1)
            if after in person_starts or meetings.label_ends.match(tokens.folded, after) or _time_at(tokens, after):
                return end
            last_comma = end
        end += 1
    if end - start >= max_tokens and last_comma is not None:
        return last_comma  # a long name ends at a clause boundary, not mid-phrase
    return end


def _lead_end(doc: Doc) -> int:
    """Where the article's lead (its first sentences) ends."""
    for number, sentence in enumerate(doc.sents):
        if number == LEAD_SENTENCES:
            return sentence.start
    return len(doc)


def _time_at(tokens: Tokens, i: int) -> bool:
    """When the meeting was held, starting at token i: "vào chiều nay", "sáng 15/8"."""
    times = tokens.lexicon.meetings.time_words
    if i < tokens.n and tokens.folded[i] == "vào":
        i = tokens.skip_space(i + 1)
    lead = times.match(tokens.folded, i)
    if lead is None or lead[1] != "lead_time":
        return False
    after = tokens.skip_space(lead[0])
    modifier = times.match(tokens.folded, after)
    return after < tokens.n and (tokens.text[after][0].isdigit() or (
        modifier is not None and modifier[1] == "lead_time_modifier"))


def _holder_text(tokens: Tokens, holder: Span) -> str:
    """How a label names who holds the meeting: a body as written, an official by the
    title written before the name with the name ("Chủ tịch UBND tỉnh Nguyễn Văn A"), by
    the title alone when coreference found the official ("Bí thư Tỉnh ủy"), or by the
    name alone when the titles follow it."""
    if holder._.person is None:
        return holder.text
    start = holder.start
    honorific = tokens.lexicon.persons.honorifics.match(tokens.folded, start)
    if honorific is not None and honorific[0] < holder.end:
        start = tokens.skip_space(honorific[0])
    text = tokens.span_text(start, holder.end)
    return holder._.person if text.startswith(holder._.person) else text


def _organizer(doc: Doc, tokens: Tokens, sentence: Span, noun_at: int) -> str | None:
    """The body that holds the meeting: named with "do ... tổ chức" ("Hội nghị do Sở Nội
    vụ tổ chức"), or an organization opening the event sentence before its noun ("UBND
    tỉnh tổ chức hội nghị", "Thường trực Tỉnh ủy có buổi làm việc"), after no person."""
    for span in doc.spans["org"]:
        after = tokens.skip_space(span.end)
        if span.start and tokens.folded[span.start - 1] == AGENT and after < tokens.n \
                and tokens.folded[after] == "tổ" and tokens.folded[after + 1: after + 2] == ["chức"]:
            return span._.org.canonical
    people = [r.start for r in doc.spans["person_ref"] if sentence.start <= r.start < noun_at]
    in_refs = {t for r in doc.spans["person_ref"] for t in range(r.start, r.end)}
    for span in sorted(doc.spans["org"], key=lambda s: s.start):
        if sentence.start <= span.start < noun_at and span.start not in in_refs:
            if any(start < span.start for start in people):
                return None
            before = doc[sentence.start:span.start].text.strip(" ,-–")
            if not before or before.split()[-1:] in (["Ngày"], ["ngày"]) or any(c.isdigit() for c in before):
                return span._.org.canonical
            return None
    return None


@Language.factory("vi_events", assigns=["doc._.facts"], requires=["doc.spans", "doc._.facts"],
                  default_config={"max_label_tokens": 40})
class Events(Stage):
    """`max_label_tokens`: the longest name a meeting's label takes (a longer one ends at
    its last comma)."""

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
    found = _event_anchor(doc, tokens)
    if found is None:
        return None
    start, holders = found
    sentence = doc[start].sent
    refs = SpanIndex(doc.spans["person_ref"])
    participations: list[Participation] = []
    inside_names = {t for r in refs.spans for t in range(r.start + 1, r.end)}
    named = {t for span in (*doc.spans["title"], *doc.spans["org"]) for t in range(span.start, span.end)}
    for sent in doc.sents:
        in_sentence = refs.starting_in(sent.start, sent.end)
        if not in_sentence:
            continue
        for i, end, entries in _cues_outside_names(tokens, sent, inside_names):
            for cue in entries:
                if cue.scope == "subject":
                    people = subjects_before(tokens, in_sentence, i)
                elif cue.scope == "of-event":
                    people = _of_event(tokens, in_sentence, end)
                elif cue.scope == "after" or opens_clause(tokens, sent, i) \
                        or cue.scope == "first" and _ends_leading_actions(tokens, sent, in_sentence, i):
                    after = [r for r in in_sentence if r.start >= end]
                    if cue.scope == "first":
                        people = _clause_subject(tokens, after, named)
                    elif cue.scope == "source":
                        people = _source(tokens, after, end)
                    else:
                        people = _listed(tokens, _without_companion(tokens, after, end), end)
                else:
                    people = []
                for ref in people:
                    for role in cue.roles:
                        participations.append(Participation(ref._.person, role, evidence_for(ref)))
    if not participations and start >= _lead_end(doc):
        return None
    directed = {p.person for p in participations if p.role == "directed"}
    kept: dict[tuple[str, str], Participation] = {}
    for p in participations:
        if not (p.role == "spoke" and p.person in directed):
            kept.setdefault((p.person, p.role), p)
    return Event(
        label=_label(doc, tokens, start, holders, max_label_tokens),
        date=facts.article.date,
        organizer=_organizer(doc, tokens, sentence, start),
        participations=list(kept.values()),
        evidence=evidence_for(sentence),
    )
