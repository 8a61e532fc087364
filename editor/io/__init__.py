"""Importers and exporters: pure functions over core objects."""
