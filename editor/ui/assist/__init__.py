"""Suggestions while translating: memory, glossary and machine translation."""
