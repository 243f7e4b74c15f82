/*
 * The surroundings stage: natural surveillance, openness, activity and the points of interest
 * near every place (on all cores, one GEOS handle per thread for the STRtree queries), and the
 * Poisson models of which environmental factors go with vandalism and littering in the study
 * area (risk terrain modelling's question: Caplan & Kennedy 2016).
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "core/i18n.h"
#include "core/internal.h"
#include "geom/geom.h"
#include "index/index.h"
#include "pipeline/surroundings.h"

/* ---- measuring ---- */

typedef struct {
    const trygg_config *cfg;
    trygg_places *places;
    const trygg_buildings *buildings;
    const trygg_pois *pois;
    const trygg_index *building_index, *poi_index, *bar_index, *basket_index;
    const double *bar_xy, *basket_xy;
    size_t nbars, nbaskets;
    trygg_isovist_rays rays;
    trygg_activity_params ap;
} surroundings_job;

static void building_envelope(size_t i, double env[4], void *user)
{
    const trygg_buildings *b = user;
    memcpy(env, b->v[i].env, 4 * sizeof *env);
}

typedef struct {
    const double *pts; /* the points, interleaved x,y */
    const double *xy;  /* the polyline */
    size_t nv;
} to_point;

static double point_distance(size_t i, void *user)
{
    const to_point *q = user;
    return trygg_geom_point_polyline_distance(q->pts[2 * i], q->pts[2 * i + 1], q->xy, q->nv, NULL);
}

/* Distance from a polyline (envelope env) to the nearest of n points (indexed), exact: the
 * index's nearest-neighbour search, whose cost does not grow with the distance (a box grown
 * until it held a point took in whole towns' bars for a place in the country). NAN when n = 0. */
static double nearest_point(const trygg_index *idx, GEOSContextHandle_t geos, const double *pts, size_t n,
                            const double *xy, size_t nv, const double env[4])
{
    if (n == 0)
        return NAN;
    to_point q = {pts, xy, nv};
    double d = trygg_index_nearest(idx, geos, env, point_distance, &q);
    return isfinite(d) ? d : NAN;
}

static void surroundings_one(size_t i, GEOSContextHandle_t geos, void *user)
{
    surroundings_job *job = user;
    const trygg_config *cfg = job->cfg;
    trygg_place *pl = &job->places->v[i];
    double env[4];
    trygg_geom_polyline_envelope(pl->xy, pl->nv, env);
    trygg_idlist cand = {0};
    double *dist = NULL;

    if (job->buildings) {
        double r = cfg->surveillance_m;
        /* Neither measure depends on the buildings' order (a yes or no per step, a minimum per ray). */
        trygg_index_query_unordered(job->building_index, geos, env[0] - r, env[1] - r, env[2] + r, env[3] + r,
                                    &cand);
        pl->surveillance_share = trygg_surveillance_share(pl->xy, pl->nv, cfg->surveillance_step_m, r,
                                                          job->buildings->v, cand.v, cand.n, &pl->unwatched_m);
        /* Isovists at the centres of ceil(length / step) equal intervals, like the lighting samples. */
        size_t ns = (size_t)ceil(pl->length_m / cfg->isovist_step_m);
        if (ns == 0)
            ns = 1;
        dist = trygg__xmalloc((size_t)job->rays.n * sizeof *dist);
        double sum = 0.0, R = job->rays.radius;
        for (size_t k = 0; k < ns; k++) {
            double x, y;
            trygg_geom_point_at(pl->xy, pl->nv, (k + 0.5) * pl->length_m / (double)ns, &x, &y);
            trygg_index_query_unordered(job->building_index, geos, x - R, y - R, x + R, y + R, &cand);
            sum += trygg_isovist_area(&job->rays, x, y, job->buildings->v, cand.v, cand.n, dist);
        }
        pl->isovist_area_m2 = sum / (double)ns;
    }
    if (job->pois) {
        double r = fmax(job->ap.radius_m, job->ap.youth_radius_m);
        /* Counts per kind: the order does not matter. */
        trygg_index_query_unordered(job->poi_index, geos, env[0] - r, env[1] - r, env[2] + r, env[3] + r, &cand);
        trygg_activity_place(&job->ap, pl->xy, pl->nv, job->pois->v, cand.v, cand.n, pl);
        pl->nearest_bar_m = nearest_point(job->bar_index, geos, job->bar_xy, job->nbars, pl->xy, pl->nv, env);
        pl->nearest_basket_m =
            nearest_point(job->basket_index, geos, job->basket_xy, job->nbaskets, pl->xy, pl->nv, env);
    }
    free(dist);
    trygg_idlist_fini(&cand);
}

/* Coordinates of the points of one kind, and their index. */
static double *kind_points(const trygg_pois *pois, trygg_poi_kind kind, size_t *n)
{
    double *xy = trygg__xmalloc(2 * (pois->n ? pois->n : 1) * sizeof *xy);
    size_t k = 0;
    for (size_t i = 0; i < pois->n; i++)
        if (pois->v[i].kind == kind) {
            xy[2 * k] = pois->v[i].x;
            xy[2 * k + 1] = pois->v[i].y;
            k++;
        }
    *n = k;
    return xy;
}

void trygg_measure_surroundings(trygg_ctx *ctx, const trygg_config *cfg, trygg_places *places,
                                const trygg_buildings *buildings, const trygg_pois *pois)
{
    for (size_t i = 0; i < places->n; i++) {
        trygg_place *pl = &places->v[i];
        pl->surveillance_share = pl->unwatched_m = pl->isovist_area_m2 = pl->activity = NAN;
        pl->nearest_bar_m = pl->nearest_basket_m = NAN;
        pl->bars_150m = pl->transit_150m = pl->fast_food_150m = pl->youth_300m = -1;
    }
    if (buildings && buildings->n == 0)
        buildings = NULL;
    if (pois && pois->n == 0)
        pois = NULL;
    if (!buildings && !pois)
        return;
    surroundings_job job = {.cfg = cfg, .places = places, .buildings = buildings, .pois = pois};
    double *bar_xy = NULL, *basket_xy = NULL;
    trygg_index *bidx = NULL, *pidx = NULL, *baridx = NULL, *basketidx = NULL;
    if (buildings) {
        bidx = trygg_index_new(ctx, buildings->n, building_envelope, (void *)buildings);
        trygg_isovist_rays_init(&job.rays, cfg->isovist_rays, cfg->isovist_radius_m);
    }
    if (pois) {
        pidx = trygg_index_new_points(ctx, &pois->v[0].x, pois->n, sizeof(trygg_poi) / sizeof(double));
        bar_xy = kind_points(pois, TRYGG_POI_BAR, &job.nbars);
        basket_xy = kind_points(pois, TRYGG_POI_WASTE_BASKET, &job.nbaskets);
        baridx = trygg_index_new_points(ctx, bar_xy, job.nbars, 2);
        basketidx = trygg_index_new_points(ctx, basket_xy, job.nbaskets, 2);
        job.ap.radius_m = cfg->activity_radius_m;
        job.ap.youth_radius_m = cfg->youth_radius_m;
        memcpy(job.ap.weight, cfg->activity_weight, sizeof job.ap.weight);
    }
    job.building_index = bidx;
    job.poi_index = pidx;
    job.bar_index = baridx;
    job.basket_index = basketidx;
    job.bar_xy = bar_xy;
    job.basket_xy = basket_xy;
    trygg__parallel_for(ctx, places->n, surroundings_one, &job);
    if (buildings)
        trygg_isovist_rays_fini(&job.rays);
    trygg_index_free(bidx);
    trygg_index_free(pidx);
    trygg_index_free(baridx);
    trygg_index_free(basketidx);
    free(bar_xy);
    free(basket_xy);
}

/* ---- which factors matter: Poisson models ---- */

enum { F_DARK, F_SURVEILLANCE, F_OPENNESS, F_ACTIVITY, F_BARS, F_TRANSIT, F_FAST_FOOD, F_BASKET, F_COUNT };
enum { NEED_LAMPS, NEED_BUILDINGS, NEED_POIS };

static double dark_share(const trygg_place *pl)
{
    /* As the darkness component of the scores: lit=no is all dark, lit=yes not dark. */
    switch (pl->light_source) {
    case TRYGG_LIGHT_ESTIMATED:
        return pl->length_m > 0 ? pl->dark_length_m / pl->length_m : NAN;
    case TRYGG_LIGHT_OSM_LIT_NO:
        return 1.0;
    case TRYGG_LIGHT_OSM_LIT_YES:
        return 0.0;
    default:
        return NAN;
    }
}

static double count_or_nan(int c) { return c < 0 ? NAN : (double)c; }

static double factor_value(int f, const trygg_place *pl)
{
    switch (f) {
    case F_DARK:
        return dark_share(pl);
    case F_SURVEILLANCE:
        return pl->surveillance_share;
    case F_OPENNESS:
        return pl->isovist_area_m2;
    case F_ACTIVITY:
        return pl->activity;
    case F_BARS:
        return count_or_nan(pl->bars_150m);
    case F_TRANSIT:
        return count_or_nan(pl->transit_150m);
    case F_FAST_FOOD:
        return count_or_nan(pl->fast_food_150m);
    case F_BASKET:
        return pl->nearest_basket_m;
    default:
        return NAN;
    }
}

static const struct {
    const char *key; /* the street_segments field */
    int need;
} factors[F_COUNT] = {
    [F_DARK] = {"dark_share", NEED_LAMPS},
    [F_SURVEILLANCE] = {"surveillance_share", NEED_BUILDINGS},
    [F_OPENNESS] = {"isovist_area_m2", NEED_BUILDINGS},
    [F_ACTIVITY] = {"activity", NEED_POIS},
    [F_BARS] = {"bars_150m", NEED_POIS},
    [F_TRANSIT] = {"transit_150m", NEED_POIS},
    [F_FAST_FOOD] = {"fast_food_150m", NEED_POIS},
    [F_BASKET] = {"nearest_basket_m", NEED_POIS},
};

/* Score components whose weight the model can set: factor, the direction in which the factor
 * raises the risk (+1 more, -1 less), the weight. */
typedef struct {
    int factor;
    double sign;
    size_t weight_off; /* in trygg_score_params */
    const char *name;
} fitted_component;

static const fitted_component vandalism_components[] = {
    {F_DARK, +1, offsetof(trygg_score_params, w_vandalism_dark), "dark"},
    {F_SURVEILLANCE, -1, offsetof(trygg_score_params, w_vandalism_surveillance), "low surveillance"},
    {F_BARS, +1, offsetof(trygg_score_params, w_vandalism_nightlife), "nightlife"},
    {F_TRANSIT, +1, offsetof(trygg_score_params, w_vandalism_transit), "transit"},
};
static const fitted_component littering_components[] = {
    {F_FAST_FOOD, +1, offsetof(trygg_score_params, w_littering_fast_food), "fast food"},
    {F_TRANSIT, +1, offsetof(trygg_score_params, w_littering_transit), "transit"},
    {F_BARS, +1, offsetof(trygg_score_params, w_littering_nightlife), "nightlife"},
    {F_BASKET, +1, offsetof(trygg_score_params, w_littering_baskets), "far from a waste basket"},
};

typedef struct {
    bool fitted;
    bool used[F_COUNT];
    double beta[F_COUNT], se[F_COUNT];
} model_result;

/* 97.5 % point of the standard normal distribution: 95 % two-sided Wald intervals. */
#define Z975 1.959963984540054

static void fit_model(const char *name, const char *what, const trygg_places *places, const bool avail[F_COUNT],
                      bool count_vandalism, trygg_kv *kv, model_result *res)
{
    size_t n = places->n, p = 1, rows = 0;
    int col[F_COUNT];
    double mean[F_COUNT] = {0}, sd[F_COUNT] = {0};
    double *X = NULL, *y = NULL, *off = NULL, *beta = NULL, *se = NULL;
    char key[128];
    trygg__strbuf dropped = {0};
    memset(res, 0, sizeof *res);

    /* Rows: places with a length and every available factor known. */
    unsigned char *use = trygg__xcalloc(n ? n : 1, 1);
    for (size_t i = 0; i < n; i++) {
        const trygg_place *pl = &places->v[i];
        bool ok = pl->length_m > 0;
        for (int f = 0; f < F_COUNT && ok; f++)
            ok = !avail[f] || isfinite(factor_value(f, pl));
        use[i] = ok;
        rows += ok;
    }
    for (int f = 0; f < F_COUNT; f++) {
        col[f] = -1;
        if (!avail[f] || rows < 2)
            continue;
        double s = 0, s2 = 0;
        for (size_t i = 0; i < n; i++)
            if (use[i])
                s += factor_value(f, &places->v[i]);
        mean[f] = s / (double)rows;
        for (size_t i = 0; i < n; i++)
            if (use[i]) {
                double d = factor_value(f, &places->v[i]) - mean[f];
                s2 += d * d;
            }
        sd[f] = sqrt(s2 / (double)(rows - 1));
        if (sd[f] > 1e-12 * (1.0 + fabs(mean[f])))
            col[f] = (int)p++;
        else
            trygg__sb_printf(&dropped, "%s%s", dropped.n ? ", " : "", factors[f].key);
    }
    double events = 0;
    X = trygg__xmalloc((rows ? rows : 1) * p * sizeof *X);
    y = trygg__xmalloc((rows ? rows : 1) * sizeof *y);
    off = trygg__xmalloc((rows ? rows : 1) * sizeof *off);
    size_t r = 0;
    for (size_t i = 0; i < n; i++) {
        if (!use[i])
            continue;
        const trygg_place *pl = &places->v[i];
        double *xr = X + r * p;
        xr[0] = 1.0;
        for (int f = 0; f < F_COUNT; f++)
            if (col[f] > 0)
                xr[col[f]] = (factor_value(f, pl) - mean[f]) / sd[f];
        y[r] = count_vandalism ? (double)(pl->n_cat[TRYGG_CAT_VANDALISM] + pl->n_cat[TRYGG_CAT_GRAFFITI])
                               : (double)pl->n_cat[TRYGG_CAT_LITTERING];
        off[r] = log(pl->length_m);
        events += y[r];
        r++;
    }
    snprintf(key, sizeof key, "model.%s", name);
    if (p < 2 || rows < 10 * p || events < 10) {
        trygg_kv_set(kv, key,
                     _("not fitted: %zu places with every factor known, %.0f %s reports and %zu varying factors "
                       "(needs at least 10 places per term and 10 reports)"),
                     rows, events, what, p - 1);
        goto done;
    }
    beta = trygg__xcalloc(p, sizeof *beta);
    se = trygg__xcalloc(p, sizeof *se);
    double dev = 0;
    int it = trygg_poisson_fit(X, y, off, rows, p, beta, se, &dev);
    if (!it) {
        trygg_kv_set(kv, key, "%s",
                     _("not fitted: the Poisson regression did not converge (factors too closely related?)"));
        goto done;
    }
    /* Over-dispersion: Pearson chi-square over residual degrees of freedom. Counts of reports
     * cluster more than a Poisson process, so the standard errors are scaled by sqrt(phi)
     * when phi > 1 (quasi-Poisson; McCullagh & Nelder 1989, section 4.5.2). */
    double chi2 = 0;
    for (size_t i = 0; i < rows; i++) {
        double e = off[i];
        for (size_t a = 0; a < p; a++)
            e += X[i * p + a] * beta[a];
        double mu = exp(e);
        chi2 += (y[i] - mu) * (y[i] - mu) / mu;
    }
    double phi = chi2 / (double)(rows - p), scale = phi > 1.0 ? sqrt(phi) : 1.0;
    char *drop = trygg__sb_steal(&dropped);
    char phi_s[TRYGG__NUM_MAX], dev_s[TRYGG__NUM_MAX];
    trygg_kv_set(kv, key,
                 _("Poisson regression (IRLS, log link, offset log length) of %.0f %s reports on %zu places; relative "
                   "risk (RR) per standard deviation of each factor with 95 %% Wald interval, standard errors scaled "
                   "for over-dispersion (phi = %s); deviance %s on %zu df; %d iterations%s%s"),
                 events, what, rows, trygg__fmt_num(phi_s, sizeof phi_s, phi, 2),
                 trygg__fmt_num(dev_s, sizeof dev_s, dev, 1), rows - p, it, *drop ? _("; constant, left out: ") : "",
                 drop);
    free(drop);
    res->fitted = true;
    for (int f = 0; f < F_COUNT; f++) {
        if (col[f] < 0)
            continue;
        double b = beta[col[f]], s = se[col[f]] * scale;
        res->used[f] = true;
        res->beta[f] = b;
        res->se[f] = s;
        bool sig = fabs(b) > Z975 * s;
        snprintf(key, sizeof key, "model.%s.%s", name, factors[f].key);
        char rr[TRYGG__NUM_MAX], lo[TRYGG__NUM_MAX], hi[TRYGG__NUM_MAX];
        trygg_kv_set(kv, key, _("RR %s (%s-%s) per SD of %.3g%s"), trygg__fmt_num(rr, sizeof rr, exp(b), 2),
                     trygg__fmt_num(lo, sizeof lo, exp(b - Z975 * s), 2),
                     trygg__fmt_num(hi, sizeof hi, exp(b + Z975 * s), 2), sd[f],
                     sig ? (b > 0 ? _(", significant: higher risk") : _(", significant: lower risk"))
                         : _(", not significant"));
    }
done:
    free(trygg__sb_steal(&dropped));
    free(use);
    free(X);
    free(y);
    free(off);
    free(beta);
    free(se);
}

static double weight_at(const trygg_score_params *sp, size_t off)
{
    double w;
    memcpy(&w, (const char *)sp + off, sizeof w);
    return w;
}

/* Fitted mode: the environmental weights of one score in proportion to the significant
 * log relative risks in the risk direction, keeping their fixed total; others 0. */
static void fit_weights(const char *name, const fitted_component *comps, size_t nc, const model_result *res,
                        trygg_score_params *sp, trygg_kv *kv)
{
    char key[96];
    snprintf(key, sizeof key, "weights.fitted.%s", name);
    if (!res->fitted) {
        trygg_kv_set(kv, key, "%s", _("fixed weights kept: the model was not fitted"));
        return;
    }
    double total = 0, sum = 0, b[8];
    for (size_t j = 0; j < nc; j++) {
        int f = comps[j].factor;
        b[j] = 0;
        if (!res->used[f])
            continue;
        total += weight_at(sp, comps[j].weight_off);
        double lb = comps[j].sign * res->beta[f];
        if (lb > 0 && lb > Z975 * res->se[f])
            b[j] = lb;
        sum += b[j];
    }
    if (!(sum > 0) || !(total > 0)) {
        trygg_kv_set(kv, key, "%s", _("fixed weights kept: no factor significantly raises the risk"));
        return;
    }
    trygg__strbuf t = {0};
    for (size_t j = 0; j < nc; j++) {
        if (!res->used[comps[j].factor])
            continue;
        double w = total * b[j] / sum;
        memcpy((char *)sp + comps[j].weight_off, &w, sizeof w);
        trygg__sb_printf(&t, "%s%s %.3f", t.n ? ", " : "", comps[j].name, w);
    }
    char *s = trygg__sb_steal(&t);
    trygg_kv_set(kv, key, _("%s (in proportion to the significant log relative risks; total %.3g as fixed)"), s, total);
    free(s);
}

void trygg_surroundings_models(const trygg_config *cfg, const trygg_places *places, bool have_lamps,
                               bool have_incidents, bool have_buildings, bool have_pois, trygg_score_params *sp,
                               trygg_kv *run_info)
{
    bool fitted_mode = cfg->weights_mode && strcmp(cfg->weights_mode, "fitted") == 0;
    trygg_kv_set(run_info, "weights.mode", "%s",
                 fitted_mode ? _("fitted: environmental weights from the Poisson models below")
                             : _("fixed: the configured weights"));
    if (!have_incidents) {
        trygg_kv_set(run_info, "model", "%s", _("not fitted: no incident data"));
        return;
    }
    bool avail[F_COUNT];
    bool any = false;
    for (int f = 0; f < F_COUNT; f++) {
        int need = factors[f].need;
        avail[f] = need == NEED_LAMPS ? have_lamps : need == NEED_BUILDINGS ? have_buildings : have_pois;
        any = any || avail[f];
    }
    if (!any) {
        trygg_kv_set(run_info, "model", "%s", _("not fitted: no environmental factor was measured"));
        return;
    }
    model_result vand, litt;
    fit_model("vandalism", _("vandalism+graffiti"), places, avail, true, run_info, &vand);
    fit_model("littering", _("littering"), places, avail, false, run_info, &litt);
    if (fitted_mode) {
        fit_weights("vandalism", vandalism_components, sizeof vandalism_components / sizeof *vandalism_components,
                    &vand, sp, run_info);
        fit_weights("littering", littering_components, sizeof littering_components / sizeof *littering_components,
                    &litt, sp, run_info);
    }
}

void trygg_surroundings_components(trygg_kv *kv, bool have_lamps, bool have_incidents, bool have_buildings,
                                   bool have_pois, bool have_hotspot)
{
    trygg__strbuf v = {0}, l = {0}, s = {0}, missing = {0};
    /* Lists of what went into each score, in the run's language; a comma between items. */
    if (have_incidents)
        trygg__sb_printf(&v, "%s", _("observed vandalism+graffiti"));
    if (have_lamps)
        trygg__sb_printf(&v, "%s%s", v.n ? ", " : "", _("darkness"));
    if (have_buildings)
        trygg__sb_printf(&v, "%s%s", v.n ? ", " : "", _("low surveillance"));
    if (have_pois)
        trygg__sb_printf(&v, "%s%s", v.n ? ", " : "", _("nightlife, transit stops"));
    if (have_hotspot)
        trygg__sb_printf(&v, "%s%s", v.n ? ", " : "", _("vandalism hotspot (Gi* z of the cell)"));
    if (have_incidents)
        trygg__sb_printf(&l, "%s", _("observed littering"));
    if (have_pois)
        trygg__sb_printf(&l, "%s%s", l.n ? ", " : "",
                         _("fast food and kiosks, transit stops, nightlife, distance to a waste basket"));
    trygg__sb_printf(&s, "%s", have_lamps ? _("lighting") : _("OSM lit tags only (no lamp layer)"));
    if (have_buildings)
        trygg__sb_printf(&s, ", %s", _("natural surveillance, openness"));
    if (have_pois)
        trygg__sb_printf(&s, ", %s", _("activity"));
    if (!have_buildings)
        trygg__sb_printf(&missing, "%s", _("natural surveillance and openness (no buildings layer)"));
    if (!have_pois)
        trygg__sb_printf(&missing, "%s%s", missing.n ? "; " : "",
                         _("activity, nightlife, transit, fast food and waste baskets (no points-of-interest layer)"));
    char *vs = trygg__sb_steal(&v), *ls = trygg__sb_steal(&l), *ss = trygg__sb_steal(&s), *ms = trygg__sb_steal(&missing);
    trygg_kv_set(kv, "components.vandalism_score", "%s", *vs ? vs : _("none (neutral 50)"));
    trygg_kv_set(kv, "components.littering_score", "%s", *ls ? ls : _("none (no incident data: neutral 50)"));
    trygg_kv_set(kv, "components.visibility_score", "%s", ss);
    trygg_kv_set(kv, "components.not_used", "%s%s", *ms ? ms : _("none: every component was used"),
                 *ms ? _("; the weights renormalise over the components used") : "");
    free(vs);
    free(ls);
    free(ss);
    free(ms);
}
