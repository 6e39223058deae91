"""The Streamlit dashboard: pages that read input, call `Assistant`, and render."""
