"""Writing a pack's manifest: ``seal`` lists every section file with its sha256.

Other keys of an existing manifest are kept as they are. Without a manifest one
is created from the arguments, the folder's name (``field-guide-fr`` → language
``fr``) and the default module titles of that language.
"""

from pathlib import Path
from typing import Any

import yaml

from .pack import MANIFEST, SECTION_SUFFIX, SECTIONS, sha256_of

#: Module titles of the field guide, per language (resources/handbook/README.md).
DEFAULT_MODULES: dict[str, dict[int, str]] = {
    "en": {
        1: "Integrated approach",
        2: "Case management with the returnee",
        3: "Community level",
        4: "Structural level and referrals",
        5: "Monitoring and evaluation",
        6: "Data protection and practice notes",
    },
    "fr": {
        1: "Approche intégrée",
        2: "Accompagnement individuel",
        3: "Niveau communautaire",
        4: "Niveau structurel et orientations",
        5: "Suivi et évaluation",
        6: "Protection des données et notes pratiques",
    },
    "ar": {
        1: "النهج المتكامل",
        2: "إدارة الحالة مع العائد",
        3: "المستوى المجتمعي",
        4: "المستوى الهيكلي والإحالات",
        5: "الرصد والتقييم",
        6: "حماية البيانات وملاحظات عملية",
    },
}
DEFAULT_VERSION = "1.0"
NOT_STATED = "not stated"
_ORDER = ("id", "title", "language", "version", "licence", "source", "modules", "files")


def guess_language(folder: Path) -> str | None:
    suffix = folder.name.rsplit("-", 1)[-1].lower()
    return suffix if suffix in DEFAULT_MODULES else None


def seal(
    folder: str | Path,
    *,
    title: str | None = None,
    language: str | None = None,
    version: str | None = None,
    licence: str | None = None,
    source: str | None = None,
    pack_id: str | None = None,
) -> Path:
    """(Re)write ``folder/manifest.yaml`` with the sha256 of every ``sections/*.md``.

    Values given as arguments replace those of the manifest; missing values get
    defaults. Returns the manifest's path. Raises ``ValueError`` when the
    folder has no ``sections`` folder or the language cannot be told.
    """
    folder = Path(folder)
    sections = folder / SECTIONS
    if not sections.is_dir():
        raise ValueError(f"{folder}: no '{SECTIONS}' folder")
    manifest_path = folder / MANIFEST
    data: dict[str, Any] = {}
    if manifest_path.is_file():
        loaded = yaml.safe_load(manifest_path.read_text(encoding="utf-8"))
        if not isinstance(loaded, dict):
            raise ValueError(f"{manifest_path}: not a mapping of keys")
        data = loaded
    given = {"id": pack_id, "title": title, "language": language, "version": version,
             "licence": licence, "source": source}
    data.update({key: value for key, value in given.items() if value is not None})
    data.setdefault("id", folder.resolve().name)
    lang = data.get("language") or guess_language(folder)
    if lang not in DEFAULT_MODULES:
        raise ValueError(f"{folder}: give the pack's language (fr, en or ar)")
    data["language"] = lang
    data.setdefault("title", data["id"])
    data.setdefault("version", DEFAULT_VERSION)
    data.setdefault("licence", NOT_STATED)
    data.setdefault("source", NOT_STATED)
    data.setdefault("modules", dict(DEFAULT_MODULES[lang]))
    data["files"] = [
        {"path": f"{SECTIONS}/{file.name}", "sha256": sha256_of(file)}
        for file in sorted(sections.iterdir())
        if file.is_file() and file.suffix == SECTION_SUFFIX and not file.name.startswith(".")
    ]
    ordered = {key: data[key] for key in _ORDER if key in data}
    ordered.update({key: value for key, value in data.items() if key not in ordered})
    text = yaml.safe_dump(ordered, allow_unicode=True, sort_keys=False, width=1000)
    temporary = manifest_path.with_suffix(".yaml.tmp")
    temporary.write_text(text, encoding="utf-8", newline="\n")
    temporary.replace(manifest_path)
    return manifest_path
