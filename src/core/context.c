#include <gdal.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#ifdef __GLIBC__
#include <malloc.h>
#endif

#include "core/i18n.h"
#include "core/internal.h"

/* Log lines kept instead of shown (trygg__ctx_child, trygg__log_hold): formatted, translated and
 * masked as they would have been shown. The lock: a context's log may be written by its workers. */
typedef struct {
    trygg_log_level level;
    char *text;
} kept_line;

typedef struct {
    pthread_mutex_t lock;
    kept_line *v;
    size_t n, cap;
    size_t warnings; /* kept warnings, counted when they are shown */
} kept_log;

struct trygg_ctx {
    char errmsg[4096];
    trygg_log_fn log_fn;
    void *log_user;
    trygg_log_level log_max;
    size_t warnings;
    kept_log *kept; /* not NULL: log lines are kept, not shown (a child; a held log) */
    int threads;
    GEOSContextHandle_t geos;
    const volatile sig_atomic_t *interrupt;
    atomic_bool cancelled; /* trygg__ctx_cancel */
    bool have_study_box;
    double study_box[4], study_margin_m;
    size_t gistar_dense_limit; /* see trygg__gistar_dense_limit */
    unsigned char *clip_wkb;   /* see trygg__set_clip */
    size_t clip_size;
    GEOSGeometry *part;        /* see trygg__set_part */
    const GEOSPreparedGeometry *part_prepared;
    unsigned char *part_wkb; /* the part as given, for a child's own copy */
    size_t part_size;
};

static const struct {
    trygg_status status;
    const char *name;
    const char *message;
} status_table[] = {
#define TRYGG_X_ROW(name, code, msg) {name, #name, msg},
    TRYGG_STATUS_TABLE(TRYGG_X_ROW)
#undef TRYGG_X_ROW
};

const char *trygg_status_name(trygg_status s)
{
    for (size_t i = 0; i < sizeof status_table / sizeof status_table[0]; i++)
        if (status_table[i].status == s)
            return status_table[i].name;
    return "TRYGG_E_UNKNOWN";
}

const char *trygg_status_message(trygg_status s)
{
    for (size_t i = 0; i < sizeof status_table / sizeof status_table[0]; i++)
        if (status_table[i].status == s)
            return status_table[i].message;
    return "unknown status";
}

static void geos_message(const char *message, void *user)
{
    trygg_ctx *ctx = user;
    trygg__log(ctx, TRYGG_LOG_DEBUG, "GEOS: %s", message);
}

static void geos_quiet(const char *message, void *user)
{
    (void)message;
    (void)user;
}

trygg_ctx *trygg_ctx_new(void)
{
    trygg_ctx *ctx = trygg__xcalloc(1, sizeof *ctx);
    ctx->log_max = TRYGG_LOG_WARN;
    ctx->gistar_dense_limit = (size_t)1 << 18;
    atomic_init(&ctx->cancelled, false);
    ctx->geos = GEOS_init_r();
    GEOSContext_setErrorMessageHandler_r(ctx->geos, geos_message, ctx);
    GEOSContext_setNoticeMessageHandler_r(ctx->geos, geos_quiet, NULL);
    return ctx;
}

static kept_log *kept_new(void)
{
    kept_log *k = trygg__xcalloc(1, sizeof *k);
    pthread_mutex_init(&k->lock, NULL);
    return k;
}

static void kept_free(kept_log *k)
{
    if (!k)
        return;
    for (size_t i = 0; i < k->n; i++)
        free(k->v[i].text);
    free(k->v);
    pthread_mutex_destroy(&k->lock);
    free(k);
}

/* The kept lines to ctx's log function (when show) and its warning count; k is freed. */
static void kept_release(trygg_ctx *ctx, kept_log *k, bool show)
{
    if (!k)
        return;
    if (show) {
        for (size_t i = 0; i < k->n; i++)
            if (ctx->log_fn && k->v[i].level <= ctx->log_max)
                ctx->log_fn(k->v[i].level, k->v[i].text, ctx->log_user);
        ctx->warnings += k->warnings;
    }
    kept_free(k);
}

void trygg_ctx_free(trygg_ctx *ctx)
{
    if (!ctx)
        return;
    trygg__set_part(ctx, NULL, 0);
    if (ctx->geos)
        GEOS_finish_r(ctx->geos);
    free(ctx->clip_wkb);
    kept_free(ctx->kept);
    free(ctx);
}

trygg_ctx *trygg__ctx_child(trygg_ctx *parent)
{
    trygg_ctx *c = trygg_ctx_new();
    c->log_fn = parent->log_fn;
    c->log_user = parent->log_user;
    c->log_max = parent->log_max;
    c->kept = kept_new();
    c->threads = parent->threads;
    c->interrupt = parent->interrupt;
    c->have_study_box = parent->have_study_box;
    memcpy(c->study_box, parent->study_box, sizeof c->study_box);
    c->study_margin_m = parent->study_margin_m;
    c->gistar_dense_limit = parent->gistar_dense_limit;
    trygg__set_clip(c, parent->clip_wkb, parent->clip_size);
    /* From the WKB, with the child's own handle: GEOS geometries (their factory's reference
     * count) and prepared geometries (built lazily) must not be shared between threads. */
    if (parent->part_wkb && !trygg__set_part(c, parent->part_wkb, parent->part_size))
        abort(); /* the parent read the same bytes */
    return c;
}

trygg_status trygg__ctx_child_finish(trygg_ctx *parent, trygg_ctx *child, trygg_status status)
{
    if (!child)
        return status;
    kept_log *k = child->kept;
    child->kept = NULL;
    kept_release(parent, k, true);
    parent->warnings += child->warnings;
    if (status != TRYGG_OK)
        memcpy(parent->errmsg, child->errmsg, sizeof parent->errmsg); /* translated and masked already */
    trygg_ctx_free(child);
    return status;
}

void trygg__ctx_cancel(trygg_ctx *ctx) { atomic_store(&ctx->cancelled, true); }

static void *side_thread(void *arg)
{
    trygg__side *s = arg;
    s->st = s->fn(s->ctx, s->arg);
    return NULL;
}

void trygg__side_start(trygg_ctx *ctx, trygg__side *s, trygg__side_fn fn, void *arg)
{
    *s = (trygg__side){.ctx = trygg__ctx_child(ctx), .st = TRYGG_OK, .fn = fn, .arg = arg};
    s->running = trygg_ctx_threads(ctx) > 1 && pthread_create(&s->thread, NULL, side_thread, s) == 0;
    if (!s->running)
        side_thread(s);
}

trygg_status trygg__side_join(trygg_ctx *ctx, trygg__side *s, trygg_status st)
{
    if (s->running) {
        if (st != TRYGG_OK)
            trygg__ctx_cancel(s->ctx);
        pthread_join(s->thread, NULL);
        s->running = false;
    }
    if (!s->ctx)
        return st;
    trygg_status side = trygg__ctx_child_finish(ctx, s->ctx, st == TRYGG_OK ? s->st : TRYGG_OK);
    s->ctx = NULL;
    return st == TRYGG_OK ? side : st;
}

void trygg__side_stop(trygg__side *s)
{
    if (s->running) {
        trygg__ctx_cancel(s->ctx);
        pthread_join(s->thread, NULL);
        s->running = false;
    }
    trygg_ctx_free(s->ctx);
    s->ctx = NULL;
}

void trygg__log_hold(trygg_ctx *ctx)
{
    if (!ctx->kept)
        ctx->kept = kept_new();
}

void trygg__log_release(trygg_ctx *ctx, bool show)
{
    kept_log *k = ctx->kept;
    ctx->kept = NULL;
    kept_release(ctx, k, show);
}

GEOSContextHandle_t trygg__geos(trygg_ctx *ctx) { return ctx->geos; }

static pthread_once_t gdal_once = PTHREAD_ONCE_INIT;
static void gdal_register(void) { GDALAllRegister(); }
void trygg__gdal_init(void) { pthread_once(&gdal_once, gdal_register); }

GEOSContextHandle_t trygg__geos_new(void)
{
    GEOSContextHandle_t h = GEOS_init_r();
    GEOSContext_setErrorMessageHandler_r(h, geos_quiet, NULL);
    GEOSContext_setNoticeMessageHandler_r(h, geos_quiet, NULL);
    return h;
}

const char *trygg_errmsg(const trygg_ctx *ctx) { return ctx ? ctx->errmsg : ""; }

void trygg_clear_error(trygg_ctx *ctx) { ctx->errmsg[0] = '\0'; }

void trygg_ctx_set_log(trygg_ctx *ctx, trygg_log_fn fn, void *user, trygg_log_level max_level)
{
    ctx->log_fn = fn;
    ctx->log_user = user;
    ctx->log_max = max_level;
}

void trygg_ctx_set_threads(trygg_ctx *ctx, int threads) { ctx->threads = threads < 0 ? 0 : threads; }

void trygg__gistar_dense_limit(trygg_ctx *ctx, size_t cells) { ctx->gistar_dense_limit = cells; }
size_t trygg__gistar_dense_limit_of(const trygg_ctx *ctx) { return ctx->gistar_dense_limit; }

int trygg_ctx_threads(const trygg_ctx *ctx)
{
    if (ctx->threads > 0)
        return ctx->threads;
    long n = sysconf(_SC_NPROCESSORS_ONLN);
    return n < 1 ? 1 : (n > 64 ? 64 : (int)n);
}

void trygg_ctx_set_interrupt_flag(trygg_ctx *ctx, const volatile sig_atomic_t *flag) { ctx->interrupt = flag; }

bool trygg__interrupted(const trygg_ctx *ctx)
{
    return ctx && ((ctx->interrupt && *ctx->interrupt) || atomic_load(&ctx->cancelled));
}

void trygg_ctx_set_study_extent(trygg_ctx *ctx, const double env[4], double margin_m)
{
    ctx->have_study_box = env != NULL;
    if (!env)
        return;
    ctx->study_box[0] = env[0] - margin_m;
    ctx->study_box[1] = env[1] - margin_m;
    ctx->study_box[2] = env[2] + margin_m;
    ctx->study_box[3] = env[3] + margin_m;
    ctx->study_margin_m = margin_m;
}

bool trygg__study_box(const trygg_ctx *ctx, double box[4], double *margin_m)
{
    if (!ctx || !ctx->have_study_box)
        return false;
    memcpy(box, ctx->study_box, sizeof ctx->study_box);
    *margin_m = ctx->study_margin_m;
    return true;
}

void trygg__set_clip(trygg_ctx *ctx, const unsigned char *wkb, size_t size)
{
    free(ctx->clip_wkb);
    ctx->clip_wkb = NULL;
    ctx->clip_size = 0;
    if (wkb && size) {
        ctx->clip_wkb = trygg__xmalloc(size);
        memcpy(ctx->clip_wkb, wkb, size);
        ctx->clip_size = size;
    }
}

const unsigned char *trygg__clip(const trygg_ctx *ctx, size_t *size)
{
    *size = ctx ? ctx->clip_size : 0;
    return ctx ? ctx->clip_wkb : NULL;
}

bool trygg__set_part(trygg_ctx *ctx, const unsigned char *wkb, size_t size)
{
    if (ctx->part_prepared)
        GEOSPreparedGeom_destroy_r(ctx->geos, ctx->part_prepared);
    if (ctx->part)
        GEOSGeom_destroy_r(ctx->geos, ctx->part);
    ctx->part = NULL;
    ctx->part_prepared = NULL;
    free(ctx->part_wkb);
    ctx->part_wkb = NULL;
    ctx->part_size = 0;
    if (!wkb || !size)
        return true;
    ctx->part_wkb = trygg__xmalloc(size);
    memcpy(ctx->part_wkb, wkb, size);
    ctx->part_size = size;
    GEOSWKBReader *r = GEOSWKBReader_create_r(ctx->geos);
    ctx->part = GEOSWKBReader_read_r(ctx->geos, r, wkb, size);
    GEOSWKBReader_destroy_r(ctx->geos, r);
    ctx->part_prepared = ctx->part ? GEOSPrepare_r(ctx->geos, ctx->part) : NULL;
    return ctx->part_prepared != NULL;
}

bool trygg__has_part(const trygg_ctx *ctx) { return ctx->part_prepared != NULL; }

bool trygg__part_owns(GEOSContextHandle_t h, const GEOSPreparedGeometry *part, const GEOSGeometry *g)
{
    if (!g)
        return false;
    GEOSGeometry *pt = GEOSGeomTypeId_r(h, g) == GEOS_POINT ? GEOSGeom_clone_r(h, g) : GEOSPointOnSurface_r(h, g);
    bool own = false;
    if (pt && GEOSPreparedContainsProperly_r(h, part, pt) == 1) {
        own = true;
    } else if (pt && GEOSPreparedCovers_r(h, part, pt) == 1) {
        /* On the part's border, which it shares with a neighbour: the part the point moved a
         * hair up and to the right (not along either axis) lies in owns it, so a feature on a
         * shared border has exactly one home (a grid of areas aligned with the parts' borders
         * puts centres there). */
        double x, y;
        GEOSGeomGetX_r(h, pt, &x);
        GEOSGeomGetY_r(h, pt, &y);
        GEOSGeometry *nudged = GEOSGeom_createPointFromXY_r(h, x + 1e-4, y + 0.7e-4);
        own = nudged && GEOSPreparedCovers_r(h, part, nudged) == 1;
        GEOSGeom_destroy_r(h, nudged);
    }
    GEOSGeom_destroy_r(h, pt);
    return own;
}

bool trygg__in_part(trygg_ctx *ctx, const GEOSGeometry *g)
{
    if (!ctx->part_prepared)
        return true;
    return trygg__part_owns(ctx->geos, ctx->part_prepared, g);
}

size_t trygg_ctx_warning_count(const trygg_ctx *ctx) { return ctx->warnings; }

trygg_status trygg__fail(trygg_ctx *ctx, trygg_status status, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(ctx->errmsg, sizeof ctx->errmsg, trygg__tr(fmt), ap);
    va_end(ap);
    trygg__mask_secrets_in_place(ctx->errmsg, sizeof ctx->errmsg);
    return status;
}

void trygg__error_prefix(trygg_ctx *ctx, const char *fmt, ...)
{
    char prefix[1024];
    char old[sizeof ctx->errmsg];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(prefix, sizeof prefix, trygg__tr(fmt), ap);
    va_end(ap);
    memcpy(old, ctx->errmsg, sizeof old);
    size_t np = strlen(prefix);
    if (np + 2 >= sizeof ctx->errmsg)
        np = sizeof ctx->errmsg - 3;
    memcpy(ctx->errmsg, prefix, np);
    memcpy(ctx->errmsg + np, ": ", 2);
    size_t rest = sizeof ctx->errmsg - np - 3;
    size_t nold = strlen(old);
    if (nold > rest)
        nold = rest;
    memcpy(ctx->errmsg + np + 2, old, nold);
    ctx->errmsg[np + 2 + nold] = '\0';
    trygg__mask_secrets_in_place(ctx->errmsg, sizeof ctx->errmsg);
}

void trygg__log(trygg_ctx *ctx, trygg_log_level level, const char *fmt, ...)
{
    kept_log *k = ctx->kept;
    bool shown = ctx->log_fn && level <= ctx->log_max;
    if (!k && level <= TRYGG_LOG_WARN)
        ctx->warnings++;
    if (!k && !shown)
        return;
    char buf[2048] = "";
    if (shown) {
        va_list ap;
        va_start(ap, fmt);
        vsnprintf(buf, sizeof buf, trygg__tr(fmt), ap);
        va_end(ap);
        trygg__mask_secrets_in_place(buf, sizeof buf);
    }
    if (!k) {
        ctx->log_fn(level, buf, ctx->log_user);
        return;
    }
    pthread_mutex_lock(&k->lock);
    if (level <= TRYGG_LOG_WARN)
        k->warnings++;
    if (shown) {
        trygg__grow((void **)&k->v, &k->cap, k->n + 1, sizeof *k->v);
        k->v[k->n++] = (kept_line){level, trygg__xstrdup(buf)};
    }
    pthread_mutex_unlock(&k->lock);
}

int trygg__threads_for(const trygg_ctx *ctx, size_t work_items)
{
    int t = trygg_ctx_threads(ctx);
    /* Thread start-up costs more than a few hundred places of work. */
    if (work_items < 512)
        return 1;
    return t;
}

typedef struct {
    size_t n, block;
    _Atomic size_t next; /* first item of the next unclaimed block */
    trygg__parallel_fn fn;
    void *user;
} parallel_job;

static void *parallel_worker(void *arg)
{
    parallel_job *job = arg;
    GEOSContextHandle_t geos = trygg__geos_new();
    for (;;) {
        size_t begin = atomic_fetch_add(&job->next, job->block);
        if (begin >= job->n)
            break;
        size_t end = begin + job->block < job->n ? begin + job->block : job->n;
        for (size_t i = begin; i < end; i++)
            job->fn(i, geos, job->user);
    }
    GEOS_finish_r(geos);
    return NULL;
}

/* Run the job on nt >= 2 threads (or here, when none can be started). */
static void run_threads(int nt, parallel_job *job)
{
    pthread_t *tids = trygg__xcalloc((size_t)nt, sizeof *tids);
    int started = 0;
    for (int t = 0; t < nt; t++)
        if (pthread_create(&tids[t], NULL, parallel_worker, job) == 0)
            started++;
        else
            break;
    if (started == 0) /* no threads to be had: do the work here */
        parallel_worker(job);
    for (int t = 0; t < started; t++)
        pthread_join(tids[t], NULL);
    free(tids);
}

/* fn over [0, n) on nt threads, items claimed `block` at a time (serially when nt <= 1). */
static void run_parallel(trygg_ctx *ctx, size_t n, int nt, size_t block, trygg__parallel_fn fn, void *user)
{
    if (nt <= 1) {
        for (size_t i = 0; i < n; i++)
            fn(i, ctx->geos, user);
        return;
    }
    parallel_job job = {.n = n, .block = block, .fn = fn, .user = user};
    atomic_init(&job.next, 0);
    run_threads(nt, &job);
}

void trygg__parallel_for(trygg_ctx *ctx, size_t n, trygg__parallel_fn fn, void *user)
{
    /* Blocks are claimed dynamically: dense town centres cost more per place than outskirts.
     * Each item's result depends only on its index, so the output stays deterministic. */
    run_parallel(ctx, n, trygg__threads_for(ctx, n), 256, fn, user);
}

void trygg__parallel_tasks(trygg_ctx *ctx, size_t n, trygg__parallel_fn fn, void *user)
{
    int nt = trygg_ctx_threads(ctx);
    run_parallel(ctx, n, (size_t)nt < n ? nt : (int)n, 1, fn, user);
}

/* jemalloc's control call, when the program links jemalloc (CMakeLists.txt): a weak reference,
 * NULL with any other allocator. */
extern int mallctl(const char *name, void *oldp, size_t *oldlenp, void *newp, size_t newlen) __attribute__((weak));

void trygg__release_free_memory(void)
{
    if (mallctl) { /* every arena's unused pages back to the system (4096: MALLCTL_ARENAS_ALL) */
        mallctl("arena.4096.purge", NULL, NULL, NULL, 0);
        return;
    }
#ifdef __GLIBC__
    malloc_trim(0);
#endif
}

typedef struct {
    size_t n, next, finished; /* items; first unclaimed; run to the end */
    trygg__parallel_fn fn;
    void *user;
} queue_batch;

struct trygg__queue {
    pthread_mutex_t lock;
    pthread_cond_t work; /* a batch was added, or the queue closed */
    queue_batch *b;      /* guarded by lock, as every field below */
    size_t nb, capb, open; /* batches before `open` are all claimed */
    bool closed;
    pthread_t *tids;
    int started;
};

/* Items claimed a few at a time: the caller joins in late, and the tail should not wait long
 * for one thread's large block. */
#define QUEUE_BLOCK 16

/* Run blocks of the queue's batches, in order, until none is left (and, for a worker, the queue
 * is closed). Called and returns with the lock held. */
static void queue_run(trygg__queue *q, GEOSContextHandle_t geos, bool wait)
{
    for (;;) {
        while (q->open < q->nb && q->b[q->open].next >= q->b[q->open].n)
            q->open++;
        if (q->open < q->nb) {
            size_t k = q->open, begin = q->b[k].next;
            size_t end = begin + QUEUE_BLOCK < q->b[k].n ? begin + QUEUE_BLOCK : q->b[k].n;
            trygg__parallel_fn fn = q->b[k].fn;
            void *user = q->b[k].user;
            q->b[k].next = end;
            pthread_mutex_unlock(&q->lock);
            for (size_t i = begin; i < end; i++)
                fn(i, geos, user);
            pthread_mutex_lock(&q->lock);
            q->b[k].finished += end - begin;
            continue;
        }
        if (q->closed || !wait)
            return;
        pthread_cond_wait(&q->work, &q->lock);
    }
}

static void *queue_worker(void *arg)
{
    trygg__queue *q = arg;
    GEOSContextHandle_t geos = trygg__geos_new();
    pthread_mutex_lock(&q->lock);
    queue_run(q, geos, true);
    pthread_mutex_unlock(&q->lock);
    GEOS_finish_r(geos);
    return NULL;
}

trygg__queue *trygg__queue_new(trygg_ctx *ctx)
{
    int workers = trygg_ctx_threads(ctx) - 1; /* the caller is the last thread, once it finishes */
    if (workers < 1)
        return NULL;
    trygg__queue *q = trygg__xcalloc(1, sizeof *q);
    pthread_mutex_init(&q->lock, NULL);
    pthread_cond_init(&q->work, NULL);
    q->tids = trygg__xcalloc((size_t)workers, sizeof *q->tids);
    for (int t = 0; t < workers; t++)
        if (pthread_create(&q->tids[t], NULL, queue_worker, q) == 0)
            q->started++;
        else
            break;
    return q;
}

size_t trygg__queue_add(trygg_ctx *ctx, trygg__queue *q, size_t n, trygg__parallel_fn fn, void *user)
{
    if (!q) {
        run_parallel(ctx, n, 1, 1, fn, user);
        return 0;
    }
    pthread_mutex_lock(&q->lock);
    trygg__grow((void **)&q->b, &q->capb, q->nb + 1, sizeof *q->b);
    q->b[q->nb] = (queue_batch){.n = n, .fn = fn, .user = user};
    size_t batch = q->nb++;
    pthread_cond_broadcast(&q->work);
    pthread_mutex_unlock(&q->lock);
    return batch;
}

bool trygg__queue_done(trygg__queue *q, size_t batch)
{
    if (!q)
        return true;
    pthread_mutex_lock(&q->lock);
    bool done = batch < q->nb && q->b[batch].finished == q->b[batch].n;
    pthread_mutex_unlock(&q->lock);
    return done;
}

void trygg__queue_finish(trygg_ctx *ctx, trygg__queue *q)
{
    if (!q)
        return;
    pthread_mutex_lock(&q->lock);
    q->closed = true;
    pthread_cond_broadcast(&q->work);
    queue_run(q, ctx->geos, false); /* what is left (all of it if no worker could start) */
    pthread_mutex_unlock(&q->lock);
    for (int t = 0; t < q->started; t++)
        pthread_join(q->tids[t], NULL);
    pthread_cond_destroy(&q->work);
    pthread_mutex_destroy(&q->lock);
    free(q->tids);
    free(q->b);
    free(q);
}

void *trygg__xmalloc(size_t n)
{
    void *p = malloc(n ? n : 1);
    if (!p)
        abort();
    return p;
}

void *trygg__xcalloc(size_t n, size_t size)
{
    void *p = calloc(n ? n : 1, size ? size : 1);
    if (!p)
        abort();
    return p;
}

void *trygg__xrealloc(void *p, size_t n)
{
    void *q = realloc(p, n ? n : 1);
    if (!q)
        abort();
    return q;
}

char *trygg__xstrdup(const char *s)
{
    if (!s)
        return NULL;
    size_t n = strlen(s) + 1;
    char *d = trygg__xmalloc(n);
    memcpy(d, s, n);
    return d;
}

char *trygg__xvasprintf(const char *fmt, va_list ap)
{
    va_list ap2;
    va_copy(ap2, ap);
    int n = vsnprintf(NULL, 0, fmt, ap2);
    va_end(ap2);
    char *s = trygg__xmalloc((size_t)(n < 0 ? 0 : n) + 1);
    vsnprintf(s, (size_t)(n < 0 ? 0 : n) + 1, fmt, ap);
    return s;
}

char *trygg__xasprintf(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    char *s = trygg__xvasprintf(fmt, ap);
    va_end(ap);
    return s;
}

void trygg__grow(void **p, size_t *cap, size_t need, size_t size)
{
    if (need <= *cap)
        return;
    size_t c = *cap ? *cap : 16;
    while (c < need)
        c *= 2;
    *p = trygg__xrealloc(*p, c * size);
    *cap = c;
}

bool trygg__streq_ci(const char *a, const char *b)
{
    if (!a || !b)
        return false;
    for (; *a && *b; a++, b++) {
        char ca = (*a >= 'A' && *a <= 'Z') ? (char)(*a + 32) : *a;
        char cb = (*b >= 'A' && *b <= 'Z') ? (char)(*b + 32) : *b;
        if (ca != cb)
            return false;
    }
    return *a == *b;
}

void trygg__sb_printf(trygg__strbuf *b, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    char *piece = trygg__xvasprintf(fmt, ap);
    va_end(ap);
    size_t n = strlen(piece);
    trygg__grow((void **)&b->s, &b->cap, b->n + n + 1, 1);
    memcpy(b->s + b->n, piece, n + 1);
    b->n += n;
    free(piece);
}

char *trygg__sb_steal(trygg__strbuf *b)
{
    char *s = b->s ? b->s : trygg__xstrdup("");
    b->s = NULL;
    b->n = b->cap = 0;
    return s;
}

unsigned char *trygg__geos_wkb_normalized(GEOSContextHandle_t h, GEOSGeometry *g, size_t *size)
{
    unsigned char *wkb = NULL;
    if (!g || GEOSNormalize_r(h, g) != 0)
        return NULL;
    GEOSWKBWriter *w = GEOSWKBWriter_create_r(h);
    GEOSWKBWriter_setOutputDimension_r(h, w, 2);
    GEOSWKBWriter_setFlavor_r(h, w, GEOS_WKB_ISO);
    unsigned char *b = GEOSWKBWriter_write_r(h, w, g, size);
    if (b) {
        wkb = trygg__xmalloc(*size);
        memcpy(wkb, b, *size);
        GEOSFree_r(h, b);
    }
    GEOSWKBWriter_destroy_r(h, w);
    return wkb;
}
