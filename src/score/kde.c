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
#include "trygg/index.h"
#include "trygg/stats.h"

double trygg_kde_quartic_kernel(double d, double h)
{
    if (!(d < h) || !(h > 0))
        return 0.0;
    double u = 1.0 - (d * d) / (h * h);
    return 3.0 / (M_PI * h * h) * u * u;
}

typedef struct {
    const trygg_index *idx;
    const double *exy; /* finite events, compacted */
    const double *ew;  /* their weights, NULL = 1 */
    const double *qxy;
    size_t nq, block;
    double h;
    double *out;
} kde_job;

/* One block of query points; the block is the work item so that one id list serves many
 * queries. Candidates come sorted from the index, so each sum adds in the same order whatever
 * the thread count. */
static void kde_block(size_t b, GEOSContextHandle_t geos, void *user)
{
    const kde_job *job = user;
    trygg_idlist cand = {0};
    double h = job->h, h2 = h * h;
    size_t end = (b + 1) * job->block < job->nq ? (b + 1) * job->block : job->nq;
    for (size_t i = b * job->block; i < end; i++) {
        double x = job->qxy[2 * i], y = job->qxy[2 * i + 1], sum = 0;
        if (!isfinite(x) || !isfinite(y)) {
            job->out[i] = NAN;
            continue;
        }
        trygg_index_query(job->idx, geos, x - h, y - h, x + h, y + h, &cand);
        for (size_t k = 0; k < cand.n; k++) {
            size_t e = cand.v[k];
            double dx = job->exy[2 * e] - x, dy = job->exy[2 * e + 1] - y;
            double d2 = dx * dx + dy * dy;
            if (d2 >= h2)
                continue;
            double u = 1.0 - d2 / h2;
            sum += (job->ew ? job->ew[e] : 1.0) * u * u;
        }
        /* K(d) = 3/(pi h^2) (1 - d^2/h^2)^2 per m^2; x 1e6 m^2 per km^2. */
        job->out[i] = sum * 3.0 / (M_PI * h2) * 1e6;
    }
    trygg_idlist_fini(&cand);
}

trygg_status trygg_kde_quartic(trygg_ctx *ctx, const double *events_xy, const double *weights, size_t nevents,
                               const double *query_xy, size_t nquery, double bandwidth_m, double *density_km2)
{
    trygg_status st = TRYGG_OK;
    double *exy = NULL, *ew = NULL;
    trygg_index *idx = NULL;
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
    idx = trygg_index_new_points(ctx, exy, m, 2);
    /* Blocks of query points as work items: about 1024 of them, enough to keep both cores
     * busy, each reusing one candidate list. */
    size_t block = nquery / 1024 + 1;
    kde_job job = {idx, exy, ew, query_xy, nquery, block, bandwidth_m, density_km2};
    trygg__parallel_for(ctx, (nquery + block - 1) / block, kde_block, &job);
done:
    trygg_index_free(idx);
    free(exy);
    free(ew);
    return st;
}
