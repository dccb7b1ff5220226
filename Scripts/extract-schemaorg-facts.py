#!/usr/bin/env python3
# ldpub — MIT licence.
"""Extract the facts ldpub's validator needs from a schema.org vocabulary release.

Reads the release's JSON-LD vocabulary file (schemaorg-current-https.jsonld) and writes
Schemas/schemaorg-facts.json: classes with their direct superclasses, data types with
theirs, properties with domainIncludes and rangeIncludes, enumeration members with their
types, superseded terms, the release version, the licence attribution and the sha256 of
the source file. No descriptions, labels or comments are copied. Classes that a property's
domainIncludes or rangeIncludes names but the release does not define are dropped from
those lists and named in "about".

The output is deterministic: sorted keys, one term per line, LF line ends, a final
newline. Running the script again reproduces the file byte for byte.

Usage (from the repository root):
    Scripts/extract-schemaorg-facts.py [VOCABULARY.jsonld] [--output FILE] [--release X]
    Scripts/extract-schemaorg-facts.py --check      # exit 1 if the committed file differs

Python 3 standard library only.
"""
import argparse
import hashlib
import json
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFAULT_SOURCE = os.path.join(ROOT, "..", "shared", "conformance", "data",
                              "schemaorg-current-https.jsonld")
DEFAULT_OUTPUT = os.path.join(ROOT, "Schemas", "schemaorg-facts.json")

# Releases whose vocabulary file this script has been run on, by the file's sha256. The file
# itself does not name its release; pass --release for any other file.
KNOWN_RELEASES = {
    "4467fa19edcb1d7fb3c46c0adf3591b7f870c4a60b7838bdb61694fd02864cf6": "30.0",
}
LICENCE = ("schema.org vocabulary, CC BY-SA 3.0, https://schema.org/docs/terms.html; "
           "facts extracted by ldpub's Scripts/extract-schemaorg-facts.py")
PREFIX = "schema:"


def fail(message):
    print("extract-schemaorg-facts: error: %s" % message, file=sys.stderr)
    sys.exit(2)


def as_list(value):
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def schema_names(value):
    """Local names of the schema.org terms referenced by value ({"@id": "schema:X"} or a list)."""
    names = set()
    for item in as_list(value):
        iri = item.get("@id") if isinstance(item, dict) else item
        if isinstance(iri, str) and iri.startswith(PREFIX):
            names.add(iri[len(PREFIX):])
    return sorted(names)


def extract(graph):
    """Return (classes, data_types, properties, members, superseded) from the vocabulary graph."""
    class_parents = {}
    datatype_roots = set()
    properties = {}
    members = {}
    superseded = {}
    for node in graph:
        iri = node.get("@id")
        if not isinstance(iri, str) or not iri.startswith(PREFIX):
            continue  # terms of other vocabularies (owl:equivalentClass targets and the like)
        name = iri[len(PREFIX):]
        types = as_list(node.get("@type"))
        replacements = schema_names(node.get("schema:supersededBy"))
        if len(replacements) > 1:
            fail("'%s' is superseded by several terms: %s" % (name, ", ".join(replacements)))
        if replacements:
            superseded[name] = replacements[0]
        if "rdf:Property" in types:
            properties[name] = {
                "domain": schema_names(node.get("schema:domainIncludes")),
                "range": schema_names(node.get("schema:rangeIncludes")),
            }
        elif "rdfs:Class" in types:
            class_parents[name] = schema_names(node.get("rdfs:subClassOf"))
            if "schema:DataType" in types:
                datatype_roots.add(name)
        else:
            enum_types = [t[len(PREFIX):] for t in types if isinstance(t, str) and t.startswith(PREFIX)]
            if enum_types:
                members[name] = sorted(set(enum_types))

    def ancestors(name):
        seen, todo = {name}, [name]
        while todo:
            for parent in class_parents.get(todo.pop(), ()):
                if parent not in seen:
                    seen.add(parent)
                    todo.append(parent)
        return seen

    # A few properties still name classes the release no longer defines (moved to the attic);
    # no node can have such a type, so they are dropped and listed in "about".
    dropped = set()
    for name, facts in properties.items():
        for key in ("domain", "range"):
            kept = [c for c in facts[key] if c in class_parents]
            dropped.update(c for c in facts[key] if c not in class_parents)
            if facts[key] and not kept:
                fail("every %s class of '%s' is undefined: %s" % (key, name, ", ".join(facts[key])))
            facts[key] = kept

    data_type_names = {c for c in class_parents if ancestors(c) & datatype_roots}
    data_types = {c: class_parents[c] for c in data_type_names}
    classes = {c: p for c, p in class_parents.items() if c not in data_type_names}
    for name, parents in classes.items():
        for parent in parents:
            if parent not in class_parents:
                fail("class '%s' has an undefined superclass '%s'" % (name, parent))
    for name, types in members.items():
        for t in types:
            if t not in class_parents:
                fail("member '%s' has an undefined type '%s'" % (name, t))
    return classes, data_types, properties, members, superseded, sorted(dropped)


def line(key, value):
    return "    %s: %s" % (json.dumps(key, ensure_ascii=False),
                           json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(", ", ": ")))


def section(name, mapping, last=False):
    lines = ["  %s: {" % json.dumps(name)]
    keys = sorted(mapping)
    for i, key in enumerate(keys):
        lines.append(line(key, mapping[key]) + ("," if i < len(keys) - 1 else ""))
    lines.append("  }" + ("" if last else ","))
    return lines


def render(source_bytes, source_name, release):
    try:
        vocabulary = json.loads(source_bytes.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as error:
        fail("%s is not JSON: %s" % (source_name, error))
    graph = vocabulary.get("@graph") if isinstance(vocabulary, dict) else None
    if not isinstance(graph, list):
        fail("%s has no @graph array" % source_name)
    classes, data_types, properties, members, superseded, dropped = extract(graph)
    about = {
        "droppedUndefinedClasses": dropped,
        "licence": LICENCE,
        "release": release,
        "source": source_name,
        "sourceSHA256": hashlib.sha256(source_bytes).hexdigest(),
    }
    lines = ["{", "  \"about\": {"]
    about_keys = sorted(about)
    for i, key in enumerate(about_keys):
        lines.append(line(key, about[key]) + ("," if i < len(about_keys) - 1 else ""))
    lines.append("  },")
    lines += section("classes", classes)
    lines += section("dataTypes", data_types)
    lines += section("members", members)
    lines += section("properties", properties)
    lines += section("supersededBy", superseded, last=True)
    lines.append("}")
    return ("\n".join(lines) + "\n").encode("utf-8")


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("source", nargs="?", default=DEFAULT_SOURCE,
                        help="the release's schemaorg-current-https.jsonld (default: %(default)s)")
    parser.add_argument("--output", default=DEFAULT_OUTPUT, help="facts file to write (default: %(default)s)")
    parser.add_argument("--release", help="release version, required when the source file is not a known release")
    parser.add_argument("--check", action="store_true",
                        help="do not write; exit 1 if the output file differs from what would be written")
    args = parser.parse_args(argv)

    try:
        with open(args.source, "rb") as handle:
            source_bytes = handle.read()
    except OSError as error:
        fail("cannot read %s: %s" % (args.source, error.strerror))
    digest = hashlib.sha256(source_bytes).hexdigest()
    release = args.release or KNOWN_RELEASES.get(digest)
    if release is None:
        fail("%s (sha256 %s) is not a known release; pass --release" % (args.source, digest))
    facts = render(source_bytes, os.path.basename(args.source), release)

    if args.check:
        try:
            with open(args.output, "rb") as handle:
                current = handle.read()
        except OSError:
            current = None
        if current != facts:
            print("%s is out of date; run Scripts/extract-schemaorg-facts.py" % os.path.relpath(args.output),
                  file=sys.stderr)
            return 1
        return 0

    temporary = args.output + ".tmp"
    with open(temporary, "wb") as handle:
        handle.write(facts)
    os.replace(temporary, args.output)
    return 0


if __name__ == "__main__":
    sys.exit(main())
