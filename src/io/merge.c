/*
 * Joining the outputs of the parts of a partitioned run (trygg_merge_parts in
 * src/pipeline/partition.c stages the output and adds the overview): GDAL copies every table,
 * feature by feature, adding the part's name; layer_styles comes from the first part (the styles
 * are the same), and the QGIS project is made anew over the joined file.
 */
#include <cpl_string.h>
#include <gdal.h>
#include <ogr_api.h>
#include <stdlib.h>
#include <string.h>

#include "core/i18n.h"
#include "core/internal.h"
#include "io/io.h"
#include "io/qgsproject.h"

#define PARTITION_FIELD "partition"

/* The part's name from its run_info (key `partition`); NULL when it has none. Caller frees. */
static char *part_name(GDALDatasetH ds)
{
    OGRLayerH info = GDALDatasetGetLayerByName(ds, "run_info");
    if (!info)
        return NULL;
    int key = OGR_FD_GetFieldIndex(OGR_L_GetLayerDefn(info), "key");
    int value = OGR_FD_GetFieldIndex(OGR_L_GetLayerDefn(info), "value");
    char *name = NULL;
    OGR_L_ResetReading(info);
    OGRFeatureH f;
    while (key >= 0 && value >= 0 && (f = OGR_L_GetNextFeature(info)) != NULL) {
        if (!name && strcmp(OGR_F_GetFieldAsString(f, key), "partition") == 0)
            name = trygg__xstrdup(OGR_F_GetFieldAsString(f, value));
        OGR_F_Destroy(f);
    }
    return name;
}

/* A table of the output: created in `out` from the first part that has it. */
static OGRLayerH create_like(trygg_ctx *ctx, GDALDatasetH out, OGRLayerH src, bool add_partition)
{
    OGRFeatureDefnH defn = OGR_L_GetLayerDefn(src);
    char **opts = NULL;
    const char *description = GDALGetMetadataItem((GDALMajorObjectH)src, "DESCRIPTION", NULL);
    const char *identifier = GDALGetMetadataItem((GDALMajorObjectH)src, "IDENTIFIER", NULL);
    if (description && *description)
        opts = CSLSetNameValue(opts, "DESCRIPTION", description);
    if (identifier && *identifier)
        opts = CSLSetNameValue(opts, "IDENTIFIER", identifier);
    bool spatial = OGR_FD_GetGeomFieldCount(defn) > 0;
    if (!spatial)
        opts = CSLSetNameValue(opts, "ASPATIAL_VARIANT", "GPKG_ATTRIBUTES");
    opts = CSLSetNameValue(opts, "GEOMETRY_NAME", spatial ? OGR_L_GetGeometryColumn(src) : "geom");
    const char *fid = OGR_L_GetFIDColumn(src);
    if (fid && *fid)
        opts = CSLSetNameValue(opts, "FID", fid); /* layer_styles: QGIS's "id" */
    OGRLayerH l = GDALDatasetCreateLayer(out, OGR_L_GetName(src), spatial ? OGR_L_GetSpatialRef(src) : NULL,
                                         spatial ? OGR_L_GetGeomType(src) : wkbNone, opts);
    CSLDestroy(opts);
    if (!l) {
        trygg__fail(ctx, TRYGG_E_WRITE, "merge: table %s cannot be created", OGR_L_GetName(src));
        return NULL;
    }
    for (int i = 0; i < OGR_FD_GetFieldCount(defn); i++)
        if (OGR_L_CreateField(l, OGR_FD_GetFieldDefn(defn, i), TRUE) != OGRERR_NONE) {
            trygg__fail(ctx, TRYGG_E_WRITE, "merge: field %s of %s cannot be created",
                        OGR_Fld_GetNameRef(OGR_FD_GetFieldDefn(defn, i)), OGR_L_GetName(src));
            return NULL;
        }
    if (add_partition && OGR_FD_GetFieldIndex(defn, PARTITION_FIELD) < 0) {
        OGRFieldDefnH fd = OGR_Fld_Create(PARTITION_FIELD, OFTString);
        OGRErr e = OGR_L_CreateField(l, fd, TRUE);
        OGR_Fld_Destroy(fd);
        if (e != OGRERR_NONE) {
            trygg__fail(ctx, TRYGG_E_WRITE, "merge: field partition of %s cannot be created", OGR_L_GetName(src));
            return NULL;
        }
    }
    return l;
}

static trygg_status copy_features(trygg_ctx *ctx, OGRLayerH src, OGRLayerH dst, const char *part, const char *path)
{
    OGRFeatureDefnH ddefn = OGR_L_GetLayerDefn(dst);
    int pidx = OGR_FD_GetFieldIndex(ddefn, PARTITION_FIELD);
    if (OGR_FD_GetGeomFieldCount(ddefn) != OGR_FD_GetGeomFieldCount(OGR_L_GetLayerDefn(src)) ||
        (OGR_FD_GetGeomFieldCount(ddefn) > 0 && wkbFlatten(OGR_L_GetGeomType(src)) != wkbFlatten(OGR_L_GetGeomType(dst))))
        return trygg__fail(ctx, TRYGG_E_SCHEMA, "merge: %s: table %s has another geometry type than in the first part",
                           path, OGR_L_GetName(src));
    /* The fields by name, mapped once per table (a field the first part lacks is left out):
     * mapping them per feature was most of the time on a country's parts. */
    OGRFeatureDefnH sdefn = OGR_L_GetLayerDefn(src);
    int nsrc = OGR_FD_GetFieldCount(sdefn);
    int *map = trygg__xmalloc(((size_t)nsrc + 1) * sizeof *map);
    for (int i = 0; i < nsrc; i++)
        map[i] = OGR_FD_GetFieldIndex(ddefn, OGR_Fld_GetNameRef(OGR_FD_GetFieldDefn(sdefn, i)));
    OGR_L_ResetReading(src);
    OGRFeatureH f;
    trygg_status st = TRYGG_OK;
    while (st == TRYGG_OK && (f = OGR_L_GetNextFeature(src)) != NULL) {
        OGRFeatureH g = OGR_F_Create(ddefn);
        OGR_F_SetFromWithMap(g, f, TRUE, map);
        if (pidx >= 0)
            OGR_F_SetFieldString(g, pidx, part);
        OGR_F_SetFID(g, OGRNullFID);
        if (OGR_L_CreateFeature(dst, g) != OGRERR_NONE)
            st = trygg__fail(ctx, TRYGG_E_WRITE, "merge: a feature of %s from %s cannot be written", OGR_L_GetName(src),
                             path);
        OGR_F_Destroy(g);
        OGR_F_Destroy(f);
        if (trygg__interrupted(ctx))
            st = trygg__fail(ctx, TRYGG_E_INTERRUPTED, "merge interrupted; nothing was written");
    }
    free(map);
    return st;
}

trygg_status trygg_io_merge_parts(trygg_ctx *ctx, const char *staged, const char *out_name, const char *const *parts,
                                  size_t nparts)
{
    trygg__gdal_init();
    trygg_status st = TRYGG_OK;
    GDALDatasetH *in = trygg__xcalloc(nparts + 1, sizeof *in);
    char **names = trygg__xcalloc(nparts + 1, sizeof *names);
    GDALDatasetH out = NULL;
    if (nparts == 0) {
        st = trygg__fail(ctx, TRYGG_E_USAGE, "merge: no part outputs given");
        goto done;
    }
    for (size_t i = 0; i < nparts; i++) {
        in[i] = GDALOpenEx(parts[i], GDAL_OF_VECTOR | GDAL_OF_READONLY, NULL, NULL, NULL);
        if (!in[i]) {
            st = trygg__fail(ctx, TRYGG_E_OPEN, "merge: %s: cannot open as a GeoPackage", parts[i]);
            goto done;
        }
        names[i] = part_name(in[i]);
        if (!names[i]) {
            st = trygg__fail(ctx, TRYGG_E_USAGE,
                             "merge: %s is not the output of a part (no partition in its run_info; written by trygg "
                             "run --part NAME)",
                             parts[i]);
            goto done;
        }
        for (size_t j = 0; j < i; j++)
            if (strcmp(names[i], names[j]) == 0) {
                st = trygg__fail(ctx, TRYGG_E_USAGE, "merge: %s and %s are both part '%s'", parts[j], parts[i],
                                 names[i]);
                goto done;
            }
    }
    GDALDriverH drv = GDALGetDriverByName("GPKG");
    out = drv ? GDALCreate(drv, staged, 0, 0, 0, GDT_Unknown, NULL) : NULL;
    if (!out) {
        st = trygg__fail(ctx, TRYGG_E_WRITE, "merge: %s cannot be created", staged);
        goto done;
    }
    GDALDatasetStartTransaction(out, FALSE);
    /* Tables in the order of the first part that has them. */
    for (size_t p = 0; p < nparts && st == TRYGG_OK; p++) {
        for (int li = 0; li < GDALDatasetGetLayerCount(in[p]) && st == TRYGG_OK; li++) {
            OGRLayerH src = GDALDatasetGetLayer(in[p], li);
            const char *table = OGR_L_GetName(src);
            if (GDALDatasetGetLayerByName(out, table))
                continue;
            bool styles = strcmp(table, "layer_styles") == 0;
            OGRLayerH dst = create_like(ctx, out, src, !styles);
            if (!dst) {
                st = TRYGG_E_WRITE;
                break;
            }
            for (size_t q = p; q < nparts && st == TRYGG_OK; q++) {
                OGRLayerH s = GDALDatasetGetLayerByName(in[q], table);
                if (s)
                    st = copy_features(ctx, s, dst, names[q], parts[q]);
                if (styles)
                    break; /* the same styles in every part */
            }
        }
    }
    if (st == TRYGG_OK && GDALDatasetCommitTransaction(out) != OGRERR_NONE)
        st = trygg__fail(ctx, TRYGG_E_WRITE, "merge: %s cannot be committed", staged);
    GDALClose(out);
    out = NULL;
    if (st != TRYGG_OK)
        goto done;
    st = trygg_io_add_qgis_project(ctx, staged, out_name, TRYGG_QGIS_PROJECT_NAME, NULL);
done:
    if (out)
        GDALClose(out);
    for (size_t i = 0; i < nparts; i++) {
        if (in[i])
            GDALClose(in[i]);
        free(names[i]);
    }
    free(in);
    free(names);
    return st;
}
