/*
 * Kernel density with the quartic (biweight) kernel, as in QGIS's Heatmap (kernel shape
 * "Quartic", the default; QGIS User Guide, "Heatmap (Kernel Density Estimation)") and
 * CrimeStat's quartic kernel (Levine 2004, CrimeStat III manual, chapter 8, "Kernel Density
 * Interpolation"): K(d) = 3 / (pi h^2) * (1 - d^2/h^2)^2 for d < h.
 * (Silverman 1986, Density Estimation for Statistics and Data Analysis, eq. 4.5, gives the
 * bivariate biweight 3/pi (1 - t'^2)^2 on the unit disc; scaled to bandwidth h it is the above.)
 */
#include <math.h>
#include <stdlib.h>

#include "core/internal.h"
#include "index/buckets.h"
#include "score/stats.h"

double trygg_kde_quartic_kernel(double d, double h)
{
    if (!(d < h) || !(h > 0))
        return 0.0;
    double u = 1.0 - (d * d) / (h * h);
    return 3.0 / (M_PI * h * h) * u * u;
}

typedef struct {
    const trygg__buckets *b;
    const double *exy; /* finite events, compacted */
    const double *ew;  /* their weights, NULL = 1 */
    const double *qxy;
    size_t nq, block;
    double h;
    double *out;
} kde_job;

/* The sum of one query point's kernel terms (without the constant factor). */
typedef struct {
    const kde_job *job;
    double x, y, sum;
} kde_query;

static void kde_run(void *user, size_t q0, size_t q1)
{
    kde_query *kq = user;
    const kde_job *job = kq->job;
    double h2 = job->h * job->h;
    for (size_t q = q0; q < q1; q++) {
        size_t e = job->b->id[q];
        double dx = job->exy[2 * e] - kq->x, dy = job->exy[2 * e + 1] - kq->y;
        double d2 = dx * dx + dy * dy;
        if (d2 >= h2)
            continue;
        double u = 1.0 - d2 / h2;
        kq->sum += (job->ew ? job->ew[e] : 1.0) * u * u;
    }
}

/* One block of query points. The events come from the buckets around each point in bucket
 * order (rows ascending, events ascending within a bucket), so each sum adds in the same order
 * whatever the thread count. */
static void kde_block(size_t b, GEOSContextHandle_t geos, void *user)
{
    (void)geos;
    const kde_job *job = user;
    double h2 = job->h * job->h;
    size_t end = (b + 1) * job->block < job->nq ? (b + 1) * job->block : job->nq;
    for (size_t i = b * job->block; i < end; i++) {
        kde_query kq = {job, job->qxy[2 * i], job->qxy[2 * i + 1], 0};
        if (!isfinite(kq.x) || !isfinite(kq.y)) {
            job->out[i] = NAN;
            continue;
        }
        trygg__buckets_around(job->b, kq.x, kq.y, kde_run, &kq);
        /* K(d) = 3/(pi h^2) (1 - d^2/h^2)^2 per m^2; x 1e6 m^2 per km^2. */
        job->out[i] = kq.sum * 3.0 / (M_PI * h2) * 1e6;
    }
}

trygg_status trygg_kde_quartic(trygg_ctx *ctx, const double *events_xy, const double *weights, size_t nevents,
                               const double *query_xy, size_t nquery, double bandwidth_m, double *density_km2)
{
    trygg_status st = TRYGG_OK;
    double *exy = NULL, *ew = NULL;
    trygg__buckets b = {0};
    if (!(isfinite(bandwidth_m) && bandwidth_m > 0)) {
        st = trygg__fail(ctx, TRYGG_E_USAGE, "kernel density: bandwidth %g m is not a positive number", bandwidth_m);
        goto done;
    }
    exy = trygg__xmalloc((nevents ? nevents : 1) * 2 * sizeof *exy);
    if (weights)
        ew = trygg__xmalloc((nevents ? nevents : 1) * sizeof *ew);
    size_t m = 0;
    for (size_t i = 0; i < nevents; i++) {
        double x = events_xy[2 * i], y = events_xy[2 * i + 1], wt = weights ? weights[i] : 1.0;
        if (!isfinite(x) || !isfinite(y) || !isfinite(wt))
            continue;
        exy[2 * m] = x;
        exy[2 * m + 1] = y;
        if (ew)
            ew[m] = wt;
        m++;
    }
    /* Events in buckets of the bandwidth (src/index/buckets.h): every event within h of a query
     * point lies in the 3 x 3 buckets around it. */
    if (!trygg__buckets_init(&b, exy, m, bandwidth_m)) {
        st = trygg__fail(ctx, TRYGG_E_USAGE, "kernel density: bandwidth %g m is too small for the extent of the events",
                         bandwidth_m);
        goto done;
    }
    /* Blocks of query points as work items: about 1024 of them, enough to keep both cores
     * busy. */
    size_t block = nquery / 1024 + 1;
    kde_job job = {&b, exy, ew, query_xy, nquery, block, bandwidth_m, density_km2};
    trygg__parallel_for(ctx, (nquery + block - 1) / block, kde_block, &job);
done:
    trygg__buckets_fini(&b);
    free(exy);
    free(ew);
    return st;
}
