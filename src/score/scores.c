/*
 * The three scores and the safety index of every place, with the factors that moved it most
 * (DESIGN.md section 5, "Scores").
 *
 * Each measured indicator (a "component") becomes a percentile rank within the study area
 * (trygg_percentile_ranks), the components of a score are combined with the configured weights,
 * renormalised over those present at a place (trygg_combine), and the safety index is the
 * weighted mean of (100 - vandalism_score), (100 - littering_score) and visibility_score,
 * renormalised the same way. Components are rows of the table below, so new indicators (the
 * surroundings of section 5) slot in as new rows.
 */
#include <math.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/i18n.h"
#include "core/internal.h"
#include "score/score.h"

/* EN 13201-2:2015 table 3: the average illuminance of class P6, the least lit class. Used for
 * OSM lit=yes places when the study area has no estimated lit place to take a median from. */
#define P6_AVG_LUX 2.0

typedef struct {
    const trygg_score_params *sp;
    bool have_lamps, have_incidents;
    double lit_lux; /* lux counted for an OSM lit=yes place */
} score_env;

enum { SC_VANDALISM, SC_LITTERING, SC_VISIBILITY, SC_COUNT };

/* A score: its weight in the safety index and which way it points (+1: high is safe). */
static const struct {
    const char *name;
    size_t weight_off; /* offset of its safety weight in trygg_score_params */
    double sign;
    size_t field_off; /* offset of its output field in trygg_place */
} score_defs[SC_COUNT] = {
    {"vandalism", offsetof(trygg_score_params, w_safety_vandalism), -1.0, offsetof(trygg_place, vandalism_score)},
    {"littering", offsetof(trygg_score_params, w_safety_littering), -1.0, offsetof(trygg_place, littering_score)},
    {"visibility", offsetof(trygg_score_params, w_safety_visibility), 1.0, offsetof(trygg_place, visibility_score)},
};

typedef double (*value_fn)(const trygg_place *pl, const score_env *env);
/* Where a place's value stands among the other places that have the component. */
typedef struct {
    size_t lower, higher, others; /* other places with a strictly lower / higher value; all others */
} standing;

typedef void (*say_fn)(char *buf, size_t size, const trygg_place *pl, const score_env *env, const standing *st);

/* ---- component values (NAN where the component is absent at a place) ---- */

/* Observed reports rank by their empirical-Bayes rate per 100 m (src/score/rates.c; Marshall
 * 1991), which shrinks a short place's rate towards the area's mean in proportion to how little
 * street it has. A place with no report of the kind ranks 0, tied at the bottom: the EB rate of
 * a report-free place is the prior mean shrunk only by its length, which in a skewed table lies
 * above most places, and percentile ranks would turn that absence into risk. With ties at the
 * bottom, a report-free place's mid-rank is at most 50: never above the median
 * (DESIGN.md section 5, Incidents). */
static double observed_value(unsigned count, double eb, const score_env *env)
{
    if (!env->have_incidents)
        return NAN;
    return count == 0 ? 0.0 : eb;
}

static double value_vandalism_observed(const trygg_place *pl, const score_env *env)
{
    return observed_value(pl->n_cat[TRYGG_CAT_VANDALISM] + pl->n_cat[TRYGG_CAT_GRAFFITI], pl->eb_vandalism, env);
}

static double value_littering_observed(const trygg_place *pl, const score_env *env)
{
    return observed_value(pl->n_cat[TRYGG_CAT_LITTERING], pl->eb_littering, env);
}

/* Share of the place's length below dark_lux; an OSM lit=no place counts as all dark, lit=yes
 * as not dark. */
/* Where the lamp data conflicts with what else is known (src/score/lamp_evidence.c), the
 * estimate is not used: a place tagged lit counts as lit, as an uncovered lit=yes place does;
 * where the register is merely sparse, lighting drops out of its scores (NAN). */
static int effective_light_source(const trygg_place *pl)
{
    if (pl->light_conflict == TRYGG_CONFLICT_LIT_TAG)
        return TRYGG_LIGHT_OSM_LIT_YES;
    if (pl->light_conflict == TRYGG_CONFLICT_SPARSE_REGISTER)
        return TRYGG_LIGHT_NO_DATA;
    return pl->light_source;
}

static double value_dark_share(const trygg_place *pl, const score_env *env)
{
    if (!env->have_lamps)
        return NAN;
    switch (effective_light_source(pl)) {
    case TRYGG_LIGHT_ESTIMATED:
        return pl->length_m > 0.0 ? pl->dark_length_m / pl->length_m : NAN;
    case TRYGG_LIGHT_OSM_LIT_NO:
        return 1.0;
    case TRYGG_LIGHT_OSM_LIT_YES:
        return 0.0;
    default:
        return NAN;
    }
}

/* Average illuminance; an OSM lit=yes place counts as the median lit place of the study area
 * (env->lit_lux), lit=no as 0 lux. */
static double value_lux(const trygg_place *pl, const score_env *env)
{
    if (!env->have_lamps)
        return NAN;
    switch (effective_light_source(pl)) {
    case TRYGG_LIGHT_ESTIMATED:
        return pl->lux_avg;
    case TRYGG_LIGHT_OSM_LIT_YES:
        return env->lit_lux;
    case TRYGG_LIGHT_OSM_LIT_NO:
        return 0.0;
    default:
        return NAN;
    }
}

/* Getis-Ord Gi* z of vandalism in the grid cell of the place's midpoint (the statistics
 * stage, src/pipeline/hotspots.c): high where vandalism clusters around the place. */
static double value_vandalism_hotspot(const trygg_place *pl, const score_env *env)
{
    return env->have_incidents ? pl->gi_z_vandalism : NAN;
}

/* ---- words ---- */

/* "more than 93 % of places": the share of the other places with a strictly lower value
 * (or higher, for a value in the lower half), rounded down so that the claim holds. */
static void say_share(char *buf, size_t size, const standing *st)
{
    char p[TRYGG__NUM_MAX];
    if (st->others == 0 || (st->lower == 0 && st->higher == 0))
        snprintf(buf, size, "%s", _("the same as every other place"));
    else if (st->lower == st->others)
        snprintf(buf, size, "%s", _("more than any other place"));
    else if (st->higher == st->others)
        snprintf(buf, size, "%s", _("less than any other place"));
    else if (st->lower >= st->higher)
        snprintf(buf, size, _("more than %s of places"),
                 trygg__fmt_pct(p, sizeof p, floor(100.0 * (double)st->lower / (double)st->others) / 100, 0));
    else
        snprintf(buf, size, _("less than %s of places"),
                 trygg__fmt_pct(p, sizeof p, floor(100.0 * (double)st->higher / (double)st->others) / 100, 0));
}

/* A configured value such as a lux threshold, with as few decimals as it needs (%g). */
static const char *num_g(char *buf, size_t size, double v)
{
    int d = 0;
    while (d < 3 && fabs(v * pow(10, d) - round(v * pow(10, d))) > 1e-9)
        d++;
    return trygg__fmt_num(buf, size, v, d);
}

static void say_reports(char *buf, size_t size, unsigned count, const char *what, double rate, const standing *st)
{
    char share[128], r[TRYGG__NUM_MAX];
    say_share(share, sizeof share, st);
    if (count == 0)
        /* TRANSLATORS: %s is an incident category: "no littering reports" */
        snprintf(buf, size, _("no %s reports"), what);
    else
        snprintf(buf, size, trygg__trn("%u %s report (%s per 100 m, %s)", "%u %s reports (%s per 100 m, %s)", count),
                 count, what, trygg__fmt_num(r, sizeof r, rate, 1), share);
}

static void say_vandalism_observed(char *buf, size_t size, const trygg_place *pl, const score_env *env, const standing *st)
{
    (void)env;
    say_reports(buf, size, pl->n_cat[TRYGG_CAT_VANDALISM] + pl->n_cat[TRYGG_CAT_GRAFFITI], _("vandalism/graffiti"),
                pl->eb_vandalism, st);
}

static void say_littering_observed(char *buf, size_t size, const trygg_place *pl, const score_env *env, const standing *st)
{
    (void)env;
    say_reports(buf, size, pl->n_cat[TRYGG_CAT_LITTERING], _("littering"), pl->eb_littering, st);
}

static void say_vandalism_hotspot(char *buf, size_t size, const trygg_place *pl, const score_env *env,
                                  const standing *st)
{
    (void)env;
    (void)st;
    static const char *const conf[4] = {"", "90", "95", "99"};
    int c = pl->hotspot_vandalism;
    char z[TRYGG__NUM_MAX];
    if (c > 0 && c <= 3)
        snprintf(buf, size, _("in a vandalism hotspot (%s %% confidence)"), conf[c]);
    else if (c < 0 && c >= -3)
        snprintf(buf, size, _("in a vandalism cold spot (%s %% confidence)"), conf[-c]);
    else
        snprintf(buf, size, _("not in a vandalism hotspot (Gi* z = %s)"),
                 trygg__fmt_num(z, sizeof z, pl->gi_z_vandalism, 1));
}

static void say_dark(char *buf, size_t size, const trygg_place *pl, const score_env *env, const standing *st)
{
    (void)st;
    char d[TRYGG__NUM_MAX], l[TRYGG__NUM_MAX], x[TRYGG__NUM_MAX];
    if (pl->light_conflict == TRYGG_CONFLICT_LIT_TAG)
        snprintf(buf, size, "%s", _("lit (OSM lit=yes; the lamp data misses its lamps)"));
    else if (pl->light_source == TRYGG_LIGHT_OSM_LIT_NO)
        snprintf(buf, size, "%s", _("not lit (OSM lit=no)"));
    else if (pl->light_source == TRYGG_LIGHT_OSM_LIT_YES)
        snprintf(buf, size, "%s", _("lit (OSM lit=yes, no lamp data)"));
    else if (pl->dark_length_m > 0.0)
        snprintf(buf, size, _("dark: %s of %s m below %s lux"), trygg__fmt_num(d, sizeof d, pl->dark_length_m, 0),
                 trygg__fmt_num(l, sizeof l, pl->length_m, 0), num_g(x, sizeof x, env->sp->dark_lux));
    else
        snprintf(buf, size, _("no dark stretch: all %s m at %s lux or more"),
                 trygg__fmt_num(l, sizeof l, pl->length_m, 0), num_g(x, sizeof x, env->sp->dark_lux));
}

static void say_lighting(char *buf, size_t size, const trygg_place *pl, const score_env *env, const standing *st)
{
    (void)st;
    if (pl->light_conflict == TRYGG_CONFLICT_LIT_TAG) {
        snprintf(buf, size, "%s", _("lit (OSM lit=yes; the lamp data misses its lamps)"));
        return;
    }
    if (pl->light_source == TRYGG_LIGHT_OSM_LIT_NO) {
        snprintf(buf, size, "%s", _("not lit (OSM lit=no)"));
        return;
    }
    if (pl->light_source == TRYGG_LIGHT_OSM_LIT_YES) {
        snprintf(buf, size, "%s", _("lit (OSM lit=yes, no lamp data)"));
        return;
    }
    int c = pl->lighting_class;
    const char *cname = trygg_lighting_class_name(c);
    char avg[TRYGG__NUM_MAX], lo[TRYGG__NUM_MAX], m[TRYGG__NUM_MAX];
    trygg__fmt_num(avg, sizeof avg, pl->lux_avg, 1);
    int n;
    if (c >= TRYGG_PCLASS_P1 && c <= TRYGG_PCLASS_P1 + 2)
        n = snprintf(buf, size, _("well lit: %s lux average (%s)"), avg, cname);
    else if (c > TRYGG_PCLASS_P1 + 2 && c <= TRYGG_PCLASS_P6)
        n = snprintf(buf, size, _("lit: %s lux average (%s)"), avg, cname);
    else
        n = snprintf(buf, size, _("poorly lit: %s lux average, %s minimum (below P6)"), avg,
                     trygg__fmt_num(lo, sizeof lo, pl->lux_min, 1));
    if (pl->lamps_near > 0 || n < 0 || (size_t)n >= size)
        return;
    size_t used = (size_t)n;
    double r = env->sp->lamp_radius_m;
    if (r > 0.0)
        n = snprintf(buf + used, size - used, _(", no lamp within %s m"), trygg__fmt_num(m, sizeof m, r, 0));
    else
        n = snprintf(buf + used, size - used, "%s", _(", no lamp nearby"));
    if (n < 0 || (size_t)n >= size - used)
        return;
    used += (size_t)n;
    if (isfinite(pl->nearest_lamp_m))
        snprintf(buf + used, size - used, _(" (nearest %s m)"), trygg__fmt_num(m, sizeof m, pl->nearest_lamp_m, 0));
}

/* ---- surroundings (buildings, points of interest) ---- */

static double value_low_surveillance(const trygg_place *pl, const score_env *env)
{
    return env->sp->have_buildings ? 1.0 - pl->surveillance_share : NAN;
}

static double value_surveillance(const trygg_place *pl, const score_env *env)
{
    return env->sp->have_buildings ? pl->surveillance_share : NAN;
}

static double value_openness(const trygg_place *pl, const score_env *env)
{
    return env->sp->have_buildings ? pl->isovist_area_m2 : NAN;
}

static double poi_count(int c, const score_env *env) { return env->sp->have_pois && c >= 0 ? (double)c : NAN; }
static double value_bars(const trygg_place *pl, const score_env *env) { return poi_count(pl->bars_150m, env); }
static double value_transit(const trygg_place *pl, const score_env *env) { return poi_count(pl->transit_150m, env); }
static double value_fast_food(const trygg_place *pl, const score_env *env)
{
    return poi_count(pl->fast_food_150m, env);
}
static double value_activity(const trygg_place *pl, const score_env *env)
{
    return env->sp->have_pois ? pl->activity : NAN;
}

/* Farther from a basket: more litter. NAN when the layer has no basket at all, so the
 * component drops out instead of ranking every place alike. */
static double value_basket_distance(const trygg_place *pl, const score_env *env)
{
    return env->sp->have_pois ? pl->nearest_basket_m : NAN;
}

static void say_surveillance(char *buf, size_t size, const trygg_place *pl, const score_env *env, const standing *st)
{
    (void)st;
    char u[TRYGG__NUM_MAX], r[TRYGG__NUM_MAX];
    trygg__fmt_num(u, sizeof u, pl->unwatched_m, 0);
    if (pl->surveillance_share <= 0.0)
        snprintf(buf, size, _("no windows facing the street for %s m (no building within %s m)"), u,
                 trygg__fmt_num(r, sizeof r, env->sp->surveillance_m, 0));
    else if (pl->unwatched_m >= 10.0)
        snprintf(buf, size, _("no windows facing the street for %s m"), u);
    else
        snprintf(buf, size, _("buildings along %s of the street"),
                 trygg__fmt_pct(r, sizeof r, pl->surveillance_share, 0));
}

static void say_openness(char *buf, size_t size, const trygg_place *pl, const score_env *env, const standing *st)
{
    (void)env;
    char share[128], a[TRYGG__NUM_MAX];
    say_share(share, sizeof share, st);
    snprintf(buf, size,
             st->lower >= st->higher ? _("open sightlines: %s m2 in view (%s)") : _("enclosed: %s m2 in view (%s)"),
             trygg__fmt_num(a, sizeof a, pl->isovist_area_m2, 0), share);
}

/* The search radius for "within %s m". */
static const char *radius_text(char *buf, size_t size, double radius)
{
    return trygg__fmt_num(buf, size, radius, 0);
}

static void say_bars(char *buf, size_t size, const trygg_place *pl, const score_env *env, const standing *st)
{
    (void)st;
    char r[TRYGG__NUM_MAX];
    radius_text(r, sizeof r, env->sp->activity_radius_m);
    int n = pl->bars_150m;
    if (n == 0)
        snprintf(buf, size, _("no bar within %s m"), r);
    else
        snprintf(buf, size, trygg__trn("%d bar within %s m", "%d bars within %s m", (unsigned long)n), n, r);
    if (pl->bars_150m == 0 && isfinite(pl->nearest_bar_m)) {
        size_t used = strlen(buf);
        char m[TRYGG__NUM_MAX];
        snprintf(buf + used, size - used, _(" (nearest %s m)"), trygg__fmt_num(m, sizeof m, pl->nearest_bar_m, 0));
    }
}

static void say_transit(char *buf, size_t size, const trygg_place *pl, const score_env *env, const standing *st)
{
    (void)st;
    char r[TRYGG__NUM_MAX];
    radius_text(r, sizeof r, env->sp->activity_radius_m);
    int n = pl->transit_150m;
    if (n == 0)
        snprintf(buf, size, _("no transit stop within %s m"), r);
    else
        snprintf(buf, size, trygg__trn("%d transit stop within %s m", "%d transit stops within %s m", (unsigned long)n),
                 n, r);
}

static void say_fast_food(char *buf, size_t size, const trygg_place *pl, const score_env *env, const standing *st)
{
    (void)st;
    char r[TRYGG__NUM_MAX];
    radius_text(r, sizeof r, env->sp->activity_radius_m);
    int n = pl->fast_food_150m;
    if (n == 0)
        snprintf(buf, size, _("no fast-food place or kiosk within %s m"), r);
    else
        snprintf(buf, size,
                 trygg__trn("%d fast-food place or kiosk within %s m", "%d fast-food places and kiosks within %s m",
                            (unsigned long)n),
                 n, r);
}

static void say_basket(char *buf, size_t size, const trygg_place *pl, const score_env *env, const standing *st)
{
    (void)env;
    (void)st;
    char m[TRYGG__NUM_MAX];
    snprintf(buf, size, _("nearest waste basket %s m"), trygg__fmt_num(m, sizeof m, pl->nearest_basket_m, 0));
}

static void say_activity(char *buf, size_t size, const trygg_place *pl, const score_env *env, const standing *st)
{
    char share[128], a[TRYGG__NUM_MAX], r[TRYGG__NUM_MAX];
    say_share(share, sizeof share, st);
    trygg__fmt_num(a, sizeof a, pl->activity, 1);
    trygg__fmt_num(r, sizeof r, env->sp->activity_radius_m, 0);
    snprintf(buf, size, st->lower >= st->higher ? _("busy: activity %s within %s m (%s)")
                                                : _("quiet: activity %s within %s m (%s)"),
             a, r, share);
}

/* The components, in the order that breaks ties between equally strong factors. */
static const struct {
    const char *name;
    int score;         /* SC_* it belongs to */
    size_t weight_off; /* offset of its weight in trygg_score_params */
    value_fn value;    /* high = more of the score's thing (more vandalism, better visibility) */
    say_fn say;
    bool ranked;       /* its sentence tells how the place stands among all (a standing: two binary searches) */
} comp_defs[] = {
    {"vandalism observed", SC_VANDALISM, offsetof(trygg_score_params, w_vandalism_observed), value_vandalism_observed,
     say_vandalism_observed, true},
    {"dark", SC_VANDALISM, offsetof(trygg_score_params, w_vandalism_dark), value_dark_share, say_dark, false},
    {"vandalism hotspot", SC_VANDALISM, offsetof(trygg_score_params, w_vandalism_hotspot), value_vandalism_hotspot,
     say_vandalism_hotspot, false},
    {"littering observed", SC_LITTERING, offsetof(trygg_score_params, w_littering_observed), value_littering_observed,
     say_littering_observed, true},
    {"lighting", SC_VISIBILITY, offsetof(trygg_score_params, w_visibility_lighting), value_lux, say_lighting, false},
    {"low surveillance", SC_VANDALISM, offsetof(trygg_score_params, w_vandalism_surveillance),
     value_low_surveillance, say_surveillance, false},
    {"nightlife", SC_VANDALISM, offsetof(trygg_score_params, w_vandalism_nightlife), value_bars, say_bars, false},
    {"transit", SC_VANDALISM, offsetof(trygg_score_params, w_vandalism_transit), value_transit, say_transit, false},
    {"fast food", SC_LITTERING, offsetof(trygg_score_params, w_littering_fast_food), value_fast_food, say_fast_food, false},
    {"transit", SC_LITTERING, offsetof(trygg_score_params, w_littering_transit), value_transit, say_transit, false},
    {"nightlife", SC_LITTERING, offsetof(trygg_score_params, w_littering_nightlife), value_bars, say_bars, false},
    {"baskets", SC_LITTERING, offsetof(trygg_score_params, w_littering_baskets), value_basket_distance, say_basket, false},
    {"surveillance", SC_VISIBILITY, offsetof(trygg_score_params, w_visibility_surveillance), value_surveillance,
     say_surveillance, false},
    {"openness", SC_VISIBILITY, offsetof(trygg_score_params, w_visibility_openness), value_openness, say_openness, true},
    {"activity", SC_VISIBILITY, offsetof(trygg_score_params, w_visibility_activity), value_activity, say_activity, true},
};
#define NCOMP (sizeof comp_defs / sizeof comp_defs[0])

static double param_at(const trygg_score_params *sp, size_t off)
{
    double w;
    memcpy(&w, (const char *)sp + off, sizeof w);
    return w > 0.0 ? w : 0.0; /* also NAN */
}

static double clamp_score(double s)
{
    if (isnan(s))
        return 50.0;
    return s < 0.0 ? 0.0 : s > 100.0 ? 100.0 : s;
}

static int cmp_double(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

/* Median average illuminance of the estimated places that are lit (lux_avg >= dark_lux); the
 * P6 average when there is none. */
static double median_lit_lux(const trygg_places *places, double dark_lux)
{
    double *v = trygg__xmalloc(places->n * sizeof *v);
    size_t k = 0;
    for (size_t i = 0; i < places->n; i++) {
        const trygg_place *pl = &places->v[i];
        if (pl->light_source == TRYGG_LIGHT_ESTIMATED && isfinite(pl->lux_avg) && pl->lux_avg >= dark_lux)
            v[k++] = pl->lux_avg;
    }
    double med = P6_AVG_LUX;
    if (k > 0) {
        qsort(v, k, sizeof *v, cmp_double);
        med = k % 2 ? v[k / 2] : (v[k / 2 - 1] + v[k / 2]) / 2.0;
    }
    free(v);
    return med;
}

/* Counts of values strictly below and above v in the sorted array a[0..k) (binary search). */
static standing count_around(const double *a, size_t k, double v)
{
    size_t lo = 0, hi = k;
    while (lo < hi) { /* first index with a[i] >= v */
        size_t mid = lo + (hi - lo) / 2;
        if (a[mid] < v)
            lo = mid + 1;
        else
            hi = mid;
    }
    size_t below = lo;
    hi = k;
    while (lo < hi) { /* first index with a[i] > v */
        size_t mid = lo + (hi - lo) / 2;
        if (a[mid] <= v)
            lo = mid + 1;
        else
            hi = mid;
    }
    return (standing){below, k - lo, k > 0 ? k - 1 : 0};
}

static void append(char *out, size_t size, const char *text)
{
    if (strstr(out, text)) /* one fact said once, e.g. "not lit (OSM lit=no)" */
        return;
    size_t used = strlen(out);
    snprintf(out + used, size - used, "%s%s", used ? "; " : "", text);
}

/* ---- ranks: one radix sort per component gives both the percentile ranks and the sorted
 * values that the words count around ---- */

typedef struct {
    uint64_t key; /* the value's bits, mapped so that unsigned order is numeric order */
    size_t i;
} rank_item;

/* IEEE 754 doubles compare as sign-magnitude integers: flip every bit of a negative value and
 * only the sign bit of a positive one, and unsigned integer order is numeric order (Herf,
 * "Radix Tricks", 2001, http://stereopsis.com/radix.html). -0.0 is made +0.0 first (v + 0.0),
 * so that the two zeros, equal as numbers, get one key. */
static uint64_t order_key(double v)
{
    double z = v + 0.0;
    uint64_t u;
    memcpy(&u, &z, sizeof u);
    return (u >> 63) ? ~u : u | (UINT64_C(1) << 63);
}

static double key_value(uint64_t k)
{
    uint64_t u = (k >> 63) ? k & ~(UINT64_C(1) << 63) : ~k;
    double v;
    memcpy(&v, &u, sizeof v);
    return v;
}

/* Least-significant-digit radix sort by key over 16-bit digits (Knuth, TAOCP vol. 3, 5.2.5):
 * stable, so equal keys keep the ascending index order they came in; a digit that is the same
 * for every item is skipped. The result is in a or tmp; returns which. */
static rank_item *radix_sort(rank_item *a, rank_item *tmp, size_t n)
{
    size_t *count = trygg__xmalloc(65536 * sizeof *count);
    for (int pass = 0; pass < 4; pass++) {
        int shift = 16 * pass;
        memset(count, 0, 65536 * sizeof *count);
        for (size_t i = 0; i < n; i++)
            count[(a[i].key >> shift) & 0xffff]++;
        if (n == 0 || count[(a[0].key >> shift) & 0xffff] == n)
            continue;
        size_t sum = 0;
        for (size_t d = 0; d < 65536; d++) {
            size_t c = count[d];
            count[d] = sum;
            sum += c;
        }
        for (size_t i = 0; i < n; i++)
            tmp[count[(a[i].key >> shift) & 0xffff]++] = a[i];
        rank_item *t = a;
        a = tmp;
        tmp = t;
    }
    free(count);
    return a;
}

/* Percentile ranks of raw[0..n) into pct (trygg_percentile_ranks: mid-rank for ties, 50 when
 * only one value is present, NAN for NAN) and the non-NAN values ascending into sorted; the
 * number of those is returned. The arithmetic is trygg_percentile_ranks', so the ranks are the
 * same to the bit. */
static size_t rank_component(const double *raw, size_t n, double *pct, double *sorted, rank_item *buf,
                             rank_item *tmp)
{
    size_t nk = 0;
    for (size_t i = 0; i < n; i++) {
        if (isnan(raw[i]))
            pct[i] = NAN;
        else
            buf[nk++] = (rank_item){order_key(raw[i]), i};
    }
    rank_item *k = radix_sort(buf, tmp, nk);
    for (size_t a = 0; a < nk;) {
        size_t b = a + 1;
        while (b < nk && k[b].key == k[a].key)
            b++;
        double p = nk == 1 ? 50.0 : 100.0 * ((double)a + (double)(b - a - 1) / 2.0) / (double)(nk - 1);
        double v = key_value(k[a].key);
        for (size_t j = a; j < b; j++) {
            pct[k[j].i] = p;
            sorted[j] = v;
        }
        a = b;
    }
    return nk;
}

/* Factors at most this many; the third only when it moved the index by at least a point. */
#define MAX_FACTORS 3
#define THIRD_FACTOR_MIN 1.0

typedef struct {
    const trygg_score_params *sp;
    const score_env *env;
    trygg_places *places;
    size_t n;
    const double *raw[NCOMP], *pct[NCOMP], *sorted[NCOMP];
    size_t nsorted[NCOMP];
    double w[NCOMP];             /* component weights */
    double wscore[SC_COUNT];     /* score weights in the index */
    const double *sc;            /* SC_COUNT x n scores */
    bool have_lamps, have_incidents;
} score_job;

static void component_values(size_t i, GEOSContextHandle_t geos, void *user)
{
    (void)geos;
    score_job *job = user;
    for (size_t j = 0; j < NCOMP; j++)
        ((double *)job->raw[j])[i] = comp_defs[j].value(&job->places->v[i], job->env);
}

/* The safety index and the top factors of place i. */
static void score_place(size_t i, GEOSContextHandle_t geos, void *user)
{
    (void)geos;
    const score_job *job = user;
    size_t n = job->n;
    trygg_place *pl = &job->places->v[i];

    /* Safety index: weighted mean of the scores present, turned so that high is safe. */
    double wsum = 0.0, ssum = 0.0, wk[SC_COUNT];
    for (int k = 0; k < SC_COUNT; k++) {
        double s = job->sc[(size_t)k * n + i];
        wk[k] = isnan(s) ? 0.0 : job->wscore[k];
        if (wk[k] > 0.0) {
            wsum += wk[k];
            ssum += wk[k] * (score_defs[k].sign > 0 ? s : 100.0 - s);
        }
        double out = clamp_score(s);
        memcpy((char *)pl + score_defs[k].field_off, &out, sizeof out);
    }
    pl->safety_index = clamp_score(wsum > 0.0 ? ssum / wsum : 50.0);

    /* Each component's pull on the index away from neutral 50: its share of its score times
     * the score's share of the index times its signed distance from the median. These add
     * up to safety_index - 50. */
    double csum[SC_COUNT] = {0};
    for (size_t j = 0; j < NCOMP; j++)
        if (!isnan(job->pct[j][i]))
            csum[comp_defs[j].score] += job->w[j];
    double effect[NCOMP];
    size_t order[NCOMP], nord = 0;
    for (size_t j = 0; j < NCOMP; j++) {
        int k = comp_defs[j].score;
        double w = job->w[j], p = job->pct[j][i];
        if (isnan(p) || !(w > 0.0) || !(wk[k] > 0.0))
            continue;
        effect[j] = score_defs[k].sign * (p - 50.0) * (w / csum[k]) * (wk[k] / wsum);
        /* insertion by |effect| descending; equal ones keep table order */
        size_t at = nord;
        while (at > 0 && fabs(effect[order[at - 1]]) < fabs(effect[j])) {
            order[at] = order[at - 1];
            at--;
        }
        order[at] = j;
        nord++;
    }

    char text[1024] = "", part[256];
    if (nord == 0)
        append(text, sizeof text, _("nothing measured here: neutral 50"));
    for (size_t r = 0; r < nord && r < MAX_FACTORS; r++) {
        size_t j = order[r];
        if (r >= 2 && fabs(effect[j]) < THIRD_FACTOR_MIN)
            break;
        standing st = comp_defs[j].ranked ? count_around(job->sorted[j], job->nsorted[j], job->raw[j][i])
                                          : (standing){0, 0, 0};
        comp_defs[j].say(part, sizeof part, pl, job->env, &st);
        append(text, sizeof text, part);
    }
    if (!job->have_lamps)
        append(text, sizeof text, _("lighting not assessed (no lamp layer)"));
    else if (pl->light_source == TRYGG_LIGHT_NO_DATA || pl->light_source == TRYGG_LIGHT_NOT_ASSESSED)
        append(text, sizeof text, _("no lighting data here (no lamp within reach, no lit tag)"));
    if (!job->have_incidents)
        append(text, sizeof text, _("no incident data"));
    free(pl->top_factors);
    pl->top_factors = trygg__xstrdup(text);
}

void trygg_score_places(trygg_ctx *ctx, const trygg_score_params *sp, trygg_places *places, bool have_lamps,
                        bool have_incidents)
{
    size_t n = places->n;
    if (n == 0)
        return;
    score_env env = {sp, have_lamps, have_incidents, P6_AVG_LUX};
    if (have_lamps)
        env.lit_lux = median_lit_lux(places, sp->dark_lux);

    score_job job = {.sp = sp, .env = &env, .places = places, .n = n, .have_lamps = have_lamps,
                     .have_incidents = have_incidents};
    double *block = trygg__xmalloc((3 * NCOMP + SC_COUNT) * n * sizeof *block);
    double *raw = block, *pct = block + NCOMP * n, *sorted = block + 2 * NCOMP * n, *sc = block + 3 * NCOMP * n;
    rank_item *buf = trygg__xmalloc(2 * n * sizeof *buf);
    for (size_t j = 0; j < NCOMP; j++) {
        job.raw[j] = raw + j * n;
        job.w[j] = param_at(sp, comp_defs[j].weight_off);
    }
    for (int k = 0; k < SC_COUNT; k++)
        job.wscore[k] = param_at(sp, score_defs[k].weight_off);
    trygg__parallel_for(ctx, n, component_values, &job);
    /* Ranks once per distinct indicator: "transit" and "nightlife" serve two scores each. */
    for (size_t j = 0; j < NCOMP; j++) {
        size_t same = j;
        for (size_t e = 0; e < j && same == j; e++)
            if (comp_defs[e].value == comp_defs[j].value)
                same = e;
        if (same != j) {
            job.pct[j] = job.pct[same];
            job.sorted[j] = job.sorted[same];
            job.nsorted[j] = job.nsorted[same];
            continue;
        }
        job.pct[j] = pct + j * n;
        job.sorted[j] = sorted + j * n;
        job.nsorted[j] = rank_component(raw + j * n, n, pct + j * n, sorted + j * n, buf, buf + n);
    }
    free(buf);
    for (int k = 0; k < SC_COUNT; k++) {
        trygg_component comps[NCOMP];
        size_t nc = 0;
        for (size_t j = 0; j < NCOMP; j++)
            if (comp_defs[j].score == k)
                comps[nc++] = (trygg_component){comp_defs[j].name, job.w[j], job.pct[j]};
        trygg_combine(comps, nc, n, sc + (size_t)k * n);
    }
    job.sc = sc;
    trygg__parallel_for(ctx, n, score_place, &job);
    free(block);
}
