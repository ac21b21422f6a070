"""The learner's pages: quiz results, saving a record, signing in, certificates."""

from __future__ import annotations

import json

from django.contrib import messages
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST, require_safe
from wagtail.models import Locale, Page, Site

from core.http import may_view
from lessons.models import LessonPage
from quizzes.models import QuizPage
from skills.models import SkillArea

from . import services
from .forms import ProfileForm, SignInForm
from .models import Certificate, QuizAttempt


def home_for_locale(request: HttpRequest) -> Page:
    """The site's root page in the visitor's language (learners know nothing of ``home``)."""
    return Site.find_for_request(request).root_page.localized


@require_POST
def submit_quiz(request: HttpRequest, quiz_id: int) -> HttpResponse:
    quiz = get_object_or_404(QuizPage.objects.live().public(), pk=quiz_id)
    try:
        submitted = services.submit_quiz(request, quiz)
    except services.SubmissionRejected as rejected:
        context = {"page": quiz, "self": quiz, "error": rejected.message}
        context.update(quiz.form_context(rejected.order, rejected.token, rejected.answers))
        context.update(
            {
                "flagged": rejected.question_ids,
                "skills": quiz.skills(),
                "topic": quiz.get_parent(),
            }
        )
        return TemplateResponse(request, "quizzes/quiz_page.html", context, status=400)
    if submitted.duplicate:
        messages.info(
            request,
            _("This quiz was already submitted; here is its result. Nothing new was recorded."),
        )
    for certificate in submitted.new_certificates:
        messages.success(
            request,
            _("Congratulations! You earned a certificate: %(title)s")
            % {"title": certificate.title},
        )
    return redirect("learners:result", public_id=submitted.attempt.public_id)


@require_safe
def result(request: HttpRequest, public_id) -> HttpResponse:
    attempt = get_object_or_404(
        QuizAttempt.objects.select_related("quiz", "revision"), public_id=public_id
    )
    if not services.may_see(request, attempt) or not may_view(request, attempt.quiz):
        raise Http404  # not theirs, or the quiz is now private: nothing to show
    quiz = attempt.quiz
    taken_on = quiz.at_revision(attempt.revision_id) if attempt.revision_id else None
    skills = taken_on.skills_by_id() if taken_on else {}
    rows = []
    if taken_on is not None:
        shown = {question.id: question for question in taken_on.questions_in_order(attempt.order)}
        for record in attempt.results:
            if record["q"] in shown:
                rows.append(
                    {
                        "question": shown[record["q"]],
                        "ok": record["ok"],
                        "chosen": set(record["chosen"]),
                        "correct": set(record["correct"]),
                        "skill": skills.get(record.get("skill")),
                    }
                )
    shown_skills = [skills[pk] for pk in services.attempt_skills_shown(attempt) if pk in skills]
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
            "learner": services.current_learner(request),
        },
    )


@require_POST
def complete_lesson(request: HttpRequest, lesson_id: int) -> HttpResponse:
    lesson = get_object_or_404(LessonPage.objects.live().public(), pk=lesson_id)
    if services.complete_lesson(request, lesson):
        messages.success(request, _("Well done! This lesson is marked as learned."))
    return redirect(lesson.url + "#xong")


@require_safe
def index(request: HttpRequest) -> HttpResponse:
    learner = services.current_learner(request)
    if learner is None:
        return render(
            request,
            "learners/welcome.html",
            {"completed": len(services.completed_lessons(request))},
        )
    areas = []
    achieved = {a.skill.translation_key: a for a in learner.skills.select_related("skill")}
    for area in SkillArea.objects.filter(locale=Locale.get_active()).prefetch_related("skills"):
        skills = [skill for skill in area.skills.all() if skill.translation_key in achieved]
        if skills:
            areas.append({"area": area, "skills": skills})
    return render(
        request,
        "learners/index.html",
        {
            "learner": learner,
            "progress": services.progress(learner, home_for_locale(request)),
            "areas": areas,
            "certificates": learner.certificates.all(),
        },
    )


@require_http_methods(["GET", "POST"])
def create_profile(request: HttpRequest) -> HttpResponse:
    if services.current_learner(request):
        return redirect("learners:index")
    form = ProfileForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        learner = services.create_profile(
            request, data["display_name"], data["pin"], data["birth_year"], data["village"]
        )
        messages.success(
            request,
            _("Your record is saved. Your learner code is %(code)s: write it down with your PIN.")
            % {"code": learner.code},
        )
        return redirect("learners:index")
    return render(
        request, "learners/create.html", {"form": form}, status=400 if form.errors else 200
    )


@require_http_methods(["GET", "POST"])
def sign_in(request: HttpRequest) -> HttpResponse:
    form = SignInForm(request.POST or None)
    status = 200
    if request.method == "POST" and form.is_valid():
        try:
            services.sign_in(request, form.cleaned_data["code"], form.cleaned_data["pin"])
        except services.SignInRefused as refused:
            form.add_error(None, refused.message)
            status = 400
        else:
            return redirect("learners:index")
    elif form.errors:
        status = 400
    return render(request, "learners/sign_in.html", {"form": form}, status=status)


@require_POST
def sign_out(request: HttpRequest) -> HttpResponse:
    services.sign_out(request)
    return redirect("learners:index")


@require_safe
def download(request: HttpRequest) -> HttpResponse:
    learner = services.current_learner(request)
    if learner is None:
        return redirect("learners:sign_in")
    data = json.dumps(services.export_data(learner), ensure_ascii=False, indent=2)
    response = HttpResponse(data, content_type="application/json; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="hoc-vien-{learner.code}.json"'
    return response


@require_http_methods(["GET", "POST"])
def delete(request: HttpRequest) -> HttpResponse:
    learner = services.current_learner(request)
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
        services.delete_profile(learner)
        services.sign_out(request)
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
def certificate_check(request: HttpRequest, code: str) -> HttpResponse:
    certificate = Certificate.objects.filter(code=code.upper()).first()
    return render(
        request,
        "learners/certificate_check.html",
        {"certificate": certificate, "code": code},
        status=200 if certificate else 404,
    )


@require_safe
def certificate_print(request: HttpRequest, code: str) -> HttpResponse:
    learner = services.current_learner(request)
    certificate = get_object_or_404(Certificate, code=code.upper())
    if learner is None or certificate.learner_id != learner.pk:
        raise Http404
    return render(
        request, "learners/certificate_print.html", {"certificate": certificate, "learner": learner}
    )
