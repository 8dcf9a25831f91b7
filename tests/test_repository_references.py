"""The repository explains itself: every document it points at is in the repository.

Comments, docstrings and documents cite `docs/…` pages for the reasons behind the code. A
citation of a page that does not exist here, of the old notes folder, or of the briefs that live
beside the project on developers' machines (and nowhere else: not in a clone, not in CI, not in
the image) leaves a reader with a reason they cannot read.
"""

import re
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# A path as text cites one: anything under docs/, notes/, tests/ or bench/, and a Python module of
# an app (template names such as `registry/home.html` are relative to templates/, so not these).
# Not part of a longer path or URL (`/api/docs/`), not inside a word (`readthedocs`).
CITED_PATH = re.compile(
    r"(?<![\w/.-])((?:docs|notes|tests|bench)/[\w./-]*\w|(?:config|core|registry|programs|grants|demo)/[\w/]*\.py\b)"
)
# A relative link of a Markdown page: `[text](target)`.
MARKDOWN_LINK = re.compile(r"\]\(([^)\s#]+)(?:#[^)]*)?\)")
# Knowledge that lives outside the repository (spelt in pieces so this file does not cite it).
OUTSIDE = ("PRODUCT" + ".md", "CONVENTIONS" + ".md", "../" + "shared", "/work/" + "shared")

# Files with a stale citation allowed for now (none left). Not to be extended.
PENDING: dict[str, set[str]] = {}


def tracked_files() -> list[str]:
    listing = subprocess.run(["git", "ls-files", "-z"], cwd=ROOT, capture_output=True, check=True, text=True).stdout
    return [name for name in listing.split("\0") if name]


def tracked_texts() -> dict[str, str]:
    texts = {}
    for name in tracked_files():
        path = ROOT / name
        if path == Path(__file__).resolve():
            continue  # this file cites missing paths on purpose, as examples
        if not path.is_file():
            continue  # deleted in the working tree, not yet committed
        raw = path.read_bytes()
        if b"\0" in raw:
            continue  # binary (compiled catalogues, images)
        try:
            texts[name] = raw.decode("utf-8")
        except UnicodeDecodeError:
            continue
    return texts


def dangling_citations(texts: dict[str, str]) -> list[str]:
    problems = []
    for name, text in texts.items():
        for line_number, line in enumerate(text.splitlines(), start=1):
            for cited in CITED_PATH.findall(line):
                if cited in PENDING.get(name, set()):
                    continue
                if not (ROOT / cited).exists():
                    problems.append(f"{name}:{line_number}: cites {cited}, which is not in the repository")
            if name.endswith(".md"):
                for target in MARKDOWN_LINK.findall(line):
                    if "://" in target or target.startswith(("/", "mailto:")):
                        continue
                    if not (ROOT / name).parent.joinpath(target).exists():
                        problems.append(f"{name}:{line_number}: links {target}, which is not in the repository")
            for outside in OUTSIDE:
                if outside in line:
                    problems.append(f"{name}:{line_number}: refers to {outside}, which is outside the repository")
    return problems


def test_every_document_the_repository_cites_is_in_it() -> None:
    problems = dangling_citations(tracked_texts())
    assert not problems, "\n".join(problems)


def test_the_documentation_pages_exist_and_the_readme_links_each() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    pages = ["architecture.md", "data-standards.md", "operations.md", "performance.md", "thai-search.md"]
    for page in pages:
        assert (ROOT / "docs" / page).is_file(), page
        assert f"(docs/{page})" in readme, page


def test_the_check_finds_what_it_is_meant_to_find() -> None:
    # The outside names are spelt in pieces, as OUTSIDE is, so this file cites none of them itself.
    notes, shared, product = "notes" + "/performance.md", "../" + "shared", "PRODUCT" + ".md"
    texts = {
        "a.py": f"# measured ({notes})\n# see docs/nowhere.md\n",
        "b.md": "See [the map](missing.md) and `../" + "shared/x`.\n",
        "c.py": '"""Bulk import (' + "PRODUCT" + '.md)."""\n',
        "d.md": "Served at `/api/docs/`, read on readthedocs/x; see [ops](docs/operations.md).\n",
        "e.py": "# tests/registry/test_nothing.py runs it; order as in registry/gone.py, registry/home.html\n",
    }
    assert dangling_citations(texts) == [
        f"a.py:1: cites {notes}, which is not in the repository",
        "a.py:2: cites docs/nowhere.md, which is not in the repository",
        "b.md:1: links missing.md, which is not in the repository",
        f"b.md:1: refers to {shared}, which is outside the repository",
        f"c.py:1: refers to {product}, which is outside the repository",
        "e.py:1: cites tests/registry/test_nothing.py, which is not in the repository",
        "e.py:1: cites registry/gone.py, which is not in the repository",
    ]
