/* Calendar arithmetic on proleptic Gregorian dates, without the C library's time zone state. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/internal.h"

/* Days since 1970-01-01 of a proleptic Gregorian date (m 1-12, d 1-31).
 * Howard Hinnant, "chrono-Compatible Low-Level Date Algorithms", days_from_civil,
 * http://howardhinnant.github.io/date_algorithms.html#days_from_civil */
int64_t trygg__days_from_civil(int64_t y, int m, int d)
{
    y -= m <= 2;
    const int64_t era = (y >= 0 ? y : y - 399) / 400;
    const int64_t yoe = y - era * 400;                                  /* [0, 399] */
    const int64_t doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1; /* [0, 365] */
    const int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;          /* [0, 146096] */
    return era * 146097 + doe - 719468;
}

/* Inverse of the above: Hinnant, same page, civil_from_days. */
void trygg__civil_from_days(int64_t z, int64_t *y, int *m, int *d)
{
    z += 719468;
    const int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    const int64_t doe = z - era * 146097;
    const int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const int64_t mp = (5 * doy + 2) / 153;
    *d = (int)(doy - (153 * mp + 2) / 5 + 1);
    *m = (int)(mp < 10 ? mp + 3 : mp - 9);
    *y = yoe + era * 400 + (*m <= 2);
}

int64_t trygg__floor_div(int64_t a, int64_t b)
{
    int64_t q = a / b;
    return (a % b != 0 && ((a < 0) != (b < 0))) ? q - 1 : q;
}

/* Civil date from days since 1970-01-01 in the proleptic Gregorian calendar: Howard Hinnant,
 * "chrono-Compatible Low-Level Date Algorithms", civil_from_days (2013). */
bool trygg__utc_fields(int64_t t, int *year, int *month, int *day, int *hour, int *minute, int *second)
{
    /* Years 0..9999 only: what a GeoPackage DateTime can hold. */
    if (t < -62167219200LL || t > 253402300799LL)
        return false;
    int64_t days = t / 86400, secs = t % 86400;
    if (secs < 0) {
        secs += 86400;
        days -= 1;
    }
    int64_t z = days + 719468;
    int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    int64_t doe = z - era * 146097;
    int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    int64_t y = yoe + era * 400;
    int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    int64_t mp = (5 * doy + 2) / 153;
    int64_t d = doy - (153 * mp + 2) / 5 + 1;
    int64_t m = mp < 10 ? mp + 3 : mp - 9;
    *year = (int)(y + (m <= 2));
    *month = (int)m;
    *day = (int)d;
    *hour = (int)(secs / 3600);
    *minute = (int)(secs / 60 % 60);
    *second = (int)(secs % 60);
    return true;
}

/* SOURCE_DATE_EPOCH (reproducible-builds.org/specs/source-date-epoch) or the fallback. */
trygg_status trygg__source_date(trygg_ctx *ctx, int64_t fallback, int64_t *t)
{
    const char *sde = getenv("SOURCE_DATE_EPOCH");
    if (!sde || !*sde) {
        *t = fallback;
        return TRYGG_OK;
    }
    char *end = NULL;
    errno = 0;
    long long v = strtoll(sde, &end, 10);
    int y, mo, d, h, mi, s;
    if (errno || *end || v < 0 || !trygg__utc_fields(v, &y, &mo, &d, &h, &mi, &s))
        return trygg__fail(ctx, TRYGG_E_USAGE, "SOURCE_DATE_EPOCH '%s' is not a number of seconds since 1970", sde);
    *t = v;
    return TRYGG_OK;
}

static bool day_of(const char *s, size_t len, int64_t *days)
{
    int y, m, d;
    char buf[16], tail;
    if (len != 10)
        return false;
    memcpy(buf, s, len);
    buf[len] = '\0';
    if (sscanf(buf, "%4d-%2d-%2d%c", &y, &m, &d, &tail) != 3 || m < 1 || m > 12 || d < 1 || d > 31)
        return false;
    int64_t z = trygg__days_from_civil(y, m, d);
    int64_t y2;
    int m2, d2;
    trygg__civil_from_days(z, &y2, &m2, &d2);
    if (y2 != y || m2 != m || d2 != d) /* 2023-02-30 */
        return false;
    *days = z;
    return true;
}

bool trygg__day_period(const char *text, int64_t *from_day, int64_t *to_day)
{
    if (!text)
        return false;
    while (*text == ' ')
        text++;
    const char *slash = strchr(text, '/');
    if (!slash)
        return false;
    size_t l2 = strlen(slash + 1);
    while (l2 > 0 && slash[l2] == ' ')
        l2--;
    int64_t d1, d2;
    if (!day_of(text, (size_t)(slash - text), &d1) || !day_of(slash + 1, l2, &d2) || d2 < d1)
        return false;
    *from_day = d1;
    *to_day = d2;
    return true;
}
