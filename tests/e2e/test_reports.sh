#!/usr/bin/env bash
# End to end: area reports and the summary. `trygg run` on the sample makes one PDF per example
# area (gis-data/example_areas.gpkg) and the summary; the PDFs' text carries the area's name and
# the figures of its area_reports row; `trygg report` remakes them from an existing output with
# another areas file, and fails on a missing one without touching the output.
set -euo pipefail
trygg=$1
work=$2
src=${TRYGG_SOURCE_DIR:-$(cd "$(dirname "$0")/../.." && pwd)}
for tool in pdfinfo pdftotext; do
    command -v $tool > /dev/null || { echo "SKIP: $tool (poppler-utils) is not installed"; exit 77; }
done
rm -rf "$work" && mkdir -p "$work" && cd "$work"
export SOURCE_DATE_EPOCH=1735689600 # 2025-01-01T00:00:00Z: pinned timestamps
fail() { echo "FAIL: $*"; exit 1; }

"$trygg" run -q -o h.gpkg > run.txt
/usr/bin/python3 -m osgeo_utils.samples.validate_gpkg --extra --warning-as-error h.gpkg

# One PDF per area, named after it, and the summary beside the GeoPackage.
for f in Paaskynen Helsingin_paarautatieasema Vanha_kirkkopuisto Kaartin_kasarmi Musiikkitalo; do
    [ -s "h_reports/$f.pdf" ] || fail "no h_reports/$f.pdf"
done
[ "$(ls h_reports | wc -l)" = 5 ] || fail "expected 5 area PDFs, got: $(ls h_reports)"
[ -s h_summary.pdf ] || fail "no h_summary.pdf"
pages() { pdfinfo "$1" | sed -n 's/^Pages: *//p'; }
# Two pages (map and figures; lighting, scores, the least safe places and measures), and more
# only when the measures table continues (about ten rows a page): an area with no measure nearby
# has exactly two.
for id in EX-1 EX-2 EX-3 EX-4 EX-5; do
    f=$(ogrinfo -ro -q -sql "SELECT report_file FROM area_reports WHERE area_id = '$id'" h.gpkg | sed -n 's/^  [^ ]* ([^)]*) = //p')
    m=$(ogrinfo -ro -q -sql "SELECT measures FROM area_reports WHERE area_id = '$id'" h.gpkg | sed -n 's/^  [^ ]* ([^)]*) = //p')
    p=$(pages "$f")
    if [ "$m" = 0 ]; then
        [ "$p" = 2 ] || fail "$f has $p pages with no measures, expected 2"
    else
        [ "$p" -ge 2 ] && [ "$p" -le $((3 + m / 10)) ] || fail "$f has $p pages with $m measures, expected 2-$((3 + m / 10))"
        pdftotext "$f" m.txt && grep -q "Measures (åtgärder)" m.txt || fail "$f lists no measures though $m are near"
    fi
done
p=$(pages h_summary.pdf)
[ "$p" -ge 2 ] || fail "h_summary.pdf has $p pages, expected at least 2"
pdftotext h_summary.pdf summary.txt
grep -q "Helsinki centre" summary.txt || fail "summary without the study area's name"

# The layer: five rows, report_file relative to the GeoPackage's folder.
val() { ogrinfo -ro -q -sql "SELECT $1 FROM area_reports WHERE area_id = '$2'" h.gpkg | sed -n 's/^  [^ ]* ([^)]*) = //p'; }
[ "$(ogrinfo -ro -q -sql 'SELECT COUNT(*) AS n FROM area_reports' h.gpkg | sed -n 's/.* = //p')" = 5 ] ||
    fail "area_reports does not have 5 rows"
[ "$(val report_file EX-1)" = "h_reports/Paaskynen.pdf" ] || fail "report_file of EX-1: $(val report_file EX-1)"
[ "$(ogrinfo -ro -q -sql "SELECT COUNT(*) AS n FROM layer_styles WHERE f_table_name = 'area_reports'" h.gpkg |
    sed -n 's/.* = //p')" = 1 ] || fail "area_reports has no default style"

# The report's text: the name with its letters exactly, and the figures of its row.
pdftotext -layout h_reports/Paaskynen.pdf p.txt
grep -q "Pääskynen" p.txt || fail "Paaskynen.pdf does not name Pääskynen"
for cat in vandalism graffiti littering violence theft drugs disorder fraud other; do
    a=$(val n_${cat}_a EX-1)
    b=$(val n_${cat}_b EX-1)
    [ "$a$b" = 00 ] && continue
    label=$(echo "$cat" | sed 's/./\U&/')
    grep -Eq "^ *$label.* $a +$b +" p.txt || fail "Paaskynen.pdf: no row '$label ... $a $b'"
done
ta=$(val n_total_a EX-1)
tb=$(val n_total_b EX-1)
grep -Eq "All incidents +$ta +$tb " p.txt || fail "Paaskynen.pdf: no total row $ta $tb"
lamps=$(val lamps EX-1)
grep -q "$lamps street lamp" p.txt || fail "Paaskynen.pdf: not $lamps street lamps"
mean=$(printf '%.0f' "$(val mean_safety_index EX-1)")
grep -q "Area mean $mean:" p.txt || fail "Paaskynen.pdf: no safety-index mean $mean"

# The railway station: its name's ä twice.
pdftotext h_reports/Helsingin_paarautatieasema.pdf t.txt && grep -q "Helsingin päärautatieasema" t.txt ||
    fail "the station's report does not carry its name"

# The music centre (25 m surroundings) has no incident: the report says so, the row is zero.
[ "$(val n_total_a EX-5)$(val n_total_b EX-5)" = 00 ] || fail "EX-5 should have no incidents"
pdftotext h_reports/Musiikkitalo.pdf t.txt && tr '\n' ' ' < t.txt > t1.txt && grep -q "No incidents were reported in the area and within 25 m" t1.txt ||
    fail "Musiikkitalo.pdf does not say that no incident was reported"

# The area on the extract's southern edge renders, with figures.
[ "$(val places EX-4)" -gt 0 ] || fail "EX-4 (on the edge) has no places"
pdftotext h_reports/Kaartin_kasarmi.pdf t.txt && grep -q "Kaartin kasarmi" t.txt || fail "Kaartin_kasarmi.pdf without its name"

# `trygg report` with a second areas file (WGS 84 GeoJSON, names in a `fastighet` field, two of them
# alike): PDFs in another folder, the layer replaced.
cat > areas2.geojson <<'JSON'
{"type": "FeatureCollection", "features": [
 {"type": "Feature", "properties": {"fastighet": "Kluuvi 1:2"},
  "geometry": {"type": "Polygon", "coordinates": [[[24.9440, 60.1700], [24.9460, 60.1700], [24.9460, 60.1710], [24.9440, 60.1710], [24.9440, 60.1700]]]}},
 {"type": "Feature", "properties": {"fastighet": "Kluuvi 1/2"},
  "geometry": {"type": "Polygon", "coordinates": [[[24.9500, 60.1660], [24.9510, 60.1660], [24.9510, 60.1670], [24.9500, 60.1670], [24.9500, 60.1660]]]}}
]}
JSON
"$trygg" report h.gpkg --areas areas2.geojson --out second > report.txt
grep -q "uppdaterade h.gpkg (area_reports: 2 områden)" report.txt || fail "trygg report: $(cat report.txt)"
[ -s second/Kluuvi_1_2.pdf ] && [ -s second/Kluuvi_1_2-2.pdf ] || fail "trygg report: PDFs $(ls second)"
[ "$(ogrinfo -ro -q -sql 'SELECT COUNT(*) AS n FROM area_reports' h.gpkg | sed -n 's/.* = //p')" = 2 ] ||
    fail "trygg report did not replace area_reports"
[ "$(val report_file 0)" = "second/Kluuvi_1_2.pdf" ] || fail "report_file after trygg report: $(val report_file 0)"
/usr/bin/python3 -m osgeo_utils.samples.validate_gpkg --extra --warning-as-error h.gpkg
[ "$(ogrinfo -ro -q -sql "SELECT COUNT(*) AS n FROM layer_styles WHERE f_table_name = 'area_reports'" h.gpkg |
    sed -n 's/.* = //p')" = 1 ] || fail "the replaced area_reports has not exactly one style"

# A missing areas file: a message naming it, exit 1, the output byte for byte unchanged.
cp h.gpkg before.gpkg
if "$trygg" report h.gpkg --areas no-such-areas.gpkg 2> err.txt; then fail "trygg report with a missing areas file succeeded"; fi
grep -q "no-such-areas.gpkg" err.txt || fail "message does not name the areas file: $(cat err.txt)"
cmp h.gpkg before.gpkg || fail "a failed trygg report changed the output"
[ -z "$(ls -A . | grep '^\.h\.gpkg\.tmp' || true)" ] || fail "a temporary file was left behind"
echo "ok"
