#!/usr/bin/env bash
# ldpub — MIT licence.
#
# Checks that the JSON Schemas of the input (Schemas/site.schema.json,
# Schemas/article.schema.json) agree with the Swift decoder on every fixture:
#
#   valid inputs, which the schemas must ACCEPT
#     Articles/site.yaml (site schema) and every other Articles/**/*.yaml|yml (article schema)
#     Tests/Fixtures/Sites/*/ and Tests/ArticleModelTests/Fixtures/BaseSite/ the same way
#       (site.yaml at the top of each folder, every other *.yaml|yml below it an article)
#     Tests/SchemaExamples/valid/{site,article}-*.yaml
#   the pattern table Tests/SchemaExamples/patterns.yaml (against patterns.schema.json)
#   invalid inputs, which the schemas must REJECT
#     Tests/SchemaExamples/invalid/{site,article}-*.yaml, each for the reason in its
#       "# schema-error: <text>" line (text found in check-jsonschema's "<path>: <message>")
#     Tests/ArticleModelTests/Fixtures/Invalid/schema-agreement.tsv, when it exists: one row a fixture,
#       tab-separated: <file or folder, relative to that folder>  <site|article>  <expectation>  <reason>
#       expectation  fail   the schema must reject it
#                    blind  the schema must ACCEPT it: the error is one JSON Schema cannot see
#                           (e.g. an undefined reference id); a reason is required
#                    skip   not run (e.g. an alias bomb that would exhaust the validator); a reason is required
#       A folder row is an input folder (site.yaml + articles): `fail` means some file of it is rejected.
#       Blank lines and lines starting with # are ignored.
#
# It also checks both schemas against the 2020-12 metaschema and that Schemas/csl-variables.txt
# lists exactly the CSL keys of article.schema.json#/$defs/cslItem (besides id and type).
#
# Installs nothing: needs check-jsonschema (python3 -m pip install check-jsonschema) and python3.
# Usage: Scripts/check-input-schemas.sh [-v|--verbose]
#   -v  also print the schema errors of rejected files
# Environment: CHECK_JSONSCHEMA (the command, default check-jsonschema), PYTHON (default python3).
# Exit status: 0 all agree, 1 a disagreement, 2 a setup problem (tool missing, schema unusable).
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

checker=${CHECK_JSONSCHEMA:-check-jsonschema}
python=${PYTHON:-python3}
if ! command -v "$checker" >/dev/null 2>&1; then
    echo "check-input-schemas: error: '$checker' not found; install it with: python3 -m pip install check-jsonschema" >&2
    exit 2
fi
if ! command -v "$python" >/dev/null 2>&1; then
    echo "check-input-schemas: error: '$python' not found" >&2
    exit 2
fi

# Bound the memory of every check-jsonschema run: an alias bomb must fail, not exhaust the machine.
ulimit -v 1048576 2>/dev/null || true    # KiB: 1 GiB

exec "$python" - "$checker" "$@" <<'PYTHON'
import concurrent.futures
import json
import os
import pathlib
import subprocess
import sys

CHECKER = sys.argv[1]
ARGS = sys.argv[2:]
VERBOSE = False
for arg in ARGS:
    if arg in ("-v", "--verbose"):
        VERBOSE = True
    elif arg in ("-h", "--help"):
        print("usage: Scripts/check-input-schemas.sh [-v|--verbose]")
        sys.exit(0)
    else:
        print(f"check-input-schemas: error: unknown argument '{arg}'", file=sys.stderr)
        sys.exit(2)

SCHEMAS = {"site": "Schemas/site.schema.json", "article": "Schemas/article.schema.json"}
CSL_LIST = pathlib.Path("Schemas/csl-variables.txt")
FACTS = pathlib.Path("Schemas/schemaorg-facts.json")
EXAMPLES = pathlib.Path("Tests/SchemaExamples")
FIXTURE_SITES = pathlib.Path("Tests/Fixtures/Sites")
BASE_SITE = pathlib.Path("Tests/ArticleModelTests/Fixtures/BaseSite")   # the site the invalid fixtures are checked with
MANIFEST_DIR = pathlib.Path("Tests/ArticleModelTests/Fixtures/Invalid")
MANIFEST = MANIFEST_DIR / "schema-agreement.tsv"
TIMEOUT = 120                 # seconds for one file

passed = 0
failed = 0


def report(ok, label, detail="", errors=()):
    global passed, failed
    if ok:
        passed += 1
    else:
        failed += 1
    print(f"  {'ok  ' if ok else 'FAIL'} {label}{': ' + detail if detail else ''}")
    if errors and (VERBOSE or not ok):
        for line in errors[:12]:
            print(f"         {line if len(line) <= 240 else line[:240] + ' ...'}")
        if len(errors) > 12:
            print(f"         ... {len(errors) - 12} more")


def note(text):
    print(f"  --   {text}")


def setup_error(text):
    print(f"check-input-schemas: error: {text}", file=sys.stderr)
    sys.exit(2)


def run_checker(*args):
    return subprocess.run([CHECKER, *args], stdin=subprocess.DEVNULL, capture_output=True, text=True,
                          timeout=TIMEOUT)


class Verdict:
    """What check-jsonschema said about one file: accepted, rejected (with errors) or a tool failure."""

    def __init__(self, state, errors=(), problem=""):
        self.state = state            # "accepted", "rejected" or "broken"
        self.errors = list(errors)
        self.problem = problem


def validate(path, schema):
    """Validates one file; a file the schema cannot even be applied to is 'broken', not 'rejected'."""
    try:
        result = run_checker("--schemafile", schema, "--default-filetype", "yaml", "-o", "json", "-v", path)
    except subprocess.TimeoutExpired:
        return Verdict("broken", problem=f"check-jsonschema ran longer than {TIMEOUT} s")
    try:
        data = json.loads(result.stdout)
    except ValueError:
        lines = [line for line in (result.stderr or result.stdout).splitlines() if line.strip()]
        summary = lines[0].strip() if lines else "no output"
        causes = [line.strip() for line in lines[1:] if not line.strip().startswith((">>>", "in \"", "^", "File "))]
        if causes and causes[-1] != summary:
            summary += " ... " + causes[-1]
        return Verdict("broken", problem=f"check-jsonschema exited {result.returncode} without a result: {summary}",
                       errors=lines[1:8] if VERBOSE else ())
    if data.get("status") == "ok" and result.returncode == 0:
        return Verdict("accepted")
    errors = []
    for error in data.get("errors", []):
        errors.append(f"{error['path']}: {error['message']}")
        for key in ("best_match", "best_deep_match"):
            if key in error:
                errors.append(f"  {error[key]['path']}: {error[key]['message']}")
        for sub in error.get("sub_errors", []):
            errors.append(f"    {sub['path']}: {sub['message']}")
    errors += [error["message"] for error in data.get("parse_errors", [])]
    if data.get("status") == "fail" and errors:
        return Verdict("rejected", errors)
    return Verdict("broken", problem=f"unexpected check-jsonschema result (exit {result.returncode})")


def validate_all(jobs):
    """jobs: list of (path, schema) -> list of Verdict, in order, run in parallel."""
    workers = max(1, min(8, os.cpu_count() or 1))
    with concurrent.futures.ThreadPoolExecutor(max_workers=workers) as pool:
        return list(pool.map(lambda job: validate(*job), jobs))


def input_folder(folder):
    """(path, kind) for an input folder: site.yaml at its top is the site, other *.yaml/*.yml articles."""
    files = []
    for path in sorted(folder.rglob("*")):
        if path.is_file() and path.suffix in (".yaml", ".yml"):
            kind = "site" if path.parent == folder and path.name == "site.yaml" else "article"
            files.append((str(path), kind))
    return files


def example_kind(path):
    if path.name.startswith("site-"):
        return "site"
    if path.name.startswith("article-"):
        return "article"
    return None


# ---- the tool and the schemas themselves -------------------------------------------------------
try:
    version = run_checker("--version").stdout.strip()
except (OSError, subprocess.SubprocessError) as error:
    setup_error(f"cannot run {CHECKER}: {error}")
print(f"check-input-schemas: {version or CHECKER}")

print("schemas:")
meta = run_checker("--check-metaschema", *SCHEMAS.values())
report(meta.returncode == 0, "metaschema", "site.schema.json and article.schema.json are valid JSON Schema 2020-12",
       (meta.stdout + meta.stderr).splitlines() if meta.returncode else ())
if meta.returncode != 0:
    setup_error("a schema is not valid JSON Schema; nothing else can be checked")
try:
    article_schema = json.loads(pathlib.Path(SCHEMAS["article"]).read_text(encoding="utf-8"))
    csl_keys = sorted(set(article_schema["$defs"]["cslItem"]["properties"]) - {"id", "type"})
    listed = CSL_LIST.read_text(encoding="utf-8").splitlines()
except (OSError, ValueError, KeyError) as error:
    setup_error(f"cannot compare {CSL_LIST} with the schema: {error}")
problems = []
if listed != sorted(listed) or len(set(listed)) != len(listed):
    problems.append(f"{CSL_LIST} is not sorted (byte order) and unique")
missing = sorted(set(csl_keys) - set(listed))
extra = sorted(set(listed) - set(csl_keys))
if missing:
    problems.append("in the schema, not in the list: " + ", ".join(missing))
if extra:
    problems.append("in the list, not in the schema: " + ", ".join(extra))
report(not problems, "csl-variables.txt", f"{len(listed)} keys, the same as article.schema.json#/$defs/cslItem"
       if not problems else "differs from article.schema.json#/$defs/cslItem", problems)

def check_refs():
    """Every $ref of both schemas must point at an existing definition (check-jsonschema resolves them lazily)."""
    problems, count, documents = [], 0, {}

    def load(path):
        if path not in documents:
            documents[path] = json.loads(path.read_text(encoding="utf-8"))
        return documents[path]

    def walk(node, here):
        nonlocal count
        if isinstance(node, dict):
            for key, value in node.items():
                if key == "$ref" and isinstance(value, str):
                    count += 1
                    target, _, pointer = value.partition("#")
                    try:
                        document = load((here.parent / target).resolve()) if target else load(here)
                        for part in [p for p in pointer.split("/") if p]:
                            part = part.replace("~1", "/").replace("~0", "~")
                            document = document[int(part)] if isinstance(document, list) else document[part]
                    except (OSError, ValueError, KeyError, IndexError, TypeError) as error:
                        problems.append(f"{here.name}: $ref {value} does not resolve ({type(error).__name__})")
                else:
                    walk(value, here)
        elif isinstance(node, list):
            for value in node:
                walk(value, here)

    for schema in SCHEMAS.values():
        path = pathlib.Path(schema).resolve()
        walk(load(path), path)
    report(not problems, "$refs", f"all {count} resolve" if not problems else "unresolvable", problems)


def check_vocabulary():
    """The schema.org enums must list what Schemas/schemaorg-facts.json (the Swift side's vocabulary) lists."""
    try:
        facts = json.loads(FACTS.read_text(encoding="utf-8"))
        # Types for `about`: Thing and its subclasses (DataType, the one class outside Thing, is not one).
        def is_thing(name, seen=()):
            return name == "Thing" or any(is_thing(parent, seen + (name,)) for parent in facts["classes"].get(name, [])
                                          if parent not in seen)
        classes = sorted(name for name in facts["classes"] if is_thing(name))
        specialties = sorted(name for name, types in facts["members"].items() if "MedicalSpecialty" in types)
    except (OSError, ValueError, KeyError, AttributeError) as error:
        report(False, "schema.org enums", f"cannot read {FACTS}: {error}")
        return
    problems = []
    for name, expected in (("schemaOrgType", classes), ("medicalSpecialty", specialties)):
        listed = article_schema["$defs"][name]["enum"]
        if sorted(listed) != expected:
            missing = sorted(set(expected) - set(listed))
            extra = sorted(set(listed) - set(expected))
            problems.append(f"$defs/{name}: missing {missing[:10]}, not in the facts {extra[:10]}")
    report(not problems, "schema.org enums", f"{len(classes)} classes (Thing and its subclasses) and {len(specialties)} MedicalSpecialty members, "
           f"as in {FACTS.name} (release {facts.get('about', {}).get('release', '?')})" if not problems else
           f"differ from {FACTS.name}: regenerate $defs/schemaOrgType and $defs/medicalSpecialty", problems)


check_refs()
check_vocabulary()

# ---- valid inputs ----------------------------------------------------------------------------------
print("valid inputs (the schemas must accept them):")
valid = []
articles = pathlib.Path("Articles")
if articles.is_dir():
    valid += input_folder(articles)
else:
    note("Articles/ is missing")
if FIXTURE_SITES.is_dir() and any(path.is_dir() for path in FIXTURE_SITES.iterdir()):
    for folder in sorted(path for path in FIXTURE_SITES.iterdir() if path.is_dir()):
        valid += input_folder(folder)
else:
    note(f"{FIXTURE_SITES}/: no fixture sites yet")
if BASE_SITE.is_dir():
    valid += input_folder(BASE_SITE)
for path in sorted((EXAMPLES / "valid").glob("*.yaml")):
    kind = example_kind(path)
    if kind is None:
        report(False, str(path), "name it site-*.yaml or article-*.yaml")
        continue
    valid.append((str(path), kind))
for (path, kind), verdict in zip(valid, validate_all([(path, SCHEMAS[kind]) for path, kind in valid])):
    if verdict.state == "accepted":
        report(True, f"{path} [{kind}]")
    elif verdict.state == "rejected":
        report(False, f"{path} [{kind}]", "the schema REJECTS a valid input", verdict.errors)
    else:
        report(False, f"{path} [{kind}]", verdict.problem, verdict.errors)

# ---- the pattern table -------------------------------------------------------------------------------
print("pattern table (every value under accept must match, every value under reject must not):")
table = EXAMPLES / "patterns.yaml"
if table.is_file():
    verdict = validate(str(table), str(EXAMPLES / "patterns.schema.json"))
    if verdict.state == "accepted":
        report(True, str(table))
    else:
        report(False, str(table), verdict.problem or "a value is classified wrongly", verdict.errors)
else:
    report(False, str(table), "missing")

# ---- invalid inputs ------------------------------------------------------------------------------------
print("invalid examples (the schemas must reject them, for the reason in their '# schema-error:' line):")
invalid = []
for path in sorted((EXAMPLES / "invalid").glob("*.yaml")):
    kind = example_kind(path)
    expected = [line.split(":", 1)[1].strip() for line in path.read_text(encoding="utf-8").splitlines()
                if line.startswith("# schema-error:")]
    if kind is None or not expected:
        report(False, str(path), "name it site-*.yaml or article-*.yaml and give it a '# schema-error:' line")
        continue
    invalid.append((str(path), kind, expected[0]))
for (path, kind, expected), verdict in zip(invalid, validate_all([(p, SCHEMAS[k]) for p, k, _ in invalid])):
    label = f"{path} [{kind}]"
    if verdict.state == "rejected":
        if any(expected in line for line in verdict.errors):
            report(True, label, expected)
        else:
            report(False, label, f"rejected, but not with '{expected}'", verdict.errors)
    elif verdict.state == "accepted":
        report(False, label, "the schema ACCEPTS it (expected: rejected)")
    else:
        report(False, label, verdict.problem, verdict.errors)

# ---- the agreement manifest ------------------------------------------------------------------------
print(f"agreement manifest ({MANIFEST}):")
if not MANIFEST.is_file():
    note("absent: nothing to compare yet")
else:
    rows = []
    for number, raw in enumerate(MANIFEST.read_text(encoding="utf-8").splitlines(), start=1):
        if not raw.strip() or raw.lstrip().startswith("#"):
            continue
        columns = [column.strip() for column in raw.split("\t")]
        if len(columns) == 3 and " " in columns[2]:           # "blind <reason>" in one column
            columns = columns[:2] + columns[2].split(None, 1)
        where = f"{MANIFEST.name}:{number}"
        if number == 1 and columns[0].lower() in ("file", "fixture", "path"):
            continue                                           # a header row
        if len(columns) < 3:
            report(False, where, "expected <file> TAB <site|article> TAB <fail|blind|skip> TAB <reason>")
            continue
        name, kind, expectation = columns[:3]
        reason = columns[3] if len(columns) > 3 else ""
        path = MANIFEST_DIR / name
        if kind not in SCHEMAS:
            report(False, where, f"unknown kind '{kind}' (site or article)")
        elif expectation not in ("fail", "blind", "skip"):
            report(False, where, f"unknown expectation '{expectation}' (fail, blind or skip)")
        elif expectation in ("blind", "skip") and not reason:
            report(False, where, f"'{expectation}' needs a reason in the fourth column")
        elif not path.exists():
            report(False, where, f"{path} does not exist")
        elif expectation == "skip":
            note(f"{name} [{kind}] skipped: {reason}")
        else:
            files = input_folder(path) if path.is_dir() else [(str(path), kind)]
            rows.append((name, kind, expectation, reason, files))
    jobs = [(file, SCHEMAS[file_kind]) for *_, files in rows for file, file_kind in files]
    verdicts = iter(validate_all(jobs))
    for name, kind, expectation, reason, files in rows:
        results = [next(verdicts) for _ in files]
        label = f"{name} [{kind}] {expectation}" + (f" ({reason})" if reason else "")
        broken = [verdict for verdict in results if verdict.state == "broken"]
        rejected = [verdict for verdict in results if verdict.state == "rejected"]
        if broken:
            report(False, label, broken[0].problem + " (mark it 'skip' with a reason if the schema tool cannot read it)",
                   broken[0].errors)
        elif not files:
            report(False, label, "the folder has no YAML files")
        elif expectation == "fail":
            if rejected:
                report(True, label, "rejected", [line for verdict in rejected for line in verdict.errors])
            else:
                report(False, label, "the schema ACCEPTS it: tighten the schema, or mark it 'blind' with the reason")
        else:
            if rejected:
                report(False, label, "the schema REJECTS it, so it is not blind: mark it 'fail'",
                       [line for verdict in rejected for line in verdict.errors])
            else:
                report(True, label, "accepted, as declared")

print(f"schemas: {passed} passed, {failed} failed")
sys.exit(1 if failed else 0)
PYTHON
