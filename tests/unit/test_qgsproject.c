/*
 * The QGIS project inside the GeoPackage: stored as QGIS 3.22 stores one (table, metadata JSON,
 * hex-encoded .qgz), its layer tree, CRS, view and embedded styles, deterministic bytes, GDAL's
 * validator, error paths, and (when PyQGIS is installed) headless QGIS opening and rendering it
 * through tests/e2e/check_qgis_project.py.
 */
#define _POSIX_C_SOURCE 200809L

#include <sqlite3.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>

#include <gdal.h>
#include <minizip/unzip.h>
#include <ogr_api.h>
#include <ogr_srs_api.h>

#include "helpers.h"
#include "io/io.h"
#include "pipeline/output_layers.h"
#include "io/qgsproject.h"
#include "trygg/data.h"

#define STYLES TRYGG_SOURCE_DIR "/styles"
#define CHECKER TRYGG_SOURCE_DIR "/tests/e2e/check_qgis_project.py"

/* A small run near Lund in EPSG:3006: three places spanning x 387000..387100 and
 * y 6176000..6176100, one dark stretch, two incidents, two lamps, run_info. */
typedef struct {
    char crs[16];
    trygg_config cfg;
    trygg_streets streets;
    trygg_places places;
    trygg_dark_stretches stretches;
    trygg_incidents incidents;
    trygg_lamps lamps;
    trygg_kv run_info;
    trygg_output out;
} sample;

static double *coords(const double *xy, size_t nv)
{
    double *c = malloc(2 * nv * sizeof *c);
    memcpy(c, xy, 2 * nv * sizeof *c);
    return c;
}

static void add_place(sample *s, const double *xy, size_t street, double length, double safety)
{
    trygg_place *p = trygg_places_push(&s->places);
    p->xy = coords(xy, 2);
    p->nv = 2;
    p->street = street;
    p->length_m = length;
    p->nearest_lamp_m = p->lux_avg = p->lux_min = p->lux_uniformity = p->dark_length_m = NAN;
    p->eb_vandalism = p->eb_littering = NAN;
    p->vandalism_score = p->littering_score = p->visibility_score = NAN;
    p->safety_index = safety;
    p->lighting_class = TRYGG_PCLASS_NONE;
}

static void sample_init(sample *s)
{
    memset(s, 0, sizeof *s);
    strcpy(s->crs, "EPSG:3006");
    s->cfg.crs = s->crs;
    trygg_street *st = trygg_streets_push(&s->streets);
    st->name = strdup("Stora S\xc3\xb6" "dergatan");
    st->road_class = strdup("residential");
    st->fid = 101;
    st = trygg_streets_push(&s->streets);
    st->road_class = strdup("footway");
    st->fid = 102;

    static const double xy0[] = {387000, 6176000, 387030, 6176040};
    static const double xy1[] = {387030, 6176040, 387030, 6176100};
    static const double xy2[] = {387100, 6176000, 387100, 6176080};
    add_place(s, xy0, 0, 50, 35.5);
    add_place(s, xy1, 0, 60, 12.4);
    add_place(s, xy2, 1, 80, 80);

    trygg_dark_stretch *d = trygg_dark_stretches_push(&s->stretches);
    static const double xyd[] = {387030, 6176040, 387030, 6176070};
    d->xy = coords(xyd, 2);
    d->nv = 2;
    d->length_m = 30;
    d->lux_min = 0.2;

    trygg_incident *e = trygg_incidents_push(&s->incidents);
    e->x = 387010;
    e->y = 6176012;
    e->category = TRYGG_CAT_VANDALISM;
    e->t_utc = 1700000000;
    e->fid = 7;
    e->seg_id = 1;
    e->snap_dist_m = 2.5;
    e = trygg_incidents_push(&s->incidents);
    e->x = 387090;
    e->y = 6176050;
    e->category = TRYGG_CAT_LITTERING;
    e->t_utc = 1700003600;
    e->fid = 8;
    e->seg_id = 3;
    e->snap_dist_m = 10;

    trygg_lamp *l = trygg_lamps_push(&s->lamps);
    l->x = 387005;
    l->y = 6176010;
    l->height_m = 6;
    l->lumen = 3000;
    l->fid = 501;
    l = trygg_lamps_push(&s->lamps);
    l->x = 387095;
    l->y = 6176040;
    l->height_m = NAN;
    l->lumen = NAN;
    l->fid = 502;

    trygg_kv_set(&s->run_info, "version", "trygg %s", TRYGG_VERSION);
    s->out = (trygg_output){.cfg = &s->cfg,
                            .streets = &s->streets,
                            .places = &s->places,
                            .stretches = &s->stretches,
                            .incidents = &s->incidents,
                            .lamps = &s->lamps,
                            .run_info = &s->run_info,
                            .have_lamps = true,
                            .have_incidents = true};
}

static void sample_fini(sample *s)
{
    trygg_streets_fini(&s->streets);
    trygg_places_fini(&s->places);
    trygg_dark_stretches_fini(&s->stretches);
    trygg_incidents_fini(&s->incidents);
    trygg_lamps_fini(&s->lamps);
    trygg_kv_fini(&s->run_info);
}

static char *path_in(const char *dir, const char *name)
{
    size_t n = strlen(dir) + strlen(name) + 2;
    char *p = malloc(n);
    snprintf(p, n, "%s/%s", dir, name);
    return p;
}

/* Write the sample GeoPackage to dir/name; the path (caller frees). */
static char *write_sample(const char *dir, const char *name)
{
    sample s;
    sample_init(&s);
    trygg_ctx *ctx = th_ctx();
    char *out = path_in(dir, name);
    trygg_status st = trygg__output_write(ctx, &s.out, out, STYLES, NULL, NULL);
    if (st)
        fprintf(stderr, "\n  write %s: %s\n", out, trygg_errmsg(ctx));
    CU_ASSERT_EQUAL(st, TRYGG_OK);
    trygg_ctx_free(ctx);
    sample_fini(&s);
    return out;
}

/* Add layers the other stages write (a grid cell, a measure) and one trygg does not know,
 * with GDAL, so the layer tree can be checked with every group present. */
static void add_more_layers(const char *path)
{
    GDALAllRegister();
    GDALDatasetH ds = GDALOpenEx(path, GDAL_OF_VECTOR | GDAL_OF_UPDATE, NULL, NULL, NULL);
    CU_ASSERT_PTR_NOT_NULL_FATAL(ds);
    OGRSpatialReferenceH srs = OSRNewSpatialReference(NULL);
    OSRImportFromEPSG(srs, 3006);
    static const struct {
        const char *name;
        OGRwkbGeometryType type;
        const char *wkt;
    } more[] = {
        {"measures", wkbPoint, "POINT (387030 6176050)"},
        {"survey_routes", wkbLineString, "LINESTRING (387000 6176090,387060 6176020)"},
    };
    for (size_t i = 0; i < sizeof more / sizeof more[0]; i++) {
        OGRLayerH l = GDALDatasetCreateLayer(ds, more[i].name, srs, more[i].type, NULL);
        CU_ASSERT_PTR_NOT_NULL_FATAL(l);
        OGRFeatureH f = OGR_F_Create(OGR_L_GetLayerDefn(l));
        OGRGeometryH g = NULL;
        char *wkt = (char *)more[i].wkt;
        OGR_G_CreateFromWkt(&wkt, srs, &g);
        OGR_F_SetGeometryDirectly(f, g);
        CU_ASSERT_EQUAL(OGR_L_CreateFeature(l, f), OGRERR_NONE);
        OGR_F_Destroy(f);
    }
    OSRDestroySpatialReference(srs);
    GDALClose(ds);
}

static int hexval(char c) { return c >= 'a' ? c - 'a' + 10 : c >= 'A' ? c - 'A' + 10 : c - '0'; }

/* The stored project's .qgs text, unzipped with minizip from the hex content (caller frees);
 * *entry gets the zip entry's name and *dos the entry's date fields. */
static char *stored_qgs(const char *path, const char *name, char entry[256], tm_unz *date, int *entries)
{
    char sql[512];
    snprintf(sql, sizeof sql, "SELECT content FROM qgis_projects WHERE name = '%s'", name);
    char *hex = th_sql_text(path, sql);
    if (!hex)
        return NULL;
    size_t n = strlen(hex) / 2;
    unsigned char *zip = malloc(n);
    for (size_t i = 0; i < n; i++)
        zip[i] = (unsigned char)(hexval(hex[2 * i]) << 4 | hexval(hex[2 * i + 1]));
    free(hex);
    char *zpath = path_in(th_tmpdir("qgsproject_unzip"), "p.qgz");
    FILE *f = fopen(zpath, "wb");
    fwrite(zip, 1, n, f);
    fclose(f);
    free(zip);

    char *text = NULL;
    unzFile uz = unzOpen(zpath);
    unz_global_info gi;
    unz_file_info fi;
    if (uz && unzGetGlobalInfo(uz, &gi) == UNZ_OK && unzGoToFirstFile(uz) == UNZ_OK &&
        unzGetCurrentFileInfo(uz, &fi, entry, 256, NULL, 0, NULL, 0) == UNZ_OK && unzOpenCurrentFile(uz) == UNZ_OK) {
        *entries = (int)gi.number_entry;
        *date = fi.tmu_date;
        text = calloc(1, fi.uncompressed_size + 1);
        int got = unzReadCurrentFile(uz, text, (unsigned)fi.uncompressed_size);
        CU_ASSERT_EQUAL(got, (int)fi.uncompressed_size);
        unzCloseCurrentFile(uz);
    }
    if (uz)
        unzClose(uz);
    free(zpath);
    return text;
}

static const char *after(const char *hay, const char *needle)
{
    const char *p = hay ? strstr(hay, needle) : NULL;
    if (!p)
        fprintf(stderr, "\n  missing: %s\n", needle);
    return p;
}

static size_t count_of(const char *hay, const char *needle)
{
    size_t n = 0;
    for (const char *p = hay; p && (p = strstr(p, needle)); p += strlen(needle))
        n++;
    return n;
}

static void test_qgsproject_stored_like_qgis(void)
{
    const char *dir = th_tmpdir("qgsproject_stored");
    char *dirc = strdup(dir);
    char *out = write_sample(dirc, "work.gpkg");
    trygg_ctx *ctx = th_ctx();
    /* 1700000000 s = 19675 days + 80000 s after 1970-01-01 = 2023-11-14 22:13:20 UTC. */
    setenv("SOURCE_DATE_EPOCH", "1700000000", 1);
    trygg_status st = trygg_io_add_qgis_project(ctx, out, "final name.gpkg", "trygg", "Lund & co <test>");
    unsetenv("SOURCE_DATE_EPOCH");
    if (st)
        fprintf(stderr, "\n  %s\n", trygg_errmsg(ctx));
    TH_ASSERT_INT(st, TRYGG_OK);

    /* The table exactly as QGIS 3.22 creates it, outside gpkg_contents. */
    char *schema = th_sql_text(out, "SELECT sql FROM sqlite_master WHERE name = 'qgis_projects'");
    TH_ASSERT_STR(schema, "CREATE TABLE qgis_projects(name TEXT PRIMARY KEY, metadata BLOB, content BLOB)");
    char *reg = th_sql_text(out, "SELECT count(*) FROM gpkg_contents WHERE table_name = 'qgis_projects'");
    TH_ASSERT_STR(reg, "0");
    char *meta = th_sql_text(out, "SELECT metadata FROM qgis_projects WHERE name = 'trygg'");
    TH_ASSERT_STR(meta, "{\"last_modified_time\": \"2023-11-14T22:13:20\", \"last_modified_user\": \"trygg\" }");
    char *types = th_sql_text(out, "SELECT typeof(name) || typeof(metadata) || typeof(content) FROM qgis_projects");
    TH_ASSERT_STR(types, "texttexttext");
    /* "PK\3\4", a zip local file header, as lowercase hex. */
    char *magic = th_sql_text(out, "SELECT substr(content, 1, 8) FROM qgis_projects");
    TH_ASSERT_STR(magic, "504b0304");

    char entry[256] = "";
    tm_unz date = {0};
    int entries = 0;
    char *qgs = stored_qgs(out, "trygg", entry, &date, &entries);
    CU_ASSERT_PTR_NOT_NULL_FATAL(qgs);
    TH_ASSERT_INT(entries, 1);
    TH_ASSERT_STR(entry, "trygg.qgs");
    /* The zip's MS-DOS time: 2023-11-14 22:13:20 (even seconds are exact). */
    TH_ASSERT_INT(date.tm_year, 2023);
    TH_ASSERT_INT(date.tm_mon, 10);
    TH_ASSERT_INT(date.tm_mday, 14);
    TH_ASSERT_INT(date.tm_hour, 22);
    TH_ASSERT_INT(date.tm_min, 13);
    TH_ASSERT_INT(date.tm_sec, 20);

    TH_ASSERT_CONTAINS(qgs, "<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>\n<qgis ");
    TH_ASSERT_CONTAINS(qgs, "<title>Lund &amp; co &lt;test&gt;</title>");
    TH_ASSERT_CONTAINS(qgs, "saveDateTime=\"2023-11-14T22:13:20\"");
    /* Relative to the directory, under the name the file will have. */
    TH_ASSERT_CONTAINS(qgs, "<datasource>./final name.gpkg|layername=street_segments</datasource>");
    TH_ASSERT_CONTAINS(qgs, "<datasource>./final name.gpkg|layername=run_info</datasource>");
    TH_ASSERT_CONTAINS(qgs, "<Absolute type=\"bool\">false</Absolute>");
    TH_ASSERT_CONTAINS(qgs, "<ProjectionsEnabled type=\"int\">1</ProjectionsEnabled>");
    TH_ASSERT_CONTAINS(qgs, "<authid>EPSG:3006</authid>");
    TH_ASSERT_CONTAINS(qgs, "<provider encoding=\"UTF-8\">ogr</provider>");
    /* street_segments spans x 387000..387100, y 6176000..6176100 (the places above); a 2 %
     * margin of the larger side (100 m) is 2 m on each side. */
    TH_ASSERT_CONTAINS(qgs, "<DefaultViewExtent xmin=\"386998\" ymin=\"6175998\" xmax=\"387102\" ymax=\"6176102\">");
    TH_ASSERT_CONTAINS(qgs, "<xmin>386998</xmin>");
    /* The six styled spatial layers the writer always makes (street_segments, dark_stretches,
     * incidents, lamps, grid_cells, hotspots) carry their renderer; run_info and
     * temporal_profiles have none. */
    TH_ASSERT_INT(count_of(qgs, "<renderer-v2 "), 6);
    TH_ASSERT_INT(count_of(qgs, "<maplayer "), 8);
    TH_ASSERT_CONTAINS(qgs, "type=\"graduatedSymbol\"");
    /* Layer ids longer than 10 characters (QGIS replaces shorter ones). */
    TH_ASSERT_CONTAINS(qgs, "<id>trygg_layer_lamps</id>");
    /* Groups of present layers only, top to bottom, named in the run's language (Swedish by
     * default); layers by their titles, their sources by table name. */
    const char *g0 = after(qgs, "<layer-tree-group name=\"Brottskoncentrationer\"");
    const char *g1 = after(qgs, "<layer-tree-group name=\"Belysning\"");
    const char *g2 = after(qgs, "<layer-tree-group name=\"Grunddata\"");
    const char *g3 = after(qgs, "<layer-tree-group name=\"Ursprung\"");
    CU_ASSERT(g0 && g1 && g2 && g3 && g0 < g1 && g1 < g2 && g2 < g3);
    CU_ASSERT_PTR_NULL(strstr(qgs, "Åtgärdsplan"));
    TH_ASSERT_CONTAINS(qgs, "<layername>Gatusegment</layername>");
    TH_ASSERT_CONTAINS(qgs, "<layer-tree-layer id=\"trygg_layer_lamps\" name=\"Belysningspunkter\"");
    TH_ASSERT_CONTAINS(qgs, "<language>sv</language>");
    /* gpkg_contents: the title and description in Swedish, the table name unchanged. */
    char *contents = th_sql_text(out, "SELECT identifier || ' | ' || substr(description, 1, 24) FROM gpkg_contents "
                                      "WHERE table_name = 'street_segments'");
    TH_ASSERT_STR(contents, "Gatusegment | Gator delade i platser p");
    free(contents);

    /* Adding again replaces the row. */
    TH_ASSERT_INT(trygg_io_add_qgis_project(ctx, out, NULL, "trygg", NULL), TRYGG_OK);
    char *rows = th_sql_text(out, "SELECT count(*) || ' ' || min(name) FROM qgis_projects");
    TH_ASSERT_STR(rows, "1 trygg");
    char *qgs2 = stored_qgs(out, "trygg", entry, &date, &entries);
    TH_ASSERT_CONTAINS(qgs2, "<datasource>./work.gpkg|layername=lamps</datasource>");
    TH_ASSERT_CONTAINS(qgs2, "<title>trygg</title>");
    /* Without SOURCE_DATE_EPOCH: 1980-01-01, the earliest zip date. */
    TH_ASSERT_INT(date.tm_year, 1980);
    char *meta2 = th_sql_text(out, "SELECT metadata FROM qgis_projects");
    TH_ASSERT_CONTAINS(meta2, "\"1980-01-01T00:00:00\"");
    TH_ASSERT_INT(th_validate_gpkg(out), 0);

    free(meta2);
    free(qgs2);
    free(rows);
    free(qgs);
    free(magic);
    free(types);
    free(meta);
    free(reg);
    free(schema);
    free(out);
    free(dirc);
    trygg_ctx_free(ctx);
}

static void test_qgsproject_all_groups(void)
{
    const char *dir = th_tmpdir("qgsproject_groups");
    char *dirc = strdup(dir);
    char *out = write_sample(dirc, "out.gpkg");
    add_more_layers(out);
    trygg_ctx *ctx = th_ctx();
    TH_ASSERT_INT(trygg_io_add_qgis_project(ctx, out, NULL, "trygg", "Lund"), TRYGG_OK);
    char entry[256];
    tm_unz date;
    int entries;
    char *qgs = stored_qgs(out, "trygg", entry, &date, &entries);
    CU_ASSERT_PTR_NOT_NULL_FATAL(qgs);
    /* Swedish by default; a table trygg has no title for keeps its name. */
    static const char *const order[] = {
        "name=\"Åtgärdsplan\"",       "name=\"Åtgärder\"",         "name=\"Brottskoncentrationer\"",
        "name=\"Analysrutnät\"",      "name=\"Belysning\"",        "name=\"Mörka sträckor\"",
        "name=\"Belysningspunkter\"", "name=\"Grunddata\"",        "name=\"Gatusegment\"",
        "name=\"Anmälningar\"",       "name=\"Övriga lager\"",     "name=\"survey_routes\"",
        "name=\"Ursprung\"",          "name=\"Om körningen\"",
    };
    const char *prev = qgs;
    for (size_t i = 0; i < sizeof order / sizeof order[0]; i++) {
        const char *p = after(prev, order[i]);
        if (!p)
            fprintf(stderr, "\n  %s not found after the previous one\n", order[i]);
        CU_ASSERT_PTR_NOT_NULL(p);
        if (p)
            prev = p;
    }
    /* The same in English. */
    CU_ASSERT_EQUAL(trygg_set_language(ctx, "en"), TRYGG_OK);
    TH_ASSERT_INT(trygg_io_add_qgis_project(ctx, out, NULL, "trygg", "Lund"), TRYGG_OK);
    CU_ASSERT_EQUAL(trygg_set_language(ctx, "sv"), TRYGG_OK);
    char *en = stored_qgs(out, "trygg", entry, &date, &entries);
    CU_ASSERT_PTR_NOT_NULL_FATAL(en);
    static const char *const order_en[] = {
        "name=\"Action plan\"", "name=\"Measures\"",      "name=\"Hotspots\"",     "name=\"Analysis grid\"",
        "name=\"Lighting\"",    "name=\"Dark stretches\"", "name=\"Street lamps\"", "name=\"Base data\"",
        "name=\"Street segments\"", "name=\"Incidents\"", "name=\"Other layers\"", "name=\"survey_routes\"",
        "name=\"Provenance\"",  "name=\"About this run\"",
    };
    prev = en;
    for (size_t i = 0; i < sizeof order_en / sizeof order_en[0]; i++) {
        const char *p = after(prev, order_en[i]);
        if (!p)
            fprintf(stderr, "\n  %s not found after the previous one\n", order_en[i]);
        CU_ASSERT_PTR_NOT_NULL(p);
        if (p)
            prev = p;
    }
    TH_ASSERT_CONTAINS(en, "<language>en</language>");
    free(en);
    /* The grid is there but off until asked for. */
    const char *grid = strstr(qgs, "<layer-tree-layer id=\"trygg_layer_grid_cells\"");
    CU_ASSERT_PTR_NOT_NULL_FATAL(grid);
    const char *end = strchr(grid, '>');
    const char *unchecked = strstr(grid, "checked=\"Qt::Unchecked\"");
    CU_ASSERT(unchecked && unchecked < end);
    TH_ASSERT_INT(count_of(qgs, "Qt::Unchecked"), 1);
    TH_ASSERT_INT(th_validate_gpkg(out), 0);
    free(qgs);
    free(out);
    free(dirc);
    trygg_ctx_free(ctx);
}

static void test_qgsproject_deterministic(void)
{
    /* Two GeoPackages written from the same inputs in different places: the same project bytes. */
    char *a_dir = strdup(th_tmpdir("qgsproject_det_a"));
    char *b_dir = strdup(th_tmpdir("qgsproject_det_b"));
    char *a = write_sample(a_dir, "out.gpkg");
    char *b = write_sample(b_dir, "out.gpkg");
    trygg_ctx *ctx = th_ctx();
    setenv("SOURCE_DATE_EPOCH", "1700000000", 1);
    TH_ASSERT_INT(trygg_io_add_qgis_project(ctx, a, NULL, "trygg", "Lund"), TRYGG_OK);
    TH_ASSERT_INT(trygg_io_add_qgis_project(ctx, b, NULL, "trygg", "Lund"), TRYGG_OK);
    unsetenv("SOURCE_DATE_EPOCH");
    char *ca = th_sql_text(a, "SELECT metadata || content FROM qgis_projects");
    char *cb = th_sql_text(b, "SELECT metadata || content FROM qgis_projects");
    CU_ASSERT_PTR_NOT_NULL_FATAL(ca);
    CU_ASSERT_PTR_NOT_NULL_FATAL(cb);
    CU_ASSERT_STRING_EQUAL(ca, cb);
    free(ca);
    free(cb);
    free(a);
    free(b);
    free(a_dir);
    free(b_dir);
    trygg_ctx_free(ctx);
}

static void test_qgsproject_errors(void)
{
    const char *dir = th_tmpdir("qgsproject_errors");
    char *dirc = strdup(dir);
    trygg_ctx *ctx = th_ctx();

    char *missing = path_in(dirc, "missing.gpkg");
    TH_ASSERT_INT(trygg_io_add_qgis_project(ctx, missing, NULL, "trygg", NULL), TRYGG_E_OPEN);
    TH_ASSERT_CONTAINS(trygg_errmsg(ctx), missing);
    struct stat sb;
    CU_ASSERT(stat(missing, &sb) != 0); /* not created */

    char *plain = strdup(th_write_file(dirc, "plain.gpkg", "name,x,y\n1,2,3\n"));
    TH_ASSERT_INT(trygg_io_add_qgis_project(ctx, plain, NULL, "trygg", NULL), TRYGG_E_OPEN);
    TH_ASSERT_CONTAINS(trygg_errmsg(ctx), plain);

    char *out = write_sample(dirc, "out.gpkg");
    TH_ASSERT_INT(trygg_io_add_qgis_project(ctx, out, NULL, "", NULL), TRYGG_E_USAGE);
    TH_ASSERT_CONTAINS(trygg_errmsg(ctx), "project name");
    TH_ASSERT_INT(trygg_io_add_qgis_project(ctx, out, "sub/out.gpkg", "trygg", NULL), TRYGG_E_USAGE);
    TH_ASSERT_CONTAINS(trygg_errmsg(ctx), "sub/out.gpkg");
    setenv("SOURCE_DATE_EPOCH", "yesterday", 1);
    TH_ASSERT_INT(trygg_io_add_qgis_project(ctx, out, NULL, "trygg", NULL), TRYGG_E_USAGE);
    unsetenv("SOURCE_DATE_EPOCH");
    TH_ASSERT_CONTAINS(trygg_errmsg(ctx), "SOURCE_DATE_EPOCH 'yesterday'");

    /* A default style that is not QML fails naming the layer, and leaves the project the writer
     * stored unchanged. */
    char *before = th_sql_text(out, "SELECT hex(content) FROM qgis_projects");
    sqlite3 *db = NULL;
    CU_ASSERT_EQUAL(sqlite3_open(out, &db), SQLITE_OK);
    CU_ASSERT_EQUAL(sqlite3_exec(db, "UPDATE layer_styles SET styleQML = '<qgis><broken' WHERE f_table_name = 'lamps'",
                                 NULL, NULL, NULL),
                    SQLITE_OK);
    sqlite3_close(db);
    TH_ASSERT_INT(trygg_io_add_qgis_project(ctx, out, NULL, "trygg", NULL), TRYGG_E_DATA);
    TH_ASSERT_CONTAINS(trygg_errmsg(ctx), "standardstilen för lamps är inte QGIS QML");
    char *after_fail = th_sql_text(out, "SELECT hex(content) FROM qgis_projects");
    TH_ASSERT_STR(after_fail, before);

    free(before);
    free(after_fail);
    free(out);
    free(plain);
    free(missing);
    free(dirc);
    trygg_ctx_free(ctx);
}

/* Headless QGIS opens the project, lists and validates every layer, checks groups, CRS, view
 * and styles, renders it, and opens a moved copy (tests/e2e/check_qgis_project.py). */
static void test_qgsproject_opens_in_qgis(void)
{
    const char *dir = th_tmpdir("qgsproject_qgis");
    char *dirc = strdup(dir);
    char *out = write_sample(dirc, "out.gpkg");
    add_more_layers(out);
    trygg_ctx *ctx = th_ctx();
    TH_ASSERT_INT(trygg_io_add_qgis_project(ctx, out, NULL, TRYGG_QGIS_PROJECT_NAME, "trygg test"), TRYGG_OK);
    TH_ASSERT_INT(th_validate_gpkg(out), 0);
    char cmd[16384];
    snprintf(cmd, sizeof cmd,
             "QT_QPA_PLATFORM=offscreen /usr/bin/python3 '%s' '%s' '%s' '%s/render.png' > '%s/qgis.txt' 2>&1",
             CHECKER, out, TRYGG_QGIS_PROJECT_NAME, dirc, dirc);
    int rc = system(cmd);
    int code = WIFEXITED(rc) ? WEXITSTATUS(rc) : -1;
    if (code == 77) {
        fprintf(stderr, "\n  (PyQGIS not installed: QGIS check skipped)\n");
    } else {
        if (code != 0)
            fprintf(stderr, "\n  QGIS check failed, see %s/qgis.txt\n", dirc);
        TH_ASSERT_INT(code, 0);
    }
    free(out);
    free(dirc);
    trygg_ctx_free(ctx);
}

void test_qgsproject_register(void)
{
    static CU_TestInfo tests[] = {
        {"stored as QGIS stores it", test_qgsproject_stored_like_qgis},
        {"groups and order with every layer", test_qgsproject_all_groups},
        {"same inputs give the same bytes", test_qgsproject_deterministic},
        {"errors leave the file unchanged", test_qgsproject_errors},
        {"QGIS opens, validates and renders it", test_qgsproject_opens_in_qgis},
        CU_TEST_INFO_NULL,
    };
    th_add_suite("qgsproject", tests);
}
