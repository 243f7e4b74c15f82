/*
 * Time stamps: trygg_io_parse_time and trygg_io_local_time against epoch values from GNU date,
 * e.g. `date -u -d "2024-07-15 06:30:00 UTC" +%s` -> 1721025000. Local times are CET (UTC+1)
 * with EU summer time (UTC+2 from 01:00 UTC on the last Sunday of March to 01:00 UTC on the
 * last Sunday of October); the UTC instant of a local time is worked out by hand in each row.
 */
#include "helpers.h"
#include "io/io.h"

typedef struct {
    const char *text;
    int64_t expected;
} time_case;

static void test_time_parse_valid(void)
{
    static const time_case cases[] = {
        /* CET winter: 08:30 local = 07:30 UTC; date -u -d "2024-01-15 07:30:00 UTC" +%s */
        {"2024-01-15T08:30", 1705303800},
        /* CEST summer: 08:30 local = 06:30 UTC; date -u -d "2024-07-15 06:30:00 UTC" +%s */
        {"2024-07-15 08:30", 1721025000},
        /* explicit offsets, all 07:30:45 UTC: date -u -d "2024-07-15 07:30:45 UTC" +%s */
        {"2024-07-15T07:30:45Z", 1721028645},
        {"2024-07-15T07:30:45.250Z", 1721028645},
        {"2024-07-15T09:30:45+02:00", 1721028645},
        {"2024-07-15T09:30:45+0200", 1721028645},
        {"2024-07-15 09:30:45+02", 1721028645},
        {"2024-07-15T02:30:45-05:00", 1721028645},
        /* slashes, local summer time: 06:30:45 UTC = 1721025000 + 45 */
        {"2024/07/15 08:30:45", 1721025045},
        /* bare date = local midnight CET = 2024-02-28 23:00 UTC:
         * date -u -d "2024-02-29 00:00:00 UTC" +%s = 1709164800, minus 3600 */
        {"2024-02-29", 1709161200},
        /* date -u -d "2000-01-01 00:00:00 UTC" +%s */
        {"2000-01-01T00:00:00Z", 946684800},
        /* local midnight of the epoch day is 1969-12-31 23:00 UTC */
        {"1970-01-01", -3600},
        /* surrounding blanks; date -u -d "2024-06-01 12:00:00 UTC" +%s */
        {"  2024-06-01T12:00:00Z ", 1717243200},
        /* DST switch in spring: 01:59 CET = 00:59 UTC; date -u -d "2024-03-31 00:59:00 UTC" +%s */
        {"2024-03-31 01:59", 1711846740},
        /* 03:00 CEST = 01:00 UTC; date -u -d "2024-03-31 01:00:00 UTC" +%s */
        {"2024-03-31 03:00", 1711846800},
        /* autumn: 02:30 happens twice; the first (CEST) is taken = 00:30 UTC;
         * date -u -d "2024-10-27 00:30:00 UTC" +%s */
        {"2024-10-27 02:30", 1729989000},
        /* 03:00 CET = 02:00 UTC; date -u -d "2024-10-27 02:00:00 UTC" +%s */
        {"2024-10-27 03:00", 1729994400},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        int64_t t = 0;
        bool ok = trygg_io_parse_time(cases[i].text, 1.0, true, &t);
        if (!ok)
            fprintf(stderr, "\n  not parsed: '%s'\n", cases[i].text);
        CU_ASSERT(ok);
        TH_ASSERT_INT(t, cases[i].expected);
    }
}

static void test_time_parse_invalid(void)
{
    static const char *const bad[] = {
        "2024-13-01", "2023-02-29", "2024-04-31", "2024-03-01 25:00", "2024-03-01 24:00", "2024-03-01 12:60",
        "2024-03-01 12:00:61", "", "yesterday", "24-03-01", "2024-3-1", "2024-03-01T12:00+15:00",
        "2024-03-01 12:00:00 junk", "2024-03-01T", "2024/03/01T12:00", "2024-03/01", "2024-03-01 12", NULL,
    };
    for (size_t i = 0; bad[i]; i++) {
        int64_t t = 42;
        bool ok = trygg_io_parse_time(bad[i], 1.0, true, &t);
        if (ok)
            fprintf(stderr, "\n  parsed but should not be: '%s'\n", bad[i]);
        CU_ASSERT(!ok);
        TH_ASSERT_INT(t, 42);
    }
    int64_t t = 0;
    CU_ASSERT(!trygg_io_parse_time(NULL, 1.0, true, &t));
}

static void test_time_parse_without_summer_rule(void)
{
    int64_t t = 0;
    /* UTC+1 all year: 08:30 local = 07:30 UTC; date -u -d "2024-07-15 07:30:00 UTC" +%s = 1721028600 */
    CU_ASSERT(trygg_io_parse_time("2024-07-15 08:30", 1.0, false, &t));
    TH_ASSERT_INT(t, 1721028600);
    /* UTC+5:30: 13:00 local = 07:30 UTC; date -u -d "2024-01-15 07:30:00 UTC" +%s */
    CU_ASSERT(trygg_io_parse_time("2024-01-15 13:00", 5.5, false, &t));
    TH_ASSERT_INT(t, 1705303800);
}

static void test_time_local_winter_summer(void)
{
    int h = -1, wd = -1;
    /* 2024-01-15 07:30 UTC (Monday) = 08:30 CET */
    trygg_io_local_time(1705303800, 1.0, true, &h, &wd);
    TH_ASSERT_INT(h, 8);
    TH_ASSERT_INT(wd, 0);
    /* 2024-07-15 06:30 UTC (Monday) = 08:30 CEST; 07:30 without the summer rule */
    trygg_io_local_time(1721025000, 1.0, true, &h, &wd);
    TH_ASSERT_INT(h, 8);
    TH_ASSERT_INT(wd, 0);
    trygg_io_local_time(1721025000, 1.0, false, &h, &wd);
    TH_ASSERT_INT(h, 7);
    /* 2023-12-31 23:00 UTC (Sunday) = 2024-01-01 00:00 CET, a Monday */
    trygg_io_local_time(1704063600, 1.0, true, &h, &wd);
    TH_ASSERT_INT(h, 0);
    TH_ASSERT_INT(wd, 0);
    /* before the epoch: -3600 = 1969-12-31 23:00 UTC, a Wednesday */
    trygg_io_local_time(-3600, 0.0, false, &h, &wd);
    TH_ASSERT_INT(h, 23);
    TH_ASSERT_INT(wd, 2);
    /* UTC+5:30: 07:30 UTC = 13:00 */
    trygg_io_local_time(1705303800, 5.5, false, &h, &wd);
    TH_ASSERT_INT(h, 13);
}

static void test_time_local_at_dst_switch(void)
{
    int h = -1, wd = -1;
    /* 2024-03-31 00:59:59 UTC = 01:59:59 CET (Sunday); one second later 03:00 CEST */
    trygg_io_local_time(1711846799, 1.0, true, &h, &wd);
    TH_ASSERT_INT(h, 1);
    TH_ASSERT_INT(wd, 6);
    trygg_io_local_time(1711846800, 1.0, true, &h, &wd);
    TH_ASSERT_INT(h, 3);
    /* 2024-10-27 00:59:59 UTC = 02:59:59 CEST; 01:00:00 UTC = 02:00:00 CET */
    trygg_io_local_time(1729990799, 1.0, true, &h, &wd);
    TH_ASSERT_INT(h, 2);
    trygg_io_local_time(1729990800, 1.0, true, &h, &wd);
    TH_ASSERT_INT(h, 2);
    trygg_io_local_time(1729994400, 1.0, true, &h, &wd);
    TH_ASSERT_INT(h, 3);
}

void test_time_register(void)
{
    static CU_TestInfo tests[] = {
        {"parse valid", test_time_parse_valid},
        {"parse invalid", test_time_parse_invalid},
        {"parse without summer rule", test_time_parse_without_summer_rule},
        {"local time winter and summer", test_time_local_winter_summer},
        {"local time at the DST switch", test_time_local_at_dst_switch},
        CU_TEST_INFO_NULL,
    };
    th_add_suite("time", tests);
}
