"""Evaluation on judged query sets and needs profiles; the reports written to docs/."""
