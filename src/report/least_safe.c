/*
 * The least safe places of a list (report/least_safe.h).
 */
#include <stdlib.h>

#include "report/least_safe.h"

static int cmp_least_safe(const void *pa, const void *pb)
{
    const trygg_report_place *a = pa, *b = pb;
    if (a->value != b->value)
        return a->value < b->value ? -1 : 1;
    return (a->seg_id > b->seg_id) - (a->seg_id < b->seg_id);
}

size_t trygg__least_safe_order(trygg_report_place *places, size_t n, size_t max)
{
    if (n > 1)
        qsort(places, n, sizeof *places, cmp_least_safe);
    return n < max ? n : max;
}
