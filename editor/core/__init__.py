"""The document and its files: no Qt, no network."""
