/*
 * Comparison places for the effect of a measure (src/score/effect.h): the places a
 * measure's places are compared with are of the same road class and had as many reports in the
 * before period as they did, as far as the places outside every measure's reach allow. This is
 * nearest-neighbour matching on the before count within exact strata of road class (Stuart 2010,
 * "Matching methods for causal inference", Statistical Science 25(1), section 3: exact
 * matching on a category, nearest neighbour on a distance, k:1 without replacement), so that
 * the comparison places share the treated places' level of reports and regression to the mean
 * acts on both alike (Farrington & Welsh 2002 on the choice of control areas).
 */
#include <stdlib.h>
#include <string.h>

#include "core/internal.h"
#include "score/effect.h"

static _Thread_local const long *sort_before;

static int by_before_desc(const void *a, const void *b)
{
    size_t x = *(const size_t *)a, y = *(const size_t *)b;
    if (sort_before[x] != sort_before[y])
        return sort_before[x] > sort_before[y] ? -1 : 1;
    return (x > y) - (x < y);
}

static bool same_class(const char *a, const char *b)
{
    if (!a || !b)
        return a == b;
    return strcmp(a, b) == 0;
}

size_t trygg_effect_comparison(const char *const *cls, const long *before, const bool *eligible, size_t n,
                               const size_t *treated, size_t ntreated, size_t per_place, size_t *chosen)
{
    size_t *order = trygg__xmalloc((ntreated + 1) * sizeof *order);
    memcpy(order, treated, ntreated * sizeof *order);
    sort_before = before;
    qsort(order, ntreated, sizeof *order, by_before_desc);
    bool *used = trygg__xcalloc(n + 1, sizeof *used);
    for (size_t k = 0; k < ntreated; k++)
        used[treated[k]] = true; /* a measure's place is never its own comparison */
    size_t nchosen = 0;
    for (size_t k = 0; k < ntreated; k++) {
        size_t t = order[k];
        for (size_t r = 0; r < per_place; r++) {
            size_t best = SIZE_MAX;
            long best_d = 0;
            for (size_t i = 0; i < n; i++) {
                if (used[i] || !eligible[i] || !same_class(cls[i], cls[t]))
                    continue;
                long d = labs(before[i] - before[t]);
                if (best == SIZE_MAX || d < best_d) {
                    best = i;
                    best_d = d;
                }
            }
            if (best == SIZE_MAX)
                break;
            used[best] = true;
            chosen[nchosen++] = best;
        }
    }
    free(used);
    free(order);
    return nchosen;
}
