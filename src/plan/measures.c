/*
 * Measures from rules. Each rule selects features of one output layer with an SQL condition
 * (SpatiaLite over the GeoPackage), features within merge_m of each other merge into one
 * measure of at most max_measure_m of street (closest pairs first; STRtree candidates, exact
 * GEOS distance, union-find; a hotspot or area is a measure of its own), and the measure's area
 * is the union of its features buffered by buffer_m.
 */
#include <math.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/i18n.h"
#include "core/internal.h"
#include "index/index.h"
#include "io/output_reader.h"
#include "io/spatialite.h"
#include "plan/plan.h"

static void measure_fini(trygg_measure *x)
{
    free(x->rule);
    free(x->focus_area);
    free(x->measure);
    free(x->measure_en);
    free(x->responsible);
    free(x->evidence);
    free(x->indicator);
    free(x->source_ids);
    free(x->wkb);
    memset(x, 0, sizeof *x);
}

size_t trygg_measures_keep_part(trygg_ctx *ctx, trygg_measures *m)
{
    if (!trygg__has_part(ctx))
        return 0;
    GEOSContextHandle_t h = trygg__geos(ctx);
    size_t kept = 0, dropped = 0;
    for (size_t i = 0; i < m->n; i++) {
        GEOSGeometry *g = m->v[i].wkb ? GEOSGeomFromWKB_buf_r(h, m->v[i].wkb, m->v[i].wkb_size) : NULL;
        bool mine = trygg__in_part(ctx, g);
        GEOSGeom_destroy_r(h, g);
        if (mine)
            m->v[kept++] = m->v[i];
        else {
            measure_fini(&m->v[i]);
            dropped++;
        }
    }
    m->n = kept;
    return dropped;
}

void trygg_measures_fini(trygg_measures *m)
{
    for (size_t i = 0; i < m->n; i++)
        measure_fini(&m->v[i]);
    free(m->v);
    memset(m, 0, sizeof *m);
}

/* ---- evidence templates ---- */

/* The next {...} placeholder at or after p: sets *open and *close (the braces). */
static bool next_placeholder(const char *p, const char **open, const char **close)
{
    const char *o = strchr(p, '{');
    const char *c = o ? strchr(o, '}') : NULL;
    if (!o || !c)
        return false;
    *open = o;
    *close = c;
    return true;
}

char **trygg_plan_template_fields(const char *tmpl, size_t *n)
{
    char **names = NULL;
    size_t cap = 0;
    *n = 0;
    const char *p = tmpl ? tmpl : "", *o, *c;
    while (next_placeholder(p, &o, &c)) {
        const char *colon = memchr(o, ':', (size_t)(c - o));
        if (colon) {
            char *name = trygg__xasprintf("%.*s", (int)(c - colon - 1), colon + 1);
            bool seen = false;
            for (size_t i = 0; i < *n && !seen; i++)
                seen = strcmp(names[i], name) == 0;
            if (seen) {
                free(name);
            } else {
                trygg__grow((void **)&names, &cap, *n + 1, sizeof *names);
                names[(*n)++] = name;
            }
        }
        p = c + 1;
    }
    return names;
}

static void say_number(trygg__strbuf *b, double v)
{
    char buf[TRYGG__NUM_MAX];
    if (isnan(v))
        trygg__sb_printf(b, "%s", _("n/a"));
    else
        trygg__sb_printf(b, "%s",
                         trygg__fmt_num(buf, sizeof buf, v, fabs(v - round(v)) < 1e-9 ? 0 : fabs(v) < 10 ? 2 : 1));
}

static int cmp_str(const void *a, const void *b) { return strcmp(*(char *const *)a, *(char *const *)b); }

/* How many distinct items the comma-separated lists texts[0..n) hold together (NULL and empty
 * lists hold none): {distinct:night_incident_ids} counts an incident near two stretches once. */
static size_t count_distinct(const char *const *texts, size_t n)
{
    char **items = NULL;
    size_t ni = 0, cap = 0;
    for (size_t i = 0; texts && i < n; i++) {
        const char *p = texts[i];
        while (p && *p) {
            const char *e = strchr(p, ',');
            size_t len = e ? (size_t)(e - p) : strlen(p);
            if (len > 0) {
                trygg__grow((void **)&items, &cap, ni + 1, sizeof *items);
                items[ni++] = trygg__xasprintf("%.*s", (int)len, p);
            }
            p = e ? e + 1 : NULL;
        }
    }
    if (ni > 1)
        qsort(items, ni, sizeof *items, cmp_str);
    size_t distinct = 0;
    for (size_t i = 0; i < ni; i++)
        distinct += i == 0 || strcmp(items[i], items[i - 1]) != 0;
    for (size_t i = 0; i < ni; i++)
        free(items[i]);
    free(items);
    return distinct;
}

char *trygg_plan_fill_template(const char *tmpl, const char *const *names, size_t nnames, const double *values,
                               const char *const *texts, size_t nfeatures)
{
    trygg__strbuf b = {0};
    const char *p = tmpl ? tmpl : "", *o, *c;
    while (next_placeholder(p, &o, &c)) {
        trygg__sb_printf(&b, "%.*s", (int)(o - p), p);
        size_t len = (size_t)(c - o - 1);
        const char *colon = memchr(o, ':', (size_t)(c - o));
        if (!colon && len == 5 && strncmp(o + 1, "count", 5) == 0) {
            trygg__sb_printf(&b, "%zu", nfeatures);
        } else if (colon) {
            size_t f = nnames;
            for (size_t i = 0; i < nnames; i++)
                if (strlen(names[i]) == (size_t)(c - colon - 1) && strncmp(names[i], colon + 1, (size_t)(c - colon - 1)) == 0)
                    f = i;
            size_t alen = (size_t)(colon - o - 1);
            if (alen == 8 && strncmp(o + 1, "distinct", 8) == 0) {
                trygg__sb_printf(&b, "%zu", f < nnames && texts ? count_distinct(texts + f * nfeatures, nfeatures) : 0);
                p = c + 1;
                continue;
            }
            const double *v = f < nnames ? values + f * nfeatures : NULL;
            double sum = 0, mn = INFINITY, mx = -INFINITY, first = NAN;
            size_t k = 0;
            for (size_t i = 0; v && i < nfeatures; i++) {
                if (isnan(v[i]))
                    continue;
                if (k == 0)
                    first = v[i];
                sum += v[i];
                mn = fmin(mn, v[i]);
                mx = fmax(mx, v[i]);
                k++;
            }
            double out = NAN;
            if (k > 0) {
                if (alen == 3 && strncmp(o + 1, "sum", 3) == 0)
                    out = sum;
                else if (alen == 3 && strncmp(o + 1, "min", 3) == 0)
                    out = mn;
                else if (alen == 3 && strncmp(o + 1, "max", 3) == 0)
                    out = mx;
                else if (alen == 4 && strncmp(o + 1, "mean", 4) == 0)
                    out = sum / (double)k;
                else if (alen == 5 && strncmp(o + 1, "first", 5) == 0)
                    out = first;
            }
            say_number(&b, out);
        } else {
            /* Not a placeholder trygg knows: keep it as written. */
            trygg__sb_printf(&b, "%.*s", (int)(c - o + 1), o);
        }
        p = c + 1;
    }
    trygg__sb_printf(&b, "%s", p);
    return trygg__sb_steal(&b);
}

/* ---- one rule ---- */

typedef struct {
    int64_t fid;
    GEOSGeometry *geom;
    int priority;
} feature;

typedef struct {
    feature *v;
    size_t n, cap;
    double *values; /* nfields x n, filled after all rows are read */
    char **texts;   /* the same as text (NULL for NULL), for {distinct:F} */
    size_t nfields;
} feature_set;

static void feature_set_fini(GEOSContextHandle_t h, feature_set *fs)
{
    for (size_t i = 0; i < fs->n; i++)
        GEOSGeom_destroy_r(h, fs->v[i].geom);
    for (size_t i = 0; fs->texts && i < fs->n * fs->nfields; i++)
        free(fs->texts[i]);
    free(fs->v);
    free(fs->values);
    free(fs->texts);
    memset(fs, 0, sizeof *fs);
}

static size_t uf_find(size_t *parent, size_t i)
{
    while (parent[i] != i) {
        parent[i] = parent[parent[i]];
        i = parent[i];
    }
    return i;
}

typedef struct {
    GEOSContextHandle_t h;
    const feature_set *fs;
} env_user;

static void feature_envelope(size_t i, double env[4], void *user)
{
    const env_user *u = user;
    GEOSGeom_getXMin_r(u->h, u->fs->v[i].geom, &env[0]);
    GEOSGeom_getYMin_r(u->h, u->fs->v[i].geom, &env[1]);
    GEOSGeom_getXMax_r(u->h, u->fs->v[i].geom, &env[2]);
    GEOSGeom_getYMax_r(u->h, u->fs->v[i].geom, &env[3]);
}

/* What a feature adds to a measure's size: a line its length; a polygon (a hotspot, an area)
 * is one task on its own and never merges (INFINITY); a point adds nothing. */
static double feature_size(GEOSContextHandle_t h, const GEOSGeometry *g)
{
    int t = GEOSGeomTypeId_r(h, g);
    if (t == GEOS_POLYGON || t == GEOS_MULTIPOLYGON)
        return INFINITY;
    double len = 0.0;
    if ((t == GEOS_LINESTRING || t == GEOS_MULTILINESTRING || t == GEOS_LINEARRING) && GEOSLength_r(h, g, &len) == 1)
        return len;
    return 0.0;
}

typedef struct {
    double d;
    size_t i, j;
} close_pair;

static int cmp_pair(const void *pa, const void *pb)
{
    const close_pair *a = pa, *b = pb;
    if (a->d != b->d)
        return a->d < b->d ? -1 : 1;
    if (a->i != b->i)
        return a->i < b->i ? -1 : 1;
    return (a->j > b->j) - (a->j < b->j);
}

/* Cluster features within merge_m into measures of at most max_m of street: the pairs closer
 * than merge_m (STRtree candidates, exact GEOS distance) are joined closest first (Kruskal's
 * order; ties by index), and a join that would make a cluster longer than max_m is skipped, so
 * a long chain of dark stretches splits into place-sized tasks along its streets instead of one
 * measure over kilometres. Without the cap this is single linkage. A feature longer than max_m
 * is a measure of its own. cluster[i] gets a dense id, numbered in order of each cluster's
 * first (lowest-fid) feature. Returns the number of clusters. */
static size_t cluster_features(trygg_ctx *ctx, const feature_set *fs, double merge_m, double max_m, size_t *cluster)
{
    GEOSContextHandle_t h = trygg__geos(ctx);
    size_t *parent = trygg__xmalloc((fs->n + 1) * sizeof *parent);
    double *size = trygg__xmalloc((fs->n + 1) * sizeof *size);
    for (size_t i = 0; i < fs->n; i++) {
        parent[i] = i;
        size[i] = feature_size(h, fs->v[i].geom);
    }
    env_user eu = {h, fs};
    trygg_index *idx = trygg_index_new(ctx, fs->n, feature_envelope, &eu);
    trygg_idlist cand = {0};
    close_pair *pairs = NULL;
    size_t npairs = 0, cappairs = 0;
    for (size_t i = 0; idx && i < fs->n; i++) {
        if (isinf(size[i]))
            continue;
        double env[4];
        feature_envelope(i, env, &eu);
        trygg_index_query(idx, h, env[0] - merge_m, env[1] - merge_m, env[2] + merge_m, env[3] + merge_m, &cand);
        for (size_t c = 0; c < cand.n; c++) {
            size_t j = cand.v[c];
            double d;
            if (j <= i || isinf(size[j]))
                continue;
            if (GEOSDistance_r(h, fs->v[i].geom, fs->v[j].geom, &d) == 1 && d <= merge_m) {
                trygg__grow((void **)&pairs, &cappairs, npairs + 1, sizeof *pairs);
                pairs[npairs++] = (close_pair){d, i, j};
            }
        }
    }
    trygg_idlist_fini(&cand);
    trygg_index_free(idx);
    if (npairs > 1)
        qsort(pairs, npairs, sizeof *pairs, cmp_pair);
    for (size_t k = 0; k < npairs; k++) {
        size_t a = uf_find(parent, pairs[k].i), b = uf_find(parent, pairs[k].j);
        if (a == b || size[a] + size[b] > max_m)
            continue;
        /* The lower index becomes the root, so roots are each cluster's first feature. */
        size_t root = a < b ? a : b, child = a < b ? b : a;
        parent[child] = root;
        size[root] += size[child];
    }
    free(pairs);
    size_t *dense = trygg__xmalloc((fs->n + 1) * sizeof *dense);
    size_t nclusters = 0;
    for (size_t i = 0; i < fs->n; i++) {
        size_t r = uf_find(parent, i);
        if (r == i)
            dense[i] = nclusters++;
        cluster[i] = dense[r]; /* r <= i, so dense[r] is set */
    }
    free(dense);
    free(size);
    free(parent);
    return nclusters;
}

/* A cluster at most this large is buffered as one collection (one noding pass for all its
 * features); a larger one feature by feature, then one cascaded union: far faster than
 * buffering a collection of thousands of features at once. */
#define BUFFER_TOGETHER_MAX 32

/* The buffered union of a cluster's features as ISO WKB (Multi)Polygon, normalised so equal
 * inputs give equal bytes. */
static unsigned char *cluster_area(GEOSContextHandle_t h, const feature_set *fs, const size_t *members, size_t n,
                                   double buffer_m, size_t *size)
{
    GEOSGeometry *area = NULL;
    if (n == 1) {
        area = GEOSBuffer_r(h, fs->v[members[0]].geom, buffer_m, 8);
    } else if (n <= BUFFER_TOGETHER_MAX) {
        GEOSGeometry *copies[BUFFER_TOGETHER_MAX];
        for (size_t m = 0; m < n; m++)
            copies[m] = GEOSGeom_clone_r(h, fs->v[members[m]].geom);
        GEOSGeometry *coll = GEOSGeom_createCollection_r(h, GEOS_GEOMETRYCOLLECTION, copies, (unsigned)n);
        area = coll ? GEOSBuffer_r(h, coll, buffer_m, 8) : NULL;
        GEOSGeom_destroy_r(h, coll);
    } else {
        GEOSGeometry **parts = trygg__xmalloc(n * sizeof *parts);
        size_t np = 0;
        for (size_t m = 0; m < n; m++) {
            GEOSGeometry *b = GEOSBuffer_r(h, fs->v[members[m]].geom, buffer_m, 8);
            if (b)
                parts[np++] = b;
        }
        GEOSGeometry *coll = GEOSGeom_createCollection_r(h, GEOS_GEOMETRYCOLLECTION, parts, (unsigned)np);
        free(parts);
        area = coll ? GEOSUnaryUnion_r(h, coll) : NULL;
        GEOSGeom_destroy_r(h, coll);
    }
    unsigned char *wkb = trygg__geos_wkb_normalized(h, area, size);
    GEOSGeom_destroy_r(h, area);
    return wkb;
}

typedef struct {
    trygg_measure m;
    size_t rule_index;
    int64_t first_fid;
} ranked_measure;

/* One rule's outlines, made on the other threads while the next rules are read: the rule's
 * features and clusters, and where its measures are in the ranked list (which moves as it grows,
 * so the outlines are kept here until the batch is done). */
typedef struct {
    feature_set fs;
    size_t *order, *start; /* cluster k's members: order[start[k] .. start[k + 1]) */
    size_t nclusters;
    double buffer_m;
    size_t first; /* cluster k's measure: ranked[first + k] */
    unsigned char **wkb;
    size_t *wkb_size;
    size_t batch; /* in the queue */
} area_job;

static void area_one(size_t k, GEOSContextHandle_t h, void *user)
{
    area_job *job = user;
    job->wkb[k] = cluster_area(h, &job->fs, job->order + job->start[k], job->start[k + 1] - job->start[k],
                               job->buffer_m, &job->wkb_size[k]);
}

static void area_job_start(trygg_ctx *ctx, trygg__queue *q, area_job *job)
{
    job->wkb = trygg__xcalloc(job->nclusters + 1, sizeof *job->wkb);
    job->wkb_size = trygg__xcalloc(job->nclusters + 1, sizeof *job->wkb_size);
    job->batch = trygg__queue_add(ctx, q, job->nclusters, area_one, job);
}

/* A done job's outlines to its measures (when ranked is not NULL, else dropped); frees the job. */
static void area_job_fini(trygg_ctx *ctx, area_job *job, ranked_measure *ranked)
{
    for (size_t k = 0; k < job->nclusters && job->wkb; k++) {
        if (ranked) {
            ranked[job->first + k].m.wkb = job->wkb[k];
            ranked[job->first + k].m.wkb_size = job->wkb_size[k];
        } else {
            free(job->wkb[k]);
        }
    }
    feature_set_fini(trygg__geos(ctx), &job->fs);
    free(job->order);
    free(job->start);
    free(job->wkb);
    free(job->wkb_size);
    free(job);
}

/* The started jobs, oldest first: those done are handed over and freed as the rules go on, so
 * only the rules still in the making keep their features. */
typedef struct {
    area_job **v;
    size_t n, cap, head; /* v[head .. n) not yet handed over */
} area_jobs;

static void area_jobs_reap(trygg_ctx *ctx, trygg__queue *q, area_jobs *jobs, ranked_measure *ranked, bool all)
{
    while (jobs->head < jobs->n && (all || trygg__queue_done(q, jobs->v[jobs->head]->batch))) {
        area_job_fini(ctx, jobs->v[jobs->head], ranked);
        jobs->v[jobs->head++] = NULL;
    }
}

static char *geometry_column(sqlite3 *db, const char *table)
{
    sqlite3_stmt *q = NULL;
    char *col = NULL;
    if (sqlite3_prepare_v2(db, "SELECT column_name FROM gpkg_geometry_columns WHERE table_name = ?", -1, &q, NULL) ==
        SQLITE_OK) {
        sqlite3_bind_text(q, 1, table, -1, SQLITE_STATIC);
        if (sqlite3_step(q) == SQLITE_ROW)
            col = trygg__xstrdup((const char *)sqlite3_column_text(q, 0));
    }
    sqlite3_finalize(q);
    return col;
}

/* A rule that cannot run: an error for a configured rule, a note for a shipped one. */
static trygg_status rule_unusable(trygg_ctx *ctx, const trygg_measure_rule *r, trygg__strbuf *skipped,
                                  const char *why)
{
    if (r->builtin) {
        trygg__sb_printf(skipped, "%s%s: %s", skipped->n ? "; " : "", r->name, why);
        return TRYGG_OK;
    }
    return trygg__fail(ctx, TRYGG_E_CONFIG, "%s: [measure:%s] %s", r->origin, r->name, why);
}

static trygg_status read_features(trygg_ctx *ctx, sqlite3 *db, const trygg_measure_rule *r, const char *geomcol,
                                  char **fields, size_t nfields, feature_set *fs, bool *usable, char **why)
{
    trygg_status st = TRYGG_OK;
    GEOSContextHandle_t h = trygg__geos(ctx);
    GEOSWKBReader *reader = GEOSWKBReader_create_r(h);
    trygg__strbuf sql = {0};
    sqlite3_stmt *q = NULL;
    double *vals = NULL;
    char **txts = NULL;
    size_t capvals = 0, captxts = 0;
    *usable = true;
    trygg__sb_printf(&sql, "SELECT fid, ST_AsBinary(\"%s\"), (%s)", geomcol, r->priority ? r->priority : "3");
    for (size_t f = 0; f < nfields; f++)
        trygg__sb_printf(&sql, ", \"%s\"", fields[f]);
    trygg__sb_printf(&sql, " FROM \"%s\" WHERE (%s) AND \"%s\" IS NOT NULL ORDER BY fid", r->layer, r->when, geomcol);
    if (sqlite3_prepare_v2(db, sql.s, -1, &q, NULL) != SQLITE_OK) {
        *usable = false;
        *why = trygg__xasprintf(_("layer '%s': %s"), r->layer, sqlite3_errmsg(db));
        goto done;
    }
    int rc;
    while ((rc = sqlite3_step(q)) == SQLITE_ROW) {
        const void *blob = sqlite3_column_blob(q, 1);
        int nblob = sqlite3_column_bytes(q, 1);
        GEOSGeometry *g = blob ? GEOSWKBReader_read_r(h, reader, blob, (size_t)nblob) : NULL;
        if (!g)
            continue; /* empty or unreadable geometry: nothing to place a measure on */
        trygg__grow((void **)&fs->v, &fs->cap, fs->n + 1, sizeof *fs->v);
        feature *ft = &fs->v[fs->n];
        ft->fid = sqlite3_column_int64(q, 0);
        ft->geom = g;
        int p = sqlite3_column_type(q, 2) == SQLITE_NULL ? 3 : sqlite3_column_int(q, 2);
        ft->priority = p < 1 ? 1 : p > 5 ? 5 : p;
        trygg__grow((void **)&vals, &capvals, (fs->n + 1) * (nfields ? nfields : 1), sizeof *vals);
        trygg__grow((void **)&txts, &captxts, (fs->n + 1) * (nfields ? nfields : 1), sizeof *txts);
        for (size_t f = 0; f < nfields; f++) {
            bool null = sqlite3_column_type(q, 3 + (int)f) == SQLITE_NULL;
            vals[fs->n * nfields + f] = null ? NAN : sqlite3_column_double(q, 3 + (int)f);
            txts[fs->n * nfields + f] = null ? NULL : trygg__xstrdup((const char *)sqlite3_column_text(q, 3 + (int)f));
        }
        fs->n++;
    }
    if (rc != SQLITE_DONE) {
        *usable = false;
        *why = trygg__xasprintf(_("layer '%s': %s"), r->layer, sqlite3_errmsg(db));
        goto done;
    }
    /* Row-major as read; the template wants one field's values together. */
    fs->nfields = nfields;
    fs->values = trygg__xmalloc((fs->n * nfields + 1) * sizeof *fs->values);
    fs->texts = trygg__xmalloc((fs->n * nfields + 1) * sizeof *fs->texts);
    for (size_t i = 0; i < fs->n; i++)
        for (size_t f = 0; f < nfields; f++) {
            fs->values[f * fs->n + i] = vals[i * nfields + f];
            fs->texts[f * fs->n + i] = txts[i * nfields + f];
        }
    free(txts);
    txts = NULL;
done:
    if (txts)
        for (size_t i = 0; i < fs->n * nfields; i++)
            free(txts[i]);
    free(txts);
    free(vals);
    sqlite3_finalize(q);
    free(sql.s);
    GEOSWKBReader_destroy_r(h, reader);
    return st;
}

static int cmp_ranked(const void *a, const void *b)
{
    const ranked_measure *x = a, *y = b;
    if (x->m.priority != y->m.priority)
        return x->m.priority < y->m.priority ? -1 : 1;
    if (x->rule_index != y->rule_index)
        return x->rule_index < y->rule_index ? -1 : 1;
    return (x->first_fid > y->first_fid) - (x->first_fid < y->first_fid);
}

/* A rule's measures without their outlines: *job (NULL when the rule gives none) holds what the
 * outlines are made from, for area_job_start. */
static trygg_status run_rule(trygg_ctx *ctx, sqlite3 *db, const trygg_measure_rule *r, size_t rule_index,
                             ranked_measure **ranked, size_t *nranked, size_t *capranked, trygg__strbuf *skipped,
                             area_job **job)
{
    trygg_status st = TRYGG_OK;
    GEOSContextHandle_t h = trygg__geos(ctx);
    size_t nfields = 0;
    char **fields = trygg_plan_template_fields(r->evidence, &nfields);
    char *geomcol = NULL, *why = NULL;
    feature_set fs = {0};
    size_t *cluster = NULL;
    bool usable = true;

    if (!trygg__gpkg_has_table(db, r->layer)) {
        char *w = trygg__xasprintf(_("layer '%s' is not in the output"), r->layer);
        st = rule_unusable(ctx, r, skipped, w);
        free(w);
        goto done;
    }
    geomcol = geometry_column(db, r->layer);
    if (!geomcol) {
        char *w = trygg__xasprintf(_("layer '%s' has no geometry to place measures on"), r->layer);
        st = rule_unusable(ctx, r, skipped, w);
        free(w);
        goto done;
    }
    /* SQLite reads a double-quoted name that is no column as a string literal: check first. */
    for (size_t f = 0; f < nfields; f++)
        if (!trygg__sqlite_has_column(db, r->layer, fields[f])) {
            char *w = trygg__xasprintf(_("evidence names field '%s', which layer '%s' does not have"), fields[f],
                                     r->layer);
            st = rule_unusable(ctx, r, skipped, w);
            free(w);
            goto done;
        }
    if ((st = read_features(ctx, db, r, geomcol, fields, nfields, &fs, &usable, &why)) != TRYGG_OK)
        goto done;
    if (!usable) {
        st = rule_unusable(ctx, r, skipped, why);
        goto done;
    }
    cluster = trygg__xmalloc((fs.n + 1) * sizeof *cluster);
    size_t nclusters = cluster_features(ctx, &fs, r->merge_m, r->max_measure_m, cluster);
    const char **names = (const char **)fields;
    /* Members of each cluster in fid order (a counting sort), so every cluster is visited once. */
    size_t *start = trygg__xcalloc(nclusters + 2, sizeof *start);
    size_t *order = trygg__xmalloc((fs.n + 1) * sizeof *order);
    for (size_t i = 0; i < fs.n; i++)
        start[cluster[i] + 2]++;
    for (size_t k = 0; k < nclusters; k++)
        start[k + 2] += start[k + 1];
    for (size_t i = 0; i < fs.n; i++)
        order[start[cluster[i] + 1]++] = i;
    for (size_t k = 0; k < nclusters; k++) {
        const size_t *mem = order + start[k];
        size_t members = start[k + 1] - start[k], first = mem[0];
        int prio = 5;
        trygg__strbuf ids = {0};
        for (size_t m = 0; m < members; m++) {
            prio = fs.v[mem[m]].priority < prio ? fs.v[mem[m]].priority : prio;
            trygg__sb_printf(&ids, "%s%lld", ids.n ? "," : "", (long long)fs.v[mem[m]].fid);
        }
        /* The cluster's values, field by field, for the template. */
        double *vals = trygg__xmalloc((members * nfields + 1) * sizeof *vals);
        const char **txts = trygg__xmalloc((members * nfields + 1) * sizeof *txts);
        for (size_t f = 0; f < nfields; f++)
            for (size_t m = 0; m < members; m++) {
                vals[f * members + m] = fs.values[f * fs.n + mem[m]];
                txts[f * members + m] = fs.texts[f * fs.n + mem[m]];
            }
        trygg__grow((void **)ranked, capranked, *nranked + 1, sizeof **ranked);
        ranked_measure *rm = &(*ranked)[(*nranked)++];
        memset(rm, 0, sizeof *rm);
        rm->rule_index = rule_index;
        rm->first_fid = fs.v[first].fid;
        trygg_measure *m = &rm->m;
        m->rule = trygg__xstrdup(r->name);
        m->focus_area = trygg__xstrdup(r->focus_area);
        /* A shipped rule's texts are msgids (src/core/default_rules.c); a config's are as written. */
        m->measure = trygg__xstrdup(r->builtin ? _(r->measure) : r->measure);
        m->measure_en = trygg__xstrdup(r->measure_en);
        m->responsible = trygg__xstrdup(r->builtin ? _(r->responsible) : r->responsible);
        m->indicator = trygg__xstrdup(r->builtin ? _(r->indicator) : r->indicator);
        m->evidence = trygg_plan_fill_template(r->builtin ? _(r->evidence) : r->evidence, names, nfields, vals, txts,
                                               members);
        m->priority = prio;
        m->features = members;
        m->source_ids = trygg__sb_steal(&ids);
        free(vals);
        free(txts);
    }
    /* The outlines (buffer and union, most of a rule's time) are the caller's to start: each
     * cluster's depends only on its own features. */
    for (size_t i = 0; fs.texts && i < fs.n * fs.nfields; i++)
        free(fs.texts[i]); /* the evidence is written: the outlines need only the geometries */
    free(fs.texts);
    free(fs.values);
    fs.texts = NULL;
    fs.values = NULL;
    fs.nfields = 0;
    *job = trygg__xcalloc(1, sizeof **job);
    (*job)->fs = fs;
    memset(&fs, 0, sizeof fs);
    (*job)->order = order;
    (*job)->start = start;
    (*job)->nclusters = nclusters;
    (*job)->buffer_m = r->buffer_m;
    (*job)->first = *nranked - nclusters;
done:
    for (size_t f = 0; f < nfields; f++)
        free(fields[f]);
    free(fields);
    free(geomcol);
    free(why);
    free(cluster);
    feature_set_fini(h, &fs);
    return st;
}

trygg_status trygg_plan_measures(trygg_ctx *ctx, const trygg_config *cfg, const char *gpkg_path, trygg_measures *out,
                                 char **skipped)
{
    trygg_status st = TRYGG_OK;
    trygg__output_reader reader = {0};
    ranked_measure *ranked = NULL;
    size_t nranked = 0, capranked = 0;
    trygg__strbuf skip = {0};
    trygg_config shipped;
    memset(&shipped, 0, sizeof shipped);
    area_jobs jobs = {0};
    trygg__queue *queue = NULL;
    trygg_config_init(&shipped);
    if ((st = trygg__output_reader_open(ctx, gpkg_path, TRYGG__READ_FOR_PLAN, &reader)) != TRYGG_OK)
        goto done;
    /* The config's own rules, then the shipped ones it does not redefine. A pipeline: while the
     * rules' outlines are made on the other threads, in rule order, this thread reads the next
     * rules (SpatiaLite SQL, one thread) and joins in once all are read. Each cluster's outline
     * is the same whichever thread makes it. */
    queue = trygg__queue_new(ctx);
    shipped.default_rules = cfg->default_rules;
    trygg_config_add_default_rules(&shipped);
    for (size_t i = 0; i < cfg->nrules + shipped.nrules; i++) {
        const trygg_measure_rule *r = i < cfg->nrules ? &cfg->rules[i] : &shipped.rules[i - cfg->nrules];
        bool redefined = false;
        for (size_t j = 0; i >= cfg->nrules && j < cfg->nrules && !redefined; j++)
            redefined = strcmp(cfg->rules[j].name, r->name) == 0;
        if (redefined)
            continue;
        area_job *job = NULL;
        if ((st = run_rule(ctx, reader.db, r, i, &ranked, &nranked, &capranked, &skip, &job)) != TRYGG_OK)
            goto done;
        if (job) {
            trygg__grow((void **)&jobs.v, &jobs.cap, jobs.n + 1, sizeof *jobs.v);
            jobs.v[jobs.n++] = job;
            area_job_start(ctx, queue, job);
        }
        area_jobs_reap(ctx, queue, &jobs, ranked, false);
    }
    trygg__queue_finish(ctx, queue);
    queue = NULL;
    area_jobs_reap(ctx, queue, &jobs, ranked, true);
    if (nranked > 1)
        qsort(ranked, nranked, sizeof *ranked, cmp_ranked);
    for (size_t i = 0; i < nranked; i++) {
        trygg__grow((void **)&out->v, &out->cap, out->n + 1, sizeof *out->v);
        out->v[out->n++] = ranked[i].m;
        memset(&ranked[i].m, 0, sizeof ranked[i].m);
    }
    if (skipped)
        *skipped = trygg__sb_steal(&skip);
done:
    trygg__queue_finish(ctx, queue);
    area_jobs_reap(ctx, NULL, &jobs, ranked, true);
    free(jobs.v);
    for (size_t i = 0; i < nranked; i++)
        measure_fini(&ranked[i].m); /* only those not handed out (after a failure) */
    free(ranked);
    free(skip.s);
    trygg_config_fini(&shipped);
    trygg__output_reader_close(&reader);
    return st;
}
