"""Cleaning of single values of a library export: text, SIRET, dates, coordinates, tags, enums.

Each checker returns the cleaned value and, when something is wrong, an `Issue` (a bilingual
message and a severity); the row builder in `library` turns issues into `ImportProblem` rows.
Severity ``error`` means the value is wrong (dropped or not trustworthy); ``warning`` means it is
kept as given but is not standard.
"""

from __future__ import annotations

import datetime as dt
import difflib
import functools
import math
import re
import unicodedata
from typing import NamedTuple

from assist.text.analyser import fold
from assist.text.vocab import VOCABULARIES


class Issue(NamedTuple):
    message: str
    severity: str = "warning"


# Free-text fields keep their line breaks; every other field is one line.
MULTILINE = {
    "usage_description", "status_abandon", "algorithme_description", "algorithme_operations",
    "impact_environnement", "financement", "risque", "proportionalite", "decision",
    "reversibilite", "objection",
}
TAG_FIELDS = {
    "partenaires", "sous_theme", "audience_service", "type_algorithme", "donnees_source",
    "donnees_acces",
}
ENUM_FIELDS = set(VOCABULARIES)
# Values that mean "nothing" in the export's tags fields (e.g. partenaires "/").
EMPTY_MARKS = {"", "/", "-", "—", "–", "n/a", "na", "aucun", "aucune", "neant", "néant"}

# Control characters, and the invisible ones that change how a text reads: zero-width
# spaces and joiners, bidirectional embeddings, overrides and isolates (a title that shows
# reversed), word joiners, byte order marks.
# A one-line field (a name, a status, a date, an authority) longer than this is reported.
LONG_LINE = 1_000
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e"
                      r"\u2060-\u2064\u2066-\u2069\ufeff]")
_SPACES = re.compile(r"[^\S\n]+")


def clean_text(raw: str, multiline: bool) -> tuple[str, Issue | None]:
    """Strip control characters and outer spaces; one-line fields get their newlines collapsed.

    >>> clean_text("Expérimentation IA \\npour la détection ", multiline=False)[0]
    'Expérimentation IA pour la détection'
    """
    text = raw.replace("\r\n", "\n").replace("\r", "\n")
    issue = None
    if _CONTROL.search(text):
        text = _CONTROL.sub("", text)
        issue = Issue("caractères de contrôle supprimés / control characters removed")
    if "\ufffd" in text:  # bytes the file's encoding could not read (library.DAMAGED_UTF8)
        issue = Issue("octets illisibles remplacés par « \ufffd » / unreadable bytes replaced "
                      "by '\ufffd'")
    if multiline:
        lines = [_SPACES.sub(" ", line).strip() for line in text.split("\n")]
        return "\n".join(lines).strip("\n"), issue
    return " ".join(text.split()), issue


def luhn_ok(digits: str) -> bool:
    """Luhn checksum of a SIREN/SIRET; La Poste's establishments may use their own rule."""
    total = 0
    for i, char in enumerate(reversed(digits)):
        d = int(char) * (2 if i % 2 else 1)
        total += d - 9 if d > 9 else d
    if total % 10 == 0:
        return True
    return digits.startswith("356000000") and sum(int(d) for d in digits) % 5 == 0


@functools.lru_cache(maxsize=4096)
def clean_siret(value: str) -> tuple[str, Issue | None]:
    """Digits only when the value is digits and spacing; otherwise kept as given and reported."""
    if not value:
        return "", None
    if re.fullmatch(r"\d(\.\d+)?[eE]\+?\d+", value):
        return value, Issue("SIRET transformé en nombre par un tableur / SIRET turned into a "
                            "number by a spreadsheet: export the column as text", "error")
    compact = re.sub(r"[\s.\-]", "", value)
    if not compact.isdigit():
        return value, Issue("SIRET non numérique / SIRET is not numeric", "error")
    if len(compact) != 14:
        return compact, Issue(f"SIRET de {len(compact)} chiffres au lieu de 14 / "
                              f"SIRET has {len(compact)} digits instead of 14", "error")
    if not luhn_ok(compact):
        return compact, Issue("SIRET invalide (clé de Luhn) / invalid SIRET (Luhn check)",
                              "error")
    return compact, None


_DATE_PATTERNS = (
    (re.compile(r"(\d{4})"), ("y",)),
    (re.compile(r"(\d{1,2})[/.\-](\d{4})"), ("m", "y")),
    (re.compile(r"(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})"), ("d", "m", "y")),
    (re.compile(r"(\d{4})[/.\-](\d{1,2})"), ("y", "m")),
    (re.compile(r"(\d{4})[/.\-](\d{1,2})[/.\-](\d{1,2})(?:[ T][\d:.]+Z?)?"), ("y", "m", "d")),
)


@functools.lru_cache(maxsize=4096)
def parse_date(value: str) -> dt.date | None:
    """The earliest day a date may mean (``"05/2024"`` is 2024-05-01), or None if unreadable."""
    for pattern, parts in _DATE_PATTERNS:
        found = pattern.fullmatch(value.strip())
        if found:
            got = dict(zip(parts, (int(g) for g in found.groups())))
            try:
                return dt.date(got["y"], got.get("m", 1), got.get("d", 1))
            except ValueError:
                return None
    return None


def check_date(value: str, today: dt.date) -> tuple[int | None, Issue | None]:
    """The year of a date; unreadable, implausible or future dates give no year and an issue."""
    if not value:
        return None, None
    day = parse_date(value)
    if day is None:
        return None, Issue("date illisible / unreadable date (formats: MM/AAAA, JJ/MM/AAAA, "
                           "AAAA, AAAA-MM-JJ)", "error")
    if day.year < 1950:
        return None, Issue("date invraisemblable / implausible date", "error")
    if day > today:
        return None, Issue("date dans le futur / date in the future", "error")
    return day.year, None


def clean_coordinate(value: str, limit: float) -> tuple[float | None, Issue | None]:
    """A latitude (limit 90) or longitude (limit 180); a decimal comma is accepted."""
    if not value:
        return None, None
    text = value.replace(" ", "").replace("\u00a0", "")
    if "," in text and "." not in text:
        text = text.replace(",", ".")
    try:
        number = float(text)
    except ValueError:
        return None, Issue("coordonnée illisible / unreadable coordinate", "error")
    if not math.isfinite(number) or abs(number) > limit:
        return None, Issue(f"coordonnée hors limites (±{limit:g}) / coordinate out of range",
                           "error")
    return number, None


# A hyphen next to these words is part of a name, not a separator between tags:
# "Saint-Quentin", "Noisy-le-Grand", "Île-de-France".
_SAINTS = {"saint", "sainte", "st", "ste"}
_PARTICLES = {"de", "du", "des", "d", "le", "la", "les", "l", "sur", "sous", "en", "lès", "lez",
              "aux", "au", "et"}


def _joins(left: str, right: str) -> bool:
    """Whether the hyphen between `left` and `right` belongs to a compound word."""
    left_words, right_words = re.split(r"[\s-]+", left.strip()), right.split()
    if not left_words[-1] or not right_words:
        return True
    before, after = left_words[-1], right_words[0]
    if before.lower() in _SAINTS or before in _PARTICLES or after in _PARTICLES:
        return True
    # "e-administration", "éco-conception": common nouns, not two names.
    return (len(before) == 1 and before.isalpha()) or (before.islower() and after[0].islower())


def _split_hyphens(text: str) -> list[str]:
    # Pieces are gathered in lists and joined once: growing a string piece by piece made a
    # long hyphenated cell quadratic.
    parts: list[list[str]] = []
    for piece in text.split("-"):
        if parts and _joins(parts[-1][-1], piece):
            parts[-1].append(piece)
        else:
            parts.append([piece])
    return ["-".join(p) for p in parts]


@functools.lru_cache(maxsize=4096)
def split_tags(value: str, field: str) -> tuple[str, ...]:
    """Split a tags field into its items, without duplicates, in order.

    Every tags field splits on ``,``, ``;``, line breaks and a spaced `` - ``. A bare ``-``
    also splits `partenaires` (the Grist widget's separator: "Datanumia-EDF-Erinadis"), and
    the other tags fields only when the value has no other separator; hyphens inside names
    ("Saint-Quentin", "Noisy-le-Grand") never split. Partner names with a hyphen between two
    capitalised words ("Exo-Dev") cannot be told from two partners and are split.
    """
    pieces = [p for p in re.split(r"[,;\n]|\s+[-–—]\s+", value)]
    bare_hyphen = field == "partenaires" or len(pieces) == 1
    items: dict[str, None] = {}  # ordered, and a membership test in constant time
    for piece in pieces:
        for item in (_split_hyphens(piece) if bare_hyphen else [piece]):
            item = " ".join(item.split()).strip(" -–—")
            if item not in items and fold(item) not in EMPTY_MARKS:
                items[item] = None
    return tuple(items)


@functools.lru_cache(maxsize=4096)
def match_enum(field: str, value: str) -> tuple[str, Issue | None]:
    """The canonical label of a controlled value, or the value as given with a suggestion."""
    vocabulary = VOCABULARIES[field]
    label = vocabulary.match(value)
    if label is not None:
        return label, None
    message = f"valeur hors liste / value not in the list: {value!r}"
    folded = {fold(label): label for label in vocabulary.labels}
    close = difflib.get_close_matches(fold(value), list(folded), n=1, cutoff=0.75)
    if close:
        message += f" (vouliez-vous dire / did you mean {folded[close[0]]!r}?)"
    return value, Issue(message)


def slug(text: str, length: int = 40) -> str:
    """ASCII, lower case, words joined by ``-``, at most `length` characters."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    words = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    return words[:length].rstrip("-")
