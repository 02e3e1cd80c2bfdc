#!/usr/bin/env bash
# Runs every SupportBot test on a fresh machine of our kind. It installs what the tests need first
# (NuGet packages through restore, the npm packages of the tests' js/ folders, among them Microsoft's Teams
# simulator, Debian's chromium for the browser tests), then runs the whole solution's tests and ends with one summary line.
set -euo pipefail
cd "$(dirname "$0")/.."

# The browser tests (tests/SupportBot.EndToEnd: the support page, the Teams simulator) drive this Chromium; Playwright cannot download one.
command -v chromium >/dev/null || (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium)

for js in tests/*/js; do
  if [ -f "$js/package-lock.json" ]; then
    (cd "$js" && npm ci --no-audit --no-fund --loglevel=error)
  fi
done

dotnet restore SupportBot.sln
log=$(mktemp)
status=0
dotnet test SupportBot.sln --no-restore 2>&1 | tee "$log" || status=$?

passed=$(grep -Eo 'Passed: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
failed=$(grep -Eo 'Failed: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
rm -f "$log"
echo "${passed} passed, ${failed} failed"
exit "$status"
