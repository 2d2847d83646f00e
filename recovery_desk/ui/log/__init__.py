"""The Log page's parts: filters, case detail, supervisor actions, follow-up queue."""
