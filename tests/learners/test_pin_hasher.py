"""PINs are kept with their own hasher (learners/hashers.py): hashed, never stored, at a work
factor fit for 4 to 6 digits; a PIN kept with Django's default is kept again at sign-in; staff
passwords keep Django's default."""

from unittest.mock import patch

import pytest
from django.conf import global_settings
from django.contrib.auth.hashers import get_hasher, identify_hasher, make_password
from django.test import override_settings

from learners.hashers import PinHasher
from learners.models import Learner
from learners.services import sessions
from tests.learners.factories import LearnerFactory
from tests.portal.factories import UserFactory

pytestmark = [pytest.mark.django_db, pytest.mark.own_data]

AS_IN_PRODUCTION = override_settings(
    PASSWORD_HASHERS=[*global_settings.PASSWORD_HASHERS, "learners.hashers.PinHasher"],
    PIN_HASHER=PinHasher.algorithm,
)


@AS_IN_PRODUCTION
def test_a_new_pin_is_kept_with_the_pin_hasher_and_opens_only_with_itself():
    learner = LearnerFactory(pin="135790")
    hasher = identify_hasher(learner.pin_hash)
    assert hasher.algorithm == "pbkdf2_sha256_pin"
    assert "135790" not in learner.pin_hash
    assert hasher.decode(learner.pin_hash)["iterations"] == PinHasher.iterations == 100_000
    assert learner.check_pin("135790") and not learner.check_pin("135791")


@AS_IN_PRODUCTION
def test_a_pin_kept_with_djangos_default_opens_and_is_kept_again_with_the_pin_hasher():
    learner = LearnerFactory()
    Learner.objects.filter(pk=learner.pk).update(pin_hash=make_password("2468"))
    learner.refresh_from_db()
    assert identify_hasher(learner.pin_hash).algorithm == "pbkdf2_sha256"

    assert not learner.check_pin("1111")  # a wrong PIN changes nothing
    learner.refresh_from_db()
    assert identify_hasher(learner.pin_hash).algorithm == "pbkdf2_sha256"

    assert learner.check_pin("2468")
    learner.refresh_from_db()
    assert identify_hasher(learner.pin_hash).algorithm == "pbkdf2_sha256_pin"
    assert learner.check_pin("2468")


@AS_IN_PRODUCTION
def test_staff_passwords_and_an_unknown_code_keep_their_hashers():
    user = UserFactory()
    user.set_password("mat-khau-dai-cua-can-bo")
    assert identify_hasher(user.password).algorithm == get_hasher().algorithm == "pbkdf2_sha256"
    # An unknown code costs a PIN's hashing, so the time taken does not tell codes apart.
    sessions._unused_hash.cache_clear()
    with patch.object(sessions, "check_password", wraps=sessions.check_password) as spy:
        assert sessions.pin_matches(None, "2468") is False
    assert identify_hasher(spy.call_args.args[1]).algorithm == PinHasher.algorithm
