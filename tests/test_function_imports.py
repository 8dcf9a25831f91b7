"""An import inside a function says why it is there.

Imports belong at the top of their module. One written inside a function (to dodge an import
cycle, to wait for the app registry, to load a heavy optional library on first use) is an
exception, and a comment on its line or just above it gives the reason, so that the next reader
can tell a real cycle from a habit.
"""

import ast
import io
import subprocess
import tokenize
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# The comment may sit on the import's line or on one of the lines just above it (one comment can
# cover a short block of imports).
LINES_ABOVE = 2


def production_modules() -> list[str]:
    listing = subprocess.run(
        ["git", "ls-files", "-z", "*.py"], cwd=ROOT, capture_output=True, check=True, text=True
    ).stdout
    return [
        name
        for name in listing.split("\0")
        if name and not name.startswith(("tests/", "bench/")) and "/migrations/" not in name and (ROOT / name).is_file()
    ]


def unexplained_imports(name: str, source: str) -> list[str]:
    commented = {
        token.start[0]
        for token in tokenize.generate_tokens(io.StringIO(source).readline)
        if token.type == tokenize.COMMENT
    }
    problems = {}
    for function in ast.walk(ast.parse(source, filename=name)):
        if not isinstance(function, ast.FunctionDef | ast.AsyncFunctionDef):
            continue
        for node in ast.walk(function):
            if not isinstance(node, ast.Import | ast.ImportFrom):
                continue
            if not commented & set(range(node.lineno - LINES_ABOVE, node.lineno + 1)):
                statement = ast.get_source_segment(source, node) or ""
                problems[node.lineno] = f"{name}:{node.lineno}: `{statement}` in {function.name}() gives no reason"
    return [problems[line] for line in sorted(problems)]


def test_every_import_inside_a_function_gives_its_reason() -> None:
    problems = []
    for name in production_modules():
        problems += unexplained_imports(name, (ROOT / name).read_text(encoding="utf-8"))
    assert not problems, "\n".join(problems)


def test_the_check_finds_what_it_is_meant_to_find() -> None:
    source = (
        "import os\n"
        "\n"
        "def a():\n"
        "    import json\n"
        "\n"
        "def b():\n"
        "    # pythainlp loads its dictionaries on import: on first use only\n"
        "    import pythainlp\n"
        "    from pythainlp import util\n"
        "\n"
        "def c():\n"
        "    x = '# not a comment'\n"
        "    from . import models\n"
        "\n"
        "class D:\n"
        "    def e(self):\n"
        "        from .x import y  # x imports this module\n"
    )
    assert unexplained_imports("m.py", source) == [
        "m.py:4: `import json` in a() gives no reason",
        "m.py:13: `from . import models` in c() gives no reason",
    ]
