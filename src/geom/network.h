/*
 * Noding of the street network, shared by the place splitter (split.c) and the network
 * builder (network.c) of the geometry module (library-internal).
 */
#ifndef TRYGG_GEOM_NETWORK_H
#define TRYGG_GEOM_NETWORK_H

#include <stddef.h>

#include "trygg/data.h"

/* A boundary on a street: its position along the street and the point itself. */
typedef struct {
    double s;
    double x, y;
} trygg__cut;

/* One street's boundaries, sorted along it: its two ends and every kept cut in between
 * (n >= 2), or n = 0 for a street of no length. */
typedef struct {
    trygg__cut *v;
    size_t n;
} trygg__cuts;

/* Node the streets: one trygg__cuts per street (free with trygg__cuts_free). Cuts are where
 * another street (or the street itself) touches or crosses it; both streets of a meeting get
 * bit-identical points. */
trygg_status trygg__node_streets(trygg_ctx *ctx, const trygg_streets *streets, trygg__cuts **bounds);
void trygg__cuts_free(trygg__cuts *bounds, size_t n);

/* How many equal parts a piece of `length` is cut into: the fewest of at most max_len, unless
 * that makes parts shorter than min_len (0: no minimum), then as many of at least min_len. */
size_t trygg__equal_parts(double length, double max_len, double min_len);

/* The nodes of a network: line ends grouped by position (equal when they round to the same
 * multiple of snap_m). End e (line e / 2, its start for even e) lies at node node_of[e]; node k's
 * ends are ends[first[k] .. first[k + 1]), ascending. */
typedef struct {
    size_t *node_of, *ends, *first;
    size_t n;
} trygg__nodes;

/* xy: the nends end points, interleaved x,y. Free with trygg__nodes_fini. */
void trygg__nodes_build(const double *xy, size_t nends, double snap_m, trygg__nodes *out);
void trygg__nodes_fini(trygg__nodes *nodes);

/* Fields of a new place that later stages fill: NAN, "not assessed". */
void trygg__place_defaults(trygg_place *p);

#endif
