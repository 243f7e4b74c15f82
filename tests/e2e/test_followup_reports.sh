#!/usr/bin/env bash
# The follow-up where people read it, through the CLI on the sample. A first run makes the
# measure register; the measure of the register touching the station's area (and its 200 m) with
# the lowest id is set genomförd on 2024-01-01 and the next one pågår; a made-up safety survey
# (as in test_survey.sh) is given; the second run compares itself with the first ([plan]
# previous). Checked: the station's area report shows the survey's index and change and the
# measure done with its effect; the area_reports layer's new columns equal an independent count
# made with GDAL's Python bindings (measures of the output by status whose geometry meets the
# area buffered by buffer_m; the survey's latest year by the area's name); the lägesbild lists the
# sample's citizen promise with its figures from the promises layer, and the comparison with the
# previous edition; an unreadable previous edition is an error naming [plan] previous.
set -uo pipefail
trygg=$1
work=$2
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
src=${TRYGG_SOURCE_DIR:?}
py=/usr/bin/python3
command -v pdftotext > /dev/null || { echo "SKIP: pdftotext is not installed"; exit 77; }
rm -rf "$work" && mkdir -p "$work" && cd "$work" || exit 1
export SOURCE_DATE_EPOCH=1735689600
sed -e "s|^source = \(.*\)|source = $src/gis-data/\1|" -e "s|^\(areas\{0,1\}\) = \(.*\)|\1 = $src/gis-data/\2|" \
    "$src/gis-data/trygg.ini" > base.ini
printf '\n[plan]\nregister = reg.gpkg\n' >> base.ini
expect 0 "skrev" -- "$trygg" run base.ini -q -o first.gpkg
[ -f reg.gpkg ] || fail "no register after the first run"

# The measures touching the station's area and its 200 m, from the register (same geometry as
# the output's measures), lowest ids first.
station="Helsingin päärautatieasema"
$py - reg.gpkg "$src/gis-data/example_areas.gpkg" "$station" > near.txt << 'EOF'
import sys
from osgeo import ogr
reg = ogr.Open(sys.argv[1])
areas_ds = ogr.Open(sys.argv[2])
lyr = reg.GetLayerByName("measures")
areas = areas_ds.GetLayerByName("areas")
for a in areas:
    if a.GetField("name") != sys.argv[3]:
        continue
    g = a.GetGeometryRef().Clone()
    g.TransformTo(lyr.GetSpatialRef())
    zone = g.Buffer(200, 16)
ids = sorted(f.GetFID() for f in lyr if f.GetGeometryRef().Intersects(zone))
print(" ".join(str(i) for i in ids))
EOF
read -r done_id going_id _ < near.txt
[ -n "${done_id:-}" ] && [ -n "${going_id:-}" ] || fail "fewer than two measures near the station: $(cat near.txt)"
ogrinfo -q reg.gpkg -sql "UPDATE measures SET status = 'genomförd', done_on = '2024-01-01', promise = 'klotter_stationen' WHERE measure_id = $done_id" > /dev/null
ogrinfo -q reg.gpkg -sql "UPDATE measures SET status = 'pågår' WHERE measure_id = $going_id" > /dev/null

cat > survey.csv << 'EOF'
area,year,index_total,respondents
Pääskynen,2023,1.8,210
Pääskynen,2024,2.4,190
Helsingin päärautatieasema,2023,3.1,400
Helsingin päärautatieasema,2024,3.5,380
Vanha kirkkopuisto,2023,2.0,150
Vanha kirkkopuisto,2024,1.6,160
Kaartin kasarmi,2024,1.6,95
EOF
cp base.ini second.ini
printf 'previous = first.gpkg\n\n[survey]\nsource = survey.csv\nareas = %s/gis-data/example_areas.gpkg:areas\n' "$src" >> second.ini
expect 0 "skrev" -- "$trygg" run second.ini -q -o second.gpkg
sql() { sqlite3 second.gpkg "$1"; }
[ "$(sql "SELECT status FROM measures WHERE measure_id = $done_id")" = genomförd ] || fail "measure $done_id not genomförd in the output"
effect=$(sql "SELECT effect FROM measure_effects WHERE measure_id = $done_id")
[ -n "$effect" ] || fail "no measure_effects row for measure $done_id"

# The area_reports layer against an independent count.
$py - second.gpkg "$src/gis-data/example_areas.gpkg" survey.csv > expected.txt << 'EOF'
import csv, sys
from osgeo import ogr
out = ogr.Open(sys.argv[1])
areas_ds = ogr.Open(sys.argv[2])
ms = out.GetLayerByName("measures")
srs = ms.GetSpatialRef()
measures = [(f.GetField("status"), f.GetGeometryRef().Clone()) for f in ms]
survey = {}
for r in csv.DictReader(open(sys.argv[3], encoding="utf-8")):
    survey.setdefault(r["area"], []).append((int(r["year"]), float(r["index_total"])))
for a in areas_ds.GetLayerByName("areas"):
    g = a.GetGeometryRef().Clone()
    g.TransformTo(srs)
    zone = g.Buffer(200, 16)
    done = sum(1 for s, m in measures if s in ("genomförd", "avslutad") and zone.Intersects(m))
    going = sum(1 for s, m in measures if s in ("beslutad", "pågår") and zone.Intersects(m))
    rows = sorted(survey.get(a.GetField("name"), []))
    if rows:
        year, index = rows[-1]
        change = "%.1f" % (index - rows[-2][1]) if len(rows) > 1 else ""
        print("%s|%d|%d|%d|%.1f|%s" % (a.GetField("name"), done, going, year, index, change))
    else:
        print("%s|%d|%d|||" % (a.GetField("name"), done, going))
EOF
[ "$(wc -l < expected.txt)" = 5 ] || fail "the independent count did not run: $(cat expected.txt)"
sql "SELECT name, measures_done, measures_in_progress, COALESCE(survey_year, ''),
     CASE WHEN survey_index IS NULL THEN '' ELSE printf('%.1f', survey_index) END,
     CASE WHEN survey_change IS NULL THEN '' ELSE printf('%.1f', survey_change) END FROM area_reports" > got.txt
sort expected.txt > e.txt
sort got.txt > g.txt
diff e.txt g.txt > diff.txt || fail "area_reports follow-up columns differ from the independent count: $(cat diff.txt)"
grep -q "^$station|[1-9][0-9]*|[1-9][0-9]*|2024|3.5|0.4$" got.txt || fail "station row: $(grep "^$station" got.txt)"
[ "$(sql "SELECT survey_area || '/' || survey_previous_year FROM area_reports WHERE name = '$station'")" = "$station/2023" ] ||
    fail "survey_area or survey_previous_year of the station"

# The station's report (an owner's, in Swedish): the survey and the measure done with its effect.
pdf=$(sql "SELECT report_file FROM area_reports WHERE name = '$station'")
pdftotext -layout "$pdf" station.txt || fail "pdftotext $pdf"
tr -s ' \n' ' ' < station.txt > station1.txt
grep -q "Uppföljning: genomförda åtgärder och trygghetsmätningen" station1.txt || fail "station report: no follow-up heading"
grep -q "Trygghetsmätningen för $station ger index 3,5 år 2024, 0,4 högre än 2023" station1.txt ||
    fail "station report: no survey sentence: $(grep -i tryggh station1.txt | head -3)"
grep -q "Ett högre index betyder fler problem" station1.txt || fail "station report: the index's direction is not said"
grep -q " $done_id .* 1 januari 2024" station1.txt || fail "station report: measure $done_id done on 1 januari 2024 not listed"
grep -q "pågår" station1.txt || fail "station report: the measure under way is not counted"
# an owner's report shows the effect sentence only when it names no count below 3
small=$(sql "SELECT (reports_before BETWEEN 1 AND 2) OR (reports_after BETWEEN 1 AND 2) OR (comparison_before BETWEEN 1 AND 2) OR (comparison_after BETWEEN 1 AND 2) FROM measure_effects WHERE measure_id = $done_id")
first_words=$(printf '%s' "$effect" | cut -d' ' -f1-3)
if [ "$small" = 0 ]; then
    grep -qF "$first_words" station1.txt || fail "station report: effect '$effect' not shown"
fi
# An area without survey rows and measures done: an owner's report leaves the survey out.
pdf=$(sql "SELECT report_file FROM area_reports WHERE survey_area IS NULL LIMIT 1")
pdftotext "$pdf" other.txt
! grep -q "Trygghetsmätningen" other.txt || fail "owner report without a survey area mentions the survey"

# English and internal: the same figures in English, with the keys that would give the rest.
expect 0 "wrote" -- "$trygg" report second.gpkg --areas "$src/gis-data/example_areas.gpkg:areas" --lang en --audience internal
pdftotext "$(sql "SELECT report_file FROM area_reports WHERE name = '$station'")" - | tr -s ' \n' ' ' > station_en.txt
grep -q "The safety survey (trygghetsmätning) for $station gives an index of 3.5 in 2024, 0.4 higher than in 2023" station_en.txt ||
    fail "English station report: no survey sentence"
pdftotext "$(sql "SELECT report_file FROM area_reports WHERE survey_area IS NULL LIMIT 1")" - | tr -s ' \n' ' ' > other_en.txt
grep -q "No area of the safety survey overlaps this area" other_en.txt || fail "internal report: no sentence on the missing survey"

# The lägesbild: the promise with the figures of its layer, and the comparison with the first run.
expect 0 "skrev" -- "$trygg" run second.ini -q -o second.gpkg
pdftotext -layout second_lagesbild.pdf lb.txt
tr -s ' \n' ' ' < lb.txt > lb1.txt
grep -q "Skadegörelse och klotter vid" lb1.txt || fail "lägesbild: the promise's text is missing"
b=$(sql "SELECT CAST(baseline_value AS INTEGER) || ' *→ *' || CAST(current_value AS INTEGER) FROM promises WHERE promise = 'klotter_stationen'")
grep -q "$b" lb1.txt || fail "lägesbild: promise values '$b' missing"
c=$(sql "SELECT CASE WHEN change > 0 THEN '+' ELSE '−' END || CAST(round(abs(change) * 100) AS INTEGER) || ' %' FROM promises WHERE promise = 'klotter_stationen'")
grep -q "$c" lb1.txt || fail "lägesbild: promise change '$c' missing"
verdict=$(sql "SELECT verdict FROM promises WHERE promise = 'klotter_stationen'")
case $verdict in
achieved) word="målet nått" ;; on_track) word="på väg" ;; off_track) word="inte på väg" ;; *) word="kan inte avgöras" ;;
esac
grep -q "$word" lb1.txt || fail "lägesbild: verdict '$word' ($verdict) missing"
grep -q "$done_id (genomförd)" lb1.txt || fail "lägesbild: the promise's linked measure $done_id missing"
grep -q "Jämfört med föregående upplaga" lb1.txt || fail "lägesbild: no comparison heading"
grep -q "Brottskoncentrationer: [0-9]* nya, [0-9]* kvarstående, [0-9]* borta" lb1.txt ||
    fail "lägesbild: the hotspot comparison is missing"
expect 0 "Brottskoncentrationer" -- "$trygg" compare first.gpkg second.gpkg
hot=$(grep "^Brottskoncentrationer:" out.txt | cut -d'(' -f1 | sed 's/ *$//')
grep -qF "$hot" lb1.txt || fail "lägesbild: comparison differs from trygg compare ('$hot')"
grep -q "Åtgärder genomförda sedan" lb1.txt || fail "lägesbild: measures done since are missing"
# Without [plan] previous the section says how to get it.
pdftotext first_lagesbild.pdf - | tr -s ' \n' ' ' > first.txt
grep -q "Ange \[plan\] previous = OLD.gpkg" first.txt || fail "lägesbild without a previous edition does not say how to get one"
# An unreadable previous edition: an error naming the key, nothing written.
sed -e 's|^previous = first.gpkg|previous = nothing.gpkg|' second.ini > bad.ini
expect 1 "\[plan\] previous" -- "$trygg" run bad.ini -q -o bad.gpkg
[ ! -e bad.gpkg ] || fail "an output was written with an unreadable previous edition"

[ "$fails" = 0 ] && echo "follow-up in the reports: all checks passed"
exit $((fails > 0))
