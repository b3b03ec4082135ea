"""Name, title and toponym helpers for the people and places components."""
