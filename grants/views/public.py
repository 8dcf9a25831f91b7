"""/<lang>/grants/: the awarded grants, searchable and filterable like GrantNav, with totals.

The page reads through the same FilterSet and selectors as /api/v1/grants/, so its CSV link (the
API's `?format=csv` with the page's parameters) downloads exactly the grants the page lists.
"""

from dataclasses import dataclass
from typing import Any
from urllib.parse import urlencode

from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views import View

from ..filters import GRANT_PARAMETERS, GRANT_SORT_CHOICES, GrantFilterSet, clean_grant_params
from ..selectors.public import grant_facets, grant_identifier, grant_totals, public_grants

PAGE_SIZE = 20


@dataclass(frozen=True)
class Link:
    label: str
    url: str
    current: bool = False


def _params(data: Any) -> list[tuple[str, str]]:
    """The page's parameters as given (valid ones only), in a stable order, without the page."""
    pairs = []
    for name in GRANT_PARAMETERS:
        for value in dict.fromkeys(v.strip() for v in data.getlist(name)):
            if value:
                pairs.append((name, value))
    return pairs


def _url(base: str, pairs: list[tuple[str, str]]) -> str:
    return f"{base}?{urlencode(pairs)}" if pairs else base


def _requested_page(data: Any) -> int:
    try:
        page = int(data.get("page", "1"))
    except ValueError:
        raise Http404(_("There is no such page.")) from None
    if page < 1:
        raise Http404(_("There is no such page."))
    return page


def _page_links(page: int, last: int, base: str, pairs: list[tuple[str, str]]) -> list[Link | None]:
    numbers = sorted({1, last, *range(max(1, page - 2), min(last, page + 2) + 1)})
    links: list[Link | None] = []
    previous = 0
    for number in numbers:
        if number - previous > 1:
            links.append(None)
        links.append(
            Link(str(number), _url(base, [*pairs, ("page", str(number))] if number > 1 else pairs), number == page)
        )
        previous = number
    return links


class GrantListView(View):
    template_name = "grants/grant_list.html"

    def get(self, request: HttpRequest) -> HttpResponse:
        filterset, ignored = clean_grant_params(request.GET)
        cleaned = filterset.form.cleaned_data
        pairs = _params(filterset.data)
        base = reverse("public_grants:grant_list")
        page = _requested_page(request.GET)

        totals = grant_totals(cleaned)
        last = max(1, -(-totals.count // PAGE_SIZE))
        if page > last:
            raise Http404(_("There is no such page."))
        start = (page - 1) * PAGE_SIZE
        grants = list(public_grants(cleaned)[start : start + PAGE_SIZE])
        for award in grants:
            award.identifier = grant_identifier(award)  # type: ignore[attr-defined]

        facets = grant_facets(cleaned)
        active: list[Link] = []
        if cleaned.get("q"):
            q = cleaned["q"]
            active.append(Link(_("Search: “%(q)s”") % {"q": q}, _url(base, [p for p in pairs if p[0] != "q"])))
        for facet in facets:
            for option in facet.options:
                if option.selected:
                    without = [p for p in pairs if p != (facet.name, option.value)]
                    active.append(Link(f"{facet.label}: {option.label}", _url(base, without)))
        for province in cleaned.get("province") or []:
            without = [p for p in pairs if p != ("province", province.abbr_en)]
            active.append(Link(f"{_('Province')}: {province.name}", _url(base, without)))
        for name in ("min_amount", "max_amount"):
            if cleaned.get(name) is not None:
                label = GrantFilterSet.base_filters[name].label
                active.append(Link(f"{label}: {cleaned[name]:,.2f}", _url(base, [p for p in pairs if p[0] != name])))

        api = reverse("api:grant-list")
        context: dict[str, Any] = {
            "grants": grants,
            "totals": totals,
            "page": page,
            "num_pages": last,
            "start_index": start + 1 if grants else 0,
            "end_index": start + len(grants),
            "facets": [
                {
                    "name": facet.name,
                    "label": facet.label,
                    # the chosen values first, so that a long folded list shows them
                    "options": sorted(facet.options, key=lambda option: not option.selected),
                    "chosen": sum(1 for option in facet.options if option.selected),
                }
                for facet in facets
            ],
            "q": cleaned.get("q") or "",
            "min_amount": pairs_value(pairs, "min_amount"),
            "max_amount": pairs_value(pairs, "max_amount"),
            "sort": cleaned.get("sort") or "newest",
            "sort_choices": GRANT_SORT_CHOICES,
            "kept_provinces": [v for n, v in pairs if n == "province"],
            "active_filters": active,
            "clear_all_url": base,
            "pages": _page_links(page, last, base, pairs),
            "previous_url": _url(base, [*pairs, ("page", str(page - 1))] if page > 2 else pairs) if page > 1 else "",
            "next_url": _url(base, [*pairs, ("page", str(page + 1))]) if page < last else "",
            "csv_url": _url(api, [*pairs, ("format", "csv")]),
            "json_url": _url(api, pairs),
            "package_url": reverse("api:grants-360giving"),
            "ignored": [str(GrantFilterSet.base_filters[name].label) for name in ignored],
        }
        return render(request, self.template_name, context)


def pairs_value(pairs: list[tuple[str, str]], name: str) -> str:
    return next((value for n, value in pairs if n == name), "")
