/*
 * The busiest hours of the week, in words (src/score/peak_hours.c).
 */
#ifndef TRYGG_SCORE_PEAK_HOURS_H
#define TRYGG_SCORE_PEAK_HOURS_H

#include <stddef.h>

#include "score/periods.h"

/* The busiest hours of the week from counts per hour of week (168 values): the `nwindows`
 * busiest windows of `width_h` consecutive hours (wrapping from Sunday to Monday), chosen
 * greedily without overlap, busiest first (ties: the earlier start from Monday 00:00), windows
 * without incidents left out, as "Fri 22-01, Sat 23-02" (start and end hour, local time).
 * "no incident times" when every count is zero. */
void trygg_peak_hours(const unsigned *hours, int nwindows, int width_h, char *buf, size_t size);

#endif
