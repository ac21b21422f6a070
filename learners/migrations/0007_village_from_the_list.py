"""A learner's village comes from the commune's list; what was typed before is matched to it
(accents and case aside) or kept as a note."""

import unicodedata

import django.db.models.deletion
from django.db import migrations, models


def folded(text: str) -> str:
    # The same folding as core.search.fold when this migration was written.
    text = (text or "").replace("đ", "d").replace("Đ", "D")
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return " ".join("".join(c if c.isalnum() else " " for c in ascii_text.lower()).split())


def match(apps, schema_editor):
    Learner = apps.get_model("learners", "Learner")
    Village = apps.get_model("places", "Village")
    villages = {folded(village.name): village for village in Village.objects.all()}
    for learner in Learner.objects.exclude(village_note=""):
        village = villages.get(folded(learner.village_note))
        if village is not None:
            learner.village = village
            learner.village_note = ""
            learner.save(update_fields=["village", "village_note"])


class Migration(migrations.Migration):
    dependencies = [
        ("learners", "0006_award_titles_and_outcome_rows"),
        ("places", "0001_initial"),
    ]

    operations = [
        migrations.RenameField(model_name="learner", old_name="village", new_name="village_note"),
        migrations.AlterField(
            model_name="learner",
            name="village_note",
            field=models.CharField(blank=True, max_length=100, verbose_name="village (as typed)"),
        ),
        migrations.AddField(
            model_name="learner",
            name="village",
            field=models.ForeignKey(
                blank=True,
                null=True,
                on_delete=django.db.models.deletion.SET_NULL,
                related_name="learners",
                to="places.village",
                verbose_name="village",
            ),
        ),
        migrations.RunPython(match, migrations.RunPython.noop),
    ]
