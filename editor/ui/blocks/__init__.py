"""The article's blocks on screen: the item model and undo, the two panes, their editors and rich text."""
