/*
 * The figures of one area (report/area_figures.h), step by step: the reports of the two periods,
 * the lamps, the places with their length by lighting class and mean scores, the dark stretches,
 * the measures and the safety survey.
 */
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "core/internal.h"
#include "report/area_figures.h"
#include "report/least_safe.h"
#include "report/model_query.h"
#include "score/mid_rank.h"

trygg_status trygg__area_zone_init(trygg__report_model *m, const char *name, const GEOSGeometry *g, double buffer_m,
                                   trygg__area_zone *zone)
{
    zone->g = buffer_m > 0 ? GEOSBuffer_r(m->geos, g, buffer_m, 16) : GEOSGeom_clone_r(m->geos, g);
    zone->prepared = zone->g ? GEOSPrepare_r(m->geos, zone->g) : NULL;
    if (!zone->prepared)
        return trygg__fail(m->ctx, TRYGG_E_GEOM, "area '%s': buffering by %g m failed", name, buffer_m);
    return TRYGG_OK;
}

void trygg__area_zone_fini(trygg__report_model *m, trygg__area_zone *zone)
{
    if (zone->prepared)
        GEOSPreparedGeom_destroy_r(m->geos, zone->prepared);
    if (zone->g)
        GEOSGeom_destroy_r(m->geos, zone->g);
    memset(zone, 0, sizeof *zone);
}

void trygg__area_figures_fini(trygg__area_figures *fig)
{
    free(fig->measures);
    free(fig->done);
    fig->measures = fig->done = NULL;
}

static bool status_is(const char *status, const char *const *set, size_t n)
{
    for (size_t k = 0; status && k < n; k++)
        if (strcmp(status, set[k]) == 0)
            return true;
    return false;
}

static const char *const done_status[] = {"genomförd", "avslutad"};
static const char *const going_status[] = {"beslutad", "pågår"};

/* The survey of the area g: the survey area (by name) with the largest area in common with g,
 * ties to the first name in byte order; its latest year. */
static void survey_of(trygg__report_model *m, const GEOSGeometry *g, trygg__area_figures *fig)
{
    fig->survey_area = NULL;
    fig->survey_index = fig->survey_change = NAN;
    if (!m->sv_idx)
        return;
    double env[4], best_share = 0;
    trygg__report_env_of(m->geos, g, env);
    trygg_idlist ids = {0};
    trygg__report_query(m, m->sv_idx, env, &ids);
    const GEOSPreparedGeometry *pg = GEOSPrepare_r(m->geos, g);
    const char *best = NULL;
    for (size_t k = 0; k < ids.n && pg; k++) {
        size_t i = ids.v[k];
        if (GEOSPreparedIntersects_r(m->geos, pg, m->sv[i].g) != 1)
            continue;
        GEOSGeometry *common = GEOSIntersection_r(m->geos, g, m->sv[i].g);
        double a = 0;
        if (common) {
            GEOSArea_r(m->geos, common, &a);
            GEOSGeom_destroy_r(m->geos, common);
        }
        if (a > 0 && (!best || a > best_share || (a == best_share && strcmp(m->sv_area[i], best) < 0))) {
            best = m->sv_area[i];
            best_share = a;
        }
    }
    if (pg)
        GEOSPreparedGeom_destroy_r(m->geos, pg);
    trygg_idlist_fini(&ids);
    if (!best)
        return;
    size_t latest = SIZE_MAX;
    for (size_t i = 0; i < m->nsv; i++)
        if (strcmp(m->sv_area[i], best) == 0 && (latest == SIZE_MAX || m->sv_year[i] > m->sv_year[latest]))
            latest = i;
    fig->survey_area = best;
    fig->survey_year = m->sv_year[latest];
    fig->survey_index = m->sv_index[latest];
    fig->survey_previous_year = m->sv_prev_year[latest];
    fig->survey_change = m->sv_change[latest];
}

/* A measure done, for the area report: its effect sentence in the run's language from
 * measure_effects, or for an owner only the verdict when the sentence names a report count from
 * 1 to min_count - 1 (an owner's report never shows such a count). */
static trygg_report_measure done_measure(const trygg__report_model *m, const trygg_report_measure *x)
{
    trygg_report_measure d = *x;
    d.effect = NULL;
    d.verdict = NULL;
    for (size_t e = 0; e < m->ne; e++) {
        if (m->eff_id[e] != x->id)
            continue;
        d.verdict = m->eff_verdict[e];
        d.effect = m->eff_text[e];
        bool small = false;
        for (int k = 0; k < 4; k++)
            small |= m->eff_counts[e][k] > 0 && m->eff_counts[e][k] < (long)m->min_count;
        if (m->audience == TRYGG_AUDIENCE_OWNER && small)
            d.effect = NULL;
        break;
    }
    return d;
}

/* The reports of the two periods inside the zone, by category. */
static void count_incidents(trygg__report_model *m, const GEOSPreparedGeometry *pz, const double env[4],
                            trygg_idlist *ids, trygg__area_figures *fig)
{
    trygg__report_query(m, m->inc_idx, env, ids);
    for (size_t k = 0; k < ids->n; k++) {
        size_t i = ids->v[k];
        int p = trygg__report_period_of(m, m->inc_t[i]);
        if (p < 0 || !trygg__report_point_in(m, pz, m->inc_xy[2 * i], m->inc_xy[2 * i + 1]))
            continue;
        (p == 0 ? fig->n_a : fig->n_b)[m->inc_cat[i]]++;
    }
}

static void count_lamps(trygg__report_model *m, const GEOSPreparedGeometry *pz, const double env[4], trygg_idlist *ids,
                        trygg__area_figures *fig)
{
    trygg__report_query(m, m->lamp_idx, env, ids);
    for (size_t k = 0; k < ids->n; k++)
        fig->lamps += trygg__report_point_in(m, pz, m->lamp_xy[2 * ids->v[k]], m->lamp_xy[2 * ids->v[k] + 1]);
}

/* The least safe places among `ids` that touch the zone, of at least min_place_m. */
static void least_safe_in(const trygg__report_model *m, const trygg_idlist *ids, const GEOSPreparedGeometry *pz,
                          trygg__area_figures *fig)
{
    trygg_report_place *all = trygg__xmalloc((ids->n + 1) * sizeof *all);
    size_t n = 0;
    for (size_t k = 0; k < ids->n; k++) {
        size_t i = ids->v[k];
        const trygg_report_place *p = &m->pl_info[i];
        if (isfinite(p->value) && p->length_m >= m->min_place_m &&
            GEOSPreparedIntersects_r(m->geos, pz, m->pl[i].g) == 1)
            all[n++] = *p;
    }
    fig->nleast = trygg__least_safe_order(all, n, TRYGG__AREA_LEAST_SAFE);
    memcpy(fig->least, all, fig->nleast * sizeof *fig->least);
    free(all);
}

/* Places touching the zone: their length inside it by lighting class; their mean scores and the
 * mean safety index's rank among all places; the least safe of them. */
static void measure_places(trygg__report_model *m, const char *name, double buffer_m, const trygg__area_zone *zone,
                           const double env[4], trygg_idlist *ids, trygg__area_figures *fig)
{
    const GEOSPreparedGeometry *pz = zone->prepared;
    double sum[4] = {0}, nsum[4] = {0};
    trygg__report_query(m, m->pl_idx, env, ids);
    for (size_t k = 0; k < ids->n; k++) {
        size_t i = ids->v[k];
        if (GEOSPreparedIntersects_r(m->geos, pz, m->pl[i].g) != 1)
            continue;
        fig->places++;
        double len = 0;
        if (GEOSPreparedContains_r(m->geos, pz, m->pl[i].g) == 1) {
            GEOSLength_r(m->geos, m->pl[i].g, &len);
        } else {
            GEOSGeometry *part = GEOSIntersection_r(m->geos, m->pl[i].g, zone->g);
            if (part) {
                GEOSLength_r(m->geos, part, &len);
                GEOSGeom_destroy_r(m->geos, part);
            }
        }
        fig->length[m->pl_slot[i]] += len;
        fig->street_length += len;
        for (int s = 0; s < 4; s++)
            if (isfinite(m->score[s][i])) {
                sum[s] += m->score[s][i];
                nsum[s]++;
            }
    }
    least_safe_in(m, ids, pz, fig);
    for (int s = 0; s < 4; s++)
        fig->mean[s] = nsum[s] > 0 ? sum[s] / nsum[s] : NAN;
    fig->safety_pct = trygg_percentile_mid_rank(m->score[0], m->np, fig->mean[0]);
    if (fig->places == 0)
        trygg__warn(m->ctx,
                    "area '%s' lies wholly outside the study area (no street within %g m of it): its report "
                    "has no figures",
                    name, buffer_m);
}

static void measure_dark(trygg__report_model *m, const GEOSPreparedGeometry *pz, const double env[4], trygg_idlist *ids,
                         trygg__area_figures *fig)
{
    trygg__report_query(m, m->dk_idx, env, ids);
    for (size_t k = 0; k < ids->n; k++) {
        size_t i = ids->v[k];
        if (GEOSPreparedIntersects_r(m->geos, pz, m->dk[i].g) != 1)
            continue;
        double len = isfinite(m->dk_info[i].length_m) ? m->dk_info[i].length_m : 0;
        fig->dark++;
        fig->dark_length += len;
        if (len > fig->longest_dark) {
            fig->longest_dark = len;
            fig->longest_dark_street = m->dk_info[i].street;
        }
    }
}

/* The measures touching the zone, counted by status; the measures done, with their effect, for
 * the follow-up: those the table lists, as done. */
static void list_measures(trygg__report_model *m, const GEOSPreparedGeometry *pz, const double env[4],
                          trygg_idlist *ids, trygg__area_figures *fig)
{
    trygg__report_query(m, m->ms_idx, env, ids);
    trygg_report_measure *meas = fig->measures = trygg__xcalloc(ids->n ? ids->n : 1, sizeof *meas);
    for (size_t k = 0; k < ids->n; k++) {
        size_t i = ids->v[k];
        if (GEOSPreparedIntersects_r(m->geos, pz, m->ms[i].g) != 1)
            continue;
        meas[fig->nmeasures] = m->ms_info[i];
        fig->nmeasures++;
        fig->measures_done += status_is(m->ms_info[i].status, done_status, 2);
        fig->measures_in_progress += status_is(m->ms_info[i].status, going_status, 2);
    }
    fig->done = trygg__xcalloc(fig->measures_done + 1, sizeof *fig->done);
    for (size_t k = 0, n = 0; k < fig->nmeasures; k++)
        if (status_is(meas[k].status, done_status, 2))
            fig->done[n++] = done_measure(m, &meas[k]);
}

void trygg__area_figures_compute(trygg__report_model *m, const char *name, const GEOSGeometry *g, double buffer_m,
                                 const trygg__area_zone *zone, trygg__area_figures *fig)
{
    trygg_idlist ids = {0};
    double env[4];
    memset(fig, 0, sizeof *fig);
    trygg__report_env_of(m->geos, zone->g, env);
    count_incidents(m, zone->prepared, env, &ids, fig);
    count_lamps(m, zone->prepared, env, &ids, fig);
    measure_places(m, name, buffer_m, zone, env, &ids, fig);
    measure_dark(m, zone->prepared, env, &ids, fig);
    list_measures(m, zone->prepared, env, &ids, fig);
    survey_of(m, g, fig);
    trygg_idlist_fini(&ids);
}
