/*
 * GNU gettext for trygg's texts, and Swedish and English number and date formats.
 *
 * The catalog is looked up in $TRYGG_LOCALEDIR, else in the build tree that compiled this file
 * (a build run from its tree), else in the installed locale directory (cmake --install).
 * glibc's gettext picks the catalog from the LANGUAGE variable, and only when the messages
 * locale is not "C" (C.UTF-8 will do); trygg_set_language arranges both.
 *
 * Number formats follow Språkrådet's Svenska skrivregler (2017), 12.2 and 12.3: decimal comma,
 * a space between groups of three digits (four-digit numbers may stay ungrouped: "1234",
 * "12 345"), a space before the percent sign; dates "5 mars 2024" with the month in lower case.
 */
#include <libintl.h>
#include <locale.h>
#include <math.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "core/i18n.h"
#include "core/internal.h"

#ifndef TRYGG_BUILD_LOCALEDIR
#define TRYGG_BUILD_LOCALEDIR ""
#endif
#ifndef TRYGG_INSTALL_LOCALEDIR
#define TRYGG_INSTALL_LOCALEDIR "/usr/local/share/locale"
#endif

static atomic_int current_language = TRYGG_LANG_SV;
static pthread_once_t bind_once = PTHREAD_ONCE_INIT;

static bool has_catalog(const char *dir)
{
    if (!dir || !*dir)
        return false;
    char path[4096];
    snprintf(path, sizeof path, "%s/sv/LC_MESSAGES/%s.mo", dir, TRYGG_TEXTDOMAIN);
    struct stat st;
    return stat(path, &st) == 0 && S_ISREG(st.st_mode);
}

/* The messages locale must not be "C" for gettext to read LANGUAGE (glibc, dcigettext.c
 * guess_category_value). Only LC_MESSAGES is touched: numbers in SQL, GDAL options and CSV
 * stay in the C locale's format. */
static void messages_locale(void)
{
    const char *cur = setlocale(LC_MESSAGES, NULL);
    if (!cur || strcmp(cur, "C") == 0 || strcmp(cur, "POSIX") == 0)
        if (!setlocale(LC_MESSAGES, "C.UTF-8"))
            setlocale(LC_MESSAGES, "C.utf8");
}

static void apply_language_environment(trygg_language lang)
{
    /* English is the msgids: no catalog is looked up at all (trygg__tr), so the environment is
     * only set for Swedish. */
    if (lang == TRYGG_LANG_SV) {
        messages_locale();
        setenv("LANGUAGE", "sv", 1);
    }
}

static void bind_catalog(void)
{
    const char *env = getenv("TRYGG_LOCALEDIR");
    const char *dir = env && *env ? env : has_catalog(TRYGG_BUILD_LOCALEDIR) ? TRYGG_BUILD_LOCALEDIR
                                                                             : TRYGG_INSTALL_LOCALEDIR;
    bindtextdomain(TRYGG_TEXTDOMAIN, dir);
    /* Catalog text comes out as UTF-8 whatever LC_CTYPE says (in the C locale gettext would
     * otherwise transliterate å, ä and ö to '?'). */
    bind_textdomain_codeset(TRYGG_TEXTDOMAIN, "UTF-8");
    apply_language_environment((trygg_language)atomic_load(&current_language));
}

const char *trygg__tr(const char *msgid)
{
    if (!msgid || !*msgid || atomic_load(&current_language) == TRYGG_LANG_EN)
        return msgid;
    pthread_once(&bind_once, bind_catalog);
    return dgettext(TRYGG_TEXTDOMAIN, msgid);
}

const char *trygg__trn(const char *one, const char *many, unsigned long n)
{
    if (atomic_load(&current_language) == TRYGG_LANG_EN)
        return n == 1 ? one : many;
    pthread_once(&bind_once, bind_catalog);
    return dngettext(TRYGG_TEXTDOMAIN, one, many, n);
}

trygg_language trygg__language(void)
{
    return (trygg_language)atomic_load(&current_language);
}

bool trygg_language_parse(const char *code, trygg_language *out)
{
    if (!code)
        return false;
    if (trygg__streq_ci(code, "sv") || trygg__streq_ci(code, "svenska") || trygg__streq_ci(code, "swedish") ||
        trygg__streq_ci(code, "sv_SE")) {
        *out = TRYGG_LANG_SV;
        return true;
    }
    if (trygg__streq_ci(code, "en") || trygg__streq_ci(code, "english") || trygg__streq_ci(code, "engelska")) {
        *out = TRYGG_LANG_EN;
        return true;
    }
    return false;
}

const char *trygg_language_code(trygg_language lang)
{
    return lang == TRYGG_LANG_EN ? "en" : "sv";
}

trygg_status trygg_set_language(trygg_ctx *ctx, const char *code)
{
    trygg_language lang;
    if (!trygg_language_parse(code, &lang))
        return trygg__fail(ctx, TRYGG_E_USAGE, "language '%s' is not sv or en", code ? code : "");
    atomic_store(&current_language, (int)lang);
    pthread_once(&bind_once, bind_catalog);
    apply_language_environment(lang);
    return TRYGG_OK;
}

/* Digits of |v| rounded to `decimals`, grouped by `sep` (NULL: no grouping) from `min_group`
 * integer digits up, with `point` before the decimals. One snprintf for the digits, the rest
 * copied: the scores format a few numbers for each of millions of places. */
static const char *format_number(char *buf, size_t n, double v, int decimals, const char *sep, size_t min_group,
                                 const char *point)
{
    if (!isfinite(v)) {
        snprintf(buf, n, "\u2013");
        return buf;
    }
    if (decimals < 0)
        decimals = 0;
    if (decimals > 6)
        decimals = 6;
    char raw[TRYGG__NUM_MAX];
    snprintf(raw, sizeof raw, "%.*f", decimals, v);
    const char *p = raw;
    bool neg = *p == '-';
    if (neg)
        p++;
    /* "-0" and "-0.0" are zero */
    if (neg && strspn(p, "0.") == strlen(p))
        neg = false;
    const char *dot = strchr(p, '.');
    size_t nint = dot ? (size_t)(dot - p) : strlen(p);
    size_t lsep = sep ? strlen(sep) : 0, lpoint = strlen(point);
    char out[3 * TRYGG__NUM_MAX];
    size_t o = 0;
    if (neg) {
        memcpy(out, "\u2212", 3); /* minus sign, 3 bytes of UTF-8 */
        o = 3;
    }
    bool group = sep && nint >= min_group;
    for (size_t i = 0; i < nint && o + 8 < sizeof out; i++) {
        if (group && i > 0 && (nint - i) % 3 == 0) {
            memcpy(out + o, sep, lsep);
            o += lsep;
        }
        out[o++] = p[i];
    }
    if (dot) {
        size_t ldec = strlen(dot + 1);
        if (o + lpoint + ldec < sizeof out) {
            memcpy(out + o, point, lpoint);
            memcpy(out + o + lpoint, dot + 1, ldec);
            o += lpoint + ldec;
        }
    }
    out[o] = '\0';
    if (n > 0) {
        size_t m = o < n - 1 ? o : n - 1;
        memcpy(buf, out, m);
        buf[m] = '\0';
    }
    return buf;
}

const char *trygg__fmt_num(char *buf, size_t n, double v, int decimals)
{
    if (trygg__language() == TRYGG_LANG_EN)
        return format_number(buf, n, v, decimals, ",", 4, ".");
    return format_number(buf, n, v, decimals, "\u202f", 5, ",");
}

const char *trygg__fmt_pct(char *buf, size_t n, double share, int decimals)
{
    char num[TRYGG__NUM_MAX];
    trygg__fmt_num(num, sizeof num, 100.0 * share, decimals);
    if (!isfinite(share))
        snprintf(buf, n, "%s", num);
    else if (trygg__language() == TRYGG_LANG_EN)
        snprintf(buf, n, "%s%%", num);
    else
        snprintf(buf, n, "%s\u00a0%%", num);
    return buf;
}

static const char *const months_sv[12] = {"januari", "februari", "mars",      "april",   "maj",      "juni",
                                          "juli",    "augusti",  "september", "oktober", "november", "december"};
static const char *const months_en[12] = {"January", "February", "March",     "April",   "May",      "June",
                                          "July",    "August",   "September", "October", "November", "December"};

const char *trygg__month_name(int month)
{
    if (month < 1 || month > 12)
        return "?";
    return trygg__language() == TRYGG_LANG_EN ? months_en[month - 1] : months_sv[month - 1];
}

const char *trygg__fmt_date(char *buf, size_t n, int year, int month, int day)
{
    snprintf(buf, n, "%d %s %d", day, trygg__month_name(month), year);
    return buf;
}

const char *trygg__fmt_iso_date(char *buf, size_t n, const char *iso)
{
    int y, m, d;
    char tail;
    if (iso && strlen(iso) >= 10 && sscanf(iso, "%4d-%2d-%2d%c", &y, &m, &d, &tail) >= 3 && m >= 1 && m <= 12 &&
        d >= 1 && d <= 31)
        return trygg__fmt_date(buf, n, y, m, d);
    snprintf(buf, n, "%s", iso ? iso : "");
    return buf;
}
