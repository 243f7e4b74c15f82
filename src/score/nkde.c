/*
 * Network kernel density along the street network: the equal-split discontinuous kernel of
 * Okabe, Satoh & Sugihara (2009), "A kernel density estimation method for networks, its
 * computational method and a GIS-based tool", International Journal of Geographical Information
 * Science 23(1), 7-32, section 3.3; the same estimator as R spNetwork's nkde(method =
 * "discontinuous").
 *
 * From an event, the kernel spreads along the network in both directions. At a node of degree
 * n the density that arrives is split equally among the n - 1 other edges (so a node of degree
 * 2, such as the boundary between two places of one street, changes nothing); at a dead end it
 * stops. The density at a point at network distance d along one path from the event is
 * K(d) / prod (n_i - 1) over the nodes the path passes, summed over all paths shorter than the
 * bandwidth h. K is the one-dimensional quartic (biweight) kernel
 *   K(d) = 15 / (16 h) * (1 - (d/h)^2)^2   for |d| < h, else 0,
 * which integrates to 1 over [-h, h] (Silverman 1986, table 3.1), so the estimate is in events
 * per metre of street; trygg reports events per km. Unlike the planar kernel, an event across a
 * river, a railway or a block does not raise a street's density unless the network joins them
 * within h.
 *
 * The density is evaluated at each place's midpoint. Nodes are the places' end points (equal to
 * the millimetre). Events run in a fixed number of chunks over the context's threads, each
 * chunk summing into its own array; the arrays are added in chunk order, so the result does not
 * depend on the number of threads.
 */
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "core/internal.h"
#include "geom/network.h"
#include "score/score.h"

#define NODE_SNAP_M 1e-3
#define NCHUNKS 16

double trygg_nkde_kernel(double d, double h)
{
    if (!(h > 0.0) || !(fabs(d) < h))
        return 0.0;
    double u = d / h, v = 1.0 - u * u;
    return 15.0 / (16.0 * h) * v * v;
}

typedef struct {
    size_t node;
    size_t from_end; /* the incidence (place * 2 + end) it arrived by */
    double dist, weight;
} walk;

typedef struct {
    const trygg_places *places;
    const trygg_nkde_event *events;
    size_t nevents;
    double h;
    const size_t *node_of;    /* place * 2 + end -> node */
    const size_t *node_first; /* node k's incidences are ends[node_first[k] .. node_first[k + 1]) */
    const size_t *ends;
    double *acc; /* NCHUNKS x nplaces */
} nkde_job;

static void push(walk **st, size_t *n, size_t *cap, walk w)
{
    if (*n == *cap)
        trygg__grow((void **)st, cap, *n + 1, sizeof **st);
    (*st)[(*n)++] = w;
}

static void nkde_chunk(size_t chunk, GEOSContextHandle_t geos, void *user)
{
    (void)geos;
    nkde_job *job = user;
    size_t np = job->places->n;
    double *acc = job->acc + chunk * np;
    memset(acc, 0, np * sizeof *acc);
    size_t lo = job->nevents * chunk / NCHUNKS, hi = job->nevents * (chunk + 1) / NCHUNKS;
    walk *stack = NULL;
    size_t ns = 0, cap = 0;
    double h = job->h;
    for (size_t k = lo; k < hi; k++) {
        const trygg_nkde_event *e = &job->events[k];
        if (e->place >= np)
            continue;
        const trygg_place *pl = &job->places->v[e->place];
        double len = pl->length_m, a = fmin(fmax(e->along, 0.0), len);
        acc[e->place] += trygg_nkde_kernel(len / 2.0 - a, h);
        /* both directions along the event's own place */
        if (a < h)
            push(&stack, &ns, &cap, (walk){job->node_of[2 * e->place], 2 * e->place, a, 1.0});
        if (len - a < h)
            push(&stack, &ns, &cap, (walk){job->node_of[2 * e->place + 1], 2 * e->place + 1, len - a, 1.0});
        while (ns > 0) {
            walk w = stack[--ns];
            size_t f = job->node_first[w.node], l = job->node_first[w.node + 1], degree = l - f;
            if (degree < 2)
                continue; /* a dead end: the discontinuous kernel stops */
            double share = w.weight / (double)(degree - 1);
            for (size_t i = f; i < l; i++) {
                size_t inc = job->ends[i];
                if (inc == w.from_end)
                    continue;
                size_t p = inc / 2;
                double plen = job->places->v[p].length_m;
                double dm = w.dist + plen / 2.0;
                if (dm < h)
                    acc[p] += share * trygg_nkde_kernel(dm, h);
                double df = w.dist + plen;
                if (df < h && plen > 0.0) { /* every step adds length: the walk ends */
                    size_t other = inc ^ 1u; /* the place's other end */
                    push(&stack, &ns, &cap, (walk){job->node_of[other], other, df, share});
                }
            }
        }
    }
    free(stack);
}

void trygg_nkde_places(trygg_ctx *ctx, const trygg_places *places, const trygg_nkde_event *events, size_t nevents,
                       double h, double *per_km)
{
    size_t np = places->n;
    if (np == 0)
        return;
    double *pts = trygg__xmalloc(4 * np * sizeof *pts);
    for (size_t i = 0; i < np; i++) {
        const trygg_place *pl = &places->v[i];
        size_t last = pl->nv ? pl->nv - 1 : 0;
        pts[4 * i] = pl->xy[0];
        pts[4 * i + 1] = pl->xy[1];
        pts[4 * i + 2] = pl->xy[2 * last];
        pts[4 * i + 3] = pl->xy[2 * last + 1];
    }
    trygg__nodes nodes;
    trygg__nodes_build(pts, 2 * np, NODE_SNAP_M, &nodes);
    free(pts);

    /* zeroed by each chunk itself: pages first written, not first read (a calloc'd page is the
     * shared zero page until written, and each first write to one then flushes the other
     * threads' TLBs) */
    double *acc = trygg__xmalloc((NCHUNKS * np + 1) * sizeof *acc);
    nkde_job job = {places, events, nevents, h, nodes.node_of, nodes.first, nodes.ends, acc};
    /* sixteen chunks are few items: tasks, so that both threads take them */
    trygg__parallel_tasks(ctx, NCHUNKS, nkde_chunk, &job);
    for (size_t i = 0; i < np; i++) {
        double s = 0.0;
        for (size_t c = 0; c < NCHUNKS; c++)
            s += acc[c * np + i];
        per_km[i] = 1000.0 * s;
    }
    free(acc);
    trygg__nodes_fini(&nodes);
}
