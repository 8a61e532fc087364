"""Translation with language models: the wire, the protocols, the request, the answer."""
