/*
 * GeoPackage spatial index (GPKG 1.2 extension F.3, gpkg_rtree_index), bulk-loaded.
 *
 * Inserting rows one by one into an SQLite R*Tree costs about 7 us per row here (most of a
 * GeoPackage write, DESIGN.md section 9), so the writer creates its feature tables without
 * an index and this module packs one from the in-memory bounding boxes with Sort-Tile-
 * Recursive (Leutenegger, Lopez & Edgington 1997, "STR: a simple and efficient algorithm for
 * R-tree packing"), writing the R*Tree's shadow tables directly in SQLite's own format
 * (sqlite.org/src/file/ext/rtree/rtree.c: node blobs of 4 + 24 * 51 bytes for a 4 KiB page;
 * a 2-byte depth (root only) and 2-byte cell count, then cells of a big-endian 64-bit id and
 * four big-endian float32 coordinates minx, maxx, miny, maxy; node 1 is the root). The
 * triggers and gpkg_extensions row are those GDAL 3.6 writes, so the result is what GDAL
 * itself would produce, and SQLite keeps the index up to date on later edits.
 */
#define _POSIX_C_SOURCE 200809L

#include <math.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <sqlite3.h>

#include "core/internal.h"
#include "io/gpkg_internal.h"

#define RT_MAX_CELLS 51           /* RTREE_MAXCELLS of rtree.c */
#define RT_CELL_BYTES 24          /* 8-byte id + 4 float32 */
#define RT_NODE_BYTES (4 + RT_CELL_BYTES * RT_MAX_CELLS) /* 1228: what rtree.c uses for pages >= 1292 */

typedef struct {
    int64_t id;   /* row id (leaves) or child node number */
    float box[4]; /* minx, maxx, miny, maxy */
    double cx, cy;
} rt_entry;

/* Float bounds that contain the double ones, rounded as SQLite's own R*Tree rounds a value
 * inserted with SQL (rtreeValueDown/Up of rtree.c: a float that lies on the wrong side is
 * replaced by the value scaled by 1 -+ 2^-23), so the index holds what GDAL, inserting through
 * SQLite, would store. */
#define RNDTOWARDS (1.0 - 1.0 / 8388608.0)
#define RNDAWAY (1.0 + 1.0 / 8388608.0)
static float down(double d)
{
    float f = (float)d;
    return (double)f > d ? (float)(d * (d < 0 ? RNDAWAY : RNDTOWARDS)) : f;
}
static float up(double d)
{
    float f = (float)d;
    return (double)f < d ? (float)(d * (d < 0 ? RNDTOWARDS : RNDAWAY)) : f;
}

/* e[0..n) in the order of (its centre's x or y, id), as a comparison sort on the two would put
 * them (ids are distinct): indexes sorted by id, then stably by the centre (trygg__radix_sort,
 * several times faster than qsort on a country's millions of boxes); s, t and tmp are scratch
 * of n. */
static void sort_by(rt_entry *e, size_t n, bool by_x, trygg__keyed *s, trygg__keyed *t, rt_entry *tmp)
{
    for (size_t i = 0; i < n; i++)
        s[i] = (trygg__keyed){(uint64_t)e[i].id, i};
    trygg__radix_sort(s, t, n);
    for (size_t k = 0; k < n; k++)
        s[k].key = trygg__order_bits(by_x ? e[s[k].i].cx : e[s[k].i].cy);
    trygg__radix_sort(s, t, n);
    for (size_t k = 0; k < n; k++)
        tmp[k] = e[s[k].i];
    memcpy(e, tmp, n * sizeof *e);
}

/* STR order: sort by x, cut into ceil(sqrt(P)) slices of that many nodes' worth, sort each
 * slice by y; consecutive runs of RT_MAX_CELLS then make the nodes. */
static void str_order(rt_entry *e, size_t n)
{
    size_t pages = (n + RT_MAX_CELLS - 1) / RT_MAX_CELLS;
    size_t slices = (size_t)ceil(sqrt((double)pages));
    size_t per = slices * RT_MAX_CELLS;
    trygg__keyed *s = trygg__xmalloc((n ? n : 1) * sizeof *s), *t = trygg__xmalloc((n ? n : 1) * sizeof *t);
    rt_entry *tmp = trygg__xmalloc((n ? n : 1) * sizeof *tmp);
    sort_by(e, n, true, s, t, tmp);
    for (size_t k = 0; k < n; k += per)
        sort_by(e + k, n - k < per ? n - k : per, false, s, t, tmp);
    free(s);
    free(t);
    free(tmp);
}

static void put_be64(unsigned char *p, uint64_t v)
{
    for (int i = 7; i >= 0; i--, v >>= 8)
        p[i] = (unsigned char)v;
}
static void put_be_float(unsigned char *p, float f)
{
    uint32_t u;
    memcpy(&u, &f, 4);
    p[0] = (unsigned char)(u >> 24);
    p[1] = (unsigned char)(u >> 16);
    p[2] = (unsigned char)(u >> 8);
    p[3] = (unsigned char)u;
}

typedef struct {
    trygg_ctx *ctx;
    sqlite3 *db;
    const char *path;
    sqlite3_stmt *node, *rowid, *parent;
} rt_writer;

static trygg_status rt_fail(const rt_writer *w, const char *what)
{
    return trygg__fail(w->ctx, TRYGG_E_WRITE, "%s: spatial index: %s: %s", w->path, what, sqlite3_errmsg(w->db));
}

static int step_reset(sqlite3_stmt *q)
{
    int rc = sqlite3_step(q);
    sqlite3_reset(q);
    return rc == SQLITE_DONE ? SQLITE_OK : rc;
}

static trygg_status exec(const rt_writer *w, const char *sql)
{
    if (sqlite3_exec(w->db, sql, NULL, NULL, NULL) != SQLITE_OK)
        return rt_fail(w, "SQL");
    return TRYGG_OK;
}

/* A row of the index and its leaf node. */
typedef struct {
    int64_t id, node;
} rt_leaf;

static int cmp_leaf(const void *a, const void *b)
{
    const rt_leaf *p = a, *q = b;
    return p->id < q->id ? -1 : p->id > q->id;
}

/* Pack one level: write its nodes and return the next level's entries (one per node) in
 * *up_level. `depth` 0 is the leaf level; when everything fits in one node it is the root
 * (node 1, carrying the tree depth). */
static trygg_status pack_level(rt_writer *w, rt_entry *e, size_t n, int depth, int64_t *next_node,
                               rt_entry **up_level, size_t *n_up)
{
    trygg_status st = TRYGG_OK;
    size_t nodes = (n + RT_MAX_CELLS - 1) / RT_MAX_CELLS;
    bool root = nodes <= 1;
    rt_entry *parents = trygg__xcalloc(nodes ? nodes : 1, sizeof *parents);
    rt_leaf *leaf_of = depth == 0 ? trygg__xmalloc((n ? n : 1) * sizeof *leaf_of) : NULL;
    unsigned char blob[RT_NODE_BYTES];
    str_order(e, n);
    for (size_t k = 0; k < nodes || (root && k == 0); k++) {
        size_t lo = k * RT_MAX_CELLS, hi = lo + RT_MAX_CELLS < n ? lo + RT_MAX_CELLS : n;
        int64_t nodeno = root ? 1 : (*next_node)++;
        memset(blob, 0, sizeof blob);
        if (root) {
            blob[0] = (unsigned char)(depth >> 8);
            blob[1] = (unsigned char)depth;
        }
        blob[2] = (unsigned char)((hi - lo) >> 8);
        blob[3] = (unsigned char)(hi - lo);
        rt_entry *p = &parents[k];
        p->id = nodeno;
        p->box[0] = p->box[2] = INFINITY;
        p->box[1] = p->box[3] = -INFINITY;
        for (size_t i = lo; i < hi; i++) {
            unsigned char *c = blob + 4 + (i - lo) * RT_CELL_BYTES;
            put_be64(c, (uint64_t)e[i].id);
            for (int j = 0; j < 4; j++)
                put_be_float(c + 8 + 4 * j, e[i].box[j]);
            p->box[0] = fminf(p->box[0], e[i].box[0]);
            p->box[1] = fmaxf(p->box[1], e[i].box[1]);
            p->box[2] = fminf(p->box[2], e[i].box[2]);
            p->box[3] = fmaxf(p->box[3], e[i].box[3]);
            /* Map each child to this node: rows in _rowid (written in id order below), nodes in
             * _parent. */
            if (depth == 0) {
                leaf_of[i] = (rt_leaf){e[i].id, nodeno};
                continue;
            }
            sqlite3_bind_int64(w->parent, 1, e[i].id);
            sqlite3_bind_int64(w->parent, 2, nodeno);
            if (step_reset(w->parent) != SQLITE_OK) {
                st = rt_fail(w, "writing _parent");
                goto done;
            }
        }
        p->cx = ((double)p->box[0] + p->box[1]) / 2;
        p->cy = ((double)p->box[2] + p->box[3]) / 2;
        sqlite3_bind_int64(w->node, 1, nodeno);
        sqlite3_bind_blob(w->node, 2, blob, (int)sizeof blob, SQLITE_STATIC);
        if (step_reset(w->node) != SQLITE_OK) {
            st = rt_fail(w, "writing _node");
            goto done;
        }
    }
    /* Rows in id order, so that SQLite appends to _rowid's b-tree instead of seeking for each. */
    if (depth == 0) {
        qsort(leaf_of, n, sizeof *leaf_of, cmp_leaf);
        for (size_t i = 0; i < n; i++) {
            sqlite3_bind_int64(w->rowid, 1, leaf_of[i].id);
            sqlite3_bind_int64(w->rowid, 2, leaf_of[i].node);
            if (step_reset(w->rowid) != SQLITE_OK) {
                st = rt_fail(w, "writing _rowid");
                goto done;
            }
        }
    }
    *up_level = root ? NULL : parents;
    *n_up = root ? 0 : nodes;
    if (!root)
        parents = NULL;
done:
    free(parents);
    free(leaf_of);
    return st;
}

trygg_status trygg__gpkg_rtree_pack(trygg_ctx *ctx, sqlite3 *db, const char *path, const char *table,
                                    const char *geom_col, const trygg__rtree_box *boxes, size_t n)
{
    trygg_status st = TRYGG_OK;
    rt_writer w = {ctx, db, path, NULL, NULL, NULL};
    rt_entry *e = NULL, *level = NULL;
    char *sql = NULL;
    char *rt = sqlite3_mprintf("rtree_%s_%s", table, geom_col);

    sql = sqlite3_mprintf("CREATE VIRTUAL TABLE main.\"%w\" USING rtree(id, minx, maxx, miny, maxy)", rt);
    if ((st = exec(&w, sql)) != TRYGG_OK)
        goto done;
    sqlite3_free(sql);
    sql = sqlite3_mprintf("INSERT OR REPLACE INTO main.\"%w_node\" (nodeno, data) VALUES (?, ?)", rt);
    if (sqlite3_prepare_v2(db, sql, -1, &w.node, NULL) != SQLITE_OK) {
        st = rt_fail(&w, "preparing");
        goto done;
    }
    sqlite3_free(sql);
    sql = sqlite3_mprintf("INSERT INTO main.\"%w_rowid\" (rowid, nodeno) VALUES (?, ?)", rt);
    if (sqlite3_prepare_v2(db, sql, -1, &w.rowid, NULL) != SQLITE_OK) {
        st = rt_fail(&w, "preparing");
        goto done;
    }
    sqlite3_free(sql);
    sql = sqlite3_mprintf("INSERT INTO main.\"%w_parent\" (nodeno, parentnode) VALUES (?, ?)", rt);
    if (sqlite3_prepare_v2(db, sql, -1, &w.parent, NULL) != SQLITE_OK) {
        st = rt_fail(&w, "preparing");
        goto done;
    }

    if (n > 0) {
        e = trygg__xmalloc(n * sizeof *e);
        for (size_t i = 0; i < n; i++) {
            e[i].id = boxes[i].id;
            e[i].box[0] = down(boxes[i].minx);
            e[i].box[1] = up(boxes[i].maxx);
            e[i].box[2] = down(boxes[i].miny);
            e[i].box[3] = up(boxes[i].maxy);
            e[i].cx = (boxes[i].minx + boxes[i].maxx) / 2;
            e[i].cy = (boxes[i].miny + boxes[i].maxy) / 2;
        }
        int64_t next_node = 2;
        size_t count = n;
        rt_entry *cur = e;
        for (int depth = 0;; depth++) {
            size_t n_up = 0;
            rt_entry *next = NULL;
            if ((st = pack_level(&w, cur, count, depth, &next_node, &next, &n_up)) != TRYGG_OK)
                goto done;
            free(level);
            level = next;
            if (!next)
                break;
            cur = next;
            count = n_up;
        }
    }

done:
    sqlite3_finalize(w.node);
    sqlite3_finalize(w.rowid);
    sqlite3_finalize(w.parent);
    sqlite3_free(sql);
    sqlite3_free(rt);
    free(level);
    free(e);
    return st;
}

/* The triggers of GPKG 1.2 F.3 as GDAL 3.6 writes them and the gpkg_extensions row. */
static trygg_status rtree_register(const rt_writer *w, const char *table, const char *geom_col, const char *fid_col)
{
    char *rt = sqlite3_mprintf("rtree_%s_%s", table, geom_col);
    char *sql = sqlite3_mprintf(
        "CREATE TRIGGER \"%w_insert\" AFTER INSERT ON \"%w\" WHEN (new.\"%w\" NOT NULL AND NOT "
        "ST_IsEmpty(NEW.\"%w\")) BEGIN INSERT OR REPLACE INTO \"%w\" VALUES (NEW.\"%w\",ST_MinX(NEW.\"%w\"), "
        "ST_MaxX(NEW.\"%w\"),ST_MinY(NEW.\"%w\"), ST_MaxY(NEW.\"%w\")); END;"
        "CREATE TRIGGER \"%w_update1\" AFTER UPDATE OF \"%w\" ON \"%w\" WHEN OLD.\"%w\" = NEW.\"%w\" AND "
        "(NEW.\"%w\" NOTNULL AND NOT ST_IsEmpty(NEW.\"%w\")) BEGIN INSERT OR REPLACE INTO \"%w\" VALUES "
        "(NEW.\"%w\",ST_MinX(NEW.\"%w\"), ST_MaxX(NEW.\"%w\"),ST_MinY(NEW.\"%w\"), ST_MaxY(NEW.\"%w\")); END;"
        "CREATE TRIGGER \"%w_update2\" AFTER UPDATE OF \"%w\" ON \"%w\" WHEN OLD.\"%w\" = NEW.\"%w\" AND "
        "(NEW.\"%w\" ISNULL OR ST_IsEmpty(NEW.\"%w\")) BEGIN DELETE FROM \"%w\" WHERE id = OLD.\"%w\"; END;"
        "CREATE TRIGGER \"%w_update3\" AFTER UPDATE ON \"%w\" WHEN OLD.\"%w\" != NEW.\"%w\" AND "
        "(NEW.\"%w\" NOTNULL AND NOT ST_IsEmpty(NEW.\"%w\")) BEGIN DELETE FROM \"%w\" WHERE id = OLD.\"%w\"; "
        "INSERT OR REPLACE INTO \"%w\" VALUES (NEW.\"%w\",ST_MinX(NEW.\"%w\"), ST_MaxX(NEW.\"%w\"),"
        "ST_MinY(NEW.\"%w\"), ST_MaxY(NEW.\"%w\")); END;"
        "CREATE TRIGGER \"%w_update4\" AFTER UPDATE ON \"%w\" WHEN OLD.\"%w\" != NEW.\"%w\" AND "
        "(NEW.\"%w\" ISNULL OR ST_IsEmpty(NEW.\"%w\")) BEGIN DELETE FROM \"%w\" WHERE id IN (OLD.\"%w\", "
        "NEW.\"%w\"); END;"
        "CREATE TRIGGER \"%w_delete\" AFTER DELETE ON \"%w\" WHEN old.\"%w\" NOT NULL BEGIN DELETE FROM \"%w\" "
        "WHERE id = OLD.\"%w\"; END;"
        "INSERT INTO gpkg_extensions (table_name, column_name, extension_name, definition, scope) VALUES "
        "('%q', '%q', 'gpkg_rtree_index', 'http://www.geopackage.org/spec120/#extension_rtree', 'write-only');",
        /* insert */ rt, table, geom_col, geom_col, rt, fid_col, geom_col, geom_col, geom_col, geom_col,
        /* update1 */ rt, geom_col, table, fid_col, fid_col, geom_col, geom_col, rt, fid_col, geom_col, geom_col,
        geom_col, geom_col,
        /* update2 */ rt, geom_col, table, fid_col, fid_col, geom_col, geom_col, rt, fid_col,
        /* update3 */ rt, table, fid_col, fid_col, geom_col, geom_col, rt, fid_col, rt, fid_col, geom_col, geom_col,
        geom_col, geom_col,
        /* update4 */ rt, table, fid_col, fid_col, geom_col, geom_col, rt, fid_col, fid_col,
        /* delete */ rt, table, geom_col, rt, fid_col,
        /* extension */ table, geom_col);
    trygg_status st = exec(w, sql);
    sqlite3_free(sql);
    sqlite3_free(rt);
    return st;
}

trygg_status trygg__gpkg_rtree_build(trygg_ctx *ctx, sqlite3 *db, const char *path, const char *table,
                                     const char *geom_col, const char *fid_col, const trygg__rtree_box *boxes,
                                     size_t n)
{
    rt_writer w = {ctx, db, path, NULL, NULL, NULL};
    trygg_status st = trygg__gpkg_rtree_pack(ctx, db, path, table, geom_col, boxes, n);
    return st == TRYGG_OK ? rtree_register(&w, table, geom_col, fid_col) : st;
}

/* The shadow tables' rows are SQLite records copied whole (INSERT ... SELECT of a table into one
 * of the same definition transfers them without decoding): the index is the one packed aside,
 * node for node. The new table's empty root (node 1) makes way for the packed one. */
trygg_status trygg__gpkg_rtree_copy(trygg_ctx *ctx, sqlite3 *db, const char *path, const char *schema,
                                    const char *table, const char *geom_col, const char *fid_col)
{
    rt_writer w = {ctx, db, path, NULL, NULL, NULL};
    char *rt = sqlite3_mprintf("rtree_%s_%s", table, geom_col);
    char *sql = sqlite3_mprintf("CREATE VIRTUAL TABLE main.\"%w\" USING rtree(id, minx, maxx, miny, maxy);"
                                "DELETE FROM main.\"%w_node\";"
                                "INSERT INTO main.\"%w_node\" SELECT * FROM \"%w\".\"%w_node\";"
                                "INSERT INTO main.\"%w_rowid\" SELECT * FROM \"%w\".\"%w_rowid\";"
                                "INSERT INTO main.\"%w_parent\" SELECT * FROM \"%w\".\"%w_parent\"",
                                rt, rt, rt, schema, rt, rt, schema, rt, rt, schema, rt);
    trygg_status st = exec(&w, sql);
    sqlite3_free(sql);
    sqlite3_free(rt);
    return st == TRYGG_OK ? rtree_register(&w, table, geom_col, fid_col) : st;
}
