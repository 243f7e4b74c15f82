/*
 * One row of an output layer as a layer's fill callback sets it (trygg_layer_row): its values,
 * the texts it owns, and its geometry, encoded at once as a GeoPackage binary geometry the way
 * GDAL's GPKG driver encodes it (GPKG 1.2 section 2.1.3; GDAL's GPkgGeometryFromOGR): "GP",
 * version 0, flags (bit 0 little-endian, bits 1-3 the envelope: 1 for x/y, 0 for points and
 * empty geometries; bit 4 empty), the srs_id, the envelope minx, maxx, miny, maxy of every
 * other geometry, then ISO WKB, little-endian. Also the table adapter of a layer held as values
 * (trygg_io_gpkg_add_table).
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <ogr_core.h>

#include "core/internal.h"
#include "io/gpkg_internal.h"
#include "io/io.h"

trygg_value trygg_value_real(double r, double scale)
{
    if (!isfinite(r))
        return (trygg_value){.null = true};
    return (trygg_value){.r = round(r * scale) / scale};
}

trygg_value trygg_value_p(double p)
{
    if (!isfinite(p))
        return (trygg_value){.null = true};
    char buf[32];
    snprintf(buf, sizeof buf, "%.5e", p);
    return (trygg_value){.r = strtod(buf, NULL)};
}

/* ---- The row ---- */

void trygg__layer_row_init(trygg_layer_row *row, size_t nfields, int32_t srs_id, int geometry)
{
    memset(row, 0, sizeof *row);
    row->nfields = nfields;
    row->values = trygg__xcalloc(nfields + 1, sizeof *row->values);
    row->srs_id = srs_id;
    row->geometry = geometry;
    trygg__layer_row_reset(row);
}

void trygg__layer_row_reset(trygg_layer_row *row)
{
    for (size_t k = 0; k < row->nowned; k++)
        free(row->owned[k]);
    row->nowned = 0;
    for (size_t f = 0; f < row->nfields; f++)
        row->values[f] = (trygg_value){.null = true};
    row->blob_size = 0;
    row->has_box = false;
}

void trygg__layer_row_fini(trygg_layer_row *row)
{
    trygg__layer_row_reset(row);
    free(row->values);
    free(row->owned);
    free(row->blob);
    free(row->wkb);
    memset(row, 0, sizeof *row);
}

trygg_value *trygg_row_values(trygg_layer_row *row) { return row->values; }

void trygg_row_take_text(trygg_layer_row *row, size_t f, char *text)
{
    row->values[f] = trygg_value_text(text);
    if (!text)
        return;
    trygg__grow((void **)&row->owned, &row->capowned, row->nowned + 1, sizeof *row->owned);
    row->owned[row->nowned++] = text;
}

/* ---- ISO WKB, little-endian, into row->wkb, with the envelope in row->box ---- */

static void wkb_need(trygg_layer_row *row, size_t more)
{
    trygg__grow((void **)&row->wkb, &row->capwkb, row->nwkb + more, 1);
}

static void put_u32(trygg_layer_row *row, uint32_t v)
{
    wkb_need(row, 4);
    for (int k = 0; k < 4; k++)
        row->wkb[row->nwkb++] = (unsigned char)(v >> (8 * k));
}

static void put_head(trygg_layer_row *row, uint32_t type)
{
    wkb_need(row, 1);
    row->wkb[row->nwkb++] = 1; /* wkbNDR */
    put_u32(row, type);
}

static void put_xy(trygg_layer_row *row, double x, double y)
{
    wkb_need(row, 16);
    double v[2] = {x, y};
    for (int i = 0; i < 2; i++) {
        uint64_t bits;
        memcpy(&bits, &v[i], sizeof bits);
        for (int k = 0; k < 8; k++)
            row->wkb[row->nwkb++] = (unsigned char)(bits >> (8 * k));
    }
    if (isnan(x) && isnan(y))
        return; /* the empty point */
    if (!row->has_box) {
        row->box = (trygg__rtree_box){0, x, x, y, y};
        row->has_box = true;
        return;
    }
    row->box.minx = fmin(row->box.minx, x);
    row->box.maxx = fmax(row->box.maxx, x);
    row->box.miny = fmin(row->box.miny, y);
    row->box.maxy = fmax(row->box.maxy, y);
}

static void put_le(unsigned char *p, uint64_t v, int bytes)
{
    for (int k = 0; k < bytes; k++)
        p[k] = (unsigned char)(v >> (8 * k));
}

/* The blob of the WKB in row->wkb: header, envelope (not for points, not when empty), WKB. */
static void finish_blob(trygg_layer_row *row, bool point)
{
    bool env = row->has_box && !point;
    size_t head = env ? 40 : 8;
    trygg__grow((void **)&row->blob, &row->capblob, head + row->nwkb, 1);
    unsigned char *b = row->blob;
    b[0] = 'G', b[1] = 'P', b[2] = 0;
    b[3] = (unsigned char)(0x01 | (env ? 0x02 : 0) | (row->has_box ? 0 : 0x10));
    put_le(b + 4, (uint32_t)row->srs_id, 4);
    if (env) {
        double e[4] = {row->box.minx, row->box.maxx, row->box.miny, row->box.maxy};
        for (int i = 0; i < 4; i++) {
            uint64_t bits;
            memcpy(&bits, &e[i], sizeof bits);
            put_le(b + 8 + 8 * i, bits, 8);
        }
    }
    memcpy(b + head, row->wkb, row->nwkb);
    row->blob_size = head + row->nwkb;
}

static void start(trygg_layer_row *row)
{
    row->nwkb = 0;
    row->has_box = false;
}

void trygg_row_point(trygg_layer_row *row, double x, double y)
{
    start(row);
    put_head(row, 1);
    put_xy(row, x, y);
    finish_blob(row, true);
}

void trygg_row_line(trygg_layer_row *row, const double *xy, size_t nv)
{
    start(row);
    put_head(row, 2);
    put_u32(row, (uint32_t)nv);
    for (size_t v = 0; v < nv; v++)
        put_xy(row, xy[2 * v], xy[2 * v + 1]);
    finish_blob(row, false);
}

void trygg_row_polygon(trygg_layer_row *row, const double *xy, const size_t *ring_end, size_t nrings, size_t v0)
{
    start(row);
    if (row->geometry == wkbMultiPolygon) {
        put_head(row, 6);
        put_u32(row, 1);
    }
    put_head(row, 3);
    put_u32(row, (uint32_t)nrings);
    for (size_t r = 0; r < nrings; r++) {
        size_t a = r ? ring_end[r - 1] : v0;
        put_u32(row, (uint32_t)(ring_end[r] - a));
        for (size_t v = a; v < ring_end[r]; v++)
            put_xy(row, xy[2 * v], xy[2 * v + 1]);
    }
    finish_blob(row, false);
}

/* ---- Reading WKB of either byte order ---- */

typedef struct {
    const unsigned char *p;
    size_t n, pos;
} wkb_in;

static bool get_u32(wkb_in *in, bool le, uint32_t *v)
{
    if (in->n - in->pos < 4)
        return false;
    const unsigned char *p = in->p + in->pos;
    *v = le ? (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24
            : (uint32_t)p[3] | (uint32_t)p[2] << 8 | (uint32_t)p[1] << 16 | (uint32_t)p[0] << 24;
    in->pos += 4;
    return true;
}

static bool get_double(wkb_in *in, bool le, double *d)
{
    if (in->n - in->pos < 8)
        return false;
    uint64_t bits = 0;
    for (int k = 0; k < 8; k++)
        bits |= (uint64_t)in->p[in->pos + (le ? k : 7 - k)] << (8 * k);
    memcpy(d, &bits, sizeof *d);
    in->pos += 8;
    return true;
}

static bool get_head(wkb_in *in, bool *le, uint32_t *type)
{
    if (in->pos >= in->n || in->p[in->pos] > 1)
        return false;
    *le = in->p[in->pos++] == 1;
    return get_u32(in, *le, type) && *type >= 1 && *type <= 7; /* 2D only */
}

static bool copy_points(trygg_layer_row *row, wkb_in *in, bool le)
{
    uint32_t n;
    if (!get_u32(in, le, &n) || (in->n - in->pos) / 16 < n)
        return false;
    put_u32(row, n);
    for (uint32_t v = 0; v < n; v++) {
        double x, y;
        get_double(in, le, &x);
        get_double(in, le, &y);
        put_xy(row, x, y);
    }
    return true;
}

/* Copy the body of a geometry of `type` (after its header). */
static bool copy_body(trygg_layer_row *row, wkb_in *in, bool le, uint32_t type, int depth)
{
    uint32_t n;
    switch (type) {
    case 1: {
        double x, y;
        if (!get_double(in, le, &x) || !get_double(in, le, &y))
            return false;
        put_xy(row, x, y);
        return true;
    }
    case 2:
        return copy_points(row, in, le);
    case 3:
        if (!get_u32(in, le, &n))
            return false;
        put_u32(row, n);
        for (uint32_t r = 0; r < n; r++)
            if (!copy_points(row, in, le))
                return false;
        return true;
    default: /* the multi-geometries and collections */
        if (depth > 32 || !get_u32(in, le, &n))
            return false;
        put_u32(row, n);
        for (uint32_t k = 0; k < n; k++) {
            bool ple;
            uint32_t ptype;
            if (!get_head(in, &ple, &ptype))
                return false;
            put_head(row, ptype);
            if (!copy_body(row, in, ple, ptype, depth + 1))
                return false;
        }
        return true;
    }
}

void trygg_row_wkb(trygg_layer_row *row, const unsigned char *wkb, size_t size)
{
    start(row);
    row->blob_size = 0;
    wkb_in in = {wkb, wkb ? size : 0, 0};
    bool le;
    uint32_t type;
    if (!get_head(&in, &le, &type))
        return;
    if (type == 3 && row->geometry == wkbMultiPolygon) {
        put_head(row, 6);
        put_u32(row, 1);
    }
    if (type == 6 && row->geometry == wkbPolygon) { /* a one-part MultiPolygon: its part */
        wkb_in part = in;
        bool ple;
        uint32_t parts, ptype;
        if (get_u32(&part, le, &parts) && parts == 1 && get_head(&part, &ple, &ptype) && ptype == 3) {
            in = part;
            le = ple;
            type = 3;
        }
    }
    put_head(row, type);
    if (!copy_body(row, &in, le, type, 0)) {
        row->has_box = false;
        return; /* unreadable: no geometry */
    }
    finish_blob(row, type == 1);
}

void trygg_row_geos(trygg_layer_row *row, GEOSContextHandle_t geos, GEOSGeometry *g)
{
    size_t size = 0;
    unsigned char *wkb = g ? trygg__geos_wkb_normalized(geos, g, &size) : NULL;
    trygg_row_wkb(row, wkb, size);
    free(wkb);
}

/* ---- A layer held as values ---- */

static trygg_status fill_table(trygg_ctx *ctx, const void *arg, size_t i, trygg_layer_row *row)
{
    (void)ctx;
    const trygg_layer_data *t = arg;
    memcpy(row->values, t->values + i * t->nfields, t->nfields * sizeof *row->values);
    if (t->wkb && t->wkb[i])
        trygg_row_wkb(row, t->wkb[i], t->wkb_size[i]);
    return TRYGG_OK;
}

trygg_status trygg_io_gpkg_add_table(trygg_ctx *ctx, trygg_gpkg_writer *w, const trygg_layer_data *t)
{
    trygg_layer_desc d = {t->name, t->geometry, t->description, t->fields, t->nfields, t->nrows, fill_table, t};
    return trygg_io_gpkg_add_layer(ctx, w, &d);
}
