#!/usr/bin/env bash
# Installs `pantrypilot` and `pantrypilot-inference` as .NET tools built from this checkout, so both are commands in
# any shell. Nothing is downloaded beyond the NuGet packages the build restores anyway.
#   bash scripts/install.sh                      # global tools (~/.dotnet/tools; add it to PATH if it is not)
#   bash scripts/install.sh --tool-path DIR      # into DIR instead (no global change)
# Run it again after pulling: it updates the installed tools in place.
set -euo pipefail
cd "$(dirname "$0")/.."

where=(--global)
if [ "${1:-}" = "--tool-path" ]; then
  [ -n "${2:-}" ] || { echo "install: --tool-path needs a folder" >&2; exit 2; }
  where=(--tool-path "$2")
elif [ -n "${1:-}" ]; then
  echo "install: unknown argument '$1' (expected nothing or --tool-path DIR)" >&2
  exit 2
fi

version="0.1.0-local.$(date -u +%Y%m%d%H%M%S)"
out=artifacts/tools
rm -rf "$out"
tools=(workers/PantryPilot.Cli:PantryPilot.Cli inference-worker/PantryPilot.InferenceWorker:PantryPilot.InferenceWorker)
for tool in "${tools[@]}"; do
  project="${tool%%:*}" package="${tool#*:}"
  dotnet pack "$project" -c Release -o "$out" -p:Version="$version" --nologo -v quiet
  [ -f "$out/$package.$version.nupkg" ] || { echo "install: $project produced no $package package" >&2; exit 1; }
done

for tool in "${tools[@]}"; do
  # `update` installs when absent and replaces an older local build when present.
  dotnet tool update "${where[@]}" --add-source "$out" --version "$version" "${tool#*:}"
done

if [ "${where[0]}" = --global ] && ! command -v pantrypilot > /dev/null; then
  echo "install: add \$HOME/.dotnet/tools to PATH (e.g. in ~/.bashrc: export PATH=\"\$PATH:\$HOME/.dotnet/tools\")"
fi
