/*
 * The population layer of the focus areas ([population] source = SRC[:LAYER]): one polygon per
 * area with its residents and residents aged 65 or older (SCB's DeSO or RegSO tables joined to
 * their polygons, or any polygons with counts), reprojected to the working CRS by the read driver
 * (read_layer.c) and made valid.
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include <geos_c.h>
#include <ogr_api.h>

#include "core/internal.h"
#include "io/population.h"
#include "io/read_internal.h"

void trygg_population_fini(trygg_population *p)
{
    if (!p)
        return;
    for (size_t i = 0; i < p->n; i++) {
        free(p->v[i].name);
        free(p->v[i].wkb);
    }
    free(p->v);
    memset(p, 0, sizeof *p);
}

static double count_field(OGRFeatureH f, int i)
{
    if (i < 0 || !OGR_F_IsFieldSetAndNotNull(f, i))
        return NAN;
    double v = OGR_F_GetFieldAsDouble(f, i);
    return v >= 0 ? v : NAN;
}

enum { F_NAME, F_TOTAL, F_AGED };

typedef struct {
    const trygg_config *cfg;
    trygg_population res;
    size_t cap;
} population_read;

static trygg_status population_missing(trygg__reader *rd, size_t k, void *user)
{
    const trygg_config *cfg = ((population_read *)user)->cfg;
    if (k == F_NAME)
        return trygg__fail(rd->ctx, TRYGG_E_CONFIG, "[population] area_field = '%s': %s has no such field",
                           cfg->population_area_field, rd->spec);
    if (k == F_TOTAL)
        return trygg__fail(rd->ctx, TRYGG_E_CONFIG, "[population] total_field = '%s': %s has no such field",
                           cfg->population_total_field ? cfg->population_total_field : "", rd->spec);
    return trygg__fail(rd->ctx, TRYGG_E_CONFIG, "[population] aged_65_field = '%s': %s has no such field",
                       cfg->population_aged_65_field ? cfg->population_aged_65_field : "", rd->spec);
}

static void population_area(trygg__reader *rd, OGRFeatureH f, const trygg__geom *g, void *user)
{
    population_read *pr = user;
    trygg__grow((void **)&pr->res.v, &pr->cap, pr->res.n + 1, sizeof *pr->res.v);
    trygg_population_area *a = &pr->res.v[pr->res.n++];
    memset(a, 0, sizeof *a);
    a->name = trygg__area_name(f, rd->field[F_NAME], g->gfid);
    a->population = count_field(f, rd->field[F_TOTAL]);
    a->aged_65 = count_field(f, rd->field[F_AGED]);
    a->wkb = trygg__reader_wkb(rd, g->poly, &a->wkb_size);
}

static trygg_status population_end(trygg__reader *rd, void *user)
{
    population_read *pr = user;
    if (pr->res.n == 0)
        return trygg__fail(rd->ctx, TRYGG_E_EMPTY, "[population] source %s: no usable polygon (%zu features skipped)",
                           rd->spec, rd->skipped);
    if (rd->skipped)
        trygg__warn(rd->ctx, "[population] source %s: %zu features without a usable polygon were skipped", rd->spec,
                    rd->skipped);
    return TRYGG_OK;
}

trygg_status trygg_io_read_population(trygg_ctx *ctx, const trygg_config *cfg, trygg_population *out)
{
    static const char *const name_fields[] = {"name", "namn", "deso", "desokod", "regso", "regsokod", NULL};
    const trygg__field fields[] = {
        [F_NAME] = {cfg->population_area_field, .usual = name_fields},
        [F_TOTAL] = {cfg->population_total_field, .need = TRYGG__FIELD_REQUIRED},
        [F_AGED] = {cfg->population_aged_65_field, .need = TRYGG__FIELD_REQUIRED},
    };
    const trygg__read_kind kind = {
        .name = "[population] source", .geom = TRYGG__GEOM_AREA_POLYGONS, .spec_in_messages = true, .fields = fields,
        .nfields = 3, .feature = population_area, .end = population_end, .missing = population_missing,
    };
    population_read pr = {.cfg = cfg};
    trygg_status st = trygg__read_area(ctx, "[population] source", cfg->population_source, cfg->assume_crs, cfg->crs,
                                       &kind, &pr);
    if (st == TRYGG_OK)
        *out = pr.res;
    else
        trygg_population_fini(&pr.res);
    return st;
}
