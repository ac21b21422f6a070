"""Keep the search index in step with what is published."""

from modelsearch import index
from wagtail.signals import page_published


def reindex_published_page(sender, instance, **kwargs) -> None:
    # The automatic index update runs on post_save, before modelcluster writes a page's tags
    # and skills; index again once the whole page, relations included, is published.
    index.insert_or_update_object(instance.specific)


def connect() -> None:
    from .models import LessonPage, TopicPage

    for model in (LessonPage, TopicPage):
        page_published.connect(
            reindex_published_page, sender=model, dispatch_uid=f"reindex-{model.__name__}"
        )
