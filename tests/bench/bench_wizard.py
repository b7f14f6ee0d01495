"""Opening the intake form in the wizard, against a floor of a bare window
with a comparable number of plain widgets, measured in the same run.

    python tests/bench/bench_wizard.py [--out tests/bench/results/wizard.json]

Goal (issue 3): opening the intake form ≤ 300 ms. "Opening" is what the
person waits for after pressing New case: reading the form files (first
time only), the draft, the wizard and its first page shown and painted.
"""

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from PySide6.QtWidgets import QApplication, QCheckBox, QLabel, QVBoxLayout, QWidget  # noqa: E402

from desktop.domain.settings import Profile  # noqa: E402
from desktop.services import profiles  # noqa: E402
from desktop.services.forms import FormCatalogue, FormService  # noqa: E402
from desktop.store.keys import KdfParams  # noqa: E402
from desktop.store.profiles import ProfileStore  # noqa: E402
from desktop.ui.style import apply_style  # noqa: E402
from desktop.ui.wizard.form_wizard import FormWizard  # noqa: E402

ROUNDS = 15


def p95(values: list[float]) -> float:
    return statistics.quantiles(values, n=20)[-1] if len(values) > 1 else values[0]


def timed(action) -> float:  # noqa: ANN001
    started = time.perf_counter()
    widget = action()
    widget.resize(1000, 700)
    widget.show()
    QApplication.processEvents()
    widget.grab()  # painted
    elapsed = (time.perf_counter() - started) * 1000
    widget.close()
    widget.deleteLater()
    QApplication.processEvents()
    return elapsed


def bare_page() -> QWidget:
    page = QWidget()
    layout = QVBoxLayout(page)
    for index in range(8):
        layout.addWidget(QLabel(f"Question {index}"))
        layout.addWidget(QCheckBox("Confirmed"))
    return page


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", type=Path, default=ROOT / "tests/bench/results/wizard.json")
    args = parser.parse_args()
    app = QApplication(sys.argv)
    apply_style(app)
    root = Path(tempfile.mkdtemp())
    store = ProfileStore(root, kdf=KdfParams(time_cost=1, memory_kib=8192, parallelism=1))
    _, session = profiles.create_profile(store, Profile(username="bench", display_name="Bench", office="Dakar"),
                                         "quiet harbour 2026")
    started = time.perf_counter()
    catalogue = FormCatalogue()
    catalogue_ms = (time.perf_counter() - started) * 1000
    service = FormService(session, catalogue)
    first = timed(lambda: FormWizard(service, service.start("intake", None), "fr"))
    opens = [timed(lambda: FormWizard(service, service.start("intake", None), "fr")) for _ in range(ROUNDS)]
    floors = [timed(bare_page) for _ in range(ROUNDS)]
    session.close()
    results = {
        "forms_read_ms": catalogue_ms,
        "forms_loaded": len(catalogue.forms),
        "first_open_ms": first,
        "first_open_with_forms_read_ms": first + catalogue_ms,
        "open_p95_ms": p95(opens),
        "bare_page_p95_ms": p95(floors),
    }
    results["open_vs_bare_page"] = results["open_p95_ms"] / results["bare_page_p95_ms"]
    print(f"{'measure':<32}{'value':>12}")
    for key, value in results.items():
        print(f"{key:<32}{value:>12.2f}" if isinstance(value, float) else f"{key:<32}{value:>12}")
    worst = results["first_open_with_forms_read_ms"]
    print(f"goal first open (forms read included) ≤ 300 ms: {'ok' if worst <= 300 else 'OVER'}")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(results, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
