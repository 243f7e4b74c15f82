/*
 * CRS: trygg_geom_srs_from_user and trygg_geom_transform_points against PROJ's cs2cs
 * (PROJ 9.1.1). cs2cs uses the authority axis order (EPSG:4326 lat,lon; EPSG:3006 N,E);
 * trygg always uses x = east/longitude, y = north/latitude.
 */
#include <ogr_srs_api.h>

#include "geom/geom.h"
#include "helpers.h"

static void check_transform(const char *from, const char *to, double x, double y, double ex, double ey)
{
    trygg_ctx *ctx = th_ctx();
    OGRSpatialReferenceH a = trygg_geom_srs_from_user(ctx, from), b = trygg_geom_srs_from_user(ctx, to);
    CU_ASSERT_PTR_NOT_NULL_FATAL(a);
    CU_ASSERT_PTR_NOT_NULL_FATAL(b);
    double xy[2] = {x, y};
    TH_ASSERT_INT(trygg_geom_transform_points(ctx, a, b, xy, 1), TRYGG_OK);
    TH_ASSERT_NEAR(xy[0], ex, 0.001);
    TH_ASSERT_NEAR(xy[1], ey, 0.001);
    OSRDestroySpatialReference(a);
    OSRDestroySpatialReference(b);
    trygg_ctx_free(ctx);
}

static void test_crs_wgs84_to_sweref(void)
{
    /* Lund: echo 55.7049 13.1910 | cs2cs -f %.4f EPSG:4326 EPSG:3006
     *   -> 6174719.2914	386325.3320 0.0000  (N, E) */
    check_transform("EPSG:4326", "EPSG:3006", 13.1910, 55.7049, 386325.3320, 6174719.2914);
    /* the same with a bare code */
    check_transform("4326", "3006", 13.1910, 55.7049, 386325.3320, 6174719.2914);
}

static void test_crs_state_plane_feet_to_sweref(void)
{
    /* NAD83 / New York Long Island (ftUS), E 983000 ft, N 198000 ft (lower Manhattan):
     * echo 983000 198000 | cs2cs -f %.4f EPSG:2263 EPSG:3006
     *   -> 9869398.6591	-5822724.4162 0.0000  (N, E)
     * (echo 983000 198000 | cs2cs -f %.8f EPSG:2263 EPSG:4326 -> 40.71014089 -74.00450875) */
    check_transform("EPSG:2263", "EPSG:3006", 983000, 198000, -5822724.4162, 9869398.6591);
    check_transform("EPSG:2263", "EPSG:4326", 983000, 198000, -74.00450875, 40.71014089);
}

static void test_crs_wgs84_to_tm35fin(void)
{
    /* Helsinki: echo 60.1699 24.9384 | cs2cs -f %.4f EPSG:4326 EPSG:3067 -> 385611.3167	6672118.3802 */
    check_transform("EPSG:4326", "EPSG:3067", 24.9384, 60.1699, 385611.3167, 6672118.3802);
    /* A PROJ string works as well. */
    check_transform("+proj=longlat +datum=WGS84 +no_defs", "EPSG:3067", 24.9384, 60.1699, 385611.3167,
                    6672118.3802);
}

static void test_crs_bad_text(void)
{
    trygg_ctx *ctx = th_ctx();
    CU_ASSERT_PTR_NULL(trygg_geom_srs_from_user(ctx, "EPSG:999999"));
    TH_ASSERT_CONTAINS(trygg_errmsg(ctx), "koordinatsystemet 'EPSG:999999' går inte att tolka");
    CU_ASSERT_PTR_NULL(trygg_geom_srs_from_user(ctx, ""));
    TH_ASSERT_CONTAINS(trygg_errmsg(ctx), "tomt koordinatsystem");
    trygg_ctx_free(ctx);
}

static void test_crs_failing_point_becomes_nan(void)
{
    trygg_ctx *ctx = th_ctx();
    OGRSpatialReferenceH a = trygg_geom_srs_from_user(ctx, "EPSG:4326"), b = trygg_geom_srs_from_user(ctx, "EPSG:3006");
    /* latitude 95 does not exist: that point fails, the other transforms */
    double xy[4] = {13.1910, 95.0, 13.1910, 55.7049};
    TH_ASSERT_INT(trygg_geom_transform_points(ctx, a, b, xy, 2), TRYGG_OK);
    CU_ASSERT(isnan(xy[0]) && isnan(xy[1]));
    TH_ASSERT_NEAR(xy[2], 386325.3320, 0.001);
    OSRDestroySpatialReference(a);
    OSRDestroySpatialReference(b);
    trygg_ctx_free(ctx);
}

void test_crs_register(void)
{
    static CU_TestInfo tests[] = {
        {"WGS 84 to SWEREF 99 TM", test_crs_wgs84_to_sweref},
        {"state plane feet to SWEREF 99 TM", test_crs_state_plane_feet_to_sweref},
        {"WGS 84 to ETRS-TM35FIN", test_crs_wgs84_to_tm35fin},
        {"bad CRS text", test_crs_bad_text},
        {"failing point becomes NAN", test_crs_failing_point_becomes_nan},
        CU_TEST_INFO_NULL,
    };
    th_add_suite("crs", tests);
}
