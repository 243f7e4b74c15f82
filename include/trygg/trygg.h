/*
 * trygg: street-level safety evidence for crime-prevention action plans.
 *
 * Contract. Every library call takes a context (trygg_ctx) first. Fallible calls return a
 * trygg_status (TRYGG_OK = 0); on failure the context holds a message that names the
 * operation and the object (trygg_errmsg). Results go out through pointers that are set only
 * on success. The library never prints or exits: warnings go to the context's log callback,
 * progress to a trygg_progress_fn passed by the caller. Out of memory is the one exception to
 * "fails with a status": an allocation that fails aborts the process, as glib's g_malloc does
 * (GDAL and GEOS, which trygg calls throughout, do not recover from it either, and on Linux the
 * OOM killer usually acts first). Status codes are grouped in ranges: 1xx usage/config, 2xx
 * I/O, 3xx geometry/CRS, 4xx data/schema, 5xx interrupted and internal.
 */
#ifndef TRYGG_TRYGG_H
#define TRYGG_TRYGG_H

#include <signal.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "trygg/version.h" /* TRYGG_VERSION, from CMake's project(VERSION) */

/* X(name, code, message) */
#define TRYGG_STATUS_TABLE(X)                                                                \
    X(TRYGG_OK, 0, "ok")                                                                     \
    X(TRYGG_E_USAGE, 100, "usage error")                                                     \
    X(TRYGG_E_CONFIG, 101, "configuration error")                                            \
    X(TRYGG_E_IO, 200, "input/output error")                                                 \
    X(TRYGG_E_OPEN, 201, "cannot open data source")                                          \
    X(TRYGG_E_NOLAYER, 202, "layer not found")                                               \
    X(TRYGG_E_WRITE, 203, "cannot write output")                                             \
    X(TRYGG_E_CRS, 300, "coordinate reference system error")                                 \
    X(TRYGG_E_GEOM, 301, "geometry error")                                                   \
    X(TRYGG_E_DATA, 400, "invalid data")                                                     \
    X(TRYGG_E_EMPTY, 401, "no usable features")                                              \
    X(TRYGG_E_SCHEMA, 402, "unexpected layer schema")                                        \
    X(TRYGG_E_INTERRUPTED, 500, "interrupted")                                               \
    X(TRYGG_E_INTERNAL, 502, "internal error")

typedef enum {
#define TRYGG_X_ENUM(name, code, msg) name = code,
    TRYGG_STATUS_TABLE(TRYGG_X_ENUM)
#undef TRYGG_X_ENUM
} trygg_status;

typedef enum { TRYGG_LOG_ERROR = 0, TRYGG_LOG_WARN = 1, TRYGG_LOG_INFO = 2, TRYGG_LOG_DEBUG = 3 } trygg_log_level;

/* Language of documents, layer aliases, labels and messages (src/core/i18n.c). */
typedef enum { TRYGG_LANG_SV = 0, TRYGG_LANG_EN = 1 } trygg_language;

typedef void (*trygg_log_fn)(trygg_log_level level, const char *message, void *user);

/* Progress of a long step: the fraction done (0..1) and a message (may be NULL). Returns nonzero
 * to go on, 0 to cancel. The same signature as GDAL's GDALProgressFunc, so the library hands it
 * to GDAL as it is and no public header needs GDAL's. */
typedef int (*trygg_progress_fn)(double fraction, const char *message, void *arg);

typedef struct trygg_ctx trygg_ctx;

/* Name of a status ("TRYGG_E_IO") and its generic message. Static strings. */
const char *trygg_status_name(trygg_status s);
const char *trygg_status_message(trygg_status s);

/* The language of everything trygg writes for people: "sv" (the default) or "en". Process-wide
 * (GNU gettext's catalogs are): call it before a run starts its threads. It sets the process's
 * LANGUAGE variable and, when messages are in the "C" locale, LC_MESSAGES to C.UTF-8, which
 * glibc's gettext needs to read a catalog. TRYGG_E_USAGE for any other code. */
trygg_status trygg_set_language(trygg_ctx *ctx, const char *code);
/* Its inverse: "sv" or "en". */
const char *trygg_language_code(trygg_language lang);
/* Parse "sv"/"en" (case-insensitive; also "svenska", "swedish", "english"); false otherwise. */
bool trygg_language_parse(const char *code, trygg_language *out);

/* A new context with its own GEOS handle. Free with trygg_ctx_free (accepts NULL). */
trygg_ctx *trygg_ctx_new(void);
void trygg_ctx_free(trygg_ctx *ctx);

/* Message of the last failure, or "" when none. Borrowed, valid until the next failure. */
const char *trygg_errmsg(const trygg_ctx *ctx);
void trygg_clear_error(trygg_ctx *ctx);

/* Where warnings and info lines go; NULL (the default) drops them. Messages above `max_level`
 * are not formatted at all. */
void trygg_ctx_set_log(trygg_ctx *ctx, trygg_log_fn fn, void *user, trygg_log_level max_level);

/* Number of worker threads for per-place work: 0 means one per online core. */
void trygg_ctx_set_threads(trygg_ctx *ctx, int threads);
int trygg_ctx_threads(const trygg_ctx *ctx);

/* `text` with every secret masked (DESIGN.md section 7): the values of password-like keys in
 * connection strings and options (`password=`, `PGPASSWORD=`, `pwd=`, `...secret...=`, quoted
 * or not) become `***`, and so does the password of a URL (`postgresql://user:***@host`).
 * Every message, log line, run_info value and document text goes through it. NULL in, NULL
 * out; caller frees. */
char *trygg_mask_secrets(const char *text);

/* A flag that a signal handler sets (SIGINT, SIGTERM): long work checks it between steps and
 * stops with TRYGG_E_INTERRUPTED, leaving no partial output. NULL (the default): never. The
 * flag is borrowed and must outlive the context's use. */
void trygg_ctx_set_interrupt_flag(trygg_ctx *ctx, const volatile sig_atomic_t *flag);

/* The study area for per-feature plausibility (DESIGN.md section 7): the streets' extent
 * env = {minx, miny, maxx, maxy} in the working CRS and the margin around it in metres. Point
 * readers called afterwards reject points farther outside (counted with their reason; a point
 * that lands inside with its two coordinates exchanged is named as a latitude/longitude swap).
 * env NULL clears it (the default: no check). */
void trygg_ctx_set_study_extent(trygg_ctx *ctx, const double env[4], double margin_m);

/* Number of warnings logged since creation (all levels <= WARN), whether shown or not. */
size_t trygg_ctx_warning_count(const trygg_ctx *ctx);

#endif
