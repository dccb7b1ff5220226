#!/usr/bin/env bash
# ldpub — MIT licence.
#
# Opens every article page OUTPUT/<slug>/index.html from disk in headless Chromium, with the
# network switched off, and checks the DOM the browser built: it holds the page's JSON-LD
# script (<script type="application/ld+json">, parseable), and every Claim of that JSON-LD is
# on the page as a numbered claim (<li id="claim-…">) showing its text; a claim without a
# supporting source says what is true of it in words, and every citation marker ([1]) links to
# an element of the page. The index of articles OUTPUT/index.html must open too and link every page.
# On a phone-sized screen the drawing of a page's claims stays readable (its text at least 9px
# tall, scrolling in its frame) and the page fits the screen. Then it
# writes a screenshot of one page, OUTPUT/screenshot.png (1280×2000 CSS pixels); the README's
# copy, Docs/sample-page.png, is made with SCREENSHOT=Docs/sample-page.png Scripts/browser-check.sh.
#
# Installs nothing: needs Chromium (Debian: apt-get install -y chromium) and python3.
# Usage: Scripts/browser-check.sh [OUTPUT [SLUG]]
#   OUTPUT  the output folder of `ldpub build` (default: Output)
#   SLUG    the page to take the screenshot of (default: the first article folder by name)
#   SCREENSHOT=FILE  where to write the screenshot (default: OUTPUT/screenshot.png)
#   CHROMIUM=/path/to/chrome  the browser to use (default: chromium, chromium-browser or google-chrome on PATH)
# Exit status: 0 all pages pass, 1 a page fails, 2 a prerequisite is missing.
set -euo pipefail

output="${1:-Output}"
slug="${2:-}"
browser="${CHROMIUM:-}"
if [ -z "$browser" ]; then
    for candidate in chromium chromium-browser google-chrome; do
        if command -v "$candidate" >/dev/null 2>&1; then browser="$candidate"; break; fi
    done
fi
if [ -z "$browser" ]; then
    echo "error: no Chromium found; on Debian: apt-get install -y chromium (or set CHROMIUM)" >&2
    exit 2
fi
if ! command -v python3 >/dev/null 2>&1; then
    echo "error: python3 not found" >&2
    exit 2
fi
if [ ! -f "$output/index.html" ]; then
    echo "error: no '$output/index.html'; build first (ldpub build --output '$output')" >&2
    exit 1
fi
output="$(cd "$output" && pwd)"

profile="$(mktemp -d)"
dumps="$(mktemp -d)"
# Chromium's helpers may still write into the profile as it exits: try again, and never fail
# the check over a temporary folder.
trap 'rm -rf "$profile" "$dumps" 2>/dev/null || { sleep 1; rm -rf "$profile" "$dumps" 2>/dev/null; } || true' EXIT

# Headless Chromium as root needs --no-sandbox; every host name resolves to nothing, so a page
# that tried to load anything from the network would show it (and the page must not need it).
run_browser() {
    timeout 120 "$browser" --headless=new --no-sandbox --disable-gpu --no-first-run --no-default-browser-check \
        --disable-extensions --disable-background-networking --host-resolver-rules="MAP * ~NOTFOUND" \
        --user-data-dir="$profile" "$@" 2>>"$dumps/browser.log"
}

pages=()
for page in "$output"/*/index.html; do
    [ -f "$page" ] && pages+=("$page")
done
if [ "${#pages[@]}" -eq 0 ]; then
    echo "error: no article page '$output/<slug>/index.html'" >&2
    exit 1
fi

status=0
run_browser --dump-dom "file://$output/index.html" >"$dumps/overview.html" || true
for page in "${pages[@]}"; do
    name="$(basename "$(dirname "$page")")"
    run_browser --dump-dom "file://$page" >"$dumps/$name.html" || true
    if ! python3 - "$dumps/$name.html" "$dumps/overview.html" "$name" <<'PYTHON'
import html, json, re, sys

dom = open(sys.argv[1], encoding="utf-8").read()
overview = open(sys.argv[2], encoding="utf-8").read()
slug = sys.argv[3]
problems = []
if not dom.strip():
    problems.append("the browser produced no DOM")
scripts = re.findall(r'<script type="application/ld\+json">(.*?)</script>', dom, re.S)
if len(scripts) != 1:
    problems.append(f"expected one application/ld+json script, found {len(scripts)}")
claims = []
if scripts:
    try:
        document = json.loads(scripts[0])
        claims = [node for node in document.get("@graph", []) if node.get("@type") == "Claim"]
    except ValueError as error:
        problems.append(f"the JSON-LD script does not parse: {error}")
shown = re.findall(r'<li id="claim-[^"]*" class="claim (supported|unsupported)"', dom)
if len(shown) != len(claims):
    problems.append(f"the JSON-LD has {len(claims)} claims, the page shows {len(shown)}")
text = re.sub(r"\s+", " ", dom)
for claim in claims:
    if html.escape(claim.get("text", ""), quote=False).strip() not in text:
        problems.append(f"claim text not on the page: {claim.get('text')!r}")
unsupported = shown.count("unsupported")
# A claim without a supporting source says what is true of it in words (no source cited, or
# sources that only dispute or mention it), in the page's language; never "no source supports".
statuses = re.findall(r'<li id="claim-[^"]*" class="claim unsupported"[^>]*>\s*<p class="claim-head">.*?<span class="claim-status">([^<]+)</span>', dom, re.S)
if len(statuses) != unsupported or any(not status.strip() for status in statuses):
    problems.append("a claim without a supporting source does not say so in words")
if "no source supports" in text:
    problems.append("the page says 'no source supports' where the data says the claim cites no source")
ids = set(re.findall(r'\sid="([^"]+)"', dom))
markers = re.findall(r'<sup class="cite"><a href="#([^"]+)">\[([0-9]+)\](?:<span class="visually-hidden">[^<]*</span>)?</a></sup>', dom)
for target, number in markers:
    if target not in ids:
        problems.append(f"citation marker [{number}] links to #{target}, which is not on the page")
if not re.search(r'<html lang="[^"]+"', dom):
    problems.append("the page has no language")
if f'href="{slug}/index.html"' not in overview:
    problems.append("the index of articles does not link to this page")
for problem in problems:
    print(f"browser-check: {slug}: {problem}", file=sys.stderr)
if not problems:
    print(f"browser-check: {slug}: {len(shown)} claims ({unsupported} without a supporting source, each saying why), "
          f"{len(markers)} citation markers and the JSON-LD script are in the DOM")
sys.exit(1 if problems else 0)
PYTHON
    then
        status=1
    fi
done

# On a phone-sized screen, a page's drawing of its claims may not shrink to a size nobody can
# read: it keeps at least 40rem and scrolls inside its frame, and the page itself stays within the
# screen. A copy of the page with a measuring script is opened in a 375 CSS-pixel-wide window
# (headless Chromium makes it at least 500 wide).
measure='<script>addEventListener("load", () => { const svg = document.querySelector(".graph-frame svg"); const text = svg && svg.querySelector("text"); document.documentElement.setAttribute("data-measured", [innerWidth, document.documentElement.scrollWidth, svg ? svg.getBoundingClientRect().width : 0, text ? text.getBoundingClientRect().height : 0].map(Math.round).join(" ")); });</script>'
for page in "${pages[@]}"; do
    name="$(basename "$(dirname "$page")")"
    grep -q 'class="graph-frame"' "$page" || continue
    python3 -c 'import sys; text = open(sys.argv[1], encoding="utf-8").read(); open(sys.argv[2], "w", encoding="utf-8").write(text.replace("</body>", sys.argv[3] + "</body>"))' \
        "$page" "$dumps/$name-phone.html" "$measure"
    run_browser --window-size=375,900 --virtual-time-budget=2000 --dump-dom "file://$dumps/$name-phone.html" >"$dumps/$name-phone-dom.html" || true
    read -r screen page_width graph_width text_height < <(grep -o 'data-measured="[^"]*"' "$dumps/$name-phone-dom.html" | head -n 1 | tr -d '"' | cut -d= -f2) || true
    if [ -z "${text_height:-}" ]; then
        echo "browser-check: $name: the phone-sized page could not be measured" >&2
        status=1
    elif [ "$page_width" -gt "$screen" ] || [ "$text_height" -lt 9 ]; then
        echo "browser-check: $name: on a ${screen}px-wide screen the page is ${page_width}px wide and the graph's text ${text_height}px tall (at most ${screen}px, at least 9px)" >&2
        status=1
    else
        echo "browser-check: $name: on a ${screen}px-wide screen the graph is ${graph_width}px wide (scrolling in its frame), its text ${text_height}px tall, and the page fits"
    fi
done

if [ -z "$slug" ]; then
    slug="$(basename "$(dirname "${pages[0]}")")"
fi
screenshot="${SCREENSHOT:-$output/screenshot.png}"
case "$screenshot" in /*) ;; *) screenshot="$(pwd)/$screenshot" ;; esac
rm -f "$screenshot"
run_browser --hide-scrollbars --window-size=1280,2000 --screenshot="$screenshot" "file://$output/$slug/index.html" >/dev/null || true
if [ -s "$screenshot" ]; then
    echo "browser-check: wrote $screenshot ($slug)"
else
    echo "browser-check: no screenshot was written; browser log:" >&2
    tail -n 20 "$dumps/browser.log" >&2
    status=1
fi
exit "$status"
