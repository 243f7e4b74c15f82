#include <stdlib.h>

#include "helpers.h"
#include "score/score.h"

/* Defaults of DESIGN.md section 5: lamps 6 m, 3000 lm, maintenance 0.8, samples every 5 m. */
static const trygg_lighting_params defaults = {
    .height_m = 6.0,
    .lumen = 3000.0,
    .maintenance = 0.8,
    .step_m = 5.0,
    .influence_m = 60.0,
    .radius_m = 25.0,
    .dark_lux = 0.6,
};

static void test_lighting_intensity_table(void)
{
    /* Table entries and a linear interpolation between 65 (222) and 70 (205) degrees:
     * 67.5 -> (222 + 205) / 2 = 213.5. Nothing at or beyond the horizontal. */
    TH_ASSERT_NEAR(trygg_lighting_intensity(0.0), 137.0, 1e-12);
    TH_ASSERT_NEAR(trygg_lighting_intensity(45.0), 186.0, 1e-12);
    TH_ASSERT_NEAR(trygg_lighting_intensity(67.5), 213.5, 1e-12);
    TH_ASSERT_NEAR(trygg_lighting_intensity(90.0), 0.0, 0.0);
    TH_ASSERT_NEAR(trygg_lighting_intensity(120.0), 0.0, 0.0);
    TH_ASSERT_NEAR(trygg_lighting_intensity(NAN), 0.0, 0.0);
}

static void test_lighting_table_flux(void)
{
    /* The flux the table sends into the lower hemisphere, 2 pi * int_0^90 I sin(gamma) dgamma,
     * is about 1000 lm per 1000 lm (the comment in lighting.c states 996, computed
     * independently with a midpoint rule of 90 000 steps). Same integral, midpoint rule of
     * 9000 steps here. */
    const double pi = 3.14159265358979323846;
    double s = 0.0, dg = 90.0 / 9000.0;
    for (int k = 0; k < 9000; k++) {
        double g = (k + 0.5) * dg;
        s += trygg_lighting_intensity(g) * sin(g * pi / 180.0) * dg * pi / 180.0;
    }
    TH_ASSERT_NEAR(2.0 * pi * s, 995.977, 0.01);
}

static void test_lighting_point_lux(void)
{
    /* h = 6 m, 3000 lm, MF 0.8: the intensity scale is 3000/1000 * 0.8 = 2.4, h^2 = 36.
     * d = 0: gamma = 0, cos = 1, I = 137 -> E = 137 * 2.4 / 36 = 9.133333333 lux. */
    TH_ASSERT_NEAR(trygg_lighting_point_lux(6.0, 3000.0, 0.8, 0.0), 9.133333333, 1e-8);
    /* d = 6: gamma = 45, cos = 1/sqrt(2), cos^3 = 0.353553391, I = 186
     * -> E = 186 * 2.4 * 0.353553391 / 36 = 12.4 / (2 sqrt 2) = 4.384062043 lux. */
    TH_ASSERT_NEAR(trygg_lighting_point_lux(6.0, 3000.0, 0.8, 6.0), 4.384062043, 1e-8);
    /* d = 15: sqrt(36 + 225) = 16.155494421, cos = 0.371390676, gamma = atan(2.5) = 68.198590514,
     * I = 222 + (205 - 222) * 3.198590514 / 5 = 211.124792254, cos^3 = 0.051226300
     * -> E = 211.124792254 * 2.4 * 0.051226300 / 36 = 0.721009466 lux. */
    TH_ASSERT_NEAR(trygg_lighting_point_lux(6.0, 3000.0, 0.8, 15.0), 0.721009466, 1e-8);
    /* Linear in flux and maintenance factor; nothing from a lamp without height or flux. */
    TH_ASSERT_NEAR(trygg_lighting_point_lux(6.0, 6000.0, 0.4, 6.0), 4.384062043, 1e-8);
    TH_ASSERT_NEAR(trygg_lighting_point_lux(0.0, 3000.0, 0.8, 6.0), 0.0, 0.0);
    TH_ASSERT_NEAR(trygg_lighting_point_lux(6.0, NAN, 0.8, 6.0), 0.0, 0.0);
}

static void test_lighting_class_boundaries(void)
{
    /* EN 13201-2 table 3: a class is met when both average and minimum reach it. */
    TH_ASSERT_INT(trygg_lighting_class(7.5, 1.5), 2);   /* exactly P3 */
    TH_ASSERT_INT(trygg_lighting_class(7.49, 1.5), 3);  /* average short of P3 -> P4 */
    TH_ASSERT_INT(trygg_lighting_class(7.5, 1.49), 3);  /* average P3, minimum only P4 */
    TH_ASSERT_INT(trygg_lighting_class(20.0, 0.5), 5);  /* high average, minimum P6 */
    TH_ASSERT_INT(trygg_lighting_class(15.0, 3.0), TRYGG_PCLASS_P1);
    TH_ASSERT_INT(trygg_lighting_class(2.0, 0.4), TRYGG_PCLASS_P6);
    TH_ASSERT_INT(trygg_lighting_class(1.9, 0.3), TRYGG_PCLASS_BELOW);
    TH_ASSERT_INT(trygg_lighting_class(50.0, 0.39), TRYGG_PCLASS_BELOW);
    TH_ASSERT_INT(trygg_lighting_class(NAN, 1.0), TRYGG_PCLASS_NONE);
    TH_ASSERT_STR(trygg_lighting_class_name(2), "P3");
    TH_ASSERT_STR(trygg_lighting_class_name(TRYGG_PCLASS_BELOW), "below P6");
    CU_ASSERT_PTR_NULL(trygg_lighting_class_name(TRYGG_PCLASS_NONE));
}

static void set_line(trygg_place *pl, double x0, double y0, double x1, double y1)
{
    pl->xy = malloc(4 * sizeof *pl->xy);
    pl->xy[0] = x0;
    pl->xy[1] = y0;
    pl->xy[2] = x1;
    pl->xy[3] = y1;
    pl->nv = 2;
    pl->length_m = hypot(x1 - x0, y1 - y0);
}

static void test_lighting_place_one_lamp_in_middle(void)
{
    /* A 40 m place from (0,0) to (40,0), one lamp at (20,0) with height and flux unset
     * (defaults 6 m, 3000 lm). n = ceil(40/5) = 8 samples at 2.5, 7.5, ..., 37.5 m, i.e. at
     * 17.5, 12.5, 7.5, 2.5, 2.5, 7.5, 12.5, 17.5 m from the lamp. E = I * 2.4 * cos^3 / 36:
     *   d  2.5: hyp 6.5,        cos 0.923076923, gamma 22.619864948, I = 148 + 6 * 2.619864948/5
     *           = 151.143837938, cos^3 0.786527082 -> 7.925248125
     *   d  7.5: hyp 9.604686356, cos 0.624695048, gamma 51.340191746, I = 196 + 12 * 1.340191746/5
     *           = 199.216460190, cos^3 0.243783433 -> 3.237711508
     *   d 12.5: hyp 13.865424624, cos 0.432731068, gamma 64.358994176, I = 219 + 3 * 4.358994176/5
     *           = 221.615396505, cos^3 0.081031565 -> 1.197189499
     *   d 17.5: hyp 18.5, cos 0.324324324, gamma 71.075355584, I = 205 - 34 * 1.075355584/5
     *           = 197.687582029, cos^3 0.034114465 -> 0.449600408
     * avg = (7.925248125 + 3.237711508 + 1.197189499 + 0.449600408) / 4 = 3.202437385,
     * min = 0.449600408, uniformity = 0.140393192. Class: avg >= 2.0 and min >= 0.4 but
     * min < 0.6 -> P6. Dark (< 0.6 lux): the two end samples, each standing for 5 m: 10 m,
     * in two runs [0,5) and [35,40), each with minimum 0.449600408. The lamp is on the line:
     * nearest 0 m, 1 lamp within 25 m. */
    trygg_place pl = {0};
    set_line(&pl, 0, 0, 40, 0);
    trygg_lamp lamp = {.x = 20, .y = 0, .height_m = NAN, .lumen = NAN, .fid = 1};
    size_t cand = 0;
    trygg_dark_runs runs = {0};
    trygg_lighting_place(&defaults, &pl, &lamp, &cand, 1, &runs);
    TH_ASSERT_INT(pl.light_source, TRYGG_LIGHT_ESTIMATED);
    TH_ASSERT_NEAR(pl.lux_avg, 3.202437385, 1e-8);
    TH_ASSERT_NEAR(pl.lux_min, 0.449600408, 1e-8);
    TH_ASSERT_NEAR(pl.lux_uniformity, 0.140393192, 1e-8);
    TH_ASSERT_INT(pl.lighting_class, TRYGG_PCLASS_P6);
    TH_ASSERT_NEAR(pl.dark_length_m, 10.0, 1e-9);
    TH_ASSERT_INT(pl.lamps_near, 1);
    TH_ASSERT_NEAR(pl.nearest_lamp_m, 0.0, 1e-12);
    TH_ASSERT_INT(runs.n, 2);
    if (runs.n == 2) {
        TH_ASSERT_NEAR(runs.v[0].from_m, 0.0, 1e-9);
        TH_ASSERT_NEAR(runs.v[0].to_m, 5.0, 1e-9);
        TH_ASSERT_NEAR(runs.v[0].lux_min, 0.449600408, 1e-8);
        TH_ASSERT_NEAR(runs.v[1].from_m, 35.0, 1e-9);
        TH_ASSERT_NEAR(runs.v[1].to_m, 40.0, 1e-9);
    }

    /* The lamp's own fields override the defaults: 6000 lm doubles every sample, so
     * avg = 6.404874770, min = 0.899200816 (P5: avg >= 3.0, min >= 0.6; not P4: min < 1.0),
     * and nothing is dark any more (runs cleared). */
    lamp.height_m = 6.0;
    lamp.lumen = 6000.0;
    trygg_lighting_place(&defaults, &pl, &lamp, &cand, 1, &runs);
    TH_ASSERT_NEAR(pl.lux_avg, 6.404874770, 1e-8);
    TH_ASSERT_INT(pl.lighting_class, 4);
    TH_ASSERT_NEAR(pl.dark_length_m, 0.0, 0.0);
    TH_ASSERT_INT(runs.n, 0);

    trygg_dark_runs_fini(&runs);
    free(pl.xy);
}

static void test_lighting_place_without_lamps(void)
{
    /* No candidate lamp: 0 lux everywhere, so one dark run over the whole 23 m place
     * (ceil(23/5) = 5 samples of 4.6 m), uniformity 0 by convention, nearest unknown. */
    trygg_place pl = {0};
    set_line(&pl, 0, 0, 0, 23);
    trygg_dark_runs runs = {0};
    trygg_lighting_place(&defaults, &pl, NULL, NULL, 0, &runs);
    TH_ASSERT_NEAR(pl.lux_avg, 0.0, 0.0);
    TH_ASSERT_NEAR(pl.lux_uniformity, 0.0, 0.0);
    TH_ASSERT_INT(pl.lighting_class, TRYGG_PCLASS_BELOW);
    TH_ASSERT_NEAR(pl.dark_length_m, 23.0, 1e-9);
    TH_ASSERT_INT(pl.lamps_near, 0);
    CU_ASSERT(isnan(pl.nearest_lamp_m));
    TH_ASSERT_INT(runs.n, 1);
    if (runs.n == 1) {
        TH_ASSERT_NEAR(runs.v[0].from_m, 0.0, 0.0);
        TH_ASSERT_NEAR(runs.v[0].to_m, 23.0, 1e-9);
        TH_ASSERT_NEAR(runs.v[0].lux_min, 0.0, 0.0);
    }
    trygg_dark_runs_fini(&runs);
    free(pl.xy);
}

static void test_lighting_nearest_lamp_on_grid(void)
{
    /* Lamps on a 10 m grid, x = -50..150, y = -50..100 (21 x 16 = 336 lamps); the place runs
     * diagonally from (0,2) to (100,52), direction (2,1)/sqrt(5). The distance of a point (x,y)
     * to its supporting line is |x - 2y + 4| / sqrt(5); for grid points x - 2y is a multiple
     * of 10, so the smallest is |0 + 4| / sqrt(5) = 1.788854382 m, reached by (20j, 10j), whose
     * projections lie on the segment for j = 1..5 (along = (50j - 2)/sqrt(5) between 0 and
     * 111.8). (0,0) projects before the start and is 2 m from (0,2); the next grid lines are
     * |10 - 4| / sqrt(5) = 2.683 m away. With a 1.9 m radius: lamps_near = 5. */
    trygg_place pl = {0};
    set_line(&pl, 0, 2, 100, 52);
    trygg_lamp lamps[336];
    size_t cand[336], n = 0;
    for (int x = -50; x <= 150; x += 10)
        for (int y = -50; y <= 100; y += 10) {
            lamps[n] = (trygg_lamp){.x = x, .y = y, .height_m = NAN, .lumen = NAN, .fid = (int64_t)n};
            cand[n] = n;
            n++;
        }
    TH_ASSERT_INT(n, 336);
    trygg_lighting_params p = defaults;
    p.radius_m = 1.9;
    trygg_lighting_place(&p, &pl, lamps, cand, n, NULL);
    TH_ASSERT_NEAR(pl.nearest_lamp_m, 4.0 / sqrt(5.0), 1e-12);
    TH_ASSERT_NEAR(pl.nearest_lamp_m, 1.788854382, 1e-9);
    TH_ASSERT_INT(pl.lamps_near, 5);
    /* 2.0 m radius takes in (0,0) at exactly 2 m from the start: 6. */
    p.radius_m = 2.0;
    trygg_lighting_place(&p, &pl, lamps, cand, n, NULL);
    TH_ASSERT_INT(pl.lamps_near, 6);
    free(pl.xy);
}

void test_lighting_register(void)
{
    static CU_TestInfo tests[] = {
        {"intensity table", test_lighting_intensity_table},
        {"table flux", test_lighting_table_flux},
        {"point lux", test_lighting_point_lux},
        {"P class boundaries", test_lighting_class_boundaries},
        {"place with one lamp in the middle", test_lighting_place_one_lamp_in_middle},
        {"place without lamps", test_lighting_place_without_lamps},
        {"nearest lamp on a grid", test_lighting_nearest_lamp_on_grid},
        CU_TEST_INFO_NULL,
    };
    th_add_suite("lighting", tests);
}
