/*
 * Matching a run's proposed measures to the entries of the measure register
 * (src/plan/register.h): same rule, and a common area of at least a quarter of the
 * smaller of the two, taken greedily by that share (src/plan/area_match.c).
 */
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "core/internal.h"
#include "plan/register.h"

const char *const trygg_register_statuses[6] = {"föreslagen", "beslutad", "pågår", "genomförd", "avslutad",
                                                "avvisad"};

trygg_status trygg_register_match(trygg_ctx *ctx, const trygg_register *reg, const trygg_measures *m,
                                  double min_overlap, size_t *match)
{
    trygg_area_item *entries = trygg__xcalloc(reg->n + 1, sizeof *entries);
    trygg_area_item *proposals = trygg__xcalloc(m->n + 1, sizeof *proposals);
    GEOSContextHandle_t h = trygg__geos(ctx);
    for (size_t e = 0; e < reg->n; e++) {
        entries[e] = (trygg_area_item){reg->v[e].rule, reg->v[e].measure_id, reg->v[e].wkb, reg->v[e].wkb_size};
        /* In a part of a partitioned run, the other parts' entries are not candidates. */
        if (trygg__has_part(ctx)) {
            GEOSGeometry *g = reg->v[e].wkb ? GEOSGeomFromWKB_buf_r(h, reg->v[e].wkb, reg->v[e].wkb_size) : NULL;
            if (!trygg__in_part(ctx, g))
                entries[e].wkb = NULL, entries[e].wkb_size = 0;
            GEOSGeom_destroy_r(h, g);
        }
    }
    for (size_t i = 0; i < m->n; i++)
        proposals[i] = (trygg_area_item){m->v[i].rule, (int64_t)i, m->v[i].wkb, m->v[i].wkb_size};
    trygg_status st = trygg_match_areas(ctx, entries, reg->n, proposals, m->n, min_overlap, match);
    free(entries);
    free(proposals);
    return st;
}
