"""Danish numbers in one token: digits the Danish way, ranges and number words.

"2.425" is 2425 and "1,5" is 1.5 (Babel's Danish locale rules); "1½" is
1.5; "200-300" and "8–10" are ranges; "to", "tre", "tolv", "tyve" are number words
(text2num's Danish). The articles "en"/"et" are words too, but whether they
count is up to the caller, who sees the context.
"""

from __future__ import annotations

import functools
import math
import re
import unicodedata

from babel.numbers import NumberFormatError, parse_decimal
from text_to_num import text2num

# A Danish digit string: thousands with ".", decimals with "," (2.425 / 1,5 / 12).
DIGITS = r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?"
NUMBER = re.compile(rf"(?:{DIGITS})")
RANGE = re.compile(rf"({DIGITS})\s*[-–—]\s*({DIGITS})")
VULGAR_FRACTIONS = "½⅓⅔¼¾"
"""Fractions written as one character after the whole: "1½ årsværk", "2½ mio."."""
SLASH_FRACTION = re.compile(r"([1-3])/([2-4])")
"""A fraction after a whole number and a space: "1 1/2"."""

ARTICLES = frozenset({"en", "et"})
"""Number words that are mostly articles ("et møde" may be one meeting or just a meeting)."""

# Number words text2num does not read.
EXTRA_WORDS = {"ét": 1.0, "èt": 1.0, "én": 1.0, "halvanden": 1.5, "halvandet": 1.5, "nul": 0.0}

SCALES = {"mio.": 1e6, "mio": 1e6, "million": 1e6, "millioner": 1e6,
          "mia.": 1e9, "mia": 1e9, "milliard": 1e9, "milliarder": 1e9, "tusind": 1e3, "tusinde": 1e3}
"""Words after a number that multiply it ("1,2 mio.")."""


def parse_digits(text: str) -> float | None:
    """A Danish digit string as a number ("2.425" → 2425, "1,5" → 1.5, "1½" → 1.5), else None."""
    if text and text[-1] in VULGAR_FRACTIONS:
        whole = parse_digits(text[:-1]) if len(text) > 1 else 0.0
        return None if whole is None else whole + unicodedata.numeric(text[-1])
    if not NUMBER.fullmatch(text):
        return None
    try:
        value = float(parse_decimal(text, locale="da"))
    except NumberFormatError:
        return None
    return value if math.isfinite(value) else None  # 400 digits are no count, and no JSON number


def parse_fraction(text: str) -> float | None:
    """A proper fraction written with a slash ("1/2" → 0.5, "3/4" → 0.75), else None."""
    match = SLASH_FRACTION.fullmatch(text)
    if not match or int(match.group(1)) >= int(match.group(2)):
        return None
    return int(match.group(1)) / int(match.group(2))


def parse_range(text: str) -> tuple[float, float] | None:
    """A range in one token ("200-300", "8–10") as (low, high), else None."""
    match = RANGE.fullmatch(text)
    if not match:
        return None
    low, high = parse_digits(match.group(1)), parse_digits(match.group(2))
    if low is None or high is None or low > high:
        return None
    return low, high


@functools.lru_cache(maxsize=4096)
def parse_word(word: str) -> float | None:
    """A Danish number word ("tre" → 3, "fireogtyve" → 24, "ét" → 1), else None."""
    word = word.lower()
    if word in EXTRA_WORDS:
        return EXTRA_WORDS[word]
    if not word.isalpha():
        return None
    try:
        return float(text2num(word, "da"))
    except ValueError:
        return None


def is_year(value: float) -> bool:
    """A whole number that reads as a year of these annexes' time (1950-2100)."""
    return value.is_integer() and 1950 <= value <= 2100
