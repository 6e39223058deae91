"""Streamlit entry point: `streamlit run app.py` (with PYTHONPATH=src or assist installed)."""

from pathlib import Path

import streamlit as st

from assist.i18n import t
from assist.ui import components, runtime, selection, state
from assist.ui import pages as page_files

PAGES = Path(page_files.__file__).parent

st.set_page_config(page_title="Assistant IA territoriales", page_icon=":material/travel_explore:",
                   layout="wide")

if "lang_en" not in st.session_state:
    st.session_state["lang_en"] = st.query_params.get("lang") == "en"
st.sidebar.toggle(t("app.english", "en"), key="lang_en", help=t("app.language_help", "fr"))
language = state.language()
state.set_language(language == "en")

pages = {
    "assistant": st.Page(PAGES / "assistant.py", title=t("page.assistant", language),
                         icon=":material/chat:", url_path="assistant", default=True),
    "explorer": st.Page(PAGES / "explorer.py", title=t("page.explorer", language),
                        icon=":material/dashboard:", url_path="explorer"),
    "fit": st.Page(PAGES / "fit.py", title=t("page.fit", language),
                   icon=":material/checklist:", url_path="adaptes"),
    "compare": st.Page(PAGES / "compare.py", title=t("page.compare", language),
                       icon=":material/compare_arrows:", url_path="comparer"),
    "project": st.Page(PAGES / "project.py", title=t("page.project", language),
                       icon=":material/description:", url_path="projet"),
    "documents": st.Page(PAGES / "documents.py", title=t("page.documents", language),
                         icon=":material/menu_book:", url_path="documents"),
    "about": st.Page(PAGES / "about.py", title=t("page.about", language),
                     icon=":material/info:", url_path="a-propos"),
}
st.session_state["_pages"] = pages
page = st.navigation(list(pages.values()))
runtime.assistant(language)  # load (or build, with progress) before any page draws
page.run()
with st.sidebar:
    selection.link(language)
components.share_box(language)
