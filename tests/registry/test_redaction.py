"""Erasure finds a phone number however it was written, and nothing that only looks like it."""

import pytest

from registry.redaction import Redactor, name_parts, national_number

WRITTEN = [
    "081-234-5678",
    "0812345678",
    "081 234 5678",
    "081.234.5678",
    "(081) 234-5678",
    "+66 81 234 5678",
    "+66812345678",
    "+66 (0)81 234 5678",
    "0066 81 234 5678",
    "๐๘๑-๒๓๔-๕๖๗๘",
    "๐๘๑๒๓๔๕๖๗๘",
]


@pytest.mark.parametrize("written", WRITTEN)
def test_every_way_of_writing_the_number_is_found(written: str) -> None:
    redactor = Redactor([], ["081-234-5678"])
    assert redactor.text(f"Call {written} today") == "Call [erased] today"


@pytest.mark.parametrize("phone", WRITTEN)
def test_the_number_given_in_any_form_means_the_same_digits(phone: str) -> None:
    assert national_number(phone) == "812345678"


def test_other_numbers_and_longer_numbers_are_left_alone() -> None:
    redactor = Redactor([], ["081-234-5678"])
    text = "Juristic ID 0812345678123, phone 081-234-5679, founded 2567"
    assert redactor.text(text) == text


def test_too_short_a_number_is_not_looked_for() -> None:
    assert national_number("1234") == ""
    assert not Redactor([], ["1234"])


def test_names_and_email_match_whatever_the_case_and_json_is_walked() -> None:
    redactor = Redactor(["somsri@example.org", *name_parts("Somsri Jaidee", "สมศรี ใจดี")], ["02-123-4567"])
    data = {"name": "SOMSRI's shop", "notes": ["ใจดี ๐๒ ๑๒๓ ๔๕๖๗", {"Somsri@Example.ORG": 1}]}
    assert redactor.json(data) == {"name": "[erased]'s shop", "notes": ["[erased] [erased]", {"[erased]": 1}]}
