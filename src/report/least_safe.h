/*
 * The least safe places of a list (src/report/least_safe.c): the order of the area report's
 * table.
 */
#ifndef TRYGG_REPORT_LEAST_SAFE_H
#define TRYGG_REPORT_LEAST_SAFE_H

#include <stddef.h>

#include "report/report.h"

/* Sort places[0..n) by safety index (value), lowest first, ties by seg_id, and return how many
 * of them the table shows: n, at most max. */
size_t trygg__least_safe_order(trygg_report_place *places, size_t n, size_t max);

#endif
