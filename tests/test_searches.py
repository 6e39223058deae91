"""What people look for (issue 13): the app's questions kept without personal data for the
retention period, in SQLite and PostgreSQL alike, grouped by theme, for agents only (the
Assistant, the CLI and the agents' page)."""

from __future__ import annotations

import datetime as dt
import json
import re
import sqlite3
import subprocess

import pytest
from conftest import REPO, run_cli
from streamlit.testing.v1 import AppTest
from test_app import PAGES, TIMEOUT, all_text, run

from assist.catalogue.searches import cutoff, report, scrub
from assist.catalogue.store import Store

PERSONAL = ("Écrivez-moi à ana.dupont@ville-exemple.fr ou au 06 12 34 56 78 (bureau "
            "+33 1 23 45 67 89, 0612345678) : qui détecte les fuites d'eau en 2023 et 2024 ?")
KEPT_COLUMNS = {"id", "day", "question", "language", "theme", "outcome", "vote"}


def test_personal_data_is_taken_out_of_the_question():
    text = scrub(PERSONAL)
    assert "@" not in text and "ana.dupont" not in text
    assert not any(n in text for n in ("06 12", "23 45", "0612345678", "+33"))
    assert text.count("[e-mail]") == 1 and text.count("[tel]") == 3
    assert "fuites d'eau en 2023 et 2024" in text  # years and the question stay
    assert scrub("budget de 150 000 euros pour 12 communes") == \
        "budget de 150 000 euros pour 12 communes"
    assert len(scrub("eau " * 500)) == 300 and "\n" not in scrub("deux\nlignes")


def _old(store, day: str) -> None:
    """A search kept on `day` (written as the store would have then)."""
    if isinstance(store, Store):
        with sqlite3.connect(store.path) as conn:
            conn.execute("INSERT INTO searches(day, question, language, theme, outcome) "
                         "VALUES (?, 'ancienne question', 'fr', '', 'nothing')", (day,))
    else:
        with store.db.use() as conn:
            conn.execute("INSERT INTO searches(day, question, language, theme, outcome) "
                         "VALUES (%s, 'ancienne question', 'fr', '', 'nothing')", (day,))


def check_store(store) -> None:
    """The behaviour both stores share: scrubbed text, the day only, votes, retention."""
    first = store.add_search(PERSONAL, "fr", "Mobilités", "nothing", retention_days=90)
    rows = store.searches(90)
    assert set(rows[-1]) == KEPT_COLUMNS  # no address, no user, no session, no time
    assert rows[-1]["id"] == first and rows[-1]["question"] == scrub(PERSONAL)
    assert rows[-1]["day"] == dt.datetime.now(dt.UTC).date().isoformat()
    store.vote_search(first, -1)
    assert store.searches(90)[-1]["vote"] == -1
    with pytest.raises(ValueError):
        store.add_search("q", "fr", "", "maybe", retention_days=90)
    # Older than the retention period: not shown, and deleted by the next search kept.
    old = (dt.date.today() - dt.timedelta(days=120)).isoformat()
    _old(store, old)
    assert old not in {r["day"] for r in store.searches(90)}
    assert old in {r["day"] for r in store.searches(365)}
    store.add_search("deuxième question", "fr", "", "answered", retention_days=90)
    assert old not in {r["day"] for r in store.searches(365)}
    # A retention of 0 days keeps nothing and deletes what was kept.
    assert store.add_search("troisième", "fr", "", "answered", retention_days=0) == 0
    assert store.searches(365) == []


def test_the_sqlite_store_keeps_questions_without_personal_data(tmp_path):
    check_store(Store(tmp_path))


@pytest.mark.pg
def test_the_postgresql_store_keeps_them_the_same_way(pg_url):
    from assist.catalogue.pg_store import PgStore, database

    check_store(PgStore(database(pg_url)))


def test_the_report_groups_by_theme_most_unanswered_first():
    day = dt.date.today().isoformat()
    rows = [{"question": q, "day": day, "theme": th, "outcome": out, "vote": v}
            for q, th, out, v in [
                ("Fuites d'eau", "Transition écologique et énergétique", "answered", 0),
                ("fuites  d'EAU", "Transition écologique et énergétique", "answered", -1),
                ("vélos en libre-service", "Mobilités", "nothing", 0),
                ("vélos en libre-service", "Mobilités", "nothing", 0),
                ("asdf", "", "nothing", 0)]]
    found = report(rows, 30, "en", no_theme="No theme recognised")
    assert [g.label for g in found.themes] == ["Mobility", "Ecological and energy transition",
                                               "No theme recognised"]
    assert (found.asked, found.nothing, found.disliked) == (5, 3, 1)
    water = found.themes[1].questions
    assert len(water) == 1 and (water[0].asked, water[0].disliked) == (2, 1)
    assert found.since == cutoff(30)


def test_the_assistant_files_questions_by_theme_for_agents_only(assistant):
    answered = assistant.ask("Comment détecter les fuites d'eau sur le réseau ?")
    nothing = assistant.ask("recette de la tarte aux pommes de grand-mère")
    assert not answered.abstained and nothing.abstained
    assert assistant.question_theme(answered) == answered.results[0].fields["theme"] or \
        assistant.question_theme(answered) in {r.fields.get("theme") for r in answered.results}
    assert assistant.question_theme(nothing) == ""  # far from every project: no theme
    off_catalogue = assistant.ask("drones pour surveiller les feux de forêt en été")
    kept = [assistant.record_search(a) for a in (answered, nothing, off_catalogue)]
    assistant.vote_search(kept[0], -1)
    with pytest.raises(PermissionError):
        assistant.searches()  # public by default
    found = assistant.searches(audience="agent", language="fr")
    where = {q.question: g for g in found.themes for q in g.questions}
    assert where[answered.question].theme == assistant.question_theme(answered) != ""
    assert where[nothing.question].theme == "" and where[nothing.question].nothing >= 1
    assert where[answered.question].disliked >= 1


def test_cli_lists_them_for_agents_only(home_with_library, assistant):
    assistant.record_search(assistant.ask("IA pour la propreté des rues, contact 0612345678"))
    def cli(*args: str) -> subprocess.CompletedProcess:
        return run_cli(home_with_library, "searches", *args)

    refused = cli("--json")
    assert refused.returncode == 2 and "--audience agent" in refused.stderr
    assert not refused.stdout and "Traceback" not in refused.stderr
    done = cli("--json", "--audience", "agent")
    assert done.returncode == 0, done.stderr
    questions = [q["question"] for g in json.loads(done.stdout)["themes"] for q in g["questions"]]
    assert "IA pour la propreté des rues, contact [tel]" in questions
    assert "0612345678" not in done.stdout


def test_the_app_keeps_public_questions_and_shows_them_to_agents_only(app_home, monkeypatch):
    # Session fixtures set up later (`shipped_assistant`) leave their own home in the
    # environment: this test reads app_home's store, so the app must use app_home.
    monkeypatch.setenv("ASSIST_HOME", str(app_home))
    question = "Qui trie les courriers de la mairie ? écrire à jean@exemple.fr"
    public = run(app_home, q=question)
    assert "searches" not in public.session_state["_pages"]  # not even listed
    public.feedback[0].set_value(0).run()  # 👎
    public.run()  # a rerun keeps nothing twice
    rows = [r for r in Store(app_home).searches(90) if "trie les courriers" in r["question"]]
    assert len(rows) == 1 and rows[0]["vote"] == -1
    assert rows[0]["question"] == "Qui trie les courriers de la mairie ? écrire à [e-mail]"
    # A public session cannot switch to it; the page itself, run outside an agent's
    # session, refuses too.
    with pytest.raises(ValueError, match="Could not find a navigation page"):
        public.switch_page(PAGES + "searches.py")
    page = AppTest.from_file(str(REPO / PAGES / "searches.py"), default_timeout=TIMEOUT).run()
    assert not page.exception and any("agents" in w.value for w in page.warning)
    assert not page.dataframe and rows[0]["question"] not in all_text(page)
    # An agent sees the question in its theme, its 👎 counted; the agent's own questions
    # are not kept.
    agent = run(app_home, agent=True, page="searches")
    assert "searches" in agent.session_state["_pages"]
    assert not agent.warning, [w.value for w in agent.warning]
    shown = [q for table in agent.dataframe for q in table.value["Question"]]
    assert rows[0]["question"] in shown
    assert any(re.search(r"[1-9]\d* pas utile", e.label) for e in agent.expander)
    before = len(Store(app_home).searches(90))
    run(app_home, agent=True, q="question posée par un agent sur les courriers")
    assert len(Store(app_home).searches(90)) == before
