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
import filecmp
import io
import json
import posixpath
import re
import shutil
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any, NoReturn
from urllib.parse import urlsplit

import yaml
from jinja2 import TemplateRuntimeError
from openapi_python_client import Project
from openapi_python_client.config import Config, ConfigFile, MetaType
from openapi_python_client.parser import GeneratorData
from openapi_python_client.parser.errors import GeneratorError
from openapi_python_client.schema.untrusted_string import UntrustedString
from openapi_python_client.strings import PythonIdentifier
from ruff.__main__ import find_ruff_bin  # type: ignore[import-untyped]

ROOT = Path(__file__).resolve().parent.parent
TEMPLATES = ROOT / "templates"
GENERATED = ROOT / "generated"


@dataclass(frozen=True)
class Api:
    spec: str
    package: str


APIS = (Api(spec="sakari.yaml", package="sakari_client"), Api(spec="highlevel.yaml", package="highlevel_client"))

# Modules openapi-python-client has no template slot for: rendered from templates/ into the package.
EXTRA_MODULES = {
    "_base_client.py": "runtime/base_client.py.jinja",
    "_auth.py": "runtime/auth.py.jinja",
    "_pagination.py": "runtime/pagination.py.jinja",
    "_bulk.py": "runtime/bulk.py.jinja",
    "_client.py": "runtime/client_facade.py.jinja",
}


def _walk(node: Any) -> Any:
    """Every mapping in a parsed YAML document, depth first."""
    if isinstance(node, dict):
        yield node
        for value in node.values():
            yield from _walk(value)
    elif isinstance(node, list):
        for value in node:
            yield from _walk(value)


def sdk_settings(raw_spec: dict[str, Any]) -> dict[str, Any]:
    """What the client facade templates need from the spec's ``x-sdk*`` extensions and security schemes."""
    sdk = raw_spec["info"]["x-sdk"]
    server = raw_spec["servers"][0]["url"]
    options: dict[str, dict[str, Any]] = {}
    parameter_options: dict[str, str] = {}
    field_options: dict[str, str] = {}
    for node in _walk(raw_spec):
        option = node.get("x-sdk-client-option")
        if option is None:
            continue
        options[option["name"]] = {"name": option["name"], "default": option.get("default")}
        if "in" in node:
            parameter_options[node["name"]] = option["name"]
        else:
            field_options[_field_name(raw_spec, node)] = option["name"]
    schemes = list(raw_spec["components"]["securitySchemes"].values())
    if len(schemes) != 1:
        raise SystemExit("the client facade supports exactly one security scheme")
    scheme = schemes[0]
    if scheme["type"] == "oauth2":
        token_path = urlsplit(scheme["flows"]["clientCredentials"]["tokenUrl"]).path
        name, operation = next((name, op) for name, op in raw_operations(raw_spec).items() if op["path"] == token_path)
        body_ref = operation["requestBody"]["content"]["application/json"]["schema"]["$ref"]
        answer_ref = operation["responses"]["200"]["content"]["application/json"]["schema"]["$ref"]
        auth = {
            "type": "client_credentials",
            "token_path": posixpath.relpath(token_path, urlsplit(server).path),
            "operation": name,
            "tag": operation["tags"][0],
            "request_model": body_ref.rsplit("/", 1)[-1],
            "response_model": answer_ref.rsplit("/", 1)[-1],
        }
    elif scheme["type"] == "http" and scheme["scheme"] == "bearer":
        auth = {"type": "bearer"}
    else:
        raise SystemExit(f"the client facade does not support the security scheme {scheme}")
    return {
        "client": sdk["client"],
        "env_prefix": sdk["env-prefix"],
        "base_url": server,
        "auth": auth,
        "options": sorted(options.values(), key=lambda option: option["name"]),
        "parameter_options": parameter_options,
        "rate_limit_headers": sdk.get("rate-limit-headers"),
        "field_options": field_options,
    }


HTTP_METHODS = frozenset({"get", "put", "post", "delete", "options", "head", "patch", "trace"})


def raw_operations(raw_spec: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """Each operation by its Python name, as the spec writes it, with its parameters' references resolved."""
    operations = {}
    for path, path_item in raw_spec["paths"].items():
        for method, operation in path_item.items():
            if method not in HTTP_METHODS:
                continue
            parameters = []
            for parameter in path_item.get("parameters", []) + operation.get("parameters", []):
                if "$ref" in parameter:
                    parameter = raw_spec["components"]["parameters"][parameter["$ref"].rsplit("/", 1)[-1]]
                parameters.append(parameter)
            # Keyed like openapi-python-client's Endpoint.name.
            key = str(PythonIdentifier(operation["operationId"], prefix="field_"))
            operations[key] = {
                **operation,
                "path": path,
                "method": method,
                "parameters": parameters,
                "constraints": _constraints(raw_spec, parameters, operation),
            }
    return operations


def _constraints(
    raw_spec: dict[str, Any], parameters: list[dict[str, Any]], operation: dict[str, Any]
) -> list[dict[str, Any]]:
    """The numeric ranges of an operation's parameters and JSON body fields, for the facade to check."""
    found = []
    for parameter in parameters:
        found.append({"in": "parameter", "name": parameter["name"], **parameter.get("schema", {})})
    body = operation.get("requestBody", {}).get("content", {}).get("application/json", {}).get("schema")
    if body is not None and "$ref" in body:
        body = raw_spec["components"]["schemas"][body["$ref"].rsplit("/", 1)[-1]]
    for name, schema in (body or {}).get("properties", {}).items():
        found.append({"in": "body", "name": name, **schema})
    return [
        {
            "in": item["in"],
            "python_name": str(PythonIdentifier(item["name"], prefix="field_")),
            "wire_name": item["name"],
            "minimum": item.get("minimum"),
            "maximum": item.get("maximum"),
        }
        for item in found
        if "minimum" in item or "maximum" in item
    ]


def _field_name(raw_spec: dict[str, Any], node: dict[str, Any]) -> str:
    for schema in _walk(raw_spec):
        for name, value in (schema.get("properties") or {}).items():
            if value is node:
                return str(name)
    raise SystemExit(f"x-sdk-client-option on something that is neither a parameter nor a property: {node}")


def _wire(name: Any) -> Any:
    """The spec's own spelling of a name, for lookups and comparisons (never emitted as code)."""
    return name.get_untrusted_value() if isinstance(name, UntrustedString) else name


def _raise_error(message: str) -> NoReturn:
    raise TemplateRuntimeError(message)


class _Project(Project):
    """openapi-python-client's project, plus py.typed and our extra modules."""

    def __init__(self, *, raw_spec: dict[str, Any], **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.env.globals["raise_error"] = _raise_error
        # In a class with a method named `list`, the annotation `list[...]` would name the method.
        self.env.filters["builtin_list"] = lambda code: re.sub(r"\blist\[", "builtins.list[", str(code))
        # The spec's own spelling of a name, for lookups and comparisons in templates (never emitted as code).
        self.env.filters["wire"] = lambda name: (
            name.get_untrusted_value() if hasattr(name, "get_untrusted_value") else name
        )
        self.env.globals["spec"] = raw_spec
        self.env.globals["sdk"] = sdk_settings(raw_spec)
        self.operations = raw_operations(raw_spec)
        self.env.globals["operations"] = self.operations
        self.env.globals["endpoint_variants"] = self._endpoint_variants

    def _endpoint_variants(self, endpoint: Any) -> list[dict[str, Any]]:
        """The facade methods of an operation: one for its JSON body (or no body), one per other content type."""
        operation = self.operations[endpoint.name]
        json_bodies = [body for body in endpoint.bodies if _wire(body.content_type) == "application/json"]
        found = []
        if json_bodies or not endpoint.bodies:
            if "x-sdk-method" not in operation:
                raise SystemExit(f"{operation['operationId']} has no x-sdk-method")
            found.append(
                {
                    "name": operation["x-sdk-method"],
                    "returns": operation.get("x-sdk-returns"),
                    "body": json_bodies[0].prop if json_bodies else None,
                    "file": False,
                    "content_type": json.dumps("application/json"),
                }
            )
        for body in endpoint.bodies:
            content_type = _wire(body.content_type)
            if content_type == "application/json":
                continue
            extra = operation.get("x-sdk-content-methods", {}).get(content_type)
            if extra is None:
                raise SystemExit(f"{operation['operationId']}: no x-sdk-content-methods entry for {content_type}")
            found.append(
                {
                    "name": extra["method"],
                    "returns": extra.get("returns"),
                    "body": body.prop,
                    "file": True,
                    "content_type": json.dumps(content_type),
                }
            )
        return found

    def _build_api(self) -> None:
        super()._build_api()
        (self.package_dir / "py.typed").write_text("", encoding="utf-8")
        # The spec travels with its client, for tools that serve or check it (the sandbox reads it).
        shutil.copyfile(self.config.document_source, self.package_dir / "openapi.yaml")
        for module, template in EXTRA_MODULES.items():
            text = self.env.get_template(template).render()
            (self.package_dir / module).write_text(text, encoding=self.config.file_encoding)


def _ruff(*args: str) -> str:
    # The binary itself: `python -m ruff` would put the package folder, with its types.py, on sys.path.
    return f"{find_ruff_bin()} {' '.join(args)} --no-cache --config {ROOT / 'pyproject.toml'} ."


def generate_package(api: Api, destination: Path) -> None:
    """Write the package of ``api`` to ``destination`` (a folder that must not exist yet)."""
    document = ROOT / "spec" / api.spec
    raw_spec = yaml.safe_load(document.read_text(encoding="utf-8"))
    config_file = ConfigFile(
        package_name_override=api.package,
        post_hooks=[_ruff("check", "--fix-only", "--quiet"), _ruff("format", "--quiet")],
        literal_enums=False,
        # A CSV body is bytes sent as they are, with its own content type.
        content_type_overrides={"text/csv": "application/octet-stream"},
    )
    config = Config.from_sources(
        config_file, MetaType.NONE, document, "utf-8", overwrite=False, output_path=destination
    )
    openapi = GeneratorData.from_dict(raw_spec, config=config)
    if isinstance(openapi, GeneratorError):
        raise SystemExit(f"{api.spec}: {openapi.header}: {openapi.detail}")
    apply_python_names(openapi, config)
    project = _Project(openapi=openapi, config=config, custom_template_path=TEMPLATES, raw_spec=raw_spec)
    errors = project.build()
    if errors:
        details = "\n".join(f"  {error.level.name}: {error.header}: {error.detail}" for error in errors)
        raise SystemExit(f"{api.spec}: generation reported problems:\n{details}")


def apply_python_names(openapi: GeneratorData, config: Config) -> None:
    """Rename model fields whose schema sets ``x-python-name`` (a misspelt wire name, say); the wire name stays."""
    for model in openapi.models:
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
