"""Read-only API of NIA's support programmes."""

from typing import Any

from django.db.models import QuerySet
from django.http import StreamingHttpResponse
from django.utils.translation import gettext_lazy as _
from rest_framework import mixins, serializers, viewsets
from rest_framework.request import Request
from rest_framework.response import Response

from registry.opendata import OpenDataViewMixin, export_chunk_size, list_schema

from .models import Programme


class ProgrammeSerializer(serializers.ModelSerializer[Programme]):
    active = serializers.BooleanField(source="is_active", read_only=True)
    url = serializers.SerializerMethodField(help_text=_("The programme's page; null for a programme no longer run."))

    class Meta:
        model = Programme
        fields = ["slug", "code", "kind", "name_th", "name_en", "summary_th", "summary_en", "active", "url"]
        read_only_fields = fields

    def get_url(self, programme: Programme) -> str | None:
        if not programme.is_active:
            return None
        request = self.context.get("request")
        path = programme.get_absolute_url()
        return request.build_absolute_uri(path) if request is not None else path


class ProgrammeViewSet(OpenDataViewMixin, mixins.ListModelMixin, viewsets.GenericViewSet[Programme]):
    """NIA's support programmes (also those no longer run, which older grants name)."""

    serializer_class = ProgrammeSerializer
    filter_backends: list[Any] = []
    csv_filename = "programs.csv"

    def get_queryset(self) -> QuerySet[Programme]:
        return Programme.objects.order_by("order", "code")

    @list_schema(ProgrammeSerializer)
    def list(self, request: Request, *args: Any, **kwargs: Any) -> Response | StreamingHttpResponse:
        if self.wants_csv():
            return self.csv_response(self.get_queryset().iterator(chunk_size=export_chunk_size()))
        return super().list(request, *args, **kwargs)
