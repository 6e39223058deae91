"""The catalogue: the shipped corpus, imported exports, the SQLite store, completeness, figures."""
