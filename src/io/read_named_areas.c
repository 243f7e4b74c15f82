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
#include "io/read_internal.h"
#include "pipeline/reports.h"

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
    GEOSContextHandle_t geos;
    GEOSWKBReader *reader;
    GEOSWKBWriter *writer;
    trygg_named_areas res;
    size_t cap, nother;
    unsigned char *wkb;
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
    GEOSContextHandle_t geos = ar->geos;
    GEOSGeometry *poly = trygg__feature_polygons(geos, ar->reader, g->ogr, &ar->wkb);
    if (!poly) {
        rd->skipped++;
        return;
    }
    if (!trygg__in_part(rd->ctx, poly)) { /* another part's area (a partitioned run) */
        ar->nother++;
        GEOSGeom_destroy_r(geos, poly);
        return;
    }
    trygg__grow((void **)&ar->res.v, &ar->cap, ar->res.n + 1, sizeof *ar->res.v);
    trygg_named_area *a = &ar->res.v[ar->res.n++];
    memset(a, 0, sizeof *a);
    int name_i = rd->field[F_NAME], id_i = rd->field[F_ID], buf_i = rd->field[F_BUFFER];
    const char *nm = OGR_F_IsFieldSetAndNotNull(f, name_i) ? OGR_F_GetFieldAsString(f, name_i) : "";
    a->name = *nm ? trygg__xstrdup(nm) : trygg__xasprintf("area %lld", (long long)g->gfid);
    if (id_i >= 0 && OGR_F_IsFieldSetAndNotNull(f, id_i) && *OGR_F_GetFieldAsString(f, id_i))
        a->area_id = trygg__xstrdup(OGR_F_GetFieldAsString(f, id_i));
    else
        a->area_id = trygg__xasprintf("%lld", (long long)g->gfid);
    a->buffer_m = (buf_i >= 0 && OGR_F_IsFieldSetAndNotNull(f, buf_i)) ? OGR_F_GetFieldAsDouble(f, buf_i) : NAN;
    GEOSWKBWriter_setFlavor_r(geos, ar->writer, GEOS_WKB_ISO);
    unsigned char *w = GEOSWKBWriter_write_r(geos, ar->writer, poly, &a->wkb_size);
    /* GEOS allocates with malloc (GEOSFree is free in this build); copy to be sure */
    a->wkb = trygg__xmalloc(a->wkb_size);
    memcpy(a->wkb, w, a->wkb_size);
    GEOSFree_r(geos, w);
    GEOSGeom_destroy_r(geos, poly);
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
        .name = "areas", .geom = TRYGG__GEOM_AREAS, .spec_in_messages = true, .fields = fields, .nfields = 3,
        .feature = named_area, .end = areas_end, .missing = areas_missing,
    };
    areas_read ar = {.name_field = name_field, .geos = trygg__geos(ctx)};
    ar.reader = GEOSWKBReader_create_r(ar.geos);
    ar.writer = GEOSWKBWriter_create_r(ar.geos);
    trygg_status st = trygg__read_area(ctx, _("areas"), spec, assume_crs, working_crs, &kind, &ar);
    if (st == TRYGG_OK)
        *out = ar.res;
    else
        trygg_named_areas_fini(&ar.res);
    free(ar.wkb);
    GEOSWKBReader_destroy_r(ar.geos, ar.reader);
    GEOSWKBWriter_destroy_r(ar.geos, ar.writer);
    return st;
}
