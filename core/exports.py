"""Spreadsheet exports: a cell of text never starts a formula, and Excel reads the accents.

A learner can name themselves ``=HYPERLINK(...)``; a spreadsheet program opening a CSV export
would run it. Every CSV the admin writes goes through Wagtail's ``SpreadsheetExportMixin``
(our viewsets and reports, the campaign's quarterly report, and Wagtail's own reports such as
the site history, which shows learners' names), so the rules are applied there once, for all
of them. XLSX cells are already written as text by Wagtail.

Excel opens a CSV file without a byte order mark in the computer's old code page, so
“Nguyễn Thị Lan” becomes “Nguyá»…n Thá»‹ Lan”: every CSV starts with the UTF-8 BOM, and its
content type says UTF-8.
"""

from __future__ import annotations

import codecs
from typing import Any

# OWASP's list: these make a spreadsheet read the cell as a formula.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
CSV_CONTENT_TYPE = "text/csv; charset=utf-8"


def neutralise(value: Any) -> Any:
    """A text cell that would start a formula, prefixed with ' so it stays text."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def prepare_csv_exports() -> None:
    """Make every CSV export neutralise its cells and open in Excel with its accents (called
    once, when the apps are ready)."""
    from wagtail.admin.views.mixins import SpreadsheetExportMixin

    if getattr(SpreadsheetExportMixin, "_csv_prepared", False):
        return
    preprocess = SpreadsheetExportMixin.preprocess_field_value
    stream_csv = SpreadsheetExportMixin.stream_csv
    write_csv_response = SpreadsheetExportMixin.write_csv_response

    def preprocess_field_value(self, field, value, export_format):
        result = preprocess(self, field, value, export_format)
        return neutralise(result) if export_format == self.FORMAT_CSV else result

    def stream_csv_with_bom(self, queryset):
        yield codecs.BOM_UTF8
        yield from stream_csv(self, queryset)

    def write_csv_response_in_utf8(self, queryset):
        response = write_csv_response(self, queryset)
        response["Content-Type"] = CSV_CONTENT_TYPE
        return response

    SpreadsheetExportMixin.preprocess_field_value = preprocess_field_value
    SpreadsheetExportMixin.stream_csv = stream_csv_with_bom
    SpreadsheetExportMixin.write_csv_response = write_csv_response_in_utf8
    SpreadsheetExportMixin._csv_prepared = True
