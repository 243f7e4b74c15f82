#!/usr/bin/env bash
# Secrets never leave the process (DESIGN.md section 7): a password in a connection string or
# path is shown as password=*** on stderr, in run_info and in the PDFs' text.
set -uo pipefail
trygg=$1
work=$2
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
src=${TRYGG_SOURCE_DIR:?}
rm -rf "$work" && mkdir -p "$work" && cd "$work" || exit 1
command -v pdftotext > /dev/null || { echo "SKIP: pdftotext (poppler-utils) is not installed"; exit 77; }
no_secret() { # no_secret WHAT FILE
    if grep -q "hemligt" "$2"; then fail "$1 shows the password:"; grep -m3 "hemligt" "$2"; fi
}

# stderr: a PostgreSQL source that cannot be reached.
"$trygg" run "$src/gis-data/trygg.ini" -o pg.gpkg \
    --incidents "PG:dbname=nosuch host=/nonexistent user=gis password=hemligt" > out.txt 2> err.txt
[ $? = 1 ] || fail "an unreachable PG source did not fail with exit code 1"
no_secret "stderr" err.txt
grep -q "password=\*\*\*" err.txt || { fail "stderr does not show the masked source"; cat err.txt; }
"$trygg" check "$src/gis-data/trygg.ini" --lamps "PG:dbname=nosuch password='two words' host=/nonexistent" \
    > check.txt 2> check_err.txt
grep -q "two words" check.txt check_err.txt && fail "trygg check shows a quoted password"

# run_info: the inputs' paths and the config dump carry the password masked.
mkdir -p "password=hemligt"
cp "$src"/gis-data/{trygg.ini,helsinki_centre_2019.osm.pbf,incidents_synthetic.gpkg,example_areas.gpkg,population_synthetic.gpkg} \
    "password=hemligt/"
"$trygg" run -q "password=hemligt/trygg.ini" -o out.gpkg > out.txt 2> err.txt || { fail "run failed"; cat err.txt; }
no_secret "stderr of a good run" err.txt
sqlite3 out.gpkg "SELECT key || ' = ' || value FROM run_info" > run_info.txt
no_secret "run_info" run_info.txt
grep -q "input.streets.path = .*password=\*\*\*" run_info.txt || fail "run_info lacks the masked streets path"
for pdf in out_lagesbild.pdf out_reports/*.pdf; do
    pdftotext "$pdf" - > pdf.txt 2> /dev/null
    no_secret "$pdf" pdf.txt
done

# PDF text: an output whose run_info still holds a password (written before masking existed)
# gives PDFs with the password masked.
sqlite3 out.gpkg "UPDATE run_info SET value = 'PG:dbname=lund user=gis password=hemligt' WHERE key = 'input.lamps.path'"
"$trygg" report out.gpkg --areas "$src/gis-data/example_areas.gpkg:areas" > out.txt 2> err.txt ||
    { fail "trygg report failed"; cat err.txt; }
no_secret "stderr of trygg report" err.txt
pdftotext out_lagesbild.pdf lagesbild.txt
no_secret "the lägesbild PDF" lagesbild.txt
grep -q "password=\*\*\*" lagesbild.txt || fail "the lägesbild PDF does not show the masked source"

[ "$fails" = 0 ] && echo "secrets: all checks passed"
exit $((fails > 0))
