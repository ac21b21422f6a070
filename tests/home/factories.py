"""Factories for the home app, and what every page factory shares: published pages."""

import factory
import wagtail_factories
from wagtail.models import Page, Site

from home.models import HomePage


class PublishedPageFactory(wagtail_factories.PageFactory):
    """A page as an editor leaves it: saved as a revision and published.

    ``publish=False`` leaves a page that was saved but never published through a revision.
    """

    class Meta:
        abstract = True
        skip_postgeneration_save = True

    @factory.post_generation
    def publish(page, create, extracted, **kwargs):
        if create and extracted is not False and page.live_revision_id is None:
            page.save_revision().publish()
            page.refresh_from_db()


class HomePageFactory(PublishedPageFactory):
    """The test's home page: under the tree root, the default site's root page.

    Made once per test: asked again (as every topic's parent is), it is the same page, so one
    test's topics share one home. The demo's home, if seeded, stays where it is but is no
    longer the site's root during the test.
    """

    class Meta:
        model = HomePage
        django_get_or_create = ("slug", "parent")

    parent = factory.LazyFunction(Page.get_first_root_node)
    title = "Trang chủ thử"
    slug = "trang-chu-thu"
    tagline = "Học kỹ năng số từng bước."
    intro = "Trang chủ của một bài kiểm thử."

    @factory.post_generation
    def site_root(home, create, extracted, **kwargs):
        if create:
            site = Site.objects.get(is_default_site=True)
            if site.root_page_id != home.pk:
                site.root_page = home
                site.save()  # clears Wagtail's cache of the sites' root paths
