/*
 * The `emerging_hotspots` layer: every grid cell with an emerging hot or cold spot class
 * (src/score/emerging.c), one row per cell and category, with the class in Esri's and in
 * Chainey's plain terms and a sentence for the situational picture.
 */
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include <ogr_core.h>

#include "core/i18n.h"
#include "core/internal.h"
#include "geom/grid.h"
#include "io/io.h"
#include "score/emerging.h"
#include "score/hotspot.h"

enum { E_CELL_ID, E_CATEGORY, E_CLASS, E_PLAIN, E_HOT, E_COLD, E_STEPS, E_TREND_Z, E_TREND_P, E_DESCRIPTION,
       E_NFIELDS };
static const trygg_field_def emerging_fields[E_NFIELDS] = {
    [E_CELL_ID] = {"cell_id", TRYGG_FIELD_INT},
    [E_CATEGORY] = {"category", TRYGG_FIELD_TEXT},
    [E_CLASS] = {"class", TRYGG_FIELD_TEXT},
    [E_PLAIN] = {"plain", TRYGG_FIELD_TEXT},
    [E_HOT] = {"hot_steps", TRYGG_FIELD_INT},
    [E_COLD] = {"cold_steps", TRYGG_FIELD_INT},
    [E_STEPS] = {"steps", TRYGG_FIELD_INT},
    [E_TREND_Z] = {"trend_z", TRYGG_FIELD_REAL},
    [E_TREND_P] = {"trend_p", TRYGG_FIELD_REAL},
    [E_DESCRIPTION] = {"description", TRYGG_FIELD_TEXT},
};

/* "intensifying hot spot: a hot spot in 8 of 8 quarters, rising (Mann-Kendall p = 0.004)",
 * in the run's language. */
static char *describe(int cls, unsigned hot, unsigned cold, size_t steps, const char *unit, double tz, double tp)
{
    const char *trend = tp <= 0.05 ? (tz > 0 ? _("rising") : _("falling")) : _("no clear trend");
    const char *units = trygg_emerging_unit_words(unit, steps);
    char p[TRYGG__NUM_MAX];
    trygg__fmt_num(p, sizeof p, tp, 3);
    if (cls > 0)
        return trygg__xasprintf(_("%s: a hot spot in %u of %zu %s, %s (Mann-Kendall p = %s)"),
                                trygg_emerging_words(cls), hot, steps, units, trend, p);
    return trygg__xasprintf(_("%s: a cold spot in %u of %zu %s, %s (Mann-Kendall p = %s)"), trygg_emerging_words(cls),
                            cold, steps, units, trend, p);
}

typedef struct {
    const trygg_hotspot_result *r;
    size_t *k; /* the row's cell * TRYGG_CAT_COUNT + category */
} emerging_rows;

static trygg_status fill_emerging(trygg_ctx *ctx, const void *arg, size_t row, trygg_layer_row *out)
{
    const emerging_rows *e = arg;
    const trygg_hotspot_result *r = e->r;
    size_t k = e->k[row], i = k / TRYGG_CAT_COUNT, c = k % TRYGG_CAT_COUNT;
    trygg_value *x = trygg_row_values(out);
    trygg_row_take_text(out, E_DESCRIPTION,
                        describe(r->emerging[k], r->emerging_hot[k], r->emerging_cold[k], r->emerging_steps,
                                 r->emerging_unit, r->emerging_trend_z[k], r->emerging_trend_p[k]));
    x[E_CELL_ID] = trygg_value_int((int64_t)i + 1);
    x[E_CATEGORY] = trygg_value_text(trygg_category_name((trygg_category)c));
    x[E_CLASS] = trygg_value_text(trygg_emerging_name(r->emerging[k]));
    x[E_PLAIN] = trygg_value_text(trygg_emerging_plain(r->emerging[k]));
    x[E_HOT] = trygg_value_int(r->emerging_hot[k]);
    x[E_COLD] = trygg_value_int(r->emerging_cold[k]);
    x[E_STEPS] = trygg_value_int((int64_t)r->emerging_steps);
    x[E_TREND_Z] = trygg_value_real(r->emerging_trend_z[k], 1000.0);
    x[E_TREND_P] = trygg_value_real(r->emerging_trend_p[k], 1e4);
    GEOSContextHandle_t geos = trygg__geos(ctx);
    GEOSGeometry *g = trygg_grid_cell_geos(geos, trygg_grid_cell_get(r->grid, i));
    trygg_row_geos(out, geos, g);
    if (g)
        GEOSGeom_destroy_r(geos, g);
    return TRYGG_OK;
}

void trygg_io_add_emerging_hotspots(trygg_layer_batch *b, const trygg_hotspot_result *r)
{
    size_t NC = TRYGG_CAT_COUNT, n = 0;
    emerging_rows *rows = trygg_layer_batch_keep(b, trygg__xmalloc(sizeof *rows));
    *rows = (emerging_rows){
        r, trygg_layer_batch_keep(b, trygg__xmalloc(((r->emerging ? r->ncells * NC : 0) + 1) * sizeof(size_t)))};
    for (size_t k = 0; r->emerging && k < r->ncells * NC; k++)
        if (r->emerging[k] != 0)
            rows->k[n++] = k;
    const char *units = strcmp(r->emerging_unit, "week") == 0    ? _("weeks")
                        : strcmp(r->emerging_unit, "month") == 0 ? _("months")
                                                                 : _("quarters");
    char *what = trygg__xasprintf(_("Emerging hot and cold spots: how each grid cell's Gi* hot or cold spot status "
                                    "developed over %zu %s (%s to %s), in Esri's classes (new, consecutive, "
                                    "intensifying, persistent, diminishing, sporadic, oscillating, historical) and "
                                    "in plain terms"),
                                  r->emerging_steps, units, r->emerging_first, r->emerging_last);
    trygg_layer_desc d = {"emerging_hotspots", wkbMultiPolygon, trygg_layer_batch_keep(b, what), emerging_fields,
                          E_NFIELDS, n, fill_emerging, rows};
    trygg_layer_batch_add(b, &d);
}
