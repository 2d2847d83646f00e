"""Taking cases out: CSV, JSON Lines and XLSX exports."""
