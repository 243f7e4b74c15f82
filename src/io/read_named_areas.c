/*
 * Area or property polygons for the area reports ([reports] areas = SRC[:LAYER]): one feature
 * per area, with its name, id and optional buffer, reprojected to the working CRS by the read
 * driver (read_layer.c) and made valid with GEOS (GEOSMakeValid_r) where needed.
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include <geos_c.h>
#include <ogr_api.h>

#include "core/i18n.h"
#include "core/internal.h"
#include "io/named_areas.h"
#include "io/read_internal.h"

void trygg_named_areas_fini(trygg_named_areas *a)
{
    if (!a)
        return;
    for (size_t i = 0; i < a->n; i++) {
        free(a->v[i].name);
        free(a->v[i].area_id);
        free(a->v[i].wkb);
    }
    free(a->v);
    free(a->name_field);
    memset(a, 0, sizeof *a);
}

enum { F_NAME, F_ID, F_BUFFER };

typedef struct {
    const char *name_field;
    trygg_named_areas res;
    size_t cap, nother;
} areas_read;

static trygg_status areas_missing(trygg__reader *rd, size_t k, void *user)
{
    (void)k;
    const char *name_field = ((areas_read *)user)->name_field;
    if (name_field)
        return trygg__fail(rd->ctx, TRYGG_E_CONFIG, "areas %s: no field '%s' ([reports] name_field)", rd->spec,
                           name_field);
    return trygg__fail(rd->ctx, TRYGG_E_CONFIG,
                       "areas %s: no name field (looked for name, namn, fastighet, beteckning, kommun, kommunnamn); "
                       "set [reports] name_field",
                       rd->spec);
}

static void named_area(trygg__reader *rd, OGRFeatureH f, const trygg__geom *g, void *user)
{
    areas_read *ar = user;
    if (!trygg__in_part(rd->ctx, g->poly)) { /* another part's area (a partitioned run) */
        ar->nother++;
        return;
    }
    trygg__grow((void **)&ar->res.v, &ar->cap, ar->res.n + 1, sizeof *ar->res.v);
    trygg_named_area *a = &ar->res.v[ar->res.n++];
    memset(a, 0, sizeof *a);
    int id_i = rd->field[F_ID], buf_i = rd->field[F_BUFFER];
    a->name = trygg__area_name(f, rd->field[F_NAME], g->gfid);
    if (id_i >= 0 && OGR_F_IsFieldSetAndNotNull(f, id_i) && *OGR_F_GetFieldAsString(f, id_i))
        a->area_id = trygg__xstrdup(OGR_F_GetFieldAsString(f, id_i));
    else
        a->area_id = trygg__xasprintf("%lld", (long long)g->gfid);
    a->buffer_m = (buf_i >= 0 && OGR_F_IsFieldSetAndNotNull(f, buf_i)) ? OGR_F_GetFieldAsDouble(f, buf_i) : NAN;
    a->wkb = trygg__reader_wkb(rd, g->poly, &a->wkb_size);
}

static trygg_status areas_end(trygg__reader *rd, void *user)
{
    areas_read *ar = user;
    if (ar->res.n == 0 && ar->nother == 0)
        return trygg__fail(rd->ctx, TRYGG_E_EMPTY, "areas %s: no usable polygon (%zu features skipped)", rd->spec,
                           rd->skipped);
    if (rd->skipped)
        trygg__warn(rd->ctx, "areas %s: %zu features without a usable polygon were skipped", rd->spec, rd->skipped);
    ar->res.name_field =
        trygg__xstrdup(OGR_Fld_GetNameRef(OGR_FD_GetFieldDefn(OGR_L_GetLayerDefn(rd->layer), rd->field[F_NAME])));
    return TRYGG_OK;
}

trygg_status trygg_io_read_named_areas(trygg_ctx *ctx, const char *spec, const char *name_field,
                                       const char *working_crs, const char *assume_crs, trygg_named_areas *out)
{
    static const char *const name_fields[] = {"name",       "namn",   "fastighet",  "beteckning",
                                              "kommun",     "kommunnamn", NULL};
    static const char *const id_fields[] = {"area_id", "id", NULL};
    static const char *const buffer_fields[] = {"buffer_m", NULL};
    const trygg__field fields[] = {
        [F_NAME] = {name_field, .usual = name_fields, .need = TRYGG__FIELD_REQUIRED},
        [F_ID] = {.usual = id_fields, .need = TRYGG__FIELD_OPTIONAL},
        [F_BUFFER] = {.usual = buffer_fields, .need = TRYGG__FIELD_OPTIONAL},
    };
    const trygg__read_kind kind = {
        .name = "areas", .geom = TRYGG__GEOM_AREA_POLYGONS, .spec_in_messages = true, .fields = fields, .nfields = 3,
        .feature = named_area, .end = areas_end, .missing = areas_missing,
    };
    areas_read ar = {.name_field = name_field};
    trygg_status st = trygg__read_area(ctx, _("areas"), spec, assume_crs, working_crs, &kind, &ar);
    if (st == TRYGG_OK)
        *out = ar.res;
    else
        trygg_named_areas_fini(&ar.res);
    return st;
}
