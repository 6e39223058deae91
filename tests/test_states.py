"""Issue 15, the late pass at question time: one encoder pass per question gives its vector and
its token states, and the best passage's token states are read from the index (stored when
the passages were embedded), on the real model, the real index and the library's export."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import numpy as np
import pytest

from assist.assistant import Assistant
from assist.catalogue.library import read_export
from assist.retrieval.chunking import all_chunks
from assist.retrieval.embed import make_embedder, states_prefix, text_key
from assist.retrieval.index import check, fingerprint, index_text, open_index
from assist.retrieval.states import (
    FILES,
    FORM,
    WIDTH,
    content_rows,
    decode,
    dequantise,
    encode,
    pack,
    quantise,
    unpack,
)


def test_the_index_stores_every_passages_token_states(assistant: Assistant) -> None:
    states = assistant.index.states
    assert assistant.settings.embedder == "e5-q4" and states is not None
    assert len(states) == assistant.index.size
    assert set(FILES) <= set(assistant.index.manifest["files"])
    assert assistant.index.manifest["states_form"] == FORM == "content-q4"
    # Each passage's key is its text's: the states are those of the text the index holds.
    for position in (0, assistant.index.size // 2, assistant.index.size - 1):
        assert states.keys[position].decode() == text_key(
            index_text(assistant.index.chunks[position]))


def test_stored_token_states_match_those_computed_on_demand(assistant: Assistant) -> None:
    """The states stored at embedding time (batched with other passages; content tokens, 4
    bits a value) are, token by token, those of the same tokens of one passage encoded
    alone (cosine >= 0.98; 0.993 on average measured)."""
    encoder = assistant.late.encoder()
    size = assistant.index.size
    for position in (0, 7, size // 3, size - 1):
        ids, fresh = encoder.passage_states(index_text(assistant.index.chunks[position]))
        kept = fresh.astype(np.float32)[content_rows(ids, encoder._weights.pieces)]
        stored = assistant.index.states.get(position)
        assert stored.shape == kept.shape and 0 < len(kept) < len(ids)
        cosine = (stored * kept).sum(axis=1) / np.linalg.norm(stored, axis=1)
        assert cosine.min() > 0.98 and cosine.mean() > 0.99, (position, cosine.min())


def test_only_the_content_tokens_are_kept(assistant: Assistant) -> None:
    """<s>, </s>, the "passage:" prefix, punctuation and stopwords are dropped: the late
    pass matches the question's content words, and these rows were rarely their best."""
    encoder = assistant.late.encoder()
    pieces = encoder._weights.pieces
    ids, fresh = encoder.passage_states("Détection des fuites d'eau, sur le réseau.")
    kept = "".join(pieces[i] for i, keep in zip(ids, content_rows(ids, pieces)) if keep)
    # Whole words: punctuation written against a word is one of its pieces, kept with it.
    assert kept.replace("\u2581", " ").split() == ["Détection", "fuites", "d'eau,", "réseau."]
    values, scale = encode(ids, fresh, pieces)
    assert values.shape == (int(content_rows(ids, pieces).sum()), WIDTH) == (len(scale), 192)
    assert values.dtype == np.int8 and scale.dtype == np.float16
    # A passage with no content word at all: no rows, and a support of 0, not an error.
    empty_ids, empty = encoder.passage_states("et, le, la.")
    assert encode(empty_ids, empty, pieces)[0].shape == (0, WIDTH)
    assert assistant.late.supports("fuites d'eau", {"fuit": 1.0, "eau": 1.0},
                                   [("et, le, la.", decode(*encode(empty_ids, empty, pieces)))]
                                   ) == [0.0]


def test_four_bits_keep_each_token_state(assistant: Assistant) -> None:
    _, fresh = assistant.late.encoder().passage_states("Détection des fuites d'eau.")
    rows, scale = quantise(fresh, 4)
    assert rows.dtype == np.int8 and rows.nbytes * 2 == fresh.shape[0] * fresh.shape[1]
    back = dequantise(rows, scale, 4, fresh.shape[1])
    assert np.abs(back - fresh.astype(np.float32)).max() <= scale.max() / 2 + 1e-6
    # PostgreSQL's bytes give the same rows back; a torn value is refused, not misread.
    values, scales = encode(*assistant.late.encoder().passage_states("Fuites d'eau."),
                            assistant.late.encoder()._weights.pieces)
    again = unpack(pack(values, scales))
    assert np.array_equal(again[0], values) and np.array_equal(again[1], scales)
    with pytest.raises(ValueError):
        unpack(pack(values, scales)[:-1])


def test_a_question_is_encoded_once_and_its_passage_read_from_the_index(
        assistant: Assistant, monkeypatch: pytest.MonkeyPatch) -> None:
    """The embedder's one forward pass gives the question's vector and token states; the
    best passage's states come from the index: nothing else is encoded."""
    embedder = assistant.embedder
    assert assistant.late.encoder() is embedder
    passes = []
    real = embedder._hidden
    monkeypatch.setattr(embedder, "_hidden", lambda batch, session: (
        passes.append(len(batch)), real(batch, session))[1])

    def never(text):
        raise AssertionError("a passage was encoded at question time")

    monkeypatch.setattr(assistant.late, "passage", never)
    question = "Repérer les fuites sur le réseau d'eau potable d'une intercommunalité"
    answer = assistant.ask(question)
    assert passes == [1], passes
    assert answer.results and 0.0 < answer.confidence <= 1.0
    words, states = assistant.late.question(question)
    assert words and states.shape[1] == embedder.dim


def test_support_from_stored_states_is_the_support_from_states_encoded_now(
        assistant: Assistant) -> None:
    from assist.text.analyser import tokens

    question = "detect water leaks in pipes"
    idf = assistant.ranker.terms(tokens(question)).idf
    position = next(i for i in range(assistant.index.size)
                    if assistant.index.chunks[i].parent_id == "sicoval-fuites-eau")
    text = index_text(assistant.index.chunks[position])
    stored = assistant.late.support(question, idf, text, assistant.index.states.get(position))
    _, now = assistant.late.encoder().passage_states(text)
    fresh = assistant.late.support(question, idf, text, now.astype(np.float32))
    # Every token, full precision, against the stored form (measured: 0.0012 apart).
    assert stored.value > 0.5 and abs(stored.value - fresh.value) < 0.005
    assert stored.weakest == fresh.weakest
    # Without stored states (an index built without them), the passage is encoded by the
    # 8-bit runtime and brought to the stored form: the same signal to within a hundredth.
    encoded = assistant.late.support(question, idf, text)
    assert assistant.late.passage_encoder() is not assistant.embedder
    assert abs(encoded.value - stored.value) < 0.01


@pytest.fixture(scope="module")
def small_index(tmp_path_factory: pytest.TempPathFactory, library_csv: Path):
    """An index of 12 of the export's passages by e5-q4 in a home of its own."""
    home = tmp_path_factory.mktemp("states-home")
    embedder = make_embedder("e5-q4", home / "cache")
    chunks = all_chunks([], read_export(library_csv, "lib").cases)[:12]
    index = open_index(home / "index", chunks, embedder, home / "cache")
    assert index.manifest["embedded"] == 12
    return home, embedder, chunks, [index.states.get(i) for i in range(12)]


@pytest.mark.parametrize("damage", ["flip", "truncate", "delete"])
def test_a_damaged_token_state_file_is_rebuilt(small_index, damage: str) -> None:
    """Like every index file (manifest: size and digest), a damaged token-state file makes the
    index be rebuilt, and the states come back from the cache (nothing encoded again)."""
    home, embedder, chunks, before = small_index
    folder = home / "index"
    path = folder / ("states.npy" if damage != "delete" else "states-offsets.npy")
    if damage == "flip":
        data = bytearray(path.read_bytes())
        data[len(data) // 2] ^= 0x55
        path.write_bytes(bytes(data))
    elif damage == "truncate":
        path.write_bytes(path.read_bytes()[:-384])
    else:
        path.unlink()
    assert check(folder, embedder, fingerprint(chunks)) is not None
    index = open_index(folder, chunks, embedder, home / "cache")
    assert check(folder, embedder, fingerprint(chunks)) is None
    assert index.manifest["embedded"] == 0 and index.manifest["reused"] == 12
    for position, states in enumerate(before):
        assert np.array_equal(index.states.get(position), states)


def test_an_index_without_token_states_is_rebuilt_with_them(small_index,
                                                            tmp_path: Path) -> None:
    """An index built before states were stored (or by an embedder that gives none) is
    rebuilt once by one that gives them; a damaged states cache only costs an encoding."""
    home, embedder, chunks, before = small_index
    folder = tmp_path / "index"
    shutil.copytree(home / "index", folder)
    for name in FILES:
        (folder / name).unlink()
    data = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    data["files"] = {k: v for k, v in data["files"].items() if k not in FILES}
    (folder / "manifest.json").write_text(json.dumps(data), encoding="utf-8")
    assert check(folder, embedder, fingerprint(chunks)) == (
        "the passages' token states are not stored")
    shutil.copytree(home / "cache", tmp_path / "cache")
    (tmp_path / "cache" / (states_prefix(embedder) + "states-keys.npy")).write_bytes(
        b"not numpy")
    index = open_index(folder, chunks, embedder, tmp_path / "cache")
    assert index.states is not None and index.manifest["embedded"] == 12
    for position, states in enumerate(before):
        again = index.states.get(position)
        cosine = (again * states).sum(axis=1) / np.linalg.norm(again, axis=1) / np.linalg.norm(
            states, axis=1)
        assert again.shape == states.shape and cosine.min() > 0.98


def test_states_of_another_form_make_the_index_be_rebuilt(small_index, tmp_path: Path) -> None:
    """An index whose states are of another form (an older build) is not read as this one:
    it is rebuilt, from the cache (nothing encoded again)."""
    home, embedder, chunks, before = small_index
    folder = tmp_path / "index"
    shutil.copytree(home / "index", folder)
    data = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    data["states_form"] = "int8-every-token"
    (folder / "manifest.json").write_text(json.dumps(data), encoding="utf-8")
    assert check(folder, embedder, fingerprint(chunks)) == (
        "the passages' token states are of another form")
    index = open_index(folder, chunks, embedder, home / "cache")
    assert index.manifest["states_form"] == FORM and index.manifest["embedded"] == 0
    for position, states in enumerate(before):
        assert np.array_equal(index.states.get(position), states)


def test_unreadable_states_at_question_time_are_encoded_and_said(
        assistant: Assistant, monkeypatch: pytest.MonkeyPatch,
        caplog: pytest.LogCaptureFixture) -> None:
    """States that fail to read once the index is open (a disk error under the memory map)
    do not change the answer: the passages are encoded now, in the same form, and the log
    says why."""
    question = "Repérer les fuites sur le réseau d'eau potable"
    before = assistant.ask(question)

    class Unreadable:
        def get(self, position):
            raise OSError("Input/output error")

    monkeypatch.setattr(assistant.index, "states", Unreadable())
    monkeypatch.setattr(assistant, "_answers",  # empty, not the kept one
                        type(assistant._answers)(assistant._answers.maxsize))
    # Nor the states decoded for it and kept by position: read again, they fail.
    monkeypatch.setattr(assistant, "_states", type(assistant._states)(assistant._states.maxsize))
    with caplog.at_level("WARNING"):
        after = assistant.ask(question)
    assert "token states could not be read" in caplog.text
    # States encoded now are not bit for bit the stored ones (the stored form keeps 4 bits a
    # value): the late signal moves by a few hundredths, which may move one result across the
    # relative cut (03:28 fit: Previzo at 0.397 of the best stored, 0.417 encoded now, cut
    # 0.4). The results both show are the same, in the same order.
    ids, again = [r.id for r in before.results], [r.id for r in after.results]
    shared = min(len(ids), len(again))
    assert shared >= 2 and again[:shared] == ids[:shared] and abs(len(ids) - len(again)) <= 1
    assert after.decision == before.decision
    assert abs(after.confidence - before.confidence) < 0.02


def test_a_large_build_holds_few_passages_states_in_memory(
        small_index, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """New passages' states go to the cache's files every `STATES_HELD` passages (a first
    index of a million passages would otherwise hold ~21 GB of them), and the index is
    written from those files: the same states."""
    from assist.retrieval import embed
    from assist.retrieval.embed import EmbeddingCache

    home, embedder, chunks, before = small_index
    monkeypatch.setattr(embed, "STATES_HELD", 5)
    cache = EmbeddingCache(tmp_path / "cache", embedder)
    flushed = []
    real = cache._save_states
    monkeypatch.setattr(cache, "_save_states", lambda folder, only: (
        flushed.append(len(cache._new_states)), real(folder, only))[1])
    cache.passages([index_text(c) for c in chunks], batch=4, states=True)
    # Held: at most `STATES_HELD` plus a batch; the rest goes with the cache's save.
    assert flushed == [8] and len(cache._new_states) == 4
    cache.save()
    assert flushed == [8, 4] and len(cache._new_states) == 0
    index = open_index(tmp_path / "index", chunks, embedder, tmp_path / "cache")
    assert index.manifest["embedded"] == 0
    for position, states in enumerate(before):
        assert np.allclose(index.states.get(position), states, atol=0.02)
