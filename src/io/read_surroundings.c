/*
 * Readers of the surroundings layers: buildings (polygons) and points of interest, from any
 * GDAL source, with OpenStreetMap defaults (GDAL's OSM driver assembles ways and multipolygon
 * relations into the `multipolygons` layer; tags without a column of their own are in the
 * `other_tags` hstore string).
 *
 * Like the other readers, features that cannot be used are counted in the report with their
 * reason and first example, never fatal; the layer fails as a whole only when nothing is
 * usable.
 */
#include <math.h>
#include <ogr_api.h>
#include <stdlib.h>
#include <string.h>

#include "core/i18n.h"
#include "core/internal.h"
#include "geom/crs_internal.h"
#include "io/read_internal.h"
#include "io/surroundings.h"

static void reject_where(trygg__reader *rd, const char *reason, int64_t fid)
{
    char where[64];
    trygg__reader_where(rd, fid, where, sizeof where);
    trygg_input_report_reject(rd->report, reason, "%s", where);
}

/* A whole-layer failure when nothing was usable. */
static trygg_status fail_unusable(trygg__reader *rd, const char *want)
{
    trygg_input_report *r = rd->report;
    if (rd->gdal_msg[0])
        return trygg__fail(rd->ctx, TRYGG_E_IO, "%s: layer %s: reading failed after %zu features: %s", rd->source,
                           rd->layer_name, r->read, rd->gdal_msg);
    if (r->read == 0)
        return trygg__fail(rd->ctx, TRYGG_E_EMPTY, "%s: layer %s has no %s features for the %s layer", rd->source,
                           rd->layer_name, want, rd->role_name);
    return trygg__fail(rd->ctx, TRYGG_E_EMPTY, "%s: layer %s: none of %zu features is usable as %s (first problem: %s %s)",
                       rd->source, rd->layer_name, r->read, want, r->nreasons ? r->reasons[0].reason : _("none"),
                       r->nreasons ? r->reasons[0].example : "");
}

/* ---------------------------------------------------------------- kinds */

static bool in_list(const char *v, const char *const *list)
{
    for (size_t i = 0; list[i]; i++)
        if (trygg__streq_ci(v, list[i]))
            return true;
    return false;
}

/* OSM values by trygg kind. Sources: https://wiki.openstreetmap.org/wiki/Key:amenity,
 * Key:shop, Key:leisure, Key:public_transport, Tag:highway=bus_stop, Tag:railway=tram_stop. */
static const char *const v_bar[] = {"bar", "pub", "nightclub", "biergarten", "stripclub", NULL};
static const char *const v_fast_food[] = {"fast_food", "kiosk", NULL}; /* take-away food and kiosks */
static const char *const v_restaurant[] = {"restaurant", "food_court", NULL};
static const char *const v_cafe[] = {"cafe", "coffee", NULL};
static const char *const v_basket[] = {"waste_basket", "waste basket", "litter_bin", "bin", NULL};
static const char *const v_school[] = {"school", NULL};
static const char *const v_youth[] = {"youth_centre", "playground", "pitch", "sports_centre", "skatepark",
                                      "stadium", "track", "fitness_station", "sports_hall", "ice_rink",
                                      "water_park", "swimming_pool", "youth centre", NULL};
static const char *const v_transit[] = {"bus_stop", "tram_stop", "station", "halt", "platform", "bus_station",
                                        "subway_entrance", "stop", NULL};
/* Street furniture and facilities tagged amenity=* that bring nobody to the street. */
static const char *const v_furniture[] = {"bench", "bicycle_parking", "parking", "parking_entrance",
                                          "parking_space", "motorcycle_parking", "post_box", "telephone",
                                          "vending_machine", "waste_disposal", "recycling", "drinking_water",
                                          "clock", "grit_bin", "shelter", "atm", "loading_dock",
                                          "charging_station", "bicycle_rental", "fountain", "toilets", NULL};

bool trygg_poi_kind_from_value(const char *v, trygg_poi_kind *out)
{
    if (!v || !*v)
        return false;
    if (trygg_poi_kind_from_name(v, out))
        return true;
    static const struct {
        const char *const *values;
        trygg_poi_kind kind;
    } map[] = {
        {v_bar, TRYGG_POI_BAR},          {v_fast_food, TRYGG_POI_FAST_FOOD}, {v_restaurant, TRYGG_POI_RESTAURANT},
        {v_cafe, TRYGG_POI_CAFE},        {v_basket, TRYGG_POI_WASTE_BASKET}, {v_school, TRYGG_POI_SCHOOL},
        {v_youth, TRYGG_POI_YOUTH},      {v_transit, TRYGG_POI_TRANSIT},
    };
    for (size_t i = 0; i < sizeof map / sizeof map[0]; i++)
        if (in_list(v, map[i].values)) {
            *out = map[i].kind;
            return true;
        }
    return false;
}

static bool set(const char *v) { return v && *v && !trygg__streq_ci(v, "no"); }

bool trygg_poi_kind_from_tags(const char *amenity, const char *shop, const char *leisure, const char *highway,
                              const char *railway, const char *public_transport, trygg_poi_kind *out)
{
    /* The most specific tag first: amenity names what the place is for. */
    if (set(amenity)) {
        if (in_list(amenity, v_bar) || in_list(amenity, v_fast_food) || in_list(amenity, v_restaurant) ||
            in_list(amenity, v_cafe) || in_list(amenity, v_basket) || in_list(amenity, v_school) ||
            trygg__streq_ci(amenity, "youth_centre") || trygg__streq_ci(amenity, "bus_station"))
            return trygg_poi_kind_from_value(amenity, out);
        if (!in_list(amenity, v_furniture)) {
            *out = TRYGG_POI_OTHER;
            return true;
        }
    }
    if (set(shop) && !trygg__streq_ci(shop, "vacant")) {
        *out = trygg__streq_ci(shop, "kiosk") ? TRYGG_POI_FAST_FOOD : TRYGG_POI_SHOP;
        return true;
    }
    /* Transit: the stop where people wait. public_transport=stop_position is the point on the
     * road where the vehicle halts, mapped beside the platform: not counted twice. */
    if ((highway && trygg__streq_ci(highway, "bus_stop")) ||
        (railway && (trygg__streq_ci(railway, "tram_stop") || trygg__streq_ci(railway, "station") ||
                     trygg__streq_ci(railway, "halt"))) ||
        (public_transport && (trygg__streq_ci(public_transport, "platform") ||
                              trygg__streq_ci(public_transport, "station")))) {
        *out = TRYGG_POI_TRANSIT;
        return true;
    }
    if (set(leisure)) {
        *out = in_list(leisure, v_youth) ? TRYGG_POI_YOUTH : TRYGG_POI_OTHER;
        return true;
    }
    return false;
}

/* ---------------------------------------------------------------- buildings */

/* One polygon in source coordinates while the layer is read. */
typedef struct {
    double *xy;
    size_t *ring_end;
    size_t nrings, nv;
    int64_t gfid;
} raw_polygon;

static void raw_free(raw_polygon *p)
{
    free(p->xy);
    free(p->ring_end);
}

/* Append the rings of an OGR polygon, closing rings left open. False when a ring has fewer
 * than 3 distinct vertices. */
static bool polygon_rings(OGRGeometryH poly, raw_polygon *rp)
{
    int nr = OGR_G_GetGeometryCount(poly);
    size_t cap = 0;
    for (int r = 0; r < nr; r++)
        cap += (size_t)OGR_G_GetPointCount(OGR_G_GetGeometryRef(poly, r)) + 1;
    rp->xy = trygg__xmalloc(2 * (cap ? cap : 1) * sizeof *rp->xy);
    rp->ring_end = trygg__xmalloc((size_t)(nr ? nr : 1) * sizeof *rp->ring_end);
    rp->nv = rp->nrings = 0;
    for (int r = 0; r < nr; r++) {
        OGRGeometryH ring = OGR_G_GetGeometryRef(poly, r);
        int np = OGR_G_GetPointCount(ring);
        if (np < 3)
            return false;
        double *dst = rp->xy + 2 * rp->nv;
        OGR_G_GetPoints(ring, dst, 2 * sizeof(double), dst + 1, 2 * sizeof(double), NULL, 0);
        size_t n = (size_t)np;
        if (dst[0] != dst[2 * n - 2] || dst[1] != dst[2 * n - 1]) {
            dst[2 * n] = dst[0];
            dst[2 * n + 1] = dst[1];
            n++;
        }
        if (n < 4)
            return false;
        rp->nv += n;
        rp->ring_end[rp->nrings++] = rp->nv;
    }
    return rp->nrings > 0;
}

static GEOSGeometry *to_geos(GEOSContextHandle_t h, const raw_polygon *rp)
{
    GEOSGeometry *shell = NULL, **holes = NULL;
    size_t v0 = 0;
    if (rp->nrings > 1)
        holes = trygg__xmalloc((rp->nrings - 1) * sizeof *holes);
    for (size_t r = 0; r < rp->nrings; r++) {
        size_t v1 = rp->ring_end[r];
        GEOSCoordSequence *cs = GEOSCoordSeq_copyFromBuffer_r(h, rp->xy + 2 * v0, v1 - v0, 0, 0);
        GEOSGeometry *ring = cs ? GEOSGeom_createLinearRing_r(h, cs) : NULL;
        if (r == 0)
            shell = ring;
        else
            holes[r - 1] = ring;
        v0 = v1;
    }
    GEOSGeometry *g = NULL;
    bool ok = shell != NULL;
    for (size_t r = 1; r < rp->nrings; r++)
        ok = ok && holes[r - 1];
    if (ok) {
        g = GEOSGeom_createPolygon_r(h, shell, holes, (unsigned)(rp->nrings - 1));
    } else {
        if (shell)
            GEOSGeom_destroy_r(h, shell);
        for (size_t r = 1; r < rp->nrings; r++)
            if (holes[r - 1])
                GEOSGeom_destroy_r(h, holes[r - 1]);
    }
    free(holes);
    return g;
}

static void envelope_of(trygg_building *b)
{
    b->env[0] = b->env[1] = INFINITY;
    b->env[2] = b->env[3] = -INFINITY;
    size_t nv = b->nrings ? b->ring_end[b->nrings - 1] : 0;
    for (size_t v = 0; v < nv; v++) {
        b->env[0] = fmin(b->env[0], b->xy[2 * v]);
        b->env[1] = fmin(b->env[1], b->xy[2 * v + 1]);
        b->env[2] = fmax(b->env[2], b->xy[2 * v]);
        b->env[3] = fmax(b->env[3], b->xy[2 * v + 1]);
    }
}

/* Append a GEOS polygon of positive area as a building. */
static void add_geos_polygon(GEOSContextHandle_t h, const GEOSGeometry *poly, int64_t fid, trygg_buildings *out)
{
    double area = 0;
    if (GEOSArea_r(h, poly, &area) != 1 || !(area > 0))
        return;
    int nholes = GEOSGetNumInteriorRings_r(h, poly);
    if (nholes < 0)
        return;
    size_t total = 0;
    for (int r = -1; r < nholes; r++) {
        const GEOSGeometry *ring = r < 0 ? GEOSGetExteriorRing_r(h, poly) : GEOSGetInteriorRingN_r(h, poly, r);
        unsigned np = 0;
        GEOSCoordSeq_getSize_r(h, GEOSGeom_getCoordSeq_r(h, ring), &np);
        total += np;
    }
    trygg_building *b = trygg_buildings_push(out);
    b->xy = trygg__xmalloc(2 * (total ? total : 1) * sizeof *b->xy);
    b->ring_end = trygg__xmalloc((size_t)(nholes + 1) * sizeof *b->ring_end);
    size_t nv = 0;
    for (int r = -1; r < nholes; r++) {
        const GEOSGeometry *ring = r < 0 ? GEOSGetExteriorRing_r(h, poly) : GEOSGetInteriorRingN_r(h, poly, r);
        const GEOSCoordSequence *cs = GEOSGeom_getCoordSeq_r(h, ring);
        unsigned np = 0;
        GEOSCoordSeq_getSize_r(h, cs, &np);
        GEOSCoordSeq_copyToBuffer_r(h, cs, b->xy + 2 * nv, 0, 0);
        nv += np;
        b->ring_end[b->nrings++] = nv;
    }
    b->fid = fid;
    envelope_of(b);
}

/* The polygonal parts of a GEOS geometry (MakeValid may return a collection). */
static void add_polygonal(GEOSContextHandle_t h, const GEOSGeometry *g, int64_t fid, trygg_buildings *out)
{
    int t = GEOSGeomTypeId_r(h, g);
    if (t == GEOS_POLYGON) {
        add_geos_polygon(h, g, fid, out);
    } else if (t == GEOS_MULTIPOLYGON || t == GEOS_GEOMETRYCOLLECTION) {
        int n = GEOSGetNumGeometries_r(h, g);
        for (int i = 0; i < n; i++)
            add_polygonal(h, GEOSGetGeometryN_r(h, g, i), fid, out);
    }
}

trygg_status trygg_io_read_buildings(trygg_ctx *ctx, const trygg_config *cfg, const char *working_crs,
                                     trygg_buildings *out, trygg_input_report *report)
{
    trygg_status st;
    trygg__reader rd;
    trygg_buildings tmp = {0};
    raw_polygon *raw = NULL;
    size_t nraw = 0, capraw = 0;
    double *starts = NULL;
    OGRFeatureH f = NULL;
    OGRGeometryH linear = NULL;
    GEOSContextHandle_t h = trygg__geos(ctx);

    if ((st = trygg__reader_open(&rd, ctx, cfg, TRYGG__ROLE_BUILDINGS, working_crs, report)))
        goto done;
    while ((f = trygg__reader_next(&rd)) != NULL) {
        report->read++;
        int64_t gfid = OGR_F_GetFID(f);
        OGRGeometryH g = OGR_F_GetGeometryRef(f);
        if (!g || OGR_G_IsEmpty(g)) {
            reject_where(&rd, _("empty geometry"), gfid);
            goto next;
        }
        OGRwkbGeometryType t = wkbFlatten(OGR_G_GetGeometryType(g));
        if (t == wkbCurvePolygon || t == wkbMultiSurface) {
            linear = OGR_G_GetLinearGeometry(g, 0, NULL);
            g = linear;
            t = g ? wkbFlatten(OGR_G_GetGeometryType(g)) : wkbUnknown;
        }
        if (t != wkbPolygon && t != wkbMultiPolygon) {
            char reason[128];
            snprintf(reason, sizeof reason, _("wrong geometry type (%s in the buildings layer)"),
                     OGRGeometryTypeToName(t));
            reject_where(&rd, reason, gfid);
            goto next;
        }
        int nparts = t == wkbPolygon ? 1 : OGR_G_GetGeometryCount(g);
        for (int k = 0; k < nparts; k++) {
            OGRGeometryH part = t == wkbPolygon ? g : OGR_G_GetGeometryRef(g, k);
            raw_polygon rp = {0};
            rp.gfid = gfid;
            if (OGR_G_IsEmpty(part) || !polygon_rings(part, &rp)) {
                raw_free(&rp);
                reject_where(&rd, "invalid geometry (a ring with fewer than 3 distinct vertices)", gfid);
                continue;
            }
            trygg__grow((void **)&raw, &capraw, nraw + 1, sizeof *raw);
            raw[nraw++] = rp;
        }
    next:
        OGR_F_Destroy(f);
        f = NULL;
        if (linear) {
            OGR_G_DestroyGeometry(linear);
            linear = NULL;
        }
    }
    if (nraw == 0 || rd.gdal_msg[0]) {
        st = fail_unusable(&rd, _("Polygon or MultiPolygon"));
        goto done;
    }
    starts = trygg__xmalloc(2 * nraw * sizeof *starts);
    for (size_t i = 0; i < nraw; i++) {
        starts[2 * i] = raw[i].xy[0];
        starts[2 * i + 1] = raw[i].xy[1];
    }
    if ((st = trygg__reader_setup_crs(&rd, starts, nraw)))
        goto done;

    size_t kept_features = 0;
    int64_t last_kept = INT64_MIN;
    for (size_t i = 0; i < nraw; i++) {
        raw_polygon *rp = &raw[i];
        const char *why = NULL;
        for (size_t v = 0; v < rp->nv && !why; v++)
            why = trygg__reader_source_point_problem(&rd, rp->xy[2 * v], rp->xy[2 * v + 1]);
        if (!why && trygg__transform_xy(rd.ct, rp->xy, rp->nv) > 0)
            why = _("coordinates do not transform to the working CRS");
        for (size_t v = 0; v < rp->nv && !why; v++)
            if (fabs(rp->xy[2 * v]) > 1e8 || fabs(rp->xy[2 * v + 1]) > 1e8)
                why = _("absurd coordinates");
        GEOSGeometry *gg = why ? NULL : to_geos(h, rp);
        if (!why && !gg)
            why = _("invalid geometry (GEOS cannot build the polygon)");
        size_t before = tmp.n;
        if (!why) {
            char valid = GEOSisValid_r(h, gg);
            if (valid == 1) {
                trygg_building *b = trygg_buildings_push(&tmp);
                b->xy = rp->xy;
                b->ring_end = rp->ring_end;
                b->nrings = rp->nrings;
                b->fid = rp->gfid;
                rp->xy = NULL;
                rp->ring_end = NULL;
                envelope_of(b);
            } else {
                /* GEOS MakeValid (the "linework" method) keeps every vertex; the repair is used
                 * when it yields a polygon of positive area (a self-touching ring, a bow tie,
                 * a hole touching the shell), else the polygon is dropped. */
                GEOSGeometry *fixed = GEOSMakeValid_r(h, gg);
                if (fixed) {
                    add_polygonal(h, fixed, rp->gfid, &tmp);
                    GEOSGeom_destroy_r(h, fixed);
                }
                if (tmp.n > before)
                    tmp.repaired++;
                else
                    why = _("invalid polygon that MakeValid cannot repair");
            }
            GEOSGeom_destroy_r(h, gg);
        }
        if (why) {
            reject_where(&rd, why, rp->gfid);
            continue;
        }
        if (rp->gfid != last_kept) {
            kept_features++;
            last_kept = rp->gfid;
        }
    }
    report->kept = kept_features;
    if (tmp.n == 0) {
        st = fail_unusable(&rd, _("Polygon or MultiPolygon"));
        goto done;
    }
    trygg_buildings_fini(out);
    *out = tmp;
    memset(&tmp, 0, sizeof tmp);
done:
    if (f)
        OGR_F_Destroy(f);
    if (linear)
        OGR_G_DestroyGeometry(linear);
    for (size_t i = 0; i < nraw; i++)
        raw_free(&raw[i]);
    free(raw);
    free(starts);
    trygg_buildings_fini(&tmp);
    trygg__reader_close(&rd);
    return st;
}

/* ---------------------------------------------------------------- points of interest */

/* The value of an OSM-style tag: its own column when the layer has one, else other_tags. */
typedef struct {
    int idx[6];   /* amenity, shop, leisure, highway, railway, public_transport */
    int tags_idx; /* other_tags */
} tag_fields;

static const char *const tag_names[6] = {"amenity", "shop", "leisure", "highway", "railway", "public_transport"};

static void tag_fields_of(OGRLayerH layer, tag_fields *tf)
{
    OGRFeatureDefnH defn = OGR_L_GetLayerDefn(layer);
    for (int k = 0; k < 6; k++)
        tf->idx[k] = OGR_FD_GetFieldIndex(defn, tag_names[k]);
    tf->tags_idx = OGR_FD_GetFieldIndex(defn, "other_tags");
}

static bool tag_fields_any(const tag_fields *tf)
{
    for (int k = 0; k < 6; k++)
        if (tf->idx[k] >= 0)
            return true;
    return tf->tags_idx >= 0;
}

static bool kind_from_feature_tags(OGRFeatureH f, const tag_fields *tf, trygg_poi_kind *kind)
{
    char buf[6][128];
    const char *v[6];
    const char *tags = tf->tags_idx >= 0 && OGR_F_IsFieldSetAndNotNull(f, tf->tags_idx)
                           ? OGR_F_GetFieldAsString(f, tf->tags_idx)
                           : NULL;
    for (int k = 0; k < 6; k++) {
        v[k] = NULL;
        if (tf->idx[k] >= 0) {
            if (OGR_F_IsFieldSetAndNotNull(f, tf->idx[k])) {
                snprintf(buf[k], sizeof buf[k], "%s", OGR_F_GetFieldAsString(f, tf->idx[k]));
                v[k] = buf[k];
            }
        } else if (tags && trygg__hstore_get(tags, tag_names[k], buf[k], sizeof buf[k])) {
            v[k] = buf[k];
        }
    }
    return trygg_poi_kind_from_tags(v[0], v[1], v[2], v[3], v[4], v[5], kind);
}

static const char *const names_kind[] = {"kind", "poi_kind", "fclass", "type", "category", NULL};

trygg_status trygg_io_read_pois(trygg_ctx *ctx, const trygg_config *cfg, const char *working_crs, trygg_pois *out,
                                trygg_input_report *report)
{
    trygg_status st;
    trygg__reader rd;
    trygg_pois tmp = {0};
    double *xy = NULL;
    int64_t *gfids = NULL;
    unsigned char *bad = NULL;
    size_t capxy = 0, capfid = 0;
    OGRFeatureH f = NULL;
    OGRLayerH areas = NULL; /* OSM: the multipolygons layer, read along with points */
    tag_fields tf_main, tf_areas;
    int kind_idx = -1;

    if ((st = trygg__reader_open(&rd, ctx, cfg, TRYGG__ROLE_POIS, working_crs, report)))
        goto done;
    if ((st = trygg__reader_field(&rd, rd.lc->field_kind, "kind_field", NULL, &kind_idx)))
        goto done;
    tag_fields_of(rd.layer, &tf_main);
    if (kind_idx < 0 && !tag_fields_any(&tf_main) &&
        (st = trygg__reader_field(&rd, NULL, "kind_field", names_kind, &kind_idx)))
        goto done;
    if (kind_idx < 0 && !tag_fields_any(&tf_main))
        trygg__warn(ctx, "%s: layer %s has no kind field (looked for kind, fclass, type, category and OSM tags; set "
                         "kind_field): every point of interest counts as other",
                    rd.source, rd.layer_name);
    if (rd.osm_poi_areas) {
        /* Shops, restaurants, schools and parks are often mapped as areas: their centroids count
         * too (trygg__reader_open asked the driver for both layers). */
        areas = GDALDatasetGetLayerByName(rd.ds, "multipolygons");
        if (areas) {
            OGR_L_SetAttributeFilter(areas, "amenity IS NOT NULL OR shop IS NOT NULL OR leisure IS NOT NULL");
            tag_fields_of(areas, &tf_areas);
            free(report->layer);
            report->layer = trygg__xstrdup("points+multipolygons");
        }
    }

    for (;;) {
        OGRLayerH from = rd.layer;
        if (rd.is_osm) {
            f = GDALDatasetGetNextFeature(rd.ds, &from, NULL, NULL, NULL);
            if (f && from != rd.layer && (!areas || from != areas)) {
                OGR_F_Destroy(f);
                f = NULL;
                continue;
            }
        } else {
            f = OGR_L_GetNextFeature(rd.layer);
        }
        if (!f)
            break;
        int64_t gfid = OGR_F_GetFID(f);
        trygg_poi_kind kind = TRYGG_POI_OTHER;
        const tag_fields *tf = from == areas && areas ? &tf_areas : &tf_main;
        if (kind_idx >= 0 && from == rd.layer) {
            const char *v = OGR_F_IsFieldSetAndNotNull(f, kind_idx) ? OGR_F_GetFieldAsString(f, kind_idx) : NULL;
            if (!trygg_poi_kind_from_value(v, &kind))
                kind = TRYGG_POI_OTHER;
        } else if (tag_fields_any(tf)) {
            /* OSM-style tags: features of no interest (a traffic signal node) are not points of
             * interest at all, and not counted as read. */
            if (!kind_from_feature_tags(f, tf, &kind))
                goto next;
        }
        report->read++;
        OGRGeometryH g = OGR_F_GetGeometryRef(f);
        if (!g || OGR_G_IsEmpty(g)) {
            reject_where(&rd, _("empty geometry"), gfid);
            goto next;
        }
        OGRwkbGeometryType t = wkbFlatten(OGR_G_GetGeometryType(g));
        double px[1], py[1];
        if (t == wkbPoint) {
            px[0] = OGR_G_GetX(g, 0);
            py[0] = OGR_G_GetY(g, 0);
        } else if (t == wkbPolygon || t == wkbMultiPolygon || t == wkbMultiPoint || t == wkbCurvePolygon ||
                   t == wkbMultiSurface) {
            /* An area (or a group of points) counts once, at its centroid (computed in the source
             * CRS: over a building's extent the difference from the projected one is centimetres).
             * A degenerate ring (a relation cut at an extract's edge) has none: GEOS says so through
             * GDAL's error handler, and the centre of its bounding box stands in. */
            OGRGeometryH c = OGR_G_CreateGeometry(wkbPoint);
            bool earlier_failure = rd.gdal_msg[0] != '\0'; /* kept: it fails the layer below */
            if (OGR_G_Centroid(g, c) == OGRERR_NONE && (earlier_failure || !rd.gdal_msg[0]) && !OGR_G_IsEmpty(c)) {
                px[0] = OGR_G_GetX(c, 0);
                py[0] = OGR_G_GetY(c, 0);
            } else {
                OGREnvelope e;
                OGR_G_GetEnvelope(g, &e);
                px[0] = 0.5 * (e.MinX + e.MaxX);
                py[0] = 0.5 * (e.MinY + e.MaxY);
            }
            if (!earlier_failure)
                rd.gdal_msg[0] = '\0';
            OGR_G_DestroyGeometry(c);
        } else {
            char reason[128];
            snprintf(reason, sizeof reason, _("wrong geometry type (%s in the pois layer)"), OGRGeometryTypeToName(t));
            reject_where(&rd, reason, gfid);
            goto next;
        }
        trygg_poi *q = trygg_pois_push(&tmp);
        q->kind = kind;
        q->fid = gfid;
        trygg__grow((void **)&xy, &capxy, tmp.n, 2 * sizeof *xy);
        trygg__grow((void **)&gfids, &capfid, tmp.n, sizeof *gfids);
        xy[2 * (tmp.n - 1)] = px[0];
        xy[2 * (tmp.n - 1) + 1] = py[0];
        gfids[tmp.n - 1] = gfid;
    next:
        OGR_F_Destroy(f);
        f = NULL;
    }
    if (tmp.n == 0 || rd.gdal_msg[0]) {
        st = fail_unusable(&rd, "Point (or area)");
        goto done;
    }
    if ((st = trygg__reader_setup_crs(&rd, xy, tmp.n)))
        goto done;
    bad = trygg__xcalloc(tmp.n, 1);
    trygg__reader_transform_points(&rd, xy, tmp.n, gfids, bad);
    size_t kept = 0;
    for (size_t i = 0; i < tmp.n; i++) {
        if (bad[i])
            continue;
        trygg_poi q = tmp.v[i];
        q.x = xy[2 * i];
        q.y = xy[2 * i + 1];
        tmp.v[kept++] = q;
    }
    tmp.n = kept;
    report->kept = kept;
    if (kept == 0) {
        st = fail_unusable(&rd, "Point (or area)");
        goto done;
    }
    trygg_pois_fini(out);
    *out = tmp;
    memset(&tmp, 0, sizeof tmp);
done:
    if (f)
        OGR_F_Destroy(f);
    trygg_pois_fini(&tmp);
    free(xy);
    free(gfids);
    free(bad);
    trygg__reader_close(&rd);
    return st;
}
