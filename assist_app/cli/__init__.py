"""The `assist-app` command line (Qt-free)."""
