import re

import pytest

from lessons.models import TopicPage
from quizzes.models import QuizPage


@pytest.fixture
def quiz(db):
    topic = TopicPage.objects.get(slug="vneid", locale__language_code="vi")
    return QuizPage.objects.child_of(topic).get()


def open_form(client, quiz) -> dict:
    """GET the quiz page as a phone would; return the token and the fields shown."""
    html = client.get(quiz.url).content.decode()
    token = re.search(r'name="form_token" value="([^"]+)"', html).group(1)
    fields = {}
    for name, value in re.findall(r'name="(q-[^"]+)" value="([^"]+)"', html):
        fields.setdefault(name, []).append(value)
    return {"token": token, "fields": fields, "html": html}


def answers_for(quiz, right: bool = True) -> dict[str, list[str]]:
    answers = {}
    for key in quiz.key.values():
        if right:
            answers[f"q-{key.id}"] = sorted(key.correct)
        else:
            answers[f"q-{key.id}"] = [next(c for c in key.choices if c not in key.correct)]
    return answers


def submit_url(quiz) -> str:
    return quiz.url + quiz.reverse_subpage("submit")


def submit(client, quiz, answers: dict, token: str):
    return client.post(submit_url(quiz), {"form_token": token, **answers})


@pytest.fixture
def take_quiz(client):
    def take(quiz, right=True, target=None):
        form = open_form(target or client, quiz)
        return submit(target or client, quiz, answers_for(quiz, right), form["token"])

    return take
