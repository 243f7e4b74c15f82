/*
 * Periods, hours of the week, peak hours and trend marks (src/score/periods.c, peak_hours.c,
 * trend_names.c).
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/internal.h"
#include "helpers.h"
#include "io/io.h"
#include "score/peak_hours.h"
#include "score/periods.h"
#include "score/stats.h"
#include "score/trend_names.h"

static int64_t t_of(const char *s)
{
    int64_t t = 0;
    CU_ASSERT_FATAL(trygg_io_parse_time(s, 1.0, true, &t));
    return t;
}

/* ---------------------------------------------------------------- periods */

static void test_periods_period_parse(void)
{
    trygg_period p;
    char buf[64];
    /* Both days included, local time (CET, +1 h in winter): 2024-01-01 00:00 local is
     * 2023-12-31 23:00 UTC; the end is 2025-01-01 00:00 local = 2024-12-31 23:00 UTC; 2024 is a
     * leap year, 366 days. */
    CU_ASSERT_FATAL(trygg_period_parse("2024-01-01/2024-12-31", 1.0, true, &p));
    TH_ASSERT_INT(p.from, t_of("2023-12-31T23:00:00Z"));
    TH_ASSERT_INT(p.to, t_of("2024-12-31T23:00:00Z"));
    TH_ASSERT_NEAR(trygg_period_days(&p), 366.0, 1e-9);
    trygg_period_format(&p, 1.0, true, buf, sizeof buf);
    TH_ASSERT_STR(buf, "2024-01-01/2024-12-31");
    /* A summer period: 2024-06-01 00:00 CEST = 2024-05-31 22:00 UTC. */
    CU_ASSERT_FATAL(trygg_period_parse(" 2024-06-01/2024-06-30 ", 1.0, true, &p));
    TH_ASSERT_INT(p.from, t_of("2024-05-31T22:00:00Z"));
    TH_ASSERT_INT(p.to, t_of("2024-06-30T22:00:00Z"));
    CU_ASSERT(!trygg_period_parse("2024-02-30/2024-03-01", 1.0, true, &p));
    CU_ASSERT(!trygg_period_parse("2024-03-01/2024-02-01", 1.0, true, &p));
    CU_ASSERT(!trygg_period_parse("2024-01-01", 1.0, true, &p));
    CU_ASSERT(!trygg_period_parse("2024-1-01/2024-12-31", 1.0, true, &p));
    CU_ASSERT(!trygg_period_parse(NULL, 1.0, true, &p));
}

static void test_periods_period_defaults(void)
{
    trygg_period a, b;
    char fa[64], fb[64];
    /* Latest incident 2024-12-31 23:00 UTC = 2025-01-01 00:00 local: period b is the 12 months
     * up to and including 2025-01-01, i.e. 2024-01-02 .. 2025-01-01, a the 12 before. */
    trygg_periods_default(t_of("2024-12-31T23:00:00Z"), 1.0, true, &a, &b);
    trygg_period_format(&a, 1.0, true, fa, sizeof fa);
    trygg_period_format(&b, 1.0, true, fb, sizeof fb);
    TH_ASSERT_STR(fb, "2024-01-02/2025-01-01");
    TH_ASSERT_STR(fa, "2023-01-02/2024-01-01");
    TH_ASSERT_INT(b.to, t_of("2025-01-01T23:00:00Z"));
    TH_ASSERT_INT(a.to, b.from);
    /* In summer: latest 2024-07-15 12:00 UTC (14:00 CEST): b ends at 2024-07-16 00:00 CEST =
     * 2024-07-15 22:00 UTC and starts 2023-07-16 00:00 CEST = 2023-07-15 22:00 UTC. */
    trygg_periods_default(t_of("2024-07-15T12:00:00Z"), 1.0, true, &a, &b);
    TH_ASSERT_INT(b.to, t_of("2024-07-15T22:00:00Z"));
    TH_ASSERT_INT(b.from, t_of("2023-07-15T22:00:00Z"));
    /* 29 February: latest 2024-02-28 -> b ends before 2024-02-29, one year earlier is
     * 2023-02-29, which does not exist: 2023-03-01. a: 2022-03-01 .. 2023-02-28. */
    trygg_periods_default(t_of("2024-02-28T12:00:00Z"), 1.0, true, &a, &b);
    trygg_period_format(&a, 1.0, true, fa, sizeof fa);
    trygg_period_format(&b, 1.0, true, fb, sizeof fb);
    TH_ASSERT_STR(fb, "2023-03-01/2024-02-28");
    TH_ASSERT_STR(fa, "2022-03-01/2023-02-28");
}

/* ---------------------------------------------------------------- hours of the week */

static void test_periods_peak_hours(void)
{
    /* Local times (CET in January). 2024-01-05 is a Friday, hour of week 4 * 24 + 22 = 118
     * for Friday 22:xx. */
    static const char *const times[] = {
        "2024-01-05T22:10", "2024-01-05T22:20", "2024-01-05T22:59", /* Fri 22: 3 */
        "2024-01-05T23:05", "2024-01-05T23:45",                     /* Fri 23: 2 */
        "2024-01-06T00:15", "2024-01-06T00:30",                     /* Sat 00: 2 */
        "2024-01-06T23:00", "2024-01-06T23:30",                     /* Sat 23: 2 */
        "2024-01-07T00:10", "2024-01-07T01:10",                     /* Sun 00, Sun 01: 1 each */
        "2024-01-08T08:00",                                         /* Mon 08: 1 */
    };
    unsigned hours[TRYGG_HOURS_OF_WEEK] = {0};
    for (size_t i = 0; i < sizeof times / sizeof times[0]; i++) {
        int64_t t;
        CU_ASSERT_FATAL(trygg_io_parse_time(times[i], 1.0, true, &t));
        int h = trygg_hour_of_week(t, 1.0, true);
        CU_ASSERT_FATAL(h >= 0 && h < TRYGG_HOURS_OF_WEEK);
        hours[h]++;
    }
    TH_ASSERT_INT(hours[118], 3);
    TH_ASSERT_INT(hours[5 * 24 + 23], 2);
    /* 3-hour windows: Fri 22-01 holds 3 + 2 + 2 = 7, the most. Then, away from it, Sat 23-02
     * holds 2 + 1 + 1 = 4 (Fri 23-02 also holds 4 but overlaps the first; Sat 22-01 holds 3).
     * Then only windows of 1 are left: those holding Mon 08 start at Mon 06, 07, 08, and those
     * holding Sun 01 overlap Sat 23-02; the earliest from Monday 00:00 wins: Mon 06-09. */
    char buf[96];
    trygg_peak_hours(hours, 3, 3, buf, sizeof buf);
    TH_ASSERT_STR(buf, "fre 22-01, lör 23-02, mån 06-09"); /* day names in the run's language */
    th_language("en");
    trygg_peak_hours(hours, 3, 3, buf, sizeof buf);
    th_language("sv");
    TH_ASSERT_STR(buf, "Fri 22-01, Sat 23-02, Mon 06-09");
    trygg_peak_hours(hours, 1, 1, buf, sizeof buf);
    TH_ASSERT_STR(buf, "fre 22-23");
    /* The week wraps: a window starting Sunday 23:00 ends Monday 02:00. */
    unsigned wrap[TRYGG_HOURS_OF_WEEK] = {0};
    wrap[167] = 2;
    wrap[0] = 1;
    wrap[1] = 1;
    trygg_peak_hours(wrap, 1, 3, buf, sizeof buf);
    TH_ASSERT_STR(buf, "sön 23-02");
    unsigned none[TRYGG_HOURS_OF_WEEK] = {0};
    trygg_peak_hours(none, 3, 3, buf, sizeof buf);
    TH_ASSERT_STR(buf, "inga tider för händelserna");
    TH_ASSERT_INT(trygg_hour_of_week(TRYGG_TIME_UNKNOWN, 1.0, true), -1);
}

/* ---------------------------------------------------------------- trends and names */

static void test_periods_trend_mark(void)
{
    /* 10 reports in a year, then 30: Binomial(40, 1/2) two-sided p = 2 P(X <= 10)
     * = 2 sum_{k=0..10} C(40, k) / 2^40 = 2 x 1 221 246 132 / 1 099 511 627 776 = 0.0022214338. */
    double p = trygg_poisson_compare_p(10, 30, 365, 365);
    TH_ASSERT_NEAR(p, 0.0022214338, 1e-9);
    TH_ASSERT_INT(trygg_trend_mark(10, 30, 365, 365, p, 0.05), TRYGG_TREND_RISING);
    TH_ASSERT_INT(trygg_trend_mark(30, 10, 365, 365, p, 0.05), TRYGG_TREND_FALLING);
    TH_ASSERT_INT(trygg_trend_mark(10, 30, 365, 365, p, 0.001), TRYGG_TREND_NONE);
    TH_ASSERT_INT(trygg_trend_mark(10, 30, 365, 365, NAN, 0.05), TRYGG_TREND_NONE);
    /* Rates, not counts: 10 in 100 days (0.1/day) then 20 in 400 days (0.05/day) fell. */
    TH_ASSERT_INT(trygg_trend_mark(10, 20, 100, 400, 0.01, 0.05), TRYGG_TREND_FALLING);
    /* Trend words follow the run's language (Swedish by default); class codes never change. */
    TH_ASSERT_STR(trygg_trend_name(TRYGG_TREND_RISING, 10, 30), "ökande");
    TH_ASSERT_STR(trygg_trend_name(TRYGG_TREND_FALLING, 30, 10), "minskande");
    TH_ASSERT_STR(trygg_trend_name(TRYGG_TREND_NONE, 3, 4), "ingen signifikant förändring");
    TH_ASSERT_STR(trygg_trend_name(TRYGG_TREND_NONE, 0, 0), "inga anmälningar");
    TH_ASSERT_STR(trygg_hotspot_class_name(3), "hot 99 %");
    th_language("en");
    TH_ASSERT_STR(trygg_trend_name(TRYGG_TREND_RISING, 10, 30), "rising");
    TH_ASSERT_STR(trygg_trend_name(TRYGG_TREND_FALLING, 30, 10), "falling");
    TH_ASSERT_STR(trygg_trend_name(TRYGG_TREND_NONE, 3, 4), "no significant change");
    TH_ASSERT_STR(trygg_trend_name(TRYGG_TREND_NONE, 0, 0), "no reports");
    th_language("sv");
    TH_ASSERT_STR(trygg_hotspot_class_name(3), "hot 99 %");
    TH_ASSERT_STR(trygg_hotspot_class_name(-2), "cold 95 %");
    TH_ASSERT_STR(trygg_hotspot_class_name(0), "not significant");
    CU_ASSERT(trygg_hotspot_class_name(4) == NULL);
}

/* The 12 months before a given period b (CET, +1 h in winter): b from 2024-03-01 local
 * (2024-02-29 23:00 UTC) gives a from 2023-03-01 local (2023-02-28 23:00 UTC) to b's start; b
 * from 29 February 2024 gives a from 1 March 2023, that year having no 29 February. */
static void test_periods_year_before(void)
{
    trygg_period a, b;
    char buf[64];
    CU_ASSERT_FATAL(trygg_period_parse("2024-03-01/2024-12-31", 1.0, true, &b));
    trygg_period_year_before(&b, 1.0, true, &a);
    TH_ASSERT_INT(a.from, t_of("2023-02-28T23:00:00Z"));
    TH_ASSERT_INT(a.to, b.from);
    trygg_period_format(&a, 1.0, true, buf, sizeof buf);
    TH_ASSERT_STR(buf, "2023-03-01/2024-02-29");
    CU_ASSERT_FATAL(trygg_period_parse("2024-02-29/2024-12-31", 1.0, true, &b));
    trygg_period_year_before(&b, 1.0, true, &a);
    trygg_period_format(&a, 1.0, true, buf, sizeof buf);
    TH_ASSERT_STR(buf, "2023-03-01/2024-02-28");
}

void test_periods_register(void)
{
    static CU_TestInfo tests[] = {
        {"periods parse both days, local time", test_periods_period_parse},
        {"default periods: 12 months up to the latest incident", test_periods_period_defaults},
        {"the 12 months before a given period", test_periods_year_before},
        {"peak hours from hand-made times", test_periods_peak_hours},
        {"trend marks and class names", test_periods_trend_mark},
        CU_TEST_INFO_NULL,
    };
    th_add_suite("periods", tests);
}
