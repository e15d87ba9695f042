"""`kg ask`: questions as people ask them, in Vietnamese or English, answered from the store.

    words = vocabulary(Lexicon.load())  # once: it reads a dozen tables
    answer(store, "Ai chủ trì buổi làm việc với Sở TTTT Thái Bình?", words)
    answer(store, "Who directed the Hà Tĩnh conference in December 2020?", words)

A question is read as an intent and its slots, not matched against a list of
phrasings; each module has one job:

- `kg.ask.vocabulary` reads the words (the one place that reads the data files);
- `kg.ask.tokens`, `kg.ask.times`, `kg.ask.mentions`, `kg.ask.english` and `kg.ask.grammar`
  are the question grammar: tokens, times (with extraction's date grammar), what the
  question names (bodies named in English apart), and the intent and slots;
- `kg.ask.resolve` resolves names against the store (people, bodies, provinces);
- `kg.ask.overlap` and `kg.ask.events` find events by meaning; `kg.ask.facts` reads the
  other facts; `kg.ask.search` is the fallback when no intent fits;
- `kg.ask.answers` turns a reading into an answer, `kg.ask.render` shows it as text or JSON.

Values from the question reach SPARQL only as RDF terms in VALUES blocks (IRIs the
store returned, or escaped literals), never as query syntax.
"""
from __future__ import annotations

from kg.ask.answers import answer_reading
from kg.ask.grammar import read
from kg.ask.render import Answer, AnswerRow, Source
from kg.ask.resolve import Catalog
from kg.ask.vocabulary import Vocabulary, vocabulary
from kg.store import Store

MAX_QUESTION_CHARS = 500  # a question, not a document
MAX_EXAMPLES = 8  # example questions in an UnknownQuestion message

__all__ = ["Answer", "AnswerRow", "Asker", "Source", "UnknownQuestion", "Vocabulary", "answer", "example_questions",
           "vocabulary"]


class UnknownQuestion(ValueError):
    """A question that cannot be read at all, or whose words the store shares nowhere;
    the one-line message lists example questions."""

    def __init__(self, question: str, reason: str, words: Vocabulary) -> None:
        self.question = question
        self.examples = example_questions(words)
        first_per_intent: dict[str, str] = {}
        for intent, _, example in words.examples:
            first_per_intent.setdefault(intent, example)
        shown = "; ".join(f'"{example}"' for example in list(first_per_intent.values())[:MAX_EXAMPLES])
        one_line = " ".join(question.split())
        if len(one_line) > 80:
            one_line = one_line[:79] + "…"
        super().__init__(f'cannot answer "{one_line}": {reason}; ask in Vietnamese or English, '
                         f'for example: {shown}')


def example_questions(words: Vocabulary) -> list[str]:
    return [example for _, _, example in words.examples]


class Asker:
    """Answers questions from one store, keeping what it read of it (names, bodies, events)
    from one question to the next: for a store that does not change meanwhile (`kg serve`
    holds the store's lock while it serves)."""

    def __init__(self, store: Store, words: Vocabulary) -> None:
        self.store = store
        self.vocabulary = words
        self.catalog = Catalog(store, self.vocabulary)

    def answer(self, question: str) -> Answer:
        """Answer `question`. Raises UnknownQuestion for an empty or overlong question, or one
        that fits no intent and shares no word with any fact."""
        if not question.strip():
            raise UnknownQuestion(question, "the question is empty", self.vocabulary)
        if len(question) > MAX_QUESTION_CHARS:
            raise UnknownQuestion(question, f"a question has at most {MAX_QUESTION_CHARS} characters",
                                  self.vocabulary)
        reading = read(question, self.catalog, self.vocabulary)
        reply = answer_reading(reading, self.catalog, self.vocabulary)
        if reply.intent == "search" and not reply.search:
            raise UnknownQuestion(question, "no question I know fits it, and no fact in the store shares its words",
                                  self.vocabulary)
        return reply


def answer(store: Store, question: str, words: Vocabulary) -> Answer:
    """Answer `question` from `store` with `words` (`vocabulary(lexicon)`), reading what it
    needs of the store afresh (see `Asker`)."""
    return Asker(store, words).answer(question)
