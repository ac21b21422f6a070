"""The phone in hand: which learner (or anonymous session) it is, signing in and out.

The only service module that takes a request: views resolve the learner here once
(``learner_for``) and pass a learner or a session key to the others.
"""

from __future__ import annotations

import secrets
from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta
from functools import cache

from django.contrib.auth.hashers import check_password, make_password
from django.http import HttpRequest
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.log_actions import log

from core import throttle
from core.http import client_address

from ..codes import new_recovery_code, normalise
from ..hashers import pin_hasher
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
# A recovery code just made, held only from the request that made it to the card page that
# shows it (one redirect), then dropped: “shown once”, and never kept beside its hash.
SESSION_FRESH_CARD = "fresh_recovery_code"
REMEMBER_PHONE = timedelta(days=365)
# Set when a person leaves this phone (sign-out, another learner opened): the next page tells
# its script to clear what the browser kept about them (docs/architecture.md, “Offline”).
SESSION_CLEAR_PERSONAL = "clear_personal"
PIN_LOCK = timedelta(minutes=15)
SINCE_RIGHT = timedelta(hours=24)


@dataclass(frozen=True)
class Counted:
    """The counts a secret (a PIN, a recovery code) is tried under, besides the address's."""

    # Five wrong tries for one learner code, from anywhere, lock that code (and only it).
    per_code: throttle.Limit
    # And at most this many in a day: guessers spread over many addresses would otherwise get
    # five every 15 minutes (480 a day, half of all 4-digit PINs in ten days). Past it, only the
    # learner card or a staff reset opens the code until the day is over.
    per_code_day: throttle.Limit
    # Tries on a code since it last opened (a day at most): its first one is the try that
    # a busy address may still make (see ``PIN_TRIES_PER_ADDRESS``).
    since_right: throttle.Limit
    # The tries one address made on one code, given back to the address when the code opens.
    per_code_and_address: throttle.Limit
    wrong: str


# One address: a class at the commune hall shares one Wi-Fi, so the address is never locked
# as a whole. It counts wrong tries that were not put right: when a code opens, the tries
# this address made on that code are given back (a typo, then the right PIN, is no guess).
# Past 20 such tries in 15 minutes the address may still try a code that nobody got wrong
# since it last opened (so a person who types their PIN right is never refused), but only
# that once: a guesser gets one more try per learner code it knows, once a day, not five
# every 15 minutes.
PIN_TRIES_PER_ADDRESS = throttle.Limit("pin:address", 20, PIN_LOCK)
PIN = Counted(
    per_code=throttle.Limit("pin:code", 5, PIN_LOCK),
    per_code_day=throttle.Limit("pin:code-day", 15, timedelta(hours=24)),
    since_right=throttle.Limit("pin:code-since-right", 1, SINCE_RIGHT),
    per_code_and_address=throttle.Limit("pin:code-address", 5, PIN_LOCK),
    wrong=_("The learner code or the PIN is not right. Check them and try again."),
)
PIN_TRIES_PER_CODE = PIN.per_code
# The learner card's recovery code: counted the same way, under counts of its own per code,
# so a person who forgot their PIN and tried five can still use their card; the address's
# count is the PINs' one.
RECOVERY = Counted(
    per_code=throttle.Limit("recovery:code", 5, PIN_LOCK),
    per_code_day=throttle.Limit("recovery:code-day", 15, timedelta(hours=24)),
    since_right=throttle.Limit("recovery:code-since-right", 1, SINCE_RIGHT),
    per_code_and_address=throttle.Limit("recovery:code-address", 5, PIN_LOCK),
    wrong=_("The learner code or the recovery code is not right. Check them and try again."),
)


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
        request._learner = None
        if learner_id:
            # The phone's other learners in the same query (their names are shown beside).
            found = {
                learner.pk: learner
                for learner in Learner.objects.filter(
                    pk__in={learner_id, *phone_learner_ids(request)}
                )
            }
            request._learner = found.pop(learner_id, None)
            request._phone_learners = found
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
    request.session.pop(SESSION_FRESH_CARD, None)
    request.session.set_expiry(REMEMBER_PHONE)
    request._learner = learner
    Learner.objects.filter(pk=learner.pk).update(last_seen_at=timezone.now())


def show_once(request: HttpRequest, learner: Learner, recovery_code: str) -> None:
    """Hand a new recovery code to the next page (the card), for this learner only."""
    request.session[SESSION_FRESH_CARD] = [learner.pk, recovery_code]


def take_fresh_code(request: HttpRequest, learner: Learner) -> str:
    """The recovery code made just before, once; an empty string after that."""
    held = request.session.pop(SESSION_FRESH_CARD, None)
    if isinstance(held, list) and len(held) == 2 and held[0] == learner.pk:
        return str(held[1])
    return ""


def sign_out(request: HttpRequest) -> None:
    """Forget the learner on this phone; the phone's other learners stay on its list (each
    still needs their PIN to be opened)."""
    learner_id = request.session.get(SESSION_LEARNER)
    others = [pk for pk in phone_learner_ids(request) if pk != learner_id]
    request.session.flush()
    if others:
        request.session[SESSION_PHONE_LEARNERS] = others
        request.session.set_expiry(REMEMBER_PHONE)
    request.session[SESSION_CLEAR_PERSONAL] = True
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
    found = getattr(request, "_phone_learners", None)
    if found is None or not set(ids) <= set(found):
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
    request.session[SESSION_CLEAR_PERSONAL] = True
    return opened


def take_clear_personal(request: HttpRequest) -> bool:
    """Whether a person just left this phone (once)."""
    return bool(request.session.pop(SESSION_CLEAR_PERSONAL, False))


def claims(request: HttpRequest) -> list[str]:
    return list(request.session.get(SESSION_CLAIMS, []))


# PINs ---------------------------------------------------------------------------------------


@cache
def _unused_hash(hasher: str) -> str:
    """A hash that nothing typed opens, made by ``hasher``."""
    return make_password(secrets.token_urlsafe(16), hasher=hasher)


def pin_matches(learner: Learner | None, pin: str) -> bool:
    """Check a PIN; an unknown code costs the same hashing, so the time taken tells nothing."""
    if learner is None:
        check_password(pin, _unused_hash(pin_hasher()))
        return False
    return learner.check_pin(pin)


def recovery_matches(learner: Learner | None, recovery_code: str) -> bool:
    """Check a recovery code; an unknown code, or a learner without a card, costs the same."""
    if learner is None or not learner.has_recovery_code:
        check_password(recovery_code, _unused_hash("default"))
        return False
    return learner.check_recovery_code(recovery_code)


def open_counted(
    code: str, address: str, matches: Callable[[Learner | None], bool], counted: Counted = PIN
) -> Learner:
    """The learner a code and a secret open; tries are counted first (see the limits above)."""
    code = normalise(code)
    pair = f"{code}:{address}"
    by_code, by_day, since_right, by_address, _pair = throttle.count_tries(
        [
            (counted.per_code, code),
            (counted.per_code_day, code),
            (counted.since_right, code),
            (PIN_TRIES_PER_ADDRESS, address),
            (counted.per_code_and_address, pair),
        ]
    )
    if by_day > counted.per_code_day.tries:
        raise SignInRefused(
            _(
                "Too many wrong tries for this code today. Use your learner card (“Forgot your "
                "PIN?”), or ask the commune's digital team to set a new PIN."
            )
        )
    if by_code > counted.per_code.tries:
        raise SignInRefused(
            _("Too many wrong tries. Wait 15 minutes, or ask the commune's digital team for help.")
        )
    if by_address > PIN_TRIES_PER_ADDRESS.tries and since_right > counted.since_right.tries:
        raise SignInRefused(
            _(
                "Too many wrong tries from this network for this code. Wait 15 minutes, or ask "
                "the commune's digital team for help."
            )
        )
    learner = Learner.objects.filter(code=code).first()
    if not matches(learner):
        raise SignInRefused(counted.wrong)
    throttle.forget(counted.per_code, code)
    throttle.forget(counted.per_code_day, code)
    throttle.forget(counted.since_right, code)
    throttle.redeem(counted.per_code_and_address, pair, PIN_TRIES_PER_ADDRESS, address)
    return learner


def check_code_and_pin(code: str, pin: str, address: str) -> Learner:
    """The learner a code and PIN open; tries per code and per address are counted first."""
    return open_counted(code, address, lambda learner: pin_matches(learner, pin))


def sign_in(request: HttpRequest, code: str, pin: str) -> Learner:
    """Code plus PIN from this phone; on success the phone is remembered."""
    learner = check_code_and_pin(code, pin, client_address(request))
    remember(request, learner)
    return learner


def recover(
    request: HttpRequest, code: str, recovery_code: str, new_pin: str
) -> tuple[Learner, str]:
    """“Quên mã PIN?”: the learner code and the card's recovery code set a new PIN.

    Counted like a PIN. The recovery code is used up: a new one is made, returned once to be
    shown on a new card, and only its hash is kept. The phone is then signed in.
    """
    learner = open_counted(
        code,
        client_address(request),
        lambda found: recovery_matches(found, recovery_code),
        RECOVERY,
    )
    fresh = new_recovery_code()
    learner.set_pin(new_pin)
    learner.set_recovery_code(fresh)
    learner.save(update_fields=["pin_hash", "recovery_hash", "recovery_issued_at"])
    log(learner, "learners.pin_recovered")
    forget_pin_tries(learner.code)
    remember(request, learner)
    return learner, fresh


def forget_pin_tries(code: str) -> None:
    """Drop the counts kept under a learner code (a new PIN, or the profile deleted)."""
    for counted in (PIN, RECOVERY):
        throttle.forget(counted.per_code, code)
        throttle.forget(counted.per_code_day, code)
        throttle.forget(counted.since_right, code)
        throttle.forget_starting(counted.per_code_and_address, f"{code}:")


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
