"""The learner's pages: quiz results, saving a record, signing in, certificates."""

from __future__ import annotations

import json

from django.contrib import messages
from django.http import Http404, HttpRequest, HttpResponse, HttpResponsePermanentRedirect
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST, require_safe
from wagtail import hooks
from wagtail.models import Page

from core.http import client_address, may_view
from core.i18n import in_active_locale
from core.routing import localized_root
from lessons.models import LessonPage
from quizzes.models import QuizPage
from quizzes.submission import InvalidSubmission, Submission
from skills.models import framework_in_active_locale

from .forms import CertificateCheckForm, ProfileForm, RecoveryForm, SignInForm
from .models import Certificate, LessonCompletion, QuizAttempt
from .services import awards, checks, profiles, progress, records, sessions


def home_for_locale(request: HttpRequest) -> Page:
    """The site's root page in the visitor's language (learners know nothing of ``home``)."""
    return localized_root(request)


def old_submit_url(request: HttpRequest, quiz_id: int) -> HttpResponse:
    """The form's former address: forms opened before the move are sent on, POST and all."""
    quiz = get_object_or_404(QuizPage.objects.live().public(), pk=quiz_id)
    return HttpResponsePermanentRedirect(quiz.url + quiz.reverse_subpage("submit"), status=308)


def record_submission(request: HttpRequest, submission: Submission) -> HttpResponse:
    """The ``quiz_submitted`` hook: record the scored form once, then show its result.

    The same form sent again leads to the attempt it recorded: for its sender (same learner
    or session), or for another session of the same browser sending the very same answers (a
    first visitor's double tap starts one session per tap). Other answers on a used form
    record nothing.
    """
    recorded = records.record_attempt(submission, **sessions.owner(request))
    if recorded.duplicate:
        previous = recorded.attempt
        if not sessions.may_see(request, previous):
            if not records.same_answers(previous, submission.answers):
                raise InvalidSubmission(
                    _("This form was already sent once. Here is a fresh copy of the quiz."),
                    answers=submission.answers,
                )
            sessions.claim(request, previous)
        messages.info(
            request,
            _("This quiz was already submitted; here is its result. Nothing new was recorded."),
        )
    for certificate in recorded.new_certificates:
        messages.success(
            request,
            _("Congratulations! You earned a certificate: %(title)s")
            % {"title": certificate.title},
        )
    return redirect("learners:result", public_id=recorded.attempt.public_id)


@require_safe
def result(request: HttpRequest, public_id) -> HttpResponse:
    attempt = get_object_or_404(
        QuizAttempt.objects.select_related("quiz", "revision"), public_id=public_id
    )
    if not sessions.may_see(request, attempt) or not may_view(request, attempt.quiz):
        raise Http404  # not theirs, or the quiz is now private: nothing to show
    quiz = attempt.quiz
    taken_on = quiz.at_revision(attempt.revision_id) if attempt.revision_id else None
    skills = taken_on.skills_by_id() if taken_on else {}
    rows = taken_on.review(attempt.order, attempt.results) if taken_on else []
    shown_skills = [skills[pk] for pk in awards.attempt_skills_shown(attempt) if pk in skills]
    topic = quiz.get_parent().specific
    return render(
        request,
        "learners/result.html",
        {
            "attempt": attempt,
            "quiz": quiz,
            "rows": rows,
            "skills_shown": shown_skills,
            "topic": topic,
            "lessons": LessonPage.objects.child_of(topic).live().public(),
            "learner": sessions.learner_for(request),
        },
    )


@require_POST
def complete_lesson(request: HttpRequest, lesson_id: int) -> HttpResponse:
    lesson = get_object_or_404(LessonPage.objects.live().public(), pk=lesson_id)
    if records.record_completion(lesson, **sessions.owner(request)):
        messages.success(request, _("Well done! This lesson is marked as learned."))
    return redirect(lesson.url + "#xong")


# Offered to the apps above: ``fn(request, learner) -> HTML`` shown on the learner's own page
# (the campaign's mentors box). Called only for a learner signed in on this phone.
LEARNER_PAGE_EXTRAS = "learner_page_extras"


def learner_page_extras(request: HttpRequest, learner) -> str:
    parts = [fn(request, learner) for fn in hooks.get_hooks(LEARNER_PAGE_EXTRAS)]
    return mark_safe("".join(parts))  # noqa: S308  each part is a rendered template


@require_safe
def index(request: HttpRequest) -> HttpResponse:
    learner = sessions.learner_for(request)
    if learner is None:
        done = records.completed_lessons(session_key=request.session.session_key or "")
        return render(
            request,
            "learners/welcome.html",
            {
                "completed": len(done),
                "phone_learners": sessions.other_phone_learners(request),
                "clear_personal": sessions.take_clear_personal(request),
            },
        )
    areas = []
    achieved = {a.skill.translation_key: a for a in learner.skills.select_related("skill")}
    for area, area_skills in framework_in_active_locale():
        skills = [skill for skill in area_skills if skill.translation_key in achieved]
        if skills:
            areas.append({"area": area, "skills": skills})
    # What the commune's digital team saw this learner do on their own phone.
    confirmed = (
        learner.completions.filter(source=LessonCompletion.Source.TRAINER)
        .select_related("lesson", "recorded_by")
        .order_by("-created_at")
    )
    seen = sorted(
        (a for a in achieved.values() if a.recorded_by_id is not None),
        key=lambda a: a.achieved_at,
        reverse=True,
    )
    return render(
        request,
        "learners/index.html",
        {
            "learner": learner,
            "progress": progress.progress(learner, home_for_locale(request)),
            "attempts": progress.attempts(learner),
            "areas": areas,
            "confirmed_lessons": confirmed,
            "skills_seen": trainer_seen_skills(seen),
            "certificates": learner.certificates.all(),
            "phone_learners": sessions.other_phone_learners(request),
            "extras": learner_page_extras(request, learner),
            # A card made just before that its page did not show yet: shown here, once.
            "recovery_code": sessions.take_fresh_code(request, learner),
            "forgot_url": request.build_absolute_uri(reverse("learners:forgot_pin")),
            "clear_personal": sessions.take_clear_personal(request),
        },
    )


def trainer_seen_skills(achievements) -> list[dict]:
    """Skills a trainer saw, named in the visitor's language, with the day they were seen."""
    skills = in_active_locale(a.skill for a in achievements)
    return [
        {"skill": skill, "on": achievement.achieved_at}
        for skill, achievement in zip(skills, achievements, strict=True)
    ]


def pin_form(data=None) -> SignInForm:
    """The sign-in form's PIN field alone: the learner is chosen from the phone's list."""
    form = SignInForm(data)
    del form.fields["code"]
    return form


SWITCH_TO = "nguoi"  # ?nguoi=<learner id>: one of this phone's learners


@require_http_methods(["GET", "POST"])
def switch(request: HttpRequest) -> HttpResponse:
    """Open another learner of this phone: their own PIN first, however the phone is shared."""
    wanted = request.GET.get(SWITCH_TO, "")
    if not (wanted.isdigit() and len(wanted) <= 18):
        return redirect(reverse("learners:index") + "#doi-nguoi-hoc")
    chosen = sessions.phone_learner(request, int(wanted))
    if chosen is None:
        raise Http404
    current = sessions.learner_for(request)
    if current is not None and current.pk == chosen.pk:
        return redirect("learners:index")
    form = pin_form(request.POST or None)
    status = 200
    if request.method == "POST" and form.is_valid():
        try:
            sessions.switch(request, chosen, form.cleaned_data["pin"])
        except sessions.SignInRefused as refused:
            form.add_error(None, refused.message)
            status = 400
        else:
            messages.success(
                request, _("This is now %(name)s's record.") % {"name": chosen.display_name}
            )
            return redirect("learners:index")
    elif form.errors:
        status = 400
    return render(request, "learners/switch.html", {"form": form, "chosen": chosen}, status=status)


ANOTHER_PERSON = "nguoi-khac"


@require_http_methods(["GET", "POST"])
def create_profile(request: HttpRequest) -> HttpResponse:
    # Someone else sharing this phone may save a record of their own (“?nguoi-khac=1”); what
    # the phone did before belongs to the learner already signed in, so nothing is carried over.
    another = ANOTHER_PERSON in request.GET
    signed_in = sessions.learner_for(request) is not None
    if signed_in and not another:
        return redirect("learners:index")
    form = ProfileForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        learner = profiles.create_profile(
            data["display_name"],
            data["pin"],
            data["birth_year"],
            data["village"],
            session_key="" if signed_in else sessions.session_key(request),
            claimed=() if signed_in else sessions.claims(request),
        )
        sessions.remember(request, learner)
        sessions.show_once(request, learner, profiles.issue_recovery_code(learner))
        messages.success(
            request,
            _(
                "Your record is saved. Here is your learner card: print it or save it as a "
                "picture, and keep your PIN to yourself."
            ),
        )
        return redirect("learners:card")
    return render(
        request,
        "learners/create.html",
        {"form": form, "another": signed_in},
        status=400 if form.errors else 200,
    )


@require_http_methods(["GET", "POST"])
def sign_in(request: HttpRequest) -> HttpResponse:
    form = SignInForm(request.POST or None)
    status = 200
    if request.method == "POST" and form.is_valid():
        try:
            sessions.sign_in(request, form.cleaned_data["code"], form.cleaned_data["pin"])
        except sessions.SignInRefused as refused:
            form.add_error(None, refused.message)
            status = 400
        else:
            return redirect("learners:index")
    elif form.errors:
        status = 400
    return render(request, "learners/sign_in.html", {"form": form}, status=status)


@require_POST
def sign_out(request: HttpRequest) -> HttpResponse:
    signed_in = sessions.learner_for(request) is not None
    sessions.sign_out(request)
    if signed_in:
        messages.success(
            request,
            _("Signed out. This phone no longer opens your record without your PIN."),
        )
    return redirect("learners:index")


@require_safe
def card(request: HttpRequest) -> HttpResponse:
    """The learner card: name, learner code and, right after it was made, the recovery code.

    The recovery code is shown this once (only its hash is kept); a learner who did not save
    it makes a new one here, which replaces it.
    """
    learner = sessions.learner_for(request)
    if learner is None:
        return redirect("learners:sign_in")
    context = {
        "learner": learner,
        "recovery_code": sessions.take_fresh_code(request, learner),
        "forgot_url": request.build_absolute_uri(reverse("learners:forgot_pin")),
    }
    return render(request, "learners/card.html", context)


@require_POST
def new_card(request: HttpRequest) -> HttpResponse:
    """A new recovery code for the learner signed in (the old one stops working)."""
    learner = sessions.learner_for(request)
    if learner is None:
        return redirect("learners:sign_in")
    sessions.show_once(request, learner, profiles.issue_recovery_code(learner))
    return redirect("learners:card")


@require_http_methods(["GET", "POST"])
def forgot_pin(request: HttpRequest) -> HttpResponse:
    """“Quên mã PIN?”: learner code and recovery code from the card, then a new PIN."""
    form = RecoveryForm(request.POST or None)
    status = 200
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            learner, fresh = sessions.recover(
                request, data["code"], data["recovery_code"], data["pin"]
            )
        except sessions.SignInRefused as refused:
            form.add_error(None, refused.message)
            status = 400
        else:
            sessions.show_once(request, learner, fresh)
            messages.success(
                request,
                _(
                    "Your new PIN is set and your record is open. The recovery code you used "
                    "is used up: here is your new learner card with a new one."
                ),
            )
            return redirect("learners:card")
    elif form.errors:
        status = 400
    return render(request, "learners/forgot_pin.html", {"form": form}, status=status)


@require_safe
def download(request: HttpRequest) -> HttpResponse:
    learner = sessions.learner_for(request)
    if learner is None:
        return redirect("learners:sign_in")
    data = json.dumps(profiles.export_data(learner), ensure_ascii=False, indent=2)
    response = HttpResponse(data, content_type="application/json; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="hoc-vien-{learner.code}.json"'
    return response


@require_http_methods(["GET", "POST"])
def delete(request: HttpRequest) -> HttpResponse:
    learner = sessions.learner_for(request)
    if learner is None:
        return redirect("learners:sign_in")
    if request.method == "POST":
        if request.POST.get("confirm") != "yes":
            return render(
                request,
                "learners/delete.html",
                {"learner": learner, "error": _("Tick the box to confirm.")},
                status=400,
            )
        profiles.delete_profile(learner)
        sessions.sign_out(request)
        messages.success(
            request,
            _(
                "Your profile has been deleted: your name, code, progress, skills and answers are "
                "gone. Only anonymous statistics are kept (scores without a name), and your "
                "certificates now show as withdrawn."
            ),
        )
        return redirect("learners:index")
    return render(request, "learners/delete.html", {"learner": learner})


@require_safe
def certificate_lookup(request: HttpRequest) -> HttpResponse:
    """``/chung-nhan/?ma=…``: a code typed in (any case, dash or not) leads to its check page.

    Nothing is looked up here: the check page does it, under its limit on wrong codes.
    """
    if "ma" not in request.GET:
        return render(request, "learners/certificate_lookup.html", {"form": CertificateCheckForm()})
    form = CertificateCheckForm(request.GET)
    if form.is_valid():
        return redirect("learners:certificate_check", code=form.cleaned_data["ma"])
    return render(request, "learners/certificate_lookup.html", {"form": form}, status=400)


@require_safe
def certificate_check(request: HttpRequest, code: str) -> HttpResponse:
    """What a certificate's QR code opens; a code in another case or without its dash is sent
    on to its printed form."""
    printed = checks.certificate_code(code)
    if printed != code and checks.is_certificate_code(printed):
        return redirect("learners:certificate_check", code=printed)
    context = {"code": code, "form": CertificateCheckForm(initial={"ma": code})}
    if not checks.is_certificate_code(printed):
        return render(request, "learners/certificate_check.html", context, status=404)
    try:
        certificate = checks.find_certificate(printed, client_address(request))
    except checks.TooManyMisses:
        context["too_many"] = True
        return render(request, "learners/certificate_check.html", context, status=429)
    context["certificate"] = certificate
    return render(
        request,
        "learners/certificate_check.html",
        context,
        status=200 if certificate else 404,
    )


@require_safe
def certificate_print(request: HttpRequest, code: str) -> HttpResponse:
    learner = sessions.learner_for(request)
    certificate = get_object_or_404(Certificate, code=code.upper())
    if learner is None or certificate.learner_id != learner.pk:
        raise Http404
    return render(
        request, "learners/certificate_print.html", {"certificate": certificate, "learner": learner}
    )
