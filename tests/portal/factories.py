"""Staff accounts (``portal.User``): editors, moderators, officers, trainers."""

import factory
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from factory.django import DjangoModelFactory


class UserFactory(DjangoModelFactory):
    """A staff account; ``groups=["Editors"]`` puts it in groups the migrations made."""

    class Meta:
        model = get_user_model()
        skip_postgeneration_save = True

    username = factory.Sequence(lambda n: f"canbo-{n}")
    password = factory.django.Password("mat-khau-thu-2026")

    @factory.post_generation
    def groups(user, create, extracted, **kwargs):
        if create and extracted:
            user.groups.add(*Group.objects.filter(name__in=extracted))
