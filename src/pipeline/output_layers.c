/*
 * The analysis layers of a run: places, dark stretches, incidents, lamps and run_info, each a
 * descriptor for the GeoPackage writer with the callback that fills its rows from the model
 * (src/pipeline/output_layers.h); the hotspot layers are in src/pipeline/hotspot_layers.c.
 */
#include <math.h>
#include <stdint.h>
#include <stdlib.h>

#include <ogr_core.h>

#include "core/i18n.h"
#include "core/internal.h"
#include "io/io.h"
#include "pipeline/output_layers.h"
#include "score/score.h"

enum {
    S_SEG_ID,
    S_STREET,
    S_ROAD_CLASS,
    S_LENGTH_M,
    S_LAMPS_NEAR,
    S_NEAREST_LAMP_M,
    S_LUX_AVG,
    S_LUX_MIN,
    S_LUX_UNIFORMITY,
    S_LIGHTING_CLASS,
    S_DARK_LENGTH_M,
    S_LIGHTING_SOURCE,
    S_LIT_TAG,
    S_N_CAT0, /* n_vandalism .. n_other in trygg_category order */
    S_N_NIGHT = S_N_CAT0 + TRYGG_CAT_COUNT,
    S_EB_VANDALISM,
    S_EB_LITTERING,
    S_CELL_ID, /* hotspot statistics at the place's midpoint: S_CELL_ID .. S_HOTSPOT_VANDALISM */
    S_KDE_VANDALISM,
    S_KDE_LITTERING,
    S_GI_Z_VANDALISM,
    S_HOTSPOT_VANDALISM,
    S_SURVEILLANCE_SHARE, /* surroundings: S_SURVEILLANCE_SHARE .. S_YOUTH_300M */
    S_UNWATCHED_M,
    S_ISOVIST_AREA_M2,
    S_ACTIVITY,
    S_BARS_150M,
    S_NEAREST_BAR_M,
    S_TRANSIT_150M,
    S_FAST_FOOD_150M,
    S_NEAREST_BASKET_M,
    S_YOUTH_300M,
    S_VANDALISM_SCORE,
    S_LITTERING_SCORE,
    S_VISIBILITY_SCORE,
    S_SAFETY_INDEX,
    S_TOP_FACTORS,
    S_STREET_FID,
    S_SOURCE_IDS,
    S_ATTACHED_IDS,
    S_LOCATION,
    S_LAMPS_PER_KM,
    S_LIGHTING_CONFLICT,
    S_NKDE_VANDALISM,
    S_NKDE_LITTERING,
    S_NFIELDS
};

static const trygg_field_def street_fields[S_NFIELDS] = {
    [S_SEG_ID] = {"seg_id", TRYGG_FIELD_INT},
    [S_STREET] = {"street", TRYGG_FIELD_TEXT},
    [S_ROAD_CLASS] = {"road_class", TRYGG_FIELD_TEXT},
    [S_LENGTH_M] = {"length_m", TRYGG_FIELD_REAL},
    [S_LAMPS_NEAR] = {"lamps_near", TRYGG_FIELD_INT32},
    [S_NEAREST_LAMP_M] = {"nearest_lamp_m", TRYGG_FIELD_REAL},
    [S_LUX_AVG] = {"lux_avg", TRYGG_FIELD_REAL},
    [S_LUX_MIN] = {"lux_min", TRYGG_FIELD_REAL},
    [S_LUX_UNIFORMITY] = {"lux_uniformity", TRYGG_FIELD_REAL},
    [S_LIGHTING_CLASS] = {"lighting_class", TRYGG_FIELD_TEXT},
    [S_DARK_LENGTH_M] = {"dark_length_m", TRYGG_FIELD_REAL},
    [S_LIGHTING_SOURCE] = {"lighting_source", TRYGG_FIELD_TEXT},
    [S_LIT_TAG] = {"lit_tag", TRYGG_FIELD_TEXT},
    [S_N_CAT0 + TRYGG_CAT_VANDALISM] = {"n_vandalism", TRYGG_FIELD_INT32},
    [S_N_CAT0 + TRYGG_CAT_GRAFFITI] = {"n_graffiti", TRYGG_FIELD_INT32},
    [S_N_CAT0 + TRYGG_CAT_LITTERING] = {"n_littering", TRYGG_FIELD_INT32},
    [S_N_CAT0 + TRYGG_CAT_VIOLENCE] = {"n_violence", TRYGG_FIELD_INT32},
    [S_N_CAT0 + TRYGG_CAT_THEFT] = {"n_theft", TRYGG_FIELD_INT32},
    [S_N_CAT0 + TRYGG_CAT_DRUGS] = {"n_drugs", TRYGG_FIELD_INT32},
    [S_N_CAT0 + TRYGG_CAT_DISORDER] = {"n_disorder", TRYGG_FIELD_INT32},
    [S_N_CAT0 + TRYGG_CAT_FRAUD] = {"n_fraud", TRYGG_FIELD_INT32},
    [S_N_CAT0 + TRYGG_CAT_OTHER] = {"n_other", TRYGG_FIELD_INT32},
    [S_N_NIGHT] = {"n_night", TRYGG_FIELD_INT32},
    [S_EB_VANDALISM] = {"eb_vandalism", TRYGG_FIELD_REAL},
    [S_EB_LITTERING] = {"eb_littering", TRYGG_FIELD_REAL},
    [S_CELL_ID] = {"cell_id", TRYGG_FIELD_INT},
    [S_KDE_VANDALISM] = {"kde_vandalism", TRYGG_FIELD_REAL},
    [S_KDE_LITTERING] = {"kde_littering", TRYGG_FIELD_REAL},
    [S_GI_Z_VANDALISM] = {"gi_z_vandalism", TRYGG_FIELD_REAL},
    [S_HOTSPOT_VANDALISM] = {"hotspot_vandalism", TRYGG_FIELD_TEXT},
    [S_SURVEILLANCE_SHARE] = {"surveillance_share", TRYGG_FIELD_REAL},
    [S_UNWATCHED_M] = {"unwatched_m", TRYGG_FIELD_REAL},
    [S_ISOVIST_AREA_M2] = {"isovist_area_m2", TRYGG_FIELD_REAL},
    [S_ACTIVITY] = {"activity", TRYGG_FIELD_REAL},
    [S_BARS_150M] = {"bars_150m", TRYGG_FIELD_INT32},
    [S_NEAREST_BAR_M] = {"nearest_bar_m", TRYGG_FIELD_REAL},
    [S_TRANSIT_150M] = {"transit_150m", TRYGG_FIELD_INT32},
    [S_FAST_FOOD_150M] = {"fast_food_150m", TRYGG_FIELD_INT32},
    [S_NEAREST_BASKET_M] = {"nearest_basket_m", TRYGG_FIELD_REAL},
    [S_YOUTH_300M] = {"youth_300m", TRYGG_FIELD_INT32},
    [S_VANDALISM_SCORE] = {"vandalism_score", TRYGG_FIELD_REAL},
    [S_LITTERING_SCORE] = {"littering_score", TRYGG_FIELD_REAL},
    [S_VISIBILITY_SCORE] = {"visibility_score", TRYGG_FIELD_REAL},
    [S_SAFETY_INDEX] = {"safety_index", TRYGG_FIELD_REAL},
    [S_TOP_FACTORS] = {"top_factors", TRYGG_FIELD_TEXT},
    [S_STREET_FID] = {"street_fid", TRYGG_FIELD_INT},
    [S_SOURCE_IDS] = {"source_ids", TRYGG_FIELD_TEXT},
    [S_ATTACHED_IDS] = {"attached_ids", TRYGG_FIELD_TEXT},
    [S_LOCATION] = {"location", TRYGG_FIELD_TEXT},
    [S_LAMPS_PER_KM] = {"lamps_per_km", TRYGG_FIELD_REAL},
    [S_LIGHTING_CONFLICT] = {"lighting_conflict", TRYGG_FIELD_TEXT},
    [S_NKDE_VANDALISM] = {"nkde_vandalism", TRYGG_FIELD_REAL},
    [S_NKDE_LITTERING] = {"nkde_littering", TRYGG_FIELD_REAL},
};

enum { D_STRETCH_ID, D_STREET, D_ROAD_CLASS, D_LENGTH_M, D_LUX_MIN, D_NIGHT_NEAR, D_NIGHT_IDS, D_CONFLICT, D_NFIELDS };
static const trygg_field_def stretch_fields[D_NFIELDS] = {
    [D_STRETCH_ID] = {"stretch_id", TRYGG_FIELD_INT},
    [D_STREET] = {"street", TRYGG_FIELD_TEXT},
    [D_ROAD_CLASS] = {"road_class", TRYGG_FIELD_TEXT},
    [D_LENGTH_M] = {"length_m", TRYGG_FIELD_REAL},
    [D_LUX_MIN] = {"lux_min", TRYGG_FIELD_REAL},
    [D_NIGHT_NEAR] = {"night_incidents_near", TRYGG_FIELD_INT32},
    [D_NIGHT_IDS] = {"night_incident_ids", TRYGG_FIELD_TEXT},
    [D_CONFLICT] = {"lighting_conflict", TRYGG_FIELD_TEXT},
};

enum { I_INCIDENT_ID, I_CATEGORY, I_SOURCE_CATEGORY, I_OCCURRED_AT, I_SEG_ID, I_SNAP_DIST_M, I_SOURCE_FID,
       I_SYNTHETIC, I_CELL_ID, I_NFIELDS };
static const trygg_field_def incident_fields[I_NFIELDS] = {
    [I_INCIDENT_ID] = {"incident_id", TRYGG_FIELD_INT},
    [I_CATEGORY] = {"category", TRYGG_FIELD_TEXT},
    [I_SOURCE_CATEGORY] = {"source_category", TRYGG_FIELD_TEXT},
    [I_OCCURRED_AT] = {"occurred_at", TRYGG_FIELD_DATETIME},
    [I_SEG_ID] = {"seg_id", TRYGG_FIELD_INT},
    [I_SNAP_DIST_M] = {"snap_dist_m", TRYGG_FIELD_REAL},
    [I_SOURCE_FID] = {"source_fid", TRYGG_FIELD_INT},
    [I_SYNTHETIC] = {"synthetic", TRYGG_FIELD_INT32},
    [I_CELL_ID] = {"cell_id", TRYGG_FIELD_INT},
};

enum { L_LAMP_ID, L_HEIGHT_M, L_LUMEN, L_SOURCE_FID, L_NFIELDS };
static const trygg_field_def lamp_fields[L_NFIELDS] = {
    [L_LAMP_ID] = {"lamp_id", TRYGG_FIELD_INT},
    [L_HEIGHT_M] = {"height_m", TRYGG_FIELD_REAL},
    [L_LUMEN] = {"lumen", TRYGG_FIELD_REAL},
    [L_SOURCE_FID] = {"source_fid", TRYGG_FIELD_INT},
};

enum { R_KEY, R_VALUE, R_NFIELDS };
static const trygg_field_def run_info_fields[R_NFIELDS] = {
    [R_KEY] = {"key", TRYGG_FIELD_TEXT},
    [R_VALUE] = {"value", TRYGG_FIELD_TEXT},
};

#define CM 100.0    /* lengths and distances: centimetres */
#define MLUX 1000.0 /* illuminance: 0.001 lux */
#define SCORE 100.0 /* scores and rates: 0.01 */

static const char *lighting_class_name(int c)
{
    static const char *const names[] = {"P1", "P2", "P3", "P4", "P5", "P6", "below P6"};
    return c >= TRYGG_PCLASS_P1 && c <= TRYGG_PCLASS_BELOW ? names[c] : NULL;
}

static const char *lighting_source_name(trygg_light_source s)
{
    switch (s) {
    case TRYGG_LIGHT_ESTIMATED:
        return "estimated from lamps";
    case TRYGG_LIGHT_OSM_LIT_YES:
        return "OSM lit=yes, no lamp data";
    case TRYGG_LIGHT_OSM_LIT_NO:
        return "OSM lit=no, no lamp data";
    case TRYGG_LIGHT_NO_DATA:
        return "no lamp data";
    case TRYGG_LIGHT_NOT_ASSESSED:
        return "not assessed (no lamp layer)";
    }
    return NULL;
}

static const char *lit_tag_name(int lit) { return lit == TRYGG_LIT_YES ? "yes" : lit == TRYGG_LIT_NO ? "no" : NULL; }

static trygg_value real(double v, double scale) { return trygg_value_real(v, scale); }
static trygg_value text(const char *s) { return trygg_value_text(s); }
static trygg_value integer(int64_t i) { return trygg_value_int(i); }

static const trygg_street *street_of(const trygg_streets *streets, size_t street)
{
    return street < streets->n ? &streets->v[street] : NULL;
}

static trygg_status fill_street(trygg_ctx *ctx, const void *arg, size_t i, trygg_layer_row *row)
{
    (void)ctx;
    const trygg_output *out = arg;
    const trygg_place *p = &out->places->v[i];
    const trygg_street *s = street_of(out->streets, p->street);
    trygg_value *v = trygg_row_values(row);
    trygg_row_line(row, p->xy, p->nv);
    v[S_SEG_ID] = integer((int64_t)i + 1);
    v[S_STREET] = text(s ? s->name : NULL);
    v[S_ROAD_CLASS] = text(s ? s->road_class : NULL);
    v[S_LENGTH_M] = real(p->length_m, CM);
    if (p->light_source != TRYGG_LIGHT_NOT_ASSESSED)
        v[S_LAMPS_NEAR] = integer(p->lamps_near);
    v[S_NEAREST_LAMP_M] = real(p->nearest_lamp_m, CM);
    v[S_LUX_AVG] = real(p->lux_avg, MLUX);
    v[S_LUX_MIN] = real(p->lux_min, MLUX);
    v[S_LUX_UNIFORMITY] = real(p->lux_uniformity, MLUX);
    v[S_LIGHTING_CLASS] = text(lighting_class_name(p->lighting_class));
    v[S_DARK_LENGTH_M] = real(p->dark_length_m, CM);
    v[S_LIGHTING_SOURCE] = text(lighting_source_name(p->light_source));
    v[S_LIT_TAG] = text(lit_tag_name(p->lit));
    for (int c = 0; c < TRYGG_CAT_COUNT; c++)
        v[S_N_CAT0 + c] = integer((int)p->n_cat[c]);
    v[S_N_NIGHT] = integer((int)p->n_night);
    v[S_EB_VANDALISM] = real(p->eb_vandalism, SCORE);
    v[S_EB_LITTERING] = real(p->eb_littering, SCORE);
    if (p->cell_id > 0 && isfinite(p->gi_z_vandalism)) {
        v[S_CELL_ID] = integer(p->cell_id);
        v[S_HOTSPOT_VANDALISM] = text(trygg_hotspot_class_name(p->hotspot_vandalism));
    }
    v[S_KDE_VANDALISM] = real(p->kde_vandalism, SCORE);
    v[S_KDE_LITTERING] = real(p->kde_littering, SCORE);
    v[S_GI_Z_VANDALISM] = real(p->gi_z_vandalism, 1000.0);
    /* Surroundings: NULL where the buildings or points-of-interest layer was missing. The
     * share is a fraction (0.001), the isovist area whole square metres. */
    v[S_SURVEILLANCE_SHARE] = real(p->surveillance_share, 1000.0);
    v[S_UNWATCHED_M] = real(p->unwatched_m, CM);
    v[S_ISOVIST_AREA_M2] = real(p->isovist_area_m2, 1.0);
    v[S_ACTIVITY] = real(p->activity, SCORE);
    v[S_NEAREST_BAR_M] = real(p->nearest_bar_m, CM);
    v[S_NEAREST_BASKET_M] = real(p->nearest_basket_m, CM);
    const int counts[] = {p->bars_150m, p->transit_150m, p->fast_food_150m, p->youth_300m};
    const int count_fields[] = {S_BARS_150M, S_TRANSIT_150M, S_FAST_FOOD_150M, S_YOUTH_300M};
    for (int k = 0; k < 4; k++)
        if (counts[k] >= 0)
            v[count_fields[k]] = integer(counts[k]);
    v[S_VANDALISM_SCORE] = real(p->vandalism_score, SCORE);
    v[S_LITTERING_SCORE] = real(p->littering_score, SCORE);
    v[S_VISIBILITY_SCORE] = real(p->visibility_score, SCORE);
    v[S_SAFETY_INDEX] = real(p->safety_index, SCORE);
    v[S_TOP_FACTORS] = text(p->top_factors);
    if (s)
        v[S_STREET_FID] = integer((int64_t)s->fid);
    v[S_SOURCE_IDS] = text(p->source_ids);
    v[S_ATTACHED_IDS] = text(p->attached_ids);
    v[S_LOCATION] = text(p->location);
    v[S_LAMPS_PER_KM] = real(p->lamps_per_km, 10.0);
    v[S_LIGHTING_CONFLICT] = text(trygg_light_conflict_name(p->light_conflict));
    v[S_NKDE_VANDALISM] = real(p->nkde_vandalism, SCORE);
    v[S_NKDE_LITTERING] = real(p->nkde_littering, SCORE);
    return TRYGG_OK;
}

static trygg_status fill_stretch(trygg_ctx *ctx, const void *arg, size_t i, trygg_layer_row *row)
{
    (void)ctx;
    const trygg_output *out = arg;
    const trygg_dark_stretch *d = &out->stretches->v[i];
    const trygg_street *s = street_of(out->streets, d->street);
    trygg_value *v = trygg_row_values(row);
    trygg_row_line(row, d->xy, d->nv);
    v[D_STRETCH_ID] = integer((int64_t)i + 1);
    v[D_STREET] = text(s ? s->name : NULL);
    v[D_ROAD_CLASS] = text(s ? s->road_class : NULL);
    v[D_LENGTH_M] = real(d->length_m, CM);
    v[D_LUX_MIN] = real(d->lux_min, MLUX);
    v[D_NIGHT_NEAR] = integer((int)d->night_incidents_near);
    v[D_NIGHT_IDS] = text(d->night_incident_ids);
    v[D_CONFLICT] = text(trygg_light_conflict_name(d->light_conflict));
    return TRYGG_OK;
}

static trygg_status fill_incident(trygg_ctx *ctx, const void *arg, size_t i, trygg_layer_row *row)
{
    (void)ctx;
    const trygg_output *out = arg;
    const trygg_incident *e = &out->incidents->v[i];
    const trygg_hotspot_result *hr = out->hotspots;
    trygg_value *v = trygg_row_values(row);
    trygg_row_point(row, e->x, e->y);
    v[I_INCIDENT_ID] = integer((int64_t)i + 1);
    v[I_CATEGORY] = text(trygg_category_name(e->category));
    v[I_SOURCE_CATEGORY] = text(e->source_category);
    if (e->t_utc != TRYGG_TIME_UNKNOWN)
        v[I_OCCURRED_AT] = integer(e->t_utc);
    if (e->seg_id >= 0) {
        v[I_SEG_ID] = integer((int64_t)e->seg_id);
        v[I_SNAP_DIST_M] = real(e->snap_dist_m, CM);
    }
    v[I_SOURCE_FID] = integer((int64_t)e->fid);
    v[I_SYNTHETIC] = integer(out->cfg && out->cfg->synthetic_incidents ? 1 : 0);
    if (hr && i < hr->nincidents && hr->incident_cell[i] > 0)
        v[I_CELL_ID] = integer((int64_t)hr->incident_cell[i]);
    return TRYGG_OK;
}

static trygg_status fill_lamp(trygg_ctx *ctx, const void *arg, size_t i, trygg_layer_row *row)
{
    (void)ctx;
    const trygg_output *out = arg;
    const trygg_lamp *l = &out->lamps->v[i];
    trygg_value *v = trygg_row_values(row);
    trygg_row_point(row, l->x, l->y);
    v[L_LAMP_ID] = integer((int64_t)i + 1);
    v[L_HEIGHT_M] = real(l->height_m, CM);
    v[L_LUMEN] = real(l->lumen, 1.0);
    v[L_SOURCE_FID] = integer((int64_t)l->fid);
    return TRYGG_OK;
}

static trygg_status fill_run_info(trygg_ctx *ctx, const void *arg, size_t i, trygg_layer_row *row)
{
    (void)ctx;
    const trygg_output *out = arg;
    trygg_value *v = trygg_row_values(row);
    v[R_KEY] = text(out->run_info->key[i]);
    v[R_VALUE] = text(out->run_info->value[i]);
    return TRYGG_OK;
}

enum { LY_STREETS, LY_STRETCHES, LY_INCIDENTS, LY_LAMPS, LY_RUN_INFO, LY_COUNT };

trygg_status trygg__output_begin(trygg_ctx *ctx, const trygg_output *out, const char *out_path,
                                 const char *styles_dir, GDALProgressFunc progress, void *progress_arg,
                                 trygg_gpkg_writer **writer)
{
    trygg_layer_desc layers[LY_COUNT + TRYGG__HOTSPOT_LAYERS] = {
        [LY_STREETS] = {"street_segments", wkbLineString,
                        N_("Streets split into places of at most 100 m, with estimated lighting, incident counts and "
                           "a safety index from 0 (least safe) to 100 (safest)."),
                        street_fields, S_NFIELDS, out->places ? out->places->n : 0, fill_street, out},
        [LY_STRETCHES] = {"dark_stretches", wkbLineString,
                          N_("Stretches of street where the estimated illuminance is below the dark threshold."),
                          stretch_fields, D_NFIELDS, out->stretches ? out->stretches->n : 0, fill_stretch, out},
        [LY_INCIDENTS] = {"incidents", wkbPoint,
                          N_("Reported incidents used in the analysis, by category, snapped to the nearest place. "
                             "Empty when the run had no incident data."),
                          incident_fields, I_NFIELDS, out->have_incidents && out->incidents ? out->incidents->n : 0,
                          fill_incident, out},
        [LY_LAMPS] = {"lamps", wkbPoint,
                      N_("Street lamps used to estimate lighting. Empty when the run had no lamp data."), lamp_fields,
                      L_NFIELDS, out->have_lamps && out->lamps ? out->lamps->n : 0, fill_lamp, out},
        [LY_RUN_INFO] = {"run_info", wkbNone,
                         N_("How this output was made: version, configuration, inputs with their checksums and "
                            "counts."),
                         run_info_fields, R_NFIELDS, out->run_info ? out->run_info->n : 0, fill_run_info, out},
    };
    trygg__hotspot_layers(out->hotspots, layers + LY_COUNT);
    if (layers[LY_STREETS].nrows && !out->streets)
        return trygg__fail(ctx, TRYGG_E_INTERNAL, "writing %s: places without streets", out_path);
    const char *crs = out->cfg && out->cfg->crs ? out->cfg->crs : "EPSG:3006";
    const char *title = out->cfg && out->cfg->name ? out->cfg->name : "trygg";
    return trygg_io_gpkg_begin(ctx, out_path, crs, title, styles_dir, layers, LY_COUNT + TRYGG__HOTSPOT_LAYERS,
                               progress, progress_arg, writer);
}

trygg_status trygg__output_write(trygg_ctx *ctx, const trygg_output *out, const char *out_path,
                                 const char *styles_dir, GDALProgressFunc progress, void *progress_arg)
{
    trygg_gpkg_writer *w = NULL;
    trygg_status st = trygg__output_begin(ctx, out, out_path, styles_dir, progress, progress_arg, &w);
    return st == TRYGG_OK ? trygg_io_gpkg_commit(ctx, w) : st;
}
