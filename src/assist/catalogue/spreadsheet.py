"""Cells of every CSV the product writes, made safe to open in a spreadsheet.

A cell that begins with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return is run as a
formula by Excel and LibreOffice (``=HYPERLINK(...)``, ``=cmd|...``): OWASP's rule is to
prefix such a cell with a single quote, which spreadsheets show as text. A real number
(``-0.58``, ``+3``) is left as it is, so negative coordinates stay numbers.

>>> neutralise("=HYPERLINK(\\"http://x\\")"), neutralise("-0.58"), neutralise("Metz")
('\\'=HYPERLINK("http://x")', '-0.58', 'Metz')
"""

from __future__ import annotations

import re
from typing import Any

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
NUMBER = re.compile(r"[+-]?(\d+([.,]\d*)?|[.,]\d+)([eE][+-]?\d+)?")


def neutralise(value: Any) -> Any:
    """`value` with a leading ``'`` when a spreadsheet would read it as a formula."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS) \
            and not NUMBER.fullmatch(value):
        return "'" + value
    return value
