/*
 * An area's report as a PDF (report/area_document.h): its map, figures and tables from the
 * output model and the area's figures, drawn by trygg_report_area_pdf.
 */
#include <math.h>
#include <string.h>

#include "core/i18n.h"
#include "core/internal.h"
#include "report/area_document.h"
#include "report/map_parts.h"
#include "report/model_query.h"

static const char *const score_labels[4] = {N_("Safety index"), N_("Vandalism risk"), N_("Littering risk"),
                                            N_("Visibility")};
static const bool score_good[4] = {true, false, false, true};

trygg_status trygg__area_document_write(trygg__report_model *m, const char *name, const char *area_id,
                                        const GEOSGeometry *g, double buffer_m, const trygg__area_zone *zone,
                                        trygg__area_figures *fig, const char *pdf)
{
    double pad = fmax(1.5 * buffer_m, 150.0);
    double aenv[4];
    trygg__report_env_of(m->geos, g, aenv);
    double menv[4] = {aenv[0] - pad, aenv[1] - pad, aenv[2] + pad, aenv[3] + pad};
    trygg__map_parts mp = {0};
    trygg__map_parts_collect(m, menv, true, zone->prepared, &mp);
    if (m->audience == TRYGG_AUDIENCE_OWNER) {
        /* sensitive categories are counted in the area's totals only, never on its map */
        size_t kept = 0;
        for (size_t i = 0; i < mp.npoints; i++)
            if (!m->sensitive[mp.points[i].category < 0 || mp.points[i].category >= TRYGG_CAT_COUNT
                                  ? TRYGG_CAT_OTHER
                                  : mp.points[i].category])
                mp.points[kept++] = mp.points[i];
        mp.npoints = kept;
    }
    if (buffer_m > 0)
        trygg__map_add_polys(m, zone->g, TRYGG_REPORT_POLY_BUFFER, NULL, &mp.polys);
    trygg__map_add_polys(m, g, TRYGG_REPORT_POLY_AREA, NULL, &mp.polys);
    trygg_report_score scores[4];
    for (int s = 0; s < 4; s++)
        scores[s] = (trygg_report_score){_(score_labels[s]), fig->mean[s], m->score[s], m->np, score_good[s]};
    trygg_area_report r = {
        .name = name,
        .area_id = area_id,
        .municipality = m->municipality,
        .buffer_m = buffer_m,
        .period_before = m->label_a,
        .period_after = m->label_b,
        .lighting = {.lamps = fig->lamps,
                     .dark_stretches = fig->dark,
                     .dark_length_m = fig->dark_length,
                     .longest_dark_m = fig->longest_dark,
                     .longest_dark_street = fig->longest_dark_street},
        .scores = scores,
        .nscores = m->np ? 4 : 0,
        .measures = fig->measures,
        .nmeasures = fig->nmeasures,
        .least_safe = {_("Least safe places in and around the area"), _("Vandalism and graffiti"), _("Safety index"),
                       fig->least, fig->nleast, 0},
        .map = {.xmin = menv[0],
                .ymin = menv[1],
                .xmax = menv[2],
                .ymax = menv[3],
                .streets = mp.lines,
                .nstreets = mp.nlines,
                .dark = mp.dark,
                .ndark = mp.ndark,
                .incidents = mp.points,
                .nincidents = mp.npoints,
                .lamps_xy = mp.lamps,
                .nlamps = mp.nlamps,
                .polygons = mp.polys.v,
                .npolygons = mp.polys.n,
                .attribution = *m->attribution ? m->attribution : NULL},
        .data_sources = m->sources,
        .synthetic = m->synthetic,
        .date = m->date,
        .audience = m->audience,
        .min_count = m->min_count,
        .register_used = m->register_used,
        .done = fig->done,
        .ndone = fig->measures_done,
        .in_progress = fig->measures_in_progress,
        .survey_used = m->survey_used,
        .survey = {fig->survey_area, fig->survey_year, fig->survey_index, fig->survey_previous_year, fig->survey_change,
                   m->survey_higher_is_safer},
    };
    memcpy(r.n_before, fig->n_a, sizeof r.n_before);
    memcpy(r.n_after, fig->n_b, sizeof r.n_after);
    memcpy(r.lighting.length_m, fig->length, sizeof r.lighting.length_m);
    trygg_status st = trygg_report_area_pdf(m->ctx, &r, pdf);
    trygg__map_parts_fini(&mp);
    return st;
}
