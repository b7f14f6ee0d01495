"""Search folding for the handbook: the same words for indexed text and queries.

Built on ``desktop.domain.text.fold`` (case, accents, Arabic letter variants,
diacritics, tatweel). On top of it:

* French elisions (``l'``, ``d'``, ``qu'``, ``jusqu'``… with ``'`` or ``’``) are
  dropped before a word, so "l’école", "l'ecole" and "école" are one word;
* Arabic words are indexed with and without the article "ال" (also after the
  one-letter prefixes و ب ف ك, and "لل"), so "مدرسة" finds "المدرسة";
* queries become FTS5 prefix terms, each a quoted string: any user text is safe.

Words are found in the original text with ``WORD`` so that the index and the
snippets agree on what a word is: the folded words of a text are aligned one to
one with the ``WORD`` matches of that text.
"""

import re
import unicodedata

from ..domain.text import article_free, fold

# Arabic diacritics, Quranic marks, tatweel and joiners may sit inside a word.
_MARKS = "\u0300-\u036f\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640\u200c\u200d"
_ELISION = r"(?:jusqu|lorsqu|puisqu|qu|[ldjmnstc])['’](?=\w)"
#: One word of original text; group 1 is the word without a French elision.
WORD = re.compile(rf"(?:{_ELISION})?(\w[\w{_MARKS}]*)", re.IGNORECASE)

_TRAILING_ELISION = re.compile(r"(?<!\w)(?:jusqu|lorsqu|puisqu|qu|[ldjmnstc])['’]\s*$", re.IGNORECASE)

__all__ = ["WORD", "article_free", "fold_word", "folded_words", "index_text", "match_expression", "matches",
           "normalise", "query_terms"]


def normalise(text: str) -> str:
    """NFC, so that a word's characters are found whole by ``WORD``."""
    return unicodedata.normalize("NFC", text)


def fold_word(word: str) -> str:
    """One original word as one folded word (never empty, never with a space)."""
    return fold(word).replace(" ", "") or "_"


def folded_words(text: str) -> list[str]:
    """The folded form of each word of ``text``, aligned with the ``WORD`` matches."""
    return [fold_word(match.group(1)) for match in WORD.finditer(text)]


def index_text(words: list[str]) -> str:
    """What goes into an FTS column: the folded words, then the article-free forms
    (``desktop.domain.text.article_free``, the rule the case search uses too)."""
    extra = [bare for bare in map(article_free, words) if bare]
    return " ".join(words + extra)


def query_terms(query: str) -> list[str]:
    """The folded words of a user's query, Arabic ones without their article,
    duplicates removed, order kept."""
    terms: list[str] = []
    # "l'" just typed, before the word: not a word of its own
    for word in folded_words(_TRAILING_ELISION.sub("", normalise(query))):
        word = article_free(word) or word  # the index holds every word without its article too
        if word != "_" and word not in terms:
            terms.append(word)
    return terms


def match_expression(terms: list[str], *, any_term: bool = False) -> str:
    """An FTS5 MATCH expression: every term a quoted prefix (``"ecole"*``).

    Folded terms hold only word characters, so quoting cannot be broken and
    operators typed by the user (``NEAR``, ``OR``, ``*``, parentheses) are plain
    words or gone.
    """
    joiner = " OR " if any_term else " "
    return joiner.join(f'"{term}"*' for term in terms)


def matches(word: str, terms: tuple[str, ...]) -> bool:
    """Whether a folded word is one the query found (a term is its prefix)."""
    if word.startswith(terms):
        return True
    bare = article_free(word)
    return bare is not None and bare.startswith(terms)
