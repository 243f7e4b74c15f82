/*
 * The texts people read in a QGIS style (styles/<layer>.qml), translated into the run's language
 * when the style is embedded (trygg__style_read): the QML files hold English, the catalog
 * po/sv.po the Swedish; field names, values and expressions' logic never change.
 *
 * Translated, each looked up as a msgid of its own:
 *   - field aliases:              <alias field="f" name="TEXT"/>
 *   - legend entries:             <category label="TEXT">, <range label="TEXT">, <rule label="TEXT">
 *   - value-map labels of forms:  <Option value="v" name="TEXT"/> inside <editWidget type="ValueMap">
 *   - words in label expressions: the string literals of <text-style isExpression="1"
 *     fieldName="EXPR"> that hold a letter, with the context "QGIS label expression"; a literal
 *     compared with something (=, <>, !=, <, >, LIKE, ILIKE, IS, IN (...)) is a value and stays.
 * tools/qml_msgids.py applies the same rules to list the msgids for po/sv.po (tools/po); the
 * styles suite checks that both find the same ones.
 */
#define _POSIX_C_SOURCE 200809L

#include <ctype.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "core/i18n.h"
#include "core/internal.h"
#include "io/gpkg_internal.h"

#define EXPR_CONTEXT "QGIS label expression"

/* ---- XML attribute values ---- */

/* Decode the entities of an attribute value (the five named ones and numeric references). */
static char *xml_unescape(const char *s, size_t n)
{
    trygg__strbuf b = {0};
    for (size_t i = 0; i < n; i++) {
        if (s[i] != '&') {
            trygg__sb_printf(&b, "%c", s[i]);
            continue;
        }
        const char *semi = memchr(s + i, ';', n - i);
        if (!semi) {
            trygg__sb_printf(&b, "&");
            continue;
        }
        size_t len = (size_t)(semi - (s + i)) + 1;
        static const struct {
            const char *ent, *ch;
        } named[] = {{"&amp;", "&"}, {"&lt;", "<"}, {"&gt;", ">"}, {"&quot;", "\""}, {"&apos;", "'"}};
        bool done = false;
        for (size_t k = 0; k < sizeof named / sizeof named[0] && !done; k++)
            if (len == strlen(named[k].ent) && strncmp(s + i, named[k].ent, len) == 0) {
                trygg__sb_printf(&b, "%s", named[k].ch);
                done = true;
            }
        if (!done && s[i + 1] == '#') {
            char *end = NULL;
            unsigned long cp = s[i + 2] == 'x' || s[i + 2] == 'X' ? strtoul(s + i + 3, &end, 16)
                                                                  : strtoul(s + i + 2, &end, 10);
            if (end == semi && cp > 0 && cp <= 0x10FFFF) {
                char u[5] = {0};
                if (cp < 0x80)
                    u[0] = (char)cp;
                else if (cp < 0x800)
                    u[0] = (char)(0xC0 | (cp >> 6)), u[1] = (char)(0x80 | (cp & 0x3F));
                else if (cp < 0x10000)
                    u[0] = (char)(0xE0 | (cp >> 12)), u[1] = (char)(0x80 | ((cp >> 6) & 0x3F)),
                    u[2] = (char)(0x80 | (cp & 0x3F));
                else
                    u[0] = (char)(0xF0 | (cp >> 18)), u[1] = (char)(0x80 | ((cp >> 12) & 0x3F)),
                    u[2] = (char)(0x80 | ((cp >> 6) & 0x3F)), u[3] = (char)(0x80 | (cp & 0x3F));
                trygg__sb_printf(&b, "%s", u);
                done = true;
            }
        }
        if (done)
            i += len - 1;
        else
            trygg__sb_printf(&b, "&");
    }
    return trygg__sb_steal(&b);
}

/* Append `s` escaped for an attribute value delimited by `quote` (" or '). */
static void xml_escape(trygg__strbuf *b, const char *s, char quote)
{
    for (; *s; s++) {
        switch (*s) {
        case '&': trygg__sb_printf(b, "&amp;"); break;
        case '<': trygg__sb_printf(b, "&lt;"); break;
        case '>': trygg__sb_printf(b, "&gt;"); break;
        case '"': trygg__sb_printf(b, quote == '"' ? "&quot;" : "\""); break;
        case '\'': trygg__sb_printf(b, quote == '\'' ? "&apos;" : "'"); break;
        case '\n': trygg__sb_printf(b, "&#10;"); break;
        case '\r': trygg__sb_printf(b, "&#13;"); break;
        case '\t': trygg__sb_printf(b, "&#9;"); break;
        default: trygg__sb_printf(b, "%c", *s);
        }
    }
}

/* ---- QGIS expressions (qgsexpressionlexer.ll: '' and backslash escapes in string literals) ---- */

static char *literal_unescape(const char *s, size_t n)
{
    trygg__strbuf b = {0};
    for (size_t i = 0; i < n; i++) {
        if (s[i] == '\'' && i + 1 < n && s[i + 1] == '\'') {
            trygg__sb_printf(&b, "'");
            i++;
        } else if (s[i] == '\\' && i + 1 < n) {
            char c = s[++i];
            trygg__sb_printf(&b, "%c", c == 'n' ? '\n' : c == 't' ? '\t' : c);
        } else
            trygg__sb_printf(&b, "%c", s[i]);
    }
    return trygg__sb_steal(&b);
}

static void literal_escape(trygg__strbuf *b, const char *s)
{
    trygg__sb_printf(b, "'");
    for (; *s; s++) {
        if (*s == '\'')
            trygg__sb_printf(b, "''");
        else if (*s == '\\')
            trygg__sb_printf(b, "\\\\");
        else if (*s == '\n')
            trygg__sb_printf(b, "\\n");
        else if (*s == '\t')
            trygg__sb_printf(b, "\\t");
        else
            trygg__sb_printf(b, "%c", *s);
    }
    trygg__sb_printf(b, "'");
}

typedef enum { T_STRING, T_IDENT, T_WORD, T_OP, T_OPEN, T_CLOSE, T_COMMA, T_OTHER } tok_kind;
typedef struct {
    tok_kind kind;
    size_t start, len;
} token;

/* Split an expression into tokens (spaces dropped). Returns the number; *out is freed by the caller. */
static size_t tokenize(const char *e, token **out)
{
    size_t n = 0, cap = 0, i = 0, len = strlen(e);
    token *t = NULL;
    while (i < len) {
        if (isspace((unsigned char)e[i])) {
            i++;
            continue;
        }
        token k = {T_OTHER, i, 1};
        if (e[i] == '\'' || e[i] == '"') {
            char q = e[i];
            size_t j = i + 1;
            while (j < len) {
                if (e[j] == '\\' && j + 1 < len)
                    j += 2;
                else if (e[j] == q && j + 1 < len && e[j + 1] == q)
                    j += 2;
                else if (e[j] == q)
                    break;
                else
                    j++;
            }
            k.kind = q == '\'' ? T_STRING : T_IDENT;
            k.len = (j < len ? j + 1 : len) - i;
        } else if (isalpha((unsigned char)e[i]) || e[i] == '_' || (unsigned char)e[i] >= 0x80) {
            size_t j = i;
            while (j < len &&
                   (isalnum((unsigned char)e[j]) || e[j] == '_' || e[j] == '.' || (unsigned char)e[j] >= 0x80))
                j++;
            k.kind = T_WORD;
            k.len = j - i;
        } else if (isdigit((unsigned char)e[i])) {
            size_t j = i;
            while (j < len && (isalnum((unsigned char)e[j]) || e[j] == '.'))
                j++;
            k.kind = T_OTHER;
            k.len = j - i;
        } else if (strchr("=<>!~|+-*/%^", e[i])) {
            size_t j = i;
            while (j < len && strchr("=<>!~|+-*/%^", e[j]))
                j++;
            k.kind = T_OP;
            k.len = j - i;
        } else if (e[i] == '(')
            k.kind = T_OPEN;
        else if (e[i] == ')')
            k.kind = T_CLOSE;
        else if (e[i] == ',')
            k.kind = T_COMMA;
        trygg__grow((void **)&t, &cap, n + 1, sizeof *t);
        t[n++] = k;
        i = k.start + k.len;
    }
    *out = t;
    return n;
}

static bool word_is(const char *e, const token *t, const char *w)
{
    return t->kind == T_WORD && t->len == strlen(w) && strncasecmp(e + t->start, w, t->len) == 0;
}

/* A comparison: an operator other than || and arithmetic, or LIKE, ILIKE, IS, IN, NOT. */
static bool is_comparison(const char *e, const token *t)
{
    if (t->kind == T_OP) {
        if (t->len == 2 && strncmp(e + t->start, "||", 2) == 0)
            return false;
        for (size_t i = 0; i < t->len; i++)
            if (strchr("=<>!~", e[t->start + i]))
                return true;
        return false;
    }
    return word_is(e, t, "like") || word_is(e, t, "ilike") || word_is(e, t, "is") || word_is(e, t, "in") ||
           word_is(e, t, "not");
}

static bool has_letter(const char *s)
{
    for (; *s; s++)
        if (isalpha((unsigned char)*s) || (unsigned char)*s >= 0x80)
            return true;
    return false;
}

/* Calls `fn` for each literal of `e` that is text to translate, with its unescaped text. */
typedef void (*literal_fn)(size_t tok, const char *text, void *arg);
static void each_text_literal(const char *e, const token *t, size_t n, literal_fn fn, void *arg)
{
    /* depth of parentheses opened right after IN: literals inside are values */
    int depth = 0, in_list_depth = -1;
    for (size_t i = 0; i < n; i++) {
        if (t[i].kind == T_OPEN) {
            depth++;
            if (in_list_depth < 0 && i > 0 && word_is(e, &t[i - 1], "in"))
                in_list_depth = depth;
            continue;
        }
        if (t[i].kind == T_CLOSE) {
            if (depth == in_list_depth)
                in_list_depth = -1;
            depth--;
            continue;
        }
        if (t[i].kind != T_STRING || t[i].len < 2 || in_list_depth >= 0)
            continue;
        if ((i > 0 && is_comparison(e, &t[i - 1])) || (i + 1 < n && is_comparison(e, &t[i + 1])))
            continue;
        char *text = literal_unescape(e + t[i].start + 1, t[i].len - 2);
        if (has_letter(text))
            fn(i, text, arg);
        free(text);
    }
}

typedef struct {
    trygg__style_tr_fn tr;
    void *arg;
    const char **repl; /* per token: its translation, or NULL */
} expr_state;

static void translate_literal(size_t tok, const char *text, void *arg)
{
    expr_state *s = arg;
    const char *out = s->tr(EXPR_CONTEXT, text, s->arg);
    s->repl[tok] = out && strcmp(out, text) != 0 ? out : NULL;
}

static char *translate_expression(const char *e, trygg__style_tr_fn tr, void *arg)
{
    token *t = NULL;
    size_t n = tokenize(e, &t);
    expr_state s = {tr, arg, trygg__xcalloc(n + 1, sizeof *s.repl)};
    each_text_literal(e, t, n, translate_literal, &s);
    trygg__strbuf b = {0};
    size_t at = 0;
    for (size_t i = 0; i < n; i++) {
        if (!s.repl[i])
            continue;
        trygg__sb_printf(&b, "%.*s", (int)(t[i].start - at), e + at);
        literal_escape(&b, s.repl[i]);
        at = t[i].start + t[i].len;
    }
    trygg__sb_printf(&b, "%s", e + at);
    free(s.repl);
    free(t);
    return trygg__sb_steal(&b);
}

/* ---- the QML document ---- */

typedef struct {
    size_t name, name_len;   /* attribute name */
    size_t value, value_len; /* its value, without the quotes */
    char quote;              /* the quotes around it */
} attr_pos;

#define MAX_ATTRS 64

/* Attributes of the start tag whose name ends at `p`; returns the position after the tag's '>'
 * and the number of attributes (at most MAX_ATTRS are kept). */
static size_t read_attrs(const char *doc, size_t p, attr_pos *a, size_t *na, bool *self_closing)
{
    *na = 0;
    *self_closing = false;
    for (;;) {
        while (doc[p] && isspace((unsigned char)doc[p]))
            p++;
        if (!doc[p])
            return p;
        if (doc[p] == '>')
            return p + 1;
        if (doc[p] == '/' && doc[p + 1] == '>') {
            *self_closing = true;
            return p + 2;
        }
        size_t name = p;
        while (doc[p] && !isspace((unsigned char)doc[p]) && doc[p] != '=' && doc[p] != '>' && doc[p] != '/')
            p++;
        size_t name_len = p - name;
        while (doc[p] && isspace((unsigned char)doc[p]))
            p++;
        if (doc[p] != '=') {
            if (name_len == 0)
                p++;
            continue;
        }
        p++;
        while (doc[p] && isspace((unsigned char)doc[p]))
            p++;
        char q = doc[p];
        if (q != '"' && q != '\'')
            continue;
        size_t value = ++p;
        while (doc[p] && doc[p] != q)
            p++;
        if (*na < MAX_ATTRS)
            a[(*na)++] = (attr_pos){name, name_len, value, p - value, q};
        if (doc[p])
            p++;
    }
}

static const attr_pos *find_attr(const char *doc, const attr_pos *a, size_t na, const char *name)
{
    for (size_t i = 0; i < na; i++)
        if (a[i].name_len == strlen(name) && strncmp(doc + a[i].name, name, a[i].name_len) == 0)
            return &a[i];
    return NULL;
}

static bool attr_equals(const char *doc, const attr_pos *a, const char *value)
{
    return a && a->value_len == strlen(value) && strncmp(doc + a->value, value, a->value_len) == 0;
}

static bool name_is(const char *doc, size_t start, size_t len, const char *name)
{
    return len == strlen(name) && strncmp(doc + start, name, len) == 0;
}

typedef enum { KIND_NONE, KIND_TEXT, KIND_EXPRESSION } attr_kind;

/* Which attribute of this element holds text to translate, and how. */
static const attr_pos *text_attr(const char *doc, size_t el, size_t el_len, const attr_pos *a, size_t na,
                                 bool in_value_map, attr_kind *kind)
{
    *kind = KIND_TEXT;
    if (name_is(doc, el, el_len, "alias"))
        return find_attr(doc, a, na, "name");
    if (name_is(doc, el, el_len, "category") || name_is(doc, el, el_len, "range") || name_is(doc, el, el_len, "rule"))
        return find_attr(doc, a, na, "label");
    if (in_value_map && name_is(doc, el, el_len, "Option") && find_attr(doc, a, na, "value"))
        return find_attr(doc, a, na, "name");
    if (name_is(doc, el, el_len, "text-style") && attr_equals(doc, find_attr(doc, a, na, "isExpression"), "1")) {
        *kind = KIND_EXPRESSION;
        return find_attr(doc, a, na, "fieldName");
    }
    *kind = KIND_NONE;
    return NULL;
}

char *trygg__style_translate(const char *qml, trygg__style_tr_fn tr, void *arg)
{
    trygg__strbuf b = {0};
    size_t p = 0, copied = 0;
    bool in_value_map = false;
    while (qml[p]) {
        if (qml[p] != '<') {
            p++;
            continue;
        }
        /* comments, the doctype, processing instructions and CDATA hold nothing to translate */
        const char *end_marker = strncmp(qml + p, "<!--", 4) == 0            ? "-->"
                                 : strncmp(qml + p, "<![CDATA[", 9) == 0     ? "]]>"
                                 : qml[p + 1] == '?'                         ? "?>"
                                 : qml[p + 1] == '!'                         ? ">"
                                                                             : NULL;
        if (end_marker) {
            const char *e = strstr(qml + p, end_marker);
            p = e ? (size_t)(e - qml) + strlen(end_marker) : strlen(qml);
            continue;
        }
        bool closing = qml[p + 1] == '/';
        size_t el = p + 1 + closing, el_len = 0;
        while (qml[el + el_len] && !isspace((unsigned char)qml[el + el_len]) && qml[el + el_len] != '>' &&
               qml[el + el_len] != '/')
            el_len++;
        if (closing) {
            if (name_is(qml, el, el_len, "editWidget"))
                in_value_map = false;
            p = el + el_len;
            continue;
        }
        attr_pos a[MAX_ATTRS];
        size_t na;
        bool self_closing;
        size_t next = read_attrs(qml, el + el_len, a, &na, &self_closing);
        if (name_is(qml, el, el_len, "editWidget"))
            in_value_map = !self_closing && attr_equals(qml, find_attr(qml, a, na, "type"), "ValueMap");
        attr_kind kind;
        const attr_pos *v = text_attr(qml, el, el_len, a, na, in_value_map, &kind);
        if (v && v->value_len > 0) {
            char *text = xml_unescape(qml + v->value, v->value_len);
            char *out = NULL;
            if (kind == KIND_EXPRESSION)
                out = translate_expression(text, tr, arg);
            else if (has_letter(text)) {
                const char *t = tr(NULL, text, arg);
                out = trygg__xstrdup(t ? t : text);
            }
            if (out && strcmp(out, text) != 0) {
                trygg__sb_printf(&b, "%.*s", (int)(v->value - copied), qml + copied);
                xml_escape(&b, out, v->quote);
                copied = v->value + v->value_len;
            }
            free(out);
            free(text);
        }
        p = next;
    }
    trygg__sb_printf(&b, "%s", qml + copied);
    return trygg__sb_steal(&b);
}

/* The run's language: gettext, with a context as pgettext keys it ("CONTEXT\004msgid"). */
const char *trygg__style_tr_gettext(const char *context, const char *msgid, void *arg)
{
    (void)arg;
    if (!context)
        return _(msgid);
    char *key = trygg__xasprintf("%s\004%s", context, msgid);
    const char *t = trygg__tr(key);
    /* gettext hands back the key itself when the catalog lacks it; the key is freed below */
    const char *out = t == key ? msgid : t;
    free(key);
    return out;
}
