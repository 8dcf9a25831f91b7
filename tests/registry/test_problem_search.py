"""Searching by describing a problem (docs/search.md): sentences, compounds, stems, folding,
the thesaurus (Thai ↔ English, colloquial ↔ formal, place aliases), the partial-match notice,
"did you mean" for sentences, and why each result matched.

Every corpus here is written by hand in the test; the expected ventures are the ones a reader
would pick, not what the engine's tables say.
"""

from collections.abc import Callable, Iterator
from typing import Any, cast

import pytest
from django.core.management import call_command
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from registry.apps import _rebuild_outdated_index
from registry.models import Concept, ConceptTerm, Country, SearchKey, SearchPosting, SocialArea, User
from registry.search import thesaurus
from registry.search.index import index_outdated, reindex_venture
from registry.search.reindex import reindex_for_concepts
from tests import factories
from tests.support.opendata import body, read_csv

pytestmark = pytest.mark.django_db


@pytest.fixture
def thesaurus_restored() -> Iterator[None]:
    """A test that edits the thesaurus leaves no edited copy in the process's matcher cache."""
    yield
    thesaurus.bump_version()


@pytest.fixture
def search(client: Client) -> Callable[..., dict[str, Any]]:
    def run(q: str, **params: Any) -> dict[str, Any]:
        response = client.get("/api/v1/ventures/", {"q": q, **params})
        assert response.status_code == 200, response.content
        return response.json()

    return run


def slugs(page: dict[str, Any]) -> list[str]:
    return [row["slug"] for row in page["results"]]


@pytest.fixture
def corpus(make_venture: Callable[..., Any], reindex: Callable[[], None]) -> None:
    make_venture(
        slug="after-school",
        name_th="บ้านอุ่นหลังเลิกเรียน",
        summary_th="พื้นที่ปลอดภัยให้เด็กทำการบ้านและอ่านหนังสือหลังเลิกเรียน ระหว่างที่พ่อแม่ยังทำงานอยู่",
        areas=["public-sector-education"],
    )
    make_venture(
        slug="river-guardians",
        name_en="River Guardians",
        summary_en="Volunteers collect plastic waste and litter from canals and rivers every weekend.",
        areas=["environmental-conservation"],
    )
    make_venture(
        slug="book-bank",
        name_en="Book Bank",
        summary_en="Lends second-hand textbooks to low-income students for the whole school year.",
        areas=["public-sector-education"],
    )
    make_venture(
        slug="water-filters",
        name_th="โรงกรองน้ำโรงเรียน",
        summary_th="ติดตั้งเครื่องกรองให้โรงเรียนชนบทมีน้ำดื่มที่สะอาดตลอดปี",
        areas=["food-water-energy"],
    )
    make_venture(
        slug="vientiane-solar",
        name_en="Solar Lanterns",
        summary_en="Solar lanterns for night markets.",
        country=Country.objects.get(iso2="LA"),
        province=None,
        areas=["food-water-energy"],
    )
    make_venture(
        slug="silver-visits",
        name_en="Silver Visits",
        summary_en="Volunteers visit older people who live alone and check on them every day.",
        areas=["health"],
    )
    make_venture(
        slug="inclusive-cafe",
        name_en="Inclusive Cafe",
        summary_en="A cafe that trains and employs people with disabilities as baristas.",
        areas=["finance-employment-welfare"],
    )
    make_venture(
        slug="waste-bank",
        name_th="ธนาคารขยะชุมชน",
        summary_th="ชาวบ้านนำขยะรีไซเคิลมาแลกเป็นเงินออม",
        areas=["environmental-conservation"],
    )
    make_venture(
        slug="flood-warning",
        name_en="Flood Alert",
        summary_en="Flooding early warning by text message for riverside villages.",
        areas=["disaster-management"],
    )
    make_venture(
        slug="nuoc-sach",
        name_en="Nước sạch cho làng",
        summary_en="Village water kiosks in the Mekong delta.",
        country=Country.objects.get(iso2="VN"),
        province=None,
        areas=["food-water-energy"],
    )
    make_venture(
        slug="durian-market",
        name_th="ตลาดทุเรียนออนไลน์",
        summary_th="ขายทุเรียนตรงจากสวนถึงผู้บริโภค",
        areas=["sustainable-agriculture"],
    )
    reindex()


@pytest.mark.parametrize(
    ("q", "expected"),
    [
        ("ผู้ปกครองไม่มีเวลาดูแลลูกหลังเลิกเรียน", "after-school"),
        ("too much waste in our rivers", "river-guardians"),
        ("students cannot afford textbooks", "book-bank"),
        ("น้ำสะอาด", "water-filters"),
        ("Laos", "vientiane-solar"),
        ("elderly care", "silver-visits"),
        ("คนพิการหางานทำไม่ได้", "inclusive-cafe"),  # Thai words, an English-only venture
        ("recycling", "waste-bank"),  # an English word, a Thai-only venture
        ("floods", "flood-warning"),  # stem: flood(s) = flooding
        ("nuoc sach", "nuoc-sach"),  # folded Vietnamese
    ],
)
def test_a_description_finds_the_venture_that_solves_it(corpus: None, search: Any, q: str, expected: str) -> None:
    found = slugs(search(q))
    assert found, f"{q!r} found nothing"
    assert found[0] == expected, f"{q!r}: {found}"


def test_sentences_get_no_nonsense_correction(corpus: None, search: Any) -> None:
    # River Guardians has every content word of the first ("waste", "rivers"); no venture says "afford".
    for q, partial in (("too much waste in our rivers", False), ("students cannot afford textbooks", True)):
        page = search(q)
        assert page["suggestion"] is None, (q, page["suggestion"])
        assert page["partial_match"] is partial, q


def test_a_misspelt_keyword_still_gets_did_you_mean(corpus: None, search: Any) -> None:
    page = search("ทุเรีญ")
    assert page["suggestion"] == "ทุเรียน"


def test_keywords_found_together_keep_the_precise_results(corpus: None, search: Any) -> None:
    page = search("ทุเรียน")
    assert slugs(page) == ["durian-market"]
    assert page["partial_match"] is False


def test_function_words_alone_find_nothing(corpus: None, search: Any) -> None:
    assert slugs(search("the of in")) == []
    assert slugs(search("ที่ ของ ใน")) == []


def test_quoted_phrases_and_exclusions_hold_in_a_description(corpus: None, search: Any) -> None:
    described = "volunteers visit people at home"
    assert {"river-guardians", "silver-visits"} <= set(slugs(search(described)))
    assert slugs(search(f'{described} "older people"')) == ["silver-visits"]
    assert "silver-visits" not in slugs(search(f"{described} -alone"))


def test_the_page_explains_and_highlights_a_concept_match(
    corpus: None, make_venture: Any, reindex: Callable[[], None], client: Client
) -> None:
    make_venture(
        slug="job-coach",
        name_th="โค้ชงาน",
        summary_th="ฝึกอาชีพและหางานให้ผู้พิการในจังหวัด",
        areas=["finance-employment-welfare"],
    )
    reindex()
    thai = client.get("/th/ventures/", {"q": "คนพิการอยากมีงานทำ"}).content.decode()
    assert "<mark>ผู้พิการ</mark>" in thai
    assert "ตรงกับ:" in thai
    assert "ไม่มีกิจการใดตรงกับทุกคำที่พิมพ์" in thai
    english = client.get("/en/ventures/", {"q": "disabled people want jobs"}).content.decode()
    assert "Matches:" in english
    assert "<mark>people with disabilities</mark>" in english
    assert "match part of your description" in english


def test_the_api_says_which_terms_matched(corpus: None, search: Any) -> None:
    page = search("elderly care")
    first = page["results"][0]
    assert first["slug"] == "silver-visits"
    assert first["matched_terms"], first
    assert all(row["matched_terms"] == [] for row in search("")["results"])


def test_the_schema_records_the_new_fields(client: Client) -> None:
    schema = client.get("/api/schema/", {"format": "json"}).json()
    components = schema["components"]["schemas"]
    result = components["VentureSearchResult"]["properties"]
    assert result["matched_terms"]["type"] == "array"
    assert "partial_match" in components["VentureSearchPage"]["properties"]


def test_a_staff_edit_of_the_thesaurus_reaches_search_without_a_rebuild(
    corpus: None, search: Any, django_capture_on_commit_callbacks: Any, thesaurus_restored: None
) -> None:
    assert slugs(search("durianfruit")) == []
    concept = Concept.objects.create(key="durian-test", label_th="ทุเรียน", label_en="durian")
    concept.areas.set([SocialArea.objects.get(slug="sustainable-agriculture")])
    with django_capture_on_commit_callbacks(execute=True):
        ConceptTerm.objects.create(concept=concept, language="th", term="ทุเรียน")
        ConceptTerm.objects.create(concept=concept, language="en", term="durianfruit")
        reindexed = reindex_for_concepts([concept.key], ["ทุเรียน", "durianfruit"])
    assert reindexed == 1  # the one venture that says ทุเรียน, not the whole index
    assert slugs(search("durianfruit")) == ["durian-market"]


def test_the_admin_edits_concepts(
    corpus: None, search: Any, client: Client, django_capture_on_commit_callbacks: Any, thesaurus_restored: None
) -> None:
    client.force_login(cast(User, factories.SuperuserFactory()))
    response = client.get("/admin/registry/concept/")
    assert response.status_code == 200
    data = {
        "key": "night-markets-test",
        "label_th": "ตลาดกลางคืน",
        "label_en": "night market",
        "areas": [SocialArea.objects.get(slug="urbanisation").pk],
        "terms-TOTAL_FORMS": "2",
        "terms-INITIAL_FORMS": "0",
        "terms-MIN_NUM_FORMS": "0",
        "terms-MAX_NUM_FORMS": "1000",
        "terms-0-language": "th",
        "terms-0-term": "ไนท์บาซาร์",
        "terms-1-language": "en",
        "terms-1-term": "night market",
    }
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post("/admin/registry/concept/add/", data)
    assert response.status_code == 302, response.content.decode()[:2000]
    assert Concept.objects.get(key="night-markets-test").edited_in_admin
    assert slugs(search("ไนท์บาซาร์"))[0] == "vientiane-solar"


def test_loading_the_thesaurus_twice_changes_nothing(capsys: Any) -> None:
    call_command("load_thesaurus")
    call_command("load_thesaurus")
    assert ": 0 new, 0 changed;" in capsys.readouterr().out


def test_rarity_follows_what_is_published(make_venture: Callable[..., Any], reindex: Callable[[], None]) -> None:
    make_venture(slug="one", name_th="ออมสุข", summary_th="สหกรณ์ออมทรัพย์ของแม่บ้าน")
    reindex()
    assert SearchKey.objects.get(key="สหกรณ์").documents == 1
    second = make_venture(slug="two", name_th="กาแฟดอย", summary_th="สหกรณ์ผู้ปลูกกาแฟ")
    reindex_venture(second.pk)
    assert SearchKey.objects.get(key="สหกรณ์").documents == 2


def test_the_csv_of_a_description_lists_what_the_pages_list(corpus: None, client: Client, search: Any) -> None:
    q = "students cannot afford textbooks"
    rows = read_csv(body(client.get("/api/v1/ventures/", {"q": q, "format": "csv"})))
    assert [row["slug"] for row in rows] == slugs(search(q))
    assert rows[0]["slug"] == "book-bank"
    assert rows[0]["matched_terms"]  # the CSV says why, as the JSON does


def test_migrate_rebuilds_an_index_written_before_search_keys(
    make_venture: Callable[..., Any], reindex: Callable[[], None], search: Any
) -> None:
    make_venture(slug="shop", name_th="ร้านค้าชุมชน", summary_en="A village shop run by its members.")
    reindex()
    SearchPosting.objects.all().delete()  # as an index written by the previous release
    SearchKey.objects.all().delete()
    assert index_outdated()
    _rebuild_outdated_index(using="default", verbosity=0)  # what `migrate` runs when it ends
    assert not index_outdated()
    assert slugs(search("members of a village shop lost their income")) == ["shop"]


def test_a_misspelt_keyword_reads_no_postings(corpus: None, client: Client) -> None:
    """A typo in a keyword query is answered by "did you mean", not by ranking its other words:
    the search never reads the postings (it stays as fast as the keyword search)."""
    with CaptureQueriesContext(connection) as captured:
        page = client.get("/api/v1/ventures/", {"q": "ทุเรีญ"}).json()
    assert page["count"] == 0 and page["suggestion"] == "ทุเรียน"
    assert not [q["sql"] for q in captured.captured_queries if "registry_searchposting" in q["sql"]]
