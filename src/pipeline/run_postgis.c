/*
 * A run into a PostGIS schema (-o "PG:..." --schema NAME): the whole run writes its GeoPackage
 * into a private temporary folder as usual (the one writer, with its checks, styles and plan),
 * which is then copied into the database in one transaction (src/io/pg_publish.c) and removed.
 */
#define _GNU_SOURCE /* mkdtemp */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cpl_port.h>

#include "core/internal.h"
#include "io/io.h"
#include "io/output_internal.h"
#include "pipeline/run_postgis.h"
#include "trygg/run.h"

/* An input table in the output schema would be replaced by the output: refused. */
static trygg_status check_inputs(trygg_ctx *ctx, const trygg_config *cfg, const char *schema)
{
    const trygg_layer_config *lc[] = {&cfg->streets, &cfg->lamps, &cfg->incidents, &cfg->buildings, &cfg->pois};
    const char *role[] = {"streets", "lamps", "incidents", "buildings", "pois"};
    size_t n = strlen(schema);
    for (size_t i = 0; i < sizeof lc / sizeof lc[0]; i++)
        if (lc[i]->source && trygg_io_is_pg(lc[i]->source) && lc[i]->layer &&
            strncmp(lc[i]->layer, schema, n) == 0 && lc[i]->layer[n] == '.')
            return trygg__fail(ctx, TRYGG_E_USAGE,
                               "--schema %s: the %s input %s is in that schema; write the output into a schema of "
                               "its own",
                               schema, role[i], lc[i]->layer);
    return TRYGG_OK;
}

/* The checks of a run into PostGIS made before any work: --schema given and well formed, no
 * input in it. */
static trygg_status check_target(trygg_ctx *ctx, const trygg_config *cfg, const trygg_run_options *opt)
{
    if (!opt->pg_schema)
        return trygg__fail(ctx, TRYGG_E_USAGE, "an output into PostgreSQL needs --schema NAME");
    if (!trygg_io_pg_schema_ok(opt->pg_schema))
        return trygg__fail(ctx, TRYGG_E_USAGE,
                           "--schema '%s': give a schema name of lower-case letters, digits and _ (not public)",
                           opt->pg_schema);
    return check_inputs(ctx, cfg, opt->pg_schema);
}

/* The run's own progress up to 95 %, without its "done": the copy into the database follows. */
typedef struct {
    GDALProgressFunc progress;
    void *arg;
} outer_progress;

static int CPL_STDCALL inner_progress(double fraction, const char *message, void *arg)
{
    const outer_progress *o = arg;
    if (message && strcmp(message, "done") == 0)
        return TRUE;
    return o->progress(0.95 * fraction, message, o->arg);
}

trygg_status trygg__postgis_check_output(trygg_ctx *ctx, const trygg_config *cfg, const trygg_run_options *opt)
{
    trygg_status s = check_target(ctx, cfg, opt);
    return s == TRYGG_OK ? trygg_io_pg_check(ctx, opt->out_path) : s;
}

/* The run's lägesbild beside its area reports (the temporary GeoPackage's folder goes): copied to
 * a temporary name in reports_dir and renamed, so a reader never sees half a file. */
static trygg_status keep_lagesbild(trygg_ctx *ctx, const char *from, const char *reports_dir, const char *schema)
{
    FILE *in = fopen(from, "rb");
    if (!in)
        return TRYGG_OK; /* no incidents: no lägesbild */
    if (mkdir(reports_dir, 0777) != 0 && errno != EEXIST) {
        fclose(in);
        return trygg__fail(ctx, TRYGG_E_WRITE, "%s: the folder cannot be made: %s", reports_dir, strerror(errno));
    }
    char *to = trygg__xasprintf("%s/%s_lagesbild.pdf", reports_dir, schema);
    char *tmp = trygg__xasprintf("%s/.%s_lagesbild.pdf.XXXXXX", reports_dir, schema);
    trygg_status st = TRYGG_OK;
    int fd = mkstemp(tmp);
    mode_t mask = umask(0);
    umask(mask);
    if (fd >= 0)
        fchmod(fd, 0666 & ~mask); /* as any file the run writes, not mkstemp's 0600 */
    FILE *out = fd >= 0 ? fdopen(fd, "wb") : NULL;
    char buf[65536];
    size_t n;
    bool ok = out != NULL;
    while (ok && (n = fread(buf, 1, sizeof buf, in)) > 0)
        ok = fwrite(buf, 1, n, out) == n;
    ok = ok && !ferror(in) && fflush(out) == 0 && fsync(fileno(out)) == 0;
    if (out)
        ok = fclose(out) == 0 && ok;
    else if (fd >= 0)
        close(fd);
    if (!ok || rename(tmp, to) != 0) {
        st = trygg__fail(ctx, TRYGG_E_WRITE, "%s: the lägesbild cannot be written: %s", to, strerror(errno));
        unlink(tmp);
    }
    fclose(in);
    free(tmp);
    free(to);
    return st;
}

trygg_status trygg__run_postgis(trygg_ctx *ctx, const trygg_config *cfg, const trygg_run_options *opt,
                                trygg_run_summary *summary)
{
    trygg_status s = TRYGG_OK;
    char *dir = NULL, *gpkg = NULL;
    if ((s = check_target(ctx, cfg, opt)) != TRYGG_OK)
        goto done;
    const char *tmp = getenv("TMPDIR");
    dir = trygg__xasprintf("%s/trygg-pg-XXXXXX", tmp && *tmp ? tmp : "/tmp");
    if (!mkdtemp(dir)) {
        s = trygg__fail(ctx, TRYGG_E_WRITE, "%s: cannot make a temporary folder for the output", dir);
        free(dir);
        dir = NULL;
        goto done;
    }
    gpkg = trygg__xasprintf("%s/%s.gpkg", dir, opt->pg_schema);
    trygg_run_options local = *opt;
    outer_progress outer = {opt->progress, opt->progress_arg};
    local.out_path = gpkg;
    if (opt->progress) {
        local.progress = inner_progress;
        local.progress_arg = &outer;
    }
    if ((s = trygg_run(ctx, cfg, &local, summary)) != TRYGG_OK)
        goto done;
    if (opt->progress && !opt->progress(0.96, "postgis", opt->progress_arg)) {
        s = trygg__fail(ctx, TRYGG_E_INTERRUPTED, "interrupted before the copy into PostgreSQL; schema %s is unchanged",
                        opt->pg_schema);
        goto done;
    }
    s = trygg_io_pg_publish(ctx, gpkg, opt->out_path, opt->pg_schema);
    if (s == TRYGG_OK && opt->reports_dir) {
        char *pdf = trygg__xasprintf("%s/%s_lagesbild.pdf", dir, opt->pg_schema);
        s = keep_lagesbild(ctx, pdf, opt->reports_dir, opt->pg_schema);
        free(pdf);
    }
    if (s == TRYGG_OK && opt->progress)
        opt->progress(1.0, "done", opt->progress_arg);
done:
    if (dir)
        trygg__output_remove_tree(dir);
    free(dir);
    free(gpkg);
    return s;
}
