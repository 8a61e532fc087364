"""The end of the loop: summary, preview, export and push."""
