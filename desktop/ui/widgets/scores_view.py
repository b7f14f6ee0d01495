"""The four RSS scores of a survey: a bar and a band for each, the profile
that computed them, and a clear mark when that profile is provisional."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QProgressBar, QVBoxLayout, QWidget

from ...domain.scoring import ScoringProfile, band
from ...services.case_progress import SCORES
from .. import labels


class ScoresView(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("scores")
        self.title = QLabel(self.tr("Reintegration scores"))
        self.title.setObjectName("sideTitle")
        self.provisional = QLabel(labels.provisional_scoring())
        self.provisional.setProperty("badge", "provisional")
        self.provisional.setWordWrap(True)
        self.grid = QGridLayout()
        self.rows: dict[str, tuple[QProgressBar, QLabel]] = {}
        for row, key in enumerate(SCORES):
            text = labels.score(key)
            bar = QProgressBar()
            bar.setRange(0, 100)
            bar.setTextVisible(False)
            bar.setMaximumHeight(12)
            bar.setAccessibleName(text)
            value = QLabel()
            self.grid.addWidget(QLabel(text), row, 0)
            self.grid.addWidget(bar, row, 1)
            self.grid.addWidget(value, row, 2)
            self.rows[key] = (bar, value)
        self.source = QLabel()
        self.source.setObjectName("hint")
        self.source.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.provisional)
        layout.addLayout(self.grid)
        layout.addWidget(self.source)

    def show_scores(self, scores: dict[str, float | None], profile: ScoringProfile) -> None:
        for key, (bar, label) in self.rows.items():
            value = scores.get(key)
            bar.setValue(round(value * 100) if value is not None else 0)
            bar.setEnabled(value is not None)
            if value is None:
                label.setText(self.tr("not enough answers"))
                continue
            named = band(profile, value)
            label.setText(f"{value:.2f}" + (f" · {labels.score_band(named)}" if named else ""))
        self.provisional.setVisible(profile.provisional)
        self.source.setText(labels.scoring_profile(profile.id))
        self.source.setAlignment(Qt.AlignmentFlag.AlignLeading)
