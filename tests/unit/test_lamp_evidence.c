/*
 * Lighting evidence that knows its limits (src/score/lamp_evidence.c), end to end through
 * trygg_run on a small hand-made network in SWEREF 99 TM:
 *   Lampgatan  y = 6 176 080, 300 m, lamps every 25 m on it (13 lamps): estimated lit;
 *   Ljusgatan  y = 6 176 000, 300 m, tagged lit=yes, no lamp in the data: its nearest lamps are
 *              80 m away (within coverage_m = 100 m, so it is estimated), far beyond the
 *              influence of a 6 m lamp: estimated below P6 -> conflict lit_tag;
 *   a footway  y = 6 176 150, 300 m, no lit tag, 70 m from the lamps: estimated dark with no
 *              conflict -> new lighting is proposed there.
 * Expected: the conflict layer holds Ljusgatan's three places; Ljusgatan's dark stretch gets a
 * lamp_register measure (check the register) and no lighting measure; the footway gets lighting.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "helpers.h"
#include "index/index.h"
#include "score/score.h"
#include "trygg/config.h"
#include "trygg/run.h"

#define STYLES TRYGG_SOURCE_DIR "/styles"

static const char *streets_geojson =
    "{\"type\":\"FeatureCollection\",\"crs\":{\"type\":\"name\",\"properties\":{\"name\":\"EPSG:3006\"}},"
    "\"features\":["
    "{\"type\":\"Feature\",\"properties\":{\"name\":\"Lampgatan\",\"highway\":\"residential\",\"lit\":\"yes\"},"
    "\"geometry\":{\"type\":\"LineString\",\"coordinates\":[[386000,6176080],[386300,6176080]]}},"
    "{\"type\":\"Feature\",\"properties\":{\"name\":\"Ljusgatan\",\"highway\":\"residential\",\"lit\":\"yes\"},"
    "\"geometry\":{\"type\":\"LineString\",\"coordinates\":[[386000,6176000],[386300,6176000]]}},"
    "{\"type\":\"Feature\",\"properties\":{\"name\":null,\"highway\":\"footway\",\"lit\":null},"
    "\"geometry\":{\"type\":\"LineString\",\"coordinates\":[[386000,6176150],[386300,6176150]]}}"
    "]}\n";

static void write_lamps(const char *dir)
{
    char path[4200];
    snprintf(path, sizeof path, "%s/lamps.geojson", dir);
    FILE *f = fopen(path, "w");
    CU_ASSERT_PTR_NOT_NULL_FATAL(f);
    fputs("{\"type\":\"FeatureCollection\",\"crs\":{\"type\":\"name\",\"properties\":{\"name\":\"EPSG:3006\"}},"
          "\"features\":[",
          f);
    for (int i = 0; i <= 12; i++)
        fprintf(f, "%s{\"type\":\"Feature\",\"properties\":{},\"geometry\":{\"type\":\"Point\",\"coordinates\":[%d,"
                   "6176080]}}",
                i ? "," : "", 386000 + 25 * i);
    fputs("]}\n", f);
    fclose(f);
}

static char *sql(const char *path, const char *q)
{
    char *t = th_sql_text(path, q);
    return t ? t : strdup("(null)");
}

static void test_lamp_evidence_lit_tag_conflict(void)
{
    const char *dir = th_tmpdir("lamp_evidence");
    char out[4200];
    char *streets = strdup(th_write_file(dir, "streets.geojson", streets_geojson));
    write_lamps(dir);
    char lamps[4200];
    snprintf(lamps, sizeof lamps, "%s/lamps.geojson", dir);
    snprintf(out, sizeof out, "%s/out.gpkg", dir);

    trygg_ctx *ctx = th_ctx();
    trygg_config cfg;
    trygg_config_init(&cfg);
    TH_ASSERT_INT(trygg_config_set(ctx, &cfg, "streets", "source", streets, "test"), TRYGG_OK);
    TH_ASSERT_INT(trygg_config_set(ctx, &cfg, "lamps", "source", lamps, "test"), TRYGG_OK);
    trygg_run_options opt = {.out_path = out, .styles_dir = STYLES};
    trygg_status s = trygg_run(ctx, &cfg, &opt, NULL);
    if (s != TRYGG_OK)
        fprintf(stderr, "\n  %s\n", trygg_errmsg(ctx));
    TH_ASSERT_INT(s, TRYGG_OK);

    char *t = sql(out, "SELECT count(*) || ' ' || group_concat(DISTINCT kind) FROM lighting_conflicts "
                       "WHERE location LIKE 'Ljusgatan%'");
    TH_ASSERT_STR(t, "3 lit_tag");
    free(t);
    t = sql(out, "SELECT count(*) FROM lighting_conflicts WHERE location NOT LIKE 'Ljusgatan%'");
    TH_ASSERT_STR(t, "0");
    free(t);
    t = sql(out, "SELECT group_concat(DISTINCT lighting_conflict) FROM street_segments WHERE street = 'Ljusgatan'");
    TH_ASSERT_STR(t, "lit_tag");
    free(t);
    /* Ljusgatan's dark stretch: a register check, not new lighting */
    t = sql(out, "SELECT group_concat(m.rule) FROM measures m, dark_stretches d WHERE d.street = 'Ljusgatan' "
                 "AND m.source_layer = 'dark_stretches' AND ',' || m.source_ids || ',' LIKE '%,' || d.fid || ',%'");
    TH_ASSERT_STR(t, "lamp_register");
    free(t);
    /* the untagged dark footway still gets lighting */
    t = sql(out, "SELECT group_concat(m.rule) FROM measures m, dark_stretches d WHERE d.road_class = 'footway' "
                 "AND m.source_layer = 'dark_stretches' AND ',' || m.source_ids || ',' LIKE '%,' || d.fid || ',%'");
    TH_ASSERT_STR(t, "lighting");
    free(t);
    t = sql(out, "SELECT value FROM run_info WHERE key = 'lighting.conflicts.lit_tag'");
    TH_ASSERT_STR(t, "3 platser, 300 m");
    free(t);
    /* the scores take the tag's word: Ljusgatan counts as lit, says so */
    t = sql(out, "SELECT count(*) FROM street_segments WHERE street = 'Ljusgatan' AND top_factors LIKE "
                 "'%belysningspunkterna saknas i belysningsdata%'");
    TH_ASSERT_STR(t, "3");
    free(t);

    free(streets);
    trygg_config_fini(&cfg);
    trygg_ctx_free(ctx);
}

static trygg_place *line_place(trygg_places *ps, double x0, double y, double len, int cls, int source, int lit)
{
    trygg_place *pl = trygg_places_push(ps);
    pl->xy = malloc(4 * sizeof *pl->xy);
    pl->xy[0] = x0;
    pl->xy[1] = y;
    pl->xy[2] = x0 + len;
    pl->xy[3] = y;
    pl->nv = 2;
    pl->length_m = len;
    pl->lighting_class = cls;
    pl->light_source = source;
    pl->lit = lit;
    return pl;
}

/* Register density by hand (radius 200 m, lamps on the street every 50 m from x = 0 to 350):
 *   A1..A4: 100 m places from x = 0 to 400, lit (P4). Around A1's midpoint (50, 0): lamps at
 *     x = 0..250 -> 6, street of the places with midpoints 50, 150, 250 -> 300 m: 20 per km;
 *     A2 (150): 8 lamps, 400 m -> 20; A3 (250): lamps 50..350 -> 7, 400 m -> 17.5;
 *     A4 (350): lamps 150..350 -> 5, 300 m -> 16.67.
 *   B: a 100 m place far away with no lamp near, estimated below P6, untagged: 0 per km.
 *   C: the same but tagged lit: 0 per km, conflict lit_tag (the tag decides).
 *   D: not covered by the lamp data (OSM lit=no): not estimated, no conflict, not in the median.
 * Median over the estimated places (20, 20, 17.5, 16.67, 0, 0) = (16.67 + 17.5) / 2 = 17.083;
 * B's 0 is below 0.25 x 17.083: sparse register. */
static void test_lamp_evidence_sparse_register(void)
{
    trygg_places ps = {0};
    for (int i = 0; i < 4; i++)
        line_place(&ps, 100.0 * i, 0, 100, 3, TRYGG_LIGHT_ESTIMATED, TRYGG_LIT_UNKNOWN);
    line_place(&ps, 5000, 0, 100, TRYGG_PCLASS_BELOW, TRYGG_LIGHT_ESTIMATED, TRYGG_LIT_UNKNOWN);
    line_place(&ps, 9000, 0, 100, TRYGG_PCLASS_BELOW, TRYGG_LIGHT_ESTIMATED, TRYGG_LIT_YES);
    line_place(&ps, 12000, 0, 100, TRYGG_PCLASS_NONE, TRYGG_LIGHT_OSM_LIT_NO, TRYGG_LIT_NO);
    trygg_lamps lamps = {0};
    for (int i = 0; i < 8; i++) {
        trygg_lamp *l = trygg_lamps_push(&lamps);
        l->x = 50.0 * i;
        l->y = 0;
    }
    trygg_ctx *ctx = th_ctx();
    trygg_index *idx = trygg_index_new_points(ctx, &lamps.v[0].x, lamps.n, sizeof(trygg_lamp) / sizeof(double));
    trygg_lamp_evidence_params p = {200, 0.25};
    trygg_lamp_evidence_summary sum;
    trygg_lamp_evidence(ctx, &p, &ps, &lamps, idx, &sum);
    TH_ASSERT_NEAR(ps.v[0].lamps_per_km, 20.0, 1e-9);
    TH_ASSERT_NEAR(ps.v[1].lamps_per_km, 20.0, 1e-9);
    TH_ASSERT_NEAR(ps.v[2].lamps_per_km, 17.5, 1e-9);
    TH_ASSERT_NEAR(ps.v[3].lamps_per_km, 1000.0 * 5 / 300, 1e-9);
    TH_ASSERT_NEAR(ps.v[4].lamps_per_km, 0.0, 0.0);
    TH_ASSERT_NEAR(sum.area_lamps_per_km, (17.5 + 1000.0 * 5 / 300) / 2, 1e-9);
    for (int i = 0; i < 4; i++)
        TH_ASSERT_INT(ps.v[i].light_conflict, TRYGG_CONFLICT_NONE);
    TH_ASSERT_INT(ps.v[4].light_conflict, TRYGG_CONFLICT_SPARSE_REGISTER);
    TH_ASSERT_INT(ps.v[5].light_conflict, TRYGG_CONFLICT_LIT_TAG);
    TH_ASSERT_INT(ps.v[6].light_conflict, TRYGG_CONFLICT_NONE);
    TH_ASSERT_INT(sum.places[TRYGG_CONFLICT_SPARSE_REGISTER], 1);
    TH_ASSERT_NEAR(sum.length_m[TRYGG_CONFLICT_LIT_TAG], 100, 1e-9);
    trygg_index_free(idx);
    trygg_lamps_fini(&lamps);
    trygg_places_fini(&ps);
    trygg_ctx_free(ctx);
}

void test_lamp_evidence_register(void)
{
    static CU_TestInfo tests[] = {
        {"lit tag conflict: check the register, not new lighting", test_lamp_evidence_lit_tag_conflict},
        {"sparse register by hand", test_lamp_evidence_sparse_register},
        CU_TEST_INFO_NULL,
    };
    th_add_suite("lamp_evidence", tests);
}
