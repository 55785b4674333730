"""Procedure Assist (手続きアシスト): procedure checklists after a life event."""

__version__ = "0.1.0"
