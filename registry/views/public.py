"""Public pages."""

from typing import Any

from django.views.generic import TemplateView

from .. import extensions, selectors


class HomeView(TemplateView):
    template_name = "registry/home.html"

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        context = super().get_context_data(**kwargs)
        context["areas"] = selectors.area_cards()
        context["newest"] = selectors.newest_ventures()
        context.update(extensions.home_context())  # the grants app adds the headline figures
        return context
