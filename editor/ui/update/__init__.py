"""Updating the source of a project when the post changed."""
