#!/usr/bin/env bash
# Near repeat with a pattern planted in: 200 vandalism reports spread over a 2 km square and over
# 2023, plus 30 repeats, each 40 m and 2 days after one of them (the last pair on 28 and 30
# December). The Knox table must find the 0-100 m, 0-7 days cell far above chance, and a run with
# [nearrepeat] categories = vandalism must write near_repeat_zones around the reports of the last
# near-repeat days before the latest one, each valid until its time plus those days.
set -uo pipefail
trygg=$1
work=$2
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
rm -rf "$work" && mkdir -p "$work" && cd "$work" || exit 1
/usr/bin/python3 - <<'PY'
import datetime, random
rng = random.Random(7)
t0 = datetime.datetime(2023, 1, 1, tzinfo=datetime.timezone.utc)
rows = []
for i in range(200):
    x, y = 386000 + rng.uniform(0, 2000), 6176000 + rng.uniform(0, 2000)
    t = t0 + datetime.timedelta(seconds=rng.uniform(0, 362 * 86400))
    rows.append((x, y, t))
for k in range(30):
    x, y, t = rows[k * 6]
    rows.append((x + 40, y, t + datetime.timedelta(days=2)))
rows.append((387000, 6177000, datetime.datetime(2023, 12, 28, 20, tzinfo=datetime.timezone.utc)))
rows.append((387040, 6177000, datetime.datetime(2023, 12, 30, 20, tzinfo=datetime.timezone.utc)))
with open("incidents.csv", "w") as f:
    f.write("id,x,y,brottstyp,datum\n")
    for i, (x, y, t) in enumerate(rows, 1):
        f.write(f"{i},{x:.1f},{y:.1f},skadegörelse,{t.strftime('%Y-%m-%dT%H:%M:%SZ')}\n")
with open("streets.csv", "w") as f:
    f.write("id,name,WKT\n")
    for k in range(11):
        f.write(f'{k + 1},Gata {k},"LINESTRING ({386000 + 200 * k} 6176000, {386000 + 200 * k} 6178000)"\n')
PY
cat > nr.ini <<'INI'
[study_area]
crs = EPSG:3006
[streets]
source = streets.csv
crs = EPSG:3006
[incidents]
source = incidents.csv
crs = EPSG:3006
x_field = x
y_field = y
[nearrepeat]
categories = vandalism
INI
expect 0 "Near repeat (Knox-test) för skadegörelse: 232 händelser" -- "$trygg" nearrepeat nr.ini --category vandalism \
    --csv table.csv
# first cell: observed > 2 x expected, p at the Monte Carlo floor; the near-repeat window from the
# table (the significant cells reached from the first one along the first row and column)
/usr/bin/python3 - <<'PY' || fails=$((fails + 1))
import csv, sys
rows = list(csv.DictReader(open("table.csv")))
r = rows[0]
ok = r["space_to_m"] == "100" and r["time_to_days"] == "7" and float(r["ratio"]) > 2 and float(r["p_value"]) <= 0.002
sig = {(float(x["space_to_m"]), float(x["time_to_days"])) for x in rows
       if x["ratio"] and float(x["ratio"]) > 1 and float(x["p_value"]) <= 0.05}
radius = 100.0
while (radius + 100, 7.0) in sig:
    radius += 100
days = 7.0
while (100.0, days + 7) in sig:
    days += 7
open("window.txt", "w").write(f"{radius:g} {days:g}\n")
print("first cell", r, "window", radius, days)
sys.exit(0 if ok else 1)
PY
read -r radius days < window.txt
expect 0 "skrev" -- "$trygg" run nr.ini -q -o out.gpkg
ogrinfo -ro -q out.gpkg run_info -where "key = 'nearrepeat'" | grep -q "skadegörelse: near repeat inom $radius m och $days dagar" ||
    { echo "FAIL: run_info nearrepeat"; ogrinfo -ro -q out.gpkg run_info -where "key = 'nearrepeat'"; fails=$((fails + 1)); }
RADIUS=$radius DAYS=$days /usr/bin/python3 - <<'PY' || fails=$((fails + 1))
import datetime, os, sqlite3, sys
radius, days = float(os.environ["RADIUS"]), float(os.environ["DAYS"])
c = sqlite3.connect("out.gpkg")
rows = c.execute("SELECT incident_id, radius_m, days, occurred_at, valid_until FROM near_repeat_zones ORDER BY incident_id").fetchall()
print(rows)
ids = [r[0] for r in rows]
# the planted last pair (incidents 231 and 232) are among the zones, of the window's radius, each
# valid for the window's days; no zone starts more than those days before the latest report
latest = datetime.datetime(2023, 12, 30, 20, tzinfo=datetime.timezone.utc)
iso = lambda s: datetime.datetime.strptime(s, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=datetime.timezone.utc)
ok = 231 in ids and 232 in ids and all(r[1] == radius and r[2] == days for r in rows)
ok = ok and all(iso(r[4]) - iso(r[3]) == datetime.timedelta(days=days) for r in rows)
ok = ok and all(latest - iso(r[3]) <= datetime.timedelta(days=days) for r in rows)
sys.exit(0 if ok else 1)
PY
# the Knox table is in the output (5 x 4 band pairs) and in the lägesbild
[ "$(ogrinfo -ro -q -sql "SELECT COUNT(*) AS n FROM near_repeat WHERE category = 'vandalism'" out.gpkg |
    sed -n 's/.*n (Integer) = //p')" = 20 ] || fail "near_repeat layer does not hold 20 rows"
pdftotext out_lagesbild.pdf lagesbild.txt && grep -q "Upprepad utsatthet i närheten (near repeat, Knox-test)" lagesbild.txt &&
    grep -q "0-100 m" lagesbild.txt || fail "the lägesbild has no Knox table"
echo "$fails failures"
[ "$fails" = 0 ]
