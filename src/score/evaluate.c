/*
 * Evaluating hotspots and comparing two periods.
 *
 * Hit rate and Predictive Accuracy Index: Chainey, S., Tompson, L. & Uhlig, S. (2008) The
 * utility of hotspot mapping for predicting spatial patterns of crime. Security Journal 21,
 * 4-28: PAI = (n/N) / (a/A).
 * Recapture Rate Index: Levine, N. (2008) The "hottest" part of a hotspot: comments on "The
 * utility of hotspot mapping for predicting spatial patterns of crime". Security Journal 21,
 * 295-302: RRI = (n2/n1) / (N2/N1).
 * Two Poisson counts: Przyborowski, J. & Wilenski, H. (1940) Homogeneity of results in testing
 * samples from Poisson series. Biometrika 31, 313-323 (the conditional binomial test).
 */
#include <math.h>
#include <stdlib.h>

#include "core/internal.h"
#include "score/stats.h"

double trygg_hit_rate(double n, double N) { return N > 0 ? n / N : NAN; }

double trygg_pai(double n, double N, double a, double A)
{
    if (!(N > 0 && a > 0 && A > 0))
        return NAN;
    return (n / N) / (a / A);
}

double trygg_rri(double n2, double n1, double N2, double N1)
{
    if (!(n1 > 0 && N1 > 0 && N2 > 0))
        return NAN;
    return (n2 / n1) / (N2 / N1);
}

typedef struct {
    double s;
    size_t i;
} score_ix;

static int cmp_score_desc(const void *a, const void *b)
{
    const score_ix *x = a, *y = b;
    if (x->s != y->s)
        return x->s > y->s ? -1 : 1;
    return (x->i > y->i) - (x->i < y->i);
}

size_t trygg_select_top_area(const double *score, const double *area_m2, size_t n, double share, bool *selected)
{
    score_ix *s = trygg__xmalloc((n ? n : 1) * sizeof *s);
    double total = 0;
    size_t m = 0, taken = 0;
    share = share < 0 || isnan(share) ? 0 : share > 1 ? 1 : share;
    for (size_t i = 0; i < n; i++) {
        selected[i] = false;
        total += area_m2[i];
        if (!isnan(score[i]))
            s[m++] = (score_ix){score[i], i};
    }
    qsort(s, m, sizeof *s, cmp_score_desc);
    /* A relative slack of 1e-12 so that, e.g., 5 % of 100 equal cells is 5 cells despite
     * rounding in the area sum. */
    double budget = share * total * (1 + 1e-12), used = 0;
    for (size_t k = 0; k < m; k++) {
        double a = area_m2[s[k].i];
        if (used + a > budget)
            break;
        used += a;
        selected[s[k].i] = true;
        taken++;
    }
    free(s);
    return taken;
}

void trygg_evaluate_hotspots(const bool *selected, const double *area_m2, const double *train, const double *test,
                             size_t n, double study_area_m2, trygg_eval *out)
{
    trygg_eval e = {0};
    double all_area = 0;
    for (size_t i = 0; i < n; i++) {
        all_area += area_m2[i];
        if (train)
            e.N_train += train[i];
        if (test)
            e.N_test += test[i];
        if (!selected[i])
            continue;
        e.ncells++;
        e.area_m2 += area_m2[i];
        if (train)
            e.n_train += train[i];
        if (test)
            e.n_test += test[i];
    }
    e.study_area_m2 = study_area_m2 > 0 ? study_area_m2 : all_area;
    e.hit_rate = test ? trygg_hit_rate(e.n_test, e.N_test) : NAN;
    e.pai = test ? trygg_pai(e.n_test, e.N_test, e.area_m2, e.study_area_m2) : NAN;
    e.rri = test && train ? trygg_rri(e.n_test, e.n_train, e.N_test, e.N_train) : NAN;
    if (!train) {
        e.n_train = NAN;
        e.N_train = NAN;
    }
    if (!test) {
        e.n_test = NAN;
        e.N_test = NAN;
    }
    *out = e;
}

/* log of the binomial probability P(X = k), X ~ Bin(n, p), 0 < p < 1. */
static double log_binom_pmf(uint64_t k, uint64_t n, double p)
{
    double dn = (double)n, dk = (double)k;
    return lgamma(dn + 1) - lgamma(dk + 1) - lgamma(dn - dk + 1) + dk * log(p) + (dn - dk) * log1p(-p);
}

double trygg_binomial_two_sided_p(uint64_t k, uint64_t n, double p)
{
    if (!(p > 0 && p < 1) || k > n)
        return NAN;
    if (n == 0)
        return 1.0;
    /* The outcomes no more likely than k, with scipy.stats.binomtest's relative tolerance 1e-7
     * (so that outcomes equally likely by symmetry are not lost to rounding): the tail on k's
     * own side (all of it is less likely: the pmf is unimodal) plus the outcomes on the other
     * side of the mean n p whose probability is at most P(X = k) (1 + 1e-7). */
    double lk = log_binom_pmf(k, n, p), lim = lk + log1p(1e-7);
    double mean = (double)n * p, total = 0;
    if ((double)k == mean)
        return 1.0;
    if ((double)k < mean) {
        for (uint64_t i = 0; i <= k; i++)
            total += exp(log_binom_pmf(i, n, p));
        for (uint64_t i = n + 1; i-- > 0 && (double)i > mean;) {
            double l = log_binom_pmf(i, n, p);
            if (l > lim)
                break; /* from here towards the mean every outcome is more likely */
            total += exp(l);
        }
    } else {
        for (uint64_t i = k; i <= n; i++)
            total += exp(log_binom_pmf(i, n, p));
        for (uint64_t i = 0; (double)i < mean; i++) {
            double l = log_binom_pmf(i, n, p);
            if (l > lim)
                break;
            total += exp(l);
        }
    }
    return total < 1.0 ? total : 1.0;
}

double trygg_poisson_compare_p(uint64_t n1, uint64_t n2, double t1, double t2)
{
    if (!(t1 > 0 && t2 > 0) || !isfinite(t1) || !isfinite(t2))
        return NAN;
    if (n1 + n2 == 0)
        return 1.0;
    /* Under equal rates and given n = n1 + n2, n1 ~ Binomial(n, t1 / (t1 + t2)). */
    return trygg_binomial_two_sided_p(n1, n1 + n2, t1 / (t1 + t2));
}
