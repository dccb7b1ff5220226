#!/usr/bin/env bash
# ldpub — MIT licence.
#
# Scripts/serve-check.sh [LDPUB]: `ldpub serve` with a real browser (issue 15).
#
# Starts `ldpub serve` (default: `swift run ldpub`; or the binary LDPUB) on a copy of Articles/,
# on 127.0.0.1 and a free port, opens the article page in headless Chromium (which stays open,
# with its DevTools endpoint on 127.0.0.1 and a free port), changes the article's title in the
# copy, and waits until the browser's tab shows the new title: the page reloaded by itself after
# the rebuild (server-sent events), with no navigation from here. Then it breaks the article and
# waits for the error page in the tab, fixes it and waits for the page again. Every wait is
# bounded; the server and the browser are stopped at the end (the server by SIGINT, exit 0).
#
# Needs Chromium (Debian: apt-get install -y chromium, or set CHROMIUM) and python3.

set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
ldpub=("${1:-}")
if [ -z "${ldpub[0]}" ]; then
    swift build --product ldpub >/dev/null
    ldpub=("$(swift build --show-bin-path)/ldpub")
fi
browser="${CHROMIUM:-}"
if [ -z "$browser" ]; then
    for candidate in chromium chromium-browser google-chrome; do
        if command -v "$candidate" >/dev/null 2>&1; then browser="$candidate"; break; fi
    done
fi
[ -n "$browser" ] || { echo "error: no Chromium found (apt-get install -y chromium, or set CHROMIUM)" >&2; exit 2; }

work=$(mktemp -d)
server_pid="" browser_pid=""
cleanup() {
    # The browser runs in its own process group: its helper processes go with it.
    if [ -n "$browser_pid" ]; then kill -- "-$browser_pid" 2>/dev/null || true; wait "$browser_pid" 2>/dev/null || true; fi
    [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null || true
    # A helper that is still exiting may write into the profile while it is removed: try again,
    # and never fail the check over a temporary folder.
    rm -rf "$work" 2>/dev/null || { sleep 1; rm -rf "$work" 2>/dev/null; } || true
}
trap cleanup EXIT
cp -r Articles "$work/in"
article="$work/in/hoe-werkt-ketamine.yaml"

"${ldpub[@]}" serve "$work/in" --output "$work/out" --port 0 --no-cache 2>"$work/serve.log" &
server_pid=$!
url=""
for _ in $(seq 1 600); do
    url=$(grep -o 'http://127\.0\.0\.1:[0-9]*/' "$work/serve.log" | head -1 || true)
    [ -n "$url" ] && break
    kill -0 "$server_pid" 2>/dev/null || { cat "$work/serve.log" >&2; echo "error: ldpub serve ended" >&2; exit 1; }
    sleep 0.2
done
[ -n "$url" ] || { cat "$work/serve.log" >&2; echo "error: ldpub serve did not start within 120 s" >&2; exit 1; }
echo "ldpub serve: $url"

mkdir "$work/profile"
setsid "$browser" --headless=new --no-sandbox --disable-gpu --no-first-run --no-default-browser-check --disable-extensions \
    --disable-background-networking --remote-debugging-address=127.0.0.1 --remote-debugging-port=0 \
    --user-data-dir="$work/profile" "${url}hoe-werkt-ketamine/" 2>"$work/browser.log" &
browser_pid=$!
devtools=""
for _ in $(seq 1 300); do
    [ -s "$work/profile/DevToolsActivePort" ] && devtools=$(head -1 "$work/profile/DevToolsActivePort") && break
    sleep 0.2
done
[ -n "$devtools" ] || { cat "$work/browser.log" >&2; echo "error: Chromium's DevTools port did not appear within 60 s" >&2; exit 1; }

# Waits (at most 60 s) until the page's tab has a title containing $1.
wait_for_title() {
    python3 - "$devtools" "$1" <<'PY'
import json, sys, time, urllib.request
port, wanted = sys.argv[1], sys.argv[2]
deadline = time.monotonic() + 60
titles = []
while time.monotonic() < deadline:
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/json/list", timeout=5) as response:
            titles = [tab.get("title", "") for tab in json.load(response) if tab.get("type") == "page"]
    except OSError:
        pass
    if any(wanted in title for title in titles):
        print(f"  the tab shows: {next(t for t in titles if wanted in t)}")
        sys.exit(0)
    time.sleep(0.2)
sys.exit(f"error: no tab titled '{wanted}' within 60 s (tabs: {titles})")
PY
}

wait_for_title "Hoe werkt ketamine?"
start=$(date +%s.%N)
sed -i 's/^title: "Hoe werkt ketamine?/title: "Zo werkt ketamine (bewerkt)?/' "$article"
wait_for_title "Zo werkt ketamine (bewerkt)?"
echo "  reloaded after the edit in $(python3 -c "import sys; print(f'{float(sys.argv[2]) - float(sys.argv[1]):.2f}')" "$start" "$(date +%s.%N)") s"
grep -q "__ldpub" "$work/out/hoe-werkt-ketamine/index.html" && { echo "error: the reload script was written to the output" >&2; exit 1; }
sed -i 's/^published:/publishd:/' "$article"
wait_for_title "ldpub: the build failed"
sed -i 's/^publishd:/published:/' "$article"
wait_for_title "Zo werkt ketamine (bewerkt)?"

kill -INT "$server_pid"
status=0
wait "$server_pid" || status=$?
server_pid=""
[ "$status" -eq 0 ] || { cat "$work/serve.log" >&2; echo "error: ldpub serve exited with $status after SIGINT" >&2; exit 1; }
echo "serve-check passed: the page reloaded after an edit, showed the error page and recovered; SIGINT stopped the server (exit 0)"
