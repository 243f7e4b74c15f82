/*
 * Area or property polygons for the area reports ([reports] areas = SRC[:LAYER]): one feature
 * per area, with its name, id and optional buffer, reprojected to the working CRS with OGR and
 * made valid with GEOS (GEOSMakeValid_r) where needed.
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include <cpl_error.h>
#include <gdal.h>
#include <geos_c.h>
#include <ogr_api.h>
#include <ogr_srs_api.h>

#include "core/i18n.h"
#include "core/internal.h"
#include "geom/crs_internal.h"
#include "geom/geom.h"
#include "io/io.h"
#include "io/named_areas.h"
#include "io/output_set.h"
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

/* Index of the first field named like one of names (case-insensitively), or -1. */
static int find_field(OGRFeatureDefnH defn, const char *const *names, size_t n)
{
    for (size_t k = 0; k < n; k++)
        for (int i = 0; i < OGR_FD_GetFieldCount(defn); i++)
            if (trygg__streq_ci(OGR_Fld_GetNameRef(OGR_FD_GetFieldDefn(defn, i)), names[k]))
                return i;
    return -1;
}

trygg_status trygg_io_read_named_areas(trygg_ctx *ctx, const char *spec, const char *name_field,
                                       const char *working_crs, const char *assume_crs, trygg_named_areas *out)
{
    static const char *const name_fields[] = {"name", "namn", "fastighet", "beteckning", "kommun", "kommunnamn"};
    static const char *const id_fields[] = {"area_id", "id"};
    static const char *const buffer_fields[] = {"buffer_m"};
    trygg_status st = TRYGG_OK;
    char *source = NULL;
    char msg[1024];
    GDALDatasetH ds = NULL;
    OGRCoordinateTransformationH ct = NULL;
    GEOSContextHandle_t geos = trygg__geos(ctx);
    GEOSWKBReader *reader = GEOSWKBReader_create_r(geos);
    GEOSWKBWriter *writer = GEOSWKBWriter_create_r(geos);
    trygg_named_areas res = {0};
    size_t cap = 0, nskipped = 0, nother = 0;
    unsigned char *wkb = NULL;
    trygg__gdal_init();
    trygg__gdal_errors_push(msg, sizeof msg);

    OGRLayerH lyr;
    if ((st = trygg__open_area_layer(ctx, _("areas"), spec, msg, &ds, &lyr, &source)) != TRYGG_OK)
        goto done;
    OGRFeatureDefnH defn = OGR_L_GetLayerDefn(lyr);
    int name_i = name_field ? find_field(defn, &name_field, 1)
                            : find_field(defn, name_fields, sizeof name_fields / sizeof name_fields[0]);
    if (name_i < 0) {
        if (name_field)
            st = trygg__fail(ctx, TRYGG_E_CONFIG, "areas %s: no field '%s' ([reports] name_field)", spec, name_field);
        else
            st = trygg__fail(ctx, TRYGG_E_CONFIG,
                             "areas %s: no name field (looked for name, namn, fastighet, beteckning, kommun, kommunnamn); "
                             "set [reports] name_field",
                             spec);
        goto done;
    }
    int id_i = find_field(defn, id_fields, 2), buf_i = find_field(defn, buffer_fields, 1);
    char *what = trygg__xasprintf("areas %s", spec);
    st = trygg__area_transform(ctx, lyr, assume_crs, working_crs, what, msg, &ct);
    free(what);
    if (st != TRYGG_OK)
        goto done;
    OGR_L_ResetReading(lyr);
    OGRFeatureH f;
    while ((f = OGR_L_GetNextFeature(lyr)) != NULL) {
        GEOSGeometry *poly = trygg__feature_polygons(geos, reader, f, ct, &wkb);
        if (!poly) {
            nskipped++;
            OGR_F_Destroy(f);
            continue;
        }
        if (!trygg__in_part(ctx, poly)) { /* another part's area (a partitioned run) */
            nother++;
            GEOSGeom_destroy_r(geos, poly);
            OGR_F_Destroy(f);
            continue;
        }
        trygg__grow((void **)&res.v, &cap, res.n + 1, sizeof *res.v);
        trygg_named_area *a = &res.v[res.n++];
        memset(a, 0, sizeof *a);
        const char *nm = OGR_F_IsFieldSetAndNotNull(f, name_i) ? OGR_F_GetFieldAsString(f, name_i) : "";
        a->name = *nm ? trygg__xstrdup(nm) : trygg__xasprintf("area %lld", (long long)OGR_F_GetFID(f));
        if (id_i >= 0 && OGR_F_IsFieldSetAndNotNull(f, id_i) && *OGR_F_GetFieldAsString(f, id_i))
            a->area_id = trygg__xstrdup(OGR_F_GetFieldAsString(f, id_i));
        else
            a->area_id = trygg__xasprintf("%lld", (long long)OGR_F_GetFID(f));
        a->buffer_m = (buf_i >= 0 && OGR_F_IsFieldSetAndNotNull(f, buf_i)) ? OGR_F_GetFieldAsDouble(f, buf_i) : NAN;
        GEOSWKBWriter_setFlavor_r(geos, writer, GEOS_WKB_ISO);
        a->wkb = GEOSWKBWriter_write_r(geos, writer, poly, &a->wkb_size);
        /* GEOS allocates with malloc (GEOSFree is free in this build); copy to be sure */
        unsigned char *copy = trygg__xmalloc(a->wkb_size);
        memcpy(copy, a->wkb, a->wkb_size);
        GEOSFree_r(geos, a->wkb);
        a->wkb = copy;
        GEOSGeom_destroy_r(geos, poly);
        OGR_F_Destroy(f);
    }
    if (res.n == 0 && nother == 0) {
        st = trygg__fail(ctx, TRYGG_E_EMPTY, "areas %s: no usable polygon (%zu features skipped)", spec, nskipped);
        goto done;
    }
    if (nskipped)
        trygg__warn(ctx, "areas %s: %zu features without a usable polygon were skipped", spec, nskipped);
    res.name_field = trygg__xstrdup(OGR_Fld_GetNameRef(OGR_FD_GetFieldDefn(defn, name_i)));
    *out = res;
    memset(&res, 0, sizeof res);
done:
    trygg__gdal_errors_pop();
    trygg_named_areas_fini(&res);
    free(wkb);
    if (ct)
        OCTDestroyCoordinateTransformation(ct);
    if (ds)
        GDALClose(ds);
    GEOSWKBReader_destroy_r(geos, reader);
    GEOSWKBWriter_destroy_r(geos, writer);
    free(source);
    return st;
}
