/*
 * The measure register: matching proposals to entries on hand-made squares (shares worked out
 * by hand below), a round trip through the GeoPackage (create, a person's edits, a second run
 * with changed proposals, a third in which a vanished proposal returns), and a register held
 * by a writer in another process, the sqlite3 shell (the run gives up with a message, the file
 * stays intact).
 * Squares are in EPSG:3006 metres.
 */
#include <gdal.h>
#include <ogr_api.h>
#include <signal.h>
#include <stdint.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <unistd.h>

#include "helpers.h"
#include "pipeline/register_stage.h"
#include "plan/register.h"
#include "trygg/config.h"

static unsigned char *square_wkb(double x0, double y0, double side, size_t *size)
{
    char wkt[256];
    snprintf(wkt, sizeof wkt, "MULTIPOLYGON(((%g %g,%g %g,%g %g,%g %g,%g %g)))", x0, y0, x0 + side, y0, x0 + side,
             y0 + side, x0, y0 + side, x0, y0);
    OGRGeometryH g = NULL;
    char *p = wkt;
    OGR_G_CreateFromWkt(&p, NULL, &g);
    *size = (size_t)OGR_G_WkbSize(g);
    unsigned char *wkb = malloc(*size);
    OGR_G_ExportToIsoWkb(g, wkbNDR, wkb);
    OGR_G_DestroyGeometry(g);
    return wkb;
}

static void add_measure(trygg_measures *m, const char *rule, double x0, double y0, double side, const char *evidence,
                        int priority)
{
    if (m->n == m->cap) {
        m->cap = m->cap ? 2 * m->cap : 8;
        m->v = realloc(m->v, m->cap * sizeof *m->v);
    }
    trygg_measure *x = &m->v[m->n++];
    memset(x, 0, sizeof *x);
    x->rule = strdup(rule);
    x->focus_area = strdup("trygghet");
    x->measure = strdup("åtgärd");
    x->measure_en = strdup("measure");
    x->responsible = strdup("Kommunen");
    x->evidence = strdup(evidence);
    x->indicator = strdup("reports within 100 m");
    x->priority = priority;
    x->features = 1;
    x->source_ids = strdup("1");
    x->wkb = square_wkb(x0, y0, side, &x->wkb_size);
}

static void add_entry(trygg_register *r, int64_t id, const char *rule, double x0, double y0, double side)
{
    if (r->n == r->cap) {
        r->cap = r->cap ? 2 * r->cap : 8;
        r->v = realloc(r->v, r->cap * sizeof *r->v);
    }
    trygg_register_entry *e = &r->v[r->n++];
    memset(e, 0, sizeof *e);
    e->measure_id = id;
    e->rule = strdup(rule);
    e->wkb = square_wkb(x0, y0, side, &e->wkb_size);
}

/* Entries: 1 lighting [0,100]^2, 2 lighting at x 1000, 3 graffiti [0,100]^2, 4 lighting [300,400]x[0,100].
 * Proposals:
 *   0 lighting [10,110]x[0,100]: with entry 1 common 90 x 100 = 9000 of 10000 -> 0.90
 *   1 graffiti [80,180]x[0,100]: with entry 3 common 20 x 100 = 2000 -> 0.20 < 0.25: new
 *   2 lighting [5,15]x[5,15] (10 m square inside entry 1): 100 of the smaller 100 -> 1.00,
 *     but also inside proposal 0's entry: greedy gives entry 1 to proposal 2 (1.00 > 0.90),
 *     and proposal 0 then has no other entry: new
 *   3 lighting [350,450]x[0,100]: entry 4 common 50 x 100 -> 0.50; matched
 *   4 graffiti [1000,1100]: the lighting entry 2 is there, but another rule: new */
static void test_register_match_rule_overlap_greedy(void)
{
    trygg_ctx *ctx = th_ctx();
    trygg_register reg = {0};
    trygg_measures m = {0};
    add_entry(&reg, 1, "lighting", 0, 0, 100);
    add_entry(&reg, 2, "lighting", 1000, 0, 100);
    add_entry(&reg, 3, "graffiti_damage", 0, 0, 100);
    add_entry(&reg, 4, "lighting", 300, 0, 100);
    add_measure(&m, "lighting", 10, 0, 100, "e", 1);
    add_measure(&m, "graffiti_damage", 80, 0, 100, "e", 1);
    add_measure(&m, "lighting", 5, 5, 10, "e", 1);
    add_measure(&m, "lighting", 350, 0, 100, "e", 1);
    add_measure(&m, "graffiti_damage", 1000, 0, 100, "e", 1);
    size_t match[5];
    CU_ASSERT_EQUAL(trygg_register_match(ctx, &reg, &m, TRYGG_REGISTER_MIN_OVERLAP, match), TRYGG_OK);
    CU_ASSERT_EQUAL(match[0], SIZE_MAX);
    CU_ASSERT_EQUAL(match[1], SIZE_MAX);
    TH_ASSERT_INT(match[2], 0);
    TH_ASSERT_INT(match[3], 3);
    CU_ASSERT_EQUAL(match[4], SIZE_MAX);
    /* Exactly at the threshold: [75,175] against [0,100] shares 25 x 100 = 0.25 -> matched. */
    trygg_measures m2 = {0};
    add_measure(&m2, "lighting", 75, 0, 100, "e", 1);
    CU_ASSERT_EQUAL(trygg_register_match(ctx, &reg, &m2, TRYGG_REGISTER_MIN_OVERLAP, match), TRYGG_OK);
    TH_ASSERT_INT(match[0], 0);
    trygg_measures_fini(&m2);
    trygg_measures_fini(&m);
    trygg_register_fini(&reg);
    trygg_ctx_free(ctx);
}

static const char *styles_dir(void)
{
    static char dir[4096];
    snprintf(dir, sizeof dir, "%s/../../styles", TRYGG_TEST_DATA);
    return dir;
}

/* One run's register step, as the plan stage and run.c make it. */
static trygg_status run_register(trygg_ctx *ctx, const trygg_config *cfg, const char *run_at, trygg_measures *m,
                                 int64_t *ids)
{
    trygg_register_pending *p = NULL;
    trygg_status st = trygg_register_prepare(ctx, cfg, run_at, styles_dir(), m, &p);
    if (st == TRYGG_OK) {
        for (size_t i = 0; ids && i < trygg_register_pending_measures(p)->n; i++)
            ids[i] = trygg_register_pending_id(p, i);
        st = trygg_register_commit(ctx, p);
    }
    trygg_register_pending_free(p);
    return st;
}

static char *q(const char *path, const char *sql) { return th_sql_text(path, sql); }

#define ASSERT_SQL(path, sql, expected)                                                                  \
    do {                                                                                                 \
        char *th_v_ = q(path, sql);                                                                      \
        TH_ASSERT_STR(th_v_, expected);                                                                  \
        free(th_v_);                                                                                     \
    } while (0)

static void person_edits(const char *path, const char *sql)
{
    /* Through GDAL, as QGIS saves an edit: GDAL provides the functions the R-tree triggers of a
     * GeoPackage call. */
    GDALDatasetH ds = GDALOpenEx(path, GDAL_OF_VECTOR | GDAL_OF_UPDATE, NULL, NULL, NULL);
    CU_ASSERT_PTR_NOT_NULL_FATAL(ds);
    OGRLayerH r = GDALDatasetExecuteSQL(ds, sql, NULL, NULL);
    if (r)
        GDALDatasetReleaseResultSet(ds, r);
    GDALClose(ds);
}

static void test_register_round_trip(void)
{
    trygg_ctx *ctx = th_ctx();
    const char *dir = th_tmpdir("register_round_trip");
    char path[4096];
    snprintf(path, sizeof path, "%s/register.gpkg", dir);
    trygg_config cfg;
    trygg_config_init(&cfg);
    cfg.plan_register = strdup(path);
    int64_t ids[8];

    /* Run 1: three proposals -> entries 1, 2, 3 in the output's order. */
    trygg_measures m = {0};
    add_measure(&m, "lighting", 0, 0, 100, "3 night reports", 2);
    add_measure(&m, "graffiti_damage", 500, 0, 100, "12 graffiti reports", 1);
    add_measure(&m, "littering", 1000, 0, 100, "8 littering reports", 3);
    CU_ASSERT_EQUAL_FATAL(run_register(ctx, &cfg, "2025-01-01T00:00:00Z", &m, ids), TRYGG_OK);
    CU_ASSERT_EQUAL(m.n, 0); /* taken over by the pending write */
    TH_ASSERT_INT(ids[0], 1);
    TH_ASSERT_INT(ids[2], 3);
    ASSERT_SQL(path, "SELECT COUNT(*) FROM measures", "3");
    ASSERT_SQL(path, "SELECT status FROM measures WHERE measure_id = 2", "föreslagen");
    ASSERT_SQL(path, "SELECT responsible FROM measures WHERE measure_id = 2", "Kommunen");
    ASSERT_SQL(path, "SELECT evidence_state FROM measures WHERE measure_id = 3", "current");
    ASSERT_SQL(path, "SELECT first_seen FROM measures WHERE measure_id = 1", "2025-01-01T00:00:00.000Z");
    ASSERT_SQL(path, "SELECT COUNT(*) FROM layer_styles WHERE f_table_name = 'measures' AND useAsDefault", "1");
    CU_ASSERT_EQUAL(th_validate_gpkg(path), 0);

    /* A person decides: measure 1 decided with a named responsible, measure 2 under way. */
    person_edits(path, "UPDATE measures SET status = 'beslutad', responsible = 'Gatukontoret, A. Svensson', "
                       "decided_on = '2025-03-01', promise = 'Trygg park', note = 'budget 2025' "
                       "WHERE measure_id = 1");
    person_edits(path, "UPDATE measures SET status = 'pågår' WHERE measure_id = 2");

    /* Run 2: lighting moved 10 m with new evidence (share 0.9: entry 1), littering unchanged
     * (entry 3), graffiti gone, a new vandalism-type proposal appended as entry 4. */
    add_measure(&m, "lighting", 10, 0, 100, "5 night reports", 1);
    add_measure(&m, "littering", 1000, 0, 100, "9 littering reports", 3);
    add_measure(&m, "safety_walk", 3000, 0, 100, "low surveillance", 4);
    CU_ASSERT_EQUAL_FATAL(run_register(ctx, &cfg, "2026-01-01T00:00:00Z", &m, ids), TRYGG_OK);
    TH_ASSERT_INT(ids[0], 1);
    TH_ASSERT_INT(ids[1], 3);
    TH_ASSERT_INT(ids[2], 4);
    ASSERT_SQL(path, "SELECT COUNT(*) FROM measures", "4");
    /* the person's fields kept */
    ASSERT_SQL(path, "SELECT status FROM measures WHERE measure_id = 1", "beslutad");
    ASSERT_SQL(path, "SELECT responsible FROM measures WHERE measure_id = 1", "Gatukontoret, A. Svensson");
    ASSERT_SQL(path, "SELECT decided_on FROM measures WHERE measure_id = 1", "2025-03-01");
    ASSERT_SQL(path, "SELECT promise || '/' || note FROM measures WHERE measure_id = 1", "Trygg park/budget 2025");
    /* trygg's fields refreshed */
    ASSERT_SQL(path, "SELECT evidence FROM measures WHERE measure_id = 1", "5 night reports");
    ASSERT_SQL(path, "SELECT priority FROM measures WHERE measure_id = 1", "1");
    ASSERT_SQL(path, "SELECT last_seen FROM measures WHERE measure_id = 1", "2026-01-01T00:00:00.000Z");
    ASSERT_SQL(path, "SELECT first_seen FROM measures WHERE measure_id = 1", "2025-01-01T00:00:00.000Z");
    ASSERT_SQL(path, "SELECT minx FROM rtree_measures_geom WHERE id = 1", "10.0");
    /* vanished: gone, never deleted, the person's status kept */
    ASSERT_SQL(path, "SELECT evidence_state || '/' || status FROM measures WHERE measure_id = 2", "gone/pågår");
    ASSERT_SQL(path, "SELECT last_seen FROM measures WHERE measure_id = 2", "2025-01-01T00:00:00.000Z");
    /* new */
    ASSERT_SQL(path, "SELECT rule || '/' || status || '/' || evidence_state FROM measures WHERE measure_id = 4",
               "safety_walk/föreslagen/current");
    ASSERT_SQL(path, "SELECT first_seen FROM measures WHERE measure_id = 4", "2026-01-01T00:00:00.000Z");
    ASSERT_SQL(path, "SELECT evidence FROM measures WHERE measure_id = 3", "9 littering reports");

    /* Run 3: the graffiti proposal returns: entry 2 is current again, with its status. */
    add_measure(&m, "graffiti_damage", 510, 0, 100, "4 graffiti reports", 2);
    CU_ASSERT_EQUAL_FATAL(run_register(ctx, &cfg, "2027-01-01T00:00:00Z", &m, ids), TRYGG_OK);
    TH_ASSERT_INT(ids[0], 2);
    ASSERT_SQL(path, "SELECT evidence_state || '/' || status FROM measures WHERE measure_id = 2", "current/pågår");
    ASSERT_SQL(path, "SELECT COUNT(*) FROM measures WHERE evidence_state = 'gone'", "3");
    ASSERT_SQL(path, "PRAGMA integrity_check", "ok");
    CU_ASSERT_EQUAL(th_validate_gpkg(path), 0);
    trygg_config_fini(&cfg);
    trygg_ctx_free(ctx);
}

/* A register that is not one: named in the message, nothing written. */
static void test_register_bad_file(void)
{
    trygg_ctx *ctx = th_ctx();
    const char *dir = th_tmpdir("register_bad_file");
    const char *path = th_write_file(dir, "register.gpkg", "not a geopackage\n");
    trygg_register reg;
    bool exists = true;
    CU_ASSERT_EQUAL(trygg_io_register_read(ctx, path, NULL, 1, &reg, &exists), TRYGG_E_OPEN);
    TH_ASSERT_CONTAINS(trygg_errmsg(ctx), "register.gpkg");
    CU_ASSERT_FALSE(exists);
    CU_ASSERT_EQUAL(reg.n, 0);
    trygg_ctx_free(ctx);
}

/* Another process holds a write transaction (as QGIS does while it saves): the run waits
 * wait_s, gives up with a message naming the register, and the file is intact; once the
 * other writer commits, the next run updates it and the other writer's change is there. */
static void test_register_locked_by_other_process(void)
{
    trygg_ctx *ctx = th_ctx();
    const char *dir = th_tmpdir("register_locked");
    char path[4096];
    snprintf(path, sizeof path, "%s/register.gpkg", dir);
    trygg_config cfg;
    trygg_config_init(&cfg);
    cfg.plan_register = strdup(path);
    cfg.register_wait_s = 0.2;
    trygg_measures m = {0};
    add_measure(&m, "lighting", 0, 0, 100, "3 night reports", 2);
    CU_ASSERT_EQUAL_FATAL(run_register(ctx, &cfg, "2025-01-01T00:00:00Z", &m, NULL), TRYGG_OK);

    /* The other writer is the sqlite3 shell in a process of its own (exec'd, so no copy of this
     * process and its memory): it takes the write lock, says "ready", and commits when told. */
    int to[2], from[2];
    CU_ASSERT_FATAL(pipe(to) == 0 && pipe(from) == 0);
    fflush(NULL);
    pid_t pid = fork();
    CU_ASSERT_FATAL(pid >= 0);
    if (pid == 0) {
        dup2(to[0], 0);
        dup2(from[1], 1);
        close(to[1]);
        close(from[0]);
        execlp("sqlite3", "sqlite3", path, (char *)NULL);
        _exit(127);
    }
    close(to[0]);
    close(from[1]);
    const char *hold = "BEGIN IMMEDIATE;\nUPDATE gpkg_contents SET description = 'edited meanwhile' "
                       "WHERE table_name = 'measures';\nSELECT 'ready';\n";
    CU_ASSERT_FATAL(write(to[1], hold, strlen(hold)) == (ssize_t)strlen(hold));
    char ready[16] = {0};
    size_t got = 0;
    while (got < 6) {
        ssize_t r = read(from[0], ready + got, sizeof ready - 1 - got);
        if (r <= 0)
            break;
        got += (size_t)r;
    }
    TH_ASSERT_STR(ready, "ready\n");
    add_measure(&m, "lighting", 0, 0, 100, "7 night reports", 1);
    trygg_status st = run_register(ctx, &cfg, "2026-01-01T00:00:00Z", &m, NULL);
    CU_ASSERT_EQUAL(st, TRYGG_E_WRITE);
    TH_ASSERT_CONTAINS(trygg_errmsg(ctx), path);
    TH_ASSERT_CONTAINS(trygg_errmsg(ctx), "är låst av en annan skrivare");
    const char *commit = "COMMIT;\n.quit\n";
    CU_ASSERT(write(to[1], commit, strlen(commit)) == (ssize_t)strlen(commit));
    close(to[1]);
    int status = 0;
    waitpid(pid, &status, 0);
    CU_ASSERT(WIFEXITED(status) && WEXITSTATUS(status) == 0);
    close(from[0]);
    ASSERT_SQL(path, "PRAGMA integrity_check", "ok");
    ASSERT_SQL(path, "SELECT evidence FROM measures WHERE measure_id = 1", "3 night reports");
    ASSERT_SQL(path, "SELECT description FROM gpkg_contents WHERE table_name = 'measures'", "edited meanwhile");
    /* Free again: the next run updates it. */
    add_measure(&m, "lighting", 0, 0, 100, "7 night reports", 1);
    CU_ASSERT_EQUAL(run_register(ctx, &cfg, "2026-01-01T00:00:00Z", &m, NULL), TRYGG_OK);
    ASSERT_SQL(path, "SELECT evidence FROM measures WHERE measure_id = 1", "7 night reports");
    ASSERT_SQL(path, "PRAGMA integrity_check", "ok");
    trygg_config_fini(&cfg);
    trygg_ctx_free(ctx);
}

void test_register_register(void)
{
    static CU_TestInfo tests[] = {
        {"match_rule_overlap_greedy", test_register_match_rule_overlap_greedy},
        {"round_trip", test_register_round_trip},
        {"bad_file", test_register_bad_file},
        {"locked_by_other_process", test_register_locked_by_other_process},
        CU_TEST_INFO_NULL,
    };
    th_add_suite("register", tests);
}
