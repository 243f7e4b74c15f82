/*
 * The municipality's summary: the safety-measure section of the action plan (DESIGN.md
 * sections 1 and 5, Plan).
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "core/internal.h"
#include "report/report_internal.h"

static const trygg__font body = {9.0, false, false, {0.1, 0.1, 0.1}, TRYGG__LEFT};
static const trygg__font small_grey = {7.5, false, false, {0.35, 0.35, 0.35}, TRYGG__LEFT};

static const char *str_or(const char *s, const char *dflt)
{
    return s && *s ? s : dflt;
}

static void focus_section(trygg__doc *d, const trygg_summary_report *s, const char *pb, const char *pa)
{
    size_t measures[TRYGG_FOCUS_COUNT + 1] = {0};
    for (size_t i = 0; i < s->nmeasures; i++) {
        trygg_focus_area f;
        if (s->measures[i].focus_area && trygg_focus_area_from_name(s->measures[i].focus_area, &f))
            measures[f]++;
        else
            measures[TRYGG_FOCUS_COUNT]++;
    }
    trygg__col cols[5] = {{"Focus area (fokusområde)", 230, TRYGG__LEFT},
                          {pb, 65, TRYGG__RIGHT},
                          {pa, 65, TRYGG__RIGHT},
                          {"Change", 65, TRYGG__RIGHT},
                          {"Measures", d->width - 425, TRYGG__RIGHT}};
    size_t n = TRYGG_FOCUS_COUNT + (measures[TRYGG_FOCUS_COUNT] ? 1 : 0);
    char **cells = trygg__cells_new(n, 5);
    char buf[32];
    for (int f = 0; f < TRYGG_FOCUS_COUNT; f++) {
        cells[f * 5] = trygg__xstrdup(trygg__report_focus_label(trygg_focus_area_name((trygg_focus_area)f)));
        cells[f * 5 + 1] = trygg__xasprintf("%u", s->focus_before[f]);
        cells[f * 5 + 2] = trygg__xasprintf("%u", s->focus_after[f]);
        trygg__change_text(s->focus_before[f], s->focus_after[f], buf, sizeof buf);
        cells[f * 5 + 3] = trygg__xstrdup(buf);
        cells[f * 5 + 4] = trygg__xasprintf("%zu", measures[f]);
    }
    if (n > TRYGG_FOCUS_COUNT) {
        size_t r = TRYGG_FOCUS_COUNT;
        cells[r * 5] = trygg__xstrdup("Other (no focus area given)");
        cells[r * 5 + 4] = trygg__xasprintf("%zu", measures[TRYGG_FOCUS_COUNT]);
    }
    trygg__doc_table(d, cols, 5, cells, n, 8.0, "By focus area, continued", n, NULL);
    trygg__cells_free(cells, n, 5);
}

typedef struct {
    const trygg_report_hotspot *h;
    size_t i;
} hot_ref;

static int cmp_hot(const void *pa, const void *pb)
{
    const hot_ref *a = pa, *b = pb;
    if (a->h->incidents != b->h->incidents)
        return a->h->incidents > b->h->incidents ? -1 : 1;
    if (a->h->confidence != b->h->confidence)
        return a->h->confidence > b->h->confidence ? -1 : 1;
    return a->i < b->i ? -1 : a->i > b->i;
}

static void hotspot_section(trygg__doc *d, const trygg_summary_report *s)
{
    size_t top = s->top_hotspots ? s->top_hotspots : 10;
    if (s->nhotspots == 0) {
        trygg__doc_paragraph(d, "No significant hot spot was found in the study area.", &body);
        return;
    }
    hot_ref *refs = trygg__xmalloc(s->nhotspots * sizeof *refs);
    for (size_t i = 0; i < s->nhotspots; i++)
        refs[i] = (hot_ref){&s->hotspots[i], i};
    qsort(refs, s->nhotspots, sizeof *refs, cmp_hot);
    size_t n = s->nhotspots < top ? s->nhotspots : top;
    trygg__col cols[7] = {{"No.", 26, TRYGG__RIGHT},      {"Category", 120, TRYGG__LEFT},
                          {"Confidence", 56, TRYGG__RIGHT}, {"Incidents", 52, TRYGG__RIGHT},
                          {"PAI", 40, TRYGG__RIGHT},        {"Peak hours", 100, TRYGG__LEFT},
                          {"Place", d->width - 394, TRYGG__LEFT}};
    char **cells = trygg__cells_new(n, 7);
    const trygg__rgb *sw[64];
    trygg__rgb colours[64];
    for (size_t i = 0; i < n; i++) {
        const trygg_report_hotspot *h = refs[i].h;
        cells[i * 7] = trygg__xasprintf("%d", h->id);
        cells[i * 7 + 1] = trygg__xstrdup(trygg__report_category_label(h->category));
        cells[i * 7 + 2] = trygg__xasprintf("%d %%", h->confidence);
        cells[i * 7 + 3] = trygg__xasprintf("%u", h->incidents);
        cells[i * 7 + 4] = isfinite(h->pai) ? trygg__xasprintf("%.1f", h->pai) : trygg__xstrdup("–");
        cells[i * 7 + 5] = trygg__xstrdup(str_or(h->peak_hours, "–"));
        cells[i * 7 + 6] = trygg__xstrdup(str_or(h->place, ""));
        if (i < 64) {
            colours[i] = trygg__report_category_rgb(h->category);
            sw[i] = &colours[i];
        }
    }
    trygg__doc_table(d, cols, 7, cells, n, 8.0, "Hot spots, continued", n, n <= 64 ? sw : NULL);
    char *t = trygg__xasprintf("%zu hot spot%s in all%s. Confidence from Getis-Ord Gi* with false-discovery-rate "
                               "control; PAI = share of incidents / share of area (Chainey et al. 2008).",
                               s->nhotspots, s->nhotspots == 1 ? "" : "s",
                               s->nhotspots > n ? ", the largest by incidents listed" : "");
    trygg__doc_paragraph(d, t, &small_grey);
    free(t);
    trygg__cells_free(cells, n, 7);
    free(refs);
}

typedef struct {
    const trygg_report_dark *k;
    size_t i;
} dark_ref;

static int cmp_dark(const void *pa, const void *pb)
{
    const dark_ref *a = pa, *b = pb;
    double la = isfinite(a->k->length_m) ? a->k->length_m : -1, lb = isfinite(b->k->length_m) ? b->k->length_m : -1;
    if (la != lb)
        return la > lb ? -1 : 1;
    return a->i < b->i ? -1 : a->i > b->i;
}

static void dark_section(trygg__doc *d, const trygg_summary_report *s)
{
    size_t top = s->top_dark ? s->top_dark : 10;
    if (s->ndark == 0) {
        trygg__doc_paragraph(d, "No dark stretch was found (or lighting was not assessed).", &body);
        return;
    }
    dark_ref *refs = trygg__xmalloc(s->ndark * sizeof *refs);
    double total = 0;
    for (size_t i = 0; i < s->ndark; i++) {
        refs[i] = (dark_ref){&s->dark[i], i};
        total += isfinite(s->dark[i].length_m) ? s->dark[i].length_m : 0;
    }
    qsort(refs, s->ndark, sizeof *refs, cmp_dark);
    size_t n = s->ndark < top ? s->ndark : top;
    trygg__col cols[4] = {{"Street", 230, TRYGG__LEFT},
                          {"Length", 80, TRYGG__RIGHT},
                          {"Lowest light", 90, TRYGG__RIGHT},
                          {"Night incidents near", d->width - 400, TRYGG__RIGHT}};
    char **cells = trygg__cells_new(n, 4);
    for (size_t i = 0; i < n; i++) {
        const trygg_report_dark *k = refs[i].k;
        cells[i * 4] = trygg__xstrdup(str_or(k->street, "(unnamed street)"));
        cells[i * 4 + 1] = trygg__xasprintf("%.0f m", k->length_m);
        cells[i * 4 + 2] = isfinite(k->lux_min) ? trygg__xasprintf("%.2f lux", k->lux_min) : trygg__xstrdup("–");
        cells[i * 4 + 3] = trygg__xasprintf("%u", k->night_incidents_near);
    }
    trygg__doc_table(d, cols, 4, cells, n, 8.0, "Longest dark stretches, continued", n, NULL);
    char *t = trygg__xasprintf("%zu dark stretch%s, %.1f km in all: street where the estimated light is below "
                               "0.6 lux.",
                               s->ndark, s->ndark == 1 ? "" : "es", total / 1000.0);
    trygg__doc_paragraph(d, t, &small_grey);
    free(t);
    trygg__cells_free(cells, n, 4);
    free(refs);
}

static char *status_counts(const trygg_summary_report *s);
static bool has_register(const trygg_summary_report *s);

static void measures_section(trygg__doc *d, const trygg_summary_report *s)
{
    if (s->nmeasures == 0) {
        trygg__doc_paragraph(d, "No measure is proposed.", &body);
        return;
    }
    const trygg_report_measure **sorted = trygg__measures_by_priority(s->measures, s->nmeasures);
    size_t n = s->nmeasures;
    trygg__col cols[7] = {{"No.", 24, TRYGG__RIGHT},      {"Prio", 26, TRYGG__RIGHT},
                          {"Measure (åtgärd)", 128, TRYGG__LEFT}, {"Place", 80, TRYGG__LEFT},
                          {"Focus area", 66, TRYGG__LEFT},  {"Responsible (ansvarig)", 88, TRYGG__LEFT},
                          {"Indicator (uppföljning)", d->width - 412, TRYGG__LEFT}};
    char **cells = trygg__cells_new(n, 7);
    for (size_t i = 0; i < n; i++) {
        const trygg_report_measure *m = sorted[i];
        trygg_focus_area f;
        cells[i * 7] = trygg__xasprintf("%d", m->id);
        cells[i * 7 + 1] = trygg__xasprintf("%d", m->priority);
        cells[i * 7 + 2] = trygg__xstrdup(str_or(m->measure, ""));
        cells[i * 7 + 3] = trygg__xstrdup(str_or(m->place, ""));
        /* the short Swedish name here: the column is narrow; the focus-area table spells it out */
        cells[i * 7 + 4] = trygg__xstrdup(m->focus_area && trygg_focus_area_from_name(m->focus_area, &f)
                                              ? trygg_focus_area_name(f)
                                              : str_or(m->focus_area, ""));
        cells[i * 7 + 5] = trygg__xstrdup(str_or(m->responsible, "not decided"));
        cells[i * 7 + 6] = trygg__xstrdup(str_or(m->indicator, ""));
    }
    trygg__doc_table(d, cols, 7, cells, n, 7.5, "Measures (åtgärder), continued", n, NULL);
    char *status = status_counts(s);
    char *t = trygg__xasprintf("Priority 1 is the most urgent. %s Numbers match the markers on the overview map.",
                               status);
    trygg__doc_paragraph(d, t, &small_grey);
    free(t);
    free(status);
    trygg__cells_free(cells, n, 7);
    free(sorted);
}

/* Whether the measures come from a measure register: any status other than the plain "proposed". */
static bool has_register(const trygg_summary_report *s)
{
    for (size_t i = 0; i < s->nmeasures; i++)
        if (s->measures[i].status && strcmp(s->measures[i].status, "proposed") != 0)
            return true;
    return false;
}

/* "Status of every measure: proposed." or, with a register, "Status: 12 föreslagen, 3 beslutad, 1 genomförd." */
static char *status_counts(const trygg_summary_report *s)
{
    if (!has_register(s))
        return trygg__xstrdup("Status of every measure: proposed.");
    static const char *const order[] = {"föreslagen", "beslutad", "pågår", "genomförd", "avslutad", "avvisad"};
    trygg__strbuf b = {0};
    trygg__sb_printf(&b, "Status (from the measure register):");
    size_t other = 0;
    const char *sep = " ";
    for (size_t k = 0; k < sizeof order / sizeof order[0]; k++) {
        size_t c = 0;
        for (size_t i = 0; i < s->nmeasures; i++)
            c += s->measures[i].status && strcmp(s->measures[i].status, order[k]) == 0;
        if (c) {
            trygg__sb_printf(&b, "%s%zu %s", sep, c, order[k]);
            sep = ", ";
        }
    }
    for (size_t i = 0; i < s->nmeasures; i++) {
        bool known = false;
        for (size_t k = 0; k < sizeof order / sizeof order[0] && !known; k++)
            known = s->measures[i].status && strcmp(s->measures[i].status, order[k]) == 0;
        other += !known;
    }
    if (other)
        trygg__sb_printf(&b, "%s%zu other or none", sep, other);
    trygg__sb_printf(&b, ".");
    return trygg__sb_steal(&b);
}

/* Follow-up (uppföljning): the measures done and what their effect has been so far. */
static void followup_section(trygg__doc *d, const trygg_summary_report *s)
{
    size_t n = 0;
    for (size_t i = 0; i < s->nmeasures; i++)
        n += s->measures[i].effect != NULL;
    if (n == 0) {
        trygg__doc_paragraph(d, "No measure of this plan is done (genomförd with a date) yet.", &body);
        return;
    }
    const trygg_report_measure **sorted = trygg__measures_by_priority(s->measures, s->nmeasures);
    trygg__col cols[4] = {{"No.", 24, TRYGG__RIGHT},
                          {"Measure (åtgärd)", 150, TRYGG__LEFT},
                          {"Responsible (ansvarig)", 100, TRYGG__LEFT},
                          {"Effect so far (effekt)", d->width - 274, TRYGG__LEFT}};
    char **cells = trygg__cells_new(n, 4);
    size_t r = 0;
    for (size_t i = 0; i < s->nmeasures; i++) {
        const trygg_report_measure *m = sorted[i];
        if (!m->effect)
            continue;
        cells[r * 4] = trygg__xasprintf("%d", m->id);
        cells[r * 4 + 1] = trygg__xstrdup(str_or(m->measure, ""));
        cells[r * 4 + 2] = trygg__xstrdup(str_or(m->responsible, "not decided"));
        cells[r * 4 + 3] = trygg__xstrdup(m->effect);
        r++;
    }
    trygg__doc_table(d, cols, 4, cells, n, 7.5, "Follow-up (uppföljning), continued", n, NULL);
    trygg__doc_paragraph(d, "Reports of each measure's indicator in equal windows before and after it was done, "
                            "against comparison places of the same road class with similar counts before "
                            "(measure_effects in the GeoPackage has the numbers).",
                         &small_grey);
    trygg__cells_free(cells, n, 4);
    free(sorted);
}

typedef struct {
    trygg_ctx *ctx;
    const trygg_summary_report *s;
} summary_job;

/* Pairs of reports observed / expected per distance (rows) and days apart (columns), the ratio
 * and a star where p <= 0.05. */
static void knox_table(trygg__doc *d, const trygg_report_table *t)
{
    if (t->ncols == 0 || t->nrows == 0)
        return;
    trygg__col *cols = trygg__xmalloc(t->ncols * sizeof *cols);
    double first = 80, rest = (d->width - first) / (double)(t->ncols - 1 ? t->ncols - 1 : 1);
    for (size_t c = 0; c < t->ncols; c++)
        cols[c] = (trygg__col){t->head[c], c ? rest : first, c ? TRYGG__RIGHT : TRYGG__LEFT};
    char **cells = trygg__cells_new(t->nrows, t->ncols);
    for (size_t i = 0; i < t->nrows * t->ncols; i++)
        cells[i] = trygg__xstrdup(t->cells[i] ? t->cells[i] : "");
    trygg__doc_paragraph(d, t->title, &small_grey);
    trygg__doc_table(d, cols, t->ncols, cells, t->nrows, 8.0, t->title, t->nrows, NULL);
    trygg__cells_free(cells, t->nrows, t->ncols);
    free(cols);
}

static void draw_summary(trygg__doc *d, void *user)
{
    summary_job *job = user;
    const trygg_summary_report *s = job->s;
    const char *pb = str_or(s->period_before, "before"), *pa = str_or(s->period_after, "after");
    char *t;

    trygg__font title = {18.0, true, false, {0.08, 0.2, 0.4}, TRYGG__LEFT};
    t = trygg__xasprintf("Safety measures for the action plan (åtgärdsplan): %s", s->municipality);
    d->y += trygg__text(d->cr, d->left, d->y, d->width, t, &title, true, NULL) + 2;
    free(t);
    trygg__font sub = {9.5, false, false, {0.3, 0.3, 0.3}, TRYGG__LEFT};
    t = trygg__xasprintf("Trygghetsskapande och brottsförebyggande åtgärder · incidents %s compared with %s", pa, pb);
    d->y += trygg__text(d->cr, d->left, d->y, d->width, t, &sub, true, NULL) + 6;
    free(t);
    if (s->synthetic)
        trygg__doc_warning(d, "Example data: the incidents in this summary are SYNTHETIC (made up for testing and "
                              "demonstration). They are not real reports.");

    double mh = 330;
    trygg__doc_need(d, mh + 14);
    /* cannot fail: the rectangle is fixed and the extent was checked before rendering */
    if (d->total_pages > 0) /* the map has a fixed size: not drawn while counting pages */
        (void)trygg_report_map(job->ctx, d->cr, d->left, d->y, d->width, mh, &s->map);
    d->y += mh + 3;
    trygg__doc_paragraph(d, "Overview: streets by safety index (0-100, high is safe), dark stretches, hot spots and "
                            "the places of the proposed measures.",
                         &small_grey);

    trygg__doc_heading(d, "Incidents by category", 60);
    if (trygg__incident_table(d, s->n_before, s->n_after, pb, pa, 200) == 0) {
        t = trygg__xasprintf("No incidents in %s or %s.", pb, pa);
        trygg__doc_paragraph(d, t, &body);
        free(t);
    }

    trygg__doc_heading(d, "By focus area (fokusområde)", 60);
    focus_section(d, s, pb, pa);

    size_t top_h = s->top_hotspots ? s->top_hotspots : 10, top_d = s->top_dark ? s->top_dark : 10;
    if (s->nhotspots > top_h)
        t = trygg__xasprintf("Hot spots (top %zu of %zu) and their peak hours", top_h, s->nhotspots);
    else
        t = trygg__xasprintf("Hot spots and their peak hours");
    trygg__doc_heading(d, t, 50);
    free(t);
    hotspot_section(d, s);

    if (s->ndark > top_d)
        t = trygg__xasprintf("Longest dark stretches (mörka sträckor), top %zu of %zu", top_d, s->ndark);
    else
        t = trygg__xasprintf("Dark stretches (mörka sträckor), longest first");
    trygg__doc_heading(d, t, 50);
    free(t);
    dark_section(d, s);

    for (size_t k = 0; k < s->nrankings; k++)
        trygg__ranking_table(d, &s->rankings[k]);

    if (s->emerging_period) {
        trygg__doc_heading(d, "How the hot spots developed (emerging hot spots)", 60);
        t = trygg__xasprintf("Gi* on every time step (%s), classed as in Esri's Emerging Hot Spot Analysis; the "
                             "grid cells with a class are the layer emerging_hotspots.",
                             s->emerging_period);
        trygg__doc_paragraph(d, t, &small_grey);
        free(t);
        if (s->nemerging == 0)
            trygg__doc_paragraph(d, "No cell was a new, consecutive, intensifying or persistent hot spot.", &body);
        for (size_t k = 0; k < s->nemerging; k++)
            trygg__doc_paragraph(d, s->emerging[k], &body);
    }
    if (s->near_repeat) {
        trygg__doc_heading(d, "Near repeat (Knox test)", 40);
        trygg__doc_paragraph(d, s->near_repeat, &body);
        for (size_t k = 0; k < s->nknox; k++)
            knox_table(d, &s->knox[k]);
    }

    trygg__doc_heading(d, "Measures (åtgärder) by priority", 50);
    measures_section(d, s);

    /* Only a plan kept in a measure register has decisions and effects to follow up. */
    if (has_register(s)) {
        trygg__doc_heading(d, "Follow-up (uppföljning): measures done and their effect", 50);
        followup_section(d, s);
    }
}

trygg_status trygg_report_summary_pdf(trygg_ctx *ctx, const trygg_summary_report *s, const char *path)
{
    if (!s || !s->municipality || !*s->municipality)
        return trygg__fail(ctx, TRYGG_E_USAGE, "%s: summary report without a municipality", path ? path : "(no path)");
    trygg_status st = trygg__check_map(ctx, &s->map, path);
    if (st != TRYGG_OK)
        return st;
    summary_job job = {ctx, s};
    char *title = trygg__xasprintf("Safety measures for the action plan: %s", s->municipality);
    st = trygg__doc_render(ctx, path, title, s->date, s->data_sources, s->synthetic, NULL, draw_summary, &job);
    free(title);
    return st;
}
