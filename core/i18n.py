"""Languages: what every translated page translates, and snippets in the visitor's language."""

from __future__ import annotations

from collections.abc import Iterable

from django.db import models
from wagtail.models import TranslatableMixin
from wagtail_localize.fields import TranslatableField

from . import memo

# What every translated page translates besides its own fields.
PAGE_TRANSLATABLE_FIELDS = [
    TranslatableField("title"),
    TranslatableField("slug"),
    TranslatableField("seo_title"),
    TranslatableField("search_description"),
]


def default_locale_only():
    return models.Q(locale_id=memo.default_locale().pk)


def in_active_locale(objects: Iterable[TranslatableMixin]) -> list:
    """The same objects in the active locale, in one query; an object with no translation stays."""
    objects = list(objects)
    if not objects:
        return []
    model = type(objects[0])
    locale = memo.active_locale()
    if memo.translations_cached(model):
        translated = memo.translations_of(model).get(locale.pk, {})
    else:
        translated = {
            obj.translation_key: obj
            for obj in model.objects.filter(
                translation_key__in=[o.translation_key for o in objects], locale=locale
            )
        }
    return [translated.get(obj.translation_key, obj) for obj in objects]
