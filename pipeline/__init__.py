"""Communiqué."""
