/*
 * Choosing a part of a partitioned study area, and joining the parts' outputs with an overview
 * of all of them (include/trygg/partition.h).
 */
#include <stdlib.h>
#include <string.h>

#include "core/i18n.h"
#include "core/internal.h"
#include "io/io.h"
#include "io/output_set.h"
#include "io/parts_summary.h"
#include "pipeline/reports.h"
#include "report/report.h"
#include "trygg/partition.h"

static trygg_status read_parts(trygg_ctx *ctx, const trygg_config *cfg, trygg_named_areas *parts)
{
    if (!cfg->partition_source)
        return trygg__fail(ctx, TRYGG_E_USAGE, "--part needs [partition] source in the config");
    trygg_status st = trygg_io_read_named_areas(ctx, cfg->partition_source, cfg->partition_field, cfg->crs,
                                                cfg->assume_crs, parts);
    if (st != TRYGG_OK)
        trygg__error_prefix(ctx, "[partition] source");
    return st;
}

trygg_status trygg_partition_names(trygg_ctx *ctx, const trygg_config *cfg, char **names)
{
    trygg_named_areas parts = {0};
    trygg_status st = read_parts(ctx, cfg, &parts);
    if (st != TRYGG_OK)
        return st;
    trygg__strbuf b = {0};
    for (size_t i = 0; i < parts.n; i++)
        trygg__sb_printf(&b, "%s\n", parts.v[i].name);
    *names = trygg__sb_steal(&b);
    trygg_named_areas_fini(&parts);
    return TRYGG_OK;
}

trygg_status trygg_partition_select(trygg_ctx *ctx, const trygg_config *cfg, const char *name, unsigned char **part,
                                    size_t *part_size, unsigned char **clip, size_t *clip_size)
{
    trygg_named_areas parts = {0};
    trygg_status st = read_parts(ctx, cfg, &parts);
    if (st != TRYGG_OK)
        return st;
    GEOSContextHandle_t h = trygg__geos(ctx);
    GEOSWKBReader *reader = GEOSWKBReader_create_r(h);
    GEOSGeometry **chosen = trygg__xcalloc(parts.n + 1, sizeof *chosen);
    size_t nchosen = 0;
    /* Several polygons may carry the same name (a municipality with islands): they are one part. */
    for (size_t i = 0; i < parts.n; i++)
        if (strcmp(parts.v[i].name, name) == 0) {
            GEOSGeometry *g = GEOSWKBReader_read_r(h, reader, parts.v[i].wkb, parts.v[i].wkb_size);
            if (g)
                chosen[nchosen++] = g;
        }
    if (nchosen == 0) {
        trygg__strbuf known = {0};
        for (size_t i = 0; i < parts.n && i < 40; i++)
            trygg__sb_printf(&known, "%s%s", i ? ", " : "", parts.v[i].name);
        st = trygg__fail(ctx, TRYGG_E_CONFIG, "--part '%s' is not a part of [partition] source %s (parts: %s%s)", name,
                         cfg->partition_source, known.s ? known.s : "", parts.n > 40 ? ", ..." : "");
        free(known.s);
        goto done;
    }
    GEOSGeometry *coll = GEOSGeom_createCollection_r(h, GEOS_GEOMETRYCOLLECTION, chosen, (unsigned)nchosen);
    nchosen = 0; /* the collection owns them */
    GEOSGeometry *area = coll ? GEOSUnaryUnion_r(h, coll) : NULL;
    GEOSGeom_destroy_r(h, coll);
    GEOSGeometry *halo = area ? GEOSBuffer_r(h, area, cfg->partition_halo_m, 8) : NULL;
    *part = area ? trygg__geos_wkb_normalized(h, area, part_size) : NULL;
    *clip = halo ? trygg__geos_wkb_normalized(h, halo, clip_size) : NULL;
    GEOSGeom_destroy_r(h, area);
    GEOSGeom_destroy_r(h, halo);
    if (!*part || !*clip) {
        free(*part);
        free(*clip);
        *part = *clip = NULL;
        st = trygg__fail(ctx, TRYGG_E_DATA, "[partition] source %s: the polygon of part '%s' is not usable",
                         cfg->partition_source, name);
    }
done:
    for (size_t i = 0; i < nchosen; i++)
        GEOSGeom_destroy_r(h, chosen[i]);
    free(chosen);
    GEOSWKBReader_destroy_r(h, reader);
    trygg_named_areas_fini(&parts);
    return st;
}

/* The overview of all parts, OUT_lagesbild.pdf, staged in the same output set; dated by the
 * latest run of the parts, so the same parts give the same document. */
static trygg_status write_overview(trygg_ctx *ctx, trygg_output_set *set, const char *out_path, const char *gpkg,
                                   const trygg_input_path *inputs, size_t ninputs)
{
    char *stem = trygg__strip_ext(out_path);
    char *pdf = trygg__xasprintf("%s_lagesbild.pdf", stem);
    const char *staged = NULL;
    trygg_parts_summary sum;
    char date[11] = "";
    trygg_status st = trygg_output_check_not_input(ctx, pdf, N_("lägesbild"), inputs, ninputs);
    if (st == TRYGG_OK)
        st = trygg_output_set_stage(ctx, set, pdf, &staged);
    if (st == TRYGG_OK && (st = trygg_parts_summary_read(ctx, gpkg, &sum)) == TRYGG_OK) {
        if (sum.run_at)
            snprintf(date, sizeof date, "%s", sum.run_at);
        st = trygg_report_parts_overview_pdf(ctx, &sum, staged, date[0] ? date : NULL);
        trygg_parts_summary_fini(&sum);
    }
    free(stem);
    free(pdf);
    return st;
}

trygg_status trygg_merge_parts(trygg_ctx *ctx, const char *out_path, const char *const *parts, size_t nparts)
{
    if (nparts == 0)
        return trygg__fail(ctx, TRYGG_E_USAGE, "merge: no part outputs given");
    trygg_input_path *inputs = trygg__xcalloc(nparts, sizeof *inputs);
    for (size_t i = 0; i < nparts; i++)
        inputs[i] = (trygg_input_path){"part", parts[i]};
    trygg_output_set *set = NULL;
    const char *staged = NULL;
    trygg_status st = trygg_output_set_open(ctx, out_path, NULL, inputs, nparts, &set);
    if (st == TRYGG_OK)
        st = trygg_output_set_stage(ctx, set, out_path, &staged);
    if (st == TRYGG_OK)
        st = trygg_io_merge_parts(ctx, staged, trygg__base_of(out_path), parts, nparts);
    if (st == TRYGG_OK)
        st = write_overview(ctx, set, out_path, staged, inputs, nparts);
    if (st == TRYGG_OK) {
        st = trygg_output_set_commit(ctx, set);
        set = NULL;
    }
    trygg_output_set_abort(set);
    free(inputs);
    return st;
}
