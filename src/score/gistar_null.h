/*
 * Gi*'s conditional randomisation null shared by the cells of one (k, x) class: the exact
 * distribution for integer values (gistar_exact.c) and shared draws where that is too costly
 * or the values are not integers (gistar_shared.c). trygg_gistar_p_exact (gistar_null.c) picks
 * between them.
 */
#ifndef TRYGG_SCORE_GISTAR_NULL_H
#define TRYGG_SCORE_GISTAR_NULL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "score/stats.h"

/* Integer values shifted by their minimum, grouped by value: class u holds the cells
 * cell[first[u] .. first[u+1]) whose shifted value is v[u] (ascending), c[u] of them. For each
 * cell: k (its neighbours other than itself), thr (the shifted sum of those neighbours' values:
 * its observed S) and hot (the upper tail is tested, z >= 0, else the lower). T[u] = 1 + the
 * largest thr in class u: the pool of u needs exact sums below it. */
typedef struct {
    size_t n, K, D;
    size_t *v, *c, *T, *first, *cell;
    size_t *k, *thr;
    bool *hot;
} trygg__null_classes;

/* Multiply-adds the exact computation of nc would take at most (every value that is not common
 * merged by the divide and conquer). */
double trygg__null_exact_cost(const trygg__null_classes *nc);

/* The exact one-sided p-value of every cell of nc (n values into p). */
void trygg__null_exact_p(const trygg__null_classes *nc, double *p);

/* Draws shared by the cells of one (k_i, x_i), for any finite values: for each class, draws
 * until its most extreme cell has seen `hits` permuted sums as extreme as its own, or
 * max_draws draws; p = (M + 1) / (R + 1). Deterministic for a seed. */
void trygg__null_shared_p(const trygg_gistar_lags *l, const double *x, const double *z, uint64_t seed,
                          uint64_t hits, uint64_t max_draws, double *p);

/* Tests: how much the division of a pool out of the full table may amplify rounding errors
 * before the pool is merged instead (default 100; 0 merges every pool that is not common,
 * INFINITY divides every pool). */
void trygg__gistar_exact_amp_limit(double limit);

/* Tests: the cost above which trygg_gistar_p_exact falls back to shared draws (default 4e9
 * multiply-adds), and the draws' stopping rule (default 10^4 hits or 10^8 draws). */
void trygg__gistar_exact_limits(double max_cost, uint64_t hits, uint64_t max_draws);

#endif
