"""The read-only Wagtail API (v2): pages and images, with input checked before any query.

Wagtail's API passes some parameters straight to the database or the search backend; an odd
value (an operator that does not exist, a search of hundreds of words, an offset beyond any
integer, an id that is not a number) then answered 500. Here each is refused with 400 and a
message in Vietnamese (Wagtail's own English reason follows it).
"""

from __future__ import annotations

import re

from django.utils.translation import gettext as _
from rest_framework import status
from rest_framework.response import Response
from wagtail.api.v2.pagination import WagtailPagination
from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.utils import BadRequestError
from wagtail.api.v2.views import PagesAPIViewSet
from wagtail.images.api.v2.views import ImagesAPIViewSet

SEARCH_OPERATORS = ("and", "or")
MAX_SEARCH_LENGTH = 200
MAX_SEARCH_WORDS = 12
MAX_OFFSET = 100_000
ID = re.compile(r"[0-9]{1,18}")


class CheckedPagination(WagtailPagination):
    def paginate_queryset(self, queryset, request, view=None):
        offset = request.GET.get("offset", "0")
        if not offset.isdigit() or int(offset) > MAX_OFFSET:
            raise BadRequestError(
                _("offset must be a whole number from 0 to %(max)d") % {"max": MAX_OFFSET}
            )
        return super().paginate_queryset(queryset, request, view)


class CheckedInputMixin:
    """Check search, operator and ids; answer every refusal in Vietnamese JSON."""

    pagination_class = CheckedPagination

    def check_query(self, request) -> None:
        search = request.GET.get("search")
        if search is not None and (
            len(search) > MAX_SEARCH_LENGTH or len(search.split()) > MAX_SEARCH_WORDS
        ):
            raise BadRequestError(
                _("search is too long: at most %(words)d words and %(chars)d characters")
                % {"words": MAX_SEARCH_WORDS, "chars": MAX_SEARCH_LENGTH}
            )
        operator = request.GET.get("search_operator")
        if operator is not None and operator not in SEARCH_OPERATORS:
            raise BadRequestError(_("search_operator must be “and” or “or”"))
        for name in ("id", "child_of", "descendant_of", "ancestor_of", "translation_of"):
            value = request.GET.get(name)
            if value is not None and not (ID.fullmatch(value) or value == "root"):
                raise BadRequestError(_("%(name)s must be a page or image number") % {"name": name})

    def initial(self, request, *args, **kwargs):
        super().initial(request, *args, **kwargs)
        self.check_query(request)

    def handle_exception(self, exc):
        response = super().handle_exception(exc)
        if isinstance(exc, BadRequestError) and response.status_code == status.HTTP_400_BAD_REQUEST:
            return Response(
                {"message": _("The request could not be read: %(reason)s") % {"reason": exc}},
                status=status.HTTP_400_BAD_REQUEST,
            )
        return response


class PortalPagesAPIViewSet(CheckedInputMixin, PagesAPIViewSet):
    pass


class PortalImagesAPIViewSet(CheckedInputMixin, ImagesAPIViewSet):
    pass


api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("pages", PortalPagesAPIViewSet)
api_router.register_endpoint("images", PortalImagesAPIViewSet)
