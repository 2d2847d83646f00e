"""The window's look: calm, high-contrast, large enough for a busy counter."""

STYLE = """
QLabel#pageTitle { font-size: 18pt; font-weight: 600; margin: 4px 0 8px 0; }
QLabel#caseTitle { font-size: 13pt; }
QLabel#caseTimers { font-family: monospace; font-size: 11pt; padding: 0 12px; }
QLabel#caseTimers[pace="near"] { background: #fff1e0; color: #6b3a00; border-radius: 4px; }
QLabel#caseTimers[pace="over"] { background: #fde7ea; color: #8c0018; border-radius: 4px;
  font-weight: 600; }
QLabel#customerWordsQuote { font-style: italic; background: #f4f6fa; padding: 8px;
  border-left: 4px solid #5b7bd5; }
QLabel#stageCurrent { background: #2f5bd3; color: white; padding: 6px; border-radius: 4px;
  font-weight: 600; }
QLabel#stageDone { background: #dff3e4; color: #1d5f2c; padding: 6px; border-radius: 4px; }
QLabel#stagePending { background: #eef0f3; color: #5b6270; padding: 6px; border-radius: 4px; }
QLabel#blockers { color: #8a4b00; }
QLabel#clockChips { padding: 4px 0; }
QLabel#clockWarning { background: #fff1e0; color: #6b3a00; border-left: 4px solid #d98a00;
  padding: 6px; font-weight: 600; }
QLabel#clockWarning[breached="true"] { background: #fde7ea; color: #8c0018;
  border-left-color: #b00020; }
QLabel#coaching { background: #eef6ff; border-left: 4px solid #3a7bd5; padding: 6px; }
QWidget#banner { background: #fff6d6; border: 1px solid #e6c75c; border-radius: 4px; }
QFrame#tile { background: #f7f8fb; border: 1px solid #d9dde6; border-radius: 6px;
  min-height: 90px; }
QLabel#tileValue { font-size: 22pt; font-weight: 600; color: #223; }
QListWidget#navigation { font-size: 12pt; }
QListWidget#navigation::item:selected { background: #2f5bd3; color: white; }
QPushButton#nextStage, QPushButton#openCase { font-weight: 600; padding: 6px 14px; }
/* where the keyboard is: a clear ring on whatever has the focus, everywhere */
QPushButton:focus { border: 2px solid #1f4fd1; border-radius: 4px; padding: 4px 10px;
  background: #eef3ff; }
QCheckBox:focus, QRadioButton:focus { background: #dbe6ff; border: 1px solid #1f4fd1;
  border-radius: 3px; padding: 2px; }
QLineEdit:focus, QPlainTextEdit:focus, QTextEdit:focus, QTextBrowser:focus, QSpinBox:focus,
QComboBox:focus, QListWidget:focus, QTreeWidget:focus, QTableWidget:focus, QTableView:focus {
  border: 2px solid #1f4fd1; border-radius: 3px; }
QTabBar::tab:focus { border: 2px solid #1f4fd1; }
"""
