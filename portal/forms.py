"""The staff sign-in form, with the same counted limit as the learners' PINs."""

from __future__ import annotations

from datetime import timedelta

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms.auth import LoginForm

from core import throttle
from core.http import client_address

STAFF_TRIES_PER_NAME = throttle.Limit("staff:name", 5, timedelta(minutes=15))
STAFF_TRIES_PER_ADDRESS = throttle.Limit("staff:address", 20, timedelta(minutes=15))


class LimitedLoginForm(LoginForm):
    """Wagtail's login form; each try is counted before the password is checked."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Wagtail's field has no label of its own: Django would show the English field name.
        self.fields["password"].label = _("Password")

    def clean(self):
        username = (self.cleaned_data.get("username") or "").strip().lower()
        password = self.cleaned_data.get("password")
        if not (username and password):
            return super().clean()
        address = client_address(self.request) if self.request else ""
        limits = [(STAFF_TRIES_PER_NAME, username), (STAFF_TRIES_PER_ADDRESS, address)]
        if not throttle.take_turn(limits):
            raise forms.ValidationError(
                _("Too many wrong tries. Wait 15 minutes, then try again."), code="throttled"
            )
        cleaned = super().clean()  # raises on a wrong password: the try stays counted
        throttle.forget(STAFF_TRIES_PER_NAME, username)
        throttle.give_back(STAFF_TRIES_PER_ADDRESS, address)
        return cleaned
