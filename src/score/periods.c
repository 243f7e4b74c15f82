/*
 * Periods and hours of the week in the run's time-zone rule (score/periods.h). Local times go
 * through the parser that reads incident times (src/core/time.c), so the rule is applied in one
 * place.
 */
#include <math.h>
#include <stdio.h>

#include "core/internal.h"
#include "core/time.h"
#include "score/periods.h"
#include "trygg/data.h" /* TRYGG_TIME_UNKNOWN */

/* Local midnight (UTC seconds) of day number `days` (since 1970-01-01), through the same
 * parser that reads incident times, so the time-zone rule is applied in one place. */
static bool local_midnight(int64_t days, double off, bool summer, int64_t *out)
{
    int64_t y;
    int m, d;
    trygg__civil_from_days(days, &y, &m, &d);
    char buf[32];
    snprintf(buf, sizeof buf, "%04lld-%02d-%02d", (long long)y, m, d);
    return trygg_io_parse_time(buf, off, summer, out);
}

/* Local day number of a UTC time: the local wall clock is UTC plus the offset, plus one hour
 * when the rule says summer time (seen as a different local hour with and without the rule). */
static int64_t local_day(int64_t t, double off, bool summer)
{
    int h1, h2;
    trygg_io_local_time(t, off, summer, &h1, NULL);
    trygg_io_local_time(t, off, false, &h2, NULL);
    int64_t shift = (int64_t)llround(off * 3600.0) + (h1 != h2 ? 3600 : 0);
    return trygg__floor_div(t + shift, 86400);
}

bool trygg_period_parse(const char *text, double utc_offset_h, bool eu_summer_time, trygg_period *out)
{
    int64_t d1, d2;
    if (!trygg__day_period(text, &d1, &d2))
        return false;
    trygg_period p;
    if (!local_midnight(d1, utc_offset_h, eu_summer_time, &p.from) ||
        !local_midnight(d2 + 1, utc_offset_h, eu_summer_time, &p.to))
        return false;
    *out = p;
    return true;
}

/* The same day of the month `years` years before day number `days`; 29 February becomes
 * 1 March in a year without it. */
static int64_t years_before(int64_t days, int years)
{
    int64_t y;
    int m, d;
    trygg__civil_from_days(days, &y, &m, &d);
    y -= years;
    if (m == 2 && d == 29 && !((y % 4 == 0 && y % 100 != 0) || y % 400 == 0)) {
        m = 3;
        d = 1;
    }
    return trygg__days_from_civil(y, m, d);
}

void trygg_periods_default(int64_t latest_utc, double utc_offset_h, bool eu_summer_time, trygg_period *a,
                           trygg_period *b)
{
    int64_t end = local_day(latest_utc, utc_offset_h, eu_summer_time) + 1; /* the day after, excluded */
    int64_t mid = years_before(end, 1), start = years_before(end, 2);
    local_midnight(end, utc_offset_h, eu_summer_time, &b->to);
    local_midnight(mid, utc_offset_h, eu_summer_time, &b->from);
    a->to = b->from;
    local_midnight(start, utc_offset_h, eu_summer_time, &a->from);
}

void trygg_period_format(const trygg_period *p, double utc_offset_h, bool eu_summer_time, char *buf, size_t size)
{
    int64_t y1, y2;
    int m1, d1, m2, d2;
    trygg__civil_from_days(local_day(p->from, utc_offset_h, eu_summer_time), &y1, &m1, &d1);
    trygg__civil_from_days(local_day(p->to - 1, utc_offset_h, eu_summer_time), &y2, &m2, &d2);
    snprintf(buf, size, "%04lld-%02d-%02d/%04lld-%02d-%02d", (long long)y1, m1, d1, (long long)y2, m2, d2);
}

double trygg_period_days(const trygg_period *p) { return (double)(p->to - p->from) / 86400.0; }

int trygg_hour_of_week(int64_t t_utc, double utc_offset_h, bool eu_summer_time)
{
    if (t_utc == TRYGG_TIME_UNKNOWN)
        return -1;
    int hour, weekday;
    trygg_io_local_time(t_utc, utc_offset_h, eu_summer_time, &hour, &weekday);
    return weekday * 24 + hour;
}

void trygg_period_year_before(const trygg_period *b, double utc_offset_h, bool eu_summer_time, trygg_period *a)
{
    int64_t b0 = local_day(b->from, utc_offset_h, eu_summer_time);
    local_midnight(years_before(b0, 1), utc_offset_h, eu_summer_time, &a->from);
    a->to = b->from;
}
