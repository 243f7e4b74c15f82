/*
 * Library-internal helpers shared between modules (the trygg__ tier): error reporting into
 * the context, logging, the GEOS handle, allocation and small string utilities.
 */
#ifndef TRYGG_CORE_INTERNAL_H
#define TRYGG_CORE_INTERNAL_H

#include <geos_c.h>
#include <pthread.h>
#include <stdbool.h>
#include <stdio.h>

#include "trygg/trygg.h"

#if defined(__GNUC__)
#define TRYGG__PRINTF(a, b) __attribute__((format(printf, a, b)))
#else
#define TRYGG__PRINTF(a, b)
#endif

/* Record `status` with a formatted message in the context and return `status`, so that
 * callers write `return trygg__fail(ctx, TRYGG_E_IO, "%s: ...", path);`. The format is an
 * English msgid, translated here (src/core/i18n.h); so are those of trygg__error_prefix and
 * trygg__log. */
trygg_status trygg__fail(trygg_ctx *ctx, trygg_status status, const char *fmt, ...) TRYGG__PRINTF(3, 4);

/* Prefix the current error message with "prefix: " (adds context on the way up). */
void trygg__error_prefix(trygg_ctx *ctx, const char *fmt, ...) TRYGG__PRINTF(2, 3);

/* Paths (src/core/path.c): the folder of `path` ("." without one, "/" for a file at the root;
 * caller frees), its last component (borrowed from path), and path without the extension of
 * its last component ("out.gpkg" -> "out", "a.b/c" -> "a.b/c"; caller frees). */
char *trygg__dir_of(const char *path);
const char *trygg__base_of(const char *path);
char *trygg__strip_ext(const char *path);

/* The largest of the 1-2-5 series (..., 0.5, 1, 2, 5, 10, 20, ...) not above v > 0: a round
 * length for a scale bar or a map's squares. */
double trygg__round_125(double v);

/* Hand the memory the allocator holds free back to the system (glibc's malloc_trim; nothing
 * elsewhere). Called after a stage frees gigabytes (the street network, the buildings): else
 * the pages stay in the process, and the next stage's new allocations stack on top of them in
 * the run's peak. */
void trygg__release_free_memory(void);

/* A sort key and the index of what it belongs to. */
typedef struct {
    uint64_t key;
    size_t i;
} trygg__keyed;
/* Bits of a finite double that sort as unsigned integers in the order of the values (-0 taken
 * as +0, which the values' order does not tell apart). */
uint64_t trygg__order_bits(double v);
/* Stable LSD radix sort of s[0..m) by key, a byte at a time, skipping the bytes all keys share;
 * t is scratch of m. Ties keep their order. */
void trygg__radix_sort(trygg__keyed *s, trygg__keyed *t, size_t m);

/* True once the context's interrupt flag is set (trygg_ctx_set_interrupt_flag), or once it is
 * cancelled (trygg__ctx_cancel). */
bool trygg__interrupted(const trygg_ctx *ctx);

/* A child context, for work on another thread beside its parent's (src/core/context.c). Made on
 * the parent's thread: a GEOS handle of its own; the parent's threads, interrupt flag, study box,
 * clip and part (its own copy, prepared with its own handle; GEOS geometries and prepared
 * geometries are never shared between threads) and log settings. Its log lines are kept, not
 * shown, and its error stays in it until trygg__ctx_child_finish.
 * Only the thread that works with the child may use it until that thread is joined. */
trygg_ctx *trygg__ctx_child(trygg_ctx *parent);
/* On the parent's thread, once the child's thread is joined: the child's log lines are shown
 * through the parent's log in the order they were written (at once, ahead of any lines the
 * parent holds, trygg__log_hold) and its warnings counted in the parent's; when status is not
 * TRYGG_OK, the child's error message becomes the parent's. The child is freed; returns status.
 * To forget a child's lines and error instead (its work is not to count), free it with
 * trygg_ctx_free. */
trygg_status trygg__ctx_child_finish(trygg_ctx *parent, trygg_ctx *child, trygg_status status);
/* Ask a child to stop: trygg__interrupted is true for it from now on (any thread). */
void trygg__ctx_cancel(trygg_ctx *ctx);

/* A piece of work beside the caller's, on a thread of its own with a child context: started
 * with trygg__side_start, then either joined (trygg__side_join) or, on the way out after a
 * failure, stopped (trygg__side_stop). With one thread, or when no thread can be started, the
 * work runs at once in trygg__side_start, with the child all the same: its messages are shown
 * when it is joined in either case, so a run says the same with any number of threads. */
typedef trygg_status (*trygg__side_fn)(trygg_ctx *ctx, void *arg);
typedef struct {
    trygg_ctx *ctx; /* the child; NULL once joined or stopped */
    trygg_status st;
    trygg__side_fn fn;
    void *arg;
    pthread_t thread;
    bool running;
} trygg__side;
void trygg__side_start(trygg_ctx *ctx, trygg__side *s, trygg__side_fn fn, void *arg);
/* st: the caller's outcome so far; a failure cancels the work first. The child's messages are
 * shown and, when st is TRYGG_OK, its outcome returned (its error then the caller's). */
trygg_status trygg__side_join(trygg_ctx *ctx, trygg__side *s, trygg_status st);
/* Cancelled, joined, its messages dropped; nothing when it was joined already. */
void trygg__side_stop(trygg__side *s);
/* Hold the context's log lines back (kept in order, warnings counted when shown) until
 * trygg__log_release shows them (show) or forgets them: so that a child's lines, shown when it
 * finishes, come before the parent's that follow them in the run's order. Parent's thread. */
void trygg__log_hold(trygg_ctx *ctx);
void trygg__log_release(trygg_ctx *ctx, bool show);

/* The study extent with its margin added ({minx, miny, maxx, maxy}) and the margin, when set
 * (trygg_ctx_set_study_extent); false when not. */
bool trygg__study_box(const trygg_ctx *ctx, double box[4], double *margin_m);

/* The area a run reads its inputs in (a part of a partitioned study area with its halo): ISO WKB
 * (Multi)Polygon in the working CRS, copied; NULL clears it. Readers give it to GDAL as the
 * layer's spatial filter, so features wholly outside are never read (src/io/read_common.c). */
void trygg__set_clip(trygg_ctx *ctx, const unsigned char *wkb, size_t size);
const unsigned char *trygg__clip(const trygg_ctx *ctx, size_t *size);

/* The part a partitioned run reports on (ISO WKB (Multi)Polygon in the working CRS; NULL
 * clears it; false when it cannot be read), and whether a geometry belongs to it: its
 * representative point (the point itself, else GEOS's point on surface) lies in the part
 * (trygg__part_owns).
 * Without a part everything belongs. Main thread only. */
bool trygg__set_part(trygg_ctx *ctx, const unsigned char *wkb, size_t size);
bool trygg__in_part(trygg_ctx *ctx, const GEOSGeometry *g);
bool trygg__has_part(const trygg_ctx *ctx);
/* The rule behind trygg__in_part for a prepared part: the representative point is inside, or on
 * the border and a hair up and to the right of it is inside (one home on a shared border). */
bool trygg__part_owns(GEOSContextHandle_t h, const GEOSPreparedGeometry *part, const GEOSGeometry *g);

/* Text encodings (src/core/utf8.c). Whether s[0..n) is well-formed UTF-8 (RFC 3629: no
 * overlongs, surrogates or code points above U+10FFFF); on false, *bad (may be NULL) is the
 * offset of the first bad byte. */
bool trygg__utf8_valid(const unsigned char *s, size_t n, size_t *bad);
/* Windows-1252 text to UTF-8 (every byte is a character). Caller frees. */
char *trygg__cp1252_to_utf8(const char *text);
/* UTF-8 text holding C1 controls U+0080-U+009F, which are never text: what a reader that took
 * Windows-1252 for Latin-1 made of the euro sign, dashes and quotes. Those become the
 * Windows-1252 characters of the same byte (U+0096 -> en dash). NULL when there are none;
 * caller frees. */
char *trygg__c1_as_cp1252(const char *text);

/* trygg_mask_secrets on a NUL-terminated buffer of `size` bytes, in place (truncating). */
void trygg__mask_secrets_in_place(char *buf, size_t size);

void trygg__log(trygg_ctx *ctx, trygg_log_level level, const char *fmt, ...) TRYGG__PRINTF(3, 4);
#define trygg__warn(ctx, ...) trygg__log((ctx), TRYGG_LOG_WARN, __VA_ARGS__)
#define trygg__info(ctx, ...) trygg__log((ctx), TRYGG_LOG_INFO, __VA_ARGS__)

/* The context's GEOS handle (main thread). Worker threads create their own with
 * trygg__geos_new and free it with GEOS_finish_r. GEOS errors are routed into the log. */
GEOSContextHandle_t trygg__geos(trygg_ctx *ctx);
/* Register GDAL's drivers once per process (thread-safe); every library entry that opens or
 * creates a GDAL dataset calls it. */
void trygg__gdal_init(void);
GEOSContextHandle_t trygg__geos_new(void);

/* Allocation that never returns NULL for a non-zero size: out of memory aborts the process,
 * the one case where the library cannot report through the context. */
void *trygg__xmalloc(size_t n);
void *trygg__xcalloc(size_t n, size_t size);
void *trygg__xrealloc(void *p, size_t n);
char *trygg__xstrdup(const char *s); /* NULL in, NULL out */
char *trygg__xasprintf(const char *fmt, ...) TRYGG__PRINTF(1, 2);
char *trygg__xvasprintf(const char *fmt, va_list ap) TRYGG__PRINTF(1, 0);

/* Grow *p (element size `size`) so that it holds at least `need` elements; *cap is updated. */
void trygg__grow(void **p, size_t *cap, size_t need, size_t size);

/* ASCII case-insensitive equality; NULL equals nothing. */
bool trygg__streq_ci(const char *a, const char *b);

/* Number of worker threads to use for `work_items` items (1 when the work is small). */
int trygg__threads_for(const trygg_ctx *ctx, size_t work_items);

/* Run fn(i, geos, user) for i in [0, n) over the context's threads, each thread with its own
 * GEOS handle; items are dealt out in contiguous blocks so results are deterministic. */
typedef void (*trygg__parallel_fn)(size_t i, GEOSContextHandle_t geos, void *user);
void trygg__parallel_for(trygg_ctx *ctx, size_t n, trygg__parallel_fn fn, void *user);
/* The same for a few large tasks (n of them, each worth a thread): one task at a time per
 * thread, on min(threads, n) threads, with no lower limit on n. */
void trygg__parallel_tasks(trygg_ctx *ctx, size_t n, trygg__parallel_fn fn, void *user);
/* A work queue for a pipeline: batches of items run on threads - 1 worker threads, in the order
 * the batches were added, while the calling thread goes on (say, reading the next batch's input);
 * trygg__queue_finish has the caller join in on what is left (with the context's GEOS handle) and
 * waits for all. Each item's result must depend only on its index, and a batch's data may not be
 * touched by the caller until trygg__queue_done says the batch is done. With one thread there is
 * no queue (NULL): trygg__queue_add runs the batch here and now, every batch is done, and
 * finishing NULL does nothing. */
typedef struct trygg__queue trygg__queue;
trygg__queue *trygg__queue_new(trygg_ctx *ctx);
/* Add a batch fn(i, geos, user), i in [0, n); returns its number (0, 1, ... in order). */
size_t trygg__queue_add(trygg_ctx *ctx, trygg__queue *q, size_t n, trygg__parallel_fn fn, void *user);
bool trygg__queue_done(trygg__queue *q, size_t batch);
void trygg__queue_finish(trygg_ctx *ctx, trygg__queue *q);

/* A geometry as 2D ISO WKB, normalised first (GEOSNormalize) so that equal geometries give
 * equal bytes; NULL on failure. Caller frees with free. The geometry is changed (normalised). */
unsigned char *trygg__geos_wkb_normalized(GEOSContextHandle_t h, GEOSGeometry *g, size_t *size);

/* Grids of at most this many cells use the dense permutation array in Gi* (src/score/gistar.c;
 * default 2^18 cells, 1 MiB, about what stays in a core's cache); larger ones the sparse map. A
 * setting of the context, not of the process: tests lower it on their own context to compare
 * both paths. */
void trygg__gistar_dense_limit(trygg_ctx *ctx, size_t cells);
size_t trygg__gistar_dense_limit_of(const trygg_ctx *ctx);

/* Calendar (Howard Hinnant, "chrono-Compatible Low-Level Date Algorithms",
 * howardhinnant.github.io/date_algorithms.html): days since 1970-01-01 of a proleptic Gregorian
 * date (m 1-12, d 1-31), its inverse, and division rounding toward minus infinity. */
int64_t trygg__days_from_civil(int64_t y, int m, int d);
/* "YYYY-MM-DD/YYYY-MM-DD" (spaces around it allowed) as the day numbers of its first and last
 * day, both real calendar days and the first not after the last; false otherwise. */
bool trygg__day_period(const char *text, int64_t *from_day, int64_t *to_day);
void trygg__civil_from_days(int64_t days, int64_t *y, int *m, int *d);
int64_t trygg__floor_div(int64_t a, int64_t b);
/* Split seconds since the epoch (UTC) into calendar fields; false when out of range (years 0-9999). */
bool trygg__utc_fields(int64_t t, int *year, int *month, int *day, int *hour, int *minute, int *second);
/* The time stamped into outputs: SOURCE_DATE_EPOCH when set (reproducible-builds.org/specs/
 * source-date-epoch), else `fallback`. TRYGG_E_USAGE when it is set but not seconds since 1970. */
trygg_status trygg__source_date(trygg_ctx *ctx, int64_t fallback, int64_t *t);

/* A growing string. Zero-initialise; s is NUL-terminated once anything was appended. */
typedef struct {
    char *s;
    size_t n, cap;
} trygg__strbuf;

void trygg__sb_printf(trygg__strbuf *b, const char *fmt, ...) TRYGG__PRINTF(2, 3);
/* The text so far, never NULL; ownership passes to the caller. */
char *trygg__sb_steal(trygg__strbuf *b);

#endif
