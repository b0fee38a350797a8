#!/usr/bin/env bash
# Runs every test of the solution on SQLite and PostgreSQL, then prints one summary line.
# PostgreSQL must answer on 127.0.0.1:5432 (role bpm/bpm) and RabbitMQ on 127.0.0.1:5672 (guest/guest); as root this script
# starts them with .ci/services. Without RabbitMQ installed the RabbitMQ tests are skipped, saying why.
set -euo pipefail
cd "$(dirname "$0")"

export DOTNET_CLI_TELEMETRY_OPTOUT=1
export DOTNET_NOLOGO=1
# Carbon packages of form-js send usage data from a postinstall script unless told not to.
export IBM_TELEMETRY_DISABLED=true
export BPM_TEST_POSTGRES="${BPM_TEST_POSTGRES:-Host=127.0.0.1;Port=5432;Username=bpm;Password=bpm;Database=postgres}"

rabbitmq_answers() { (exec 3<>/dev/tcp/127.0.0.1/5672) 2>/dev/null; }
if ! pg_isready -h 127.0.0.1 -p 5432 -q 2>/dev/null || ! rabbitmq_answers; then
  if [ "$(id -u)" = 0 ]; then
    bash .ci/services
  else
    echo "PostgreSQL (127.0.0.1:5432) or RabbitMQ (127.0.0.1:5672) does not answer: start them with 'sudo .ci/services'."
  fi
fi

results="$(mktemp -d)"
status=0

# The web studio's unit tests (Vitest); their counts join the summary line.
echo "== designer unit tests (vitest)"
if [ ! -d designer/node_modules ] || [ designer/package-lock.json -nt designer/node_modules/.package-lock.json ]; then
  (cd designer && npm ci --no-audit --no-fund)
fi
# s3rver, the S3-compatible server the S3 evidence store tests start (they skip only when node is missing).
if [ ! -d tests/tools/s3rver/node_modules ] || [ tests/tools/s3rver/package-lock.json -nt tests/tools/s3rver/node_modules/.package-lock.json ]; then
  (cd tests/tools/s3rver && npm ci --no-audit --no-fund)
fi
# pdf.js, which the PDF page-image comparison test (PdfSharpRenderingTests) loads into Chromium.
if [ ! -d tests/tools/pdfjs/node_modules ] || [ tests/tools/pdfjs/package-lock.json -nt tests/tools/pdfjs/node_modules/.package-lock.json ]; then
  (cd tests/tools/pdfjs && npm ci --no-audit --no-fund --omit=optional)
fi
(cd designer && npx vitest run --reporter=default --reporter=json --outputFile="$results/vitest.json") || status=$?

dotnet test BPM.sln --logger "console;verbosity=normal" --logger "trx" --results-directory "$results" "$@" || status=$?

passed=0; failed=0; skipped=0
for trx in "$results"/*.trx; do
  [ -e "$trx" ] || continue
  counters="$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)"
  p="$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$counters")"
  f="$(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$counters")"
  t="$(sed -n 's/.* total="\([0-9]*\)".*/\1/p' <<<"$counters")"
  e="$(sed -n 's/.* executed="\([0-9]*\)".*/\1/p' <<<"$counters")"
  # TRX leaves skipped tests out of "executed" (its notExecuted counter stays 0 for them).
  passed=$((passed + ${p:-0})); failed=$((failed + ${f:-0})); skipped=$((skipped + ${t:-0} - ${e:-0}))
done
if [ -f "$results/vitest.json" ]; then
  vitest_count() { grep -o "\"$1\":[0-9]*" "$results/vitest.json" | head -n 1 | cut -d: -f2; }
  passed=$((passed + $(vitest_count numPassedTests))); failed=$((failed + $(vitest_count numFailedTests)))
  skipped=$((skipped + $(vitest_count numPendingTests) + $(vitest_count numTodoTests)))
fi
echo
echo "== summary (dotnet test exit code $status)"
echo "$passed passed, $failed failed, $skipped skipped"
if [ "$failed" -gt 0 ]; then
  # The failures again, at the end, so that a log cut to its tail still names them.
  for trx in "$results"/*.trx; do
    [ -e "$trx" ] || continue
    awk '
      /<UnitTestResult / && /outcome="Failed"/ { match($0, /testName="[^"]*"/); name = substr($0, RSTART + 10, RLENGTH - 11); failing = 1; lines = 0; print "FAILED " name; next }
      failing && /<Message>/ { inside = 1; sub(/.*<Message>/, "") }
      failing && inside { if (lines < 12) { line = $0; sub(/<\/Message>.*/, "", line); print "    " line; lines++ } if (/<\/Message>/) { inside = 0; failing = 0 } }
    ' "$trx"
  done
  if [ -f "$results/vitest.json" ]; then
    grep -o '"fullName":"[^"]*","status":"failed"' "$results/vitest.json" | sed 's/"fullName":"\([^"]*\)".*/FAILED (vitest) \1/' || true
  fi
fi
rm -rf "$results"
exit "$status"
