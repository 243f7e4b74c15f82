/*
 * The area report: one PDF per property or area, for its owner (DESIGN.md section 1), in the
 * run's language. An owner report shows counts below min_count as "<N" and no incident points
 * (the map counts reports per square); an internal one shows exact counts and every point.
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "core/i18n.h"
#include "core/internal.h"
#include "report/report_internal.h"

static const trygg__font body = {9.0, false, false, {0.1, 0.1, 0.1}, TRYGG__LEFT};
static const trygg__font small_grey = {7.5, false, false, {0.35, 0.35, 0.35}, TRYGG__LEFT};

typedef struct {
    const trygg_report_measure *m;
    size_t i;
} measure_ref;

static int cmp_measure(const void *pa, const void *pb)
{
    const measure_ref *a = pa, *b = pb;
    if (a->m->priority != b->m->priority)
        return a->m->priority < b->m->priority ? -1 : 1;
    if (a->m->id != b->m->id)
        return a->m->id < b->m->id ? -1 : 1;
    return a->i < b->i ? -1 : a->i > b->i;
}

const trygg_report_measure **trygg__measures_by_priority(const trygg_report_measure *m, size_t n)
{
    measure_ref *refs = trygg__xmalloc((n ? n : 1) * sizeof *refs);
    for (size_t i = 0; i < n; i++)
        refs[i] = (measure_ref){&m[i], i};
    qsort(refs, n, sizeof *refs, cmp_measure);
    const trygg_report_measure **out = trygg__xmalloc((n ? n : 1) * sizeof *out);
    for (size_t i = 0; i < n; i++)
        out[i] = refs[i].m;
    free(refs);
    return out;
}

static const char *str_or(const char *s, const char *dflt)
{
    return s && *s ? s : dflt;
}

/* ---- Incidents: table and bar chart ---- */

static bool hidden(unsigned v, unsigned min_count)
{
    return v > 0 && v < min_count;
}

/* A length in metres in the run's number format, with a no-break space before "m". */
static const char *fmt_m(char *buf, size_t n, double m)
{
    char v[TRYGG__NUM_MAX];
    snprintf(buf, n, "%s\u00a0m", trygg__fmt_num(v, sizeof v, m, 0));
    return buf;
}

static void bars(cairo_t *cr, double x, double y, double w, double h, const unsigned *before, const unsigned *after,
                 const char *label_before, const char *label_after, unsigned min_count)
{
    int rows[TRYGG_CAT_COUNT], n = 0;
    unsigned maxv = 1;
    for (int c = 0; c < TRYGG_CAT_COUNT; c++) {
        if (before[c] || after[c])
            rows[n++] = c;
        /* a hidden count is drawn as far as it may reach (min_count - 1) */
        unsigned vb = hidden(before[c], min_count) ? min_count - 1 : before[c];
        unsigned va = hidden(after[c], min_count) ? min_count - 1 : after[c];
        maxv = vb > maxv ? vb : maxv;
        maxv = va > maxv ? va : maxv;
    }
    if (n == 0)
        return;
    trygg__font f = {7.0, false, false, {0.2, 0.2, 0.2}, TRYGG__LEFT};
    char key[256];
    snprintf(key, sizeof key, _("Bars: %s (grey), %s (colour)"), label_before, label_after);
    double kh = trygg__text(cr, x, y, w, key, &f, true, NULL) + 4;
    double rh = (h - kh) / n;
    if (rh > 22)
        rh = 22;
    double bar = fmin(rh * 0.36, 6.5);
    double labelw = 0;
    for (int i = 0; i < n; i++) {
        double tw;
        trygg__text(cr, 0, 0, 0, trygg__report_category_label(rows[i]), &f, false, &tw);
        if (tw > labelw)
            labelw = tw;
    }
    double bx = x + labelw + 6, bw = w - labelw - 6 - 22;
    for (int i = 0; i < n; i++) {
        int c = rows[i];
        double ry = y + kh + i * rh;
        trygg__text(cr, x, ry + rh / 2 - 4.5, 0, trygg__report_category_label(c), &f, true, NULL);
        const unsigned v[2] = {before[c], after[c]};
        const double ys[2] = {ry + rh / 2 - bar - 0.5, ry + rh / 2 + 0.5};
        trygg__rgb col = trygg__report_category_rgb(c);
        for (int k = 0; k < 2; k++) {
            bool hide = hidden(v[k], min_count);
            double len = bw * (hide ? min_count - 1 : v[k]) / maxv;
            cairo_new_path(cr);
            if (hide) {
                /* an outline: somewhere below min_count, not how far */
                cairo_rectangle(cr, bx + 0.3, ys[k] + 0.3, len - 0.6, bar - 0.6);
                if (k == 0)
                    cairo_set_source_rgb(cr, 0.55, 0.55, 0.55);
                else
                    cairo_set_source_rgb(cr, col.r, col.g, col.b);
                cairo_set_line_width(cr, 0.6);
                cairo_stroke(cr);
            } else {
                cairo_rectangle(cr, bx, ys[k], len, bar);
                if (k == 0)
                    cairo_set_source_rgb(cr, 0.72, 0.72, 0.72);
                else
                    cairo_set_source_rgb(cr, col.r, col.g, col.b);
                cairo_fill(cr);
            }
            char num[TRYGG__NUM_MAX];
            trygg__font nf = {6.5, false, false, {0.3, 0.3, 0.3}, TRYGG__LEFT};
            trygg__text(cr, bx + len + 2, ys[k] + bar / 2 - 4, 0,
                        trygg__fmt_count_private(num, sizeof num, v[k], min_count), &nf, true, NULL);
        }
    }
    cairo_new_path(cr);
    cairo_move_to(cr, bx, y + kh);
    cairo_line_to(cr, bx, y + kh + n * rh);
    cairo_set_source_rgb(cr, 0.5, 0.5, 0.5);
    cairo_set_line_width(cr, 0.5);
    cairo_stroke(cr);
}

void trygg__incident_bars(cairo_t *cr, double x, double y, double w, double h, const unsigned *before,
                          const unsigned *after, const char *label_before, const char *label_after)
{
    bars(cr, x, y, w, h, before, after, label_before, label_after, 0);
}

/* The total of a column as it may be shown: exact, or "≥ S" when a count in it is hidden (S
 * counts each hidden one as 1), so that the hidden count cannot be worked out from the total. */
static char *total_text(const unsigned *v, unsigned total, unsigned min_count)
{
    unsigned least = 0;
    bool any = false;
    for (int c = 0; c < TRYGG_CAT_COUNT; c++) {
        any |= hidden(v[c], min_count);
        least += hidden(v[c], min_count) ? 1 : v[c];
    }
    char b[TRYGG__NUM_MAX];
    if (!any)
        return trygg__xstrdup(trygg__fmt_num(b, sizeof b, total, 0));
    return trygg__xasprintf("≥\u00a0%s", trygg__fmt_num(b, sizeof b, least, 0));
}

unsigned trygg__incident_table_private(trygg__doc *d, const unsigned *before, const unsigned *after, const char *pb,
                                       const char *pa, double chart_w, unsigned min_count)
{
    size_t n = 0;
    unsigned tb = 0, ta = 0;
    bool hid_b = false, hid_a = false;
    for (int c = 0; c < TRYGG_CAT_COUNT; c++) {
        n += before[c] || after[c];
        tb += before[c];
        ta += after[c];
        hid_b |= hidden(before[c], min_count);
        hid_a |= hidden(after[c], min_count);
    }
    if (n == 0)
        return 0;
    double tw = d->width - (chart_w > 0 ? chart_w + 14 : 0);
    trygg__col cols[4] = {{_("Category"), tw * 0.46, TRYGG__LEFT},
                          {pb, tw * 0.16, TRYGG__RIGHT},
                          {pa, tw * 0.16, TRYGG__RIGHT},
                          {_("Change"), tw * 0.22, TRYGG__RIGHT}};
    char **cells = trygg__cells_new(n + 1, 4);
    const trygg__rgb *sw[TRYGG_CAT_COUNT + 1];
    trygg__rgb colours[TRYGG_CAT_COUNT];
    size_t r = 0;
    char buf[TRYGG__NUM_MAX];
    for (int c = 0; c < TRYGG_CAT_COUNT; c++) {
        if (!before[c] && !after[c])
            continue;
        colours[r] = trygg__report_category_rgb(c);
        sw[r] = &colours[r];
        cells[r * 4] = trygg__xstrdup(trygg__report_category_label(c));
        cells[r * 4 + 1] = trygg__xstrdup(trygg__fmt_count_private(buf, sizeof buf, before[c], min_count));
        cells[r * 4 + 2] = trygg__xstrdup(trygg__fmt_count_private(buf, sizeof buf, after[c], min_count));
        trygg__change_text_private(before[c], after[c], min_count, buf, sizeof buf);
        cells[r * 4 + 3] = trygg__xstrdup(buf);
        r++;
    }
    sw[r] = NULL;
    cells[r * 4] = trygg__xstrdup(_("All incidents"));
    cells[r * 4 + 1] = total_text(before, tb, min_count);
    cells[r * 4 + 2] = total_text(after, ta, min_count);
    if (hid_b || hid_a)
        snprintf(buf, sizeof buf, "–");
    else
        trygg__change_text(tb, ta, buf, sizeof buf);
    cells[r * 4 + 3] = trygg__xstrdup(buf);
    /* keep table and chart on one page: rows are single lines of about 16 units */
    trygg__doc_need(d, (double)(n + 2) * 16.5 + 8);
    double y0 = d->y;
    trygg__doc_table(d, cols, 4, cells, n + 1, 8.0, NULL, n, sw);
    if (chart_w > 0)
        bars(d->cr, d->left + d->width - chart_w, y0, chart_w, d->y - y0 - 6, before, after, pb, pa, min_count);
    trygg__cells_free(cells, n + 1, 4);
    return tb + ta;
}

/* Table of incidents by category (only categories seen in either period) with a total row;
 * a bar chart beside it when chart_w > 0. Returns the total of both periods. */
unsigned trygg__incident_table(trygg__doc *d, const unsigned *before, const unsigned *after, const char *pb,
                               const char *pa, double chart_w)
{
    return trygg__incident_table_private(d, before, after, pb, pa, chart_w, 0);
}

/* ---- Scores against the municipality ---- */

static void score_row(trygg__doc *d, const trygg_report_score *sc, const char *municipality)
{
    cairo_t *cr = d->cr;
    const double textw = 190, hw = d->width - textw - 10, hh = 24;

    /* histogram of the municipality's places in ten bins of ten points */
    size_t bins[10] = {0}, n = 0, below = 0, ties = 0;
    for (size_t i = 0; i < sc->nmunicipality; i++) {
        double v = sc->municipality[i];
        if (!isfinite(v))
            continue;
        int b = (int)floor(v / 10.0);
        bins[b < 0 ? 0 : b > 9 ? 9 : b]++;
        n++;
        if (isfinite(sc->area_value)) {
            below += v < sc->area_value;
            ties += v == sc->area_value;
        }
    }
    size_t maxb = 1;
    for (int b = 0; b < 10; b++)
        if (bins[b] > maxb)
            maxb = bins[b];

    trygg__font lf = {8.5, true, false, {0.1, 0.1, 0.1}, TRYGG__LEFT};
    char label[200], mean[TRYGG__NUM_MAX], share[TRYGG__NUM_MAX];
    snprintf(label, sizeof label, sc->high_is_good ? _("%s (high is good)") : _("%s (high is bad)"),
             str_or(sc->label, _("Score")));
    char line[256];
    trygg__fmt_num(mean, sizeof mean, sc->area_value, 0);
    if (!isfinite(sc->area_value))
        snprintf(line, sizeof line, "%s", _("No scored street in the area."));
    else if (n == 0)
        snprintf(line, sizeof line, _("Area mean %s."), mean);
    else {
        /* Percentile rank with ties counted half (mid-rank), so a value equal to every place
         * is at 50 %, not 0 % or 100 %. */
        double pct = ((double)below + 0.5 * (double)ties) / (double)n;
        trygg__fmt_pct(share, sizeof share, pct, 0);
        snprintf(line, sizeof line,
                 sc->high_is_good ? _("Area mean %s: better than %s of places in %s.")
                                  : _("Area mean %s: worse than %s of places in %s."),
                 mean, share, str_or(municipality, _("the municipality")));
    }
    /* the row grows with its text: a label or sentence may take two lines in Swedish */
    double lh = trygg__text(cr, 0, 0, textw, label, &lf, false, NULL);
    double rowh = fmax(40, lh + 1 + trygg__text(cr, 0, 0, textw, line, &body, false, NULL) + 6);
    trygg__doc_need(d, rowh);
    double x = d->left, y = d->y, hx = x + textw + 10;
    trygg__text(cr, x, y, textw, label, &lf, true, NULL);
    trygg__text(cr, x, y + lh + 1, textw, line, &body, true, NULL);

    for (int b = 0; b < 10; b++) {
        double bw = hw / 10;
        double bh = hh * (double)bins[b] / (double)maxb;
        double mid = b * 10 + 5;
        trygg__rgb c = trygg__report_safety_rgb(trygg__report_safety_class(sc->high_is_good ? mid : 100 - mid));
        cairo_new_path(cr);
        cairo_rectangle(cr, hx + b * bw + 0.5, y + hh - bh, bw - 1, bh);
        cairo_set_source_rgba(cr, c.r, c.g, c.b, 0.75);
        cairo_fill(cr);
    }
    cairo_new_path(cr);
    cairo_move_to(cr, hx, y + hh + 0.3);
    cairo_line_to(cr, hx + hw, y + hh + 0.3);
    cairo_set_source_rgb(cr, 0.4, 0.4, 0.4);
    cairo_set_line_width(cr, 0.6);
    cairo_stroke(cr);
    trygg__font af = {6.5, false, false, {0.35, 0.35, 0.35}, TRYGG__LEFT};
    for (int t = 0; t <= 100; t += 20) {
        char tl[8];
        snprintf(tl, sizeof tl, "%d", t);
        af.align = t == 0 ? TRYGG__LEFT : t == 100 ? TRYGG__RIGHT : TRYGG__CENTER;
        trygg__text(cr, hx + hw * t / 100.0, y + hh + 1.5, 0, tl, &af, true, NULL);
    }
    if (isfinite(sc->area_value)) {
        double v = fmin(fmax(sc->area_value, 0), 100);
        double mx = hx + hw * v / 100.0;
        cairo_new_path(cr);
        cairo_move_to(cr, mx, y - 2);
        cairo_line_to(cr, mx, y + hh + 1);
        cairo_set_source_rgb(cr, 0.05, 0.05, 0.05);
        cairo_set_line_width(cr, 1.6);
        cairo_stroke(cr);
        cairo_move_to(cr, mx - 3.5, y - 5);
        cairo_line_to(cr, mx + 3.5, y - 5);
        cairo_line_to(cr, mx, y);
        cairo_close_path(cr);
        cairo_fill(cr);
    }
    d->y += rowh;
}

/* ---- Lighting ---- */

static const char *const light_label[TRYGG_REPORT_LIGHT_SLOTS] = {
    N_("P1 (brightest class)"), "P2", "P3", "P4", "P5", N_("P6 (dimmest class)"),
    N_("below P6 (darker than any class)"), N_("not assessed (no lamp data)")};

static void lighting_section(trygg__doc *d, const trygg_area_report *r)
{
    const trygg_report_lighting *l = &r->lighting;
    char *text, *lamps, *dark;
    char n1[TRYGG__NUM_MAX], n2[TRYGG__NUM_MAX], m1[TRYGG__NUM_MAX], m2[TRYGG__NUM_MAX];
    double total = 0;
    for (int i = 0; i < TRYGG_REPORT_LIGHT_SLOTS; i++)
        total += l->length_m[i] > 0 ? l->length_m[i] : 0;
    lamps = trygg__xasprintf(trygg__trn("%s street lamp.", "%s street lamps.", l->lamps),
                             trygg__fmt_num(n1, sizeof n1, (double)l->lamps, 0));
    if (l->dark_stretches == 0)
        dark = trygg__xstrdup(_("No dark stretch (a street where the estimated light is below 0.6 lux) in or near "
                                "the area."));
    else if (l->dark_stretches == 1)
        /* one stretch: its length and street, not "in all" and "the longest" */
        dark = l->longest_dark_street
                   ? trygg__xasprintf(_("One dark stretch (a street where the estimated light is below 0.6 lux), %s "
                                        "long, on %s."),
                                      fmt_m(m1, sizeof m1, l->longest_dark_m), l->longest_dark_street)
                   : trygg__xasprintf(_("One dark stretch (a street where the estimated light is below 0.6 lux), %s "
                                        "long."),
                                      fmt_m(m1, sizeof m1, l->longest_dark_m));
    else if (l->longest_dark_street)
        dark = trygg__xasprintf(_("%s dark stretches (streets where the estimated light is below 0.6 lux), %s in "
                                  "all; the longest is %s, on %s."),
                                trygg__fmt_num(n2, sizeof n2, (double)l->dark_stretches, 0),
                                fmt_m(m1, sizeof m1, l->dark_length_m), fmt_m(m2, sizeof m2, l->longest_dark_m),
                                l->longest_dark_street);
    else
        dark = trygg__xasprintf(_("%s dark stretches (streets where the estimated light is below 0.6 lux), %s in "
                                  "all; the longest is %s."),
                                trygg__fmt_num(n2, sizeof n2, (double)l->dark_stretches, 0),
                                fmt_m(m1, sizeof m1, l->dark_length_m), fmt_m(m2, sizeof m2, l->longest_dark_m));
    text = trygg__xasprintf("%s %s", lamps, dark);
    trygg__doc_paragraph(d, text, &body);
    free(text);
    free(lamps);
    free(dark);
    if (total <= 0) {
        trygg__doc_paragraph(d, _("No street length with lighting figures in or near the area."), &body);
        return;
    }
    size_t n = 0;
    for (int i = 0; i < TRYGG_REPORT_LIGHT_SLOTS; i++)
        n += l->length_m[i] > 0;
    trygg__col cols[3] = {{_("Lighting class (EN 13201-2)"), 230, TRYGG__LEFT},
                          {_("Street length"), 90, TRYGG__RIGHT},
                          {_("Share"), 70, TRYGG__RIGHT}};
    char **cells = trygg__cells_new(n, 3);
    size_t row = 0;
    for (int i = 0; i < TRYGG_REPORT_LIGHT_SLOTS; i++) {
        if (!(l->length_m[i] > 0))
            continue;
        cells[row * 3] = trygg__xstrdup(_(light_label[i]));
        cells[row * 3 + 1] = trygg__xstrdup(fmt_m(m1, sizeof m1, l->length_m[i]));
        cells[row * 3 + 2] = trygg__xstrdup(trygg__fmt_pct(n1, sizeof n1, l->length_m[i] / total, 0));
        row++;
    }
    trygg__doc_table(d, cols, 3, cells, n, 8.0, NULL, n, NULL);
    trygg__cells_free(cells, n, 3);
}

/* ---- Measures ---- */

static void measures_section(trygg__doc *d, const trygg_report_measure *m, size_t n)
{
    if (n == 0) {
        trygg__doc_paragraph(d, _("No measure is proposed in or around this area."), &body);
        return;
    }
    const trygg_report_measure **sorted = trygg__measures_by_priority(m, n);
    trygg__col cols[5] = {{_("No."), 26, TRYGG__RIGHT},
                          {_("Measure"), 210, TRYGG__LEFT},
                          {_("Focus area"), 96, TRYGG__LEFT},
                          {_("Responsible"), 134, TRYGG__LEFT},
                          {_("Priority"), d->width - 466, TRYGG__RIGHT}};
    char **cells = trygg__cells_new(n, 5);
    for (size_t i = 0; i < n; i++) {
        const trygg_report_measure *x = sorted[i];
        cells[i * 5] = trygg__xasprintf("%d", x->id);
        cells[i * 5 + 1] = x->place && *x->place
                               ? trygg__xasprintf(_("%s\nWhere: %s"), str_or(x->measure, ""), x->place)
                               : trygg__xstrdup(str_or(x->measure, ""));
        cells[i * 5 + 2] = trygg__xstrdup(trygg__report_focus_label(x->focus_area));
        cells[i * 5 + 3] = trygg__xstrdup(str_or(x->responsible, _("not decided")));
        cells[i * 5 + 4] = trygg__xasprintf("%d", x->priority);
    }
    trygg__doc_table(d, cols, 5, cells, n, 8.0, _("Measures, continued"), n, NULL);
    trygg__doc_paragraph(d, _("Priority 1 is the most urgent. Numbers match the markers on the map."), &small_grey);
    trygg__cells_free(cells, n, 5);
    free(sorted);
}

/* ---- Follow-up: measures done and the safety survey ---- */

/* A measure_effects verdict in words for a reader who does not see the sentence. */
static const char *verdict_words(const char *v)
{
    if (!v)
        return "–";
    if (strcmp(v, "worked") == 0)
        return _("fewer reports than the comparison places predict (worked)");
    if (strcmp(v, "no clear effect") == 0)
        return _("no clear effect");
    if (strcmp(v, "more reports") == 0)
        return _("more reports than the comparison places predict");
    if (strcmp(v, "cannot tell yet") == 0)
        return _("cannot tell yet");
    return v;
}

/* The survey's sentence; NULL when there is nothing to say to this reader. Caller frees. */
static char *survey_text(const trygg_area_report *r)
{
    const trygg_report_survey *sv = &r->survey;
    bool internal = r->audience == TRYGG_AUDIENCE_INTERNAL;
    if (!r->survey_used)
        return internal ? trygg__xstrdup(_("No safety survey was given: [survey] source (the police's or the "
                                           "municipality's trygghetsmätning) would show how safe people feel here."))
                        : NULL;
    if (!sv->area)
        return internal ? trygg__xstrdup(_("No area of the safety survey overlaps this area.")) : NULL;
    char idx[TRYGG__NUM_MAX], ch[TRYGG__NUM_MAX];
    trygg__fmt_num(idx, sizeof idx, sv->index, 1);
    char *first;
    if (sv->previous_year <= 0 || !isfinite(sv->change))
        first = trygg__xasprintf(_("The safety survey (trygghetsmätning) for %s gives an index of %s in %d; there is "
                                   "no earlier survey of the area to compare with."),
                                 sv->area, idx, sv->year);
    else if (fabs(sv->change) < 0.05) /* shown with one decimal: 0,0 */
        first = trygg__xasprintf(_("The safety survey (trygghetsmätning) for %s gives an index of %s in %d, unchanged "
                                   "since %d."),
                                 sv->area, idx, sv->year, sv->previous_year);
    else if (sv->change > 0)
        first = trygg__xasprintf(_("The safety survey (trygghetsmätning) for %s gives an index of %s in %d, %s higher "
                                   "than in %d."),
                                 sv->area, idx, sv->year, trygg__fmt_num(ch, sizeof ch, sv->change, 1),
                                 sv->previous_year);
    else
        first = trygg__xasprintf(_("The safety survey (trygghetsmätning) for %s gives an index of %s in %d, %s lower "
                                   "than in %d."),
                                 sv->area, idx, sv->year, trygg__fmt_num(ch, sizeof ch, -sv->change, 1),
                                 sv->previous_year);
    char *out = trygg__xasprintf("%s %s", first,
                                 sv->higher_is_safer ? _("A higher index means people feel safer.")
                                                     : _("A higher index means more problems: people feel less "
                                                         "safe."));
    free(first);
    return out;
}

/* The measures done nearby with their effect, and those decided or under way; NULL when there
 * is nothing to say to this reader. */
static char *in_progress_text(const trygg_area_report *r)
{
    if (!r->in_progress)
        return NULL;
    char n[TRYGG__NUM_MAX];
    return trygg__xasprintf(trygg__trn("%s measure in or around the area is decided or under way (beslutad, pågår).",
                                       "%s measures in or around the area are decided or under way (beslutad, pågår).",
                                       r->in_progress),
                            trygg__fmt_num(n, sizeof n, (double)r->in_progress, 0));
}

static void followup_section(trygg__doc *d, const trygg_area_report *r)
{
    bool internal = r->audience == TRYGG_AUDIENCE_INTERNAL;
    char *survey = survey_text(r);
    /* An owner cannot act on a config key: without a register or a survey for the area, the
     * block is left out of an owner's report. */
    if (!internal && !r->register_used && !survey)
        return;
    trygg__doc_heading(d, _("Follow-up: measures done and the safety survey"), 60);
    if (r->ndone > 0) {
        const trygg_report_measure **sorted = trygg__measures_by_priority(r->done, r->ndone);
        trygg__col cols[4] = {{_("No."), 26, TRYGG__RIGHT},
                              {_("Measure done"), 190, TRYGG__LEFT},
                              {_("Done"), 70, TRYGG__LEFT},
                              {_("Effect so far"), d->width - 286, TRYGG__LEFT}};
        char **cells = trygg__cells_new(r->ndone, 4);
        char date[64];
        for (size_t i = 0; i < r->ndone; i++) {
            const trygg_report_measure *x = sorted[i];
            cells[i * 4] = trygg__xasprintf("%d", x->id);
            cells[i * 4 + 1] = x->place && *x->place
                                   ? trygg__xasprintf(_("%s\nWhere: %s"), str_or(x->measure, ""), x->place)
                                   : trygg__xstrdup(str_or(x->measure, ""));
            cells[i * 4 + 2] = trygg__xstrdup(x->done_on ? trygg__fmt_iso_date(date, sizeof date, x->done_on)
                                                         : str_or(x->status, "–"));
            cells[i * 4 + 3] = trygg__xstrdup(x->effect && *x->effect ? x->effect : verdict_words(x->verdict));
        }
        trygg__doc_table(d, cols, 4, cells, r->ndone, 8.0, _("Measures done, continued"), r->ndone, NULL);
        trygg__cells_free(cells, r->ndone, 4);
        free(sorted);
        trygg__doc_paragraph(d, _("The effect compares the reports at the measure's streets in equal periods before "
                                  "and after it was done with comparison streets of the same kind elsewhere."),
                             &small_grey);
    } else if (r->register_used) {
        trygg__doc_paragraph(d, _("No measure in or around the area has been done yet."), &body);
    } else if (internal) {
        trygg__doc_paragraph(d, _("The measures' status is not followed: a measure register ([plan] register) records "
                                  "what has been decided and done, and the next run measures the effect of each "
                                  "measure done."),
                             &body);
    }
    char *more = in_progress_text(r);
    if (more) {
        trygg__doc_paragraph(d, more, &body);
        free(more);
    }
    if (survey) {
        trygg__doc_paragraph(d, survey, &body);
        free(survey);
    }
}

/* ---- The document ---- */

/* The map's extent: the area polygons' bounding box widened by 1.5 buffers (300 m without a
 * buffer), or the caller's extent when it gave one. */
static trygg_report_map_data area_map(const trygg_area_report *r)
{
    trygg_report_map_data m = r->map;
    if (m.xmin < m.xmax && m.ymin < m.ymax)
        return m;
    double b[4] = {INFINITY, INFINITY, -INFINITY, -INFINITY};
    for (size_t i = 0; i < m.npolygons; i++) {
        const trygg_report_polygon *p = &m.polygons[i];
        if (p->kind != TRYGG_REPORT_POLY_AREA || !p->xy || !p->ring_nv || p->nrings == 0)
            continue;
        for (size_t k = 0; k < p->ring_nv[0]; k++) {
            double x = p->xy[2 * k], y = p->xy[2 * k + 1];
            if (!isfinite(x) || !isfinite(y))
                continue;
            b[0] = fmin(b[0], x), b[1] = fmin(b[1], y), b[2] = fmax(b[2], x), b[3] = fmax(b[3], y);
        }
    }
    if (b[0] <= b[2]) {
        double pad = r->buffer_m > 0 ? 1.5 * r->buffer_m : 300.0;
        m.xmin = b[0] - pad, m.ymin = b[1] - pad, m.xmax = b[2] + pad, m.ymax = b[3] + pad;
    }
    return m;
}

typedef struct {
    trygg_ctx *ctx;
    const trygg_area_report *r;
} area_job;

/* Counts below this show as "<N" in the report (0: every count exact). */
static unsigned shown_min_count(const trygg_area_report *r)
{
    if (r->audience == TRYGG_AUDIENCE_INTERNAL)
        return 0;
    return r->min_count > 0 ? r->min_count : TRYGG_REPORT_MIN_COUNT;
}

/* The rule the report follows, in a sentence for its method text. Caller frees. */
static char *privacy_text(const trygg_area_report *r)
{
    unsigned k = shown_min_count(r);
    if (r->audience == TRYGG_AUDIENCE_INTERNAL)
        return trygg__xstrdup(_("Internal version for the municipality and the police: exact counts, and every "
                                "report as a dot on the map. Do not pass it on to property owners or others."));
    char side[TRYGG__NUM_MAX];
    fmt_m(side, sizeof side, TRYGG_REPORT_OWNER_GRID_M);
    if (k <= 1)
        return trygg__xasprintf(_("The map shows no single report, only the number of reports in squares of %s a "
                                  "side."),
                                side);
    return trygg__xasprintf(_("Counts under %u are shown as <%u. The map shows no single report, only the number "
                              "of reports in squares of %s a side; squares with fewer than %u reports are left "
                              "out."),
                            k, k, side, k);
}

static void draw_area(trygg__doc *d, void *user)
{
    area_job *job = user;
    const trygg_area_report *r = job->r;
    const char *muni = str_or(r->municipality, _("the municipality"));
    const char *pb = str_or(r->period_before, _("before")), *pa = str_or(r->period_after, _("after"));
    unsigned k = shown_min_count(r);
    char *s;
    char buffer[TRYGG__NUM_MAX];
    fmt_m(buffer, sizeof buffer, r->buffer_m);
    bool around = r->buffer_m > 0;

    trygg__font title = {19.0, true, false, {0.08, 0.2, 0.4}, TRYGG__LEFT};
    d->y += trygg__text(d->cr, d->left, d->y, d->width, r->name, &title, true, NULL) + 2;
    if (r->area_id && *r->area_id)
        s = trygg__xasprintf(_("Safety report for a property or area · %s · area %s"), muni, r->area_id);
    else
        s = trygg__xasprintf(_("Safety report for a property or area · %s"), muni);
    trygg__font sub = {9.5, false, false, {0.3, 0.3, 0.3}, TRYGG__LEFT};
    d->y += trygg__text(d->cr, d->left, d->y, d->width, s, &sub, true, NULL) + 6;
    free(s);
    if (around)
        s = trygg__xasprintf(_("What happens in the area and within %s of it: incidents reported in %s and %s, street "
                               "lighting, how its streets score against the rest of %s, and the measures proposed "
                               "here."),
                             buffer, pb, pa, muni);
    else
        s = trygg__xasprintf(_("What happens in the area: incidents reported in %s and %s, street lighting, how its "
                               "streets score against the rest of %s, and the measures proposed here."),
                             pb, pa, muni);
    trygg__doc_paragraph(d, s, &body);
    free(s);
    if (r->synthetic)
        trygg__doc_warning(d, _("Example data: the incidents in this report are SYNTHETIC (made up for testing and "
                                "demonstration). They are not real reports and say nothing about this place."));

    trygg_report_map_data m = area_map(r);
    if (r->audience != TRYGG_AUDIENCE_INTERNAL) {
        /* owners: counts per square, never a dot that names an address */
        m.incident_grid_m = TRYGG_REPORT_OWNER_GRID_M;
        m.grid_min_count = k;
    }
    double mh = 300;
    trygg__doc_need(d, mh + 14);
    /* cannot fail: the rectangle is fixed and the extent was checked before rendering */
    if (d->total_pages > 0) /* the map has a fixed size: not drawn while counting pages */
        (void)trygg_report_map(job->ctx, d->cr, d->left, d->y, d->width, mh, &m);
    d->y += mh + 3;
    trygg__doc_paragraph(d, _("Streets are coloured by their safety index (0–100, high is safe), computed from "
                              "lighting, incidents and surroundings."),
                         &small_grey);

    if (around)
        s = trygg__xasprintf(_("Incidents in the area and within %s of it"), buffer);
    else
        s = trygg__xstrdup(_("Incidents in the area"));
    trygg__doc_heading(d, s, 60);
    free(s);
    unsigned total = trygg__incident_table_private(d, r->n_before, r->n_after, pb, pa, 200, k);
    if (total == 0) {
        if (around)
            s = trygg__xasprintf(_("No incidents were reported in the area or within %s of it in %s or %s."), buffer,
                                 pb, pa);
        else
            s = trygg__xasprintf(_("No incidents were reported in the area in %s or %s."), pb, pa);
        trygg__doc_paragraph(d, s, &body);
        free(s);
    }
    s = privacy_text(r);
    trygg__doc_paragraph(d, s, &small_grey);
    free(s);

    /* keep the heading, its sentence and the (short) class table together */
    size_t nclasses = 0;
    for (int i = 0; i < TRYGG_REPORT_LIGHT_SLOTS; i++)
        nclasses += r->lighting.length_m[i] > 0;
    trygg__doc_heading(d, _("Lighting"), 40 + 16.5 * (double)(nclasses + 1));
    lighting_section(d, r);

    if (r->nscores) {
        s = trygg__xasprintf(_("How the streets here score against %s"), muni);
        trygg__doc_heading(d, s, 50);
        free(s);
        s = trygg__xasprintf(_("Each bar chart shows how the places (street pieces of up to 100 m) of %s spread over "
                               "the score; the black marker is this area's mean."),
                             muni);
        trygg__doc_paragraph(d, s, &small_grey);
        free(s);
        d->y += 6;
        for (size_t i = 0; i < r->nscores; i++)
            score_row(d, &r->scores[i], r->municipality);
    }

    if (r->least_safe.title) {
        trygg_report_ranking least = r->least_safe;
        least.min_count = k;
        /* An owner's report leaves out why a place scores low: that text names the place's own
         * report counts ("2 vandalism/graffiti reports"), below min_count too. */
        trygg_report_place *v = NULL;
        if (k > 1 && least.n > 0) {
            v = trygg__xmalloc(least.n * sizeof *v);
            for (size_t i = 0; i < least.n; i++)
                v[i] = least.v[i], v[i].why = NULL;
            least.v = v;
        }
        trygg__ranking_table(d, &least);
        free(v);
    }
    trygg__doc_heading(d, _("Measures proposed in and around the area"), 40);
    measures_section(d, r->measures, r->nmeasures);
    followup_section(d, r);
}

trygg_status trygg__check_map(trygg_ctx *ctx, const trygg_report_map_data *m, const char *path)
{
    if (!isfinite(m->xmin) || !isfinite(m->ymin) || !isfinite(m->xmax) || !isfinite(m->ymax))
        return trygg__fail(ctx, TRYGG_E_USAGE, "%s: map extent (%g %g, %g %g) is not finite", path ? path : "report",
                           m->xmin, m->ymin, m->xmax, m->ymax);
    return TRYGG_OK;
}

trygg_status trygg_report_area_pdf(trygg_ctx *ctx, const trygg_area_report *r, const char *path)
{
    if (!r || !r->name || !*r->name)
        return trygg__fail(ctx, TRYGG_E_USAGE, "%s: area report without a name", path ? path : "(no path)");
    trygg_status st = trygg__check_map(ctx, &r->map, path);
    if (st != TRYGG_OK)
        return st;
    area_job job = {ctx, r};
    char *title = trygg__xasprintf(_("Safety report: %s"), r->name);
    /* the footer of every page: the rule on counts and points first, then the sources */
    char *rule = r->audience == TRYGG_AUDIENCE_INTERNAL
                     ? trygg__xstrdup(_("Internal version: exact counts and every report on the map."))
                 : shown_min_count(r) <= 1
                     ? trygg__xstrdup(_("The map shows reports per square, not single reports."))
                     : trygg__xasprintf(_("Counts under %u are shown as <%u; the map shows reports per square, not "
                                          "single reports."),
                                        shown_min_count(r), shown_min_count(r));
    char *sources = NULL;
    if (r->data_sources && *r->data_sources) {
        /* one full stop: the sentence's, not a second one after the caller's */
        size_t n = strlen(r->data_sources);
        char *text = trygg__xstrdup(r->data_sources);
        if (text[n - 1] == '.')
            text[n - 1] = '\0';
        sources = trygg__xasprintf(_("Sources: %s."), text);
        free(text);
    }
    char *footer = sources ? trygg__xasprintf("%s %s", rule, sources) : trygg__xstrdup(rule);
    free(sources);
    st = trygg__doc_render(ctx, path, title, r->date, footer, r->synthetic, r->name, draw_area, &job);
    free(footer);
    free(rule);
    free(title);
    return st;
}
