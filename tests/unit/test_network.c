/*
 * Places between real intersections (src/geom/network.c) on hand-made networks drawn the way
 * OpenStreetMap draws streets: one street as several ways, sidewalks and crossings as ways of
 * their own, short stubs. Every expected length is worked out in the comments from the
 * coordinates.
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "geom/geom.h"
#include "geom/network.h"
#include "helpers.h"
#include "io/io.h"
#include "trygg/config.h"

static const trygg_place_rules RULES = {100.0, 20.0, 25.0};

static trygg_street *way(trygg_streets *s, int64_t fid, const char *name, const char *road_class, const double *xy,
                         size_t nv)
{
    trygg_street *st = trygg_streets_push(s);
    st->xy = malloc(2 * nv * sizeof *st->xy);
    memcpy(st->xy, xy, 2 * nv * sizeof *xy);
    st->nv = nv;
    st->fid = fid;
    st->name = name ? strdup(name) : NULL;
    st->road_class = road_class ? strdup(road_class) : NULL;
    return st;
}

static trygg_street *line2(trygg_streets *s, int64_t fid, const char *name, const char *cls, double x0, double y0,
                           double x1, double y1)
{
    const double xy[] = {x0, y0, x1, y1};
    return way(s, fid, name, cls, xy, 2);
}

typedef struct {
    trygg_streets joined;
    trygg_places places;
    trygg_network_stats stats;
} built;

static built build(const trygg_streets *in, const trygg_place_rules *rules)
{
    built b = {0};
    trygg_ctx *ctx = th_ctx();
    trygg_status s = trygg_geom_build_places(ctx, in, rules, &b.joined, &b.places, &b.stats);
    if (s != TRYGG_OK)
        fprintf(stderr, "\n  %s\n", trygg_errmsg(ctx));
    CU_ASSERT(s == TRYGG_OK);
    trygg_ctx_free(ctx);
    return b;
}

static void built_fini(built *b)
{
    trygg_streets_fini(&b->joined);
    trygg_places_fini(&b->places);
}

static double input_length(const trygg_streets *in)
{
    double sum = 0.0;
    for (size_t i = 0; i < in->n; i++)
        sum += trygg_geom_polyline_length(in->v[i].xy, in->v[i].nv);
    return sum;
}

/* Places, stubs and attached lines add up to the input's length. */
static void check_adds_up(const trygg_streets *in, const built *b)
{
    double sum = b->stats.attached_m + b->stats.stubs_attached_m;
    for (size_t i = 0; i < b->places.n; i++) {
        sum += b->places.v[i].length_m;
        TH_ASSERT_NEAR(b->places.v[i].length_m, trygg_geom_polyline_length(b->places.v[i].xy, b->places.v[i].nv),
                       1e-6);
    }
    TH_ASSERT_NEAR(sum, input_length(in), 1e-6);
}

static const trygg_place *place_at(const built *b, double x, double y)
{
    const trygg_place *best = NULL;
    double bd = INFINITY;
    for (size_t i = 0; i < b->places.n; i++) {
        double d = trygg_geom_point_polyline_distance(x, y, b->places.v[i].xy, b->places.v[i].nv, NULL);
        if (d < bd) {
            bd = d;
            best = &b->places.v[i];
        }
    }
    return best;
}

static const char *street_of(const built *b, const trygg_place *p) { return b->joined.v[p->street].name; }

/* Storgatan runs from (0, 0) to (250, 0), drawn as five ways (OSM splits it where its tags
 * change): 0-40 (lit=yes), 40-90, 90-130 (lit=no), 130-200, 200-250. Lillgatan leaves it at
 * x = 130 to (130, 80): the only intersection. A sidewalk runs along y = -8 and two crossings
 * cross Storgatan at x = 60 and x = 180: they make no intersection.
 *   Storgatan 0-130: 130 m -> 2 places of 65 m; 130-250: 120 m -> 2 places of 60 m;
 *   Lillgatan: 80 m -> 1 place. Five places in all. */
static void test_network_osm_street(void)
{
    trygg_streets in = {0};
    line2(&in, 1, "Storgatan", "residential", 0, 0, 40, 0)->lit = TRYGG_LIT_YES;
    line2(&in, 2, "Storgatan", "residential", 40, 0, 90, 0);
    line2(&in, 3, "Storgatan", "residential", 90, 0, 130, 0)->lit = TRYGG_LIT_NO;
    line2(&in, 4, "Storgatan", "residential", 130, 0, 200, 0);
    line2(&in, 5, "Storgatan", "residential", 250, 0, 200, 0); /* drawn the other way */
    line2(&in, 6, "Lillgatan", "residential", 130, 0, 130, 80);
    line2(&in, 7, NULL, "footway", 0, -8, 250, -8)->attach = TRYGG_ATTACH_SIDEWALK;
    line2(&in, 8, NULL, "footway", 60, -8, 60, 8)->attach = TRYGG_ATTACH_CROSSING;
    line2(&in, 9, NULL, "footway", 180, -8, 180, 8)->attach = TRYGG_ATTACH_CROSSING;
    built b = build(&in, &RULES);

    TH_ASSERT_INT(b.places.n, 5);
    TH_ASSERT_INT(b.joined.n, 3);
    TH_ASSERT_INT(b.stats.attached_lines, 3);
    TH_ASSERT_NEAR(b.stats.attached_m, 250 + 16 + 16, 1e-9);
    check_adds_up(&in, &b);

    const trygg_place *a = place_at(&b, 30, 0), *c = place_at(&b, 100, 0), *d = place_at(&b, 150, 0),
                      *e = place_at(&b, 230, 0), *f = place_at(&b, 130, 50);
    TH_ASSERT_NEAR(a->length_m, 65, 1e-9);
    TH_ASSERT_NEAR(c->length_m, 65, 1e-9);
    TH_ASSERT_NEAR(d->length_m, 60, 1e-9);
    TH_ASSERT_NEAR(e->length_m, 60, 1e-9);
    TH_ASSERT_NEAR(f->length_m, 80, 1e-9);
    TH_ASSERT_STR(street_of(&b, a), "Storgatan");
    TH_ASSERT_STR(street_of(&b, f), "Lillgatan");
    /* named by the streets at their ends */
    TH_ASSERT_STR(a->location, "Storgatan (Lillgatan)");
    TH_ASSERT_STR(f->location, "Lillgatan (Storgatan)");
    /* the input ways each place is made of */
    TH_ASSERT_STR(a->source_ids, "1,2");
    TH_ASSERT_STR(c->source_ids, "2,3");
    TH_ASSERT_STR(d->source_ids, "4");
    TH_ASSERT_STR(e->source_ids, "4,5");
    TH_ASSERT_STR(f->source_ids, "6");
    /* lit by length: 0-65 is 40 m lit=yes and 25 m unknown; 65-130 is 25 m unknown, 40 m lit=no */
    TH_ASSERT_INT(a->lit, TRYGG_LIT_YES);
    TH_ASSERT_INT(c->lit, TRYGG_LIT_NO);
    TH_ASSERT_INT(d->lit, TRYGG_LIT_UNKNOWN);
    /* the sidewalk's midpoint (125, -8) is nearest the place 65-130 (8 m; the place from 130
     * is sqrt(5^2 + 8^2) = 9.4 m away); each crossing goes to the place it crosses */
    TH_ASSERT_STR(c->attached_ids, "7");
    TH_ASSERT_STR(a->attached_ids, "8");
    TH_ASSERT_STR(d->attached_ids, "9");
    CU_ASSERT_PTR_NULL(e->attached_ids);
    built_fini(&b);
    trygg_streets_fini(&in);
}

/* A cross junction (two streets of 100 m crossing at their middles) gives four places of
 * 50 m; a T junction (a 50 m street ending on the middle of a 100 m one) three. */
static void test_network_cross_and_t(void)
{
    trygg_streets in = {0};
    line2(&in, 1, "Östergatan", "residential", -50, 0, 50, 0);
    line2(&in, 2, "Norrgatan", "residential", 0, -50, 0, 50);
    built b = build(&in, &RULES);
    TH_ASSERT_INT(b.places.n, 4);
    for (size_t i = 0; i < b.places.n; i++)
        TH_ASSERT_NEAR(b.places.v[i].length_m, 50, 1e-9);
    check_adds_up(&in, &b);
    built_fini(&b);
    trygg_streets_fini(&in);

    line2(&in, 1, "Östergatan", "residential", -50, 0, 50, 0);
    line2(&in, 2, "Norrgatan", "residential", 0, 0, 0, 50);
    b = build(&in, &RULES);
    TH_ASSERT_INT(b.places.n, 3);
    for (size_t i = 0; i < b.places.n; i++)
        TH_ASSERT_NEAR(b.places.v[i].length_m, 50, 1e-9);
    TH_ASSERT_INT(b.stats.places_short, 0);
    built_fini(&b);
    trygg_streets_fini(&in);
}

/* A 12 m cul-de-sac is its whole street: it stays one place. An unnamed 6 m service entrance
 * off the same road is a stub: attached to the road, not a place. The road (0-100) is cut at
 * x = 40 (the cul-de-sac) and x = 70 (the entrance) into 40 + 30 + 30 m. */
static void test_network_cul_de_sac_and_stub(void)
{
    trygg_streets in = {0};
    line2(&in, 1, "Kyrkogatan", "residential", 0, 0, 100, 0);
    line2(&in, 2, "Gränden", "residential", 40, 0, 40, 12);
    line2(&in, 3, NULL, "service", 70, 0, 70, -6);
    built b = build(&in, &RULES);
    TH_ASSERT_INT(b.places.n, 4);
    const trygg_place *g = place_at(&b, 40, 8);
    TH_ASSERT_STR(street_of(&b, g), "Gränden");
    TH_ASSERT_NEAR(g->length_m, 12, 1e-9);
    TH_ASSERT_STR(g->location, "Gr\u00e4nden (Kyrkogatan)");
    TH_ASSERT_INT(b.stats.places_short, 1);
    TH_ASSERT_INT(b.stats.stubs_attached, 1);
    TH_ASSERT_NEAR(b.stats.stubs_attached_m, 6, 1e-9);
    /* the stub's midpoint (70, -3) is 3 m from both road places that meet at x = 70: the
     * lower index wins, the place 40-70 */
    const trygg_place *r = place_at(&b, 55, 0);
    TH_ASSERT_STR(r->attached_ids, "3");
    TH_ASSERT_NEAR(r->length_m, 30, 1e-9);
    check_adds_up(&in, &b);
    built_fini(&b);
    trygg_streets_fini(&in);
}

/* Kvarngatan (0-200) is crossed by footways at x = 100 and x = 108: the 8 m between them is
 * merged into its street through the intersection, into the straight neighbour that is
 * shorter (108-200, 92 m), giving 0-100 and 100-200. The footways (60 m each, cut at the road)
 * give four places of 30 m. */
static void test_network_short_merge(void)
{
    trygg_streets in = {0};
    line2(&in, 1, "Kvarngatan", "tertiary", 0, 0, 200, 0);
    line2(&in, 2, NULL, "footway", 100, -30, 100, 30);
    line2(&in, 3, NULL, "footway", 108, -30, 108, 30);
    built b = build(&in, &RULES);
    TH_ASSERT_INT(b.stats.short_merged, 1);
    TH_ASSERT_INT(b.places.n, 6);
    const trygg_place *w = place_at(&b, 50, 0), *e = place_at(&b, 150, 0);
    TH_ASSERT_NEAR(w->length_m, 100, 1e-9);
    TH_ASSERT_NEAR(e->length_m, 100, 1e-9);
    TH_ASSERT_NEAR(e->from_m, 0, 1e-9);
    CU_ASSERT(e->xy[0] == 100 || e->xy[2 * (e->nv - 1)] == 100);
    for (size_t i = 0; i < b.places.n; i++)
        CU_ASSERT(b.places.v[i].length_m >= 20);
    check_adds_up(&in, &b);
    built_fini(&b);
    trygg_streets_fini(&in);
}

/* A sidewalk with no street within attach_m is a way of its own; a closed ring with no
 * junction is one street. */
static void test_network_lone_sidewalk_and_ring(void)
{
    trygg_streets in = {0};
    line2(&in, 1, NULL, "footway", 0, 0, 60, 0)->attach = TRYGG_ATTACH_SIDEWALK;
    const double ring[] = {500, 500, 540, 500, 540, 530, 500, 530, 500, 500};
    way(&in, 2, "Rundeln", "residential", ring, 5);
    built b = build(&in, &RULES);
    TH_ASSERT_INT(b.stats.sidewalks_kept, 1);
    TH_ASSERT_INT(b.stats.attached_lines, 0);
    /* 60 m -> 1 place; the ring is 140 m -> 2 places of 70 m */
    TH_ASSERT_INT(b.places.n, 3);
    TH_ASSERT_NEAR(place_at(&b, 520, 500)->length_m, 70, 1e-9);
    check_adds_up(&in, &b);
    built_fini(&b);
    trygg_streets_fini(&in);
}

/* min_place_m above half of segment_max_m: a 150 m street makes one place of 150 m rather
 * than two of 75 m under an 80 m minimum. And bad rules are refused. */
static void test_network_rules(void)
{
    TH_ASSERT_INT(trygg__equal_parts(150, 100, 80), 1);
    TH_ASSERT_INT(trygg__equal_parts(150, 100, 20), 2);
    TH_ASSERT_INT(trygg__equal_parts(200, 100, 20), 2);
    TH_ASSERT_INT(trygg__equal_parts(10, 100, 20), 1);
    trygg_streets in = {0};
    line2(&in, 1, "Långgatan", "residential", 0, 0, 150, 0);
    trygg_ctx *ctx = th_ctx();
    trygg_streets j = {0};
    trygg_places p = {0};
    trygg_place_rules bad = {0, 20, 25};
    TH_ASSERT_INT(trygg_geom_build_places(ctx, &in, &bad, &j, &p, NULL), TRYGG_E_USAGE);
    TH_ASSERT_CONTAINS(trygg_errmsg(ctx), "segment_max_m");
    CU_ASSERT(p.n == 0 && j.n == 0);
    trygg_ctx_free(ctx);
    trygg_streets_fini(&in);
}

/* The bundled sample's OSM streets (gis-data/README.md): 2 461 ways, of which
 *   ogrinfo -ro -q -dialect sqlite helsinki_centre_2019.osm.pbf -sql "select count(*) from lines where
 *     highway is not null and highway not in ('construction', 'corridor', 'elevator', 'platform') and
 *     (hstore_get_value(other_tags, 'footway') in ('sidewalk', 'crossing') or (the same for cycleway and
 *     path))" -> 379 sidewalks and crossings.
 * At most 5 % of the places may be shorter than 10 m (issue target; the input ways were cut into 5 295
 * pieces, 55 % of them under 10 m, before this builder), and everything adds up. */
static void test_network_helsinki(void)
{
    trygg_ctx *ctx = th_ctx();
    trygg_config cfg;
    trygg_config_init(&cfg);
    TH_ASSERT_INT(trygg_config_set(ctx, &cfg, "streets", "source", th_sample("helsinki_centre_2019.osm.pbf"), "test"),
                  TRYGG_OK);
    trygg_streets in = {0};
    trygg_input_report r = {0};
    TH_ASSERT_INT(trygg_io_read_streets(ctx, &cfg, "EPSG:3067", &in, &r), TRYGG_OK);
    TH_ASSERT_INT(in.n, 2461);
    size_t tagged = 0;
    for (size_t i = 0; i < in.n; i++)
        tagged += in.v[i].attach != TRYGG_ATTACH_NONE;
    TH_ASSERT_INT(tagged, 379);
    built b = build(&in, &RULES);
    CU_ASSERT(b.stats.attached_lines + b.stats.sidewalks_kept == 379);
    size_t under10 = 0;
    for (size_t i = 0; i < b.places.n; i++)
        under10 += b.places.v[i].length_m < 10.0;
    TH_ASSERT_INT(under10, b.stats.places_under_10m);
    CU_ASSERT(b.places.n > 0 && (double)under10 <= 0.05 * (double)b.places.n);
    fprintf(stderr, "\n  %zu places, %zu under 10 m, %zu stubs attached\n", b.places.n, under10,
            b.stats.stubs_attached);
    check_adds_up(&in, &b);
    built_fini(&b);
    trygg_streets_fini(&in);
    trygg_input_report_fini(&r);
    trygg_config_fini(&cfg);
    trygg_ctx_free(ctx);
}

void test_network_register(void)
{
    static CU_TestInfo tests[] = {
        {"OSM street: five ways, sidewalk, crossings", test_network_osm_street},
        {"cross and T junctions", test_network_cross_and_t},
        {"cul-de-sac stays, stub attached", test_network_cul_de_sac_and_stub},
        {"short stretch merged into its street", test_network_short_merge},
        {"lone sidewalk and ring", test_network_lone_sidewalk_and_ring},
        {"rules", test_network_rules},
        {"Helsinki sample", test_network_helsinki},
        CU_TEST_INFO_NULL,
    };
    th_add_suite("network", tests);
}
