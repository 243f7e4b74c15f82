/*
 * Publishing a finished output GeoPackage into a PostgreSQL/PostGIS schema (DESIGN.md section 8):
 * every layer with the same fields and features, the default styles in public.layer_styles as
 * QGIS's PostgreSQL provider stores and finds them, all in one transaction.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <cpl_string.h>
#include <gdal.h>
#include <ogr_api.h>

#include "core/internal.h"
#include "geom/crs_internal.h"
#include "io/gpkg_internal.h"
#include "io/io.h"
#include "io/qgsproject.h"

bool trygg_io_is_pg(const char *path)
{
    return path && (strncmp(path, "PG:", 3) == 0 || strncmp(path, "pg:", 3) == 0);
}

bool trygg_io_pg_schema_ok(const char *schema)
{
    /* A plain lower-case identifier: it needs no quoting in SQL or in QGIS's data source. */
    if (!schema || !*schema || strlen(schema) > 63 || isdigit((unsigned char)schema[0]))
        return false;
    for (const char *p = schema; *p; p++)
        if (!(islower((unsigned char)*p) || isdigit((unsigned char)*p) || *p == '_'))
            return false;
    return strcmp(schema, "public") != 0 && strncmp(schema, "pg_", 3) != 0 &&
           strcmp(schema, "information_schema") != 0;
}

/* The layer_styles table as QGIS 3.22's PostgreSQL provider creates it
 * (QgsPostgresProviderMetadata::saveStyle). */
static const char *const layer_styles_ddl =
    "CREATE TABLE IF NOT EXISTS public.layer_styles (id SERIAL PRIMARY KEY, f_table_catalog varchar, "
    "f_table_schema varchar, f_table_name varchar, f_geometry_column varchar, stylename text, styleqml xml, "
    "stylesld xml, useasdefault boolean, description text, owner varchar(63) DEFAULT CURRENT_USER, ui xml, "
    "update_time timestamp DEFAULT CURRENT_TIMESTAMP, type varchar)";

/* An SQL string literal (standard_conforming_strings, on by default since PostgreSQL 9.1). */
static void sql_literal(trygg__strbuf *b, const char *s)
{
    trygg__sb_printf(b, "'");
    for (const char *p = s ? s : ""; *p; p++)
        trygg__sb_printf(b, *p == '\'' ? "''" : "%c", *p);
    trygg__sb_printf(b, "'");
}

static trygg_status exec_sql(trygg_ctx *ctx, GDALDatasetH ds, const char *sql, const char *what,
                             const char *gdal_msg)
{
    CPLErrorReset();
    OGRLayerH r = GDALDatasetExecuteSQL(ds, sql, NULL, NULL);
    if (r)
        GDALDatasetReleaseResultSet(ds, r);
    if (CPLGetLastErrorType() >= CE_Failure)
        return trygg__fail(ctx, TRYGG_E_WRITE, "PostGIS output: %s: %s", what,
                           gdal_msg[0] ? gdal_msg : CPLGetLastErrorMsg());
    return TRYGG_OK;
}

/* The INSERT of one default style into public.layer_styles, as QGIS stores it for PostgreSQL. */
static char *style_insert_sql(const char *schema, const char *table, const char *geom_col, const char *name,
                              const char *qml, const char *description, int64_t update_time)
{
    trygg__strbuf sql = {0};
    trygg__sb_printf(&sql, "INSERT INTO public.layer_styles (f_table_catalog, f_table_schema, f_table_name, "
                           "f_geometry_column, stylename, styleqml, useasdefault, description, update_time) "
                           "VALUES (current_database(), ");
    sql_literal(&sql, schema);
    trygg__sb_printf(&sql, ", ");
    sql_literal(&sql, table);
    trygg__sb_printf(&sql, ", ");
    sql_literal(&sql, geom_col);
    trygg__sb_printf(&sql, ", ");
    sql_literal(&sql, name);
    trygg__sb_printf(&sql, ", XMLPARSE(DOCUMENT ");
    sql_literal(&sql, qml);
    trygg__sb_printf(&sql, "), true, ");
    sql_literal(&sql, description);
    trygg__sb_printf(&sql, ", to_timestamp(%lld) AT TIME ZONE 'UTC')", (long long)update_time);
    return trygg__sb_steal(&sql);
}

trygg_status trygg__pg_style_store(trygg_ctx *ctx, GDALDatasetH ds, const char *schema, const char *table,
                                   const char *geom_col, const char *qml, const char *description,
                                   int64_t update_time, const char *what, const char *gdal_msg)
{
    trygg__strbuf sql = {0};
    trygg_status st = exec_sql(ctx, ds, layer_styles_ddl, what, gdal_msg);
    if (st != TRYGG_OK)
        return st;
    trygg__sb_printf(&sql, "DELETE FROM public.layer_styles WHERE f_table_catalog = current_database() AND "
                           "f_table_schema = ");
    sql_literal(&sql, schema);
    trygg__sb_printf(&sql, " AND f_table_name = ");
    sql_literal(&sql, table);
    char *del = trygg__sb_steal(&sql);
    st = exec_sql(ctx, ds, del, what, gdal_msg);
    free(del);
    if (st != TRYGG_OK)
        return st;
    char *ins = style_insert_sql(schema, table, geom_col, table, qml, description, update_time);
    st = exec_sql(ctx, ds, ins, what, gdal_msg);
    free(ins);
    return st;
}

static trygg_status copy_layer(trygg_ctx *ctx, GDALDatasetH dst, OGRLayerH src, const char *schema,
                               const char *gdal_msg)
{
    trygg_status st = TRYGG_OK;
    const char *name = OGR_L_GetName(src);
    OGRFeatureDefnH sdefn = OGR_L_GetLayerDefn(src);
    OGRwkbGeometryType gt = OGR_L_GetGeomType(src);
    char **lco = NULL;
    lco = CSLSetNameValue(lco, "SCHEMA", schema);
    lco = CSLSetNameValue(lco, "OVERWRITE", "YES");
    lco = CSLSetNameValue(lco, "LAUNDER", "NO");
    lco = CSLSetNameValue(lco, "FID", "fid");
    lco = CSLSetNameValue(lco, "GEOMETRY_NAME", "geom");
    lco = CSLSetNameValue(lco, "SPATIAL_INDEX", gt == wkbNone ? "NONE" : "GIST");
    const char *desc = GDALGetMetadataItem((GDALMajorObjectH)src, "DESCRIPTION", NULL);
    if (desc && *desc) /* a COMMENT ON TABLE, which QGIS shows as the layer's abstract */
        lco = CSLSetNameValue(lco, "DESCRIPTION", desc);
    OGRLayerH dl = GDALDatasetCreateLayer(dst, name, OGR_L_GetSpatialRef(src), gt, lco);
    CSLDestroy(lco);
    if (!dl) {
        st = trygg__fail(ctx, TRYGG_E_WRITE, "PostGIS output: creating %s.%s: %s", schema, name, gdal_msg);
        goto done;
    }
    for (int i = 0; i < OGR_FD_GetFieldCount(sdefn); i++)
        if (OGR_L_CreateField(dl, OGR_FD_GetFieldDefn(sdefn, i), TRUE) != OGRERR_NONE) {
            st = trygg__fail(ctx, TRYGG_E_WRITE, "PostGIS output: field %s of %s.%s: %s",
                             OGR_Fld_GetNameRef(OGR_FD_GetFieldDefn(sdefn, i)), schema, name, gdal_msg);
            goto done;
        }
    OGRFeatureDefnH ddefn = OGR_L_GetLayerDefn(dl);
    OGR_L_ResetReading(src);
    OGRFeatureH f;
    /* In fid order, fids kept: the tables read back in the GeoPackage's order. */
    while (st == TRYGG_OK && (f = OGR_L_GetNextFeature(src)) != NULL) {
        OGRFeatureH g = OGR_F_Create(ddefn);
        OGR_F_SetFrom(g, f, TRUE);
        OGR_F_SetFID(g, OGR_F_GetFID(f));
        if (OGR_L_CreateFeature(dl, g) != OGRERR_NONE)
            st = trygg__fail(ctx, TRYGG_E_WRITE, "PostGIS output: feature %lld of %s.%s: %s",
                             (long long)OGR_F_GetFID(f), schema, name, gdal_msg);
        OGR_F_Destroy(g);
        OGR_F_Destroy(f);
        if (st == TRYGG_OK && trygg__interrupted(ctx))
            st = trygg__fail(ctx, TRYGG_E_INTERRUPTED, "interrupted while writing %s.%s; the schema is unchanged",
                             schema, name);
    }
    if (st == TRYGG_OK && OGR_L_SyncToDisk(dl) != OGRERR_NONE)
        st = trygg__fail(ctx, TRYGG_E_WRITE, "PostGIS output: writing %s.%s: %s", schema, name, gdal_msg);
done:
    return st;
}

/* The GeoPackage's default styles, re-addressed to the schema's tables. */
static trygg_status copy_styles(trygg_ctx *ctx, GDALDatasetH src, GDALDatasetH dst, const char *schema,
                                const char *gdal_msg)
{
    trygg_status st = TRYGG_OK;
    trygg__strbuf sql = {0};
    OGRLayerH styles = GDALDatasetGetLayerByName(src, "layer_styles");
    if (!styles)
        return TRYGG_OK;
    if ((st = exec_sql(ctx, dst, layer_styles_ddl, "creating public.layer_styles", gdal_msg)) != TRYGG_OK)
        goto done;
    trygg__sb_printf(&sql, "DELETE FROM public.layer_styles WHERE f_table_catalog = current_database() AND "
                           "f_table_schema = ");
    sql_literal(&sql, schema);
    char *del = trygg__sb_steal(&sql);
    st = exec_sql(ctx, dst, del, "replacing the schema's styles", gdal_msg);
    free(del);
    if (st != TRYGG_OK)
        goto done;
    OGRFeatureDefnH defn = OGR_L_GetLayerDefn(styles);
    int i_table = OGR_FD_GetFieldIndex(defn, "f_table_name"), i_name = OGR_FD_GetFieldIndex(defn, "styleName"),
        i_qml = OGR_FD_GetFieldIndex(defn, "styleQML"), i_desc = OGR_FD_GetFieldIndex(defn, "description");
    if (i_table < 0 || i_name < 0 || i_qml < 0) {
        st = trygg__fail(ctx, TRYGG_E_SCHEMA, "PostGIS output: the GeoPackage's layer_styles lacks QGIS's columns");
        goto done;
    }
    /* SOURCE_DATE_EPOCH, as in the GeoPackage, so that two runs store the same rows. */
    int64_t now = 0;
    if ((st = trygg__source_date(ctx, (int64_t)time(NULL), &now)) != TRYGG_OK)
        goto done;
    OGR_L_ResetReading(styles);
    OGRFeatureH f;
    while (st == TRYGG_OK && (f = OGR_L_GetNextFeature(styles)) != NULL) {
        const char *table = OGR_F_GetFieldAsString(f, i_table);
        OGRLayerH tl = GDALDatasetGetLayerByName(src, table);
        /* QGIS looks a style up by the layer's geometry column: "geom" as written above, "" for a table. */
        const char *geom_col = tl && OGR_L_GetGeomType(tl) != wkbNone ? "geom" : "";
        char *ins = style_insert_sql(schema, table, geom_col, OGR_F_GetFieldAsString(f, i_name),
                                     OGR_F_GetFieldAsString(f, i_qml),
                                     i_desc >= 0 ? OGR_F_GetFieldAsString(f, i_desc) : "", now);
        st = exec_sql(ctx, dst, ins, "storing a style in public.layer_styles", gdal_msg);
        free(ins);
        OGR_F_Destroy(f);
    }
done:
    free(trygg__sb_steal(&sql));
    return st;
}

trygg_status trygg_io_pg_check(trygg_ctx *ctx, const char *conn)
{
    char gdal_msg[1024] = "";
    trygg__gdal_init();
    trygg__gdal_errors_push(gdal_msg, sizeof gdal_msg);
    const char *const drivers[] = {"PostgreSQL", NULL};
    GDALDatasetH ds = GDALOpenEx(conn, GDAL_OF_VECTOR | GDAL_OF_UPDATE, drivers, NULL, NULL);
    /* libpq's messages end in a newline, and trygg check puts this one on a line of its own */
    for (size_t n = strlen(gdal_msg); n > 0 && isspace((unsigned char)gdal_msg[n - 1]); n--)
        gdal_msg[n - 1] = '\0';
    trygg_status st = ds ? TRYGG_OK
                         : trygg__fail(ctx, TRYGG_E_OPEN, "%s: cannot open as PostgreSQL: %s", conn, gdal_msg);
    if (ds)
        GDALClose(ds);
    trygg__gdal_errors_pop();
    return st;
}

/* The connection part of a QGIS data source from a libpq connection string ("PG:" dropped):
 * the keys QGIS keeps (dbname, host, port, user, service, sslmode), each as key='value', and
 * never the password. NULL when the string is not key=value pairs (a postgresql:// URI). */
static char *qgis_conn(const char *conninfo)
{
    static const char *const keep[] = {"dbname", "host", "port", "user", "service", "sslmode"};
    trygg__strbuf out = {0};
    const char *p = conninfo;
    char key[64], *val = trygg__xmalloc(strlen(conninfo) + 1);
    bool ok = true;
    while (ok) {
        while (isspace((unsigned char)*p))
            p++;
        if (!*p)
            break;
        size_t k = 0;
        while (*p && *p != '=' && !isspace((unsigned char)*p) && k + 1 < sizeof key)
            key[k++] = *p++;
        key[k] = '\0';
        while (isspace((unsigned char)*p))
            p++;
        if (*p != '=' || k == 0) {
            ok = false;
            break;
        }
        p++;
        while (isspace((unsigned char)*p))
            p++;
        size_t v = 0;
        if (*p == '\'') { /* libpq: single quotes, backslash escapes */
            for (p++; *p && *p != '\''; p++)
                val[v++] = (*p == '\\' && p[1]) ? *++p : *p;
            if (*p != '\'') {
                ok = false;
                break;
            }
            p++;
        } else {
            for (; *p && !isspace((unsigned char)*p); p++)
                val[v++] = (*p == '\\' && p[1]) ? *++p : *p;
        }
        val[v] = '\0';
        for (size_t i = 0; i < sizeof keep / sizeof keep[0]; i++)
            if (strcmp(key, keep[i]) == 0) {
                trygg__sb_printf(&out, "%s%s='", out.n ? " " : "", key);
                for (const char *c = val; *c; c++) /* QgsDataSourceUri's quoting */
                    trygg__sb_printf(&out, (*c == '\'' || *c == '\\') ? "\\%c" : "%c", *c);
                trygg__sb_printf(&out, "'");
            }
    }
    free(val);
    char *r = trygg__sb_steal(&out);
    if (!ok || !*r) {
        free(r);
        return NULL;
    }
    return r;
}

/* The QGIS project of the schema's layers in public.qgis_projects, named after the schema, as
 * QgsPostgresProjectStorage stores a project (Project > Save To > PostgreSQL). */
static trygg_status store_project(trygg_ctx *ctx, GDALDatasetH dst, const char *gpkg_path, const char *conn,
                                  const char *schema, const char *gdal_msg)
{
    trygg_status st = TRYGG_OK;
    char *qconn = qgis_conn(conn + 3), *hex = NULL, *meta = NULL, *title = NULL, *sql = NULL;
    trygg__strbuf b = {0};
    if (!qconn) {
        trygg__warn(ctx, "PostGIS output: no QGIS project stored: give the connection as key=value pairs "
                         "(PG:dbname=... host=...), not as a URI");
        goto done;
    }
    title = trygg__xasprintf("trygg %s", schema);
    if ((st = trygg_io_qgis_project_pg(ctx, gpkg_path, qconn, schema, schema, title, &hex, &meta)) != TRYGG_OK)
        goto done;
    if ((st = exec_sql(ctx, dst,
                       "CREATE TABLE IF NOT EXISTS public.qgis_projects (name TEXT PRIMARY KEY, metadata JSONB, "
                       "content BYTEA)",
                       "creating public.qgis_projects", gdal_msg)) != TRYGG_OK)
        goto done;
    trygg__sb_printf(&b, "DELETE FROM public.qgis_projects WHERE name = ");
    sql_literal(&b, schema);
    sql = trygg__sb_steal(&b);
    if ((st = exec_sql(ctx, dst, sql, "replacing the QGIS project", gdal_msg)) != TRYGG_OK)
        goto done;
    free(sql);
    trygg__sb_printf(&b, "INSERT INTO public.qgis_projects (name, metadata, content) VALUES (");
    sql_literal(&b, schema);
    trygg__sb_printf(&b, ", ");
    sql_literal(&b, meta);
    trygg__sb_printf(&b, "::jsonb, decode('%s', 'hex'))", hex);
    sql = trygg__sb_steal(&b);
    st = exec_sql(ctx, dst, sql, "storing the QGIS project in public.qgis_projects", gdal_msg);
done:
    free(trygg__sb_steal(&b));
    free(qconn);
    free(hex);
    free(meta);
    free(title);
    free(sql);
    return st;
}

trygg_status trygg_io_pg_publish(trygg_ctx *ctx, const char *gpkg_path, const char *conn, const char *schema)
{
    trygg_status st = TRYGG_OK;
    GDALDatasetH src = NULL, dst = NULL;
    bool in_transaction = false;
    char gdal_msg[1024] = "";
    char *sql = NULL;
    if (!trygg_io_pg_schema_ok(schema))
        return trygg__fail(ctx, TRYGG_E_USAGE,
                           "--schema '%s': give a new schema name of lower-case letters, digits and _ (not public)",
                           schema ? schema : "");
    trygg__gdal_init();
    trygg__gdal_errors_push(gdal_msg, sizeof gdal_msg);
    src = GDALOpenEx(gpkg_path, GDAL_OF_VECTOR | GDAL_OF_READONLY, NULL, NULL, NULL);
    if (!src) {
        st = trygg__fail(ctx, TRYGG_E_OPEN, "%s: cannot open: %s", gpkg_path, gdal_msg);
        goto done;
    }
    const char *const drivers[] = {"PostgreSQL", NULL};
    dst = GDALOpenEx(conn, GDAL_OF_VECTOR | GDAL_OF_UPDATE, drivers, NULL, NULL);
    if (!dst) {
        st = trygg__fail(ctx, TRYGG_E_OPEN, "%s: cannot open as PostgreSQL: %s", conn, gdal_msg);
        goto done;
    }
    if (GDALDatasetStartTransaction(dst, FALSE) != OGRERR_NONE) {
        st = trygg__fail(ctx, TRYGG_E_WRITE, "%s: cannot start a transaction: %s", conn, gdal_msg);
        goto done;
    }
    in_transaction = true;
    sql = trygg__xasprintf("CREATE SCHEMA IF NOT EXISTS %s", schema);
    if ((st = exec_sql(ctx, dst, sql, "creating the schema", gdal_msg)) != TRYGG_OK)
        goto done;
    for (int i = 0; st == TRYGG_OK && i < GDALDatasetGetLayerCount(src); i++) {
        OGRLayerH l = GDALDatasetGetLayer(src, i);
        if (strcmp(OGR_L_GetName(l), "layer_styles") != 0)
            st = copy_layer(ctx, dst, l, schema, gdal_msg);
    }
    if (st == TRYGG_OK)
        st = copy_styles(ctx, src, dst, schema, gdal_msg);
    if (st == TRYGG_OK)
        st = store_project(ctx, dst, gpkg_path, conn, schema, gdal_msg);
    if (st == TRYGG_OK && trygg__interrupted(ctx))
        st = trygg__fail(ctx, TRYGG_E_INTERRUPTED, "interrupted before the commit; the schema %s is unchanged", schema);
    if (st != TRYGG_OK)
        goto done;
    in_transaction = false;
    if (GDALDatasetCommitTransaction(dst) != OGRERR_NONE)
        st = trygg__fail(ctx, TRYGG_E_WRITE, "%s: commit of schema %s failed: %s", conn, schema, gdal_msg);
done:
    if (in_transaction)
        GDALDatasetRollbackTransaction(dst);
    if (dst)
        GDALClose(dst);
    if (src)
        GDALClose(src);
    trygg__gdal_errors_pop();
    free(sql);
    return st;
}
