/*
 * `trygg info`: a text summary of an output GeoPackage, computed by SQL in SQLite with
 * SpatiaLite loaded in GeoPackage amphibious mode, so lengths are measured from the stored
 * geometries (ST_Length) rather than trusted from attributes. The text is for people: in the
 * run's language, numbers in its format (trygg__fmt_num), columns aligned by characters.
 */
#define _POSIX_C_SOURCE 200809L

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include <sqlite3.h>

#include "core/i18n.h"
#include "core/internal.h"
#include "io/io.h"
#include "io/spatialite.h"
#include "trygg/run.h"

/* `v` with `decimals` in the run's number format, right-aligned in `width` characters (not
 * bytes: a Swedish group separator is three bytes of UTF-8). */
static const char *num(char *buf, size_t n, double v, int decimals, int width)
{
    char t[TRYGG__NUM_MAX];
    trygg__fmt_num(t, sizeof t, v, decimals);
    int chars = 0;
    for (const char *p = t; *p; p++)
        chars += ((unsigned char)*p & 0xC0) != 0x80;
    int pad = width > chars ? width - chars : 0;
    snprintf(buf, n, "%*s%s", pad, "", t);
    return buf;
}
/* `s` left-aligned in `width` characters (UTF-8 aware; longer text is not cut), into buf. */
static const char *left(char *buf, size_t n, const char *s, int width)
{
    int chars = 0;
    for (const char *p = s; *p; p++)
        chars += ((unsigned char)*p & 0xC0) != 0x80;
    snprintf(buf, n, "%s%*s", s, width > chars ? width - chars : 0, "");
    return buf;
}
#define LEFT(s, width) left((char[512]){0}, 512, (s), (width))

/* 0 for a whole number, else 1: a distance as "20" or "12.5". */
static int decimals_of(double v) { return v == (double)(long long)v ? 0 : 1; }

#define NUM(v, decimals, width) num((char[TRYGG__NUM_MAX + 16]){0}, TRYGG__NUM_MAX + 16, (v), (decimals), (width))

static uint32_t be32(const unsigned char *p)
{
    return (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 | (uint32_t)p[2] << 8 | (uint32_t)p[3];
}

/* Check the SQLite header before SQLite sees the file, for messages that say what is wrong:
 * not a file, not SQLite, not a GeoPackage, or shorter than its header says (truncated).
 * Header layout: sqlite.org/fileformat2.html section 1.3; application_id "GPKG": OGC
 * GeoPackage 1.2+ requirement 2. */
static trygg_status check_header(trygg_ctx *ctx, const char *path)
{
    trygg_status st = TRYGG_OK;
    unsigned char h[100];
    struct stat sb;
    FILE *f = fopen(path, "rb");
    if (!f || fstat(fileno(f), &sb) != 0) {
        st = trygg__fail(ctx, TRYGG_E_OPEN, "%s: %s", path, strerror(errno));
        goto done;
    }
    if (!S_ISREG(sb.st_mode)) {
        st = trygg__fail(ctx, TRYGG_E_OPEN, "%s: not a regular file", path);
        goto done;
    }
    if (fread(h, 1, sizeof h, f) != sizeof h || memcmp(h, "SQLite format 3", 16) != 0) {
        st = trygg__fail(ctx, TRYGG_E_OPEN, "%s: not a GeoPackage (not an SQLite database)", path);
        goto done;
    }
    if (be32(h + 68) != 0x47504B47u) {
        st = trygg__fail(ctx, TRYGG_E_OPEN, "%s: not a GeoPackage (SQLite application_id is not GPKG)", path);
        goto done;
    }
    unsigned page = (unsigned)h[16] << 8 | h[17];
    uint64_t page_size = page == 1 ? 65536u : page;
    uint64_t pages = be32(h + 28);
    /* The in-header size is valid only when the change counter matches version-valid-for. */
    if (pages && be32(h + 24) == be32(h + 92) && (uint64_t)sb.st_size < pages * page_size) {
        st = trygg__fail(ctx, TRYGG_E_OPEN, "%s: truncated GeoPackage (%lld bytes of %llu)", path,
                         (long long)sb.st_size, (unsigned long long)(pages * page_size));
        goto done;
    }
done:
    if (f)
        fclose(f);
    return st;
}

typedef struct {
    trygg_ctx *ctx;
    sqlite3 *db;
    const char *path;
} info_db;

static trygg_status sql_fail(const info_db *d, const char *what)
{
    return trygg__fail(d->ctx, TRYGG_E_OPEN, "%s: %s: %s", d->path, what, sqlite3_errmsg(d->db));
}

static trygg_status prepare(const info_db *d, const char *sql, sqlite3_stmt **stmt)
{
    if (sqlite3_prepare_v2(d->db, sql, -1, stmt, NULL) != SQLITE_OK)
        return sql_fail(d, "reading");
    return TRYGG_OK;
}

static bool has_table(const info_db *d, const char *name)
{
    sqlite3_stmt *q = NULL;
    bool yes = false;
    if (sqlite3_prepare_v2(d->db, "SELECT 1 FROM gpkg_contents WHERE table_name = ?", -1, &q, NULL) == SQLITE_OK) {
        sqlite3_bind_text(q, 1, name, -1, SQLITE_STATIC);
        yes = sqlite3_step(q) == SQLITE_ROW;
    }
    sqlite3_finalize(q);
    return yes;
}

static const char *col_text(sqlite3_stmt *q, int i, const char *null_text)
{
    const unsigned char *t = sqlite3_column_text(q, i);
    return t ? (const char *)t : null_text;
}

/* Run `sql` and hand each row to `row`; the step error (if any) becomes the status. */
typedef void (*row_fn)(sqlite3_stmt *q, trygg__strbuf *b, void *user);

static trygg_status each_row(const info_db *d, const char *sql, row_fn row, trygg__strbuf *b, void *user)
{
    trygg_status st = TRYGG_OK;
    sqlite3_stmt *q = NULL;
    if ((st = prepare(d, sql, &q)) != TRYGG_OK)
        goto done;
    int rc;
    while ((rc = sqlite3_step(q)) == SQLITE_ROW)
        row(q, b, user);
    if (rc != SQLITE_DONE)
        st = sql_fail(d, "reading");
done:
    sqlite3_finalize(q);
    return st;
}

static void row_layer(sqlite3_stmt *q, trygg__strbuf *b, void *user)
{
    const info_db *d = user;
    const char *name = col_text(q, 0, "");
    char *sql = sqlite3_mprintf("SELECT count(*) FROM \"%w\"", name);
    sqlite3_stmt *c = NULL;
    long long n = -1;
    if (sqlite3_prepare_v2(d->db, sql, -1, &c, NULL) == SQLITE_OK && sqlite3_step(c) == SQLITE_ROW)
        n = sqlite3_column_int64(c, 0);
    sqlite3_finalize(c);
    sqlite3_free(sql);
    if (n < 0)
        trygg__sb_printf(b, "  %-18s %-10s %s\n", name, col_text(q, 1, ""), _("unreadable"));
    else {
        trygg__sb_printf(b, "  %-18s %-10s ", name, col_text(q, 1, ""));
        trygg__sb_printf(b, trygg__trn("%s feature\n", "%s features\n", (unsigned long)n), NUM((double)n, 0, 9));
    }
}

typedef struct {
    long long places;
    double length;
} length_total;

/* A lighting class as the table holds it (P1..P6, "below P6"; "not assessed" from the query),
 * for people. */
static const char *class_name(const char *c)
{
    if (strcmp(c, "below P6") == 0)
        return _("below P6");
    if (strcmp(c, "not assessed") == 0)
        return _("not assessed");
    return c;
}

/* "%7lld places %12.1f m" in the run's language and number format (static buffer). */
static const char *places_length(long long places, double length_m)
{
    static _Thread_local char buf[256];
    char n[TRYGG__NUM_MAX + 16], len[TRYGG__NUM_MAX + 16];
    num(n, sizeof n, (double)places, 0, 7);
    num(len, sizeof len, length_m, 1, 12);
    snprintf(buf, sizeof buf, trygg__trn("%s place  %s m", "%s places %s m", (unsigned long)places), n, len);
    return buf;
}

static void row_lighting(sqlite3_stmt *q, trygg__strbuf *b, void *user)
{
    length_total *total = user;
    double len = sqlite3_column_double(q, 2);
    total->places += sqlite3_column_int64(q, 1);
    total->length += len;
    trygg__sb_printf(b, "  %s %s\n", LEFT(class_name(col_text(q, 0, "")), 14),
                     places_length((long long)sqlite3_column_int64(q, 1), len));
}

static void row_category(sqlite3_stmt *q, trygg__strbuf *b, void *user)
{
    (void)user;
    trygg__sb_printf(b, "  %s %s\n", LEFT(col_text(q, 0, _("(none)")), 14),
                     NUM((double)sqlite3_column_int64(q, 1), 0, 7));
}

static void row_place(sqlite3_stmt *q, trygg__strbuf *b, void *user)
{
    (void)user;
    trygg__sb_printf(b, "  %7lld  %s %s m %s  %s\n", (long long)sqlite3_column_int64(q, 0),
                     LEFT(col_text(q, 1, _("(unnamed)")), 40), NUM(sqlite3_column_double(q, 2), 0, 5),
                     NUM(sqlite3_column_double(q, 3), 1, 6), col_text(q, 4, ""));
}

static void row_evidence(sqlite3_stmt *q, trygg__strbuf *b, void *user)
{
    (void)user;
    long long n = sqlite3_column_int64(q, 2);
    char count[TRYGG__NUM_MAX + 16], len[TRYGG__NUM_MAX + 16], rate[TRYGG__NUM_MAX + 16];
    trygg__sb_printf(b, "  %7lld  %s ", (long long)sqlite3_column_int64(q, 0),
                     LEFT(col_text(q, 1, _("(unnamed)")), 40));
    trygg__sb_printf(b,
                     trygg__trn("%s report  in %s m, %s per 100 m (EB)\n", "%s reports in %s m, %s per 100 m (EB)\n",
                                (unsigned long)n),
                     num(count, sizeof count, (double)n, 0, 3), num(len, sizeof len, sqlite3_column_double(q, 3), 0, 4),
                     num(rate, sizeof rate, sqlite3_column_double(q, 4), 2, 5));
}

/* The places with most evidence of one kind: reports ranked by their empirical-Bayes rate (which
 * weighs a short place's few reports less), places shorter than min_place_m left out. */
static trygg_status ranked_evidence(const info_db *d, trygg__strbuf *b, bool littering, const char *count_sql,
                                    const char *eb_field, const char *where_name, const char *min_len)
{
    const char *at_least = NUM(strtod(min_len, NULL), decimals_of(strtod(min_len, NULL)), 0);
    trygg__sb_printf(b, "\n");
    if (littering)
        trygg__sb_printf(b, _("Most littering reports (places of at least %s m, by empirical-Bayes rate per 100 m):"),
                         at_least);
    else
        trygg__sb_printf(b,
                         _("Most vandalism and graffiti reports (places of at least %s m, by empirical-Bayes rate "
                           "per 100 m):"),
                         at_least);
    trygg__sb_printf(b, "\n");
    char *sql = sqlite3_mprintf("SELECT seg_id, %s, %s AS n, length_m, %s "
                                "FROM street_segments WHERE %s > 0 AND length_m >= %s AND %s IS NOT NULL "
                                "ORDER BY %s DESC, n DESC, seg_id LIMIT 10",
                                where_name, count_sql, eb_field, count_sql, min_len, eb_field, eb_field);
    trygg_status st = each_row(d, sql, row_evidence, b, NULL);
    sqlite3_free(sql);
    return st;
}

static void row_stretches(sqlite3_stmt *q, trygg__strbuf *b, void *user)
{
    (void)user;
    trygg__sb_printf(b, _("Dark stretches: %s, total %s m\n"), NUM((double)sqlite3_column_int64(q, 0), 0, 0),
                     NUM(sqlite3_column_double(q, 1), 1, 0));
}

static void row_measure(sqlite3_stmt *q, trygg__strbuf *b, void *user)
{
    (void)user;
    long long n = (long long)sqlite3_column_int64(q, 2);
    trygg__sb_printf(b, "  %s ", LEFT(col_text(q, 0, ""), 14));
    trygg__sb_printf(b,
                     trygg__trn("priority %d  %s measure,  %s km2  %s\n", "priority %d  %s measures, %s km2  %s\n",
                                (unsigned long)n),
                     sqlite3_column_int(q, 1), NUM((double)n, 0, 3), NUM(sqlite3_column_double(q, 3), 3, 8),
                     col_text(q, 4, ""));
}

static void row_patrol(sqlite3_stmt *q, trygg__strbuf *b, void *user)
{
    (void)user;
    char share_inc[TRYGG__NUM_MAX + 16], share_area[TRYGG__NUM_MAX + 16];
    trygg__fmt_pct(share_inc, sizeof share_inc, sqlite3_column_double(q, 2), 1);
    trygg__fmt_pct(share_area, sizeof share_area, sqlite3_column_double(q, 3), 1);
    trygg__sb_printf(b, "  %2d  ", sqlite3_column_int(q, 0));
    trygg__sb_printf(b, _("%s incidents (%s) on %s of the area, PAI %s, %s; %lld x %lld min a week\n"),
                     NUM((double)sqlite3_column_int64(q, 1), 0, 5), share_inc, share_area,
                     NUM(sqlite3_column_double(q, 4), 2, 5), col_text(q, 5, ""), (long long)sqlite3_column_int64(q, 6),
                     (long long)sqlite3_column_int64(q, 7));
}

static void row_run_info(sqlite3_stmt *q, trygg__strbuf *b, void *user)
{
    (void)user;
    const char *v = col_text(q, 1, "");
    const char *nl = strchr(v, '\n');
    if (nl) {
        /* Multi-line values (the effective configuration) are summarised, not dumped. */
        size_t lines = 1;
        for (const char *p = v; *p; p++)
            lines += *p == '\n' && p[1] != '\0';
        trygg__sb_printf(b, "  %-24s ", col_text(q, 0, ""));
        trygg__sb_printf(b, trygg__trn("(%zu line)\n", "(%zu lines)\n", lines), lines);
    } else {
        trygg__sb_printf(b, "  %-24s %s\n", col_text(q, 0, ""), v);
    }
}

trygg_status trygg_io_info(trygg_ctx *ctx, const char *gpkg_path, char **text)
{
    trygg_status st = TRYGG_OK;
    trygg__strbuf b = {0};
    info_db d = {ctx, NULL, gpkg_path};
    char *err = NULL;

    if ((st = check_header(ctx, gpkg_path)) != TRYGG_OK)
        goto done;
    if (sqlite3_open_v2(gpkg_path, &d.db, SQLITE_OPEN_READONLY, NULL) != SQLITE_OK) {
        st = sql_fail(&d, "opening");
        goto done;
    }
    sqlite3_enable_load_extension(d.db, 1);
    if (sqlite3_exec(d.db, "SELECT load_extension('mod_spatialite')", NULL, NULL, &err) != SQLITE_OK) {
        st = trygg__fail(ctx, TRYGG_E_INTERNAL, "%s: cannot load SpatiaLite (mod_spatialite): %s", gpkg_path,
                         err ? err : "unknown error");
        goto done;
    }
    sqlite3_enable_load_extension(d.db, 0);
    if (sqlite3_exec(d.db, "SELECT EnableGpkgAmphibiousMode()", NULL, NULL, NULL) != SQLITE_OK) {
        st = sql_fail(&d, "enabling GeoPackage mode");
        goto done;
    }
    /* gpkg_contents is what makes an SQLite file a GeoPackage; reading it also makes SQLite
     * read the schema, where a damaged file shows itself. */
    if (sqlite3_exec(d.db, "SELECT count(*) FROM gpkg_contents", NULL, NULL, NULL) != SQLITE_OK) {
        st = sql_fail(&d, "not a readable GeoPackage");
        goto done;
    }

    trygg__sb_printf(&b, _("trygg output %s\n\nLayers:\n"), gpkg_path);
    if ((st = each_row(&d, "SELECT table_name, data_type FROM gpkg_contents ORDER BY rowid", row_layer, &b, &d)) !=
        TRYGG_OK)
        goto done;

    if (has_table(&d, "street_segments")) {
        length_total total = {0, 0.0};
        trygg__sb_printf(&b, "\n%s\n", _("Street length by lighting class (EN 13201-2), measured with ST_Length:"));
        /* P1..P6, then "below P6", then places not assessed. */
        if ((st = each_row(&d,
                           "SELECT COALESCE(lighting_class, 'not assessed'), count(*), "
                           "COALESCE(sum(ST_Length(geom)), 0) FROM street_segments GROUP BY 1 "
                           "ORDER BY CASE WHEN lighting_class IS NULL THEN 2 WHEN lighting_class LIKE 'P%' "
                           "THEN 0 ELSE 1 END, 1",
                           row_lighting, &b, &total)) != TRYGG_OK)
            goto done;
        trygg__sb_printf(&b, "  %s %s\n", LEFT(_("total"), 14), places_length(total.places, total.length));
        /* Outputs of trygg 0.1 have no location and no places.min_place_m. */
        const char *where_name =
            trygg__sqlite_has_column(d.db, "street_segments", "location") ? "COALESCE(location, street)" : "street";
        char min_len[32] = "0";
        if (has_table(&d, "run_info")) {
            sqlite3_stmt *q = NULL;
            if (prepare(&d, "SELECT CAST(value AS REAL) FROM run_info WHERE key = 'places.min_place_m'", &q) ==
                    TRYGG_OK &&
                sqlite3_step(q) == SQLITE_ROW)
                snprintf(min_len, sizeof min_len, "%g", sqlite3_column_double(q, 0));
            sqlite3_finalize(q);
        }
        trygg__sb_printf(&b, "\n");
        trygg__sb_printf(&b,
                         _("Least safe places of at least %s m (seg_id, where, length, safety index, main factors):"),
                         NUM(strtod(min_len, NULL), decimals_of(strtod(min_len, NULL)), 0));
        trygg__sb_printf(&b, "\n");
        char *sql = sqlite3_mprintf("SELECT seg_id, %s, length_m, safety_index, top_factors FROM street_segments "
                                    "WHERE safety_index IS NOT NULL AND length_m >= %s "
                                    "ORDER BY safety_index, seg_id LIMIT 10",
                                    where_name, min_len);
        st = each_row(&d, sql, row_place, &b, NULL);
        sqlite3_free(sql);
        if (st != TRYGG_OK)
            goto done;
        if ((st = ranked_evidence(&d, &b, false, "n_vandalism + n_graffiti", "eb_vandalism", where_name,
                                  min_len)) != TRYGG_OK ||
            (st = ranked_evidence(&d, &b, true, "n_littering", "eb_littering", where_name, min_len)) != TRYGG_OK)
            goto done;
    } else {
        trygg__sb_printf(&b, "\n%s\n", _("(no street_segments layer)"));
    }

    if (has_table(&d, "incidents")) {
        trygg__sb_printf(&b, "\n%s\n", _("Incidents by category:"));
        if ((st = each_row(&d,
                           "SELECT category, count(*) FROM incidents GROUP BY category "
                           "ORDER BY count(*) DESC, category",
                           row_category, &b, NULL)) != TRYGG_OK)
            goto done;
    }

    if (has_table(&d, "dark_stretches")) {
        trygg__sb_printf(&b, "\n");
        if ((st = each_row(&d, "SELECT count(*), COALESCE(sum(ST_Length(geom)), 0) FROM dark_stretches",
                           row_stretches, &b, NULL)) != TRYGG_OK)
            goto done;
    }

    if (has_table(&d, "measures")) {
        /* ST_Area of the measures' areas: SpatiaLite measures the stored polygons. */
        trygg__sb_printf(&b, "\n%s\n", _("Proposed measures by focus area and priority (area measured with ST_Area):"));
        if ((st = each_row(&d,
                           "SELECT focus_area, priority, count(*), COALESCE(sum(ST_Area(geom)), 0) / 1e6, "
                           "group_concat(DISTINCT rule) FROM measures GROUP BY focus_area, priority "
                           "ORDER BY priority, focus_area",
                           row_measure, &b, NULL)) != TRYGG_OK)
            goto done;
    }
    if (has_table(&d, "patrol_areas")) {
        trygg__sb_printf(&b, "\n%s\n",
                         _("Patrol areas (rank, incidents captured, share of incidents and of the area, PAI, busiest "
                           "windows, visits):"));
        if ((st = each_row(&d,
                           "SELECT rank, incidents, share_incidents, share_area, pai, time_windows, visits_per_week, "
                           "visit_minutes FROM patrol_areas ORDER BY rank LIMIT 10",
                           row_patrol, &b, NULL)) != TRYGG_OK)
            goto done;
    }

    if (has_table(&d, "run_info")) {
        trygg__sb_printf(&b, "\n%s\n", _("Run:"));
        if ((st = each_row(&d, "SELECT key, value FROM run_info ORDER BY fid", row_run_info, &b, NULL)) != TRYGG_OK)
            goto done;
    }

    /* run_info of an output written before passwords were masked may hold one. */
    if (b.s) {
        char *masked = trygg_mask_secrets(b.s);
        free(b.s);
        b.s = masked;
    }
    /* Append to what the caller already holds. */
    if (*text) {
        char *joined = trygg__xasprintf("%s%s", *text, b.s);
        free(*text);
        *text = joined;
    } else {
        *text = b.s;
        b.s = NULL;
    }
done:
    sqlite3_free(err);
    if (d.db)
        sqlite3_close(d.db);
    free(b.s);
    return st;
}
