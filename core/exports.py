"""Spreadsheet exports: a cell of text never starts a formula.

A learner can name themselves ``=HYPERLINK(...)``; a spreadsheet program opening a CSV export
would run it. Every CSV the admin writes goes through Wagtail's ``SpreadsheetExportMixin``
(our viewsets and reports, and Wagtail's own reports such as the site history, which shows
learners' names), so the rule is applied there once, for all of them. XLSX cells are
already written as text by Wagtail.
"""

from __future__ import annotations

from typing import Any

# OWASP's list: these make a spreadsheet read the cell as a formula.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralise(value: Any) -> Any:
    """A text cell that would start a formula, prefixed with ' so it stays text."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def neutralise_csv_exports() -> None:
    """Make every CSV export neutralise its cells (called once, when the apps are ready)."""
    from wagtail.admin.views.mixins import SpreadsheetExportMixin

    if getattr(SpreadsheetExportMixin, "_cells_neutralised", False):
        return
    preprocess = SpreadsheetExportMixin.preprocess_field_value

    def preprocess_field_value(self, field, value, export_format):
        result = preprocess(self, field, value, export_format)
        return neutralise(result) if export_format == self.FORMAT_CSV else result

    SpreadsheetExportMixin.preprocess_field_value = preprocess_field_value
    SpreadsheetExportMixin._cells_neutralised = True
