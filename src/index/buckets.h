/*
 * Points in square buckets, for fixed-radius queries (every point within r of a query point
 * lies in the 3 x 3 buckets of side >= r around it): the structure of Bentley, Stanat &
 * Williams (1977), "The complexity of finding fixed-radius near neighbors", Information
 * Processing Letters 6(6). Built by one sort (counting, when the buckets are few enough for an
 * array of their starts, as over a town; else a comparison sort, as over a country of towns
 * far apart), queried without a tree. Used by the distance-band weights of Gi* and by kernel
 * density (src/score).
 */
#ifndef TRYGG_INDEX_BUCKETS_H
#define TRYGG_INDEX_BUCKETS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef struct {
    double x0, y0, side; /* bucket (bx, by) holds x in [x0 + bx side, x0 + (bx + 1) side), likewise y */
    uint64_t nx, ny;
    size_t n;
    uint64_t *key; /* n: by * nx + bx, ascending */
    size_t *id;    /* n: the points in key order, ids ascending within a bucket */
    size_t *start; /* nx * ny + 1 starts of the buckets in key order, or NULL (sparse) */
} trygg__buckets;

/* Buckets of side `side` (> 0) over n points (interleaved x,y, all finite). false (nothing
 * allocated) when the extent holds more than about 1.8e19 buckets. Release with
 * trygg__buckets_fini. */
bool trygg__buckets_init(trygg__buckets *b, const double *xy, size_t n, double side);
void trygg__buckets_fini(trygg__buckets *b);

/* The 3 x 3 buckets around (x, y), row by row: calls fn(user, q0, q1) for each row's run of
 * positions [q0, q1) in key order (ids b->id[q]), rows ascending; rows and columns outside the
 * lattice are left out. */
void trygg__buckets_around(const trygg__buckets *b, double x, double y,
                           void (*fn)(void *user, size_t q0, size_t q1), void *user);

#endif
