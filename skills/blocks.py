"""Choosing a skill in a stream block, read from the cached framework (no query per block)."""

from __future__ import annotations

import copy

from wagtail.snippets.blocks import SnippetChooserBlock

from core.memo import translations_of


def skills_by_id(ids) -> dict:
    """``{id: Skill}`` for these ids, from the cached framework (every language)."""
    from .models import Skill

    wanted = {int(pk) for pk in ids if pk is not None}
    return {
        skill.pk: skill
        for table in translations_of(Skill).values()
        for skill in table.values()
        if skill.pk in wanted
    }


class SkillChooserBlock(SnippetChooserBlock):
    """``SnippetChooserBlock("skills.Skill")`` whose stored ids become skills without a query.

    It stores and migrates exactly as a ``SnippetChooserBlock`` (same path in migrations).
    """

    canonical_module_path = "wagtail.snippets.blocks.SnippetChooserBlock"

    def __init__(self, **kwargs):
        super().__init__("skills.Skill", **kwargs)
        # As a SnippetChooserBlock("skills.Skill", ...) in migrations and comparisons.
        self._constructor_args = (("skills.Skill",), kwargs)

    def bulk_to_python(self, values):
        values = list(values)
        found = skills_by_id(values)
        if any(value is not None and int(value) not in found for value in values):
            return super().bulk_to_python(values)  # one deleted since: as Wagtail does
        result, seen = [], set()
        for value in values:
            skill = found[int(value)] if value is not None else None
            result.append(copy.copy(skill) if value in seen else skill)
            seen.add(value)
        return result
