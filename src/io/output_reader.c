/*
 * The reader of trygg's outputs (src/io/output_reader.h).
 */
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/internal.h"
#include "io/output_reader.h"
#include "io/spatialite.h"

trygg_status trygg__output_reader_open(trygg_ctx *ctx, const char *path, trygg__output_purpose purpose,
                                       trygg__output_reader *r)
{
    *r = (trygg__output_reader){ctx, NULL, path, purpose};
    return trygg__spatialite_open(ctx, path, true, &r->db);
}

void trygg__output_reader_close(trygg__output_reader *r)
{
    if (r->db)
        sqlite3_close(r->db);
    r->db = NULL;
}

trygg_status trygg__output_reader_prepare(trygg__output_reader *r, const char *sql, sqlite3_stmt **q)
{
    if (sqlite3_prepare_v2(r->db, sql, -1, q, NULL) == SQLITE_OK)
        return TRYGG_OK;
    /* one message per purpose, each translated whole */
    if (r->purpose == TRYGG__READ_FOR_LAGESBILD)
        return trygg__fail(r->ctx, TRYGG_E_SCHEMA, "%s: reading for the lägesbild: %s", r->path, sqlite3_errmsg(r->db));
    if (r->purpose == TRYGG__READ_FOR_PLAN)
        return trygg__fail(r->ctx, TRYGG_E_SCHEMA, "%s: reading for the action plan: %s", r->path,
                           sqlite3_errmsg(r->db));
    return trygg__fail(r->ctx, TRYGG_E_SCHEMA, "%s: reading for the reports: %s", r->path, sqlite3_errmsg(r->db));
}

trygg_status trygg__output_reader_run_info(trygg__output_reader *r, trygg_kv *kv)
{
    sqlite3_stmt *q = NULL;
    trygg_status st = trygg__output_reader_prepare(r, "SELECT key, value FROM run_info ORDER BY fid", &q);
    if (st != TRYGG_OK)
        return st;
    while (sqlite3_step(q) == SQLITE_ROW)
        if (trygg__output_text(q, 0))
            trygg_kv_set(kv, trygg__output_text(q, 0), "%s", trygg__output_text(q, 1) ? trygg__output_text(q, 1) : "");
    sqlite3_finalize(q);
    return TRYGG_OK;
}

bool trygg__output_reader_has_table(const trygg__output_reader *r, const char *table)
{
    return trygg__gpkg_has_table(r->db, table);
}

bool trygg__output_reader_has_column(const trygg__output_reader *r, const char *table, const char *column)
{
    return trygg__sqlite_has_column(r->db, table, column);
}

const char *trygg__output_text(sqlite3_stmt *q, int i) { return (const char *)sqlite3_column_text(q, i); }

double trygg__output_real(sqlite3_stmt *q, int i)
{
    return sqlite3_column_type(q, i) == SQLITE_NULL ? NAN : sqlite3_column_double(q, i);
}

int64_t trygg__output_int(sqlite3_stmt *q, int i, int64_t dflt)
{
    return sqlite3_column_type(q, i) == SQLITE_NULL ? dflt : sqlite3_column_int64(q, i);
}

/* The header: "GP", version, flags with the header's byte order in bit 0, the envelope's size in
 * bits 1-3 and the empty flag in bit 4, the srs_id, the envelope, then WKB. Read by hand so that
 * tens of thousands of rows do not each go through SpatiaLite; the caller skips a point this
 * cannot read as it skips a NULL ST_X. */
bool trygg__output_point_xy(const unsigned char *b, int n, double *x, double *y)
{
    static const int env_bytes[8] = {0, 32, 48, 48, 64, -1, -1, -1};
    if (!b || n < 8 || b[0] != 'G' || b[1] != 'P' || (b[3] & 0x10))
        return false;
    int env = env_bytes[(b[3] >> 1) & 7];
    if (env < 0 || n < 8 + env + 21)
        return false;
    const unsigned char *w = b + 8 + env;
    bool le = w[0] == 1;
    if (w[0] > 1)
        return false;
    uint32_t type = 0;
    for (int k = 0; k < 4; k++)
        type |= (uint32_t)w[1 + k] << (le ? 8 * k : 8 * (3 - k));
    type &= 0x0fffffff; /* EWKB-style Z/M/SRID flags */
    if (type % 1000 != 1)
        return false;
    double v[2];
    for (int c = 0; c < 2; c++) {
        uint64_t u = 0;
        for (int k = 0; k < 8; k++)
            u |= (uint64_t)w[5 + 8 * c + k] << (le ? 8 * k : 8 * (7 - k));
        memcpy(&v[c], &u, sizeof u);
    }
    *x = v[0];
    *y = v[1];
    return true;
}

char *trygg__output_config_value(const char *dump, const char *section, const char *key)
{
    if (!dump)
        return NULL;
    char *want = trygg__xasprintf("[%s]", section);
    bool in = false;
    char *out = NULL;
    size_t klen = strlen(key);
    for (const char *line = dump; line && *line && !out;) {
        const char *end = strchr(line, '\n');
        size_t len = end ? (size_t)(end - line) : strlen(line);
        if (len > 0 && line[0] == '[')
            in = len == strlen(want) && strncmp(line, want, len) == 0;
        else if (in && len > klen + 2 && strncmp(line, key, klen) == 0 && strncmp(line + klen, " = ", 3) == 0)
            out = trygg__xasprintf("%.*s", (int)(len - klen - 3), line + klen + 3);
        line = end ? end + 1 : NULL;
    }
    free(want);
    return out;
}

double trygg__output_config_num(const char *dump, const char *section, const char *key, double dflt)
{
    char *v = trygg__output_config_value(dump, section, key);
    double out = v && *v ? strtod(v, NULL) : dflt;
    free(v);
    return out;
}
