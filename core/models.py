"""What every app shares and no domain owns."""

from django.db import models


class Counter(models.Model):
    """How many tries a key (a learner code, an address, a staff name) made in its window.

    Kept in the database so every worker process and every app server shares one count
    (see ``core.throttle``); rows expire with their window.
    """

    key = models.CharField(max_length=200, primary_key=True)
    count = models.PositiveIntegerField(default=0)
    expires_at = models.DateTimeField(db_index=True)

    class Meta:
        verbose_name = "counter"

    def __str__(self) -> str:
        return f"{self.key}: {self.count}"
