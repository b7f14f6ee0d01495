"""Pack validation: every problem named with its file (and line), checksums, seal."""

import shutil
from pathlib import Path

import pytest
import yaml

from desktop.handbook.authoring import seal
from desktop.handbook.pack import PackError, ProblemCode, check_pack, load_pack, open_pack

from .fixtures import EN, LICENCE, write_pack


def codes(folder: Path) -> list[tuple[str, int | None, str]]:
    return [(Path(p.file).name, p.line, p.code) for p in check_pack(folder)]


@pytest.fixture
def pack(tmp_path: Path) -> Path:
    return write_pack(tmp_path / "packs", "en")


def test_a_sealed_pack_is_valid_and_loads_in_contents_order(pack: Path) -> None:
    assert check_pack(pack) == []
    loaded = load_pack(pack)
    assert [s.id for s in loaded.sections] == ["m1-approach", "m2-plan", "m2-training"]
    assert loaded.pack.manifest.licence == LICENCE
    assert loaded.pack.manifest.modules[2] == "Case management with the returnee"
    assert loaded.section("m1-approach").links == (("m2-plan", 8),)


def test_a_tampered_copy_fails_its_checksum(pack: Path, tmp_path: Path) -> None:
    copy = tmp_path / "copy"
    shutil.copytree(pack, copy)
    file = copy / "sections" / "m2-plan.md"
    file.write_text(file.read_text(encoding="utf-8").replace("returnee", "returnees"), encoding="utf-8")
    assert codes(copy) == [("m2-plan.md", None, ProblemCode.CHECKSUM)]
    with pytest.raises(PackError) as raised:
        load_pack(copy)
    assert "m2-plan.md" in str(raised.value) and "checksum" in str(raised.value)
    assert check_pack(pack) == []  # the original is untouched


def test_missing_and_extra_files_against_the_manifest(pack: Path) -> None:
    (pack / "sections" / "m2-training.md").unlink()
    (pack / "sections" / "m3-extra.md").write_text("---\nid: m3-extra\n---\n", encoding="utf-8")
    (pack / "notes.txt").write_text("x", encoding="utf-8")
    (pack / "sections" / ".DS_Store").write_bytes(b"\0")  # hidden files are not content
    found = codes(pack)
    assert ("notes.txt", None, ProblemCode.FILE_EXTRA) in found
    assert ("m3-extra.md", None, ProblemCode.FILE_EXTRA) in found
    assert ("m2-training.md", None, ProblemCode.FILE_MISSING) in found


def test_resealing_after_an_edit_makes_the_pack_valid_and_keeps_other_keys(pack: Path) -> None:
    manifest = pack / "manifest.yaml"
    data = yaml.safe_load(manifest.read_text(encoding="utf-8"))
    data["publisher"] = "kept"
    data["version"] = "2.1"
    manifest.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    file = pack / "sections" / "m2-plan.md"
    file.write_text(file.read_text(encoding="utf-8") + "\nOne more line.\n", encoding="utf-8")
    assert codes(pack) == [("m2-plan.md", None, ProblemCode.CHECKSUM)]
    seal(pack)
    assert check_pack(pack) == []
    again = yaml.safe_load(manifest.read_text(encoding="utf-8"))
    assert (again["publisher"], again["version"], again["licence"]) == ("kept", "2.1", LICENCE)


def test_seal_creates_a_manifest_from_the_folder_name(tmp_path: Path) -> None:
    folder = write_pack(tmp_path, "fr", pack_id="mon-guide-fr", sealed=False)
    seal(folder, title="Mon guide")
    pack = open_pack(folder)
    assert (pack.id, pack.language, pack.title, pack.version) == ("mon-guide-fr", "fr", "Mon guide", "1.0")
    assert pack.manifest.modules[1] == "Approche intégrée"
    assert [entry.path for entry in pack.manifest.files] == [
        "sections/m1-approach.md", "sections/m2-plan.md", "sections/m2-training.md"]


def test_no_manifest_and_a_bad_manifest_are_reported(tmp_path: Path, pack: Path) -> None:
    bare = write_pack(tmp_path, "en", pack_id="bare", sealed=False)
    assert codes(bare)[0] == ("manifest.yaml", None, ProblemCode.MANIFEST_MISSING)
    manifest = pack / "manifest.yaml"
    manifest.write_text(manifest.read_text(encoding="utf-8").replace("language: en", "language: de"), "utf-8")
    assert ("manifest.yaml", 3, ProblemCode.MANIFEST_INVALID) in codes(pack)


@pytest.mark.parametrize("front, line, message", [
    ("id: m2-plan\nmodule: 2\norder: 2\n", 1, "title: missing"),
    ("id: m2-plan\nmodule: two\norder: 2\ntitle: x\n", 3, "module"),
    ("id: m2-plan\nmodule: 2\norder: 2\ntitle: x\ncolour: red\n", 6, "colour: unknown key"),
    ("id: m2-plan\nmodule: 2\norder: [2\ntitle: x\n", 5, "YAML syntax"),
    ("id: M2 Plan\nmodule: 2\norder: 2\ntitle: x\n", 2, "id"),
])
def test_bad_front_matter_names_the_line(pack: Path, front: str, line: int, message: str) -> None:
    (pack / "sections" / "m2-plan.md").write_text(f"---\n{front}---\nBody.\n", encoding="utf-8")
    seal(pack)
    problems = [p for p in check_pack(pack) if p.code == ProblemCode.FRONT_MATTER]
    assert len(problems) == 1 and problems[0].line == line and message in problems[0].message, problems


def test_no_front_matter_and_not_utf8(pack: Path) -> None:
    (pack / "sections" / "m2-plan.md").write_text("# Just markdown\n", encoding="utf-8")
    (pack / "sections" / "m2-training.md").write_bytes(b"---\nid: m2-training\ntitle: caf\xe9\n---\n")
    seal(pack)
    found = codes(pack)
    assert ("m2-plan.md", 1, ProblemCode.FRONT_MATTER) in found
    assert ("m2-training.md", 3, ProblemCode.NOT_UTF8) in found


def test_duplicate_ids_and_ids_that_differ_from_the_file_name(pack: Path) -> None:
    text = (pack / "sections" / "m2-plan.md").read_text(encoding="utf-8")
    (pack / "sections" / "m2-plan-copy.md").write_text(text, encoding="utf-8")
    seal(pack)
    found = codes(pack)
    assert ("m2-plan-copy.md", 2, ProblemCode.ID_MISMATCH) in found
    assert ("m2-plan.md", 2, ProblemCode.DUPLICATE_ID) in found or ("m2-plan-copy.md", 2, ProblemCode.DUPLICATE_ID) in found


def test_broken_section_links_are_reported_with_their_line(pack: Path) -> None:
    file = pack / "sections" / "m2-training.md"
    file.write_text(file.read_text(encoding="utf-8") + "\nSee also [closure](section:m2-closure).\n", "utf-8")
    seal(pack)
    assert codes(pack) == [("m2-training.md", 10, ProblemCode.BROKEN_LINK)]
    assert "m2-closure" in check_pack(pack)[0].message


@pytest.mark.parametrize("line, code", [
    ("<script>alert(1)</script>", ProblemCode.HTML),
    ('Click <a href="section:m2-plan">here</a>', ProblemCode.HTML),
    ("<!-- hidden -->", ProblemCode.HTML),
    ("<iframe src=x>", ProblemCode.HTML),
    ("Read [this](https://example.org/page).", ProblemCode.REMOTE),
    ("![logo](https://example.org/logo.png)", ProblemCode.IMAGE),
    ("![logo](logo.png)", ProblemCode.IMAGE),
    ("[run](javascript:alert(1))", ProblemCode.BAD_LINK),
    ("[file](other.md)", ProblemCode.BAD_LINK),
])
def test_scripts_html_images_and_remote_content_are_refused(pack: Path, line: str, code: str) -> None:
    file = pack / "sections" / "m2-plan.md"
    text = file.read_text(encoding="utf-8") + f"\n{line}\n"
    file.write_text(text, encoding="utf-8")
    seal(pack)
    number = text.count("\n")
    assert code in {problem.code for problem in check_pack(pack) if problem.line == number}, check_pack(pack)


def test_harmless_text_that_looks_like_markup_is_accepted(pack: Path) -> None:
    file = pack / "sections" / "m2-plan.md"
    file.write_text(file.read_text(encoding="utf-8") + "\nPersonal data: consent first. Score < 3 and > 1. See www.example.org or \\<b>.\n", "utf-8")
    seal(pack)
    assert check_pack(pack) == []


def test_an_oversized_section_is_refused(pack: Path) -> None:
    file = pack / "sections" / "m2-plan.md"
    file.write_text(file.read_text(encoding="utf-8") + "word " * 14000, encoding="utf-8")
    seal(pack)
    assert codes(pack) == [("m2-plan.md", None, ProblemCode.TOO_LARGE)]


def test_a_module_the_manifest_does_not_name(pack: Path) -> None:
    body = EN["m2-training"]
    (pack / "sections" / "m2-training.md").write_text(
        f"---\nid: m2-training\nmodule: 9\norder: 3\ntitle: T\n---\n{body[4]}", encoding="utf-8")
    seal(pack)
    assert codes(pack) == [("m2-training.md", None, ProblemCode.UNKNOWN_MODULE)]


def test_each_section_file_is_read_once_and_the_origin_kept(pack: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    reads: list[str] = []
    read_bytes = Path.read_bytes

    def counted(self: Path) -> bytes:
        reads.append(self.name)
        return read_bytes(self)

    monkeypatch.setattr(Path, "read_bytes", counted)
    loaded = load_pack(pack, "installed")
    sections = sorted(name for name in reads if name.endswith(".md"))
    assert sections == ["m1-approach.md", "m2-plan.md", "m2-training.md"]  # hashed and parsed from one read
    assert loaded.pack.origin == "installed" and load_pack(pack).pack.origin == "shipped"
