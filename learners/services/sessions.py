"""The phone in hand: which learner (or anonymous session) it is, signing in and out.

The only service module that takes a request: views resolve the learner here once
(``learner_for``) and pass a learner or a session key to the others.
"""

from __future__ import annotations

import secrets
from datetime import timedelta
from functools import cache

from django.conf import settings
from django.contrib.auth.hashers import check_password, make_password
from django.http import HttpRequest
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from core import throttle
from core.http import client_address

from ..codes import normalise
from ..models import Learner, QuizAttempt

SESSION_LEARNER = "learner_id"
# Learners who signed in or saved a record on this phone (ids only): a family sharing one phone
# switches between them, each with their own PIN (``switch``).
SESSION_PHONE_LEARNERS = "phone_learners"
MAX_PHONE_LEARNERS = 8
# Anonymous attempts this browser may see and save besides its own: the same form sent from
# several sessions at once (a first visitor's double tap) leads every copy to one attempt.
SESSION_CLAIMS = "claimed_attempts"
MAX_CLAIMS = 20
REMEMBER_PHONE = timedelta(days=365)
PIN_LOCK = timedelta(minutes=15)
PIN_TRIES_PER_CODE = throttle.Limit("pin:code", 5, PIN_LOCK)
PIN_TRIES_PER_ADDRESS = throttle.Limit("pin:address", 20, PIN_LOCK)


class SignInRefused(Exception):
    def __init__(self, message):
        super().__init__(str(message))
        self.message = message


def session_key(request: HttpRequest) -> str:
    """This browser's session key, making the session if it has none yet."""
    if not request.session.session_key:
        request.session.save()
    return request.session.session_key


def learner_for(request: HttpRequest) -> Learner | None:
    """The learner signed in on this phone, looked up once per request."""
    if not hasattr(request, "_learner"):
        learner_id = request.session.get(SESSION_LEARNER)
        request._learner = Learner.objects.filter(pk=learner_id).first() if learner_id else None
    return request._learner


def owner(request: HttpRequest) -> dict:
    """Who a new record belongs to: ``{"learner": …}`` or ``{"session_key": …}``."""
    learner = learner_for(request)
    return {"learner": learner} if learner else {"session_key": session_key(request)}


def remember(request: HttpRequest, learner: Learner) -> None:
    """Remember this phone for the learner until they sign out; the learner joins the list
    of this phone's learners."""
    request.session.cycle_key()
    request.session[SESSION_LEARNER] = learner.pk
    others = [pk for pk in phone_learner_ids(request) if pk != learner.pk]
    request.session[SESSION_PHONE_LEARNERS] = [*others, learner.pk][-MAX_PHONE_LEARNERS:]
    request.session.pop(SESSION_CLAIMS, None)
    request.session.set_expiry(REMEMBER_PHONE)
    request._learner = learner
    Learner.objects.filter(pk=learner.pk).update(last_seen_at=timezone.now())


def sign_out(request: HttpRequest) -> None:
    """Forget the learner on this phone; the phone's other learners stay on its list (each
    still needs their PIN to be opened)."""
    learner_id = request.session.get(SESSION_LEARNER)
    others = [pk for pk in phone_learner_ids(request) if pk != learner_id]
    request.session.flush()
    if others:
        request.session[SESSION_PHONE_LEARNERS] = others
        request.session.set_expiry(REMEMBER_PHONE)
    request._learner = None


def phone_learner_ids(request: HttpRequest) -> list[int]:
    ids = request.session.get(SESSION_PHONE_LEARNERS, [])
    return [pk for pk in ids if isinstance(pk, int)]


def other_phone_learners(request: HttpRequest) -> list[Learner]:
    """The phone's learners besides the one signed in: names to choose from, nothing more."""
    current = request.session.get(SESSION_LEARNER)
    ids = [pk for pk in phone_learner_ids(request) if pk != current]
    if not ids:
        return []
    found = {learner.pk: learner for learner in Learner.objects.filter(pk__in=ids)}
    return [found[pk] for pk in reversed(ids) if pk in found]  # the latest first


def phone_learner(request: HttpRequest, learner_id: int) -> Learner | None:
    """One of this phone's learners (never any other learner, whatever id is asked for)."""
    if learner_id not in phone_learner_ids(request):
        return None
    return Learner.objects.filter(pk=learner_id).first()


def switch(request: HttpRequest, learner: Learner, pin: str) -> Learner:
    """Open another of this phone's learners with THEIR PIN (the same counted limits as a
    sign-in); the learner who was open before needs their own PIN to come back."""
    opened = check_code_and_pin(learner.code, pin, client_address(request))
    remember(request, opened)
    return opened


def claims(request: HttpRequest) -> list[str]:
    return list(request.session.get(SESSION_CLAIMS, []))


# PINs ---------------------------------------------------------------------------------------


@cache
def _unused_pin_hash(hasher: str) -> str:
    """A hash that no PIN opens, made by ``hasher`` (the one new PINs get)."""
    return make_password(secrets.token_urlsafe(16))


def pin_matches(learner: Learner | None, pin: str) -> bool:
    """Check a PIN; an unknown code costs the same hashing, so the time taken tells nothing."""
    if learner is None:
        check_password(pin, _unused_pin_hash(settings.PASSWORD_HASHERS[0]))
        return False
    return learner.check_pin(pin)


def check_code_and_pin(code: str, pin: str, address: str) -> Learner:
    """The learner a code and PIN open; tries per code and per address are counted first."""
    code = normalise(code)
    limits = [(PIN_TRIES_PER_CODE, code), (PIN_TRIES_PER_ADDRESS, address)]
    if not throttle.take_turn(limits):
        raise SignInRefused(
            _("Too many wrong tries. Wait 15 minutes, or ask the commune's digital team for help.")
        )
    learner = Learner.objects.filter(code=code).first()
    if not pin_matches(learner, pin):
        raise SignInRefused(
            _("The learner code or the PIN is not right. Check them and try again.")
        )
    throttle.forget(PIN_TRIES_PER_CODE, code)
    throttle.give_back(PIN_TRIES_PER_ADDRESS, address)
    return learner


def sign_in(request: HttpRequest, code: str, pin: str) -> Learner:
    """Code plus PIN from this phone; on success the phone is remembered."""
    learner = check_code_and_pin(code, pin, client_address(request))
    remember(request, learner)
    return learner


def forget_pin_tries(code: str) -> None:
    """Drop the counts kept under a learner code (when the profile is deleted)."""
    throttle.forget(PIN_TRIES_PER_CODE, code)


# Attempts this browser may see ---------------------------------------------------------------


def claim(request: HttpRequest, attempt: QuizAttempt) -> None:
    """Let this browser see and save an anonymous attempt sent from another of its sessions."""
    if attempt.learner_id or attempt.session_key == session_key(request):
        return
    kept = [c for c in claims(request) if c != str(attempt.public_id)]
    request.session[SESSION_CLAIMS] = [*kept, str(attempt.public_id)][-MAX_CLAIMS:]


def may_see(request: HttpRequest, attempt: QuizAttempt) -> bool:
    """A learner sees their attempts; a browser its session's and the ones it claimed."""
    if attempt.learner_id:
        learner = learner_for(request)
        return bool(learner and learner.pk == attempt.learner_id)
    key = request.session.session_key
    return bool(key and attempt.session_key == key) or str(attempt.public_id) in claims(request)
