#!/usr/bin/env bash
# End to end: the lägesbild (OUT_lagesbild.pdf) of the sample. The default run is Swedish: the
# five sections of Brå's order are there, in order; the sources section gives the lamp register's
# coverage, which must equal an independent computation with GDAL's Python bindings (the lamps
# buffered as polygons, unioned, and intersected with every place's line); the relative risks are
# those of run_info. `--lang en` gives the same document in English with the same numbers.
set -uo pipefail
trygg=$1
work=$2
src=${TRYGG_SOURCE_DIR:-$(cd "$(dirname "$0")/../.." && pwd)}
for tool in pdftotext pdfinfo; do
    command -v $tool > /dev/null || { echo "SKIP: $tool (poppler-utils) is not installed"; exit 77; }
done
/usr/bin/python3 -c "from osgeo import ogr" 2> /dev/null || { echo "SKIP: GDAL's Python bindings are missing"; exit 77; }
rm -rf "$work" && mkdir -p "$work" && cd "$work"
export SOURCE_DATE_EPOCH=1735689600 # 2025-01-01T00:00:00Z: pinned timestamps
. "$src/tests/e2e/lib.sh"

expect 0 "skrev" -- "$trygg" run -q -o sv.gpkg
expect 0 "wrote" -- "$trygg" run -q --lang en -o en.gpkg
[ -s sv_lagesbild.pdf ] && [ -s en_lagesbild.pdf ] || fail "no lägesbild: $(ls)"
[ ! -e sv_summary.pdf ] || fail "the summary is still written beside the lägesbild"
# one document, not a hundred pages: the 145 measures are grouped
pages=$(pdfinfo sv_lagesbild.pdf | sed -n 's/^Pages: *//p')
[ "$pages" -ge 4 ] && [ "$pages" -le 16 ] || fail "sv_lagesbild.pdf has $pages pages, expected 4 to 16"
pdftotext -layout sv_lagesbild.pdf - | tr -d '\f' > sv.txt
pdftotext -layout en_lagesbild.pdf - | tr -d '\f' > en.txt

/usr/bin/python3 - sv.gpkg sv.txt en.txt << 'PY' || fail "the lägesbild's text (see above)"
import re, sys
from osgeo import ogr

gpkg, sv_txt, en_txt = sys.argv[1:4]
sv = open(sv_txt, encoding="utf-8").read()
en = open(en_txt, encoding="utf-8").read()
bad = []

def flat(t):
    # one line, the no-break spaces of the number formats as plain ones
    return re.sub(r"\s+", " ", t.replace("\u00a0", " ").replace("\u202f", " "))

def num(s, lang):
    s = s.replace(" ", "")
    return float(s.replace(",", ".") if lang == "sv" else s.replace(",", ""))

# The five sections, each a line of its own, in Brå's order.
for lang, text, heads in (
    ("sv", sv, ["Kartläggning", "Orsaksanalys", "Åtgärder", "Uppföljning", "Underlag och begränsningar"]),
    ("en", en, ["Mapping", "Analysis of causes", "Measures", "Follow-up", "Sources and limitations"]),
):
    lines = [l.strip() for l in text.splitlines()]
    at = []
    for k, h in enumerate(heads):
        want = f"{k + 1}. {h}"
        at.append(lines.index(want) if want in lines else -1)
    if -1 in at or at != sorted(at):
        bad.append(f"{lang}: section headings missing or out of order: {list(zip(heads, at))}")

# What the run found reaches both languages' lägesbild, whatever the language of run_info's
# sentences (sv.gpkg writes them in Swedish): the Poisson model's count of reports, and a
# significant trend in brief.
import sqlite3
info = dict(sqlite3.connect(gpkg).execute("SELECT key, value FROM run_info").fetchall())
fitted = re.search(r"\) av (\d+) anmälningar", info.get("model.vandalism", ""))
if not fitted:
    bad.append("sv.gpkg: model.vandalism is not a fitted model: " + info.get("model.vandalism", "(none)")[:80])
else:
    n = fitted.group(1)
    if f"Skattad på {n} anmälningar" not in flat(sv):
        bad.append(f"sv: the vandalism model's {n} reports are not in the lägesbild")
    if f"Fitted on {n} reports" not in flat(en):
        bad.append(f"en: the vandalism model's {n} reports are not in the lägesbild")
rising = [k for k, v in info.items() if k.startswith("trend.") and v.startswith("ökande")]
if rising and "Statistiskt säkerställd ökning" not in flat(sv):
    bad.append(f"sv: {rising} rise significantly in run_info, the lägesbild's brief says no rise")
if rising and "Significant rise" not in flat(en):
    bad.append(f"en: {rising} rise significantly in run_info, the lägesbild's brief says no rise")

# Swedish says brottskoncentration for a hot spot (the English term only in brackets beside it).
for term in ("Hot spot", "Brännpunkt", "brännpunkt"):
    if term in sv:
        bad.append(f"sv: '{term}' in the Swedish lägesbild")

# The lamp coverage, independently: GEOS buffers (64 segments a quarter) unioned, intersected
# with each place; influence_m of the run's config is the distance.
ds = ogr.Open(gpkg)
info = {f["key"]: f["value"] for f in ds.GetLayerByName("run_info")}
m = re.search(r"\[lighting\][^\[]*?influence_m = ([0-9.]+)", info["config"])
r = float(m.group(1)) if m else 60.0
lamps = ogr.Geometry(ogr.wkbMultiPolygon)
for f in ds.GetLayerByName("lamps"):
    lamps.AddGeometry(f.GetGeometryRef().Buffer(r, 64))
union = lamps.UnionCascaded()
total = lit = 0.0
for f in ds.GetLayerByName("street_segments"):
    g = f.GetGeometryRef()
    total += g.Length()
    lit += g.Intersection(union).Length()
share = 100.0 * lit / total
print(f"lamp coverage (GDAL): {share:.2f} % within {r:g} m, {lit / 1000:.2f} of {total / 1000:.2f} km")

pats = {
    "sv": r"Belysningsregistrets täckning: ([0-9]+) % av gatulängden ligger inom ([0-9]+) m från en armatur i "
          r"registret \(([0-9 ,]+) av ([0-9 ,]+) km",
    "en": r"Coverage of the lamp register: ([0-9]+) ?% of the street length lies within ([0-9]+) m of a lamp in the "
          r"register \(([0-9 ,.]+) of ([0-9 ,.]+) km",
}
figures = {}
for lang, text in (("sv", sv), ("en", en)):
    m = re.search(pats[lang], flat(text))
    if not m:
        bad.append(f"{lang}: no lamp coverage sentence")
        continue
    p, dist, a, b = int(m.group(1)), int(m.group(2)), num(m.group(3), lang), num(m.group(4), lang)
    figures[lang] = (p, dist, a, b)
    if abs(p - share) > 0.51 or dist != round(r) or abs(a - lit / 1000) > 0.051 or abs(b - total / 1000) > 0.051:
        bad.append(f"{lang}: lamp coverage {p} % within {dist} m ({a} of {b} km) against {share:.2f} % "
                   f"({lit / 1000:.2f} of {total / 1000:.2f} km)")
if len(figures) == 2 and figures["sv"] != figures["en"]:
    bad.append(f"lamp coverage differs between the languages: {figures}")

# Analysis of causes: every relative risk of run_info, with its interval, in the run's formats.
for key, value in info.items():
    m = re.match(r"model\.(vandalism|littering)\.\w+$", key)
    v = re.match(r"RR ([0-9.]+) \(([0-9.]+)-([0-9.]+)\)", value or "")
    if not m or not v:
        continue
    rr, lo, hi = v.groups()
    for lang, text in (("sv", flat(sv)), ("en", flat(en))):
        conv = (lambda s: s.replace(".", ",")) if lang == "sv" else (lambda s: s)
        if not re.search(rf"{re.escape(conv(rr))} {re.escape(conv(lo))}–{re.escape(conv(hi))} ", text):
            bad.append(f"{lang}: {key} = {value} not in the table")
    uncertain = float(lo) <= 1 <= float(hi)
    if uncertain and "osäker" not in sv:
        bad.append("no factor marked osäker though an interval includes 1")

# The limits of the sources: reports are not all crime, the data are synthetic, the period.
for phrase in ("Anmälningar är inte all brottslighet", "SYNTETISKA", "1 januari 2023 till 31 december 2024"):
    if phrase not in flat(sv):
        bad.append(f"sv: no '{phrase}'")
for phrase in ("Reports are not all crime", "SYNTHETIC", "1 January 2023 to 31 December 2024"):
    if phrase not in flat(en):
        bad.append(f"en: no '{phrase}'")

# The measures: all of them counted, grouped, with the same counts in both languages.
n = ds.GetLayerByName("measures").GetFeatureCount()
if f"Alla {n} åtgärder" not in flat(sv) or f"All {n} measures" not in flat(en):
    bad.append(f"the measures' total {n} is not given")
p1 = ds.ExecuteSQL("SELECT COUNT(*) FROM measures WHERE priority = 1").GetNextFeature().GetField(0)
if f"{n} föreslagna åtgärder, varav {p1} med prioritet 1" not in flat(sv):
    bad.append(f"sv: in brief does not give {n} measures, {p1} of priority 1")
if f"{n} measures proposed, {p1} of them of priority 1" not in flat(en):
    bad.append(f"en: in brief does not give {n} measures, {p1} of priority 1")

# Follow-up without a register or survey says what is needed.
for phrase in ("[plan] register", "[survey] source"):
    if phrase not in flat(sv):
        bad.append(f"sv: follow-up does not ask for {phrase}")

for b in bad:
    print("FAIL:", b)
sys.exit(1 if bad else 0)
PY

echo "$fails failures"
[ "$fails" = 0 ]
