/*
 * The percentile rank of one value among others, ties counted half (src/score/mid_rank.c).
 */
#ifndef TRYGG_SCORE_MID_RANK_H
#define TRYGG_SCORE_MID_RANK_H

#include <stddef.h>

/* Percentile rank of v among the finite values of all[0..n), ties counted half (mid-rank):
 * 100 * (below + ties / 2) / finite, as the area report's sentence "better than X % of places"
 * states it. NAN when v is not finite or no value is. */
double trygg_percentile_mid_rank(const double *all, size_t n, double v);

#endif
