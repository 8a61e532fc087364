"""Find and replace across both panes."""
