#!/usr/bin/env python3
# ldpub — MIT licence.
"""Copy what YAMLTestSuiteTests needs from the official YAML test suite into Tests/.

Usage: Scripts/import-yaml-test-suite.py [SOURCE]

SOURCE is the suite's generated data (branch `data` of yaml/yaml-test-suite), by default
`../shared/yaml-test-suite` relative to the repository root. It holds one folder per case id
(`229Q/`), or a folder of numbered sub-cases (`2G84/00/`, `2G84/01/`, ...); each case folder
holds `===` (the case name), `in.yaml`, and either `error` (the input must be rejected) or,
optionally, `in.json` (the expected data; one JSON value per document, one after another).

Writes Tests/YAMLNodesTests/YAMLTestSuite/ (replacing what is there):
- `<id>/in.yaml`  the input, byte for byte (`2G84-00` for sub-case 00 of 2G84);
- `<id>/in.json`  the expected documents as one JSON array `[doc1, doc2, ...]`, each value's
                  text copied unchanged from the suite's in.json (so number spellings and
                  duplicate keys survive); absent when the suite has no in.json;
- `index.json`    every case in id order: {"id", "name", "error", "json"} (the last two booleans).

Output depends only on the source files: stdlib only, sorted traversal, fixed formatting.
"""

import json
import os
import shutil
import sys

REPO_ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DESTINATION = os.path.join(REPO_ROOT, "Tests", "YAMLNodesTests", "YAMLTestSuite")


def case_folders(source):
    """Yields (id, folder) for every case, sorted by id."""
    cases = []
    for entry in sorted(os.listdir(source)):
        folder = os.path.join(source, entry)
        if not os.path.isdir(folder):
            continue
        if os.path.isfile(os.path.join(folder, "in.yaml")):
            cases.append((entry, folder))
            continue
        for sub in sorted(os.listdir(folder)):
            sub_folder = os.path.join(folder, sub)
            if sub.isdigit() and os.path.isfile(os.path.join(sub_folder, "in.yaml")):
                cases.append((entry + "-" + sub, sub_folder))
    # `name/` and `tags/` are indexes of the cases (flattened links), not cases: they hold no in.yaml.
    return sorted(cases)


def json_values(text):
    """Splits a stream of JSON values into the source text of each value."""
    decoder = json.JSONDecoder()
    values = []
    index = 0
    while True:
        while index < len(text) and text[index] in " \t\r\n":
            index += 1
        if index == len(text):
            return values
        _, end = decoder.raw_decode(text, index)
        values.append(text[index:end])
        index = end


def main(argv):
    if len(argv) > 2:
        sys.stderr.write("usage: Scripts/import-yaml-test-suite.py [SOURCE]\n")
        return 64
    source = argv[1] if len(argv) == 2 else os.path.join(REPO_ROOT, "..", "shared", "yaml-test-suite")
    if not os.path.isdir(source):
        sys.stderr.write("error: no YAML test suite at %s\n" % source)
        return 1

    cases = case_folders(source)
    if not cases:
        sys.stderr.write("error: no cases found in %s\n" % source)
        return 1

    if os.path.isdir(DESTINATION):
        shutil.rmtree(DESTINATION)
    os.makedirs(DESTINATION)

    index = []
    for case_id, folder in cases:
        with open(os.path.join(folder, "==="), "r", encoding="utf-8") as handle:
            name = handle.read().strip()
        is_error = os.path.isfile(os.path.join(folder, "error"))
        json_path = os.path.join(folder, "in.json")
        has_json = (not is_error) and os.path.isfile(json_path)

        target = os.path.join(DESTINATION, case_id)
        os.makedirs(target)
        with open(os.path.join(folder, "in.yaml"), "rb") as handle:
            yaml_bytes = handle.read()
        with open(os.path.join(target, "in.yaml"), "wb") as handle:
            handle.write(yaml_bytes)

        if has_json:
            with open(json_path, "r", encoding="utf-8") as handle:
                values = json_values(handle.read())
            array = "[" + ",\n".join(values) + "]\n" if values else "[]\n"
            json.loads(array)  # must be one valid JSON array
            with open(os.path.join(target, "in.json"), "w", encoding="utf-8", newline="\n") as handle:
                handle.write(array)

        index.append({"id": case_id, "name": name, "error": is_error, "json": has_json})

    with open(os.path.join(DESTINATION, "index.json"), "w", encoding="utf-8", newline="\n") as handle:
        handle.write("[\n")
        handle.write(",\n".join("  " + json.dumps(entry, ensure_ascii=False, sort_keys=True) for entry in index))
        handle.write("\n]\n")

    errors = sum(1 for entry in index if entry["error"])
    with_json = sum(1 for entry in index if entry["json"])
    print("imported %d cases (%d error cases, %d with in.json) into %s"
          % (len(index), errors, with_json, os.path.relpath(DESTINATION, REPO_ROOT)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
