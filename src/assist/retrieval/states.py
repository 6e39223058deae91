"""Passages' token states on disk, for the decision's late pass (`late.py`).

e5-small's last hidden states of each token of a passage's first window (what `late`
compares word by word with the question's), computed in the same forward pass as the
passage's vector (`E5Onnx.passages_with_states`), in a compact form (`encode`), stored for
every passage of every index, embedded and PostgreSQL alike, so that both backends' late
pass reads the same states and nothing is encoded at question time:

- **content tokens only**: the rows of the words the analyser keeps a stem of; <s>, </s>,
  the "passage:" prefix, punctuation and stopwords are dropped (about 30 % of the rows). The
  late pass takes, for each content word of the question, its best match among the
  passage's tokens: a stopword's or a comma's row is rarely that best match, and its loss
  moved the dev decision's out-of-fold AUC by 0.0015 (docs/PERFORMANCE.md, "Compact token
  states");
- **`BITS` bits per value** with one float16 scale per row (symmetric, per token): 4 bits,
  two values a byte, `WIDTH` + 2 bytes a row.

Fewer dimensions (a PCA fitted on the corpus's states, or a random projection) were measured
and not adopted: at 128 dimensions the dev AUC fell by 0.004, at 64 by 0.018.

Four numpy files, memory-mapped (a question reads the rows of its first results' best
passages only); PostgreSQL keeps the same bytes per passage in a column (`pack`/`unpack`):

- `states.npy`: int8, one row of `WIDTH` bytes per kept token, passages one after another;
- `states-scale.npy`: float16, the scale of each row;
- `states-offsets.npy`: int64, where each passage's rows start (one more: the end);
- `states-keys.npy`: each passage's text key (`embed.text_key`), so a rebuild or a seed
  reuses the states of texts already encoded.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path

import numpy as np

DIM = 384  # e5-small's hidden width: the states' dimensions, kept whole
BITS = 4
WIDTH = DIM * BITS // 8  # bytes of one stored row
# The form's name: in the cache's file names and the manifests, so that states of another
# form (an older cache, seed or index) are never read as these.
FORM = f"content-q{BITS}"
FILES = ("states.npy", "states-scale.npy", "states-offsets.npy", "states-keys.npy")
KEY = "S40"
META = "\u2581"  # SentencePiece's word-start mark


def encode(ids: Sequence[int], states: np.ndarray, pieces: Sequence[str]
           ) -> tuple[np.ndarray, np.ndarray]:
    """A passage's token states (ids with <s> and </s>, one unit-length row per id; `pieces`:
    the tokenizer's) in the stored form: its content tokens' rows, `BITS` bits a value, a
    float16 scale a row."""
    rows = np.asarray(states, dtype=np.float32)[content_rows(ids, pieces)]
    values, scale = quantise(rows, BITS)
    return values, scale.astype(np.float16)


def decode(values: np.ndarray, scale: np.ndarray) -> np.ndarray:
    """The float32 rows the late pass compares (unit length to the rounding)."""
    return dequantise(values, scale, BITS, DIM)


def pack(values: np.ndarray, scale: np.ndarray) -> bytes:
    """One passage's stored states as bytes (PostgreSQL's column): the rows, then the scales."""
    return np.ascontiguousarray(values, dtype=np.int8).tobytes() + \
        np.asarray(scale, dtype="<f2").tobytes()


def unpack(data: bytes) -> tuple[np.ndarray, np.ndarray]:
    rows, rest = divmod(len(data), WIDTH + 2)
    if rest:
        raise ValueError(f"token states of {len(data)} bytes: not whole rows")
    values = np.frombuffer(data, dtype=np.int8, count=rows * WIDTH).reshape(rows, WIDTH)
    return values, np.frombuffer(data, dtype="<f2", offset=rows * WIDTH)


def quantise(states: np.ndarray, bits: int = 8) -> tuple[np.ndarray, np.ndarray]:
    """Rows to `bits` (8 or 4) bits per value and one scale per row (symmetric, per token);
    4 bits: two values a byte (low nibble first), each stored as value + 8."""
    states = np.asarray(states, dtype=np.float32)
    top = 127.0 if bits == 8 else 7.0
    scale = np.abs(states).max(axis=1) / top if len(states) else np.zeros(0, np.float32)
    scale = np.where(scale == 0, 1.0, scale).astype(np.float32)
    values = np.clip(np.rint(states / scale[:, None]), -top, top).astype(np.int8)
    if bits == 4:
        nibbles = (values + 8).astype(np.uint8)
        values = (nibbles[:, 0::2] | (nibbles[:, 1::2] << 4)).view(np.int8)
    return values, scale


def dequantise(values: np.ndarray, scale: np.ndarray, bits: int = 8,
               dims: int | None = None) -> np.ndarray:
    values = np.asarray(values)
    if bits == 4 and values.shape[1] % 2 == 0:
        # Two bytes (four values) at a time from a table: half the time of unpacking the
        # nibbles with array operations (a question decodes ~15 passages), the same floats.
        raw = np.ascontiguousarray(values).view(np.uint16)
        out = _quads().take(raw).view(np.float32).reshape(len(values), values.shape[1] * 2)
        out *= np.asarray(scale, dtype=np.float32)[:, None]
        return out[:, :dims] if dims else out
    if bits == 4:
        raw = values.view(np.uint8)
        out = np.empty((len(raw), raw.shape[1] * 2), dtype=np.float32)
        out[:, 0::2] = (raw & 15).astype(np.float32) - 8
        out[:, 1::2] = (raw >> 4).astype(np.float32) - 8
        values = out[:, :dims] if dims else out
    return np.asarray(values, dtype=np.float32) * np.asarray(scale, dtype=np.float32)[:, None]


_QUADS: np.ndarray | None = None


def _quads() -> np.ndarray:
    """Every 16-bit pair of stored bytes -> its four values (nibble - 8, low nibble first) as
    float32, one 16-byte item each (1 MB, made at first use)."""
    global _QUADS
    if _QUADS is None:
        pairs = np.arange(1 << 16, dtype=np.uint32)  # little-endian: first byte is low
        nibbles = np.stack([(pairs >> shift) & 15 for shift in (0, 4, 8, 12)], axis=1)
        _QUADS = np.ascontiguousarray(nibbles.astype(np.float32) - 8).view(np.complex128)[:, 0]
    return _QUADS


def fit_projection(sample: np.ndarray, dims: int) -> np.ndarray:
    """The `dims` directions that keep the most of the sample rows' dot products (the top
    right singular vectors of the rows, not centred: MaxSim compares raw dot products),
    as a (width, dims) float32 matrix."""
    sample = np.asarray(sample, dtype=np.float64)
    _, _, vt = np.linalg.svd(sample.T @ sample / max(1, len(sample)))
    return np.ascontiguousarray(vt[:dims].T, dtype=np.float32)


def token_words(ids: Sequence[int], pieces: Sequence[str]) -> list[tuple[str, list[int]]]:
    """The words of an encoded text (ids with <s> and </s>): each word's text and the rows of
    its tokens, a word starting at each SentencePiece word-start mark."""
    words: list[tuple[str, list[int]]] = []
    for j in range(1, len(ids) - 1):
        piece = pieces[ids[j]]
        if piece.startswith(META) or not words:
            words.append((piece.lstrip(META), [j]))
        else:
            words[-1] = (words[-1][0] + piece, words[-1][1] + [j])
    return words


def content_rows(ids: Sequence[int], pieces: Sequence[str]) -> np.ndarray:
    """Which rows of a passage's states (ids with <s> and </s>) belong to a word the late
    pass can meet: not <s>, </s>, the "passage:" prefix, punctuation or a stopword (a word
    the analyser keeps no stem of), as a boolean mask."""
    from assist.text.analyser import tokens

    keep = np.zeros(len(ids), dtype=bool)
    for n, (word, at) in enumerate(token_words(ids, pieces)):
        if n == 0 and word.rstrip(":") in ("passage", "query"):
            continue
        if tokens(word):
            keep[at] = True
    return keep


class TokenStates:
    """The token states of a folder's passages, memory-mapped; one passage by position."""

    def __init__(self, folder: Path, prefix: str = "") -> None:
        self.folder = folder
        names = [folder / (prefix + name) for name in FILES]
        self.values = np.load(names[0], mmap_mode="r", allow_pickle=False)
        self.scale = np.load(names[1], mmap_mode="r", allow_pickle=False)
        self.offsets = np.load(names[2], allow_pickle=False)
        self.keys = np.load(names[3], allow_pickle=False)
        if (self.values.ndim != 2 or self.values.dtype != np.int8
                or self.values.shape[1] != WIDTH or len(self.scale) != len(self.values) or len(self.offsets) != len(self.keys) + 1
                or (len(self.offsets) and int(self.offsets[-1]) != len(self.values))):
            raise ValueError(f"token states in {folder} do not agree with each other")
        self._positions: dict[bytes, int] | None = None

    def __len__(self) -> int:
        return len(self.keys)

    def get(self, position: int) -> np.ndarray:
        """Float32 states of passage `position`'s content tokens (unit length to the
        rounding)."""
        start, end = int(self.offsets[position]), int(self.offsets[position + 1])
        return decode(self.values[start:end], self.scale[start:end])

    def raw(self, position: int) -> tuple[np.ndarray, np.ndarray]:
        start, end = int(self.offsets[position]), int(self.offsets[position + 1])
        return np.asarray(self.values[start:end]), np.asarray(self.scale[start:end])

    def find(self, key: str) -> int | None:
        """The position of the passage whose text has `key`, if its states are here."""
        if self._positions is None:
            self._positions = {k: n for n, k in enumerate(self.keys.tolist())}
        return self._positions.get(key.encode("ascii"))


def read_states(stored, positions: Sequence[int]) -> dict[int, np.ndarray]:
    """position -> float32 states of those of `positions` the index stores (`stored`: a
    file index's `TokenStates`, PostgreSQL's `PgStates`, or None when it stores none)."""
    if stored is None:
        return {}
    if hasattr(stored, "many"):
        return stored.many(positions)
    return {int(p): stored.get(int(p)) for p in positions}


def open_states(folder: Path, prefix: str = "") -> TokenStates | None:
    """The token states in `folder`, or None when it has none (or they do not read)."""
    if not (folder / (prefix + FILES[0])).is_file():
        return None
    try:
        return TokenStates(folder, prefix)
    except (OSError, ValueError):
        return None


def write(folder: Path, keys: Sequence[str],
          parts: Iterable[tuple[np.ndarray, np.ndarray]], tokens: int,
          prefix: str = "") -> None:
    """Write the states of passages `keys` (each `encode`'s `(rows, scales)` in order,
    `tokens` rows in all) into `folder`, row by row into a memory-mapped file (no copy of
    them all in memory)."""
    offsets = np.zeros(len(keys) + 1, dtype=np.int64)
    values = np.lib.format.open_memmap(folder / (prefix + FILES[0]), mode="w+", dtype=np.int8,
                                       shape=(tokens, WIDTH))
    scales = np.zeros(tokens, dtype=np.float16)
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
