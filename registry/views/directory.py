"""The directory: search by social problem, narrow by facets, page through the results."""

from dataclasses import dataclass
from typing import Any
from urllib.parse import urlencode

from django.http import Http404, HttpRequest, HttpResponse, QueryDict
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views import View

from ..filters import SORT_CHOICES, VentureFilterSet, directory_filterset, facet_names
from ..maps import COUNTRY, PROVINCE, PlaceMap, place_map, venture_count_legend, ventures_on_place, whole_number
from ..search.limits import RETRY_AFTER_SECONDS, SearchTooBroad, search_time_limit
from ..selectors import DirectoryResult, PageOutOfRange, area_cards, directory_page_size, directory_search

# "view=map" shows the ventures found on a map of provinces instead of a list (views.MAP_VIEW).
MAP_VIEW = "map"


def parameters() -> tuple[str, ...]:
    """The directory's query parameters, in the order its links write them."""
    return ("q", *facet_names(), "sort", "view")


def clean_directory_params(data: QueryDict) -> tuple[VentureFilterSet, list[str]]:
    """Validate the parameters; values that are not understood are dropped (and named)."""
    filterset = directory_filterset(data)
    if filterset.is_valid():
        return filterset, []
    ignored = sorted(filterset.errors)
    kept = data.copy()
    for name in ignored:
        kept.pop(name, None)
    filterset = directory_filterset(kept)
    filterset.is_valid()
    return filterset, ignored


def requested_page(data: QueryDict) -> int:
    try:
        page = int(data.get("page", "1"))
    except ValueError:
        raise Http404(_("There is no such page.")) from None
    if page < 1:
        raise Http404(_("There is no such page."))
    return page


@dataclass(frozen=True)
class Link:
    label: str
    url: str
    current: bool = False
    count: int | None = None


class DirectoryUrls:
    """URLs of the directory with one parameter changed (page numbers reset), for plain links."""

    def __init__(self, params: dict[str, list[str]]) -> None:
        self.params = params
        self.base = reverse("registry:venture_list")

    def build(self, params: dict[str, list[str]]) -> str:
        pairs = [(name, value) for name in parameters() for value in params.get(name, []) if value]
        return f"{self.base}?{urlencode(pairs)}" if pairs else self.base

    def toggle(self, name: str, value: str) -> str:
        params = {k: list(v) for k, v in self.params.items()}
        values = params.get(name, [])
        params[name] = [v for v in values if v != value] if value in values else [*values, value]
        return self.build(params)

    def without(self, name: str, value: str | None = None) -> str:
        params = {k: list(v) for k, v in self.params.items()}
        params[name] = [v for v in params.get(name, []) if value is not None and v != value]
        return self.build(params)

    def replace(self, name: str, value: str) -> str:
        return self.build({**self.params, name: [value]})

    def page(self, number: int) -> str:
        url = self.build(self.params)
        if number == 1:
            return url
        return f"{url}{'&' if '?' in url else '?'}page={number}"


def _params(filterset: VentureFilterSet) -> dict[str, list[str]]:
    data = filterset.data
    params: dict[str, list[str]] = {}
    for name in parameters():
        values = data.getlist(name) if hasattr(data, "getlist") else data.get(name, [])
        if isinstance(values, str):
            values = [values]
        values = [v for v in dict.fromkeys(v.strip() for v in values) if v]
        if values:
            params[name] = values
    if params.get("view") != [MAP_VIEW]:
        params.pop("view", None)  # only the map is another view; anything else is the list
    return params


def page_links(result: DirectoryResult, urls: DirectoryUrls) -> list[Link | None]:
    """Page numbers around the current one, with None for a gap."""
    last = result.num_pages
    numbers = sorted({1, last, *range(max(1, result.page - 2), min(last, result.page + 2) + 1)})
    links: list[Link | None] = []
    previous = 0
    for number in numbers:
        if number - previous > 1:
            links.append(None)
        links.append(Link(label=str(number), url=urls.page(number), current=number == result.page))
        previous = number
    return links


def view_links(urls: DirectoryUrls, showing_map: bool) -> list[Link]:
    """The switch between the list and the map, each keeping the search and the filters."""
    as_list = urls.without("view")
    as_map = urls.replace("view", MAP_VIEW)
    return [
        Link(label=_("List"), url=as_list, current=not showing_map),
        Link(label=_("Map"), url=as_map, current=showing_map),
    ]


def directory_map(result: DirectoryResult, urls: DirectoryUrls) -> PlaceMap:
    """The ventures found, counted per province and per country (the directory's facet counts)."""
    counts = {facet.name: {option.value: option.count for option in facet.options} for facet in result.facets}
    values = {(PROVINCE, code): n for code, n in counts.get("province", {}).items()} | {
        (COUNTRY, code): n for code, n in counts.get("country", {}).items()
    }
    list_urls = DirectoryUrls({name: values for name, values in urls.params.items() if name != "view"})
    return place_map(
        id="directory-map",
        title=_("Ventures found, by province and country"),
        series_name=_("Ventures"),
        values=values,
        href=lambda kind, code: list_urls.replace("province" if kind == PROVINCE else "country", code),
        accessible_name=ventures_on_place,
        value_label=whole_number,
        legend_label=venture_count_legend,
        legend_title=_("Ventures found"),
        integers=True,
    )


def too_broad(request: HttpRequest, params: dict[str, list[str]]) -> HttpResponse:
    """The search ran out of time: ask for one more word (503, try again later), keeping what was typed."""
    context = {
        "q": params.get("q", [""])[0],
        "hidden_params": [(n, v) for n, values in params.items() if n not in ("q", "sort") for v in values],
        "retry_after": RETRY_AFTER_SECONDS,
    }
    response = render(request, "registry/search_too_broad.html", context, status=503)
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    return response


class VentureListView(View):
    template_name = "registry/venture_list.html"

    def get(self, request: HttpRequest) -> HttpResponse:
        filterset, ignored = clean_directory_params(request.GET)
        page = requested_page(request.GET)
        params = _params(filterset)
        try:
            with search_time_limit():
                result = directory_search(filterset.form.cleaned_data, page=page, page_size=directory_page_size())
        except PageOutOfRange:
            raise Http404(_("There is no such page.")) from None
        except SearchTooBroad:
            return too_broad(request, params)
        urls = DirectoryUrls(params)
        showing_map = params.get("view") == [MAP_VIEW]
        facets = [
            {
                "name": facet.name,
                "label": facet.label,
                "options": [
                    {"option": option, "url": urls.toggle(facet.name, option.value)} for option in facet.options
                ],
                "has_selection": any(option.selected for option in facet.options),
                "approximate": facet.approximate,
            }
            for facet in result.facets
        ]
        active: list[Link] = []
        if result.query:
            active.append(Link(label=_("Search: “%(q)s”") % {"q": params["q"][0]}, url=urls.without("q")))
        for facet in result.facets:
            for option in facet.options:
                if option.selected:
                    active.append(
                        Link(label=f"{facet.label}: {option.label}", url=urls.without(facet.name, option.value))
                    )
        sorts = [
            Link(label=str(label), url=urls.replace("sort", value), current=value == result.sort)
            for value, label in SORT_CHOICES
            if value != "relevance" or result.query.include
        ]
        context: dict[str, Any] = {
            "result": result,
            "q": params.get("q", [""])[0],
            "params": params,
            "hidden_params": [(n, v) for n, values in params.items() if n not in ("q", "sort") for v in values],
            "facets": facets,
            "active_filters": active,
            "clear_all_url": urls.base,
            "sorts": sorts,
            "pages": page_links(result, urls),
            "previous_url": urls.page(result.page - 1) if result.has_previous else "",
            "next_url": urls.page(result.page + 1) if result.has_next else "",
            "suggestion_url": f"{urls.replace('q', result.suggestion)}" if result.suggestion else "",
            "ignored": [str(VentureFilterSet.base_filters[name].label) for name in ignored],
            "areas": area_cards() if not result.ventures else [],
            "facets_approximate": any(facet.approximate for facet in result.facets),
            "view_links": view_links(urls, showing_map),
            "place_map": directory_map(result, urls) if showing_map else None,
        }
        return render(request, self.template_name, context)
