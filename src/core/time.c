/*
 * Time stamps: parsing to seconds since the epoch (UTC) and local hour/weekday under a fixed
 * UTC offset plus the EU summer-time rule. Calendar arithmetic is done here with integer
 * algorithms so that nothing depends on the process's TZ or locale.
 */
#include <ctype.h>
#include <math.h>
#include <stdint.h>
#include <string.h>

#include "core/internal.h"
#include "core/time.h"


/* Day of week, 0 = Monday; 1970-01-01 was a Thursday (3). */
static int weekday_from_days(int64_t days)
{
    return (int)(((days % 7) + 7 + 3) % 7);
}

static bool is_leap(int64_t y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

static int days_in_month(int64_t y, int m)
{
    static const int dm[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return m == 2 && is_leap(y) ? 29 : dm[m - 1];
}

/* Days since the epoch of the last Sunday of month m (March or October: 31 days). */
static int64_t last_sunday(int64_t y, int m)
{
    int64_t last = trygg__days_from_civil(y, m, 31);
    return last - (weekday_from_days(last) + 1) % 7;
}

/* EU summer time: from 01:00 UTC on the last Sunday of March to 01:00 UTC on the last
 * Sunday of October (Directive 2000/84/EC, articles 1-3). */
static bool eu_summer(int64_t t_utc)
{
    int64_t y;
    int m, d;
    trygg__civil_from_days(trygg__floor_div(t_utc, 86400), &y, &m, &d);
    if (m < 3 || m > 10)
        return false;
    int64_t start = last_sunday(y, 3) * 86400 + 3600;
    int64_t end = last_sunday(y, 10) * 86400 + 3600;
    return t_utc >= start && t_utc < end;
}

static int64_t offset_s(double utc_offset_h) { return (int64_t)llround(utc_offset_h * 3600.0); }

int64_t trygg__local_to_utc(int64_t wall, double utc_offset_h, bool eu_summer_time)
{
    int64_t t = wall - offset_s(utc_offset_h);
    /* A wall time in the repeated hour of October resolves to its first (summer) occurrence; one in
     * the skipped hour of March does not exist and is read as standard time. */
    if (eu_summer_time && eu_summer(t - 3600))
        t -= 3600;
    return t;
}

void trygg_io_local_time(int64_t t_utc, double utc_offset_h, bool eu_summer_time, int *hour, int *weekday)
{
    int64_t local = t_utc + offset_s(utc_offset_h) + (eu_summer_time && eu_summer(t_utc) ? 3600 : 0);
    int64_t days = trygg__floor_div(local, 86400);
    if (hour)
        *hour = (int)((local - days * 86400) / 3600);
    if (weekday)
        *weekday = weekday_from_days(days);
}

/* Read exactly n digits. */
static bool digits(const char **p, int n, int *out)
{
    int v = 0;
    for (int i = 0; i < n; i++) {
        if (!isdigit((unsigned char)(*p)[i]))
            return false;
        v = v * 10 + ((*p)[i] - '0');
    }
    *p += n;
    *out = v;
    return true;
}

bool trygg__civil_valid(int64_t y, int mo, int d, int h, int mi, int s)
{
    return mo >= 1 && mo <= 12 && d >= 1 && d <= days_in_month(y, mo) && h >= 0 && h <= 23 && mi >= 0 &&
           mi <= 59 && s >= 0 && s <= 59;
}

bool trygg_io_parse_time(const char *s, double utc_offset_h, bool eu_summer_time, int64_t *out)
{
    if (!s)
        return false;
    while (isspace((unsigned char)*s))
        s++;
    const char *p = s;
    int y, mo, d, h = 0, mi = 0, sec = 0;
    if (!digits(&p, 4, &y))
        return false;
    char sep = *p;
    if (sep != '-' && sep != '/')
        return false;
    p++;
    if (!digits(&p, 2, &mo) || *p != sep)
        return false;
    p++;
    if (!digits(&p, 2, &d))
        return false;
    bool has_offset = false;
    int64_t off = 0;
    if ((*p == 'T' && sep == '-') || (*p == ' ' && isdigit((unsigned char)p[1]))) {
        p++;
        if (!digits(&p, 2, &h) || *p != ':')
            return false;
        p++;
        if (!digits(&p, 2, &mi))
            return false;
        if (*p == ':') {
            p++;
            if (!digits(&p, 2, &sec))
                return false;
            if (*p == '.' || *p == ',') { /* fractions of a second are dropped */
                p++;
                if (!isdigit((unsigned char)*p))
                    return false;
                while (isdigit((unsigned char)*p))
                    p++;
            }
        }
        if (sep == '-') {
            if (*p == 'Z' || *p == 'z') {
                p++;
                has_offset = true;
            } else if (*p == '+' || *p == '-') {
                int sign = *p == '-' ? -1 : 1, oh, om = 0;
                p++;
                if (!digits(&p, 2, &oh))
                    return false;
                if (*p == ':') {
                    p++;
                    if (!digits(&p, 2, &om))
                        return false;
                } else if (isdigit((unsigned char)*p)) {
                    if (!digits(&p, 2, &om))
                        return false;
                }
                if (oh > 14 || om > 59)
                    return false;
                off = sign * (oh * 3600 + om * 60);
                has_offset = true;
            }
        }
    }
    while (isspace((unsigned char)*p))
        p++;
    if (*p != '\0')
        return false;
    if (!trygg__civil_valid(y, mo, d, h, mi, sec))
        return false;
    int64_t wall = trygg__days_from_civil(y, mo, d) * 86400 + h * 3600 + mi * 60 + sec;
    *out = has_offset ? wall - off : trygg__local_to_utc(wall, utc_offset_h, eu_summer_time);
    return true;
}
