"""Read-only API of the awarded grants: the list (JSON pages or CSV) and the 360Giving package.

Only awards are public: applications, reviews, scores, votes and reasons never leave the admin,
and no field names a person (the applicant, reviewers and approvers stay out).
"""

from typing import Any

from django.db.models import QuerySet
from django.http import StreamingHttpResponse
from django.utils.translation import gettext_lazy as _
from django_filters.rest_framework import DjangoFilterBackend
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema
from rest_framework import mixins, serializers, viewsets
from rest_framework.exceptions import ValidationError
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from programs.models import Call, Programme
from registry.api_defaults import HtmlSafeJSONRenderer
from registry.models import Venture
from registry.models.ventures import VentureStatus
from registry.opendata import OpenDataViewMixin, export_chunk_size, list_schema

from .filters import GrantFilterSet
from .models import Award
from .selectors.public import grant_identifier, public_grants
from .threesixtygiving import package_chunks


class GrantProgrammeSerializer(serializers.ModelSerializer[Programme]):
    class Meta:
        model = Programme
        fields = ["slug", "name_th", "name_en"]
        read_only_fields = fields


class GrantCallSerializer(serializers.ModelSerializer[Call]):
    class Meta:
        model = Call
        fields = ["slug", "title_th", "title_en"]
        read_only_fields = fields


class GrantVentureSerializer(serializers.ModelSerializer[Venture]):
    url = serializers.SerializerMethodField(help_text=_("The venture's page; null when it is no longer published."))

    class Meta:
        model = Venture
        fields = ["slug", "name_th", "name_en", "url"]
        read_only_fields = fields

    def get_url(self, venture: Venture) -> str | None:
        if venture.status != VentureStatus.PUBLISHED:
            return None
        request = self.context.get("request")
        path = venture.get_absolute_url()
        return request.build_absolute_uri(path) if request is not None else path


class GrantSerializer(serializers.ModelSerializer[Award]):
    id = serializers.SerializerMethodField(help_text=_("Stable identifier, the same as in the 360Giving package."))
    title = serializers.CharField(source="application.title", read_only=True)
    description = serializers.CharField(source="application.summary", read_only=True)
    amount = serializers.DecimalField(max_digits=14, decimal_places=2, read_only=True)
    amount_thb = serializers.DecimalField(
        max_digits=16, decimal_places=2, read_only=True, help_text=_("The amount in THB at the award date.")
    )
    amount_disbursed = serializers.DecimalField(max_digits=14, decimal_places=2, read_only=True)
    amount_disbursed_thb = serializers.DecimalField(max_digits=16, decimal_places=2, read_only=True)
    planned_start = serializers.DateField(source="application.planned_start", read_only=True, allow_null=True)
    planned_end = serializers.DateField(source="application.planned_end", read_only=True, allow_null=True)
    programme = GrantProgrammeSerializer(source="application.call.programme", read_only=True)
    call = GrantCallSerializer(source="application.call", read_only=True)
    venture = GrantVentureSerializer(source="application.venture", read_only=True)
    areas = serializers.SerializerMethodField(help_text=_("The venture's areas (slugs), primary area first."))
    sdgs = serializers.SerializerMethodField(help_text=_("The venture's Sustainable Development Goals (1–17)."))
    country = serializers.SerializerMethodField()
    province = serializers.SerializerMethodField()
    region = serializers.SerializerMethodField()

    class Meta:
        model = Award
        fields = [
            "id",
            "title",
            "description",
            "amount",
            "currency",
            "amount_thb",
            "amount_disbursed",
            "amount_disbursed_thb",
            "award_date",
            "planned_start",
            "planned_end",
            "status",
            "programme",
            "call",
            "venture",
            "areas",
            "sdgs",
            "country",
            "province",
            "region",
        ]
        read_only_fields = fields

    def get_id(self, award: Award) -> str:
        return grant_identifier(award)

    def get_areas(self, award: Award) -> list[str]:
        return [link.area.slug for link in award.application.venture.venture_areas.all()]

    def get_sdgs(self, award: Award) -> list[int]:
        return sorted(sdg.number for sdg in award.application.venture.sdgs.all())

    def get_country(self, award: Award) -> str:
        return award.application.venture.country.iso2

    def get_province(self, award: Award) -> str | None:
        province = award.application.venture.province
        return province.abbr_en if province is not None else None

    def get_region(self, award: Award) -> str | None:
        province = award.application.venture.province
        return province.region.slug if province is not None else None


class GrantViewSet(OpenDataViewMixin, mixins.ListModelMixin, viewsets.GenericViewSet[Award]):
    """Awarded grants, newest first; the same parameters and order as the /grants/ page.

    `area`: the venture works in the area (any of its areas; slugs from areas/). `program`: slugs
    from programs/. `year`: the award's year. `region`, `province`, `country`: where the venture is
    based. `min_amount`, `max_amount`: the THB value at the award date. `q`: every word in the
    title or the venture's Thai or English name. Several values of one parameter mean either."""

    serializer_class = GrantSerializer
    filter_backends = [DjangoFilterBackend]
    filterset_class = GrantFilterSet
    csv_filename = "grants.csv"

    def get_queryset(self) -> QuerySet[Award]:
        return public_grants()

    def filter_queryset(self, queryset: Any) -> Any:
        filterset = GrantFilterSet(data=self.request.query_params, queryset=queryset, request=self.request)
        if not filterset.is_valid():
            raise ValidationError(filterset.errors)
        return public_grants(filterset.form.cleaned_data)

    @list_schema(GrantSerializer)
    def list(self, request: Request, *args: Any, **kwargs: Any) -> Response | StreamingHttpResponse:
        if self.wants_csv():
            grants = self.filter_queryset(self.get_queryset())
            return self.csv_response(grants.iterator(chunk_size=export_chunk_size()))
        return super().list(request, *args, **kwargs)


class ThreeSixtyGivingView(APIView):
    """Every awarded grant as one 360Giving data package (standard 1.4), built as it is sent."""

    renderer_classes = [HtmlSafeJSONRenderer]

    @extend_schema(
        operation_id="grants_360giving",
        summary=_("All awarded grants as a 360Giving data package"),
        description=_(
            "Validates against the 360Giving Data Standard 1.4 package schema. Identifiers start with "
            "the registry's 360Giving prefix; the nine areas and the SDGs are classifications, the "
            "venture's province is the beneficiary location (ISO 3166-2:TH code), programmes are "
            "grant programmes. No personal data."
        ),
        responses={(200, "application/json"): OpenApiTypes.OBJECT},
    )
    def get(self, request: Request) -> StreamingHttpResponse:
        response = StreamingHttpResponse(
            package_chunks(request, chunk_size=export_chunk_size()), content_type="application/json"
        )
        response["Content-Disposition"] = 'inline; filename="360giving.json"'
        return response
