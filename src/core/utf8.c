/*
 * Text encodings of inputs: UTF-8 validation (RFC 3629) and Windows-1252, the encoding of
 * Swedish Excel exports and most 8-bit text without a declared encoding.
 */
#include <stdlib.h>
#include <string.h>

#include "core/internal.h"

bool trygg__utf8_valid(const unsigned char *s, size_t n, size_t *bad)
{
    size_t i = 0;
    while (i < n) {
        unsigned c = s[i];
        size_t len;
        unsigned lo = 0x80, hi = 0xBF;
        if (c < 0x80) {
            i++;
            continue;
        } else if (c >= 0xC2 && c <= 0xDF) {
            len = 1;
        } else if (c >= 0xE0 && c <= 0xEF) {
            len = 2;
            if (c == 0xE0)
                lo = 0xA0;
            if (c == 0xED)
                hi = 0x9F; /* no surrogates */
        } else if (c >= 0xF0 && c <= 0xF4) {
            len = 3;
            if (c == 0xF0)
                lo = 0x90;
            if (c == 0xF4)
                hi = 0x8F; /* nothing above U+10FFFF */
        } else {
            goto invalid;
        }
        if (i + len >= n) /* cut short */
            goto invalid;
        if (s[i + 1] < lo || s[i + 1] > hi)
            goto invalid;
        for (size_t k = 2; k <= len; k++)
            if (s[i + k] < 0x80 || s[i + k] > 0xBF)
                goto invalid;
        i += len + 1;
    }
    return true;
invalid:
    if (bad)
        *bad = i;
    return false;
}

/* Windows-1252 0x80-0x9F (www.unicode.org/Public/MAPPINGS/VENDORS/MICSFT/WINDOWS/CP1252.TXT);
 * the five undefined bytes map to the C1 control of the same value, as Latin-1 would. */
static const unsigned short cp1252_high[32] = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
};

static unsigned cp1252_code_point(unsigned char b) { return b >= 0x80 && b <= 0x9F ? cp1252_high[b - 0x80] : b; }

static char *put_utf8(char *o, unsigned cp)
{
    if (cp < 0x80) {
        *o++ = (char)cp;
    } else if (cp < 0x800) {
        *o++ = (char)(0xC0 | (cp >> 6));
        *o++ = (char)(0x80 | (cp & 0x3F));
    } else {
        *o++ = (char)(0xE0 | (cp >> 12));
        *o++ = (char)(0x80 | ((cp >> 6) & 0x3F));
        *o++ = (char)(0x80 | (cp & 0x3F));
    }
    return o;
}

char *trygg__cp1252_to_utf8(const char *text)
{
    const unsigned char *s = (const unsigned char *)text;
    char *out = trygg__xmalloc(3 * strlen(text) + 1), *o = out;
    for (; *s; s++)
        o = put_utf8(o, cp1252_code_point(*s));
    *o = '\0';
    return out;
}

char *trygg__c1_as_cp1252(const char *text)
{
    const unsigned char *s = (const unsigned char *)text;
    bool any = false;
    for (const unsigned char *p = s; *p; p++)
        any = any || (p[0] == 0xC2 && p[1] >= 0x80 && p[1] <= 0x9F);
    if (!any)
        return NULL;
    char *out = trygg__xmalloc(3 * strlen(text) + 1), *o = out;
    while (*s) {
        if (s[0] == 0xC2 && s[1] >= 0x80 && s[1] <= 0x9F) {
            o = put_utf8(o, cp1252_code_point(s[1]));
            s += 2;
        } else {
            *o++ = (char)*s++;
        }
    }
    *o = '\0';
    return out;
}
