#!/usr/bin/env bash
# Seeds each fuzz target's corpus (fuzz/corpus/<target>/) from the demo site and the test fixtures.
set -euo pipefail
cd "$(dirname "$0")/.."
seed() {
  local target=$1; shift
  mkdir -p "fuzz/corpus/$target"
  local file
  for file in "$@"; do
    [ -f "$file" ] && cp "$file" "fuzz/corpus/$target/$(echo "$file" | tr '/' '_')"
  done
  return 0
}
shopt -s nullglob globstar
articles=(content/articles/*.md tests/fixtures/**/articles/*.md)
seed front_matter "${articles[@]}" content/lessons/*.md
seed article "${articles[@]}"
seed markdown "${articles[@]}" content/lessons/*.md
seed slug "${articles[@]}"
seed config loa.yaml tests/fixtures/**/loa.yaml
seed fluent i18n/*.ftl
seed lesson content/lessons/*.md tests/fixtures/**/lessons/*.md
seed infographic content/infographics/*.yaml tests/fixtures/**/infographics/*.yaml
seed procedure content/procedures/*.yaml tests/fixtures/**/procedures/*.yaml
seed commune content/communes/*.yaml tests/fixtures/**/communes/*.yaml
for target in fuzz/corpus/*; do echo "$(ls "$target" | wc -l) seeds in $target"; done
