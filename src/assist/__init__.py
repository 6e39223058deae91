"""assist: cited, explainable retrieval over the Bibliothèque d'IA territoriales, run locally."""

from assist.errors import AssistError
from assist.models import Answer, Case, Citation, Document, Result, SimilarCase, Why

__all__ = sorted(["AssistError", "Answer", "Case", "Citation", "Document", "Result",
                  "SimilarCase", "Why"])
