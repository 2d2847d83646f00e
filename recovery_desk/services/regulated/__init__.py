"""Regulated complaint handling: clocks on cases, letters, register, redress, returns."""
