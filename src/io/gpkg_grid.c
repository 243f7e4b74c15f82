/*
 * The hotspot layers of the GeoPackage (DESIGN.md section 4), written by trygg_io_write_gpkg
 * into its open dataset:
 *   grid_cells         Polygon     one row per analysis cell, fid = cell_id = cell index + 1;
 *                                  per category: n_, kde_, gi_z_, gi_p_, hotspot_, trend_,
 *                                  change_, trend_p_; mean scores of the places in the cell
 *   hotspots           MultiPolygon  merged hot cells of one category, fid = hotspot_id
 *   temporal_profiles  attributes  incidents per local hour of the week, for the whole area
 *                                  (scope 'area') and for each hotspot (scope 'hotspot')
 * All three are written (empty) when the run has no statistics, so that styles and projects
 * find them.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cpl_error.h>
#include <ogr_api.h>

#include "core/i18n.h"
#include "core/internal.h"
#include "io/gpkg_internal.h"
#include "io/io.h"
#include "io/layer_titles.h"
#include "score/emerging.h"
#include "score/trend_names.h"

#define NCAT TRYGG_CAT_COUNT

/* Per-category fields of grid_cells, in this order for each category. */
enum { GC_N, GC_KDE, GC_GI_Z, GC_GI_P, GC_HOTSPOT, GC_TREND, GC_CHANGE, GC_TREND_P, GC_EMERGING, GC_PER_CAT };
static const struct {
    const char *prefix;
    OGRFieldType type;
} cat_fields[GC_PER_CAT] = {
    [GC_N] = {"n_", OFTInteger},          [GC_KDE] = {"kde_", OFTReal},       [GC_GI_Z] = {"gi_z_", OFTReal},
    [GC_GI_P] = {"gi_p_", OFTReal},       [GC_HOTSPOT] = {"hotspot_", OFTString},
    [GC_TREND] = {"trend_", OFTString},   [GC_CHANGE] = {"change_", OFTReal}, [GC_TREND_P] = {"trend_p_", OFTReal},
    [GC_EMERGING] = {"emerging_", OFTString},
};
enum { GC_HEAD = 3 }; /* cell_id, area_km2, n_places */
static const char *const score_fields[4] = {"mean_vandalism_score", "mean_littering_score", "mean_visibility_score",
                                            "mean_safety_index"};
#define GC_FIELD(cat, k) (GC_HEAD + (int)(cat) * GC_PER_CAT + (k))
#define GC_SCORE0 (GC_HEAD + NCAT * GC_PER_CAT)

enum { H_ID, H_CATEGORY, H_CONFIDENCE, H_PEAK_CONFIDENCE, H_CELLS, H_INCIDENTS, H_AREA_KM2, H_SHARE, H_PAI,
       H_PEAK_HOURS, H_N_A, H_N_B, H_TREND, H_TREND_P, H_STREET_KM, H_PAI_LENGTH, H_NFIELDS };
static const struct {
    const char *name;
    OGRFieldType type;
} hotspot_fields[H_NFIELDS] = {
    [H_ID] = {"hotspot_id", OFTInteger64},
    [H_CATEGORY] = {"category", OFTString},
    [H_CONFIDENCE] = {"confidence", OFTString},
    [H_PEAK_CONFIDENCE] = {"peak_confidence", OFTString},
    [H_CELLS] = {"cells", OFTInteger},
    [H_INCIDENTS] = {"incidents", OFTInteger},
    [H_AREA_KM2] = {"area_km2", OFTReal},
    [H_SHARE] = {"share_incidents", OFTReal},
    [H_PAI] = {"pai", OFTReal},
    [H_PEAK_HOURS] = {"peak_hours", OFTString},
    [H_N_A] = {"incidents_period_a", OFTInteger},
    [H_N_B] = {"incidents_period_b", OFTInteger},
    [H_TREND] = {"trend", OFTString},
    [H_TREND_P] = {"trend_p", OFTReal},
    [H_STREET_KM] = {"street_km", OFTReal},
    [H_PAI_LENGTH] = {"pai_length", OFTReal},
};

enum { T_SCOPE, T_HOTSPOT_ID, T_CATEGORY, T_HOUR_OF_WEEK, T_WEEKDAY, T_HOUR, T_COUNT, T_NFIELDS };
static const struct {
    const char *name;
    OGRFieldType type;
} profile_fields[T_NFIELDS] = {
    [T_SCOPE] = {"scope", OFTString},          [T_HOTSPOT_ID] = {"hotspot_id", OFTInteger64},
    [T_CATEGORY] = {"category", OFTString},    [T_HOUR_OF_WEEK] = {"hour_of_week", OFTInteger},
    [T_WEEKDAY] = {"weekday", OFTString},      [T_HOUR] = {"hour", OFTInteger},
    [T_COUNT] = {"count", OFTInteger},
};

static const char *const layer_names[TRYGG__GRID_LAYERS] = {"grid_cells", "hotspots", "temporal_profiles"};
static const char *const layer_descriptions[TRYGG__GRID_LAYERS] = {
    N_("Analysis grid: incidents per category, kernel density (per km2), Getis-Ord Gi* z and p, hot/cold spot "
       "confidence after false-discovery-rate control, the change between two periods, and the mean scores of the "
       "places in each cell."),
    N_("Hotspots: significant hot cells of one category merged into areas, with their incidents, share, "
       "Predictive Accuracy Index and the busiest hours of the week."),
    N_("Incidents by local hour of the week (0 = Monday 00-01) for the whole area and for each hotspot."),
};

static double round_to(double v, double scale) { return round(v * scale) / scale; }

/* p-values to six significant digits: exact p-values reach 1e-100 and below, which rounding to
 * a fixed decimal would turn into 0. Through the C library's correctly rounded printf, so the
 * written value is the same on every machine. */
static void set_p_value(OGRFeatureH f, int i, double v)
{
    if (!isfinite(v)) {
        OGR_F_SetFieldNull(f, i);
        return;
    }
    char buf[32];
    snprintf(buf, sizeof buf, "%.5e", v);
    OGR_F_SetFieldDouble(f, i, strtod(buf, NULL));
}

static void set_real(OGRFeatureH f, int i, double v, double scale)
{
    if (isfinite(v))
        OGR_F_SetFieldDouble(f, i, round_to(v, scale));
    else
        OGR_F_SetFieldNull(f, i);
}

static trygg_status add_field(trygg_ctx *ctx, OGRLayerH lyr, const char *layer, const char *name, OGRFieldType t)
{
    OGRFieldDefnH fd = OGR_Fld_Create(name, t);
    OGRErr err = OGR_L_CreateField(lyr, fd, TRUE);
    OGR_Fld_Destroy(fd);
    if (err != OGRERR_NONE)
        return trygg__fail(ctx, TRYGG_E_WRITE, "creating field %s.%s: %s", layer, name, CPLGetLastErrorMsg());
    return TRYGG_OK;
}

static trygg_status create_layer(trygg_ctx *ctx, GDALDatasetH ds, OGRSpatialReferenceH srs, int which,
                                 OGRwkbGeometryType geom, OGRLayerH *out)
{
    char *desc = trygg__xasprintf("DESCRIPTION=%s", _(layer_descriptions[which]));
    char *ident = trygg__xasprintf("IDENTIFIER=%s", trygg__layer_title(layer_names[which]));
    char *opts[] = {"GEOMETRY_NAME=geom", "FID=fid", "SPATIAL_INDEX=NO", desc, ident, NULL};
    *out = GDALDatasetCreateLayer(ds, layer_names[which], geom == wkbNone ? NULL : srs, geom, opts);
    free(desc);
    free(ident);
    if (!*out)
        return trygg__fail(ctx, TRYGG_E_WRITE, "creating layer %s: %s", layer_names[which], CPLGetLastErrorMsg());
    return TRYGG_OK;
}

/* Shoelace area of ring vertices [a, b) of interleaved xy. */
static double ring_area(const double *xy, size_t a, size_t b)
{
    double s = 0;
    for (size_t v = a; v + 1 < b; v++)
        s += xy[2 * v] * xy[2 * v + 3] - xy[2 * v + 2] * xy[2 * v + 1];
    return fabs(s) / 2.0;
}

/* The cell as an OGR Polygon: its only part, or, for a cell the study area cut in two, its
 * largest part (grid_cells is a Polygon layer; area_km2 still counts every part). */
static OGRGeometryH cell_polygon(const trygg_grid_cell *c)
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
    OGRGeometryH poly = OGR_G_CreateGeometry(wkbPolygon);
    size_t r0 = best ? c->part_end[best - 1] : 0, r1 = c->part_end[best];
    for (size_t r = r0; r < r1; r++) {
        size_t v0 = r ? c->ring_end[r - 1] : 0, v1 = c->ring_end[r];
        OGRGeometryH ring = OGR_G_CreateGeometry(wkbLinearRing);
        OGR_G_SetPoints(ring, (int)(v1 - v0), c->xy + 2 * v0, 2 * sizeof(double), c->xy + 2 * v0 + 1,
                        2 * sizeof(double), NULL, 0);
        OGR_G_AddGeometryDirectly(poly, ring);
    }
    return poly;
}

static trygg_status begin(trygg_ctx *ctx, GDALDatasetH ds, const char *layer)
{
    if (GDALDatasetStartTransaction(ds, FALSE) != OGRERR_NONE)
        return trygg__fail(ctx, TRYGG_E_WRITE, "%s: cannot start a transaction: %s", layer, CPLGetLastErrorMsg());
    return TRYGG_OK;
}

static trygg_status commit(trygg_ctx *ctx, GDALDatasetH ds, const char *layer)
{
    if (GDALDatasetCommitTransaction(ds) != OGRERR_NONE)
        return trygg__fail(ctx, TRYGG_E_WRITE, "%s: commit failed: %s", layer, CPLGetLastErrorMsg());
    return TRYGG_OK;
}

static trygg_status write_cells(trygg_ctx *ctx, GDALDatasetH ds, OGRSpatialReferenceH srs,
                                const trygg_hotspot_result *r)
{
    trygg_status st;
    OGRLayerH lyr;
    OGRFeatureH f = NULL;
    bool in_tx = false;
    if ((st = create_layer(ctx, ds, srs, 0, wkbPolygon, &lyr)) != TRYGG_OK)
        return st;
    if ((st = add_field(ctx, lyr, "grid_cells", "cell_id", OFTInteger64)) != TRYGG_OK ||
        (st = add_field(ctx, lyr, "grid_cells", "area_km2", OFTReal)) != TRYGG_OK ||
        (st = add_field(ctx, lyr, "grid_cells", "n_places", OFTInteger)) != TRYGG_OK)
        return st;
    for (int c = 0; c < NCAT; c++)
        for (int k = 0; k < GC_PER_CAT; k++) {
            char name[64];
            snprintf(name, sizeof name, "%s%s", cat_fields[k].prefix, trygg_category_name((trygg_category)c));
            if ((st = add_field(ctx, lyr, "grid_cells", name, cat_fields[k].type)) != TRYGG_OK)
                return st;
        }
    for (int k = 0; k < 4; k++)
        if ((st = add_field(ctx, lyr, "grid_cells", score_fields[k], OFTReal)) != TRYGG_OK)
            return st;
    if (!r || !r->grid)
        return TRYGG_OK;
    if ((st = begin(ctx, ds, "grid_cells")) != TRYGG_OK)
        return st;
    in_tx = true;
    f = OGR_F_Create(OGR_L_GetLayerDefn(lyr));
    for (size_t i = 0; i < r->ncells; i++) {
        const trygg_grid_cell *cell = trygg_grid_cell_get(r->grid, i);
        OGR_F_SetGeometryDirectly(f, cell_polygon(cell));
        OGR_F_SetFID(f, (GIntBig)(i + 1));
        OGR_F_SetFieldInteger64(f, 0, (GIntBig)(i + 1));
        set_real(f, 1, cell->area_m2 / 1e6, 1e6);
        OGR_F_SetFieldInteger(f, 2, (int)r->n_places[i]);
        for (int c = 0; c < NCAT; c++) {
            size_t k = i * NCAT + (size_t)c;
            bool an = r->analysed[c];
            OGR_F_SetFieldInteger(f, GC_FIELD(c, GC_N), (int)r->count[k]);
            set_real(f, GC_FIELD(c, GC_KDE), an ? r->kde[k] : NAN, 100.0);
            set_real(f, GC_FIELD(c, GC_GI_Z), an ? r->gi_z[k] : NAN, 1000.0);
            set_p_value(f, GC_FIELD(c, GC_GI_P), an ? r->gi_p[k] : NAN);
            if (an)
                OGR_F_SetFieldString(f, GC_FIELD(c, GC_HOTSPOT), trygg_hotspot_class_name(r->cls[k]));
            else
                OGR_F_SetFieldNull(f, GC_FIELD(c, GC_HOTSPOT));
            if (an && r->have_periods) {
                OGR_F_SetFieldString(f, GC_FIELD(c, GC_TREND),
                                     trygg_trend_name(r->trend[k], r->count_a[k], r->count_b[k]));
                set_real(f, GC_FIELD(c, GC_CHANGE), r->change[k], 100.0);
                set_real(f, GC_FIELD(c, GC_TREND_P), r->trend_p[k], 1e6);
            } else {
                OGR_F_SetFieldNull(f, GC_FIELD(c, GC_TREND));
                OGR_F_SetFieldNull(f, GC_FIELD(c, GC_CHANGE));
                OGR_F_SetFieldNull(f, GC_FIELD(c, GC_TREND_P));
            }
            const char *em = an && r->emerging ? trygg_emerging_name(r->emerging[k]) : NULL;
            if (em)
                OGR_F_SetFieldString(f, GC_FIELD(c, GC_EMERGING), em);
            else if (an && r->emerging)
                OGR_F_SetFieldString(f, GC_FIELD(c, GC_EMERGING), "no pattern");
            else
                OGR_F_SetFieldNull(f, GC_FIELD(c, GC_EMERGING));
        }
        for (int k = 0; k < 4; k++)
            set_real(f, GC_SCORE0 + k, r->mean_scores[i * 4 + (size_t)k], 100.0);
        if (OGR_L_CreateFeature(lyr, f) != OGRERR_NONE) {
            st = trygg__fail(ctx, TRYGG_E_WRITE, "grid_cells feature %zu: %s", i + 1, CPLGetLastErrorMsg());
            goto done;
        }
    }
    in_tx = false;
    st = commit(ctx, ds, "grid_cells");
done:
    if (in_tx)
        GDALDatasetRollbackTransaction(ds);
    if (f)
        OGR_F_Destroy(f);
    return st;
}

static const char *confidence_name(int cls)
{
    static const char *const names[4] = {NULL, "90 %", "95 %", "99 %"};
    return cls >= 1 && cls <= 3 ? names[cls] : NULL;
}

static trygg_status write_hotspots(trygg_ctx *ctx, GDALDatasetH ds, OGRSpatialReferenceH srs,
                                   const trygg_hotspot_result *r)
{
    trygg_status st;
    OGRLayerH lyr;
    OGRFeatureH f = NULL;
    bool in_tx = false;
    unsigned char *wkb = NULL;
    if ((st = create_layer(ctx, ds, srs, 1, wkbMultiPolygon, &lyr)) != TRYGG_OK)
        return st;
    for (int k = 0; k < H_NFIELDS; k++)
        if ((st = add_field(ctx, lyr, "hotspots", hotspot_fields[k].name, hotspot_fields[k].type)) != TRYGG_OK)
            return st;
    if (!r || r->nhotspots == 0)
        return TRYGG_OK;
    if ((st = begin(ctx, ds, "hotspots")) != TRYGG_OK)
        return st;
    in_tx = true;
    f = OGR_F_Create(OGR_L_GetLayerDefn(lyr));
    for (size_t i = 0; i < r->nhotspots; i++) {
        const trygg_hotspot *h = &r->hotspots[i];
        size_t sz = 0;
        free(wkb);
        wkb = GEOSGeomToWKB_buf_r(r->geos, h->geom, &sz);
        OGRGeometryH g = NULL;
        if (!wkb || OGR_G_CreateFromWkb(wkb, NULL, &g, (int)sz) != OGRERR_NONE) {
            st = trygg__fail(ctx, TRYGG_E_WRITE, "hotspots feature %zu: geometry cannot be encoded", i + 1);
            goto done;
        }
        OGR_F_SetGeometryDirectly(f, OGR_G_ForceToMultiPolygon(g));
        OGR_F_SetFID(f, (GIntBig)(i + 1));
        OGR_F_SetFieldInteger64(f, H_ID, (GIntBig)(i + 1));
        OGR_F_SetFieldString(f, H_CATEGORY, trygg_category_name(h->category));
        OGR_F_SetFieldString(f, H_CONFIDENCE, confidence_name(h->confidence));
        OGR_F_SetFieldString(f, H_PEAK_CONFIDENCE, confidence_name(h->peak_confidence));
        OGR_F_SetFieldInteger(f, H_CELLS, (int)h->ncells);
        OGR_F_SetFieldInteger(f, H_INCIDENTS, (int)h->incidents);
        set_real(f, H_AREA_KM2, h->area_m2 / 1e6, 1e6);
        set_real(f, H_SHARE, h->share_incidents, 1e4);
        set_real(f, H_PAI, h->pai, 100.0);
        set_real(f, H_STREET_KM, h->street_m / 1000.0, 1000.0);
        set_real(f, H_PAI_LENGTH, h->pai_length, 100.0);
        OGR_F_SetFieldString(f, H_PEAK_HOURS, h->peak_hours);
        if (r->have_periods) {
            OGR_F_SetFieldInteger(f, H_N_A, (int)h->n_a);
            OGR_F_SetFieldInteger(f, H_N_B, (int)h->n_b);
            OGR_F_SetFieldString(f, H_TREND, trygg_trend_name(h->trend, h->n_a, h->n_b));
            set_real(f, H_TREND_P, h->trend_p, 1e6);
        } else {
            for (int k = H_N_A; k <= H_TREND_P; k++)
                OGR_F_SetFieldNull(f, k);
        }
        if (OGR_L_CreateFeature(lyr, f) != OGRERR_NONE) {
            st = trygg__fail(ctx, TRYGG_E_WRITE, "hotspots feature %zu: %s", i + 1, CPLGetLastErrorMsg());
            goto done;
        }
    }
    in_tx = false;
    st = commit(ctx, ds, "hotspots");
done:
    if (in_tx)
        GDALDatasetRollbackTransaction(ds);
    if (f)
        OGR_F_Destroy(f);
    if (wkb)
        GEOSFree_r(r->geos, wkb);
    return st;
}

static const char *const day_names[7] = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};

static trygg_status profile_rows(trygg_ctx *ctx, OGRLayerH lyr, OGRFeatureH f, GIntBig *fid, const char *scope,
                                 GIntBig hotspot_id, trygg_category cat, const unsigned *hours)
{
    for (int h = 0; h < TRYGG_HOURS_OF_WEEK; h++) {
        OGR_F_SetFID(f, ++*fid);
        OGR_F_SetFieldString(f, T_SCOPE, scope);
        if (hotspot_id > 0)
            OGR_F_SetFieldInteger64(f, T_HOTSPOT_ID, hotspot_id);
        else
            OGR_F_SetFieldNull(f, T_HOTSPOT_ID);
        OGR_F_SetFieldString(f, T_CATEGORY, trygg_category_name(cat));
        OGR_F_SetFieldInteger(f, T_HOUR_OF_WEEK, h);
        OGR_F_SetFieldString(f, T_WEEKDAY, day_names[h / 24]);
        OGR_F_SetFieldInteger(f, T_HOUR, h % 24);
        OGR_F_SetFieldInteger(f, T_COUNT, (int)hours[h]);
        if (OGR_L_CreateFeature(lyr, f) != OGRERR_NONE)
            return trygg__fail(ctx, TRYGG_E_WRITE, "temporal_profiles row %lld: %s", (long long)*fid,
                               CPLGetLastErrorMsg());
    }
    return TRYGG_OK;
}

static trygg_status write_profiles(trygg_ctx *ctx, GDALDatasetH ds, const trygg_hotspot_result *r)
{
    trygg_status st;
    OGRLayerH lyr;
    OGRFeatureH f = NULL;
    bool in_tx = false;
    GIntBig fid = 0;
    if ((st = create_layer(ctx, ds, NULL, 2, wkbNone, &lyr)) != TRYGG_OK)
        return st;
    for (int k = 0; k < T_NFIELDS; k++)
        if ((st = add_field(ctx, lyr, "temporal_profiles", profile_fields[k].name, profile_fields[k].type)) !=
            TRYGG_OK)
            return st;
    if (!r || !r->grid)
        return TRYGG_OK;
    if ((st = begin(ctx, ds, "temporal_profiles")) != TRYGG_OK)
        return st;
    in_tx = true;
    f = OGR_F_Create(OGR_L_GetLayerDefn(lyr));
    for (int c = 0; c < NCAT; c++)
        if (r->analysed[c] &&
            (st = profile_rows(ctx, lyr, f, &fid, "area", 0, (trygg_category)c, r->area_hours[c])) != TRYGG_OK)
            goto done;
    for (size_t h = 0; h < r->nhotspots; h++)
        if ((st = profile_rows(ctx, lyr, f, &fid, "hotspot", (GIntBig)(h + 1), r->hotspots[h].category,
                               r->hotspots[h].hours)) != TRYGG_OK)
            goto done;
    in_tx = false;
    st = commit(ctx, ds, "temporal_profiles");
done:
    if (in_tx)
        GDALDatasetRollbackTransaction(ds);
    if (f)
        OGR_F_Destroy(f);
    return st;
}

trygg_status trygg__grid_layers_write(trygg_ctx *ctx, GDALDatasetH ds, OGRSpatialReferenceH srs,
                                      const trygg_output *out, const char *styles_dir,
                                      trygg__style_row rows[TRYGG__GRID_LAYERS], char *qml[TRYGG__GRID_LAYERS])
{
    trygg_status st;
    for (int l = 0; l < TRYGG__GRID_LAYERS; l++) {
        if ((st = trygg__style_read(ctx, styles_dir, layer_names[l], &qml[l])) != TRYGG_OK)
            return st;
        rows[l] = (trygg__style_row){layer_names[l], l == 2 ? "" : "geom", _(layer_descriptions[l]), qml[l]};
    }
    const trygg_hotspot_result *r = out->hotspots;
    if ((st = write_cells(ctx, ds, srs, r)) != TRYGG_OK || (st = write_hotspots(ctx, ds, srs, r)) != TRYGG_OK ||
        (st = write_profiles(ctx, ds, r)) != TRYGG_OK)
        return st;
    return TRYGG_OK;
}

trygg_status trygg__grid_layers_rtrees(trygg_ctx *ctx, sqlite3 *db, const char *path, const trygg_output *out)
{
    trygg_status st;
    const trygg_hotspot_result *r = out->hotspots;
    size_t nc = r && r->grid ? r->ncells : 0, nh = r ? r->nhotspots : 0;
    trygg__rtree_box *b = trygg__xmalloc((nc > nh ? nc : nh ? nh : 1) * sizeof *b);
    for (size_t i = 0; i < nc; i++) {
        const trygg_grid_cell *c = trygg_grid_cell_get(r->grid, i);
        /* the box of the part written (cell_polygon); every part lies within the whole cell's box */
        OGRGeometryH g = cell_polygon(c);
        OGREnvelope e;
        OGR_G_GetEnvelope(g, &e);
        OGR_G_DestroyGeometry(g);
        b[i] = (trygg__rtree_box){(int64_t)i + 1, e.MinX, e.MaxX, e.MinY, e.MaxY};
    }
    if ((st = trygg__gpkg_rtree_build(ctx, db, path, "grid_cells", "geom", "fid", b, nc)) != TRYGG_OK)
        goto done;
    for (size_t i = 0; i < nh; i++) {
        double x0 = 0, y0 = 0, x1 = 0, y1 = 0;
        GEOSGeom_getXMin_r(r->geos, r->hotspots[i].geom, &x0);
        GEOSGeom_getYMin_r(r->geos, r->hotspots[i].geom, &y0);
        GEOSGeom_getXMax_r(r->geos, r->hotspots[i].geom, &x1);
        GEOSGeom_getYMax_r(r->geos, r->hotspots[i].geom, &y1);
        b[i] = (trygg__rtree_box){(int64_t)i + 1, x0, x1, y0, y1};
    }
    st = trygg__gpkg_rtree_build(ctx, db, path, "hotspots", "geom", "fid", b, nh);
done:
    free(b);
    return st;
}
