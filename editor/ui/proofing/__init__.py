"""Proofreading the Japanese: underlines, the Problems dock, fixes."""
