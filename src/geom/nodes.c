/*
 * Nodes of a network of lines: the ends of the lines grouped by position. Used by the place
 * builder (src/geom/network.c) and the network kernel density (src/score/nkde.c).
 */
#include <math.h>
#include <stdint.h>
#include <stdlib.h>

#include "core/internal.h"
#include "geom/network.h"

typedef struct {
    int64_t kx, ky;
    size_t end;
} node_key;

static int cmp_node_key(const void *pa, const void *pb)
{
    const node_key *a = pa, *b = pb;
    if (a->kx != b->kx)
        return a->kx < b->kx ? -1 : 1;
    if (a->ky != b->ky)
        return a->ky < b->ky ? -1 : 1;
    return (a->end > b->end) - (a->end < b->end);
}

void trygg__nodes_build(const double *xy, size_t nends, double snap_m, trygg__nodes *out)
{
    node_key *keys = trygg__xmalloc((nends ? nends : 1) * sizeof *keys);
    for (size_t e = 0; e < nends; e++)
        keys[e] = (node_key){llround(xy[2 * e] / snap_m), llround(xy[2 * e + 1] / snap_m), e};
    if (nends > 1)
        qsort(keys, nends, sizeof *keys, cmp_node_key);
    out->node_of = trygg__xmalloc((nends ? nends : 1) * sizeof *out->node_of);
    out->ends = trygg__xmalloc((nends ? nends : 1) * sizeof *out->ends);
    out->first = trygg__xmalloc((nends + 1) * sizeof *out->first);
    size_t nn = 0;
    for (size_t k = 0; k < nends; k++) {
        if (k == 0 || keys[k].kx != keys[k - 1].kx || keys[k].ky != keys[k - 1].ky)
            out->first[nn++] = k;
        out->ends[k] = keys[k].end;
        out->node_of[keys[k].end] = nn - 1;
    }
    out->first[nn] = nends;
    out->n = nn;
    free(keys);
}

void trygg__nodes_fini(trygg__nodes *nodes)
{
    free(nodes->node_of);
    free(nodes->ends);
    free(nodes->first);
}
