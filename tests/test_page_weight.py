"""What a visitor downloads: the directory and the home page compressed, static files precompressed."""

import gzip
import io
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.management import call_command

BASE_DIR = Path(__file__).resolve().parent.parent
LIMIT = 20 * 1024
PAGES = ["/th/", "/en/", "/th/ventures/", "/en/ventures/", "/th/ventures/?q=ชุมชน", "/th/ventures/?page=2"]


@pytest.fixture
def demo_ventures(db):
    call_command("seed_demo", ventures=60, seed=14, stdout=io.StringIO())


def test_production_compresses_pages():
    # The production settings' middleware (loaded as a deployment would, with a secret key).
    probe = "from django.conf import settings; print(settings.MIDDLEWARE)"
    env = {
        "PATH": "/usr/bin:/bin",
        "DJANGO_SETTINGS_MODULE": "config.settings.production",
        "SECRET_KEY": "x" * 50,
        "ALLOWED_HOSTS": "registry.example.org",
    }
    out = subprocess.run(
        [sys.executable, "-c", f"import django; django.setup(); {probe}"],
        cwd=BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    middleware = eval(out)  # noqa: S307 - a list literal printed by our own probe
    assert "django.middleware.gzip.GZipMiddleware" in middleware
    # After WhiteNoise (static files keep their precompressed .br/.gz), before anything else.
    assert middleware.index("django.middleware.gzip.GZipMiddleware") == (
        middleware.index("whitenoise.middleware.WhiteNoiseMiddleware") + 1
    )


@pytest.mark.parametrize("url", PAGES)
def test_pages_weigh_at_most_20_kb_with_gzip(client, demo_ventures, url):
    plain = client.get(url)
    compressed = client.get(url, HTTP_ACCEPT_ENCODING="gzip, deflate, br")
    assert plain.status_code == compressed.status_code == 200
    assert compressed["Content-Encoding"] == "gzip"
    assert "Accept-Encoding" in compressed["Vary"]
    body = compressed.content
    assert len(body) <= LIMIT, f"{url}: {len(body):,} bytes sent ({len(plain.content):,} uncompressed)"
    # The same page, a few random bytes of padding aside (a BREACH mitigation): nothing is lost.
    assert len(plain.content) > 3 * len(body)
    assert gzip.decompress(body).decode().count("<article") == plain.content.decode().count("<article")


def test_without_accept_encoding_the_page_is_not_compressed(client, demo_ventures):
    response = client.get("/th/ventures/")
    assert not response.has_header("Content-Encoding")
    assert b"</html>" in response.content


def test_collectstatic_writes_brotli_copies_that_whitenoise_serves(tmp_path):
    # The image's build step (Dockerfile: collectstatic under the production storage), then
    # WhiteNoise as it serves what was collected.
    env = {
        "PATH": "/usr/bin:/bin",
        "DJANGO_SETTINGS_MODULE": "config.settings.production",
        "SECRET_KEY": "x" * 50,
        "ALLOWED_HOSTS": "registry.example.org",
        "STATIC_ROOT": str(tmp_path),
    }
    subprocess.run(
        [sys.executable, "manage.py", "collectstatic", "--noinput", "-i", "admin", "-i", "rest_framework"],
        cwd=BASE_DIR,
        env=env,
        capture_output=True,
        check=True,
    )
    css = tmp_path / "css" / "site.css"
    assert css.with_suffix(".css.br").exists() and css.with_suffix(".css.gz").exists()
    assert css.with_suffix(".css.br").stat().st_size < css.with_suffix(".css.gz").stat().st_size < css.stat().st_size

    from whitenoise import WhiteNoise

    app = WhiteNoise(lambda environ, start_response: [], root=tmp_path, prefix="/static/")
    headers: dict[str, str] = {}

    def start_response(status: str, response_headers: list[tuple[str, str]]) -> None:
        headers.update(response_headers)

    environ = {"REQUEST_METHOD": "GET", "PATH_INFO": "/static/css/site.css", "HTTP_ACCEPT_ENCODING": "gzip, br"}
    body = b"".join(app(environ, start_response))
    assert headers["Content-Encoding"] == "br"
    assert len(body) == css.with_suffix(".css.br").stat().st_size
