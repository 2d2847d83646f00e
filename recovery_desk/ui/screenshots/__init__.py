"""Rendering the window's pages and every stage to PNG files."""
