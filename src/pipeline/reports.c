/*
 * Area reports and the summary from an output GeoPackage (include/trygg/reports.h), step by
 * step: the output read once (report/report_model.h), the areas' figures (report/area_figures.h),
 * their PDFs (report/area_document.h) and their layer (report/area_layer.h), and the lägesbild
 * (report/summary_input.h). The documents are tasks over the run's threads (the lägesbild, the
 * longest, first), each with a context of its own; their results are taken in a fixed order.
 */
#include <math.h>
#include <pthread.h>
#include <stdatomic.h>
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

/* A document's own context (its GEOS handle, its error message, its warnings kept for the log)
 * and the build's model seen through it: a shallow copy with the task's context, GEOS handle and
 * a bag of its own for what the document adds (map parts, names), so that documents read the
 * model side by side and none writes to it. */
typedef struct {
    trygg_ctx *ctx;
    trygg__report_model m;
    char **msg;
    trygg_log_level *level;
    size_t nmsg;
    trygg_status st;
} doc_task;

static void keep_message(trygg_log_level level, const char *message, void *user)
{
    doc_task *t = user;
    t->msg = trygg__xrealloc(t->msg, (t->nmsg + 1) * sizeof *t->msg);
    t->level = trygg__xrealloc(t->level, (t->nmsg + 1) * sizeof *t->level);
    t->msg[t->nmsg] = trygg__xstrdup(message);
    t->level[t->nmsg++] = level;
}

static void doc_task_init(doc_task *t, const trygg__report_model *m)
{
    t->ctx = trygg_ctx_new();
    trygg_ctx_set_log(t->ctx, keep_message, t, TRYGG_LOG_DEBUG);
    t->m = *m;
    t->m.ctx = t->ctx;
    t->m.geos = trygg__geos(t->ctx);
    memset(&t->m.mem, 0, sizeof t->m.mem);
    t->st = TRYGG_OK;
}

/* The task's warnings into the run's log, then its failure (if any) into the run's context. */
static trygg_status doc_task_report(trygg_ctx *ctx, doc_task *t, trygg_status st)
{
    for (size_t k = 0; k < t->nmsg; k++) {
        trygg__log(ctx, t->level[k], "%s", t->msg[k]);
        free(t->msg[k]);
    }
    t->nmsg = 0;
    if (t->st != TRYGG_OK && st == TRYGG_OK)
        st = trygg__fail(ctx, t->st, "%s", trygg_errmsg(t->ctx));
    return st;
}

static void doc_task_fini(doc_task *t)
{
    for (size_t k = 0; k < t->nmsg; k++)
        free(t->msg[k]);
    free(t->msg);
    free(t->level);
    trygg__bag_fini(&t->m.mem);
    trygg_ctx_free(t->ctx);
    memset(t, 0, sizeof *t);
}

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
    bool waits;                  /* the lägesbild waits for the areas' figures ([plan] previous) */
    char **area_pdf;             /* area i's PDF (in the reports folder) and where it is written */
    const char **area_target;
    trygg__area_figures *fig;
    doc_task *area_task;
    /* The lägesbild's worker: its own reads beside the model's, then its document, then areas
     * like any worker. */
    doc_task sum_task;
    trygg__lagesbild_data *lb;   /* its own reads, until the model is there */
    trygg_status lb_read_st;
    trygg__summary_input sum;
    bool sum_gathered;           /* sum holds the lägesbild's input */
    bool sum_drawn;              /* its PDF was attempted on the worker */
    pthread_t worker;
    bool worker_running;
    pthread_mutex_t mu;
    pthread_cond_t cv;
    int model;                   /* 0 being read, 1 read and the areas prepared, -1 failed */
    size_t nclaimable;           /* areas the workers may claim (0 until prepared) */
    atomic_size_t next_area;
    size_t areas_done;
    bool reads_done;             /* the lägesbild's worker reads nothing more of the GeoPackage */
    bool writeback;              /* start writing the GeoPackage to disk (the run's, still to commit) */
    pthread_t writeback_thread;  /* ... on a thread of its own: the call mostly waits for the disk */
    bool writeback_running;
    trygg_ctx *p2_ctx;           /* part 2 of the model (trygg__report_model_read_part), read by the */
    trygg__report_model p2;      /* lägesbild's worker while the main thread reads part 1 */
    trygg_status p2_st;
    bool p2_done;
    bool drop;                   /* free the model's geometries once the documents are through with them */
} build;

/* The output, who reads the reports, and the areas: a missing or unusable areas layer fails
 * before any file is written. */
static trygg_status read_inputs(build *b)
{
    const trygg_reports_options *o = b->o;
    trygg_status st;
    if (b->worker_running) { /* part 2 on the lägesbild's worker */
        st = trygg__report_model_read_part(&b->m, b->gpkg_path, 1);
        pthread_mutex_lock(&b->mu);
        while (!b->p2_done)
            pthread_cond_wait(&b->cv, &b->mu);
        pthread_mutex_unlock(&b->mu);
        if (st == TRYGG_OK && b->p2_st != TRYGG_OK)
            st = trygg__fail(b->ctx, b->p2_st, "%s", trygg_errmsg(b->p2_ctx));
        if (st != TRYGG_OK)
            return st;
        trygg__report_model_take(&b->m, &b->p2);
    } else if ((st = trygg__report_model_read(&b->m, b->gpkg_path)) != TRYGG_OK)
        return st;
    if ((st = trygg__report_audience_read(&b->m, o)) != TRYGG_OK)
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

/* The lägesbild's path, staged with the output set when there is one. */
static trygg_status prepare_summary(build *b)
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
    if (st != TRYGG_OK)
        return st;
    b->previous = b->o->previous ? trygg__xstrdup(b->o->previous)
                                 : trygg__output_config_value(trygg_kv_get(&b->m.info, "config"), "plan", "previous");
    /* the comparison with a previous edition needs this build's area figures: after them */
    b->waits = b->previous && *b->previous;
    return TRYGG_OK;
}

/* Every area's PDF path in the reports folder, staged with the output set when there is one, and
 * its polygon. */
static trygg_status prepare_areas(build *b)
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
    b->area_pdf = trygg__xcalloc(n, sizeof *b->area_pdf);
    b->area_target = trygg__xcalloc(n, sizeof *b->area_target);
    b->fig = trygg__xcalloc(n, sizeof *b->fig);
    b->area_task = trygg__xcalloc(n, sizeof *b->area_task);
    char **names = trygg__xcalloc(n, sizeof *names);
    for (size_t i = 0; i < n && st == TRYGG_OK; i++) {
        const trygg_named_area *a = &b->areas.v[i];
        names[i] = trygg_reports_file_name(a->name, (const char *const *)names, i);
        b->area_pdf[i] = trygg__xasprintf("%s/%s", b->out_dir, names[i]);
        b->area_target[i] = b->area_pdf[i];
        b->geoms[i] = GEOSGeomFromWKB_buf_r(b->m.geos, a->wkb, a->wkb_size);
        if (trygg__interrupted(ctx))
            st = trygg__fail(ctx, TRYGG_E_INTERRUPTED, "interrupted while writing the area reports; nothing "
                                                       "was moved into place");
        else if (b->o->set)
            st = trygg_output_set_stage(ctx, b->o->set, b->area_pdf[i], &b->area_target[i]);
        if (st == TRYGG_OK && !b->geoms[i])
            st = trygg__fail(ctx, TRYGG_E_GEOM, "area '%s': unreadable polygon", a->name);
    }
    for (size_t i = 0; i < n; i++)
        free(names[i]);
    free(names);
    return st;
}

/* Area i's figures and PDF, in its task. */
static void area_document(build *b, size_t i)
{
    doc_task *t = &b->area_task[i];
    doc_task_init(t, &b->m);
    if (trygg__interrupted(b->ctx)) {
        t->st = trygg__fail(t->ctx, TRYGG_E_INTERRUPTED, "interrupted while writing the area reports; nothing "
                                                         "was moved into place");
        return;
    }
    trygg__report_model *m = &t->m;
    const trygg_named_area *a = &b->areas.v[i];
    double buffer = isfinite(a->buffer_m) && a->buffer_m >= 0 ? a->buffer_m : b->buffer;
    trygg__area_zone zone = {0};
    trygg_status st = trygg__area_zone_init(m, a->name, b->geoms[i], buffer, &zone);
    if (st == TRYGG_OK) {
        trygg__area_figures_compute(m, a->name, b->geoms[i], buffer, &zone, &b->fig[i]);
        st = trygg__report_place_texts(t->ctx, b->gpkg_path, &m->mem, b->fig[i].least, b->fig[i].nleast);
        if (st == TRYGG_OK)
            st = trygg__area_document_write(m, a->name, a->area_id, b->geoms[i], buffer, &zone, &b->fig[i],
                                            b->area_target[i]);
    }
    trygg__area_zone_fini(m, &zone);
    t->st = st;
}

/* Areas claimed one at a time until none is left; the last one done wakes the main thread. */
static void claim_areas(build *b)
{
    for (;;) {
        size_t i = atomic_fetch_add(&b->next_area, 1);
        if (i >= b->nclaimable)
            return;
        area_document(b, i);
        pthread_mutex_lock(&b->mu);
        b->areas_done++;
        pthread_cond_broadcast(&b->cv);
        pthread_mutex_unlock(&b->mu);
    }
}

static void *area_worker(void *arg)
{
    claim_areas(arg);
    return NULL;
}

/* The lägesbild's input (its own reads made before) and, unless it waits for the areas' figures,
 * its PDF. */
static void summary_document(build *b)
{
    doc_task *t = &b->sum_task;
    if (b->lb_read_st != TRYGG_OK) /* its task holds the reading's context and message */
        return;
    doc_task_init(t, &b->m);
    trygg__summary_input_from(&t->m, b->lb, &b->sum);
    b->lb = NULL;
    b->sum_gathered = true;
    if (!b->waits) {
        b->sum_drawn = true;
        t->st = trygg_report_lagesbild_pdf(t->ctx, &b->sum.s, b->summary_target);
    }
}

/* The GeoPackage's write-out started (the commit's fsync then has little left to wait for). */
static void *writeback(void *arg)
{
    build *b = arg;
    trygg__start_writeback(b->gpkg_path);
    return NULL;
}

/* The lägesbild's worker: its own reads while the main thread reads the model, then (when there
 * is a lägesbild) its document, then areas. */
static void *lagesbild_worker(void *arg)
{
    build *b = arg;
    b->p2.ctx = b->p2_ctx;
    b->p2.geos = trygg__geos(b->p2_ctx);
    trygg_status p2 = trygg__report_model_read_part(&b->p2, b->gpkg_path, 2);
    pthread_mutex_lock(&b->mu);
    b->p2_st = p2;
    b->p2_done = true;
    pthread_cond_broadcast(&b->cv);
    pthread_mutex_unlock(&b->mu);
    trygg_ctx *rctx = trygg_ctx_new(); /* for the reads only: the document's context is its task's */
    trygg_status st = trygg__lagesbild_read_own(rctx, b->gpkg_path, &b->lb);
    if (st != TRYGG_OK) {
        b->sum_task.ctx = rctx; /* the message */
        b->sum_task.st = st;
    } else
        trygg_ctx_free(rctx);
    pthread_mutex_lock(&b->mu);
    b->lb_read_st = st;
    b->reads_done = true;
    pthread_cond_broadcast(&b->cv);
    while (b->model == 0)
        pthread_cond_wait(&b->cv, &b->mu);
    int model = b->model;
    pthread_mutex_unlock(&b->mu);
    if (model < 0)
        return NULL;
    if (b->summary_pdf)
        summary_document(b);
    claim_areas(b);
    if (b->drop) {
        /* Once every area is done, the model's geometries and indexes go here, while the main
         * thread writes the layer and commits (it needs neither; the lägesbild is drawn from its
         * gathered input alone). With this thread's GEOS handle: a geometry belongs to none. */
        pthread_mutex_lock(&b->mu);
        while (b->areas_done < b->nclaimable)
            pthread_cond_wait(&b->cv, &b->mu);
        pthread_mutex_unlock(&b->mu);
        GEOSContextHandle_t geos = b->m.geos;
        b->m.geos = trygg__geos(b->p2_ctx);
        trygg__report_model_drop_geometries(&b->m);
        b->m.geos = geos;
    }
    return NULL;
}

/* The model read and the areas prepared (ok) or not: the lägesbild's worker goes on or stops. */
static void model_ready(build *b, bool ok)
{
    pthread_mutex_lock(&b->mu);
    b->model = ok ? 1 : -1;
    b->nclaimable = ok ? b->areas.n : 0;
    pthread_cond_broadcast(&b->cv);
    pthread_mutex_unlock(&b->mu);
}

/* Area i's row of the layer and its figures for the comparison, after its task. */
static void area_row(build *b, size_t i)
{
    const trygg_named_area *a = &b->areas.v[i];
    trygg__area_figures *fig = &b->fig[i];
    double buffer = isfinite(a->buffer_m) && a->buffer_m >= 0 ? a->buffer_m : b->buffer;
    fig->report_file = trygg__report_file_relative(b->final_path, b->area_pdf[i]);
    trygg__area_layer_fill(b->layer, i, a->area_id, a->name, buffer, &b->area_task[i].m, fig);
    b->ed[i].area_id = a->area_id;
    b->ed[i].name = a->name;
    b->ed[i].total_b = 0;
    for (int c = 0; c < TRYGG_CAT_COUNT; c++) {
        b->ed[i].n_b[c] = fig->n_b[c];
        b->ed[i].total_b += fig->n_b[c];
    }
    free(fig->report_file);
    fig->report_file = NULL;
    trygg__area_layer_set_geometry(b->layer, i, a->wkb, a->wkb_size);
}

/* Start: the lägesbild's worker (when the run has threads) beside the model's reading, then the
 * areas over the workers; returns when every area is done and, when the lägesbild waits for
 * them, it is drawn. The lägesbild's worker may still be drawing: build_end joins it. Failures
 * are reported in a fixed order: the inputs, the lägesbild's reads, the areas in their order,
 * the lägesbild's PDF. */
static trygg_status build_begin(build *b)
{
    trygg_ctx *ctx = b->ctx;
    int threads = trygg_ctx_threads(ctx);
    pthread_mutex_init(&b->mu, NULL);
    pthread_cond_init(&b->cv, NULL);
    atomic_init(&b->next_area, 0);
    if (b->o->summary && threads > 1) {
        b->p2_ctx = trygg_ctx_new();
        b->worker_running = pthread_create(&b->worker, NULL, lagesbild_worker, b) == 0;
    }
    if (b->writeback && threads > 1)
        b->writeback_running = pthread_create(&b->writeback_thread, NULL, writeback, b) == 0;
    if (b->writeback && !b->writeback_running)
        trygg__start_writeback(b->gpkg_path);
    trygg_status st = read_inputs(b);
    if (st == TRYGG_OK)
        st = prepare_summary(b);
    if (st == TRYGG_OK)
        st = prepare_areas(b);
    model_ready(b, st == TRYGG_OK);
    if (st != TRYGG_OK)
        return st;
    if (!b->worker_running && b->summary_pdf) { /* no threads: the lägesbild here, first */
        if ((b->lb_read_st = trygg__lagesbild_read_own(ctx, b->gpkg_path, &b->lb)) != TRYGG_OK)
            return b->lb_read_st;
        summary_document(b);
    }
    /* areas on this thread and, with more than two threads, on further workers */
    size_t nextra = threads > 2 && b->areas.n > 1 ? (size_t)threads - 2 : 0;
    if (nextra > b->areas.n - 1)
        nextra = b->areas.n - 1;
    pthread_t *extra = trygg__xcalloc(nextra + 1, sizeof *extra);
    size_t started = 0;
    while (started < nextra && pthread_create(&extra[started], NULL, area_worker, b) == 0)
        started++;
    claim_areas(b);
    for (size_t k = 0; k < started; k++)
        pthread_join(extra[k], NULL);
    free(extra);
    pthread_mutex_lock(&b->mu);
    while (b->areas_done < b->areas.n || (b->worker_running && !b->reads_done))
        pthread_cond_wait(&b->cv, &b->mu);
    pthread_mutex_unlock(&b->mu);
    if (b->summary_pdf && b->waits && b->worker_running) {
        pthread_join(b->worker, NULL);
        b->worker_running = false;
    }
    if (b->summary_pdf && b->lb_read_st != TRYGG_OK) /* the lägesbild's reads failed */
        st = doc_task_report(ctx, &b->sum_task, st);
    for (size_t i = 0; i < b->areas.n; i++) {
        st = doc_task_report(ctx, &b->area_task[i], st);
        if (st != TRYGG_OK)
            continue;
        area_row(b, i);
        b->res.pdfs = trygg__xrealloc(b->res.pdfs, (b->res.npdfs + 2) * sizeof *b->res.pdfs);
        b->res.pdfs[b->res.npdfs++] = b->area_pdf[i];
        b->area_pdf[i] = NULL;
    }
    if (st == TRYGG_OK && b->summary_pdf && b->waits) {
        st = doc_task_report(ctx, &b->sum_task, st);
        if (st == TRYGG_OK)
            st = compare_previous(&b->m, b->gpkg_path, b->final_path, b->previous, b->ed, b->areas.n, b->sum.lb);
        b->sum.s.lagesbild = trygg__lagesbild_extra(b->sum.lb);
        if (st == TRYGG_OK)
            st = trygg_report_lagesbild_pdf(ctx, &b->sum.s, b->summary_target);
    }
    if (st == TRYGG_OK)
        b->res.layer = trygg__area_layer_data(b->layer, b->areas.n);
    return st;
}

/* The lägesbild's worker joined and its PDF's outcome taken (st: the build's so far). */
static trygg_status build_end(build *b, trygg_status st)
{
    if (b->worker_running) {
        pthread_join(b->worker, NULL);
        b->worker_running = false;
    }
    if (!b->summary_pdf)
        return st;
    if (b->sum_drawn)
        st = doc_task_report(b->ctx, &b->sum_task, st);
    if (st != TRYGG_OK)
        return st;
    b->res.pdfs = trygg__xrealloc(b->res.pdfs, (b->res.npdfs + 1) * sizeof *b->res.pdfs);
    b->res.pdfs[b->res.npdfs++] = b->summary_pdf;
    b->summary_pdf = NULL;
    return TRYGG_OK;
}

/* The write-out's thread joined: it names the temporary file, which the commit renames and an
 * abort removes, both freeing the name. */
static void writeback_join(build *b)
{
    if (b->writeback_running)
        pthread_join(b->writeback_thread, NULL);
    b->writeback_running = false;
}

static void build_fini(build *b)
{
    writeback_join(b);
    if (b->worker_running) { /* a failure before build_end */
        model_ready(b, false);
        pthread_join(b->worker, NULL);
        b->worker_running = false;
    }
    pthread_mutex_destroy(&b->mu);
    pthread_cond_destroy(&b->cv);
    trygg__lagesbild_free(b->lb);
    trygg__summary_input_fini(&b->sum);
    doc_task_fini(&b->sum_task);
    free(b->summary_pdf);
    for (size_t i = 0; i < b->areas.n; i++) {
        if (b->geoms && b->geoms[i])
            GEOSGeom_destroy_r(b->m.geos, b->geoms[i]);
        if (b->fig)
            trygg__area_figures_fini(&b->fig[i]);
        if (b->area_task)
            doc_task_fini(&b->area_task[i]);
        if (b->area_pdf)
            free(b->area_pdf[i]);
    }
    free(b->geoms);
    free(b->fig);
    free(b->area_task);
    free(b->area_pdf);
    free(b->area_target);
    free(b->ed);
    free(b->previous);
    trygg_reports_result_fini(&b->res);
    trygg_named_areas_fini(&b->areas);
    trygg__report_model_fini(&b->m);
    if (b->p2_ctx) {
        b->p2.geos = trygg__geos(b->p2_ctx); /* what part 2 read, when it was not taken */
        trygg__report_model_fini(&b->p2);
        trygg_ctx_free(b->p2_ctx);
    }
    free(b->out_dir);
    free(b->stem);
}

static void build_init(build *b, trygg_ctx *ctx, const char *gpkg_path, const trygg_reports_options *o)
{
    memset(b, 0, sizeof *b);
    b->ctx = ctx;
    b->o = o;
    b->gpkg_path = gpkg_path;
    b->final_path = o->final_path ? o->final_path : gpkg_path;
    b->m.ctx = ctx;
    b->m.geos = trygg__geos(ctx);
}

trygg_status trygg_reports_build(trygg_ctx *ctx, const char *gpkg_path, const trygg_reports_options *o,
                                 trygg_reports_result *out)
{
    build b;
    build_init(&b, ctx, gpkg_path, o);
    trygg_status st = build_end(&b, build_begin(&b));
    if (st == TRYGG_OK) {
        *out = b.res;
        memset(&b.res, 0, sizeof b.res);
    }
    build_fini(&b);
    return st;
}

trygg_status trygg_reports_run_step(trygg_ctx *ctx, const trygg_config *cfg, trygg_gpkg_writer *writer,
                                    const char *out_path, const char *reports_dir, trygg_output_set *set)
{
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
    /* The area_reports layer and the commit (the QGIS project, the sync) while the lägesbild is
     * still being drawn: it reads nothing more of the GeoPackage, and the output set moves
     * nothing into place before the run is through. */
    build b;
    build_init(&b, ctx, trygg_io_gpkg_temp_path(writer), &o);
    b.writeback = true;
    b.drop = true; /* on the lägesbild's worker when there is one, else here */
    trygg_status st = build_begin(&b);
    writeback_join(&b); /* long done: it began with the stage */
    if (st == TRYGG_OK && !b.worker_running)
        trygg__report_model_drop_geometries(&b.m);
    if (st == TRYGG_OK && o.areas)
        st = trygg_io_gpkg_add_table(ctx, writer, &b.res.layer);
    if (st == TRYGG_OK) {
        st = trygg_io_gpkg_commit(ctx, writer);
        st = build_end(&b, st);
    } else {
        st = build_end(&b, st);
        trygg_io_gpkg_abort(writer);
    }
    build_fini(&b);
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
