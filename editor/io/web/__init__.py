"""Reading web pages: their encoding, their tree and its repairs, their metadata."""
