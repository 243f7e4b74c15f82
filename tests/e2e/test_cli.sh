#!/usr/bin/env bash
# The CLI with bad input: each case exits with the right code, names the file and the problem,
# and never damages an existing output. Also the minimal runs (streets only, no CRS + assumed).
set -uo pipefail
trygg=$1
work=$2
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
rm -rf "$work" && mkdir -p "$work" && cd "$work" || exit 1
# Streets as WKT in a CSV: no CRS of their own (a 3-street T in SWEREF 99 TM near Lund centre).
cat > streets.csv <<'CSV'
id,name,WKT
1,Stora Södergatan,"LINESTRING (387000 6175000, 387250 6175000)"
2,Klostergatan,"LINESTRING (387125 6175000, 387125 6175150)"
3,Kyrkogatan,"LINESTRING (387250 6175000, 387250 6175080)"
CSV

expect 1 "missing.gpkg" -- "$trygg" run --streets missing.gpkg -o a.gpkg
expect 2 "okänt alternativ '--frobnicate'" -- "$trygg" run --frobnicate
expect 2 "okänt kommando" -- "$trygg" frobnicate
expect 1 "saknar koordinatsystem" -- "$trygg" run -q --streets streets.csv -o nocrs.gpkg
test ! -e nocrs.gpkg || { echo "FAIL: output written after a failed run"; fails=$((fails + 1)); }

# Streets only, CRS assumed: lighting not assessed and said so.
expect 0 "skrev" -- "$trygg" run -q --streets streets.csv --assume-crs EPSG:3006 -o streets_only.gpkg
ogrinfo -ro -q -sql "SELECT value FROM run_info WHERE key = 'lighting_assessed'" streets_only.gpkg | grep -q "inget lager med belysningspunkter" ||
    { echo "FAIL: run_info does not say lighting was not assessed"; fails=$((fails + 1)); }
ogrinfo -ro -q -sql "SELECT COUNT(*) AS n FROM street_segments WHERE top_factors LIKE '%belysningen inte bedömd%'" \
    streets_only.gpkg | grep -q "n (Integer) = [1-9]" ||
    { echo "FAIL: top_factors does not say lighting was not assessed"; fails=$((fails + 1)); }
# The 250 m street is split at the T junction (125 m) into 2 x 62.5 + 2 x 62.5.
ogrinfo -ro -q -sql "SELECT ROUND(SUM(length_m), 6) AS total FROM street_segments WHERE street = 'Stora Södergatan'" \
    streets_only.gpkg | grep -q "total (Real) = 250" ||
    { echo "FAIL: pieces of Stora Södergatan do not add up to 250 m"; fails=$((fails + 1)); }

# An existing output survives a failed run unchanged.
printf 'sentinel, not a GeoPackage\n' > keep.gpkg
cp keep.gpkg keep.orig
expect 1 "nolamps.gpkg" -- "$trygg" run -q --streets streets.csv --assume-crs EPSG:3006 --lamps nolamps.gpkg -o keep.gpkg
cmp -s keep.gpkg keep.orig || { echo "FAIL: existing output changed by a failed run"; fails=$((fails + 1)); }
ls -a | grep -q "tmp" && { echo "FAIL: temporary file left behind"; ls -a; fails=$((fails + 1)); }

# An output path that cannot be written.
expect 1 "no/such/dir/out.gpkg" -- "$trygg" run -q --streets streets.csv --assume-crs EPSG:3006 -o no/such/dir/out.gpkg

# check writes nothing and says what it found.
expect 0 "användbar: ja" -- "$trygg" check --streets streets.csv --assume-crs EPSG:3006
expect 1 "användbar: NEJ" -- "$trygg" check --streets missing.gpkg
head -c 4096 streets_only.gpkg > truncated.gpkg
expect 1 "truncated.gpkg" -- "$trygg" info truncated.gpkg

# A config with a typo names the line and key.
printf '[places]\nsegment_max_m = 100\nsnap_mm = 30\n' > bad.ini
expect 1 "bad.ini rad 3: okänd nyckel 'snap_mm'" -- "$trygg" run bad.ini

# Surroundings from plain files: a building along Stora Södergatan (WKT in a CSV), points of interest with a
# kind column. Without them the fields are empty and run_info says which components were left out.
ogrinfo -ro -q -sql "SELECT value FROM run_info WHERE key = 'components.not_used'" streets_only.gpkg |
    grep -q "(inget lager buildings)" || { echo "FAIL: run_info does not say buildings were missing"; fails=$((fails + 1)); }
cat > buildings.csv <<'CSV'
id,WKT
1,"POLYGON ((387010 6175005, 387110 6175005, 387110 6175020, 387010 6175020, 387010 6175005))"
CSV
cat > pois.csv <<'CSV'
id,kind,x,y
1,pub,387050,6175010
2,bus_stop,387130,6175010
3,waste_basket,387240,6175005
CSV
expect 0 "skrev" -- "$trygg" run -q --streets streets.csv --assume-crs EPSG:3006 --buildings buildings.csv \
    --pois pois.csv -o surroundings.gpkg
/usr/bin/python3 "$(dirname "$0")/check_output.py" surroundings.gpkg > check.txt ||
    { echo "FAIL: check_output.py on surroundings.gpkg"; cat check.txt; fails=$((fails + 1)); }
ogrinfo -ro -q -sql "SELECT COUNT(*) AS n FROM street_segments WHERE surveillance_share > 0 AND bars_150m = 1" \
    surroundings.gpkg | grep -q "n (Integer) = [1-9]" ||
    { echo "FAIL: no place watched by the building with the pub near it"; fails=$((fails + 1)); }
ogrinfo -ro -q -sql "SELECT value FROM run_info WHERE key = 'components.not_used'" surroundings.gpkg |
    grep -q "inga: alla komponenter användes" || { echo "FAIL: components.not_used with both layers"; fails=$((fails + 1)); }

# Near repeat on the sample: a table of 5 x 4 bands, one CSV row per band pair; usage errors exit 2.
src=${TRYGG_SOURCE_DIR:-$(cd "$(dirname "$0")/../.." && pwd)}
expect 0 "Near repeat (Knox-test) för skadegörelse" -- "$trygg" nearrepeat "$src/gis-data/trygg.ini" --category vandalism \
    --permutations 99 --csv nr.csv
[ "$(wc -l < nr.csv)" = 21 ] || { echo "FAIL: nr.csv has $(wc -l < nr.csv) lines, expected 21"; fails=$((fails + 1)); }
head -1 nr.csv | grep -q "^space_from_m,space_to_m,time_from_days,time_to_days,observed,expected,ratio,p_value$" ||
    { echo "FAIL: nr.csv header"; fails=$((fails + 1)); }
expect 2 "är inte STEG/MAX" -- "$trygg" nearrepeat "$src/gis-data/trygg.ini" --category vandalism --space 500/100
expect 2 "är ingen kategori i trygg" -- "$trygg" nearrepeat "$src/gis-data/trygg.ini" --category burglary

echo "$fails failures"
[ "$fails" = 0 ]
