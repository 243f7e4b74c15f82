/*
 * Rates of the focus areas (src/score/focus_rates.c): an area's count of reports against the
 * municipality's by indirect standardisation, with Byar's confidence limits (docs/NOTES.md
 * "Focus areas and privacy").
 */
#ifndef TRYGG_SCORE_FOCUS_RATES_H
#define TRYGG_SCORE_FOCUS_RATES_H

#include <stdbool.h>

/* Byar's approximation to the exact Poisson confidence limits of an observed count (Breslow &
 * Day 1987, Statistical Methods in Cancer Research II, p. 69; Rothman & Boice 1979): with z the
 * normal quantile (1.96 for 95 %),
 *   lower = O (1 - 1/(9 O) - z / (3 sqrt O))^3            (0 when O = 0)
 *   upper = (O + 1) (1 - 1/(9 (O + 1)) + z / (3 sqrt(O + 1)))^3. */
void trygg_poisson_ci_byar(double observed, double z, double *lower, double *upper);

/* One area's figure for one category, compared with the municipality by indirect
 * standardisation: expected = total_count * residents / total_residents, ratio = count /
 * expected (the standardised ratio), low/high its 95 % limits (Byar). `elevated` when the ratio
 * is at least high_ratio and its lower limit is above 1: a tiny population with one or two
 * reports has a wide interval and is not flagged by its rate alone. */
typedef struct {
    long count;
    double per_1000; /* count per 1 000 residents; NAN without residents */
    double ratio, low, high;
    bool elevated;
} trygg_focus_rate;

trygg_focus_rate trygg_focus_rate_of(long count, double residents, long total_count, double total_residents,
                                     double high_ratio);

#endif
