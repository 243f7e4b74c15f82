/*
 * Colours, labels, text and page layout of the reports; writing a PDF to a temporary file and
 * renaming it into place.
 */
#include <cairo-pdf.h>
#include <ctype.h>
#include <errno.h>
#include <math.h>
#include <pango/pangocairo.h>
#include <stdio.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <zlib.h>

#include "core/i18n.h"
#include "core/internal.h"
#include "report/report_internal.h"

/* ---- Colours and labels ---- */

/* Colours of styles/incidents.qml (made by tools/make_styles.py), in trygg_category order. */
static const trygg__rgb category_rgb[TRYGG_CAT_COUNT] = {
    {227 / 255.0, 26 / 255.0, 28 / 255.0},   /* vandalism */
    {106 / 255.0, 61 / 255.0, 154 / 255.0},  /* graffiti */
    {140 / 255.0, 81 / 255.0, 10 / 255.0},   /* littering */
    {177 / 255.0, 0 / 255.0, 38 / 255.0},    /* violence */
    {31 / 255.0, 120 / 255.0, 180 / 255.0},  /* theft */
    {51 / 255.0, 160 / 255.0, 44 / 255.0},   /* drugs */
    {255 / 255.0, 127 / 255.0, 0 / 255.0},   /* disorder */
    {1 / 255.0, 102 / 255.0, 94 / 255.0},    /* fraud */
    {128 / 255.0, 128 / 255.0, 128 / 255.0}, /* other */
};

/* The category's plain name in the run's language (po/sv.po: Skadegörelse, Klotter, ...). */
static const char *const category_label[TRYGG_CAT_COUNT] = {
    N_("Vandalism"), N_("Graffiti"), N_("Littering"), N_("Violence"), N_("Theft"),
    N_("Drugs"),     N_("Disorder"), N_("Fraud"),     N_("Other"),
};

trygg__rgb trygg__report_category_rgb(int category)
{
    if (category < 0 || category >= TRYGG_CAT_COUNT)
        category = TRYGG_CAT_OTHER;
    return category_rgb[category];
}

const char *trygg__report_category_label(int category)
{
    if (category < 0 || category >= TRYGG_CAT_COUNT)
        category = TRYGG_CAT_OTHER;
    return _(category_label[category]);
}

/* ColorBrewer RdYlGn, 5 classes, as in styles/street_segments.qml: red is least safe. */
static const trygg__rgb safety_rgb[5] = {
    {215 / 255.0, 25 / 255.0, 28 / 255.0},  {253 / 255.0, 174 / 255.0, 97 / 255.0},
    {230 / 255.0, 216 / 255.0, 90 / 255.0}, {166 / 255.0, 217 / 255.0, 106 / 255.0},
    {26 / 255.0, 150 / 255.0, 65 / 255.0},
};
static const char *const safety_label[5] = {N_("0–20 least safe"), N_("20–40 less safe"), N_("40–60 middling"),
                                            N_("60–80 safer"), N_("80–100 safest")};

int trygg__report_safety_class(double v)
{
    if (!isfinite(v))
        return -1;
    /* Classes are [0,20), [20,40), ..., [80,100] as in the QGIS graduated renderer. */
    int c = (int)floor(v / 20.0);
    return c < 0 ? 0 : c > 4 ? 4 : c;
}

trygg__rgb trygg__report_safety_rgb(int cls)
{
    if (cls < 0 || cls > 4)
        return (trygg__rgb){0.62, 0.62, 0.62};
    return safety_rgb[cls];
}

const char *trygg__report_safety_label(int cls)
{
    return cls < 0 || cls > 4 ? _("not scored") : _(safety_label[cls]);
}

trygg__rgb trygg__report_hotspot_rgb(trygg_report_poly_kind kind)
{
    /* ColorBrewer Reds (Brewer & Harrower, colorbrewer2.org), three classes. */
    switch (kind) {
    case TRYGG_REPORT_POLY_HOTSPOT_99:
        return (trygg__rgb){165 / 255.0, 15 / 255.0, 21 / 255.0};
    case TRYGG_REPORT_POLY_HOTSPOT_95:
        return (trygg__rgb){222 / 255.0, 45 / 255.0, 38 / 255.0};
    default:
        return (trygg__rgb){251 / 255.0, 106 / 255.0, 74 / 255.0};
    }
}

static const char *const focus_names[TRYGG_FOCUS_COUNT] = {"trygghet", "barn_unga", "andts", "nara_relation",
                                                           "aldre"};
/* English keeps the agreement's Swedish name beside its meaning; Swedish is the name alone. */
static const char *const focus_labels[TRYGG_FOCUS_COUNT] = {
    N_("Trygghet (safety in public space)"),
    N_("Barn och unga (children and youth)"),
    N_("ANDTS (alcohol, drugs, doping, tobacco, gambling)"),
    N_("Våld i nära relation (close relationships)"),
    N_("Äldre (crimes against older people)"),
};

const char *trygg_focus_area_name(trygg_focus_area f)
{
    return (int)f < 0 || f >= TRYGG_FOCUS_COUNT ? NULL : focus_names[f];
}

bool trygg_focus_area_from_name(const char *s, trygg_focus_area *out)
{
    for (int i = 0; s && i < TRYGG_FOCUS_COUNT; i++) {
        if (trygg__streq_ci(s, focus_names[i])) {
            *out = (trygg_focus_area)i;
            return true;
        }
    }
    return false;
}

const char *trygg__report_focus_label(const char *name)
{
    trygg_focus_area f;
    if (name && trygg_focus_area_from_name(name, &f))
        return _(focus_labels[f]);
    return name ? name : "";
}

void trygg__change_text(unsigned before, unsigned after, char *buf, size_t n)
{
    if (before == 0)
        snprintf(buf, n, "%s", after == 0 ? "–" : _("new"));
    else {
        /* Relative change (after - before) / before, rounded to whole percent, in the run's
         * percent format ("+25 %", "+25%"), with a true minus sign. */
        double pct = 100.0 * ((double)after - (double)before) / (double)before;
        long r = lround(pct);
        char p[TRYGG__NUM_MAX];
        trygg__fmt_pct(p, sizeof p, (double)(r < 0 ? -r : r) / 100.0, 0);
        snprintf(buf, n, "%s%s", r > 0 ? "+" : r < 0 ? "−" : "", p);
    }
}

const char *trygg__fmt_count_private(char *buf, size_t n, unsigned long count, unsigned min_count)
{
    if (count > 0 && count < min_count)
        snprintf(buf, n, "<%u", min_count);
    else
        trygg__fmt_num(buf, n, (double)count, 0);
    return buf;
}

void trygg__change_text_private(unsigned before, unsigned after, unsigned min_count, char *buf, size_t n)
{
    bool hid_before = before > 0 && before < min_count, hid_after = after > 0 && after < min_count;
    /* 0 -> <3 is "new" either way; any other change with a hidden count would give it away */
    if (hid_before || (hid_after && before > 0))
        snprintf(buf, n, "–");
    else
        trygg__change_text(before, after, buf, n);
}

/* ---- Text ---- */

/* Text set once per cairo context: the layouts of every (font, width, alignment, text) set on
 * it are kept in the context's user data and freed with it. A report sets tens of thousands of
 * short texts, most of them again and again (table cells such as the focus area or the party
 * responsible, legend entries, markers), and shaping them was most of the report stage. Kept
 * layouts follow the context's font options (there are no transformations); at TEXT_CACHE_MAX
 * entries the cache starts afresh, so memory stays bounded. */
typedef struct {
    char *key;
    uint64_t hash;
    PangoLayout *layout;
} text_entry;

typedef struct {
    PangoContext *pc;
    text_entry *v; /* open addressing; cap a power of two */
    size_t n, cap;
} text_cache;

#define TEXT_CACHE_MAX 4096

static const cairo_user_data_key_t cache_key;
/* Set on the context of the page-counting pass (trygg__doc_render): text is measured, not drawn. */
static const cairo_user_data_key_t counting_key;

static void cache_clear(text_cache *c)
{
    for (size_t k = 0; k < c->cap; k++)
        if (c->v[k].key) {
            free(c->v[k].key);
            g_object_unref(c->v[k].layout);
            c->v[k].key = NULL;
        }
    c->n = 0;
}

static void cache_free(void *p)
{
    text_cache *c = p;
    cache_clear(c);
    free(c->v);
    g_object_unref(c->pc);
    free(c);
}

static text_cache *cache_of(cairo_t *cr)
{
    text_cache *c = cairo_get_user_data(cr, &cache_key);
    if (!c) {
        c = trygg__xcalloc(1, sizeof *c);
        c->pc = pango_cairo_create_context(cr);
        c->cap = 256;
        c->v = trygg__xcalloc(c->cap, sizeof *c->v);
        if (cairo_set_user_data(cr, &cache_key, c, cache_free) != CAIRO_STATUS_SUCCESS)
            abort(); /* out of memory, as trygg__xmalloc */
    }
    return c;
}

static void layout_setup(PangoLayout *layout, double w, const char *text, const trygg__font *f);

/* The layout of text in font f wrapped at w (w <= 0: none), borrowed from the context's cache
 * (valid until the next call; take a reference to keep it longer). */
static PangoLayout *laid_out(cairo_t *cr, double w, const char *text, const trygg__font *f)
{
    text_cache *c = cache_of(cr);
    char *key = trygg__xasprintf("%.17g|%d|%d|%d|%.17g|%s", f->size, f->bold, f->italic, w > 0 ? f->align : 0, w,
                                 text ? text : "");
    uint64_t h = 1469598103934665603ULL; /* FNV-1a */
    for (const char *q = key; *q; q++)
        h = (h ^ (unsigned char)*q) * 1099511628211ULL;
    size_t k = (size_t)h & (c->cap - 1);
    while (c->v[k].key && !(c->v[k].hash == h && strcmp(c->v[k].key, key) == 0))
        k = (k + 1) & (c->cap - 1);
    if (c->v[k].key) {
        free(key);
        return c->v[k].layout;
    }
    if (c->n >= TEXT_CACHE_MAX) {
        cache_clear(c);
        k = (size_t)h & (c->cap - 1);
    } else if (2 * (c->n + 1) > c->cap) { /* grow: at most half full */
        text_entry *old = c->v;
        size_t ocap = c->cap;
        c->cap *= 2;
        c->v = trygg__xcalloc(c->cap, sizeof *c->v);
        for (size_t q = 0; q < ocap; q++)
            if (old[q].key) {
                size_t at = (size_t)old[q].hash & (c->cap - 1);
                while (c->v[at].key)
                    at = (at + 1) & (c->cap - 1);
                c->v[at] = old[q];
            }
        free(old);
        k = (size_t)h & (c->cap - 1);
        while (c->v[k].key)
            k = (k + 1) & (c->cap - 1);
    }
    PangoLayout *layout = pango_layout_new(c->pc);
    layout_setup(layout, w, text, f);
    c->v[k] = (text_entry){key, h, layout};
    c->n++;
    return layout;
}

/* Font, wrapping width (w <= 0: none), alignment and text of a layout. */
static void layout_setup(PangoLayout *layout, double w, const char *text, const trygg__font *f)
{
    char *valid = NULL;
    if (!text)
        text = "";
    if (!g_utf8_validate(text, -1, NULL)) {
        valid = g_utf8_make_valid(text, -1);
        text = valid;
    }
    PangoFontDescription *fd = pango_font_description_new();
    pango_font_description_set_family(fd, "DejaVu Sans");
    /* Absolute size: in cairo user units whatever the context's resolution. */
    pango_font_description_set_absolute_size(fd, f->size * PANGO_SCALE);
    pango_font_description_set_weight(fd, f->bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
    pango_font_description_set_style(fd, f->italic ? PANGO_STYLE_ITALIC : PANGO_STYLE_NORMAL);
    pango_layout_set_font_description(layout, fd);
    pango_font_description_free(fd);
    if (w > 0) {
        pango_layout_set_width(layout, (int)(w * PANGO_SCALE));
        pango_layout_set_wrap(layout, PANGO_WRAP_WORD_CHAR);
        pango_layout_set_alignment(layout, f->align == TRYGG__RIGHT    ? PANGO_ALIGN_RIGHT
                                           : f->align == TRYGG__CENTER ? PANGO_ALIGN_CENTER
                                                                       : PANGO_ALIGN_LEFT);
    }
    pango_layout_set_text(layout, text, -1);
    g_free(valid);
}

/* Draw a set-up layout with its top-left corner at (x, y) (unwrapped text aligned on x). */
static void layout_show(cairo_t *cr, PangoLayout *layout, double x, double y, double w, const trygg__font *f)
{
    if (cairo_get_user_data(cr, &counting_key))
        return;
    int pw, ph;
    pango_layout_get_size(layout, &pw, &ph);
    cairo_save(cr);
    cairo_set_source_rgb(cr, f->rgb.r, f->rgb.g, f->rgb.b);
    double dx = 0;
    if (w <= 0 && f->align == TRYGG__RIGHT)
        dx = -(double)pw / PANGO_SCALE;
    else if (w <= 0 && f->align == TRYGG__CENTER)
        dx = -(double)pw / PANGO_SCALE / 2;
    cairo_move_to(cr, x + dx, y);
    pango_cairo_show_layout(cr, layout);
    cairo_restore(cr);
}

double trygg__text(cairo_t *cr, double x, double y, double w, const char *text, const trygg__font *f, bool draw,
                   double *out_w)
{
    PangoLayout *layout = laid_out(cr, w, text, f);
    int pw, ph;
    pango_layout_get_size(layout, &pw, &ph);
    if (draw)
        layout_show(cr, layout, x, y, w, f);
    if (out_w) {
        *out_w = (double)pw / PANGO_SCALE;
        if (w > 0) {
            /* The widest line, not the wrap width. */
            PangoRectangle lr;
            pango_layout_get_extents(layout, NULL, &lr);
            *out_w = (double)lr.width / PANGO_SCALE;
        }
    }
    return (double)ph / PANGO_SCALE;
}

/* ---- Page layout ---- */

static const trygg__font body_font = {9.0, false, false, {0.1, 0.1, 0.1}, TRYGG__LEFT};

static const char *synthetic_text(void)
{
    return _("SYNTHETIC INCIDENTS: the incident figures and dots in this report are made up for testing and "
             "demonstration; they are not real reports.");
}

static double footer_height(const trygg__doc *d)
{
    trygg__font f = {6.5, false, false, {0.35, 0.35, 0.35}, TRYGG__LEFT};
    double h = 0;
    if (d->synthetic) {
        trygg__font w = f;
        w.bold = true;
        h += trygg__text(d->cr, 0, 0, d->width, synthetic_text(), &w, false, NULL);
    }
    if (d->footer && *d->footer)
        h += trygg__text(d->cr, 0, 0, d->width, d->footer, &f, false, NULL);
    h += trygg__text(d->cr, 0, 0, d->width, "trygg", &f, false, NULL);
    return h + 6;
}

static void draw_footer(trygg__doc *d)
{
    cairo_t *cr = d->cr;
    trygg__font f = {6.5, false, false, {0.35, 0.35, 0.35}, TRYGG__LEFT};
    double y = d->bottom + 10;
    cairo_save(cr);
    cairo_set_source_rgb(cr, 0.7, 0.7, 0.7);
    cairo_set_line_width(cr, 0.5);
    cairo_move_to(cr, d->left, y - 4);
    cairo_line_to(cr, d->left + d->width, y - 4);
    cairo_stroke(cr);
    cairo_restore(cr);
    if (d->synthetic) {
        trygg__font w = f;
        w.bold = true;
        w.rgb = (trygg__rgb){0.75, 0.05, 0.05};
        y += trygg__text(cr, d->left, y, d->width, synthetic_text(), &w, true, NULL);
    }
    if (d->footer && *d->footer)
        y += trygg__text(cr, d->left, y, d->width, d->footer, &f, true, NULL);
    char left[512], right[64], date[TRYGG__NUM_MAX];
    snprintf(left, sizeof left, "%s%strygg %s · %s", d->doc_name ? d->doc_name : "", d->doc_name ? " · " : "",
             TRYGG_VERSION, trygg__fmt_iso_date(date, sizeof date, d->date));
    if (d->total_pages > 0)
        snprintf(right, sizeof right, _("page %d of %d"), d->page, d->total_pages);
    else
        snprintf(right, sizeof right, _("page %d"), d->page);
    trygg__text(cr, d->left, y, d->width * 0.8, left, &f, true, NULL);
    trygg__font r = f;
    r.align = TRYGG__RIGHT;
    trygg__text(cr, d->left + d->width, y, 0, right, &r, true, NULL);
}

double trygg__doc_room(const trygg__doc *d)
{
    return d->bottom - d->y;
}

void trygg__doc_new_page(trygg__doc *d)
{
    draw_footer(d);
    cairo_show_page(d->cr);
    d->page++;
    d->y = TRYGG__MARGIN;
}

void trygg__doc_need(trygg__doc *d, double h)
{
    if (d->y + h > d->bottom && d->y > TRYGG__MARGIN + 0.5)
        trygg__doc_new_page(d);
}

void trygg__doc_heading(trygg__doc *d, const char *text, double keep)
{
    trygg__font f = {12.0, true, false, {0.08, 0.2, 0.4}, TRYGG__LEFT};
    double h = trygg__text(d->cr, 0, 0, d->width, text, &f, false, NULL);
    trygg__doc_need(d, 8 + h + 4 + keep);
    d->y += 8;
    d->y += trygg__text(d->cr, d->left, d->y, d->width, text, &f, true, NULL) + 4;
}

void trygg__doc_paragraph(trygg__doc *d, const char *text, const trygg__font *f)
{
    if (!f)
        f = &body_font;
    double h = trygg__text(d->cr, 0, 0, d->width, text, f, false, NULL);
    trygg__doc_need(d, h);
    d->y += trygg__text(d->cr, d->left, d->y, d->width, text, f, true, NULL) + 4;
}

void trygg__doc_warning(trygg__doc *d, const char *text)
{
    trygg__font f = {8.5, true, false, {0.6, 0.03, 0.03}, TRYGG__LEFT};
    double h = trygg__text(d->cr, 0, 0, d->width - 12, text, &f, false, NULL) + 10;
    trygg__doc_need(d, h);
    cairo_t *cr = d->cr;
    cairo_save(cr);
    cairo_rectangle(cr, d->left + 0.5, d->y + 0.5, d->width - 1, h - 1);
    cairo_set_source_rgb(cr, 1.0, 0.95, 0.94);
    cairo_fill_preserve(cr);
    cairo_set_source_rgb(cr, 0.75, 0.1, 0.1);
    cairo_set_line_width(cr, 1.0);
    cairo_stroke(cr);
    cairo_restore(cr);
    trygg__text(cr, d->left + 6, d->y + 5, d->width - 12, text, &f, true, NULL);
    d->y += h + 6;
}

char **trygg__cells_new(size_t nrows, size_t ncols)
{
    size_t n = nrows * ncols;
    return trygg__xcalloc(n ? n : 1, sizeof(char *));
}

void trygg__cells_free(char **cells, size_t nrows, size_t ncols)
{
    if (!cells)
        return;
    for (size_t i = 0; i < nrows * ncols; i++)
        free(cells[i]);
    free(cells);
}

#define CELL_PAD 3.0

static double row_height(trygg__doc *d, const trygg__col *cols, size_t ncols, char *const *row,
                         const trygg__font *f)
{
    double h = 0;
    for (size_t c = 0; c < ncols; c++) {
        double ch = trygg__text(d->cr, 0, 0, cols[c].width - 2 * CELL_PAD, row[c] ? row[c] : "", f, false, NULL);
        if (ch > h)
            h = ch;
    }
    return h + 2 * CELL_PAD;
}

/* The cells of a row laid out as they are drawn (alignment of the column, the swatch's inset in
 * the first column), each a reference to the context's cached layout, so that each text is
 * shaped once for its height and its drawing. Returns the row's height as row_height measures
 * it (the first column without the inset, as the page breaks were planned). */
static double row_layouts(trygg__doc *d, const trygg__col *cols, size_t ncols, char *const *row,
                          const trygg__font *f, const trygg__rgb *swatch, PangoLayout **lay)
{
    double h = 0;
    for (size_t c = 0; c < ncols; c++) {
        trygg__font cf = *f;
        cf.align = cols[c].align;
        double inset = c == 0 && swatch ? f->size * 0.8 + 3 : 0;
        lay[c] = g_object_ref(laid_out(d->cr, cols[c].width - 2 * CELL_PAD - inset, row[c] ? row[c] : "", &cf));
        double ch;
        if (inset > 0) {
            ch = trygg__text(d->cr, 0, 0, cols[c].width - 2 * CELL_PAD, row[c] ? row[c] : "", f, false, NULL);
        } else {
            int pw, ph;
            pango_layout_get_size(lay[c], &pw, &ph);
            ch = (double)ph / PANGO_SCALE;
        }
        h = ch > h ? ch : h;
    }
    return h + 2 * CELL_PAD;
}

/* Draw a row laid out by row_layouts and release its layouts. */
static void draw_row(trygg__doc *d, const trygg__col *cols, size_t ncols, PangoLayout **lay, const trygg__font *f,
                     double h, const trygg__rgb *fill, const trygg__rgb *swatch)
{
    cairo_t *cr = d->cr;
    double total = 0;
    for (size_t c = 0; c < ncols; c++)
        total += cols[c].width;
    if (fill) {
        cairo_save(cr);
        cairo_set_source_rgb(cr, fill->r, fill->g, fill->b);
        cairo_rectangle(cr, d->left, d->y, total, h);
        cairo_fill(cr);
        cairo_restore(cr);
    }
    double x = d->left;
    for (size_t c = 0; c < ncols; c++) {
        trygg__font cf = *f;
        cf.align = cols[c].align;
        double inset = 0;
        if (c == 0 && swatch) {
            double s = f->size * 0.8;
            cairo_save(cr);
            cairo_set_source_rgb(cr, swatch->r, swatch->g, swatch->b);
            cairo_rectangle(cr, x + CELL_PAD, d->y + CELL_PAD + (f->size * 1.17 - s) / 2, s, s);
            cairo_fill(cr);
            cairo_restore(cr);
            inset = s + 3;
        }
        layout_show(cr, lay[c], x + CELL_PAD + inset, d->y + CELL_PAD, cols[c].width - 2 * CELL_PAD - inset, &cf);
        g_object_unref(lay[c]);
        lay[c] = NULL;
        x += cols[c].width;
    }
    cairo_save(cr);
    cairo_set_source_rgb(cr, 0.82, 0.82, 0.82);
    cairo_set_line_width(cr, 0.4);
    cairo_move_to(cr, d->left, d->y + h);
    cairo_line_to(cr, d->left + total, d->y + h);
    cairo_stroke(cr);
    cairo_restore(cr);
}

static double draw_header(trygg__doc *d, const trygg__col *cols, size_t ncols, double size, bool draw)
{
    trygg__font f = {size, true, false, {1, 1, 1}, TRYGG__LEFT};
    char *titles[16];
    size_t n = ncols < 16 ? ncols : 16;
    for (size_t c = 0; c < n; c++)
        titles[c] = (char *)cols[c].title;
    if (!draw || d->total_pages == 0) { /* measured only; while counting pages nothing is drawn */
        double h = row_height(d, cols, n, titles, &f);
        d->y += draw ? h : 0;
        return h;
    }
    PangoLayout *lay[16];
    double h = row_layouts(d, cols, n, titles, &f, NULL, lay);
    trygg__rgb fill = {0.16, 0.29, 0.47};
    draw_row(d, cols, n, lay, &f, h, &fill, NULL);
    d->y += h;
    return h;
}

double trygg__doc_table_start(trygg__doc *d, const trygg__col *cols, size_t ncols, char *const *cells, size_t nrows,
                              double font_size, size_t bold_from)
{
    trygg__font f = {font_size, false, false, {0.1, 0.1, 0.1}, TRYGG__LEFT};
    trygg__font fb = f;
    fb.bold = true;
    double hh = draw_header(d, cols, ncols, font_size, false);
    double h0 = nrows ? row_height(d, cols, ncols, cells, &f) : 0;
    /* A short table (up to a third of a page) is kept in one piece; a long one starts where
     * at least its header and first row fit. */
    double total = hh;
    for (size_t r = 0; r < nrows && total <= (d->bottom - TRYGG__MARGIN) / 3; r++)
        total += row_height(d, cols, ncols, cells + r * ncols, r >= bold_from ? &fb : &f);
    return total <= (d->bottom - TRYGG__MARGIN) / 3 ? total : hh + h0;
}

void trygg__doc_table(trygg__doc *d, const trygg__col *cols, size_t ncols, char *const *cells, size_t nrows,
                      double font_size, const char *continued, size_t bold_from, const trygg__rgb *const *swatch)
{
    trygg__font f = {font_size, false, false, {0.1, 0.1, 0.1}, TRYGG__LEFT};
    trygg__font fb = f;
    fb.bold = true;
    trygg__doc_need(d, trygg__doc_table_start(d, cols, ncols, cells, nrows, font_size, bold_from));
    draw_header(d, cols, ncols, font_size, true);
    bool counting = d->total_pages == 0;
    PangoLayout **lay = trygg__xcalloc(ncols, sizeof *lay);
    for (size_t r = 0; r < nrows; r++) {
        char *const *row = cells + r * ncols;
        const trygg__font *rf = r >= bold_from ? &fb : &f;
        /* while counting pages only the heights matter */
        double h = counting ? row_height(d, cols, ncols, row, rf)
                            : row_layouts(d, cols, ncols, row, rf, swatch ? swatch[r] : NULL, lay);
        if (d->y + h > d->bottom) {
            trygg__doc_new_page(d);
            if (continued) {
                trygg__font cf = {9.0, true, false, {0.08, 0.2, 0.4}, TRYGG__LEFT};
                d->y += trygg__text(d->cr, d->left, d->y, d->width, continued, &cf, true, NULL) + 3;
            }
            draw_header(d, cols, ncols, font_size, true);
        }
        trygg__rgb zebra = {0.95, 0.96, 0.97};
        if (!counting)
            draw_row(d, cols, ncols, lay, rf, h, r % 2 ? &zebra : NULL, swatch ? swatch[r] : NULL);
        d->y += h;
    }
    free(lay);
    d->y += 6;
}

/* ---- Rendering a document to a file ---- */

static bool valid_date(const char *s)
{
    if (!s || strlen(s) != 10 || s[4] != '-' || s[7] != '-')
        return false;
    for (int i = 0; i < 10; i++)
        if (i != 4 && i != 7 && !isdigit((unsigned char)s[i]))
            return false;
    int mo = atoi(s + 5), da = atoi(s + 8);
    return mo >= 1 && mo <= 12 && da >= 1 && da <= 31;
}

typedef struct {
    FILE *f;
    bool failed;
} sink;

static cairo_status_t write_sink(void *closure, const unsigned char *data, unsigned int length)
{
    sink *s = closure;
    if (fwrite(data, 1, length, s->f) != length) {
        s->failed = true;
        return CAIRO_STATUS_WRITE_ERROR;
    }
    return CAIRO_STATUS_SUCCESS;
}

static void layout_pages(cairo_surface_t *surface, trygg__doc *d, trygg__doc_fn draw, void *user)
{
    d->cr = cairo_create(surface);
    /* Text is measured alike on the counting surface and the PDF: unhinted metrics, as a PDF
     * surface has them (pango takes the surface's options merged with these). */
    cairo_font_options_t *fo = cairo_font_options_create();
    cairo_font_options_set_hint_style(fo, CAIRO_HINT_STYLE_NONE);
    cairo_font_options_set_hint_metrics(fo, CAIRO_HINT_METRICS_OFF);
    cairo_set_font_options(d->cr, fo);
    cairo_font_options_destroy(fo);
    if (d->total_pages == 0 && cairo_set_user_data(d->cr, &counting_key, d, NULL) != CAIRO_STATUS_SUCCESS)
        abort(); /* out of memory, as trygg__xmalloc */
    d->page = 1;
    d->y = TRYGG__MARGIN;
    d->left = TRYGG__MARGIN;
    d->width = TRYGG__A4_W - 2 * TRYGG__MARGIN;
    d->bottom = TRYGG__A4_H - 28 - footer_height(d) - 10;
    draw(d, user);
    draw_footer(d);
    cairo_show_page(d->cr);
    cairo_destroy(d->cr);
    d->cr = NULL;
}

/* cairo compresses every stream of a PDF with zlib at its default level (6) and has no setting
 * for it; on a town's overview that was a quarter of the lägesbild's time. While this thread
 * writes a PDF (trygg__doc_render's PDF pass), a stream that asks for the default level gets
 * TRYGG__PDF_DEFLATE_LEVEL instead: about a quarter of the work, files about 5 % larger, the same
 * content. trygg defines zlib's deflateInit_ (the function behind the deflateInit macro) for
 * this; the executable's definition is the one cairo's calls reach, and elsewhere, or on another
 * thread, it is zlib's own (deflateInit2_ with deflateInit_'s parameters). */
static _Thread_local bool pdf_pass;

void trygg__doc_pdf_pass(bool on) { pdf_pass = on; }

int deflateInit_(z_streamp strm, int level, const char *version, int stream_size)
{
    if (pdf_pass && level == Z_DEFAULT_COMPRESSION)
        level = TRYGG__PDF_DEFLATE_LEVEL;
    return deflateInit2_(strm, level, Z_DEFLATED, MAX_WBITS, 8, Z_DEFAULT_STRATEGY, version, stream_size);
}

trygg_status trygg__doc_render(trygg_ctx *ctx, const char *path, const char *title, const char *date,
                               const char *footer, bool synthetic, const char *doc_name, trygg__doc_fn draw,
                               void *user)
{
    trygg_status st = TRYGG_OK;
    char *tmp = NULL;
    int fd = -1;
    sink out = {NULL, false};
    cairo_surface_t *surface = NULL;

    if (!path || !*path) {
        st = trygg__fail(ctx, TRYGG_E_USAGE, "report: no output path given");
        goto done;
    }
    if (!valid_date(date)) {
        st = trygg__fail(ctx, TRYGG_E_USAGE, "%s: report date '%s' is not of the form YYYY-MM-DD", path,
                         date ? date : "(none)");
        goto done;
    }
    trygg__doc d = {.footer = footer, .synthetic = synthetic, .date = date, .doc_name = doc_name};

    /* First pass: count the pages. A recording surface keeps the drawing operations without
     * turning them into PDF (number formatting and compression were most of the time), and the
     * document's draw function may leave out what takes no room of its own (maps: d->total_pages
     * is 0 while counting). */
    surface = cairo_recording_surface_create(CAIRO_CONTENT_COLOR_ALPHA, NULL);
    layout_pages(surface, &d, draw, user);
    int pages = d.page;
    cairo_surface_destroy(surface);
    surface = NULL;

    tmp = trygg__xasprintf("%s.tmp-XXXXXX", path);
    fd = mkstemp(tmp);
    if (fd < 0) {
        st = trygg__fail(ctx, TRYGG_E_WRITE, "%s: cannot create a temporary file next to it: %s", path,
                         strerror(errno));
        free(tmp);
        tmp = NULL;
        goto done;
    }
    /* mkstemp makes the file 0600; a PDF is a document for colleagues: the mode a new file
     * gets under the process's umask, as for the GeoPackage. */
    mode_t mask = umask(0);
    umask(mask);
    fchmod(fd, 0666 & ~mask);
    out.f = fdopen(fd, "wb");
    if (!out.f) {
        st = trygg__fail(ctx, TRYGG_E_WRITE, "%s: cannot open a temporary file: %s", path, strerror(errno));
        close(fd);
        goto done;
    }
    /* The PDF. Should it come out with another page count than the counting pass found (the
     * two surfaces measure text alike, so it should not), it is made again with that count, so
     * that "page X of Y" is always right. */
    cairo_status_t cs = CAIRO_STATUS_SUCCESS;
    for (int attempt = 0; attempt < 2; attempt++) {
        if (surface) {
            cairo_surface_destroy(surface);
            surface = NULL;
            if (fflush(out.f) != 0 || fseek(out.f, 0, SEEK_SET) != 0 || ftruncate(fileno(out.f), 0) != 0)
                out.failed = true;
        }
        surface = cairo_pdf_surface_create_for_stream(write_sink, &out, TRYGG__A4_W, TRYGG__A4_H);
        /* A fixed creation date makes the file depend on the input only (byte-identical renders). */
        char when[32];
        snprintf(when, sizeof when, "%sT00:00:00Z", date);
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATE_DATE, when);
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_MOD_DATE, when);
        if (title)
            cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_TITLE, title);
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATOR, "trygg " TRYGG_VERSION);
        d.total_pages = pages;
        trygg__doc_pdf_pass(true);
        layout_pages(surface, &d, draw, user);
        cairo_surface_finish(surface);
        trygg__doc_pdf_pass(false);
        cs = cairo_surface_status(surface);
        if (d.page == pages || out.failed || cs != CAIRO_STATUS_SUCCESS)
            break;
        pages = d.page;
    }
    if (out.failed || cs != CAIRO_STATUS_SUCCESS) {
        st = trygg__fail(ctx, TRYGG_E_WRITE, "%s: writing the PDF failed: %s", path,
                         out.failed ? strerror(errno) : cairo_status_to_string(cs));
        goto done;
    }
    FILE *f = out.f;
    out.f = NULL;
    if (fclose(f) != 0) {
        st = trygg__fail(ctx, TRYGG_E_WRITE, "%s: writing the PDF failed: %s", path, strerror(errno));
        goto done;
    }
    if (rename(tmp, path) != 0) {
        st = trygg__fail(ctx, TRYGG_E_WRITE, "%s: cannot move the finished PDF into place: %s", path,
                         strerror(errno));
        goto done;
    }
    free(tmp);
    tmp = NULL;

done:
    if (surface)
        cairo_surface_destroy(surface);
    if (out.f)
        fclose(out.f);
    if (tmp) {
        remove(tmp);
        free(tmp);
    }
    return st;
}

void trygg__ranking_table(trygg__doc *d, const trygg_report_ranking *r)
{
    trygg__doc_heading(d, r->title, 50);
    if (r->n == 0) {
        trygg__font body = {9.0, false, false, {0.1, 0.1, 0.1}, TRYGG__LEFT};
        trygg__doc_paragraph(d, _("No place qualifies."), &body);
        return;
    }
    /* without any "why" (an owner's report leaves it out) the place's name takes its room */
    bool why = false;
    for (size_t i = 0; i < r->n; i++)
        why |= r->v[i].why && *r->v[i].why;
    trygg__col cols[6] = {{_("Place"), 36, TRYGG__RIGHT},
                          {_("Where"), why ? 150 : d->width - 190, TRYGG__LEFT},
                          {_("Length"), 40, TRYGG__RIGHT},
                          {r->reports_label ? r->reports_label : _("Reports"), 62, TRYGG__RIGHT},
                          {r->value_label, 52, TRYGG__RIGHT},
                          {_("Why"), d->width - 340, TRYGG__LEFT}};
    size_t nc = why ? 6 : 5;
    char **cells = trygg__cells_new(r->n, nc);
    char b[TRYGG__NUM_MAX];
    for (size_t i = 0; i < r->n; i++) {
        const trygg_report_place *p = &r->v[i];
        char **row = cells + i * nc;
        row[0] = trygg__xasprintf("%lld", (long long)p->seg_id);
        row[1] = trygg__xstrdup(p->location && *p->location ? p->location : _("(unnamed)"));
        row[2] = trygg__xasprintf("%s\u00a0m", trygg__fmt_num(b, sizeof b, p->length_m, 0));
        row[3] = trygg__xstrdup(trygg__fmt_count_private(b, sizeof b, p->reports, r->min_count));
        row[4] = trygg__xstrdup(trygg__fmt_num(b, sizeof b, p->value, 1));
        if (why)
            row[5] = trygg__xstrdup(p->why ? p->why : "");
    }
    char *cont = trygg__xasprintf(_("%s, continued"), r->title);
    trygg__doc_table(d, cols, nc, cells, r->n, 7.5, cont, r->n, NULL);
    free(cont);
    trygg__cells_free(cells, r->n, nc);
}
