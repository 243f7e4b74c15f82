/*
 * Library-internal helpers shared between modules (the trygg__ tier): error reporting into
 * the context, logging, the GEOS handle, allocation and small string utilities.
 */
#ifndef TRYGG_CORE_INTERNAL_H
#define TRYGG_CORE_INTERNAL_H

#include <geos_c.h>
#include <stdio.h>

#include "trygg/trygg.h"

#if defined(__GNUC__)
#define TRYGG__PRINTF(a, b) __attribute__((format(printf, a, b)))
#else
#define TRYGG__PRINTF(a, b)
#endif

/* Record `status` with a formatted message in the context and return `status`, so that
 * callers write `return trygg__fail(ctx, TRYGG_E_IO, "%s: ...", path);`. */
trygg_status trygg__fail(trygg_ctx *ctx, trygg_status status, const char *fmt, ...) TRYGG__PRINTF(3, 4);

/* Prefix the current error message with "prefix: " (adds context on the way up). */
void trygg__error_prefix(trygg_ctx *ctx, const char *fmt, ...) TRYGG__PRINTF(2, 3);

void trygg__log(trygg_ctx *ctx, trygg_log_level level, const char *fmt, ...) TRYGG__PRINTF(3, 4);
#define trygg__warn(ctx, ...) trygg__log((ctx), TRYGG_LOG_WARN, __VA_ARGS__)
#define trygg__info(ctx, ...) trygg__log((ctx), TRYGG_LOG_INFO, __VA_ARGS__)

/* The context's GEOS handle (main thread). Worker threads create their own with
 * trygg__geos_new and free it with GEOS_finish_r. GEOS errors are routed into the log. */
GEOSContextHandle_t trygg__geos(trygg_ctx *ctx);
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

/* A geometry as 2D ISO WKB, normalised first (GEOSNormalize) so that equal geometries give
 * equal bytes; NULL on failure. Caller frees with free. The geometry is changed (normalised). */
unsigned char *trygg__geos_wkb_normalized(GEOSContextHandle_t h, GEOSGeometry *g, size_t *size);

/* Grids of at most this many cells use the dense permutation array in Gi* (src/score/gistar.c);
 * larger ones the cache-friendly sparse map. Tests set it to compare both paths. */
void trygg__gistar_dense_limit(size_t cells);

/* Calendar (Howard Hinnant, "chrono-Compatible Low-Level Date Algorithms",
 * howardhinnant.github.io/date_algorithms.html): days since 1970-01-01 of a proleptic Gregorian
 * date (m 1-12, d 1-31), its inverse, and division rounding toward minus infinity. */
int64_t trygg__days_from_civil(int64_t y, int m, int d);
void trygg__civil_from_days(int64_t days, int64_t *y, int *m, int *d);
int64_t trygg__floor_div(int64_t a, int64_t b);

/* A growing string. Zero-initialise; s is NUL-terminated once anything was appended. */
typedef struct {
    char *s;
    size_t n, cap;
} trygg__strbuf;

void trygg__sb_printf(trygg__strbuf *b, const char *fmt, ...) TRYGG__PRINTF(2, 3);
/* The text so far, never NULL; ownership passes to the caller. */
char *trygg__sb_steal(trygg__strbuf *b);

#endif
