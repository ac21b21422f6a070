"""The villages in the admin, and their import from the commune's CSV or XLSX list.

The import is django-import-export's ``Resource`` run twice: a dry run for the preview (each
row new, changed or unchanged, or its errors in Vietnamese), then, only when the officer
confirms a file without errors, the real import in one transaction. A bad file (not CSV or
XLSX, wrong columns, any row with an error) changes nothing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from io import BytesIO

import tablib
from django import forms
from django.contrib import messages
from django.core import signing
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.shortcuts import redirect
from django.urls import path, reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from import_export import fields, resources, widgets
from wagtail.admin.views.generic import IndexView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets.button import HeaderButton
from wagtail.permissions import policy_registry

from .models import Village

MAX_UPLOAD_BYTES = 1024 * 1024  # a commune's list is a few kilobytes
SIGNING_SALT = "places.village-import"
PREVIEW_MAX_AGE = 60 * 60  # seconds between the preview and the confirmation

# The file's columns: the field name or the Vietnamese heading, compared folded.
COLUMNS = {
    "name": ("name", "ten", "ten thon", "ten thon to dan pho"),
    "kind": ("kind", "loai"),
    "households": ("households", "so ho"),
    "residents_15_plus": (
        "residents 15 plus",
        "residents_15_plus",
        "so nguoi tu 15 tuoi",
        "so nguoi tu 15 tuoi tro len",
    ),
}
COLUMN_LABELS = {
    "name": _("name"),
    "kind": _("kind"),
    "households": _("households"),
    "residents_15_plus": _("residents aged 15 and over"),
}


def _folded(text) -> str:
    return " ".join(Village.folded(str(text or "").replace("_", " ")).split())


def column_for(heading) -> str | None:
    folded = _folded(heading)
    for column, names in COLUMNS.items():
        if folded in {_folded(name) for name in names}:
            return column
    return None


# Reading one cell -----------------------------------------------------------------------------


class NameWidget(widgets.CharWidget):
    def clean(self, value, row=None, **kwargs):
        name = " ".join(str(value or "").split())
        if not name:
            raise ValueError(gettext("The name is missing."))
        return name


class KindWidget(widgets.Widget):
    KINDS = {
        "thon": Village.Kind.THON,
        "to dan pho": Village.Kind.TO_DAN_PHO,
        "tdp": Village.Kind.TO_DAN_PHO,
    }

    def clean(self, value, row=None, **kwargs):
        folded = _folded(value)
        if not folded:
            return Village.Kind.THON
        if folded not in self.KINDS:
            raise ValueError(gettext("Write “thôn” or “tổ dân phố”."))
        return self.KINDS[folded]

    def render(self, value, obj=None, **kwargs):
        return value


THOUSANDS = re.compile(r"^\d{1,3}([.,]\d{3})+$")


class CountWidget(widgets.Widget):
    """An official count: a whole number, 0 or more (“1.200” is one thousand two hundred)."""

    def clean(self, value, row=None, **kwargs):
        if isinstance(value, bool):
            raise ValueError(gettext("Write a whole number."))
        if isinstance(value, int | float | Decimal):
            number = Decimal(str(value))
        else:
            text = "".join(str(value or "").split())
            if not text:
                raise ValueError(gettext("The number is missing."))
            if THOUSANDS.match(text):
                text = re.sub(r"[.,]", "", text)
            try:
                number = Decimal(text)
            except InvalidOperation:
                raise ValueError(gettext("Write a whole number.")) from None
        if number < 0:
            raise ValueError(gettext("A count cannot be negative."))
        if number != number.to_integral_value() or number > 10_000_000:
            raise ValueError(gettext("Write a whole number."))
        return int(number)

    def render(self, value, obj=None, **kwargs):
        return value


class VillageResource(resources.ModelResource):
    """One row a village; matched by its name as people write it (“thon dong” is “Thôn Đông”)."""

    name = fields.Field(attribute="name", column_name="name", widget=NameWidget())
    kind = fields.Field(attribute="kind", column_name="kind", widget=KindWidget())
    households = fields.Field(
        attribute="households", column_name="households", widget=CountWidget()
    )
    residents_15_plus = fields.Field(
        attribute="residents_15_plus", column_name="residents_15_plus", widget=CountWidget()
    )

    class Meta:
        model = Village
        fields = ("name", "kind", "households", "residents_15_plus")
        import_id_fields = ("name",)
        skip_unchanged = True
        report_skipped = True
        clean_model_instances = True
        store_instance = True
        skip_html_diff = True

    def before_import(self, dataset, **kwargs):
        self.existing = {Village.folded(v.name): v for v in Village.objects.all()}
        self.before = {
            key: {name: getattr(v, name) for name in COLUMNS} for key, v in self.existing.items()
        }
        self.before_names = {v.pk: v.name for v in self.existing.values()}
        seen, self.duplicates = set(), set()
        for number, row in enumerate(dataset.dict, 1):
            key = Village.folded(str(row.get("name") or ""))
            if key and key in seen:
                self.duplicates.add(number)
            seen.add(key)

    def get_instance(self, instance_loader, row):
        found = self.existing.get(Village.folded(str(row.get("name") or "")))
        return Village.objects.get(pk=found.pk) if found else None

    def import_instance(self, instance, row, **kwargs):
        errors = {}
        try:
            super().import_instance(instance, row, **kwargs)
        except ValidationError as error:
            errors = error.update_error_dict(errors)
        if instance.pk:
            # Found by its name as people type it: the name keeps its official spelling (a
            # rename is done in the village's own form).
            instance.name = self.before_names[instance.pk]
        if kwargs.get("row_number") in self.duplicates:
            errors.setdefault("name", []).append(
                ValidationError(gettext("This village is already in the file, on a row above."))
            )
        if errors:
            raise ValidationError(errors)


# The preview ------------------------------------------------------------------------------------


class ImportRefused(Exception):
    """The whole file is refused: a message in Vietnamese."""


@dataclass
class PreviewRow:
    number: int  # the row in the file, counting the heading as row 1
    values: dict
    status: str  # new, changed, unchanged, error
    errors: list[str] = field(default_factory=list)
    changes: list[str] = field(default_factory=list)

    STATUS_LABELS = {
        "new": _("new"),
        "changed": _("changed"),
        "unchanged": _("unchanged"),
        "error": _("error"),
    }

    @property
    def status_label(self):
        return self.STATUS_LABELS[self.status]


def read_upload(upload) -> list[dict]:
    """The rows of an uploaded CSV or XLSX file, by column, or ``ImportRefused``."""
    name = (upload.name or "").lower()
    data = upload.read(MAX_UPLOAD_BYTES + 1)
    if len(data) > MAX_UPLOAD_BYTES:
        raise ImportRefused(gettext("The file is too large: a list of villages is under 1 MB."))
    dataset = tablib.Dataset()
    try:
        if name.endswith(".csv"):
            try:
                text = data.decode("utf-8-sig")
            except UnicodeDecodeError:
                raise ImportRefused(
                    gettext("Save the CSV file with the UTF-8 encoding and upload it again.")
                ) from None
            dataset.load(text, format="csv")
        elif name.endswith(".xlsx"):
            dataset.load(BytesIO(data), format="xlsx")
        else:
            raise ImportRefused(gettext("Upload a CSV or XLSX file."))
    except ImportRefused:
        raise
    except Exception:
        raise ImportRefused(
            gettext("This file cannot be read as CSV or XLSX. Check it and upload it again.")
        ) from None
    headers = [str(h or "").strip() for h in (dataset.headers or [])]
    columns = [column_for(h) for h in headers]
    wrong = [h for h, column in zip(headers, columns, strict=True) if column is None and h]
    if wrong:
        raise ImportRefused(
            gettext("Unknown column: %(columns)s. The columns are: %(expected)s.")
            % {"columns": ", ".join(f"“{h}”" for h in wrong), "expected": expected_columns()}
        )
    missing = [c for c in COLUMNS if c not in columns]
    doubled = {c for c in columns if c and columns.count(c) > 1}
    if missing or doubled:
        raise ImportRefused(
            gettext("The file must have exactly these columns: %(expected)s.")
            % {"expected": expected_columns()}
        )
    rows = []
    for values in dataset:
        row = {
            column: _cell(value) for column, value in zip(columns, values, strict=True) if column
        }
        if any(str(value).strip() for value in row.values()):
            rows.append(row)
    if not rows:
        raise ImportRefused(gettext("The file has no villages under its heading row."))
    return rows


def _cell(value):
    """A cell as JSON can keep it (for the signed preview): a number, or text."""
    if value is None:
        return ""
    if isinstance(value, int | float) and not isinstance(value, bool):
        return value
    return str(value)


def expected_columns() -> str:
    return ", ".join(f"{column} ({COLUMN_LABELS[column]})" for column in COLUMNS)


def to_dataset(rows: list[dict]) -> tablib.Dataset:
    dataset = tablib.Dataset(headers=list(COLUMNS))
    for row in rows:
        dataset.append([row.get(column, "") for column in COLUMNS])
    return dataset


def run_import(rows: list[dict], *, dry_run: bool) -> tuple[list[PreviewRow], bool]:
    """Import ``rows`` (for real only when ``dry_run`` is false and no row has an error);
    the preview rows and whether any row has an error."""
    resource = VillageResource()
    result = resource.import_data(
        to_dataset(rows),
        dry_run=dry_run,
        use_transactions=True,
        rollback_on_validation_errors=True,
        raise_errors=False,
    )
    preview, failed = [], bool(result.base_errors)
    for number, (row, row_result) in enumerate(zip(rows, result.rows, strict=False), 1):
        errors, changes = [], []
        if row_result.validation_error is not None:
            for column, messages_ in row_result.validation_error.message_dict.items():
                label = COLUMN_LABELS.get(column, "")
                errors += [f"{label}: {message}" if label else message for message in messages_]
        for error in row_result.errors:
            errors.append(gettext("This row cannot be read: %(error)s") % {"error": error.error})
        if errors:
            status = "error"
        elif row_result.import_type == row_result.IMPORT_TYPE_NEW:
            status = "new"
        elif row_result.import_type == row_result.IMPORT_TYPE_UPDATE:
            status = "changed"
            before = resource.before.get(Village.folded(row_result.instance.name), {})
            for column in COLUMNS:
                old, new = before.get(column), getattr(row_result.instance, column)
                if old != new:
                    changes.append(f"{COLUMN_LABELS[column]}: {old} → {new}")
        else:
            status = "unchanged"
        failed = failed or bool(errors)
        preview.append(PreviewRow(number + 1, row, status, errors, changes))
    return preview, failed


# The views ------------------------------------------------------------------------------------


class UploadForm(forms.Form):
    file = forms.FileField(
        label=_("File (CSV or XLSX)"),
        help_text=_("One row a village, under a heading row."),
        widget=forms.ClearableFileInput(attrs={"accept": ".csv,.xlsx"}),
    )


class ConfirmForm(forms.Form):
    payload = forms.CharField(widget=forms.HiddenInput)


class VillageImportView(WagtailAdminTemplateMixin, TemplateView):
    """Upload → preview (new / changed / unchanged / errors) → confirm."""

    template_name = "places/admin/village_import.html"
    page_title = _("Import villages")
    header_icon = "upload"
    index_url_name = None

    def dispatch(self, request, *args, **kwargs):
        policy = policy_registry.get_by_type(Village)
        if not (
            policy.user_has_permission(request.user, "add")
            and policy.user_has_permission(request.user, "change")
        ):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": reverse("campaign_village:index"), "label": Village._meta.verbose_name_plural},
            {"url": "", "label": self.page_title},
        ]

    def get(self, request, *args, **kwargs):
        return self.render_to_response(self.get_context_data(form=UploadForm()))

    def post(self, request, *args, **kwargs):
        if "payload" in request.POST:
            return self.confirm(request)
        form = UploadForm(request.POST, request.FILES)
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(form=form), status=400)
        try:
            rows = read_upload(form.cleaned_data["file"])
        except ImportRefused as refused:
            form.add_error("file", str(refused))
            return self.render_to_response(self.get_context_data(form=form), status=400)
        preview, failed = run_import(rows, dry_run=True)
        context = self.get_context_data(form=UploadForm(), preview=preview, failed=failed)
        if not failed:
            context["confirm_form"] = ConfirmForm(
                initial={"payload": signing.dumps(rows, salt=SIGNING_SALT, compress=True)}
            )
        return self.render_to_response(context, status=400 if failed else 200)

    def confirm(self, request):
        form = ConfirmForm(request.POST)
        try:
            rows = signing.loads(
                form.data.get("payload", ""), salt=SIGNING_SALT, max_age=PREVIEW_MAX_AGE
            )
        except signing.BadSignature:
            messages.error(
                request, _("The preview is too old or was changed: upload the file again.")
            )
            return redirect("campaign_village:import")
        with transaction.atomic():
            preview, failed = run_import(rows, dry_run=False)
            if failed:
                transaction.set_rollback(True)
        if failed:
            context = self.get_context_data(form=UploadForm(), preview=preview, failed=True)
            return self.render_to_response(context, status=400)
        counts = {
            status: sum(1 for row in preview if row.status == status)
            for status in ("new", "changed", "unchanged")
        }
        messages.success(
            request,
            _("Villages imported: %(new)d new, %(changed)d changed, %(unchanged)d unchanged.")
            % counts,
        )
        return redirect("campaign_village:index")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["columns"] = [(column, COLUMN_LABELS[column]) for column in COLUMNS]
        context["index_url"] = reverse("campaign_village:index")
        return context


class VillageIndexView(IndexView):
    @cached_property
    def header_buttons(self):
        buttons = list(super().header_buttons)
        policy = policy_registry.get_by_type(Village)
        if policy.user_has_permission(self.request.user, "add") and policy.user_has_permission(
            self.request.user, "change"
        ):
            buttons.append(
                HeaderButton(
                    _("Import from CSV or XLSX"),
                    url=reverse("campaign_village:import"),
                    icon_name="upload",
                )
            )
        return buttons


class VillageViewSet(ModelViewSet):
    """Villages (thôn, tổ dân phố) with their official counts: the targets' denominators."""

    model = Village
    name = "campaign_village"
    url_prefix = "campaign/villages"
    icon = "site"
    menu_label = _("Villages")
    index_view_class = VillageIndexView
    copy_view_enabled = False
    add_to_reference_index = False
    list_display = ["name", "kind", "households", "residents_15_plus", "sort_order"]
    list_filter = ["kind"]
    search_fields = ["name"]
    form_fields = ["name", "kind", "households", "residents_15_plus", "sort_order"]

    def get_urlpatterns(self):
        return [
            *super().get_urlpatterns(),
            path("import/", VillageImportView.as_view(), name="import"),
        ]
