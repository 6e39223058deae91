"""Streamlit entry point: `streamlit run app.py` (with PYTHONPATH=src or assist installed)."""

from pathlib import Path

import streamlit as st

from assist.text.i18n import t
from assist.ui import agent, components, runtime, selection, state
from assist.ui import pages as page_files

PAGES = Path(page_files.__file__).parent

st.set_page_config(page_title="Assistant IA territoriales", page_icon=":material/travel_explore:",
                   layout="wide")

if "lang_en" not in st.session_state:
    st.session_state["lang_en"] = st.query_params.get("lang") == "en"
st.sidebar.toggle(t("app.english", "en"), key="lang_en", help=t("app.language_help", "fr"))
language = state.language()
state.set_language(language == "en")
components.page_setup(language)

# page (its file under ui/pages/) -> (icon, URL path); the first is the landing page.
PAGE_SPECS = {"assistant": ("chat", "assistant"), "explorer": ("dashboard", "explorer"),
              "fit": ("checklist", "adaptes"), "compare": ("compare_arrows", "comparer"),
              "project": ("description", "projet"), "documents": ("menu_book", "documents"),
              "about": ("info", "a-propos")}
if agent.is_agent():  # what people look for: agents only, not even listed for the public
    PAGE_SPECS = {**PAGE_SPECS, "searches": ("query_stats", "recherches")}
pages = {name: st.Page(PAGES / f"{name}.py", title=t(f"page.{name}", language),
                       icon=f":material/{icon}:", url_path=path, default=name == "assistant")
         for name, (icon, path) in PAGE_SPECS.items()}
st.session_state["_pages"] = pages
page = st.navigation(list(pages.values()))
try:
    runtime.assistant(language)  # load (or build, with progress) before any page draws
    page.run()
except Exception:
    # What no page foresaw: a plain message in both languages; the error itself goes on to
    # Streamlit, which logs its trace on the server and, with client.showErrorDetails =
    # "none" (.streamlit/config.toml), shows the visitor no trace, path or message.
    st.error(t("app.error", language) + "\n\n*" + t("app.error", "en" if language == "fr"
                                                     else "fr") + "*", icon=":material/error:")
    raise
with st.sidebar:
    selection.link(language)
components.share_box(language)
