"""No field of the campaign (or of a learner) can hold an ID number, a phone number, an account
name, a password, an OTP or a photo of a document: the commune's own rules, kept by a test."""

import re

import pytest
from django.apps import apps
from django.db import models

FORBIDDEN = re.compile(
    r"(cccd|cmnd|id_?number|identity|citizen_?id|phone|so_?dien_?thoai|sdt|account|username|"
    r"password|passcode|otp|photo|scan|document|bank|card)",
    re.IGNORECASE,
)
# Fields whose names match but hold none of those things.
ALLOWED = {
    ("learners", "Learner", "pin_hash"),  # the learner's own portal PIN, hashed
    ("community", "Household", "has_smartphone_online"),  # a yes/no, not a number
    ("community", "TrainerProfile", "user"),  # the trainer's staff account, not a citizen's
}


@pytest.mark.parametrize("app_label", ["community", "places", "learners"])
def test_no_field_for_numbers_accounts_secrets_or_documents(app_label):
    found = []
    for model in apps.get_app_config(app_label).get_models():
        for field in model._meta.get_fields():
            if field.auto_created and not field.concrete:
                continue
            key = (app_label, model.__name__, field.name)
            if key in ALLOWED:
                continue
            if FORBIDDEN.search(field.name) or FORBIDDEN.search(
                str(getattr(field, "verbose_name", ""))
            ):
                found.append(".".join(key))
            if isinstance(field, models.FileField):  # images and documents included
                found.append(".".join(key) + " (a file)")
    assert not found, found


def test_the_check_itself_catches_such_a_field():
    assert FORBIDDEN.search("so_dien_thoai") and FORBIDDEN.search("cccd_number")
    assert FORBIDDEN.search("vneid_password") and FORBIDDEN.search("otp_code")
    assert not FORBIDDEN.search("display_name")
