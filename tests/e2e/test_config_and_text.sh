#!/usr/bin/env bash
# Config strictness on the command line (NUL byte, duplicate key, a folder as config, non-UTF-8
# text: exit code 1, naming file and line) and text without a declared encoding read as
# Windows-1252: a Swedish Excel export with an en dash and a euro sign.
set -uo pipefail
trygg=$1
work=$2
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
rm -rf "$work" && mkdir -p "$work" && cd "$work" || exit 1
cat > streets.csv <<'CSV'
id,name,WKT
1,Stora Södergatan,"LINESTRING (387000 6175000, 387250 6175000)"
2,Klostergatan,"LINESTRING (387125 6175000, 387125 6175150)"
CSV
printf '[streets]\nsource = streets.csv\n[study_area]\nassume_crs = EPSG:3006\n' > good.ini
expect 0 "användbar: ja" -- "$trygg" check good.ini

printf '[streets]\nsource = streets.csv\n[places]\nsnap_m = 3\0000\n' > nul.ini
expect 1 "nul.ini rad 4: innehåller en NUL-byte" -- "$trygg" run nul.ini -o nul.gpkg
printf '[streets]\nsource = streets.csv\n[places]\nsnap_m = 3\nsnap_m = 30\n' > dup.ini
expect 1 "dup.ini rad 5: nyckeln 'snap_m' förekommer två gånger i \[places\] (först satt på rad 4)" -- "$trygg" check dup.ini
mkdir -p folder.ini
expect 1 "folder.ini: är en mapp, inte en konfigurationsfil" -- "$trygg" run folder.ini -o folder.gpkg
printf '[study_area]\nname = Lund centrum \226 norra\n' > cp1252.ini
expect 1 "cp1252.ini rad 2: inte giltig UTF-8 (byte 0x96" -- "$trygg" check cp1252.ini
printf '[patrols]\nmax_km2 = 1\n' > sect.ini
expect 1 "kända: .*patrol, plan" -- "$trygg" check sect.ini
ls ./*.gpkg > /dev/null 2>&1 && fail "a failed config wrote an output"

# Windows-1252 CSV (no encoding declared, bytes not UTF-8): en dash 0x96, euro sign 0x80.
printf 'x,y,kategori\n387100,6175001,Skadeg\366relse \226 f\366nster\n387130,6175060,Klotter \200 500\n' > excel.csv
grep -q $'\x96' excel.csv || fail "fixture: excel.csv has no Windows-1252 en dash"
expect 0 "skrev" -- "$trygg" run good.ini --incidents excel.csv --crs EPSG:3006 -o text.gpkg
cats=$(sqlite3 text.gpkg "SELECT group_concat(source_category, '|') FROM (SELECT source_category FROM incidents ORDER BY fid)")
[ "$cats" = "Skadegörelse – fönster|Klotter € 500" ] || fail "Windows-1252 text read as '$cats'"
grep -q "läst som Windows-1252" err.txt || fail "no warning that the text was read as Windows-1252"
# The same in a shapefile without .cpg (GDAL reads its 8-bit text as Latin-1).
printf 'x,y,kategori\n387100,6175001,Skadegörelse – fönster\n387130,6175060,Klotter € 500\n' > utf8.csv
mkdir -p shp && ogr2ogr -f "ESRI Shapefile" -lco ENCODING=CP1252 shp/inc.shp utf8.csv -oo X_POSSIBLE_NAMES=x \
    -oo Y_POSSIBLE_NAMES=y -oo KEEP_GEOM_COLUMNS=NO -a_srs EPSG:3006 && rm -f shp/inc.cpg
expect 0 "skrev" -- "$trygg" run good.ini --incidents shp/inc.shp -o shp.gpkg
cats=$(sqlite3 shp.gpkg "SELECT group_concat(source_category, '|') FROM (SELECT source_category FROM incidents ORDER BY fid)")
[ "$cats" = "Skadegörelse – fönster|Klotter € 500" ] || fail "Windows-1252 shapefile text read as '$cats'"

# trygg check checks where the outputs go, writing nothing.
expect 1 "kan inte skriva no/such/x.gpkg: mappen no/such" -- "$trygg" check good.ini -o no/such/x.gpkg
touch afile
expect 1 "afile är ingen mapp" -- "$trygg" check good.ini -o afile/x.gpkg
expect 2 "utdata streets.csv är samma fil som indata för streets" -- "$trygg" check good.ini -o streets.csv
expect 0 "utdata: out.gpkg (mappen är skrivbar; rapporter i rep)" -- "$trygg" check good.ini -o out.gpkg --reports rep
[ -e rep ] && fail "trygg check made the reports folder"

# An area wholly outside the study area (in Malmö, 15 km away) gets its report with a warning.
cat > far.geojson <<'JSON'
{"type": "FeatureCollection", "features": [
{"type": "Feature", "properties": {"name": "Malmö C"},
 "geometry": {"type": "Polygon", "coordinates": [[[13.00, 55.60], [13.01, 55.60], [13.01, 55.61], [13.00, 55.60]]]}},
{"type": "Feature", "properties": {"name": "Klostergatan"},
 "geometry": {"type": "Polygon", "coordinates": [[[13.19, 55.70], [13.20, 55.70], [13.20, 55.71], [13.19, 55.70]]]}}]}
JSON
# (The warning in Swedish, the default language.)
expect 0 "området 'Malmö C' ligger helt utanför undersökningsområdet" -- "$trygg" report text.gpkg --areas far.geojson
grep -q "Klostergatan' ligger helt utanför" err.txt && fail "an area inside the study area was said to be outside"

[ "$fails" = 0 ] && echo "config and text: all checks passed"
exit $((fails > 0))
