/*
 * Area reports and the summary from an output GeoPackage (include/trygg/reports.h), step by
 * step: the output read once (report/report_model.h), the areas' figures (report/area_figures.h),
 * their PDFs (report/area_document.h) and their layer (report/area_layer.h), and the lägesbild
 * (report/summary_input.h) drawn beside them on a thread of its own.
 */
#include <math.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <geos_c.h>

#include "core/i18n.h"
#include "core/internal.h"
#include "io/io.h"
#include "report/lagesbild_read.h"
#include "io/output_reader.h"
#include "io/output_set.h"
#include "io/report_files.h"
#include "report/report_model.h"
#include "pipeline/reports.h"
#include "report/area_document.h"
#include "report/area_figures.h"
#include "report/area_layer.h"
#include "report/audience.h"
#include "report/model_query.h"
#include "report/report.h"
#include "report/knox_tables.h"
#include "report/report_names.h"
#include "report/run_facts.h"
#include "report/summary_input.h"
#include "trygg/compare.h"

/* The comparison with the previous edition for the lägesbild: the new edition is the output being
 * written, with the areas' figures of this build (its area_reports layer is not written yet). */
static trygg_status compare_previous(trygg__report_model *m, const char *gpkg, const char *final_path,
                                     const char *previous, trygg_edition_area *areas, size_t nareas,
                                     trygg__lagesbild_data *lb)
{
    trygg_edition o = {0}, n = {0};
    trygg_status st = trygg_io_read_edition(m->ctx, previous, &o);
    if (st != TRYGG_OK) {
        char *why = trygg__xstrdup(trygg_errmsg(m->ctx)); /* the message is rewritten in the context */
        st = trygg__fail(m->ctx, st, "[plan] previous = %s: %s", previous, why);
        free(why);
        return st;
    }
    if ((st = trygg_io_read_edition(m->ctx, gpkg, &n)) != TRYGG_OK) {
        trygg_edition_fini(&o);
        return st;
    }
    trygg_edition_area *own = n.areas;
    size_t nown = n.nareas;
    if (areas) {
        n.areas = areas;
        n.nareas = nareas;
    }
    char *text = NULL;
    st = trygg_compare_editions(m->ctx, &o, trygg__base_of(previous), &n, trygg__base_of(final_path), &text, NULL);
    n.areas = own;
    n.nareas = nown;
    if (st == TRYGG_OK)
        trygg__lagesbild_take_previous(lb, previous, text);
    else
        free(text);
    trygg_edition_fini(&o);
    trygg_edition_fini(&n);
    return st;
}

/* The lägesbild rendered on a thread of its own, with a context of its own (a failure's message
 * is copied to the run's context after the join), while the main thread writes the area
 * reports: cairo surfaces and pango contexts are per document, and pango's default font map is
 * per thread. */
typedef struct {
    const trygg__summary_input *d;
    const char *pdf;
    trygg_ctx *ctx;
    trygg_status st;
} summary_job;

static void *summary_thread(void *arg)
{
    summary_job *job = arg;
    job->st = trygg_report_lagesbild_pdf(job->ctx, &job->d->s, job->pdf);
    return NULL;
}

void trygg_reports_result_fini(trygg_reports_result *r)
{
    if (!r)
        return;
    trygg__area_layer_free(r->storage);
    for (size_t i = 0; i < r->npdfs; i++)
        free(r->pdfs[i]);
    free(r->pdfs);
    memset(r, 0, sizeof *r);
}

/* ---- One build of the reports, step by step ---- */

typedef struct {
    trygg_ctx *ctx;
    const trygg_reports_options *o;
    const char *gpkg_path, *final_path;
    trygg__report_model m;
    trygg_named_areas areas;
    trygg_reports_result res;
    trygg__area_layer *layer;
    GEOSGeometry **geoms;
    trygg_edition_area *ed; /* this build's areas, for the comparison with the previous edition */
    char *out_dir, *stem, *summary_pdf, *previous;
    const char *summary_target;
    double buffer;
    trygg__summary_input sum;
    summary_job job;
    pthread_t summary_tid;
    bool summary_running;
} build;

/* The output, who reads the reports, and the areas: a missing or unusable areas layer fails
 * before any file is written. */
static trygg_status read_inputs(build *b)
{
    const trygg_reports_options *o = b->o;
    trygg_status st;
    if ((st = trygg__report_model_read(&b->m, b->gpkg_path)) != TRYGG_OK ||
        (st = trygg__report_audience_read(&b->m, o)) != TRYGG_OK)
        return st;
    trygg__report_run_facts(&b->m);
    trygg__report_knox_tables(&b->m);
    const char *crs = trygg_kv_get(&b->m.info, "crs");
    if (o->areas &&
        (st = trygg_io_read_named_areas(b->ctx, o->areas, o->name_field, crs && *crs ? crs : "EPSG:3006", NULL,
                                        &b->areas)) != TRYGG_OK)
        return st;
    trygg__report_name_places(&b->m);
    b->stem = trygg__strip_ext(b->final_path);
    b->buffer = o->buffer_m >= 0 ? o->buffer_m : isfinite(b->m.dump_buffer_m) ? b->m.dump_buffer_m : 200.0;
    b->layer = b->res.storage = trygg__area_layer_new(b->areas.n);
    return TRYGG_OK;
}

/* The lägesbild's data first (the main thread's GEOS handle and the model's bag), then its
 * rendering, on a thread of its own beside the area reports when the run has threads. */
static trygg_status start_summary(build *b)
{
    trygg_ctx *ctx = b->ctx;
    trygg_status st = TRYGG_OK;
    if (!b->o->summary || b->m.ni == 0)
        return TRYGG_OK;
    b->summary_pdf = trygg__xasprintf("%s_lagesbild.pdf", b->stem);
    b->summary_target = b->summary_pdf;
    if (trygg__interrupted(ctx))
        st = trygg__fail(ctx, TRYGG_E_INTERRUPTED, "interrupted before the lägesbild; nothing was moved into place");
    else if (b->o->set)
        st = trygg_output_set_stage(ctx, b->o->set, b->summary_pdf, &b->summary_target);
    if (st == TRYGG_OK)
        st = trygg__summary_input_gather(&b->m, b->gpkg_path, &b->sum);
    if (st != TRYGG_OK)
        return st;
    b->previous = b->o->previous ? trygg__xstrdup(b->o->previous)
                                 : trygg__output_config_value(trygg_kv_get(&b->m.info, "config"), "plan", "previous");
    /* the comparison with a previous edition needs this build's area figures: after them */
    if (b->areas.n && trygg_ctx_threads(ctx) > 1 && !(b->previous && *b->previous)) {
        b->job = (summary_job){&b->sum, b->summary_target, trygg_ctx_new(), TRYGG_OK};
        b->summary_running = pthread_create(&b->summary_tid, NULL, summary_thread, &b->job) == 0;
    }
    return TRYGG_OK;
}

/* Area i's figures, PDF (at target) and row; this build's figures for the comparison. */
static trygg_status area_report(build *b, size_t i, const char *target, const char *pdf)
{
    trygg__report_model *m = &b->m;
    const trygg_named_area *a = &b->areas.v[i];
    double buffer = isfinite(a->buffer_m) && a->buffer_m >= 0 ? a->buffer_m : b->buffer;
    trygg__area_zone zone = {0};
    trygg__area_figures fig = {0};
    trygg_status st = trygg__area_zone_init(m, a->name, b->geoms[i], buffer, &zone);
    if (st == TRYGG_OK) {
        trygg__area_figures_compute(m, a->name, b->geoms[i], buffer, &zone, &fig);
        if (target)
            st = trygg__area_document_write(m, a->name, a->area_id, b->geoms[i], buffer, &zone, &fig, target);
    }
    if (st == TRYGG_OK) {
        fig.report_file = trygg__report_file_relative(b->final_path, pdf);
        trygg__area_layer_fill(b->layer, i, a->area_id, a->name, buffer, m, &fig);
        b->ed[i].area_id = a->area_id;
        b->ed[i].name = a->name;
        b->ed[i].total_b = 0;
        for (int c = 0; c < TRYGG_CAT_COUNT; c++) {
            b->ed[i].n_b[c] = fig.n_b[c];
            b->ed[i].total_b += fig.n_b[c];
        }
        free(fig.report_file);
        trygg__area_layer_set_geometry(b->layer, i, a->wkb, a->wkb_size);
    }
    trygg__area_figures_fini(&fig);
    trygg__area_zone_fini(m, &zone);
    return st;
}

/* Every area's report into the reports folder, staged with the output set when there is one. */
static trygg_status area_reports(build *b)
{
    trygg_ctx *ctx = b->ctx;
    trygg_status st = TRYGG_OK;
    size_t n = b->areas.n;
    if (n == 0)
        return TRYGG_OK;
    b->out_dir = b->o->out_dir ? trygg__xstrdup(b->o->out_dir) : trygg__xasprintf("%s_reports", b->stem);
    if ((st = trygg__report_dir_make(ctx, b->out_dir)) != TRYGG_OK)
        return st;
    b->geoms = trygg__xcalloc(n, sizeof *b->geoms);
    b->ed = trygg__xcalloc(n, sizeof *b->ed);
    char **names = trygg__xcalloc(n, sizeof *names);
    b->res.pdfs = trygg__xcalloc(n + 1, sizeof *b->res.pdfs);
    for (size_t i = 0; i < n && st == TRYGG_OK; i++) {
        const trygg_named_area *a = &b->areas.v[i];
        names[i] = trygg_reports_file_name(a->name, (const char *const *)names, i);
        char *pdf = trygg__xasprintf("%s/%s", b->out_dir, names[i]);
        const char *target = pdf;
        b->geoms[i] = GEOSGeomFromWKB_buf_r(b->m.geos, a->wkb, a->wkb_size);
        if (trygg__interrupted(ctx))
            st = trygg__fail(ctx, TRYGG_E_INTERRUPTED, "interrupted while writing the area reports; nothing "
                                                       "was moved into place");
        else if (b->o->set)
            st = trygg_output_set_stage(ctx, b->o->set, pdf, &target);
        if (st == TRYGG_OK)
            st = b->geoms[i] ? area_report(b, i, target, pdf)
                             : trygg__fail(ctx, TRYGG_E_GEOM, "area '%s': unreadable polygon", a->name);
        if (st == TRYGG_OK)
            b->res.pdfs[b->res.npdfs++] = pdf;
        else
            free(pdf);
    }
    for (size_t i = 0; i < n; i++)
        free(names[i]);
    free(names);
    return st;
}

/* The lägesbild: joined from its thread, or drawn here (with [plan] previous it waits for this
 * build's area figures). */
static trygg_status finish_summary(build *b, trygg_status st)
{
    trygg_ctx *ctx = b->ctx;
    if (!b->summary_pdf)
        return st;
    if (b->summary_running) {
        pthread_join(b->summary_tid, NULL);
        b->summary_running = false;
        if (b->job.st != TRYGG_OK && st == TRYGG_OK)
            st = trygg__fail(ctx, b->job.st, "%s", trygg_errmsg(b->job.ctx));
    } else if (st == TRYGG_OK) {
        if (b->previous && *b->previous)
            st = compare_previous(&b->m, b->gpkg_path, b->final_path, b->previous, b->ed, b->areas.n, b->sum.lb);
        b->sum.s.lagesbild = trygg__lagesbild_extra(b->sum.lb);
        if (st == TRYGG_OK)
            st = trygg_report_lagesbild_pdf(ctx, &b->sum.s, b->summary_target);
    }
    if (st != TRYGG_OK)
        return st;
    b->res.pdfs = trygg__xrealloc(b->res.pdfs, (b->res.npdfs + 1) * sizeof *b->res.pdfs);
    b->res.pdfs[b->res.npdfs++] = b->summary_pdf;
    b->summary_pdf = NULL;
    return TRYGG_OK;
}

static void build_fini(build *b)
{
    if (b->summary_running)
        pthread_join(b->summary_tid, NULL);
    trygg_ctx_free(b->job.ctx);
    trygg__summary_input_fini(&b->sum);
    free(b->summary_pdf);
    for (size_t i = 0; b->geoms && i < b->areas.n; i++)
        if (b->geoms[i])
            GEOSGeom_destroy_r(b->m.geos, b->geoms[i]);
    free(b->geoms);
    free(b->ed);
    free(b->previous);
    trygg_reports_result_fini(&b->res);
    trygg_named_areas_fini(&b->areas);
    trygg__report_model_fini(&b->m);
    free(b->out_dir);
    free(b->stem);
}

trygg_status trygg_reports_build(trygg_ctx *ctx, const char *gpkg_path, const trygg_reports_options *o,
                                 trygg_reports_result *out)
{
    build b = {.ctx = ctx, .o = o, .gpkg_path = gpkg_path, .final_path = o->final_path ? o->final_path : gpkg_path};
    b.m.ctx = ctx;
    b.m.geos = trygg__geos(ctx);
    trygg_status st = read_inputs(&b);
    if (st == TRYGG_OK)
        st = start_summary(&b);
    if (st == TRYGG_OK)
        st = area_reports(&b);
    if (b.summary_pdf)
        st = finish_summary(&b, st);
    if (st == TRYGG_OK) {
        b.res.layer = trygg__area_layer_data(b.layer, b.areas.n);
        *out = b.res;
        memset(&b.res, 0, sizeof b.res);
    }
    build_fini(&b);
    return st;
}

trygg_status trygg_reports_run_step(trygg_ctx *ctx, const trygg_config *cfg, trygg_gpkg_writer *writer,
                                    const char *out_path, const char *reports_dir, trygg_output_set *set)
{
    trygg_reports_result res = {0};
    if (reports_dir && !cfg->report_areas)
        trygg__warn(ctx, "--reports %s: no [reports] areas layer in the config: only the lägesbild is made",
                    reports_dir);
    trygg_reports_options o = {
        .areas = cfg->report_areas,
        .name_field = cfg->report_name_field,
        .buffer_m = cfg->report_buffer_m,
        .out_dir = reports_dir ? reports_dir : cfg->report_out_dir,
        .final_path = out_path,
        .summary = true,
        .set = set,
        .audience = cfg->report_audience,
        .min_count = cfg->privacy_min_count,
        .sensitive = cfg->privacy_sensitive,
        .previous = cfg->plan_previous,
    };
    trygg_status st = trygg_reports_build(ctx, trygg_io_gpkg_temp_path(writer), &o, &res);
    if (st == TRYGG_OK && o.areas)
        st = trygg_io_gpkg_add_table(ctx, writer, &res.layer);
    trygg_reports_result_fini(&res);
    return st;
}

trygg_status trygg_reports_update(trygg_ctx *ctx, const char *gpkg_path, const trygg_reports_options *o,
                                  const char *styles_dir, trygg_reports_result *out)
{
    trygg_gpkg_writer *w = NULL;
    trygg_reports_result res = {0};
    trygg_reports_options opt = *o;
    trygg_output_set *set = NULL;
    const char *staged = NULL;
    char *areas_src = NULL, *areas_layer = NULL, *stem = trygg__strip_ext(gpkg_path);
    char *reports_dir = o->out_dir ? trygg__xstrdup(o->out_dir) : trygg__xasprintf("%s_reports", stem);
    trygg_io_split_source(o->areas, &areas_src, &areas_layer);
    trygg_input_path inputs[1] = {{"areas", areas_src}};
    opt.final_path = gpkg_path;
    trygg_status st = trygg_output_set_open(ctx, gpkg_path, reports_dir, inputs, 1, &set);
    opt.set = set;
    if (st == TRYGG_OK)
        st = trygg_reports_build(ctx, gpkg_path, &opt, &res);
    /* The GeoPackage is updated in the staging folder, starting from the output as it is. */
    if (st == TRYGG_OK && o->areas)
        st = trygg_output_set_stage_existing(ctx, set, gpkg_path, &staged);
    if (st == TRYGG_OK && o->areas && (st = trygg_io_gpkg_reopen(ctx, staged, styles_dir, &w)) == TRYGG_OK &&
        (st = trygg_io_gpkg_add_table(ctx, w, &res.layer)) == TRYGG_OK) {
        st = trygg_io_gpkg_commit(ctx, w);
        w = NULL;
    }
    trygg_io_gpkg_abort(w);
    if (st == TRYGG_OK && trygg__interrupted(ctx))
        st = trygg__fail(ctx, TRYGG_E_INTERRUPTED, "interrupted before the outputs were moved into place; %s and "
                                                   "its reports are unchanged", gpkg_path);
    if (st == TRYGG_OK) {
        st = trygg_output_set_commit(ctx, set);
        set = NULL;
    }
    trygg_output_set_abort(set);
    free(areas_src);
    free(areas_layer);
    free(stem);
    free(reports_dir);
    if (st == TRYGG_OK) {
        *out = res;
        memset(&res, 0, sizeof res);
    }
    trygg_reports_result_fini(&res);
    return st;
}
