/*
 * The study-area boundary ([grid] boundary = SRC[:LAYER]): every polygon of one layer,
 * reprojected to the working CRS with OGR (PROJ underneath), made valid where GEOS can
 * (GEOSMakeValid_r), and dissolved into one (Multi)Polygon (GEOSUnaryUnion_r).
 */
#include <stdlib.h>
#include <string.h>

#include <cpl_conv.h>
#include <cpl_error.h>
#include <gdal.h>
#include <ogr_api.h>
#include <ogr_srs_api.h>

#include "core/internal.h"
#include "geom/crs_internal.h"
#include "geom/geom.h"
#include "io/hotspots.h"
#include "io/io.h"
#include "io/read_internal.h"

trygg_status trygg_io_read_area(trygg_ctx *ctx, const trygg_config *cfg, const char *spec, const char *working_crs,
                                GEOSContextHandle_t geos, GEOSGeometry **out)
{
    trygg_status st = TRYGG_OK;
    char *source = NULL;
    char msg[1024];
    GDALDatasetH ds = NULL;
    OGRCoordinateTransformationH ct = NULL;
    GEOSGeometry **parts = NULL, *coll = NULL, *uni = NULL;
    size_t nparts = 0, cap = 0, nskipped = 0;
    unsigned char *wkb = NULL;
    trygg__gdal_init();
    trygg__gdal_errors_push(msg, sizeof msg);

    OGRLayerH lyr;
    if ((st = trygg__open_area_layer(ctx, "[grid] boundary", spec, msg, &ds, &lyr, &source)) != TRYGG_OK)
        goto done;
    char *what = trygg__xasprintf("[grid] boundary %s", source);
    st = trygg__area_transform(ctx, lyr, cfg->assume_crs, working_crs, what, msg, &ct);
    free(what);
    if (st != TRYGG_OK)
        goto done;
    OGR_L_ResetReading(lyr);
    OGRFeatureH f;
    while ((f = OGR_L_GetNextFeature(lyr)) != NULL) {
        OGRGeometryH g = OGR_F_GetGeometryRef(f);
        OGRwkbGeometryType t = g ? wkbFlatten(OGR_G_GetGeometryType(g)) : wkbNone;
        if (!g || (t != wkbPolygon && t != wkbMultiPolygon) || OGR_G_IsEmpty(g) ||
            (ct && OGR_G_Transform(g, ct) != OGRERR_NONE)) {
            nskipped++;
            OGR_F_Destroy(f);
            continue;
        }
        OGR_G_FlattenTo2D(g);
        size_t sz = (size_t)OGR_G_WkbSize(g);
        wkb = trygg__xrealloc(wkb, sz);
        OGR_G_ExportToIsoWkb(g, wkbNDR, wkb);
        GEOSGeometry *gg = GEOSGeomFromWKB_buf_r(geos, wkb, sz);
        OGR_F_Destroy(f);
        if (gg && !GEOSisValid_r(geos, gg)) {
            GEOSGeometry *fixed = GEOSMakeValid_r(geos, gg);
            GEOSGeom_destroy_r(geos, gg);
            gg = fixed;
        }
        if (!gg) {
            nskipped++;
            continue;
        }
        trygg__grow((void **)&parts, &cap, nparts + 1, sizeof *parts);
        parts[nparts++] = gg;
    }
    if (nparts == 0) {
        st = trygg__fail(ctx, TRYGG_E_EMPTY, "[grid] boundary %s: no usable polygon (%zu features skipped)", source,
                         nskipped);
        goto done;
    }
    coll = GEOSGeom_createCollection_r(geos, GEOS_GEOMETRYCOLLECTION, parts, (unsigned)nparts);
    nparts = 0; /* owned by the collection now */
    uni = coll ? GEOSUnaryUnion_r(geos, coll) : NULL;
    if (!uni) {
        st = trygg__fail(ctx, TRYGG_E_GEOM, "[grid] boundary %s: dissolving the polygons failed", source);
        goto done;
    }
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
        st = trygg__fail(ctx, TRYGG_E_EMPTY, "[grid] boundary %s: the polygons have no area", source);
        goto done;
    }
    if (nskipped)
        trygg__warn(ctx, "[grid] boundary %s: %zu features without a usable polygon were skipped", source, nskipped);
    *out = uni;
    uni = NULL;
done:
    trygg__gdal_errors_pop();
    for (size_t i = 0; i < nparts; i++)
        GEOSGeom_destroy_r(geos, parts[i]);
    free(parts);
    if (coll)
        GEOSGeom_destroy_r(geos, coll);
    if (uni)
        GEOSGeom_destroy_r(geos, uni);
    free(wkb);
    if (ct)
        OCTDestroyCoordinateTransformation(ct);
    if (ds)
        GDALClose(ds);
    free(source);
    return st;
}

trygg_status trygg__open_area_layer(trygg_ctx *ctx, const char *what, const char *spec, const char *msg,
                                    GDALDatasetH *ds, OGRLayerH *lyr, char **source)
{
    char *layer_name = NULL;
    trygg_status st = TRYGG_OK;
    *lyr = NULL;
    trygg_io_split_source(spec, source, &layer_name);
    *ds = *source ? GDALOpenEx(*source, GDAL_OF_VECTOR | GDAL_OF_READONLY, NULL, NULL, NULL) : NULL;
    if (!*ds)
        st = trygg__fail(ctx, TRYGG_E_OPEN, "%s %s: cannot open as a vector data source%s%s", what,
                         spec ? spec : "(none)", msg[0] ? ": " : "", msg);
    else if (!(*lyr = layer_name ? GDALDatasetGetLayerByName(*ds, layer_name) : GDALDatasetGetLayer(*ds, 0)))
        st = trygg__fail(ctx, TRYGG_E_OPEN, "%s %s: no layer '%s'", what, *source,
                         layer_name ? layer_name : "(first)");
    free(layer_name);
    return st;
}

trygg_status trygg__area_transform(trygg_ctx *ctx, OGRLayerH lyr, const char *assume_crs, const char *working_crs,
                                   const char *what, const char *gdal_msg, OGRCoordinateTransformationH *ct)
{
    trygg_status st = TRYGG_OK;
    OGRSpatialReferenceH src = NULL, dst = NULL;
    OGRSpatialReferenceH lsrs = OGR_L_GetSpatialRef(lyr);
    *ct = NULL;
    if (lsrs) {
        src = OSRClone(lsrs);
        OSRSetAxisMappingStrategy(src, OAMS_TRADITIONAL_GIS_ORDER);
    } else if (assume_crs) {
        if (!(src = trygg_geom_srs_from_user(ctx, assume_crs))) {
            st = TRYGG_E_CRS;
            goto done;
        }
    } else {
        st = trygg__fail(ctx, TRYGG_E_CRS, "%s: the layer declares no CRS (set assume_crs)", what);
        goto done;
    }
    if (!(dst = trygg_geom_srs_from_user(ctx, working_crs))) {
        st = TRYGG_E_CRS;
        goto done;
    }
    if (!OSRIsSame(src, dst) && !(*ct = OCTNewCoordinateTransformation(src, dst)))
        st = trygg__fail(ctx, TRYGG_E_CRS, "%s: no transformation to %s%s%s", what, working_crs,
                         gdal_msg[0] ? ": " : "", gdal_msg);
done:
    if (src)
        OSRDestroySpatialReference(src);
    if (dst)
        OSRDestroySpatialReference(dst);
    return st;
}

GEOSGeometry *trygg__feature_polygons(GEOSContextHandle_t h, GEOSWKBReader *reader, OGRFeatureH f,
                                      OGRCoordinateTransformationH ct, unsigned char **buf)
{
    OGRGeometryH g = OGR_F_GetGeometryRef(f);
    OGRwkbGeometryType t = g ? wkbFlatten(OGR_G_GetGeometryType(g)) : wkbNone;
    if (!g || (t != wkbPolygon && t != wkbMultiPolygon) || OGR_G_IsEmpty(g) ||
        (ct && OGR_G_Transform(g, ct) != OGRERR_NONE))
        return NULL;
    OGR_G_FlattenTo2D(g);
    size_t sz = (size_t)OGR_G_WkbSize(g);
    *buf = trygg__xrealloc(*buf, sz);
    OGR_G_ExportToIsoWkb(g, wkbNDR, *buf);
    GEOSGeometry *gg = GEOSWKBReader_read_r(h, reader, *buf, sz);
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
