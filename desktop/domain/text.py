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


def fold(text: str) -> str:
    """Lower-case, drop accents and Arabic diacritics, unify Arabic letter forms,
    turn Arabic-Indic digits into ASCII and punctuation into spaces."""
    text = text.translate(_ARABIC_FOLD)
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


def index_words(text: str) -> list[str]:
    """Folded words for an index: Arabic words that start with the article "ال"
    are indexed with and without it, so "خيالي" finds "الخيالي"."""
    words = tokens(text)
    extra = [word[2:] for word in words if word.startswith("ال") and len(word) > 3]
    return words + extra
