/*
 * Measure rules over hand-made output layers: each shipped rule fires on a case at its
 * threshold and not just below it; nearby features merge; evidence templates; errors.
 * The layers are written with GDAL into a scratch GeoPackage (EPSG:3006), as trygg's writer does.
 */
#include <gdal.h>
#include <ogr_api.h>
#include <ogr_srs_api.h>
#include <stdlib.h>

#include "helpers.h"
#include "plan/plan.h"
#include "trygg/config.h"

typedef struct {
    const char *wkt;
    const char *text[3];  /* values of the text fields, in order */
    double num[6];        /* values of the numeric fields, in order */
} row;

/* Add a layer: `text_fields` and `num_fields` are comma-free lists of names (NULL-terminated). */
static void add_layer(GDALDatasetH ds, const char *name, OGRwkbGeometryType type, const char *const *text_fields,
                      const char *const *num_fields, const row *rows, size_t nrows)
{
    OGRSpatialReferenceH srs = OSRNewSpatialReference(NULL);
    OSRImportFromEPSG(srs, 3006);
    OGRLayerH l = GDALDatasetCreateLayer(ds, name, srs, type, NULL);
    OSRDestroySpatialReference(srs);
    size_t nt = 0, nn = 0;
    for (; text_fields && text_fields[nt]; nt++) {
        OGRFieldDefnH f = OGR_Fld_Create(text_fields[nt], OFTString);
        OGR_L_CreateField(l, f, TRUE);
        OGR_Fld_Destroy(f);
    }
    for (; num_fields && num_fields[nn]; nn++) {
        OGRFieldDefnH f = OGR_Fld_Create(num_fields[nn], OFTReal);
        OGR_L_CreateField(l, f, TRUE);
        OGR_Fld_Destroy(f);
    }
    for (size_t r = 0; r < nrows; r++) {
        OGRFeatureH f = OGR_F_Create(OGR_L_GetLayerDefn(l));
        for (size_t t = 0; t < nt; t++)
            if (rows[r].text[t])
                OGR_F_SetFieldString(f, (int)t, rows[r].text[t]);
        for (size_t k = 0; k < nn; k++)
            OGR_F_SetFieldDouble(f, (int)(nt + k), rows[r].num[k]);
        OGRGeometryH g = NULL;
        char *wkt = (char *)rows[r].wkt;
        OGR_G_CreateFromWkt(&wkt, NULL, &g);
        OGR_F_SetGeometryDirectly(f, g);
        CU_ASSERT(OGR_L_CreateFeature(l, f) == OGRERR_NONE);
        OGR_F_Destroy(f);
    }
}

static const char *make_gpkg(const char *name)
{
    static char path[4200];
    snprintf(path, sizeof path, "%s/out.gpkg", th_tmpdir(name));
    return path;
}

static GDALDatasetH create(const char *path)
{
    return GDALCreate(GDALGetDriverByName("GPKG"), path, 0, 0, 0, GDT_Unknown, NULL);
}

/* Only the shipped rule `name`, as a config would have it. */
static void config_with_rule(trygg_config *cfg, const char *name)
{
    trygg_config_init(cfg);
    trygg_config_add_default_rules(cfg);
    size_t keep = 0;
    for (size_t i = 0; i < cfg->nrules; i++) {
        if (strcmp(cfg->rules[i].name, name) == 0) {
            trygg_measure_rule tmp = cfg->rules[keep];
            cfg->rules[keep] = cfg->rules[i];
            cfg->rules[i] = tmp;
            keep++;
        }
    }
    /* The others stay but are moved behind; drop them by freeing through a second config. */
    trygg_config rest;
    memset(&rest, 0, sizeof rest);
    rest.rules = cfg->rules + keep;
    rest.nrules = cfg->nrules - keep;
    for (size_t i = 0; i < rest.nrules; i++) {
        free(rest.rules[i].name);
        free(rest.rules[i].origin);
        free(rest.rules[i].layer);
        free(rest.rules[i].when);
        free(rest.rules[i].focus_area);
        free(rest.rules[i].measure);
        free(rest.rules[i].measure_en);
        free(rest.rules[i].responsible);
        free(rest.rules[i].priority);
        free(rest.rules[i].evidence);
        free(rest.rules[i].indicator);
        free(rest.rules[i].effect);
    }
    cfg->nrules = keep;
    cfg->default_rules = false; /* only this rule: the others are not added back */
}

static size_t count_rule(const trygg_measures *m, const char *rule)
{
    size_t n = 0;
    for (size_t i = 0; i < m->n; i++)
        n += strcmp(m->v[i].rule, rule) == 0;
    return n;
}

static void test_plan_default_rules_are_complete(void)
{
    trygg_ctx *ctx = th_ctx();
    trygg_config cfg;
    trygg_config_init(&cfg);
    trygg_config_add_default_rules(&cfg);
    TH_ASSERT_INT(cfg.nrules, 11);
    TH_ASSERT_INT(trygg_config_validate(ctx, &cfg), TRYGG_OK);
    /* all five focus areas of the Lund agreement have a shipped rule */
    static const char *const focus[] = {"trygghet", "barn_unga", "andts", "nara_relation", "aldre"};
    bool focus_seen[5] = {false};
    for (size_t i = 0; i < cfg.nrules; i++) {
        CU_ASSERT(cfg.rules[i].builtin);
        for (int k = 0; k < 5; k++)
            focus_seen[k] = focus_seen[k] || strcmp(cfg.rules[i].focus_area, focus[k]) == 0;
    }
    for (int k = 0; k < 5; k++)
        CU_ASSERT(focus_seen[k]);
    trygg_config_fini(&cfg);
    /* default_rules = false ships none. */
    trygg_config_init(&cfg);
    TH_ASSERT_INT(trygg_config_set(ctx, &cfg, "plan", "default_rules", "false", "--test"), TRYGG_OK);
    trygg_config_add_default_rules(&cfg);
    TH_ASSERT_INT(cfg.nrules, 0);
    trygg_config_fini(&cfg);
    trygg_ctx_free(ctx);
}

static void test_plan_template(void)
{
    size_t n = 0;
    char **f = trygg_plan_template_fields("{count} x, {sum:a} m, {max:b}, {min:a}", &n);
    TH_ASSERT_INT(n, 2);
    TH_ASSERT_STR(f[0], "a");
    TH_ASSERT_STR(f[1], "b");
    /* a = (31, 40.5), b = (1, NULL): sum a = 71.5, max b = 1, min a = 31, mean b = 1. */
    double vals[] = {31, 40.5, 1, NAN};
    char *s = trygg_plan_fill_template("{count} x, {sum:a} m, {max:b}, {min:a}, {mean:b}, {odd}", (const char **)f, n,
                                       vals, NULL, 2);
    TH_ASSERT_STR(s, "2 x, 71,5 m, 1, 31, 1, {odd}"); /* numbers in the run's language: Swedish */
    free(s);
    th_language("en");
    s = trygg_plan_fill_template("{count} x, {sum:a} m, {max:b}, {min:a}, {mean:b}, {odd}", (const char **)f, n, vals,
                                 NULL, 2);
    th_language("sv");
    TH_ASSERT_STR(s, "2 x, 71.5 m, 1, 31, 1, {odd}");
    free(s);
    /* {distinct:F}: two stretches sharing incidents 7, 9 and 12 count them once:
     * {3, 7, 9, 12} and {7, 9, 12, 20} -> 5 distinct, where a sum would say 8. */
    const char *ids_name[] = {"ids"};
    const char *ids[] = {"3,7,9,12", "7,9,12,20"};
    double nums[] = {4, 4};
    s = trygg_plan_fill_template("{sum:ids} summed, {distinct:ids} distinct", ids_name, 1, nums, ids, 2);
    TH_ASSERT_STR(s, "8 summed, 5 distinct");
    free(s);
    const char *none[] = {NULL, ""};
    s = trygg_plan_fill_template("{distinct:ids}", ids_name, 1, nums, none, 2);
    TH_ASSERT_STR(s, "0");
    free(s);
    for (size_t i = 0; i < n; i++)
        free(f[i]);
    free(f);
}

/* Lighting: length_m > 30 on a footway/residential street. 31 m fires, 30 m does not, a primary
 * road does not. Two footway stretches 40 m apart merge (merge_m 50); one 500 m away does not.
 * The two merged stretches have night incidents 4, 5 and 5 near them: 2 distinct incidents,
 * where the sum of night_incidents_near would say 3. */
static void test_plan_lighting_rule(void)
{
    trygg_ctx *ctx = th_ctx();
    const char *path = make_gpkg("plan_lighting");
    GDALDatasetH ds = create(path);
    const char *text[] = {"road_class", "night_incident_ids", "lighting_conflict", NULL};
    const char *num[] = {"length_m", "night_incidents_near", NULL};
    row rows[] = {
        {"LINESTRING (387000 6175000, 387031 6175000)", {"footway", "4,5"}, {31, 2}},
        {"LINESTRING (387071 6175000, 387111 6175000)", {"residential", "5"}, {40, 1}},
        {"LINESTRING (387000 6175500, 387030 6175500)", {"footway"}, {30, 5}},
        {"LINESTRING (387000 6176000, 387200 6176000)", {"primary"}, {200, 0}},
        {"LINESTRING (387600 6175000, 387650 6175000)", {NULL}, {50, 0}},
        /* tagged lit, estimated dark: the lamp data is incomplete here, no new lighting */
        {"LINESTRING (388000 6175000, 388100 6175000)", {"footway", "7,8,9", "lit_tag"}, {100, 3}},
    };
    add_layer(ds, "dark_stretches", wkbLineString, text, num, rows, 6);
    GDALClose(ds);
    trygg_config cfg;
    config_with_rule(&cfg, "lighting");
    trygg_measures m = {0};
    char *skipped = NULL;
    TH_ASSERT_INT(trygg_plan_measures(ctx, &cfg, path, &m, &skipped), TRYGG_OK);
    TH_ASSERT_INT(m.n, 2);
    if (m.n == 2) {
        /* Priority: 2 night incidents near -> 2; the lone 50 m stretch with none -> 4. */
        TH_ASSERT_INT(m.v[0].priority, 2);
        TH_ASSERT_INT(m.v[0].features, 2);
        TH_ASSERT_STR(m.v[0].source_ids, "1,2");
        /* A shipped rule's texts in the run's language (Swedish by default); measure_en in English. */
        TH_ASSERT_STR(m.v[0].evidence, "Mörka sträckor: 2, sammanlagt 71 m under mörkertröskeln; anmälningar nattetid "
                                       "inom fångstavståndet: 2");
        TH_ASSERT_STR(m.v[0].focus_area, "trygghet");
        TH_ASSERT_STR(m.v[0].measure, "Förbättra belysningen längs den mörka sträckan");
        TH_ASSERT_STR(m.v[0].measure_en, "Improve the street lighting along the dark stretch");
        TH_ASSERT_STR(m.v[0].responsible, "Kommunen: gatuavdelningen");
        TH_ASSERT_INT(m.v[1].priority, 4);
        TH_ASSERT_STR(m.v[1].source_ids, "5");
        CU_ASSERT(m.v[0].wkb != NULL && m.v[0].wkb_size > 9);
    }
    TH_ASSERT_STR(skipped, "");
    free(skipped);
    trygg_measures_fini(&m);
    /* The same rule in an English run: English texts, the same codes. */
    th_language("en");
    skipped = NULL;
    TH_ASSERT_INT(trygg_plan_measures(ctx, &cfg, path, &m, &skipped), TRYGG_OK);
    th_language("sv");
    TH_ASSERT_INT(m.n, 2);
    if (m.n == 2) {
        TH_ASSERT_STR(m.v[0].rule, "lighting");
        TH_ASSERT_STR(m.v[0].focus_area, "trygghet");
        TH_ASSERT_STR(m.v[0].measure, "Improve the street lighting along the dark stretch");
        TH_ASSERT_STR(m.v[0].responsible, "Municipality: street department");
        TH_ASSERT_STR(m.v[0].evidence, "2 dark stretch(es), 71 m below the dark threshold, 2 night incidents within "
                                       "the snap distance");
    }
    free(skipped);
    trygg_measures_fini(&m);
    trygg_config_fini(&cfg);
    trygg_ctx_free(ctx);
}

/* Debian's inih reads lines of at most INI_MAX_LINE - 1 = 199 bytes and cuts longer ones: every
 * "key = value" line of the shipped rules must fit, or a rule is silently cut short. */
static void test_plan_shipped_rule_lines_fit(void)
{
    trygg_config cfg;
    trygg_config_init(&cfg);
    trygg_config_add_default_rules(&cfg);
    CU_ASSERT(cfg.nrules >= 8);
    for (size_t i = 0; i < cfg.nrules; i++) {
        const trygg_measure_rule *r = &cfg.rules[i];
        const char *keys[] = {"layer", "when", "focus_area", "measure", "measure_en", "responsible", "priority",
                              "evidence", "indicator"};
        const char *vals[] = {r->layer,      r->when,     r->focus_area, r->measure,  r->measure_en,
                              r->responsible, r->priority, r->evidence,   r->indicator};
        for (size_t k = 0; k < sizeof keys / sizeof *keys; k++) {
            size_t len = strlen(keys[k]) + 3 + (vals[k] ? strlen(vals[k]) : 0);
            if (len >= 199)
                fprintf(stderr, "\n  [measure:%s] %s: %zu bytes\n", r->name, keys[k], len);
            CU_ASSERT(len < 199);
        }
    }
    trygg_config_fini(&cfg);
}

/* A chain of eight 100 m dark footway stretches with 10 m gaps: single linkage at 50 m would make
 * one measure of 800 m. Capped at max_measure_m = 500, the closest pairs join first (all gaps
 * equal: in fid order): 1-5 make 500 m, 6 cannot join them (600 m), 6-8 make 300 m. */
static void test_plan_measure_length_cap(void)
{
    trygg_ctx *ctx = th_ctx();
    const char *path = make_gpkg("plan_cap");
    GDALDatasetH ds = create(path);
    const char *text[] = {"road_class", "night_incident_ids", "lighting_conflict", NULL};
    const char *num[] = {"length_m", "night_incidents_near", NULL};
    row rows[8];
    char wkt[8][96];
    for (int i = 0; i < 8; i++) {
        double x0 = 387000 + 110.0 * i;
        snprintf(wkt[i], sizeof wkt[i], "LINESTRING (%.0f 6175000, %.0f 6175000)", x0, x0 + 100);
        rows[i] = (row){wkt[i], {"footway", NULL, NULL}, {100, 0}};
    }
    add_layer(ds, "dark_stretches", wkbLineString, text, num, rows, 8);
    GDALClose(ds);
    trygg_config cfg;
    config_with_rule(&cfg, "lighting");
    trygg_measures m = {0};
    char *skipped = NULL;
    TH_ASSERT_INT(trygg_plan_measures(ctx, &cfg, path, &m, &skipped), TRYGG_OK);
    TH_ASSERT_INT(m.n, 2);
    if (m.n == 2) {
        TH_ASSERT_STR(m.v[0].source_ids, "1,2,3,4,5");
        TH_ASSERT_STR(m.v[1].source_ids, "6,7,8");
        TH_ASSERT_CONTAINS(m.v[0].evidence, "500 m under");
        TH_ASSERT_CONTAINS(m.v[1].evidence, "300 m under");
    }
    free(skipped);
    trygg_measures_fini(&m);
    trygg_config_fini(&cfg);
    trygg_ctx_free(ctx);
}

/* The hotspot rules fire on hot cells of their category; other categories do not trigger them. */
static void test_plan_hotspot_rules(void)
{
    trygg_ctx *ctx = th_ctx();
    const char *path = make_gpkg("plan_hotspots");
    GDALDatasetH ds = create(path);
    const char *text[] = {"category", "confidence", NULL};
    const char *num[] = {"incidents", "pai", NULL};
    row rows[] = {
        {"POLYGON ((0 0, 100 0, 100 100, 0 100, 0 0))", {"vandalism", "hot 99 %"}, {12, 8.5}},
        {"POLYGON ((5000 0, 5100 0, 5100 100, 5000 100, 5000 0))", {"graffiti", "hot 90 %"}, {4, 3}},
        {"POLYGON ((0 5000, 100 5000, 100 5100, 0 5100, 0 5000))", {"littering", "hot 95 %"}, {7, 5}},
        {"POLYGON ((9000 0, 9100 0, 9100 100, 9000 100, 9000 0))", {"drugs", "hot 99 %"}, {9, 11}},
        {"POLYGON ((9000 9000, 9100 9000, 9100 9100, 9000 9100, 9000 9000))", {"violence", "hot 95 %"}, {6, 4}},
        {"POLYGON ((20000 0, 20100 0, 20100 100, 20000 100, 20000 0))", {"theft", "hot 99 %"}, {30, 9}},
    };
    add_layer(ds, "hotspots", wkbPolygon, text, num, rows, 6);
    GDALClose(ds);
    const char *rules[] = {"graffiti_damage", "littering", "drugs", "violence_alcohol"};
    const size_t expect[] = {2, 1, 1, 1};
    const int prio[] = {1, 3, 1, 2};
    for (size_t r = 0; r < 4; r++) {
        trygg_config cfg;
        config_with_rule(&cfg, rules[r]);
        trygg_measures m = {0};
        TH_ASSERT_INT(trygg_plan_measures(ctx, &cfg, path, &m, NULL), TRYGG_OK);
        TH_ASSERT_INT(count_rule(&m, rules[r]), expect[r]);
        if (m.n > 0)
            TH_ASSERT_INT(m.v[0].priority, prio[r]);
        trygg_measures_fini(&m);
        trygg_config_fini(&cfg);
    }
    trygg_ctx_free(ctx);
}

/* The place rules at their thresholds: night_presence n_night >= 3 and bars_150m >= 2;
 * safety_walk surveillance_share < 0.3 and vandalism_score >= 80; youth youth_300m >= 1 and
 * vandalism_score >= 90. Row 1 meets all three; row 2 is just below each threshold. */
static void test_plan_place_rules(void)
{
    trygg_ctx *ctx = th_ctx();
    const char *path = make_gpkg("plan_places");
    GDALDatasetH ds = create(path);
    const char *num[] = {"n_night", "bars_150m", "surveillance_share", "vandalism_score", "youth_300m", NULL};
    row rows[] = {
        {"LINESTRING (0 0, 100 0)", {NULL}, {3, 2, 0.29, 90, 1}},
        {"LINESTRING (0 1000, 100 1000)", {NULL}, {2, 1, 0.30, 79.99, 0}},
        {"LINESTRING (0 2000, 100 2000)", {NULL}, {3, 1, 0.5, 89.99, 1}},
    };
    add_layer(ds, "street_segments", wkbLineString, NULL, num, rows, 3);
    GDALClose(ds);
    const char *rules[] = {"night_presence", "safety_walk", "youth"};
    for (size_t r = 0; r < 3; r++) {
        trygg_config cfg;
        config_with_rule(&cfg, rules[r]);
        trygg_measures m = {0};
        TH_ASSERT_INT(trygg_plan_measures(ctx, &cfg, path, &m, NULL), TRYGG_OK);
        TH_ASSERT_INT(m.n, 1);
        if (m.n == 1)
            TH_ASSERT_STR(m.v[0].source_ids, "1");
        trygg_measures_fini(&m);
        trygg_config_fini(&cfg);
    }
    trygg_ctx_free(ctx);
}

/* A configured rule naming a field that does not exist is a config error naming the rule; a
 * shipped rule whose layer is absent is skipped and listed. */
static void test_plan_rule_errors(void)
{
    trygg_ctx *ctx = th_ctx();
    const char *path = make_gpkg("plan_errors");
    GDALDatasetH ds = create(path);
    const char *num[] = {"length_m", NULL};
    row rows[] = {{"LINESTRING (0 0, 100 0)", {NULL}, {100}}};
    add_layer(ds, "dark_stretches", wkbLineString, NULL, num, rows, 1);
    GDALClose(ds);

    trygg_config cfg;
    trygg_config_init(&cfg);
    const char *keys[][2] = {{"layer", "dark_stretches"}, {"when", "lenght_m > 30"}, {"focus_area", "trygghet"},
                             {"measure", "Belysning"},     {"responsible", "Kommunen"}, {"indicator", "x"}};
    for (size_t k = 0; k < 6; k++)
        TH_ASSERT_INT(trygg_config_set(ctx, &cfg, "measure:typo", keys[k][0], keys[k][1], "my.ini line 40"), TRYGG_OK);
    trygg_measures m = {0};
    TH_ASSERT_INT(trygg_plan_measures(ctx, &cfg, path, &m, NULL), TRYGG_E_CONFIG);
    TH_ASSERT_CONTAINS(trygg_errmsg(ctx),
                       "my.ini line 40: [measure:typo] lagret 'dark_stretches': no such column: lenght_m");
    TH_ASSERT_INT(m.n, 0);
    trygg_config_fini(&cfg);

    config_with_rule(&cfg, "littering");
    char *skipped = NULL;
    TH_ASSERT_INT(trygg_plan_measures(ctx, &cfg, path, &m, &skipped), TRYGG_OK);
    TH_ASSERT_STR(skipped, "littering: lagret 'hotspots' finns inte i utdata");
    free(skipped);
    trygg_config_fini(&cfg);

    trygg_config_init(&cfg);
    TH_ASSERT_INT(trygg_config_set(ctx, &cfg, "measure:x", "focus_area", "trygg", "my.ini line 3"), TRYGG_E_CONFIG);
    TH_ASSERT_CONTAINS(trygg_errmsg(ctx), "my.ini line 3: [measure:x] focus_area = 'trygg' är inte något av trygghet");
    TH_ASSERT_INT(trygg_config_set(ctx, &cfg, "measure:x", "layer", "hotspots", "my.ini line 4"), TRYGG_OK);
    TH_ASSERT_INT(trygg_config_validate(ctx, &cfg), TRYGG_E_CONFIG);
    TH_ASSERT_CONTAINS(trygg_errmsg(ctx), "my.ini line 4: [measure:x] saknar 'when'");
    trygg_config_fini(&cfg);
    trygg_ctx_free(ctx);
}

/* Layers for every shipped rule with enough features that the outlines of one rule are made on
 * several threads while the next rule is read: rows of dark stretches (some bent, some with a
 * lighting conflict) that chain into capped measures, street segments and hotspots. */
static void add_many_layers(const char *path)
{
    GDALDatasetH ds = create(path);
    enum { NDARK = 400, NSEG = 120, NHOT = 30 };
    static row dark[NDARK], seg[NSEG], hot[NHOT];
    static char wkt[NDARK + NSEG + NHOT][160];
    static const char *cats[] = {"vandalism", "graffiti", "littering", "drugs", "violence", "theft"};
    static const char *conf[] = {"hot 99 %", "hot 95 %", "hot 90 %"};
    for (int i = 0; i < NDARK; i++) {
        double x = 387000 + 130.0 * (i % 20), y = 6175000 + 90.0 * (i / 20) + (i % 13 == 0 ? 7000 : 0);
        if (i % 3 == 0)
            snprintf(wkt[i], sizeof wkt[i], "LINESTRING (%.1f %.1f, %.1f %.1f, %.1f %.1f)", x, y, x + 50, y + 12.5,
                     x + 100, y);
        else
            snprintf(wkt[i], sizeof wkt[i], "LINESTRING (%.1f %.1f, %.1f %.1f)", x, y, x + 100, y + (i % 5));
        dark[i] = (row){wkt[i], {i % 4 ? "footway" : "residential", i % 2 ? "4,5" : NULL, i % 11 ? NULL : "lit_tag"},
                        {100, i % 4}};
    }
    for (int i = 0; i < NSEG; i++) {
        char *w = wkt[NDARK + i];
        double x = 300000 + 60.0 * (i % 12), y = 6000000 + 45.0 * (i / 12);
        snprintf(w, sizeof wkt[0], "LINESTRING (%.1f %.1f, %.1f %.1f)", x, y, x + 40, y + 3);
        seg[i] = (row){w, {NULL}, {3 + i % 5, 2 + i % 2, 0.1 * (i % 5), 80 + i % 20, i % 2}};
    }
    for (int i = 0; i < NHOT; i++) {
        char *w = wkt[NDARK + NSEG + i];
        double x = 400000 + 150.0 * (i % 6), y = 6100000 + 150.0 * (i / 6);
        snprintf(w, sizeof wkt[0], "POLYGON ((%.1f %.1f, %.1f %.1f, %.1f %.1f, %.1f %.1f, %.1f %.1f))", x, y, x + 100, y,
                 x + 100, y + 100, x, y + 100, x, y);
        hot[i] = (row){w, {cats[i % 6], conf[i % 3]}, {5 + i, 2.5}};
    }
    const char *dtext[] = {"road_class", "night_incident_ids", "lighting_conflict", NULL};
    const char *dnum[] = {"length_m", "night_incidents_near", NULL};
    add_layer(ds, "dark_stretches", wkbLineString, dtext, dnum, dark, NDARK);
    const char *snum[] = {"n_night", "bars_150m", "surveillance_share", "vandalism_score", "youth_300m", NULL};
    add_layer(ds, "street_segments", wkbLineString, NULL, snum, seg, NSEG);
    const char *htext[] = {"category", "confidence", NULL};
    const char *hnum[] = {"incidents", "pai", NULL};
    add_layer(ds, "hotspots", wkbPolygon, htext, hnum, hot, NHOT);
    GDALClose(ds);
}

static void measures_equal(const trygg_measures *a, const trygg_measures *b)
{
    TH_ASSERT_INT(b->n, a->n);
    for (size_t i = 0; i < a->n && i < b->n; i++) {
        const trygg_measure *x = &a->v[i], *y = &b->v[i];
        TH_ASSERT_STR(y->rule, x->rule);
        TH_ASSERT_STR(y->source_ids, x->source_ids);
        TH_ASSERT_STR(y->evidence, x->evidence);
        TH_ASSERT_STR(y->measure, x->measure);
        TH_ASSERT_INT(y->priority, x->priority);
        TH_ASSERT_INT(y->features, x->features);
        TH_ASSERT_INT(y->wkb_size, x->wkb_size);
        CU_ASSERT(x->wkb && y->wkb && x->wkb_size == y->wkb_size && memcmp(x->wkb, y->wkb, x->wkb_size) == 0);
    }
}

/* The outlines of a rule are made on the other threads while the next rule is read (a pipeline):
 * with a configured rule and every shipped one, the measures (order, texts, outlines to the byte)
 * are those of one thread, for two and three threads; and a rule that fails after another's
 * outlines were started fails cleanly. */
static void test_plan_pipeline_equals_serial(void)
{
    const char *path = make_gpkg("plan_pipeline");
    add_many_layers(path);
    trygg_config cfg;
    trygg_config_init(&cfg);
    const char *keys[][2] = {{"layer", "dark_stretches"}, {"when", "length_m > 0"}, {"focus_area", "trygghet"},
                             {"measure", "Röj sly"},      {"responsible", "Kommunen"}, {"indicator", "x"},
                             {"buffer_m", "15"},          {"evidence", "{count} sträckor, {sum:length_m} m"}};
    trygg_ctx *ctx = th_ctx();
    for (size_t k = 0; k < 8; k++)
        TH_ASSERT_INT(trygg_config_set(ctx, &cfg, "measure:sly", keys[k][0], keys[k][1], "my.ini line 9"), TRYGG_OK);
    TH_ASSERT_INT(trygg_config_validate(ctx, &cfg), TRYGG_OK);
    trygg_measures serial = {0};
    char *skipped = NULL;
    trygg_ctx_set_threads(ctx, 1);
    TH_ASSERT_INT(trygg_plan_measures(ctx, &cfg, path, &serial, &skipped), TRYGG_OK);
    /* Every rule but the two on focus_areas (not in this output) made measures. */
    const char *rules[] = {"sly", "lighting", "lamp_register", "graffiti_damage", "littering", "night_presence",
                           "safety_walk", "youth", "drugs", "violence_alcohol"};
    for (size_t r = 0; r < sizeof rules / sizeof *rules; r++)
        CU_ASSERT(count_rule(&serial, rules[r]) > 0);
    CU_ASSERT(count_rule(&serial, "lighting") > 40);
    TH_ASSERT_CONTAINS(skipped, "fraud_elderly_information");
    free(skipped);
    for (int threads = 2; threads <= 3; threads++) {
        trygg_measures m = {0};
        trygg_ctx_set_threads(ctx, threads);
        TH_ASSERT_INT(trygg_plan_measures(ctx, &cfg, path, &m, NULL), TRYGG_OK);
        measures_equal(&serial, &m);
        trygg_measures_fini(&m);
    }
    trygg_measures_fini(&serial);
    /* A configured rule that fails after the first's outlines have started. */
    TH_ASSERT_INT(trygg_config_set(ctx, &cfg, "measure:typo", "layer", "dark_stretches", "my.ini line 20"), TRYGG_OK);
    TH_ASSERT_INT(trygg_config_set(ctx, &cfg, "measure:typo", "when", "lenght_m > 30", "my.ini line 21"), TRYGG_OK);
    for (size_t k = 2; k < 6; k++)
        TH_ASSERT_INT(trygg_config_set(ctx, &cfg, "measure:typo", keys[k][0], keys[k][1], "my.ini line 22"), TRYGG_OK);
    for (int threads = 1; threads <= 2; threads++) {
        trygg_measures m = {0};
        trygg_ctx_set_threads(ctx, threads);
        TH_ASSERT_INT(trygg_plan_measures(ctx, &cfg, path, &m, NULL), TRYGG_E_CONFIG);
        TH_ASSERT_CONTAINS(trygg_errmsg(ctx), "[measure:typo]");
        TH_ASSERT_INT(m.n, 0);
        trygg_measures_fini(&m);
    }
    trygg_config_fini(&cfg);
    trygg_ctx_free(ctx);
}

void test_plan_register(void)
{
    static CU_TestInfo tests[] = {
        {"default rules are complete", test_plan_default_rules_are_complete},
        {"template", test_plan_template},
        {"lighting rule", test_plan_lighting_rule},
        {"measures capped at max_measure_m", test_plan_measure_length_cap},
        {"shipped rule lines fit inih", test_plan_shipped_rule_lines_fit},
        {"hotspot rules", test_plan_hotspot_rules},
        {"place rules", test_plan_place_rules},
        {"rule errors", test_plan_rule_errors},
        {"pipeline gives the serial measures", test_plan_pipeline_equals_serial},
        CU_TEST_INFO_NULL,
    };
    th_add_suite("plan", tests);
}
