/*
 * Readers of the surroundings layers: buildings (polygons) and points of interest, from any
 * GDAL source, with OpenStreetMap defaults (GDAL's OSM driver assembles ways and multipolygon
 * relations into the `multipolygons` layer; tags without a column of their own are in the
 * `other_tags` hstore string).
 *
 * Each is a callback of the read driver (read_layer.c): features that cannot be used are counted
 * in the report with their reason and first example, never fatal; the layer fails as a whole only
 * when nothing is usable.
 */
#include <math.h>
#include <ogr_api.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include "core/i18n.h"
#include "core/internal.h"
#include "io/read_internal.h"
#include "io/surroundings.h"

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

static GEOSGeometry *to_geos(GEOSContextHandle_t h, const trygg__geom *p)
{
    GEOSGeometry *shell = NULL, **holes = NULL;
    size_t v0 = 0;
    if (p->nrings > 1)
        holes = trygg__xmalloc((p->nrings - 1) * sizeof *holes);
    for (size_t r = 0; r < p->nrings; r++) {
        size_t v1 = p->ring_end[r];
        GEOSCoordSequence *cs = GEOSCoordSeq_copyFromBuffer_r(h, p->xy + 2 * v0, v1 - v0, 0, 0);
        GEOSGeometry *ring = cs ? GEOSGeom_createLinearRing_r(h, cs) : NULL;
        if (r == 0)
            shell = ring;
        else
            holes[r - 1] = ring;
        v0 = v1;
    }
    GEOSGeometry *g = NULL;
    bool ok = shell != NULL;
    for (size_t r = 1; r < p->nrings; r++)
        ok = ok && holes[r - 1];
    if (ok) {
        g = GEOSGeom_createPolygon_r(h, shell, holes, (unsigned)(p->nrings - 1));
    } else {
        if (shell)
            GEOSGeom_destroy_r(h, shell);
        for (size_t r = 1; r < p->nrings; r++)
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

typedef struct {
    trygg_buildings out;
    int64_t last_kept; /* the last feature with a building kept */
} buildings_read;

/* One polygon of a building feature, with its rings in the working CRS. */
static void building_polygon(trygg__reader *rd, OGRFeatureH f, const trygg__geom *p, void *user)
{
    (void)f;
    buildings_read *br = user;
    GEOSContextHandle_t h = trygg__geos(rd->ctx);
    GEOSGeometry *gg = to_geos(h, p);
    if (!gg) {
        trygg__reader_reject(rd, _("invalid geometry (GEOS cannot build the polygon)"), p->gfid);
        return;
    }
    size_t before = br->out.n;
    if (GEOSisValid_r(h, gg) == 1) {
        trygg_building *b = trygg_buildings_push(&br->out);
        b->xy = trygg__xmalloc(2 * p->n * sizeof *b->xy);
        memcpy(b->xy, p->xy, 2 * p->n * sizeof *b->xy);
        b->ring_end = trygg__xmalloc(p->nrings * sizeof *b->ring_end);
        memcpy(b->ring_end, p->ring_end, p->nrings * sizeof *b->ring_end);
        b->nrings = p->nrings;
        b->fid = p->gfid;
        envelope_of(b);
    } else {
        /* GEOS MakeValid (the "linework" method) keeps every vertex; the repair is used when it
         * yields a polygon of positive area (a self-touching ring, a bow tie, a hole touching the
         * shell), else the polygon is dropped. */
        GEOSGeometry *fixed = GEOSMakeValid_r(h, gg);
        if (fixed) {
            add_polygonal(h, fixed, p->gfid, &br->out);
            GEOSGeom_destroy_r(h, fixed);
        }
        if (br->out.n > before)
            br->out.repaired++;
    }
    GEOSGeom_destroy_r(h, gg);
    if (br->out.n == before) {
        trygg__reader_reject(rd, _("invalid polygon that MakeValid cannot repair"), p->gfid);
        return;
    }
    if (p->gfid != br->last_kept) {
        rd->kept++;
        br->last_kept = p->gfid;
    }
}

static trygg_status buildings_begin(trygg__reader *rd, void *user)
{
    (void)rd;
    ((buildings_read *)user)->last_kept = INT64_MIN;
    return TRYGG_OK;
}

static void buildings_fini(void *user)
{
    buildings_read *br = user;
    trygg_buildings_fini(&br->out);
    br->last_kept = INT64_MIN;
}

static const trygg__read_kind buildings_kind = {
    .role = TRYGG__ROLE_BUILDINGS, .geom = TRYGG__GEOM_POLYGONS, .want = N_("Polygon or MultiPolygon"),
    .first_problem = true, .begin = buildings_begin, .feature = building_polygon,
    .size = sizeof(buildings_read), .result_size = sizeof(trygg_buildings), .fini = buildings_fini,
};

trygg_status trygg_io_read_buildings(trygg_ctx *ctx, const trygg_config *cfg, const char *working_crs,
                                     trygg_buildings *out, trygg_input_report *report)
{
    return trygg__read_input(ctx, cfg, working_crs, report, &buildings_kind, out);
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

typedef struct {
    trygg_pois out;
    tag_fields tf_main, tf_areas;
    int kind_idx;
} pois_read;

static trygg_status pois_begin(trygg__reader *rd, void *user)
{
    pois_read *pr = user;
    trygg_status st;
    pr->kind_idx = rd->field[0];
    tag_fields_of(rd->layer, &pr->tf_main);
    if (pr->kind_idx < 0 && !tag_fields_any(&pr->tf_main) &&
        (st = trygg__reader_field(rd, NULL, "kind_field", names_kind, &pr->kind_idx)))
        return st;
    if (pr->kind_idx < 0 && !tag_fields_any(&pr->tf_main))
        trygg__warn(rd->ctx,
                    "%s: layer %s has no kind field (looked for kind, fclass, type, category and OSM tags; set "
                    "kind_field): every point of interest counts as other",
                    rd->source, rd->layer_name);
    if (rd->osm_poi_areas) {
        /* Shops, restaurants, schools and parks are often mapped as areas: their centroids count
         * too (trygg__reader_open asked the driver for both layers). */
        rd->also = GDALDatasetGetLayerByName(rd->ds, "multipolygons");
        if (rd->also) {
            OGR_L_SetAttributeFilter(rd->also, "amenity IS NOT NULL OR shop IS NOT NULL OR leisure IS NOT NULL");
            tag_fields_of(rd->also, &pr->tf_areas);
            free(rd->report->layer);
            rd->report->layer = trygg__xstrdup("points+multipolygons");
        }
    }
    return TRYGG_OK;
}

/* The kind of a point of interest (the tag). OSM-style tags: features of no interest (a
 * traffic signal node) are not points of interest at all, and not counted as read. */
static bool poi_wanted(trygg__reader *rd, OGRFeatureH f, int *tag, void *user)
{
    pois_read *pr = user;
    trygg_poi_kind kind = TRYGG_POI_OTHER;
    const tag_fields *tf = rd->also && rd->from == rd->also ? &pr->tf_areas : &pr->tf_main;
    if (pr->kind_idx >= 0 && rd->from == rd->layer) {
        const char *v = OGR_F_IsFieldSetAndNotNull(f, pr->kind_idx) ? OGR_F_GetFieldAsString(f, pr->kind_idx) : NULL;
        if (!trygg_poi_kind_from_value(v, &kind))
            kind = TRYGG_POI_OTHER;
    } else if (tag_fields_any(tf) && !kind_from_feature_tags(f, tf, &kind)) {
        return false;
    }
    *tag = (int)kind;
    return true;
}

static void poi_feature(trygg__reader *rd, OGRFeatureH f, const trygg__geom *g, void *user)
{
    (void)f;
    pois_read *pr = user;
    trygg_poi *q = trygg_pois_push(&pr->out);
    q->kind = (trygg_poi_kind)g->tag;
    q->fid = g->gfid;
    q->x = g->xy[0];
    q->y = g->xy[1];
    rd->kept++;
}

static void pois_fini(void *user) { trygg_pois_fini(&((pois_read *)user)->out); }

static const trygg__field poi_fields[] = {{.input = offsetof(trygg_layer_config, field_kind), .option = "kind_field"}};

static const trygg__read_kind pois_kind = {
    .role = TRYGG__ROLE_POIS, .geom = TRYGG__GEOM_CENTROIDS, .want = N_("Point (or area)"), .first_problem = true,
    .fields = poi_fields, .nfields = 1, .begin = pois_begin, .wanted = poi_wanted, .feature = poi_feature,
    .size = sizeof(pois_read), .result_size = sizeof(trygg_pois), .fini = pois_fini,
};

trygg_status trygg_io_read_pois(trygg_ctx *ctx, const trygg_config *cfg, const char *working_crs, trygg_pois *out,
                                trygg_input_report *report)
{
    return trygg__read_input(ctx, cfg, working_crs, report, &pois_kind, out);
}
