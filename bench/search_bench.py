"""Search benchmark: generate N published ventures, rebuild the index, time typical searches.

Never part of CI. Run it against a database of its own, e.g.

    createdb -h 127.0.0.1 -U postgres -T template0 -E UTF8 --lc-collate=C.UTF-8 --lc-ctype=C.UTF-8 searchbench
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/searchbench .venv/bin/python bench/search_bench.py
    DATABASE_URL=sqlite:///var/bench.sqlite3 .venv/bin/python bench/search_bench.py --ventures 20000

It migrates the database, adds ventures whose external_ref starts with `bench-` until there
are N of them (a second run reuses them), rebuilds the search index (unless --no-rebuild) and
prints medians of warm runs. The machine is shared and noisy (docs/performance.md): compare
figures of one run with each other, as ratios, not with figures of another run.
"""

import argparse
import datetime
import functools
import os
import random
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any
from unittest import mock
from urllib.parse import urlencode

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
# The test settings: DEBUG off (DEBUG keeps every query in memory) and static files served
# without a collectstatic manifest; the database is still DATABASE_URL's.
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.test")

import django

django.setup()

from django.core.cache import cache  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import connection, transaction  # noqa: E402
from django.http import QueryDict  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402
from django.utils import timezone, translation  # noqa: E402

from registry.filters import directory_filterset  # noqa: E402
from registry.models import Country, Province, SocialArea, Venture, VentureArea, VentureSearchDocument  # noqa: E402
from registry.models.ventures import Stage, VentureStatus  # noqa: E402
from registry.search import facets as facet_sql  # noqa: E402
from registry.search.engine import TextSearch, score_expression  # noqa: E402
from registry.search.facets import facet_counts  # noqa: E402
from registry.search.index import rebuild, tidy_after_rebuild  # noqa: E402
from registry.search.query import parse_query  # noqa: E402
from registry.selectors import _text_scope, directory_search  # noqa: E402


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


THAI_WORDS = _words(
    "ชุมชน ผู้สูงอายุ เกษตร อินทรีย์ ขยะ รีไซเคิล น้ำ สะอาด พลังงาน แสงอาทิตย์ การศึกษา เด็ก เยาวชน "
    "สุขภาพ โรงพยาบาล ชาวบ้าน รายได้ อาชีพ ตลาด ออนไลน์ การท่องเที่ยว ท่องเที่ยว โฮมสเตย์ ป่า ชายฝั่ง "
    "ทะเล ประมง ข้าว นา ชาวนา กาแฟ ชา ผ้า ทอ หัตถกรรม ผู้พิการ คนพิการ สตรี แรงงาน สวัสดิการ เงินออม "
    "กองทุน ธนาคาร สหกรณ์ วิสาหกิจ เครือข่าย อาสาสมัคร ดูแล บ้าน ที่อยู่อาศัย ภัยพิบัติ น้ำท่วม ภัยแล้ง "
    "เตือนภัย ไฟป่า หมอกควัน อากาศ ฝุ่น ปลูก ต้นไม้ ดิน ปุ๋ย หมัก ผัก ผลไม้ แปรรูป อาหาร ปลอดภัย "
    "โภชนาการ ห้องสมุด หนังสือ ดิจิทัล แอปพลิเคชัน ข้อมูล เทคโนโลยี นวัตกรรม สังคม ปัญหา แก้ไข พัฒนา "
    "ส่งเสริม สร้าง ลด เพิ่ม ช่วยเหลือ เรียนรู้ ฝึกอบรม ทักษะ ผู้ประกอบการ ธุรกิจ เพื่อสังคม ยั่งยืน "
    "สิ่งแวดล้อม อนุรักษ์ พื้นที่ จังหวัด หมู่บ้าน ตำบล ท้องถิ่น ภาครัฐ โรงเรียน ครู นักเรียน ผู้ปกครอง "
    "ครอบครัว คุณภาพ ชีวิต ความยากจน หนี้สิน การเงิน บัญชี การตลาด ขนส่ง โลจิสติกส์ สุขอนามัย ยา สมุนไพร "
    "แพทย์แผนไทย การแพทย์ ทางไกล คลินิก ผู้ป่วย ติดเตียง จิตใจ สุขภาพจิต กีฬา ศิลปะ วัฒนธรรม ภูมิปัญญา"
)
ENGLISH_WORDS = _words(
    "community elderly care organic farming waste recycling clean water solar energy education children "
    "youth health clinic income jobs market online tourism homestay forest coast fishing rice coffee tea "
    "weaving crafts disability women workers welfare savings fund bank cooperative enterprise network "
    "volunteers housing disaster flood drought warning wildfire haze air dust trees soil compost "
    "vegetables fruit processing food safety nutrition library books digital app data technology "
    "innovation social problem develop promote reduce support learning training skills entrepreneurs "
    "business sustainable environment"
)
CLMV_NAMES = {
    "VN": ["Hợp tác xã Nông nghiệp Xanh", "Nước sạch cho mọi người", "Trẻ em vùng cao", "Du lịch cộng đồng"],
    "LA": ["ສະຫະກອນແມ່ຍິງທໍຜ້າ", "ນ້ຳສະອາດຊົນນະບົດ", "ກະສິກຳອິນຊີ"],
    "KH": ["សហគមន៍កសិកម្មសរីរាង្គ", "ទឹកស្អាតសម្រាប់ភូមិ", "ការអប់រំកុមារ"],
    "MM": ["ကျေးလက်ရေသန့်စီမံကိန်း", "အမျိုးသမီးလက်မှုပညာ", "သဘာဝစိုက်ပျိုးရေး"],
}
RARE_THAI = "ปลาทูแม่กลอง"  # in 1 venture in 2,000
RARE_ENGLISH = "aquaponics"


def thai_text(rng: random.Random, words: int) -> str:
    """Thai as it is written: words run together, a space between phrases."""
    out, phrase = [], []
    for _ in range(words):
        phrase.append(rng.choice(THAI_WORDS))
        if rng.random() < 0.15:
            out.append("".join(phrase))
            phrase = []
    out.append("".join(phrase))
    return " ".join(p for p in out if p)


def english_text(rng: random.Random, words: int) -> str:
    return " ".join(rng.choice(ENGLISH_WORDS) for _ in range(words)).capitalize() + "."


def generate(total: int, seed: int = 7) -> None:
    existing = Venture.objects.filter(external_ref__startswith="bench-").count()
    if existing >= total:
        print(f"{existing} bench ventures already there: reusing them")
        return
    rng = random.Random(seed + existing)
    areas = list(SocialArea.objects.all())
    provinces = list(Province.objects.all())
    countries = {c.iso2: c for c in Country.objects.all()}
    stages = [s.value for s in Stage]
    now = timezone.now()
    started = time.monotonic()
    batch = 2000
    for start in range(existing, total, batch):
        ventures, picks = [], []
        for n in range(start, min(total, start + batch)):
            kind = rng.random()
            fields: dict[str, Any] = {}
            if kind < 0.75:
                fields.update(
                    name_th=thai_text(rng, rng.randint(2, 4)),
                    summary_th=thai_text(rng, rng.randint(15, 30)),
                    description_th=thai_text(rng, rng.randint(60, 120)),
                    problem_th=thai_text(rng, rng.randint(20, 40)),
                    name_en=english_text(rng, 3) if rng.random() < 0.5 else "",
                    summary_en=english_text(rng, 20) if rng.random() < 0.3 else "",
                )
                if n % 2000 == 1:
                    fields["description_th"] += " " + RARE_THAI
                country, province = countries["TH"], rng.choice(provinces)
            elif kind < 0.95:
                fields.update(
                    name_en=english_text(rng, 3),
                    summary_en=english_text(rng, 25),
                    description_en=english_text(rng, 100),
                    problem_en=english_text(rng, 30),
                )
                if n % 2000 == 3:
                    fields["summary_en"] += f" {RARE_ENGLISH}"
                country, province = countries["TH"], rng.choice(provinces)
            else:
                iso2 = rng.choice(["VN", "LA", "KH", "MM"])
                fields.update(
                    name_en=rng.choice(CLMV_NAMES[iso2]) + f" {n}",
                    summary_en=english_text(rng, 20),
                    description_en=" ".join(rng.sample(CLMV_NAMES[iso2], 2)) + " " + english_text(rng, 40),
                )
                country, province = countries[iso2], None
            published = now - datetime.timedelta(minutes=n)
            ventures.append(
                Venture(
                    slug=f"bench-{n}",
                    external_ref=f"bench-{n}",
                    status=VentureStatus.PUBLISHED,
                    published_at=published,
                    first_published_at=published,
                    stage=rng.choice(stages),
                    youth_led=rng.random() < 0.2,
                    verified=rng.random() < 0.1,
                    country=country,
                    province=province,
                    **fields,
                )
            )
            picks.append(rng.sample(areas, rng.choice([1, 1, 2])))
        with transaction.atomic():
            created = Venture.objects.bulk_create(ventures)
            VentureArea.objects.bulk_create(
                [
                    VentureArea(venture=v, area=area, is_primary=i == 0)
                    for v, chosen in zip(created, picks, strict=True)
                    for i, area in enumerate(chosen)
                ]
            )
        done = min(total, start + batch)
        print(f"\r  generated {done:,}/{total:,} ventures", end="", flush=True)
    print(f"\n  generation: {time.monotonic() - started:.0f} s")


def median_ms(fn: Callable[[], Any], runs: int = 5) -> float:
    fn()  # warm
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        fn()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def paired_median_ms(before: Callable[[], Any], after: Callable[[], Any], runs: int = 5) -> tuple[float, float]:
    """Medians of two ways of doing the same thing, run alternately so both see the same machine."""
    before(), after()  # warm
    times: tuple[list[float], list[float]] = ([], [])
    for _ in range(runs):
        for fn, spent in ((before, times[0]), (after, times[1])):
            started = time.perf_counter()
            fn()
            spent.append((time.perf_counter() - started) * 1000)
    return statistics.median(times[0]), statistics.median(times[1])


def cleaned(params: dict[str, Any]) -> dict[str, Any]:
    filterset = directory_filterset(QueryDict(urlencode(params, doseq=True)))
    assert filterset.is_valid(), filterset.errors
    return filterset.form.cleaned_data


def _matches_found_for_each(text: Any, data: dict[str, Any]) -> Any:
    """The old shape: the capped count, the ranking window and the facet sample each find the first matches."""
    return (
        text.search.capped_count(text.matching),
        text.search.ranked(text.matching, text.scope),
        facet_counts(data, text.text_matches),
    )


def _matches_found_once(text: Any, data: dict[str, Any]) -> Any:
    """The directory's shape: the first matches read once, then counted, ranked and faceted."""
    first = text.search.first_matches(text.matching)
    return (
        len(first),
        text.search.ranked(text.matching, text.scope, first=first),
        facet_counts(data, text.text_matches, sample=first),
    )


def _counted_with_distinct_everywhere(data: dict[str, Any]) -> Any:
    """The old facet SQL: COUNT(DISTINCT b.id) in every branch."""
    branch = facet_sql._facet_branch

    def distinct_branch(name: str, links: Any) -> str:
        return branch(name, links).replace("COUNT(*) AS n FROM", "COUNT(DISTINCT b.id) AS n FROM")

    with mock.patch.object(facet_sql, "_facet_branch", distinct_branch):
        return facet_counts(data, None)


def _directory_answer(data: dict[str, Any]) -> Any:
    """A directory page's results without the facets: ventures, count, capped."""
    result = directory_search(data, with_facets=False)
    return [v.pk for v in result.ventures], result.count, result.count_capped


def _compare_without_facets_index(runs: int) -> None:
    """The same reads with and without registry_venture_published_facets (migration 0010).

    Each run without the index drops it inside a savepoint that is then rolled back: DDL is
    transactional on PostgreSQL, so the index is back, untouched, for the next run with it.
    """
    cases: dict[str, dict[str, Any]] = {
        "browse, area facet": {"area": "health"},
        "browse, two areas": {"area": ["health", "disaster-management"]},
        "browse, no query": {},
        "common Thai term": {"q": "ชุมชน"},
    }

    def timed(fn: Callable[[], Any], drop_index: bool) -> tuple[float, Any]:
        savepoint = transaction.savepoint()
        if drop_index:
            with connection.cursor() as cursor:
                cursor.execute("DROP INDEX registry_venture_published_facets")
        started = time.perf_counter()
        answer = fn()
        elapsed = (time.perf_counter() - started) * 1000
        transaction.savepoint_rollback(savepoint)
        return elapsed, answer

    print("\n  without vs with the index of published ventures' facet columns (migration 0010), ms:")
    print(f"    {'':32} {'results (count and page)':>30}   {'browsing facet counts':>30}")
    with transaction.atomic():
        for label, params in cases.items():
            data = cleaned(params)
            reads = [functools.partial(_directory_answer, data)]
            if "q" not in params:
                reads.append(functools.partial(facet_counts, data, None))
            columns, verdicts = [], []
            for read in reads:
                timed(read, True), timed(read, False)  # warm
                times: tuple[list[float], list[float]] = ([], [])
                answers: tuple[list[Any], list[Any]] = ([], [])
                for _ in range(runs):
                    for drop_index, spent, seen in ((True, times[0], answers[0]), (False, times[1], answers[1])):
                        elapsed, answer = timed(read, drop_index)
                        spent.append(elapsed)
                        seen.append(answer)
                before, after = statistics.median(times[0]), statistics.median(times[1])
                columns.append(f"{before:7.1f} vs {after:7.1f} (x{before / after:.2f})")
                verdicts.append(any(old == new for old in answers[0] for new in answers[1]))
            verdict = "same results" if all(verdicts) else "DIFFERENT results"
            print(f"    {label:32} {columns[0]:>30}   {columns[1] if len(columns) > 1 else '':>30}  {verdict}")


def sentence_queries(count: int, seed: int = 11) -> list[str]:
    """8-word problem descriptions, as people type them: Thai run together with a few spaces, or
    English with function words, drawn from the generator's vocabulary (so they have matches)."""
    rng = random.Random(seed)
    out = []
    for n in range(count):
        if n % 2:
            picked = [rng.choice(ENGLISH_WORDS) for _ in range(5)]
            out.append(f"{picked[0]} {picked[1]} in our {picked[2]} {picked[3]} and {picked[4]}")
        else:
            picked = [rng.choice(THAI_WORDS) for _ in range(8)]
            out.append("".join(picked[:3]) + "ไม่มี" + "".join(picked[3:6]) + " " + "".join(picked[6:]))
    return out


def p95_ms(fn: Callable[[], Any]) -> float:
    started = time.perf_counter()
    fn()
    return (time.perf_counter() - started) * 1000


def p95_of_sentences_and_keywords(runs: int) -> None:
    """Issue 10's speed bound: the p95 of 8-word sentences against the p95 of a common Thai keyword,
    timed in one run (the search the page and the API make, facets included)."""

    def timings(params_list: list[dict[str, Any]]) -> list[float]:
        times: list[float] = []
        for params in params_list:
            data = cleaned(params)
            directory_search(data)  # warm
            for _ in range(runs):
                cache.clear()
                times.append(p95_ms(functools.partial(directory_search, data)))
        return sorted(times)

    def p95(values: list[float]) -> float:
        return values[min(len(values) - 1, round(0.95 * (len(values) - 1)))]

    sentences = sentence_queries(20)
    keyword = timings([{"q": "ชุมชน"}] * 4)
    two_keywords = timings([{"q": "ผู้สูงอายุ สุขภาพ"}] * 4)
    sentence = timings([{"q": q} for q in sentences])
    print("p95 over warm runs, ms (directory search with facets, cache emptied before each run):")
    for label, values in (
        ("common Thai keyword (ชุมชน)", keyword),
        ("two Thai keywords", two_keywords),
        (f"8-word sentences ({len(sentences)} queries)", sentence),
    ):
        print(f"  {label:36} p95 {p95(values):8.1f}  median {statistics.median(values):8.1f}")
    print(f"  sentence p95 / common keyword p95:   x{p95(sentence) / p95(keyword):.2f}  (bound: x2)")
    print(f"  e.g. {sentences[0]!r}, {sentences[1]!r}\n")


def compare_short_terms(runs: int) -> None:
    """One- and two-character terms (issue 14): a plain LIKE, which pg_trgm cannot serve, against
    the word index route (registry/search/backends.py `words_containing`), same answers."""
    from registry.search import backends

    scope = VentureSearchDocument.objects.filter(venture__status=VentureStatus.PUBLISHED)
    print("\n  short terms, first 1,001 matches: LIKE alone vs through the word index (PostgreSQL)")
    for term in ("ปู", "ฮู", "ทู", "นา", "ชา", "co"):
        search = TextSearch.for_query(parse_query(term))

        def now(search: TextSearch = search) -> list[int]:
            return search.first_matches(search.matching(scope))

        def before(search: TextSearch = search) -> list[int]:
            with mock.patch.object(backends, "words_containing", return_value=None):
                return search.first_matches(search.matching(scope))

        # Every match, not the first 1,001 (an unordered LIMIT may pick other rows from run to run).
        with mock.patch.object(backends, "words_containing", return_value=None):
            every_before = set(search.matching(scope).values_list("pk", flat=True))
        every_now = set(search.matching(scope).values_list("pk", flat=True))
        same = "same matches" if every_before == every_now else "DIFFERENT matches"
        words = backends.words_containing(term)
        route = "LIKE (common or may straddle words)" if words is None else f"{len(words)} words"
        old, new = paired_median_ms(before, now, runs)
        print(
            f"    {term:6} {len(now()):>6,} matches, {route:36} {old:8.1f} vs {new:7.1f} ms (x{old / new:.1f}), {same}"
        )


def compare_cold_browsing(runs: int) -> None:
    """The directory with no word and no facet: a cold cache (counting every venture, as before
    issue 14, or reading the stored counts, now) against a warm one."""
    facet_sql.refresh_browse_counts()
    client = Client()

    def cold() -> Any:
        cache.clear()
        return client.get("/th/ventures/")

    def cold_before() -> Any:
        with mock.patch.object(facet_sql, "stored_browse_counts", return_value=None):
            return cold()

    warm = median_ms(lambda: client.get("/th/ventures/"), runs)
    before, now = paired_median_ms(cold_before, cold, runs)
    print("\n  browsing the directory (no word, no facet), median ms:")
    print(
        f"    warm cache {warm:.1f}; cold cache before {before:.1f} (x{before / warm:.1f} warm), "
        f"now {now:.1f} (x{now / warm:.1f} warm)"
    )


def compare_segmenters(jobs: int) -> None:
    """Full rebuilds of the same ventures as before issue 14 (Thai segmented by pythainlp alone,
    postings written by INSERT) and as now (nlpo3, COPY on PostgreSQL), alternately: documents per
    second of each."""
    from registry.models import SearchPosting
    from registry.search import index, text

    def inserted(fields: list[Any]) -> None:
        SearchPosting.objects.bulk_create(index._postings(fields), batch_size=5000)

    def timed_rebuild() -> float:
        text._segment_thai.cache_clear()
        text.token_keys.cache_clear()
        started = time.monotonic()
        documents, _ = rebuild(jobs=jobs, batch_size=1000)
        return documents / (time.monotonic() - started)

    text.warm_up()
    results: dict[str, list[float]] = {"before": [], "now": []}
    for label in ("before", "now"):
        if label == "before":
            with (
                mock.patch.object(text, "_nlpo3", return_value=None),
                mock.patch.object(index, "insert_postings", inserted),
            ):
                rate = timed_rebuild()
        else:
            rate = timed_rebuild()
        results[label].append(rate)
        print(f"  rebuild, {label}: {rate:.0f} documents/s (jobs={jobs})", flush=True)
    before, after = statistics.median(results["before"]), statistics.median(results["now"])
    print(
        f"rebuild documents/s, before (pythainlp, INSERT) vs now (nlpo3, COPY): {before:.0f} vs {after:.0f} "
        f"(x{after / before:.2f})"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    default = 100_000 if os.environ.get("DATABASE_URL", "").startswith("postgres") else 20_000
    parser.add_argument("--ventures", type=int, default=default)
    parser.add_argument("--jobs", type=int, default=2, help="segmentation processes for the rebuild")
    parser.add_argument("--no-rebuild", action="store_true", help="keep the index as it is")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument(
        "--only-p95", action="store_true", help="only the p95 of keyword and 8-word sentence searches (issue 10)"
    )
    parser.add_argument(
        "--compare-segmenters",
        action="store_true",
        help="only the full rebuild's documents/s before issue 14 (pythainlp, INSERT) and now (nlpo3, COPY)",
    )
    parser.add_argument(
        "--only-short-terms", action="store_true", help="only 1-2 character terms and cold browsing (issue 14)"
    )
    args = parser.parse_args()

    print(f"database: {connection.vendor} {connection.settings_dict['NAME']}")
    call_command("migrate", verbosity=0)
    generate(args.ventures)
    published = Venture.objects.published().count()
    if args.compare_segmenters:
        compare_segmenters(args.jobs)
        return
    if not args.no_rebuild and not args.only_short_terms:
        started = time.monotonic()
        documents, words = rebuild(jobs=args.jobs, batch_size=1000)
        elapsed = time.monotonic() - started
        print(f"rebuild: {documents:,} documents, {words:,} words in {elapsed:.0f} s ({documents / elapsed:.0f}/s)")
        started = time.monotonic()
        print(f"  then {tidy_after_rebuild()} in {time.monotonic() - started:.0f} s")
    if connection.vendor == "postgresql":
        # VACUUM as autovacuum would after the bulk insert: some machines of this kind run with
        # autovacuum off, and a table never vacuumed has no visibility map, so PostgreSQL reads
        # the whole venture table (200+ MB at 100k) where an index-only scan would do (counting
        # the published ventures took about 5× as long).
        with connection.cursor() as cursor:
            cursor.execute("VACUUM (ANALYZE) registry_venture, registry_venturearea")
            cursor.execute("ANALYZE")
    print(f"published ventures: {published:,}; medians of {args.runs} warm runs, ms\n")
    if args.only_short_terms:
        compare_short_terms(args.runs)
        compare_cold_browsing(args.runs)
        return

    translation.activate("th")
    p95_of_sentences_and_keywords(args.runs)
    if args.only_p95:
        return
    queries = {
        "rare Thai term": {"q": RARE_THAI},
        "common Thai term": {"q": "ชุมชน"},
        "two Thai terms": {"q": "ผู้สูงอายุ สุขภาพ"},
        "English word": {"q": "compost"},
        "rare English word": {"q": RARE_ENGLISH},
        "substring in compound": {"q": "สูงอายุ"},
        "short Thai term (2 chars)": {"q": "นา"},
        "typo → suggestion": {"q": "ท่องเทียว"},
        "place name (Chiang Mai)": {"q": "Chiang Mai"},
        "common term + area + province": {"q": "ชุมชน", "area": "health", "province": "CMI"},
        "browse, no query": {},
        "browse, area facet": {"area": "health"},
    }
    print("search = results, count and suggestion; +facets = with the facet counts; page = the whole")
    print("directory page through Django (template included); uncached = the cache emptied before each run\n")
    header = (
        f"{'query':34} {'matches':>9} {'search':>8} {'+facets':>8} {'page':>8} {'cached':>8} {'SQL':>4}  suggestion"
    )
    print(header)
    client = Client()

    def uncached(fn: Callable[[], Any]) -> Callable[[], Any]:
        def run() -> Any:
            cache.clear()
            return fn()

        return run

    for label, params in queries.items():
        data = cleaned(params)
        result = directory_search(data, with_facets=False)
        search_ms = median_ms(functools.partial(directory_search, data, with_facets=False), args.runs)
        facets_ms = median_ms(uncached(functools.partial(directory_search, data)), args.runs)
        page_ms = median_ms(uncached(functools.partial(client.get, "/th/ventures/", params)), args.runs)
        cached_ms = median_ms(functools.partial(client.get, "/th/ventures/", params), args.runs)
        cache.clear()
        with CaptureQueriesContext(connection) as captured:
            client.get("/th/ventures/", params)
        count = f"{result.count:,}{'+' if result.count_capped else ''}"
        print(
            f"{label:34} {count:>9} {search_ms:8.1f} {facets_ms:8.1f} {page_ms:8.1f} {cached_ms:8.1f} "
            f"{len(captured):>4}  {result.suggestion or ''}"
        )

    print("\nclaims, as ratios measured in this run:")
    broad = TextSearch.for_query(parse_query("ชุมชน"))
    docs = broad.matching(VentureSearchDocument.objects.filter(venture__status=VentureStatus.PUBLISHED))
    scope = VentureSearchDocument.objects.filter(venture__status=VentureStatus.PUBLISHED)
    window = median_ms(lambda: broad.ranked(docs, scope), args.runs)
    rank_all = median_ms(
        lambda: list(
            docs.annotate(score=score_expression(broad.query))
            .order_by("-score", "-venture_id")
            .values_list("pk", flat=True)[:20]
        ),
        args.runs,
    )
    print(
        f"  ranking a window vs ranking every match of a broad term: {window:.1f} vs {rank_all:.1f} ms "
        f"(x{rank_all / window:.1f})"
    )
    capped = median_ms(lambda: broad.capped_count(docs), args.runs)
    full = median_ms(lambda: docs.count(), args.runs)
    print(f"  capped count (1,001) vs full count of a broad term: {capped:.1f} vs {full:.1f} ms (x{full / capped:.1f})")
    rare = TextSearch.for_query(parse_query(RARE_THAI))
    rare_docs = rare.matching(VentureSearchDocument.objects.all())
    indexed = median_ms(lambda: rare.capped_count(rare_docs), args.runs)
    scan = median_ms(
        lambda: VentureSearchDocument.objects.filter(text__icontains=RARE_THAI).values("pk")[:1001].count(), args.runs
    )
    print(
        f"  rare term via the trigram index vs icontains (no index): {indexed:.1f} vs {scan:.1f} ms "
        f"(x{scan / indexed:.1f})"
    )
    print("\n  first matches read once (count, ranking window, facet sample) vs once each, old shape first:")
    for label in ("rare Thai term", "common Thai term", "two Thai terms", "English word", "substring in compound"):
        params = queries[label]
        data = cleaned(params)
        text = _text_scope(parse_query(params["q"]), {}, Venture.objects.published())
        each_once = functools.partial(_matches_found_for_each, text, data)
        read_once = functools.partial(_matches_found_once, text, data)
        # Ranking windows of a broad query come from unordered LIMITs: under a parallel plan the
        # old shape itself can pick other candidates from one run to the next, so the new
        # shape's answer is looked for among the old shape's answers over several runs.
        old_results = [each_once() for _ in range(args.runs)]
        varies = len({repr(r) for r in old_results})
        verdict = "same results" if read_once() in old_results else "DIFFERENT results"
        if varies > 1:
            verdict += f" (the old shape gave {varies} different answers in {args.runs} runs)"
        before, after = paired_median_ms(each_once, read_once, args.runs)
        print(f"    {label:32} {before:7.1f} vs {after:7.1f} ms (x{before / after:.2f}), {verdict}")

    print("\n  browsing facet counts (all published ventures), COUNT(DISTINCT) everywhere vs COUNT(*) where a")
    print("  venture cannot repeat:")
    for label, params in (("browse, no query", {}), ("browse, area facet", {"area": "health"})):
        data = cleaned(params)
        new_counts, old_counts = facet_counts(data, None), _counted_with_distinct_everywhere(data)
        before, after = paired_median_ms(
            functools.partial(_counted_with_distinct_everywhere, data),
            functools.partial(facet_counts, data, None),
            args.runs,
        )
        verdict = "same counts" if old_counts == new_counts else "DIFFERENT counts"
        print(f"    {label:32} {before:7.1f} vs {after:7.1f} ms (x{before / after:.2f}), {verdict}")

    if connection.vendor == "postgresql":
        _compare_without_facets_index(args.runs)
        compare_short_terms(args.runs)
    compare_cold_browsing(args.runs)

    plain = median_ms(lambda: client.get("/th/areas/health/"), args.runs)
    directory = median_ms(lambda: client.get("/th/ventures/", {"q": "ชุมชน"}), args.runs)
    print(
        f"  directory page (broad search, facets) vs area page (12 newest, no search): {directory:.1f} vs "
        f"{plain:.1f} ms (x{directory / plain:.1f})"
    )


if __name__ == "__main__":
    main()
