from django.template.loader import render_to_string
from wagtail import hooks

from .models import QuizPage


@hooks.register("topic_page_extras")
def topic_quiz_card(request, page) -> str:
    """The topic page shows its quiz under the lessons."""
    quiz = QuizPage.objects.child_of(page).live().public().first()
    if quiz is None:
        return ""
    return render_to_string("quizzes/includes/quiz_card.html", {"quiz": quiz}, request=request)
