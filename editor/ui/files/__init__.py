"""New, open, save, import, recovery: the document's life on disk."""
