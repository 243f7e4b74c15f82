#include <stdlib.h>
#include <string.h>

#include "helpers.h"
#include "score/score.h"
#include "trygg/data.h"

/* All weights 1, so every renormalised mean below is a plain mean. */
/* Score with a fresh context (default threads). */
static void score_places(const trygg_score_params *sp, trygg_places *ps, bool have_lamps, bool have_incidents)
{
    trygg_ctx *ctx = th_ctx();
    trygg_score_places(ctx, sp, ps, have_lamps, have_incidents);
    trygg_ctx_free(ctx);
}

static const trygg_score_params unit_weights = {
    .w_vandalism_observed = 1,
    .w_vandalism_dark = 1,
    .w_littering_observed = 1,
    .w_visibility_lighting = 1,
    .w_safety_vandalism = 1,
    .w_safety_littering = 1,
    .w_safety_visibility = 1,
    .dark_lux = 0.6,
    .lamp_radius_m = 25,
};

static void test_scores_percentile_ties(void)
{
    /* Non-NAN values sorted: 5, 10, 20, 20, 40 (N = 5, N - 1 = 4).
     * 5: less 0 -> 0; 10: less 1 -> 25; 20: less 2, equal 2 -> 100 * (2 + 0.5) / 4 = 62.5;
     * 40: less 4 -> 100; NAN stays NAN. */
    const double v[] = {10, 20, 20, NAN, 40, 5};
    double out[6];
    trygg_percentile_ranks(v, 6, out);
    TH_ASSERT_NEAR(out[0], 25.0, 1e-12);
    TH_ASSERT_NEAR(out[1], 62.5, 1e-12);
    TH_ASSERT_NEAR(out[2], 62.5, 1e-12);
    CU_ASSERT(isnan(out[3]));
    TH_ASSERT_NEAR(out[4], 100.0, 1e-12);
    TH_ASSERT_NEAR(out[5], 0.0, 1e-12);

    /* One value, or all equal: 50. */
    const double one[] = {NAN, 3.0}, same[] = {7, 7, 7};
    trygg_percentile_ranks(one, 2, out);
    TH_ASSERT_NEAR(out[1], 50.0, 0.0);
    trygg_percentile_ranks(same, 3, out);
    TH_ASSERT_NEAR(out[0], 50.0, 0.0);
    TH_ASSERT_NEAR(out[2], 50.0, 0.0);
}

static void test_scores_combine_renormalises(void)
{
    /* Weights 2 (a) and 1 (b); c has weight 0 and never counts.
     * place 0: (2*80 + 1*20) / 3 = 60; place 1: a absent -> b alone = 50; place 2: none -> NAN. */
    const double a[] = {80, NAN, NAN}, b[] = {20, 50, NAN}, c[] = {0, 0, 0};
    const trygg_component comps[] = {{"a", 2.0, a}, {"b", 1.0, b}, {"c", 0.0, c}};
    double out[3];
    trygg_combine(comps, 3, 3, out);
    TH_ASSERT_NEAR(out[0], 60.0, 1e-12);
    TH_ASSERT_NEAR(out[1], 50.0, 1e-12);
    CU_ASSERT(isnan(out[2]));
}

static trygg_place *add_place(trygg_places *ps, double length_m)
{
    trygg_place *pl = trygg_places_push(ps);
    pl->length_m = length_m;
    pl->light_source = TRYGG_LIGHT_NOT_ASSESSED;
    pl->lux_avg = pl->lux_min = pl->lux_uniformity = pl->nearest_lamp_m = pl->dark_length_m = NAN;
    pl->lighting_class = TRYGG_PCLASS_NONE;
    pl->eb_vandalism = pl->eb_littering = NAN;
    return pl;
}

static void test_scores_incidents_without_lamps(void)
{
    /* Three 100 m places, no lamp layer. eb_vandalism 0.5, 1.0, 2.0 -> percentiles 0, 50, 100;
     * eb_littering 0.2, 0.2, 0.1 -> 75, 75 (less 1, equal 2: (1 + 0.5)/2) and 0.
     * vandalism_score = 0, 50, 100; littering_score = 75, 75, 0; visibility absent -> 50.
     * safety = mean(100 - vandalism, 100 - littering) = (100 + 25)/2 = 62.5, (50 + 25)/2 = 37.5,
     * (0 + 100)/2 = 50.
     * Pull on the index (each component is its score's only one, each score half the index):
     * place 0: vandalism -(0 - 50)/2 = +25, littering -(75 - 50)/2 = -12.5 -> vandalism first;
     * place 2: -25 and +25 tie -> table order, vandalism first.
     * Words: place 0's littering rate 0.2 is above 1 of the 2 other places (0 for no report) ->
     * "more than 50 %"; a place with no report says just that. */
    trygg_places ps = {0};
    const double ev[] = {0.5, 1.0, 2.0}, el[] = {0.2, 0.2, 0.1};
    const unsigned nv[] = {0, 1, 3}, ng[] = {0, 0, 1}, nl[] = {1, 1, 0};
    for (int i = 0; i < 3; i++) {
        trygg_place *pl = add_place(&ps, 100.0);
        pl->eb_vandalism = ev[i];
        pl->eb_littering = el[i];
        pl->n_cat[TRYGG_CAT_VANDALISM] = nv[i];
        pl->n_cat[TRYGG_CAT_GRAFFITI] = ng[i];
        pl->n_cat[TRYGG_CAT_LITTERING] = nl[i];
    }
    score_places(&unit_weights, &ps, false, true);
    TH_ASSERT_NEAR(ps.v[0].vandalism_score, 0.0, 1e-9);
    TH_ASSERT_NEAR(ps.v[1].vandalism_score, 50.0, 1e-9);
    TH_ASSERT_NEAR(ps.v[2].vandalism_score, 100.0, 1e-9);
    TH_ASSERT_NEAR(ps.v[0].littering_score, 75.0, 1e-9);
    TH_ASSERT_NEAR(ps.v[2].littering_score, 0.0, 1e-9);
    TH_ASSERT_NEAR(ps.v[1].visibility_score, 50.0, 0.0);
    TH_ASSERT_NEAR(ps.v[0].safety_index, 62.5, 1e-9);
    TH_ASSERT_NEAR(ps.v[1].safety_index, 37.5, 1e-9);
    TH_ASSERT_NEAR(ps.v[2].safety_index, 50.0, 1e-9);
    /* In Swedish, the default language: decimal comma, a no-break space before the percent sign. */
    TH_ASSERT_STR(ps.v[0].top_factors, "inga anmälningar om skadegörelse/klotter; "
                                       "1 anmälan om nedskräpning (0,2 per 100 m, mer än 50\u00a0% av platserna); "
                                       "belysningen inte bedömd (inget lager med belysningspunkter)");
    TH_ASSERT_STR(ps.v[2].top_factors, "4 anmälningar om skadegörelse/klotter (2,0 per 100 m, mer än alla andra "
                                       "platser); inga anmälningar om nedskräpning; "
                                       "belysningen inte bedömd (inget lager med belysningspunkter)");
    for (int i = 0; i < 3; i++)
        TH_ASSERT_CONTAINS(ps.v[i].top_factors, "belysningen inte bedömd");
    /* The same places scored in an English run. */
    th_language("en");
    score_places(&unit_weights, &ps, false, true);
    th_language("sv");
    TH_ASSERT_NEAR(ps.v[0].safety_index, 62.5, 1e-9);
    TH_ASSERT_STR(ps.v[0].top_factors, "no vandalism/graffiti reports; "
                                       "1 littering report (0.2 per 100 m, more than 50% of places); "
                                       "lighting not assessed (no lamp layer)");
    TH_ASSERT_STR(ps.v[2].top_factors, "4 vandalism/graffiti reports (2.0 per 100 m, more than any other place); "
                                       "no littering reports; "
                                       "lighting not assessed (no lamp layer)");
    trygg_places_fini(&ps);
}

/* A skewed table: four 100 m places with 0, 0, 1 and 8 vandalism reports, and a 10 m place with
 * none. Exposure in units of 100 m: 1, 1, 1, 1, 0.1 (sum 4.1, k = 5). By hand (Marshall 1991):
 *   m = 9 / 4.1 = 2.1951220; s2 = [2 * 1 * m^2 + (1 - m)^2 + (8 - m)^2 + 0.1 * m^2] / 4.1 = 11.035098;
 *   A = s2 - m / (4.1 / 5) = 8.3581202;
 *   100 m, 0 reports: w = A / (A + m) = 0.7919955, EB = (1 - w) m = 0.4565953;
 *   100 m, 1 report: EB = w + 0.4565953 = 1.2485908; 8 reports: 8 w + 0.4565953 = 6.7925592;
 *   10 m, 0 reports: w = A / (A + 10 m) = 0.2757605, EB = (1 - w) m = 1.5897939.
 * Ranked on the EB rates, the 10 m place with no report would stand above the place with a
 * report (1.59 > 1.25): percentile 100 * 3 / 4 = 75. With report-free places tied at 0 at the
 * bottom: the three report-free places have mid-rank 100 * (0 + 1) / 4 = 25, the place with one
 * report 75, the one with eight 100. */
static void test_scores_no_reports_never_above_median(void)
{
    const double counts[] = {0, 0, 1, 8, 0}, exposure[] = {1, 1, 1, 1, 0.1};
    double eb[5];
    trygg_eb_rates(counts, exposure, 5, eb);
    TH_ASSERT_NEAR(eb[0], 0.4565953, 1e-7);
    TH_ASSERT_NEAR(eb[2], 1.2485908, 1e-7);
    TH_ASSERT_NEAR(eb[3], 6.7925592, 1e-7);
    TH_ASSERT_NEAR(eb[4], 1.5897939, 1e-7);
    trygg_places ps = {0};
    for (int i = 0; i < 5; i++) {
        trygg_place *pl = add_place(&ps, exposure[i] * 100.0);
        pl->eb_vandalism = eb[i];
        pl->eb_littering = 0.0;
        pl->n_cat[TRYGG_CAT_VANDALISM] = (unsigned)counts[i];
    }
    trygg_score_params sp = unit_weights;
    sp.w_littering_observed = 0;
    score_places(&sp, &ps, false, true);
    TH_ASSERT_NEAR(ps.v[0].vandalism_score, 25.0, 1e-9);
    TH_ASSERT_NEAR(ps.v[1].vandalism_score, 25.0, 1e-9);
    TH_ASSERT_NEAR(ps.v[4].vandalism_score, 25.0, 1e-9);
    TH_ASSERT_NEAR(ps.v[2].vandalism_score, 75.0, 1e-9);
    TH_ASSERT_NEAR(ps.v[3].vandalism_score, 100.0, 1e-9);
    for (size_t i = 0; i < ps.n; i++)
        if (ps.v[i].n_cat[TRYGG_CAT_VANDALISM] == 0)
            CU_ASSERT(ps.v[i].vandalism_score <= 50.0);
    TH_ASSERT_CONTAINS(ps.v[4].top_factors, "inga anmälningar om skadegörelse/klotter");
    CU_ASSERT(strstr(ps.v[4].top_factors, "% av platserna") == NULL);
    trygg_places_fini(&ps);
}

static void test_scores_lighting_without_incidents(void)
{
    /* Five 100 m places with a lamp layer, no incident data:
     *   0 estimated 10 lux avg (min 4, P2), nothing dark, 3 lamps near
     *   1 estimated 1.0 lux (min 0.4, below P6), 20 m dark
     *   2 estimated 0.2 lux (min 0.1, below P6), 100 m dark, no lamp within 25 m, nearest 62 m
     *   3 OSM lit=yes, 4 OSM lit=no.
     * Median lit lux (estimated places with avg >= 0.6): median of 10 and 1 = 5.5 for place 3.
     * Lux 10, 1, 0.2, 5.5, 0 -> percentiles 100, 50, 25, 75, 0 = visibility_score.
     * Dark share 0, 0.2, 1, 0 (lit=yes), 1 (lit=no) -> sorted 0, 0, 0.2, 1, 1:
     *   0 -> (0 + 0.5)/4 = 12.5, 0.2 -> 50, 1 -> (3 + 0.5)/4 = 87.5 = vandalism_score.
     * Littering absent -> 50. safety = mean(100 - vandalism, visibility):
     *   (87.5 + 100)/2 = 93.75, (50 + 50)/2 = 50, (12.5 + 25)/2 = 18.75, (87.5 + 75)/2 = 81.25,
     *   (12.5 + 0)/2 = 6.25.
     * Pulls: place 0 lighting +25, dark +18.75; place 1 both 0 (table order: dark first);
     * place 2 dark -18.75, lighting -12.5; place 4 lighting -25, dark -18.75, both saying the
     * same words, said once. */
    trygg_places ps = {0};
    const double lux[] = {10, 1.0, 0.2}, mn[] = {4, 0.4, 0.1}, dark[] = {0, 20, 100}, nearest[] = {5, 8, 62};
    const int near[] = {3, 2, 0};
    for (int i = 0; i < 3; i++) {
        trygg_place *pl = add_place(&ps, 100.0);
        pl->light_source = TRYGG_LIGHT_ESTIMATED;
        pl->lux_avg = lux[i];
        pl->lux_min = mn[i];
        pl->lux_uniformity = mn[i] / lux[i];
        pl->lighting_class = trygg_lighting_class(lux[i], mn[i]);
        pl->dark_length_m = dark[i];
        pl->lamps_near = near[i];
        pl->nearest_lamp_m = nearest[i];
    }
    add_place(&ps, 100.0)->light_source = TRYGG_LIGHT_OSM_LIT_YES;
    add_place(&ps, 100.0)->light_source = TRYGG_LIGHT_OSM_LIT_NO;
    score_places(&unit_weights, &ps, true, false);

    const double vis[] = {100, 50, 25, 75, 0}, vand[] = {12.5, 50, 87.5, 12.5, 87.5};
    const double safety[] = {93.75, 50, 18.75, 81.25, 6.25};
    for (int i = 0; i < 5; i++) {
        TH_ASSERT_NEAR(ps.v[i].visibility_score, vis[i], 1e-9);
        TH_ASSERT_NEAR(ps.v[i].vandalism_score, vand[i], 1e-9);
        TH_ASSERT_NEAR(ps.v[i].littering_score, 50.0, 0.0);
        TH_ASSERT_NEAR(ps.v[i].safety_index, safety[i], 1e-9);
        TH_ASSERT_CONTAINS(ps.v[i].top_factors, "inga händelsedata");
    }
    TH_ASSERT_STR(ps.v[0].top_factors,
                  "väl belyst: 10,0 lux i medel (P2); ingen mörk sträcka: alla 100 m har 0,6 lux eller mer; "
                  "inga händelsedata");
    TH_ASSERT_STR(ps.v[1].top_factors,
                  "mörkt: 20 av 100 m under 0,6 lux; dåligt belyst: 1,0 lux i medel, 0,4 lägst (under P6); "
                  "inga händelsedata");
    TH_ASSERT_STR(ps.v[2].top_factors, "mörkt: 100 av 100 m under 0,6 lux; dåligt belyst: 0,2 lux i medel, 0,1 lägst "
                                       "(under P6), ingen belysningspunkt inom 25 m (närmaste 62 m); "
                                       "inga händelsedata");
    TH_ASSERT_STR(ps.v[3].top_factors, "belyst (OSM lit=yes, inga belysningsdata); inga händelsedata");
    TH_ASSERT_STR(ps.v[4].top_factors, "obelyst (OSM lit=no); inga händelsedata");
    th_language("en");
    score_places(&unit_weights, &ps, true, false);
    th_language("sv");
    TH_ASSERT_STR(ps.v[0].top_factors,
                  "well lit: 10.0 lux average (P2); no dark stretch: all 100 m at 0.6 lux or more; no incident data");
    TH_ASSERT_STR(ps.v[1].top_factors,
                  "dark: 20 of 100 m below 0.6 lux; poorly lit: 1.0 lux average, 0.4 minimum (below P6); "
                  "no incident data");
    TH_ASSERT_STR(ps.v[2].top_factors, "dark: 100 of 100 m below 0.6 lux; poorly lit: 0.2 lux average, 0.1 minimum "
                                       "(below P6), no lamp within 25 m (nearest 62 m); no incident data");
    TH_ASSERT_STR(ps.v[3].top_factors, "lit (OSM lit=yes, no lamp data); no incident data");
    TH_ASSERT_STR(ps.v[4].top_factors, "not lit (OSM lit=no); no incident data");
    trygg_places_fini(&ps);
}

static void test_scores_nothing_to_score(void)
{
    /* Neither lamps nor incidents: every score is the neutral 50 and the words say why. */
    trygg_places ps = {0};
    add_place(&ps, 50.0);
    add_place(&ps, 80.0);
    score_places(&unit_weights, &ps, false, false);
    for (int i = 0; i < 2; i++) {
        TH_ASSERT_NEAR(ps.v[i].safety_index, 50.0, 0.0);
        TH_ASSERT_NEAR(ps.v[i].vandalism_score, 50.0, 0.0);
        TH_ASSERT_NEAR(ps.v[i].visibility_score, 50.0, 0.0);
        TH_ASSERT_STR(ps.v[i].top_factors, "inget uppmätt här: neutral 50; belysningen inte bedömd (inget lager med "
                                           "belysningspunkter); inga händelsedata");
    }
    trygg_places_fini(&ps);
}

static char *copy_text(const char *t)
{
    if (!t)
        return NULL;
    char *c = malloc(strlen(t) + 1);
    strcpy(c, t);
    return c;
}

static void test_scores_always_in_range(void)
{
    /* 2000 places with mixed light sources (including no data and NAN figures) and skewed,
     * tied incident rates, unequal weights: every score lies in 0-100, none is NAN, every place
     * has words, and a second run on two threads gives the same result to the bit as the first
     * on one (2000 places are enough for the work to be split). */
    trygg_score_params sp = unit_weights;
    sp.w_vandalism_observed = 3;
    sp.w_littering_observed = 0.5;
    sp.w_safety_visibility = 2;
    trygg_places ps = {0};
    uint32_t s = 12345;
    for (int i = 0; i < 2000; i++) {
        trygg_place *pl = add_place(&ps, 10.0 + i % 90);
        s = s * 1664525u + 1013904223u;
        int kind = (int)(s >> 28) % 5;
        pl->light_source = kind == 0   ? TRYGG_LIGHT_OSM_LIT_YES
                           : kind == 1 ? TRYGG_LIGHT_OSM_LIT_NO
                           : kind == 2 ? TRYGG_LIGHT_NO_DATA
                                       : TRYGG_LIGHT_ESTIMATED;
        if (pl->light_source == TRYGG_LIGHT_ESTIMATED) {
            pl->lux_avg = (double)(s % 2000) / 100.0;
            pl->lux_min = pl->lux_avg / 4.0;
            pl->lighting_class = trygg_lighting_class(pl->lux_avg, pl->lux_min);
            pl->dark_length_m = pl->length_m * (double)(s % 7) / 6.0;
            pl->lamps_near = (int)(s % 3);
            pl->nearest_lamp_m = (double)(s % 50);
        }
        pl->n_cat[TRYGG_CAT_VANDALISM] = (s >> 8) % 4 == 0 ? (s >> 10) % 9 : 0;
        pl->eb_vandalism = pl->n_cat[TRYGG_CAT_VANDALISM] * 100.0 / pl->length_m;
        pl->eb_littering = (s >> 12) % 3 == 0 ? 1.0 : 0.0;
    }
    trygg_ctx *ctx = th_ctx();
    trygg_ctx_set_threads(ctx, 1);
    trygg_score_places(ctx, &sp, &ps, true, true);
    char **first = calloc(ps.n, sizeof *first);
    double *fv = calloc(4 * ps.n, sizeof *fv);
    size_t bad = 0;
    for (size_t i = 0; i < ps.n; i++) {
        const trygg_place *pl = &ps.v[i];
        const double v[] = {pl->vandalism_score, pl->littering_score, pl->visibility_score, pl->safety_index};
        for (int k = 0; k < 4; k++) {
            bad += !(v[k] >= 0.0 && v[k] <= 100.0);
            fv[4 * i + (size_t)k] = v[k];
        }
        bad += !pl->top_factors || !*pl->top_factors;
        first[i] = copy_text(pl->top_factors);
    }
    TH_ASSERT_INT(bad, 0);
    trygg_ctx_set_threads(ctx, 2);
    trygg_score_places(ctx, &sp, &ps, true, true);
    size_t differ = 0;
    for (size_t i = 0; i < ps.n; i++) {
        const trygg_place *pl = &ps.v[i];
        const double v[] = {pl->vandalism_score, pl->littering_score, pl->visibility_score, pl->safety_index};
        differ += !first[i] || !pl->top_factors || strcmp(first[i], pl->top_factors) != 0;
        differ += memcmp(v, fv + 4 * i, sizeof v) != 0;
        free(first[i]);
    }
    free(fv);
    trygg_ctx_free(ctx);
    TH_ASSERT_INT(differ, 0);
    free(first);
    trygg_places_fini(&ps);
}

void test_scores_register(void)
{
    static CU_TestInfo tests[] = {
        {"percentile ranks with ties", test_scores_percentile_ties},
        {"combine renormalises", test_scores_combine_renormalises},
        {"incidents without lamps", test_scores_incidents_without_lamps},
        {"no reports never above the median", test_scores_no_reports_never_above_median},
        {"lighting without incidents", test_scores_lighting_without_incidents},
        {"nothing to score", test_scores_nothing_to_score},
        {"always in range", test_scores_always_in_range},
        CU_TEST_INFO_NULL,
    };
    th_add_suite("scores", tests);
}
