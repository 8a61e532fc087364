"""Tsuji (通詞): a desktop translation editor for translated blog posts."""

__version__ = "0.1.0"
