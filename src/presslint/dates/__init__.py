"""Dates in news English: reading them with offsets, and what they say about events."""
