/*
 * `trygg evaluate`: prospective accuracy of hotspot methods on the user's own data (DESIGN.md
 * section 5, "Evaluation"). Hotspots are built from the incidents of a training period and
 * scored on a later test period with the hit rate, the Predictive Accuracy Index (Chainey,
 * Tompson & Uhlig 2008) and the Recapture Rate Index (Levine 2008), for three methods side by
 * side: kernel density ranking, Getis-Ord Gi* (hot cells, and z ranking) and simple count
 * ranking. Methods are compared at the same share of the study area, since PAI and hit rate
 * are only comparable at equal area: first at `share`, then at the area of the Gi* hot cells.
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "core/i18n.h"
#include "core/internal.h"
#include "geom/geom.h"
#include "io/io.h"
#include "pipeline/hotspots.h"
#include "score/stats.h"

typedef struct {
    const char *name;
    const double *score; /* ranking score per cell; NULL: the fixed selection `fixed` */
} method;

/* Street length per cell (the places of the run by their midpoints) and in all: for the PAI on
 * street length, (n/N) / (l/L), beside the area version. */
typedef struct {
    const double *street_m;
    double L;
} street_share;

/* The table's columns: width in characters (negative: left-aligned) and decimals. */
static const int widths[7] = {6, 7, 8, 12, 7, 9, 7};
static const int decimals[7] = {1, 0, 0, 1, 2, 2, 2};

/* text in a column of |width| characters, right-aligned (left for a negative width); UTF-8
 * counted by characters, so Swedish headings line up. */
static void column(trygg__strbuf *b, const char *text, int width)
{
    int chars = 0;
    for (const unsigned char *q = (const unsigned char *)text; *q; q++)
        chars += (*q & 0xC0) != 0x80;
    int w = width < 0 ? -width : width, pad = w > chars ? w - chars : 0;
    trygg__sb_printf(b, "%*s%s%*s", width < 0 ? 0 : pad, "", text, width < 0 ? pad : 0, "");
}

static void eval_row(trygg__strbuf *b, const char *name, const bool *sel, const double *area, const double *train,
                     const double *test, size_t n, double A, const street_share *ss)
{
    trygg_eval e;
    trygg_evaluate_hotspots(sel, area, train, test, n, A, &e);
    double l = 0.0;
    for (size_t i = 0; i < n; i++)
        l += sel[i] ? ss->street_m[i] : 0.0;
    double pai_length = trygg_pai(e.n_test, e.N_test, l, ss->L);
    const double v[7] = {100.0 * e.area_m2 / A, (double)e.ncells, e.n_test, 100.0 * e.hit_rate, e.pai, pai_length,
                         e.rri};
    trygg__sb_printf(b, "  ");
    column(b, name, -34);
    for (int k = 0; k < 7; k++) {
        char num[TRYGG__NUM_MAX];
        trygg__sb_printf(b, " ");
        column(b, trygg__fmt_num(num, sizeof num, v[k], decimals[k]), widths[k]);
    }
    trygg__sb_printf(b, "\n");
}

static void header(trygg__strbuf *b, const char *title)
{
    const char *heads[7] = {_("area %"), _("cells"), _("hits"), _("hit rate %"), "PAI", _("PAI len"), "RRI"};
    trygg__sb_printf(b, "\n%s\n  ", title);
    column(b, _("method"), -34);
    for (int k = 0; k < 7; k++) {
        trygg__sb_printf(b, " ");
        column(b, heads[k], widths[k]);
    }
    trygg__sb_printf(b, "\n");
}

trygg_status trygg_evaluate(trygg_ctx *ctx, const trygg_config *cfg, const char *train, const char *test,
                            double share, const char *category, char **report)
{
    trygg_status st = TRYGG_OK;
    trygg_streets streets = {0}, joined = {0};
    trygg_places places = {0};
    double *street = NULL;
    trygg_incidents inc = {0};
    trygg_input_report rep[2] = {{0}};
    trygg_grid *grid = NULL;
    trygg_neighbours w = {0};
    GEOSGeometry *area_geom = NULL;
    GEOSContextHandle_t geos = trygg__geos(ctx);
    double *area = NULL, *ctr = NULL, *ntrain = NULL, *ntest = NULL, *kde = NULL, *z = NULL, *p = NULL, *ev = NULL;
    int *cls = NULL;
    bool *sel = NULL, *hot = NULL;
    trygg__strbuf b = {0};
    trygg_period ptrain, ptest;
    double off = cfg->utc_offset_h;
    bool summer = cfg->eu_summer_time;
    bool all = !category || trygg__streq_ci(category, "all");
    trygg_category cat = TRYGG_CAT_VANDALISM;

    if (!trygg_period_parse(train, off, summer, &ptrain)) {
        st = trygg__fail(ctx, TRYGG_E_USAGE, "--train '%s' is not FROM/TO (YYYY-MM-DD/YYYY-MM-DD)", train ? train : "");
        goto done;
    }
    if (!trygg_period_parse(test, off, summer, &ptest)) {
        st = trygg__fail(ctx, TRYGG_E_USAGE, "--test '%s' is not FROM/TO (YYYY-MM-DD/YYYY-MM-DD)", test ? test : "");
        goto done;
    }
    if (!all && !trygg_category_from_name(category, &cat)) {
        st = trygg__fail(ctx, TRYGG_E_USAGE, "--category '%s' is not a trygg category or 'all'", category);
        goto done;
    }
    if (!(share > 0 && share <= 1)) {
        st = trygg__fail(ctx, TRYGG_E_USAGE, "--share %g is not in (0, 1]", share);
        goto done;
    }
    if ((st = trygg_config_validate(ctx, cfg)) != TRYGG_OK)
        goto done;
    if (!cfg->streets.source || !cfg->incidents.source) {
        st = trygg__fail(ctx, TRYGG_E_USAGE, "evaluate needs a streets and an incidents layer in the config");
        goto done;
    }
    if ((st = trygg_io_read_streets(ctx, cfg, cfg->crs, &streets, &rep[0])) != TRYGG_OK)
        goto done;
    /* Incidents far outside the streets' extent are rejected as in a run (plausibility). */
    double extent[4];
    if (trygg_streets_extent(&streets, extent))
        trygg_ctx_set_study_extent(ctx, extent, cfg->margin_m);
    st = trygg_io_read_incidents(ctx, cfg, cfg->crs, &inc, &rep[1]);
    trygg_ctx_set_study_extent(ctx, NULL, 0);
    if (st != TRYGG_OK)
        goto done;
    bool sensitive[TRYGG_CAT_ALL_COUNT];
    trygg_config_sensitive(cfg, sensitive, NULL);
    trygg_incidents_split(&inc, sensitive, NULL); /* counted by area only, never at a place or cell */

    /* The grid of the run: over the streets plus one cell, or clipped to the boundary. */
    trygg_grid_kind kind = trygg__streq_ci(cfg->grid_kind, "square") ? TRYGG_GRID_SQUARE : TRYGG_GRID_HEX;
    double size = cfg->grid_cell_m;
    if (cfg->grid_boundary) {
        if ((st = trygg_io_read_area(ctx, cfg, cfg->grid_boundary, cfg->crs, geos, &area_geom)) != TRYGG_OK ||
            (st = trygg_grid_new_clipped(ctx, kind, size, geos, area_geom, &grid)) != TRYGG_OK)
            goto done;
    } else {
        double env[4] = {INFINITY, INFINITY, -INFINITY, -INFINITY};
        for (size_t i = 0; i < streets.n; i++) {
            double e[4];
            trygg_geom_polyline_envelope(streets.v[i].xy, streets.v[i].nv, e);
            env[0] = fmin(env[0], e[0]), env[1] = fmin(env[1], e[1]);
            env[2] = fmax(env[2], e[2]), env[3] = fmax(env[3], e[3]);
        }
        env[0] -= size, env[1] -= size, env[2] += size, env[3] += size;
        if ((st = trygg_grid_new(ctx, kind, size, env, &grid)) != TRYGG_OK)
            goto done;
    }
    size_t n = trygg_grid_count(grid);
    area = trygg__xmalloc(n * sizeof *area);
    ctr = trygg__xmalloc(2 * n * sizeof *ctr);
    ntrain = trygg__xcalloc(n, sizeof *ntrain);
    ntest = trygg__xcalloc(n, sizeof *ntest);
    kde = trygg__xmalloc(n * sizeof *kde);
    z = trygg__xmalloc(n * sizeof *z);
    p = trygg__xmalloc(n * sizeof *p);
    cls = trygg__xmalloc(n * sizeof *cls);
    sel = trygg__xmalloc(n * sizeof *sel);
    hot = trygg__xmalloc(n * sizeof *hot);
    ev = trygg__xmalloc((inc.n ? inc.n : 1) * 2 * sizeof *ev);
    double A = 0;
    for (size_t i = 0; i < n; i++)
        A += area[i] = trygg_grid_cell_get(grid, i)->area_m2;
    trygg_grid_centroids(grid, ctr);
    /* the run's places, by their midpoints, for the PAI on street length */
    street = trygg__xcalloc(n, sizeof *street);
    trygg_place_rules rules = {cfg->segment_max_m, cfg->min_place_m, cfg->attach_m};
    if ((st = trygg_geom_build_places(ctx, &streets, &rules, &joined, &places, NULL)) != TRYGG_OK)
        goto done;
    street_share ss = {street, 0.0};
    for (size_t i = 0; i < places.n; i++) {
        double mx, my;
        trygg_geom_point_at(places.v[i].xy, places.v[i].nv, places.v[i].length_m / 2.0, &mx, &my);
        size_t c = cfg->grid_boundary ? trygg_grid_locate_exact(grid, mx, my) : trygg_grid_locate(grid, mx, my);
        if (c != SIZE_MAX) {
            street[c] += places.v[i].length_m;
            ss.L += places.v[i].length_m;
        }
    }
    size_t m = 0;
    for (size_t i = 0; i < inc.n; i++) {
        const trygg_incident *e = &inc.v[i];
        if ((!all && e->category != cat) || e->t_utc == TRYGG_TIME_UNKNOWN)
            continue;
        size_t c = cfg->grid_boundary ? trygg_grid_locate_exact(grid, e->x, e->y) : trygg_grid_locate(grid, e->x, e->y);
        if (c == SIZE_MAX)
            continue;
        if (e->t_utc >= ptrain.from && e->t_utc < ptrain.to) {
            ntrain[c]++;
            ev[2 * m] = e->x;
            ev[2 * m + 1] = e->y;
            m++;
        }
        if (e->t_utc >= ptest.from && e->t_utc < ptest.to)
            ntest[c]++;
    }
    double N1 = 0, N2 = 0;
    for (size_t i = 0; i < n; i++)
        N1 += ntrain[i], N2 += ntest[i];
    if (N1 == 0 || N2 == 0) {
        st = trygg__fail(ctx, TRYGG_E_EMPTY, "%s: %.0f %s incidents in the training period and %.0f in the test period; "
                         "both need some",
                         cfg->incidents.source, N1, all ? "" : trygg_category_name(cat), N2);
        goto done;
    }
    if ((st = trygg_kde_quartic(ctx, ev, NULL, m, ctr, n, cfg->kde_bandwidth_m, kde)) != TRYGG_OK ||
        (st = trygg_neighbours_band(ctx, ctr, n, cfg->gi_band_m, &w)) != TRYGG_OK)
        goto done;
    st = trygg_hotspots_gistar(ctx, cfg, &w, ntrain, (uint64_t)cfg->seed * 1000003u + (uint64_t)cat, z, p, NULL);
    if (st != TRYGG_OK)
        goto done;
    trygg_hotspot_classes(z, p, n, cfg->fdr, cls, p);
    double hot_area = 0;
    for (size_t i = 0; i < n; i++) {
        hot[i] = z[i] > 0 && p[i] <= cfg->hot_alpha;
        hot_area += hot[i] ? area[i] : 0;
    }

    char ta[32], tb[32];
    trygg_period_format(&ptrain, off, summer, ta, sizeof ta);
    trygg_period_format(&ptest, off, summer, tb, sizeof tb);
    trygg__sb_printf(&b, _("trygg evaluate: %s; training %s (%.0f), test %s (%.0f)\n"),
                     all ? _("all incidents") : trygg_category_words(cat, false), ta, N1, tb, N2);
    char km2[TRYGG__NUM_MAX];
    trygg__fmt_num(km2, sizeof km2, A / 1e6, 2);
    trygg__sb_printf(&b,
                     kind == TRYGG_GRID_HEX ? _("grid: %zu hexagonal cells of %g m, %s km2; kernel density bandwidth "
                                                "%g m; Gi* band %g m, %s p-values, FDR %s, alpha %g\n")
                                            : _("grid: %zu square cells of %g m, %s km2; kernel density bandwidth %g m; "
                                                "Gi* band %g m, %s p-values, FDR %s, alpha %g\n"),
                     n, size, km2, cfg->kde_bandwidth_m, cfg->gi_band_m, cfg->gi_p_method ? cfg->gi_p_method : "exact",
                     cfg->fdr ? _("on") : _("off"), cfg->hot_alpha);
    trygg__sb_printf(&b, "%s",
                     _("hit rate = test incidents in the hotspots / all test incidents; PAI = hit rate / area share "
                       "(Chainey et al. 2008), PAI len the same on street length; RRI = (test / training incidents in "
                       "the hotspots) / (test / training incidents overall) (Levine 2008)\n"));
    const method rankers[3] = {
        {_("kernel density ranking"), kde}, {_("Gi* z ranking"), z}, {_("count ranking"), ntrain}};
    char title[192], pct[TRYGG__NUM_MAX];
    snprintf(title, sizeof title, _("at %s of the study area:"), trygg__fmt_pct(pct, sizeof pct, share, 1));
    header(&b, title);
    for (int k = 0; k < 3; k++) {
        trygg_select_top_area(rankers[k].score, area, n, share, sel);
        eval_row(&b, rankers[k].name, sel, area, ntrain, ntest, n, A, &ss);
    }
    if (hot_area > 0) {
        double hs = hot_area / A;
        snprintf(title, sizeof title, _("at the area of the Gi* hot cells (%s of the study area):"),
                 trygg__fmt_pct(pct, sizeof pct, hs, 1));
        header(&b, title);
        eval_row(&b, _("Gi* hot cells (significant)"), hot, area, ntrain, ntest, n, A, &ss);
        /* the budget is the hot area itself; a hair more so that equal areas fit exactly */
        for (int k = 0; k < 3; k += 2) {
            trygg_select_top_area(rankers[k].score, area, n, hs * (1 + 1e-9), sel);
            eval_row(&b, rankers[k].name, sel, area, ntrain, ntest, n, A, &ss);
        }
    } else {
        trygg__sb_printf(&b, "\n%s\n", _("no significant Gi* hot cell in the training period"));
    }
    *report = trygg__sb_steal(&b);
done:
    free(trygg__sb_steal(&b));
    trygg_streets_fini(&streets);
    trygg_streets_fini(&joined);
    trygg_places_fini(&places);
    free(street);
    trygg_incidents_fini(&inc);
    trygg_input_report_fini(&rep[0]);
    trygg_input_report_fini(&rep[1]);
    trygg_grid_free(grid);
    trygg_neighbours_fini(&w);
    if (area_geom)
        GEOSGeom_destroy_r(geos, area_geom);
    free(area);
    free(ctr);
    free(ntrain);
    free(ntest);
    free(kde);
    free(z);
    free(p);
    free(cls);
    free(sel);
    free(hot);
    free(ev);
    return st;
}
