"""A web process loads the Thai dictionary when it starts, not during the first search."""

import subprocess
import sys

from django.conf import settings

# pythainlp loads its 62k-word dictionary (about a second) on first use into this module global.
PROBE = "import {module}; import pythainlp.corpus.common as corpus; print(len(corpus._THAI_WORDS))"


def words_loaded_after_importing(module: str) -> int:
    result = subprocess.run(
        [sys.executable, "-c", PROBE.format(module=module)],
        cwd=settings.BASE_DIR,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
        env={"DJANGO_SETTINGS_MODULE": "config.settings.test", "PATH": "/usr/bin:/bin", "PYTHAINLP_READ_ONLY": "1"},
    )
    return int(result.stdout.strip().splitlines()[-1])


def test_the_wsgi_application_loads_the_thai_dictionary_at_start() -> None:
    assert words_loaded_after_importing("config.wsgi") > 50_000


def test_other_processes_do_not_pay_for_it() -> None:
    assert words_loaded_after_importing("config.celery") == 0
