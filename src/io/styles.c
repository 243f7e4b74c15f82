/*
 * QGIS default styles: read styles/<layer>.qml and embed them in the GeoPackage's
 * layer_styles table, with the schema QGIS itself creates (QgsOgrProviderMetadata::saveStyle,
 * QGIS 3.22) so that QGIS applies them when a layer is opened and can add its own rows later.
 * The styles are English; their aliases and labels are translated as they are read
 * (src/io/style_text.c).
 */
#define _POSIX_C_SOURCE 200809L

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cpl_error.h>
#include <ogr_api.h>

#include "core/i18n.h"
#include "core/internal.h"
#include "io/gpkg_internal.h"

trygg_status trygg__style_read(trygg_ctx *ctx, const char *styles_dir, const char *layer, char **qml)
{
    trygg_status st = TRYGG_OK;
    char *path = trygg__xasprintf("%s/%s.qml", styles_dir, layer);
    char *text = NULL;
    FILE *f = fopen(path, "rb");
    if (!f) {
        st = trygg__fail(ctx, TRYGG_E_OPEN, "style file %s for layer %s: %s", path, layer, strerror(errno));
        goto done;
    }
    size_t cap = 65536, n = 0;
    text = trygg__xmalloc(cap);
    for (;;) {
        if (n + 1 >= cap)
            trygg__grow((void **)&text, &cap, cap * 2, 1);
        size_t got = fread(text + n, 1, cap - n - 1, f);
        n += got;
        if (got == 0)
            break;
    }
    if (ferror(f)) {
        st = trygg__fail(ctx, TRYGG_E_OPEN, "style file %s: read error", path);
        goto done;
    }
    text[n] = '\0';
    /* A cheap check that this is a QGIS style and not, say, an empty or truncated file: QGIS
     * would accept a broken one and silently fall back to a default renderer (DESIGN.md 9). */
    if (!strstr(text, "<qgis") || !strstr(text, "</qgis>")) {
        st = trygg__fail(ctx, TRYGG_E_OPEN, "style file %s is not a complete QGIS style (no <qgis> element)", path);
        goto done;
    }
    if (trygg__language() == TRYGG_LANG_EN) {
        *qml = text;
        text = NULL;
    } else
        *qml = trygg__style_translate(text, trygg__style_tr_gettext, NULL);
done:
    if (f)
        fclose(f);
    free(text);
    free(path);
    return st;
}

enum {
    LS_CATALOG,
    LS_SCHEMA,
    LS_TABLE,
    LS_GEOMCOL,
    LS_NAME,
    LS_QML,
    LS_SLD,
    LS_DEFAULT,
    LS_DESCRIPTION,
    LS_OWNER,
    LS_UI,
    LS_UPDATE_TIME,
    LS_NFIELDS
};

static const struct {
    const char *name;
    OGRFieldType type;
    int width;
} style_fields[LS_NFIELDS] = {
    [LS_CATALOG] = {"f_table_catalog", OFTString, 256},
    [LS_SCHEMA] = {"f_table_schema", OFTString, 256},
    [LS_TABLE] = {"f_table_name", OFTString, 256},
    [LS_GEOMCOL] = {"f_geometry_column", OFTString, 256},
    [LS_NAME] = {"styleName", OFTString, 30},
    [LS_QML] = {"styleQML", OFTString, 0},
    [LS_SLD] = {"styleSLD", OFTString, 0},
    [LS_DEFAULT] = {"useAsDefault", OFTInteger, 0},
    [LS_DESCRIPTION] = {"description", OFTString, 0},
    [LS_OWNER] = {"owner", OFTString, 30},
    [LS_UI] = {"ui", OFTString, 30},
    [LS_UPDATE_TIME] = {"update_time", OFTDateTime, 0},
};

trygg_status trygg__styles_write(trygg_ctx *ctx, GDALDatasetH ds, const trygg__style_row *rows, size_t n,
                                 int64_t update_time)
{
    trygg_status st = TRYGG_OK;
    OGRFeatureH f = NULL;
    bool in_tx = false;
    int y, mo, d, h, mi, s;
    if (!trygg__utc_fields(update_time, &y, &mo, &d, &h, &mi, &s)) {
        st = trygg__fail(ctx, TRYGG_E_INTERNAL, "layer_styles: update time %lld out of range", (long long)update_time);
        goto done;
    }
    /* Created on the first call; later calls (layers added after the analysis) append. */
    OGRLayerH lyr = GDALDatasetGetLayerByName(ds, "layer_styles");
    GIntBig next_fid = lyr ? OGR_L_GetFeatureCount(lyr, TRUE) + 1 : 1;
    if (!lyr) {
        char *desc = trygg__xasprintf("DESCRIPTION=%s", _("QGIS default styles of the layers in this file"));
        char *opts[] = {"FID=id", desc, NULL};
        lyr = GDALDatasetCreateLayer(ds, "layer_styles", NULL, wkbNone, opts);
        free(desc);
        if (!lyr) {
            st = trygg__fail(ctx, TRYGG_E_WRITE, "creating layer_styles: %s", CPLGetLastErrorMsg());
            goto done;
        }
        for (int i = 0; i < LS_NFIELDS; i++) {
            OGRFieldDefnH fd = OGR_Fld_Create(style_fields[i].name, style_fields[i].type);
            if (style_fields[i].width)
                OGR_Fld_SetWidth(fd, style_fields[i].width);
            if (i == LS_DEFAULT)
                OGR_Fld_SetSubType(fd, OFSTBoolean);
            if (i == LS_UPDATE_TIME)
                OGR_Fld_SetDefault(fd, "CURRENT_TIMESTAMP");
            OGRErr err = OGR_L_CreateField(lyr, fd, TRUE);
            OGR_Fld_Destroy(fd);
            if (err != OGRERR_NONE) {
                st = trygg__fail(ctx, TRYGG_E_WRITE, "creating layer_styles.%s: %s", style_fields[i].name,
                                 CPLGetLastErrorMsg());
                goto done;
            }
        }
    }
    if (GDALDatasetStartTransaction(ds, FALSE) != OGRERR_NONE) {
        st = trygg__fail(ctx, TRYGG_E_WRITE, "layer_styles: cannot start a transaction: %s", CPLGetLastErrorMsg());
        goto done;
    }
    in_tx = true;
    f = OGR_F_Create(OGR_L_GetLayerDefn(lyr));
    for (size_t i = 0; i < n; i++) {
        OGR_F_SetFID(f, next_fid + (GIntBig)i);
        OGR_F_SetFieldString(f, LS_CATALOG, "");
        OGR_F_SetFieldString(f, LS_SCHEMA, "");
        OGR_F_SetFieldString(f, LS_TABLE, rows[i].table);
        OGR_F_SetFieldString(f, LS_GEOMCOL, rows[i].geometry_column);
        OGR_F_SetFieldString(f, LS_NAME, rows[i].table);
        OGR_F_SetFieldString(f, LS_QML, rows[i].qml);
        OGR_F_SetFieldString(f, LS_SLD, "");
        OGR_F_SetFieldInteger(f, LS_DEFAULT, 1);
        OGR_F_SetFieldString(f, LS_DESCRIPTION, rows[i].description);
        OGR_F_SetFieldString(f, LS_OWNER, "");
        OGR_F_SetFieldNull(f, LS_UI);
        /* TZFlag 100 is UTC: GDAL writes the value with a trailing Z (DESIGN.md 9). */
        OGR_F_SetFieldDateTimeEx(f, LS_UPDATE_TIME, y, mo, d, h, mi, (float)s, 100);
        if (OGR_L_CreateFeature(lyr, f) != OGRERR_NONE) {
            st = trygg__fail(ctx, TRYGG_E_WRITE, "layer_styles row for %s: %s", rows[i].table, CPLGetLastErrorMsg());
            goto done;
        }
    }
    in_tx = false;
    if (GDALDatasetCommitTransaction(ds) != OGRERR_NONE) {
        st = trygg__fail(ctx, TRYGG_E_WRITE, "layer_styles: commit failed: %s", CPLGetLastErrorMsg());
        goto done;
    }
done:
    if (in_tx)
        GDALDatasetRollbackTransaction(ds);
    if (f)
        OGR_F_Destroy(f);
    return st;
}
