/*
 * Benchmark of trygg_geom_split_streets (not part of CTest).
 *
 * Build against a release build of the library:
 *   cmake -S . -B build-release -DCMAKE_BUILD_TYPE=Release && cmake --build build-release -j2
 *   cc -O2 -std=c11 -Iinclude -Ibuild-release/include -Isrc $(pkg-config --cflags gdal geos) tools/bench_split.c build-release/libtrygg.a \
 *      $(pkg-config --libs gdal geos proj spatialite sqlite3 inih libcrypto) -lpthread -lm -o build-release/bench_split
 *   build-release/bench_split [N] [THREADS] [helsinki_centre_2019.osm.pbf]
 * THREADS 0 (the default) runs with 1 and then 2 threads.
 *
 * Networks: (1) an N x N grid of nodes 90 m apart, jittered by up to 3 m, with a street
 * between every pair of neighbouring nodes (2 N (N - 1) streets meeting at shared end
 * vertices, 22 260 for N = 106); (2) streets spanning 3 cells each on an M x M grid
 * (M = 1.73 N, about as many streets: 21 960 for N = 106) with every vertex jittered
 * separately, so that streets cross properly in segment interiors or stop just short;
 * (3) optionally the highway ways of an OSM file, reprojected to EPSG:3067. Each split is
 * run 5 times with a maximum place length of 100 m; the best wall-clock time is reported.
 */
#define _POSIX_C_SOURCE 200809L
#include <gdal.h>
#include <ogr_api.h>
#include <ogr_srs_api.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "geom/geom.h"
#include "trygg/data.h"

static uint64_t lcg_state = 42;

/* Knuth, TAOCP vol. 2, section 3.3.4 (MMIX multiplier); uniform in [-1, 1). */
static double jitter(void)
{
    lcg_state = lcg_state * 6364136223846793005ULL + 1442695040888963407ULL;
    return (double)(lcg_state >> 11) / 4503599627370496.0 - 1.0;
}

static void add_street(trygg_streets *s, const double *xy, size_t nv)
{
    trygg_street *st = trygg_streets_push(s);
    st->xy = malloc(2 * nv * sizeof *st->xy);
    memcpy(st->xy, xy, 2 * nv * sizeof *xy);
    st->nv = nv;
    st->fid = (int64_t)s->n;
}

static void grid_shared(trygg_streets *s, int n, double cell)
{
    double *node = malloc(2 * (size_t)n * (size_t)n * sizeof *node);
    for (int r = 0; r < n; r++)
        for (int c = 0; c < n; c++) {
            node[2 * (r * n + c)] = 387000.0 + c * cell + 3.0 * jitter();
            node[2 * (r * n + c) + 1] = 6170000.0 + r * cell + 3.0 * jitter();
        }
    for (int r = 0; r < n; r++)
        for (int c = 0; c + 1 < n; c++) {
            double h[4] = {node[2 * (r * n + c)], node[2 * (r * n + c) + 1], node[2 * (r * n + c + 1)],
                           node[2 * (r * n + c + 1) + 1]};
            double v[4] = {node[2 * (c * n + r)], node[2 * (c * n + r) + 1], node[2 * ((c + 1) * n + r)],
                           node[2 * ((c + 1) * n + r) + 1]};
            add_street(s, h, 2);
            add_street(s, v, 2);
        }
    free(node);
}

static void grid_crossing(trygg_streets *s, int n, double cell)
{
    for (int dir = 0; dir < 2; dir++)
        for (int line = 0; line < n; line++)
            for (int b0 = 0; b0 + 3 < n; b0 += 3) {
                double xy[8];
                for (int k = 0; k < 4; k++) {
                    double along = (b0 + k) * cell + jitter(), across = line * cell + 3.0 * jitter();
                    xy[2 * k] = 387000.0 + (dir ? across : along);
                    xy[2 * k + 1] = 6170000.0 + (dir ? along : across);
                }
                add_street(s, xy, 4);
            }
}

static void osm_streets(trygg_streets *s, const char *path)
{
    GDALAllRegister();
    CPLPushErrorHandler(CPLQuietErrorHandler);
    GDALDatasetH ds = GDALOpenEx(path, GDAL_OF_VECTOR, NULL, NULL, NULL);
    if (!ds) {
        fprintf(stderr, "cannot open %s\n", path);
        exit(1);
    }
    OGRLayerH lyr = GDALDatasetGetLayerByName(ds, "lines");
    OGRSpatialReferenceH wgs = OSRNewSpatialReference(NULL), tm = OSRNewSpatialReference(NULL);
    OSRImportFromEPSG(wgs, 4326);
    OSRImportFromEPSG(tm, 3067);
    OSRSetAxisMappingStrategy(wgs, OAMS_TRADITIONAL_GIS_ORDER);
    OSRSetAxisMappingStrategy(tm, OAMS_TRADITIONAL_GIS_ORDER);
    OGRCoordinateTransformationH ct = OCTNewCoordinateTransformation(wgs, tm);
    int fhw = OGR_FD_GetFieldIndex(OGR_L_GetLayerDefn(lyr), "highway");
    OGRFeatureH f;
    while ((f = OGR_L_GetNextFeature(lyr)) != NULL) {
        OGRGeometryH g = OGR_F_GetGeometryRef(f);
        if (OGR_F_IsFieldSetAndNotNull(f, fhw) && g && OGR_GT_Flatten(OGR_G_GetGeometryType(g)) == wkbLineString &&
            OGR_G_Transform(g, ct) == OGRERR_NONE) {
            size_t nv = (size_t)OGR_G_GetPointCount(g);
            double *xy = malloc(2 * nv * sizeof *xy);
            for (size_t i = 0; i < nv; i++) {
                xy[2 * i] = OGR_G_GetX(g, (int)i);
                xy[2 * i + 1] = OGR_G_GetY(g, (int)i);
            }
            add_street(s, xy, nv);
            free(xy);
        }
        OGR_F_Destroy(f);
    }
    OCTDestroyCoordinateTransformation(ct);
    OSRDestroySpatialReference(wgs);
    OSRDestroySpatialReference(tm);
    GDALClose(ds);
    CPLPopErrorHandler();
}

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + 1e-9 * (double)ts.tv_nsec;
}

static void bench(const char *name, const trygg_streets *s, int threads)
{
    trygg_ctx *ctx = trygg_ctx_new();
    trygg_ctx_set_threads(ctx, threads);
    double best = 1e300;
    size_t nplaces = 0, nv = 0;
    for (size_t i = 0; i < s->n; i++)
        nv += s->v[i].nv;
    for (int rep = 0; rep < 5; rep++) {
        trygg_places p = {0};
        double t0 = now();
        if (trygg_geom_split_streets(ctx, s, 100.0, &p) != TRYGG_OK) {
            fprintf(stderr, "%s\n", trygg_errmsg(ctx));
            exit(1);
        }
        double t = now() - t0;
        best = t < best ? t : best;
        nplaces = p.n;
        trygg_places_fini(&p);
    }
    printf("%-34s %6zu streets %7zu vertices -> %6zu places: %7.1f ms (%d thread%s)\n", name, s->n, nv, nplaces,
           best * 1e3, threads, threads == 1 ? "" : "s");
    trygg_ctx_free(ctx);
}

int main(int argc, char **argv)
{
    int n = argc > 1 ? atoi(argv[1]) : 106;
    int threads = argc > 2 ? atoi(argv[2]) : 0;
    trygg_streets a = {0}, b = {0}, c = {0};
    grid_shared(&a, n, 90.0);
    grid_crossing(&b, n * 173 / 100, 90.0);
    for (int t = 1; t <= (threads > 0 ? threads : 2); t++) {
        bench("grid, shared node vertices", &a, t);
        bench("grid, proper crossings", &b, t);
    }
    if (argc > 3) {
        double t0 = now();
        osm_streets(&c, argv[3]);
        printf("(OSM read and reprojection: %.0f ms)\n", (now() - t0) * 1e3);
        for (int t = 1; t <= (threads > 0 ? threads : 2); t++)
            bench("OSM highways", &c, t);
    }
    trygg_streets_fini(&a);
    trygg_streets_fini(&b);
    trygg_streets_fini(&c);
    return 0;
}
