"""Text folding for search: the same function runs on indexed text and on queries."""

import re
import unicodedata

# Arabic letter variants folded to one form; Persian/Urdu look-alikes too.
_ARABIC_FOLD = str.maketrans(
    {
        "أ": "ا",
        "إ": "ا",
        "آ": "ا",
        "ٱ": "ا",
        "ٲ": "ا",
        "ٳ": "ا",
        "ة": "ه",
        "ى": "ي",
        "ی": "ي",
        "ئ": "ي",
        "ؤ": "و",
        "ک": "ك",
        "ـ": None,  # tatweel
        "\u200c": None,
        "\u200d": None,
        "\u200f": None,
        "\u200e": None,
    }
)
_NON_WORD = re.compile(r"[^\w]+")
_ARTICLE = "ال"
_CLITICS = ("و", "ب", "ف", "ك")


def fold(text: str) -> str:
    """Lower-case, drop accents and Arabic diacritics, unify Arabic letter forms,
    turn Arabic-Indic digits into ASCII and punctuation into spaces."""
    decomposed = unicodedata.normalize("NFKD", text)
    kept = []
    for char in decomposed:
        if unicodedata.combining(char):
            continue
        if char.isdigit():
            char = str(unicodedata.digit(char, char))
        kept.append(char)
    folded = "".join(kept).translate(_ARABIC_FOLD).casefold()
    return _NON_WORD.sub(" ", folded).strip()


def tokens(text: str) -> list[str]:
    return [token for token in fold(text).split() if token]


def digits(text: str) -> str:
    """Only the digits of a phone number, so "+221 77 123" finds "22177123"."""
    return "".join(char for char in fold(text) if char.isdigit())


def article_free(word: str) -> str | None:
    """A folded Arabic word without its article ("المدرسه" → "مدرسه"), also after
    one of the prefixes و ب ف ك ("بالمدرسه") and as "لل" ("للمدرسه"); None when
    the word has no article (or is too short to be article + word)."""
    if word.startswith(_ARTICLE) and len(word) > 3:
        return word[2:]
    if word.startswith("لل") and len(word) > 4:
        return word[2:]
    if word[:1] in _CLITICS and word[1:3] == _ARTICLE and len(word) > 4:
        return word[3:]
    return None


def index_words(text: str) -> list[str]:
    """Folded words for an index: Arabic words with the article (see
    ``article_free``) are indexed with and without it, so "خيالي" finds
    "الخيالي" and "مدرسة" finds "بالمدرسة"."""
    words = tokens(text)
    extra = [bare for bare in map(article_free, words) if bare]
    return words + extra


_NOT_SLUG = re.compile(r"[^a-z0-9]+")


def ascii_slug(text: str, limit: int | None = None) -> str:
    """Lower-case ASCII words joined by ``-``: ``"Thiès Nord"`` → ``"thies-nord"``;
    ``""`` when nothing is left (Arabic only, say)."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii").lower()
    slug = _NOT_SLUG.sub("-", ascii_text).strip("-")
    return slug[:limit].strip("-") if limit else slug
