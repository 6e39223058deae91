"""Reports in docs/ that several commands write: each owns a block between its markers."""

from __future__ import annotations

import re
from pathlib import Path


def replace_section(path: Path, start: str, end: str, text: str, prepend: bool = False) -> None:
    """Write `text` (which begins with `start` and ends with `end`) into `path` in place of
    the block between those markers; where there is none, put it first or last. The rest of
    the file (notes written by hand, other commands' sections) is kept."""
    old = path.read_text(encoding="utf-8") if path.exists() else ""
    pattern = re.compile(re.escape(start) + r".*?" + re.escape(end), re.S)
    if pattern.search(old):
        new = pattern.sub(lambda _: text, old)
    elif prepend:
        new = text + ("\n\n" + old.lstrip("\n") if old else "\n")
    else:
        new = old.rstrip("\n") + ("\n\n" if old else "") + text + "\n"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(new, encoding="utf-8")
