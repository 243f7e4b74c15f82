/*
 * Did a measure work? (issue 13 part 2; src/score/effect.c). The four counts of a
 * before/after design with comparison places: reports of the measure's indicator at its places
 * in equal windows before and after the measure was done (a before, b after), and the same at
 * matched comparison places (c before, d after). Pure functions: no files.
 *
 * Ownership: trygg_effect_sentence returns a string the caller frees.
 */
#ifndef TRYGG_SCORE_EFFECT_H
#define TRYGG_SCORE_EFFECT_H

#include <stdbool.h>
#include <stddef.h>

typedef struct {
    long treated_before, treated_after;       /* a, b */
    long comparison_before, comparison_after; /* c, d */
} trygg_effect_counts;

typedef enum {
    TRYGG_EFFECT_ESTIMATED,
    TRYGG_EFFECT_TOO_FEW_TREATED,    /* a + b below the minimum */
    TRYGG_EFFECT_TOO_FEW_COMPARISON, /* c + d below the minimum, or no comparison places */
} trygg_effect_verdict;

typedef struct {
    trygg_effect_verdict verdict;
    double change;            /* b / a - 1 (NAN when a = 0) */
    double comparison_change; /* d / c - 1 (NAN when c = 0) */
    double res;               /* relative effect size (a d) / (b c); > 1: fewer reports than expected */
    double res_lo, res_hi;    /* its 95 % confidence interval */
    double p;                 /* two-sided exact conditional test of no effect (res = 1) */
    bool corrected;           /* a count was 0: 0.5 added to each for res and its interval */
} trygg_effect;

/* Two-sided p-value of Fisher's exact test on the 2 x 2 table [[a, b], [c, d]]: the sum of the
 * hypergeometric probabilities of the tables with the observed margins that are no more likely
 * than the observed one (relative tolerance 1e-7, as R and scipy). */
double trygg_fisher_exact_p(long a, long b, long c, long d);

/* Estimate the effect from the four counts. Fewer than min_reports at the measure's places
 * (a + b) or at the comparison places (c + d) gives a verdict other than ESTIMATED and no
 * numbers. */
void trygg_effect_estimate(const trygg_effect_counts *n, long min_reports, trygg_effect *out);

/* The sentence a reader gets, in the run's language (english false; trygg_set_language) or in
 * English whatever the run's language (english true): what changed at the measure and at the
 * comparison places, the relative effect size with its interval and the p-value, or "cannot
 * tell yet" with the reason; numbers in the language's format ("1,90", "42 %" in Swedish). what
 * names the indicator in the same language ("klotter och skadegörelse"). Caller frees. */
char *trygg_effect_sentence(const trygg_effect_counts *n, const trygg_effect *e, long min_reports, const char *what,
                            bool english);

/* ---- comparison places (src/score/comparison.c) ---- */

/* Choose comparison places for a measure's places. Place i has road class cls[i] and before-
 * period count before[i]; eligible[i] says it may be a comparison place (outside every
 * measure's reach). The treated places (indices into the same arrays), taken in order of their
 * before count, highest first (ties to the lower index), each get up to per_place eligible,
 * unused places of the same class whose before count is closest to theirs (ties to the lower
 * index). Writes the chosen indices into chosen (room for ntreated * per_place) in the order
 * chosen and returns how many. */
size_t trygg_effect_comparison(const char *const *cls, const long *before, const bool *eligible, size_t n,
                               const size_t *treated, size_t ntreated, size_t per_place, size_t *chosen);

#endif
