/*
 * The measure register in a run (src/pipeline/register_stage.h): read, matched and numbered
 * in the plan stage; written after the output set is committed.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "core/internal.h"
#include "pipeline/register_stage.h"

struct trygg_register_pending {
    trygg_register reg;
    bool exists;
    trygg_measures m;
    size_t *match;   /* per proposal: entry index or SIZE_MAX */
    int64_t *ids;    /* per proposal */
    bool *is_new;    /* per proposal */
    int64_t *gone;   /* ids of current entries without a proposal */
    size_t ngone, nmatched, nadded;
    char **source_layer; /* per proposal */
    char *path, *layer, *crs, *styles_dir, *run_at;
    double wait_s;
};

void trygg_register_pending_free(trygg_register_pending *p)
{
    if (!p)
        return;
    for (size_t i = 0; i < p->m.n; i++)
        free(p->source_layer[i]);
    trygg_measures_fini(&p->m);
    trygg_register_fini(&p->reg);
    free(p->source_layer);
    free(p->match);
    free(p->ids);
    free(p->is_new);
    free(p->gone);
    free(p->path);
    free(p->layer);
    free(p->crs);
    free(p->styles_dir);
    free(p->run_at);
    free(p);
}

static const char *rule_layer(const trygg_config *cfg, const char *rule)
{
    for (size_t i = 0; i < cfg->nrules; i++)
        if (strcmp(cfg->rules[i].name, rule) == 0)
            return cfg->rules[i].layer;
    return NULL;
}

trygg_status trygg_register_prepare(trygg_ctx *ctx, const trygg_config *cfg, const char *run_at,
                                    const char *styles_dir, trygg_measures *m, trygg_register_pending **out)
{
    trygg_register_pending *p = trygg__xcalloc(1, sizeof *p);
    trygg_status st = trygg_io_register_read(ctx, cfg->plan_register, cfg->plan_register_layer,
                                             cfg->register_wait_s, &p->reg, &p->exists);
    if (st != TRYGG_OK) {
        trygg_register_pending_free(p);
        return st;
    }
    p->m = *m;
    memset(m, 0, sizeof *m);
    size_t n = p->m.n;
    p->match = trygg__xcalloc(n + 1, sizeof *p->match);
    p->ids = trygg__xcalloc(n + 1, sizeof *p->ids);
    p->is_new = trygg__xcalloc(n + 1, sizeof *p->is_new);
    p->source_layer = trygg__xcalloc(n + 1, sizeof *p->source_layer);
    p->path = trygg__xstrdup(cfg->plan_register);
    p->layer = cfg->plan_register_layer ? trygg__xstrdup(cfg->plan_register_layer) : NULL;
    p->crs = trygg__xstrdup(cfg->crs);
    p->styles_dir = trygg__xstrdup(styles_dir);
    p->run_at = trygg__xstrdup(run_at);
    p->wait_s = cfg->register_wait_s;
    if ((st = trygg_register_match(ctx, &p->reg, &p->m, TRYGG_REGISTER_MIN_OVERLAP, p->match)) != TRYGG_OK) {
        trygg_register_pending_free(p);
        return st;
    }
    trygg_config shipped;
    trygg_config_init(&shipped);
    trygg_config_add_default_rules(&shipped);
    /* New entries are numbered after the largest id the register ever held, in the order of
     * the output (priority, rule, first feature), so ids are never reused. */
    int64_t next = p->reg.max_id + 1;
    bool *matched = trygg__xcalloc(p->reg.n + 1, sizeof *matched);
    for (size_t i = 0; i < n; i++) {
        if (p->match[i] != SIZE_MAX) {
            p->ids[i] = p->reg.v[p->match[i]].measure_id;
            matched[p->match[i]] = true;
            p->nmatched++;
        } else {
            p->ids[i] = next++;
            p->is_new[i] = true;
            p->nadded++;
        }
        const char *layer = rule_layer(cfg, p->m.v[i].rule);
        p->source_layer[i] = trygg__xstrdup(layer ? layer : rule_layer(&shipped, p->m.v[i].rule));
    }
    p->gone = trygg__xcalloc(p->reg.n + 1, sizeof *p->gone);
    GEOSContextHandle_t h = trygg__geos(ctx);
    for (size_t e = 0; e < p->reg.n; e++) {
        if (matched[e] || p->reg.v[e].gone)
            continue;
        /* In a part of a partitioned run, only the part's own entries can be gone: the others
         * are the other parts' to keep or mark. */
        GEOSGeometry *g = trygg__has_part(ctx) && p->reg.v[e].wkb
                              ? GEOSGeomFromWKB_buf_r(h, p->reg.v[e].wkb, p->reg.v[e].wkb_size)
                              : NULL;
        bool mine = !trygg__has_part(ctx) || trygg__in_part(ctx, g);
        GEOSGeom_destroy_r(h, g);
        if (mine)
            p->gone[p->ngone++] = p->reg.v[e].measure_id;
    }
    free(matched);
    trygg_config_fini(&shipped);
    *out = p;
    return TRYGG_OK;
}

const trygg_register *trygg_register_pending_register(const trygg_register_pending *p) { return &p->reg; }

const trygg_measures *trygg_register_pending_measures(const trygg_register_pending *p) { return &p->m; }

int64_t trygg_register_pending_id(const trygg_register_pending *p, size_t i) { return p->ids[i]; }

const trygg_register_entry *trygg_register_pending_entry(const trygg_register_pending *p, size_t i)
{
    return p->match[i] == SIZE_MAX ? NULL : &p->reg.v[p->match[i]];
}

void trygg_register_pending_counts(const trygg_register_pending *p, size_t *matched, size_t *added, size_t *gone)
{
    *matched = p->nmatched;
    *added = p->nadded;
    *gone = p->ngone;
}

trygg_status trygg_register_commit(trygg_ctx *ctx, const trygg_register_pending *p)
{
    trygg_register_write w = {
        .path = p->path,
        .layer = p->layer,
        .crs = p->crs,
        .styles_dir = p->styles_dir,
        .run_at = p->run_at,
        .wait_s = p->wait_s,
        .exists = p->exists,
        .proposals = &p->m,
        .source_layer = (const char *const *)p->source_layer,
        .ids = p->ids,
        .is_new = p->is_new,
        .gone = p->gone,
        .ngone = p->ngone,
    };
    return trygg_io_register_write(ctx, &w);
}
