"""Read-only API of the directory (the same parameters, ventures and order as the page) and of
the social-innovation areas."""

from typing import Any
from urllib.parse import urlencode

from django.db.models import Count, Q, QuerySet
from django.http import Http404, StreamingHttpResponse
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django_filters.rest_framework import DjangoFilterBackend
from drf_spectacular.utils import OpenApiParameter, extend_schema_serializer
from rest_framework import mixins, serializers, viewsets
from rest_framework.exceptions import NotFound, ValidationError
from rest_framework.request import Request
from rest_framework.response import Response

from .api_defaults import HtmlSafeJSONRenderer, search_too_broad_response
from .filters import VentureFilterSet, published_ventures
from .models import SocialArea, Venture
from .models.ventures import VentureStatus
from .opendata import OpenDataViewMixin, export_chunk_size, list_schema
from .search.limits import SearchTooBroad, search_time_limit
from .selectors import (
    PageOutOfRange,
    directory_page_size,
    directory_rows,
    directory_search,
    public_venture_detail,
    venture_cards,
)
from .views.directory import parameters, requested_page

__all__ = ["AreaViewSet", "HtmlSafeJSONRenderer", "VentureViewSet"]


class VentureSerializer(serializers.ModelSerializer[Venture]):
    areas = serializers.SerializerMethodField()
    country = serializers.SerializerMethodField()
    province = serializers.SerializerMethodField()
    region = serializers.SerializerMethodField()
    url = serializers.SerializerMethodField()

    class Meta:
        model = Venture
        fields = [
            "slug",
            "name_th",
            "name_en",
            "summary_th",
            "summary_en",
            "areas",
            "country",
            "province",
            "region",
            "stage",
            "youth_led",
            "verified",
            "url",
        ]
        read_only_fields = fields

    def get_areas(self, venture: Venture) -> list[str]:
        return [venture_area.area.slug for venture_area in venture.venture_areas.all()]

    def get_country(self, venture: Venture) -> str:
        return venture.country.iso2

    def get_province(self, venture: Venture) -> str | None:
        return venture.province.abbr_en if venture.province is not None else None

    def get_region(self, venture: Venture) -> str | None:
        return venture.province.region.slug if venture.province is not None else None

    def get_url(self, venture: Venture) -> str:
        request = self.context.get("request")
        path = venture.get_absolute_url()
        return request.build_absolute_uri(path) if request is not None else path


class VentureSearchResultSerializer(VentureSerializer):
    """A venture in a page of results, with why it matched the search."""

    matched_terms = serializers.SerializerMethodField(
        help_text=_(
            "With q: the words of the search this venture matched, and the thesaurus concepts it matched "
            "through other words (labelled in the request's language); empty without q."
        )
    )

    class Meta(VentureSerializer.Meta):
        fields = [*VentureSerializer.Meta.fields, "matched_terms"]
        read_only_fields = fields

    def get_matched_terms(self, venture: Venture) -> list[str]:
        explanation = getattr(venture, "search_explanation", None)
        return list(explanation.terms) if explanation is not None else []


@extend_schema_serializer(many=False)
class VentureSearchPageSerializer(serializers.Serializer[Any]):
    """One page of ventures (the directory's page), with a "did you mean" when `q` is given."""

    count = serializers.IntegerField(help_text=_("Matches, at most 1,000 when q is given."))
    next = serializers.URLField(allow_null=True)
    previous = serializers.URLField(allow_null=True)
    results = VentureSearchResultSerializer(many=True)
    partial_match = serializers.BooleanField(
        required=False,
        help_text=_("With q: true when no venture has every word and the results match part of the description."),
    )
    suggestion = serializers.CharField(
        allow_null=True, required=False, help_text=_("With q: a corrected query (“did you mean”), or null.")
    )
    count_capped = serializers.BooleanField(
        required=False, help_text=_("With q: true when there are more than 1,000 matches.")
    )


class VentureViewSet(OpenDataViewMixin, viewsets.ReadOnlyModelViewSet[Venture]):
    """Published ventures. `q` searches (Thai, English, CLMV scripts) and adds `suggestion`."""

    serializer_class = VentureSerializer
    lookup_field = "slug"
    filter_backends = [DjangoFilterBackend]
    filterset_class = VentureFilterSet
    pagination_class = None
    csv_filename = "ventures.csv"
    search_time_limited = True  # a search past SEARCH_TIMEOUT_MS answers 503 (documented in the schema)

    def get_serializer_class(self) -> type[VentureSerializer]:
        # A page of results (and its CSV) says why each venture matched; one venture's record does not.
        return VentureSerializer if self.action == "retrieve" else VentureSearchResultSerializer

    def get_queryset(self) -> QuerySet[Venture]:
        if self.action == "retrieve":
            return public_venture_detail()
        return venture_cards()

    @list_schema(
        VentureSearchPageSerializer,
        parameters=[OpenApiParameter("page", int, required=False, description=_("A page of the results, from 1."))],
    )
    def list(self, request: Request, *args: Any, **kwargs: Any) -> Response | StreamingHttpResponse:
        filterset = VentureFilterSet(data=request.query_params, queryset=published_ventures(), request=request)
        if not filterset.is_valid():
            raise ValidationError(filterset.errors)
        if self.wants_csv():
            # Every matching venture, in the order of the pages (past the 1,000 a search counts to).
            return self.csv_response(directory_rows(filterset.form.cleaned_data, chunk_size=export_chunk_size()))
        try:
            page = requested_page(request.query_params)
            with search_time_limit():
                result = directory_search(
                    filterset.form.cleaned_data, page=page, page_size=directory_page_size(), with_facets=False
                )
        except (PageOutOfRange, Http404):
            raise NotFound("Invalid page.") from None
        except SearchTooBroad:
            return search_too_broad_response()

        def page_url(number: int) -> str:
            pairs = [(n, v) for n in parameters() for v in request.query_params.getlist(n)]
            if number > 1:
                pairs.append(("page", str(number)))
            return request.build_absolute_uri(f"{request.path}?{urlencode(pairs)}" if pairs else request.path)

        data: dict[str, Any] = {
            "count": result.count,
            "next": page_url(result.page + 1) if result.has_next else None,
            "previous": page_url(result.page - 1) if result.has_previous else None,
            "results": self.get_serializer(result.ventures, many=True).data,
        }
        if "q" in request.query_params:
            data["partial_match"] = result.partial
            data["suggestion"] = result.suggestion
            data["count_capped"] = result.count_capped
        return Response(data)


# --- Areas ------------------------------------------------------------------------------------------


class AreaSerializer(serializers.ModelSerializer[SocialArea]):
    sdgs = serializers.SerializerMethodField(help_text=_("The area's Sustainable Development Goals (1–17)."))
    active = serializers.BooleanField(source="is_active", read_only=True)
    venture_count = serializers.IntegerField(read_only=True, help_text=_("Published ventures in this area."))
    url = serializers.SerializerMethodField(help_text=_("The area's page; null for an area no longer in use."))

    class Meta:
        model = SocialArea
        fields = [
            "slug",
            "code",
            "name_th",
            "name_en",
            "description_th",
            "description_en",
            "sdgs",
            "active",
            "venture_count",
            "url",
        ]
        read_only_fields = fields

    def get_sdgs(self, area: SocialArea) -> list[int]:
        return sorted(sdg.number for sdg in area.sdgs.all())

    def get_url(self, area: SocialArea) -> str | None:
        if not area.is_active:
            return None
        request = self.context.get("request")
        path = reverse("registry:area_detail", kwargs={"slug": area.slug})
        return request.build_absolute_uri(path) if request is not None else path


def areas_for_api() -> QuerySet[SocialArea]:
    """Every area (also those no longer in use, which older grants name), with published ventures."""
    return (
        SocialArea.objects.annotate(
            venture_count=Count("ventures", filter=Q(ventures__status=VentureStatus.PUBLISHED), distinct=True)
        )
        .prefetch_related("sdgs")
        .order_by("order", "code")
    )


class AreaViewSet(OpenDataViewMixin, mixins.ListModelMixin, viewsets.GenericViewSet[SocialArea]):
    """The social-innovation areas (NIA lists nine; the list changes between funding years)."""

    serializer_class = AreaSerializer
    filter_backends: list[Any] = []
    csv_filename = "areas.csv"

    def get_queryset(self) -> QuerySet[SocialArea]:
        return areas_for_api()

    @list_schema(AreaSerializer)
    def list(self, request: Request, *args: Any, **kwargs: Any) -> Response | StreamingHttpResponse:
        if self.wants_csv():
            return self.csv_response(self.get_queryset().iterator(chunk_size=export_chunk_size()))
        return super().list(request, *args, **kwargs)
