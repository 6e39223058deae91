"""Retrieval: passages, embeddings, the index folder, hybrid search and score fusion."""
