/* The output set (src/io/output_set.h): staging, commit, abort, roll-forward of a
 * commit a killed run began, and the check that an output is not an input. */
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "helpers.h"
#include "io/output_set.h"

static char *slurp(const char *path)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    char *buf = calloc(1, 4096);
    size_t n = fread(buf, 1, 4095, f);
    buf[n] = '\0';
    fclose(f);
    return buf;
}

static void write_text(const char *path, const char *text)
{
    FILE *f = fopen(path, "wb");
    CU_ASSERT_PTR_NOT_NULL_FATAL(f);
    fputs(text, f);
    fclose(f);
}

/* Number of directory entries starting with '.' other than . and .. */
static int hidden_entries(const char *dir)
{
    DIR *d = opendir(dir);
    int n = 0;
    struct dirent *e;
    while (d && (e = readdir(d)) != NULL)
        n += e->d_name[0] == '.' && strcmp(e->d_name, ".") != 0 && strcmp(e->d_name, "..") != 0;
    if (d)
        closedir(d);
    return n;
}

/* dir/name in buf (PATH_BUF bytes); returns buf. */
enum { PATH_BUF = 1200 };
static char *at(char *buf, const char *dir, const char *name)
{
    if (snprintf(buf, PATH_BUF, "%s/%s", dir, name) >= PATH_BUF)
        CU_FAIL_FATAL("test path too long");
    return buf;
}

static void assert_file(const char *path, const char *text)
{
    char *got = slurp(path);
    TH_ASSERT_STR(got, text);
    free(got);
}

static void test_output_set_commit_moves_everything_together(void)
{
    trygg_ctx *ctx = th_ctx();
    const char *dir = th_tmpdir("output_set_commit");
    char gpkg[PATH_BUF], pdf[PATH_BUF], area[PATH_BUF];
    at(gpkg, dir, "out.gpkg");
    at(pdf, dir, "out_summary.pdf");
    at(area, dir, "out_reports/a.pdf");
    write_text(gpkg, "old gpkg");
    write_text(pdf, "old pdf");
    trygg_output_set *set = NULL;
    TH_ASSERT_INT(trygg_output_set_open(ctx, gpkg, NULL, NULL, 0, &set), TRYGG_OK);
    const char *s1, *s2, *s3;
    TH_ASSERT_INT(trygg_output_set_stage(ctx, set, gpkg, &s1), TRYGG_OK);
    TH_ASSERT_INT(trygg_output_set_stage(ctx, set, pdf, &s2), TRYGG_OK);
    TH_ASSERT_INT(trygg_output_set_stage(ctx, set, area, &s3), TRYGG_OK);
    TH_ASSERT_CONTAINS(s1, "/.out.gpkg.staging-");
    TH_ASSERT_CONTAINS(s1, "/out.gpkg"); /* the GeoPackage keeps its name */
    write_text(s1, "new gpkg");
    write_text(s2, "new pdf");
    write_text(s3, "new area");
    /* Nothing is in place before the commit; a second set on the same output is refused. */
    assert_file(gpkg, "old gpkg");
    trygg_output_set *second = NULL;
    TH_ASSERT_INT(trygg_output_set_open(ctx, gpkg, NULL, NULL, 0, &second), TRYGG_E_WRITE);
    TH_ASSERT_CONTAINS(trygg_errmsg(ctx), "skrivs av en annan körning av trygg (process ");
    TH_ASSERT_INT(trygg_output_set_commit(ctx, set), TRYGG_OK);
    assert_file(gpkg, "new gpkg");
    assert_file(pdf, "new pdf");
    assert_file(area, "new area"); /* the reports folder is made when missing */
    TH_ASSERT_INT(hidden_entries(dir), 0); /* no staging folder, no lock file */
    trygg_ctx_free(ctx);
}

static void test_output_set_abort_keeps_the_old_set(void)
{
    trygg_ctx *ctx = th_ctx();
    const char *dir = th_tmpdir("output_set_abort");
    char gpkg[PATH_BUF];
    write_text(at(gpkg, dir, "out.gpkg"), "old gpkg");
    trygg_output_set *set = NULL;
    TH_ASSERT_INT(trygg_output_set_open(ctx, gpkg, NULL, NULL, 0, &set), TRYGG_OK);
    const char *s1;
    TH_ASSERT_INT(trygg_output_set_stage_existing(ctx, set, gpkg, &s1), TRYGG_OK);
    assert_file(s1, "old gpkg");
    trygg_output_set_abort(set);
    assert_file(gpkg, "old gpkg");
    TH_ASSERT_INT(hidden_entries(dir), 0);
    trygg_output_set_abort(NULL);
    trygg_ctx_free(ctx);
}

static void test_output_set_finishes_a_killed_commit(void)
{
    trygg_ctx *ctx = th_ctx();
    const char *dir = th_tmpdir("output_set_roll_forward");
    char path[PATH_BUF], staging[PATH_BUF], manifest[3 * PATH_BUF], file[PATH_BUF];
    /* A run killed during its moves: the PDF was moved, the GeoPackage not yet. */
    mkdir(at(staging, dir, ".out.gpkg.staging-abc123"), 0700);
    write_text(at(path, staging, "out.gpkg"), "new gpkg");
    write_text(at(path, dir, "out_summary.pdf"), "new pdf");
    write_text(at(path, dir, "out.gpkg"), "old gpkg");
    /* A manifest line that would move another file is not followed. */
    write_text(at(file, dir, "victim.txt"), "someone's file");
    snprintf(manifest, sizeof manifest,
             "%s/victim.txt\t%s/out_summary.pdf\n%s/f1-out_summary.pdf\t%s/out_summary.pdf\n%s/out.gpkg\t%s/out.gpkg\n",
             dir, dir, staging, dir, staging, dir);
    write_text(at(file, staging, "COMMIT"), manifest);
    /* and an abandoned staging folder without a manifest, and an old writer's temporary file */
    mkdir(at(file, dir, ".out.gpkg.staging-zzz999"), 0700);
    write_text(at(file, dir, ".out.gpkg.staging-zzz999/out.gpkg"), "half-written gpkg");
    write_text(at(file, dir, ".out.gpkg.tmp-123-0.gpkg"), "temporary");
    trygg_output_set *set = NULL;
    TH_ASSERT_INT(trygg_output_set_open(ctx, path, NULL, NULL, 0, &set), TRYGG_OK);
    trygg_output_set_abort(set);
    assert_file(path, "new gpkg");
    assert_file(at(file, dir, "out_summary.pdf"), "new pdf");
    assert_file(at(file, dir, "victim.txt"), "someone's file");
    TH_ASSERT_INT(hidden_entries(dir), 0);
    trygg_ctx_free(ctx);
}

static void test_output_set_refuses_inputs(void)
{
    trygg_ctx *ctx = th_ctx();
    const char *dir = th_tmpdir("output_set_inputs");
    char shp[PATH_BUF], dbf[PATH_BUF], link_path[PATH_BUF], other[PATH_BUF];
    write_text(at(shp, dir, "roads.shp"), "shp");
    write_text(at(dbf, dir, "roads.dbf"), "dbf");
    at(link_path, dir, "linked.gpkg");
    at(other, dir, "new.gpkg");
    CU_ASSERT_EQUAL(link(shp, link_path), 0);
    trygg_input_path in[] = {{"streets", shp}, {"lamps", "PG:dbname=x"}, {"incidents", NULL}};
    TH_ASSERT_INT(trygg_output_check_not_input(ctx, dbf, "output", in, 3), TRYGG_E_USAGE);
    TH_ASSERT_CONTAINS(trygg_errmsg(ctx), "roads.dbf är samma fil som indata för streets");
    TH_ASSERT_INT(trygg_output_check_not_input(ctx, link_path, "-o", in, 3), TRYGG_E_USAGE);
    TH_ASSERT_CONTAINS(trygg_errmsg(ctx), "linked.gpkg är samma fil som indata för streets");
    TH_ASSERT_INT(trygg_output_check_not_input(ctx, other, "output", in, 3), TRYGG_OK);
    trygg_output_set *set = NULL;
    TH_ASSERT_INT(trygg_output_set_open(ctx, link_path, NULL, in, 3, &set), TRYGG_E_USAGE);
    CU_ASSERT_PTR_NULL(set);
    TH_ASSERT_INT(trygg_output_set_open(ctx, other, NULL, in, 3, &set), TRYGG_OK);
    const char *staged;
    TH_ASSERT_INT(trygg_output_set_stage(ctx, set, dbf, &staged), TRYGG_E_USAGE);
    trygg_output_set_abort(set);
    trygg_ctx_free(ctx);
}

void test_output_set_register(void)
{
    static CU_TestInfo tests[] = {
        {"commit moves everything together", test_output_set_commit_moves_everything_together},
        {"abort keeps the old set", test_output_set_abort_keeps_the_old_set},
        {"finishes a killed commit", test_output_set_finishes_a_killed_commit},
        {"refuses inputs", test_output_set_refuses_inputs},
        CU_TEST_INFO_NULL,
    };
    th_add_suite("output_set", tests);
}
