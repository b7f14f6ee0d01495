"""The handbook importer: Markdown and saved HTML pages (one page per section or
one long page), a ready-made pack, and every refusal leaving the data folder
exactly as it was."""

import hashlib
from pathlib import Path

import pytest

from desktop.handbook.importer import ImportFailed, ImportOptions, NotRemovable, import_pack, remove_pack
from desktop.handbook.index import HandbookIndex
from desktop.handbook.library import discover, index_path, installed_root
from desktop.handbook.pack import ProblemCode, load_pack
from desktop.handbook.source import ImportCode

from .fixtures import write_pack


@pytest.fixture
def data(tmp_path: Path) -> Path:
    return tmp_path / "data"


def snapshot(folder: Path) -> dict[str, str]:
    return {path.relative_to(folder).as_posix(): hashlib.sha256(path.read_bytes()).hexdigest()
            for path in sorted(folder.rglob("*")) if path.is_file()} if folder.exists() else {}


def sections_of(data: Path, pack_id: str) -> dict[str, tuple[str, int, str]]:
    loaded = load_pack(installed_root(data) / pack_id, "installed")
    return {section.id: (section.title, section.meta.module, section.body) for section in loaded.sections}


def search_ids(data: Path, query: str, language: str) -> list[str]:
    """Hits in imported packs (the index also holds the shipped field guide)."""
    with HandbookIndex(index_path(data)) as index:
        hits = index.search(query, language, only_language=True)
    return [f"{hit.pack}/{hit.id}" for hit in hits if not hit.pack.startswith("field-guide-")]


def write(folder: Path, name: str, text: str, encoding: str = "utf-8") -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(text.encode(encoding))
    return path


# --- Markdown ------------------------------------------------------------------------------


def test_a_folder_of_markdown_pages_becomes_a_searchable_pack(tmp_path: Path, data: Path) -> None:
    source = tmp_path / "official-handbook-en"
    write(source, "1-approach/01-principles.md",
          "# Key principles\n\nEvery returnee is at the centre. Read [the grid](../2-case/feasibility.md#criteria).\n")
    write(source, "2-case/feasibility.md",
          "---\nid: m2-feasibility-grid\ntags: [grid, options]\n---\n# The feasibility grid\n\nIntro.\n\n"
          "## Criteria {#criteria}\n\nIndividual, community, structural.\n")
    write(source, "2-case/notes.txt", "not a page")

    result = import_pack(source, data, ImportOptions(licence="Internal use", source="Our M&E team"))

    assert (result.pack.id, result.pack.language, result.sections) == ("official-handbook-en", "en", 2)
    assert result.warnings == ["1 other file(s) ignored (only .md and .html pages are read)"]
    sections = sections_of(data, "official-handbook-en")
    assert sections["01-principles"][:2] == ("Key principles", 1)
    assert "[the grid](section:m2-feasibility-grid)" in sections["01-principles"][2]
    assert sections["m2-feasibility-grid"][:2] == ("The feasibility grid", 2)
    assert "## Criteria" in sections["m2-feasibility-grid"][2]
    assert result.pack.manifest.modules == {1: "approach", 2: "case"}
    assert result.pack.manifest.licence == "Internal use"
    # indexed at install, with the front matter's tags
    assert search_ids(data, "structural", "en") == ["official-handbook-en/m2-feasibility-grid"]
    assert search_ids(data, "grid opt", "en")[0] == "official-handbook-en/m2-feasibility-grid"


def test_a_ready_made_pack_is_installed_as_it_is_and_a_changed_one_refused(tmp_path: Path, data: Path) -> None:
    pack = write_pack(tmp_path / "made", "fr", pack_id="guide-officiel-fr")
    result = import_pack(pack, data)
    assert (result.pack.id, result.sections, result.pack.origin) == ("guide-officiel-fr", 3, "installed")
    assert search_ids(data, "l'ecole", "fr") == ["guide-officiel-fr/m2-plan"]

    other = write_pack(tmp_path / "changed", "en", pack_id="changed-en")
    section = other / "sections" / "m2-plan.md"
    section.write_text(section.read_text(encoding="utf-8") + "\nEdited after sealing.\n", encoding="utf-8")
    before = snapshot(data)
    with pytest.raises(ImportFailed) as failed:
        import_pack(other, data)
    assert [(Path(p.file).name, p.code) for p in failed.value.problems] == [("m2-plan.md", ProblemCode.CHECKSUM)]
    assert snapshot(data) == before


# --- HTML ----------------------------------------------------------------------------------

PAGE = """<!DOCTYPE html>
<html lang="{lang}"><head><meta charset="{charset}"><title>{title}</title>
<link rel="stylesheet" href="style.css"><style>body {{ font-family: serif }}</style></head>
<body><nav><a href="index.html">Home</a></nav>
{body}
</body></html>
"""


def html_page(body: str, lang: str = "en", title: str = "Handbook", charset: str = "utf-8") -> str:
    return PAGE.format(lang=lang, title=title, charset=charset, body=body)


def test_saved_html_pages_one_per_section_keep_structure_and_links(tmp_path: Path, data: Path) -> None:
    source = tmp_path / "saved"
    write(source, "counselling.html", html_page(
        "<h1>Counselling</h1><p>Listen <strong>first</strong>, then <em>plan</em>. "
        "See <a href='referrals.html#when'>when to refer</a> and <a href='https://example.org'>the web</a>.</p>"
        "<ul><li>Ask open questions<ul><li>one at a time</li></ul></li><li>Summarise</li></ul>"
        "<table><tr><th>Step</th><th>Goal</th></tr><tr><td>Open</td><td>Trust | safety</td></tr></table>"
        "<img src='diagram.png' alt='diagram'>"))
    write(source, "referrals.html", html_page(
        "<h1>Referrals</h1><p>Intro.</p><h2 id='when'>When to refer</h2><ol><li>Health</li><li>Legal</li></ol>"))
    write(source, "diagram.png", "\x89PNG")

    result = import_pack(source, data, ImportOptions(pack_id="saved-en", title="Saved pages"))

    sections = sections_of(data, "saved-en")
    assert set(sections) == {"counselling", "referrals"}
    title, _, body = sections["counselling"]
    assert title == "Counselling"
    assert "Listen **first**, then *plan*." in body
    assert "[when to refer](section:referrals)" in body and "the web" in body and "example.org" not in body
    assert "- Ask open questions\n   - one at a time\n- Summarise" in body
    assert "| Step | Goal |\n|---|---|\n| Open | Trust \\| safety |" in body
    assert "Home" not in body  # navigation left out
    assert "## When to refer\n\n1. Health\n2. Legal" in sections["referrals"][2]
    assert sorted(result.warnings) == ["1 other file(s) ignored (only .md and .html pages are read)",
                                       "counselling.html: 1 image(s) left out (a pack holds text only)",
                                       "counselling.html: 1 link(s) to web pages kept as plain text"]


def test_one_long_arabic_page_is_split_on_its_headings(tmp_path: Path, data: Path) -> None:
    body = ("<h1>الوحدة الأولى</h1><h2 id='m1-approach'>النهج المتكامل</h2><p>يعمل النهج على ثلاثة مستويات.</p>"
            "<h3>المبادئ</h3><p>العائد في المركز.</p>"
            "<h1>الوحدة الثانية</h1><h2>خطة إعادة الإدماج</h2><p>اكتب الخطة مع العائد في المدرسة.</p>"
            "<h2>الإحالة</h2><p>انظر <a href='#m1-approach'>النهج</a>.</p>")
    page = write(tmp_path, "handbook.htm", html_page(body, lang="ar", charset="windows-1256"), "cp1256")

    result = import_pack(page, data)

    assert (result.pack.id, result.pack.language) == ("handbook-ar", "ar")
    assert result.pack.manifest.modules == {1: "الوحدة الأولى", 2: "الوحدة الثانية"}
    sections = sections_of(data, "handbook-ar")
    # Arabic titles leave no ASCII letters: ids are numbered; an id="…" anchor is kept
    assert list(sections) == ["m1-approach", "section-2", "section-3"]
    assert sections["m1-approach"][:2] == ("النهج المتكامل", 1)
    assert "## المبادئ" in sections["m1-approach"][2]
    assert sections["section-3"][1] == 2 and "[النهج](section:m1-approach)" in sections["section-3"][2]
    # search folds the article and letter variants: "مدرسة" finds "المدرسة"
    assert search_ids(data, "مدرسه", "ar") == ["handbook-ar/section-2"]


def test_language_told_from_the_text_is_reported(tmp_path: Path, data: Path) -> None:
    page = write(tmp_path, "guide.md", "# Le plan\n\nLe plan est écrit avec la personne et les membres de la famille "
                                       "pour une durée qui dépend des besoins.\n")
    result = import_pack(page, data)
    assert result.pack.language == "fr" and result.pack.id == "guide-fr"
    assert "language taken as 'fr' from the text; give the language to be sure" in result.warnings


# --- refusals ------------------------------------------------------------------------------

REFUSED = [
    ("script.html", html_page("<h1>T</h1><p>x</p><script>steal()</script>"), ImportCode.SCRIPT, 5),
    ("handler.html", html_page("<h1>T</h1>\n<p onclick='steal()'>x</p>"), ImportCode.SCRIPT, 6),
    ("jslink.html", html_page("<h1>T</h1><a href='javascript:steal()'>x</a>"), ImportCode.SCRIPT, 5),
    ("frame.html", html_page("<h1>T</h1><iframe src='page.html'></iframe>"), ImportCode.SCRIPT, 5),
    ("remote.html", html_page("<h1>T</h1><img src='https://tracker.example/p.gif'>"), ProblemCode.REMOTE, 5),
    ("sheet.html", html_page("<h1>T</h1>").replace("style.css", "//cdn.example/s.css"), ProblemCode.REMOTE, 3),
    ("cssurl.html", html_page("<h1 style='background: url(http://x.example/a.png)'>T</h1>"), ProblemCode.REMOTE, 5),
    ("unclosed.html", html_page("<h1>T</h1>\n<div><p>never closed\n"), ImportCode.MALFORMED, 6),
    ("stray.html", html_page("<h1>T</h1></section>"), ImportCode.MALFORMED, 5),
    ("binary.html", "<html>\x00\x01\x02", ImportCode.MALFORMED, 1),
    ("page.md", "# T\n\nText\n<script>steal()</script>\n", ImportCode.SCRIPT, 4),
    ("tags.md", "# T\n\n<div>html inside</div>\n", ProblemCode.HTML, 3),
    ("image.md", "# T\n\n![x](http://tracker.example/x.png)\n", ProblemCode.REMOTE, 3),
    ("front.md", "---\nid: Not An Id\n---\n# T\n", ProblemCode.FRONT_MATTER, 2),
]


@pytest.fixture
def installed_before(tmp_path: Path, data: Path) -> dict[str, str]:
    """A pack already installed and indexed: a refused import must leave it all as it is."""
    import_pack(write_pack(tmp_path / "first", "en", pack_id="first-en"), data)
    return snapshot(data)


@pytest.mark.parametrize("name, text, code, line", REFUSED, ids=[case[0] for case in REFUSED])
def test_refused_pages_change_nothing(tmp_path: Path, data: Path, installed_before: dict[str, str],
                                      name: str, text: str, code: str, line: int) -> None:
    source = tmp_path / "source"
    write(source, "00-good.md", "# Good\n\nFine text.\n")
    bad = write(source, name, text)
    with pytest.raises(ImportFailed) as failed:
        import_pack(source, data, ImportOptions(language="en"))
    assert (str(bad), line, code) in [(p.file, p.line, p.code) for p in failed.value.problems], failed.value.problems
    assert snapshot(data) == installed_before


def test_refusals_when_nothing_was_installed_leave_no_folder(tmp_path: Path, data: Path) -> None:
    page = write(tmp_path, "bad.html", html_page("<h1>T</h1><script></script>"))
    with pytest.raises(ImportFailed):
        import_pack(page, data)
    assert not data.exists()


def test_invalid_text_encoding_is_named(tmp_path: Path, data: Path) -> None:
    source = tmp_path / "source"
    write(source, "latin.md", "# Titre\n\nÉcole\n", "latin-1")
    write(source, "nocharset.html", "<html><body><h1>T</h1><p>\xe9</p></body></html>", "latin-1")
    with pytest.raises(ImportFailed) as failed:
        import_pack(source, data, ImportOptions(language="fr"))
    assert sorted((Path(p.file).name, p.line, p.code) for p in failed.value.problems) == [
        ("latin.md", 3, ProblemCode.NOT_UTF8), ("nocharset.html", None, ProblemCode.NOT_UTF8)]


def test_oversized_input_is_refused(tmp_path: Path, data: Path) -> None:
    big = write(tmp_path / "a", "huge.html", "<html><body><h1>T</h1><p>" + "word " * (2 * 1024 * 1024) + "</p></body></html>")
    with pytest.raises(ImportFailed) as failed:
        import_pack(big.parent, data, ImportOptions(language="en"))
    [problem] = failed.value.problems
    assert (problem.file, problem.code) == (str(big), ProblemCode.TOO_LARGE)
    assert "10 MB; the limit is 8 MB" in problem.message

    long = write(tmp_path / "b", "long.md", "# Long\n\n" + "A sentence of the section. " * 3000 + "\n")
    with pytest.raises(ImportFailed) as failed:
        import_pack(long, data, ImportOptions(language="en"))
    [problem] = failed.value.problems
    assert (problem.file, problem.line, problem.code) == (str(long), 3, ProblemCode.TOO_LARGE)  # where its text starts
    assert "split the page on its headings" in problem.message
    assert not data.exists()


def test_duplicate_ids_name_both_files(tmp_path: Path, data: Path) -> None:
    source = tmp_path / "source"
    write(source, "a.md", "---\nid: m2-plan\n---\n# A\n")
    write(source, "b.md", "---\nid: m2-plan\n---\n# B\n")
    with pytest.raises(ImportFailed) as failed:
        import_pack(source, data, ImportOptions(language="en"))
    [problem] = failed.value.problems
    assert (Path(problem.file).name, problem.code) == ("b.md", ProblemCode.DUPLICATE_ID)
    assert "already used by a.md" in problem.message


@pytest.mark.parametrize("make, message", [
    (lambda folder: folder.mkdir(), "no Markdown (.md) or HTML (.html) page found"),
    (lambda folder: write(folder, "x.md", "# 1\n\n2 3\n"), "the language of the pages cannot be told"),
    (lambda folder: None, "no such file or folder"),
])
def test_nothing_to_import_is_explained(tmp_path: Path, data: Path, make, message: str) -> None:  # noqa: ANN001
    folder = tmp_path / "source"
    make(folder)
    with pytest.raises(ImportFailed) as failed:
        import_pack(folder, data)
    assert message in failed.value.problems[0].message


# --- replacing and removing ----------------------------------------------------------------


def test_same_id_needs_replace_then_the_new_text_is_searched(tmp_path: Path, data: Path) -> None:
    old = write(tmp_path / "v1", "guide.md", "# Guide\n\nThe old wording about cassava.\n")
    new = write(tmp_path / "v2", "guide.md", "# Guide\n\nThe new wording about millet.\n")
    options = ImportOptions(pack_id="office-guide-en", language="en", version="1")
    import_pack(old, data, options)
    with pytest.raises(ImportFailed) as failed:
        import_pack(new, data, options)
    assert failed.value.problems[0].code == ImportCode.EXISTS
    assert search_ids(data, "cassava", "en") == ["office-guide-en/guide"]

    result = import_pack(new, data, ImportOptions(pack_id="office-guide-en", language="en", version="2",
                                                  replace=True))
    assert result.replaced and result.pack.version == "2"
    assert search_ids(data, "cassava", "en") == [] and search_ids(data, "millet", "en") == ["office-guide-en/guide"]
    assert [p.name for p in installed_root(data).iterdir()] == ["office-guide-en"]  # no staging left over


def test_the_shipped_guide_is_not_replaced_by_accident(tmp_path: Path, data: Path) -> None:
    page = write(tmp_path, "guide.md", "# Guide\n\nText.\n")
    with pytest.raises(ImportFailed) as failed:
        import_pack(page, data, ImportOptions(pack_id="field-guide-en", language="en"))
    assert "the shipped field guide" in failed.value.problems[0].message


def test_remove_an_installed_pack_but_never_a_shipped_one(tmp_path: Path, data: Path) -> None:
    import_pack(write(tmp_path, "guide.md", "# Guide\n\nSorghum text.\n"), data, ImportOptions(language="en"))
    assert search_ids(data, "sorghum", "en") == ["guide-en/guide"]
    remove_pack(data, "guide-en")
    assert search_ids(data, "sorghum", "en") == []
    assert "guide-en" not in [pack.id for pack in discover(data).packs]
    with pytest.raises(NotRemovable) as refused:
        remove_pack(data, "field-guide-en")
    assert refused.value.key == "handbook.shipped_pack"
    with pytest.raises(NotRemovable) as refused:
        remove_pack(data, "guide-en")
    assert refused.value.key == "handbook.no_such_pack"


def test_a_failed_replace_puts_the_old_pack_back(tmp_path: Path, data: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import desktop.handbook.importer as importer

    options = ImportOptions(pack_id="office-guide-en", language="en")
    import_pack(write(tmp_path / "v1", "guide.md", "# Guide\n\nThe old wording about cassava.\n"), data, options)
    before = snapshot(installed_root(data) / "office-guide-en")
    real_open_index = importer.open_index
    calls = []

    def failing_once(data_dir: Path, packs=None):  # noqa: ANN001, ANN202 - indexing breaks the first time
        calls.append(data_dir)
        if len(calls) == 1:
            raise OSError(28, "No space left on device")
        return real_open_index(data_dir, packs)

    monkeypatch.setattr(importer, "open_index", failing_once)
    new = write(tmp_path / "v2", "guide.md", "# Guide\n\nThe new wording about millet.\n")
    with pytest.raises(ImportFailed) as failed:
        import_pack(new, data, ImportOptions(pack_id="office-guide-en", language="en", replace=True))
    assert [(p.code, p.message) for p in failed.value.problems] == [("unreadable", "No space left on device")]
    assert snapshot(installed_root(data) / "office-guide-en") == before
    assert [p.name for p in installed_root(data).iterdir()] == ["office-guide-en"]
    assert search_ids(data, "cassava", "en") == ["office-guide-en/guide"]


def test_an_unreadable_page_is_named(tmp_path: Path, data: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    source = tmp_path / "source"
    write(source, "a.md", "# A\n\nText.\n")
    locked = write(source, "b.md", "# B\n\nText.\n")
    read_bytes = Path.read_bytes

    def refused(self: Path) -> bytes:  # what a permission error looks like (tests run as root in CI)
        if self == locked:
            raise PermissionError(13, "Permission denied", str(self))
        return read_bytes(self)

    monkeypatch.setattr(Path, "read_bytes", refused)
    with pytest.raises(ImportFailed) as failed:
        import_pack(source, data, ImportOptions(language="en"))
    assert [(p.file, p.line, p.code, p.message) for p in failed.value.problems] == [
        (str(locked), None, "unreadable", "Permission denied")]
    assert not data.exists()


def test_html_headings_anchors_and_text_that_looks_like_markdown(tmp_path: Path, data: Path) -> None:
    page = write(tmp_path, "guide.html", html_page(
        "<div id='content'><h2 id='intro'>Intro <a class='headerlink' href='#intro'>¶</a></h2>"
        "<p>1. is not a list here, and ~~~ is not a fence.</p><p id='note'>A note about C:\\path &lt;b&gt;.</p>"
        "<pre>\nfirst code line\n  second</pre></div>"
        "<h2>Next &lt;step&gt;</h2><p>See <a href='#note'>the note</a>.</p>"))
    import_pack(page, data, ImportOptions(pack_id="g-en", language="en"))
    sections = sections_of(data, "g-en")
    assert list(sections) == ["intro", "next-step"]
    assert sections["intro"][0] == "Intro" and sections["next-step"][0] == "Next <step>"
    body = sections["intro"][2]
    assert body.startswith("1\\. is not a list here, and \\~\\~\\~ is not a fence.")
    assert "A note about C:\\\\path \\<b\\>." in body
    assert "```\nfirst code line\n  second\n```" in body
    assert "[the note](section:intro)" in sections["next-step"][2]  # the id of a paragraph, not of a heading
