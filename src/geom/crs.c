/*
 * Coordinate reference systems: spatial references from user text and point transformation,
 * both through OSR/OCT (PROJ underneath), always in traditional GIS axis order (x = east or
 * longitude, y = north or latitude) whatever the authority's axis order.
 */
#include <cpl_error.h>
#include <ctype.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "core/internal.h"
#include "geom/crs_internal.h"
#include "geom/geom.h"

typedef struct {
    char *buf;
    size_t size;
} error_sink;

static void CPL_STDCALL keep_gdal_error(CPLErr cls, CPLErrorNum num, const char *msg)
{
    (void)num;
    error_sink *sink = CPLGetErrorHandlerUserData();
    if (sink && cls >= CE_Failure && msg)
        snprintf(sink->buf, sink->size, "%s", msg);
}

/* CPL's handler stack is per thread; so is this stack of sinks, one per push, so that a nested
 * push (a CRS parsed while a layer is being read) leaves the outer sink intact. */
enum { SINK_DEPTH = 16 };
static _Thread_local error_sink sinks[SINK_DEPTH];
static _Thread_local int nsinks;

void trygg__gdal_errors_push(char *buf, size_t size)
{
    buf[0] = '\0';
    error_sink *sink = NULL;
    if (nsinks < SINK_DEPTH) {
        sink = &sinks[nsinks];
        sink->buf = buf;
        sink->size = size;
    }
    nsinks++; /* counted even past the depth, so that pops match pushes */
    CPLPushErrorHandlerEx(keep_gdal_error, sink);
}

void trygg__gdal_errors_pop(void)
{
    CPLPopErrorHandler();
    if (nsinks > 0)
        nsinks--;
}

OGRSpatialReferenceH trygg_geom_srs_from_user(trygg_ctx *ctx, const char *text)
{
    OGRSpatialReferenceH srs = NULL;
    char *code = NULL;
    char msg[512];
    if (!text || !*text) {
        trygg__fail(ctx, TRYGG_E_CRS, "empty CRS");
        return NULL;
    }
    const char *p = text;
    while (isdigit((unsigned char)*p))
        p++;
    if (*p == '\0') /* a bare number is an EPSG code */
        code = trygg__xasprintf("EPSG:%s", text);
    srs = OSRNewSpatialReference(NULL);
    trygg__gdal_errors_push(msg, sizeof msg);
    OGRErr err = OSRSetFromUserInput(srs, code ? code : text);
    trygg__gdal_errors_pop();
    if (err != OGRERR_NONE) {
        trygg__fail(ctx, TRYGG_E_CRS, "CRS '%s' is not understood%s%s", text, msg[0] ? ": " : "", msg);
        OSRDestroySpatialReference(srs);
        srs = NULL;
    } else {
        OSRSetAxisMappingStrategy(srs, OAMS_TRADITIONAL_GIS_ORDER);
    }
    free(code);
    return srs;
}

size_t trygg__transform_xy(OGRCoordinateTransformationH ct, double *xy, size_t n)
{
    enum { BATCH = 4096 };
    double x[BATCH], y[BATCH];
    int ok[BATCH];
    size_t failed = 0;
    for (size_t start = 0; start < n; start += BATCH) {
        size_t m = n - start < BATCH ? n - start : BATCH;
        double *p = xy + 2 * start;
        for (size_t i = 0; i < m; i++) {
            x[i] = p[2 * i];
            y[i] = p[2 * i + 1];
            ok[i] = 0;
        }
        /* A FALSE return only says that some point failed; `ok` tells which. */
        OCTTransformEx(ct, (int)m, x, y, NULL, ok);
        for (size_t i = 0; i < m; i++) {
            if (ok[i] && isfinite(x[i]) && isfinite(y[i])) {
                p[2 * i] = x[i];
                p[2 * i + 1] = y[i];
            } else {
                p[2 * i] = p[2 * i + 1] = NAN;
                failed++;
            }
        }
    }
    return failed;
}

trygg_status trygg_geom_transform_points(trygg_ctx *ctx, OGRSpatialReferenceH src, OGRSpatialReferenceH dst,
                                         double *xy, size_t n)
{
    trygg_status st = TRYGG_OK;
    OGRCoordinateTransformationH ct = NULL;
    char msg[512];
    trygg__gdal_errors_push(msg, sizeof msg);
    ct = OCTNewCoordinateTransformation(src, dst);
    trygg__gdal_errors_pop();
    if (!ct) {
        st = trygg__fail(ctx, TRYGG_E_CRS, "no transformation from %s to %s%s%s",
                         OSRGetName(src) ? OSRGetName(src) : "?", OSRGetName(dst) ? OSRGetName(dst) : "?",
                         msg[0] ? ": " : "", msg);
        goto done;
    }
    trygg__gdal_errors_push(msg, sizeof msg); /* per-point failures are reported as NAN, not logged */
    trygg__transform_xy(ct, xy, n);
    trygg__gdal_errors_pop();
done:
    if (ct)
        OCTDestroyCoordinateTransformation(ct);
    return st;
}
