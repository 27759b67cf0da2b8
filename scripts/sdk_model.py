"""What the generated client is made of, decided in Python from the spec's ``x-sdk-*`` extensions.

The templates only print: every choice (which operations a resource has, paging style, whether a
request may be resent, constraints, return types, the arguments of each method and what they pass
on) is made by a module of ``sdk/`` per concern (``service``, ``requests``, ``methods``, ``paging``,
``answers``, ``params``, ...), on openapi-python-client's own parse of the spec (its ``GeneratorData``
endpoints, models and properties, and its ``OpenAPI`` document for the extensions), and unit-tested;
``SdkModel`` ties them to one spec for the templates.

Extensions read:

- ``info.x-sdk``: ``client`` (class name), ``env-prefix``, ``rate-limit-headers`` (``limit``,
  ``remaining``, ``interval-ms``).
- on an operation: ``x-sdk-method`` (facade method name; the resource is the first tag),
  ``x-sdk-returns`` (the success model it returns), ``x-sdk-pagination``, ``x-sdk-idempotent``,
  ``x-sdk-bulk``, ``x-sdk-internal``, ``x-sdk-content-methods`` (a method per non-JSON body).
- on a parameter or body property: ``x-sdk-client-option`` (``name``, ``default``): filled from the
  client when the call does not give it.
"""

from __future__ import annotations

from openapi_python_client.parser import GeneratorData
from openapi_python_client.schema import OpenAPI
from sdk.answers import ErrorBody, error_bodies
from sdk.errors import SpecError
from sdk.methods import Method, Resource, methods, resources
from sdk.names import kind, wire
from sdk.params import ParamDict, request_params
from sdk.requests import RequestPlan, request_plan
from sdk.service import service
from sdk.spec import Endpoint, SpecIndex

__all__ = ["SdkModel", "SpecError"]


class SdkModel(SpecIndex):
    """The decisions for one spec, from openapi-python-client's parse of it: what the templates ask for.

    Each decision is made by its concern's module under ``sdk/``; this ties them to one parsed spec.
    """

    def __init__(self, package: str, document: OpenAPI, openapi: GeneratorData) -> None:
        super().__init__(document, openapi)
        self.package = package
        self.service = service(self, package)

    def former_names(self) -> dict[str, str]:
        """Old model names kept as deprecated aliases (``x-sdk-former-names`` on a schema), by old name."""
        found = {}
        for model in self.openapi.models:
            for old in (model.data.model_extra or {}).get("x-sdk-former-names", []):
                found[str(old)] = str(model.class_info.name)
        return dict(sorted(found.items()))

    def request_plan(self, endpoint: Endpoint) -> RequestPlan:
        """What ``build_request`` of this endpoint takes and sends."""
        return request_plan(self, endpoint)

    def params(self) -> list[ParamDict]:
        """The ``TypedDict`` of every model a JSON request body holds, for the generated ``params`` module."""
        return request_params(
            (
                body.prop
                for _, endpoint in self.endpoints()
                for body in endpoint.bodies
                if wire(body.content_type) == "application/json" and kind(body.prop) == "ModelProperty"
            ),
            self.models,
        )

    def error_bodies(self) -> tuple[ErrorBody, ...]:
        """The service's table of error bodies (``ServiceConfig.error_bodies``)."""
        return error_bodies((self.request_plan(endpoint).operation_id, endpoint) for _, endpoint in self.endpoints())

    def resources(self) -> list[Resource]:
        """The facade's resource classes, one per tag, with their methods."""
        return resources(self)

    def methods(self, endpoint: Endpoint) -> list[Method]:
        """The facade methods of an operation."""
        return methods(self, endpoint)
