#!/usr/bin/env bash
# ldpub — MIT licence.
#
# Agreement between ldpub's validators and the independent conformance kit.
#
# Every mutation fixture (Tests/LinkedDataValidationTests/Fixtures/Mutations) is listed in the
# table below, either with the kit CHECK that must reject it, or with "-" and the reason the
# kit cannot judge it. For a listed CHECK, the kit must fail the file with an error of that
# CHECK, and ldpub's expectation (the fixture's .expected file) must hold an error too: both
# validators reject the document. For "-", the kit must accept the file (so the table stays
# true when the kit changes). The valid fixtures must pass the kit as well.
#
# Usage: Scripts/check-mutations-agree.sh        (from anywhere; CONFORMANCE_CHECK overrides
#        the kit's path, default ../shared/conformance/check relative to the repository root)
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
KIT="${CONFORMANCE_CHECK:-../shared/conformance/check}"
MUTATIONS="Tests/LinkedDataValidationTests/Fixtures/Mutations"
VALID="Tests/LinkedDataValidationTests/Fixtures/Valid"

if [[ ! -x "$KIT" ]]; then
    echo "check-mutations-agree: error: conformance kit not found at $KIT (run ../shared/conformance/install)" >&2
    exit 2
fi

# fixture                                      kit CHECK that rejects it, or "-" and why it cannot
read -r -d '' TABLE <<'EOF' || true
atom-author-without-name.xml                   ATOM-SCHEMA
atom-date-without-offset.xml                   ATOM-DATE
atom-duplicate-id.xml                          ATOM-ID
atom-entry-without-author.xml                  ATOM-AUTHOR
atom-entry-without-content-or-alternate.xml    ATOM-ENTRY
atom-id-not-an-iri.xml                         -  the kit checks that an id is present, not that it is an absolute IRI (RFC 4287 section 4.2.6)
atom-missing-entry-updated.xml                 ATOM-SCHEMA
atom-missing-feed-id.xml                       ATOM-ID
atom-missing-feed-updated.xml                  ATOM-SCHEMA
atom-missing-self-link.xml                     -  a warning in both (RFC 4287 says SHOULD)
atom-published-date-only.xml                   ATOM-DATE
atom-wrong-namespace.atom                      ATOM-ROOT
jsonfeed-author-not-object.json                JSONFEED-AUTHOR
jsonfeed-bad-date.json                         JSONFEED-DATE
jsonfeed-date-without-offset.json              JSONFEED-DATE
jsonfeed-deprecated-author.json                -  a warning in both (JSON Feed 1.0 'author')
jsonfeed-duplicate-id.json                     JSONFEED-ID
jsonfeed-missing-id.json                       JSONFEED-ITEM
jsonfeed-missing-title.json                    JSONFEED-REQUIRED
jsonfeed-no-content.json                       JSONFEED-ITEM
jsonfeed-tags-not-array.json                   JSONFEED-TYPE
jsonfeed-trailing-comma.json                   JSON-SYNTAX
jsonfeed-wrong-version.json                    JSONFEED-VERSION
jsonld-datetime-without-offset.jsonld          -  a warning in ldpub only; the kit accepts ISO 8601 date-times without an offset
jsonld-google-article.jsonld                   -  Google's Article rules are warnings in both (the kit checks the page node, ldpub the main Article)
jsonld-invalid-date.jsonld                     SCHEMA-RANGE
jsonld-member-of-other-enumeration.jsonld      SCHEMA-ENUM
jsonld-no-context.jsonld                       SCHEMA-TYPE
jsonld-node-where-text-expected.jsonld         SCHEMA-RANGE
jsonld-not-a-boolean.jsonld                    SCHEMA-RANGE
jsonld-not-a-url.jsonld                        -  the schema.org context declares 'url' as "@type": "@id", so after expansion the kit sees an IRI, not a literal; ldpub checks the string
jsonld-not-an-integer.jsonld                   SCHEMA-RANGE
jsonld-property-as-type.jsonld                 SCHEMA-TYPE
jsonld-remote-context.jsonld                   JSONLD-EXPAND
jsonld-superseded-member.jsonld                -  the kit warns about superseded types and properties, not superseded enumeration members; a warning in ldpub
jsonld-superseded-property.jsonld              -  a warning in both (schema.org supersededBy)
jsonld-syntax.jsonld                           JSONLD-SYNTAX
jsonld-text-where-class-expected.jsonld        -  a warning in both (schema.org tolerates text where a class is expected)
jsonld-undescribed-reference.jsonld            -  a warning in both (JSONLD-REF)
jsonld-unknown-audience-text.jsonld            SCHEMA-ENUM
jsonld-unknown-enumeration-member.jsonld       SCHEMA-ENUM
jsonld-unknown-property.jsonld                 SCHEMA-PROPERTY
jsonld-unknown-type.jsonld                     SCHEMA-TYPE
jsonld-wrong-domain.jsonld                     SCHEMA-DOMAIN
jsonld-wrong-range-class.jsonld                SCHEMA-RANGE
jsonld-wrong-range-literal.jsonld              SCHEMA-RANGE
rss-bad-rfc822-date.xml                        RSS-DATE
rss-duplicate-guid.xml                         RSS-GUID
rss-empty-guid.xml                             RSS-GUID
rss-invalid-calendar-date.xml                  RSS-DATE
rss-item-without-title-or-description.xml      RSS-ITEM
rss-malformed.xml                              XML-WELLFORMED
rss-missing-channel-link.xml                   RSS-CHANNEL
rss-missing-self-link.xml                      -  a warning in both (RSS Advisory Board recommendation)
rss-permalink-guid-not-url.xml                 -  the kit only warns; ldpub rejects a permalink guid that is not a URL
rss-relative-channel-link.xml                  -  the kit only warns; ldpub rejects a channel link that is not an absolute URL
rss-two-channels.xml                           RSS-CHANNEL
rss-undeclared-prefix.xml                      XML-WELLFORMED
rss-version.xml                                RSS-VERSION
rss-wrong-day-of-week.xml                      RSS-DATE
EOF

failures=0
fail() {
    echo "check-mutations-agree: FAIL: $*" >&2
    failures=$((failures + 1))
}

declare -A CHECK REASON
while read -r name check reason; do
    [[ -z "$name" ]] && continue
    CHECK[$name]="$check"
    REASON[$name]="${reason:-}"
done <<<"$TABLE"

# Every fixture is in the table, and every row names a fixture.
mapfile -t FIXTURES < <(cd "$MUTATIONS" && ls | grep -v '\.expected$' | LC_ALL=C sort)
for name in "${FIXTURES[@]}"; do
    [[ -n "${CHECK[$name]:-}" ]] || fail "$name is not in the table of Scripts/check-mutations-agree.sh"
done
for name in "${!CHECK[@]}"; do
    [[ -f "$MUTATIONS/$name" ]] || fail "the table lists $name, which is not in $MUTATIONS"
done

# Run the kit: once for all non-Atom files, once per Atom file (the kit validates Atom files
# with one jing run and charges jing's stray warnings to every Atom file of a failing batch).
OUTPUT="$(mktemp)"
trap 'rm -f "$OUTPUT"' EXIT
batch=()
for name in "${FIXTURES[@]}"; do
    case "$name" in
        atom-*) "$KIT" "$MUTATIONS/$name" >>"$OUTPUT" 2>&1 || true ;;
        *) batch+=("$MUTATIONS/$name") ;;
    esac
done
"$KIT" "${batch[@]}" >>"$OUTPUT" 2>&1 || true

# The kit's error lines for a file: "path: CHECK: message" (warnings and infos say so).
kit_errors() {
    grep -F -- "$1: " "$OUTPUT" | grep -vE "^[^:]+: [A-Z0-9-]+: (warning|info): " || true
}

both=0
kit_cannot=0
for name in "${FIXTURES[@]}"; do
    check="${CHECK[$name]:-}"
    [[ -z "$check" ]] && continue
    path="$MUTATIONS/$name"
    expected="$MUTATIONS/${name%.*}.expected"
    errors="$(kit_errors "$path")"
    if [[ "$check" == "-" ]]; then
        if [[ -n "$errors" ]]; then
            fail "$name: the table says the kit cannot judge it (${REASON[$name]}), but the kit rejects it:"$'\n'"$errors"
        else
            kit_cannot=$((kit_cannot + 1))
        fi
        continue
    fi
    if ! grep -qE "^$(printf '%s' "$path" | sed 's/[.[\*^$]/\\&/g'): $check: " <<<"$errors"; then
        fail "$name: the kit does not reject it with $check; its findings:"$'\n'"${errors:-(none)}"
        continue
    fi
    if ! grep -qF ": error: " "$expected"; then
        fail "$name: the kit rejects it ($check), but ldpub's expectation ($expected) has no error"
        continue
    fi
    both=$((both + 1))
done

# The valid fixtures pass the kit too.
if ! "$KIT" -q "$VALID" >"$OUTPUT" 2>&1; then
    fail "the valid fixtures in $VALID do not pass the kit:"$'\n'"$(cat "$OUTPUT")"
fi

echo "check-mutations-agree: ${#FIXTURES[@]} mutation fixtures: $both rejected by both validators, $kit_cannot outside the kit's checks (listed with reasons); valid fixtures pass the kit"
if ((failures > 0)); then
    echo "check-mutations-agree: $failures disagreement(s)" >&2
    exit 1
fi
