/*
 * Two lägesbild editions side by side (issue 13 part 5; the agreement's "every second year"):
 * `trygg compare OLD.gpkg NEW.gpkg`. Hotspots that are new, persisting or gone (same category,
 * matched by overlap as the measure register matches measures: src/plan/area_match.c), the
 * measures done since the old edition (from the new one's measure_effects), and per area and
 * category the reports of each edition's latest period (area_reports).
 *
 * Ownership: trygg_edition_fini frees an edition; trygg_compare's text is the caller's.
 */
#ifndef TRYGG_COMPARE_H
#define TRYGG_COMPARE_H

#include <stddef.h>
#include <stdint.h>

#include "trygg/data.h"
#include "trygg/trygg.h"

typedef struct {
    int64_t id;
    char *category, *confidence;
    long incidents;
    unsigned char *wkb; /* ISO WKB */
    size_t wkb_size;
} trygg_edition_hotspot;

typedef struct {
    char *area_id, *name;
    long n_b[TRYGG_CAT_COUNT]; /* reports in the edition's latest period; -1 when not given */
    long total_b;
} trygg_edition_area;

typedef struct {
    int64_t measure_id;
    char *rule, *done_on, *verdict;
    char *effect, *effect_en; /* the effect in Swedish and in English */
} trygg_edition_effect;

typedef struct {
    char *path, *run_at, *period_b;
    trygg_edition_hotspot *hotspots;
    size_t nhotspots;
    trygg_edition_area *areas;
    size_t nareas;
    trygg_edition_effect *effects;
    size_t neffects;
} trygg_edition;

/* Read what the comparison needs from an output GeoPackage (src/io/read_edition.c). A file
 * that is not a trygg output (no run_info) is TRYGG_E_SCHEMA naming it; layers it lacks
 * (area_reports, measure_effects) are read as empty. */
trygg_status trygg_io_read_edition(trygg_ctx *ctx, const char *path, trygg_edition *out);
void trygg_edition_fini(trygg_edition *e);

typedef struct {
    size_t hotspots_new, hotspots_kept, hotspots_gone, measures_done;
} trygg_compare_counts;

/* Compare two editions already read (the lägesbild's [plan] previous builds the new one from the
 * output being written); old_name and new_name head the text. *text is the report (caller
 * frees), counts (may be NULL) its totals. Borrows both editions. */
trygg_status trygg_compare_editions(trygg_ctx *ctx, const trygg_edition *o, const char *old_name,
                                    const trygg_edition *n, const char *new_name, char **text,
                                    trygg_compare_counts *counts);

/* Compare two outputs; *text is the report (caller frees), counts (may be NULL) its totals. */
trygg_status trygg_compare(trygg_ctx *ctx, const char *old_path, const char *new_path, char **text,
                           trygg_compare_counts *counts);

#endif
