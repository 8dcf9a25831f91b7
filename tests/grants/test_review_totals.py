"""The reviewers' totals use the criteria's weights, as the call page tells applicants they do."""

import re
from decimal import Decimal
from typing import Any

import pytest
from django.test import Client
from django.urls import reverse

from grants.models import ApplicationStatus
from tests.factories import (
    ApproverFactory,
    GrantApplicationFactory,
    ReviewCriterionFactory,
    ReviewFactory,
    ReviewScoreFactory,
)

pytestmark = pytest.mark.django_db

# NIA's project-grant criteria: four criteria out of 5, innovation and impact weighted 1.5.
WEIGHTS = ("1.00", "1.50", "1.00", "1.50")


def scored_application() -> Any:
    application = GrantApplicationFactory.create(status=ApplicationStatus.IN_REVIEW)
    criteria = [
        ReviewCriterionFactory.create(call=application.call, max_score=5, weight=Decimal(w), order=i)
        for i, w in enumerate(WEIGHTS)
    ]
    for scores in ((4, 5, 3, 2), (5, 2, 5, 4)):
        review = ReviewFactory.create(application=application)
        for criterion, score in zip(criteria, scores, strict=True):
            ReviewScoreFactory.create(review=review, criterion=criterion, score=score)
    return application


def page_text(html: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html))


@pytest.mark.parametrize(("language", "label"), [("en", "Weighted total (/25)"), ("th", "คะแนนรวมถ่วงน้ำหนัก (/25)")])
def test_the_approver_sees_weighted_totals_out_of_the_weighted_maximum(language: str, label: str) -> None:
    application = scored_application()
    client = Client(HTTP_ACCEPT_LANGUAGE=language)
    client.force_login(ApproverFactory.create())
    html = client.get(reverse("admin:grants_grantapplication_change", args=[application.pk])).content.decode()
    table = page_text(html.split('id="review-scores"', 1)[1].split("</table>", 1)[0])
    # By hand: 4×1 + 5×1.5 + 3×1 + 2×1.5 = 17.5 and 5×1 + 2×1.5 + 5×1 + 4×1.5 = 19, of 5+7.5+5+7.5 = 25;
    # their mean 18.25. Unweighted they would be 14 and 16 of 20.
    assert label in table
    assert re.search(r"\(/25\) [^0-9]*17\.5 19 18\.25", table), table
    assert "(/20)" not in table
    # The reviews listed on the application carry the same weighted totals.
    text = page_text(html)
    assert "17.5 / 25" in text and "19 / 25" in text
