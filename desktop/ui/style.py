"""A calm, readable look: Fusion with a light palette and a few accents.
Sizes are in points or relative, so the look holds at 100–200 % scaling."""

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

ACCENT = "#1f5f8b"
#: error lines under fields and in dialogs
ERROR_STYLE = "color: #a4262c;"
QSS = f"""
QWidget#navigation {{ background: #eef2f5; }}
QListWidget#navList {{ background: transparent; border: none; font-size: 11pt; }}
QListWidget#navList::item {{ padding: 6px 8px; border-radius: 4px; }}
QListWidget#navList::item:selected {{ background: {ACCENT}; color: white; }}
QLabel#pageTitle {{ font-size: 15pt; font-weight: bold; }}
QFrame#card {{ background: white; border: 1px solid #d5dde3; border-radius: 8px; }}
QFrame#caseHeader {{ background: white; border: 1px solid #d5dde3; border-radius: 6px; }}
QLabel#banner {{ background: #fff4ce; border: 1px solid #e0c36a; border-radius: 4px; padding: 6px; }}
QLabel[badge="vulnerability"] {{ background: #fde7e9; color: #6e1f24; border-radius: 8px; padding: 2px 8px; }}
QLabel[badge="status"] {{ background: #e1ecf4; color: {ACCENT}; border-radius: 8px; padding: 2px 8px; font-weight: bold; }}
QPushButton[badge="conflict"] {{ background: #fff4ce; color: #6b4e00; border: 1px solid #e0c36a; border-radius: 8px; padding: 2px 8px; font-weight: bold; }}
QPushButton[badge="conflict"]:hover {{ background: #ffeaa0; }}
QPushButton#danger:enabled {{ background: #a4262c; color: white; border: 1px solid #7d1d22; border-radius: 4px; padding: 4px 12px; }}
QLabel#followUp[overdue="true"] {{ color: #a4262c; font-weight: bold; }}
QTableView {{ gridline-color: #e3e8ec; selection-background-color: {ACCENT}; }}
QGroupBox {{ font-weight: bold; }}
QLabel#formTitle {{ font-size: 15pt; font-weight: bold; color: {ACCENT}; }}
QLabel#questionLabel {{ font-weight: bold; }}
QLabel#hint {{ color: #555f69; }}
QLabel#note {{ background: #eef5fb; border-radius: 4px; padding: 6px; }}
QLabel#sideTitle {{ font-weight: bold; font-size: 11pt; }}
QLabel#agenda {{ background: white; border: 1px solid #d5dde3; border-radius: 6px; padding: 8px; }}
QLabel#warning {{ color: #8a4b00; }}
QLabel[badge="provisional"] {{ background: #fff4ce; color: #6b4e00; border: 1px solid #e0c36a; border-radius: 4px; padding: 3px 6px; }}
"""


def apply_style(app: QApplication) -> None:
    app.setStyle("Fusion")
    palette = app.palette()
    palette.setColor(QPalette.ColorRole.Window, QColor("#f7f9fa"))
    palette.setColor(QPalette.ColorRole.Base, QColor("#ffffff"))
    palette.setColor(QPalette.ColorRole.AlternateBase, QColor("#f3f6f8"))
    palette.setColor(QPalette.ColorRole.Highlight, QColor(ACCENT))
    palette.setColor(QPalette.ColorRole.HighlightedText, QColor("#ffffff"))
    palette.setColor(QPalette.ColorRole.Text, QColor("#1b1f23"))
    palette.setColor(QPalette.ColorRole.WindowText, QColor("#1b1f23"))
    palette.setColor(QPalette.ColorRole.Button, QColor("#eef2f5"))
    palette.setColor(QPalette.ColorRole.ButtonText, QColor("#1b1f23"))
    app.setPalette(palette)
    app.setStyleSheet(QSS)
