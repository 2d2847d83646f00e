"""Supervisor review: coaching, training flags, root causes, the follow-up queue."""
