#!/usr/bin/env bash
# End to end through the real binary: the bundled example, bad input, usage
# errors and exit codes (0 ok, 1 skipped, 2 usage, 3 nothing usable).
set -uo pipefail
xref="$1"
export XREF_RULES="$PWD/claims/rules"
tmp="${TEST_TMPDIR:-$(mktemp -d)}"
fails=0
check() {  # check NAME CONDITION...
  local name="$1"; shift
  if "$@"; then echo "ok: $name"; else echo "FAIL: $name"; fails=$((fails + 1)); fi
}

# The bundled example: exit 0 and every output written.
"$xref" compare --corpus examples/iraq-pmf --out "$tmp/example" >"$tmp/out.txt" 2>"$tmp/err.txt"
rc=$?
check "example exits 0" test "$rc" -eq 0
for f in report.html report.md report.json claims.json report.pb; do
  check "example writes $f" test -s "$tmp/example/$f"
done
check "compare names the report" grep -q "report.html" "$tmp/out.txt"
check "report names the outlets" grep -q "Reuters" "$tmp/example/report.md"

# Bad input next to good input: exit 1, every bad file named, good ones compared.
bad="$tmp/bad"
mkdir -p "$bad"
cp examples/iraq-pmf/reuters.txt examples/iraq-pmf/voa.txt "$bad/"
printf 'Bad \xff byte.' > "$bad/broken.txt"
printf '' > "$bad/empty.txt"
printf 'file\toutlet\tpublished\turl\ttitle\nreuters.txt\tReuters\t2021-06-09\t\tR\nvoa.txt\tVOA\t2020-06-30\t\tV\nbroken.txt\tB\t2021-01-01\t\tB\nempty.txt\tE\t2021-01-01\t\tE\ngone.txt\tG\t2021-01-01\t\tG\n' > "$bad/manifest.tsv"
"$xref" compare --corpus "$bad" --out "$tmp/badout" >/dev/null 2>"$tmp/bad-err.txt"
rc=$?
check "bad input exits 1" test "$rc" -eq 1
check "stderr names invalid UTF-8 with offset" grep -q "broken.txt: invalid UTF-8 at byte 4" "$tmp/bad-err.txt"
check "stderr names the empty file" grep -q "empty.txt: empty article" "$tmp/bad-err.txt"
check "stderr names the missing file" grep -q "gone.txt.*missing" "$tmp/bad-err.txt"
check "report still written" test -s "$tmp/badout/report.html"
check "report lists skipped inputs" grep -q "broken.txt" "$tmp/badout/report.json"
check "good documents still compared" grep -q '"reuters"' "$tmp/badout/claims.json"

# Usage errors: exit 2.
"$xref" compare --out "$tmp/x" >/dev/null 2>&1; rc=$?
check "missing --corpus exits 2" test "$rc" -eq 2
"$xref" frobnicate >/dev/null 2>&1; rc=$?
check "unknown command exits 2" test "$rc" -eq 2
"$xref" report --report "$tmp/example/report.pb" --out "$tmp/r" --format pdf >/dev/null 2>&1; rc=$?
check "unknown format exits 2" test "$rc" -eq 2

# Nothing usable: exit 3.
mkdir -p "$tmp/none"
printf 'x' > "$tmp/none/a.bin"
printf 'file\toutlet\tpublished\turl\ttitle\nmissing.txt\tX\t2021-01-01\t\t\n' > "$tmp/none/manifest.tsv"
"$xref" compare --corpus "$tmp/none" --out "$tmp/noneout" >/dev/null 2>&1; rc=$?
check "no usable document exits 3" test "$rc" -eq 3
"$xref" compare --corpus "$tmp/does-not-exist" --out "$tmp/n2" >/dev/null 2>"$tmp/ne.txt"; rc=$?
check "missing corpus exits 3" test "$rc" -eq 3
check "missing corpus is named" grep -q "does-not-exist" "$tmp/ne.txt"

# The stages one by one give the same report as compare.
"$xref" extract --corpus examples/iraq-pmf --out "$tmp/claims.pb" 2>/dev/null; rc=$?
check "extract exits 0" test "$rc" -eq 0
"$xref" match --claims "$tmp/claims.pb" --out "$tmp/report.json" 2>/dev/null; rc=$?
check "match exits 0" test "$rc" -eq 0
"$xref" report --report "$tmp/report.json" --out "$tmp/staged" --format md 2>/dev/null; rc=$?
check "report exits 0" test "$rc" -eq 0
# Only the title differs: compare names the report after the corpus.
check "staged markdown equals compare's below the title" \
  cmp -s <(sed 1d "$tmp/staged/report.md") <(sed 1d "$tmp/example/report.md")

# eval prints the scorecard keys.
"$xref" eval --corpus examples/iraq-pmf --gold examples/iraq-pmf/gold.json --json >"$tmp/eval.json" 2>/dev/null; rc=$?
check "eval exits 0" test "$rc" -eq 0
for k in slot_precision slot_recall slot_f1 attribution_accuracy alias_precision alias_recall event_muc_f1 event_b3_f1 event_ceafe_f1 event_conll_f1 verdict_accuracy; do
  check "eval json has $k" grep -q "\"$k\"" "$tmp/eval.json"
done

echo "$fails failures"
[ "$fails" -eq 0 ]
