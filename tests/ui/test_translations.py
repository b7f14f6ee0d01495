"""Every UI string is in the French, English and Arabic .ts files, translated,
with its placeholders intact, and the compiled .qm files match the sources."""

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from desktop.paths import translations_dir

ROOT = Path(__file__).resolve().parents[2]
LANGUAGES = ("fr", "en", "ar")
PLACEHOLDER = re.compile(r"%L?n|%\d|\{[a-z_]+(?::\d)?\}")


def _tool(name: str) -> str:
    found = shutil.which(name) or str(Path(sys.executable).with_name(name))
    if not Path(found).exists():
        pytest.fail(f"{name} is missing: install pyside6-essentials")
    return found


def _sources() -> list[str]:
    return sorted(str(path.relative_to(ROOT)) for path in (ROOT / "desktop").rglob("*.py"))


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_ui_string_is_in_the_ts_file_and_translated(tmp_path: Path, language: str) -> None:
    committed = translations_dir() / f"passerelle_{language}.ts"
    fresh = tmp_path / committed.name
    shutil.copy(committed, fresh)
    subprocess.run(
        [_tool("pyside6-lupdate"), *_sources(), "-no-obsolete", "-locations", "none", "-ts", str(fresh)],
        cwd=ROOT, check=True, capture_output=True,
    )
    messages = ET.parse(fresh).getroot().iter("message")
    missing = []
    for message in messages:
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        forms = [form.text or "" for form in translation.iter("numerusform")] or [translation.text or ""]
        if translation.get("type") == "unfinished" or not all(form.strip() for form in forms):
            missing.append(source)
            continue
        for form in forms:
            numbers = {"%n", "%Ln"}  # a plural form may spell the number out
            assert set(PLACEHOLDER.findall(form)) <= set(PLACEHOLDER.findall(source)) | numbers, (source, form)
            assert set(PLACEHOLDER.findall(source)) - numbers <= set(PLACEHOLDER.findall(form)), (source, form)
    assert missing == [], f"untranslated or missing from {committed.name}: {missing}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_compiled_qm_matches_the_ts_file(tmp_path: Path, language: str) -> None:
    ts = translations_dir() / f"passerelle_{language}.ts"
    qm = tmp_path / "fresh.qm"
    subprocess.run([_tool("pyside6-lrelease"), str(ts), "-qm", str(qm)], check=True, capture_output=True)
    assert qm.read_bytes() == ts.with_suffix(".qm").read_bytes(), f"run pyside6-lrelease on {ts.name}"
