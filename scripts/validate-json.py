#!/usr/bin/env python3
"""Validates JSON documents against one of EvidencePack's schemas (Schemas/*.schema.json).

Usage: validate-json.py SCHEMA INSTANCE [INSTANCE ...]   (INSTANCE "-" reads stdin)

Every schema in SCHEMA's folder is loaded into the reference registry, so cross-file `$ref`s
(`pack.schema.json#/$defs/record`) resolve locally and nothing is fetched from the network.
Prints one line per error (`file: /json/path: message`); exits 0 when all are valid, 1 when one
is not, 2 on a usage error. Needs the `jsonschema` package (pip install jsonschema).
"""
import json
import pathlib
import sys

import jsonschema
from referencing import Registry, Resource


def load_registry(folder):
    resources = []
    for path in sorted(folder.glob("*.schema.json")):
        schema = json.loads(path.read_text(encoding="utf-8"))
        resources.append((schema["$id"], Resource.from_contents(schema)))
    return Registry().with_resources(resources)


def main(argv):
    if len(argv) < 3:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    schema_path = pathlib.Path(argv[1])
    schema = json.loads(schema_path.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(
        schema, registry=load_registry(schema_path.parent), format_checker=jsonschema.FormatChecker())
    failed = False
    for name in argv[2:]:
        text = sys.stdin.read() if name == "-" else pathlib.Path(name).read_text(encoding="utf-8")
        try:
            instance = json.loads(text)
        except json.JSONDecodeError as error:
            print(f"{name}: not JSON: {error}")
            failed = True
            continue
        for error in sorted(validator.iter_errors(instance), key=lambda e: list(e.absolute_path)):
            print(f"{name}: {error.json_path}: {error.message}")
            failed = True
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
