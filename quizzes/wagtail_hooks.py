from django.template.loader import render_to_string
from wagtail import hooks

from core.pagecache import register_hole, render_hole

from .models import QuizPage
from .submission import another_form_token


@hooks.register("topic_page_extras")
def topic_quiz_card(request, page) -> str:
    """The topic page shows its quiz under the lessons."""
    quiz = QuizPage.objects.child_of(page).live().public().first()
    if quiz is None:
        return ""
    return render_to_string("quizzes/includes/quiz_card.html", {"quiz": quiz}, request=request)


@register_hole("quiz_form")
def quiz_form_tokens(request, quiz_id, revision_id, order, _token="") -> str:
    """The quiz form's CSRF token and single-use form token: a new pair for each visitor of a
    kept quiz page (``_token``: the one just minted, when the page is rendered)."""
    token = _token or another_form_token(quiz_id, revision_id, order)
    context = {"form_token": token}
    return render_hole(request, "quizzes/includes/form_token.html", context, reuse=False)
