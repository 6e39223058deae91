"""The PostgreSQL backend on a real local server (pgvector, row-level security): the same
answers as the embedded backend, restricted rows kept from the public login by the database,
facet filters inside the vector search."""

from __future__ import annotations

import json
import threading
from urllib.parse import urlsplit

import numpy as np
import psycopg
import pytest
import test_access

from assist.assistant import Assistant
from assist.bench.probe import forget
from assist.bench.run import questions as bench_questions
from assist.catalogue.pg_store import MIGRATIONS as PG_MIGRATIONS
from assist.catalogue.pg_store import PROBES, PgStore, database, reader_url
from assist.catalogue.pg_store import SESSION as PG_SESSION
from assist.config import Settings
from assist.errors import AssistError
from assist.retrieval.index import recentre
from assist.retrieval.pg_index import VectorIndex, ivfflat_lists
from assist.text.analyser import analyse

pytestmark = pytest.mark.pg

QUESTIONS = [
    "Qui détecte les fuites d'eau avec l'IA ?",
    "Comment réduire la consommation énergétique de nos écoles ?",
    "callbot pour les encombrants",
    "who uses AI for traffic lights?",
    "gestion documentaire pour les agents",
    "IA générative pour rédiger les délibérations",
]


@pytest.fixture(scope="session")
def pg_assistant(pg_url, home_with_library, library_csv, restricted_csv):
    """The same catalogues as `assistant`, in PostgreSQL (the embedding cache of
    `home_with_library` is reused: nothing is embedded again)."""
    settings = Settings.from_env(home=home_with_library, database_url=pg_url,
                                 database_public_url="")
    store = PgStore(database(pg_url))
    store.import_file(library_csv)
    store.import_file(restricted_csv)
    return Assistant.open(settings)


def top(answer) -> list[str]:
    return [r.id for r in answer.results]


@pytest.mark.parametrize("question", QUESTIONS)
def test_same_answers_as_the_embedded_backend(pg_assistant, assistant, question):
    for audience in ("public", "agent"):
        pg, embedded = (a.ask(question, top_k=5, audience=audience)
                        for a in (pg_assistant, assistant))
        assert top(pg) == top(embedded), (question, audience)
        # Scores differ only by the half-precision storage of the vectors.
        assert np.allclose([r.score for r in pg.results], [r.score for r in embedded.results],
                           atol=2e-3)
        assert [r.citations[0].quote for r in pg.results] == \
               [r.citations[0].quote for r in embedded.results]


def test_same_filtered_answers_and_similar_cases(pg_assistant, assistant):
    filters = {"theme": "Transition écologique et énergétique"}
    pg = pg_assistant.ask("réduire la consommation", top_k=5, filters=filters)
    embedded = assistant.ask("réduire la consommation", top_k=5, filters=filters)
    assert top(pg) == top(embedded) and pg.results
    assert [s.id for s in pg_assistant.similar("sicoval-fuites-eau")] == \
           [s.id for s in assistant.similar("sicoval-fuites-eau")]


def test_lexical_leg_ranks_like_bm25s(pg_assistant, assistant):
    """The SQL BM25 gives bm25s's scores to every candidate, public and agent."""
    from assist.text.analyser import tokens

    for question in QUESTIONS + ["Ville de Testville", "blockchain hydrogène"]:
        for audience in ("public", "agent"):
            pg_scope = pg_assistant.searcher.mask(audience, {})
            emb_mask = assistant.searcher.mask(audience, {})
            pg = pg_assistant.searcher.lexical(tokens(question), pg_scope)
            emb = assistant.searcher.lexical(tokens(question), emb_mask)
            ids_pg = {pg_assistant.index.chunks[p].id: s for p, s in pg.items()}
            ids_emb = {assistant.index.chunks[p].id: s for p, s in emb.items()}
            for key in ids_pg.keys() & ids_emb.keys():
                assert ids_pg[key] == pytest.approx(ids_emb[key], rel=1e-4)
            # Both keep the best CANDIDATES; they may differ only among ties at the cut.
            assert len(ids_pg) == len(ids_emb)
            cut = min(ids_emb.values(), default=0)
            for key in ids_pg.keys() ^ ids_emb.keys():
                assert {**ids_pg, **ids_emb}[key] == pytest.approx(cut, rel=1e-4)


def test_public_lexical_statistics_come_from_public_passages(pg_assistant, assistant):
    """Public BM25 scores from public text alone, as the embedded backend computes them: the
    same scores, and not the agents' (restricted text changes document frequencies, the
    number of passages and their average length)."""
    from assist.text.analyser import tokens

    differ = 0
    for question in QUESTIONS:
        searcher = pg_assistant.searcher
        pg = searcher.lexical(tokens(question), searcher.mask("public", {}))
        agents = searcher.lexical(tokens(question), searcher.mask("agent", {}))
        emb = assistant.searcher.lexical(tokens(question), assistant.searcher.mask("public", {}))
        ids_pg = {pg_assistant.index.chunks[p].id: s for p, s in pg.items()}
        ids_emb = {assistant.index.chunks[p].id: s for p, s in emb.items()}
        assert ids_pg.keys() & ids_emb.keys()
        for key in ids_pg.keys() & ids_emb.keys():
            assert ids_pg[key] == pytest.approx(ids_emb[key], rel=1e-4)
        differ += sum(abs(agents[p] - s) > 1e-4 * s for p, s in pg.items() if p in agents)
    assert differ  # the two statistics are not the same here: the test can fail
    # The idf the ranking reads is the public one too (`Ranker.terms`).
    stems = [t.stem for t in tokens(" ".join(QUESTIONS))]
    assert pg_assistant.ranker.terms(tokens(" ".join(QUESTIONS))).idf == \
           pytest.approx(assistant.ranker.terms(tokens(" ".join(QUESTIONS))).idf)
    assert pg_assistant.ranker.n_passages == assistant.ranker.n_passages
    assert all(pg_assistant.ranker.share(s) == assistant.ranker.share(s) for s in stems)


def test_agents_filtered_search_without_restricted_passages_uses_public_statistics(
        pg_assistant, assistant):
    """An agent's filter that no restricted passage passes is scored as the embedded index
    scores it: with the public statistics."""
    from assist.text.analyser import tokens

    passages = assistant.searcher.passages
    themes = {v for c in assistant.index.chunks for v in c.facets.get("theme", [])}
    chosen = {}
    for theme in sorted(themes):
        allowed = assistant.searcher.mask("agent", {"theme": [theme]})
        chosen[bool((allowed & passages.restricted).any())] = theme
    assert set(chosen) == {True, False}  # one theme of each kind in the test catalogues
    searcher = pg_assistant.searcher
    assert searcher.statistics(searcher.mask("agent", {"theme": [chosen[True]]})) == "all"
    assert searcher.statistics(searcher.mask("agent", {})) == "all"
    assert searcher.statistics(searcher.mask("public", {})) == "public"
    filters = {"theme": [chosen[False]]}
    scope = searcher.mask("agent", filters)
    assert searcher.statistics(scope) == "public"
    question = tokens("projet de la ville pour les habitants")
    pg = searcher.lexical(question, scope)
    emb = assistant.searcher.lexical(question, assistant.searcher.mask("agent", filters))
    assert pg and {pg_assistant.index.chunks[p].id: round(s, 3) for p, s in pg.items()} == \
        {assistant.index.chunks[p].id: round(s, 3) for p, s in emb.items()}


def test_lexical_leg_reads_deeper_only_as_needed(pg_assistant, assistant, monkeypatch):
    """With lists read 2 passages at a time (as common words are at a million passages),
    the best `EXACT_RANKS` are still bm25s's, unfiltered and filtered, and filtered results
    are never fewer than what passes the filter."""
    from assist.retrieval import pg_index
    from assist.text.analyser import tokens

    monkeypatch.setattr(pg_index, "FIRST_READ", 2)
    monkeypatch.setattr(pg_index, "EXACT_RANKS", 3)
    monkeypatch.setattr(pg_index, "CANDIDATES", 6)
    reads = []
    real_execute = psycopg.Connection.execute

    def counted(self, query, params=None, **kwargs):
        if "substring(top_pos" in str(query):
            reads.append(params[0] // 4)  # bytes read of the list: 4 a position
        return real_execute(self, query, params, **kwargs)

    monkeypatch.setattr(psycopg.Connection, "execute", counted)
    pg_s, emb_s = pg_assistant.searcher, assistant.searcher
    themes = sorted({v for c in assistant.index.chunks for v in c.facets.get("theme", [])})
    for question in QUESTIONS + ["projet de la ville pour les habitants"]:
        for filters in ({}, {"theme": [themes[0]]}):
            reads.clear()
            pg = pg_s.lexical(tokens(question), pg_s.mask("public", filters))
            emb = emb_s.lexical(tokens(question), emb_s.mask("public", filters))
            best = sorted(emb.values(), reverse=True)
            assert reads[0] == 2 and len(reads) >= 2  # read deeper than the first 2
            top_pg = sorted(pg.values(), reverse=True)[:3]
            assert top_pg == pytest.approx(best[:3], rel=1e-4), (question, filters)
            assert len(pg) == min(6, len(emb)), (question, filters)
            for pos, score in pg.items():  # every score given is the exact one
                assert score == pytest.approx(emb[pos], rel=1e-4)


def test_exact_scores_by_binary_search_are_those_by_linear_search(pg_assistant):
    """The lexical leg's exact scores find a term in a passage's term ids by binary search
    (`width_bucket`, `_score_sql(bisect=True)`): every passage's term ids are stored in
    increasing order, and every passage's scores, both audiences, equal `array_position`'s."""
    from assist.retrieval.pg_index import _score_sql

    db = pg_assistant.index.db
    with db.use("owner") as conn:
        assert conn.execute("SELECT count(*) FROM passage_terms WHERE term_ids <> ARRAY("
                            "SELECT unnest(term_ids) ORDER BY 1)").fetchone()[0] == 0
        for audience in ("public", "all"):
            for words in (["ville", "projet", "habit", "donne", "zeta"], ["blockchain"],
                          ["intelligen", "artificiel", "eau"]):
                terms = conn.execute("SELECT id FROM terms WHERE audience = %s AND "
                                     "term = ANY(%s)", (audience, words)).fetchall()
                ids = [row[0] for row in terms] + [10 ** 8]  # and an id no passage holds
                weights = [1.0 + k for k in range(len(ids))]
                got = [conn.execute(_score_sql(ids, weights, audience, "true", bisect),
                                    [10 ** 6]).fetchall() for bisect in (True, False)]
                assert sorted(got[0]) == sorted(got[1]) and len(got[0]) > 100, (audience, words)


def test_restricted_words_do_not_make_a_public_match(pg_assistant):
    test_access.test_restricted_words_do_not_make_a_public_match(pg_assistant)
    test_access.test_agent_answers_show_restricted_fields(pg_assistant)
    test_access.test_similar_reasons_are_public(pg_assistant)
    for question in test_access.QUESTIONS:
        text = test_access.public_text(pg_assistant.ask(question, top_k=10))
        for secret in test_access.DISTINCTIVE:
            assert secret not in text


def test_public_login_cannot_read_restricted_rows(pg_assistant, pg_url):
    """Hand-written queries on the public login: row-level security hides restricted
    passages and terms; the store's tables are not granted at all."""
    with psycopg.connect(pg_url) as owner:
        restricted = owner.execute("SELECT count(*) FROM passages WHERE access = 'restricted'"
                                   ).fetchone()[0]
        secret_terms = owner.execute("SELECT count(*) FROM terms WHERE audience = 'all' AND "
                                     "term = 'blockchain'").fetchone()[0]
    assert restricted > 0 and secret_terms == 1  # there is something to hide
    with psycopg.connect(reader_url(pg_url), autocommit=True) as reader:
        assert reader.execute("SELECT count(*) FROM passages WHERE access <> 'public'"
                              ).fetchone()[0] == 0
        texts = " ".join(r[0] for r in reader.execute("SELECT chunk FROM passages"))
        for secret in test_access.DISTINCTIVE:
            assert secret not in texts
        assert reader.execute("SELECT count(*) FROM terms WHERE audience <> 'public' OR "
                              "term IN ('blockchain', 'zeta')").fetchone()[0] == 0
        # The statistics it reads are the public passages' own: document frequencies...
        public = reader.execute("SELECT count(*) FROM passages").fetchone()[0]
        assert reader.execute("SELECT count(*) FROM passage_terms").fetchone()[0] == public
        assert reader.execute("SELECT count(*) FROM passage_terms WHERE audience <> 'public'"
                              ).fetchone()[0] == 0
        df, number = reader.execute("SELECT df, id FROM terms WHERE term = 'projet'"
                                    ).fetchone()
        assert df == reader.execute("SELECT count(*) FROM passage_terms WHERE %s = "
                                    "ANY(term_ids)", (number,)).fetchone()[0]
        # ...term ids without gaps where restricted-only words are...
        ids = sorted(r[0] for r in reader.execute("SELECT id FROM terms"))
        assert ids == list(range(len(ids)))
        # ...and no counts of every passage, nor the planner's statistics of the tables.
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            reader.execute("SELECT manifest FROM index_meta")
        assert reader.execute("SELECT count(*) FROM pg_stats WHERE tablename IN "
                              "('passages', 'passage_terms', 'terms')").fetchone()[0] == 0
        for table in ("cases", "catalogues", "import_problems", "feedback", "audit"):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                reader.execute(f"SELECT * FROM {table}")
        # No way around the policies from the public login.
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            reader.execute(f"SET ROLE {urlsplit(pg_url).username}")
        reader.execute("SET row_security = off")
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            reader.execute("SELECT count(*) FROM passages")
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            reader.execute("ALTER TABLE passages DISABLE ROW LEVEL SECURITY")
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            reader.execute("DELETE FROM passages")


def test_filters_inside_the_vector_search(pg_assistant):
    """A selective filter still gets every matching passage from the vector index's scan:
    iterative scans go on until enough rows pass the filter."""
    searcher = pg_assistant.searcher
    vector = pg_assistant.embedder.queries(["Qui détecte les fuites d'eau avec l'IA ?"])[0]
    db = pg_assistant.index.db
    with db.use("reader") as conn:
        counts = conn.execute("SELECT f, count(*) FROM passages, unnest(facets) f "
                              "GROUP BY f ORDER BY 2").fetchall()
        # Force the index scan even where a sequential scan would be cheaper at this size.
        conn.execute("SET enable_seqscan = off")
        conn.execute("SET enable_bitmapscan = off")
        try:
            for facet, count in [counts[0], counts[len(counts) // 2], counts[-1]]:
                name, _ = facet.split("=", 1)
                value = next(v for c in pg_assistant.index.chunks for v in c.facets.get(name, [])
                             if f"{name}={searcher_fold(v)}" == facet)
                plan = "\n".join(r[0] for r in conn.execute(
                    "EXPLAIN SELECT pos FROM passages WHERE facets && %s::text[] "
                    "ORDER BY embedding <#> %s::halfvec LIMIT 200",
                    ([facet], "[" + ",".join(["0"] * 384) + "]")))
                assert f"passages_{pg_assistant.index.manifest['vector_index']['kind']}" in plan
                found = searcher.dense(vector, searcher.mask("public", {name: [value]}))
                assert len(found) == min(count, 200), (facet, count, len(found))
                assert all(value in pg_assistant.index.chunks[p].facets[name] for p in found)
        finally:
            conn.execute("RESET enable_seqscan")
            conn.execute("RESET enable_bitmapscan")


def test_the_vector_index_is_ivfflat_and_small_indexes_search_every_list(pg_assistant):
    """IVFFlat by default, one list per 500 passages: the real catalogue's few hundred
    passages make one list, so its dense leg is exact (the same as the embedded one)."""
    chosen = pg_assistant.index.manifest["vector_index"]
    assert chosen == {"kind": "ivfflat", "lists": 1}
    assert ivfflat_lists(357) == 1 and ivfflat_lists(100_000) == 200
    assert ivfflat_lists(1_000_000) == 2000 and ivfflat_lists(4_000_000) == 4000
    assert VectorIndex("hnsw", m=16, ef_construction=64).settings(10) == \
        {"kind": "hnsw", "m": 16, "ef_construction": 64}
    for bad in ({"kind": "annoy"}, {"lists": -1}, {"kind": "hnsw", "m": 16, "ef_construction": 8}):
        with pytest.raises(ValueError):
            VectorIndex(**bad)


def test_the_index_is_loaded_frozen_settled_and_left_alone_by_autovacuum(pg_assistant):
    """The load ends settled (`pg_index.settle`): the main tables' pages all-visible,
    statistics taken, and autovacuum off for these write-once tables (their rows are written
    frozen), so that no vacuum of a freshly loaded index competes with the first
    questions."""
    db = pg_assistant.index.db
    with db.use() as conn:
        rows = conn.execute(
            "SELECT c.relname, c.reloptions, t.reloptions, "
            "pg_relation_size(c.oid) / current_setting('block_size')::int, c.relallvisible, "
            "c.reltuples, (SELECT count(*) FROM pg_stats s WHERE s.tablename = c.relname) "
            "FROM pg_class c JOIN pg_class t ON t.oid = c.reltoastrelid "
            "WHERE c.relname IN ('passages', 'passage_terms', 'terms') "
            "AND c.relnamespace = 'public'::regnamespace").fetchall()
    assert len(rows) == 3
    for name, options, toast_options, pages, visible, tuples, stats in rows:
        assert "autovacuum_enabled=false" in options, name
        assert "autovacuum_enabled=false" in toast_options, name
        assert pages > 0 and visible == pages, (name, pages, visible)
        assert tuples > 0 and stats > 0, name


@pytest.fixture(scope="module")
def ivfflat_table(pg_assistant):
    """20 000 vectors derived from the real passages' (as `assist bench-pg` derives them)
    under IVFFlat with 256 lists (more than `PROBES`, so a search reads a part of them, as at
    a million passages with the default 1 000 lists), on one connection of the owner that
    never takes a sequential scan; one passage in 500 carries a rare facet."""
    from assist.bench.synth import derive_vectors

    db = pg_assistant.index.db
    with db.use() as conn:
        real = np.array([np.array(json.loads(v), dtype=np.float32) for (v,) in conn.execute(
            "SELECT embedding::text FROM passages ORDER BY pos")])
    vectors = derive_vectors(real, 20_000, seed=7).astype(np.float16)
    rare = np.arange(20_000) % 500 == 3
    conn = psycopg.connect(db.url, autocommit=True)
    for statement in PG_SESSION:
        conn.execute(statement)
    conn.execute("CREATE TEMP TABLE probe(pos integer PRIMARY KEY, facets text[] NOT NULL, "
                 "embedding halfvec(384) NOT NULL)")
    with conn.cursor().copy("COPY probe (pos, facets, embedding) FROM STDIN") as copy:
        for pos, vector in enumerate(vectors):
            copy.write_row((pos, ["rare"] if rare[pos] else ["common"],
                            "[" + ",".join(f"{x:.5f}" for x in vector) + "]"))
    conn.execute(VectorIndex(lists=256).create(len(vectors), table="probe"))
    conn.execute("ANALYZE probe")
    conn.execute("SET enable_seqscan = off")
    yield conn, vectors.astype(np.float32), rare
    conn.close()


def _probe_search(conn, query: np.ndarray, where: str = "true") -> list[int]:
    literal = "[" + ",".join(f"{x:.6f}" for x in query) + "]"
    return [pos for (pos,) in conn.execute(
        f"SELECT pos FROM probe WHERE {where} ORDER BY embedding <#> %s::halfvec LIMIT 200",
        [literal])]


def test_ivfflat_finds_the_exact_top_10_with_the_session_probes(pg_assistant, ivfflat_table):
    """Recall@10 against numpy's exact inner product over the same half-precision vectors,
    with the probes every session sets (`pg_store.PROBES`), on the bench's questions; with
    one list searched it falls well short (what the setting is for)."""
    conn, vectors, _ = ivfflat_table
    assert "probe_ivfflat" in "\n".join(r[0] for r in conn.execute(
        "EXPLAIN SELECT pos FROM probe ORDER BY embedding <#> %s::halfvec LIMIT 200",
        ["[" + ",".join(["0.1"] * 384) + "]"]))
    queries = pg_assistant.embedder.queries(bench_questions()[:20])
    queries = recentre(queries, pg_assistant.index.centre).astype(np.float16).astype(np.float32)
    exact = [set(np.argsort(-(vectors @ q))[:10].tolist()) for q in queries]

    def recall() -> float:
        return float(np.mean([len(set(_probe_search(conn, q)[:10]) & truth) / 10
                              for q, truth in zip(queries, exact)]))

    assert conn.execute("SHOW ivfflat.probes").fetchone()[0] == str(PROBES)
    assert recall() >= 0.95
    conn.execute("SET ivfflat.probes = 1")
    try:
        assert recall() < 0.9
    finally:
        conn.execute(f"SET ivfflat.probes = {PROBES}")


def test_ivfflat_iterative_scan_keeps_a_rare_filter_whole(ivfflat_table):
    """A facet held by 40 of 20 000 passages, searched with a single list: the iterative scan
    (every session's setting) goes on through the other lists until it has them all; without
    it the scan stops at the first list's few."""
    conn, vectors, rare = ivfflat_table
    query = vectors[11]
    conn.execute("SET ivfflat.probes = 1")
    try:
        found = _probe_search(conn, query, "facets && '{rare}'::text[]")
        assert sorted(found) == np.flatnonzero(rare).tolist()
        conn.execute("SET ivfflat.iterative_scan = off")
        assert len(_probe_search(conn, query, "facets && '{rare}'::text[]")) < rare.sum()
    finally:
        conn.execute(f"SET ivfflat.probes = {PROBES}")
        conn.execute("SET ivfflat.iterative_scan = relaxed_order")


def searcher_fold(value: str) -> str:
    from assist.text.analyser import fold

    return fold(value)


def test_store_in_postgres(pg_assistant, library_csv):
    store = pg_assistant.store
    assert isinstance(store, PgStore)
    before = store.fingerprint()
    again = store.import_file(library_csv)  # the same content again changes nothing
    assert store.fingerprint() == before and again.cases
    assert json.loads(store.audit_log()[-1]["detail"])["unchanged"] is True
    names = [c.name for c in store.catalogues()]
    assert names == sorted(names) and all(c.active for c in store.catalogues())
    assert [p.row for p in store.problems(library_csv.stem)] == [15, 16, 17]
    number = store.add_feedback("question \x00 nulle", {"results": []}, -1, "commentaire")
    assert store.feedback()[-1]["id"] == number
    assert store.feedback()[-1]["question"] == "question \ufffd nulle"
    store.add_feedback("écrire à ana@ville.fr ?", {"question": "écrire à ana@ville.fr ?"}, 1)
    kept = store.feedback()[-1]
    assert kept["question"] == "écrire à [e-mail] ?" and "ana@" not in kept["answer_json"]
    assert len(kept["ts"]) == 10  # the day only
    with pytest.raises(ValueError):
        store.add_feedback("q", "{}", 0)
    store.set_active("restricted", False)
    try:
        assert "Ville de Testville" not in {c.coll_nom for c in store.cases()}
    finally:
        store.set_active("restricted", True)
    assert store.version == len(PG_MIGRATIONS)
    # What a re-import would change, and agents' merge decisions, as in SQLite.
    preview = store.import_file(library_csv, dry_run=True)
    assert preview.changes.counts() == {"new": 0, "changed": 0, "gone": 0, "unchanged": 23}
    assert store.catalogues()[0].cases == 23 and len(store.catalogue_cases("data")) == 23
    store.decide("record-z", "record-a", "apart", actor="test")
    store.decide("record-a", "record-z", "merge", actor="test")
    assert store.decisions()[("record-a", "record-z")] == "merge"
    assert store.audit_log()[-1]["event"] == "merge-merge"
    # Login delays and quarantined rows, which the PostgreSQL store lacked before it
    # shared the SQLite store's methods (`store.SqlStore`).
    keys = ["account:agent", "ip:127.0.0.1"]
    assert store.login_wait(keys, now=1000.0) == 0
    assert [store.login_failed(keys, now=1000.0) for _ in range(3)] == [1, 2, 4]
    assert store.login_wait(["account:agent", "ip:10.0.0.9"], now=1001.0) == pytest.approx(3.0)
    store.login_succeeded(keys)
    assert store.login_wait(keys, now=1001.0) == 0


def test_quarantined_rows_in_postgres(pg_assistant, pg_url, library_csv, tmp_path):
    from test_broken_exports import real_records, write_broken

    store = pg_assistant.store
    broken = write_broken(real_records(library_csv), tmp_path / "lib.csv")
    report = store.import_file(broken, "broken-lib")
    try:
        assert len(report.quarantined) == 3
        assert [q.row for q in store.quarantined("broken-lib")] == \
               [q.row for q in report.quarantined]
        assert json.loads(store.audit_log()[-1]["detail"])["quarantined"] == 3
    finally:  # the session's catalogues as they were
        with psycopg.connect(pg_url, autocommit=True) as owner:
            for table in ("cases", "import_problems", "quarantine"):
                owner.execute(f"DELETE FROM {table} WHERE catalogue = 'broken-lib'")
            owner.execute("DELETE FROM catalogues WHERE name = 'broken-lib'")


def test_unreachable_server_is_one_clear_message(tmp_path):
    settings = Settings.from_env(home=tmp_path,
                                 database_url="postgresql://assist:x@127.0.0.1:1/assist")
    with pytest.raises(AssistError, match="Cannot connect to PostgreSQL at "
                                          "postgresql://assist@127.0.0.1:1/assist") as caught:
        Assistant.open(settings)
    assert ":x@" not in str(caught.value)  # no password in the message


def test_the_late_pass_background_is_the_same_in_both_backends(pg_assistant, assistant):
    """The lift's fixed sample (public passages evenly spaced by position) is read from
    PostgreSQL as from the file index: the same passages, so the same decisions."""
    texts = [text for text, _ in pg_assistant.background()]
    assert texts and texts == [text for text, _ in assistant.background()]


# Dev questions of each kind the lift tells apart (tests/eval/questions.jsonl, split dev).
DEV_QUESTIONS = ["localiser les brèches dans la tuyauterie",
                 "Détecter la fraude aux prestations sociales avec un algorithme",
                 "Quelle est la recette du bœuf bourguignon ?",
                 "How can AI cut energy use in public buildings?"]


def test_the_late_pass_reads_the_same_token_states_in_both_backends(
        pg_assistant, assistant, monkeypatch):
    """PostgreSQL stores every passage's token states in the file index's form (a bytea
    column read for the late pass's passages only): the same states, nothing encoded at
    question time in either backend, so the same decisions."""
    assert pg_assistant.index.manifest["states_form"] == \
        assistant.index.manifest["states_form"]
    for (_, pg), (_, embedded) in zip(pg_assistant.background(), assistant.background()):
        assert pg is not None and np.array_equal(pg, embedded)
    encoded = []
    for one in (pg_assistant, assistant):
        monkeypatch.setattr(one.late, "_encode_passage", encoded.append)
    for question in DEV_QUESTIONS:
        pg, embedded = (one.ask(question + " ?") for one in (pg_assistant, assistant))
        assert pg.decision == embedded.decision, question
        assert abs(pg.confidence - embedded.confidence) < 0.01, question
    assert encoded == []


def test_both_legs_at_once_give_the_same_candidates_and_answers(pg_assistant, monkeypatch):
    """The dense leg on the login's second connection while the lexical leg runs on the
    first (`PgSearcher.legs`): the same candidates, scores and answers as one after the
    other, for the public reader and the agent, with and without a filter."""
    searcher = pg_assistant.searcher
    assert searcher.parallel  # on by default
    themes = sorted({v for c in pg_assistant.index.chunks for v in c.facets.get("theme", [])})
    where = []
    real_dense = searcher.dense

    def dense(*args):
        where.append((threading.current_thread().name, args[2:]))
        return real_dense(*args)

    monkeypatch.setattr(searcher, "dense", dense)
    vectors = pg_assistant.embedder.queries(QUESTIONS)
    for question, vector in zip(QUESTIONS, vectors):
        for audience, filters in (("public", {}), ("agent", {}),
                                  ("public", {"theme": [themes[0]]})):
            legs = {}
            for parallel in (True, False):
                searcher.parallel = parallel
                where.clear()
                legs[parallel] = pg_assistant.candidates(vector, question, audience, filters)
                forget(pg_assistant)  # answered again, not from the cache
                answer = pg_assistant.ask(question, top_k=5, audience=audience,
                                          filters=filters)
                legs[parallel] += ([(r.id, r.score, r.citations[0].quote)
                                    for r in answer.results], answer.message)
                # in parallel: the dense leg on the second connection (in the worker for
                # `candidates`; after the embedding, in the asking thread, for `ask()`,
                # whose lexical leg starts first in the worker: `embedded_legs`)
                assert all(lane == ((1,) if parallel else ()) for _, lane in where), where
                assert parallel or not any("assist-leg" in name for name, _ in where)
            searcher.parallel = True
            assert legs[True][1] and legs[True][1:] == legs[False][1:], (question, audience)
    db = pg_assistant.index.db
    with db.use("reader") as first, db.use("reader", 1) as second:
        assert first.info.backend_pid != second.info.backend_pid


def test_the_lexical_leg_starts_while_the_question_is_embedded(pg_assistant, monkeypatch):
    """`ask()` starts the lexical leg (which needs the words only) in the worker before the
    question is embedded (`PgSearcher.embedded_legs`), then runs the dense leg after the
    embedding: the embedding sees the lexical leg already started; the same candidates and
    answers as embedding first, for the reader, the agent and a filter."""
    searcher = pg_assistant.searcher
    assert searcher.parallel and searcher.early_lexical  # on by default
    themes = sorted({v for c in pg_assistant.index.chunks for v in c.facets.get("theme", [])})
    started, seen = threading.Event(), []
    real_lexical, real_queries = searcher.lexical, pg_assistant.embedder.queries

    def lexical(*args):
        seen.append(("lexical", threading.current_thread().name))
        started.set()
        return real_lexical(*args)

    def queries(texts):
        # the lexical leg was started before the embedding began (waits at most 10 s)
        seen.append(("embedding", searcher.early_lexical and started.wait(10)))
        return real_queries(texts)

    monkeypatch.setattr(searcher, "lexical", lexical)
    monkeypatch.setattr(pg_assistant.embedder, "queries", queries)
    answered = 0
    try:
        for question in QUESTIONS:
            for audience, filters in (("public", {}), ("agent", {}),
                                      ("public", {"theme": [themes[0]]})):
                got = {}
                for early in (True, False):
                    searcher.early_lexical = early
                    started.clear()
                    seen.clear()
                    forget(pg_assistant)
                    answer = pg_assistant.ask(question, top_k=5, audience=audience,
                                              filters=filters)
                    got[early] = ([(r.id, r.score, r.citations[0].quote)
                                   for r in answer.results], answer.message)
                    answered += bool(answer.results)
                    if early:
                        assert seen[0][0] == "lexical" and "assist-leg" in seen[0][1], seen
                        assert ("embedding", True) in seen, seen
                    else:
                        assert seen[0] == ("embedding", False), seen
                assert got[True] == got[False], (question, audience)
    finally:
        searcher.early_lexical = True
        monkeypatch.undo()
    assert answered > len(QUESTIONS)
    forget(pg_assistant)


def _statements_reading_rows(pg_assistant, monkeypatch) -> list[str]:
    """Make `pg_assistant` read passages' rows from the database (not its loaded list) and
    record every SQL statement it runs from now on. What is read once per index is read
    first, so that a question's statements are its own: the late pass's fixed sample and
    the hub prior (measured when first needed: with one test alone, inside the first
    judge, its reads looked like the question's)."""
    monkeypatch.setattr(pg_assistant.index, "_chunks", None)
    reads: list[str] = []
    real_execute = psycopg.Connection.execute

    def counted(self, query, params=None, **kwargs):
        reads.append(str(query))
        return real_execute(self, query, params, **kwargs)

    monkeypatch.setattr(psycopg.Connection, "execute", counted)
    pg_assistant.background()
    pg_assistant.hubs()
    reads.clear()
    return reads


def test_candidates_rows_are_read_without_their_text(pg_assistant, monkeypatch):
    """The fused candidates' rows are read for their result keys only; the passages the
    shown results are quoted from are read in one statement when explained
    (`PgSearcher.texts_later`, `LazyChunks.many`): the same answers as reading every
    candidate's JSON, for the reader, the agent and a filter; a restricted passage's text
    is never read on the reader's login."""
    index, searcher = pg_assistant.index, pg_assistant.searcher
    themes = sorted({v for c in index.chunks for v in c.facets.get("theme", [])})
    restricted = [i for i, c in enumerate(index.chunks) if c.access != "public"]
    reads = _statements_reading_rows(pg_assistant, monkeypatch)
    assert searcher.texts_later  # on by default
    answered = 0
    try:
        for question in QUESTIONS:
            for audience, filters in (("public", {}), ("agent", {}),
                                      ("public", {"theme": [themes[0]]})):
                got = {}
                for later in (True, False):
                    searcher.texts_later = later
                    forget(pg_assistant)
                    reads.clear()
                    answer = pg_assistant.ask(question, top_k=5, audience=audience,
                                              filters=filters)
                    got[later] = ([(r.id, r.score, r.citations[0].quote)
                                   for r in answer.results], answer.message)
                    texts = [q for q in reads if "SELECT pos, chunk FROM" in q]
                    rows = [q for q in reads if "parent_id" in q and "FROM passages" in q]
                    if later:
                        assert all(", NULL FROM" in q for q in rows), rows
                        # one statement for every shown result's quotes (more only when
                        # a result's first passages have nothing to quote)
                        assert len(texts) <= 1 + len(answer.results), texts
                        assert texts or not (answer.results or answer.closest), reads
                    else:
                        assert all(", chunk FROM" in q for q in rows) and not texts, reads
                assert got[True] == got[False], (question, audience)
                answered += bool(got[True][0])
    finally:
        searcher.texts_later = True
    assert answered > len(QUESTIONS)
    chunks = index.chunks_at(restricted, "reader", texts=False)
    chunks.many(restricted)
    assert dict(chunks) == {}
    chunks = index.chunks_at(restricted, "owner", texts=False)
    assert chunks[restricted[0]].access != "public"


def test_rows_read_ahead_give_the_same_answers_and_keep_restricted_rows(pg_assistant,
                                                                       monkeypatch):
    """Each leg reads its candidates' rows while the other runs (`PgIndex.prefetch`, as at
    a million passages, where the passages are not in memory): the same candidates and
    answers as reading them after both legs, for the reader, the agent and a filter, with
    no passage or term read left after the legs; a restricted row read ahead for an agent
    is never given to the reader."""
    index, searcher = pg_assistant.index, pg_assistant.searcher
    chunks = index.chunks
    restricted = [i for i, c in enumerate(chunks) if c.access != "public"]
    themes = sorted({v for c in chunks for v in c.facets.get("theme", [])})
    vectors = pg_assistant.embedder.queries(QUESTIONS)
    reads = _statements_reading_rows(pg_assistant, monkeypatch)
    default = searcher.prefetch
    try:
        for question, vector in zip(QUESTIONS, vectors):
            for audience, filters in (("public", {}), ("agent", {}),
                                      ("public", {"theme": [themes[0]]})):
                got = {}
                for ahead in (True, False):
                    searcher.prefetch = ahead
                    forget(pg_assistant)
                    legs = pg_assistant.candidates(vector, question, audience, filters)
                    reads.clear()
                    found = pg_assistant.judge(question, "fr", *legs)
                    # passages' rows (chunks_at) and term lists (holders) already read
                    after = [q for q in reads if "chunk::json" in q or "passage_terms" in q]
                    assert not ahead or after == [], (question, audience, after)
                    forget(pg_assistant)
                    answer = pg_assistant.ask(question, top_k=5, audience=audience,
                                              filters=filters)
                    got[ahead] = (legs[1:], [(g.key, g.score) for g in found.ranked],
                                  [(r.id, r.score, r.citations[0].quote)
                                   for r in answer.results], answer.message)
                assert got[True][1] and got[True] == got[False], (question, audience)
    finally:
        searcher.prefetch = default
    assert restricted
    forget(pg_assistant)
    index.prefetch(restricted, "owner")
    assert set(index.chunks_at(restricted, "owner")) == set(restricted)
    assert dict(index.chunks_at(restricted, "reader")) == {}
    stems = sorted({s for i in restricted[:5] for s in analyse(chunks[i].text)})
    assert not any(index.holders(stems, restricted, "reader").values())
    assert any(index.holders(stems, restricted, "owner").values())


def test_filtered_dense_search_probes_more_lists_then_restores(pg_assistant, monkeypatch):
    """A filtered question's IVFFlat scan searches `FILTERED_PROBES` lists (its top 10 lies
    further out), an unfiltered one the session's `PROBES`; the connection is left as it was,
    even when the search fails."""
    from assist.catalogue.pg_store import FILTERED_PROBES
    from assist.errors import IndexDamaged

    searcher = pg_assistant.searcher
    assert searcher._ivfflat and FILTERED_PROBES > PROBES
    themes = sorted({v for c in pg_assistant.index.chunks for v in c.facets.get("theme", [])})
    seen = []
    real_execute = psycopg.Connection.execute

    def probing(self, query, params=None, **kwargs):
        if "ORDER BY embedding" in str(query):
            seen.append(real_execute(self, "SHOW ivfflat.probes").fetchone()[0])
        return real_execute(self, query, params, **kwargs)

    monkeypatch.setattr(psycopg.Connection, "execute", probing)
    vector = pg_assistant.embedder.queries([QUESTIONS[0]])[0]
    filtered = searcher.mask("public", {"theme": [themes[0]]})
    assert searcher.dense(vector, filtered) and searcher.dense(vector, searcher.mask("public", {}))
    assert seen == [str(FILTERED_PROBES), str(PROBES)]
    db = pg_assistant.index.db
    with db.use("reader") as conn:
        conn.execute("SET search_path = pg_catalog")
        try:
            with pytest.raises(IndexDamaged):
                searcher.dense(vector, filtered)
        finally:
            conn.execute("SET search_path = \"$user\", public")
        assert real_execute(conn, "SHOW ivfflat.probes").fetchone()[0] == str(PROBES)


@pytest.mark.parametrize("broken", ["dense", "lexical", "both"])
def test_a_failing_leg_is_a_clear_error_not_a_hang(pg_assistant, broken):
    """A PostgreSQL error in either leg (here: the tables made unreachable on its
    connection) comes back as one `IndexDamaged` naming it, within seconds, both
    connections freed: the next question is answered as before."""
    from assist.errors import IndexDamaged

    question = QUESTIONS[0]
    before = top(pg_assistant.ask(question, top_k=5))
    forget(pg_assistant)  # answered again, not from the cache
    db = pg_assistant.index.db
    lanes = {"dense": (1,), "lexical": (0,), "both": (0, 1)}[broken]
    for lane in lanes:
        with db.use("reader", lane) as conn:
            conn.execute("SET search_path = pg_catalog")
    outcome: list = []

    def ask():
        try:
            outcome.append(pg_assistant.ask(question, top_k=5))
        except Exception as exc:  # noqa: BLE001 — the test looks at what it is
            outcome.append(exc)

    try:
        worker = threading.Thread(target=ask, daemon=True)
        worker.start()
        worker.join(30)
        assert not worker.is_alive(), "ask() hangs when a leg fails"
    finally:
        for lane in lanes:
            with db.use("reader", lane) as conn:
                conn.execute("SET search_path = \"$user\", public")
    assert isinstance(outcome[0], IndexDamaged), outcome
    assert 'relation "passages" does not exist' in str(outcome[0]) or \
           'relation "terms" does not exist' in str(outcome[0]), outcome
    forget(pg_assistant)
    assert top(pg_assistant.ask(question, top_k=5)) == before


def test_the_hub_prior_is_the_same_in_both_backends(pg_assistant, assistant):
    """The ranking's hub prior (`retrieval/hubs.py`) from PostgreSQL's stored vectors as
    from the file index's: the same passages and rule, half-precision storage apart."""
    pg, embedded = pg_assistant.hubs(), assistant.hubs()
    assert set(pg.prior) == set(embedded.prior) and len(pg.prior) > 10
    assert max(abs(pg.of(k) - embedded.of(k)) for k in pg.prior) < 2e-3
