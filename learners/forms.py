"""Forms citizens fill in: a name and a PIN, never a phone number, e-mail or ID number."""

from django import forms
from django.core.validators import RegexValidator
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from places.models import Village

from .services import checks

pin_validator = RegexValidator(r"^\d{4,6}$", _("The PIN must be 4 to 6 digits."))


class NewPinForm(forms.Form):
    """A new PIN, typed twice."""

    pin = forms.CharField(
        label=_("Choose a PIN (4 to 6 digits)"),
        validators=[pin_validator],
        widget=forms.PasswordInput(attrs={"inputmode": "numeric", "autocomplete": "new-password"}),
        help_text=_("You need it to open your record on another phone. Don't use your bank PIN."),
        error_messages={"required": _("Please choose a PIN.")},
    )
    pin_again = forms.CharField(
        label=_("Type the PIN again"),
        widget=forms.PasswordInput(attrs={"inputmode": "numeric", "autocomplete": "new-password"}),
        error_messages={"required": _("Please type the PIN again.")},
    )

    def clean(self):
        cleaned = super().clean()
        if (
            cleaned.get("pin")
            and cleaned.get("pin_again")
            and cleaned["pin"] != cleaned["pin_again"]
        ):
            self.add_error("pin_again", _("The two PINs are not the same."))
        return cleaned


class ProfileForm(NewPinForm):
    field_order = ["display_name", "birth_year", "village", "pin", "pin_again"]

    display_name = forms.CharField(
        label=_("Your name"),
        max_length=80,
        help_text=_("As you want it on your certificate, e.g. “Nguyễn Văn An”."),
        error_messages={"required": _("Please write your name.")},
    )
    birth_year = forms.IntegerField(
        label=_("Year of birth (optional)"),
        required=False,
        min_value=1900,
        error_messages={"invalid": _("Write the year as four digits, e.g. 1960.")},
    )
    village = forms.ModelChoiceField(
        label=_("Village (optional)"),
        queryset=Village.objects.all(),
        required=False,
        empty_label=_("(choose your village)"),
    )

    def clean_display_name(self):
        name = " ".join(self.cleaned_data["display_name"].split())
        if len(name) < 2:
            raise forms.ValidationError(_("Please write your name."))
        return name

    def clean_birth_year(self):
        year = self.cleaned_data.get("birth_year")
        if year and year > timezone.now().year:
            raise forms.ValidationError(_("Write the year as four digits, e.g. 1960."))
        return year


class RecoveryForm(NewPinForm):
    """“Quên mã PIN?”: the learner card's two codes, then a new PIN."""

    field_order = ["code", "recovery_code", "pin", "pin_again"]

    code = forms.CharField(
        label=_("Learner code"),
        max_length=20,
        help_text=_("On your learner card, e.g. K7M-4QP."),
        widget=forms.TextInput(attrs={"autocapitalize": "characters", "autocomplete": "username"}),
        error_messages={"required": _("Please write your learner code.")},
    )
    recovery_code = forms.CharField(
        label=_("Recovery code"),
        max_length=30,
        help_text=_("On your learner card, e.g. K7M4-QPAC-D9EF. It works once."),
        widget=forms.TextInput(attrs={"autocapitalize": "characters", "autocomplete": "off"}),
        error_messages={"required": _("Please write the recovery code from your card.")},
    )


class StaffPinForm(NewPinForm):
    """A PIN reset by staff: the learner is present and types the new PIN themselves."""

    present = forms.BooleanField(
        label=_("The learner is here with me and typed the new PIN themselves."),
        error_messages={"required": _("Reset a PIN only with the learner present.")},
    )


class SignInForm(forms.Form):
    code = forms.CharField(
        label=_("Learner code"),
        max_length=20,
        help_text=_("The code shown when you saved your results, e.g. K7M-4QP."),
        widget=forms.TextInput(attrs={"autocapitalize": "characters", "autocomplete": "username"}),
        error_messages={"required": _("Please write your learner code.")},
    )
    pin = forms.CharField(
        label=_("PIN"),
        max_length=6,
        widget=forms.PasswordInput(
            attrs={"inputmode": "numeric", "autocomplete": "current-password"}
        ),
        error_messages={"required": _("Please write your PIN.")},
    )


NOT_A_CODE = _(
    "This is not a certificate code: it has 8 letters and digits, e.g. K7MQ-4DPX. "
    "Check the code and try again."
)


class CertificateCheckForm(forms.Form):
    """The code printed on a certificate, typed as it comes: any case, dash or not."""

    ma = forms.CharField(
        label=_("Certificate code"),
        max_length=24,
        help_text=_("Printed under the QR code: 8 letters and digits, e.g. K7MQ-4DPX."),
        widget=forms.TextInput(
            attrs={"autocapitalize": "characters", "autocomplete": "off", "spellcheck": "false"}
        ),
        error_messages={
            "required": _("Please write the certificate code."),
            "max_length": NOT_A_CODE,
        },
    )

    def clean_ma(self) -> str:
        code = checks.certificate_code(self.cleaned_data["ma"])
        if not checks.is_certificate_code(code):
            raise forms.ValidationError(NOT_A_CODE)
        return code
