"""The house's rules, checked: stages import only earlier stages, every message exists in both
languages, passage access comes from field access, one fold, audiences never mix."""

from __future__ import annotations

import ast
import re
import string
from pathlib import Path

import pytest

from assist import access
from assist.access import case_view, field_access, field_values, visible_fields
from assist.answers.brief import build
from assist.facets import FACETS, case_matches, normalise_filters
from assist.models import Answer, Case
from assist.retrieval.chunking import TEXT_FIELDS, case_chunks
from assist.text.analyser import fold
from assist.text.i18n import LANGUAGES, MESSAGES, t

SRC = Path(__file__).resolve().parents[1] / "src" / "assist"

# The pipeline, in order: a module may import its own stage and earlier ones, never a later one.
# Type-only imports count too: they hide a real dependency.
STAGES = [
    {"text"},
    {"models", "errors", "config", "access", "facets", "auth"},
    {"catalogue"},
    {"retrieval"},
    {"answers"},
    {"assistant"},
    {"evaluation"},
    {"bench"},
    {"cli", "ui"},
]
LEVEL = {name: n for n, names in enumerate(STAGES) for name in names}


def _stage(module: str) -> str:
    return module.split(".")[1] if module.count(".") else ""


def _imports(path: Path, module: str) -> set[str]:
    package = module if path.name == "__init__.py" else module.rsplit(".", 1)[0]
    out = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            out |= {a.name for a in node.names}
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parts = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join(parts + ([base] if base else []))
            out |= {base} | {f"{base}.{a.name}" for a in node.names}
    return {m for m in out if m.startswith("assist.")}


def test_every_module_belongs_to_a_stage():
    for path in SRC.rglob("*.py"):
        module = ".".join(path.relative_to(SRC.parent).with_suffix("").parts)
        if module in ("assist.__init__", "assist.__main__"):
            continue
        assert _stage(module) in LEVEL, f"{module} is in no stage of the pipeline"


def test_no_module_imports_a_later_stage():
    wrong = []
    for path in SRC.rglob("*.py"):
        module = ".".join(path.relative_to(SRC.parent).with_suffix("").parts)
        if module in ("assist.__init__", "assist.__main__"):
            continue
        mine = LEVEL[_stage(module)]
        for imported in _imports(path, module):
            theirs = LEVEL.get(_stage(imported))
            if theirs is not None and theirs > mine:
                wrong.append(f"{module} imports {imported}")
    assert not wrong, "imports against the pipeline's direction:\n" + "\n".join(sorted(wrong))


def test_no_import_cycles_between_modules():
    modules = {".".join(p.relative_to(SRC.parent).with_suffix("").parts).removesuffix(".__init__"): p
               for p in SRC.rglob("*.py")}

    def owner(name: str) -> str | None:
        while name and name not in modules:
            name = name.rpartition(".")[0]
        return name if name and name != "assist" else None

    graph = {m: {o for i in _imports(p, m) if (o := owner(i)) and o != m}
             for m, p in modules.items()}
    state: dict[str, int] = {}  # 1 visiting, 2 done

    def visit(node: str, path: list[str]) -> list[str] | None:
        state[node] = 1
        for nxt in graph[node]:
            if state.get(nxt) == 1:
                return path + [node, nxt]
            if nxt not in state and (cycle := visit(nxt, path + [node])):
                return cycle
        state[node] = 2
        return None

    for module in graph:
        if module not in state:
            cycle = visit(module, [])
            assert cycle is None, f"import cycle: {' -> '.join(cycle)}"


def test_import_direction_check_catches_a_backward_import(tmp_path):
    bad = tmp_path / "assist" / "text" / "bad.py"
    bad.parent.mkdir(parents=True)
    bad.write_text("from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n"
                   "    from assist.assistant import Assistant\n")
    assert "assist.assistant" in _imports(bad, "assist.text.bad")


# -- messages --------------------------------------------------------------------------------

def _fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def test_every_message_in_both_languages_with_the_same_placeholders():
    for key, entry in MESSAGES.items():
        assert set(entry) == set(LANGUAGES), f"{key}: {sorted(entry)}"
        # One side may be empty on purpose (the note that sources are in French is English only).
        assert any(entry[lang].strip() for lang in LANGUAGES), key
        assert _fields(entry["fr"]) == _fields(entry["en"]), key


def test_counts_are_written_in_words_not_with_brackets():
    # French: 0 and 1 take the singular; English: 1 only.
    assert t("answer.intro", "fr", n_cases=1, n_docs=0) == (
        "1 projet et 0 passage de documents correspondent à votre question.")
    assert t("answer.intro", "en", n_cases=1, n_docs=0) == (
        "1 project and 0 document passages match your question.")
    assert t("map.in_group", "fr", n=4) == "4 projets dans ce groupe :"
    assert t("compare.summary", "en", n=1, total=9) == "1 of 9 rows differs (marked ≠)."
    assert t("answer.intro_cases", "fr", n=3) == "3 projets correspondent à votre question."
    assert t("answer.intro_docs", "en", n=1) == "1 document passage matches your question."
    assert t("import.head", "fr", name="x.csv", cases=1, rows=2, encoding="utf-8",
             delimiter="virgule").startswith("Import de « x.csv » : 1 fiche sur 2 lignes lues")
    # No message writes "projet(s)": a count is followed by its word in the right form.
    for key, entry in MESSAGES.items():
        for lang in LANGUAGES:
            assert "(s)" not in entry[lang].replace("http(s)", ""), (key, lang)


def test_every_message_key_used_in_the_code_exists():
    used = set()
    for path in [*SRC.rglob("*.py"), SRC.parents[1] / "app.py"]:
        used |= set(re.findall(r"""\bt\(\s*["']([a-z0-9_.]+)["']\s*[,)]""", path.read_text("utf-8")))
    missing = sorted(k for k in used if k not in MESSAGES)
    assert not missing, f"t() keys with no message: {missing}"


def test_every_facet_and_field_has_a_label():
    for facet in FACETS:
        assert facet.label_key in MESSAGES, facet.label_key
    for name in Case.model_fields:
        if name not in ("id", "origin", "extra", "problems", "sources"):
            assert f"field.{name}" in MESSAGES, name


# -- the one gate ------------------------------------------------------------------------------

def _full_case() -> Case:
    values = {}
    for name, info in Case.model_fields.items():
        if name in ("id", "origin", "sources", "problems", "records", "provenance"):
            continue  # bookkeeping; a merged record's provenance is tested in test_merge.py
        if info.annotation == list[str]:
            values[name] = [f"valeur {name} un", f"valeur {name} deux"]
        elif info.annotation == dict[str, str]:
            values[name] = {"colonne_inconnue": "valeur extra"}
        elif name in ("latitude", "longitude"):
            values[name] = 45.0
        elif name == "start_year":
            values[name] = 2024
        else:
            values[name] = f"Texte du champ {name}. Une phrase de plus pour le passage."
    return Case(id="complet", **values)


def test_passage_access_is_its_field_access_for_every_field():
    chunks = list(case_chunks(_full_case()))
    by_field = {c.field: c.access for c in chunks}
    assert set(by_field) >= set(TEXT_FIELDS) | {"colonne_inconnue"}
    for name, mark in by_field.items():
        assert mark == field_access(name), name
    assert by_field["colonne_inconnue"] == "restricted"  # an extra column is never public


def test_public_view_holds_no_restricted_value_and_agents_see_all():
    case = _full_case()
    public = case_view(case, "public")
    for name in Case.model_fields:
        if field_access(name) == "restricted":
            assert getattr(public, name) in ("", [], {}, None), name
            assert name not in field_values(case, "public")
    assert case_view(case, "agent") == case
    assert set(visible_fields("public")) < set(visible_fields("agent"))
    with pytest.raises(ValueError):
        case_view(case, "admin")  # type: ignore[arg-type]


def test_public_is_the_default_audience():
    case = _full_case()
    assert case_view(case) == case_view(case, "public")
    assert field_values(case) == field_values(case, "public")


def test_a_brief_refuses_an_answer_made_for_another_audience():
    answer = Answer(question="q", audience="agent")
    with pytest.raises(ValueError):
        build(answer, "fr", "public")
    assert build(answer, "fr", "agent").audience == "agent"
    assert access.same_audience("public", Answer(question="q")) == "public"


# -- one fold, one matching rule -----------------------------------------------------------------

def test_one_fold_for_apostrophes_accents_and_spaces():
    assert fold("Aide à la rédaction et gestion documentaire") == \
        fold("aide a la  redaction et gestion documentaire")
    assert fold("l’œuvre") == fold("l'oeuvre") == "l'oeuvre"


def test_cases_and_search_match_a_facet_value_typed_with_a_typographic_apostrophe():
    case = Case(id="x", nom_projet="P", sous_theme=["Gestion de l'eau"], theme="Mobilités")
    assert case_matches(case, normalise_filters({"sous_theme": "Gestion de l’eau"}))
    assert not case_matches(case, normalise_filters({"sous_theme": "Gestion des déchets"}))


def test_the_readme_names_every_module():
    readme = (SRC.parents[1] / "README.md").read_text(encoding="utf-8")
    table = readme[readme.index("| module | what it does |"):]
    table = table[:table.index("\n\n")]
    missing = []
    for path in SRC.rglob("*.py"):
        if path.name in ("__init__.py", "__main__.py") or "pages" in path.parts:
            continue
        rel = path.relative_to(SRC).as_posix()
        folder, _, name = rel.rpartition("/")
        # a row names it by its path, or by its file name in a row about its folder
        if not any(f"`{rel}`" in line or (folder and f"{folder}/" in line and f"`{name}`" in line)
                   for line in table.splitlines()):
            missing.append(rel)
    assert not missing, f"README's module table lacks: {missing}"
