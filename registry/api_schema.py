"""The open-data API's OpenAPI schema: every operation documents its errors with one body.

The bodies are those the API sends (registry.api_defaults.exception_handler for what DRF raises,
core.middleware for a NUL in the address and an over-long address): `detail` in the request's
language, `detail_th` and `detail_en`, plus `errors` on a 400 for parameters and `retry_after`
on a 429 or 503.
"""

from typing import Any

from django.utils.translation import gettext_lazy as _
from drf_spectacular.openapi import AutoSchema
from drf_spectacular.utils import OpenApiResponse
from rest_framework import serializers


class ApiErrorSerializer(serializers.Serializer[Any]):
    """What the API answers when it does not answer the data."""

    detail = serializers.CharField(help_text=_("What went wrong and what to do, in the request's language."))
    detail_th = serializers.CharField(help_text=_("The same in Thai."))
    detail_en = serializers.CharField(help_text=_("The same in English."))
    # The body's key. DRF's metaclass takes declared fields off the class, so Serializer.errors
    # (the property) is not shadowed at run time; only the type checker sees a clash.
    errors = serializers.DictField(  # type: ignore[assignment]
        child=serializers.ListField(child=serializers.CharField()),
        required=False,
        help_text=_("400 for parameters: each parameter that is not valid, with what is wrong with it."),
    )
    retry_after = serializers.IntegerField(
        required=False, help_text=_("429 and 503: seconds to wait before asking again (also in Retry-After).")
    )


ERROR_DESCRIPTIONS = {
    400: _("A parameter is not valid (errors says which and why), or the address holds a NUL character."),
    404: _("No such record (a slug nothing is published under), a page past the last one, or an unknown format."),
    414: _("The address (path and query string) is longer than the API accepts (4,096 characters by default)."),
    429: _("Too many requests from this client address: wait retry_after seconds (also in Retry-After)."),
    503: _("The search is too broad to answer in time: add a word or a filter, or retry after retry_after seconds."),
}
RETRY_AFTER_HEADER = {
    "Retry-After": {"schema": {"type": "integer"}, "required": True, "description": _("Seconds to wait.")}
}


# Free text in a parameter may hold anything but NUL, which every text parameter refuses with a
# 400 (django-filter's fields, core.middleware in a path): said in the schema, so that clients
# (and schemathesis) know such a value is not a valid request.
NO_NUL_PATTERN = r"^[^\x00]*$"


def refuse_nul(schema: dict[str, Any]) -> None:
    """Give a free-text (string, not enumerated) parameter schema the pattern without NUL."""
    if schema.get("type") == "array" and isinstance(schema.get("items"), dict):
        refuse_nul(schema["items"])
    elif schema.get("type") == "string" and "enum" not in schema and "format" not in schema:
        schema.setdefault("pattern", NO_NUL_PATTERN)


class OpenDataAutoSchema(AutoSchema):
    """drf-spectacular's AutoSchema, plus the error answers each operation can give, free-text
    parameters without NUL and pages from 1."""

    def _get_parameters(self) -> list[dict[str, Any]]:
        parameters: list[dict[str, Any]] = super()._get_parameters()
        for parameter in parameters:
            refuse_nul(parameter["schema"])
            if parameter["name"] == "page" and parameter["schema"].get("type") == "integer":
                parameter["schema"].setdefault("minimum", 1)
        return parameters

    def error_statuses(self) -> list[int]:
        """404 (an unknown `format`, page or slug), 414 and 429 everywhere; 400 where parameters
        or a path value are read; 503 where a search runs under its time limit."""
        statuses = [404, 414, 429]
        if getattr(self.view, "filterset_class", None) is not None or "{" in self.path:
            statuses.append(400)
        if getattr(self.view, "search_time_limited", False) and getattr(self.view, "action", None) == "list":
            statuses.append(503)
        return sorted(statuses)

    def _get_response_bodies(self, direction: Any = "response") -> dict[str, Any]:
        responses: dict[str, Any] = super()._get_response_bodies(direction)
        for status in self.error_statuses():
            response = self._get_response_for_code(
                OpenApiResponse(ApiErrorSerializer, description=ERROR_DESCRIPTIONS[status]),
                str(status),
                ["application/json"],
                direction,
            )
            if status in (429, 503):
                response["headers"] = {**response.get("headers", {}), **RETRY_AFTER_HEADER}
            responses.setdefault(str(status), response)
        return responses
