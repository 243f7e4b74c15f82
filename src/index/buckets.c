/*
 * Fixed-radius buckets (see buckets.h).
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "core/internal.h"
#include "index/buckets.h"

typedef struct {
    uint64_t key;
    size_t id;
} keyed;

static int cmp_keyed(const void *a, const void *b)
{
    const keyed *p = a, *q = b;
    if (p->key != q->key)
        return p->key < q->key ? -1 : 1;
    return (p->id > q->id) - (p->id < q->id);
}

/* First position whose key is >= key. */
static size_t lower_key(const trygg__buckets *b, uint64_t key)
{
    size_t lo = 0, hi = b->n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (b->key[mid] < key)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

bool trygg__buckets_init(trygg__buckets *b, const double *xy, size_t n, double side)
{
    memset(b, 0, sizeof *b);
    double x0 = INFINITY, y0 = INFINITY, x1 = -INFINITY, y1 = -INFINITY;
    for (size_t i = 0; i < n; i++) {
        x0 = xy[2 * i] < x0 ? xy[2 * i] : x0;
        y0 = xy[2 * i + 1] < y0 ? xy[2 * i + 1] : y0;
        x1 = xy[2 * i] > x1 ? xy[2 * i] : x1;
        y1 = xy[2 * i + 1] > y1 ? xy[2 * i + 1] : y1;
    }
    double nxd = n ? floor((x1 - x0) / side) + 1.0 : 1.0, nyd = n ? floor((y1 - y0) / side) + 1.0 : 1.0;
    if (nxd * nyd > 1.8e19)
        return false;
    b->x0 = n ? x0 : 0, b->y0 = n ? y0 : 0, b->side = side;
    b->nx = (uint64_t)nxd, b->ny = (uint64_t)nyd, b->n = n;
    keyed *k = trygg__xmalloc((n ? n : 1) * sizeof *k);
    for (size_t i = 0; i < n; i++) {
        uint64_t bx = (uint64_t)floor((xy[2 * i] - x0) / side), by = (uint64_t)floor((xy[2 * i + 1] - y0) / side);
        bx = bx < b->nx ? bx : b->nx - 1; /* rounding at the far edge */
        by = by < b->ny ? by : b->ny - 1;
        k[i] = (keyed){by * b->nx + bx, i};
    }
    b->key = trygg__xmalloc((n ? n : 1) * sizeof *b->key);
    b->id = trygg__xmalloc((n ? n : 1) * sizeof *b->id);
    if (nxd * nyd <= 4.0 * (double)n + 1024.0) { /* dense: counting sort, ids stay ascending */
        size_t nb = (size_t)(b->nx * b->ny);
        b->start = trygg__xcalloc(nb + 1, sizeof *b->start);
        for (size_t i = 0; i < n; i++)
            b->start[k[i].key + 1]++;
        for (size_t q = 0; q < nb; q++)
            b->start[q + 1] += b->start[q];
        size_t *fill = trygg__xmalloc((nb ? nb : 1) * sizeof *fill);
        memcpy(fill, b->start, nb * sizeof *fill);
        for (size_t i = 0; i < n; i++) {
            size_t at = fill[k[i].key]++;
            b->key[at] = k[i].key;
            b->id[at] = k[i].id;
        }
        free(fill);
    } else {
        qsort(k, n, sizeof *k, cmp_keyed);
        for (size_t i = 0; i < n; i++) {
            b->key[i] = k[i].key;
            b->id[i] = k[i].id;
        }
    }
    free(k);
    return true;
}

void trygg__buckets_fini(trygg__buckets *b)
{
    if (!b)
        return;
    free(b->key);
    free(b->id);
    free(b->start);
    memset(b, 0, sizeof *b);
}

void trygg__buckets_around(const trygg__buckets *b, double x, double y,
                           void (*fn)(void *user, size_t q0, size_t q1), void *user)
{
    if (b->n == 0)
        return;
    double fx = floor((x - b->x0) / b->side), fy = floor((y - b->y0) / b->side);
    if (!(fx >= -1.0 && fx <= (double)b->nx && fy >= -1.0 && fy <= (double)b->ny))
        return; /* more than a bucket away from every point */
    int64_t bx = (int64_t)fx, by = (int64_t)fy;
    int64_t c0 = bx - 1 > 0 ? bx - 1 : 0, c1 = bx + 1 < (int64_t)b->nx - 1 ? bx + 1 : (int64_t)b->nx - 1;
    if (c0 > c1)
        return;
    for (int64_t ry = by - 1; ry <= by + 1; ry++) {
        if (ry < 0 || ry >= (int64_t)b->ny)
            continue;
        uint64_t k0 = (uint64_t)ry * b->nx + (uint64_t)c0, k1 = (uint64_t)ry * b->nx + (uint64_t)c1 + 1;
        size_t q0 = b->start ? b->start[k0] : lower_key(b, k0), q1 = b->start ? b->start[k1] : lower_key(b, k1);
        if (q1 > q0)
            fn(user, q0, q1);
    }
}
