"""The framework's skills come with the database (a migration seeds them): tests look them up."""

from wagtail.models import Locale

from skills.models import Skill


def framework_skill(code: str) -> Skill:
    """A framework skill in the default language (Vietnamese), e.g. ``"4.2"``."""
    return Skill.objects.get(code=code, locale=Locale.get_default())
