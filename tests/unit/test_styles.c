/*
 * QGIS styles in the run's language (src/io/style_text.c): which texts of a QML are translated,
 * that the result is still valid XML and a valid QGIS expression whatever the translation holds,
 * that tools/qml_msgids.py lists exactly the msgids the C code looks up, and that the shipped
 * styles come out in Swedish from po/sv.po.
 */
#define _POSIX_C_SOURCE 200809L

#include <CUnit/CUnit.h>
#include <dirent.h>
#include <stdlib.h>
#include <string.h>

#include <cpl_error.h>
#include <cpl_minixml.h>

#include "core/i18n.h"
#include "core/internal.h"
#include "helpers.h"
#include "io/gpkg_internal.h"

#define STYLES TRYGG_SOURCE_DIR "/styles"

/* Records every lookup as "CONTEXT\004msgid" (or "msgid"), once per distinct key, and translates
 * nothing. */
typedef struct {
    char **keys;
    size_t n, cap;
} recorder;

static const char *record(const char *context, const char *msgid, void *arg)
{
    recorder *r = arg;
    char *key = context ? trygg__xasprintf("%s\004%s", context, msgid) : trygg__xstrdup(msgid);
    for (size_t i = 0; i < r->n; i++)
        if (strcmp(r->keys[i], key) == 0) {
            free(key);
            return msgid;
        }
    trygg__grow((void **)&r->keys, &r->cap, r->n + 1, sizeof *r->keys);
    r->keys[r->n++] = key;
    return msgid;
}

static void recorder_fini(recorder *r)
{
    for (size_t i = 0; i < r->n; i++)
        free(r->keys[i]);
    free(r->keys);
}

/* Decode one PO string line ("..." with C escapes) and append it to *s. */
static void po_append(char **s, const char *line)
{
    const char *q = strchr(line, '"');
    trygg__strbuf b = {0};
    trygg__sb_printf(&b, "%s", *s ? *s : "");
    for (const char *p = q ? q + 1 : ""; *p && *p != '"'; p++) {
        if (*p == '\\' && p[1]) {
            p++;
            trygg__sb_printf(&b, "%c", *p == 'n' ? '\n' : *p == 't' ? '\t' : *p == 'r' ? '\r' : *p);
        } else
            trygg__sb_printf(&b, "%c", *p);
    }
    free(*s);
    *s = trygg__sb_steal(&b);
}

/* The msgids tools/qml_msgids.py lists for one file, as recorder keys, in order. */
static size_t python_keys(const char *qml_path, char ***out)
{
    char *cmd = trygg__xasprintf("python3 '%s/tools/qml_msgids.py' '%s'", TRYGG_SOURCE_DIR, qml_path);
    FILE *p = popen(cmd, "r");
    free(cmd);
    CU_ASSERT_PTR_NOT_NULL_FATAL(p);
    char line[8192];
    char *ctx = NULL, *id = NULL;
    bool in_id = false, in_ctx = false;
    char **keys = NULL;
    size_t n = 0, cap = 0;
    while (fgets(line, sizeof line, p)) {
        if (strncmp(line, "msgctxt ", 8) == 0) {
            po_append(&ctx, line + 7);
            in_ctx = true, in_id = false;
        } else if (strncmp(line, "msgid ", 6) == 0) {
            po_append(&id, line + 5);
            in_id = true, in_ctx = false;
        } else if (line[0] == '"' && (in_id || in_ctx)) {
            po_append(in_id ? &id : &ctx, line);
        } else if (strncmp(line, "msgstr ", 7) == 0) {
            if (id && *id) {
                trygg__grow((void **)&keys, &cap, n + 1, sizeof *keys);
                keys[n++] = ctx ? trygg__xasprintf("%s\004%s", ctx, id) : trygg__xstrdup(id);
            }
            free(ctx), free(id);
            ctx = id = NULL;
            in_id = in_ctx = false;
        }
    }
    free(ctx), free(id);
    CU_ASSERT_EQUAL(pclose(p), 0);
    *out = keys;
    return n;
}

static char *read_text(const char *path)
{
    trygg_ctx *ctx = th_ctx();
    char *qml = NULL;
    trygg_set_language(ctx, "en");
    trygg_status st = trygg__style_read(ctx, STYLES, path, &qml);
    if (st)
        fprintf(stderr, "\n  %s: %s\n", path, trygg_errmsg(ctx));
    CU_ASSERT_EQUAL(st, TRYGG_OK);
    trygg_set_language(ctx, "sv");
    trygg_ctx_free(ctx);
    return qml;
}

/* C and Python find the same texts in every shipped style, in the same order. */
static void test_styles_msgids_match_python(void)
{
    DIR *d = opendir(STYLES);
    CU_ASSERT_PTR_NOT_NULL_FATAL(d);
    struct dirent *e;
    size_t files = 0, total = 0;
    while ((e = readdir(d))) {
        size_t len = strlen(e->d_name);
        if (len < 5 || strcmp(e->d_name + len - 4, ".qml") != 0)
            continue;
        char layer[256];
        snprintf(layer, sizeof layer, "%.*s", (int)(len - 4), e->d_name);
        char *qml = read_text(layer);
        if (!qml)
            continue;
        recorder r = {0};
        char *same = trygg__style_translate(qml, record, &r);
        TH_ASSERT_STR(same, qml); /* nothing translated: nothing changed */
        char path[4096];
        snprintf(path, sizeof path, "%s/%s", STYLES, e->d_name);
        char **py = NULL;
        size_t npy = python_keys(path, &py);
        if (npy != r.n)
            fprintf(stderr, "\n  %s: C looks up %zu texts, tools/qml_msgids.py lists %zu\n", e->d_name, r.n, npy);
        CU_ASSERT_EQUAL(npy, r.n);
        for (size_t i = 0; i < npy && i < r.n; i++)
            TH_ASSERT_STR(py[i], r.keys[i]);
        CU_ASSERT(r.n > 0);
        total += r.n;
        for (size_t i = 0; i < npy; i++)
            free(py[i]);
        free(py);
        recorder_fini(&r);
        free(same);
        free(qml);
        files++;
    }
    closedir(d);
    CU_ASSERT(files >= 18);
    CU_ASSERT(total > 300);
}

/* Translations full of XML and expression metacharacters. */
static const char *nasty(const char *context, const char *msgid, void *arg)
{
    (void)arg;
    if (context && strcmp(msgid, " until ") == 0)
        return " it's \\ <till> & \"so\"\n";
    if (context)
        return "[x]";
    if (strcmp(msgid, "Street name") == 0)
        return "Gata & <väg> \"namn\" 'x'";
    if (strcmp(msgid, "0-20 least safe") == 0)
        return "0–20 <minst> trygg";
    if (strcmp(msgid, "föreslagen (proposed)") == 0)
        return "föreslagen & ny";
    return msgid;
}

static const char *attr_of(CPLXMLNode *root, const char *path, const char *attr)
{
    CPLXMLNode *n = CPLGetXMLNode(root, path);
    return n ? CPLGetXMLValue(n, attr, NULL) : NULL;
}

static void test_styles_escaping(void)
{
    const char *qml =
        "<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>\n"
        "<qgis version=\"3.22\">\n"
        "  <!-- <alias name=\"Street name\"/> in a comment stays -->\n"
        "  <renderer-v2 type=\"graduatedSymbol\"><ranges>"
        "<range lower=\"0\" upper=\"20\" symbol=\"0\" label=\"0-20 least safe\"/></ranges></renderer-v2>\n"
        "  <labeling type=\"simple\"><settings><text-style isExpression=\"1\" "
        "fieldName=\"category || ' until ' || if(state = 'gone', 'gone', '') || "
        "if(kind IN ('a b', 'c'), ' x', '')\"/></settings></labeling>\n"
        "  <labeling2><text-style isExpression=\"0\" fieldName=\"street\"/></labeling2>\n"
        "  <fieldConfiguration><field name=\"status\"><editWidget type=\"ValueMap\"><config><Option type=\"Map\">"
        "<Option name=\"map\" type=\"List\"><Option type=\"Map\">"
        "<Option value=\"föreslagen\" name=\"föreslagen (proposed)\" type=\"QString\"/>"
        "</Option></Option></Option></config></editWidget></field>"
        "<field name=\"x\"><editWidget type=\"TextEdit\"><config><Option type=\"Map\">"
        "<Option value=\"0\" name=\"IsMultiline\" type=\"QString\"/></Option></config></editWidget></field>"
        "</fieldConfiguration>\n"
        "  <rules><rule key=\"r\" label='Street name'/></rules>\n"
        "  <aliases><alias field=\"street\" name=\"Street name\" index=\"0\"/>"
        "<alias field=\"seg_id\" name=\"\" index=\"1\"/></aliases>\n"
        "</qgis>\n";
    char *out = trygg__style_translate(qml, nasty, NULL);
    CPLPushErrorHandler(CPLQuietErrorHandler);
    CPLXMLNode *tree = CPLParseXMLString(out);
    CPLPopErrorHandler();
    CU_ASSERT_PTR_NOT_NULL_FATAL(tree);
    CPLXMLNode *root = CPLGetXMLNode(tree, "=qgis");
    CU_ASSERT_PTR_NOT_NULL_FATAL(root);
    TH_ASSERT_STR(attr_of(root, "aliases.alias", "name"), "Gata & <väg> \"namn\" 'x'");
    TH_ASSERT_STR(attr_of(root, "aliases.alias", "field"), "street"); /* field names never change */
    TH_ASSERT_STR(attr_of(root, "renderer-v2.ranges.range", "label"), "0–20 <minst> trygg");
    /* in an attribute in single quotes the apostrophe is escaped, the double quote need not be */
    TH_ASSERT_STR(attr_of(root, "rules.rule", "label"), "Gata & <väg> \"namn\" 'x'");
    CU_ASSERT_PTR_NOT_NULL(strstr(out, "label='Gata &amp; &lt;väg&gt; \"namn\" &apos;x&apos;'"));
    TH_ASSERT_STR(attr_of(root, "labeling.settings.text-style", "fieldName"),
                  "category || ' it''s \\\\ <till> & \"so\"\\n' || if(state = 'gone', '[x]', '') || "
                  "if(kind IN ('a b', 'c'), '[x]', '')");
    TH_ASSERT_STR(attr_of(root, "labeling2.text-style", "fieldName"), "street");
    CU_ASSERT_PTR_NOT_NULL(strstr(out, "name=\"föreslagen &amp; ny\""));
    CU_ASSERT_PTR_NOT_NULL(strstr(out, "name=\"IsMultiline\""));
    CU_ASSERT_PTR_NOT_NULL(strstr(out, "<!-- <alias name=\"Street name\"/> in a comment stays -->"));
    CU_ASSERT_PTR_NOT_NULL(strstr(out, "<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>"));
    CPLDestroyXMLNode(tree);
    free(out);
}

/* The shipped styles from po/sv.po: Swedish by default, English unchanged. */
static void test_styles_swedish_catalog(void)
{
    trygg_ctx *ctx = th_ctx();
    char *sv = NULL, *en = NULL;
    CU_ASSERT_EQUAL(trygg_set_language(ctx, "sv"), TRYGG_OK);
    CU_ASSERT_EQUAL(trygg__style_read(ctx, STYLES, "street_segments", &sv), TRYGG_OK);
    CU_ASSERT_EQUAL(trygg_set_language(ctx, "en"), TRYGG_OK);
    CU_ASSERT_EQUAL(trygg__style_read(ctx, STYLES, "street_segments", &en), TRYGG_OK);
    CU_ASSERT_EQUAL(trygg_set_language(ctx, "sv"), TRYGG_OK);
    TH_ASSERT_CONTAINS(en, "<alias field=\"street\" name=\"Street name\"");
    TH_ASSERT_CONTAINS(en, "label=\"0-20 least safe\"");
    TH_ASSERT_CONTAINS(sv, "<alias field=\"street\" name=\"Gatunamn\"");
    TH_ASSERT_CONTAINS(sv, "<alias field=\"safety_index\" name=\"Trygghetsindex (0–100, högt = tryggt)\"");
    TH_ASSERT_CONTAINS(sv, "label=\"0–20 minst trygg\"");
    CU_ASSERT_PTR_NULL(strstr(sv, "name=\"Street name\""));
    char *nr = NULL;
    CU_ASSERT_EQUAL(trygg__style_read(ctx, STYLES, "near_repeat_zones", &nr), TRYGG_OK);
    TH_ASSERT_CONTAINS(nr, "category || ' till ' || left(valid_until, 10)");
    char *reg = NULL;
    CU_ASSERT_EQUAL(trygg__style_read(ctx, STYLES, "register_measures", &reg), TRYGG_OK);
    TH_ASSERT_CONTAINS(reg, "<Option value=\"föreslagen\" name=\"föreslagen\" type=\"QString\"/>");
    TH_ASSERT_CONTAINS(reg, "evidence_state = 'gone'");
    free(sv);
    free(en);
    free(nr);
    free(reg);
    trygg_ctx_free(ctx);
}

void test_styles_register(void)
{
    static CU_TestInfo tests[] = {
        {"C and tools/qml_msgids.py find the same texts", test_styles_msgids_match_python},
        {"translations are escaped for XML and expressions", test_styles_escaping},
        {"shipped styles in Swedish from po/sv.po", test_styles_swedish_catalog},
        CU_TEST_INFO_NULL,
    };
    th_add_suite("styles", tests);
}
