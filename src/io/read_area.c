/*
 * The study-area boundary ([grid] boundary = SRC[:LAYER]): every polygon of one layer,
 * reprojected to the working CRS by the read driver (read_layer.c), made valid where GEOS can
 * (GEOSMakeValid_r), and dissolved into one (Multi)Polygon (GEOSUnaryUnion_r). And the polygons
 * of a feature of any area layer (trygg__feature_polygons).
 */
#include <stdlib.h>
#include <string.h>

#include <ogr_api.h>

#include "core/internal.h"
#include "io/hotspots.h"
#include "io/read_internal.h"

typedef struct {
    GEOSContextHandle_t geos;
    GEOSGeometry **parts;
    size_t nparts, cap;
    unsigned char *wkb;
    GEOSGeometry *out;
} boundary_read;

static void boundary_feature(trygg__reader *rd, OGRFeatureH f, const trygg__geom *g, void *user)
{
    (void)f;
    boundary_read *br = user;
    size_t sz = (size_t)OGR_G_WkbSize(g->ogr);
    br->wkb = trygg__xrealloc(br->wkb, sz);
    OGR_G_ExportToIsoWkb(g->ogr, wkbNDR, br->wkb);
    GEOSGeometry *gg = GEOSGeomFromWKB_buf_r(br->geos, br->wkb, sz);
    if (gg && !GEOSisValid_r(br->geos, gg)) {
        GEOSGeometry *fixed = GEOSMakeValid_r(br->geos, gg);
        GEOSGeom_destroy_r(br->geos, gg);
        gg = fixed;
    }
    if (!gg) {
        rd->skipped++;
        return;
    }
    trygg__grow((void **)&br->parts, &br->cap, br->nparts + 1, sizeof *br->parts);
    br->parts[br->nparts++] = gg;
}

/* The polygons dissolved into one. */
static trygg_status boundary_end(trygg__reader *rd, void *user)
{
    boundary_read *br = user;
    GEOSContextHandle_t geos = br->geos;
    if (br->nparts == 0)
        return trygg__fail(rd->ctx, TRYGG_E_EMPTY, "[grid] boundary %s: no usable polygon (%zu features skipped)",
                           rd->source, rd->skipped);
    GEOSGeometry *coll = GEOSGeom_createCollection_r(geos, GEOS_GEOMETRYCOLLECTION, br->parts, (unsigned)br->nparts);
    br->nparts = 0; /* owned by the collection now */
    GEOSGeometry *uni = coll ? GEOSUnaryUnion_r(geos, coll) : NULL;
    if (coll)
        GEOSGeom_destroy_r(geos, coll);
    if (!uni)
        return trygg__fail(rd->ctx, TRYGG_E_GEOM, "[grid] boundary %s: dissolving the polygons failed", rd->source);
    /* MakeValid can leave lines or points beside the polygons; keep the polygonal part only. */
    int ut = GEOSGeomTypeId_r(geos, uni);
    if (ut != GEOS_POLYGON && ut != GEOS_MULTIPOLYGON) {
        int ng = GEOSGetNumGeometries_r(geos, uni);
        GEOSGeometry **polys = trygg__xmalloc((size_t)(ng > 0 ? ng : 1) * sizeof *polys);
        unsigned k = 0;
        for (int i = 0; i < ng; i++) {
            const GEOSGeometry *gi = GEOSGetGeometryN_r(geos, uni, i);
            if (GEOSGeomTypeId_r(geos, gi) == GEOS_POLYGON)
                polys[k++] = GEOSGeom_clone_r(geos, gi);
        }
        GEOSGeom_destroy_r(geos, uni);
        uni = GEOSGeom_createCollection_r(geos, GEOS_MULTIPOLYGON, polys, k);
        free(polys);
    }
    if (!uni || GEOSisEmpty_r(geos, uni)) {
        if (uni)
            GEOSGeom_destroy_r(geos, uni);
        return trygg__fail(rd->ctx, TRYGG_E_EMPTY, "[grid] boundary %s: the polygons have no area", rd->source);
    }
    if (rd->skipped)
        trygg__warn(rd->ctx, "[grid] boundary %s: %zu features without a usable polygon were skipped", rd->source,
                    rd->skipped);
    br->out = uni;
    return TRYGG_OK;
}

trygg_status trygg_io_read_area(trygg_ctx *ctx, const trygg_config *cfg, const char *spec, const char *working_crs,
                                GEOSContextHandle_t geos, GEOSGeometry **out)
{
    const trygg__read_kind kind = {
        .name = "[grid] boundary", .geom = TRYGG__GEOM_AREAS, .feature = boundary_feature, .end = boundary_end,
    };
    boundary_read br = {.geos = geos};
    trygg_status st = trygg__read_area(ctx, "[grid] boundary", spec, cfg->assume_crs, working_crs, &kind, &br);
    for (size_t i = 0; i < br.nparts; i++)
        GEOSGeom_destroy_r(geos, br.parts[i]);
    free(br.parts);
    free(br.wkb);
    if (st == TRYGG_OK)
        *out = br.out;
    return st;
}

void trygg__polygons_init(trygg__polygons *p, GEOSContextHandle_t geos)
{
    p->geos = geos;
    p->reader = GEOSWKBReader_create_r(geos);
    p->writer = GEOSWKBWriter_create_r(geos);
    p->buf = NULL;
    GEOSWKBWriter_setFlavor_r(geos, p->writer, GEOS_WKB_ISO);
}

void trygg__polygons_fini(trygg__polygons *p)
{
    GEOSWKBReader_destroy_r(p->geos, p->reader);
    GEOSWKBWriter_destroy_r(p->geos, p->writer);
    free(p->buf);
}

GEOSGeometry *trygg__feature_polygons(trygg__polygons *p, OGRGeometryH g)
{
    GEOSContextHandle_t h = p->geos;
    size_t sz = (size_t)OGR_G_WkbSize(g);
    p->buf = trygg__xrealloc(p->buf, sz);
    OGR_G_ExportToIsoWkb(g, wkbNDR, p->buf);
    GEOSGeometry *gg = GEOSWKBReader_read_r(h, p->reader, p->buf, sz);
    if (!gg)
        return NULL;
    if (!GEOSisValid_r(h, gg)) {
        GEOSGeometry *fixed = GEOSMakeValid_r(h, gg);
        GEOSGeom_destroy_r(h, gg);
        if (!(gg = fixed))
            return NULL;
    }
    int gt = GEOSGeomTypeId_r(h, gg);
    if ((gt == GEOS_POLYGON || gt == GEOS_MULTIPOLYGON) && !GEOSisEmpty_r(h, gg))
        return gg;
    /* made valid into a collection: its polygons */
    int ng = GEOSGetNumGeometries_r(h, gg);
    GEOSGeometry **polys = trygg__xmalloc((size_t)(ng > 0 ? ng : 1) * sizeof *polys);
    unsigned k = 0;
    for (int i = 0; i < ng; i++) {
        const GEOSGeometry *gi = GEOSGetGeometryN_r(h, gg, i);
        if (GEOSGeomTypeId_r(h, gi) == GEOS_POLYGON && !GEOSisEmpty_r(h, gi))
            polys[k++] = GEOSGeom_clone_r(h, gi);
    }
    GEOSGeom_destroy_r(h, gg);
    GEOSGeometry *out = k ? GEOSGeom_createCollection_r(h, GEOS_MULTIPOLYGON, polys, k) : NULL;
    free(polys);
    return out;
}

unsigned char *trygg__polygons_wkb(trygg__polygons *p, const GEOSGeometry *poly, size_t *size)
{
    unsigned char *w = GEOSWKBWriter_write_r(p->geos, p->writer, poly, size);
    /* GEOS allocates with malloc (GEOSFree is free in this build); copied to be sure */
    unsigned char *copy = trygg__xmalloc(*size);
    memcpy(copy, w, *size);
    GEOSFree_r(p->geos, w);
    return copy;
}

char *trygg__area_name(OGRFeatureH f, int idx, int64_t gfid)
{
    const char *nm = idx >= 0 && OGR_F_IsFieldSetAndNotNull(f, idx) ? OGR_F_GetFieldAsString(f, idx) : "";
    return *nm ? trygg__xstrdup(nm) : trygg__xasprintf("area %lld", (long long)gfid);
}
