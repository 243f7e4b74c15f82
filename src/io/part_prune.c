/*
 * A part's output keeps what is its own (include/trygg/partition.h): every feature whose
 * representative point lies in the part polygon; the rest was read only as the halo, so that
 * statistics at the part's edge see their neighbours. The representative point is the point
 * itself, else GEOS's point on surface (on a line: the vertex nearest its centroid; in a polygon:
 * an interior point), so each feature has exactly one home when the parts do not overlap (on a
 * shared border: trygg__part_owns).
 */
#include <gdal.h>
#include <ogr_api.h>
#include <stdlib.h>
#include <string.h>

#include "core/internal.h"
#include "trygg/partition.h"

/* Delete every feature of `layer` whose representative point is not covered by the part. */
static trygg_status prune_layer(trygg_ctx *ctx, OGRLayerH layer, const GEOSPreparedGeometry *part,
                                size_t *removed)
{
    GEOSContextHandle_t h = trygg__geos(ctx);
    GEOSWKBReader *reader = GEOSWKBReader_create_r(h);
    int64_t *gone = NULL;
    size_t ngone = 0, cap = 0;
    unsigned char *buf = NULL;
    size_t bufcap = 0;
    OGR_L_ResetReading(layer);
    OGRFeatureH f;
    while ((f = OGR_L_GetNextFeature(layer)) != NULL) {
        OGRGeometryH g = OGR_F_GetGeometryRef(f);
        bool keep = false;
        if (g && !OGR_G_IsEmpty(g)) {
            size_t sz = (size_t)OGR_G_WkbSize(g);
            if (sz > bufcap)
                trygg__grow((void **)&buf, &bufcap, sz, 1);
            OGR_G_ExportToIsoWkb(g, wkbNDR, buf);
            GEOSGeometry *gg = GEOSWKBReader_read_r(h, reader, buf, sz);
            keep = trygg__part_owns(h, part, gg);
            GEOSGeom_destroy_r(h, gg);
        }
        if (!keep) {
            trygg__grow((void **)&gone, &cap, ngone + 1, sizeof *gone);
            gone[ngone++] = OGR_F_GetFID(f);
        }
        OGR_F_Destroy(f);
    }
    trygg_status st = TRYGG_OK;
    for (size_t i = 0; i < ngone && st == TRYGG_OK; i++)
        if (OGR_L_DeleteFeature(layer, gone[i]) != OGRERR_NONE)
            st = trygg__fail(ctx, TRYGG_E_WRITE, "layer %s: feature %lld cannot be removed from the part's output",
                             OGR_L_GetName(layer), (long long)gone[i]);
    *removed += ngone;
    free(gone);
    free(buf);
    GEOSWKBReader_destroy_r(h, reader);
    return st;
}

trygg_status trygg_io_gpkg_keep_part(trygg_ctx *ctx, const char *gpkg_path, const unsigned char *part_wkb,
                                     size_t part_size, size_t *removed)
{
    trygg__gdal_init();
    *removed = 0;
    GEOSContextHandle_t h = trygg__geos(ctx);
    GEOSWKBReader *reader = GEOSWKBReader_create_r(h);
    GEOSGeometry *part = GEOSWKBReader_read_r(h, reader, part_wkb, part_size);
    GEOSWKBReader_destroy_r(h, reader);
    if (!part)
        return trygg__fail(ctx, TRYGG_E_INTERNAL, "the part's polygon cannot be read");
    const GEOSPreparedGeometry *prep = GEOSPrepare_r(h, part);
    GDALDatasetH ds = GDALOpenEx(gpkg_path, GDAL_OF_VECTOR | GDAL_OF_UPDATE, NULL, NULL, NULL);
    trygg_status st = TRYGG_OK;
    if (!ds) {
        st = trygg__fail(ctx, TRYGG_E_OPEN, "%s: cannot open the part's output for update", gpkg_path);
        goto done;
    }
    if (GDALDatasetStartTransaction(ds, FALSE) != OGRERR_NONE) {
        st = trygg__fail(ctx, TRYGG_E_WRITE, "%s: cannot start a transaction", gpkg_path);
        goto done;
    }
    for (int i = 0; i < GDALDatasetGetLayerCount(ds) && st == TRYGG_OK; i++) {
        OGRLayerH l = GDALDatasetGetLayer(ds, i);
        if (OGR_FD_GetGeomFieldCount(OGR_L_GetLayerDefn(l)) > 0)
            st = prune_layer(ctx, l, prep, removed);
    }
    /* The hour-of-week profiles of hotspots that went with them (the part's own profile stays). */
    if (st == TRYGG_OK && GDALDatasetGetLayerByName(ds, "temporal_profiles") && GDALDatasetGetLayerByName(ds, "hotspots")) {
        OGRLayerH r = GDALDatasetExecuteSQL(ds,
                                            "DELETE FROM temporal_profiles WHERE hotspot_id IS NOT NULL AND hotspot_id "
                                            "NOT IN (SELECT hotspot_id FROM hotspots)",
                                            NULL, "SQLITE");
        if (r)
            GDALDatasetReleaseResultSet(ds, r);
    }
    if (st == TRYGG_OK && GDALDatasetCommitTransaction(ds) != OGRERR_NONE)
        st = trygg__fail(ctx, TRYGG_E_WRITE, "%s: the part's output cannot be committed", gpkg_path);
    else if (st != TRYGG_OK)
        GDALDatasetRollbackTransaction(ds);
done:
    if (ds)
        GDALClose(ds);
    GEOSPreparedGeom_destroy_r(h, prep);
    GEOSGeom_destroy_r(h, part);
    return st;
}
