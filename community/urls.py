"""The campaign's pages outside the admin: the trainers' phone pages and the public check page
of a “Gia đình số” certificate."""

from community.public_urls import urlpatterns as public_urlpatterns
from community.trainer_urls import urlpatterns as trainer_urlpatterns

app_name = "community"

urlpatterns = [*trainer_urlpatterns, *public_urlpatterns]
