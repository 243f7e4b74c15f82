/*
 * Internal tier of src/report: colours and labels shared by maps and documents, text set with
 * pango, and a small flowing page layout (headings, paragraphs, tables that break across pages
 * with their header repeated, a footer on every page) over a cairo PDF surface.
 */
#ifndef TRYGG_REPORT_INTERNAL_H
#define TRYGG_REPORT_INTERNAL_H

#include <cairo.h>
#include <stdbool.h>

#include "report/report.h"

/* A4 portrait in PDF points (ISO 216: 210 x 297 mm, 72 points per inch). */
#define TRYGG__A4_W (210.0 / 25.4 * 72.0)
#define TRYGG__A4_H (297.0 / 25.4 * 72.0)
#define TRYGG__MARGIN 42.0

typedef struct {
    double r, g, b;
} trygg__rgb;

/* Colour and legend label of an incident category, as in styles/incidents.qml; the label is the
 * category's plain name in the run's language ("Skadegörelse", "Vandalism"). Out-of-range
 * categories are "other". */
trygg__rgb trygg__report_category_rgb(int category);
const char *trygg__report_category_label(int category);

/* Safety-index class 0..4 of a value (0-20 least safe .. 80-100 safest, styles/street_segments.qml),
 * -1 for a non-finite value; its colour and label. */
int trygg__report_safety_class(double v);
trygg__rgb trygg__report_safety_rgb(int cls);
const char *trygg__report_safety_label(int cls);

/* Hotspot fill colours in three reds by confidence (ColorBrewer Reds). */
trygg__rgb trygg__report_hotspot_rgb(trygg_report_poly_kind kind);

/* Label of a focus area name ("trygghet" -> "Trygghet (safety in public space)"); the name
 * itself when it is not one of the five. */
const char *trygg__report_focus_label(const char *name);

/* ---- Text ---- */

enum { TRYGG__LEFT = 0, TRYGG__CENTER = 1, TRYGG__RIGHT = 2 };

typedef struct {
    double size; /* font size in user units (points) */
    bool bold, italic;
    trygg__rgb rgb;
    int align; /* TRYGG__LEFT ... */
} trygg__font;

/* Set text (UTF-8, invalid bytes replaced) in DejaVu Sans, wrapped at width w (w <= 0: no
 * wrapping), with its top-left corner at (x, y); draw it when `draw`, and return its height.
 * *out_w, when not NULL, receives the width of the widest line. */
double trygg__text(cairo_t *cr, double x, double y, double w, const char *text, const trygg__font *f, bool draw,
                   double *out_w);

/* ---- Page layout ---- */

typedef struct {
    cairo_t *cr;
    int page;        /* 1-based */
    int total_pages; /* 0 while counting */
    double y;        /* top of the free space on the page */
    double bottom;   /* lowest y content may reach (above the footer) */
    double left, width;
    const char *footer;  /* data sources */
    bool synthetic;
    const char *date;
    const char *doc_name; /* shown small on the footer line */
} trygg__doc;

/* Space left on the page. */
double trygg__doc_room(const trygg__doc *d);
/* Start a new page when less than h is left. */
void trygg__doc_need(trygg__doc *d, double h);
void trygg__doc_new_page(trygg__doc *d);

/* A section heading, kept together with at least `keep` units of what follows. */
void trygg__doc_heading(trygg__doc *d, const char *text, double keep);
/* A paragraph over the full width; `f` NULL means body text. */
void trygg__doc_paragraph(trygg__doc *d, const char *text, const trygg__font *f);

typedef struct {
    const char *title;
    double width; /* units; the columns should add up to the table's width */
    int align;
} trygg__col;

/* A table of nrows rows of ncols cells (row-major, NULL cells empty) at the page's left margin.
 * Rows never split; when a row does not fit, the page breaks and the header is repeated under
 * `continued` (e.g. "Measures (åtgärder), continued"). Rows whose index is in [bold_from, nrows)
 * are bold (a totals row); pass nrows for none. swatch, when not NULL, gives per row a colour
 * drawn as a small square before the first cell (NULL entries: none). */
/* The height a table asks for on the page it starts on (all of a short table, else its header
 * and first row): the `keep` of a heading that must stay with it. */
double trygg__doc_table_start(trygg__doc *d, const trygg__col *cols, size_t ncols, char *const *cells, size_t nrows,
                              double font_size, size_t bold_from);
void trygg__doc_table(trygg__doc *d, const trygg__col *cols, size_t ncols, char *const *cells, size_t nrows,
                      double font_size, const char *continued, size_t bold_from, const trygg__rgb *const *swatch);

/* A ranked list of places (least safe, most reports of a kind) as a table: its title as a
 * heading, then the places; a sentence instead when the list is empty. */
void trygg__ranking_table(trygg__doc *d, const trygg_report_ranking *r);

/* A boxed warning over the full width (red border), e.g. that incidents are synthetic. */
void trygg__doc_warning(trygg__doc *d, const char *text);

/* A cell array of nrows x ncols owned strings (NULL = empty) and its release. */
char **trygg__cells_new(size_t nrows, size_t ncols);
void trygg__cells_free(char **cells, size_t nrows, size_t ncols);

/* zlib's level for the streams of the PDFs trygg writes (src/report/doc.c): 4 (lazy matching,
 * short chains) against cairo's default 6. trygg__doc_pdf_pass(true) applies it to the streams
 * this thread opens until trygg__doc_pdf_pass(false); trygg__doc_render does so around its PDF. */
#define TRYGG__PDF_DEFLATE_LEVEL 4
void trygg__doc_pdf_pass(bool on);

/* Render a document: draw(d, user) lays it out once on a discarding surface to count the pages,
 * then for real into a temporary file next to path, which is renamed to path when complete.
 * `title` goes into the PDF metadata. date must be "YYYY-MM-DD". */
typedef void (*trygg__doc_fn)(trygg__doc *d, void *user);
trygg_status trygg__doc_render(trygg_ctx *ctx, const char *path, const char *title, const char *date,
                               const char *footer, bool synthetic, const char *doc_name, trygg__doc_fn draw,
                               void *user);

/* Percent change text in the run's language: "+25 %", "−40 %", "0 %", "ny"/"new" (before 0,
 * after > 0) or "–" (both 0). */
void trygg__change_text(unsigned before, unsigned after, char *buf, size_t n);

/* A count as a document for people outside the municipality and police may show it: "<N" for
 * 1 .. min_count - 1 (0 stays "0": it names nobody), else the number in the run's format
 * ("12 345"); min_count 0 or 1 means every count exact. Into buf, returned. */
const char *trygg__fmt_count_private(char *buf, size_t n, unsigned long count, unsigned min_count);
/* trygg__change_text, but "–" wherever a count shown as "<N" could be worked out from it (a
 * change from 0 to a hidden count stays "new"). */
void trygg__change_text_private(unsigned before, unsigned after, unsigned min_count, char *buf, size_t n);

/* Measures ordered by priority (1 first), then id, then input order. Free the array (not the
 * measures) with free(). */
const trygg_report_measure **trygg__measures_by_priority(const trygg_report_measure *m, size_t n);

/* Incidents by category: grouped bars (earlier period grey, later in the category's colour) in
 * the rectangle; and the table with a total row and, when chart_w > 0, the bars beside it.
 * The table returns the total of both periods (0: nothing was drawn). */
void trygg__incident_bars(cairo_t *cr, double x, double y, double w, double h, const unsigned *before,
                          const unsigned *after, const char *label_before, const char *label_after);
unsigned trygg__incident_table(trygg__doc *d, const unsigned *before, const unsigned *after, const char *pb,
                               const char *pa, double chart_w);
/* The same with counts below min_count shown as "<N" (0 or 1: exact, as trygg__incident_table):
 * a hidden count's change shows as "–", its bar as an outline up to min_count, and a total whose
 * column holds a hidden count as "≥ S" (S the least it can be), so that no hidden count can be
 * worked out from the others. */
unsigned trygg__incident_table_private(trygg__doc *d, const unsigned *before, const unsigned *after, const char *pb,
                                       const char *pa, double chart_w, unsigned min_count);

/* For tests: incident dots drawn by trygg_report_map in this process so far (single dots and
 * grouped dots alike; the count squares of an owner map are not dots). */
size_t trygg__report_incident_dots_drawn(void);

/* A map with more incidents than this shows them grouped in small squares (one dot each, sized by
 * its count) rather than one dot per report: beyond a few hundred the dots cover each other. */
#define TRYGG__MAP_MAX_DOTS 800
/* Streets a map draws; beyond, squares of their mean safety index (src/report/map.c). */
#define TRYGG__MAP_MAX_STREETS 100000

/* TRYGG_E_USAGE naming path when the map's extent is not finite. */
trygg_status trygg__check_map(trygg_ctx *ctx, const trygg_report_map_data *m, const char *path);

#endif
