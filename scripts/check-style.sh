#!/usr/bin/env bash
# Style checks that the compilers do not make: no line longer than 160 characters in *.cs, *.ts and *.vue files.
# Generated files (EF Core migrations, web/src/shared/generated) are left out. Lists every offending line as file:line and exits 1.
set -euo pipefail
cd "$(dirname "$0")/.."
limit=160

offending=$(git ls-files -z --cached --others --exclude-standard -- '*.cs' '*.ts' '*.vue' \
  | grep -zv -e '^src/Torchbase\.Migrations\.[^/]*/Migrations/' -e '^web/src/shared/generated/' \
  | xargs -0 -r perl -CSD -ne '
      s/\r?\n\z//;
      printf "%s:%d: %d characters (limit %d)\n", $ARGV, $., length, '"$limit"' if length > '"$limit"';
      close ARGV if eof')

if [ -n "$offending" ]; then
  echo "$offending"
  echo "$(printf '%s\n' "$offending" | wc -l) line(s) longer than $limit characters; wrap them." >&2
  exit 1
fi
echo "Style: no line longer than $limit characters."
