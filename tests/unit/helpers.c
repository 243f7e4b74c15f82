#include "helpers.h"

#include <sqlite3.h>
#include <stdlib.h>
#include <sys/stat.h>

static char last_warning[2048];

static void keep_warning(trygg_log_level level, const char *message, void *user)
{
    (void)level;
    (void)user;
    snprintf(last_warning, sizeof last_warning, "%s", message);
}

trygg_ctx *th_ctx(void)
{
    trygg_ctx *ctx = trygg_ctx_new();
    last_warning[0] = '\0';
    trygg_ctx_set_log(ctx, keep_warning, NULL, TRYGG_LOG_WARN);
    return ctx;
}

const char *th_last_warning(void) { return last_warning; }

void th_language(const char *code)
{
    trygg_ctx *ctx = trygg_ctx_new();
    CU_ASSERT_EQUAL_FATAL(trygg_set_language(ctx, code), TRYGG_OK);
    trygg_ctx_free(ctx);
}

/* CUnit copies the condition text of a failure, so a stack buffer is enough. */
static void require_file(const char *path)
{
    struct stat sb;
    if (stat(path, &sb) == 0 && S_ISREG(sb.st_mode))
        return;
    char msg[4200];
    snprintf(msg, sizeof msg, "test input missing: %s", path);
    fprintf(stderr, "\n  %s\n", msg);
    CU_assertImplementation(CU_FALSE, __LINE__, msg, __FILE__, "", CU_TRUE);
}

const char *th_fixture(const char *rel)
{
    static char buf[4096];
    snprintf(buf, sizeof buf, "%s/%s", TRYGG_TEST_DATA, rel);
    require_file(buf);
    return buf;
}

const char *th_sample(const char *rel)
{
    static char buf[4096];
    snprintf(buf, sizeof buf, "%s/%s", TRYGG_SAMPLE_DATA, rel);
    require_file(buf);
    return buf;
}

const char *th_tmpdir(const char *name)
{
    static char buf[4096];
    char cmd[8300];
    snprintf(buf, sizeof buf, "%s/test-tmp/%s", TRYGG_BUILD_DIR, name);
    snprintf(cmd, sizeof cmd, "rm -rf '%s' && mkdir -p '%s'", buf, buf);
    if (system(cmd) != 0)
        fprintf(stderr, "cannot create %s\n", buf);
    return buf;
}

const char *th_write_file(const char *dir, const char *name, const char *text)
{
    static char buf[4096];
    snprintf(buf, sizeof buf, "%s/%s", dir, name);
    FILE *f = fopen(buf, "wb");
    if (f) {
        fputs(text, f);
        fclose(f);
    }
    return buf;
}

void th_add_suite(const char *name, CU_TestInfo *tests)
{
    CU_SuiteInfo suites[] = {{name, NULL, NULL, NULL, NULL, tests}, CU_SUITE_INFO_NULL};
    CU_register_suites(suites);
}

int th_validate_gpkg(const char *path)
{
    char cmd[8192];
    snprintf(cmd, sizeof cmd,
             "/usr/bin/python3 -m osgeo_utils.samples.validate_gpkg --extra --warning-as-error '%s'", path);
    return system(cmd);
}

char *th_sql_text(const char *path, const char *sql)
{
    sqlite3 *db = NULL;
    sqlite3_stmt *q = NULL;
    char *r = NULL;
    if (sqlite3_open_v2(path, &db, SQLITE_OPEN_READONLY, NULL) == SQLITE_OK &&
        sqlite3_prepare_v2(db, sql, -1, &q, NULL) == SQLITE_OK && sqlite3_step(q) == SQLITE_ROW &&
        sqlite3_column_text(q, 0))
        r = strdup((const char *)sqlite3_column_text(q, 0));
    sqlite3_finalize(q);
    sqlite3_close(db);
    return r;
}
