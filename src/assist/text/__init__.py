"""Text: the one French analyser and `fold`, the controlled vocabularies, the FR/EN messages."""
