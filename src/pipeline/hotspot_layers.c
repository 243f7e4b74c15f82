/*
 * The hotspot layers of a run (DESIGN.md section 4), described for the GeoPackage writer
 * (src/pipeline/output_layers.h):
 *   grid_cells         Polygon     one row per analysis cell, fid = cell_id = cell index + 1;
 *                                  per category: n_, kde_, gi_z_, gi_p_, hotspot_, trend_,
 *                                  change_, trend_p_, emerging_; mean scores of the places in the cell
 *   hotspots           MultiPolygon  merged hot cells of one category, fid = hotspot_id
 *   temporal_profiles  attributes  incidents per local hour of the week, for the whole area
 *                                  (scope 'area') and for each hotspot (scope 'hotspot')
 * All three are written (empty) when the run has no statistics, so that styles and projects
 * find them.
 */
#include <math.h>
#include <stdlib.h>

#include <geos_c.h>
#include <ogr_core.h>

#include "core/i18n.h"
#include "core/internal.h"
#include "io/io.h"
#include "pipeline/hotspots.h"
#include "pipeline/output_layers.h"
#include "score/emerging.h"

#define NCAT TRYGG_CAT_COUNT

/* Per-category fields of grid_cells, in this order for each category. */
enum { GC_N, GC_KDE, GC_GI_Z, GC_GI_P, GC_HOTSPOT, GC_TREND, GC_CHANGE, GC_TREND_P, GC_EMERGING, GC_PER_CAT };
enum { GC_HEAD = 3 }; /* cell_id, area_km2, n_places */
#define GC_FIELD(cat, k) (GC_HEAD + (int)(cat) * GC_PER_CAT + (k))
#define GC_SCORE0 (GC_HEAD + NCAT * GC_PER_CAT)

enum { H_ID, H_CATEGORY, H_CONFIDENCE, H_PEAK_CONFIDENCE, H_CELLS, H_INCIDENTS, H_AREA_KM2, H_SHARE, H_PAI,
       H_PEAK_HOURS, H_N_A, H_N_B, H_TREND, H_TREND_P, H_STREET_KM, H_PAI_LENGTH, H_NFIELDS };
static const trygg_field_def hotspot_fields[H_NFIELDS] = {
    [H_ID] = {"hotspot_id", TRYGG_FIELD_INT},
    [H_CATEGORY] = {"category", TRYGG_FIELD_TEXT},
    [H_CONFIDENCE] = {"confidence", TRYGG_FIELD_TEXT},
    [H_PEAK_CONFIDENCE] = {"peak_confidence", TRYGG_FIELD_TEXT},
    [H_CELLS] = {"cells", TRYGG_FIELD_INT32},
    [H_INCIDENTS] = {"incidents", TRYGG_FIELD_INT32},
    [H_AREA_KM2] = {"area_km2", TRYGG_FIELD_REAL},
    [H_SHARE] = {"share_incidents", TRYGG_FIELD_REAL},
    [H_PAI] = {"pai", TRYGG_FIELD_REAL},
    [H_PEAK_HOURS] = {"peak_hours", TRYGG_FIELD_TEXT},
    [H_N_A] = {"incidents_period_a", TRYGG_FIELD_INT32},
    [H_N_B] = {"incidents_period_b", TRYGG_FIELD_INT32},
    [H_TREND] = {"trend", TRYGG_FIELD_TEXT},
    [H_TREND_P] = {"trend_p", TRYGG_FIELD_REAL},
    [H_STREET_KM] = {"street_km", TRYGG_FIELD_REAL},
    [H_PAI_LENGTH] = {"pai_length", TRYGG_FIELD_REAL},
};

enum { T_SCOPE, T_HOTSPOT_ID, T_CATEGORY, T_HOUR_OF_WEEK, T_WEEKDAY, T_HOUR, T_COUNT, T_NFIELDS };
static const trygg_field_def profile_fields[T_NFIELDS] = {
    [T_SCOPE] = {"scope", TRYGG_FIELD_TEXT},          [T_HOTSPOT_ID] = {"hotspot_id", TRYGG_FIELD_INT},
    [T_CATEGORY] = {"category", TRYGG_FIELD_TEXT},    [T_HOUR_OF_WEEK] = {"hour_of_week", TRYGG_FIELD_INT32},
    [T_WEEKDAY] = {"weekday", TRYGG_FIELD_TEXT},      [T_HOUR] = {"hour", TRYGG_FIELD_INT32},
    [T_COUNT] = {"count", TRYGG_FIELD_INT32},
};


/* The fields of grid_cells: the head, GC_PER_CAT per category in trygg_category order (the
 * names are trygg_category_name's), the mean scores. */
#define CAT_FIELDS(cat)                                                                                            \
    {"n_" cat, TRYGG_FIELD_INT32}, {"kde_" cat, TRYGG_FIELD_REAL}, {"gi_z_" cat, TRYGG_FIELD_REAL},                \
        {"gi_p_" cat, TRYGG_FIELD_REAL}, {"hotspot_" cat, TRYGG_FIELD_TEXT}, {"trend_" cat, TRYGG_FIELD_TEXT},     \
        {"change_" cat, TRYGG_FIELD_REAL}, {"trend_p_" cat, TRYGG_FIELD_REAL}, {"emerging_" cat, TRYGG_FIELD_TEXT}
static const trygg_field_def cell_fields[] = {
    {"cell_id", TRYGG_FIELD_INT},
    {"area_km2", TRYGG_FIELD_REAL},
    {"n_places", TRYGG_FIELD_INT32},
    CAT_FIELDS("vandalism"),
    CAT_FIELDS("graffiti"),
    CAT_FIELDS("littering"),
    CAT_FIELDS("violence"),
    CAT_FIELDS("theft"),
    CAT_FIELDS("drugs"),
    CAT_FIELDS("disorder"),
    CAT_FIELDS("fraud"),
    CAT_FIELDS("other"),
    {"mean_vandalism_score", TRYGG_FIELD_REAL},
    {"mean_littering_score", TRYGG_FIELD_REAL},
    {"mean_visibility_score", TRYGG_FIELD_REAL},
    {"mean_safety_index", TRYGG_FIELD_REAL},
};
#define GC_NFIELDS (sizeof cell_fields / sizeof cell_fields[0])
_Static_assert(GC_NFIELDS == GC_SCORE0 + 4, "a category of grid_cells without its fields");
_Static_assert(GC_PER_CAT == 9, "CAT_FIELDS lists the per-category fields");

/* Shoelace area of ring vertices [a, b) of interleaved xy. */
static double ring_area(const double *xy, size_t a, size_t b)
{
    double s = 0;
    for (size_t v = a; v + 1 < b; v++)
        s += xy[2 * v] * xy[2 * v + 3] - xy[2 * v + 2] * xy[2 * v + 1];
    return fabs(s) / 2.0;
}

/* The cell as a Polygon: its only part, or, for a cell the study area cut in two, its largest
 * part (grid_cells is a Polygon layer; area_km2 still counts every part). */
static void cell_polygon(trygg_layer_row *row, const trygg_grid_cell *c)
{
    size_t best = 0;
    double best_area = -1;
    for (size_t p = 0; p < c->nparts; p++) {
        size_t r0 = p ? c->part_end[p - 1] : 0;
        size_t v0 = r0 ? c->ring_end[r0 - 1] : 0;
        double a = ring_area(c->xy, v0, c->ring_end[r0]);
        if (a > best_area) {
            best_area = a;
            best = p;
        }
    }
    size_t r0 = best ? c->part_end[best - 1] : 0, r1 = c->part_end[best];
    trygg_row_polygon(row, c->xy, c->ring_end + r0, r1 - r0, r0 ? c->ring_end[r0 - 1] : 0);
}

static trygg_status fill_cell(trygg_ctx *ctx, const void *arg, size_t i, trygg_layer_row *row)
{
    (void)ctx;
    const trygg_hotspot_result *r = arg;
    const trygg_grid_cell *cell = trygg_grid_cell_get(r->grid, i);
    trygg_value *v = trygg_row_values(row);
    cell_polygon(row, cell);
    v[0] = trygg_value_int((int64_t)i + 1);
    v[1] = trygg_value_real(cell->area_m2 / 1e6, 1e6);
    v[2] = trygg_value_int((int64_t)r->n_places[i]);
    for (int c = 0; c < NCAT; c++) {
        size_t k = i * NCAT + (size_t)c;
        bool an = r->analysed[c];
        v[GC_FIELD(c, GC_N)] = trygg_value_int((int)r->count[k]);
        v[GC_FIELD(c, GC_KDE)] = trygg_value_real(an ? r->kde[k] : NAN, 100.0);
        v[GC_FIELD(c, GC_GI_Z)] = trygg_value_real(an ? r->gi_z[k] : NAN, 1000.0);
        v[GC_FIELD(c, GC_GI_P)] = trygg_value_p(an ? r->gi_p[k] : NAN);
        if (an)
            v[GC_FIELD(c, GC_HOTSPOT)] = trygg_value_text(trygg_hotspot_class_name(r->cls[k]));
        if (an && r->have_periods) {
            v[GC_FIELD(c, GC_TREND)] = trygg_value_text(trygg_trend_name(r->trend[k], r->count_a[k], r->count_b[k]));
            v[GC_FIELD(c, GC_CHANGE)] = trygg_value_real(r->change[k], 100.0);
            v[GC_FIELD(c, GC_TREND_P)] = trygg_value_real(r->trend_p[k], 1e6);
        }
        const char *em = an && r->emerging ? trygg_emerging_name(r->emerging[k]) : NULL;
        if (em)
            v[GC_FIELD(c, GC_EMERGING)] = trygg_value_text(em);
        else if (an && r->emerging)
            v[GC_FIELD(c, GC_EMERGING)] = trygg_value_text("no pattern");
    }
    for (int k = 0; k < 4; k++)
        v[GC_SCORE0 + k] = trygg_value_real(r->mean_scores[i * 4 + (size_t)k], 100.0);
    return TRYGG_OK;
}

static const char *confidence_name(int cls)
{
    static const char *const names[4] = {NULL, "90 %", "95 %", "99 %"};
    return cls >= 1 && cls <= 3 ? names[cls] : NULL;
}

static trygg_status fill_hotspot(trygg_ctx *ctx, const void *arg, size_t i, trygg_layer_row *row)
{
    const trygg_hotspot_result *r = arg;
    const trygg_hotspot *h = &r->hotspots[i];
    trygg_value *v = trygg_row_values(row);
    size_t sz = 0;
    unsigned char *wkb = GEOSGeomToWKB_buf_r(r->geos, h->geom, &sz);
    if (!wkb)
        return trygg__fail(ctx, TRYGG_E_WRITE, "hotspots feature %zu: geometry cannot be encoded", i + 1);
    trygg_row_wkb(row, wkb, sz);
    GEOSFree_r(r->geos, wkb);
    v[H_ID] = trygg_value_int((int64_t)i + 1);
    v[H_CATEGORY] = trygg_value_text(trygg_category_name(h->category));
    v[H_CONFIDENCE] = trygg_value_text(confidence_name(h->confidence));
    v[H_PEAK_CONFIDENCE] = trygg_value_text(confidence_name(h->peak_confidence));
    v[H_CELLS] = trygg_value_int((int64_t)h->ncells);
    v[H_INCIDENTS] = trygg_value_int((int64_t)h->incidents);
    v[H_AREA_KM2] = trygg_value_real(h->area_m2 / 1e6, 1e6);
    v[H_SHARE] = trygg_value_real(h->share_incidents, 1e4);
    v[H_PAI] = trygg_value_real(h->pai, 100.0);
    v[H_STREET_KM] = trygg_value_real(h->street_m / 1000.0, 1000.0);
    v[H_PAI_LENGTH] = trygg_value_real(h->pai_length, 100.0);
    v[H_PEAK_HOURS] = trygg_value_text(h->peak_hours);
    if (r->have_periods) {
        v[H_N_A] = trygg_value_int((int64_t)h->n_a);
        v[H_N_B] = trygg_value_int((int64_t)h->n_b);
        v[H_TREND] = trygg_value_text(trygg_trend_name(h->trend, h->n_a, h->n_b));
        v[H_TREND_P] = trygg_value_real(h->trend_p, 1e6);
    }
    return TRYGG_OK;
}

static const char *const day_names[7] = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};

/* temporal_profiles: TRYGG_HOURS_OF_WEEK rows for each analysed category over the whole area,
 * then as many for each hotspot. */
static size_t analysed_count(const trygg_hotspot_result *r)
{
    size_t n = 0;
    for (int c = 0; c < NCAT; c++)
        n += r->analysed[c];
    return n;
}

static trygg_status fill_profile(trygg_ctx *ctx, const void *arg, size_t i, trygg_layer_row *row)
{
    (void)ctx;
    const trygg_hotspot_result *r = arg;
    trygg_value *v = trygg_row_values(row);
    size_t block = i / TRYGG_HOURS_OF_WEEK, areas = analysed_count(r);
    int h = (int)(i % TRYGG_HOURS_OF_WEEK);
    const unsigned *hours;
    trygg_category cat;
    if (block < areas) {
        int c = 0;
        for (size_t seen = 0;; c++)
            if (r->analysed[c] && seen++ == block)
                break;
        cat = (trygg_category)c;
        hours = r->area_hours[c];
        v[T_SCOPE] = trygg_value_text("area");
    } else {
        const trygg_hotspot *hs = &r->hotspots[block - areas];
        cat = hs->category;
        hours = hs->hours;
        v[T_SCOPE] = trygg_value_text("hotspot");
        v[T_HOTSPOT_ID] = trygg_value_int((int64_t)(block - areas + 1));
    }
    v[T_CATEGORY] = trygg_value_text(trygg_category_name(cat));
    v[T_HOUR_OF_WEEK] = trygg_value_int(h);
    v[T_WEEKDAY] = trygg_value_text(day_names[h / 24]);
    v[T_HOUR] = trygg_value_int(h % 24);
    v[T_COUNT] = trygg_value_int((int64_t)hours[h]);
    return TRYGG_OK;
}

void trygg__hotspot_layers(const trygg_hotspot_result *r, trygg_layer_desc out[TRYGG__HOTSPOT_LAYERS])
{
    bool grid = r && r->grid;
    out[0] = (trygg_layer_desc){
        "grid_cells", wkbPolygon,
        N_("Analysis grid: incidents per category, kernel density (per km2), Getis-Ord Gi* z and p, hot/cold spot "
           "confidence after false-discovery-rate control, the change between two periods, and the mean scores of "
           "the places in each cell."),
        cell_fields, GC_NFIELDS, grid ? r->ncells : 0, fill_cell, r};
    out[1] = (trygg_layer_desc){
        "hotspots", wkbMultiPolygon,
        N_("Hotspots: significant hot cells of one category merged into areas, with their incidents, share, "
           "Predictive Accuracy Index and the busiest hours of the week."),
        hotspot_fields, H_NFIELDS, r ? r->nhotspots : 0, fill_hotspot, r};
    out[2] = (trygg_layer_desc){
        "temporal_profiles", wkbNone,
        N_("Incidents by local hour of the week (0 = Monday 00-01) for the whole area and for each hotspot."),
        profile_fields, T_NFIELDS, grid ? (analysed_count(r) + r->nhotspots) * TRYGG_HOURS_OF_WEEK : 0,
        fill_profile, r};
}
