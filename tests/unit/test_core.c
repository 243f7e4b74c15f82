#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "core/internal.h"
#include "helpers.h"
#include "trygg/data.h"

static void test_core_status_table(void)
{
    TH_ASSERT_STR(trygg_status_name(TRYGG_E_IO), "TRYGG_E_IO");
    TH_ASSERT_STR(trygg_status_message(TRYGG_E_CRS), "coordinate reference system error");
    TH_ASSERT_INT(TRYGG_E_WRITE / 100, 2);
}

static void test_core_error_message(void)
{
    trygg_ctx *ctx = th_ctx();
    trygg_status st = trygg__fail(ctx, TRYGG_E_DATA, "incidents.csv line %d: timestamp '%s' is not a date", 4127,
                                  "2024-13-01");
    TH_ASSERT_INT(st, TRYGG_E_DATA);
    TH_ASSERT_STR(trygg_errmsg(ctx), "incidents.csv line 4127: timestamp '2024-13-01' is not a date");
    trygg__error_prefix(ctx, "reading %s", "incidents");
    TH_ASSERT_STR(trygg_errmsg(ctx), "reading incidents: incidents.csv line 4127: timestamp '2024-13-01' is not a date");
    trygg_ctx_free(ctx);
}

static void test_core_kv_replaces(void)
{
    trygg_kv kv = {0};
    for (int i = 0; i < 40; i++)
        trygg_kv_set(&kv, "k", "%d", i);
    trygg_kv_set(&kv, "other", "x");
    TH_ASSERT_INT(kv.n, 2);
    TH_ASSERT_STR(trygg_kv_get(&kv, "k"), "39");
    CU_ASSERT_PTR_NULL(trygg_kv_get(&kv, "missing"));
    trygg_kv_fini(&kv);
}

static void test_core_reject_reasons(void)
{
    trygg_input_report r = {0};
    trygg_input_report_reject(&r, "empty geometry", "feature %d", 3);
    trygg_input_report_reject(&r, "empty geometry", "feature %d", 9);
    trygg_input_report_reject(&r, "NaN coordinate", "feature %d", 4);
    TH_ASSERT_INT(r.rejected, 3);
    TH_ASSERT_INT(r.nreasons, 2);
    TH_ASSERT_INT(r.reasons[0].count, 2);
    TH_ASSERT_STR(r.reasons[0].example, "feature 3");
    trygg_input_report_fini(&r);
}

static void count_index(size_t i, GEOSContextHandle_t geos, void *user)
{
    (void)geos;
    double *out = user;
    out[i] = (double)i * 2.0;
}

static void test_core_parallel_for_covers_every_item(void)
{
    trygg_ctx *ctx = th_ctx();
    trygg_ctx_set_threads(ctx, 2);
    size_t n = 10007;
    double *out = calloc(n, sizeof *out);
    trygg__parallel_for(ctx, n, count_index, out);
    size_t bad = 0;
    for (size_t i = 0; i < n; i++)
        bad += out[i] != (double)i * 2.0;
    TH_ASSERT_INT(bad, 0);
    free(out);
    trygg_ctx_free(ctx);
}

static void assert_masked(const char *in, const char *expected)
{
    char *m = trygg_mask_secrets(in);
    TH_ASSERT_STR(m, expected);
    free(m);
}

static void test_core_mask_secrets(void)
{
    assert_masked("PG:dbname=lund host=db user=gis password=hemligt", "PG:dbname=lund host=db user=gis password=***");
    assert_masked("PG:\"dbname='lund' password='två ord' port=5432\"",
                  "PG:\"dbname='lund' password=*** port=5432\"");
    assert_masked("PGPASSWORD=abc123 PG:dbname=x", "PGPASSWORD=*** PG:dbname=x");
    assert_masked("PG:dbname=x PASSWORD = abc", "PG:dbname=x PASSWORD = ***");
    assert_masked("Driver={x};Server=s;Uid=u;Pwd=secret;", "Driver={x};Server=s;Uid=u;Pwd=***;");
    assert_masked("postgresql://gis:hemligt@db.lund.se/lund", "postgresql://gis:***@db.lund.se/lund");
    assert_masked("https://example.org/a.geojson?token=abc&x=1", "https://example.org/a.geojson?token=***&x=1");
    assert_masked("AWS_SECRET_ACCESS_KEY=zzz", "AWS_SECRET_ACCESS_KEY=***");
    /* Nothing to mask: text that only mentions passwords, paths, ordinary keys. */
    assert_masked("FATAL:  password authentication failed for user \"gis\"",
                  "FATAL:  password authentication failed for user \"gis\"");
    assert_masked("/data/lund/streets.gpkg:vagar", "/data/lund/streets.gpkg:vagar");
    assert_masked("[places] snap_m = 30", "[places] snap_m = 30");
    assert_masked("", "");
    CU_ASSERT_PTR_NULL(trygg_mask_secrets(NULL));
}

static void test_core_secrets_never_reach_messages_or_run_info(void)
{
    trygg_ctx *ctx = th_ctx();
    trygg__fail(ctx, TRYGG_E_OPEN, "%s: cannot open", "PG:dbname=x password=hemligt");
    TH_ASSERT_STR(trygg_errmsg(ctx), "PG:dbname=x password=***: cannot open");
    trygg__error_prefix(ctx, "streets %s", "PGPASSWORD=abc");
    TH_ASSERT_STR(trygg_errmsg(ctx), "streets PGPASSWORD=***: PG:dbname=x password=***: cannot open");
    trygg_kv kv = {0};
    trygg_kv_set(&kv, "input.streets.path", "%s", "PG:dbname=x password=hemligt");
    TH_ASSERT_STR(trygg_kv_get(&kv, "input.streets.path"), "PG:dbname=x password=***");
    trygg_kv_fini(&kv);
    trygg_ctx_free(ctx);
}

static void test_core_text_encodings(void)
{
    size_t bad = 99;
    CU_ASSERT_TRUE(trygg__utf8_valid((const unsigned char *)"Skadegörelse – €", strlen("Skadegörelse – €"), &bad));
    CU_ASSERT_FALSE(trygg__utf8_valid((const unsigned char *)"ab\x96" "c", 4, &bad));
    TH_ASSERT_INT(bad, 2);
    CU_ASSERT_FALSE(trygg__utf8_valid((const unsigned char *)"\xc3", 1, &bad)); /* cut short */
    CU_ASSERT_FALSE(trygg__utf8_valid((const unsigned char *)"\xed\xa0\x80", 3, &bad)); /* surrogate */
    CU_ASSERT_FALSE(trygg__utf8_valid((const unsigned char *)"\xc0\xaf", 2, &bad)); /* overlong */
    char *s = trygg__cp1252_to_utf8("Skadeg\xf6relse \x96 \x80 500 \x93x\x94");
    TH_ASSERT_STR(s, "Skadegörelse – € 500 “x”");
    free(s);
    /* what a Latin-1 reader makes of Windows-1252 (U+0096, U+0080), put right */
    s = trygg__c1_as_cp1252("Klotter \xc2\x96 \xc2\x80 100 ö");
    TH_ASSERT_STR(s, "Klotter – € 100 ö");
    free(s);
    CU_ASSERT_PTR_NULL(trygg__c1_as_cp1252("plain text – ö"));
}

static void test_core_streets_extent(void)
{
    double a[] = {10, 20, 30, 5}, b[] = {-4, 7}, env[4] = {0, 0, 0, 0};
    trygg_street v[] = {{.xy = a, .nv = 2}, {.xy = NULL, .nv = 0}, {.xy = b, .nv = 1}};
    trygg_streets s = {.v = v, .n = 3};
    CU_ASSERT_TRUE(trygg_streets_extent(&s, env));
    TH_ASSERT_NEAR(env[0], -4, 0);
    TH_ASSERT_NEAR(env[1], 5, 0);
    TH_ASSERT_NEAR(env[2], 30, 0);
    TH_ASSERT_NEAR(env[3], 20, 0);
    trygg_streets none = {.v = v + 1, .n = 1};
    CU_ASSERT_FALSE(trygg_streets_extent(&none, env));
}

/* ---- child contexts (trygg__ctx_child) ---- */

typedef struct {
    trygg__strbuf lines; /* "W:text\n" per line, W: the level's digit */
} log_sink;

static void sink_line(trygg_log_level level, const char *message, void *user)
{
    log_sink *k = user;
    trygg__sb_printf(&k->lines, "%d:%s\n", (int)level, message);
}

typedef struct {
    trygg_ctx *ctx;
    trygg_status st;
    bool box, clip_same, part, inside, outside;
} child_job;

static const unsigned char *child_clip;
static size_t child_clip_size;

static void *child_work(void *arg)
{
    child_job *j = arg;
    double box[4], margin = 0;
    j->box = trygg__study_box(j->ctx, box, &margin) && box[0] == -100 && box[3] == 1100 && margin == 100;
    size_t n = 0;
    const unsigned char *clip = trygg__clip(j->ctx, &n);
    j->clip_same = clip && clip != child_clip && n == child_clip_size && memcmp(clip, child_clip, n) == 0;
    j->part = trygg__has_part(j->ctx);
    GEOSContextHandle_t h = trygg__geos(j->ctx);
    GEOSGeometry *in = GEOSGeom_createPointFromXY_r(h, 500, 500), *out = GEOSGeom_createPointFromXY_r(h, 1500, 500);
    j->inside = trygg__in_part(j->ctx, in);
    j->outside = trygg__in_part(j->ctx, out);
    GEOSGeom_destroy_r(h, in);
    GEOSGeom_destroy_r(h, out);
    trygg__warn(j->ctx, "child warning %d", 1);
    trygg__info(j->ctx, "child info, not shown at the warning level");
    trygg__warn(j->ctx, "child warning %d", 2);
    j->st = trygg__fail(j->ctx, TRYGG_E_EMPTY, "%s: layer %s: none of %d features is usable", "buildings.csv",
                        "buildings", 2);
    return NULL;
}

static void test_core_child_context(void)
{
    const char *all_lines =
        "1:parent before\n1:child warning 1\n1:child warning 2\n1:parent after the child's place\n";
    trygg_ctx *parent = trygg_ctx_new();
    log_sink sink = {{0}};
    trygg_ctx_set_log(parent, sink_line, &sink, TRYGG_LOG_WARN);
    double env[4] = {0, 0, 1000, 1000};
    trygg_ctx_set_study_extent(parent, env, 100);
    /* a square of 1 km as the clip and the part, as WKB */
    GEOSContextHandle_t h = trygg__geos(parent);
    GEOSWKTReader *r = GEOSWKTReader_create_r(h);
    GEOSGeometry *sq = GEOSWKTReader_read_r(h, r, "POLYGON ((0 0, 1000 0, 1000 1000, 0 1000, 0 0))");
    GEOSWKTReader_destroy_r(h, r);
    size_t wkb_size = 0;
    unsigned char *wkb = trygg__geos_wkb_normalized(h, sq, &wkb_size);
    GEOSGeom_destroy_r(h, sq);
    trygg__set_clip(parent, wkb, wkb_size);
    CU_ASSERT_TRUE(trygg__set_part(parent, wkb, wkb_size));
    child_clip = trygg__clip(parent, &child_clip_size);

    trygg__warn(parent, "parent before");
    child_job job = {.ctx = trygg__ctx_child(parent)};
    CU_ASSERT_FALSE(trygg__interrupted(job.ctx));
    pthread_t tid;
    TH_ASSERT_INT(pthread_create(&tid, NULL, child_work, &job), 0);
    trygg__log_hold(parent);
    trygg__warn(parent, "parent after %s", "the child's place");
    pthread_join(tid, NULL);
    /* nothing of the child or of the held parent is shown before the child is finished */
    TH_ASSERT_STR(sink.lines.s, "1:parent before\n");
    CU_ASSERT_TRUE(job.box);
    CU_ASSERT_TRUE(job.clip_same);
    CU_ASSERT_TRUE(job.part);
    CU_ASSERT_TRUE(job.inside);
    CU_ASSERT_FALSE(job.outside);
    TH_ASSERT_INT(trygg__ctx_child_finish(parent, job.ctx, job.st), TRYGG_E_EMPTY);
    TH_ASSERT_STR(trygg_errmsg(parent), "buildings.csv: layer buildings: none of 2 features is usable");
    trygg__log_release(parent, true);
    TH_ASSERT_STR(sink.lines.s, all_lines);
    TH_ASSERT_INT(trygg_ctx_warning_count(parent), 4);

    /* a child whose work does not count: freed, its lines and error forgotten; held lines dropped;
     * a cancelled child is interrupted, its parent not */
    trygg_clear_error(parent);
    trygg_ctx *c = trygg__ctx_child(parent);
    trygg__warn(c, "forgotten child");
    trygg__ctx_cancel(c);
    CU_ASSERT_TRUE(trygg__interrupted(c));
    CU_ASSERT_FALSE(trygg__interrupted(parent));
    trygg_ctx_free(c);
    trygg__log_hold(parent);
    trygg__warn(parent, "forgotten parent");
    trygg__log_release(parent, false);
    c = trygg__ctx_child(parent);
    TH_ASSERT_INT(trygg__ctx_child_finish(parent, c, TRYGG_OK), TRYGG_OK); /* nothing to show */
    TH_ASSERT_STR(trygg_errmsg(parent), "");
    TH_ASSERT_INT(trygg_ctx_warning_count(parent), 4);
    TH_ASSERT_STR(sink.lines.s, all_lines);

    free(sink.lines.s);
    free(wkb);
    trygg_ctx_free(parent);
}

void test_core_register(void)
{
    static CU_TestInfo tests[] = {
        {"status table", test_core_status_table},
        {"error message", test_core_error_message},
        {"kv replaces", test_core_kv_replaces},
        {"reject reasons", test_core_reject_reasons},
        {"parallel_for covers every item", test_core_parallel_for_covers_every_item},
        {"mask secrets", test_core_mask_secrets},
        {"text encodings", test_core_text_encodings},
        {"streets extent", test_core_streets_extent},
        {"secrets never reach messages or run_info", test_core_secrets_never_reach_messages_or_run_info},
        {"child context", test_core_child_context},
        CU_TEST_INFO_NULL,
    };
    th_add_suite("core", tests);
}
