"""assist: cited, explainable retrieval over the Bibliothèque d'IA territoriales, run locally."""

from assist.assistant import Assistant
from assist.errors import AssistError
from assist.models import Answer, Case, Citation, Document, Result, SimilarCase, Why

__all__ = ["Answer", "AssistError", "Assistant", "Case", "Citation", "Document", "Result",
           "SimilarCase", "Why"]
