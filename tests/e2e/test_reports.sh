#!/usr/bin/env bash
# End to end: area reports and the lägesbild. `trygg run` on the sample makes one PDF per example
# area (gis-data/example_areas.gpkg) and the lägesbild; the PDFs' text carries the area's name and
# the figures of its area_reports row, in Swedish by default and in English with --lang en; an
# owner report (the default audience) shows a count under 3 as "<3" that the area_reports layer
# keeps exactly, and an internal one the count itself; `trygg report` remakes them from an
# existing output with another areas file, and fails on a missing one without touching the output.
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

# One PDF per area, named after it, and the lägesbild beside the GeoPackage (no summary any more).
for f in Paaskynen Helsingin_paarautatieasema Vanha_kirkkopuisto Kaartin_kasarmi Musiikkitalo; do
    [ -s "h_reports/$f.pdf" ] || fail "no h_reports/$f.pdf"
done
[ "$(ls h_reports | wc -l)" = 5 ] || fail "expected 5 area PDFs, got: $(ls h_reports)"
[ -s h_lagesbild.pdf ] || fail "no h_lagesbild.pdf"
[ ! -e h_summary.pdf ] || fail "h_summary.pdf is still written"
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
        pdftotext "$f" m.txt && grep -q "Föreslagna åtgärder i och runt området" m.txt ||
            fail "$f lists no measures though $m are near"
    fi
done
p=$(pages h_lagesbild.pdf)
[ "$p" -ge 2 ] || fail "h_lagesbild.pdf has $p pages, expected at least 2"
pdftotext h_lagesbild.pdf lagesbild.txt
grep -q "Helsinki centre" lagesbild.txt || fail "lägesbild without the study area's name"

# The layer: five rows, report_file relative to the GeoPackage's folder.
val() { ogrinfo -ro -q -sql "SELECT $1 FROM area_reports WHERE area_id = '$2'" h.gpkg | sed -n 's/^  [^ ]* ([^)]*) = //p'; }
[ "$(ogrinfo -ro -q -sql 'SELECT COUNT(*) AS n FROM area_reports' h.gpkg | sed -n 's/.* = //p')" = 5 ] ||
    fail "area_reports does not have 5 rows"
[ "$(val report_file EX-1)" = "h_reports/Paaskynen.pdf" ] || fail "report_file of EX-1: $(val report_file EX-1)"
[ "$(ogrinfo -ro -q -sql "SELECT COUNT(*) AS n FROM layer_styles WHERE f_table_name = 'area_reports'" h.gpkg |
    sed -n 's/.* = //p')" = 1 ] || fail "area_reports has no default style"

# The report's text (Swedish, the default language): the name with its letters exactly, the
# figures of its row with the Swedish category names, Swedish headings and number formats
# (decimal comma; no-break spaces made plain), and no English heading.
text() { pdftotext -layout "$1" - | sed 's/\xc2\xa0/ /g; s/\xe2\x80\xaf/ /g'; }
text h_reports/Paaskynen.pdf > p.txt
grep -q "Pääskynen" p.txt || fail "Paaskynen.pdf does not name Pääskynen"
sv_name() {
    case $1 in vandalism) echo Skadegörelse ;; graffiti) echo Klotter ;; littering) echo Nedskräpning ;;
        violence) echo Våld ;; theft) echo Stöld ;; drugs) echo Narkotika ;; disorder) echo Ordningsstörning ;;
        fraud) echo Bedrägeri ;; *) echo Övrigt ;; esac
}
for cat in vandalism graffiti littering violence theft drugs disorder fraud other; do
    a=$(val n_${cat}_a EX-1)
    b=$(val n_${cat}_b EX-1)
    [ "$a$b" = 00 ] && continue
    [ "$a" -ge 3 ] && [ "$b" -ge 3 ] || fail "EX-1 $cat: $a, $b: pick counts of at least 3 for the exact rows"
    grep -Eq "^ *$(sv_name $cat) +$a +$b +" p.txt || fail "Paaskynen.pdf: no row '$(sv_name $cat) $a $b'"
done
ta=$(val n_total_a EX-1)
tb=$(val n_total_b EX-1)
grep -Eq "Alla anmälningar +$ta +$tb " p.txt || fail "Paaskynen.pdf: no total row $ta $tb"
lamps=$(val lamps EX-1)
grep -q "$lamps gatlampor" p.txt || fail "Paaskynen.pdf: not $lamps gatlampor"
mean=$(printf '%.0f' "$(val mean_safety_index EX-1)")
grep -q "Områdets medelvärde $mean:" p.txt || fail "Paaskynen.pdf: no safety-index mean $mean"
for h in "Trygghetsrapport för fastighet eller område" "Anmälningar i området och inom 200 m från det" \
    "Belysning" "Hur gatorna här står sig jämfört med övriga Helsinki centre" \
    "Minst trygga platser i och runt området" "Föreslagna åtgärder i och runt området" "Antal under 3 visas som <3" \
    "sida 1 av"; do
    grep -q "$h" p.txt || fail "Paaskynen.pdf: no Swedish heading '$h'"
done
for h in "Safety report" "Incidents in the area" "Lighting" "Least safe places" "Measures proposed" "page 1 of" \
    "All incidents"; do
    if grep -q "$h" p.txt; then fail "Paaskynen.pdf (Swedish) has the English '$h'"; fi
done
# the least safe places' safety index (after the length and the count) has one decimal: a
# decimal comma, never a point
grep -Eq " m +(<3|[0-9]+) +[0-9]+,[0-9]( |$)" p.txt || fail "Paaskynen.pdf: no safety index with a decimal comma"
if grep -Eq " m +(<3|[0-9]+) +[0-9]+\.[0-9]( |$)" p.txt; then fail "Paaskynen.pdf: a decimal point in Swedish"; fi

# An owner report (the default) shows a count under 3 as "<3": the barracks' drug reports (1 and
# 1 in the sample) are stored exactly in the layer, and the change that would give them away is
# "–"; the total of each period is then at least what shows ("≥").
[ "$(val n_drugs_a EX-4)" = 1 ] && [ "$(val n_drugs_b EX-4)" = 1 ] ||
    fail "EX-4 drugs: $(val n_drugs_a EX-4), $(val n_drugs_b EX-4) (the test needs 1 and 1)"
text h_reports/Kaartin_kasarmi.pdf > k.txt
grep -Eq "^ *Narkotika +<3 +<3 +–( |$)" k.txt || fail "Kaartin_kasarmi.pdf: drugs not '<3 <3 –': $(grep Narkotika k.txt)"
grep -Eq "Alla anmälningar +≥ [0-9]+ +≥ [0-9]+ +–( |$)" k.txt || fail "Kaartin_kasarmi.pdf: totals: $(grep 'Alla anm' k.txt)"

# English: the same figures under English headings.
"$trygg" --lang en run -q -o en.gpkg > /dev/null
text en_reports/Paaskynen.pdf > e.txt
for cat in vandalism graffiti littering violence theft drugs disorder fraud other; do
    a=$(val n_${cat}_a EX-1)
    b=$(val n_${cat}_b EX-1)
    [ "$a$b" = 00 ] && continue
    label=$(echo "$cat" | sed 's/./\U&/')
    grep -Eq "^ *$label +$a +$b +" e.txt || fail "en Paaskynen.pdf: no row '$label $a $b'"
done
grep -Eq "All incidents +$ta +$tb " e.txt || fail "en Paaskynen.pdf: no total row $ta $tb"
grep -q "$lamps street lamps" e.txt || fail "en Paaskynen.pdf: not $lamps street lamps"
grep -q "Area mean $mean:" e.txt || fail "en Paaskynen.pdf: no safety-index mean $mean"
for h in "Safety report for a property or area" "Incidents in the area and within 200 m of it" "Lighting" \
    "Least safe places in and around the area" "Measures proposed in and around the area" "Counts under 3 are shown as <3" \
    "page 1 of"; do
    grep -q "$h" e.txt || fail "en Paaskynen.pdf: no English heading '$h'"
done
if grep -q "Trygghetsrapport\|Anmälningar i området" e.txt; then fail "en Paaskynen.pdf has Swedish headings"; fi

# The railway station: its name's ä twice.
pdftotext h_reports/Helsingin_paarautatieasema.pdf t.txt && grep -q "Helsingin päärautatieasema" t.txt ||
    fail "the station's report does not carry its name"

# The music centre (25 m surroundings) has no incident: the report says so, the row is zero.
[ "$(val n_total_a EX-5)$(val n_total_b EX-5)" = 00 ] || fail "EX-5 should have no incidents"
text h_reports/Musiikkitalo.pdf | tr '\n' ' ' | tr -s ' ' > t1.txt && grep -q "Inga anmälningar i området eller inom 25 m från det" t1.txt ||
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

# `trygg report --audience internal`: exact counts (the barracks' single drug reports as 1) and
# the rule that says so; the layer is exact either way.
"$trygg" report h.gpkg --areas "$src/gis-data/example_areas.gpkg" --out internal --audience internal > /dev/null
text internal/Kaartin_kasarmi.pdf > ki.txt
grep -Eq "^ *Narkotika +1 +1 +0 ?%" ki.txt || fail "internal Kaartin_kasarmi.pdf: drugs not '1 1 0 %': $(grep Narkotika ki.txt)"
grep -q "Intern version" ki.txt || fail "internal Kaartin_kasarmi.pdf does not say it is internal"
if grep -q "<3" ki.txt; then fail "internal Kaartin_kasarmi.pdf hides a count"; fi
if "$trygg" report h.gpkg --areas areas2.geojson --audience public 2> err.txt; then fail "--audience public accepted"; fi
grep -q "audience" err.txt || fail "--audience public: $(cat err.txt)"

# [reports] audience = internal in the run's config: the run's reports are internal, and so are
# those of a later `trygg report` without --audience (it reads the run's config in run_info).
sed -e "s|^source = |source = $src/gis-data/|" -e "s|^\(areas\{0,1\}\) = |\1 = $src/gis-data/|" \
    -e 's|^; audience = owner$|audience = internal|' "$src/gis-data/trygg.ini" > internal.ini
grep -q "^audience = internal$" internal.ini || fail "internal.ini: no audience line to set"
"$trygg" run -q internal.ini -o int.gpkg > /dev/null
text int_reports/Kaartin_kasarmi.pdf > ki.txt
grep -Eq "^ *Narkotika +1 +1 +0 ?%" ki.txt || fail "audience = internal: drugs not exact"
"$trygg" report int.gpkg --areas "$src/gis-data/example_areas.gpkg" --out later > /dev/null
text later/Kaartin_kasarmi.pdf > ki.txt
grep -q "Intern version" ki.txt || fail "trygg report did not take the run's audience"
sed 's|^audience = internal$|audience = everyone|' internal.ini > bad.ini
if "$trygg" run -q bad.ini -o bad.gpkg 2> err.txt; then fail "audience = everyone accepted"; fi
grep -q "\[reports\] audience = 'everyone'" err.txt || fail "audience = everyone: $(cat err.txt)"

# A missing areas file: a message naming it, exit 1, the output byte for byte unchanged.
cp h.gpkg before.gpkg
if "$trygg" report h.gpkg --areas no-such-areas.gpkg 2> err.txt; then fail "trygg report with a missing areas file succeeded"; fi
grep -q "no-such-areas.gpkg" err.txt || fail "message does not name the areas file: $(cat err.txt)"
cmp h.gpkg before.gpkg || fail "a failed trygg report changed the output"
[ -z "$(ls -A . | grep '^\.h\.gpkg\.tmp' || true)" ] || fail "a temporary file was left behind"
echo "ok"
