#!/usr/bin/env bash
# End-to-end test of the HTML report in a real browser.
#
# Renders the sample report (report/testdata/sample_report.textproto) with
# report/render_report, loads it in headless Chromium from Debian, checks the
# DOM after the page's script has run (summary, a conflict or divergence card,
# the agreement matrix, the article view with highlighted claims, the filter
# script's output), and saves a screenshot as report.png under the test outputs
# (bazel-testlogs/tests/report_browser_test/test.outputs/report.png, or inside
# outputs.zip there). Then loads report/testdata/hostile_report.textproto and
# checks that none of its markup became DOM or ran.
#
# Installs Chromium through scripts/setup when /usr/bin/chromium is missing.
set -euo pipefail

fixture=report/testdata/sample_report.textproto
render=report/render_report
chromium=/usr/bin/chromium
outputs="${TEST_UNDECLARED_OUTPUTS_DIR:-${TEST_TMPDIR:-/tmp}}"
work="$(mktemp -d "${TEST_TMPDIR:-/tmp}/report_browser.XXXXXX")"
export HOME="$work"

fail() { echo "FAIL: $*" >&2; exit 1; }

if [[ ! -x "$chromium" ]]; then
  # Runfiles link to the source tree; its root holds scripts/setup.
  src="$(readlink -f "$fixture")"
  root="${src%/"$fixture"}"
  [[ -f "$root/scripts/setup" ]] || fail "no $chromium and no scripts/setup under $root"
  echo "installing Chromium: bash $root/scripts/setup chromium"
  bash "$root/scripts/setup" chromium || fail "scripts/setup chromium failed"
  [[ -x "$chromium" ]] || fail "scripts/setup chromium did not install $chromium"
fi

"$render" "$fixture" "$work/report" || fail "render_report failed"
page="file://$work/report/report.html"

flags=(--headless --no-sandbox --disable-gpu --no-first-run
       --disable-background-networking --disable-component-update --disable-sync)

timeout 120 "$chromium" "${flags[@]}" --user-data-dir="$work/profile-dom" \
  --dump-dom "$page" >"$work/dom.html" 2>"$work/dom.log" \
  || { cat "$work/dom.log" >&2; fail "chromium --dump-dom failed"; }

expect() {  # expect <description> <fixed string> [dom file]
  grep -qF -- "$2" "${3:-$work/dom.html}" || fail "DOM lacks $1: $2"
}
expect "the summary" 'id="summary"'
expect "the conflict count" '<span class="n">2</span><span class="l">conflicts</span>'
expect "a conflict card" '<article class="card v-conflict"'
expect "a divergence card" '<article class="card v-divergent"'
expect "the event label" 'Arrest of Daniel Okafor, 2023-03-13'
expect "the agreement matrix" '<svg id="agreement-matrix"'
expect "a matrix cell" '>1/4</text>'
expect "the article view" '<article class="article" id="doc-0"'
expect "a highlighted claim" '<mark class="v-conflict"'
expect "the Arabic article" '<div class="text" dir="auto">اعتقال مدير ميناء إيستبورت'
expect "the claim list" '<aside class="claims">'
expect "the merged spellings" 'id="entities"'
# Written by the page's filter script: proves the script ran in the browser.
expect "the filter script's count" '<span id="shown">8 of 8 groups shown</span>'

# The filters, preset from the query string: discrepancies that Al-Sahil
# (doc-3) reports are the time conflict and the crime divergence.
timeout 120 "$chromium" "${flags[@]}" --user-data-dir="$work/profile-filter" \
  --dump-dom "$page?verdict=conflict,divergent&outlet=doc-3" >"$work/filtered.html" \
  2>"$work/filtered.log" || { cat "$work/filtered.log" >&2; fail "chromium --dump-dom failed (filters)"; }
expect "the filtered count" '<span id="shown">2 of 8 groups shown</span>' "$work/filtered.html"
expect "the agree button off" 'data-filter-verdict="agree" aria-pressed="false"' "$work/filtered.html"
hidden=$(grep -o 'class="card v-[a-z]* filtered-out"' "$work/filtered.html" | wc -l)
(( hidden == 6 )) || fail "filters: $hidden cards hidden, expected 6"

# Hostile input: markup in every field, quotes, Arabic. Injected markup that
# ran would set a data-pwned attribute on <body> or add elements.
"$render" report/testdata/hostile_report.textproto "$work/hostile" \
  || fail "render_report failed on the hostile report"
timeout 120 "$chromium" "${flags[@]}" --user-data-dir="$work/profile-hostile" \
  --dump-dom "file://$work/hostile/report.html" >"$work/hostile.html" \
  2>"$work/hostile.log" || { cat "$work/hostile.log" >&2; fail "chromium --dump-dom failed (hostile)"; }
hostile="$work/hostile.html"
scripts=$(grep -o '<script' "$hostile" | wc -l)
(( scripts == 1 )) || fail "hostile report: $scripts script elements in the DOM, expected only the page's own"
! grep -q '<img' "$hostile" || fail "hostile report: an injected <img> reached the DOM"
! grep -q 'data-pwned="' "$hostile" || fail "hostile report: injected code ran"
expect "the body untouched" '<body>' "$hostile"
expect "the escaped script" "&lt;script&gt;document.body.setAttribute('data-pwned','script')&lt;/script&gt;" "$hostile"
expect "the escaped closing tags" '&lt;/div&gt;&lt;/article&gt; He said "it' "$hostile"
expect "the Arabic sentence" 'قال مسؤول أمني إن القائد اعتقل' "$hostile"

timeout 120 "$chromium" "${flags[@]}" --user-data-dir="$work/profile-shot" \
  --hide-scrollbars --window-size=1280,4200 \
  --screenshot="$outputs/report.png" "$page" >"$work/shot.log" 2>&1 \
  || { cat "$work/shot.log" >&2; fail "chromium --screenshot failed"; }
[[ -s "$outputs/report.png" ]] || fail "no screenshot at $outputs/report.png"
[[ "$(head -c 4 "$outputs/report.png" | tail -c 3)" == "PNG" ]] \
  || fail "$outputs/report.png is not a PNG"
size=$(stat -c %s "$outputs/report.png")
(( size > 50000 )) || fail "screenshot suspiciously small ($size bytes)"
cp "$work/report/report.html" "$outputs/report.html"
echo "PASS: DOM checks; screenshot $outputs/report.png ($size bytes)"
