"""Building the translation memory from the blog's published posts."""
