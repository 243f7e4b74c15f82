/*
 * Hotspot statistics (DESIGN.md section 5: Kernel density, Hotspots, Evaluation): kernel
 * density, Getis-Ord Gi* with normal and conditional-permutation p-values, Benjamini-Hochberg
 * FDR and confidence classes, hotspot evaluation (hit rate, PAI, RRI) and the comparison of two
 * Poisson counts. Pure functions over arrays of coordinates (metres, working CRS) and values:
 * no files. Parallel work runs over the context's threads and its results never depend on the
 * thread count. Each formula cites its source where it is implemented.
 *
 * Output arrays are allocated by the caller with the stated length; they are written only on
 * success.
 */
#ifndef TRYGG_SCORE_STATS_H
#define TRYGG_SCORE_STATS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "trygg/trygg.h"

/* ---- Kernel density (src/score/kde.c) ---- */

/* Quartic (biweight) kernel K(d) = 3 / (pi h^2) * (1 - d^2/h^2)^2 for d < h, else 0, in
 * 1/m^2 (it integrates to 1 over the plane). */
double trygg_kde_quartic_kernel(double d, double h);

/* Density at each of nquery points (interleaved x,y) from nevents event points (interleaved
 * x,y; optional weights, NULL = 1 each): sum over events within h of w * K(d), in events per
 * km^2. Events with a non-finite coordinate or weight are skipped. Uses a bandwidth-limited
 * STRtree query per query point, over the context's threads. TRYGG_E_USAGE for a bandwidth
 * that is not positive and finite. Writes nquery values into density_km2. */
trygg_status trygg_kde_quartic(trygg_ctx *ctx, const double *events_xy, const double *weights, size_t nevents,
                               const double *query_xy, size_t nquery, double bandwidth_m, double *density_km2);

/* ---- Distance-band neighbours (src/score/gistar.c) ---- */

/* Binary distance-band weights in compressed rows: the neighbours of i are
 * nbr[start[i] .. start[i+1]), sorted ascending, i itself included (Gi* "star" weights).
 * j is a neighbour of i when the distance between their points is at most band_m (with a
 * relative tolerance of 1e-9 on the squared distance, so that lattice neighbours at exactly
 * the band distance are not lost to rounding). */
typedef struct {
    size_t n;
    size_t *start; /* n + 1 */
    size_t *nbr;   /* start[n] */
} trygg_neighbours;

/* Neighbours of n points (interleaved x,y) within band_m, from an STRtree over the points.
 * TRYGG_E_USAGE for a band that is not positive and finite, TRYGG_E_DATA for a non-finite
 * point (naming it). Fills *out on success; release with trygg_neighbours_fini. */
trygg_status trygg_neighbours_band(trygg_ctx *ctx, const double *xy, size_t n, double band_m, trygg_neighbours *out);
void trygg_neighbours_fini(trygg_neighbours *w);

/* ---- Getis-Ord Gi* (src/score/gistar.c) ---- */

#define TRYGG_GISTAR_BAND_DEFAULT_M 300.0
#define TRYGG_GISTAR_PERMUTATIONS_DEFAULT 999u

/* Two-sided p-value of a standard normal z: P(|Z| >= |z|) = erfc(|z| / sqrt(2)). NAN in, NAN out. */
double trygg_normal_p_two_sided(double z);

/* Gi* z-scores of the values x (n = w->n, e.g. incident counts per cell) with the binary
 * self-including weights w (Getis & Ord 1992; Ord & Getis 1995, eq. 14 with w_ii = 1):
 *   z_i = (sum_j w_ij x_j - xbar W_i) / (S sqrt((n W2_i - W_i^2) / (n - 1)))
 * with W_i = sum_j w_ij, W2_i = sum_j w_ij^2 (= W_i for binary weights), xbar the mean and S
 * the population standard deviation of all n values (as PySAL esda G_Local with star=True).
 * Where S = 0 (all values equal) or a cell's neighbourhood is all n cells, z = 0 and p = 1.
 *
 * p_norm (may be NULL): two-sided normal p-values, trygg_normal_p_two_sided(z).
 * p_perm (may be NULL; ignored when permutations = 0): conditional-permutation pseudo p-values
 * (Anselin 1995; as esda): x_i stays, its W_i - 1 neighbours' values are drawn at random
 * without replacement from the other n - 1 cells, `permutations` times; M counts permuted
 * local sums at least as extreme as the observed one IN THE OBSERVED DIRECTION (>= when
 * z_i >= 0, <= when z_i < 0, ties counted as extreme) and p = (M + 1) / (permutations + 1).
 * This is a one-sided, unfolded p-value (never doubled); its smallest value is
 * 1 / (permutations + 1). Each cell's draws come from its own xoshiro256** stream seeded by
 * splitmix64 from (seed, cell index), so the values do not depend on the thread count.
 *
 * TRYGG_E_USAGE when n < 2 or a value is not finite (naming the cell). Writes n values into
 * z and into each non-NULL p array. */
trygg_status trygg_gistar(trygg_ctx *ctx, const trygg_neighbours *w, const double *x, unsigned permutations,
                          uint64_t seed, double *z, double *p_norm, double *p_perm);

/* The p-values of trygg_gistar's conditional permutation test (the same null, the same
 * one-sided direction: upper tail where z_i >= 0, lower where z_i < 0, ties extreme) without
 * Monte Carlo error: p_i = P(S >= s_i) or P(S <= s_i), S the sum of k_i = W_i - 1 values drawn
 * without replacement from the n - 1 values other than x_i, s_i the observed sum of i's other
 * neighbours. Cells with the same (k_i, x_i) share the null. For integer values (counts) it is
 * computed exactly, up to floating point (about 1e-12 relative; the generating-function method
 * of Pagano & Tritchler 1983, see src/score/gistar_exact.c); for other values, or where the exact
 * tables would cost too much (about 4e9 multiply-adds, or a quarter of a GiB), by draws shared
 * per (k_i, x_i) that stop after 10^4 extreme sums or 10^8 draws (relative error about 1 % at
 * p = 1e-4), seeded by seed. z: trygg_gistar's
 * z-scores of the same w and x. Cells with k_i = 0 and all cells when every value is equal get
 * p = 1. exact (may be NULL) says which of the two ran. TRYGG_E_USAGE as trygg_gistar. Writes n
 * values into p. */
trygg_status trygg_gistar_p_exact(trygg_ctx *ctx, const trygg_neighbours *w, const double *x, const double *z,
                                  uint64_t seed, double *p, bool *exact);

/* What Gi* needs of each cell under binary self-including weights: deg[i] = W_i = |N(i)| and
 * lag[i] = sum of x_j over N(i). z and the p-values of trygg_gistar_p_exact depend on the
 * weights through these alone, so a space-time cube (src/score/emerging.c) fills them from its
 * spatial neighbours without listing every bin's neighbours. */
typedef struct {
    size_t n;
    size_t *deg;
    double *lag;
} trygg_gistar_lags;

/* The lags of x under w (each lag summed in w's neighbour order). Free with
 * trygg_gistar_lags_fini. */
void trygg_gistar_lags_of(const trygg_neighbours *w, const double *x, trygg_gistar_lags *out);
void trygg_gistar_lags_fini(trygg_gistar_lags *l);

/* trygg_gistar's z-scores (no permutations) and trygg_gistar_p_exact's p-values from the lags of
 * x: the same values, the same errors. */
trygg_status trygg_gistar_z_lags(trygg_ctx *ctx, const trygg_gistar_lags *l, const double *x, double *z);
trygg_status trygg_gistar_p_exact_lags(trygg_ctx *ctx, const trygg_gistar_lags *l, const double *x,
                                       const double *z, uint64_t seed, double *p, bool *exact);

/* ---- False discovery rate and confidence classes (src/score/fdr.c) ---- */

/* Benjamini & Hochberg (1995) step-up adjusted p-values ("q-values") of n p-values:
 * q_(i) = min over j >= i of min(1, m p_(j) / j) over the ascending order p_(1) <= ... <= p_(m).
 * A p-value is rejected by the BH procedure at level alpha exactly when q <= alpha. NAN p-values
 * get NAN and do not count in m. Writes n values into q (which may alias p). */
void trygg_fdr_bh(const double *p, size_t n, double *q);

/* Confidence class of one cell from its z-score and a p-value (or q-value):
 * +3 / +2 / +1 hot at 99 / 95 / 90 % (p <= 0.01 / 0.05 / 0.10 and z > 0), -3 / -2 / -1 cold
 * likewise with z < 0, 0 otherwise (and for NAN). */
int trygg_hotspot_class(double z, double p);

/* Classes of n cells (ArcGIS Hot Spot Analysis convention, "Gi_Bin"): with fdr false, from
 * the p-values directly; with fdr true, from the BH q-values, which is the same as running the
 * BH step-up separately at alpha = 0.10, 0.05 and 0.01 and giving each cell the highest
 * confidence level at which it is rejected. q (may be NULL) receives the q-values (or a copy of
 * p when fdr is false). Writes n classes into cls. */
void trygg_hotspot_classes(const double *z, const double *p, size_t n, bool fdr, int *cls, double *q);

/* ---- Evaluation of hotspots (src/score/evaluate.c) ---- */

/* Hit rate n/N: the share of the N incidents that fall in the hotspots (n of them). NAN for N <= 0. */
double trygg_hit_rate(double n, double N);

/* Predictive Accuracy Index PAI = (n/N) / (a/A) (Chainey, Tompson & Uhlig 2008): hit rate over
 * the share a/A of the study area the hotspots cover. NAN when N, a or A is not positive. */
double trygg_pai(double n, double N, double a, double A);

/* Recapture Rate Index (Levine 2008) RRI = (n2/n1) / (N2/N1): the ratio of test-period (n2) to
 * training-period (n1) incidents inside the hotspots, divided by the same ratio for the whole
 * study area (N2/N1), so that an overall rise or fall in incidents does not count as
 * recapture. RRI = 1: the hotspots keep their share; > 1: they gain. NAN when n1, N1 or N2 is
 * not positive. */
double trygg_rri(double n2, double n1, double N2, double N1);

/* Select the top cells by score (descending; ties by lower index; NAN scores never) while the
 * selected area stays within share * (sum of all areas): cells are taken in order and the
 * first that would overflow the budget stops the selection. Writes n flags into selected and
 * returns how many were selected. share is clamped to [0, 1]. */
size_t trygg_select_top_area(const double *score, const double *area_m2, size_t n, double share, bool *selected);

typedef struct {
    size_t ncells;           /* cells selected */
    double area_m2;          /* their area, a */
    double study_area_m2;    /* A */
    double n_train, N_train; /* training-period incidents in the hotspots / in all cells */
    double n_test, N_test;   /* test-period incidents in the hotspots / in all cells */
    double hit_rate;         /* n_test / N_test */
    double pai;              /* PAI on the test period */
    double rri;              /* trygg_rri(n_test, n_train, N_test, N_train) */
} trygg_eval;

/* Score a set of hotspot cells (selected) built on a training period against a later test
 * period: counts per cell in each period (train, test may be NULL = not evaluated, giving
 * NAN measures), cell areas, and the study area A (<= 0: the sum of the cell areas). */
void trygg_evaluate_hotspots(const bool *selected, const double *area_m2, const double *train, const double *test,
                             size_t n, double study_area_m2, trygg_eval *out);

/* ---- Comparing two periods (src/score/evaluate.c) ---- */

/* Exact two-sided binomial test of k successes in n trials with success probability p, by the
 * "minimum likelihood" rule (the sum of the probabilities of all outcomes no more likely than
 * the observed one, with a relative tolerance of 1e-7 as scipy.stats.binomtest). NAN for p
 * outside (0, 1) or k > n. */
double trygg_binomial_two_sided_p(uint64_t k, uint64_t n, double p);

/* Is the change between two Poisson counts larger than chance? n1 events over exposure t1 and
 * n2 over t2 (e.g. months): conditional on n1 + n2, n1 ~ Binomial(n1 + n2, t1 / (t1 + t2)) under
 * equal rates (Przyborowski & Wilenski 1940; the conditional test of two Poisson rates, e.g.
 * Gu, Ng, Tang & Schucany 2008, Biometrical Journal 50(2)), exact two-sided p-value from
 * trygg_binomial_two_sided_p. 1 when n1 + n2 = 0; NAN when an exposure is not positive. */
double trygg_poisson_compare_p(uint64_t n1, uint64_t n2, double t1, double t2);

#endif
