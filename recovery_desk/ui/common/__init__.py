"""What every screen shares: formatting, labels, workers, style, shortcuts, charts."""
