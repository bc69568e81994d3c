#!/usr/bin/python3
"""schema/policy.schema.json stays true to the loader: the shipped examples validate against
it (with Debian's python3-jsonschema and python3-yaml), and mistakes the loader rejects as
schema errors are rejected by the JSON Schema too."""
import copy
import glob
import json
import os
import sys
import unittest

import jsonschema
import yaml

SRC = os.environ.get("PIGUARD_SOURCE_DIR", ".")


class NoDatesLoader(yaml.SafeLoader):
    """YAML 1.1 turns 2026-03-01 into a date; the policy format treats it as text."""


NoDatesLoader.yaml_implicit_resolvers = {
    k: [(tag, rx) for tag, rx in v if tag != "tag:yaml.org,2002:timestamp"]
    for k, v in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def load(path):
    with open(path, encoding="utf-8") as f:
        return yaml.load(f, Loader=NoDatesLoader)


class PolicySchemaTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        with open(os.path.join(SRC, "schema", "policy.schema.json"), encoding="utf-8") as f:
            cls.schema = json.load(f)
        jsonschema.Draft202012Validator.check_schema(cls.schema)
        cls.validator = jsonschema.Draft202012Validator(cls.schema)
        cls.example = load(os.path.join(SRC, "examples", "policy", "bluebay-2026.1.yaml"))

    def errors(self, doc):
        return list(self.validator.iter_errors(doc))

    def test_examples_validate(self):
        paths = sorted(glob.glob(os.path.join(SRC, "examples", "policy", "*.yaml")))
        self.assertGreaterEqual(len(paths), 2)
        for path in paths:
            errs = self.errors(load(path))
            self.assertEqual(errs, [], f"{path}: {[e.message for e in errs]}")

    def mutated(self, fn):
        doc = copy.deepcopy(self.example)
        fn(doc)
        return self.errors(doc)

    def test_rejects_what_the_loader_rejects(self):
        cases = {
            "unknown top-level key": lambda d: d.update(extra=1),
            "unknown category key": lambda d: d["categories"][0].update(levle=3),
            "bad class": lambda d: d["categories"][0].update({"class": "C3"}),
            "level out of range": lambda d: d["categories"][0].update(level=6),
            "text without en": lambda d: d["operator"]["name"].pop("en"),
            "bad legal basis": lambda d: d["services"][0]["purposes"][0].update(legal_basis="contrakt"),
            "bad retention": lambda d: d["services"][0]["purposes"][0].update(retention="6 months"),
            "bad method": lambda d: d["services"][0]["purposes"][0]["collects"][0].update(method="satellite"),
            "bad operator": lambda d: d["trustees"][0]["receives"][0].update(deidentify="scramble"),
            "bad access": lambda d: d["roles"][0]["access"].update(contact="full"),
            "bad purpose ref": lambda d: d["trustees"][0]["receives"][0].update(purpose="sim_delivery"),
            "bad channel kind": lambda d: d["channels"]["query"][0].update(kind="pigeon"),
            "missing collects": lambda d: d["services"][0]["purposes"][0].pop("collects"),
            "wrong format": lambda d: d.update(piguard_policy=2),
        }
        for name, fn in cases.items():
            with self.subTest(name):
                self.assertNotEqual(self.mutated(fn), [], name)

    def test_optional_parts_linted_not_required(self):
        # Retention, refusal consequence and channels are optional in the schema: their
        # absence is a lint finding (P009-P014), not a schema error.
        def strip(d):
            d["services"][0]["purposes"][0].pop("retention")
            d["services"][0]["purposes"][0].pop("refusal_consequence")
            d.pop("channels")
        self.assertEqual(self.mutated(strip), [])


if __name__ == "__main__":
    unittest.main(verbosity=2)
