/*
 * Surroundings: natural surveillance, isovists, activity, point-of-interest kinds, the Poisson
 * regression, the score components when a layer is missing, and the OSM readers on the
 * Helsinki sample. Expected values are derived by hand in the comments.
 */
#include <math.h>
#include <stdint.h>
#include <stdlib.h>

#include "helpers.h"
#include "pipeline/surroundings.h"
#include "score/score.h"
#include "trygg/config.h"

/* An axis-aligned rectangle as a building (one closed ring, counter-clockwise). */
/* Score with a fresh context (default threads). */
static void score_places(const trygg_score_params *sp, trygg_places *ps, bool have_lamps, bool have_incidents)
{
    trygg_ctx *ctx = th_ctx();
    trygg_score_places(ctx, sp, ps, have_lamps, have_incidents);
    trygg_ctx_free(ctx);
}

static void rect(trygg_building *b, double x0, double y0, double x1, double y1)
{
    b->xy = malloc(10 * sizeof *b->xy);
    const double v[10] = {x0, y0, x1, y0, x1, y1, x0, y1, x0, y0};
    for (int i = 0; i < 10; i++)
        b->xy[i] = v[i];
    b->ring_end = malloc(sizeof *b->ring_end);
    b->ring_end[0] = 5;
    b->nrings = 1;
    b->env[0] = x0, b->env[1] = y0, b->env[2] = x1, b->env[3] = y1;
}

static void free_buildings(trygg_building *b, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        free(b[i].xy);
        free(b[i].ring_end);
    }
}

static void test_surroundings_surveillance_share(void)
{
    /* A 100 m street along the x axis; a building 40 m long (x 30-70) 5 m to its left (y 5-15).
     * Step 2 m: 50 samples at x = 1, 3, ..., 99. The perpendicular probe at x reaches y -20..20
     * and meets the building exactly when 30 <= x <= 70: x = 31, 33, ..., 69, 20 samples.
     * Share 20 / 50 = 0.4. Unwatched runs: x = 1..29 and 71..99, 15 samples of 2 m = 30 m each. */
    const double street[] = {0, 0, 100, 0};
    trygg_building b[1] = {{0}};
    rect(&b[0], 30, 5, 70, 15);
    const size_t cand[] = {0};
    double gap = -1;
    TH_ASSERT_NEAR(trygg_surveillance_share(street, 2, 2.0, 20.0, b, cand, 1, &gap), 0.4, 1e-12);
    TH_ASSERT_NEAR(gap, 30.0, 1e-9);

    /* Moved to 25 m from the street: beyond the 20 m reach, nothing is watched; the whole 100 m
     * is one gap. A building straddling the street (a passage) watches all of it. */
    free_buildings(b, 1);
    rect(&b[0], 30, 25, 70, 35);
    TH_ASSERT_NEAR(trygg_surveillance_share(street, 2, 2.0, 20.0, b, cand, 1, &gap), 0.0, 0.0);
    TH_ASSERT_NEAR(gap, 100.0, 1e-9);
    free_buildings(b, 1);
    rect(&b[0], -200, -200, 200, 200);
    TH_ASSERT_NEAR(trygg_surveillance_share(street, 2, 2.0, 20.0, b, cand, 1, &gap), 1.0, 0.0);
    TH_ASSERT_NEAR(gap, 0.0, 0.0);

    /* No candidates at all: nothing watched. */
    TH_ASSERT_NEAR(trygg_surveillance_share(street, 2, 2.0, 20.0, b, NULL, 0, &gap), 0.0, 0.0);
    free_buildings(b, 1);
}

static void test_surroundings_building_distance(void)
{
    /* Square 0-10: inside -> 0; (13, 14) -> corner (10, 10): sqrt(9 + 16) = 5; (5, -2) -> 2. */
    trygg_building b[1] = {{0}};
    rect(&b[0], 0, 0, 10, 10);
    TH_ASSERT_NEAR(trygg_building_distance(5, 5, &b[0]), 0.0, 0.0);
    TH_ASSERT_NEAR(trygg_building_distance(13, 14, &b[0]), 5.0, 1e-12);
    TH_ASSERT_NEAR(trygg_building_distance(5, -2, &b[0]), 2.0, 1e-12);
    free_buildings(b, 1);
}

static void test_surroundings_isovist_empty(void)
{
    /* No building: every ray is 100 m; the polygon of the ends is the regular 64-gon inscribed in
     * the circle, area (n / 2) r^2 sin(2 pi / n) = 32 * 10000 * sin(pi / 32)
     * = 320000 * 0.0980171403295606 = 31365.48490545939 m2. */
    trygg_isovist_rays r;
    trygg_isovist_rays_init(&r, 64, 100.0);
    double dist[64];
    TH_ASSERT_NEAR(trygg_isovist_area(&r, 1234.5, -99.0, NULL, NULL, 0, dist), 31365.48490545939, 1e-6);
    trygg_isovist_rays_fini(&r);
}

static void test_surroundings_isovist_corridor(void)
{
    /* Two buildings 600 m long with their faces 10 m apart (y = 5 and y = -5); viewpoint in the
     * middle, 8 rays of 100 m at 0, 45, ..., 315 degrees. Rays along the corridor (0, 180) run
     * the full 100 m; at 45, 135, 225, 315 they meet a face at 5 / sin 45 = 5 sqrt 2; at 90, 270
     * at 5. Area = 1/2 sin 45 * sum d_k d_k+1
     *  = 1/2 (sqrt 2 / 2) * 2 (100 * 5 sqrt 2 + 5 sqrt 2 * 5 + 5 * 5 sqrt 2 + 5 sqrt 2 * 100)
     *  = (sqrt 2 / 2) * 1050 sqrt 2 = 1050 m2. */
    trygg_building b[2] = {{0}};
    rect(&b[0], -300, 5, 300, 20);
    rect(&b[1], -300, -20, 300, -5);
    const size_t cand[] = {0, 1};
    trygg_isovist_rays r;
    trygg_isovist_rays_init(&r, 8, 100.0);
    double dist[8];
    TH_ASSERT_NEAR(trygg_isovist_area(&r, 0, 0, b, cand, 2, dist), 1050.0, 1e-9);
    TH_ASSERT_NEAR(dist[0], 100.0, 1e-12);
    TH_ASSERT_NEAR(dist[1], 5.0 * sqrt(2.0), 1e-12);
    TH_ASSERT_NEAR(dist[2], 5.0, 1e-12);
    trygg_isovist_rays_fini(&r);
    free_buildings(b, 2);
}

static void test_surroundings_isovist_corner(void)
{
    /* A corner: one building filling x 10-200, y 5-200, viewpoint at the origin, 8 rays of 100 m.
     * The 45-degree ray (t / sqrt 2, t / sqrt 2) reaches the face x = 10 at t = 10 sqrt 2 (y = 10,
     * on the face); the 0-degree ray runs along y = 0 below the building, the 90-degree ray along
     * x = 0 to its left: all other rays are 100 m. Area = 1/2 sin 45 (2 * 100 * 10 sqrt 2 + 6 *
     * 100 * 100) = (sqrt 2 / 4)(2000 sqrt 2 + 60000) = 1000 + 15000 sqrt 2 = 22213.2034 m2. */
    trygg_building b[1] = {{0}};
    rect(&b[0], 10, 5, 200, 200);
    const size_t cand[] = {0};
    trygg_isovist_rays r;
    trygg_isovist_rays_init(&r, 8, 100.0);
    double dist[8];
    TH_ASSERT_NEAR(trygg_isovist_area(&r, 0, 0, b, cand, 1, dist), 1000.0 + 15000.0 * sqrt(2.0), 1e-9);
    TH_ASSERT_NEAR(dist[1], 10.0 * sqrt(2.0), 1e-12);
    trygg_isovist_rays_fini(&r);
    free_buildings(b, 1);
}

static void test_surroundings_activity_weights(void)
{
    /* Street (0,0)-(100,0), default weights (shop 1, bar 1, transit 2, basket 0, school 1).
     * shop (50,10): 10 m -> counts 1; bar (50,-100): 100 m -> 1, bars 1; bus stop (120,0): 20 m
     * -> 2, transit 1; basket (50,5): 5 m -> 0; school (50,250): 250 m, beyond 150 but within
     * 300 -> youth 1, no activity; bar (50,200): 200 m -> nothing.
     * activity = 1 + 1 + 2 + 0 = 4. With transit weighing 5 instead: 1 + 1 + 5 = 7. */
    const double street[] = {0, 0, 100, 0};
    trygg_config cfg;
    trygg_config_init(&cfg);
    trygg_activity_params ap = {.radius_m = cfg.activity_radius_m, .youth_radius_m = cfg.youth_radius_m};
    for (int k = 0; k < TRYGG_POI_COUNT; k++)
        ap.weight[k] = cfg.activity_weight[k];
    trygg_config_fini(&cfg);
    const trygg_poi pois[] = {
        {50, 10, TRYGG_POI_SHOP, 1},          {50, -100, TRYGG_POI_BAR, 2},     {120, 0, TRYGG_POI_TRANSIT, 3},
        {50, 5, TRYGG_POI_WASTE_BASKET, 4},   {50, 250, TRYGG_POI_SCHOOL, 5},   {50, 200, TRYGG_POI_BAR, 6},
    };
    const size_t cand[] = {0, 1, 2, 3, 4, 5};
    trygg_place pl = {0};
    trygg_activity_place(&ap, street, 2, pois, cand, 6, &pl);
    TH_ASSERT_NEAR(pl.activity, 4.0, 0.0);
    TH_ASSERT_INT(pl.bars_150m, 1);
    TH_ASSERT_INT(pl.transit_150m, 1);
    TH_ASSERT_INT(pl.fast_food_150m, 0);
    TH_ASSERT_INT(pl.youth_300m, 1);
    ap.weight[TRYGG_POI_TRANSIT] = 5;
    trygg_activity_place(&ap, street, 2, pois, cand, 6, &pl);
    TH_ASSERT_NEAR(pl.activity, 7.0, 0.0);
}

static void test_surroundings_poi_kinds(void)
{
    trygg_poi_kind k;
    CU_ASSERT(trygg_poi_kind_from_tags("pub", NULL, NULL, NULL, NULL, NULL, &k) && k == TRYGG_POI_BAR);
    CU_ASSERT(trygg_poi_kind_from_tags("nightclub", NULL, NULL, NULL, NULL, NULL, &k) && k == TRYGG_POI_BAR);
    CU_ASSERT(trygg_poi_kind_from_tags(NULL, "kiosk", NULL, NULL, NULL, NULL, &k) && k == TRYGG_POI_FAST_FOOD);
    CU_ASSERT(trygg_poi_kind_from_tags(NULL, "clothes", NULL, NULL, NULL, NULL, &k) && k == TRYGG_POI_SHOP);
    CU_ASSERT(trygg_poi_kind_from_tags(NULL, NULL, NULL, "bus_stop", NULL, NULL, &k) && k == TRYGG_POI_TRANSIT);
    CU_ASSERT(trygg_poi_kind_from_tags(NULL, NULL, NULL, NULL, "tram_stop", NULL, &k) && k == TRYGG_POI_TRANSIT);
    CU_ASSERT(trygg_poi_kind_from_tags(NULL, NULL, "playground", NULL, NULL, NULL, &k) && k == TRYGG_POI_YOUTH);
    CU_ASSERT(trygg_poi_kind_from_tags(NULL, NULL, "park", NULL, NULL, NULL, &k) && k == TRYGG_POI_OTHER);
    CU_ASSERT(trygg_poi_kind_from_tags("waste_basket", NULL, NULL, NULL, NULL, NULL, &k) &&
              k == TRYGG_POI_WASTE_BASKET);
    CU_ASSERT(trygg_poi_kind_from_tags("library", NULL, NULL, NULL, NULL, NULL, &k) && k == TRYGG_POI_OTHER);
    /* Street furniture and stop positions on the road are not points of interest. */
    CU_ASSERT(!trygg_poi_kind_from_tags("bench", NULL, NULL, NULL, NULL, NULL, &k));
    CU_ASSERT(!trygg_poi_kind_from_tags(NULL, NULL, NULL, "traffic_signals", NULL, "stop_position", &k));
    CU_ASSERT(trygg_poi_kind_from_value("Pub", &k) && k == TRYGG_POI_BAR);
    CU_ASSERT(trygg_poi_kind_from_value("fast_food", &k) && k == TRYGG_POI_FAST_FOOD);
    CU_ASSERT(trygg_poi_kind_from_value("youth", &k) && k == TRYGG_POI_YOUTH);
    CU_ASSERT(!trygg_poi_kind_from_value("supermarket", &k));
}

/* ---- Poisson regression ---- */

/* SplitMix64 (Steele, Lea & Flood 2014): a fixed-seed uniform generator for the simulation. */
static uint64_t rng_state;
static double uniform(void)
{
    uint64_t z = (rng_state += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    z ^= z >> 31;
    return ((double)(z >> 11) + 0.5) / 9007199254740992.0; /* (0, 1) */
}
static double normal(void) /* Box-Muller */
{
    return sqrt(-2.0 * log(uniform())) * cos(6.283185307179586 * uniform());
}
static double poisson_draw(double mu) /* Knuth (TAOCP vol. 2, 3.4.1): fine for mu < 100 */
{
    double l = exp(-mu), p = 1.0;
    int k = 0;
    do {
        k++;
        p *= uniform();
    } while (p > l);
    return k - 1;
}

static void test_surroundings_poisson_intercept_only(void)
{
    /* Intercept only, no offset: the MLE is log(mean y) = log(10 / 4) and the information is
     * sum mu = 10, so se = 1 / sqrt 10 (McCullagh & Nelder 1989, section 6.2). */
    const double X[] = {1, 1, 1, 1}, y[] = {1, 2, 3, 4};
    double beta, se, dev;
    CU_ASSERT(trygg_poisson_fit(X, y, NULL, 4, 1, &beta, &se, &dev) > 0);
    TH_ASSERT_NEAR(beta, log(2.5), 1e-9);
    TH_ASSERT_NEAR(se, 1.0 / sqrt(10.0), 1e-9);
    /* Deviance 2 sum y log(y / 2.5): 2 (log 0.4 + 2 log 0.8 + 3 log 1.2 + 4 log 1.6) = 2.0136... */
    TH_ASSERT_NEAR(dev, 2.0 * (log(0.4) + 2 * log(0.8) + 3 * log(1.2) + 4 * log(1.6)), 1e-9);
}

static void test_surroundings_poisson_recovers(void)
{
    /* 5000 places with exposure L uniform in [0.5, 2] (offset log L), two standard-normal
     * factors, counts ~ Poisson(L exp(-1 + 0.5 x1 - 0.3 x2)), seed fixed. The expected count
     * sum is about 5000 * 1.25 * e^-1 * e^(0.125) * e^(0.045) = 2.7e3, so each coefficient's
     * standard error is about 0.02-0.03: the fit recovers (-1, 0.5, -0.3) within 0.05. */
    enum { N = 5000, P = 3 };
    double *X = malloc(N * P * sizeof *X), *y = malloc(N * sizeof *y), *off = malloc(N * sizeof *off);
    rng_state = 20240601;
    const double truth[P] = {-1.0, 0.5, -0.3};
    for (int i = 0; i < N; i++) {
        double L = 0.5 + 1.5 * uniform();
        X[i * P] = 1.0;
        X[i * P + 1] = normal();
        X[i * P + 2] = normal();
        off[i] = log(L);
        double eta = off[i] + truth[0] + truth[1] * X[i * P + 1] + truth[2] * X[i * P + 2];
        y[i] = poisson_draw(exp(eta));
    }
    double beta[P], se[P];
    CU_ASSERT(trygg_poisson_fit(X, y, off, N, P, beta, se, NULL) > 0);
    for (int k = 0; k < P; k++) {
        TH_ASSERT_NEAR(beta[k], truth[k], 0.05);
        CU_ASSERT(se[k] > 0.005 && se[k] < 0.05);
    }
    /* A factor that is a copy of another makes the information matrix singular: no fit. */
    for (int i = 0; i < N; i++)
        X[i * P + 2] = X[i * P + 1];
    CU_ASSERT(trygg_poisson_fit(X, y, off, N, P, beta, se, NULL) == 0);
    free(X);
    free(y);
    free(off);
}

/* ---- scores without buildings ---- */

static void test_surroundings_weights_renormalise(void)
{
    /* Three places with lighting and incidents, and surroundings measured, scored twice: with
     * have_buildings = false the surveillance and openness components drop out, so the scores
     * must equal those of a run whose surroundings weights for buildings are 0; they stay within
     * 0-100, and run_info says what was left out. */
    trygg_places ps = {0};
    for (int i = 0; i < 3; i++) {
        trygg_place *pl = trygg_places_push(&ps);
        pl->length_m = 50;
        pl->light_source = TRYGG_LIGHT_ESTIMATED;
        pl->lux_avg = 1.0 + 3 * i;
        pl->dark_length_m = 10.0 * i;
        pl->eb_vandalism = 2.0 - i;
        pl->eb_littering = 1.0;
        pl->surveillance_share = 0.3 * i;
        pl->unwatched_m = 40 - 15 * i;
        pl->isovist_area_m2 = 1000.0 * (3 - i);
        pl->activity = 2.0 * i;
        pl->bars_150m = i;
        pl->transit_150m = 2 - i;
        pl->fast_food_150m = 1;
        pl->nearest_basket_m = 50.0 + 100 * i;
        pl->nearest_bar_m = 100.0;
    }
    trygg_score_params sp = {
        .w_vandalism_observed = 0.6, .w_vandalism_dark = 0.4, .w_littering_observed = 1,
        .w_visibility_lighting = 1, .w_safety_vandalism = 0.4, .w_safety_littering = 0.2,
        .w_safety_visibility = 0.4, .dark_lux = 0.6, .lamp_radius_m = 25,
        .w_vandalism_surveillance = 0.15, .w_vandalism_nightlife = 0.15, .w_vandalism_transit = 0.1,
        .w_littering_fast_food = 0.2, .w_littering_transit = 0.1, .w_littering_nightlife = 0.1,
        .w_littering_baskets = 0.1, .w_visibility_surveillance = 0.4, .w_visibility_openness = 0.3,
        .w_visibility_activity = 0.3, .have_buildings = false, .have_pois = true, .activity_radius_m = 150,
        .surveillance_m = 20,
    };
    score_places(&sp, &ps, true, true);
    double first[3][4];
    for (int i = 0; i < 3; i++) {
        const trygg_place *pl = &ps.v[i];
        first[i][0] = pl->vandalism_score, first[i][1] = pl->littering_score;
        first[i][2] = pl->visibility_score, first[i][3] = pl->safety_index;
        for (int k = 0; k < 4; k++)
            CU_ASSERT(first[i][k] >= 0 && first[i][k] <= 100);
        CU_ASSERT(strstr(pl->top_factors, "fönster") == NULL);
    }
    sp.have_buildings = true;
    sp.w_vandalism_surveillance = sp.w_visibility_surveillance = sp.w_visibility_openness = 0;
    score_places(&sp, &ps, true, true);
    for (int i = 0; i < 3; i++) {
        TH_ASSERT_NEAR(ps.v[i].vandalism_score, first[i][0], 1e-12);
        TH_ASSERT_NEAR(ps.v[i].littering_score, first[i][1], 1e-12);
        TH_ASSERT_NEAR(ps.v[i].visibility_score, first[i][2], 1e-12);
        TH_ASSERT_NEAR(ps.v[i].safety_index, first[i][3], 1e-12);
    }
    /* With the buildings' weights back, place 0 (no building along 40 m) says so. Visibility of
     * place 0, by hand: lighting percentile 0 (lowest lux), surveillance 0 (lowest share),
     * openness 100 (largest isovist), activity 0: (1 * 0 + 0.4 * 0 + 0.3 * 100 + 0.3 * 0) / 2
     * = 15. */
    sp.w_vandalism_surveillance = 0.15, sp.w_visibility_surveillance = 0.4, sp.w_visibility_openness = 0.3;
    score_places(&sp, &ps, true, true);
    TH_ASSERT_NEAR(ps.v[0].visibility_score, 15.0, 1e-9);
    /* With surveillance the only component, it is the factor named, in words. */
    trygg_score_params only = {.w_vandalism_surveillance = 1, .w_safety_vandalism = 1, .have_buildings = true,
                               .surveillance_m = 20};
    score_places(&only, &ps, true, true);
    TH_ASSERT_STR(ps.v[0].top_factors, "inga fönster mot gatan på 40 m (ingen byggnad inom 20 m)");
    TH_ASSERT_STR(ps.v[2].top_factors, "inga fönster mot gatan på 10 m");
    TH_ASSERT_NEAR(ps.v[0].vandalism_score, 100.0, 1e-12); /* least watched: top percentile */

    trygg_kv kv = {0};
    trygg_surroundings_components(&kv, true, true, false, true, false);
    TH_ASSERT_STR(trygg_kv_get(&kv, "components.not_used"), "naturlig övervakning och öppenhet (inget lager "
                                                            "buildings); vikterna normaliseras om över de "
                                                            "komponenter som användes");
    TH_ASSERT_STR(trygg_kv_get(&kv, "components.visibility_score"), "belysning, aktivitet");
    trygg_surroundings_components(&kv, true, true, true, true, false);
    TH_ASSERT_STR(trygg_kv_get(&kv, "components.not_used"), "inga: alla komponenter användes");
    th_language("en");
    trygg_surroundings_components(&kv, true, true, false, true, false);
    th_language("sv");
    TH_ASSERT_CONTAINS(trygg_kv_get(&kv, "components.not_used"), "natural surveillance and openness (no buildings");
    TH_ASSERT_CONTAINS(trygg_kv_get(&kv, "components.not_used"), "renormalise");
    TH_ASSERT_STR(trygg_kv_get(&kv, "components.visibility_score"), "lighting, activity");
    trygg_kv_fini(&kv);
    trygg_places_fini(&ps);
}

static void test_surroundings_config_keys(void)
{
    /* Defaults of the keys the method notes document, and [weights] mode checked by validate. */
    trygg_ctx *ctx = th_ctx();
    trygg_config cfg;
    trygg_config_init(&cfg);
    TH_ASSERT_NEAR(cfg.surveillance_m, 20, 0);
    TH_ASSERT_NEAR(cfg.isovist_step_m, 25, 0);
    TH_ASSERT_INT(cfg.isovist_rays, 64);
    TH_ASSERT_NEAR(cfg.isovist_radius_m, 100, 0);
    TH_ASSERT_NEAR(cfg.activity_weight[TRYGG_POI_TRANSIT], 2, 0);
    TH_ASSERT_NEAR(cfg.activity_weight[TRYGG_POI_WASTE_BASKET], 0, 0);
    TH_ASSERT_STR(cfg.weights_mode, "fixed");
    CU_ASSERT(trygg_config_validate(ctx, &cfg) == TRYGG_OK);
    CU_ASSERT(trygg_config_set(ctx, &cfg, "weights", "mode", "guessed", "t.ini line 9") == TRYGG_OK);
    CU_ASSERT(trygg_config_validate(ctx, &cfg) == TRYGG_E_CONFIG);
    TH_ASSERT_CONTAINS(trygg_errmsg(ctx), "[weights] mode = 'guessed' är varken fixed eller fitted");
    CU_ASSERT(trygg_config_set(ctx, &cfg, "surroundings", "isovist_rays", "4", "t.ini line 10") == TRYGG_E_CONFIG);
    TH_ASSERT_CONTAINS(trygg_errmsg(ctx), "t.ini line 10: [surroundings] isovist_rays = 4 ligger utanför intervallet");
    CU_ASSERT(trygg_config_set(ctx, &cfg, "pois", "kind_field", "typ", "t.ini line 11") == TRYGG_OK);
    TH_ASSERT_STR(cfg.pois.field_kind, "typ");
    trygg_config_fini(&cfg);
    trygg_ctx_free(ctx);
}

/* ---- the Helsinki sample through the readers ---- */

static void test_surroundings_read_helsinki(void)
{
    /* Independent counts with GDAL's own tools on the same file:
     *   ogrinfo -ro -q -dialect sqlite -sql "SELECT COUNT(*) FROM multipolygons WHERE building IS
     *     NOT NULL AND building <> 'no'" helsinki_centre_2019.osm.pbf                    -> 494
     *   ... AND ST_NPoints(geometry) < 4 (relations cut at the extract's edge)           -> 12
     *   ogrinfo -ro -q -sql "SELECT COUNT(*) FROM points WHERE other_tags LIKE
     *     '%\"amenity\"=>\"bar\"%'" ...: bar 22, pub 49, nightclub 8; multipolygons WHERE
     *     amenity = 'pub': 2                                                          -> 81 bars
     *   waste_basket: 36 points, no areas                                             -> 36 baskets */
    trygg_ctx *ctx = th_ctx();
    trygg_config cfg;
    trygg_config_init(&cfg);
    const char *pbf = th_sample("helsinki_centre_2019.osm.pbf");
    CU_ASSERT_FATAL(trygg_config_set(ctx, &cfg, "buildings", "source", pbf, "test") == TRYGG_OK);
    CU_ASSERT_FATAL(trygg_config_set(ctx, &cfg, "pois", "source", pbf, "test") == TRYGG_OK);
    trygg_buildings b = {0};
    trygg_pois p = {0};
    trygg_input_report rb, rp;
    trygg_status s = trygg_io_read_buildings(ctx, &cfg, "EPSG:3067", &b, &rb);
    if (s != TRYGG_OK)
        fprintf(stderr, "\n  %s\n", trygg_errmsg(ctx));
    CU_ASSERT_FATAL(s == TRYGG_OK);
    TH_ASSERT_INT(rb.read, 494);
    TH_ASSERT_INT(rb.rejected, 12);
    TH_ASSERT_INT(rb.kept, 482);
    CU_ASSERT(b.n >= 482);
    /* Every kept polygon is in EPSG:3067 metres around (385 700, 6 672 000) and closed. */
    for (size_t i = 0; i < b.n; i++) {
        const trygg_building *bd = &b.v[i];
        CU_ASSERT(bd->env[0] > 384000 && bd->env[2] < 388000 && bd->env[1] > 6670000 && bd->env[3] < 6674000);
        size_t last = bd->ring_end[0] - 1;
        CU_ASSERT(bd->xy[0] == bd->xy[2 * last] && bd->xy[1] == bd->xy[2 * last + 1]);
    }
    s = trygg_io_read_pois(ctx, &cfg, "EPSG:3067", &p, &rp);
    if (s != TRYGG_OK)
        fprintf(stderr, "\n  %s\n", trygg_errmsg(ctx));
    CU_ASSERT_FATAL(s == TRYGG_OK);
    size_t kinds[TRYGG_POI_COUNT] = {0};
    for (size_t i = 0; i < p.n; i++)
        kinds[p.v[i].kind]++;
    TH_ASSERT_INT(kinds[TRYGG_POI_BAR], 81);
    TH_ASSERT_INT(kinds[TRYGG_POI_WASTE_BASKET], 36);
    TH_ASSERT_STR(rp.layer, "points+multipolygons");
    trygg_buildings_fini(&b);
    trygg_pois_fini(&p);
    trygg_input_report_fini(&rb);
    trygg_input_report_fini(&rp);
    trygg_config_fini(&cfg);
    trygg_ctx_free(ctx);
}

void test_surroundings_register(void)
{
    static CU_TestInfo tests[] = {
        {"surveillance_share", test_surroundings_surveillance_share},
        {"building_distance", test_surroundings_building_distance},
        {"isovist_empty", test_surroundings_isovist_empty},
        {"isovist_corridor", test_surroundings_isovist_corridor},
        {"isovist_corner", test_surroundings_isovist_corner},
        {"activity_weights", test_surroundings_activity_weights},
        {"poi_kinds", test_surroundings_poi_kinds},
        {"poisson_intercept_only", test_surroundings_poisson_intercept_only},
        {"poisson_recovers", test_surroundings_poisson_recovers},
        {"weights_renormalise", test_surroundings_weights_renormalise},
        {"config_keys", test_surroundings_config_keys},
        {"read_helsinki", test_surroundings_read_helsinki},
        CU_TEST_INFO_NULL,
    };
    th_add_suite("surroundings", tests);
}
