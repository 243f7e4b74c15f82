/*
 * Kernel density as a GeoTIFF beside the GeoPackage ([hotspots] raster = geotiff), for QGIS's
 * heatmap-style rendering: band 1 vandalism, band 2 littering, incidents per km^2 (quartic
 * kernel, the same trygg_kde_quartic as the grid), Float32, one value per raster cell centre,
 * north-up, in the working CRS. Written to a temporary name and renamed when complete.
 */
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <cpl_conv.h>
#include <cpl_error.h>
#include <gdal.h>
#include <ogr_srs_api.h>

#include "core/internal.h"
#include "geom/geom.h"
#include "io/hotspots.h"
#include "io/io.h"
#include "score/stats.h"

/* Rasters larger than this (cells) are refused: 10 m cells over 100 x 100 km. */
#define MAX_RASTER_CELLS 100000000.0

trygg_status trygg_io_write_kde_geotiff(trygg_ctx *ctx, const trygg_config *cfg, const trygg_hotspot_result *r,
                                        const trygg_incidents *incidents, const char *path)
{
    static const trygg_category bands[2] = {TRYGG_CAT_VANDALISM, TRYGG_CAT_LITTERING};
    trygg_status st = TRYGG_OK;
    char *tmp = NULL, *wkt = NULL;
    double *q = NULL, *ev = NULL, *dens = NULL;
    float *row = NULL;
    GDALDatasetH ds = NULL;
    OGRSpatialReferenceH srs = NULL;
    if (!r || !r->grid || r->ncells == 0)
        return trygg__fail(ctx, TRYGG_E_EMPTY, "%s: no grid to write a density raster over", path);
    double env[4] = {INFINITY, INFINITY, -INFINITY, -INFINITY};
    for (size_t i = 0; i < r->ncells; i++) {
        const trygg_grid_cell *c = trygg_grid_cell_get(r->grid, i);
        for (size_t v = 0; v < c->nv; v++) {
            env[0] = fmin(env[0], c->xy[2 * v]);
            env[1] = fmin(env[1], c->xy[2 * v + 1]);
            env[2] = fmax(env[2], c->xy[2 * v]);
            env[3] = fmax(env[3], c->xy[2 * v + 1]);
        }
    }
    double px = cfg->raster_cell_m;
    /* aligned to round multiples of the cell size, like the square grid */
    double x0 = floor(env[0] / px) * px, y1 = ceil(env[3] / px) * px;
    double nxd = ceil((env[2] - x0) / px), nyd = ceil((y1 - env[1]) / px);
    if (nxd * nyd > MAX_RASTER_CELLS)
        return trygg__fail(ctx, TRYGG_E_DATA, "%s: %.0f x %.0f raster cells of %g m is too many; raise raster_cell_m",
                           path, nxd, nyd, px);
    int nx = (int)nxd, ny = (int)nyd;
    trygg__gdal_init();
    GDALDriverH drv = GDALGetDriverByName("GTiff");
    if (!drv)
        return trygg__fail(ctx, TRYGG_E_INTERNAL, "GDAL has no GTiff driver");
    tmp = trygg__xasprintf("%s.tmp-%ld.tif", path, (long)getpid());
    char *opts[] = {"COMPRESS=DEFLATE", "PREDICTOR=3", "TILED=YES", NULL};
    ds = GDALCreate(drv, tmp, nx, ny, 2, GDT_Float32, opts);
    if (!ds) {
        st = trygg__fail(ctx, TRYGG_E_WRITE, "cannot write %s: %s", path, CPLGetLastErrorMsg());
        goto done;
    }
    double gt[6] = {x0, px, 0, y1, 0, -px};
    GDALSetGeoTransform(ds, gt);
    if (!(srs = trygg_geom_srs_from_user(ctx, cfg->crs))) {
        st = TRYGG_E_CRS;
        goto done;
    }
    OSRExportToWkt(srs, &wkt);
    GDALSetProjection(ds, wkt);
    size_t ni = incidents ? incidents->n : 0;
    ev = trygg__xmalloc((ni ? ni : 1) * 2 * sizeof *ev);
    /* Rows in chunks of about a million cells: one kernel-density call (one STRtree) each. */
    int chunk = (int)(1000000 / nx) + 1;
    if (chunk > ny)
        chunk = ny;
    size_t cap = (size_t)nx * (size_t)chunk;
    q = trygg__xmalloc(cap * 2 * sizeof *q);
    dens = trygg__xmalloc(cap * sizeof *dens);
    row = trygg__xmalloc(cap * sizeof *row);
    for (int b = 0; b < 2; b++) {
        size_t m = 0;
        for (size_t i = 0; i < ni; i++)
            if (incidents->v[i].category == bands[b]) {
                ev[2 * m] = incidents->v[i].x;
                ev[2 * m + 1] = incidents->v[i].y;
                m++;
            }
        GDALRasterBandH band = GDALGetRasterBand(ds, b + 1);
        GDALSetDescription(band, trygg_category_name(bands[b]));
        GDALSetRasterUnitType(band, "incidents/km2");
        for (int y0 = 0; y0 < ny; y0 += chunk) {
            int rows = y0 + chunk <= ny ? chunk : ny - y0;
            size_t k = 0;
            for (int y = y0; y < y0 + rows; y++)
                for (int x = 0; x < nx; x++, k++) {
                    q[2 * k] = x0 + (x + 0.5) * px;
                    q[2 * k + 1] = y1 - (y + 0.5) * px;
                }
            if ((st = trygg_kde_quartic(ctx, ev, NULL, m, q, k, cfg->kde_bandwidth_m, dens)) != TRYGG_OK)
                goto done;
            for (size_t i = 0; i < k; i++)
                row[i] = (float)dens[i];
            if (GDALRasterIO(band, GF_Write, 0, y0, nx, rows, row, nx, rows, GDT_Float32, 0, 0) != CE_None) {
                st = trygg__fail(ctx, TRYGG_E_WRITE, "%s: writing rows %d-%d: %s", path, y0, y0 + rows - 1,
                                 CPLGetLastErrorMsg());
                goto done;
            }
        }
    }
    CPLErrorReset();
    GDALClose(ds);
    ds = NULL;
    if (CPLGetLastErrorType() >= CE_Failure) {
        st = trygg__fail(ctx, TRYGG_E_WRITE, "cannot write %s: %s", path, CPLGetLastErrorMsg());
        goto done;
    }
    if (rename(tmp, path) != 0)
        st = trygg__fail(ctx, TRYGG_E_WRITE, "cannot write %s: renaming %s: %s", path, tmp, strerror(errno));
done:
    if (ds)
        GDALClose(ds);
    if (st != TRYGG_OK && tmp)
        unlink(tmp);
    if (srs)
        OSRDestroySpatialReference(srs);
    CPLFree(wkt);
    free(tmp);
    free(ev);
    free(q);
    free(dens);
    free(row);
    return st;
}
