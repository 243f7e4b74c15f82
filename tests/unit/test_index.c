#include <math.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "core/internal.h"
#include "helpers.h"
#include "index/buckets.h"
#include "index/index.h"

/* A 10 x 10 grid of points 10 m apart: point id = row * 10 + col at (10 col, 10 row). */
#define GRID 10

static double *grid_points(void)
{
    double *xy = malloc(2 * GRID * GRID * sizeof *xy);
    for (int r = 0; r < GRID; r++)
        for (int c = 0; c < GRID; c++) {
            xy[2 * (r * GRID + c)] = 10.0 * c;
            xy[2 * (r * GRID + c) + 1] = 10.0 * r;
        }
    return xy;
}

static void assert_ids(const trygg_idlist *l, const size_t *expected, size_t n)
{
    TH_ASSERT_INT(l->n, n);
    for (size_t i = 0; i < n && i < l->n; i++)
        TH_ASSERT_INT(l->v[i], expected[i]);
}

static void test_index_point_grid_boxes(void)
{
    trygg_ctx *ctx = th_ctx();
    double *xy = grid_points();
    trygg_index *idx = trygg_index_new_points(ctx, xy, GRID * GRID, 2);
    GEOSContextHandle_t g = trygg__geos(ctx);
    trygg_idlist l = {0};
    TH_ASSERT_INT(trygg_index_size(idx), 100);

    /* x in [15, 35] -> cols 2, 3; y in [15, 25] -> row 2: ids 22, 23. */
    trygg_index_query(idx, g, 15, 15, 35, 25, &l);
    assert_ids(&l, (size_t[]){22, 23}, 2);

    /* Edges count: x, y in [10, 20] -> cols 1, 2 and rows 1, 2: ids 11, 12, 21, 22 (sorted). */
    trygg_index_query(idx, g, 10, 10, 20, 20, &l);
    assert_ids(&l, (size_t[]){11, 12, 21, 22}, 4);

    /* A degenerate box on one point: id 0 (the pointer-offset edge case) and id 99. */
    trygg_index_query(idx, g, 0, 0, 0, 0, &l);
    assert_ids(&l, (size_t[]){0}, 1);
    trygg_index_query(idx, g, 90, 90, 90, 90, &l);
    assert_ids(&l, (size_t[]){99}, 1);

    /* The column x = 50: ids 5, 15, ..., 95. */
    trygg_index_query(idx, g, 49, -1, 51, 1000, &l);
    assert_ids(&l, (size_t[]){5, 15, 25, 35, 45, 55, 65, 75, 85, 95}, 10);

    /* Between points, outside the grid, an inverted box and a NaN box: nothing. */
    trygg_index_query(idx, g, 1, 1, 9, 9, &l);
    TH_ASSERT_INT(l.n, 0);
    trygg_index_query(idx, g, 1000, 1000, 2000, 2000, &l);
    TH_ASSERT_INT(l.n, 0);
    trygg_index_query(idx, g, 20, 20, 10, 10, &l);
    TH_ASSERT_INT(l.n, 0);
    trygg_index_query(idx, g, NAN, 0, 100, 100, &l);
    TH_ASSERT_INT(l.n, 0);

    /* Everything, sorted 0..99. */
    trygg_index_query(idx, g, -1, -1, 1000, 1000, &l);
    TH_ASSERT_INT(l.n, 100);
    size_t unsorted = 0;
    for (size_t i = 0; i < l.n; i++)
        unsorted += l.v[i] != i;
    TH_ASSERT_INT(unsorted, 0);

    trygg_idlist_fini(&l);
    trygg_index_free(idx);
    free(xy);
    trygg_ctx_free(ctx);
}

/* The unordered query returns the same ids as the sorted one, each once, for boxes of every size
 * over the 10 x 10 point grid. */
static void test_index_unordered_same_ids(void)
{
    trygg_ctx *ctx = th_ctx();
    double *xy = grid_points();
    trygg_index *idx = trygg_index_new_points(ctx, xy, GRID * GRID, 2);
    GEOSContextHandle_t g = trygg__geos(ctx);
    trygg_idlist sorted = {0}, any = {0};
    size_t bad = 0, nonempty = 0;
    for (int x0 = -5; x0 <= 95; x0 += 7)
        for (int w = 0; w <= 100; w += 13) {
            trygg_index_query(idx, g, x0, x0 / 2, x0 + w, x0 / 2 + w / 2, &sorted);
            trygg_index_query_unordered(idx, g, x0, x0 / 2, x0 + w, x0 / 2 + w / 2, &any);
            bool seen[GRID * GRID] = {false};
            bad += any.n != sorted.n;
            for (size_t i = 0; i < any.n; i++) {
                bad += any.v[i] >= GRID * GRID || seen[any.v[i]];
                if (any.v[i] < GRID * GRID)
                    seen[any.v[i]] = true;
            }
            for (size_t i = 0; i < sorted.n; i++)
                bad += !seen[sorted.v[i]];
            nonempty += sorted.n > 0;
        }
    TH_ASSERT_INT(bad, 0);
    /* 93 of the 120 boxes hold grid points (counted over the 10 m lattice by hand-written loops
     * in Python); more than 50 keeps the comparison above from passing on empty lists. */
    CU_ASSERT(nonempty > 50);
    trygg_idlist_fini(&sorted);
    trygg_idlist_fini(&any);
    trygg_index_free(idx);
    free(xy);
    trygg_ctx_free(ctx);
}

/* Boxes: item i spans x in [i, i + 2], y in [0, 1]. */
static void box_envelope(size_t i, double env[4], void *user)
{
    (void)user;
    env[0] = (double)i;
    env[1] = 0.0;
    env[2] = (double)i + 2.0;
    env[3] = 1.0;
}

static void test_index_envelopes(void)
{
    trygg_ctx *ctx = th_ctx();
    trygg_index *idx = trygg_index_new(ctx, 20, box_envelope, NULL);
    trygg_idlist l = {0};
    /* The point (5.5, 0.5) lies in [i, i+2] for i = 4, 5. */
    trygg_index_query(idx, trygg__geos(ctx), 5.5, 0.5, 5.5, 0.5, &l);
    assert_ids(&l, (size_t[]){4, 5}, 2);
    /* x = 10 touches items 8 (right edge), 9 and 10 (left edge). */
    trygg_index_query(idx, trygg__geos(ctx), 10, -5, 10, 5, &l);
    assert_ids(&l, (size_t[]){8, 9, 10}, 3);
    trygg_idlist_fini(&l);
    trygg_index_free(idx);
    trygg_ctx_free(ctx);
}

static void test_index_nan_point_left_out(void)
{
    trygg_ctx *ctx = th_ctx();
    double xy[] = {0, 0, NAN, 5, 10, 10};
    trygg_index *idx = trygg_index_new_points(ctx, xy, 3, 2);
    trygg_idlist l = {0};
    trygg_index_query(idx, trygg__geos(ctx), -100, -100, 100, 100, &l);
    assert_ids(&l, (size_t[]){0, 2}, 2);
    trygg_idlist_fini(&l);
    trygg_index_free(idx);
    trygg_ctx_free(ctx);
}

static void test_index_empty(void)
{
    trygg_ctx *ctx = th_ctx();
    trygg_index *idx = trygg_index_new_points(ctx, NULL, 0, 2);
    trygg_idlist l = {0};
    TH_ASSERT_INT(trygg_index_size(idx), 0);
    trygg_index_query(idx, trygg__geos(ctx), -1e9, -1e9, 1e9, 1e9, &l);
    TH_ASSERT_INT(l.n, 0);
    trygg_idlist_fini(&l);
    trygg_index_free(idx);
    trygg_index_free(NULL);
    trygg_ctx_free(ctx);
}

/* Concurrency: many boxes over a 100 x 100 point grid, queried serially and then from two
 * threads at once, each thread with its own GEOS handle. */
#define CGRID 100
#define NBOX 2000

typedef struct {
    const trygg_index *idx;
    size_t first, count;
    size_t *counts; /* per box: number of ids */
    size_t *sums;   /* per box: sum of id * (position + 1), order-sensitive */
} query_job;

static void box_of(size_t b, double box[4])
{
    /* A deterministic spread of boxes 5..45 m wide over the grid of 10 m spacing. */
    double x = (double)((b * 37) % 1000), y = (double)((b * 91) % 1000);
    double w = 5.0 + (double)(b % 41);
    box[0] = x;
    box[1] = y;
    box[2] = x + w;
    box[3] = y + w;
}

static void run_queries(query_job *job, GEOSContextHandle_t g)
{
    trygg_idlist l = {0};
    for (size_t b = job->first; b < job->first + job->count; b++) {
        double box[4];
        box_of(b, box);
        trygg_index_query(job->idx, g, box[0], box[1], box[2], box[3], &l);
        size_t s = 0;
        for (size_t i = 0; i < l.n; i++)
            s += l.v[i] * (i + 1);
        job->counts[b] = l.n;
        job->sums[b] = s;
    }
    trygg_idlist_fini(&l);
}

static void *query_thread(void *arg)
{
    GEOSContextHandle_t g = trygg__geos_new();
    run_queries(arg, g);
    GEOS_finish_r(g);
    return NULL;
}

static void test_index_concurrent_queries(void)
{
    trygg_ctx *ctx = th_ctx();
    double *xy = malloc(2 * CGRID * CGRID * sizeof *xy);
    for (int r = 0; r < CGRID; r++)
        for (int c = 0; c < CGRID; c++) {
            xy[2 * (r * CGRID + c)] = 10.0 * c;
            xy[2 * (r * CGRID + c) + 1] = 10.0 * r;
        }
    trygg_index *idx = trygg_index_new_points(ctx, xy, CGRID * CGRID, 2);
    size_t *c1 = calloc(NBOX, sizeof *c1), *s1 = calloc(NBOX, sizeof *s1);
    size_t *c2 = calloc(NBOX, sizeof *c2), *s2 = calloc(NBOX, sizeof *s2);

    query_job serial = {idx, 0, NBOX, c1, s1};
    run_queries(&serial, trygg__geos(ctx));

    query_job a = {idx, 0, NBOX / 2, c2, s2}, b = {idx, NBOX / 2, NBOX - NBOX / 2, c2, s2};
    pthread_t ta, tb;
    CU_ASSERT_FATAL(pthread_create(&ta, NULL, query_thread, &a) == 0);
    CU_ASSERT_FATAL(pthread_create(&tb, NULL, query_thread, &b) == 0);
    pthread_join(ta, NULL);
    pthread_join(tb, NULL);

    size_t differ = 0, total = 0;
    for (size_t i = 0; i < NBOX; i++) {
        differ += c1[i] != c2[i] || s1[i] != s2[i];
        total += c1[i];
    }
    TH_ASSERT_INT(differ, 0);
    CU_ASSERT(total > NBOX); /* the boxes do find points */
    /* Box 0 is [0, 5] x [0, 5]: the single point id 0. */
    TH_ASSERT_INT(c1[0], 1);

    free(c1);
    free(s1);
    free(c2);
    free(s2);
    trygg_index_free(idx);
    free(xy);
    trygg_ctx_free(ctx);
}

/* Marks the ids of every run trygg__buckets_around reports. */
typedef struct {
    const trygg__buckets *b;
    unsigned char *seen;
} bucket_marks;

static void mark_run(void *user, size_t q0, size_t q1)
{
    bucket_marks *bm = user;
    for (size_t q = q0; q < q1; q++)
        bm->seen[bm->b->id[q]]++;
}

static void test_index_buckets(void)
{
    /* Every point within the side of a query point is among the 3 x 3 buckets around it, each
     * once, for buckets dense enough for an array of starts (one town: 400 points over 2 km,
     * side 100 m) and sparse ones (two towns 1000 km apart, side 10 m: 1e10 buckets), and for
     * query points off the points' extent; checked against all pairs. */
    for (int sparse = 0; sparse < 2; sparse++) {
        enum { N = 400 };
        double xy[2 * N], side = sparse ? 10.0 : 100.0;
        uint64_t s = 5;
        for (int i = 0; i < N; i++) {
            s = s * 6364136223846793005ULL + 1442695040888963407ULL;
            double u = (double)(s >> 11) / 9007199254740992.0;
            s = s * 6364136223846793005ULL + 1442695040888963407ULL;
            double v = (double)(s >> 11) / 9007199254740992.0;
            double far = sparse && i % 2 ? 1e6 : 0;
            xy[2 * i] = far + (sparse ? 60 : 2000) * u;
            xy[2 * i + 1] = far + (sparse ? 60 : 2000) * v;
        }
        trygg__buckets b;
        CU_ASSERT_FATAL(trygg__buckets_init(&b, xy, N, side));
        CU_ASSERT(sparse ? b.start == NULL : b.start != NULL);
        unsigned char seen[N];
        size_t missed = 0, twice = 0;
        for (int qi = -3; qi < N; qi++) {
            /* three query points off the extent, then every point */
            double qx = qi >= 0 ? xy[2 * qi] : -50.0 * qi, qy = qi >= 0 ? xy[2 * qi + 1] : -50.0;
            memset(seen, 0, sizeof seen);
            bucket_marks bm = {&b, seen};
            trygg__buckets_around(&b, qx, qy, mark_run, &bm);
            for (int j = 0; j < N; j++) {
                double dx = xy[2 * j] - qx, dy = xy[2 * j + 1] - qy;
                missed += dx * dx + dy * dy <= side * side && !seen[j];
                twice += seen[j] > 1;
            }
        }
        TH_ASSERT_INT(missed, 0);
        TH_ASSERT_INT(twice, 0);
        trygg__buckets_fini(&b);
    }
}

typedef struct {
    const double *xy;
    double qx0, qy0, qx1, qy1; /* the query: a segment */
} seg_query;

/* Distance from point i to the query segment (projection clamped to its ends). */
static double to_segment(size_t i, void *user)
{
    const seg_query *q = user;
    double px = q->xy[2 * i], py = q->xy[2 * i + 1], dx = q->qx1 - q->qx0, dy = q->qy1 - q->qy0;
    double t = ((px - q->qx0) * dx + (py - q->qy0) * dy) / (dx * dx + dy * dy);
    t = t < 0 ? 0 : t > 1 ? 1 : t;
    return hypot(px - (q->qx0 + t * dx), py - (q->qy0 + t * dy));
}

/* The nearest of 2 000 scattered points to segments near, inside and far outside them: the same
 * distance as checking every point. */
static void test_index_nearest(void)
{
    trygg_ctx *ctx = th_ctx();
    enum { N = 2000 };
    double *xy = malloc(2 * N * sizeof *xy);
    unsigned seed = 7;
    for (size_t i = 0; i < N; i++) {
        seed = seed * 1103515245u + 12345u;
        xy[2 * i] = 1000.0 + (seed >> 8) % 100000 / 10.0;
        seed = seed * 1103515245u + 12345u;
        xy[2 * i + 1] = 6000.0 + (seed >> 8) % 50000 / 10.0;
    }
    trygg_index *idx = trygg_index_new_points(ctx, xy, N, 2);
    GEOSContextHandle_t g = trygg__geos_new();
    const double segs[4][4] = {{5000, 8000, 5100, 8030}, {0, 0, 10, 0}, {-50000, 90000, -49000, 90500},
                               {2000, 7000, 9000, 7000}};
    for (int k = 0; k < 4; k++) {
        seg_query q = {xy, segs[k][0], segs[k][1], segs[k][2], segs[k][3]};
        double env[4] = {fmin(q.qx0, q.qx1), fmin(q.qy0, q.qy1), fmax(q.qx0, q.qx1), fmax(q.qy0, q.qy1)};
        double brute = INFINITY;
        for (size_t i = 0; i < N; i++)
            brute = fmin(brute, to_segment(i, &q));
        TH_ASSERT_NEAR(trygg_index_nearest(idx, g, env, to_segment, &q), brute, 1e-9);
    }
    trygg_index *empty = trygg_index_new(ctx, 0, NULL, NULL);
    double env[4] = {0, 0, 1, 1};
    seg_query q = {xy, 0, 0, 1, 1};
    TH_ASSERT_INT(isinf(trygg_index_nearest(empty, g, env, to_segment, &q)) != 0, 1);
    trygg_index_free(empty);
    GEOS_finish_r(g);
    trygg_index_free(idx);
    free(xy);
    trygg_ctx_free(ctx);
}

void test_index_register(void)
{
    static CU_TestInfo tests[] = {
        {"fixed-radius buckets against all pairs", test_index_buckets},
        {"point grid boxes", test_index_point_grid_boxes},
        {"unordered query, same ids", test_index_unordered_same_ids},
        {"envelopes", test_index_envelopes},
        {"NaN point left out", test_index_nan_point_left_out},
        {"empty", test_index_empty},
        {"concurrent queries", test_index_concurrent_queries},
        {"nearest against every point", test_index_nearest},
        CU_TEST_INFO_NULL,
    };
    th_add_suite("index", tests);
}
