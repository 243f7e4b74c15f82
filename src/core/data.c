#include <math.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "core/i18n.h"
#include "core/internal.h"
#include "trygg/data.h"

static const char *const category_names[TRYGG_CAT_ALL_COUNT] = {
    "vandalism", "graffiti", "littering", "violence", "theft", "drugs", "disorder", "fraud", "other",
    "violence_close", "fraud_elderly",
};

const char *trygg_category_name(trygg_category c)
{
    return ((unsigned)c < TRYGG_CAT_ALL_COUNT) ? category_names[c] : NULL;
}

bool trygg_category_from_name_any(const char *s, trygg_category *out)
{
    for (int c = 0; c < TRYGG_CAT_ALL_COUNT; c++)
        if (trygg__streq_ci(s, category_names[c])) {
            *out = (trygg_category)c;
            return true;
        }
    return false;
}

bool trygg_category_area_only(trygg_category c)
{
    return c >= TRYGG_CAT_COUNT && c < TRYGG_CAT_ALL_COUNT;
}

size_t trygg_incidents_split(trygg_incidents *inc, const bool take[TRYGG_CAT_ALL_COUNT], trygg_incidents *out)
{
    size_t kept = 0, taken = 0;
    for (size_t i = 0; i < inc->n; i++) {
        trygg_incident x = inc->v[i];
        bool t = (unsigned)x.category >= TRYGG_CAT_ALL_COUNT || trygg_category_area_only(x.category) ||
                 take[x.category];
        if (!t) {
            inc->v[kept++] = x;
            continue;
        }
        taken++;
        if (out)
            *trygg_incidents_push(out) = x;
        else
            free(x.source_category);
    }
    inc->n = kept;
    return taken;
}

/* msgids: the categories as sentences name them ("drug offences", not the code "drugs"). */
static const char *const category_words[TRYGG_CAT_COUNT] = {
    N_("vandalism"), N_("graffiti"), N_("littering"), N_("violence"),        N_("theft"),
    N_("drug offences"), N_("disorder"), N_("fraud"), N_("other incidents"),
};

const char *trygg_category_words(trygg_category c, bool english)
{
    if ((unsigned)c >= TRYGG_CAT_COUNT)
        return NULL;
    return english ? category_words[c] : _(category_words[c]);
}

bool trygg_category_from_name(const char *s, trygg_category *out)
{
    for (int c = 0; c < TRYGG_CAT_COUNT; c++)
        if (trygg__streq_ci(s, category_names[c])) {
            *out = (trygg_category)c;
            return true;
        }
    return false;
}

#define DEFINE_PUSH(fn, vectype, elemtype)                                                               \
    elemtype *fn(vectype *vec)                                                                           \
    {                                                                                                    \
        trygg__grow((void **)&vec->v, &vec->cap, vec->n + 1, sizeof *vec->v);                            \
        elemtype *e = &vec->v[vec->n++];                                                                 \
        memset(e, 0, sizeof *e);                                                                         \
        return e;                                                                                        \
    }

DEFINE_PUSH(trygg_streets_push, trygg_streets, trygg_street)
DEFINE_PUSH(trygg_lamps_push, trygg_lamps, trygg_lamp)
DEFINE_PUSH(trygg_incidents_push, trygg_incidents, trygg_incident)
DEFINE_PUSH(trygg_places_push, trygg_places, trygg_place)
DEFINE_PUSH(trygg_dark_stretches_push, trygg_dark_stretches, trygg_dark_stretch)

void trygg_streets_fini(trygg_streets *s)
{
    for (size_t i = 0; i < s->n; i++) {
        free(s->v[i].xy);
        free(s->v[i].name);
        free(s->v[i].road_class);
    }
    free(s->v);
    memset(s, 0, sizeof *s);
}

void trygg_lamps_fini(trygg_lamps *l)
{
    free(l->v);
    memset(l, 0, sizeof *l);
}

void trygg_incidents_fini(trygg_incidents *inc)
{
    for (size_t i = 0; i < inc->n; i++)
        free(inc->v[i].source_category);
    free(inc->v);
    memset(inc, 0, sizeof *inc);
}

void trygg_places_fini(trygg_places *p)
{
    for (size_t i = 0; i < p->n; i++) {
        free(p->v[i].xy);
        free(p->v[i].top_factors);
        free(p->v[i].source_ids);
        free(p->v[i].attached_ids);
        free(p->v[i].location);
    }
    free(p->v);
    memset(p, 0, sizeof *p);
}

void trygg_dark_stretches_fini(trygg_dark_stretches *d)
{
    for (size_t i = 0; i < d->n; i++) {
        free(d->v[i].xy);
        free(d->v[i].night_incident_ids);
    }
    free(d->v);
    memset(d, 0, sizeof *d);
}

bool trygg_streets_extent(const trygg_streets *s, double env[4])
{
    double e[4] = {INFINITY, INFINITY, -INFINITY, -INFINITY};
    for (size_t i = 0; i < s->n; i++)
        for (size_t k = 0; k < s->v[i].nv; k++) {
            double x = s->v[i].xy[2 * k], y = s->v[i].xy[2 * k + 1];
            e[0] = x < e[0] ? x : e[0];
            e[1] = y < e[1] ? y : e[1];
            e[2] = x > e[2] ? x : e[2];
            e[3] = y > e[3] ? y : e[3];
        }
    if (!(e[0] <= e[2] && e[1] <= e[3]))
        return false;
    memcpy(env, e, sizeof e);
    return true;
}

void trygg_kv_set(trygg_kv *kv, const char *key, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    char *raw = trygg__xvasprintf(fmt, ap);
    va_end(ap);
    /* run_info is the provenance every output carries: no password goes into it. */
    char *value = trygg_mask_secrets(raw);
    free(raw);
    for (size_t i = 0; i < kv->n; i++)
        if (strcmp(kv->key[i], key) == 0) {
            free(kv->value[i]);
            kv->value[i] = value;
            return;
        }
    size_t cap = kv->cap;
    trygg__grow((void **)&kv->key, &cap, kv->n + 1, sizeof *kv->key);
    cap = kv->cap;
    trygg__grow((void **)&kv->value, &cap, kv->n + 1, sizeof *kv->value);
    kv->cap = cap;
    kv->key[kv->n] = trygg__xstrdup(key);
    kv->value[kv->n] = value;
    kv->n++;
}

const char *trygg_kv_get(const trygg_kv *kv, const char *key)
{
    for (size_t i = 0; i < kv->n; i++)
        if (strcmp(kv->key[i], key) == 0)
            return kv->value[i];
    return NULL;
}

void trygg_kv_fini(trygg_kv *kv)
{
    for (size_t i = 0; i < kv->n; i++) {
        free(kv->key[i]);
        free(kv->value[i]);
    }
    free(kv->key);
    free(kv->value);
    memset(kv, 0, sizeof *kv);
}

void trygg_input_report_reject(trygg_input_report *r, const char *reason, const char *example_fmt, ...)
{
    r->rejected++;
    for (size_t i = 0; i < r->nreasons; i++)
        if (strcmp(r->reasons[i].reason, reason) == 0) {
            r->reasons[i].count++;
            return;
        }
    trygg__grow((void **)&r->reasons, &r->capreasons, r->nreasons + 1, sizeof *r->reasons);
    trygg_reject_reason *rr = &r->reasons[r->nreasons++];
    rr->reason = trygg__xstrdup(reason);
    rr->count = 1;
    char buf[1024];
    va_list ap;
    va_start(ap, example_fmt);
    vsnprintf(buf, sizeof buf, example_fmt, ap);
    va_end(ap);
    rr->example = trygg__xstrdup(buf);
}

void trygg_input_report_unmapped(trygg_input_report *r, const char *value)
{
    const char *v = value ? value : "";
    for (size_t i = 0; i < r->nunmapped; i++)
        if (strcmp(r->unmapped[i].value, v) == 0) {
            r->unmapped[i].count++;
            return;
        }
    trygg__grow((void **)&r->unmapped, &r->capunmapped, r->nunmapped + 1, sizeof *r->unmapped);
    r->unmapped[r->nunmapped].value = trygg__xstrdup(v);
    r->unmapped[r->nunmapped].count = 1;
    r->nunmapped++;
}

void trygg_input_report_fini(trygg_input_report *r)
{
    free(r->role);
    free(r->path);
    free(r->layer);
    free(r->source_crs);
    for (size_t i = 0; i < r->nreasons; i++) {
        free(r->reasons[i].reason);
        free(r->reasons[i].example);
    }
    free(r->reasons);
    for (size_t i = 0; i < r->nunmapped; i++)
        free(r->unmapped[i].value);
    free(r->unmapped);
    memset(r, 0, sizeof *r);
}
