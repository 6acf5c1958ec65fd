#!/usr/bin/env bash
# `xref batch` loses nothing: a run killed with SIGKILL mid-way is completed
# by a rerun that reuses the finished stories; an unchanged rerun reuses
# everything; a changed article re-matches exactly its story; a corrupt JSONL
# line is listed as skipped (exit 1) and the batch still completes.
set -uo pipefail
xref="$1"
export XREF_RULES="$PWD/claims/rules"
tmp="${TEST_TMPDIR:-$(mktemp -d)}"
fails=0
check() {  # check NAME CONDITION...
  local name="$1"; shift
  if "$@"; then echo "ok: $name"; else echo "FAIL: $name"; fails=$((fails + 1)); fi
}
# Field N of the summary line "... 152 stories (152 matched, 0 reused, 0 failed) ...".
summary() { grep -o '[0-9]* stories ([0-9]* matched, [0-9]* reused, [0-9]* failed)' "$1"; }
count_of() { summary "$1" | grep -o "[0-9]* $2" | grep -o '^[0-9]*'; }
# Every story directory has its reports; no temporary file stands in for a
# final output. Claim sets and report protos (a story's completion marker)
# live in the spool's segment files (batch/spool.h), not in one file per
# article or story.
complete() {
  local out="$1" missing=0 n=0 d
  for d in "$out"/stories/*/; do
    n=$((n + 1))
    for f in report.html report.md report.json; do
      [ -s "$d/$f" ] || { echo "missing $d$f"; missing=$((missing + 1)); }
    done
  done
  [ "$n" -gt 0 ] && [ "$missing" -eq 0 ] && [ -s "$out/batch.json" ] && [ -s "$out/index.html" ]
}

"$xref" generate --stories 150 --outlets 6 --out "$tmp/gen" >/dev/null || exit 1
input="$tmp/gen/articles.jsonl"
out="$tmp/out"

# 1. Kill -9 a run after some stories are done, then rerun. A story is done
# when its report is spooled, right after its report.json; with one thread at
# most one story has its files written but is not done yet.
"$xref" batch --input "$input" --out "$out" --threads 1 >"$tmp/run1.txt" 2>&1 &
pid=$!
for _ in $(seq 1 6000); do
  done_now=$(ls "$out"/stories/*/report.json 2>/dev/null | wc -l)
  [ "$done_now" -ge 6 ] && break
  kill -0 "$pid" 2>/dev/null || break
  sleep 0.01
done
killed=0
kill -9 "$pid" 2>/dev/null && killed=1
wait "$pid" 2>/dev/null
done_at_kill=$(( $(ls "$out"/stories/*/report.json 2>/dev/null | wc -l) - 1 ))
check "run killed mid-way (stories done at kill: at least $done_at_kill)" test "$killed" -eq 1 -a "$done_at_kill" -ge 5
check "killed run wrote no index" test ! -s "$out/batch.json"
# What a writer killed between create and rename leaves (the kill above may or
# may not have hit that moment).
printf 'partial' >"$out/index.md.tmp.4242.3"
# What a kill in the middle of a spool append leaves: a torn record at the end
# of the segment (the kill above may or may not have hit that moment).
segment=$(ls "$out"/spool/claims/*.seg 2>/dev/null | tail -1)
check "the killed run spooled its claim sets in a segment" test -s "$segment"
torn_at=$(stat -c %s "$segment")
printf '\x40\x1f\x00\x00\x40\x1f\x00\x00\x01\x02\x03' >>"$segment"

"$xref" batch --input "$input" --out "$out" --threads 1 >"$tmp/run2.txt" 2>&1
rc=$?
check "rerun exits 0" test "$rc" -eq 0
check "rerun prints its summary" summary "$tmp/run2.txt"
total=$(summary "$tmp/run2.txt" | grep -o '^[0-9]*')
reused=$(count_of "$tmp/run2.txt" reused)
check "rerun reuses the stories done before the kill ($reused of $total)" \
  test "${reused:-0}" -ge "$done_at_kill" -a "${reused:-0}" -lt "${total:-0}"
check "rerun: no story failed" test "$(count_of "$tmp/run2.txt" failed)" = 0
check "every story has its reports" complete "$out"
stories_listed=$(grep -o '"status"' "$out/batch.json" | wc -l)
check "batch.json lists every story" test "$stories_listed" -eq "${total:-0}"
stray=$(find "$out" -name '*.tmp.*' | wc -l)
check "rerun removes abandoned temporary files and leaves none" test "$stray" -eq 0
check "rerun says it removed them" grep -q "temporary file(s) an interrupted run left" "$tmp/run2.txt"
check "rerun reports the torn spool record with file and offset" \
  grep -q "spool: $segment: torn record header at offset $torn_at (11 of 16 bytes); truncated to $torn_at" "$tmp/run2.txt"
check "rerun cut the torn record off" test "$(stat -c %s "$segment")" -eq "$torn_at"
files=$(find "$out" -type f | wc -l)
check "no file per article: $files files for $total stories" \
  test "$files" -le $((3 * total + 20))

# 2. Unchanged input: everything reused.
"$xref" batch --input "$input" --out "$out" --threads 1 >"$tmp/run3.txt" 2>&1
check "unchanged rerun exits 0" test $? -eq 0
check "unchanged rerun matches nothing" test "$(count_of "$tmp/run3.txt" matched)" = 0
check "unchanged rerun reuses every story" test "$(count_of "$tmp/run3.txt" reused)" = "$total"
articles_line=$(grep -o '[0-9]* articles ([0-9]* reused)' "$tmp/run3.txt")
check "unchanged rerun reuses every spooled claim set ($articles_line)" \
  test -n "$articles_line" -a "$(echo "$articles_line" | grep -o '[0-9]*' | uniq | wc -l)" -eq 1

# 2b. A story directory deleted by hand: that story is redone.
victim=$(ls -d "$out"/stories/*/ | head -1)
rm -rf "$victim"
"$xref" batch --input "$input" --out "$out" --threads 1 >"$tmp/run3b.txt" 2>&1
check "deleted story: rerun exits 0" test $? -eq 0
check "deleted story: exactly that story re-matched" test "$(count_of "$tmp/run3b.txt" matched)" = 1
check "deleted story: its reports are back" test -s "$victim/report.html"

# 3. One article's text changed: exactly one story re-matched.
awk 'NR == 7 { sub(/"maintext": "/, "\"maintext\": \"Residents said the streets were quiet on the day. ") } { print }' \
  "$input" >"$tmp/changed.jsonl"
check "the edit changed one line" test "$(diff "$input" "$tmp/changed.jsonl" | grep -c '^>')" -eq 1
mv "$tmp/changed.jsonl" "$input"
"$xref" batch --input "$input" --out "$out" --threads 1 >"$tmp/run4.txt" 2>&1
check "changed rerun exits 0" test $? -eq 0
check "changed rerun re-matches exactly one story" test "$(count_of "$tmp/run4.txt" matched)" = 1
check "changed rerun reuses the rest" test "$(count_of "$tmp/run4.txt" reused)" = "$((total - 1))"

# 4. A corrupt line: listed as skipped in batch.json, exit 1, batch complete.
lines=$(wc -l <"$input")
printf '{"maintext": "truncated by a cra\n' >>"$input"
"$xref" batch --input "$input" --out "$out" --threads 1 >"$tmp/run5.txt" 2>&1
check "corrupt line: exit 1 (some input skipped)" test $? -eq 1
check "corrupt line listed in batch.json skipped" \
  grep -q "articles.jsonl:$((lines + 1))" "$out/batch.json"
check "corrupt line reason is named" grep -q "malformed JSON line" "$out/batch.json"
check "corrupt line: no story failed" test "$(count_of "$tmp/run5.txt" failed)" = 0
check "corrupt line: every story still complete" complete "$out"

if [ "$fails" -gt 0 ]; then
  echo "$fails checks failed"; cat "$tmp"/run*.txt | tail -20; exit 1
fi
echo "all checks passed"
