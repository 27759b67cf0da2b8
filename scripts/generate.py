"""Generate the client packages from ``spec/`` with the pinned openapi-python-client and ``templates/``.

    python scripts/generate.py            # write generated/sakari_client and generated/highlevel_client
    python scripts/generate.py --check    # regenerate into a temporary folder; fail, naming the files, if
                                          # generated/ differs

Every package is written to a temporary folder first and formatted there with ruff, using this
project's ruff settings, so a run is byte-for-byte repeatable wherever it happens.
"""

from __future__ import annotations

import argparse
import contextlib
import copy
import filecmp
import functools
import io
import shutil
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any, NoReturn

import yaml
from jinja2 import TemplateRuntimeError
from openapi_python_client import Project
from openapi_python_client.config import Config, ConfigFile, MetaType
from openapi_python_client.parser import GeneratorData
from openapi_python_client.parser.errors import GeneratorError
from openapi_python_client.schema import OpenAPI
from openapi_python_client.schema.untrusted_string import UntrustedString
from ruff.__main__ import find_ruff_bin  # type: ignore[import-untyped]
from sdk.answers import answer_parsers
from sdk.errors import SpecError
from sdk.models import closed_object, model_shape, tolerant_additional, tolerant_fields
from sdk.names import wire
from sdk.oauth import oauth_flow
from sdk.overlay import apply_overlay
from sdk_model import SdkModel

ROOT = Path(__file__).resolve().parent.parent
TEMPLATES = ROOT / "templates"
GENERATED = ROOT / "generated"


@dataclass(frozen=True)
class Api:
    spec: str
    package: str
    overlay: str | None = None  # an OpenAPI Overlay in spec/ telling what this version changes in ``spec``


APIS = (
    Api(spec="sakari.yaml", package="sakari_client"),
    Api(spec="highlevel.yaml", package="highlevel_client"),
    Api(spec="highlevel.yaml", package="highlevel_v3_client", overlay="highlevel-v3.overlay.yaml"),
)


def load_spec(api: Api) -> dict[str, Any]:
    """The spec an API's package is generated from: its spec file, with its overlay applied if it has one."""
    raw_spec: dict[str, Any] = yaml.safe_load((ROOT / "spec" / api.spec).read_text(encoding="utf-8"))
    if api.overlay is None:
        return raw_spec
    overlay = yaml.safe_load((ROOT / "spec" / api.overlay).read_text(encoding="utf-8"))
    return apply_overlay(raw_spec, overlay)


def _raise_error(message: str) -> NoReturn:
    raise TemplateRuntimeError(message)


class _Project(Project):
    """openapi-python-client's project, plus py.typed, the bundled spec and the facade modules.

    Templates get ``sdk`` (the ``SdkModel`` of the spec: every decision) and ``service`` (its
    settings); they only print what those say.
    """

    def __init__(self, *, sdk: SdkModel, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.sdk = sdk
        self.env.globals["raise_error"] = _raise_error
        # The spec's own spelling of a name, for lookups and comparisons in templates (never emitted as code).
        self.env.filters["wire"] = wire
        # A value as Python code (the values of data the generator decided, such as a paging's).
        self.env.filters["pyrepr"] = repr
        self.env.globals["sdk"] = sdk
        self.env.globals["service"] = sdk.service
        self.env.globals["former_names"] = sdk.former_names()
        self.env.globals["tolerant_fields"] = tolerant_fields
        self.env.globals["tolerant_additional"] = tolerant_additional
        self.env.globals["closed_object"] = closed_object
        self.env.globals["answer_parsers"] = answer_parsers
        self.env.globals["model_shape"] = functools.partial(model_shape, models=sdk.models)
        # The authorization-code flow of info.x-sdk.oauth (None without one): the oauth module and from_oauth.
        self.env.globals["oauth"] = oauth_flow(sdk)

    def _build_api(self) -> None:
        super()._build_api()
        # One HTTP path: the stock client module (a second transport) is not shipped.
        (self.package_dir / "client.py").unlink()
        (self.package_dir / "py.typed").write_text("", encoding="utf-8")
        # The spec travels with its client, for tools that serve or check it (the sandbox reads it).
        shutil.copyfile(self.config.document_source, self.package_dir / "openapi.yaml")
        resources = self.sdk.resources()
        modules = {
            "_config.py": self.env.get_template("facade/config.py.jinja").render(),
            "_client.py": self.env.get_template("facade/client.py.jinja").render(resources=resources),
            "params.py": self.env.get_template("facade/params.py.jinja").render(params=self.sdk.params()),
        }
        if self.sdk.service.webhooks is not None:
            modules["webhooks.py"] = self.env.get_template("facade/webhooks.py.jinja").render()
        if self.env.globals["oauth"] is not None:
            modules["oauth.py"] = self.env.get_template("facade/oauth.py.jinja").render()
        resource_template = self.env.get_template("facade/resource.py.jinja")
        (self.package_dir / "resources").mkdir()
        client = self.sdk.service.client
        modules["resources/__init__.py"] = f'"""The resources of the {client} client: one module per tag."""\n'
        for resource in resources:
            modules[f"resources/{resource.tag}.py"] = resource_template.render(resource=resource)
        for name, text in modules.items():
            (self.package_dir / name).write_text(text, encoding=self.config.file_encoding)


def _ruff(*args: str) -> str:
    # The binary itself: `python -m ruff` would put the package folder, with its types.py, on sys.path.
    return f"{find_ruff_bin()} {' '.join(args)} --no-cache --config {ROOT / 'pyproject.toml'} ."


def parse_spec(
    raw_spec: dict[str, Any], package: str, document: Path, destination: Path
) -> tuple[GeneratorData, Config, SdkModel]:
    """openapi-python-client's parse of a spec, as this project configures it, and the SDK decisions on it.

    Raises ``SpecError`` when the spec asks for something the generator cannot do.
    """
    config_file = ConfigFile(
        package_name_override=package,
        post_hooks=[_ruff("check", "--fix-only", "--quiet"), _ruff("format", "--quiet")],
        literal_enums=False,
        # A CSV body is bytes sent as they are, with its own content type.
        content_type_overrides={"text/csv": "application/octet-stream"},
    )
    config = Config.from_sources(
        config_file, MetaType.NONE, document, "utf-8", overwrite=False, output_path=destination
    )
    openapi = GeneratorData.from_dict(always_present(raw_spec), config=config)
    if isinstance(openapi, GeneratorError):
        raise SpecError(f"{openapi.header}: {openapi.detail}")
    apply_python_names(openapi, config)
    sdk = SdkModel(package, OpenAPI.model_validate(raw_spec), openapi)
    sdk.resources()  # every decision made up front: a spec error is reported before any file is written
    sdk.error_bodies()
    return openapi, config, sdk


def generate_package(api: Api, destination: Path) -> None:
    """Write the package of ``api`` to ``destination`` (a folder that must not exist yet)."""
    name = api.spec if api.overlay is None else f"{api.spec} + {api.overlay}"
    try:
        raw_spec = load_spec(api)
        with tempfile.TemporaryDirectory(prefix="spec-") as folder:
            # The package bundles the spec it was generated from: a version's own, overlay applied.
            document = ROOT / "spec" / api.spec
            if api.overlay is not None:
                document = Path(folder) / "openapi.yaml"
                document.write_text(yaml.safe_dump(raw_spec, sort_keys=False, allow_unicode=True), encoding="utf-8")
            openapi, config, sdk = parse_spec(raw_spec, api.package, document, destination)
            project = _Project(openapi=openapi, config=config, custom_template_path=TEMPLATES, sdk=sdk)
            errors = project.build()
    except SpecError as error:
        raise SystemExit(f"{name}: {error}") from None
    if errors:
        details = "\n".join(f"  {error.level.name}: {error.header}: {error.detail}" for error in errors)
        raise SystemExit(f"{name}: generation reported problems:\n{details}")


def always_present(raw_spec: dict[str, Any]) -> dict[str, Any]:
    """The spec as the models are generated from it: the properties a schema lists in
    ``x-sdk-always-present`` (ones every answer carries, by the services' documentation, though none
    marks them required) are required in its model, so they are typed without ``Unset``. The spec
    itself, which the sandbox and the contract tests read, is not changed.

    Only schemas that answers alone use may be marked: a required field in a request model would
    make it a required argument. ``SpecError`` names a marked schema a request body reaches.
    """
    schemas = raw_spec.get("components", {}).get("schemas", {})
    marked: dict[str, list[str]] = {
        name: list(definition["x-sdk-always-present"])
        for name, definition in schemas.items()
        if definition.get("x-sdk-always-present")
    }
    for name, props in marked.items():
        if unknown := [prop for prop in props if prop not in (schemas[name].get("properties") or {})]:
            raise SpecError(f"{name}: x-sdk-always-present names {', '.join(unknown)}, which it has no property for")
    if not marked:
        return raw_spec
    in_requests = _schemas_reached(
        [
            operation.get("requestBody", {})
            for item in raw_spec.get("paths", {}).values()
            for operation in item.values()
            if isinstance(operation, dict)
        ],
        schemas,
    )
    if wrong := sorted(set(marked) & in_requests):
        raise SpecError(
            f"x-sdk-always-present on {', '.join(wrong)}, which a request body uses: only answers may be marked"
        )
    spec = copy.deepcopy(raw_spec)
    for name, props in marked.items():
        definition = spec["components"]["schemas"][name]
        definition["required"] = list(dict.fromkeys([*definition.get("required", []), *props]))
    return spec


def _schemas_reached(roots: list[Any], schemas: dict[str, Any]) -> set[str]:
    """The component schemas that ``roots`` refer to, directly or through other schemas."""
    reached: set[str] = set()
    pending = list(roots)
    while pending:
        node = pending.pop()
        if isinstance(node, dict):
            ref = node.get("$ref")
            if isinstance(ref, str) and ref.startswith("#/components/schemas/"):
                name = ref.rsplit("/", 1)[1]
                if name not in reached:
                    reached.add(name)
                    pending.append(schemas.get(name, {}))
            pending.extend(node.values())
        elif isinstance(node, list):
            pending.extend(node)
    return reached


def apply_python_names(openapi: GeneratorData, config: Config) -> None:
    """Rename model fields whose schema sets ``x-python-name`` (a misspelt wire name, say); the wire name stays.

    Every copy of a model is renamed: the models list, and the body and answer models each endpoint
    holds (openapi-python-client gives an endpoint its own copies).
    """
    models: list[Any] = list(openapi.models)
    for collection in openapi.endpoint_collections_by_tag.values():
        for endpoint in collection.endpoints:
            models += [body.prop for body in endpoint.bodies if type(body.prop).__name__ == "ModelProperty"]
            models += [
                response.prop
                for response in endpoint.responses.patterns
                if type(response.prop).__name__ == "ModelProperty"
            ]
    for model in models:
        schemas = model.data.properties or {}
        by_name = {name.get_untrusted_value(): schema for name, schema in schemas.items()}
        for prop in (model.required_properties or []) + (model.optional_properties or []):
            extra = getattr(by_name.get(prop.name.get_untrusted_value()), "model_extra", None) or {}
            if "x-python-name" in extra:
                prop.set_python_name(UntrustedString(extra["x-python-name"]), config)


def _tree(folder: Path) -> dict[str, Path]:
    return {
        path.relative_to(folder).as_posix(): path
        for path in sorted(folder.rglob("*"))
        if path.is_file() and "__pycache__" not in path.parts
    }


def differences(expected: Path, actual: Path) -> list[str]:
    """Relative paths of the files that differ between two folders, or exist in only one."""
    wanted, present = _tree(expected), _tree(actual)
    return sorted(
        name
        for name in wanted.keys() | present.keys()
        if name not in wanted or name not in present or not filecmp.cmp(wanted[name], present[name], shallow=False)
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--check", action="store_true", help="fail if generated/ is not what the specs give")
    parser.add_argument("--keep", type=Path, help="generate into this folder instead (for debugging templates)")
    args = parser.parse_args()
    stale: list[str] = []
    with tempfile.TemporaryDirectory(prefix="generate-") as scratch:
        for api in APIS:
            fresh = (args.keep or Path(scratch)) / api.package
            if args.keep:
                shutil.rmtree(fresh, ignore_errors=True)
            # openapi-python-client prints a progress line of its own.
            with contextlib.redirect_stdout(io.StringIO()):
                generate_package(api, fresh)
            committed = GENERATED / api.package
            if args.check:
                stale += [f"generated/{api.package}/{name}" for name in differences(fresh, committed)]
            else:
                shutil.rmtree(committed, ignore_errors=True)
                shutil.copytree(fresh, committed, ignore=shutil.ignore_patterns("__pycache__"))
                print(f"wrote generated/{api.package}")
    if stale:
        print("generated/ is out of date with spec/ and templates/ (run `make generate`):", *stale, sep="\n  ")
        return 1
    if args.check:
        print("generated/ matches spec/ and templates/")
    return 0


if __name__ == "__main__":
    sys.exit(main())
