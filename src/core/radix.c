/*
 * Stable LSD radix sort of keyed indexes (src/core/internal.h), for the sorts of millions of
 * doubles where qsort's comparison callbacks cost most of the time (FDR's p-values, the R-trees'
 * STR order).
 */
#include <stdbool.h>
#include <string.h>

#include "core/internal.h"

uint64_t trygg__order_bits(double v)
{
    uint64_t u;
    if (v == 0.0)
        v = 0.0; /* -0 as +0 */
    memcpy(&u, &v, sizeof u);
    return u >> 63 ? ~u : u | (uint64_t)1 << 63;
}

void trygg__radix_sort(trygg__keyed *s, trygg__keyed *t, size_t m)
{
    for (int shift = 0; shift < 64; shift += 8) {
        size_t count[257] = {0};
        for (size_t k = 0; k < m; k++)
            count[((s[k].key >> shift) & 255) + 1]++;
        bool one = false; /* a byte all keys share (p-values in [0, 1] share their top bits) */
        for (int d = 1; d <= 256 && !one; d++)
            one = count[d] == m;
        if (one)
            continue;
        for (int d = 0; d < 256; d++)
            count[d + 1] += count[d];
        for (size_t k = 0; k < m; k++)
            t[count[(s[k].key >> shift) & 255]++] = s[k];
        memcpy(s, t, m * sizeof *s);
    }
}
