"""The trainers' phone pages (under /to-cong-nghe-so/)."""

urlpatterns: list = []
