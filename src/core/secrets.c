/*
 * Secrets never leave the process (DESIGN.md section 7): the one helper that masks passwords in
 * connection strings before any text reaches a message, a log line, run_info or a document.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "core/internal.h"
#include "trygg/trygg.h"

#define MASK "***"

/* Keys whose value is a secret, compared case-insensitively: libpq's `password`, the
 * environment-style `PGPASSWORD` and anything else ending in "password", ODBC's `pwd`,
 * `passwd`, `secret`, and GDAL's cloud keys (`AWS_SECRET_ACCESS_KEY`, ...) by their tail. */
static bool secret_key(const char *key, size_t n)
{
    static const char *const tails[] = {"password", "passwd", "secret", "secret_access_key", "secret_key",
                                        "access_token", "api_key", "apikey"};
    static const char *const whole[] = {"pwd", "pass", "token"};
    for (size_t i = 0; i < sizeof tails / sizeof tails[0]; i++) {
        size_t m = strlen(tails[i]);
        if (n >= m && strncasecmp(key + n - m, tails[i], m) == 0)
            return true;
    }
    for (size_t i = 0; i < sizeof whole / sizeof whole[0]; i++)
        if (n == strlen(whole[i]) && strncasecmp(key, whole[i], n) == 0)
            return true;
    return false;
}

static bool key_char(char c) { return isalnum((unsigned char)c) || c == '_' || c == '-'; }

/* End of a value starting at s: a '...' or "..." quoted value (backslash escapes, as libpq),
 * else up to white space or a separator of connection strings and URLs. */
static const char *value_end(const char *s)
{
    if (*s == '\'' || *s == '"') {
        char q = *s++;
        while (*s && *s != q) {
            if (*s == '\\' && s[1])
                s++;
            s++;
        }
        return *s ? s + 1 : s;
    }
    while (*s && !isspace((unsigned char)*s) && *s != ';' && *s != '&' && *s != ',' && *s != '\'' && *s != '"' &&
           *s != ')' && !(*s == ':' && (s[1] == ' ' || !s[1]))) /* "...: " of a message */
        s++;
    return s;
}

char *trygg_mask_secrets(const char *text)
{
    if (!text)
        return NULL;
    size_t n = strlen(text);
    /* The masked text is never longer than the text plus one mask per character. */
    char *out = trygg__xmalloc(n * 4 + 1), *o = out;
    const char *s = text;
    while (*s) {
        /* key = value, key: value (not "://"), with optional spaces around the sign */
        if (key_char(*s) && (s == text || !key_char(s[-1]))) {
            const char *k = s;
            while (key_char(*s))
                s++;
            size_t klen = (size_t)(s - k);
            const char *p = s;
            while (*p == ' ' || *p == '\t')
                p++;
            bool sign = *p == '=' || (*p == ':' && p[1] != '/' && p != s);
            if (sign && secret_key(k, klen)) {
                p++;
                while (*p == ' ' || *p == '\t')
                    p++;
                memcpy(o, k, (size_t)(p - k));
                o += p - k;
                const char *e = value_end(p);
                if (e > p) {
                    memcpy(o, MASK, 3);
                    o += 3;
                }
                s = e;
                continue;
            }
            memcpy(o, k, klen);
            o += klen;
            continue;
        }
        /* scheme://user:password@host */
        if (s[0] == ':' && s[1] == '/' && s[2] == '/') {
            memcpy(o, "://", 3);
            o += 3;
            s += 3;
            const char *at = s;
            while (*at && *at != '@' && *at != '/' && !isspace((unsigned char)*at))
                at++;
            const char *colon = memchr(s, ':', (size_t)(at - s));
            if (*at == '@' && colon) {
                memcpy(o, s, (size_t)(colon - s) + 1);
                o += colon - s + 1;
                memcpy(o, MASK, 3);
                o += 3;
                s = at;
            }
            continue;
        }
        *o++ = *s++;
    }
    *o = '\0';
    return out;
}

void trygg__mask_secrets_in_place(char *buf, size_t size)
{
    if (!buf || !size)
        return;
    char *masked = trygg_mask_secrets(buf);
    size_t n = strlen(masked);
    if (n >= size)
        n = size - 1;
    memcpy(buf, masked, n);
    buf[n] = '\0';
    free(masked);
}
