"""Certificates issued before one-word names were masked showed the whole name: mask them."""

import unicodedata

from django.db import migrations


def mask(name: str) -> str:
    # The rule of learners.privacy.mask_name when this migration was written.
    words = name.split()
    if not words:
        return ""
    initial = lambda word: unicodedata.normalize("NFC", word)[0].upper()  # noqa: E731
    if len(words) == 1:
        return f"{initial(words[0])}."
    return " ".join([words[0], *(f"{initial(word)}." for word in words[1:])])


def remask(apps, schema_editor):
    Certificate = apps.get_model("learners", "Certificate")
    for certificate in Certificate.objects.filter(learner__isnull=False).select_related("learner"):
        masked = mask(certificate.learner.display_name)
        if certificate.masked_name != masked:
            certificate.masked_name = masked
            certificate.save(update_fields=["masked_name"])


class Migration(migrations.Migration):
    dependencies = [("learners", "0003_learner_officers_group")]

    operations = [migrations.RunPython(remask, migrations.RunPython.noop)]
