"""Searching the directory (the same tests run on SQLite and on PostgreSQL).

Results are read from the API, which lists the same ventures in the same order as the page
(tests/registry/test_directory.py proves that).
"""

import pytest
from django.core.management import call_command

from registry.models import Country, Province, SearchTerm, VentureSearchDocument
from registry.models.ventures import VentureStatus
from registry.search.index import reindex_venture

pytestmark = pytest.mark.django_db


def test_a_thai_word_inside_longer_thai_text(make_venture, reindex, api_search):
    make_venture(slug="waste-bank", name_th="ธนาคารขยะ", description_th="ชาวบ้านคัดแยกขยะรีไซเคิลแล้วนำไปขายเพื่อสร้างรายได้")
    make_venture(slug="coffee", name_th="กาแฟดอย", description_th="ปลูกกาแฟใต้ร่มไม้")
    reindex()
    assert api_search(q="รีไซเคิล") == ["waste-bank"]
    assert api_search(q="สร้างรายได้") == ["waste-bank"]


def test_a_part_of_a_thai_compound_is_found(make_venture, reindex, api_search):
    # The segmenter keeps ผู้สูงอายุ whole; สูงอายุ is still found inside it.
    make_venture(slug="elderly-care", name_th="บ้านอุ่นใจ", summary_th="ดูแลผู้สูงอายุที่บ้าน")
    make_venture(slug="kids", name_th="ห้องสมุดเด็ก", summary_th="หนังสือสำหรับเด็กเล็ก")
    reindex()
    assert api_search(q="สูงอายุ") == ["elderly-care"]
    assert api_search(q="ผู้สูงอายุ") == ["elderly-care"]


def test_inside_words_a_name_still_ranks_above_a_description(make_venture, reindex, api_search):
    # The older venture has the name match: ties would put the newer one first.
    make_venture(slug="in-name", name_th="ชมรมผู้สูงอายุบ้านดอน")
    make_venture(slug="in-description", name_th="บ้านอุ่นใจ", description_th="อาสาสมัครเยี่ยมผู้สูงอายุทุกสัปดาห์")
    reindex()
    assert api_search(q="สูงอายุ") == ["in-name", "in-description"]


def test_an_english_word_any_case(make_venture, reindex, api_search):
    make_venture(slug="solar", name_en="Solar Pumps for Farms", summary_en="Clean irrigation.")
    make_venture(slug="library", name_en="Mobile Library")
    reindex()
    assert api_search(q="solar") == ["solar"]
    assert api_search(q="IRRIGATION") == ["solar"]
    assert api_search(q="farm") == ["solar"]  # inside "farms"


def test_vietnamese_with_diacritics(make_venture, reindex, api_search):
    vietnam = Country.objects.get(iso2="VN")
    make_venture(slug="coop", name_en="Hợp tác xã Nông nghiệp Xanh", country=vietnam, province=None)
    make_venture(slug="other", name_en="Hop tac", country=vietnam, province=None)
    reindex()
    assert api_search(q="nông nghiệp") == ["coop"]
    assert api_search(q="HỢP TÁC XÃ") == ["coop"]


def test_lao_script_substring(make_venture, reindex, api_search):
    laos = Country.objects.get(iso2="LA")
    make_venture(
        slug="lao-coop",
        name_en="Lao weavers",
        summary_th="",
        description_en="ສະຫະກອນແມ່ຍິງທໍຜ້າ",
        country=laos,
        province=None,
    )
    reindex()
    assert api_search(q="ແມ່ຍິງ") == ["lao-coop"]  # a word inside an unsegmented Lao run


def test_a_name_match_ranks_above_a_summary_above_a_description(make_venture, reindex, api_search):
    make_venture(slug="in-description", name_en="Green Roofs", description_en="We also compost food waste.")
    make_venture(slug="in-name", name_en="Compost Collective")
    make_venture(slug="in-summary", name_en="Soil Doctors", summary_en="Compost for schools.")
    reindex()
    assert api_search(q="compost") == ["in-name", "in-summary", "in-description"]


def test_whole_word_matches_rank_above_matches_inside_other_words(make_venture, reindex, api_search):
    # นา (rice field) is inside ธนาคาร (bank): a bank named for it must not come first.
    make_venture(slug="paddy", name_th="ข้าวอินทรีย์ชุมชน", summary_th="ชาวนาปลูกข้าวในนา")
    make_venture(slug="bank", name_th="ธนาคารข้าวชุมชน")  # newer: would win a tie
    reindex()
    assert api_search(q="นา") == ["paddy", "bank"]


def test_all_words_are_required_phrases_keep_order_and_minus_excludes(make_venture, reindex, api_search):
    make_venture(slug="organic-coffee", name_th="กาแฟอินทรีย์", summary_en="organic coffee from the hills")
    make_venture(slug="organic-rice", name_th="ข้าวอินทรีย์", summary_en="rice farming, organic")
    make_venture(slug="coffee-shop", name_th="ร้านกาแฟ", summary_en="coffee shop")
    reindex()
    assert api_search(q="อินทรีย์ กาแฟ") == ["organic-coffee"]
    assert sorted(api_search(q="อินทรีย์")) == ["organic-coffee", "organic-rice"]
    assert api_search(q="อินทรีย์ -กาแฟ") == ["organic-rice"]
    assert api_search(q='"organic coffee"') == ["organic-coffee"]
    assert api_search(q='"coffee organic"') == []
    assert sorted(api_search(q="coffee -hills")) == ["coffee-shop"]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("สุขภาพ", ["clinic"]),  # the health area's Thai name
        ("health", ["clinic"]),
        ("disaster", ["flood"]),  # "Disaster management" area
        ("เชียงใหม่", ["clinic"]),  # province, Thai
        ("Chiang Mai", ["clinic"]),
        ("Lampang", ["flood"]),  # province, English
        ("ภาคเหนือ", ["clinic", "flood"]),  # region
        ("เวียดนาม", ["hanoi"]),  # country, Thai
        ("Viet Nam", ["hanoi"]),
    ],
)
def test_found_by_the_names_of_its_areas_province_region_and_country(
    make_venture, reindex, api_search, query, expected
):
    make_venture(slug="clinic", name_th="คลินิกชุมชน", areas=["health"], province=Province.objects.get(abbr_en="CMI"))
    make_venture(
        slug="flood",
        name_th="เตือนภัยน้ำท่วม",
        areas=["disaster-management"],
        province=Province.objects.get(abbr_en="LPG"),
    )
    make_venture(
        slug="hanoi",
        name_en="Hanoi makers",
        areas=["finance-employment-welfare"],
        country=Country.objects.get(iso2="VN"),
        province=None,
    )
    reindex()
    assert sorted(api_search(q=query)) == sorted(expected)


def test_drafts_submitted_rejected_and_archived_ventures_never_appear(make_venture, reindex, api_search, client):
    make_venture(slug="public", name_th="กาแฟสาธารณะ")
    hidden = [
        make_venture(slug=f"hidden-{status}", name_th=f"กาแฟ {status}", status=status)
        for status in (VentureStatus.DRAFT, VentureStatus.SUBMITTED, VentureStatus.REJECTED, VentureStatus.ARCHIVED)
    ]
    reindex()
    for venture in hidden:
        reindex_venture(venture.pk)  # even asked directly, the index keeps no document for them
    assert api_search(q="กาแฟ") == ["public"]
    assert api_search() == ["public"]
    assert VentureSearchDocument.objects.count() == 1
    for venture in hidden:
        assert client.get(f"/th/ventures/{venture.slug}/").status_code == 404
        assert client.get(f"/api/v1/ventures/{venture.slug}/").status_code == 404
    page = client.get("/th/ventures/", {"q": "กาแฟ"}).content.decode()
    assert "hidden-" not in page


def test_did_you_mean_corrects_a_missing_tone_mark_and_a_typo(make_venture, reindex, client):
    make_venture(slug="homestay", name_th="หมู่บ้านท่องเที่ยวริมน้ำ", summary_en="Community tourism and coffee")
    make_venture(slug="cafe", name_th="การท่องเที่ยวเชิงเกษตร", summary_en="A coffee farm")
    reindex()
    for typed, expected in (("ท่องเทียว", "ท่องเที่ยว"), ("cofee", "coffee")):
        response = client.get("/api/v1/ventures/", {"q": typed})
        assert response.json()["count"] == 0
        assert response.json()["suggestion"] == expected
        page = client.get("/th/ventures/", {"q": typed}).content.decode()
        assert "หรือคุณหมายถึง" in page and f">{expected}</a>" in page
    corrected = client.get("/api/v1/ventures/", {"q": "ท่องเที่ยว"}).json()
    assert corrected["count"] == 2 and corrected["suggestion"] is None


def test_a_search_without_words_to_correct_has_a_null_suggestion(make_venture, reindex, client):
    make_venture(slug="coffee", name_en="Coffee")
    reindex()
    assert client.get("/api/v1/ventures/", {"q": "coffee"}).json()["suggestion"] is None
    assert "suggestion" not in client.get("/api/v1/ventures/").json()


def test_broad_searches_cap_the_count(make_venture, reindex, client, monkeypatch):
    for i in range(5):
        make_venture(slug=f"coffee-{i}", name_en=f"Coffee {i}")
    reindex()
    monkeypatch.setattr("registry.search.engine.COUNT_CAP", 3)
    body = client.get("/api/v1/ventures/", {"q": "coffee"}).json()
    assert (body["count"], body["count_capped"]) == (3, True)
    page = client.get("/en/ventures/", {"q": "coffee"}).content.decode()
    assert "More than 3 ventures" in page
    # Facets of so broad a search count a sample (the first COUNT_CAP + 1 matches): lower bounds.
    assert '<span class="facet-count">4+</span>' in page
    assert "the numbers count the first 1,000 matching ventures" in page


def test_results_past_the_ranking_window_follow_newest_first_and_none_is_lost(
    make_venture, reindex, api_search, monkeypatch, settings
):
    settings.REGISTRY_DIRECTORY_PAGE_SIZE = 2
    for i in range(5):
        make_venture(slug=f"tea-{i}", name_en=f"Tea {i}" if i == 4 else f"Garden {i}", summary_en="tea")
    reindex()
    monkeypatch.setattr("registry.search.engine.RANK_WINDOW", 1)
    pages = [api_search(q="tea", page=n) for n in (1, 2, 3)]
    everything = [slug for page in pages for slug in page]
    assert everything[0] == "tea-4"  # the name match is ranked first
    assert sorted(everything) == [f"tea-{i}" for i in range(5)]


def test_publishing_and_archiving_through_the_services_updates_the_index(
    make_venture, django_capture_on_commit_callbacks, api_search
):
    from registry.models import SocialArea
    from registry.services.moderation import venture_archive, venture_publish
    from registry.services.profile import venture_set_areas
    from tests.factories import ReviewerFactory

    reviewer = ReviewerFactory()
    venture = make_venture(slug="river", name_th="ฟื้นฟูแม่น้ำ", status=VentureStatus.SUBMITTED)
    assert api_search(q="แม่น้ำ") == []
    with django_capture_on_commit_callbacks(execute=True):
        venture_publish(venture=venture, by=reviewer)
    assert api_search(q="แม่น้ำ") == ["river"]

    with django_capture_on_commit_callbacks(execute=True):
        venture_set_areas(
            venture=venture,
            areas=[SocialArea.objects.get(slug="health")],
            primary=SocialArea.objects.get(slug="health"),
        )
    assert api_search(q="สุขภาพ") == ["river"]

    with django_capture_on_commit_callbacks(execute=True):
        venture_archive(venture=venture, by=reviewer)
    assert api_search(q="แม่น้ำ") == []
    assert not SearchTerm.objects.filter(term="แม่น้ำ").exists()


def test_reindexing_twice_changes_nothing(make_venture):
    first = make_venture(slug="a", name_th="กาแฟดอย")
    second = make_venture(slug="b", name_th="กาแฟอินทรีย์")
    for _ in range(2):
        reindex_venture(first.pk)
        reindex_venture(second.pk)
    assert SearchTerm.objects.get(term="กาแฟ").frequency == 2
    assert VentureSearchDocument.objects.count() == 2


def test_rebuild_command_indexes_every_published_venture(make_venture, api_search):
    make_venture(slug="one", name_th="น้ำสะอาด")
    make_venture(slug="two", name_th="น้ำประปาหมู่บ้าน")
    make_venture(slug="draft", name_th="น้ำ", status=VentureStatus.DRAFT)
    call_command("rebuild_search_index", "--jobs", "1", "--no-progress", stdout=__import__("io").StringIO())
    assert sorted(api_search(q="น้ำ")) == ["one", "two"]
    assert SearchTerm.objects.get(term="น้ำสะอาด").frequency == 1
