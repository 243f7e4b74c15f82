/*
 * Language of what people read (src/core/i18n.c): GNU gettext (glibc's libintl) with English
 * msgids and a Swedish catalog (po/sv.po), and the number and date formats of each language.
 *
 * Every user-facing string is written as _("English text") (or N_() where a table holds it
 * and _() is applied when it is shown); trygg__fail, trygg__error_prefix and trygg__log
 * translate their format themselves. xgettext finds all of them (tools/po, DESIGN notes in
 * docs/NOTES.md "Language"). Field names and layer names stay ASCII and the same in every
 * language; aliases, labels and texts change.
 */
#ifndef TRYGG_CORE_I18N_H
#define TRYGG_CORE_I18N_H

#include <stddef.h>

#include "trygg/trygg.h"

#define TRYGG_TEXTDOMAIN "trygg"

#if defined(__GNUC__)
#define TRYGG__FORMAT_ARG(n) __attribute__((format_arg(n)))
#else
#define TRYGG__FORMAT_ARG(n)
#endif

/* The translation of `msgid` into the run's language (msgid itself in English or when the
 * catalog lacks it). Borrowed, valid for the life of the process. */
const char *trygg__tr(const char *msgid) TRYGG__FORMAT_ARG(1);
/* The same for a message with a plural: n == 1 picks `one` in English. */
const char *trygg__trn(const char *one, const char *many, unsigned long n) TRYGG__FORMAT_ARG(1)
    TRYGG__FORMAT_ARG(2);
#define _(s) trygg__tr(s)
#define N_(s) (s)

/* The run's language (trygg_set_language). */
trygg_language trygg__language(void);

/* Number formats of the run's language, into buf (returned, for use in printf arguments).
 * Swedish: decimal comma and a narrow no-break space (U+202F) between groups of three digits
 * from 10 000 up ("12 345,6"; "1234"); English: "12,345.6" ("1,234"). NaN and infinities
 * print as "–". decimals is 0..6. */
#define TRYGG__NUM_MAX 64
const char *trygg__fmt_num(char *buf, size_t n, double v, int decimals);
/* A share 0..1 as a percentage: Swedish "42 %" (no-break space), English "42%". */
const char *trygg__fmt_pct(char *buf, size_t n, double share, int decimals);
/* A calendar date: Swedish "5 mars 2024", English "5 March 2024". Month 1..12. */
const char *trygg__fmt_date(char *buf, size_t n, int year, int month, int day);
/* An ISO date or timestamp ("2024-03-05", "2024-03-05T22:10:00Z") as above; the text itself
 * when it does not start with a date. */
const char *trygg__fmt_iso_date(char *buf, size_t n, const char *iso);
/* Name of month 1..12 in the run's language ("mars", "March"). */
const char *trygg__month_name(int month);

#endif
