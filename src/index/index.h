/*
 * Spatial index: a GEOS STRtree over item envelopes, answering "which items' envelopes meet
 * this box" with the ids sorted ascending (callback order is not a contract; sorted ids keep
 * every join deterministic). Refinement (exact distances) is the caller's job.
 *
 * The tree is built completely by trygg_index_new (GEOS 3.11 builds on the first query, so
 * the constructor issues one); after that, queries from several threads at once are safe,
 * each thread passing its own GEOS handle.
 */
#ifndef TRYGG_INDEX_H
#define TRYGG_INDEX_H

#include <geos_c.h>
#include <stddef.h>

#include "trygg/trygg.h"

typedef struct trygg_index trygg_index;

typedef struct {
    size_t *v;
    size_t n, cap;
} trygg_idlist;

void trygg_idlist_fini(trygg_idlist *l);

/* Envelope of item i: minx, miny, maxx, maxy. */
typedef void (*trygg_envelope_fn)(size_t i, double env[4], void *user);

/* Index of n items. Free with trygg_index_free (accepts NULL). */
trygg_index *trygg_index_new(trygg_ctx *ctx, size_t n, trygg_envelope_fn envelope, void *user);
/* Index of n points given as interleaved x,y. */
trygg_index *trygg_index_new_points(trygg_ctx *ctx, const double *xy, size_t n, size_t stride_doubles);
void trygg_index_free(trygg_index *idx);
size_t trygg_index_size(const trygg_index *idx);

/* Replace out's contents by the ids whose envelopes intersect the box, sorted ascending. */
void trygg_index_query(const trygg_index *idx, GEOSContextHandle_t geos, double minx, double miny, double maxx,
                       double maxy, trygg_idlist *out);
/* The same ids in the tree's own order, which is no contract: for a caller whose result does not
 * depend on the order (a minimum, a yes or no, an integer count), it saves the sort, which is a
 * seventh of the surroundings' time where queries return hundreds of buildings or points. */
void trygg_index_query_unordered(const trygg_index *idx, GEOSContextHandle_t geos, double minx, double miny,
                                 double maxx, double maxy, trygg_idlist *out);

/* The exact distance from the query to item i (both the caller's: a place and a point, say). */
typedef double (*trygg_index_distance_fn)(size_t i, void *user);

/* The smallest distance(i) over the items, searched from the query's envelope outwards
 * (GEOS's nearest-neighbour search: envelope distances bound the exact ones, which must not be
 * smaller than the distance between the envelopes). INFINITY for an empty index. Safe from
 * several threads at once, each with its own GEOS handle, like trygg_index_query. */
double trygg_index_nearest(const trygg_index *idx, GEOSContextHandle_t geos, const double env[4],
                           trygg_index_distance_fn distance, void *user);

#endif
