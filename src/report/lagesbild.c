/*
 * The lägesbild for the municipality and the police (DESIGN.md sections 1 and 5): one document
 * in the order of Brå's guidance for local crime prevention (kartläggning, orsaksanalys,
 * åtgärder, uppföljning), closed by the sources and their limits. It replaced the summary
 * (OUT_summary.pdf) and keeps everything the summary had.
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "core/i18n.h"
#include "core/internal.h"
#include "report/report_internal.h"

static const trygg__font body = {9.0, false, false, {0.1, 0.1, 0.1}, TRYGG__LEFT};
static const trygg__font small_grey = {7.5, false, false, {0.35, 0.35, 0.35}, TRYGG__LEFT};

static const char *str_or(const char *s, const char *dflt)
{
    return s && *s ? s : dflt;
}

static bool english(void) { return trygg__language() == TRYGG_LANG_EN; }

/* ---- Small formatting helpers ---- */

/* A number in the run's language into a fresh string. */
static char *num(double v, int decimals)
{
    char b[TRYGG__NUM_MAX];
    return trygg__xstrdup(trygg__fmt_num(b, sizeof b, v, decimals));
}

static char *pct(double share, int decimals)
{
    char b[TRYGG__NUM_MAX];
    return trygg__xstrdup(trygg__fmt_pct(b, sizeof b, share, decimals));
}

/* Relative change as "+25 %", "−4 %", "0 %"; "new" without reports before; "–" without any. */
static char *change(unsigned before, unsigned after)
{
    if (before == 0)
        return trygg__xstrdup(after ? _("new") : "–");
    double c = ((double)after - (double)before) / (double)before;
    char b[TRYGG__NUM_MAX];
    trygg__fmt_pct(b, sizeof b, fabs(c), 0);
    long r = lround(100.0 * c);
    return trygg__xasprintf("%s%s", r > 0 ? "+" : r < 0 ? "−" : "", b);
}

/* The first letter of an ASCII-initial sentence in capitals. */
static char *capital(char *s)
{
    if (s && *s >= 'a' && *s <= 'z')
        *s = (char)(*s - 'a' + 'A');
    return s;
}

/* The first letter in lower case, for a label inside a sentence (ASCII and the Latin-1 capitals
 * Å, Ä, Ö as UTF-8). */
static void lower_first(char *s)
{
    unsigned char *u = (unsigned char *)s;
    if (u[0] >= 'A' && u[0] <= 'Z')
        u[0] = (unsigned char)(u[0] - 'A' + 'a');
    else if (u[0] == 0xC3 && u[1] >= 0x80 && u[1] <= 0x9E && u[1] != 0x97)
        u[1] = (unsigned char)(u[1] + 0x20);
}

/* A party responsible without its trailing English gloss in Swedish ("Kommunen: gatuavdelningen
 * (street department)" reads "Kommunen: gatuavdelningen"); as it is in English. */
static char *responsible_text(const char *r)
{
    if (!r || !*r)
        return trygg__xstrdup(_("not decided"));
    size_t n = strlen(r);
    if (!english() && n > 3 && r[n - 1] == ')') {
        const char *open = strrchr(r, '(');
        bool ascii = open && open > r + 1 && open[-1] == ' ';
        for (const char *p = open ? open + 1 : r; ascii && p < r + n - 1; p++)
            ascii = (unsigned char)*p < 0x80;
        if (ascii)
            return trygg__xasprintf("%.*s", (int)(open - 1 - r), r);
    }
    return trygg__xstrdup(r);
}

/* The measure's text in the run's language: the English one (measures.measure_en) in English. */
static const char *measure_text(const trygg_summary_report *s, const trygg_report_measure *m)
{
    const trygg_lagesbild_extra *x = s->lagesbild;
    if (english() && x)
        for (size_t i = 0; i < x->nmeasure_en; i++)
            if (x->measure_en_ids[i] == m->id && x->measure_en[i])
                return x->measure_en[i];
    return str_or(m->measure, "");
}

/* Sentence-case category nouns for running text. */
static const char *const cat_reports[TRYGG_CAT_COUNT] = {
    N_("reports of vandalism"), N_("reports of graffiti"), N_("reports of littering"),
    N_("reports of violence"),  N_("reports of theft"),    N_("reports of drug offences"),
    N_("reports of disorder"),  N_("reports of fraud"),    N_("other reports"),
};

/* A top-level section of the lägesbild: larger than a heading, with a rule under it. */
static void section(trygg__doc *d, const char *text, double keep)
{
    trygg__font f = {15.0, true, false, {0.08, 0.2, 0.4}, TRYGG__LEFT};
    double h = trygg__text(d->cr, 0, 0, d->width, text, &f, false, NULL);
    trygg__doc_need(d, 14 + h + 6 + keep);
    d->y += 14;
    d->y += trygg__text(d->cr, d->left, d->y, d->width, text, &f, true, NULL) + 2;
    cairo_save(d->cr);
    cairo_set_source_rgb(d->cr, 0.08, 0.2, 0.4);
    cairo_set_line_width(d->cr, 0.8);
    cairo_move_to(d->cr, d->left, d->y + 0.5);
    cairo_line_to(d->cr, d->left + d->width, d->y + 0.5);
    cairo_stroke(d->cr);
    cairo_restore(d->cr);
    d->y += 6;
}

static void para_free(trygg__doc *d, char *t, const trygg__font *f)
{
    trygg__doc_paragraph(d, t, f);
    free(t);
}

/* ---- 1 Mapping ---- */

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
    trygg__col cols[5] = {{_("Focus area"), 230, TRYGG__LEFT},
                          {pb, 65, TRYGG__RIGHT},
                          {pa, 65, TRYGG__RIGHT},
                          {_("Change"), 65, TRYGG__RIGHT},
                          {_("Measures"), d->width - 425, TRYGG__RIGHT}};
    size_t n = TRYGG_FOCUS_COUNT + (measures[TRYGG_FOCUS_COUNT] ? 1 : 0);
    char **cells = trygg__cells_new(n, 5);
    for (int f = 0; f < TRYGG_FOCUS_COUNT; f++) {
        cells[f * 5] = trygg__xstrdup(trygg__report_focus_label(trygg_focus_area_name((trygg_focus_area)f)));
        int by_area = f == TRYGG_FOCUS_NARA_RELATION ? 0 : f == TRYGG_FOCUS_ALDRE ? 1 : -1;
        if (by_area >= 0) {
            /* told by area only, for the latest period (docs/NOTES.md "Focus areas and privacy") */
            long total = s->area_only_after[by_area];
            cells[f * 5 + 1] = trygg__xstrdup("–");
            cells[f * 5 + 2] = total >= 0 ? num((double)total, 0) : trygg__xstrdup("–");
            cells[f * 5 + 3] = trygg__xstrdup("–");
        } else {
            cells[f * 5 + 1] = num(s->focus_before[f], 0);
            cells[f * 5 + 2] = num(s->focus_after[f], 0);
            cells[f * 5 + 3] = change(s->focus_before[f], s->focus_after[f]);
        }
        cells[f * 5 + 4] = num((double)measures[f], 0);
    }
    if (n > TRYGG_FOCUS_COUNT) {
        size_t r = TRYGG_FOCUS_COUNT;
        cells[r * 5] = trygg__xstrdup(_("Other (no focus area given)"));
        cells[r * 5 + 4] = num((double)measures[TRYGG_FOCUS_COUNT], 0);
    }
    trygg__doc_table(d, cols, 5, cells, n, 8.0, _("By focus area, continued"), n, NULL);
    trygg__cells_free(cells, n, 5);
    trygg__doc_paragraph(d, _("Drug offences count for ANDTS and every other category for trygghet. Violence in close "
                              "relations and fraud against the elderly are counted by area only, in the latest period "
                              "(the focus_areas layer: rates per 1 000 residents); they never appear as points or at "
                              "places. Children and young people cannot be told from a report's category and count "
                              "only measures."),
                         &small_grey);
}

/* The trend of each category in sentences: the significant changes one by one, the others in one. */
static void trend_text(trygg__doc *d, const trygg_summary_report *s, const char *pb, const char *pa)
{
    const trygg_lagesbild_extra *x = s->lagesbild;
    if (!x)
        return;
    size_t nstill = 0, nchanged = 0;
    for (int c = 0; c < TRYGG_CAT_COUNT; c++) {
        unsigned b = s->n_before[c], a = s->n_after[c];
        if (a + b == 0 || x->trend[c] == 2)
            continue;
        if (x->trend[c] == 0) {
            nstill++;
            continue;
        }
        nchanged++;
        char *nb = num(b, 0), *na = num(a, 0), *ch = change(b, a), *p = num(x->trend_p[c], 3);
        char *t = trygg__xasprintf(x->trend[c] > 0 ? _("%s rose from %s (%s) to %s (%s), %s: a significant rise "
                                                       "(exact Poisson test of the daily rates, p = %s).")
                                                   : _("%s fell from %s (%s) to %s (%s), %s: a significant fall "
                                                       "(exact Poisson test of the daily rates, p = %s)."),
                                   _(cat_reports[c]), nb, pb, na, pa, ch, p);
        para_free(d, capital(t), &body);
        free(nb);
        free(na);
        free(ch);
        free(p);
    }
    if (nstill)
        trygg__doc_paragraph(d, nchanged ? _("The other categories did not change significantly between the periods.")
                                         : _("No category changed significantly between the periods (exact Poisson "
                                             "test of the daily rates)."),
                             &body);
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

static void hotspot_section(trygg__doc *d, const trygg_summary_report *s, const char *heading)
{
    size_t top = s->top_hotspots ? s->top_hotspots : 10;
    if (s->nhotspots == 0) {
        trygg__doc_heading(d, heading, 20);
        trygg__doc_paragraph(d, _("No significant hot spot was found in the study area."), &body);
        return;
    }
    hot_ref *refs = trygg__xmalloc(s->nhotspots * sizeof *refs);
    for (size_t i = 0; i < s->nhotspots; i++)
        refs[i] = (hot_ref){&s->hotspots[i], i};
    qsort(refs, s->nhotspots, sizeof *refs, cmp_hot);
    size_t n = s->nhotspots < top ? s->nhotspots : top;
    /* the number's column has room for a swatch and three digits */
    trygg__col cols[7] = {{_("No."), 36, TRYGG__RIGHT},       {_("Category"), 114, TRYGG__LEFT},
                          {_("Confidence"), 48, TRYGG__RIGHT}, {_("Reports"), 72, TRYGG__RIGHT},
                          {"PAI", 32, TRYGG__RIGHT},           {_("Peak hours"), 96, TRYGG__LEFT},
                          {_("Place"), d->width - 398, TRYGG__LEFT}};
    char **cells = trygg__cells_new(n, 7);
    const trygg__rgb *sw[64];
    trygg__rgb colours[64];
    for (size_t i = 0; i < n; i++) {
        const trygg_report_hotspot *h = refs[i].h;
        cells[i * 7] = trygg__xasprintf("%d", h->id);
        cells[i * 7 + 1] = trygg__xstrdup(trygg__report_category_label(h->category));
        cells[i * 7 + 2] = pct(h->confidence / 100.0, 0);
        cells[i * 7 + 3] = num(h->incidents, 0);
        cells[i * 7 + 4] = isfinite(h->pai) ? num(h->pai, 1) : trygg__xstrdup("–");
        cells[i * 7 + 5] = trygg__xstrdup(str_or(h->peak_hours, "–"));
        cells[i * 7 + 6] = trygg__xstrdup(str_or(h->place, ""));
        if (i < 64) {
            colours[i] = trygg__report_category_rgb(h->category);
            sw[i] = &colours[i];
        }
    }
    trygg__doc_heading(d, heading, trygg__doc_table_start(d, cols, 7, cells, n, 8.0, n));
    trygg__doc_table(d, cols, 7, cells, n, 8.0, _("Hot spots, continued"), n, n <= 64 ? sw : NULL);
    char *t = trygg__xasprintf(s->nhotspots > n ? _("%zu hot spots in all, the largest by reports listed. "
                                                    "Confidence from Getis-Ord Gi* with false-discovery-rate "
                                                    "control; PAI = share of reports / share of area (Chainey et "
                                                    "al. 2008); peak hours in local time.")
                                                : trygg__trn("%zu hot spot in all. Confidence from Getis-Ord Gi* with "
                                                             "false-discovery-rate control; PAI = share of reports / "
                                                             "share of area (Chainey et al. 2008); peak hours in local "
                                                             "time.",
                                                             "%zu hot spots in all. Confidence from Getis-Ord Gi* with "
                                                             "false-discovery-rate control; PAI = share of reports / "
                                                             "share of area (Chainey et al. 2008); peak hours in local "
                                                             "time.",
                                                             s->nhotspots),
                               s->nhotspots);
    para_free(d, t, &small_grey);
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

static void dark_section(trygg__doc *d, const trygg_summary_report *s, const char *heading)
{
    size_t top = s->top_dark ? s->top_dark : 10;
    if (s->ndark == 0) {
        trygg__doc_heading(d, heading, 20);
        trygg__doc_paragraph(d, _("No dark stretch was found (or lighting was not assessed)."), &body);
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
    trygg__col cols[4] = {{_("Street"), 230, TRYGG__LEFT},
                          {_("Length"), 80, TRYGG__RIGHT},
                          {_("Lowest light"), 90, TRYGG__RIGHT},
                          {_("Night reports near"), d->width - 400, TRYGG__RIGHT}};
    char **cells = trygg__cells_new(n, 4);
    for (size_t i = 0; i < n; i++) {
        const trygg_report_dark *k = refs[i].k;
        char *l = num(k->length_m, 0), *lux = num(k->lux_min, 2);
        cells[i * 4] = trygg__xstrdup(str_or(k->street, _("(unnamed street)")));
        cells[i * 4 + 1] = trygg__xasprintf("%s m", l);
        cells[i * 4 + 2] = isfinite(k->lux_min) ? trygg__xasprintf("%s lux", lux) : trygg__xstrdup("–");
        cells[i * 4 + 3] = num(k->night_incidents_near, 0);
        free(l);
        free(lux);
    }
    trygg__doc_heading(d, heading, trygg__doc_table_start(d, cols, 4, cells, n, 8.0, n));
    trygg__doc_table(d, cols, 4, cells, n, 8.0, _("Longest dark stretches, continued"), n, NULL);
    char *km = num(total / 1000.0, 1);
    char *t = trygg__xasprintf(trygg__trn("%zu dark stretch, %s km in all: street where the estimated light is "
                                          "below 0.6 lux.",
                                          "%zu dark stretches, %s km in all: street where the estimated light is "
                                          "below 0.6 lux.",
                                          s->ndark),
                               s->ndark, km);
    para_free(d, t, &small_grey);
    free(km);
    trygg__cells_free(cells, n, 4);
    free(refs);
}

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

/* ---- 2 Analysis of causes ---- */

static const struct {
    const char *key, *label;
} factor_labels[] = {
    {"dark_share", N_("Share of the street that is dark")},
    {"surveillance_share", N_("Share of the street watched by buildings (natural surveillance)")},
    {"isovist_area_m2", N_("Open view (area visible from the street)")},
    {"activity", N_("Activity (shops, cafés, stops and other destinations nearby)")},
    {"bars_150m", N_("Bars and pubs within 150 m")},
    {"transit_150m", N_("Public transport stops within 150 m")},
    {"fast_food_150m", N_("Fast food and kiosks within 150 m")},
    {"nearest_basket_m", N_("Distance to the nearest litter bin")},
};

static const char *factor_label(const char *key)
{
    for (size_t i = 0; i < sizeof factor_labels / sizeof *factor_labels; i++)
        if (strcmp(factor_labels[i].key, key) == 0)
            return _(factor_labels[i].label);
    return key;
}

/* One step of the factor (its standard deviation) in its unit. */
static char *factor_step(const trygg_report_risk *r)
{
    if (!isfinite(r->sd))
        return trygg__xstrdup("–");
    if (strcmp(r->factor, "dark_share") == 0 || strcmp(r->factor, "surveillance_share") == 0) {
        char *n = num(100.0 * r->sd, 0);
        char *t = trygg__xasprintf(_("%s percentage points"), n);
        free(n);
        return t;
    }
    char *n = num(r->sd, r->sd >= 100 ? 0 : 1);
    char *t = strcmp(r->factor, "isovist_area_m2") == 0    ? trygg__xasprintf("%s m²", n)
              : strcmp(r->factor, "nearest_basket_m") == 0 ? trygg__xasprintf("%s m", n)
              : strcmp(r->factor, "activity") == 0         ? trygg__xasprintf(_("%s weighted destinations"), n)
                                                           : trygg__xasprintf(_("%s more"), n);
    free(n);
    return t;
}

static bool uncertain(const trygg_report_risk *r) { return !(r->lo > 1.0 || r->hi < 1.0); }

static void risk_table(trygg__doc *d, const trygg_lagesbild_extra *x, int model)
{
    size_t n = 0;
    for (size_t i = 0; i < x->nrisks; i++)
        n += x->risks[i].model == model;
    if (n == 0)
        return;
    trygg__col cols[5] = {{_("Factor"), 190, TRYGG__LEFT},
                          {_("One step (1 SD)"), 100, TRYGG__RIGHT},
                          {_("Relative risk"), 52, TRYGG__RIGHT},
                          /* xgettext:no-c-format */
                          {_("95 % CI"), 72, TRYGG__RIGHT},
                          {_("Assessment"), d->width - 414, TRYGG__LEFT}};
    char **cells = trygg__cells_new(n, 5);
    size_t r = 0;
    for (size_t i = 0; i < x->nrisks; i++) {
        const trygg_report_risk *k = &x->risks[i];
        if (k->model != model)
            continue;
        char *lo = num(k->lo, 2), *hi = num(k->hi, 2);
        cells[r * 5] = trygg__xstrdup(factor_label(k->factor));
        cells[r * 5 + 1] = factor_step(k);
        cells[r * 5 + 2] = num(k->rr, 2);
        cells[r * 5 + 3] = trygg__xasprintf("%s–%s", lo, hi);
        cells[r * 5 + 4] = trygg__xstrdup(uncertain(k) ? _("uncertain")
                                          : k->rr > 1  ? _("higher risk")
                                                       : _("lower risk"));
        free(lo);
        free(hi);
        r++;
    }
    trygg__doc_table(d, cols, 5, cells, n, 8.0, _("Relative risks, continued"), n, NULL);
    trygg__cells_free(cells, n, 5);
    /* xgettext:no-c-format */
    trygg__doc_paragraph(d, _("95 % CI: 95 % confidence interval. Uncertain: the interval includes 1, so the factor "
                              "may go with more reports, fewer, or none."),
                         &small_grey);
    /* the clear ones in words */
    for (size_t i = 0; i < x->nrisks; i++) {
        const trygg_report_risk *k = &x->risks[i];
        if (k->model != model || uncertain(k))
            continue;
        double c = k->rr > 1 ? k->rr - 1 : 1 - k->rr;
        char *step = factor_step(k), *p = pct(c, 0), *lo = num(k->lo, 2), *hi = num(k->hi, 2);
        char *t = trygg__xasprintf(k->rr > 1 ? _("%s: a step of %s goes with %s more reports per metre of street, "
                                                 "other factors equal (95 %% CI %s–%s).")
                                             : _("%s: a step of %s goes with %s fewer reports per metre of street, "
                                                 "other factors equal (95 %% CI %s–%s)."),
                                   factor_label(k->factor), step, p, lo, hi);
        para_free(d, t, &body);
        free(step);
        free(p);
        free(lo);
        free(hi);
    }
}

static void causes_section(trygg__doc *d, const trygg_summary_report *s)
{
    const trygg_lagesbild_extra *x = s->lagesbild;
    if (!x) {
        trygg__doc_paragraph(d, _("The analysis of causes needs the output's run_info (the surroundings stage's "
                                  "models): make the lägesbild from a trygg output."),
                             &body);
        return;
    }
    /* xgettext:no-c-format */
    trygg__doc_paragraph(d, _("Which features of a street go with more reports? Two Poisson regressions over all "
                              "places (reports per metre of street) give each factor's relative risk: how many "
                              "times as many reports a place has when the factor is one step (one standard "
                              "deviation) higher, the other factors held equal. 1.30 means 30 % more, 0.80 means "
                              "20 % fewer. The 95 % confidence interval shows the uncertainty: where it includes 1 "
                              "the direction is uncertain. A relative risk is a pattern in the reports, not proof of "
                              "a cause; read it together with local knowledge and the maps."),
                         &body);
    static const char *const titles[2] = {N_("Vandalism and graffiti"), N_("Littering")};
    for (int k = 0; k < 2; k++) {
        trygg__doc_heading(d, _(titles[k]), 150);
        if (x->model_note[k]) {
            para_free(d, trygg__xasprintf(_("No model: %s."), x->model_note[k]), &body);
            continue;
        }
        size_t n = 0;
        for (size_t i = 0; i < x->nrisks; i++)
            n += x->risks[i].model == k;
        if (n == 0) {
            trygg__doc_paragraph(d, _("The run did not fit this model (no surroundings data)."), &body);
            continue;
        }
        if (isfinite(x->model_reports[k])) {
            char *r = num(x->model_reports[k], 0);
            para_free(d, trygg__xasprintf(_("Fitted on %s reports."), r), &small_grey);
            free(r);
        }
        risk_table(d, x, k);
    }

    trygg__doc_heading(d, _("Lighting"), 150);
    double assessed = 0;
    for (int c = 0; c < TRYGG_REPORT_LIGHT_SLOTS; c++)
        if (c != TRYGG_REPORT_LIGHT_NOT_ASSESSED)
            assessed += x->light_m[c];
    if (x->street_m <= 0) {
        trygg__doc_paragraph(d, _("No street was assessed."), &body);
    } else {
        static const char *const names[TRYGG_REPORT_LIGHT_SLOTS] = {
            "P1", "P2", "P3", "P4", "P5", "P6", N_("below P6"), N_("not assessed (no lamp data)")};
        trygg__col cols[3] = {{_("Lighting class (SS-EN 13201)"), 200, TRYGG__LEFT},
                              {_("Street length"), 90, TRYGG__RIGHT},
                              {_("Share"), 70, TRYGG__RIGHT}};
        char **cells = trygg__cells_new(TRYGG_REPORT_LIGHT_SLOTS, 3);
        for (int c = 0; c < TRYGG_REPORT_LIGHT_SLOTS; c++) {
            char *km = num(x->light_m[c] / 1000.0, 1);
            cells[c * 3] = trygg__xstrdup(c < 6 ? names[c] : _(names[c]));
            cells[c * 3 + 1] = trygg__xasprintf("%s km", km);
            cells[c * 3 + 2] = pct(x->light_m[c] / x->street_m, 0);
            free(km);
        }
        trygg__doc_table(d, cols, 3, cells, TRYGG_REPORT_LIGHT_SLOTS, 8.0, _("Lighting, continued"),
                         TRYGG_REPORT_LIGHT_SLOTS, NULL);
        trygg__cells_free(cells, TRYGG_REPORT_LIGHT_SLOTS, 3);
        if (assessed > 0) {
            char *ok = pct((assessed - x->light_m[TRYGG_PCLASS_BELOW]) / assessed, 0),
                 *below = pct(x->light_m[TRYGG_PCLASS_BELOW] / assessed, 0), *akm = num(assessed / 1000.0, 1);
            para_free(d,
                      trygg__xasprintf(_("Of the %s km of street whose lighting could be estimated from the lamps, %s "
                                         "reaches at least P6, the lowest class for streets with pedestrians and "
                                         "cyclists in SS-EN 13201, and %s lies below it. The estimate uses the lamps' "
                                         "positions and, where the register lacks them, assumed heights and "
                                         "luminous flux: check dark stretches on site before acting."),
                                       akm, ok, below),
                      &body);
            free(ok);
            free(below);
            free(akm);
        }
    }

    trygg__doc_heading(d, _("Natural surveillance and activity"), 40);
    if (isfinite(x->surveillance_share)) {
        char *w = pct(x->surveillance_share, 0);
        para_free(d,
                  trygg__xasprintf(_("On average %s of the street length has a building facing it within reach "
                                     "(natural surveillance: windows and entrances that can see the street). Its "
                                     "relative risk and that of activity (destinations such as shops, cafés and "
                                     "stops, which bring people) are in the tables above."),
                                   w),
                  &body);
        free(w);
    } else {
        trygg__doc_paragraph(d, _("Natural surveillance was not assessed: give a buildings layer ([buildings])."),
                             &body);
    }
}

/* ---- 3 Measures ---- */

typedef struct {
    const trygg_report_measure *first; /* the most urgent of the kind (priority, then id) */
    const char *text, *responsible, *focus;
    size_t n, prio_n[5];
    int prio;
    const trygg_report_measure *ex[3];
    size_t nex;
} kind;

static int cmp_kind(const void *pa, const void *pb)
{
    const kind *a = pa, *b = pb;
    if (a->prio != b->prio)
        return a->prio < b->prio ? -1 : 1;
    if (a->n != b->n)
        return a->n > b->n ? -1 : 1;
    return a->first->id < b->first->id ? -1 : a->first->id > b->first->id;
}

#define KINDS_SHOWN 6

static int kind_focus_row(const kind *k)
{
    trygg_focus_area f;
    return trygg_focus_area_from_name(k->focus, &f) ? (int)f : TRYGG_FOCUS_COUNT;
}

/* Measures of the same kind (focus area, text, responsible) are one row of section 3, with their
 * number and up to three of the most urgent places; the kinds most urgent first. sorted: the
 * measures by priority. */
static kind *measure_kinds(const trygg_summary_report *s, const trygg_report_measure *const *sorted, size_t *nk)
{
    kind *kinds = trygg__xcalloc(s->nmeasures + 1, sizeof *kinds);
    *nk = 0;
    for (size_t i = 0; i < s->nmeasures; i++) {
        const trygg_report_measure *m = sorted[i];
        const char *text = measure_text(s, m), *resp = str_or(m->responsible, ""), *focus = str_or(m->focus_area, "");
        size_t k = 0;
        while (k < *nk && !(strcmp(kinds[k].text, text) == 0 && strcmp(kinds[k].responsible, resp) == 0 &&
                            strcmp(kinds[k].focus, focus) == 0))
            k++;
        if (k == *nk)
            kinds[(*nk)++] = (kind){.first = m, .text = text, .responsible = resp, .focus = focus, .prio = m->priority};
        kind *g = &kinds[k];
        g->n++;
        if (g->nex < 3)
            g->ex[g->nex++] = m;
    }
    qsort(kinds, *nk, sizeof *kinds, cmp_kind);
    return kinds;
}

/* The overview map's polygons: all but the measures, and of those the ones section 3 names
 * (its numbers are the map's markers): on a town's overview every measure would bury the map. */
static trygg_report_polygon *overview_polygons(const trygg_summary_report *s, size_t *n)
{
    const trygg_report_measure **sorted = trygg__measures_by_priority(s->measures, s->nmeasures);
    size_t nk = 0;
    kind *kinds = measure_kinds(s, sorted, &nk);
    int *cited = trygg__xmalloc((nk * 3 + 1) * sizeof *cited);
    size_t ncited = 0, shown[TRYGG_FOCUS_COUNT + 1] = {0};
    for (size_t k = 0; k < nk; k++) {
        int row = kind_focus_row(&kinds[k]);
        if (shown[row]++ < KINDS_SHOWN)
            for (size_t e = 0; e < kinds[k].nex; e++)
                cited[ncited++] = kinds[k].ex[e]->id;
    }
    trygg_report_polygon *out = trygg__xmalloc((s->map.npolygons + 1) * sizeof *out);
    *n = 0;
    for (size_t i = 0; i < s->map.npolygons; i++) {
        const trygg_report_polygon *p = &s->map.polygons[i];
        bool keep = p->kind != TRYGG_REPORT_POLY_MEASURE;
        int id = !keep && p->label ? atoi(p->label) : 0;
        for (size_t c = 0; c < ncited && !keep && p->label; c++)
            keep = id == cited[c];
        if (keep)
            out[(*n)++] = *p;
    }
    free(cited);
    free(kinds);
    free(sorted);
    return out;
}

static void measures_section(trygg__doc *d, const trygg_summary_report *s)
{
    if (s->nmeasures == 0) {
        trygg__doc_paragraph(d, _("No measure is proposed."), &body);
        return;
    }
    trygg__doc_paragraph(d, _("The measures follow from the mapping and the analysis of causes by the run's rules "
                              "(one measure a place: a dark stretch, a hot spot, a street). They are proposals: the "
                              "municipality and the police decide which are carried out, by whom and when."),
                         &body);
    const trygg_report_measure **sorted = trygg__measures_by_priority(s->measures, s->nmeasures);
    /* Focus area by priority: the whole plan at a glance. */
    const char *focus_names[TRYGG_FOCUS_COUNT + 1];
    size_t grid[TRYGG_FOCUS_COUNT + 1][6] = {{0}};
    for (int f = 0; f < TRYGG_FOCUS_COUNT; f++)
        focus_names[f] = trygg_focus_area_name((trygg_focus_area)f);
    focus_names[TRYGG_FOCUS_COUNT] = NULL;
    for (size_t i = 0; i < s->nmeasures; i++) {
        trygg_focus_area f;
        int row = s->measures[i].focus_area && trygg_focus_area_from_name(s->measures[i].focus_area, &f)
                      ? (int)f
                      : TRYGG_FOCUS_COUNT;
        int p = s->measures[i].priority < 1 ? 1 : s->measures[i].priority > 5 ? 5 : s->measures[i].priority;
        grid[row][p - 1]++;
        grid[row][5]++;
    }
    size_t nrows = 0;
    for (int f = 0; f <= TRYGG_FOCUS_COUNT; f++)
        nrows += grid[f][5] > 0;
    trygg__col cols[7] = {{_("Focus area"), 200, TRYGG__LEFT}, {_("Priority 1"), 66, TRYGG__RIGHT},
                          {"2", 36, TRYGG__RIGHT},             {"3", 36, TRYGG__RIGHT},
                          {"4", 36, TRYGG__RIGHT},             {"5", 36, TRYGG__RIGHT},
                          {_("All"), d->width - 410, TRYGG__RIGHT}};
    char **cells = trygg__cells_new(nrows + 1, 7);
    size_t r = 0, tot[6] = {0};
    for (int f = 0; f <= TRYGG_FOCUS_COUNT; f++) {
        if (!grid[f][5])
            continue;
        cells[r * 7] = trygg__xstrdup(f < TRYGG_FOCUS_COUNT ? trygg__report_focus_label(focus_names[f])
                                                            : _("Other (no focus area given)"));
        for (int c = 0; c < 6; c++) {
            cells[r * 7 + 1 + c] = grid[f][c] ? num(grid[f][c], 0) : trygg__xstrdup("–");
            tot[c] += grid[f][c];
        }
        r++;
    }
    cells[r * 7] = trygg__xstrdup(_("All measures"));
    for (int c = 0; c < 6; c++)
        cells[r * 7 + 1 + c] = num(tot[c], 0);
    trygg__doc_table(d, cols, 7, cells, nrows + 1, 8.0, _("Measures by focus area, continued"), nrows, NULL);
    trygg__cells_free(cells, nrows + 1, 7);

    size_t nk = 0;
    kind *kinds = measure_kinds(s, sorted, &nk);
    for (int f = 0; f <= TRYGG_FOCUS_COUNT; f++) {
        if (!grid[f][5])
            continue;
        size_t nf = 0;
        for (size_t k = 0; k < nk; k++)
            nf += kind_focus_row(&kinds[k]) == f;
        char *count = num(grid[f][5], 0);
        char *h = trygg__xasprintf(trygg__trn("%s: %s measure", "%s: %s measures", grid[f][5]),
                                   f < TRYGG_FOCUS_COUNT ? trygg__report_focus_label(focus_names[f])
                                                         : _("Other (no focus area given)"),
                                   count);
        free(count);
        size_t shown = nf < KINDS_SHOWN ? nf : KINDS_SHOWN;
        trygg__col kc[5] = {{_("Prio"), 28, TRYGG__RIGHT},
                            {_("Measure"), 150, TRYGG__LEFT},
                            {_("Responsible"), 110, TRYGG__LEFT},
                            {_("Places"), 40, TRYGG__RIGHT},
                            {_("Most urgent places (no.: place)"), d->width - 328, TRYGG__LEFT}};
        char **kcells = trygg__cells_new(shown, 5);
        size_t row = 0;
        for (size_t k = 0; k < nk && row < shown; k++) {
            if (kind_focus_row(&kinds[k]) != f)
                continue;
            const kind *g = &kinds[k];
            trygg__strbuf ex = {0};
            for (size_t e = 0; e < g->nex; e++)
                trygg__sb_printf(&ex, "%s%d: %s", e ? "; " : "", g->ex[e]->id, str_or(g->ex[e]->place, "–"));
            if (g->n > g->nex) {
                char *more = num((double)(g->n - g->nex), 0);
                trygg__sb_printf(&ex, _("; %s more"), more);
                free(more);
            }
            kcells[row * 5] = trygg__xasprintf("%d", g->prio);
            kcells[row * 5 + 1] = trygg__xstrdup(g->text);
            kcells[row * 5 + 2] = responsible_text(g->first->responsible);
            kcells[row * 5 + 3] = num((double)g->n, 0);
            kcells[row * 5 + 4] = trygg__sb_steal(&ex);
            row++;
        }
        trygg__doc_heading(d, h, trygg__doc_table_start(d, kc, 5, kcells, shown, 7.5, shown));
        free(h);
        trygg__doc_table(d, kc, 5, kcells, shown, 7.5, _("Measures, continued"), shown, NULL);
        trygg__cells_free(kcells, shown, 5);
        if (nf > shown) {
            char *more = num((double)(nf - shown), 0);
            para_free(d, trygg__xasprintf(_("And %s more kinds of measure in this focus area."), more), &small_grey);
            free(more);
        }
    }
    char *n = num((double)s->nmeasures, 0);
    para_free(d,
              trygg__xasprintf(_("Priority 1 is the most urgent. Measures of the same kind are one row; the numbers "
                                 "are those of the markers on the overview map. All %s measures, each with its place, "
                                 "evidence and indicator for follow-up, are in the layer measures of the GeoPackage "
                                 "(open it in QGIS)."),
                               n),
              &small_grey);
    free(n);
    free(kinds);
    free(sorted);
}

/* ---- 4 Follow-up ---- */

/* Whether the measures come from a measure register: any status other than the plain "proposed". */
static bool has_register(const trygg_summary_report *s)
{
    if (s->lagesbild && s->lagesbild->register_used)
        return true;
    for (size_t i = 0; i < s->nmeasures; i++)
        if (s->measures[i].status && strcmp(s->measures[i].status, "proposed") != 0)
            return true;
    return false;
}

/* "Status (from the measure register): 12 föreslagen, 3 beslutad, 1 genomförd." */
static char *status_counts(const trygg_summary_report *s)
{
    static const char *const order[] = {"föreslagen", "beslutad", "pågår", "genomförd", "avslutad", "avvisad"};
    trygg__strbuf b = {0};
    trygg__sb_printf(&b, "%s", _("Status (from the measure register):"));
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
        trygg__sb_printf(&b, _("%s%zu other or none"), sep, other);
    trygg__sb_printf(&b, ".");
    return trygg__sb_steal(&b);
}

/* The measures done and what their effect has been so far. */
static void effects_table(trygg__doc *d, const trygg_summary_report *s)
{
    size_t n = 0;
    for (size_t i = 0; i < s->nmeasures; i++)
        n += s->measures[i].effect != NULL;
    if (n == 0) {
        trygg__doc_paragraph(d, _("No measure of this plan is done (genomförd with a date) yet: set the status and "
                                  "done_on of a measure in the register when it is done, and the next run measures "
                                  "its effect."),
                             &body);
        return;
    }
    const trygg_report_measure **sorted = trygg__measures_by_priority(s->measures, s->nmeasures);
    trygg__col cols[4] = {{_("No."), 24, TRYGG__RIGHT},
                          {_("Measure"), 150, TRYGG__LEFT},
                          {_("Responsible"), 100, TRYGG__LEFT},
                          {_("Effect so far"), d->width - 274, TRYGG__LEFT}};
    char **cells = trygg__cells_new(n, 4);
    size_t r = 0;
    for (size_t i = 0; i < s->nmeasures; i++) {
        const trygg_report_measure *m = sorted[i];
        if (!m->effect)
            continue;
        cells[r * 4] = trygg__xasprintf("%d", m->id);
        cells[r * 4 + 1] = trygg__xstrdup(measure_text(s, m));
        cells[r * 4 + 2] = responsible_text(m->responsible);
        cells[r * 4 + 3] = trygg__xstrdup(m->effect);
        r++;
    }
    trygg__doc_table(d, cols, 4, cells, n, 7.5, _("Follow-up, continued"), n, NULL);
    trygg__doc_paragraph(d, _("Reports of each measure's indicator in equal windows before and after it was done, "
                              "against comparison places of the same road class with similar counts before "
                              "(measure_effects in the GeoPackage has the numbers)."),
                         &small_grey);
    trygg__cells_free(cells, n, 4);
    free(sorted);
}

/* A relative change with its sign: "+25 %", "−17 %". */
static char *signed_pct(double share)
{
    char b[TRYGG__NUM_MAX];
    trygg__fmt_pct(b, sizeof b, fabs(share), 0);
    long r = lround(100.0 * share);
    return trygg__xasprintf("%s%s", r > 0 ? "+" : r < 0 ? "−" : "", b);
}

static const char *promise_verdict(const char *v)
{
    if (!v)
        return "–";
    if (strcmp(v, "achieved") == 0)
        return _("target met");
    if (strcmp(v, "on_track") == 0)
        return _("on track");
    if (strcmp(v, "off_track") == 0)
        return _("not on track");
    if (strcmp(v, "cannot_tell") == 0)
        return _("cannot tell yet");
    return v;
}

/* The citizen promises of the layer promises: each with its values, change, target and verdict. */
static void promises_table(trygg__doc *d, const trygg_lagesbild_extra *x)
{
    if (!x || !x->npromise_list) {
        if (x && x->promises) {
            char *n = num((double)x->promises, 0);
            para_free(d,
                      trygg__xasprintf(_("%s measures of the register carry a citizen promise (field promise), but "
                                         "no promise is defined: give it a [promise:NAME] section (text, area, "
                                         "indicator, baseline, target) to follow it up here."),
                                       n),
                      &body);
            free(n);
        } else {
            trygg__doc_paragraph(d, _("No citizen promise (medborgarlöfte) is defined. Give each a [promise:NAME] "
                                      "section (text, area, indicator, baseline, target) to follow it up here; write "
                                      "its name in the field promise of the measure register to link its measures."),
                                 &body);
        }
        return;
    }
    size_t n = x->npromise_list;
    trygg__col cols[6] = {{_("Promise"), 142, TRYGG__LEFT},
                          {_("Baseline → now"), 88, TRYGG__LEFT},
                          /* xgettext:no-c-format */
                          {_("Change (95 % interval)"), 86, TRYGG__LEFT},
                          {_("Target"), 62, TRYGG__LEFT},
                          {_("Verdict"), 60, TRYGG__LEFT},
                          {_("Linked measures"), d->width - 438, TRYGG__LEFT}};
    char **cells = trygg__cells_new(n, 6);
    for (size_t i = 0; i < n; i++) {
        const trygg_report_promise *p = &x->promise_list[i];
        int dec = p->counts ? 0 : 1;
        cells[i * 6] = trygg__xstrdup(str_or(p->text, str_or(p->name, "")));
        char *b = isfinite(p->baseline) ? num(p->baseline, dec) : trygg__xstrdup("–");
        char *c = isfinite(p->current) ? num(p->current, dec) : trygg__xstrdup("–");
        cells[i * 6 + 1] = trygg__xasprintf("%s → %s\n(%s; %s)", b, c, str_or(p->baseline_label, "?"),
                                            str_or(p->current_label, "?"));
        free(b);
        free(c);
        if (!isfinite(p->change))
            cells[i * 6 + 2] = trygg__xstrdup("–");
        else if (isfinite(p->change_lo) && isfinite(p->change_hi)) {
            char *ch = signed_pct(p->change), *lo = signed_pct(p->change_lo), *hi = signed_pct(p->change_hi);
            cells[i * 6 + 2] = trygg__xasprintf(_("%s\n(%s to %s)"), ch, lo, hi);
            free(ch);
            free(lo);
            free(hi);
        } else
            cells[i * 6 + 2] = signed_pct(p->change);
        char *t = isfinite(p->target) ? signed_pct(p->target) : trygg__xstrdup("–");
        if (p->end) {
            char e[64];
            cells[i * 6 + 3] = trygg__xasprintf(_("%s by %s"), t, trygg__fmt_iso_date(e, sizeof e, p->end));
            free(t);
        } else
            cells[i * 6 + 3] = t;
        cells[i * 6 + 4] = trygg__xstrdup(promise_verdict(p->verdict));
        cells[i * 6 + 5] = trygg__xstrdup(p->measures ? p->measures : _("none"));
    }
    trygg__doc_table(d, cols, 6, cells, n, 7.5, _("Citizen promises, continued"), n, NULL);
    trygg__cells_free(cells, n, 6);
    /* xgettext:no-c-format */
    trygg__doc_paragraph(d, _("The change is the rate per day now against the baseline; for counts of reports with "
                              "its 95 % interval. Target met: the change reached the target and its interval "
                              "excludes no change. Linked measures: those whose field promise names the promise, "
                              "with their status (the layer promises has the figures)."),
                         &small_grey);
}

/* The comparison with the previous edition ([plan] previous), line by line as trygg compare
 * prints it. */
static void previous_section(trygg__doc *d, const trygg_lagesbild_extra *x)
{
    if (!x || !x->previous) {
        trygg__doc_paragraph(d, _("Give [plan] previous = OLD.gpkg (the output of an earlier run) to compare this "
                                  "edition with it: hot spots new, persisting and gone, measures done since, and the "
                                  "reports per area."),
                             &body);
        return;
    }
    para_free(d,
              trygg__xasprintf(_("This edition against the previous one (%s), as trygg compare prints it. A hot spot "
                                 "persists when one of the same category shares at least a quarter of the smaller "
                                 "area with it."),
                               str_or(x->previous_path, "?")),
              &small_grey);
    trygg__font item = body;
    item.size = 8.0;
    const char *line = x->previous;
    while (line && *line) {
        const char *end = strchr(line, '\n');
        size_t len = end ? (size_t)(end - line) : strlen(line);
        if (len > 0) {
            if (line[0] == ' ') {
                size_t k = 0;
                while (k < len && line[k] == ' ')
                    k++;
                para_free(d, trygg__xasprintf("• %.*s", (int)(len - k), line + k), &item);
            } else
                para_free(d, trygg__xasprintf("%.*s", (int)len, line), &body);
        }
        line = end ? end + 1 : NULL;
    }
}

static void followup_section(trygg__doc *d, const trygg_summary_report *s)
{
    const trygg_lagesbild_extra *x = s->lagesbild;
    trygg__doc_heading(d, _("Status of the measures"), 40);
    if (has_register(s)) {
        char *st = status_counts(s);
        trygg__doc_paragraph(d, st, &body);
        free(st);
    } else {
        trygg__doc_paragraph(d, _("Every measure is proposed: no decision has been recorded. Give a measure register "
                                  "([plan] register or --register FILE) to follow the measures' status: who decided "
                                  "what, and when it was done."),
                             &body);
    }

    trygg__doc_heading(d, _("Effects of measures done"), 40);
    if (has_register(s)) {
        if (x && x->effects[0] + x->effects[1] + x->effects[2] + x->effects[3]) {
            char *a = num((double)x->effects[0], 0), *b = num((double)x->effects[1], 0),
                 *c = num((double)x->effects[2], 0), *e = num((double)x->effects[3], 0);
            para_free(d,
                      trygg__xasprintf(_("Of the measures done, %s had fewer reports than the comparison places "
                                         "predict (worked), %s no clear effect, %s more reports, and for %s it cannot "
                                         "be told yet."),
                                       a, b, c, e),
                      &body);
            free(a);
            free(b);
            free(c);
            free(e);
        }
        effects_table(d, s);
    } else {
        trygg__doc_paragraph(d, _("Effects are measured for measures marked done (genomförd, with a date) in a "
                                  "measure register: give [plan] register to follow them up."),
                             &body);
    }

    trygg__doc_heading(d, _("Safety survey"), 40);
    if (x && x->survey_used && x->survey_rows) {
        char *rows = num((double)x->survey_rows, 0), *fl = num((double)x->survey_flagged, 0);
        para_free(d,
                  trygg__xasprintf(_("%s areas and years of the safety survey (%d to %d) are compared with the reports "
                                     "in the layer survey_areas; %s show people feeling less safe while the reports "
                                     "fall, or safer while they rise: a question for the next lägesbild "
                                     "(under-reporting, a fear the reports do not reach), not a finding."),
                                   rows, x->survey_first_year, x->survey_last_year, fl),
                  &body);
        free(rows);
        free(fl);
        for (size_t i = 0; i < x->nsurvey_notes && i < 10; i++)
            para_free(d, trygg__xasprintf("• %s", x->survey_notes[i]), &body);
    } else {
        trygg__doc_paragraph(d, _("No safety survey was given. Give [survey] source (the police's or the "
                                  "municipality's trygghetsmätning, a row per area and year) to compare how safe "
                                  "people feel with the reports."),
                             &body);
    }

    trygg__doc_heading(d, _("Citizen promises"), 30);
    promises_table(d, x);

    trygg__doc_heading(d, _("Compared with the previous edition"), 40);
    previous_section(d, x);
}

/* ---- 5 Sources and limitations ---- */

static const char *role_label(const char *role)
{
    static const struct {
        const char *role, *label;
    } t[] = {{"streets", N_("Streets")},
             {"lamps", N_("Street lamps")},
             {"buildings", N_("Buildings")},
             {"pois", N_("Destinations (points of interest)")},
             {"incidents", N_("Reports (incidents)")}};
    for (size_t i = 0; i < sizeof t / sizeof *t; i++)
        if (strcmp(t[i].role, role) == 0)
            return _(t[i].label);
    return role;
}

static bool osm_file(const char *f)
{
    size_t n = f ? strlen(f) : 0;
    return (n > 4 && strcmp(f + n - 4, ".pbf") == 0) || (n > 4 && strcmp(f + n - 4, ".osm") == 0);
}

static void sources_section(trygg__doc *d, const trygg_summary_report *s, const char *pb, const char *pa)
{
    const trygg_lagesbild_extra *x = s->lagesbild;
    if (s->synthetic)
        trygg__doc_warning(d, _("The reports in this lägesbild are SYNTHETIC: made up for testing and demonstration "
                                "([incidents] synthetic). No figure about reports describes a real place."));
    if (!x) {
        trygg__doc_paragraph(d, s->data_sources ? s->data_sources : "", &body);
        return;
    }
    if (x->nsources) {
        trygg__col cols[6] = {{_("Data"), 90, TRYGG__LEFT},
                              {_("Source"), 120, TRYGG__LEFT},
                              {_("Period or date"), 90, TRYGG__LEFT},
                              {_("Read"), 40, TRYGG__RIGHT},
                              {_("Used"), 40, TRYGG__RIGHT},
                              {_("Left out, and why"), d->width - 380, TRYGG__LEFT}};
        char **cells = trygg__cells_new(x->nsources, 6);
        for (size_t i = 0; i < x->nsources; i++) {
            const trygg_report_source *r = &x->sources[i];
            char a[64], b[64];
            cells[i * 6] = trygg__xstrdup(role_label(r->role));
            cells[i * 6 + 1] = trygg__xasprintf("%s%s", r->file, osm_file(r->file) ? " (OpenStreetMap)" : "");
            if (r->from && r->to && strcmp(r->from, r->to) != 0) {
                trygg__fmt_iso_date(a, sizeof a, r->from);
                trygg__fmt_iso_date(b, sizeof b, r->to);
                cells[i * 6 + 2] = trygg__xasprintf("%s – %s", a, b);
            } else if (r->from) {
                cells[i * 6 + 2] = trygg__xstrdup(trygg__fmt_iso_date(a, sizeof a, r->from));
            } else {
                cells[i * 6 + 2] = trygg__xstrdup(_("not known"));
            }
            cells[i * 6 + 3] = r->read >= 0 ? num((double)r->read, 0) : trygg__xstrdup("–");
            cells[i * 6 + 4] = r->kept >= 0 ? num((double)r->kept, 0) : trygg__xstrdup("–");
            if (r->rejected > 0) {
                char *n = num((double)r->rejected, 0);
                cells[i * 6 + 5] = trygg__xasprintf("%s: %s", n, str_or(r->reasons, "–"));
                free(n);
            } else {
                cells[i * 6 + 5] = trygg__xstrdup(_("none"));
            }
        }
        trygg__doc_table(d, cols, 6, cells, x->nsources, 7.5, _("Sources, continued"), x->nsources, NULL);
        trygg__cells_free(cells, x->nsources, 6);
    }

    trygg__doc_heading(d, _("Reports"), 40);
    unsigned in_periods = 0;
    for (int c = 0; c < TRYGG_CAT_COUNT; c++)
        in_periods += s->n_before[c] + s->n_after[c];
    char d1[64], d2[64];
    char *tot = num((double)x->incidents, 0), *inp = num(in_periods, 0);
    if (x->first_incident && x->last_incident) {
        trygg__fmt_iso_date(d1, sizeof d1, x->first_incident);
        trygg__fmt_iso_date(d2, sizeof d2, x->last_incident);
        para_free(d,
                  trygg__xasprintf(_("%s reports from %s to %s (first and last report, UTC). The trend compares "
                                     "%s with %s; %s reports fall in one of the two periods, the others are not "
                                     "counted in the tables by period."),
                                   tot, d1, d2, pb, pa, inp),
                  &body);
    }
    free(tot);
    free(inp);
    if (x->incidents_not_snapped || x->incidents_no_time) {
        char *ns = num((double)x->incidents_not_snapped, 0), *nt = num((double)x->incidents_no_time, 0),
             *sm = num(x->snap_m, 0);
        para_free(d,
                  trygg__xasprintf(_("%s reports lie farther than %s m from every street and count for no place; %s "
                                     "have no readable time and count in no period."),
                                   ns, isfinite(x->snap_m) ? sm : "–", nt),
                  &body);
        free(ns);
        free(nt);
        free(sm);
    }
    trygg__doc_paragraph(d, _("Reports are not all crime. Many offences and disturbances are never reported, and "
                              "the share reported differs by kind and by place: vandalism and littering are "
                              "reported far less often than burglary, and more where someone is responsible for "
                              "the place. A change in reports can be a change in reporting (a campaign, an app, a "
                              "patrol that finds more). Read the reports together with the safety survey and "
                              "local knowledge."),
                         &body);

    trygg__doc_heading(d, _("Lamp register"), 40);
    if (isfinite(x->lamp_cover_share)) {
        char *share = pct(x->lamp_cover_share, 0), *cm = num(x->lamp_cover_m, 0),
             *lit = num(x->lamp_cover_share * x->street_m / 1000.0, 1), *all = num(x->street_m / 1000.0, 1),
             *nl = num((double)x->lamps, 0);
        para_free(d,
                  trygg__xasprintf(_("Coverage of the lamp register: %s of the street length lies within %s m of a "
                                     "lamp in the register (%s of %s km; %s lamps). Definition: the length of every "
                                     "place's line within %s m (straight-line distance) of at least one lamp, "
                                     "divided by the length of all places; %s m is the distance within which a lamp "
                                     "adds to the estimated light ([lighting] influence_m). Streets beyond it are "
                                     "dark in the estimate, whether they are unlit or their lamps are missing from "
                                     "the register."),
                                   share, cm, lit, all, nl, cm, cm),
                  &body);
        free(share);
        free(cm);
        free(lit);
        free(all);
        free(nl);
        if (isfinite(x->lamps_per_km)) {
            char *lpk = num(x->lamps_per_km, 1);
            para_free(d,
                      trygg__xasprintf(_("The register has a median of %s lamps per km of street around the places; "
                                         "places with far fewer lamps than their surroundings are flagged as possible "
                                         "gaps in the register (layer lighting_conflicts)."),
                                       lpk),
                      &body);
            free(lpk);
        }
    } else {
        trygg__doc_paragraph(d, _("No lamp register was given: lighting is not assessed. Give [lamps] source (the "
                                  "municipality's lamp register) to find dark stretches."),
                             &body);
    }

    bool osm = false;
    for (size_t i = 0; i < x->nsources; i++)
        osm = osm || osm_file(x->sources[i].file);
    if (osm) {
        trygg__doc_heading(d, _("OpenStreetMap"), 30);
        if (x->osm_date) {
            char od[64];
            trygg__fmt_iso_date(od, sizeof od, x->osm_date);
            para_free(d, trygg__xasprintf(_("OpenStreetMap data of %s. Map data © OpenStreetMap contributors, ODbL "
                                            "1.0."),
                                          od),
                      &body);
        } else {
            trygg__doc_paragraph(d, _("The date of the OpenStreetMap extract is not recorded in the output; the file "
                                      "name may carry it. OpenStreetMap is edited continuously by volunteers: "
                                      "streets, lamps and buildings may be missing or out of date. Map data © "
                                      "OpenStreetMap contributors, ODbL 1.0."),
                                 &body);
        }
    }

    trygg__doc_heading(d, _("Methods"), 30);
    trygg__doc_paragraph(d, _("Hot spots: Getis-Ord Gi* on a hexagonal grid with exact permutation p-values and "
                              "false-discovery-rate control. Trends: exact Poisson test of the daily rates of the two "
                              "periods. Causes: Poisson regression with the street length as exposure and standard "
                              "errors scaled for over-dispersion. Lighting: illuminance estimated from the lamps' "
                              "positions. The output's run_info layer has every parameter of this run."),
                         &small_grey);
    if (s->data_sources)
        para_free(d, trygg__xasprintf(_("Files: %s."), s->data_sources), &small_grey);
}

/* ---- The document ---- */

typedef struct {
    trygg_ctx *ctx;
    const trygg_summary_report *s;
} lagesbild_job;

/* A few sentences for the reader in a hurry: reports, the clear changes, hot spots, dark
 * streets and measures. */
static void in_brief(trygg__doc *d, const trygg_summary_report *s, const char *pb, const char *pa)
{
    unsigned tb = 0, ta = 0;
    for (int c = 0; c < TRYGG_CAT_COUNT; c++) {
        tb += s->n_before[c];
        ta += s->n_after[c];
    }
    trygg__doc_heading(d, _("In brief"), 60);
    char *nb = num(tb, 0), *na = num(ta, 0), *ch = change(tb, ta);
    para_free(d, trygg__xasprintf(_("• %s reports in %s and %s in %s (%s)."), na, pa, nb, pb, ch), &body);
    free(nb);
    free(na);
    free(ch);
    const trygg_lagesbild_extra *x = s->lagesbild;
    if (x) {
        trygg__strbuf up = {0}, down = {0};
        for (int c = 0; c < TRYGG_CAT_COUNT; c++) {
            if (x->trend[c] != 1 && x->trend[c] != -1)
                continue;
            char *c2 = change(s->n_before[c], s->n_after[c]);
            trygg__sb_printf(x->trend[c] > 0 ? &up : &down, "%s%s (%s)", (x->trend[c] > 0 ? up.n : down.n) ? ", " : "",
                             _(cat_reports[c]), c2);
            free(c2);
        }
        char *u = trygg__sb_steal(&up), *dn = trygg__sb_steal(&down);
        if (*u)
            para_free(d, trygg__xasprintf(_("• Significant rise: %s."), u), &body);
        if (*dn)
            para_free(d, trygg__xasprintf(_("• Significant fall: %s."), dn), &body);
        if (!*u && !*dn)
            trygg__doc_paragraph(d, _("• No category changed significantly between the periods."), &body);
        free(u);
        free(dn);
    }
    double dark = 0;
    for (size_t i = 0; i < s->ndark; i++)
        dark += isfinite(s->dark[i].length_m) ? s->dark[i].length_m : 0;
    char *nh = num((double)s->nhotspots, 0), *km = num(dark / 1000.0, 1);
    para_free(d, trygg__xasprintf(_("• %s hot spots of reports, and %s km of dark street."), nh, km), &body);
    free(nh);
    free(km);
    if (x) {
        const trygg_report_risk *best = NULL;
        for (size_t i = 0; i < x->nrisks; i++)
            if (!uncertain(&x->risks[i]) && x->risks[i].rr > 1 && (!best || x->risks[i].lo > best->lo))
                best = &x->risks[i];
        if (best) {
            char *rr = num(best->rr, 2);
            char *lab = trygg__xstrdup(factor_label(best->factor));
            lower_first(lab);
            para_free(d,
                      trygg__xasprintf(_("• The clearest risk factor: %s (relative risk %s for %s)."), lab, rr,
                                       best->model ? _(cat_reports[TRYGG_CAT_LITTERING])
                                                   : _("reports of vandalism and graffiti")),
                      &body);
            free(rr);
            free(lab);
        }
    }
    size_t p1 = 0;
    for (size_t i = 0; i < s->nmeasures; i++)
        p1 += s->measures[i].priority <= 1;
    char *nm = num((double)s->nmeasures, 0), *np1 = num((double)p1, 0);
    para_free(d, trygg__xasprintf(_("• %s measures proposed, %s of them of priority 1."), nm, np1), &body);
    free(nm);
    free(np1);
}

static void draw_lagesbild(trygg__doc *d, void *user)
{
    lagesbild_job *job = user;
    const trygg_summary_report *s = job->s;
    const char *pb = str_or(s->period_before, _("before")), *pa = str_or(s->period_after, _("after"));
    char *t;

    trygg__font title = {18.0, true, false, {0.08, 0.2, 0.4}, TRYGG__LEFT};
    t = trygg__xasprintf(_("Situation report (lägesbild): %s"), s->municipality);
    d->y += trygg__text(d->cr, d->left, d->y, d->width, t, &title, true, NULL) + 2;
    free(t);
    trygg__font sub = {9.5, false, false, {0.3, 0.3, 0.3}, TRYGG__LEFT};
    char date[64];
    trygg__fmt_iso_date(date, sizeof date, s->date);
    t = trygg__xasprintf(_("Safety and crime prevention in public space · reports %s compared with %s · %s"), pa, pb,
                         date);
    d->y += trygg__text(d->cr, d->left, d->y, d->width, t, &sub, true, NULL) + 6;
    free(t);
    if (s->synthetic)
        trygg__doc_warning(d, _("Example data: the reports in this lägesbild are SYNTHETIC (made up for testing and "
                                "demonstration). They are not real reports."));
    trygg__doc_paragraph(d, _("For the municipality and the police, in the order of Brå's guidance for local crime "
                              "prevention: 1 mapping (what happens, where and when), 2 analysis of causes, 3 "
                              "measures, 4 follow-up, 5 sources and limitations."),
                         &small_grey);
    in_brief(d, s, pb, pa);

    /* 1 */
    section(d, _("1. Mapping"), 360);
    double mh = 330;
    trygg__doc_need(d, mh + 14);
    /* cannot fail: the rectangle is fixed and the extent was checked before rendering */
    if (d->total_pages > 0) { /* the map has a fixed size: not drawn while counting pages */
        trygg_report_map_data overview = s->map;
        trygg_report_polygon *polys = overview_polygons(s, &overview.npolygons);
        overview.polygons = polys;
        (void)trygg_report_map(job->ctx, d->cr, d->left, d->y, d->width, mh, &overview);
        free(polys);
    }
    d->y += mh + 3;
    trygg__doc_paragraph(d, _("Overview: streets by safety index (0-100, high is safe), dark stretches, hot spots and "
                              "the places of the proposed measures."),
                         &small_grey);

    trygg__doc_heading(d, _("Reports by category"), 200);
    if (trygg__incident_table(d, s->n_before, s->n_after, pb, pa, 200) == 0)
        para_free(d, trygg__xasprintf(_("No reports in %s or %s."), pb, pa), &body);
    else
        trend_text(d, s, pb, pa);

    trygg__doc_heading(d, _("By focus area"), 60);
    focus_section(d, s, pb, pa);

    size_t top_h = s->top_hotspots ? s->top_hotspots : 10, top_d = s->top_dark ? s->top_dark : 10;
    if (s->nhotspots > top_h)
        t = trygg__xasprintf(_("Hot spots (top %zu of %zu) and their peak hours"), top_h, s->nhotspots);
    else
        t = trygg__xstrdup(_("Hot spots and their peak hours"));
    hotspot_section(d, s, t);
    free(t);

    if (s->ndark > top_d)
        t = trygg__xasprintf(_("Longest dark stretches, top %zu of %zu"), top_d, s->ndark);
    else
        t = trygg__xstrdup(_("Dark stretches, longest first"));
    dark_section(d, s, t);
    free(t);

    for (size_t k = 0; k < s->nrankings; k++)
        trygg__ranking_table(d, &s->rankings[k]);

    if (s->emerging_period) {
        trygg__doc_heading(d, _("How the hot spots developed (emerging hot spots)"), 60);
        para_free(d,
                  trygg__xasprintf(_("Gi* on every time step (%s), classed as in Esri's Emerging Hot Spot Analysis; "
                                     "the grid cells with a class are the layer emerging_hotspots."),
                                   s->emerging_period),
                  &small_grey);
        if (s->nemerging == 0)
            trygg__doc_paragraph(d, _("No cell was a new, consecutive, intensifying or persistent hot spot."), &body);
        for (size_t k = 0; k < s->nemerging; k++)
            trygg__doc_paragraph(d, s->emerging[k], &body);
    }
    if (s->near_repeat) {
        trygg__doc_heading(d, _("Near repeat (Knox test)"), 40);
        trygg__doc_paragraph(d, s->near_repeat, &body);
        for (size_t k = 0; k < s->nknox; k++)
            knox_table(d, &s->knox[k]);
    }

    /* 2 */
    section(d, _("2. Analysis of causes"), 120);
    causes_section(d, s);

    /* 3 */
    section(d, _("3. Measures"), 120);
    measures_section(d, s);

    /* 4 */
    section(d, _("4. Follow-up"), 80);
    followup_section(d, s);

    /* 5 */
    section(d, _("5. Sources and limitations"), 180);
    sources_section(d, s, pb, pa);
}

trygg_status trygg_report_lagesbild_pdf(trygg_ctx *ctx, const trygg_summary_report *s, const char *path)
{
    if (!s || !s->municipality || !*s->municipality)
        return trygg__fail(ctx, TRYGG_E_USAGE, "%s: lägesbild without a municipality", path ? path : "(no path)");
    trygg_status st = trygg__check_map(ctx, &s->map, path);
    if (st != TRYGG_OK)
        return st;
    lagesbild_job job = {ctx, s};
    char *title = trygg__xasprintf(_("Situation report (lägesbild): %s"), s->municipality);
    st = trygg__doc_render(ctx, path, title, s->date, s->data_sources, s->synthetic, NULL, draw_lagesbild, &job);
    free(title);
    return st;
}

trygg_status trygg_report_summary_pdf(trygg_ctx *ctx, const trygg_summary_report *s, const char *path)
{
    return trygg_report_lagesbild_pdf(ctx, s, path);
}
