"""Compiled Designer forms (generated; see packaging/compile_forms.py)."""
