/*
 * Names in the reports: an area report's file name and a period's label (report/report_names.h).
 */
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>

#include "core/i18n.h"
#include "core/internal.h"
#include "report/report_names.h"

/* ASCII for the UTF-8 two-byte Latin-1 letters U+00C0..U+00FF; NULL for others. */
static const char *fold_latin1(unsigned cp)
{
    static const char *const t[64] = {
        "A", "A", "A", "A", "A", "A", "AE", "C",  "E", "E", "E", "E", "I", "I", "I",  "I",  /* C0-CF */
        "D", "N", "O", "O", "O", "O", "O",  NULL, "O", "U", "U", "U", "U", "Y", "TH", "ss", /* D0-DF */
        "a", "a", "a", "a", "a", "a", "ae", "c",  "e", "e", "e", "e", "i", "i", "i",  "i",  /* E0-EF */
        "d", "n", "o", "o", "o", "o", "o",  NULL, "o", "u", "u", "u", "u", "y", "th", "y",  /* F0-FF */
    };
    return (cp >= 0xC0 && cp <= 0xFF) ? t[cp - 0xC0] : NULL;
}

char *trygg_reports_file_name(const char *name, const char *const *taken, size_t ntaken)
{
    enum { MAXLEN = 60 };
    char base[MAXLEN + 8];
    size_t n = 0;
    bool gap = false;
    const unsigned char *p = (const unsigned char *)(name ? name : "");
    while (*p && n < MAXLEN) {
        const char *ascii = NULL;
        char one[2] = {0, 0};
        if ((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') || (*p >= '0' && *p <= '9') || *p == '-') {
            one[0] = (char)*p;
            ascii = one;
            p++;
        } else if (*p == 0xC3 && (p[1] & 0xC0) == 0x80) {
            ascii = fold_latin1(0xC0u + (p[1] & 0x3Fu));
            p += 2;
        } else {
            /* any other byte or UTF-8 sequence: skip it whole */
            if (*p >= 0xC0) {
                p++;
                while ((*p & 0xC0) == 0x80)
                    p++;
            } else {
                p++;
            }
        }
        if (!ascii) {
            gap = n > 0;
            continue;
        }
        if (gap && n < MAXLEN)
            base[n++] = '_';
        gap = false;
        for (const char *a = ascii; *a && n < MAXLEN; a++)
            base[n++] = *a;
    }
    while (n > 0 && (base[n - 1] == '_' || base[n - 1] == '-'))
        n--;
    base[n] = '\0';
    if (n == 0)
        snprintf(base, sizeof base, "area");
    char *out = trygg__xasprintf("%s.pdf", base);
    for (int k = 2;; k++) {
        bool clash = false;
        for (size_t i = 0; i < ntaken && !clash; i++)
            clash = taken[i] && trygg__streq_ci(taken[i], out);
        if (!clash)
            break;
        free(out);
        out = trygg__xasprintf("%s-%d.pdf", base, k);
    }
    return out;
}

static bool leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

static int month_days(int y, int m)
{
    static const int d[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return m == 2 && leap(y) ? 29 : d[m - 1];
}

void trygg_reports_period_label(const char *period, char *buf, size_t size)
{
    int y1, m1, d1, y2, m2, d2;
    char tail;
    if (!period || sscanf(period, "%4d-%2d-%2d/%4d-%2d-%2d%c", &y1, &m1, &d1, &y2, &m2, &d2, &tail) != 6 || m1 < 1 ||
        m1 > 12 || m2 < 1 || m2 > 12) {
        snprintf(buf, size, "%s", period ? period : "");
        return;
    }
    if (y1 == y2 && m1 == 1 && d1 == 1 && m2 == 12 && d2 == 31)
        snprintf(buf, size, "%04d", y1);
    else if (d1 == 1 && d2 == month_days(y2, m2))
        snprintf(buf, size, _("%04d-%02d to %04d-%02d"), y1, m1, y2, m2);
    else
        snprintf(buf, size, "%s", period);
}
