"""Public pages of the campaign: the check page a “Gia đình số” certificate's QR code opens."""

from django.urls import path

from . import public_views

urlpatterns: list = [
    # Public on purpose: what a certificate's QR code opens. Anyone may read it (no names).
    path("gia-dinh-so/<str:code>/", public_views.recognition_check, name="recognition_check"),
]
