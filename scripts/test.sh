#!/usr/bin/env bash
# Runs every test: style (line limit), front-end lint and types, domain tests, API tests on SQLite and on PostgreSQL, fault drills, front-end unit tests and browser tests.
# Needs: the .NET 10 SDK, Node 20+, and Debian's postgresql, chromium, fonts-noto-cjk, haproxy and mosquitto (.ci/run installs them).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
suites_passed=0
suites_failed=0

step() { printf '\n==> %s\n' "$*"; }
run_suite() {
  local name=$1; shift
  step "$name"
  if "$@"; then suites_passed=$((suites_passed + 1)); else suites_failed=$((suites_failed + 1)); echo "!! $name failed"; fi
}

missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || [ -n "${TORCHBASE_TEST_POSTGRES:-}" ] || missing+=(postgresql)
fc-list 2>/dev/null | grep -i "Noto Sans CJK" >/dev/null || missing+=(fonts-noto-cjk)
command -v mosquitto >/dev/null 2>&1 || [ -x /usr/sbin/mosquitto ] || missing+=(mosquitto)
if [ ${#missing[@]} -gt 0 ]; then
  echo "Missing: ${missing[*]}. Install them with: sudo apt-get install -y ${missing[*]}  (or run: bash .ci/run)" >&2
  exit 1
fi

step "npm ci (web/)"
(cd web && { [ -d node_modules ] && [ node_modules/.package-lock.json -nt package-lock.json ] || npm ci --no-audit --no-fund; })

run_suite "Style (no line over 160 characters; see .editorconfig)" bash scripts/check-style.sh

step "Build (Release, analyzer and code-style warnings as errors; builds the web app into the host)"
dotnet build Torchbase.slnx -c Release -nologo -v minimal -warnaserror

run_suite "Front-end lint and types" bash -c "cd web && npm run lint --silent"
run_suite "Front-end unit tests" bash -c "cd web && npm test --silent"
run_suite "Domain tests" dotnet test tests/Torchbase.Domain.Tests -c Release --no-build -nologo
run_suite "API tests on SQLite" env TORCHBASE_TEST_DB=Sqlite dotnet test tests/Torchbase.Tests -c Release --no-build -nologo --filter "Database!=Postgres"

# PostgreSQL: a throwaway cluster on loopback unless TORCHBASE_TEST_POSTGRES points at a server already.
if [ -z "${TORCHBASE_TEST_POSTGRES:-}" ]; then
  step "Starting a throwaway PostgreSQL cluster"
  source scripts/postgres.sh
  start_test_postgres
  trap stop_test_postgres EXIT
fi
run_suite "API tests on PostgreSQL" env TORCHBASE_TEST_DB=Postgres dotnet test tests/Torchbase.Tests -c Release --no-build -nologo --filter "Database!=Sqlite"

# The drills run the host as its own process on their own PostgreSQL cluster (they restart it) and SQLite files.
run_suite "Fault drills (SIGKILL mid-import and mid-scoring, PostgreSQL restarted under load, three hosts behind haproxy, the MQTT meter feed across a mosquitto restart)" \
  dotnet test tests/Torchbase.FaultTests -c Release --no-build -nologo --logger "console;verbosity=detailed"

run_suite "Browser tests (Playwright + Debian chromium)" bash -c "cd web && npm run test:e2e --silent"

echo
echo "suites: ${suites_passed} passed, ${suites_failed} failed"
[ "$suites_failed" -eq 0 ]
