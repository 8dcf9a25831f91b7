"""/api/docs/: the OpenAPI schema as a plain, server-rendered page.

drf-spectacular's Swagger UI and Redoc pages load their scripts from a CDN, which the site's
Content-Security-Policy forbids (and which would tell a third party who reads the docs). This page
renders the same schema (/api/schema/) as HTML without any script.
"""

import threading
from dataclasses import dataclass, field
from typing import Any

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from drf_spectacular.generators import SchemaGenerator
from rest_framework.settings import api_settings

_schemas: dict[str, dict[str, Any]] = {}
_lock = threading.Lock()


def openapi_schema() -> dict[str, Any]:
    """The API's OpenAPI document in the active language (generated once per language)."""
    language = (get_language() or settings.LANGUAGE_CODE)[:2]
    with _lock:
        if language not in _schemas:
            _schemas[language] = SchemaGenerator().get_schema(request=None, public=True)
        return _schemas[language]


def describe(schema: dict[str, Any] | None) -> str:
    """A schema's type in a few words: `string (date)`, `list of Venture`, `one of: a, b`."""
    if not schema:
        return _("any value")
    if "$ref" in schema:
        return str(schema["$ref"]).rsplit("/", 1)[-1]
    for combiner in ("allOf", "oneOf", "anyOf"):
        if combiner in schema:
            return " | ".join(describe(part) for part in schema[combiner])
    kind = schema.get("type", "")
    if isinstance(kind, list):
        kind = " | ".join(str(k) for k in kind)
    if kind == "array":
        text = _("list of %(items)s") % {"items": describe(schema.get("items"))}
    elif "enum" in schema:
        text = _("one of: %(values)s") % {"values": ", ".join(str(v) for v in schema["enum"] if v is not None)}
    else:
        text = str(kind or _("object"))
        if schema.get("format"):
            text += f" ({schema['format']})"
    if schema.get("nullable"):
        text += " " + _("or null")
    return text


@dataclass
class Parameter:
    name: str
    location: str
    required: bool
    kind: str
    description: str


@dataclass
class Operation:
    method: str
    path: str
    anchor: str
    summary: str
    description: str
    parameters: list[Parameter] = field(default_factory=list)
    responses: list[tuple[str, str, str, str]] = field(default_factory=list)  # status, media, type, object


@dataclass
class Component:
    name: str
    description: str
    fields: list[Parameter] = field(default_factory=list)


def _operations(schema: dict[str, Any]) -> list[Operation]:
    operations = []
    for path, methods in schema.get("paths", {}).items():
        for method, spec in methods.items():
            operation = Operation(
                method=method.upper(),
                path=path,
                anchor=str(spec.get("operationId", f"{method}-{path}")),
                summary=str(spec.get("summary", "")),
                description=str(spec.get("description", "")),
            )
            for parameter in spec.get("parameters", []):
                operation.parameters.append(
                    Parameter(
                        name=parameter["name"],
                        location=parameter.get("in", ""),
                        required=bool(parameter.get("required")),
                        kind=describe(parameter.get("schema")),
                        description=str(parameter.get("description", "")),
                    )
                )
            for status, response in spec.get("responses", {}).items():
                for media_type, content in (response.get("content") or {"": {}}).items():
                    body = content.get("schema") or {}
                    ref = body.get("$ref") or (body.get("items") or {}).get("$ref") or ""
                    operation.responses.append((status, media_type, describe(body), ref.rsplit("/", 1)[-1]))
            operations.append(operation)
    return operations


def _components(schema: dict[str, Any]) -> list[Component]:
    components = []
    for name, spec in schema.get("components", {}).get("schemas", {}).items():
        required = set(spec.get("required", []))
        component = Component(name=name, description=str(spec.get("description", "")))
        for field_name, field_spec in spec.get("properties", {}).items():
            component.fields.append(
                Parameter(
                    name=field_name,
                    location="",
                    required=field_name in required,
                    kind=describe(field_spec),
                    description=str(field_spec.get("description", "")),
                )
            )
        if "enum" in spec:
            component.description = (component.description + " " + describe(spec)).strip()
        components.append(component)
    return components


def api_docs(request: HttpRequest) -> HttpResponse:
    """The API reference, rendered on the server from the OpenAPI schema."""
    schema = openapi_schema()
    return render(
        request,
        "api/docs.html",
        {
            "info": schema.get("info", {}),
            "operations": _operations(schema),
            "components": _components(schema),
            "schema_url": reverse("api_schema"),
            "api_root": request.build_absolute_uri(reverse("api:api-root")),
            "throttle_rate": api_settings.DEFAULT_THROTTLE_RATES.get("anon") or "",
        },
    )
