import factory

from places.models import Village


class VillageFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Village
        django_get_or_create = ("name",)

    name = factory.Sequence(lambda n: f"Thôn Thử {n}")
    households = 200
    residents_15_plus = 600
