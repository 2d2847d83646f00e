"""The supervisor's PDF report, drawn with Qt."""
