"""Read-only API of the directory: the same parameters, ventures and order as the page."""

from typing import Any
from urllib.parse import urlencode

from django.db.models import QuerySet
from django.http import Http404
from django.utils.translation import gettext_lazy as _
from django_filters.rest_framework import DjangoFilterBackend
from drf_spectacular.utils import extend_schema, inline_serializer
from rest_framework import serializers, viewsets
from rest_framework.exceptions import NotFound, ValidationError
from rest_framework.renderers import JSONRenderer
from rest_framework.request import Request
from rest_framework.response import Response

from .filters import VentureFilterSet, published_ventures
from .models import Venture
from .selectors import PageOutOfRange, directory_page_size, directory_search, public_venture_detail, venture_cards
from .views.directory import PARAMETERS, requested_page


class HtmlSafeJSONRenderer(JSONRenderer):
    """JSON with <, > and & written as \\u escapes, so venture text stays inert even if a
    client pastes the JSON into an HTML page (the JSON value is unchanged)."""

    _ESCAPES = ((b"<", b"\\u003c"), (b">", b"\\u003e"), (b"&", b"\\u0026"))

    def render(self, data: Any, accepted_media_type: str | None = None, renderer_context: Any = None) -> bytes:
        body = super().render(data, accepted_media_type, renderer_context)
        # Outside strings JSON has none of these characters, so replacing them is always safe.
        for raw, escaped in self._ESCAPES:
            body = body.replace(raw, escaped)
        return body


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


class VentureViewSet(viewsets.ReadOnlyModelViewSet[Venture]):
    """Published ventures. `q` searches (Thai, English, CLMV scripts) and adds `suggestion`."""

    serializer_class = VentureSerializer
    renderer_classes = [HtmlSafeJSONRenderer]
    lookup_field = "slug"
    filter_backends = [DjangoFilterBackend]
    filterset_class = VentureFilterSet
    pagination_class = None

    def get_queryset(self) -> QuerySet[Venture]:
        if self.action == "retrieve":
            return public_venture_detail()
        return venture_cards()

    @extend_schema(
        responses=inline_serializer(
            "VentureSearchPage",
            fields={
                "count": serializers.IntegerField(help_text=_("Matches, at most 1,000 when q is given.")),
                "next": serializers.URLField(allow_null=True),
                "previous": serializers.URLField(allow_null=True),
                "results": VentureSerializer(many=True),
                "suggestion": serializers.CharField(
                    allow_null=True, required=False, help_text=_("With q: a corrected query (“did you mean”), or null.")
                ),
                "count_capped": serializers.BooleanField(
                    required=False, help_text=_("With q: true when there are more than 1,000 matches.")
                ),
            },
        )
    )
    def list(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        filterset = VentureFilterSet(data=request.query_params, queryset=published_ventures(), request=request)
        if not filterset.is_valid():
            raise ValidationError(filterset.errors)
        try:
            page = requested_page(request.query_params)
            result = directory_search(
                filterset.form.cleaned_data, page=page, page_size=directory_page_size(), with_facets=False
            )
        except (PageOutOfRange, Http404):
            raise NotFound("Invalid page.") from None

        def page_url(number: int) -> str:
            pairs = [(n, v) for n in PARAMETERS for v in request.query_params.getlist(n)]
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
            data["suggestion"] = result.suggestion
            data["count_capped"] = result.count_capped
        return Response(data)
