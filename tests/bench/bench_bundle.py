"""USB bundle write and read with 10,000 sync records of about 1 KB each.

    python tests/bench/bench_bundle.py [--records 10000] [--repeat 3] [--out tests/bench/results/bundle.json]

Median time to write the bundle (encode, compress, encrypt, sign, fsync,
rename) and to read it back (peek, then verify, decrypt, decompress, parse), the
bundle's size against the records' raw JSON, and where the write time goes.
lzma is timed on the same JSON as the alternative that format 1 did not take.
Records mix French, Arabic and English text with ids and dates; their notes draw
on a small vocabulary, so real notes will compress somewhat less.
"""

import argparse
import json
import lzma
import os
import random
import statistics
import sys
import tempfile
import time
import tracemalloc
import uuid
import zlib
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from desktop.sync.bundle import peek_bundle, read_bundle, write_bundle  # noqa: E402
from desktop.sync.device_keys import DeviceKeys  # noqa: E402

GIVEN = ["Aminata", "Mamadou", "Fatou", "Ibrahima", "Awa", "Moussa", "فاطمة", "محمد", "Grace", "Ousmane"]
FAMILY = ["Ndiaye", "Diop", "Fall", "Sow", "Ba", "Camara", "الزهراء", "بن علي", "Sampleton", "Gueye"]
WORDS = (
    "retour formation coiffure aide urgence logement famille santé suivi atelier micro-entreprise "
    "transport documents école enfants dette soutien psychosocial référence partenaire visite "
    "عودة تدريب مساعدة سكن عائلة صحة متابعة مدرسة أطفال دعم نفسي "
    "follow-up referral housing training grant business plan counselling"
).split()
PLACES = ["Guédiawaye", "Pikine", "Thiès", "Saint-Louis", "Kaolack", "Ziguinchor", "Rufisque"]


def make_record(rng: random.Random, index: int) -> dict[str, Any]:
    """One synced case record, about 1 KB of JSON."""
    notes = " ".join(rng.choice(WORDS) for _ in range(rng.randint(70, 90)))
    return {
        "id": str(uuid.UUID(int=rng.getrandbits(128))), "collection": "cases",
        "last_modified": 1_790_000_000_000 + index,
        "data": {
            "case_number": f"DKR-2026-{index:05d}", "given_name": rng.choice(GIVEN), "family_name": rng.choice(FAMILY),
            "birth_date": f"{rng.randint(1960, 2008)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
            "return_date": f"2026-{rng.randint(1, 11):02d}-{rng.randint(1, 28):02d}",
            "phone": f"+221 77 {rng.randint(100, 999)} {rng.randint(10, 99)} {rng.randint(10, 99)}",
            "place": rng.choice(PLACES), "status": rng.choice(["open", "assisted", "closed"]),
            "vulnerability_score": rng.randint(0, 40), "notes": notes,
        },
    }


def median_seconds(action: Any, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        action()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def measure(records: list[dict[str, Any]], repeat: int, folder: Path) -> dict[str, Any]:
    keys, office_key = DeviceKeys.generate(), os.urandom(32)
    path = folder / "bundle.pslb"
    info = None

    def write() -> None:
        nonlocal info
        info = write_bundle(path, records, keys=keys, office_key=office_key, office="dkr", sequence=1)

    def read() -> None:
        header = peek_bundle(path)
        bundle = read_bundle(path, office_key=office_key, office=header.office, last_sequence=None,
                             known_device=header.public_key)
        assert len(bundle.records) == len(records)

    write_s = median_seconds(write, repeat)
    read_s = median_seconds(read, repeat)
    assert info is not None
    tracemalloc.start()
    read()
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return {"write_ms": round(write_s * 1000, 1), "read_ms": round(read_s * 1000, 1), "bundle_bytes": info.size,
            "read_peak_bytes": peak}


def parts(records: list[dict[str, Any]], repeat: int) -> dict[str, Any]:
    """Where the time goes: the stdlib steps alone, and lzma for comparison."""
    raw = json.dumps(records, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    text = raw.decode("utf-8")
    ms = {
        "json_encode_ms": median_seconds(
            lambda: json.dumps(records, ensure_ascii=False, separators=(",", ":")), repeat),
        "zlib6_ms": median_seconds(lambda: zlib.compress(raw, 6), repeat),
        "json_parse_ms": median_seconds(lambda: json.loads(text), repeat),
        "lzma6_ms": median_seconds(lambda: lzma.compress(raw, format=lzma.FORMAT_XZ, preset=6), 1),
    }
    figures = {name: round(seconds * 1000, 1) for name, seconds in ms.items()}
    figures["lzma6_bytes"] = len(lzma.compress(raw, format=lzma.FORMAT_XZ, preset=6))
    return figures


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--records", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--out", type=Path, default=ROOT / "tests/bench/results/bundle.json")
    args = parser.parse_args()
    rng = random.Random(7)
    records = [make_record(rng, index) for index in range(args.records)]
    raw = len(json.dumps(records, ensure_ascii=False, separators=(",", ":")).encode("utf-8"))
    with tempfile.TemporaryDirectory() as folder:
        row = measure(records, args.repeat, Path(folder))
    row["ratio"] = round(row["bundle_bytes"] / raw, 3)
    steps = parts(records, args.repeat)
    print(f"{args.records} records, raw JSON {raw / 2**20:.2f} MiB ({raw / args.records:.0f} B per record)")
    print(f"{'':<14}{'write ms':>10}{'read ms':>10}{'size KiB':>10}{'of raw':>8}")
    print(f"{'bundle (zlib)':<14}{row['write_ms']:>10.1f}{row['read_ms']:>10.1f}"
          f"{row['bundle_bytes'] / 1024:>10.0f}{row['ratio']:>8.1%}")
    print(f"{'lzma instead':<14}{steps['lzma6_ms']:>10.1f}{'':>10}{steps['lzma6_bytes'] / 1024:>10.0f}"
          f"{steps['lzma6_bytes'] / raw:>8.1%}")
    print(f"read peak memory (Python allocations, records included): {row['read_peak_bytes'] / 2**20:.0f} MiB "
          f"= {row['read_peak_bytes'] / raw:.1f} x raw JSON")
    print(f"parts: json encode {steps['json_encode_ms']:.0f} ms, zlib 6 {steps['zlib6_ms']:.0f} ms, "
          f"json parse {steps['json_parse_ms']:.0f} ms")
    result = {"records": args.records, "raw_json_bytes": raw, "bytes_per_record": round(raw / args.records),
              "repeat": args.repeat, "python": sys.version.split()[0], "bundle": row, "parts": steps}
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
