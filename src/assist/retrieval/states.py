"""Passages' token states on disk, for the decision's late pass (`late.py`).

e5-small's last hidden states of each token of a passage's first window (what `late`
compares word by word with the question's), computed in the same forward pass as the
passage's vector (`E5Onnx.passages_with_states`), stored unit-length in 8 bits per value
with one float32 scale per token: 384 + 4 bytes a token, about 63 kB for a passage of the
shipped corpus (163 tokens on average). Four numpy files, memory-mapped: a question reads
the rows of its best passage only.

- `states.npy`: int8, one row per token, passages one after another;
- `states-scale.npy`: float32, the scale of each row;
- `states-offsets.npy`: int64, where each passage's rows start (one more: the end);
- `states-keys.npy`: each passage's text key (`embed.text_key`), so a rebuild or a seed
  reuses the states of texts already encoded.

Storing them costs ~63 MB per 1 000 passages, ~63 GB per 1 000 000: indexes above
`STATES_LIMIT` passages store none, and the late pass encodes its passage on demand (one
passage per question, kept in a small cache by text).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path

import numpy as np

# Above this many passages an index stores no token states (~1.3 GB at 163 tokens a
# passage): its late pass encodes the one passage it reads (docs/PERFORMANCE.md).
STATES_LIMIT = 20_000
FILES = ("states.npy", "states-scale.npy", "states-offsets.npy", "states-keys.npy")
KEY = "S40"


def quantise(states: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Unit-length rows to 8 bits per value and one scale per row (symmetric, per token)."""
    states = np.asarray(states, dtype=np.float32)
    scale = np.abs(states).max(axis=1) / 127.0
    scale = np.where(scale == 0, 1.0, scale).astype(np.float32)
    return np.clip(np.rint(states / scale[:, None]), -127, 127).astype(np.int8), scale


def dequantise(values: np.ndarray, scale: np.ndarray) -> np.ndarray:
    return np.asarray(values, dtype=np.float32) * np.asarray(scale, dtype=np.float32)[:, None]


class TokenStates:
    """The token states of a folder's passages, memory-mapped; one passage by position."""

    def __init__(self, folder: Path, prefix: str = "") -> None:
        names = [folder / (prefix + name) for name in FILES]
        self.values = np.load(names[0], mmap_mode="r", allow_pickle=False)
        self.scale = np.load(names[1], mmap_mode="r", allow_pickle=False)
        self.offsets = np.load(names[2], allow_pickle=False)
        self.keys = np.load(names[3], allow_pickle=False)
        if (self.values.ndim != 2 or self.values.dtype != np.int8
                or len(self.scale) != len(self.values) or len(self.offsets) != len(self.keys) + 1
                or (len(self.offsets) and int(self.offsets[-1]) != len(self.values))):
            raise ValueError(f"token states in {folder} do not agree with each other")
        self._positions: dict[bytes, int] | None = None

    def __len__(self) -> int:
        return len(self.keys)

    def get(self, position: int) -> np.ndarray:
        """Unit-length (to 8-bit rounding) float32 states of passage `position`."""
        start, end = int(self.offsets[position]), int(self.offsets[position + 1])
        return dequantise(self.values[start:end], self.scale[start:end])

    def raw(self, position: int) -> tuple[np.ndarray, np.ndarray]:
        start, end = int(self.offsets[position]), int(self.offsets[position + 1])
        return np.asarray(self.values[start:end]), np.asarray(self.scale[start:end])

    def find(self, key: str) -> int | None:
        """The position of the passage whose text has `key`, if its states are here."""
        if self._positions is None:
            self._positions = {k: n for n, k in enumerate(self.keys.tolist())}
        return self._positions.get(key.encode("ascii"))


def open_states(folder: Path, prefix: str = "") -> TokenStates | None:
    """The token states in `folder`, or None when it has none (or they do not read)."""
    if not (folder / (prefix + FILES[0])).is_file():
        return None
    try:
        return TokenStates(folder, prefix)
    except (OSError, ValueError):
        return None


def write(folder: Path, keys: Sequence[str],
          parts: Iterable[tuple[np.ndarray, np.ndarray]], tokens: int, dim: int,
          prefix: str = "") -> None:
    """Write the states of passages `keys` (each `(int8 rows, scales)` in order, `tokens`
    rows in all) into `folder`, row by row into a memory-mapped file (no copy of them all
    in memory)."""
    offsets = np.zeros(len(keys) + 1, dtype=np.int64)
    values = np.lib.format.open_memmap(folder / (prefix + FILES[0]), mode="w+", dtype=np.int8,
                                       shape=(tokens, dim))
    scales = np.zeros(tokens, dtype=np.float32)
    at = count = 0
    for rows, scale in parts:
        values[at:at + len(rows)] = rows
        scales[at:at + len(rows)] = scale
        at += len(rows)
        count += 1
        offsets[count] = at
    if at != tokens or count != len(keys):
        raise ValueError("token states: counts do not match")
    values.flush()
    del values
    np.save(folder / (prefix + FILES[1]), scales, allow_pickle=False)
    np.save(folder / (prefix + FILES[2]), offsets, allow_pickle=False)
    np.save(folder / (prefix + FILES[3]), np.array(list(keys), dtype=KEY), allow_pickle=False)
