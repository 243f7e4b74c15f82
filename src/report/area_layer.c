/*
 * The area_reports layer: one row of figures per area (report/area_layer.h).
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/i18n.h"
#include "core/internal.h"
#include "report/area_layer.h"

static const char *const score_fields[4] = {"safety_index", "vandalism_score", "littering_score", "visibility_score"};

void trygg__area_layer_free(trygg__area_layer *s)
{
    if (!s)
        return;
    trygg__bag_fini(&s->mem);
    free(s->fields);
    free(s->values);
    free(s->wkb);
    free(s->wkb_size);
    free(s);
}

static const char *const slot_fields[TRYGG_REPORT_LIGHT_SLOTS] = {
    "length_p1_m", "length_p2_m", "length_p3_m",       "length_p4_m",
    "length_p5_m", "length_p6_m", "length_below_p6_m", "length_not_assessed_m"};

static void add_field(trygg__area_layer *s, const char *name, trygg_field_type t)
{
    s->fields = trygg__xrealloc(s->fields, (s->nfields + 1) * sizeof *s->fields);
    s->fields[s->nfields++] = (trygg_field_def){trygg__bag_str(&s->mem, name), t};
}

/* Field order: DESIGN.md section 4 first (area_id, name), then the figures, report_file last. */
static void define_fields(trygg__area_layer *s)
{
    add_field(s, "area_id", TRYGG_FIELD_TEXT);
    add_field(s, "name", TRYGG_FIELD_TEXT);
    add_field(s, "buffer_m", TRYGG_FIELD_REAL);
    add_field(s, "period_a", TRYGG_FIELD_TEXT);
    add_field(s, "period_b", TRYGG_FIELD_TEXT);
    char name[64];
    for (int c = 0; c < TRYGG_CAT_COUNT; c++) {
        const char *cn = trygg_category_name((trygg_category)c);
        snprintf(name, sizeof name, "n_%s_a", cn);
        add_field(s, name, TRYGG_FIELD_INT);
        snprintf(name, sizeof name, "n_%s_b", cn);
        add_field(s, name, TRYGG_FIELD_INT);
        snprintf(name, sizeof name, "change_%s", cn);
        add_field(s, name, TRYGG_FIELD_INT);
    }
    add_field(s, "n_total_a", TRYGG_FIELD_INT);
    add_field(s, "n_total_b", TRYGG_FIELD_INT);
    add_field(s, "change_total", TRYGG_FIELD_INT);
    add_field(s, "lamps", TRYGG_FIELD_INT);
    add_field(s, "street_length_m", TRYGG_FIELD_REAL);
    for (int k = 0; k < TRYGG_REPORT_LIGHT_SLOTS; k++)
        add_field(s, slot_fields[k], TRYGG_FIELD_REAL);
    add_field(s, "dark_stretches", TRYGG_FIELD_INT);
    add_field(s, "dark_length_m", TRYGG_FIELD_REAL);
    add_field(s, "longest_dark_m", TRYGG_FIELD_REAL);
    add_field(s, "places", TRYGG_FIELD_INT);
    for (int k = 0; k < 4; k++) {
        snprintf(name, sizeof name, "mean_%s", score_fields[k]);
        add_field(s, name, TRYGG_FIELD_REAL);
    }
    add_field(s, "safety_percentile", TRYGG_FIELD_REAL);
    add_field(s, "measures", TRYGG_FIELD_INT);
    add_field(s, "measures_done", TRYGG_FIELD_INT);
    add_field(s, "measures_in_progress", TRYGG_FIELD_INT);
    add_field(s, "survey_area", TRYGG_FIELD_TEXT);
    add_field(s, "survey_year", TRYGG_FIELD_INT);
    add_field(s, "survey_index", TRYGG_FIELD_REAL);
    add_field(s, "survey_previous_year", TRYGG_FIELD_INT);
    add_field(s, "survey_change", TRYGG_FIELD_REAL);
    add_field(s, "report_file", TRYGG_FIELD_TEXT);
}

static double round1(double v) { return isfinite(v) ? round(v * 10.0) / 10.0 : NAN; }

void trygg__area_layer_fill(trygg__area_layer *s, size_t row, const char *area_id, const char *name, double buffer_m,
                            const trygg__report_model *m, const trygg__area_figures *f)
{
    trygg_value *v = &s->values[row * s->nfields];
    size_t k = 0;
#define TXT(x) (v[k++] = (trygg_value){.null = (x) == NULL, .s = trygg__bag_str(&s->mem, (x))})
#define INT(x) (v[k++] = (trygg_value){.i = (int64_t)(x)})
#define REAL(x) (v[k++] = (trygg_value){.null = !isfinite(x), .r = (x)})
    TXT(area_id);
    TXT(name);
    REAL(buffer_m);
    TXT(m->have_periods ? m->period_a : NULL);
    TXT(m->have_periods ? m->period_b : NULL);
    int64_t ta = 0, tb = 0;
    for (int c = 0; c < TRYGG_CAT_COUNT; c++) {
        INT(f->n_a[c]);
        INT(f->n_b[c]);
        INT((int64_t)f->n_b[c] - (int64_t)f->n_a[c]);
        ta += f->n_a[c];
        tb += f->n_b[c];
    }
    INT(ta);
    INT(tb);
    INT(tb - ta);
    INT(f->lamps);
    REAL(round1(f->street_length));
    for (int j = 0; j < TRYGG_REPORT_LIGHT_SLOTS; j++)
        REAL(round1(f->length[j]));
    INT(f->dark);
    REAL(round1(f->dark_length));
    REAL(round1(f->longest_dark));
    INT(f->places);
    for (int j = 0; j < 4; j++)
        REAL(round1(f->mean[j]));
    REAL(round1(f->safety_pct));
    INT(f->nmeasures);
    INT(f->measures_done);
    INT(f->measures_in_progress);
    bool sv = f->survey_area != NULL;
    TXT(f->survey_area);
    v[k++] = (trygg_value){.null = !sv, .i = sv ? f->survey_year : 0};
    REAL(sv ? f->survey_index : NAN);
    v[k++] = (trygg_value){.null = !sv || f->survey_previous_year <= 0, .i = sv ? f->survey_previous_year : 0};
    REAL(sv ? f->survey_change : NAN);
    TXT(f->report_file);
#undef TXT
#undef INT
#undef REAL
}

trygg__area_layer *trygg__area_layer_new(size_t nrows)
{
    trygg__area_layer *s = trygg__xcalloc(1, sizeof *s);
    define_fields(s);
    s->values = trygg__xcalloc(nrows * s->nfields + 1, sizeof *s->values);
    s->wkb = trygg__xcalloc(nrows + 1, sizeof *s->wkb);
    s->wkb_size = trygg__xcalloc(nrows + 1, sizeof *s->wkb_size);
    return s;
}

void trygg__area_layer_set_geometry(trygg__area_layer *s, size_t row, const unsigned char *wkb, size_t wkb_size)
{
    s->wkb[row] = trygg__bag_keep(&s->mem, trygg__xmalloc(wkb_size));
    memcpy(s->wkb[row], wkb, wkb_size);
    s->wkb_size[row] = wkb_size;
}

trygg_layer_data trygg__area_layer_data(const trygg__area_layer *s, size_t nrows)
{
    return (trygg_layer_data){
        .name = "area_reports",
        .description = N_("Area and property reports: incidents by category in the two periods within the area and "
                          "its surroundings (buffer_m), lighting, mean scores against all places, proposed measures, "
                          "and the PDF (report_file, relative to this GeoPackage's folder)"),
        .geometry = 6, /* wkbMultiPolygon: area outlines may have several parts */
        .fields = s->fields,
        .nfields = s->nfields,
        .nrows = nrows,
        .values = s->values,
        .wkb = (const unsigned char *const *)s->wkb,
        .wkb_size = s->wkb_size,
    };
}
