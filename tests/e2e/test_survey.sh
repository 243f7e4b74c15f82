#!/usr/bin/env bash
# The police's safety survey beside the reports, through the CLI on the sample: a made-up survey
# table (two years for the five example areas, one area spelled in capitals, one unknown area)
# joined by name to gis-data/example_areas.gpkg. The survey_areas layer has a row per known area
# and year; its report counts equal those counted independently with GDAL's Python bindings
# (points in the area polygon, calendar years in local standard time, UTC+2 in the sample); the
# directions follow the rule; the layer opens with its style.
set -uo pipefail
trygg=$1
work=$2
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
src=${TRYGG_SOURCE_DIR:?}
rm -rf "$work" && mkdir -p "$work" && cd "$work" || exit 1
export SOURCE_DATE_EPOCH=1735689600
py=/usr/bin/python3
# Made-up index values. The sample's reports (checked below): the station 29 -> 19 and the
# churchyard 28 -> 13 (both fall by more than 10 %), Pääskynen 3 -> 8 and Kaartin kasarmi 0 -> 1
# (under 10 reports: the reports do not move). The station's index rises by 0.4 (more problems:
# less safe while reports fall: flagged), the churchyard's falls by 0.4 (safer: agrees).
cat > survey.csv << 'EOF'
area,year,index_total,respondents,kon,q_klotter
Pääskynen,2023,1.8,210,,
PÄÄSKYNEN,2024,2.4,190,,
Helsingin päärautatieasema,2023,3.1,400,,2.9
Helsingin päärautatieasema,2024,3.5,380,,3.4
Helsingin päärautatieasema,2024,3.9,200,Kvinnor,3.8
Helsingin päärautatieasema,2024,3.0,180,Män,2.9
Vanha kirkkopuisto,2023,2.0,150
Vanha kirkkopuisto,2024,1.6,160
Kaartin kasarmi,2023,2.2,90
Kaartin kasarmi,2024,1.6,95
Musiikkitalo,2024,1.0,60
Kallio,2024,2.5,300
EOF
sed -e "s|^source = \(.*\)|source = $src/gis-data/\1|" -e "s|^\(areas\{0,1\}\) = \(.*\)|\1 = $src/gis-data/\2|" \
    "$src/gis-data/trygg.ini" > s.ini
printf '\n[survey]\nsource = survey.csv\nareas = %s/gis-data/example_areas.gpkg:areas\ngender_field = kon\nquestion_fields = q_klotter\n' "$src" >> s.ini
expect 0 "skrev" -- "$trygg" run s.ini -o s.gpkg
grep -q "Kallio" err.txt || fail "no warning about the survey area without a polygon: $(cat err.txt)"
sql() { sqlite3 s.gpkg "$1"; }
[ "$(sql 'SELECT COUNT(*) FROM survey_areas')" = 9 ] || fail "survey_areas rows: $(sql 'SELECT COUNT(*) FROM survey_areas')"
[ "$(sql "SELECT COUNT(*) FROM survey_areas WHERE previous_year = 2023")" = 4 ] || fail "rows with a previous survey"
# By gender beside the total (the rows by gender are not areas of their own), and a question with its change.
[ "$(sql "SELECT index_women || '/' || index_men || '/' || q_klotter || '/' || q_klotter_change FROM survey_areas WHERE area = 'Helsingin päärautatieasema' AND year = 2024")" = "3.9/3.0/3.4/0.5" ] ||
    fail "station 2024 by gender and question: $(sql "SELECT index_women, index_men, q_klotter, q_klotter_change FROM survey_areas WHERE area = 'Helsingin päärautatieasema' AND year = 2024")"
[ "$(sql "SELECT COUNT(*) FROM survey_areas WHERE index_women IS NOT NULL")" = 1 ] || fail "index_women where not given"
[ "$(sql "SELECT area FROM survey_areas WHERE year = 2024 AND index_total = 2.4")" = "Pääskynen" ] ||
    fail "the capitalised name was not joined to the area's name"
# Counts against an independent count.
$py - s.gpkg "$src/gis-data/example_areas.gpkg" > expected.txt << 'EOF'
import sys
from datetime import datetime, timedelta
from osgeo import ogr
out = ogr.Open(sys.argv[1])
areas_ds = ogr.Open(sys.argv[2])  # kept: a layer lives only as long as its dataset
areas = areas_ds.GetLayerByName("areas")
inc = out.GetLayerByName("incidents")
points = []
for f in inc:
    t = f.GetField("occurred_at")
    if not t:
        continue
    when = datetime.strptime(t[:19], "%Y/%m/%d %H:%M:%S") + timedelta(hours=2)
    points.append((f.GetGeometryRef().Clone(), when.year))
srs = inc.GetSpatialRef()
for a in areas:
    g = a.GetGeometryRef().Clone()
    g.TransformTo(srs)
    for year in (2023, 2024):
        print(a.GetField("name"), year, sum(1 for p, y in points if y == year and g.Intersects(p)))
EOF
[ "$(wc -l < expected.txt)" = 10 ] || fail "the independent count did not run: $(cat expected.txt)"
sql "SELECT area, year, incidents FROM survey_areas ORDER BY area, year" | tr '|' ' ' > got.txt
while read -r line; do
    grep -qxF "$line" got.txt || fail "independent count '$line' not in survey_areas: $(tr '\n' ';' < got.txt)"
done < <(grep -v "^Musiikkitalo 2023" expected.txt)
# Directions.
[ "$(sql "SELECT incidents || '/' || previous_incidents FROM survey_areas WHERE area = 'Helsingin päärautatieasema' AND year = 2024")" = 19/29 ] ||
    fail "the sample's station counts changed: update the made-up survey"
[ "$(sql "SELECT direction FROM survey_areas WHERE area = 'Helsingin päärautatieasema' AND year = 2024")" = "less safe, fewer reports" ] ||
    fail "station 2024: $(sql "SELECT * FROM survey_areas WHERE area = 'Helsingin päärautatieasema' AND year = 2024")"
for a in Pääskynen "Kaartin kasarmi" "Vanha kirkkopuisto"; do
    [ "$(sql "SELECT direction FROM survey_areas WHERE area = '$a' AND year = 2024")" = agree ] || fail "$a 2024 should agree"
done
[ "$(sql "SELECT direction FROM survey_areas WHERE year = 2023 LIMIT 1")" = unknown ] || fail "2023 has no previous survey"
[ "$(sql "SELECT note_en FROM survey_areas WHERE area = 'Helsingin päärautatieasema' AND year = 2024")" = \
  "people feel less safe while reports fall" ] || fail "note_en"
sql "SELECT value FROM run_info WHERE key = 'survey'" | grep -q "^9 områdesår .*(1 utan polygon); 1 där" ||
    fail "run_info survey: $(sql "SELECT value FROM run_info WHERE key = 'survey'")"
$py -m osgeo_utils.samples.validate_gpkg --extra --warning-as-error s.gpkg || fail "s.gpkg is not a valid GeoPackage"
if $py -c "import qgis.core" 2> /dev/null; then
    QT_QPA_PLATFORM=offscreen $py "$src/tools/qgis_check.py" s.gpkg s.png > qgis.txt 2>&1 ||
        fail "QGIS does not load s.gpkg with its styles: $(tail -3 qgis.txt)"
fi
# A survey without the configured fields: a clear message naming the field, nothing written.
printf 'omrade,ar,index\nX,2024,2\n' > bad.csv
sed -e 's|^source = survey.csv|source = bad.csv|' s.ini > bad.ini
expect 1 "inget fält 'area'" -- "$trygg" run bad.ini -q -o bad.gpkg
[ ! -e bad.gpkg ] || fail "an output was written with an unusable survey"
[ "$fails" = 0 ] && echo "survey: all checks passed"
exit $((fails > 0))
