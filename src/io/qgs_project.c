/*
 * The QGIS project inside the GeoPackage (src/io/qgsproject.h): a .qgs document built
 * with GDAL's CPLMiniXML (so every title, path and style is escaped right), zipped into a .qgz
 * with minizip in memory, stored hex-encoded in qgis_projects as QGIS 3.22's
 * QgsGeoPackageProjectStorage stores it.
 */
#define _POSIX_C_SOURCE 200809L

#include <errno.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <cpl_conv.h>
#include <cpl_error.h>
#include <cpl_minixml.h>
#include <sqlite3.h>
#include <zip.h>

#include "core/i18n.h"
#include "core/internal.h"
#include "io/layer_titles.h"
#include "io/qgsproject.h"

/* The QGIS release the embedded styles (styles/<layer>.qml) and this project were made against;
 * QGIS upgrades older project files itself when it reads them. */
#define QGIS_VERSION_STRING "3.22.16-Bia\xc5\x82owie\xc5\xbc" "a"

/* 1980-01-01T00:00:00Z: the earliest time a zip entry can carry (MS-DOS date). */
#define ZIP_EPOCH 315532800LL

enum { G_ACTION, G_HOTSPOTS, G_LIGHTING, G_BASE, G_OTHER, G_PROVENANCE, G_COUNT };
/* Group names in English, shown in the run's language (_()). */
static const char *const group_names[G_COUNT] = {
    [G_ACTION] = N_("Action plan"), [G_HOTSPOTS] = N_("Hotspots"),         [G_LIGHTING] = N_("Lighting"),
    [G_BASE] = N_("Base data"),     [G_OTHER] = N_("Other layers"),       [G_PROVENANCE] = N_("Provenance"),
};

/* The layers of DESIGN.md section 4 in the order a planner reads them, top to bottom. */
static const struct {
    const char *table;
    int group;
    bool checked;
} known_layers[] = {
    {"measures", G_ACTION, true},        {"measure_effects", G_ACTION, true},
    {"promises", G_ACTION, true},        {"patrol_areas", G_ACTION, true},    {"near_repeat_zones", G_ACTION, true},
    {"area_reports", G_ACTION, true},    {"survey_areas", G_ACTION, true},
    {"focus_areas", G_ACTION, true},
    {"hotspots", G_HOTSPOTS, true},      {"emerging_hotspots", G_HOTSPOTS, false},
    {"grid_cells", G_HOTSPOTS, false},   {"dark_stretches", G_LIGHTING, true},
    {"lighting_conflicts", G_LIGHTING, true},
    {"lamps", G_LIGHTING, true},         {"street_segments", G_BASE, true}, {"incidents", G_BASE, true},
    {"run_info", G_PROVENANCE, true},
};
#define N_KNOWN (sizeof known_layers / sizeof known_layers[0])

typedef struct {
    char *name, *organization, *definition;
    int code; /* organization_coordsys_id */
} srs_info;

typedef struct {
    char *table;
    char *id;        /* the QGIS layer id */
    char *geom_col;  /* NULL for an attributes table */
    char *geom_type; /* gpkg_geometry_columns.geometry_type_name */
    int z, m;
    srs_info srs;
    bool have_srs, have_extent;
    double minx, miny, maxx, maxy;
    char *qml;
    int group, rank; /* rank: index in known_layers, N_KNOWN for other tables */
    bool checked;
} layer_info;

static void layer_fini(layer_info *l)
{
    free(l->table);
    free(l->id);
    free(l->geom_col);
    free(l->geom_type);
    free(l->srs.name);
    free(l->srs.organization);
    free(l->srs.definition);
    free(l->qml);
}

static char *col_dup(sqlite3_stmt *q, int i)
{
    const unsigned char *t = sqlite3_column_text(q, i);
    return t ? trygg__xstrdup((const char *)t) : NULL;
}

/* QGIS keeps a layer's <id> only when it is longer than 10 characters (QgsMapLayer::readLayerXml)
 * and makes a random one otherwise, which would break the layer tree's references. */
static char *layer_id(const char *table) { return trygg__xasprintf("trygg_layer_%s", table); }

/* ---- reading the GeoPackage ---- */

static bool table_exists(sqlite3 *db, const char *name)
{
    sqlite3_stmt *q = NULL;
    bool found = false;
    if (sqlite3_prepare_v2(db, "SELECT 1 FROM sqlite_master WHERE type IN ('table','view') AND name = ?", -1, &q,
                           NULL) == SQLITE_OK) {
        sqlite3_bind_text(q, 1, name, -1, SQLITE_STATIC);
        found = sqlite3_step(q) == SQLITE_ROW;
    }
    sqlite3_finalize(q);
    return found;
}

static int layer_order(const void *a, const void *b)
{
    const layer_info *x = a, *y = b;
    if (x->group != y->group)
        return x->group < y->group ? -1 : 1;
    if (x->rank != y->rank)
        return x->rank < y->rank ? -1 : 1;
    return strcmp(x->table, y->table);
}

/* The extent of a spatial layer: from its R-tree when it has one (exact), else from
 * gpkg_contents (which GDAL keeps); none for an empty layer. */
static void layer_extent(sqlite3 *db, layer_info *l, sqlite3_stmt *contents_row)
{
    char *rtree = trygg__xasprintf("rtree_%s_%s", l->table, l->geom_col);
    if (table_exists(db, rtree)) {
        /* The union of the root node's cells: every node's box is the union of its children's as
         * stored, so this is min(minx) ... max(maxy) over all entries without reading them (R*Tree
         * node format of sqlite's rtree.c: a 2-byte depth, a 2-byte count, then cells of a 64-bit
         * id and four big-endian float32 minx, maxx, miny, maxy). */
        char *sql = sqlite3_mprintf("SELECT data FROM \"%w_node\" WHERE nodeno = 1", rtree);
        sqlite3_stmt *q = NULL;
        if (sql && sqlite3_prepare_v2(db, sql, -1, &q, NULL) == SQLITE_OK && sqlite3_step(q) == SQLITE_ROW) {
            const unsigned char *d = sqlite3_column_blob(q, 0);
            int size = sqlite3_column_bytes(q, 0);
            int n = d && size >= 4 ? (d[2] << 8) | d[3] : 0;
            for (int c = 0; c < n && 4 + 24 * (c + 1) <= size; c++) {
                float v[4];
                for (int k = 0; k < 4; k++) {
                    const unsigned char *b = d + 4 + 24 * c + 8 + 4 * k;
                    uint32_t u = (uint32_t)b[0] << 24 | (uint32_t)b[1] << 16 | (uint32_t)b[2] << 8 | b[3];
                    memcpy(&v[k], &u, sizeof v[k]);
                }
                l->minx = l->have_extent ? fmin(l->minx, v[0]) : v[0];
                l->maxx = l->have_extent ? fmax(l->maxx, v[1]) : v[1];
                l->miny = l->have_extent ? fmin(l->miny, v[2]) : v[2];
                l->maxy = l->have_extent ? fmax(l->maxy, v[3]) : v[3];
                l->have_extent = true;
            }
        }
        sqlite3_finalize(q);
        sqlite3_free(sql);
    } else if (sqlite3_column_type(contents_row, 1) != SQLITE_NULL && sqlite3_column_type(contents_row, 4) != SQLITE_NULL) {
        l->minx = sqlite3_column_double(contents_row, 1);
        l->miny = sqlite3_column_double(contents_row, 2);
        l->maxx = sqlite3_column_double(contents_row, 3);
        l->maxy = sqlite3_column_double(contents_row, 4);
        l->have_extent = true;
    }
    free(rtree);
}

static trygg_status read_layers(trygg_ctx *ctx, sqlite3 *db, const char *path, layer_info **out, size_t *nout)
{
    trygg_status st = TRYGG_OK;
    sqlite3_stmt *q = NULL, *qs = NULL, *qstyle = NULL;
    layer_info *ls = NULL;
    size_t n = 0, cap = 0;
    bool have_styles = table_exists(db, "layer_styles");

    if (sqlite3_prepare_v2(db,
                           "SELECT c.table_name, c.min_x, c.min_y, c.max_x, c.max_y, g.column_name, "
                           "g.geometry_type_name, g.srs_id, g.z, g.m "
                           "FROM gpkg_contents c LEFT JOIN gpkg_geometry_columns g ON g.table_name = c.table_name "
                           "WHERE c.data_type IN ('features', 'attributes') "
                           "AND c.table_name NOT IN ('layer_styles', 'qgis_projects') ORDER BY c.table_name",
                           -1, &q, NULL) != SQLITE_OK ||
        sqlite3_prepare_v2(db,
                           "SELECT srs_name, organization, organization_coordsys_id, definition "
                           "FROM gpkg_spatial_ref_sys WHERE srs_id = ?",
                           -1, &qs, NULL) != SQLITE_OK ||
        (have_styles && sqlite3_prepare_v2(db,
                                           "SELECT styleQML FROM layer_styles WHERE f_table_name = ? "
                                           "AND useAsDefault ORDER BY id LIMIT 1",
                                           -1, &qstyle, NULL) != SQLITE_OK)) {
        st = trygg__fail(ctx, TRYGG_E_OPEN, "%s: reading the GeoPackage's tables: %s", path, sqlite3_errmsg(db));
        goto done;
    }
    int rc;
    while ((rc = sqlite3_step(q)) == SQLITE_ROW) {
        trygg__grow((void **)&ls, &cap, n + 1, sizeof *ls);
        layer_info *l = &ls[n++];
        memset(l, 0, sizeof *l);
        l->table = col_dup(q, 0);
        l->id = layer_id(l->table);
        l->geom_col = col_dup(q, 5);
        l->geom_type = col_dup(q, 6);
        l->z = sqlite3_column_int(q, 8);
        l->m = sqlite3_column_int(q, 9);
        l->group = G_OTHER;
        l->rank = (int)N_KNOWN;
        l->checked = true;
        for (size_t k = 0; k < N_KNOWN; k++)
            if (strcmp(l->table, known_layers[k].table) == 0) {
                l->group = known_layers[k].group;
                l->rank = (int)k;
                l->checked = known_layers[k].checked;
            }
        /* Internal points of the sensitive categories (docs/NOTES.md "Focus areas and privacy"):
         * in the project, but not shown until someone turns them on. */
        if (strcmp(l->table, "sensitive_incidents") == 0)
            l->checked = false;
        if (l->geom_col) {
            sqlite3_reset(qs);
            sqlite3_bind_int(qs, 1, sqlite3_column_int(q, 7));
            if (sqlite3_step(qs) == SQLITE_ROW) {
                l->srs.name = col_dup(qs, 0);
                l->srs.organization = col_dup(qs, 1);
                l->srs.code = sqlite3_column_int(qs, 2);
                l->srs.definition = col_dup(qs, 3);
                l->have_srs = true;
            }
            layer_extent(db, l, q);
        }
        if (qstyle) {
            sqlite3_reset(qstyle);
            sqlite3_bind_text(qstyle, 1, l->table, -1, SQLITE_TRANSIENT);
            if (sqlite3_step(qstyle) == SQLITE_ROW)
                l->qml = col_dup(qstyle, 0);
        }
    }
    if (rc != SQLITE_DONE) {
        st = trygg__fail(ctx, TRYGG_E_OPEN, "%s: reading gpkg_contents: %s", path, sqlite3_errmsg(db));
        goto done;
    }
    if (n)
        qsort(ls, n, sizeof *ls, layer_order);
    *out = ls;
    *nout = n;
    ls = NULL;
    n = 0;
done:
    for (size_t i = 0; i < n; i++)
        layer_fini(&ls[i]);
    free(ls);
    sqlite3_finalize(q);
    sqlite3_finalize(qs);
    sqlite3_finalize(qstyle);
    return st;
}

/* ---- the .qgs document ---- */

static CPLXMLNode *elem(CPLXMLNode *parent, const char *name) { return CPLCreateXMLNode(parent, CXT_Element, name); }

static CPLXMLNode *text_elem(CPLXMLNode *parent, const char *name, const char *value)
{
    return CPLCreateXMLElementAndValue(parent, name, value ? value : "");
}

static void attr(CPLXMLNode *node, const char *name, const char *value)
{
    CPLAddXMLAttributeAndValue(node, name, value ? value : "");
}

static bool has_attr(const CPLXMLNode *node, const char *name)
{
    for (const CPLXMLNode *c = node->psChild; c; c = c->psNext)
        if (c->eType == CXT_Attribute && strcmp(c->pszValue, name) == 0)
            return true;
    return false;
}

/* Shortest text that reads back as the same double. */
static void fmt_double(char *buf, size_t size, double v)
{
    for (int prec = 15; prec <= 17; prec++) {
        snprintf(buf, size, "%.*g", prec, v);
        if (strtod(buf, NULL) == v)
            return;
    }
}

static void text_double(CPLXMLNode *parent, const char *name, double v)
{
    char buf[40];
    fmt_double(buf, sizeof buf, v);
    text_elem(parent, name, buf);
}

static void attr_double(CPLXMLNode *node, const char *name, double v)
{
    char buf[40];
    fmt_double(buf, sizeof buf, v);
    attr(node, name, buf);
}

/* <spatialrefsys> as QgsCoordinateReferenceSystem::writeXml writes it: QGIS reads the WKT
 * and keeps the authority id; an absent CRS gives the empty element QGIS writes for none. */
static void spatialrefsys(CPLXMLNode *parent, const srs_info *srs)
{
    CPLXMLNode *s = elem(parent, "spatialrefsys");
    char code[32] = "0", authid[96] = "";
    bool geographic = false;
    if (srs) {
        snprintf(code, sizeof code, "%d", srs->code);
        if (srs->organization && *srs->organization)
            snprintf(authid, sizeof authid, "%s:%d", srs->organization, srs->code);
        for (char *p = authid; *p && *p != ':'; p++)
            if (*p >= 'a' && *p <= 'z')
                *p = (char)(*p - 'a' + 'A');
        geographic = srs->definition &&
                     (strncmp(srs->definition, "GEOGCS", 6) == 0 || strncmp(srs->definition, "GEOGCRS", 7) == 0);
        attr(s, "nativeFormat", "Wkt");
    }
    text_elem(s, "wkt", srs ? srs->definition : NULL);
    text_elem(s, "proj4", NULL);
    text_elem(s, "srsid", "0");
    text_elem(s, "srid", srs && srs->organization && strcasecmp(srs->organization, "EPSG") == 0 ? code : "0");
    text_elem(s, "authid", authid);
    text_elem(s, "description", srs ? srs->name : NULL);
    text_elem(s, "projectionacronym", NULL);
    text_elem(s, "ellipsoidacronym", NULL);
    text_elem(s, "geographicflag", geographic ? "true" : "false");
}

/* QGIS's geometry class and WKB type names (QgsWkbTypes::displayString) for a GeoPackage
 * geometry type name (GPKG 1.2 Annex E). */
static void qgis_geometry(const layer_info *l, const char **geometry, char *wkb, size_t wkb_size)
{
    static const struct {
        const char *gpkg, *qgis, *cls;
    } types[] = {
        {"POINT", "Point", "Point"},
        {"LINESTRING", "LineString", "Line"},
        {"POLYGON", "Polygon", "Polygon"},
        {"MULTIPOINT", "MultiPoint", "Point"},
        {"MULTILINESTRING", "MultiLineString", "Line"},
        {"MULTIPOLYGON", "MultiPolygon", "Polygon"},
        {"CIRCULARSTRING", "CircularString", "Line"},
        {"COMPOUNDCURVE", "CompoundCurve", "Line"},
        {"CURVEPOLYGON", "CurvePolygon", "Polygon"},
        {"MULTICURVE", "MultiCurve", "Line"},
        {"MULTISURFACE", "MultiSurface", "Polygon"},
    };
    if (!l->geom_col) {
        *geometry = "No geometry";
        snprintf(wkb, wkb_size, "NoGeometry");
        return;
    }
    *geometry = "Unknown geometry";
    snprintf(wkb, wkb_size, "Unknown");
    for (size_t i = 0; l->geom_type && i < sizeof types / sizeof types[0]; i++)
        if (strcasecmp(l->geom_type, types[i].gpkg) == 0) {
            *geometry = types[i].cls;
            snprintf(wkb, wkb_size, "%s%s%s", types[i].qgis, l->z == 1 ? "Z" : "", l->m == 1 ? "M" : "");
        }
}

typedef struct {
    const char *title, *file_name, *path;
    const char *stamp; /* YYYY-MM-DDTHH:MM:SS */
    /* For the copy in PostGIS: the connection part of QGIS's data source (no password) and the
     * schema; NULL for the GeoPackage's own project. */
    const char *pg_conn, *pg_schema;
} doc_params;

/* A layer's data source as QGIS writes it: "./NAME.gpkg|layername=T" (provider ogr), or for
 * PostGIS "CONN key='fid' srid=N type=T checkPrimaryKeyUnicity='1' table="S"."T" (geom)"
 * (provider postgres, QgsDataSourceUri::uri). */
static char *datasource(const doc_params *p, const layer_info *l)
{
    if (!p->pg_conn)
        return trygg__xasprintf("./%s|layername=%s", p->file_name, l->table);
    if (!l->geom_col)
        return trygg__xasprintf("%s key='fid' checkPrimaryKeyUnicity='1' table=\"%s\".\"%s\"", p->pg_conn,
                                p->pg_schema, l->table);
    const char *geometry;
    char wkb[40];
    qgis_geometry(l, &geometry, wkb, sizeof wkb);
    return trygg__xasprintf("%s key='fid' srid=%d type=%s checkPrimaryKeyUnicity='1' table=\"%s\".\"%s\" (geom)",
                            p->pg_conn, l->have_srs ? l->srs.code : 0, wkb, p->pg_schema, l->table);
}

static const char *provider(const doc_params *p) { return p->pg_conn ? "postgres" : "ogr"; }

/* Parse a QML document and return its <qgis> root (in *tree, free with CPLDestroyXMLNode). */
static CPLXMLNode *qml_root(const char *qml, CPLXMLNode **tree)
{
    CPLPushErrorHandler(CPLQuietErrorHandler);
    *tree = CPLParseXMLString(qml);
    CPLPopErrorHandler();
    if (!*tree)
        return NULL;
    for (CPLXMLNode *n = *tree; n; n = n->psNext)
        if (n->eType == CXT_Element && strcmp(n->pszValue, "qgis") == 0)
            return n;
    return NULL;
}

static trygg_status maplayer(trygg_ctx *ctx, CPLXMLNode *parent, const layer_info *l, const doc_params *p)
{
    trygg_status st = TRYGG_OK;
    CPLXMLNode *tree = NULL;
    CPLXMLNode *root = NULL;
    const char *path = p->path;
    char *src = datasource(p, l);
    CPLXMLNode *ml = elem(parent, "maplayer");

    if (l->qml && !(root = qml_root(l->qml, &tree))) {
        st = trygg__fail(ctx, TRYGG_E_DATA, "%s: layer_styles: the default style of %s is not QGIS QML", path,
                         l->table);
        goto done;
    }
    /* The style's own layer attributes (scale visibility, simplification, ...) as QGIS puts
     * them on <maplayer>, then the attributes of the layer itself. */
    for (const CPLXMLNode *c = root ? root->psChild : NULL; c; c = c->psNext)
        if (c->eType == CXT_Attribute && strcmp(c->pszValue, "version") != 0 && c->psChild)
            attr(ml, c->pszValue, c->psChild->pszValue);
    const char *geometry;
    char wkb[40];
    qgis_geometry(l, &geometry, wkb, sizeof wkb);
    static const char *const defaults[][2] = {
        {"autoRefreshEnabled", "0"}, {"autoRefreshTime", "0"}, {"refreshOnNotifyEnabled", "0"},
        {"refreshOnNotifyMessage", ""}, {"legendPlaceholderImage", ""},
    };
    attr(ml, "type", "vector");
    attr(ml, "geometry", geometry);
    attr(ml, "wkbType", wkb);
    for (size_t i = 0; i < sizeof defaults / sizeof defaults[0]; i++)
        if (!has_attr(ml, defaults[i][0]))
            attr(ml, defaults[i][0], defaults[i][1]);

    if (l->have_extent) {
        CPLXMLNode *e = elem(ml, "extent");
        text_double(e, "xmin", l->minx);
        text_double(e, "ymin", l->miny);
        text_double(e, "xmax", l->maxx);
        text_double(e, "ymax", l->maxy);
    }
    text_elem(ml, "id", l->id);
    text_elem(ml, "datasource", src);
    text_elem(ml, "layername", trygg__layer_title(l->table));
    spatialrefsys(elem(ml, "srs"), l->have_srs ? &l->srs : NULL);
    CPLXMLNode *prov = text_elem(ml, "provider", provider(p));
    attr(prov, "encoding", "UTF-8");
    CPLXMLNode *mgr = elem(ml, "map-layer-style-manager");
    attr(mgr, "current", "default");
    attr(elem(mgr, "map-layer-style"), "name", "default");

    /* The style itself: everything inside the QML's <qgis> root, as QGIS writes a layer's
     * symbology into its <maplayer>. */
    const CPLXMLNode *first = root ? root->psChild : NULL;
    while (first && first->eType == CXT_Attribute)
        first = first->psNext;
    if (first)
        CPLAddXMLChild(ml, CPLCloneXMLTree(first));
done:
    if (tree)
        CPLDestroyXMLNode(tree);
    free(src);
    return st;
}

static void tree_layer(CPLXMLNode *group, const layer_info *l, const doc_params *p)
{
    char *src = datasource(p, l);
    CPLXMLNode *n = elem(group, "layer-tree-layer");
    attr(n, "id", l->id);
    attr(n, "name", trygg__layer_title(l->table));
    attr(n, "source", src);
    attr(n, "providerKey", provider(p));
    attr(n, "checked", l->checked ? "Qt::Checked" : "Qt::Unchecked");
    attr(n, "expanded", l->checked ? "1" : "0");
    attr(n, "legend_exp", "");
    attr(n, "legend_split_behavior", "0");
    attr(n, "patch_size", "-1,-1");
    elem(elem(n, "customproperties"), "Option");
    free(src);
}


static trygg_status build_qgs(trygg_ctx *ctx, const layer_info *ls, size_t n, const doc_params *p, char **out)
{
    trygg_status st = TRYGG_OK;
    CPLXMLNode *root = elem(NULL, "qgis");
    char *xml = NULL;

    /* Project CRS and view: street_segments' when present, else the first spatial layer's
     * CRS and the union of all extents. */
    const layer_info *crs_layer = NULL;
    bool have_view = false;
    double v[4] = {0, 0, 0, 0};
    for (size_t i = 0; i < n; i++)
        if (strcmp(ls[i].table, "street_segments") == 0 && ls[i].have_srs) {
            crs_layer = &ls[i];
            if (ls[i].have_extent) {
                v[0] = ls[i].minx, v[1] = ls[i].miny, v[2] = ls[i].maxx, v[3] = ls[i].maxy;
                have_view = true;
            }
        }
    for (size_t i = 0; i < n; i++) {
        if (!crs_layer && ls[i].have_srs)
            crs_layer = &ls[i];
        if (!have_view && ls[i].have_extent && ls[i].have_srs && crs_layer && ls[i].srs.code == crs_layer->srs.code) {
            v[0] = ls[i].minx, v[1] = ls[i].miny, v[2] = ls[i].maxx, v[3] = ls[i].maxy;
            for (size_t j = i + 1; j < n; j++)
                if (ls[j].have_extent && ls[j].have_srs && ls[j].srs.code == crs_layer->srs.code) {
                    v[0] = fmin(v[0], ls[j].minx), v[1] = fmin(v[1], ls[j].miny);
                    v[2] = fmax(v[2], ls[j].maxx), v[3] = fmax(v[3], ls[j].maxy);
                }
            have_view = true;
        }
    }
    if (have_view) {
        /* A 2 % margin so streets on the edge are not cut by the window's frame. */
        double pad = 0.02 * fmax(v[2] - v[0], v[3] - v[1]);
        if (!(pad > 0))
            pad = 50;
        v[0] -= pad, v[1] -= pad, v[2] += pad, v[3] += pad;
    }
    const srs_info *crs = crs_layer ? &crs_layer->srs : NULL;

    attr(root, "projectname", p->title);
    attr(root, "version", QGIS_VERSION_STRING);
    attr(root, "saveUser", "trygg");
    attr(root, "saveUserFull", "trygg");
    attr(root, "saveDateTime", p->stamp);
    attr(elem(root, "homePath"), "path", "");
    text_elem(root, "title", p->title);
    attr(elem(root, "autotransaction"), "active", "0");
    attr(elem(root, "evaluateDefaultValues"), "active", "0");
    attr(elem(root, "trust"), "active", "0");
    spatialrefsys(elem(root, "projectCrs"), crs);

    /* Layer tree: groups top to bottom; QGIS draws the top of the tree last (on top). */
    CPLXMLNode *tree = elem(root, "layer-tree-group");
    elem(elem(tree, "customproperties"), "Option");
    for (int g = 0; g < G_COUNT; g++) {
        CPLXMLNode *grp = NULL;
        for (size_t i = 0; i < n; i++) {
            if (ls[i].group != g)
                continue;
            if (!grp) {
                grp = elem(tree, "layer-tree-group");
                attr(grp, "name", _(group_names[g]));
                attr(grp, "checked", "Qt::Checked");
                attr(grp, "expanded", "1");
                elem(elem(grp, "customproperties"), "Option");
            }
            tree_layer(grp, &ls[i], p);
        }
    }
    CPLXMLNode *custom = elem(tree, "custom-order");
    attr(custom, "enabled", "0");
    for (size_t i = 0; i < n; i++)
        text_elem(custom, "item", ls[i].id);

    CPLXMLNode *layers = elem(root, "projectlayers");
    for (size_t i = 0; i < n; i++)
        if ((st = maplayer(ctx, layers, &ls[i], p)) != TRYGG_OK)
            goto done;
    CPLXMLNode *order = elem(root, "layerorder");
    for (size_t i = 0; i < n; i++)
        attr(elem(order, "layer"), "id", ls[i].id);

    CPLXMLNode *props = elem(root, "properties");
    CPLXMLNode *abs = text_elem(elem(props, "Paths"), "Absolute", "false");
    attr(abs, "type", "bool");
    /* QGIS 3.22 reads <projectCrs> only when this is set (QgsProject::readProjectFile). */
    CPLXMLNode *proj = text_elem(elem(props, "SpatialRefSys"), "ProjectionsEnabled", "1");
    attr(proj, "type", "int");

    CPLXMLNode *meta = elem(root, "projectMetadata");
    text_elem(meta, "identifier", NULL);
    text_elem(meta, "parentidentifier", NULL);
    text_elem(meta, "type", NULL);
    text_elem(meta, "title", p->title);
    text_elem(meta, "abstract",
              _("Made by trygg: street safety (lighting, vandalism, littering) for the safety-measure section of "
                "a crime-prevention action plan. The layers are the tables of this GeoPackage."));
    text_elem(meta, "language", trygg_language_code(trygg__language()));
    elem(meta, "links");
    text_elem(meta, "author", "trygg");
    text_elem(meta, "creation", p->stamp);

    /* The initial view: <mapcanvas> is what the QGIS window restores when it opens the
     * project; ProjectViewSettings' DefaultViewExtent is the same for QGIS Server and PyQGIS. */
    if (have_view) {
        CPLXMLNode *canvas = elem(root, "mapcanvas");
        attr(canvas, "name", "theMapCanvas");
        attr(canvas, "annotationsVisible", "1");
        text_elem(canvas, "units", crs && !strstr(crs->definition ? crs->definition : "", "GEOGCS[") ? "meters"
                                                                                                   : "degrees");
        CPLXMLNode *e = elem(canvas, "extent");
        text_double(e, "xmin", v[0]);
        text_double(e, "ymin", v[1]);
        text_double(e, "xmax", v[2]);
        text_double(e, "ymax", v[3]);
        text_elem(canvas, "rotation", "0");
        spatialrefsys(elem(canvas, "destinationsrs"), crs);
        text_elem(canvas, "rendermaptile", "0");
    }
    CPLXMLNode *view = elem(root, "ProjectViewSettings");
    attr(view, "UseProjectScales", "0");
    attr(view, "rotation", "0");
    elem(view, "Scales");
    if (have_view) {
        CPLXMLNode *dv = elem(view, "DefaultViewExtent");
        attr_double(dv, "xmin", v[0]);
        attr_double(dv, "ymin", v[1]);
        attr_double(dv, "xmax", v[2]);
        attr_double(dv, "ymax", v[3]);
        spatialrefsys(dv, crs);
    }

    xml = CPLSerializeXMLTree(root);
    *out = trygg__xasprintf("<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>\n%s", xml);
done:
    CPLFree(xml);
    CPLDestroyXMLNode(root);
    return st;
}

/* ---- the .qgz: a zip written by minizip into memory ---- */

typedef struct {
    unsigned char *p;
    size_t n, cap, pos;
} membuf;

static voidpf ZCALLBACK mem_open(voidpf opaque, const char *filename, int mode)
{
    (void)filename;
    (void)mode;
    return opaque;
}

static uLong ZCALLBACK mem_read(voidpf opaque, voidpf stream, void *buf, uLong size)
{
    (void)opaque;
    membuf *m = stream;
    size_t k = m->pos < m->n ? m->n - m->pos : 0;
    if (k > size)
        k = size;
    memcpy(buf, m->p + m->pos, k);
    m->pos += k;
    return (uLong)k;
}

static uLong ZCALLBACK mem_write(voidpf opaque, voidpf stream, const void *buf, uLong size)
{
    (void)opaque;
    membuf *m = stream;
    trygg__grow((void **)&m->p, &m->cap, m->pos + size, 1);
    if (m->pos > m->n)
        memset(m->p + m->n, 0, m->pos - m->n);
    memcpy(m->p + m->pos, buf, size);
    m->pos += size;
    if (m->pos > m->n)
        m->n = m->pos;
    return size;
}

static long ZCALLBACK mem_tell(voidpf opaque, voidpf stream)
{
    (void)opaque;
    return (long)((membuf *)stream)->pos;
}

static long ZCALLBACK mem_seek(voidpf opaque, voidpf stream, uLong offset, int origin)
{
    (void)opaque;
    membuf *m = stream;
    size_t base = origin == ZLIB_FILEFUNC_SEEK_SET ? 0 : origin == ZLIB_FILEFUNC_SEEK_CUR ? m->pos : m->n;
    m->pos = base + offset;
    return 0;
}

static int ZCALLBACK mem_close(voidpf opaque, voidpf stream)
{
    (void)opaque;
    (void)stream;
    return 0;
}

static int ZCALLBACK mem_error(voidpf opaque, voidpf stream)
{
    (void)opaque;
    (void)stream;
    return 0;
}

/* Zip `qgs` as the single entry `entry` with the fixed time `t`. */
static trygg_status zip_qgz(trygg_ctx *ctx, const char *entry, const char *qgs, int64_t t, membuf *zip)
{
    zlib_filefunc_def ff = {mem_open, mem_read, mem_write, mem_tell, mem_seek, mem_close, mem_error, zip};
    zipFile zf = zipOpen2("qgz", APPEND_STATUS_CREATE, NULL, &ff);
    if (!zf)
        return trygg__fail(ctx, TRYGG_E_INTERNAL, "QGIS project: cannot start the .qgz");
    int y, mo, d, h, mi, s;
    trygg__utc_fields(t < ZIP_EPOCH ? ZIP_EPOCH : t, &y, &mo, &d, &h, &mi, &s);
    if (y > 2107) /* the last year an MS-DOS date holds */
        trygg__utc_fields(ZIP_EPOCH, &y, &mo, &d, &h, &mi, &s);
    zip_fileinfo info;
    memset(&info, 0, sizeof info);
    info.tmz_date = (tm_zip){(uInt)s, (uInt)mi, (uInt)h, (uInt)d, (uInt)(mo - 1), (uInt)y};
    size_t len = strlen(qgs);
    int rc = zipOpenNewFileInZip(zf, entry, &info, NULL, 0, NULL, 0, NULL, Z_DEFLATED, Z_DEFAULT_COMPRESSION);
    if (rc == ZIP_OK)
        rc = zipWriteInFileInZip(zf, qgs, (unsigned)len);
    if (rc == ZIP_OK)
        rc = zipCloseFileInZip(zf);
    int rc2 = zipClose(zf, NULL);
    if (rc != ZIP_OK || rc2 != ZIP_OK)
        return trygg__fail(ctx, TRYGG_E_INTERNAL, "QGIS project: zipping %s failed (minizip %d)", entry,
                           rc != ZIP_OK ? rc : rc2);
    return TRYGG_OK;
}

/* ---- storing ---- */

static char *hex_of(const unsigned char *p, size_t n)
{
    static const char digits[] = "0123456789abcdef";
    char *h = trygg__xmalloc(2 * n + 1);
    for (size_t i = 0; i < n; i++) {
        h[2 * i] = digits[p[i] >> 4];
        h[2 * i + 1] = digits[p[i] & 15];
    }
    h[2 * n] = '\0';
    return h;
}

/* The zip entry: the project name with anything but letters, digits, '-', '_' and '.' made
 * '_', so a name never becomes a path inside the archive. */
static char *entry_name(const char *project_name)
{
    char *e = trygg__xasprintf("%s.qgs", project_name);
    for (char *c = e; c[4]; c++)
        if (!((*c >= 'a' && *c <= 'z') || (*c >= 'A' && *c <= 'Z') || (*c >= '0' && *c <= '9') || *c == '-' ||
              *c == '_' || *c == '.'))
            *c = '_';
    return e;
}

/* The zipped project (.qgz) of the layers of the open GeoPackage `db`; params->stamp is set
 * from `t` into `stamp`. */
static trygg_status project_qgz(trygg_ctx *ctx, sqlite3 *db, doc_params *params, const char *project_name, int64_t t,
                                char stamp[32], membuf *zip)
{
    trygg_status st = TRYGG_OK;
    layer_info *ls = NULL;
    size_t n = 0;
    char *qgs = NULL, *entry = NULL;
    int y, mo, d, h, mi, s;
    trygg__utc_fields(t, &y, &mo, &d, &h, &mi, &s);
    snprintf(stamp, 32, "%04d-%02d-%02dT%02d:%02d:%02d", y, mo, d, h, mi, s);
    params->stamp = stamp;
    if ((st = read_layers(ctx, db, params->path, &ls, &n)) != TRYGG_OK)
        goto done;
    if ((st = build_qgs(ctx, ls, n, params, &qgs)) != TRYGG_OK)
        goto done;
    entry = entry_name(project_name);
    st = zip_qgz(ctx, entry, qgs, t, zip);
done:
    for (size_t i = 0; i < n; i++)
        layer_fini(&ls[i]);
    free(ls);
    free(qgs);
    free(entry);
    return st;
}

/* Open `gpkg_path` (read-write or read-only) and check that it is a GeoPackage. */
static trygg_status open_gpkg(trygg_ctx *ctx, const char *gpkg_path, int flags, sqlite3 **db)
{
    if (sqlite3_open_v2(gpkg_path, db, flags, NULL) != SQLITE_OK)
        return trygg__fail(ctx, TRYGG_E_OPEN, "%s: cannot open: %s", gpkg_path,
                           *db ? sqlite3_errmsg(*db) : "no memory");
    if (!table_exists(*db, "gpkg_contents") || !table_exists(*db, "gpkg_spatial_ref_sys"))
        return trygg__fail(ctx, TRYGG_E_OPEN, "%s: not a GeoPackage (no gpkg_contents)", gpkg_path);
    return TRYGG_OK;
}

/* The JSON exactly as QgsGeoPackageProjectStorage and QgsPostgresProjectStorage write it. */
static char *project_metadata(const char *stamp)
{
    return trygg__xasprintf("{\"last_modified_time\": \"%s\", \"last_modified_user\": \"trygg\" }", stamp);
}

trygg_status trygg_io_add_qgis_project(trygg_ctx *ctx, const char *gpkg_path, const char *file_name,
                                       const char *project_name, const char *title)
{
    trygg_status st = TRYGG_OK;
    sqlite3 *db = NULL;
    sqlite3_stmt *ins = NULL;
    char *hex = NULL, *meta = NULL;
    membuf zip = {0};
    bool in_tx = false;
    int64_t t = 0;

    if (!gpkg_path || !*gpkg_path || !project_name || !*project_name) {
        st = trygg__fail(ctx, TRYGG_E_USAGE, "QGIS project: %s is empty",
                         !gpkg_path || !*gpkg_path ? "the GeoPackage path" : "the project name");
        goto done;
    }
    if (!file_name) {
        const char *slash = strrchr(gpkg_path, '/');
        file_name = slash ? slash + 1 : gpkg_path;
    }
    if (!*file_name || strchr(file_name, '/') || strchr(file_name, '|')) {
        st = trygg__fail(ctx, TRYGG_E_USAGE, "QGIS project: '%s' is not a file name for the GeoPackage", file_name);
        goto done;
    }
    if (!title)
        title = project_name;
    if ((st = trygg__source_date(ctx, ZIP_EPOCH, &t)) != TRYGG_OK)
        goto done;
    if ((st = open_gpkg(ctx, gpkg_path, SQLITE_OPEN_READWRITE, &db)) != TRYGG_OK)
        goto done;
    char stamp[32];
    doc_params params = {title, file_name, gpkg_path, NULL, NULL, NULL};
    if ((st = project_qgz(ctx, db, &params, project_name, t, stamp, &zip)) != TRYGG_OK)
        goto done;
    hex = hex_of(zip.p, zip.n);
    meta = project_metadata(stamp);

    if (sqlite3_exec(db, "BEGIN IMMEDIATE", NULL, NULL, NULL) != SQLITE_OK)
        goto sql_error;
    in_tx = true;
    if (sqlite3_exec(db, "CREATE TABLE IF NOT EXISTS qgis_projects(name TEXT PRIMARY KEY, metadata BLOB, content BLOB)",
                     NULL, NULL, NULL) != SQLITE_OK ||
        sqlite3_prepare_v2(db, "INSERT OR REPLACE INTO qgis_projects (name, metadata, content) VALUES (?, ?, ?)", -1,
                           &ins, NULL) != SQLITE_OK)
        goto sql_error;
    sqlite3_bind_text(ins, 1, project_name, -1, SQLITE_STATIC);
    sqlite3_bind_text(ins, 2, meta, -1, SQLITE_STATIC);
    sqlite3_bind_text(ins, 3, hex, -1, SQLITE_STATIC);
    if (sqlite3_step(ins) != SQLITE_DONE || sqlite3_exec(db, "COMMIT", NULL, NULL, NULL) != SQLITE_OK)
        goto sql_error;
    in_tx = false;
    goto done;

sql_error:
    st = trygg__fail(ctx, TRYGG_E_WRITE, "%s: storing QGIS project '%s': %s", gpkg_path, project_name,
                     sqlite3_errmsg(db));
done:
    sqlite3_finalize(ins);
    if (in_tx)
        sqlite3_exec(db, "ROLLBACK", NULL, NULL, NULL);
    if (db)
        sqlite3_close(db);
    free(hex);
    free(meta);
    free(zip.p);
    return st;
}

trygg_status trygg_io_qgis_project_pg(trygg_ctx *ctx, const char *gpkg_path, const char *pg_conn,
                                      const char *schema, const char *project_name, const char *title,
                                      char **qgz_hex, char **metadata)
{
    trygg_status st = TRYGG_OK;
    sqlite3 *db = NULL;
    membuf zip = {0};
    int64_t t = 0;
    char stamp[32];
    if ((st = trygg__source_date(ctx, ZIP_EPOCH, &t)) != TRYGG_OK ||
        (st = open_gpkg(ctx, gpkg_path, SQLITE_OPEN_READONLY, &db)) != TRYGG_OK)
        goto done;
    doc_params params = {title ? title : project_name, NULL, gpkg_path, NULL, pg_conn, schema};
    if ((st = project_qgz(ctx, db, &params, project_name, t, stamp, &zip)) != TRYGG_OK)
        goto done;
    *qgz_hex = hex_of(zip.p, zip.n);
    *metadata = project_metadata(stamp);
done:
    if (db)
        sqlite3_close(db);
    free(zip.p);
    return st;
}
