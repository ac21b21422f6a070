from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path, re_path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from core import routing
from lessons import offline as lesson_offline
from portal import offline, views
from portal.api import api_router

urlpatterns = [
    path("healthz", views.healthz, name="healthz"),
    # At the root, so that the worker's scope is the whole site.
    path("sw.js", offline.service_worker, name="service_worker"),
    path("manifest.webmanifest", offline.manifest, name="manifest"),
    path("icons/<slug:name>.png", offline.icon, name="icon"),
    path("api/offline/<int:page_id>.json", lesson_offline.bundle_view, name="offline_bundle"),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("api/v2/", api_router.urls),
]

if settings.SERVE_MEDIA:
    # Only where no web server sits in front (dev, tests, the demo); production serves media itself.
    urlpatterns += [
        re_path(r"^media/(?P<path>.*)$", views.serve_media),
    ]

# Page routes and search are per language: Vietnamese at /, English at /en/.
urlpatterns += i18n_patterns(
    path("tim-kiem/", views.search, name="search"),
    path("offline/", offline.offline, name="offline"),
    path("", include("learners.urls")),
    path("", include("community.urls")),
    # Wagtail's page view, routed in one query (core.routing), on Wagtail's own pattern; its
    # other URLs (``_util/``: the password form of a private page) stay Wagtail's.
    re_path(r"^(?!_util/)" + wagtail_urls.serve_pattern[1:], routing.serve, name="wagtail_serve"),
    path("", include(wagtail_urls)),
    prefix_default_language=False,
)

handler400 = "portal.views.bad_request"
handler403 = "portal.views.permission_denied"
handler404 = "portal.views.page_not_found"
handler500 = "portal.views.server_error"
