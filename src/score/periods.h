/*
 * Periods and hours of the week (src/score/periods.c). Times are seconds since 1970 UTC;
 * "local" follows the [time] rule of the configuration (trygg_io_local_time). An hour of the
 * week is 24 * weekday + hour, local time, weekday 0 = Monday.
 */
#ifndef TRYGG_SCORE_PERIODS_H
#define TRYGG_SCORE_PERIODS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define TRYGG_HOURS_OF_WEEK 168

/* ---- periods ---- */

/* A period [from, to) in seconds since 1970 UTC. */
typedef struct {
    int64_t from, to;
} trygg_period;

/* Parse "YYYY-MM-DD/YYYY-MM-DD": from the first day's local midnight to the end of the last
 * day (the next day's local midnight), both dates included. False when the text is not two
 * valid dates or the second is before the first. */
bool trygg_period_parse(const char *text, double utc_offset_h, bool eu_summer_time, trygg_period *out);

/* The default periods: b is the 12 months up to and including the local day of `latest_utc`
 * (the latest incident), a the 12 months before b. "12 months" is the same day of the month
 * one year earlier (29 February becomes 1 March). */
void trygg_periods_default(int64_t latest_utc, double utc_offset_h, bool eu_summer_time, trygg_period *a,
                           trygg_period *b);

/* The 12 months before period b into a: from the same local day one year before b starts (29
 * February becomes 1 March) to b's start. */
void trygg_period_year_before(const trygg_period *b, double utc_offset_h, bool eu_summer_time, trygg_period *a);

/* "YYYY-MM-DD/YYYY-MM-DD" (last day included) of a period into buf. */
void trygg_period_format(const trygg_period *p, double utc_offset_h, bool eu_summer_time, char *buf, size_t size);

/* Length of a period in days (fractional around summer-time changes). */
double trygg_period_days(const trygg_period *p);

/* ---- hours of the week ---- */

/* Local hour of the week (0..167) of a UTC time; -1 for TRYGG_TIME_UNKNOWN. */
int trygg_hour_of_week(int64_t t_utc, double utc_offset_h, bool eu_summer_time);

#endif
