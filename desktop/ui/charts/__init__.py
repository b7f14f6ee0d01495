"""Charts drawn with QPainter into any paint device: the screen (``ChartView``),
a QImage for PNG export, a PDF page. They take plain, already translated data
and mirror themselves right to left; see ``base`` for the conventions."""

from .bar_chart import Bar, BarChart
from .base import (
    FILL_STYLES, SERIES_STYLES, Chart, FillStyle, ScoreBand, SeriesStyle, format_count, format_score, score_bands,
)
from .chart_view import ChartView
from .distribution_chart import BoxStats, DistributionChart, DistributionTexts, Group
from .rss_chart import RssChart, RssSurvey, RssTexts

__all__ = [
    "FILL_STYLES", "SERIES_STYLES", "Bar", "BarChart", "BoxStats", "Chart", "ChartView", "DistributionChart",
    "DistributionTexts", "FillStyle", "Group", "RssChart", "RssSurvey", "RssTexts", "ScoreBand", "SeriesStyle",
    "format_count", "format_score", "score_bands",
]
