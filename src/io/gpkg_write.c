/*
 * The GeoPackage writer: the layers of DESIGN.md section 4 that a run produces, their QGIS
 * default styles and run_info, written with GDAL's GPKG driver into a temporary file beside
 * the output and renamed into place when complete.
 *
 * Layers (all in the working CRS):
 *   street_segments  LineString  one row per place, fid = seg_id = place index + 1
 *   dark_stretches   LineString  fid = stretch_id
 *   incidents        Point       fid = incident_id; empty (with its schema) when the run had no
 *                                incident layer, so QGIS projects and styles still find it
 *   lamps            Point       fid = lamp_id; empty when the run had no lamp layer
 *   run_info         attributes  key, value in run order
 *   layer_styles     attributes  QGIS default style of each layer above
 *
 * Reals are rounded (lengths and distances to cm, lux to 0.001, scores to 0.01) so outputs
 * are stable across platforms; NaN is written as NULL.
 *
 * GDAL creates every table; the rows of incidents and lamps are inserted with SQLite directly
 * once GDAL has closed the file (insert_points), the others through GDAL's feature API.
 */
#define _POSIX_C_SOURCE 200809L

#include <errno.h>
#include <fcntl.h>
#include <math.h>
#include <stdatomic.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include <cpl_conv.h>
#include <cpl_error.h>
#include <ogr_api.h>
#include <ogr_srs_api.h>
#include <sqlite3.h>

#include "core/i18n.h"
#include "core/internal.h"
#include "io/gpkg_internal.h"
#include "io/io.h"
#include "io/layer_titles.h"
#include "io/qgsproject.h"
#include "io/spatialite.h"
#include "score/score.h"
#include "score/trend_names.h"

typedef struct {
    const char *name;
    OGRFieldType type;
} field_def;

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

static const field_def street_fields[S_NFIELDS] = {
    [S_SEG_ID] = {"seg_id", OFTInteger64},
    [S_STREET] = {"street", OFTString},
    [S_ROAD_CLASS] = {"road_class", OFTString},
    [S_LENGTH_M] = {"length_m", OFTReal},
    [S_LAMPS_NEAR] = {"lamps_near", OFTInteger},
    [S_NEAREST_LAMP_M] = {"nearest_lamp_m", OFTReal},
    [S_LUX_AVG] = {"lux_avg", OFTReal},
    [S_LUX_MIN] = {"lux_min", OFTReal},
    [S_LUX_UNIFORMITY] = {"lux_uniformity", OFTReal},
    [S_LIGHTING_CLASS] = {"lighting_class", OFTString},
    [S_DARK_LENGTH_M] = {"dark_length_m", OFTReal},
    [S_LIGHTING_SOURCE] = {"lighting_source", OFTString},
    [S_LIT_TAG] = {"lit_tag", OFTString},
    [S_N_CAT0 + TRYGG_CAT_VANDALISM] = {"n_vandalism", OFTInteger},
    [S_N_CAT0 + TRYGG_CAT_GRAFFITI] = {"n_graffiti", OFTInteger},
    [S_N_CAT0 + TRYGG_CAT_LITTERING] = {"n_littering", OFTInteger},
    [S_N_CAT0 + TRYGG_CAT_VIOLENCE] = {"n_violence", OFTInteger},
    [S_N_CAT0 + TRYGG_CAT_THEFT] = {"n_theft", OFTInteger},
    [S_N_CAT0 + TRYGG_CAT_DRUGS] = {"n_drugs", OFTInteger},
    [S_N_CAT0 + TRYGG_CAT_DISORDER] = {"n_disorder", OFTInteger},
    [S_N_CAT0 + TRYGG_CAT_FRAUD] = {"n_fraud", OFTInteger},
    [S_N_CAT0 + TRYGG_CAT_OTHER] = {"n_other", OFTInteger},
    [S_N_NIGHT] = {"n_night", OFTInteger},
    [S_EB_VANDALISM] = {"eb_vandalism", OFTReal},
    [S_EB_LITTERING] = {"eb_littering", OFTReal},
    [S_CELL_ID] = {"cell_id", OFTInteger64},
    [S_KDE_VANDALISM] = {"kde_vandalism", OFTReal},
    [S_KDE_LITTERING] = {"kde_littering", OFTReal},
    [S_GI_Z_VANDALISM] = {"gi_z_vandalism", OFTReal},
    [S_HOTSPOT_VANDALISM] = {"hotspot_vandalism", OFTString},
    [S_SURVEILLANCE_SHARE] = {"surveillance_share", OFTReal},
    [S_UNWATCHED_M] = {"unwatched_m", OFTReal},
    [S_ISOVIST_AREA_M2] = {"isovist_area_m2", OFTReal},
    [S_ACTIVITY] = {"activity", OFTReal},
    [S_BARS_150M] = {"bars_150m", OFTInteger},
    [S_NEAREST_BAR_M] = {"nearest_bar_m", OFTReal},
    [S_TRANSIT_150M] = {"transit_150m", OFTInteger},
    [S_FAST_FOOD_150M] = {"fast_food_150m", OFTInteger},
    [S_NEAREST_BASKET_M] = {"nearest_basket_m", OFTReal},
    [S_YOUTH_300M] = {"youth_300m", OFTInteger},
    [S_VANDALISM_SCORE] = {"vandalism_score", OFTReal},
    [S_LITTERING_SCORE] = {"littering_score", OFTReal},
    [S_VISIBILITY_SCORE] = {"visibility_score", OFTReal},
    [S_SAFETY_INDEX] = {"safety_index", OFTReal},
    [S_TOP_FACTORS] = {"top_factors", OFTString},
    [S_STREET_FID] = {"street_fid", OFTInteger64},
    [S_SOURCE_IDS] = {"source_ids", OFTString},
    [S_ATTACHED_IDS] = {"attached_ids", OFTString},
    [S_LOCATION] = {"location", OFTString},
    [S_LAMPS_PER_KM] = {"lamps_per_km", OFTReal},
    [S_LIGHTING_CONFLICT] = {"lighting_conflict", OFTString},
    [S_NKDE_VANDALISM] = {"nkde_vandalism", OFTReal},
    [S_NKDE_LITTERING] = {"nkde_littering", OFTReal},
};

enum { D_STRETCH_ID, D_STREET, D_ROAD_CLASS, D_LENGTH_M, D_LUX_MIN, D_NIGHT_NEAR, D_NIGHT_IDS, D_CONFLICT, D_NFIELDS };
static const field_def stretch_fields[D_NFIELDS] = {
    [D_STRETCH_ID] = {"stretch_id", OFTInteger64},
    [D_STREET] = {"street", OFTString},
    [D_ROAD_CLASS] = {"road_class", OFTString},
    [D_LENGTH_M] = {"length_m", OFTReal},
    [D_LUX_MIN] = {"lux_min", OFTReal},
    [D_NIGHT_NEAR] = {"night_incidents_near", OFTInteger},
    [D_NIGHT_IDS] = {"night_incident_ids", OFTString},
    [D_CONFLICT] = {"lighting_conflict", OFTString},
};

enum { I_INCIDENT_ID, I_CATEGORY, I_SOURCE_CATEGORY, I_OCCURRED_AT, I_SEG_ID, I_SNAP_DIST_M, I_SOURCE_FID,
       I_SYNTHETIC, I_CELL_ID, I_NFIELDS };
static const field_def incident_fields[I_NFIELDS] = {
    [I_INCIDENT_ID] = {"incident_id", OFTInteger64},
    [I_CATEGORY] = {"category", OFTString},
    [I_SOURCE_CATEGORY] = {"source_category", OFTString},
    [I_OCCURRED_AT] = {"occurred_at", OFTDateTime},
    [I_SEG_ID] = {"seg_id", OFTInteger64},
    [I_SNAP_DIST_M] = {"snap_dist_m", OFTReal},
    [I_SOURCE_FID] = {"source_fid", OFTInteger64},
    [I_SYNTHETIC] = {"synthetic", OFTInteger},
    [I_CELL_ID] = {"cell_id", OFTInteger64},
};

enum { L_LAMP_ID, L_HEIGHT_M, L_LUMEN, L_SOURCE_FID, L_NFIELDS };
static const field_def lamp_fields[L_NFIELDS] = {
    [L_LAMP_ID] = {"lamp_id", OFTInteger64},
    [L_HEIGHT_M] = {"height_m", OFTReal},
    [L_LUMEN] = {"lumen", OFTReal},
    [L_SOURCE_FID] = {"source_fid", OFTInteger64},
};

enum { R_KEY, R_VALUE, R_NFIELDS };
static const field_def run_info_fields[R_NFIELDS] = {
    [R_KEY] = {"key", OFTString},
    [R_VALUE] = {"value", OFTString},
};

typedef struct {
    const char *name;
    OGRwkbGeometryType geom;
    const char *description;
    const field_def *fields;
    int nfields;
} layer_def;

enum { LY_STREETS, LY_STRETCHES, LY_INCIDENTS, LY_LAMPS, LY_RUN_INFO, LY_COUNT };

static const layer_def layers[LY_COUNT] = {
    [LY_STREETS] = {"street_segments", wkbLineString,
                    N_("Streets split into places of at most 100 m, with estimated lighting, incident counts and a "
                       "safety index from 0 (least safe) to 100 (safest)."),
                    street_fields, S_NFIELDS},
    [LY_STRETCHES] = {"dark_stretches", wkbLineString,
                      N_("Stretches of street where the estimated illuminance is below the dark threshold."),
                      stretch_fields, D_NFIELDS},
    [LY_INCIDENTS] = {"incidents", wkbPoint,
                      N_("Reported incidents used in the analysis, by category, snapped to the nearest place. "
                         "Empty when the run had no incident data."),
                      incident_fields, I_NFIELDS},
    [LY_LAMPS] = {"lamps", wkbPoint,
                  N_("Street lamps used to estimate lighting. Empty when the run had no lamp data."), lamp_fields,
                  L_NFIELDS},
    [LY_RUN_INFO] = {"run_info", wkbNone,
                     N_("How this output was made: version, configuration, inputs with their checksums and counts."),
                     run_info_fields, R_NFIELDS},
};

/* Progress across all layers, reported every PROGRESS_STEP features. */
#define PROGRESS_STEP 4096
typedef struct {
    GDALProgressFunc fn;
    void *arg;
    size_t done, total;
} progress_state;

static bool progress_tick(progress_state *p, size_t n)
{
    p->done += n;
    if (!p->fn)
        return true;
    double frac = p->total ? (double)p->done / (double)p->total : 1.0;
    return p->fn(frac > 1.0 ? 1.0 : frac, "writing GeoPackage", p->arg) != FALSE;
}

static double round_to(double v, double scale) { return round(v * scale) / scale; }

static void set_real(OGRFeatureH f, int i, double v, double scale)
{
    if (isfinite(v))
        OGR_F_SetFieldDouble(f, i, round_to(v, scale));
    else
        OGR_F_SetFieldNull(f, i);
}

static void set_str(OGRFeatureH f, int i, const char *s)
{
    if (s)
        OGR_F_SetFieldString(f, i, s);
    else
        OGR_F_SetFieldNull(f, i);
}

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

static trygg_status create_layer(trygg_ctx *ctx, GDALDatasetH ds, OGRSpatialReferenceH srs, const layer_def *def,
                                 OGRLayerH *out)
{
    trygg_status st = TRYGG_OK;
    char *desc = trygg__xasprintf("DESCRIPTION=%s", _(def->description));
    char *ident = trygg__xasprintf("IDENTIFIER=%s", trygg__layer_title(def->name));
    /* The spatial index is packed afterwards from the in-memory boxes (io/rtree.c). */
    char *opts[] = {"GEOMETRY_NAME=geom", "FID=fid", "SPATIAL_INDEX=NO", desc, ident, NULL};
    OGRLayerH lyr = GDALDatasetCreateLayer(ds, def->name, def->geom == wkbNone ? NULL : srs, def->geom, opts);
    if (!lyr) {
        st = trygg__fail(ctx, TRYGG_E_WRITE, "creating layer %s: %s", def->name, CPLGetLastErrorMsg());
        goto done;
    }
    for (int i = 0; i < def->nfields; i++) {
        OGRFieldDefnH fd = OGR_Fld_Create(def->fields[i].name, def->fields[i].type);
        OGRErr err = OGR_L_CreateField(lyr, fd, TRUE);
        OGR_Fld_Destroy(fd);
        if (err != OGRERR_NONE) {
            st = trygg__fail(ctx, TRYGG_E_WRITE, "creating field %s.%s: %s", def->name, def->fields[i].name,
                             CPLGetLastErrorMsg());
            goto done;
        }
    }
    *out = lyr;
done:
    free(desc);
    free(ident);
    return st;
}

/* Everything one layer's rows need. */
typedef struct {
    trygg_ctx *ctx;
    const trygg_output *out;
    GDALDatasetH ds;
    OGRLayerH lyr;
    OGRFeatureH f;
    progress_state *progress;
} layer_writer;

static void fill_street(const layer_writer *w, size_t i)
{
    const trygg_place *p = &w->out->places->v[i];
    const trygg_street *s = p->street < w->out->streets->n ? &w->out->streets->v[p->street] : NULL;
    OGRFeatureH f = w->f;
    OGRGeometryH g = OGR_F_GetGeometryRef(f);
    OGR_G_Empty(g);
    if (p->nv > 0)
        OGR_G_SetPoints(g, (int)p->nv, p->xy, 2 * sizeof(double), p->xy + 1, 2 * sizeof(double), NULL, 0);
    OGR_F_SetFID(f, (GIntBig)(i + 1));
    OGR_F_SetFieldInteger64(f, S_SEG_ID, (GIntBig)(i + 1));
    set_str(f, S_STREET, s ? s->name : NULL);
    set_str(f, S_ROAD_CLASS, s ? s->road_class : NULL);
    set_real(f, S_LENGTH_M, p->length_m, CM);
    if (p->light_source == TRYGG_LIGHT_NOT_ASSESSED)
        OGR_F_SetFieldNull(f, S_LAMPS_NEAR);
    else
        OGR_F_SetFieldInteger(f, S_LAMPS_NEAR, p->lamps_near);
    set_real(f, S_NEAREST_LAMP_M, p->nearest_lamp_m, CM);
    set_real(f, S_LUX_AVG, p->lux_avg, MLUX);
    set_real(f, S_LUX_MIN, p->lux_min, MLUX);
    set_real(f, S_LUX_UNIFORMITY, p->lux_uniformity, MLUX);
    set_str(f, S_LIGHTING_CLASS, lighting_class_name(p->lighting_class));
    set_real(f, S_DARK_LENGTH_M, p->dark_length_m, CM);
    set_str(f, S_LIGHTING_SOURCE, lighting_source_name(p->light_source));
    set_str(f, S_LIT_TAG, lit_tag_name(p->lit));
    for (int c = 0; c < TRYGG_CAT_COUNT; c++)
        OGR_F_SetFieldInteger(f, S_N_CAT0 + c, (int)p->n_cat[c]);
    OGR_F_SetFieldInteger(f, S_N_NIGHT, (int)p->n_night);
    set_real(f, S_EB_VANDALISM, p->eb_vandalism, SCORE);
    set_real(f, S_EB_LITTERING, p->eb_littering, SCORE);
    if (p->cell_id > 0 && isfinite(p->gi_z_vandalism)) {
        OGR_F_SetFieldInteger64(f, S_CELL_ID, p->cell_id);
        set_str(f, S_HOTSPOT_VANDALISM, trygg_hotspot_class_name(p->hotspot_vandalism));
    } else {
        OGR_F_SetFieldNull(f, S_CELL_ID);
        OGR_F_SetFieldNull(f, S_HOTSPOT_VANDALISM);
    }
    set_real(f, S_KDE_VANDALISM, p->kde_vandalism, SCORE);
    set_real(f, S_KDE_LITTERING, p->kde_littering, SCORE);
    set_real(f, S_GI_Z_VANDALISM, p->gi_z_vandalism, 1000.0);
    /* Surroundings: NULL where the buildings or points-of-interest layer was missing. The
     * share is a fraction (0.001), the isovist area whole square metres. */
    set_real(f, S_SURVEILLANCE_SHARE, p->surveillance_share, 1000.0);
    set_real(f, S_UNWATCHED_M, p->unwatched_m, CM);
    set_real(f, S_ISOVIST_AREA_M2, p->isovist_area_m2, 1.0);
    set_real(f, S_ACTIVITY, p->activity, SCORE);
    set_real(f, S_NEAREST_BAR_M, p->nearest_bar_m, CM);
    set_real(f, S_NEAREST_BASKET_M, p->nearest_basket_m, CM);
    const int counts[] = {p->bars_150m, p->transit_150m, p->fast_food_150m, p->youth_300m};
    const int count_fields[] = {S_BARS_150M, S_TRANSIT_150M, S_FAST_FOOD_150M, S_YOUTH_300M};
    for (int k = 0; k < 4; k++) {
        if (counts[k] >= 0)
            OGR_F_SetFieldInteger(f, count_fields[k], counts[k]);
        else
            OGR_F_SetFieldNull(f, count_fields[k]);
    }
    set_real(f, S_VANDALISM_SCORE, p->vandalism_score, SCORE);
    set_real(f, S_LITTERING_SCORE, p->littering_score, SCORE);
    set_real(f, S_VISIBILITY_SCORE, p->visibility_score, SCORE);
    set_real(f, S_SAFETY_INDEX, p->safety_index, SCORE);
    set_str(f, S_TOP_FACTORS, p->top_factors);
    if (s)
        OGR_F_SetFieldInteger64(f, S_STREET_FID, (GIntBig)s->fid);
    else
        OGR_F_SetFieldNull(f, S_STREET_FID);
    set_str(f, S_SOURCE_IDS, p->source_ids);
    set_str(f, S_ATTACHED_IDS, p->attached_ids);
    set_str(f, S_LOCATION, p->location);
    set_real(f, S_LAMPS_PER_KM, p->lamps_per_km, 10.0);
    set_str(f, S_LIGHTING_CONFLICT, trygg_light_conflict_name(p->light_conflict));
    set_real(f, S_NKDE_VANDALISM, p->nkde_vandalism, SCORE);
    set_real(f, S_NKDE_LITTERING, p->nkde_littering, SCORE);
}

static void fill_stretch(const layer_writer *w, size_t i)
{
    const trygg_dark_stretch *d = &w->out->stretches->v[i];
    const trygg_street *s = d->street < w->out->streets->n ? &w->out->streets->v[d->street] : NULL;
    OGRFeatureH f = w->f;
    OGRGeometryH g = OGR_F_GetGeometryRef(f);
    OGR_G_Empty(g);
    if (d->nv > 0)
        OGR_G_SetPoints(g, (int)d->nv, d->xy, 2 * sizeof(double), d->xy + 1, 2 * sizeof(double), NULL, 0);
    OGR_F_SetFID(f, (GIntBig)(i + 1));
    OGR_F_SetFieldInteger64(f, D_STRETCH_ID, (GIntBig)(i + 1));
    set_str(f, D_STREET, s ? s->name : NULL);
    set_str(f, D_ROAD_CLASS, s ? s->road_class : NULL);
    set_real(f, D_LENGTH_M, d->length_m, CM);
    set_real(f, D_LUX_MIN, d->lux_min, MLUX);
    OGR_F_SetFieldInteger(f, D_NIGHT_NEAR, (int)d->night_incidents_near);
    set_str(f, D_NIGHT_IDS, d->night_incident_ids);
    set_str(f, D_CONFLICT, trygg_light_conflict_name(d->light_conflict));
}

static void fill_run_info(const layer_writer *w, size_t i)
{
    OGR_F_SetFID(w->f, (GIntBig)(i + 1));
    set_str(w->f, R_KEY, w->out->run_info->key[i]);
    set_str(w->f, R_VALUE, w->out->run_info->value[i]);
}

/* Write n rows of one layer in one transaction, with one feature (and geometry) reused for
 * every row: fill() sets every field, so nothing leaks from the previous row. */
static trygg_status write_rows(layer_writer *w, const layer_def *def, size_t n,
                               void (*fill)(const layer_writer *, size_t))
{
    trygg_status st = TRYGG_OK;
    bool in_tx = false;
    w->f = OGR_F_Create(OGR_L_GetLayerDefn(w->lyr));
    if (def->geom != wkbNone)
        OGR_F_SetGeometryDirectly(w->f, OGR_G_CreateGeometry(def->geom));
    if (def->geom == wkbPoint)
        OGR_G_SetPoint_2D(OGR_F_GetGeometryRef(w->f), 0, 0.0, 0.0);
    if (GDALDatasetStartTransaction(w->ds, FALSE) != OGRERR_NONE) {
        st = trygg__fail(w->ctx, TRYGG_E_WRITE, "%s: cannot start a transaction: %s", def->name,
                         CPLGetLastErrorMsg());
        goto done;
    }
    in_tx = true;
    for (size_t i = 0; i < n; i++) {
        fill(w, i);
        if (OGR_L_CreateFeature(w->lyr, w->f) != OGRERR_NONE) {
            st = trygg__fail(w->ctx, TRYGG_E_WRITE, "%s feature %zu: %s", def->name, i + 1, CPLGetLastErrorMsg());
            goto done;
        }
        if ((i + 1) % PROGRESS_STEP == 0 && !progress_tick(w->progress, PROGRESS_STEP)) {
            st = trygg__fail(w->ctx, TRYGG_E_INTERRUPTED, "writing %s: interrupted", def->name);
            goto done;
        }
    }
    in_tx = false;
    if (GDALDatasetCommitTransaction(w->ds) != OGRERR_NONE) {
        st = trygg__fail(w->ctx, TRYGG_E_WRITE, "%s: commit failed: %s", def->name, CPLGetLastErrorMsg());
        goto done;
    }
    if (!progress_tick(w->progress, n % PROGRESS_STEP))
        st = trygg__fail(w->ctx, TRYGG_E_INTERRUPTED, "writing %s: interrupted", def->name);
done:
    if (in_tx)
        GDALDatasetRollbackTransaction(w->ds);
    OGR_F_Destroy(w->f);
    w->f = NULL;
    return st;
}

static void line_box(trygg__rtree_box *b, int64_t id, const double *xy, size_t nv)
{
    b->id = id;
    b->minx = b->miny = INFINITY;
    b->maxx = b->maxy = -INFINITY;
    for (size_t v = 0; v < nv; v++) {
        b->minx = fmin(b->minx, xy[2 * v]);
        b->maxx = fmax(b->maxx, xy[2 * v]);
        b->miny = fmin(b->miny, xy[2 * v + 1]);
        b->maxy = fmax(b->maxy, xy[2 * v + 1]);
    }
}

/* Bounding boxes of one layer's features (empty geometries have none and are not indexed,
 * as GPKG F.3's triggers do). Caller frees. */
static trygg__rtree_box *layer_boxes(const trygg_output *out, int layer, size_t n, size_t *nbox)
{
    trygg__rtree_box *b = trygg__xmalloc((n ? n : 1) * sizeof *b);
    size_t k = 0;
    for (size_t i = 0; i < n; i++) {
        int64_t id = (int64_t)i + 1;
        if (layer == LY_STREETS && out->places->v[i].nv > 0)
            line_box(&b[k++], id, out->places->v[i].xy, out->places->v[i].nv);
        else if (layer == LY_STRETCHES && out->stretches->v[i].nv > 0)
            line_box(&b[k++], id, out->stretches->v[i].xy, out->stretches->v[i].nv);
        else if (layer == LY_INCIDENTS)
            b[k++] = (trygg__rtree_box){id, out->incidents->v[i].x, out->incidents->v[i].x, out->incidents->v[i].y,
                                        out->incidents->v[i].y};
        else if (layer == LY_LAMPS)
            b[k++] = (trygg__rtree_box){id, out->lamps->v[i].x, out->lamps->v[i].x, out->lamps->v[i].y,
                                        out->lamps->v[i].y};
    }
    *nbox = k;
    return b;
}

/* ---- Point layers by direct insert ----
 *
 * The incidents and lamps (most of the rows of a run) are not written through GDAL's feature API
 * (about 2.5 us a row there): GDAL creates their tables, empty, with the rest of the file, and
 * after it has closed the file they are filled with one prepared INSERT each, in the spatial
 * index's transaction and before the index is packed. The rows are what GDAL writes: the
 * GeoPackage blob of a point (GPKG 1.2 section 2.1.3: "GP", version 0, flags 0x01 for
 * little-endian without envelope, the srs_id, then ISO WKB), datetimes as
 * YYYY-MM-DDTHH:MM:SS.000Z, reals rounded as set_real does, NULL for what GDAL leaves unset.
 * GDAL's feature-count triggers are taken off for the inserts and put back as they were, and
 * gpkg_ogr_contents.feature_count and gpkg_contents' extent are set as GDAL sets them. */

static void put_le32(unsigned char *p, uint32_t v)
{
    for (int k = 0; k < 4; k++)
        p[k] = (unsigned char)(v >> (8 * k));
}

static void put_le_double(unsigned char *p, double d)
{
    uint64_t v;
    memcpy(&v, &d, sizeof v);
    for (int k = 0; k < 8; k++)
        p[k] = (unsigned char)(v >> (8 * k));
}

#define POINT_BLOB 29 /* 8-byte header + 21-byte WKB point */

static void point_blob(unsigned char *b, int32_t srs_id, double x, double y)
{
    b[0] = 'G', b[1] = 'P', b[2] = 0, b[3] = 0x01;
    put_le32(b + 4, (uint32_t)srs_id);
    b[8] = 0x01; /* little-endian WKB */
    put_le32(b + 9, 1); /* wkbPoint */
    put_le_double(b + 13, x);
    put_le_double(b + 21, y);
}

static void bind_real(sqlite3_stmt *q, int col, double v, double scale)
{
    if (isfinite(v))
        sqlite3_bind_double(q, col, round_to(v, scale));
    else
        sqlite3_bind_null(q, col);
}

static void bind_text(sqlite3_stmt *q, int col, const char *s)
{
    if (s)
        sqlite3_bind_text(q, col, s, -1, SQLITE_STATIC);
    else
        sqlite3_bind_null(q, col);
}

static void bind_incident(sqlite3_stmt *q, const trygg_output *out, size_t i, int32_t srs_id, double *box)
{
    const trygg_incident *e = &out->incidents->v[i];
    unsigned char blob[POINT_BLOB];
    point_blob(blob, srs_id, e->x, e->y);
    box[0] = fmin(box[0], e->x), box[1] = fmin(box[1], e->y), box[2] = fmax(box[2], e->x), box[3] = fmax(box[3], e->y);
    sqlite3_bind_int64(q, 1, (sqlite3_int64)(i + 1));
    sqlite3_bind_blob(q, 2, blob, POINT_BLOB, SQLITE_TRANSIENT);
    sqlite3_bind_int64(q, 3, (sqlite3_int64)(i + 1));
    bind_text(q, 4, trygg_category_name(e->category));
    bind_text(q, 5, e->source_category);
    int y, mo, d, h, mi, sec;
    char when[40];
    if (e->t_utc != TRYGG_TIME_UNKNOWN && trygg__utc_fields(e->t_utc, &y, &mo, &d, &h, &mi, &sec)) {
        snprintf(when, sizeof when, "%04d-%02d-%02dT%02d:%02d:%02d.000Z", y, mo, d, h, mi, sec);
        sqlite3_bind_text(q, 6, when, -1, SQLITE_TRANSIENT);
    } else {
        sqlite3_bind_null(q, 6);
    }
    if (e->seg_id >= 0)
        sqlite3_bind_int64(q, 7, (sqlite3_int64)e->seg_id);
    else
        sqlite3_bind_null(q, 7);
    bind_real(q, 8, e->seg_id >= 0 ? e->snap_dist_m : NAN, CM);
    sqlite3_bind_int64(q, 9, (sqlite3_int64)e->fid);
    sqlite3_bind_int(q, 10, out->cfg && out->cfg->synthetic_incidents ? 1 : 0);
    const trygg_hotspot_result *hr = out->hotspots;
    if (hr && i < hr->nincidents && hr->incident_cell[i] > 0)
        sqlite3_bind_int64(q, 11, (sqlite3_int64)hr->incident_cell[i]);
    else
        sqlite3_bind_null(q, 11);
}

static void bind_lamp(sqlite3_stmt *q, const trygg_output *out, size_t i, int32_t srs_id, double *box)
{
    const trygg_lamp *l = &out->lamps->v[i];
    unsigned char blob[POINT_BLOB];
    point_blob(blob, srs_id, l->x, l->y);
    box[0] = fmin(box[0], l->x), box[1] = fmin(box[1], l->y), box[2] = fmax(box[2], l->x), box[3] = fmax(box[3], l->y);
    sqlite3_bind_int64(q, 1, (sqlite3_int64)(i + 1));
    sqlite3_bind_blob(q, 2, blob, POINT_BLOB, SQLITE_TRANSIENT);
    sqlite3_bind_int64(q, 3, (sqlite3_int64)(i + 1));
    bind_real(q, 4, l->height_m, CM);
    bind_real(q, 5, l->lumen, 1.0);
    sqlite3_bind_int64(q, 6, (sqlite3_int64)l->fid);
}

static bool direct_layer(int l) { return l == LY_INCIDENTS || l == LY_LAMPS; }

static trygg_status insert_points(trygg_ctx *ctx, sqlite3 *db, const char *tmp, const trygg_output *out, int l,
                                  size_t n, progress_state *ps)
{
    trygg_status st = TRYGG_OK;
    const layer_def *def = &layers[l];
    sqlite3_stmt *q = NULL;
    char **trig_sql = NULL;
    size_t ntrig = 0, captrig = 0;
    int32_t srs_id = 0;
    trygg__strbuf sql = {0};
    if (n == 0)
        return TRYGG_OK;
    if (sqlite3_prepare_v2(db, "SELECT srs_id FROM gpkg_geometry_columns WHERE table_name = ?", -1, &q, NULL) !=
        SQLITE_OK)
        goto fail;
    sqlite3_bind_text(q, 1, def->name, -1, SQLITE_STATIC);
    if (sqlite3_step(q) != SQLITE_ROW)
        goto fail;
    srs_id = sqlite3_column_int(q, 0);
    sqlite3_finalize(q);
    q = NULL;
    /* GDAL's feature-count triggers, kept to be put back after the inserts */
    if (sqlite3_prepare_v2(db,
                           "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = ? AND name LIKE "
                           "'trigger\\_%\\_feature\\_count\\_%' ESCAPE '\\' ORDER BY rowid",
                           -1, &q, NULL) != SQLITE_OK)
        goto fail;
    sqlite3_bind_text(q, 1, def->name, -1, SQLITE_STATIC);
    while (sqlite3_step(q) == SQLITE_ROW) {
        trygg__grow((void **)&trig_sql, &captrig, 2 * (ntrig + 1), sizeof *trig_sql);
        trig_sql[2 * ntrig] = trygg__xstrdup((const char *)sqlite3_column_text(q, 0));
        trig_sql[2 * ntrig + 1] = trygg__xstrdup((const char *)sqlite3_column_text(q, 1));
        ntrig++;
    }
    sqlite3_finalize(q);
    q = NULL;
    for (size_t t = 0; t < ntrig; t++) {
        char *drop = trygg__xasprintf("DROP TRIGGER \"%s\"", trig_sql[2 * t]);
        int rc = sqlite3_exec(db, drop, NULL, NULL, NULL);
        free(drop);
        if (rc != SQLITE_OK)
            goto fail;
    }
    trygg__sb_printf(&sql, "INSERT INTO \"%s\" (fid, geom", def->name);
    for (int f = 0; f < def->nfields; f++)
        trygg__sb_printf(&sql, ", \"%s\"", def->fields[f].name);
    trygg__sb_printf(&sql, ") VALUES (?, ?");
    for (int f = 0; f < def->nfields; f++)
        trygg__sb_printf(&sql, ", ?");
    trygg__sb_printf(&sql, ")");
    if (sqlite3_prepare_v2(db, sql.s, -1, &q, NULL) != SQLITE_OK)
        goto fail;
    double box[4] = {INFINITY, INFINITY, -INFINITY, -INFINITY};
    for (size_t i = 0; i < n; i++) {
        if (l == LY_INCIDENTS)
            bind_incident(q, out, i, srs_id, box);
        else
            bind_lamp(q, out, i, srs_id, box);
        if (sqlite3_step(q) != SQLITE_DONE || sqlite3_reset(q) != SQLITE_OK)
            goto fail;
        if ((i + 1) % PROGRESS_STEP == 0 && !progress_tick(ps, PROGRESS_STEP)) {
            st = trygg__fail(ctx, TRYGG_E_INTERRUPTED, "writing %s: interrupted", def->name);
            goto done;
        }
    }
    sqlite3_finalize(q);
    q = NULL;
    for (size_t t = 0; t < ntrig; t++)
        if (sqlite3_exec(db, trig_sql[2 * t + 1], NULL, NULL, NULL) != SQLITE_OK)
            goto fail;
    if (sqlite3_prepare_v2(db, "UPDATE gpkg_ogr_contents SET feature_count = ? WHERE lower(table_name) = lower(?)",
                           -1, &q, NULL) != SQLITE_OK)
        goto fail;
    sqlite3_bind_int64(q, 1, (sqlite3_int64)n);
    sqlite3_bind_text(q, 2, def->name, -1, SQLITE_STATIC);
    if (sqlite3_step(q) != SQLITE_DONE)
        goto fail;
    sqlite3_finalize(q);
    q = NULL;
    /* The extent as GDAL stores it: formatted by SQLite's printf (%.18g, which keeps 16 significant
     * digits) into the statement. */
    if (box[0] <= box[2]) {
        char *upd = sqlite3_mprintf("UPDATE gpkg_contents SET min_x = %.18g, min_y = %.18g, max_x = %.18g, max_y = "
                                    "%.18g WHERE table_name = '%q'",
                                    box[0], box[1], box[2], box[3], def->name);
        int rc = upd ? sqlite3_exec(db, upd, NULL, NULL, NULL) : SQLITE_NOMEM;
        sqlite3_free(upd);
        if (rc != SQLITE_OK)
            goto fail;
    }
    if (!progress_tick(ps, n % PROGRESS_STEP))
        st = trygg__fail(ctx, TRYGG_E_INTERRUPTED, "writing %s: interrupted", def->name);
    goto done;
fail:
    st = trygg__fail(ctx, TRYGG_E_WRITE, "%s: writing %s: %s", tmp, def->name, sqlite3_errmsg(db));
done:
    sqlite3_finalize(q);
    for (size_t t = 0; t < 2 * ntrig; t++)
        free(trig_sql[t]);
    free(trig_sql);
    free(sql.s);
    return st;
}

/* Add the spatial indexes of the geometry layers to the closed GeoPackage at `tmp`, in one
 * transaction. */
static void unsynced(sqlite3 *db);

static trygg_status add_spatial_indexes(trygg_ctx *ctx, const trygg_output *out, const char *tmp,
                                        const size_t *nrows, progress_state *ps)
{
    trygg_status st = TRYGG_OK;
    sqlite3 *db = NULL;
    trygg__rtree_box *boxes = NULL;
    /* gpkg_extensions as defined in GPKG 1.2 table 18 (GDAL creates it only when needed). */
    bool opened = sqlite3_open_v2(tmp, &db, SQLITE_OPEN_READWRITE, NULL) == SQLITE_OK;
    if (opened)
        unsynced(db);
    if (!opened ||
        sqlite3_exec(db,
                     "BEGIN; CREATE TABLE IF NOT EXISTS gpkg_extensions (table_name TEXT, column_name TEXT, "
                     "extension_name TEXT NOT NULL, definition TEXT NOT NULL, scope TEXT NOT NULL, "
                     "CONSTRAINT ge_tce UNIQUE (table_name, column_name, extension_name))",
                     NULL, NULL, NULL) != SQLITE_OK) {
        st = trygg__fail(ctx, TRYGG_E_WRITE, "%s: spatial index: %s", tmp, db ? sqlite3_errmsg(db) : "no memory");
        goto done;
    }
    for (int l = 0; l < LY_COUNT; l++)
        if (direct_layer(l) && (st = insert_points(ctx, db, tmp, out, l, nrows[l], ps)) != TRYGG_OK)
            goto done;
    for (int l = 0; l < LY_COUNT; l++) {
        if (layers[l].geom == wkbNone)
            continue;
        size_t nbox = 0;
        boxes = layer_boxes(out, l, nrows[l], &nbox);
        if ((st = trygg__gpkg_rtree_build(ctx, db, tmp, layers[l].name, "geom", "fid", boxes, nbox)) != TRYGG_OK)
            goto done;
        free(boxes);
        boxes = NULL;
    }
    if ((st = trygg__grid_layers_rtrees(ctx, db, tmp, out)) != TRYGG_OK)
        goto done;
    if (sqlite3_exec(db, "COMMIT", NULL, NULL, NULL) != SQLITE_OK)
        st = trygg__fail(ctx, TRYGG_E_WRITE, "%s: spatial index: %s", tmp, sqlite3_errmsg(db));
done:
    free(boxes);
    if (db)
        sqlite3_close(db);
    return st;
}

/* The directory of `path` ("." when it has none), newly allocated. */
static char *dir_of(const char *path)
{
    const char *slash = strrchr(path, '/');
    if (!slash)
        return trygg__xstrdup(".");
    if (slash == path)
        return trygg__xstrdup("/");
    char *d = trygg__xmalloc((size_t)(slash - path) + 1);
    memcpy(d, path, (size_t)(slash - path));
    d[slash - path] = '\0';
    return d;
}

static trygg_status check_destination(trygg_ctx *ctx, const char *out_path, const char *dir)
{
    struct stat sb;
    if (stat(dir, &sb) != 0)
        return trygg__fail(ctx, TRYGG_E_WRITE, "cannot write %s: directory %s: %s", out_path, dir, strerror(errno));
    if (!S_ISDIR(sb.st_mode))
        return trygg__fail(ctx, TRYGG_E_WRITE, "cannot write %s: %s is not a directory", out_path, dir);
    if (access(dir, W_OK | X_OK) != 0)
        return trygg__fail(ctx, TRYGG_E_WRITE, "cannot write %s: directory %s: %s", out_path, dir, strerror(errno));
    if (stat(out_path, &sb) == 0 && S_ISDIR(sb.st_mode))
        return trygg__fail(ctx, TRYGG_E_WRITE, "cannot write %s: it is a directory", out_path);
    return TRYGG_OK;
}

/* Remove a temporary GeoPackage and whatever SQLite left beside it. */
static void remove_temp(const char *tmp)
{
    static const char *const suffixes[] = {"", "-journal", "-wal", "-shm"};
    for (size_t i = 0; i < sizeof suffixes / sizeof suffixes[0]; i++) {
        char *p = trygg__xasprintf("%s%s", tmp, suffixes[i]);
        unlink(p);
        free(p);
    }
}

static atomic_uint temp_counter;

struct trygg_gpkg_writer {
    char *out_path, *tmp, *base, *styles_dir, *crs, *title;
    int64_t now;
};

void trygg_io_gpkg_abort(trygg_gpkg_writer *w)
{
    if (!w)
        return;
    if (w->tmp)
        remove_temp(w->tmp);
    free(w->out_path);
    free(w->tmp);
    free(w->base);
    free(w->styles_dir);
    free(w->crs);
    free(w->title);
    free(w);
}

const char *trygg_io_gpkg_temp_path(const trygg_gpkg_writer *w) { return w->tmp; }

/* GDAL stamps gpkg_contents.last_change with OGR_CURRENT_DATE when set (DESIGN.md 9): set it
 * for this thread from SOURCE_DATE_EPOCH while trygg writes, and put back what was there.
 *
 * While trygg writes, the temporary file is also written without SQLite's syncs (synchronous
 * OFF) and with the rollback journal in memory: the file is renamed into place only when
 * complete, after one fsync (trygg_io_gpkg_commit), and a run that stops half-way leaves a
 * temporary file that is removed anyway, so the hundreds of syncs of a run (one per transaction
 * and per layer GDAL closes) bought nothing but wall time on a busy disk. A failed transaction
 * still rolls back (the journal is kept, in memory). */
typedef struct {
    bool set;
    char *old;
    char *old_sync, *old_journal;
} date_pin;

static char *config_swap(const char *key, const char *value)
{
    const char *prev = CPLGetThreadLocalConfigOption(key, NULL);
    char *old = prev ? trygg__xstrdup(prev) : NULL;
    CPLSetThreadLocalConfigOption(key, value);
    return old;
}

static void date_pin_push(date_pin *p, int64_t now)
{
    p->set = false;
    p->old = NULL;
    p->old_sync = config_swap("OGR_SQLITE_SYNCHRONOUS", "OFF");
    p->old_journal = config_swap("OGR_SQLITE_JOURNAL", "MEMORY");
    if (!getenv("SOURCE_DATE_EPOCH"))
        return;
    int y, mo, d, h, mi, s;
    trygg__utc_fields(now, &y, &mo, &d, &h, &mi, &s);
    char stamp[40];
    snprintf(stamp, sizeof stamp, "%04d-%02d-%02dT%02d:%02d:%02d.000Z", y, mo, d, h, mi, s);
    const char *prev = CPLGetThreadLocalConfigOption("OGR_CURRENT_DATE", NULL);
    p->old = prev ? trygg__xstrdup(prev) : NULL;
    CPLSetThreadLocalConfigOption("OGR_CURRENT_DATE", stamp);
    p->set = true;
}

static void date_pin_pop(date_pin *p)
{
    if (p->set)
        CPLSetThreadLocalConfigOption("OGR_CURRENT_DATE", p->old);
    CPLSetThreadLocalConfigOption("OGR_SQLITE_SYNCHRONOUS", p->old_sync);
    CPLSetThreadLocalConfigOption("OGR_SQLITE_JOURNAL", p->old_journal);
    free(p->old);
    free(p->old_sync);
    free(p->old_journal);
    p->old = p->old_sync = p->old_journal = NULL;
    p->set = false;
}

/* The same for trygg's own connections to the temporary file. */
static void unsynced(sqlite3 *db) { sqlite3_exec(db, "PRAGMA synchronous = OFF; PRAGMA journal_mode = MEMORY", NULL, NULL, NULL); }

/* fsync of a finished file before it is renamed into place. */
static bool sync_file(const char *path)
{
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return false;
    bool ok = fsync(fd) == 0;
    return close(fd) == 0 && ok;
}

trygg_status trygg_io_gpkg_begin(trygg_ctx *ctx, const trygg_output *out, const char *out_path,
                                 const char *styles_dir, GDALProgressFunc progress, void *progress_arg,
                                 trygg_gpkg_writer **writer)
{
    trygg_status st = TRYGG_OK;
    char *dir = NULL, *tmp = NULL;
    date_pin pin = {false, NULL, NULL, NULL};
    bool handler_pushed = false, tmp_made = false;
    char *qml[LY_COUNT + TRYGG__GRID_LAYERS] = {0};
    OGRSpatialReferenceH srs = NULL;
    GDALDatasetH ds = NULL;
    int64_t now = 0;
    const char *crs = out->cfg && out->cfg->crs ? out->cfg->crs : "EPSG:3006";

    dir = dir_of(out_path);
    if ((st = check_destination(ctx, out_path, dir)) != TRYGG_OK)
        goto done;
    /* Styles first: a missing one fails the run before anything is written. */
    for (int l = 0; l < LY_COUNT; l++)
        if ((st = trygg__style_read(ctx, styles_dir, layers[l].name, &qml[l])) != TRYGG_OK)
            goto done;
    if ((st = trygg__source_date(ctx, (int64_t)time(NULL), &now)) != TRYGG_OK)
        goto done;

    CPLPushErrorHandler(CPLQuietErrorHandler);
    handler_pushed = true;
    CPLErrorReset();

    date_pin_push(&pin, now);

    srs = OSRNewSpatialReference(NULL);
    if (OSRSetFromUserInput(srs, crs) != OGRERR_NONE) {
        st = trygg__fail(ctx, TRYGG_E_CRS, "working CRS '%s' is not a known CRS: %s", crs, CPLGetLastErrorMsg());
        goto done;
    }
    OSRSetAxisMappingStrategy(srs, OAMS_TRADITIONAL_GIS_ORDER);

    trygg__gdal_init();
    GDALDriverH drv = GDALGetDriverByName("GPKG");
    if (!drv) {
        st = trygg__fail(ctx, TRYGG_E_INTERNAL, "GDAL has no GPKG driver");
        goto done;
    }
    /* Hidden, unique temporary name in the output's own directory, so rename() is atomic. */
    const char *base = strrchr(out_path, '/');
    base = base ? base + 1 : out_path;
    tmp = trygg__xasprintf("%s/.%s.tmp-%ld-%u.gpkg", dir, base, (long)getpid(), atomic_fetch_add(&temp_counter, 1));
    remove_temp(tmp);
    ds = GDALCreate(drv, tmp, 0, 0, 0, GDT_Unknown, NULL);
    tmp_made = true;
    if (!ds) {
        st = trygg__fail(ctx, TRYGG_E_WRITE, "cannot write %s: creating %s: %s", out_path, tmp, CPLGetLastErrorMsg());
        goto done;
    }

    progress_state ps = {progress, progress_arg, 0, 0};
    size_t nrows[LY_COUNT] = {
        [LY_STREETS] = out->places ? out->places->n : 0,
        [LY_STRETCHES] = out->stretches ? out->stretches->n : 0,
        [LY_INCIDENTS] = out->have_incidents && out->incidents ? out->incidents->n : 0,
        [LY_LAMPS] = out->have_lamps && out->lamps ? out->lamps->n : 0,
        [LY_RUN_INFO] = out->run_info ? out->run_info->n : 0,
    };
    static void (*const fills[LY_COUNT])(const layer_writer *, size_t) = {
        [LY_STREETS] = fill_street, [LY_STRETCHES] = fill_stretch, [LY_RUN_INFO] = fill_run_info,
    }; /* incidents and lamps: insert_points */
    for (int l = 0; l < LY_COUNT; l++)
        ps.total += nrows[l];
    if (nrows[LY_STREETS] && !out->streets) {
        st = trygg__fail(ctx, TRYGG_E_INTERNAL, "writing %s: places without streets", out_path);
        goto done;
    }
    for (int l = 0; l < LY_COUNT; l++) {
        layer_writer w = {ctx, out, ds, NULL, NULL, &ps};
        if ((st = create_layer(ctx, ds, srs, &layers[l], &w.lyr)) != TRYGG_OK)
            goto done;
        /* the point layers are filled after GDAL has closed the file (insert_points) */
        if ((st = write_rows(&w, &layers[l], direct_layer(l) ? 0 : nrows[l], fills[l])) != TRYGG_OK)
            goto done;
    }

    trygg__style_row rows[LY_COUNT + TRYGG__GRID_LAYERS];
    for (int l = 0; l < LY_COUNT; l++)
        rows[l] = (trygg__style_row){layers[l].name, layers[l].geom == wkbNone ? "" : "geom",
                                     _(layers[l].description), qml[l]};
    if ((st = trygg__grid_layers_write(ctx, ds, srs, out, styles_dir, rows + LY_COUNT, qml + LY_COUNT)) != TRYGG_OK)
        goto done;
    if ((st = trygg__styles_write(ctx, ds, rows, LY_COUNT + TRYGG__GRID_LAYERS, now)) != TRYGG_OK)
        goto done;

    /* A failure while GDAL finishes the file is a failed write. */
    CPLErrorReset();
    GDALClose(ds);
    ds = NULL;
    if (CPLGetLastErrorType() >= CE_Failure) {
        st = trygg__fail(ctx, TRYGG_E_WRITE, "cannot write %s: finishing %s: %s", out_path, tmp, CPLGetLastErrorMsg());
        goto done;
    }
    if ((st = add_spatial_indexes(ctx, out, tmp, nrows, &ps)) != TRYGG_OK)
        goto done;
    trygg_gpkg_writer *w = trygg__xcalloc(1, sizeof *w);
    w->out_path = trygg__xstrdup(out_path);
    w->tmp = tmp;
    w->base = trygg__xstrdup(base);
    w->styles_dir = trygg__xstrdup(styles_dir);
    w->crs = trygg__xstrdup(crs);
    w->title = trygg__xstrdup(out->cfg && out->cfg->name ? out->cfg->name : "trygg");
    w->now = now;
    *writer = w;
    tmp = NULL;
    tmp_made = false;
    if (progress)
        progress(1.0, "writing GeoPackage", progress_arg);

done:
    if (ds)
        GDALClose(ds);
    if (tmp_made)
        remove_temp(tmp);
    if (srs)
        OSRDestroySpatialReference(srs);
    date_pin_pop(&pin);
    if (handler_pushed)
        CPLPopErrorHandler();
    for (int l = 0; l < LY_COUNT + TRYGG__GRID_LAYERS; l++)
        free(qml[l]);
    free(tmp);
    free(dir);
    return st;
}

trygg_status trygg_io_gpkg_commit(trygg_ctx *ctx, trygg_gpkg_writer *w)
{
    /* The project's layers point at the file under its final name, not the temporary one. */
    trygg_status st = trygg_io_add_qgis_project(ctx, w->tmp, w->base, TRYGG_QGIS_PROJECT_NAME, w->title);
    if (st == TRYGG_OK && !sync_file(w->tmp))
        st = trygg__fail(ctx, TRYGG_E_WRITE, "cannot write %s: syncing %s: %s", w->out_path, w->tmp, strerror(errno));
    if (st == TRYGG_OK && rename(w->tmp, w->out_path) != 0)
        st = trygg__fail(ctx, TRYGG_E_WRITE, "cannot write %s: renaming %s: %s", w->out_path, w->tmp,
                         strerror(errno));
    if (st == TRYGG_OK) {
        free(w->tmp);
        w->tmp = NULL; /* renamed: nothing to remove */
    }
    trygg_io_gpkg_abort(w);
    return st;
}

trygg_status trygg_io_write_gpkg(trygg_ctx *ctx, const trygg_output *out, const char *out_path,
                                 const char *styles_dir, GDALProgressFunc progress, void *progress_arg)
{
    trygg_gpkg_writer *w = NULL;
    trygg_status st = trygg_io_gpkg_begin(ctx, out, out_path, styles_dir, progress, progress_arg, &w);
    return st == TRYGG_OK ? trygg_io_gpkg_commit(ctx, w) : st;
}

static trygg_status add_layer_rows(trygg_ctx *ctx, OGRLayerH lyr, const trygg_layer_data *L)
{
    trygg_status st = TRYGG_OK;
    OGRFeatureH f = OGR_F_Create(OGR_L_GetLayerDefn(lyr));
    bool in_tx = OGR_L_StartTransaction(lyr) == OGRERR_NONE;
    for (size_t r = 0; r < L->nrows && st == TRYGG_OK; r++) {
        OGR_F_SetFID(f, (GIntBig)(r + 1));
        for (size_t c = 0; c < L->nfields; c++) {
            const trygg_value *v = &L->values[r * L->nfields + c];
            if (v->null || (L->fields[c].type == TRYGG_FIELD_TEXT && !v->s) ||
                (L->fields[c].type == TRYGG_FIELD_REAL && !isfinite(v->r)))
                OGR_F_SetFieldNull(f, (int)c);
            else if (L->fields[c].type == TRYGG_FIELD_INT)
                OGR_F_SetFieldInteger64(f, (int)c, v->i);
            else if (L->fields[c].type == TRYGG_FIELD_REAL)
                OGR_F_SetFieldDouble(f, (int)c, v->r);
            else
                OGR_F_SetFieldString(f, (int)c, v->s);
        }
        OGRGeometryH g = NULL;
        if (L->geometry != wkbNone && L->wkb && L->wkb[r] &&
            OGR_G_CreateFromWkbEx(L->wkb[r], NULL, &g, L->wkb_size[r]) == OGRERR_NONE && g) {
            if (wkbFlatten(L->geometry) == wkbMultiPolygon)
                g = OGR_G_ForceToMultiPolygon(g);
            else if (wkbFlatten(L->geometry) == wkbPolygon && OGR_G_GetGeometryCount(g) == 1)
                g = OGR_G_ForceToPolygon(g); /* a one-part MultiPolygon */
            OGR_F_SetGeometryDirectly(f, g);
        } else {
            OGR_F_SetGeometryDirectly(f, NULL);
        }
        if (OGR_L_CreateFeature(lyr, f) != OGRERR_NONE)
            st = trygg__fail(ctx, TRYGG_E_WRITE, "writing %s row %zu: %s", L->name, r + 1, CPLGetLastErrorMsg());
    }
    if (in_tx && (st != TRYGG_OK ? OGR_L_RollbackTransaction(lyr) : OGR_L_CommitTransaction(lyr)) != OGRERR_NONE &&
        st == TRYGG_OK)
        st = trygg__fail(ctx, TRYGG_E_WRITE, "writing %s: commit failed: %s", L->name, CPLGetLastErrorMsg());
    OGR_F_Destroy(f);
    return st;
}

trygg_status trygg_io_gpkg_add_layer(trygg_ctx *ctx, trygg_gpkg_writer *w, const trygg_layer_data *L)
{
    trygg_status st = TRYGG_OK;
    char *qml = NULL;
    GDALDatasetH ds = NULL;
    OGRSpatialReferenceH srs = NULL;
    date_pin pin = {false, NULL, NULL, NULL};
    if ((st = trygg__style_read(ctx, w->styles_dir, L->name, &qml)) != TRYGG_OK)
        return st;
    CPLPushErrorHandler(CPLQuietErrorHandler);
    CPLErrorReset();
    date_pin_push(&pin, w->now);
    ds = GDALOpenEx(w->tmp, GDAL_OF_VECTOR | GDAL_OF_UPDATE, NULL, NULL, NULL);
    if (!ds) {
        st = trygg__fail(ctx, TRYGG_E_WRITE, "cannot write %s: reopening %s: %s", w->out_path, w->tmp,
                         CPLGetLastErrorMsg());
        goto done;
    }
    if (L->geometry != wkbNone) {
        srs = OSRNewSpatialReference(NULL);
        OSRSetFromUserInput(srs, w->crs);
        OSRSetAxisMappingStrategy(srs, OAMS_TRADITIONAL_GIS_ORDER);
    }
    /* A layer of the same name (an earlier `trygg report`) is replaced, with its style row; the
     * style ids stay 1..n, as trygg__styles_write numbers the next one count + 1. */
    for (int i = 0; i < GDALDatasetGetLayerCount(ds); i++) {
        if (strcmp(OGR_L_GetName(GDALDatasetGetLayer(ds, i)), L->name) != 0)
            continue;
        if (GDALDatasetDeleteLayer(ds, i) != OGRERR_NONE) {
            st = trygg__fail(ctx, TRYGG_E_WRITE, "cannot write %s: replacing layer %s: %s", w->out_path, L->name,
                             CPLGetLastErrorMsg());
            goto done;
        }
        char *sql = trygg__xasprintf("SELECT id FROM layer_styles WHERE f_table_name = '%s'", L->name);
        OGRLayerH q = GDALDatasetExecuteSQL(ds, sql, NULL, NULL);
        free(sql);
        OGRFeatureH sf = q ? OGR_L_GetNextFeature(q) : NULL;
        long long old_id = sf ? OGR_F_GetFieldAsInteger64(sf, 0) : -1;
        if (sf)
            OGR_F_Destroy(sf);
        if (q)
            GDALDatasetReleaseResultSet(ds, q);
        if (old_id > 0) {
            sql = trygg__xasprintf("DELETE FROM layer_styles WHERE id = %lld", old_id);
            GDALDatasetExecuteSQL(ds, sql, NULL, NULL);
            free(sql);
            sql = trygg__xasprintf("UPDATE layer_styles SET id = id - 1 WHERE id > %lld", old_id);
            GDALDatasetExecuteSQL(ds, sql, NULL, NULL);
            free(sql);
        }
        break;
    }
    /* The description as the caller wrote it (English, marked N_()) in the run's language. */
    const char *description = L->description ? _(L->description) : "";
    char *desc = trygg__xasprintf("DESCRIPTION=%s", description);
    char *ident = trygg__xasprintf("IDENTIFIER=%s", trygg__layer_title(L->name));
    char *opts[] = {"FID=fid", "GEOMETRY_NAME=geom", "SPATIAL_INDEX=YES", desc, ident, NULL};
    OGRLayerH lyr = GDALDatasetCreateLayer(ds, L->name, srs, (OGRwkbGeometryType)L->geometry, opts);
    free(desc);
    free(ident);
    if (!lyr) {
        st = trygg__fail(ctx, TRYGG_E_WRITE, "cannot write %s: creating layer %s: %s", w->out_path, L->name,
                         CPLGetLastErrorMsg());
        goto done;
    }
    for (size_t c = 0; c < L->nfields; c++) {
        static const OGRFieldType types[] = {[TRYGG_FIELD_INT] = OFTInteger64, [TRYGG_FIELD_REAL] = OFTReal,
                                             [TRYGG_FIELD_TEXT] = OFTString};
        OGRFieldDefnH fd = OGR_Fld_Create(L->fields[c].name, types[L->fields[c].type]);
        OGRErr err = OGR_L_CreateField(lyr, fd, TRUE);
        OGR_Fld_Destroy(fd);
        if (err != OGRERR_NONE) {
            st = trygg__fail(ctx, TRYGG_E_WRITE, "creating %s.%s: %s", L->name, L->fields[c].name,
                             CPLGetLastErrorMsg());
            goto done;
        }
    }
    if ((st = add_layer_rows(ctx, lyr, L)) != TRYGG_OK)
        goto done;
    trygg__style_row row = {L->name, L->geometry == wkbNone ? "" : "geom", description, qml};
    if ((st = trygg__styles_write(ctx, ds, &row, 1, w->now)) != TRYGG_OK)
        goto done;
    CPLErrorReset();
    GDALClose(ds);
    ds = NULL;
    if (CPLGetLastErrorType() >= CE_Failure)
        st = trygg__fail(ctx, TRYGG_E_WRITE, "cannot write %s: finishing layer %s: %s", w->out_path, L->name,
                         CPLGetLastErrorMsg());
done:
    if (ds)
        GDALClose(ds);
    if (srs)
        OSRDestroySpatialReference(srs);
    date_pin_pop(&pin);
    CPLPopErrorHandler();
    free(qml);
    return st;
}

trygg_status trygg_io_gpkg_add_run_info(trygg_ctx *ctx, trygg_gpkg_writer *w, const char *key, const char *value)
{
    trygg_status st = TRYGG_OK;
    sqlite3 *db = NULL;
    sqlite3_stmt *q = NULL;
    bool opened = sqlite3_open_v2(w->tmp, &db, SQLITE_OPEN_READWRITE, NULL) == SQLITE_OK;
    if (opened)
        unsynced(db);
    if (!opened ||
        sqlite3_prepare_v2(db, "INSERT INTO run_info (key, value) VALUES (?, ?)", -1, &q, NULL) != SQLITE_OK) {
        st = trygg__fail(ctx, TRYGG_E_WRITE, "cannot write %s: run_info: %s", w->out_path,
                         db ? sqlite3_errmsg(db) : "out of memory");
        goto done;
    }
    sqlite3_bind_text(q, 1, key, -1, SQLITE_STATIC);
    sqlite3_bind_text(q, 2, value, -1, SQLITE_STATIC);
    if (sqlite3_step(q) != SQLITE_DONE)
        st = trygg__fail(ctx, TRYGG_E_WRITE, "cannot write %s: run_info row %s: %s", w->out_path, key,
                         sqlite3_errmsg(db));
done:
    sqlite3_finalize(q);
    if (db)
        sqlite3_close(db);
    return st;
}

trygg_status trygg_io_gpkg_reopen(trygg_ctx *ctx, const char *out_path, const char *styles_dir,
                                  trygg_gpkg_writer **writer)
{
    trygg_status st = TRYGG_OK;
    char *dir = dir_of(out_path), *tmp = NULL, *crs = NULL, *title = NULL;
    FILE *in = NULL, *outf = NULL;
    bool tmp_made = false;
    int64_t now = 0;
    sqlite3 *db = NULL;
    if ((st = check_destination(ctx, out_path, dir)) != TRYGG_OK || (st = trygg__source_date(ctx, (int64_t)time(NULL), &now)) != TRYGG_OK)
        goto done;
    /* The CRS and title the run wrote, for the layers added and the project. */
    if ((st = trygg__spatialite_open(ctx, out_path, true, &db)) != TRYGG_OK)
        goto done;
    sqlite3_stmt *q = NULL;
    if (sqlite3_prepare_v2(db,
                           "SELECT s.organization || ':' || s.organization_coordsys_id FROM gpkg_geometry_columns g "
                           "JOIN gpkg_spatial_ref_sys s ON s.srs_id = g.srs_id WHERE g.table_name = 'street_segments'",
                           -1, &q, NULL) == SQLITE_OK &&
        sqlite3_step(q) == SQLITE_ROW && sqlite3_column_text(q, 0))
        crs = trygg__xstrdup((const char *)sqlite3_column_text(q, 0));
    sqlite3_finalize(q);
    q = NULL;
    if (trygg__gpkg_has_table(db, "run_info") &&
        sqlite3_prepare_v2(db, "SELECT value FROM run_info WHERE key = 'study_area'", -1, &q, NULL) == SQLITE_OK &&
        sqlite3_step(q) == SQLITE_ROW && sqlite3_column_text(q, 0) && *sqlite3_column_text(q, 0))
        title = trygg__xstrdup((const char *)sqlite3_column_text(q, 0));
    sqlite3_finalize(q);
    sqlite3_close(db);
    db = NULL;
    if (!crs) {
        st = trygg__fail(ctx, TRYGG_E_SCHEMA, "%s: no street_segments layer with a CRS: not a trygg output", out_path);
        goto done;
    }
    const char *base = strrchr(out_path, '/');
    base = base ? base + 1 : out_path;
    tmp = trygg__xasprintf("%s/.%s.tmp-%ld-%u.gpkg", dir, base, (long)getpid(), atomic_fetch_add(&temp_counter, 1));
    remove_temp(tmp);
    in = fopen(out_path, "rb");
    outf = in ? fopen(tmp, "wb") : NULL;
    tmp_made = outf != NULL;
    if (!in || !outf) {
        st = trygg__fail(ctx, TRYGG_E_WRITE, "cannot update %s: copying to %s: %s", out_path, tmp, strerror(errno));
        goto done;
    }
    char buf[1 << 16];
    size_t n;
    while ((n = fread(buf, 1, sizeof buf, in)) > 0)
        if (fwrite(buf, 1, n, outf) != n)
            break;
    if (ferror(in) || ferror(outf) || fclose(outf) != 0) {
        outf = NULL;
        st = trygg__fail(ctx, TRYGG_E_WRITE, "cannot update %s: copying to %s: %s", out_path, tmp, strerror(errno));
        goto done;
    }
    outf = NULL;
    trygg_gpkg_writer *w = trygg__xcalloc(1, sizeof *w);
    w->out_path = trygg__xstrdup(out_path);
    w->tmp = tmp;
    w->base = trygg__xstrdup(base);
    w->styles_dir = trygg__xstrdup(styles_dir);
    w->crs = crs;
    w->title = title ? title : trygg__xstrdup("trygg");
    w->now = now;
    *writer = w;
    tmp = crs = title = NULL;
    tmp_made = false;
done:
    if (db)
        sqlite3_close(db);
    if (in)
        fclose(in);
    if (outf)
        fclose(outf);
    if (tmp_made)
        remove_temp(tmp);
    free(tmp);
    free(crs);
    free(title);
    free(dir);
    return st;
}
