/*
 * The `lighting_conflicts` layer: the places where the lamp data cannot explain what else is
 * known (src/score/lamp_evidence.c), so that a planner sees where the register needs checking
 * before any lighting is proposed.
 */
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <ogr_core.h>

#include "core/i18n.h"
#include "core/internal.h"
#include "io/io.h"
#include "score/score.h"

enum { C_SEG_ID, C_LOCATION, C_ROAD_CLASS, C_LENGTH_M, C_KIND, C_DESCRIPTION, C_LIT_TAG, C_LUX_AVG, C_LAMPS_PER_KM,
       C_AREA_LAMPS_PER_KM, C_NFIELDS };
static const trygg_field_def conflict_fields[C_NFIELDS] = {
    [C_SEG_ID] = {"seg_id", TRYGG_FIELD_INT},
    [C_LOCATION] = {"location", TRYGG_FIELD_TEXT},
    [C_ROAD_CLASS] = {"road_class", TRYGG_FIELD_TEXT},
    [C_LENGTH_M] = {"length_m", TRYGG_FIELD_REAL},
    [C_KIND] = {"kind", TRYGG_FIELD_TEXT},
    [C_DESCRIPTION] = {"description", TRYGG_FIELD_TEXT},
    [C_LIT_TAG] = {"lit_tag", TRYGG_FIELD_TEXT},
    [C_LUX_AVG] = {"lux_avg", TRYGG_FIELD_REAL},
    [C_LAMPS_PER_KM] = {"lamps_per_km", TRYGG_FIELD_REAL},
    [C_AREA_LAMPS_PER_KM] = {"area_lamps_per_km", TRYGG_FIELD_REAL},
};

typedef struct {
    const trygg_streets *streets;
    const trygg_places *places;
    double area_lamps_per_km;
    size_t *place; /* the row's place index */
} conflict_rows;

static trygg_status fill_conflict(trygg_ctx *ctx, const void *arg, size_t r, trygg_layer_row *out)
{
    (void)ctx;
    const conflict_rows *c = arg;
    size_t i = c->place[r];
    const trygg_place *pl = &c->places->v[i];
    const trygg_street *s = pl->street < c->streets->n ? &c->streets->v[pl->street] : NULL;
    trygg_value *row = trygg_row_values(out);
    char lux[TRYGG__NUM_MAX], here[TRYGG__NUM_MAX], area[TRYGG__NUM_MAX];
    if (pl->light_conflict == TRYGG_CONFLICT_LIT_TAG)
        trygg_row_take_text(out, C_DESCRIPTION,
                            trygg__xasprintf(_("Tagged lit, but the lamp data gives %s lux on average "
                                               "(below P6): lamps are missing from the data here"),
                                             trygg__fmt_num(lux, sizeof lux, pl->lux_avg, 1)));
    else
        trygg_row_take_text(out, C_DESCRIPTION,
                            trygg__xasprintf(_("Estimated dark (%s lux, below P6) where the lamp data "
                                               "holds %s lamps per km of street, against %s in the "
                                               "area: check the register before lighting"),
                                             trygg__fmt_num(lux, sizeof lux, pl->lux_avg, 1),
                                             trygg__fmt_num(here, sizeof here, pl->lamps_per_km, 1),
                                             trygg__fmt_num(area, sizeof area, c->area_lamps_per_km, 1)));
    row[C_SEG_ID] = trygg_value_int((int64_t)i + 1);
    row[C_LOCATION] = trygg_value_text(pl->location);
    row[C_ROAD_CLASS] = trygg_value_text(s ? s->road_class : NULL);
    row[C_LENGTH_M] = trygg_value_real(pl->length_m, 100.0);
    row[C_KIND] = trygg_value_text(trygg_light_conflict_name(pl->light_conflict));
    row[C_LIT_TAG] = trygg_value_text(pl->lit == TRYGG_LIT_YES ? "yes" : pl->lit == TRYGG_LIT_NO ? "no" : NULL);
    row[C_LUX_AVG] = trygg_value_real(pl->lux_avg, 1000.0);
    row[C_LAMPS_PER_KM] = trygg_value_real(pl->lamps_per_km, 10.0);
    row[C_AREA_LAMPS_PER_KM] = trygg_value_real(c->area_lamps_per_km, 10.0);
    trygg_row_line(out, pl->xy, pl->nv);
    return TRYGG_OK;
}

void trygg_io_add_lighting_conflicts(trygg_layer_batch *b, const trygg_streets *streets, const trygg_places *places,
                                     double area_lamps_per_km)
{
    conflict_rows *rows = trygg_layer_batch_keep(b, trygg__xmalloc(sizeof *rows));
    *rows = (conflict_rows){streets, places, area_lamps_per_km,
                            trygg_layer_batch_keep(b, trygg__xmalloc((places->n + 1) * sizeof(size_t)))};
    size_t n = 0;
    for (size_t i = 0; i < places->n; i++)
        if (places->v[i].light_conflict != TRYGG_CONFLICT_NONE)
            rows->place[n++] = i;
    trygg_layer_desc d = {
        "lighting_conflicts", wkbLineString,
        N_("Lamp data incomplete here: places estimated below P6 that are tagged lit, or where the lamp register is "
           "far sparser than elsewhere. Check the lighting on site and the register before proposing new lighting"),
        conflict_fields, C_NFIELDS, n, fill_conflict, rows};
    trygg_layer_batch_add(b, &d);
}
