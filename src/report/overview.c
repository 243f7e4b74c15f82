/*
 * The overview of a merged output (trygg merge): one short document over all parts, from the
 * figures per part (src/io/parts_summary.c), with a map of squares instead of streets, so that
 * a region or a country is summarised without holding its features. Each part's own lägesbild
 * has the details.
 */
#include <math.h>
#include <stdlib.h>

#include "core/i18n.h"
#include "core/internal.h"
#include "report/report.h"
#include "report/report_internal.h"

static const trygg__font body = {9.0, false, false, {0.1, 0.1, 0.1}, TRYGG__LEFT};
static const trygg__font small_grey = {7.5, false, false, {0.35, 0.35, 0.35}, TRYGG__LEFT};

typedef struct {
    trygg_ctx *ctx;
    const trygg_parts_summary *s;
    const char *date;
} overview_job;

static char *num(double v, int decimals)
{
    char b[TRYGG__NUM_MAX];
    return isfinite(v) ? trygg__xstrdup(trygg__fmt_num(b, sizeof b, v, decimals)) : trygg__xstrdup("–");
}

/* One row of the table: a part, or the total (name NULL). */
static void fill_row(char **row, const trygg_part_figures *p)
{
    row[0] = trygg__xstrdup(p->name ? p->name : _("All parts"));
    row[1] = num((double)p->places, 0);
    row[2] = num(p->street_km, 0);
    row[3] = num((double)p->incidents, 0);
    row[4] = num(p->street_km > 0 ? (double)p->incidents / p->street_km : NAN, 1);
    row[5] = num((double)p->hotspots, 0);
    row[6] = num(p->dark_km, p->dark_km < 100 ? 1 : 0);
    row[7] = num((double)p->measures, 0);
    row[8] = num((double)p->measures_p1, 0);
    row[9] = num(p->safety_mean, 1);
}

static void draw_overview(trygg__doc *d, void *user)
{
    overview_job *job = user;
    const trygg_parts_summary *s = job->s;
    trygg__font title = {18.0, true, false, {0.08, 0.2, 0.4}, TRYGG__LEFT};
    char *t = trygg__xasprintf(trygg__trn("Situation report (lägesbild): overview of %zu part",
                                          "Situation report (lägesbild): overview of %zu parts", s->nparts),
                               s->nparts);
    d->y += trygg__text(d->cr, d->left, d->y, d->width, t, &title, true, NULL) + 2;
    free(t);
    char date[64];
    trygg__fmt_iso_date(date, sizeof date, job->date);
    trygg__font sub = {9.5, false, false, {0.3, 0.3, 0.3}, TRYGG__LEFT};
    t = trygg__xasprintf(_("%s · the parts of a partitioned run, joined by trygg merge · %s"),
                         s->study_area ? s->study_area : "trygg", date);
    d->y += trygg__text(d->cr, d->left, d->y, d->width, t, &sub, true, NULL) + 6;
    free(t);
    if (s->synthetic)
        trygg__doc_warning(d, _("Example data: the reports in this overview are SYNTHETIC (made up for testing and "
                                "demonstration). They are not real reports."));
    char *places = num((double)s->total.places, 0), *km = num(s->total.street_km, 0),
         *reports = num((double)s->total.incidents, 0), *hot = num((double)s->total.hotspots, 0),
         *dark = num(s->total.dark_km, s->total.dark_km < 100 ? 1 : 0), *measures = num((double)s->total.measures, 0);
    t = trygg__xasprintf(_("%s places on %s km of street, %s reports, %s hot spots, %s km of dark street and %s "
                           "proposed measures in all. Each part was analysed on its own (with a halo of its "
                           "neighbours' data at its border): hot spots and their confidence are those of each part, "
                           "and each part's lägesbild has its details."),
                         places, km, reports, hot, dark, measures);
    trygg__doc_paragraph(d, t, &body);
    free(t);
    free(places);
    free(km);
    free(reports);
    free(hot);
    free(dark);
    free(measures);

    double mh = 360;
    trygg__doc_need(d, mh + 14);
    if (d->total_pages > 0) {
        trygg_report_cell *cells = trygg__xmalloc((s->ncells + 1) * sizeof *cells);
        for (size_t i = 0; i < s->ncells; i++)
            cells[i] = (trygg_report_cell){s->cells[i].x, s->cells[i].y, s->cells[i].safety_mean};
        trygg_report_label *labels = trygg__xmalloc((s->nparts + 1) * sizeof *labels);
        for (size_t i = 0; i < s->nparts; i++)
            labels[i] = (trygg_report_label){s->parts[i].x, s->parts[i].y, s->parts[i].name};
        trygg_report_map_data m = {0};
        m.cells = cells;
        m.ncells = s->ncells;
        m.cell_m = s->cell_m;
        m.labels = labels;
        m.nlabels = s->nparts;
        m.attribution = s->synthetic ? _("reports: SYNTHETIC") : NULL;
        (void)trygg_report_map(job->ctx, d->cr, d->left, d->y, d->width, mh, &m);
        free(cells);
        free(labels);
    }
    d->y += mh + 3;
    trygg__doc_paragraph(d, _("Overview: the mean safety index (0-100, high is safe) of the places in each square, "
                              "and the parts' names at the centre of their places."),
                         &small_grey);

    trygg__doc_heading(d, _("The parts"), 60);
    /* room for a country's seven-digit counts with their digit groups; the long Swedish word for
     * hot spots broken where it reads well */
    trygg__col cols[10] = {{_("Part"), 52, TRYGG__LEFT},          {_("Places"), 52, TRYGG__RIGHT},
                           {_("Street km"), 42, TRYGG__RIGHT},    {_("Reports"), 62, TRYGG__RIGHT},
                           {_("Per km"), 34, TRYGG__RIGHT},       {_("Hot\nspots"), 62, TRYGG__RIGHT},
                           {_("Dark km"), 42, TRYGG__RIGHT},      {_("Measures"), 50, TRYGG__RIGHT},
                           {_("Priority 1"), 44, TRYGG__RIGHT},   {_("Safety index"), d->width - 440, TRYGG__RIGHT}};
    char **cells = trygg__cells_new(s->nparts + 1, 10);
    for (size_t i = 0; i < s->nparts; i++)
        fill_row(cells + i * 10, &s->parts[i]);
    fill_row(cells + s->nparts * 10, &s->total);
    trygg__doc_table(d, cols, 10, cells, s->nparts + 1, 7.5, _("The parts, continued"), s->nparts, NULL);
    trygg__cells_free(cells, s->nparts + 1, 10);
    trygg__doc_paragraph(d, _("Reports: every report in the part's output (all periods). Per km: reports per km of "
                              "street. Safety index: the mean of the part's scored places; the last row weighs each "
                              "part by its scored places. Each feature counts in the one part its representative "
                              "point lies in."),
                         &small_grey);
}

trygg_status trygg_report_parts_overview_pdf(trygg_ctx *ctx, const trygg_parts_summary *s, const char *path,
                                             const char *date)
{
    overview_job job = {ctx, s, date};
    char *title = trygg__xasprintf(trygg__trn("Situation report (lägesbild): overview of %zu part",
                                              "Situation report (lägesbild): overview of %zu parts", s->nparts),
                                   s->nparts);
    char *footer = trygg__xasprintf(_("figures from the merged output of %zu parts"), s->nparts);
    trygg_status st = trygg__doc_render(ctx, path, title, date, footer, s->synthetic, NULL, draw_overview, &job);
    free(title);
    free(footer);
    return st;
}
