"""The `assist` command line."""
