#!/usr/bin/env bash
# Mutation score of the ontology and dietary-policy code (Stryker.NET; README "Dietary safety" targets).
# Mutates activities/PantryPilot.Domain/Ontology/*.cs (list in tests/PantryPilot.Domain.Tests/stryker-config.json) and
# runs only the ontology tests (tests/PantryPilot.Domain.Tests/Ontology/) against each mutant. Prints the score per file
# (killed + timeout) / (killed + timeout + survived + no coverage), the way Stryker counts it; compile errors and
# mutants disabled in the source with a reason do not count.
# Usage: bash scripts/mutation-score.sh [OUTPUT_DIR]   (default /tmp/pantrypilot-stryker; the HTML report is there)
#        STRYKER_CONFIG=stryker-recipe-filter.json bash scripts/mutation-score.sh   (the recipe-model filter and sample
#        reader instead, against the tests in tests/PantryPilot.Domain.Tests/RecipeModel/)
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-/tmp/pantrypilot-stryker}"
export PATH="$PATH:$HOME/.dotnet/tools" DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
if ! command -v dotnet-stryker >/dev/null; then
  echo "installing dotnet-stryker (NuGet)"
  dotnet tool install -g dotnet-stryker --version 5.1.0
fi

start=$(date +%s)
(cd tests/PantryPilot.Domain.Tests && dotnet stryker --config-file "${STRYKER_CONFIG:-stryker-config.json}" --skip-version-check -O "$out")
echo "stryker took $(( $(date +%s) - start )) s"

report="$out/reports/mutation-report.json"
echo
echo "| file | killed | survived | no coverage | timeout | score |"
echo "|---|---|---|---|---|---|"
jq -r '
  def n(s): [.mutants[] | select(.status == s)] | length;
  [.files | to_entries[] | {file: (.key | split("/") | last), k: (.value | n("Killed")), s: (.value | n("Survived")),
     c: (.value | n("NoCoverage")), t: (.value | n("Timeout"))}]
  | (.[] | "| \(.file) | \(.k) | \(.s) | \(.c) | \(.t) | \(if (.k + .s + .c + .t) == 0 then "-" else ((.k + .t) * 1000 / (.k + .s + .c + .t) | floor / 10 | tostring) + " %" end) |"),
    (reduce .[] as $f ({k: 0, s: 0, c: 0, t: 0}; .k += $f.k | .s += $f.s | .c += $f.c | .t += $f.t)
     | "| **all** | \(.k) | \(.s) | \(.c) | \(.t) | **\((.k + .t) * 1000 / (.k + .s + .c + .t) | floor / 10) %** |")
' "$report"
echo
echo "surviving mutants:"
jq -r '.files | to_entries[] | (.key | split("/") | last) as $f | .value.mutants[] | select(.status == "Survived" or .status == "NoCoverage")
  | "  \($f):\(.location.start.line) \(.status) \(.mutatorName): \(.replacement // "" | .[0:80])"' "$report"
