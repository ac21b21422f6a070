"""The public check page of a “Gia đình số” certificate: what its QR code opens.

It shows only what the certificate itself says: the masked household name, the village, the
date, the five criteria and whether it still holds. A household that asked to be removed shows
as withdrawn, with no name.
"""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_safe

from core import throttle
from core.http import client_address
from learners.codes import normalise
from learners.services.checks import MISSES_PER_ADDRESS

from .models import CRITERION_LABELS, Recognition
from .rules import CRITERIA


@require_safe
def recognition_check(request: HttpRequest, code: str) -> HttpResponse:
    """Codes that match nothing count against the address, with the learners' certificate
    checks (one limit for both): the page must not become a way to try codes until one hits."""
    address = client_address(request)
    if not throttle.take_turn([(MISSES_PER_ADDRESS, address)]):
        return render(
            request,
            "community/public/recognition_check.html",
            {"code": code[:24], "too_many": True},
            status=429,
        )
    recognition = (
        Recognition.objects.filter(code=normalise(code, group=4))
        .select_related("household__village")
        .first()
    )
    context = {"code": code[:24], "recognition": recognition}
    if recognition is not None:
        throttle.give_back(MISSES_PER_ADDRESS, address)
        household = recognition.household
        context.update(
            {
                "withdrawn": household.removed_at is not None,
                "revoked": recognition.revoked_on is not None,
                "village": household.village,
                "criteria": [CRITERION_LABELS[criterion] for criterion in CRITERIA],
            }
        )
    return render(
        request,
        "community/public/recognition_check.html",
        context,
        status=200 if recognition else 404,
    )
