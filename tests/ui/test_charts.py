"""Charts drawn offscreen and read back pixel by pixel: what a reader of the
chart would notice (bands at the right heights behind the lines, bar lengths
in proportion, a mirrored chart in Arabic, placeholders for small groups,
greys that stay apart in a black-and-white print, an explicit "no data")."""

import sys
from collections import Counter
from pathlib import Path

import pytest
from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPdfWriter, qGray

from desktop.ui.charts import (
    FILL_STYLES, SERIES_STYLES, Bar, BarChart, BoxStats, ChartView, DistributionChart, DistributionTexts, Group,
    RssChart, RssSurvey, RssTexts, score_bands,
)
from desktop.ui.charts.base import BAND_TONES
from desktop.ui.charts.distribution_chart import BOX_FILL, BOX_LINE, MEDIAN, PLACEHOLDER_FILL
from desktop.ui.charts.rss_chart import PROVISIONAL_FILL

LTR, RTL = Qt.LayoutDirection.LeftToRight, Qt.LayoutDirection.RightToLeft
TEXTS = RssTexts("Economic", "Social", "Psychosocial", "Composite", "No surveys yet",
                 "Provisional scoring: placeholder weights")
BANDS = score_bands(0.33, 0.66, ("low", "medium", "high"))
ECONOMIC, SOCIAL, PSYCHOSOCIAL, COMPOSITE = (style.color for style in SERIES_STYLES)
SIZE = QSize(480, 320)


class Pixels:
    """An image's pixels as 0xRRGGBB integers."""

    def __init__(self, image: QImage):
        image = image.convertToFormat(QImage.Format.Format_RGB32)
        self.width, self.height = image.width(), image.height()
        stride = image.bytesPerLine() // 4
        words = memoryview(image.constBits()).cast("I")
        self.rows = [[words[y * stride + x] & 0xFFFFFF for x in range(self.width)] for y in range(self.height)]

    def where(self, color: QColor) -> list[tuple[int, int]]:
        """(x, y) of every pixel of exactly ``color``."""
        rgb = color.rgb() & 0xFFFFFF
        return [(x, y) for y, row in enumerate(self.rows) for x, value in enumerate(row) if value == rgb]

    def dark(self, left: int, top: int, right: int, bottom: int) -> int:
        """How many pixels in the box are dark enough to be ink."""
        return sum(1 for row in self.rows[top:bottom] for value in row[left:right] if qGray(value) < 120)


def _clusters(values: list[int]) -> list[list[int]]:
    """Sorted distinct values cut where they stop being consecutive."""
    groups: list[list[int]] = []
    for value in sorted(set(values)):
        if groups and value == groups[-1][-1] + 1:
            groups[-1].append(value)
        else:
            groups.append([value])
    return groups


def _surveys(*composites: float | None) -> list[RssSurvey]:
    return [RssSurvey(f"S{index}", None, None, None, value) for index, value in enumerate(composites)]


def _rising() -> list[RssSurvey]:
    return [
        RssSurvey("Baseline", 0.2, 0.40, 0.30, 0.30),
        RssSurvey("Follow-up 1", 0.5, 0.45, 0.50, 0.48),
        RssSurvey("Follow-up 2", 0.8, 0.55, 0.60, 0.65),
    ]


# --- RSS chart ------------------------------------------------------------------------


def test_rss_bands_are_shaded_behind_the_lines_at_their_heights(qapp) -> None:  # noqa: ANN001
    image = RssChart(_surveys(0.5, 0.5, 0.5), TEXTS, bands=BANDS).to_image(SIZE, direction=LTR)
    pixels = Pixels(image)
    low, medium, high = (pixels.where(tone) for tone in BAND_TONES)
    top = min(y for _, y in high)
    bottom = max(y for _, y in low)
    height = bottom - top + 1

    def share(y: float) -> float:
        """Where row y sits on the score axis, 0 at the bottom of the plot."""
        return (bottom + 1 - y) / height

    assert share(min(y for _, y in low)) == pytest.approx(0.33, abs=0.015)
    assert share(max(y for _, y in high) + 1) == pytest.approx(0.66, abs=0.015)
    assert share(min(y for _, y in medium)) == pytest.approx(0.66, abs=0.015)
    # the composite, 0.5 at every survey, is a horizontal line drawn over the medium band
    line = Counter(y for x, y in pixels.where(COMPOSITE) if 100 < x < 380)
    row, count = line.most_common(1)[0]
    assert count > 150
    assert share(row + 0.5) == pytest.approx(0.5, abs=0.015)
    assert pixels.rows[row - 6][240] == BAND_TONES[1].rgb() & 0xFFFFFF
    assert pixels.rows[row + 6][240] == BAND_TONES[1].rgb() & 0xFFFFFF


def test_rss_provisional_scoring_is_marked(qapp) -> None:  # noqa: ANN001
    marked = Pixels(RssChart(_rising(), TEXTS, bands=BANDS, provisional=True).to_image(SIZE, direction=LTR))
    plain = Pixels(RssChart(_rising(), TEXTS, bands=BANDS).to_image(SIZE, direction=LTR))
    badge = marked.where(PROVISIONAL_FILL)
    assert len(badge) > 2000
    assert max(y for _, y in badge) < 60  # above the plot, where it is read first
    assert plain.where(PROVISIONAL_FILL) == []
    with pytest.raises(ValueError):
        RssChart(_rising(), RssTexts("E", "S", "P", "C", "none"), provisional=True)


def _mirrored_share(ltr: Pixels, rtl: Pixels, color: QColor) -> float:
    """The share of ``color``'s pixels in the right-to-left image found at
    the mirrored place (±1 pixel) in the left-to-right one."""
    left = set(ltr.where(color))
    right = rtl.where(color)
    assert len(right) > 20
    width = ltr.width
    found = sum(1 for x, y in right if any((width - 1 - x + dx, y) in left for dx in (-1, 0, 1)))
    return found / len(right)


def test_rss_right_to_left_is_the_mirror_of_left_to_right(qapp) -> None:  # noqa: ANN001
    chart = RssChart(_rising(), TEXTS, bands=BANDS)
    ltr = Pixels(chart.to_image(SIZE, direction=LTR))
    rtl = Pixels(chart.to_image(SIZE, direction=RTL))
    for color in (ECONOMIC, SOCIAL, COMPOSITE, BAND_TONES[0], BAND_TONES[2]):
        assert _mirrored_share(ltr, rtl, color) > 0.95, color.name()
    # time runs from the right: the baseline (lowest economic score) is on the right
    economic = [(x, y) for x, y in rtl.where(ECONOMIC) if y > 60]
    lowest = max(economic, key=lambda point: point[1])
    highest = min(economic, key=lambda point: point[1])
    assert lowest[0] > highest[0]
    # the score axis (0.0 … 1.0, on the left from left to right) is written on the right
    axis = ltr.dark(0, 60, 30, 300)
    assert axis > 50
    assert rtl.dark(SIZE.width() - 30, 60, SIZE.width(), 300) == pytest.approx(axis, rel=0.2)


def test_rss_series_keep_distinct_grey_levels(qapp) -> None:  # noqa: ANN001
    image = RssChart(_rising(), TEXTS, bands=BANDS).to_image(SIZE, direction=LTR)
    colour = Pixels(image)
    grey = Pixels(image.convertToFormat(QImage.Format.Format_Grayscale8))
    levels = []
    for style in SERIES_STYLES:
        places = colour.where(style.color)
        assert len(places) > 30, style.color.name()
        level = Counter(grey.rows[y][x] & 255 for x, y in places).most_common(1)[0][0]
        levels.append(level)
    assert all(abs(a - b) >= 30 for i, a in enumerate(levels) for b in levels[i + 1:]), levels
    band_levels = [qGray(tone.rgb()) for tone in BAND_TONES]
    assert all(tone - level >= 40 for level in levels for tone in band_levels), (levels, band_levels)
    # the dashed and dotted lines are broken, the economic one is not
    assert len({style.pen_style for style in SERIES_STYLES[:3]}) == 3
    assert len({style.marker for style in SERIES_STYLES}) == 4


@pytest.mark.parametrize("surveys", [[], _surveys(None, None)], ids=["no survey", "no score"])
def test_rss_without_scores_writes_the_empty_text(qapp, surveys: list[RssSurvey]) -> None:  # noqa: ANN001
    chart = RssChart(surveys, TEXTS, bands=BANDS)
    other = RssChart(surveys, RssTexts("E", "S", "P", "C", "Aucune enquête pour l'instant"), bands=BANDS)
    assert chart.is_empty()
    image = chart.to_image(SIZE)
    pixels = Pixels(image)
    assert pixels.dark(100, 130, 380, 190) > 30  # words in the middle
    assert image != other.to_image(SIZE)  # …and they are the words given
    assert pixels.where(BAND_TONES[0]) == []  # no empty axes pretending to be a chart


# --- bar chart ------------------------------------------------------------------------


def _runs(points: list[tuple[int, int]], axis: int) -> dict[int, int]:
    """Length of the coloured span along ``axis`` (0: x, 1: y) per line across it."""
    spans: dict[int, list[int]] = {}
    for point in points:
        spans.setdefault(point[1 - axis], []).append(point[axis])
    return {key: max(values) - min(values) + 1 for key, values in spans.items()}


def _bar_lengths(pixels: Pixels, color: QColor, axis: int) -> list[int]:
    """The length of each bar: the longest span in each group of adjacent lines."""
    runs = _runs(pixels.where(color), axis)
    return [max(runs[key] for key in bar) for bar in _clusters(list(runs))]


@pytest.mark.parametrize("orientation, axis", [(Qt.Orientation.Horizontal, 0), (Qt.Orientation.Vertical, 1)])
def test_a_bar_twice_the_count_is_twice_as_long(qapp, orientation: Qt.Orientation, axis: int) -> None:  # noqa: ANN001
    chart = BarChart([Bar("Open", 10), Bar("Closed", 20), Bar("Waiting", 5)], empty_text="No data",
                     orientation=orientation)
    lengths = _bar_lengths(Pixels(chart.to_image(SIZE, direction=LTR)), FILL_STYLES[0].color, axis)
    assert len(lengths) == 3  # in order, from the top or from the left
    assert lengths[1] / lengths[0] == pytest.approx(2.0, abs=0.04)
    assert lengths[1] / lengths[2] == pytest.approx(4.0, abs=0.1)


def test_each_bar_has_its_count_written_at_its_end(qapp) -> None:  # noqa: ANN001
    chart = BarChart([Bar("Open", 10), Bar("Closed", 20)], empty_text="No data")
    for direction in (LTR, RTL):
        pixels = Pixels(chart.to_image(SIZE, direction=direction))
        bars = pixels.where(FILL_STYLES[0].color)
        rows = sorted({y for _, y in bars})
        first = [point for point in bars if point[1] < rows[0] + 20]
        second = [point for point in bars if point[1] > rows[-1] - 20]
        for bar in (first, second):
            top, bottom = min(y for _, y in bar), max(y for _, y in bar)
            if direction == LTR:
                end = max(x for x, _ in bar)
                assert pixels.dark(end + 2, top, end + 30, bottom) > 10
            else:
                end = min(x for x, _ in bar)
                assert pixels.dark(end - 30, top, end - 2, bottom) > 10
        if direction == RTL:  # bars grow from a baseline on the right
            assert max(x for x, _ in first) == max(x for x, _ in second) > SIZE.width() / 2


def test_stacked_segments_are_in_proportion_and_apart_in_grey(qapp) -> None:  # noqa: ANN001
    chart = BarChart([Bar("Plan items", (10, 30))], segments=("Direct", "Referral"), empty_text="No data")
    image = chart.to_image(SIZE, direction=LTR)
    pixels = Pixels(image)
    direct = [point for point in pixels.where(FILL_STYLES[0].color) if point[1] > 50]  # not the legend
    referral = [point for point in pixels.where(FILL_STYLES[1].color) if point[1] > 50]
    direct_length = max(x for x, _ in direct) - min(x for x, _ in direct) + 1
    referral_length = max(x for x, _ in referral) - min(x for x, _ in referral) + 1
    assert referral_length / direct_length == pytest.approx(3.0, abs=0.1)
    assert min(x for x, _ in referral) >= max(x for x, _ in direct)  # stacked, not side by side
    grey = Pixels(image.convertToFormat(QImage.Format.Format_Grayscale8))
    levels = [grey.rows[y][x] & 255 for x, y in (direct[len(direct) // 2], referral[len(referral) // 3])]
    assert abs(levels[0] - levels[1]) >= 60
    # the legend names both, with their fills
    assert any(y < 50 for _, y in pixels.where(FILL_STYLES[1].color))


def test_a_bar_chart_without_bars_writes_the_empty_text(qapp) -> None:  # noqa: ANN001
    image = BarChart([], empty_text="No data").to_image(SIZE)
    assert Pixels(image).dark(150, 130, 330, 190) > 20
    assert image != BarChart([], empty_text="Aucune donnée").to_image(SIZE)


def test_bars_refuse_values_that_do_not_fit_the_segments() -> None:
    with pytest.raises(ValueError):
        BarChart([Bar("A", (1, 2, 3))], segments=("Direct", "Referral"), empty_text="No data")
    with pytest.raises(ValueError):
        BarChart([Bar("A", -1)], empty_text="No data")


# --- distribution chart ---------------------------------------------------------------

DISTRIBUTION_TEXTS = DistributionTexts("n = %1", "fewer than 5", "No data")


def test_a_box_shows_median_and_quartiles_and_small_groups_show_a_placeholder(qapp) -> None:  # noqa: ANN001
    chart = DistributionChart([
        Group("Dakar", [0.2, 0.4, 0.5, 0.6, 0.8]),
        Group("Thiès", suppressed=True),
        Group("Kaolack", [0.1, 0.2, 0.3]),  # fewer than 5: never drawn
    ], DISTRIBUTION_TEXTS)
    assert [chart.is_suppressed(group) for group in chart.groups] == [False, True, True]
    pixels = Pixels(chart.to_image(QSize(480, 260), direction=LTR))
    whiskers = pixels.where(BOX_LINE)
    box = pixels.where(BOX_FILL)
    median = pixels.where(MEDIAN)
    low, high = min(x for x, _ in whiskers), max(x for x, _ in whiskers)  # 0.2 and 0.8
    middle = (min(x for x, _ in median) + max(x for x, _ in median) + 1) / 2
    assert middle == pytest.approx((low + high + 1) / 2, abs=1.5)  # 0.5
    q1, q3 = min(x for x, _ in box), max(x for x, _ in box)
    assert (q3 - q1) / (high - low) == pytest.approx(1 / 3, abs=0.04)  # 0.4 to 0.6
    assert (q1 + q3) / 2 == pytest.approx(middle, abs=2)
    dakar_bottom = max(y for _, y in whiskers + box + median)
    # two placeholders below, each across most of the axis, with words on them
    placeholder = pixels.where(PLACEHOLDER_FILL)
    groups = _clusters([y for _, y in placeholder])
    assert groups[0][0] > dakar_bottom
    assert len(groups) == 2
    scale = (high - low) / 0.6
    for rows_of_group in groups:
        xs = [x for x, y in placeholder if y in rows_of_group]
        assert max(xs) - min(xs) > 0.9 * scale
        centre = (min(xs) + max(xs)) // 2
        assert pixels.dark(centre - 30, rows_of_group[0], centre + 30, rows_of_group[-1]) > 10
        # no count is written beside a suppressed group
        assert pixels.dark(high + 20, rows_of_group[0] - 4, pixels.width, rows_of_group[-1] + 4) == 0
    # nothing of the groups' values below the first row
    assert all(y <= dakar_bottom for _, y in whiskers + box + median)
    # n beside the group that is shown
    top = min(y for _, y in whiskers + box + median)
    assert pixels.dark(int(low + 0.8 * scale) + 8, top - 10, pixels.width, dakar_bottom + 10) > 10


def test_a_distribution_from_a_summary_mirrors_right_to_left(qapp) -> None:  # noqa: ANN001
    chart = DistributionChart([Group("Dakar", stats=BoxStats(40, 0.1, 0.3, 0.35, 0.5, 0.9))], DISTRIBUTION_TEXTS)
    ltr = Pixels(chart.to_image(QSize(480, 200), direction=LTR))
    rtl = Pixels(chart.to_image(QSize(480, 200), direction=RTL))
    for color in (BOX_LINE, BOX_FILL, MEDIAN):
        assert _mirrored_share(ltr, rtl, color) > 0.95
    median = [x for x, _ in rtl.where(MEDIAN)]
    whiskers = [x for x, _ in rtl.where(BOX_LINE)]
    assert max(whiskers) - max(median) < min(median) - min(whiskers)  # 0.35 is nearer 0.1, on the right


def test_box_stats_interpolate_quartiles() -> None:
    stats = BoxStats.of([0.8, 0.2, 0.5, 0.4, 0.6])
    assert (stats.count, stats.minimum, stats.first_quartile, stats.median, stats.third_quartile,
            stats.maximum) == (5, 0.2, 0.4, 0.5, 0.6, 0.8)
    assert BoxStats.of([0.1, 0.2, 0.3, 0.4]).median == pytest.approx(0.25)
    assert BoxStats.of([]) is None


# --- the view and the exports ---------------------------------------------------------


def test_png_export_writes_a_readable_file_of_the_asked_size(qapp, tmp_path: Path) -> None:  # noqa: ANN001
    chart = RssChart(_rising(), TEXTS, bands=BANDS, provisional=True, title="Reintegration scores")
    chart.save_png(tmp_path / "rss.png", QSize(640, 360))
    image = QImage(str(tmp_path / "rss.png"))
    assert not image.isNull()
    assert (image.width(), image.height()) == (640, 360)
    assert len(Pixels(image).where(COMPOSITE)) > 30
    with pytest.raises(OSError):
        chart.save_png(tmp_path / "missing" / "rss.png", QSize(640, 360))


def test_chart_view_fills_its_size_repaints_on_resize_and_exports(qtbot, tmp_path: Path) -> None:  # noqa: ANN001
    chart = BarChart([Bar("Open", 10), Bar("Closed", 20)], empty_text="No data", title="Cases by status")
    view = ChartView(chart)
    qtbot.addWidget(view)
    assert view.sizeHint() == chart.size_hint()
    assert view.minimumSizeHint().width() < view.sizeHint().width()
    assert view.accessibleName() == "Cases by status"
    view.resize(360, 220)
    view.show()
    qtbot.waitExposed(view)

    def longest_bar() -> int:
        return max(_bar_lengths(Pixels(view.grab().toImage()), FILL_STYLES[0].color, 0))

    narrow = longest_bar()
    view.resize(720, 220)
    qtbot.wait(1)
    wide = longest_bar()
    assert wide > narrow + 300
    view.setLayoutDirection(RTL)
    bars = Pixels(view.grab().toImage()).where(FILL_STYLES[0].color)
    assert min(x for x, _ in bars) < 360 < max(x for x, _ in bars) and max(x for x, _ in bars) > 600

    view.save_png(tmp_path / "tile.png", QSize(300, 200))
    saved = QImage(str(tmp_path / "tile.png"))
    assert (saved.width(), saved.height()) == (300, 200)
    assert view.to_image().size() == view.size()
    view.set_chart(None)
    assert view.accessibleName() == ""
    assert Pixels(view.to_image(QSize(50, 40))).where(FILL_STYLES[0].color) == []


def test_a_chart_draws_on_a_pdf_page(qapp, tmp_path: Path) -> None:  # noqa: ANN001
    path = tmp_path / "report.pdf"
    writer = QPdfWriter(str(path))
    painter = QPainter(writer)
    try:
        RssChart(_rising(), TEXTS, bands=BANDS).paint(painter, QRectF(0, 0, writer.width(), writer.width() * 0.6))
    finally:
        painter.end()
    assert path.read_bytes().startswith(b"%PDF")
    assert path.stat().st_size > 2000


def test_repainting_does_not_wear_out_references_to_none(qapp) -> None:  # noqa: ANN001
    chart = RssChart(_rising(), TEXTS, bands=BANDS)
    chart.to_image(SIZE)
    before = sys.getrefcount(None)
    for _ in range(5):
        chart.to_image(SIZE)
    assert before - sys.getrefcount(None) < 50
