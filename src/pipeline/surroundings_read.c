/*
 * The buildings and points of interest, read in the load stage or on a thread of their own
 * (src/pipeline/surroundings_read.h; docs/NOTES.md, "Performance").
 */
#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>

#include "core/i18n.h"
#include "core/internal.h"
#include "pipeline/surroundings_read.h"

struct trygg__surroundings_read {
    trygg_ctx *ctx; /* a child of the run's (trygg__ctx_child) */
    const trygg_config *cfg;
    const trygg_run_options *opt;
    trygg__surroundings_layers layers;
    trygg_status status;
    pthread_t tid;
    atomic_bool done; /* the thread has finished (it is still to be joined) */
    bool after_load;  /* the run got past the point where the load stage would have read them */
};

trygg_status trygg__read_optional(trygg_ctx *ctx, const trygg_run_options *opt, trygg_status s,
                                  const trygg_input_report *r, const char *section, bool *have)
{
    *have = s == TRYGG_OK;
    if (s != TRYGG_E_EMPTY || !opt || !opt->part || r->read != 0)
        return s;
    trygg__warn(ctx, "part '%s': [%s] has no features in the part or its halo; left out of this part", opt->part,
                section);
    trygg_clear_error(ctx);
    return TRYGG_OK;
}

trygg_status trygg__surroundings_read_now(trygg_ctx *ctx, const trygg_config *cfg, const trygg_run_options *opt,
                                          trygg__surroundings_layers *out)
{
    trygg_status s;
    if (cfg->buildings.source) {
        s = trygg_io_read_buildings(ctx, cfg, cfg->crs, &out->buildings, &out->reports[0]);
        if ((s = trygg__read_optional(ctx, opt, s, &out->reports[0], "buildings", &out->have_buildings)) != TRYGG_OK)
            return s;
    }
    if (cfg->pois.source) {
        s = trygg_io_read_pois(ctx, cfg, cfg->crs, &out->pois, &out->reports[1]);
        if ((s = trygg__read_optional(ctx, opt, s, &out->reports[1], "pois", &out->have_pois)) != TRYGG_OK)
            return s;
    }
    return TRYGG_OK;
}

static void *read_thread(void *arg)
{
    trygg__surroundings_read *r = arg;
    r->status = trygg__surroundings_read_now(r->ctx, r->cfg, r->opt, &r->layers);
    atomic_store(&r->done, true);
    return NULL;
}

static void layers_fini(trygg__surroundings_layers *l)
{
    for (int i = 0; i < 2; i++)
        trygg_input_report_fini(&l->reports[i]);
    trygg_buildings_fini(&l->buildings);
    trygg_pois_fini(&l->pois);
}

trygg__surroundings_read *trygg__surroundings_read_start(trygg_ctx *ctx, const trygg_config *cfg,
                                                         const trygg_run_options *opt)
{
    if ((!cfg->buildings.source && !cfg->pois.source) || trygg_ctx_threads(ctx) < 2)
        return NULL;
    trygg__surroundings_read *r = trygg__xcalloc(1, sizeof *r);
    r->ctx = trygg__ctx_child(ctx);
    r->cfg = cfg;
    r->opt = opt;
    atomic_init(&r->done, false);
    if (pthread_create(&r->tid, NULL, read_thread, r) != 0) {
        trygg_ctx_free(r->ctx);
        free(r);
        return NULL;
    }
    return r;
}

void trygg__surroundings_read_after_load(trygg__surroundings_read *r, trygg_ctx *ctx)
{
    r->after_load = true;
    trygg__log_hold(ctx);
}

bool trygg__surroundings_read_done(const trygg__surroundings_read *r) { return atomic_load(&r->done); }

trygg_status trygg__surroundings_read_join(trygg__surroundings_read *r, trygg_ctx *ctx, trygg_status s,
                                           trygg__surroundings_layers *out, bool *taken)
{
    *taken = false;
    if (!r->after_load || s == TRYGG_E_INTERRUPTED)
        trygg__ctx_cancel(r->ctx);
    pthread_join(r->tid, NULL);
    if (!r->after_load) {
        trygg_ctx_free(r->ctx);
        layers_fini(&r->layers);
        free(r);
        return s;
    }
    trygg_status rs = r->status;
    bool fails_run = rs != TRYGG_OK && !(rs == TRYGG_E_INTERRUPTED && s != TRYGG_OK);
    trygg__ctx_child_finish(ctx, r->ctx, fails_run ? rs : TRYGG_OK);
    trygg__log_release(ctx, !fails_run);
    *out = r->layers;
    *taken = true;
    free(r);
    return fails_run ? rs : s;
}
