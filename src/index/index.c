/*
 * Spatial index over item envelopes: a GEOS STRtree (C API, reentrant).
 *
 * Items are stored in the tree as the pointer value (void *)(uintptr_t)(i + 1), so that item 0
 * is not a NULL pointer. Each envelope is inserted as a rectangle geometry that is destroyed
 * right after insertion: the GEOS 3.11 STRtree keeps only the envelope of what it is given.
 *
 * The index owns a GEOS handle of its own for building and destroying the tree, so it does
 * not depend on the lifetime of the context that made it. Queries use the caller's handle for
 * the query rectangle, which is what makes concurrent queries from several threads safe once
 * the tree is built.
 */
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "core/internal.h"
#include "index/index.h"

/* Children per STRtree node. 10 is the GEOS default and suits the few-thousand to
 * hundred-thousand item layers of a municipality. */
#define INDEX_NODE_CAPACITY 10

struct trygg_index {
    GEOSContextHandle_t geos; /* owned: builds and destroys the tree */
    GEOSSTRtree *tree;        /* NULL when the index holds no items */
    size_t n;
};

void trygg_idlist_fini(trygg_idlist *l)
{
    if (!l)
        return;
    free(l->v);
    memset(l, 0, sizeof *l);
}

static void idlist_push(trygg_idlist *l, size_t id)
{
    if (l->n == l->cap)
        trygg__grow((void **)&l->v, &l->cap, l->n + 1, sizeof *l->v);
    l->v[l->n++] = id;
}

static void collect_item(void *item, void *user)
{
    idlist_push(user, (size_t)(uintptr_t)item - 1);
}

static void ignore_item(void *item, void *user)
{
    (void)item;
    (void)user;
}

/* Ascending sort of ids, which are distinct, so every correct sort gives the same order: a
 * quicksort on the values themselves (median of three, the smaller part first and the larger
 * one looped, insertion sort below 16), several times faster than qsort's merge sort through a
 * comparison callback, which took a tenth of a run's CPU time in the surroundings' and the
 * lighting's per-place queries. */
static void sort_ids(size_t *v, size_t n)
{
    while (n > 16) {
        size_t a = v[0], b = v[n / 2], c = v[n - 1];
        size_t pivot = a < b ? (b < c ? b : a < c ? c : a) : (a < c ? a : b < c ? c : b);
        size_t i = 0, j = n - 1;
        for (;;) {
            while (v[i] < pivot)
                i++;
            while (v[j] > pivot)
                j--;
            if (i >= j)
                break;
            size_t t = v[i];
            v[i] = v[j];
            v[j] = t;
            i++;
            j--;
        }
        /* v[0 .. j] <= pivot <= v[j + 1 .. n) */
        size_t left = j + 1, right = n - left;
        if (left < right) {
            sort_ids(v, left);
            v += left;
            n = right;
        } else {
            sort_ids(v + left, right);
            n = left;
        }
    }
    for (size_t i = 1; i < n; i++) {
        size_t x = v[i], k = i;
        while (k > 0 && v[k - 1] > x) {
            v[k] = v[k - 1];
            k--;
        }
        v[k] = x;
    }
}

trygg_index *trygg_index_new(trygg_ctx *ctx, size_t n, trygg_envelope_fn envelope, void *user)
{
    trygg_index *idx = trygg__xcalloc(1, sizeof *idx);
    GEOSGeometry *probe = NULL;
    (void)ctx;
    idx->n = n;
    idx->geos = trygg__geos_new();
    if (n == 0)
        goto done; /* an empty tree is never built or queried */
    idx->tree = GEOSSTRtree_create_r(idx->geos, INDEX_NODE_CAPACITY);
    for (size_t i = 0; i < n; i++) {
        double e[4];
        envelope(i, e, user);
        /* An item without a usable envelope (NaN coordinates) is left out: no box meets it. */
        if (!(e[0] <= e[2] && e[1] <= e[3]))
            continue;
        GEOSGeometry *g = GEOSGeom_createRectangle_r(idx->geos, e[0], e[1], e[2], e[3]);
        if (!g)
            continue;
        GEOSSTRtree_insert_r(idx->geos, idx->tree, g, (void *)(uintptr_t)(i + 1));
        GEOSGeom_destroy_r(idx->geos, g);
    }
    /* GEOS 3.11 has no explicit build call: the first query builds the tree. Issue it here so
     * that later queries only read the tree and may run concurrently. */
    probe = GEOSGeom_createPointFromXY_r(idx->geos, 0.0, 0.0);
    GEOSSTRtree_query_r(idx->geos, idx->tree, probe, ignore_item, NULL);
done:
    if (probe)
        GEOSGeom_destroy_r(idx->geos, probe);
    return idx;
}

typedef struct {
    const double *xy;
    size_t stride;
} points_src;

static void point_envelope(size_t i, double env[4], void *user)
{
    const points_src *p = user;
    const double *q = p->xy + i * p->stride;
    env[0] = env[2] = q[0];
    env[1] = env[3] = q[1];
}

trygg_index *trygg_index_new_points(trygg_ctx *ctx, const double *xy, size_t n, size_t stride_doubles)
{
    points_src src = {xy, stride_doubles < 2 ? 2 : stride_doubles};
    return trygg_index_new(ctx, n, point_envelope, &src);
}

void trygg_index_free(trygg_index *idx)
{
    if (!idx)
        return;
    if (idx->tree)
        GEOSSTRtree_destroy_r(idx->geos, idx->tree);
    GEOS_finish_r(idx->geos);
    free(idx);
}

size_t trygg_index_size(const trygg_index *idx) { return idx ? idx->n : 0; }

void trygg_index_query_unordered(const trygg_index *idx, GEOSContextHandle_t geos, double minx, double miny,
                                 double maxx, double maxy, trygg_idlist *out)
{
    out->n = 0;
    /* An inverted or NaN box meets nothing (GEOS would silently normalise an inverted one). */
    if (!idx || !idx->tree || !(minx <= maxx && miny <= maxy))
        return;
    GEOSGeometry *box = GEOSGeom_createRectangle_r(geos, minx, miny, maxx, maxy);
    if (!box)
        return;
    GEOSSTRtree_query_r(geos, idx->tree, box, collect_item, out);
    GEOSGeom_destroy_r(geos, box);
}

void trygg_index_query(const trygg_index *idx, GEOSContextHandle_t geos, double minx, double miny, double maxx,
                       double maxy, trygg_idlist *out)
{
    trygg_index_query_unordered(idx, geos, minx, miny, maxx, maxy, out);
    /* Callback order follows the tree layout, which is not a contract: sort for determinism. */
    if (out->n > 1)
        sort_ids(out->v, out->n);
}

typedef struct {
    trygg_index_distance_fn distance;
    void *user;
} nearest_job;

/* GEOS hands the query item (the job) and a tree item, in either order. */
static int item_distance(const void *a, const void *b, double *d, void *user)
{
    nearest_job *job = user;
    const void *item = a == (const void *)job ? b : a;
    *d = job->distance((size_t)(uintptr_t)item - 1, job->user);
    return isnan(*d) ? 0 : 1;
}

double trygg_index_nearest(const trygg_index *idx, GEOSContextHandle_t geos, const double env[4],
                           trygg_index_distance_fn distance, void *user)
{
    if (!idx || !idx->tree || !(env[0] <= env[2] && env[1] <= env[3]))
        return INFINITY;
    GEOSGeometry *box = GEOSGeom_createRectangle_r(geos, env[0], env[1], env[2], env[3]);
    if (!box)
        return INFINITY;
    nearest_job job = {distance, user};
    const void *hit = GEOSSTRtree_nearest_generic_r(geos, idx->tree, &job, box, item_distance, &job);
    GEOSGeom_destroy_r(geos, box);
    return hit ? distance((size_t)(uintptr_t)hit - 1, user) : INFINITY;
}
