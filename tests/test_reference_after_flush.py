"""Transactional tests flush the database; the reference data must be back for the next one."""

import pytest

from registry.models import Province, SocialArea


@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize("run", [1, 2])
def test_each_transactional_test_starts_with_the_reference_data(run: int) -> None:
    assert SocialArea.objects.count() == 9
    assert Province.objects.count() == 77
    if run == 1:  # the flush after this test removes the reference data anyway; make it certain
        SocialArea.objects.all().delete()
