"""What purges which kept pages (``core.pagecache``): every change a visitor could see.

One receiver per kind of change, all here, so that what the page cache forgets can be read in
one place:

| change | tags given new versions | pages rendered again |
| --- | --- | --- |
| a page published, unpublished or deleted | ``path:`` of the page, ``tree:`` of its parent, ``tk:`` of its translations | the page, every page below it, its parent's lists, its translations' language links |
| a page moved or reordered | ``path:`` of its old and new parent, and the above | both parents and everything below them (their tree paths shift) |
| a view restriction added, changed or removed | as for publishing the page | the page, those below it, the lists that showed it |
| the commune's settings | ``settings`` | every kept page (name and hotline in the header and footer) |
| a skill or level | ``skill:`` / ``level:`` of its translation key | the pages that list that skill or level |
| a picture | ``image:<id>`` | the pages that show it |
"""

from __future__ import annotations

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from wagtail.images import get_image_model
from wagtail.models import Page, PageViewRestriction
from wagtail.signals import page_published, page_unpublished, post_page_move, pre_page_move

from core.pagecache import purge, purge_page
from skills.models import Level, Skill

from .models import CommuneSettings


@receiver(page_published)
@receiver(page_unpublished)
def page_changed(sender, instance, **kwargs) -> None:
    purge_page(instance)


@receiver(post_delete)
def page_deleted(sender, instance, **kwargs) -> None:
    # Sent once for the specific class and once for ``Page``: the second one is enough.
    if sender is Page:
        purge_page(instance)


@receiver(pre_page_move)
@receiver(post_page_move)
def page_moved(sender, instance, parent_page_before, parent_page_after, **kwargs) -> None:
    # Moving shifts the tree paths of the page's siblings: both parents' subtrees go.
    purge_page(instance)
    purge(f"path:{parent_page_before.path}", f"path:{parent_page_after.path}")


@receiver(post_save, sender=PageViewRestriction)
@receiver(post_delete, sender=PageViewRestriction)
def restriction_changed(sender, instance, **kwargs) -> None:
    page = Page.objects.filter(pk=instance.page_id).first()
    if page is not None:
        purge_page(page)


@receiver(post_save, sender=CommuneSettings)
def settings_changed(sender, instance, **kwargs) -> None:
    purge("settings")


@receiver(post_save, sender=Skill)
@receiver(post_delete, sender=Skill)
def skill_changed(sender, instance, **kwargs) -> None:
    purge(f"skill:{instance.translation_key}")


@receiver(post_save, sender=Level)
@receiver(post_delete, sender=Level)
def level_changed(sender, instance, **kwargs) -> None:
    purge(f"level:{instance.translation_key}")


@receiver(post_save, sender=get_image_model())
@receiver(post_delete, sender=get_image_model())
def image_changed(sender, instance, **kwargs) -> None:
    purge(f"image:{instance.pk}")
