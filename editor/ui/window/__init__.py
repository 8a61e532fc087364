"""The main window and what frames the panes: the article details header, the start page, the dock layout."""
