"""A phone's way through the learner pages: open a quiz form, send it, save a record."""

import re

from django.urls import reverse

from learners.models import Learner
from tests.quizzes.factories import answers_for as answers_by_question


def open_form(client, quiz) -> dict:
    """GET the quiz page as a phone would; return the token and the fields shown."""
    html = client.get(quiz.url).content.decode()
    token = re.search(r'name="form_token" value="([^"]+)"', html).group(1)
    fields = {}
    for name, value in re.findall(r'name="(q-[^"]+)" value="([^"]+)"', html):
        fields.setdefault(name, []).append(value)
    return {"token": token, "fields": fields, "html": html}


def answers_for(quiz, right: bool = True) -> dict[str, list[str]]:
    """The form's fields (``q-<question id>``): every answer right, or every one wrong."""
    return {f"q-{qid}": chosen for qid, chosen in answers_by_question(quiz, right).items()}


def submit_url(quiz) -> str:
    return quiz.url + quiz.reverse_subpage("submit")


def submit(client, quiz, answers: dict, token: str):
    return client.post(submit_url(quiz), {"form_token": token, **answers})


def pass_quiz(client, quiz):
    """Open the quiz and send every answer right; the response redirects to the result."""
    form = open_form(client, quiz)
    return submit(client, quiz, answers_for(quiz), form["token"])


def make_profile(client, name="Nguyễn Văn An", pin="2468", **extra) -> Learner:
    """Save a record from this phone: a name and a PIN (and what ``extra`` adds)."""
    response = client.post(
        reverse("learners:create"), {"display_name": name, "pin": pin, "pin_again": pin, **extra}
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    return Learner.objects.latest("created_at")
