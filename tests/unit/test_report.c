/*
 * Reports: maps drawn into image surfaces (pixel colours checked), area and summary PDFs
 * checked with poppler-utils (pdfinfo for the page count, pdftotext for the text), byte-
 * identical re-renders, and the error paths.
 *
 * The hand-made case is an EXAMPLE in Lund-like SWEREF 99 TM coordinates (a street grid around
 * E 387 000, N 6 175 000, roughly central Lund), not real data: street names are Lund's, the
 * incidents, lamps and scores are made up here.
 */
#include <cairo.h>
#include <dirent.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <zlib.h>

#include "core/i18n.h"
#include "helpers.h"
#include "report/report.h"
#include "report/report_internal.h"

#define X0 387000.0
#define Y0 6175000.0

/* ---- Running poppler-utils ---- */

static char *capture(const char *cmd)
{
    FILE *p = popen(cmd, "r");
    if (!p)
        return NULL;
    size_t cap = 4096, n = 0;
    char *buf = malloc(cap);
    size_t got;
    while ((got = fread(buf + n, 1, cap - n - 1, p)) > 0) {
        n += got;
        if (cap - n < 1024) {
            cap *= 2;
            buf = realloc(buf, cap);
        }
    }
    buf[n] = '\0';
    pclose(p);
    return buf;
}

/* Text of a PDF (one page, or 0 = all) with every run of white space (no-break spaces too) made
 * one space, so that checks do not depend on where a line wrapped. */
static char *pdf_text(const char *pdf, int page)
{
    char cmd[4300];
    if (page > 0)
        snprintf(cmd, sizeof cmd, "pdftotext -enc UTF-8 -f %d -l %d '%s' - 2>/dev/null", page, page, pdf);
    else
        snprintf(cmd, sizeof cmd, "pdftotext -enc UTF-8 '%s' - 2>/dev/null", pdf);
    char *t = capture(cmd);
    if (!t)
        return NULL;
    size_t w = 0;
    bool space = false;
    for (size_t r = 0; t[r]; r++) {
        char c = t[r];
        if ((unsigned char)c == 0xC2 && (unsigned char)t[r + 1] == 0xA0) { /* no-break space */
            space = true;
            r++;
            continue;
        }
        if (c == ' ' || c == '\n' || c == '\t' || c == '\f' || c == '\r') {
            space = true;
            continue;
        }
        if (space && w > 0)
            t[w++] = ' ';
        space = false;
        t[w++] = c;
    }
    t[w] = '\0';
    return t;
}

/* The -layout text line (spaces before "%" dropped) of the table row that starts with key and has
 * a number after it (a copy), or NULL: the last such line, because the map's legend and the bar
 * chart beside the table name the categories too. */
static char *layout_line(const char *pdf, const char *key)
{
    char cmd[4300];
    snprintf(cmd, sizeof cmd, "pdftotext -layout -enc UTF-8 '%s' - 2>/dev/null", pdf);
    char *t = capture(cmd), *out = NULL;
    char *hit = NULL, *hit_end = NULL;
    for (char *line = t; line && *line;) {
        char *end = strchr(line, '\n');
        if (!end)
            end = line + strlen(line);
        char *p = line;
        while (p < end && *p == ' ')
            p++;
        if ((size_t)(end - p) >= strlen(key) && strncmp(p, key, strlen(key)) == 0) {
            bool digit = false;
            for (char *q = p + strlen(key); q < end && !digit; q++)
                digit = *q >= '0' && *q <= '9';
            if (digit)
                hit = line, hit_end = end;
        }
        line = *end ? end + 1 : NULL;
    }
    if (hit) {
        out = strndup(hit, (size_t)(hit_end - hit));
        /* pdftotext keeps or drops the space before "%" depending on glyph spacing: drop it */
        size_t w = 0;
        for (size_t r = 0; out[r]; r++)
            if (!(out[r] == ' ' && out[r + 1] == '%'))
                out[w++] = out[r];
        out[w] = '\0';
    }
    free(t);
    return out;
}

static int pdf_pages(const char *pdf)
{
    char cmd[4300];
    snprintf(cmd, sizeof cmd, "pdfinfo '%s' 2>/dev/null", pdf);
    char *t = capture(cmd);
    int pages = -1;
    char *p = t ? strstr(t, "Pages:") : NULL;
    if (p)
        pages = atoi(p + 6);
    free(t);
    return pages;
}

static size_t count_of(const char *hay, const char *needle)
{
    size_t n = 0;
    for (const char *p = hay; p && (p = strstr(p, needle)) != NULL; p += strlen(needle))
        n++;
    return n;
}

static size_t dir_entries(const char *dir)
{
    DIR *d = opendir(dir);
    size_t n = 0;
    struct dirent *e;
    while (d && (e = readdir(d)) != NULL)
        n += strcmp(e->d_name, ".") != 0 && strcmp(e->d_name, "..") != 0;
    if (d)
        closedir(d);
    return n;
}

/* ---- The hand-made case ---- */

typedef struct {
    double *xy[128];
    size_t nxy;
    trygg_report_line streets[128];
    size_t nstreets;
    trygg_report_line dark[2];
    size_t ndark;
    trygg_report_point incidents[64];
    size_t nincidents;
    double lamps[2 * 128];
    size_t nlamps;
    double area_xy[10], buffer_xy[2 * 40];
    size_t area_nv, buffer_nv;
    trygg_report_polygon polygons[4];
    size_t npolygons;
    double municipality[4][200];
    trygg_report_score scores[4];
    trygg_report_measure measures[3];
} fixture;

static double *line2(fixture *f, double x0, double y0, double x1, double y1)
{
    double *xy = malloc(4 * sizeof *xy);
    xy[0] = x0, xy[1] = y0, xy[2] = x1, xy[3] = y1;
    f->xy[f->nxy++] = xy;
    return xy;
}

static void fixture_fini(fixture *f)
{
    for (size_t i = 0; i < f->nxy; i++)
        free(f->xy[i]);
}

/* A street grid at 100 m spacing over [-300, 300] m around (X0 + ox, Y0 + oy): each block edge
 * is one place with a safety index that falls towards the south-west corner, a dark stretch on
 * one block, lamps every 50 m except along it, incidents near the area. */
static void fixture_init(fixture *f, double ox, double oy, bool with_incidents)
{
    memset(f, 0, sizeof *f);
    double bx = X0 + ox, by = Y0 + oy;
    for (int k = -3; k <= 3; k++)
        for (int j = -3; j < 3; j++) {
            /* horizontal block edge at y = k*100 from x = j*100, and the vertical one */
            double si_h = 50 + 10 * k + 5 * j, si_v = 45 + 8 * j + 6 * k;
            trygg_report_line *h = &f->streets[f->nstreets++];
            h->xy = line2(f, bx + j * 100, by + k * 100, bx + (j + 1) * 100, by + k * 100);
            h->nv = 2;
            h->value = si_h;
            trygg_report_line *v = &f->streets[f->nstreets++];
            v->xy = line2(f, bx + k * 100, by + j * 100, bx + k * 100, by + (j + 1) * 100);
            v->nv = 2;
            v->value = si_v;
        }
    f->dark[0].xy = line2(f, bx - 100, by + 100, bx + 20, by + 100);
    f->dark[0].nv = 2;
    f->ndark = 1;
    for (int k = -3; k <= 3; k++)
        for (int j = -6; j <= 6; j += 1) {
            double x = bx + j * 50, y = by + k * 100 + 8;
            if (k == 1 && j >= -2 && j <= 0)
                continue; /* the dark stretch */
            if (f->nlamps < 128 && (j + k) % 2 == 0) {
                f->lamps[2 * f->nlamps] = x, f->lamps[2 * f->nlamps + 1] = y;
                f->nlamps++;
            }
        }
    if (with_incidents) {
        /* the later period's incidents: 7 vandalism, 9 graffiti, 3 littering, 2 violence */
        const int cats[21] = {0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 2, 2, 3, 3};
        for (int i = 0; i < 21; i++) {
            trygg_report_point *p = &f->incidents[f->nincidents++];
            p->x = bx + 60 + 17 * ((i * 7) % 11) - 90;
            p->y = by + 45 + 13 * ((i * 5) % 13) - 80;
            p->category = cats[i];
        }
    }
    /* the property: 60 m x 50 m at the block's corner */
    double a[10] = {bx + 20, by + 20, bx + 80, by + 20, bx + 80, by + 70, bx + 20, by + 70, bx + 20, by + 20};
    memcpy(f->area_xy, a, sizeof a);
    f->area_nv = 5;
    /* its 200 m surroundings: the rectangle grown by 200 m with quarter circles at the corners */
    const double cx[4] = {bx + 80, bx + 80, bx + 20, bx + 20}, cy[4] = {by + 20, by + 70, by + 70, by + 20};
    const double a0[4] = {-M_PI / 2, 0, M_PI / 2, M_PI};
    for (int c = 0; c < 4; c++)
        for (int s = 0; s <= 8; s++) {
            double t = a0[c] + s * (M_PI / 2) / 8;
            f->buffer_xy[2 * f->buffer_nv] = cx[c] + 200 * cos(t);
            f->buffer_xy[2 * f->buffer_nv + 1] = cy[c] + 200 * sin(t);
            f->buffer_nv++;
        }
    static size_t area_rings[1], buffer_rings[1];
    area_rings[0] = f->area_nv;
    buffer_rings[0] = f->buffer_nv;
    f->polygons[0] = (trygg_report_polygon){f->buffer_xy, buffer_rings, 1, TRYGG_REPORT_POLY_BUFFER, NULL};
    f->polygons[1] = (trygg_report_polygon){f->area_xy, area_rings, 1, TRYGG_REPORT_POLY_AREA, NULL};
    f->npolygons = 2;

    /* the municipality's places: 200 values per score spread evenly over 0..99.5 */
    const char *labels[4] = {"Safety index", "Visibility", "Vandalism score", "Littering score"};
    const double area_values[4] = {38, 45, 71, 52};
    for (int s = 0; s < 4; s++) {
        for (int i = 0; i < 200; i++)
            f->municipality[s][i] = fmod(i * 0.5 + s * 13.0, 100.0);
        f->scores[s] = (trygg_report_score){labels[s], area_values[s], f->municipality[s], 200, s < 2};
    }

    f->measures[0] = (trygg_report_measure){
        12, "Förbättra belysningen längs den mörka sträckan", "Västra Mårtensgatan, 120 m", "trygghet",
        "Tekniska förvaltningen, gatuavdelningen", 1, "Belysning mätt; kvällsanmälningar inom 100 m", NULL, NULL, NULL, NULL};
    f->measures[1] = (trygg_report_measure){
        14, "Sanera klotter och skadegörelse inom 24 timmar", "kvarteret runt fastigheten", "trygghet",
        "Fastighetsägaren och Lunds kommun", 2, "Klotteranmälningar inom 100 m, 12 mån", NULL, NULL, NULL, NULL};
    f->measures[2] = (trygg_report_measure){
        15, "Trygghetsvandring med boende och fastighetsägare", NULL, "barn_unga",
        "Trygghetssamordnaren och lokalpolisområde Lund", 3, NULL, NULL, NULL, NULL, NULL};
}

static void area_from_fixture(trygg_area_report *r, fixture *f, const char *name)
{
    memset(r, 0, sizeof *r);
    r->name = name;
    r->area_id = "A-12";
    r->municipality = "Lund";
    r->buffer_m = 200;
    r->period_before = "2023";
    r->period_after = "2024";
    /* vandalism 12 -> 7, graffiti 5 -> 9, littering 3 -> 3, violence 0 -> 2 */
    r->n_before[TRYGG_CAT_VANDALISM] = 12, r->n_after[TRYGG_CAT_VANDALISM] = 7;
    r->n_before[TRYGG_CAT_GRAFFITI] = 5, r->n_after[TRYGG_CAT_GRAFFITI] = 9;
    r->n_before[TRYGG_CAT_LITTERING] = 3, r->n_after[TRYGG_CAT_LITTERING] = 3;
    r->n_before[TRYGG_CAT_VIOLENCE] = 0, r->n_after[TRYGG_CAT_VIOLENCE] = 2;
    r->lighting.length_m[2] = 640; /* P3 */
    r->lighting.length_m[4] = 310; /* P5 */
    r->lighting.length_m[TRYGG_PCLASS_BELOW] = 120;
    r->lighting.lamps = f->nlamps;
    r->lighting.dark_stretches = 1;
    r->lighting.dark_length_m = 120;
    r->lighting.longest_dark_m = 120;
    r->lighting.longest_dark_street = "Västra Mårtensgatan";
    r->scores = f->scores;
    r->nscores = 4;
    r->measures = f->measures;
    r->nmeasures = 3;
    r->map.streets = f->streets;
    r->map.nstreets = f->nstreets;
    r->map.dark = f->dark;
    r->map.ndark = f->ndark;
    r->map.incidents = f->incidents;
    r->map.nincidents = f->nincidents;
    r->map.lamps_xy = f->lamps;
    r->map.nlamps = f->nlamps;
    r->map.polygons = f->polygons;
    r->map.npolygons = f->npolygons;
    r->map.attribution = "EXAMPLE DATA: streets, lamps and incidents made up for this example";
    r->data_sources = "Example data made up in tests/unit/test_report.c (Lund-like coordinates, SWEREF 99 TM); "
                      "no real streets, lamps or incidents.";
    r->synthetic = true;
    r->date = "2025-03-01";
}

/* ---- Maps ---- */

static void pixel(cairo_surface_t *s, int x, int y, int *r, int *g, int *b)
{
    cairo_surface_flush(s);
    unsigned char *data = cairo_image_surface_get_data(s);
    int stride = cairo_image_surface_get_stride(s);
    uint32_t p = *(uint32_t *)(data + y * stride + 4 * x); /* ARGB32, native endian, opaque here */
    *r = (int)((p >> 16) & 255), *g = (int)((p >> 8) & 255), *b = (int)(p & 255);
}

static void test_report_map_colours_and_transform(void)
{
    /* One street from (0,0) to (1000,0) with safety index 10 (class 0-20, red 215,25,28) and one
     * from (0,500) to (1000,500) with 90 (80-100, green 26,150,65); extent 0..1000 x -250..750.
     * Drawn into 426 x 300 units: wider than 360, so the legend is a column of 118 + 8 units on
     * the right and the map is 300 x 300: s = 300 / 1000 = 0.3 units per metre, the extent's
     * centre (500, 250) at (150, 150). Street a (250 m below the centre) is at y = 150 + 75 =
     * 225, street b at 150 - 75 = 75; the street line (2.6 units wide) covers those pixel rows
     * fully, so they hold the class colour exactly. Sample at x = 150 (500 m), clear of the
     * scale bar, north arrow and attribution. */
    trygg_ctx *ctx = th_ctx();
    cairo_surface_t *s = cairo_image_surface_create(CAIRO_FORMAT_RGB24, 426, 300);
    cairo_t *cr = cairo_create(s);
    cairo_set_source_rgb(cr, 1, 1, 1);
    cairo_paint(cr);
    double a[4] = {0, 0, 1000, 0}, b[4] = {0, 500, 1000, 500};
    trygg_report_line lines[2] = {{a, 2, 10.0}, {b, 2, 90.0}};
    trygg_report_map_data m = {0, -250, 1000, 750, lines, 2, NULL, 0, NULL, 0, NULL, 0, NULL, 0, NULL, 0, 0, NULL, 0, 0, NULL, 0};
    TH_ASSERT_INT(trygg_report_map(ctx, cr, 0, 0, 426, 300, &m), TRYGG_OK);
    int r, g, bl;
    pixel(s, 150, 225, &r, &g, &bl);
    TH_ASSERT_INT(r, 215);
    TH_ASSERT_INT(g, 25);
    TH_ASSERT_INT(bl, 28);
    pixel(s, 150, 75, &r, &g, &bl);
    TH_ASSERT_INT(r, 26);
    TH_ASSERT_INT(g, 150);
    TH_ASSERT_INT(bl, 65);
    /* halfway between them: the map's background (0.965, 0.965, 0.95); cairo goes through 16
     * bits: 0.965 * 65535 = 63241, >> 8 = 247; 0.95 * 65535 = 62258, >> 8 = 243 */
    pixel(s, 150, 150, &r, &g, &bl);
    TH_ASSERT_INT(r, 247);
    TH_ASSERT_INT(bl, 243);
    cairo_destroy(cr);
    cairo_surface_destroy(s);
    trygg_ctx_free(ctx);
}

static void test_report_map_many_streets_as_squares(void)
{
    /* 120 000 streets of 50 m (400 x 300 of them on 20 x 15 km), safety index 10 west of
     * x = 10 000 and 90 east of it: more than TRYGG__MAP_MAX_STREETS, so the map shows squares
     * of their mean, 20 000 / 80 = 250 -> 200 m, filled at alpha 0.85 over the background
     * (247, 247, 243). Extent 0..20 000 x -2 500..17 500 in a 300 x 300 map (legend column on
     * the right): 0.015 units per metre, the centre (10 000, 7 500) at (150, 150). At 5 000 m
     * (x = 75) the red class: 0.85 * (215, 25, 28) + 0.15 * (247, 247, 243) = (220, 58, 60); at
     * 15 000 m (x = 225) the green: 0.85 * (26, 150, 65) + 0.15 * background = (59, 165, 92). */
    trygg_ctx *ctx = th_ctx();
    enum { NX = 400, NY = 300 };
    double *xy = malloc(NX * NY * 4 * sizeof *xy);
    trygg_report_line *lines = malloc(NX * NY * sizeof *lines);
    for (int i = 0; i < NX; i++)
        for (int j = 0; j < NY; j++) {
            double *q = xy + 4 * (i * NY + j);
            q[0] = i * 50.0 + 5, q[1] = j * 50.0 + 5, q[2] = q[0] + 40, q[3] = q[1];
            lines[i * NY + j] = (trygg_report_line){q, 2, i * 50.0 < 10000 ? 10.0 : 90.0};
        }
    cairo_surface_t *s = cairo_image_surface_create(CAIRO_FORMAT_RGB24, 426, 300);
    cairo_t *cr = cairo_create(s);
    trygg_report_map_data m = {0, -2500, 20000, 17500, lines, NX * NY, NULL, 0, NULL, 0, NULL, 0, NULL, 0,
                               NULL, 0, 0, NULL, 0, 0, NULL, 0};
    TH_ASSERT_INT(trygg_report_map(ctx, cr, 0, 0, 426, 300, &m), TRYGG_OK);
    int r, g, b;
    pixel(s, 75, 150, &r, &g, &b);
    TH_ASSERT_NEAR(r, 220, 3);
    TH_ASSERT_NEAR(g, 58, 3);
    TH_ASSERT_NEAR(b, 60, 3);
    pixel(s, 225, 150, &r, &g, &b);
    TH_ASSERT_NEAR(r, 59, 3);
    TH_ASSERT_NEAR(g, 165, 3);
    TH_ASSERT_NEAR(b, 92, 3);
    cairo_destroy(cr);
    cairo_surface_destroy(s);
    free(lines);
    free(xy);
    trygg_ctx_free(ctx);
}

static void test_report_map_bad_input(void)
{
    /* Huge, NaN and far-away coordinates are clipped or skipped, never a crash; a non-finite
     * extent or an empty rectangle is a usage error. */
    trygg_ctx *ctx = th_ctx();
    cairo_surface_t *s = cairo_image_surface_create(CAIRO_FORMAT_RGB24, 400, 300);
    cairo_t *cr = cairo_create(s);
    double a[8] = {0, 0, 1e15, -1e15, NAN, 5, 20, 20};
    trygg_report_line lines[1] = {{a, 4, NAN}};
    trygg_report_point pts[2] = {{NAN, 1, 0}, {1e300, 1e300, 99}};
    double ring[8] = {-1e12, -1e12, 1e12, -1e12, 1e12, 1e12, -1e12, -1e12};
    size_t nv[1] = {4};
    trygg_report_polygon poly[1] = {{ring, nv, 1, TRYGG_REPORT_POLY_HOTSPOT_99, NULL}};
    trygg_report_map_data m = {0, 0, 100, 100, lines, 1, lines, 1, pts, 2, a, 4, poly, 1, "attribution", 0, 0, NULL, 0, 0, NULL, 0};
    TH_ASSERT_INT(trygg_report_map(ctx, cr, 0, 0, 400, 300, &m), TRYGG_OK);
    m.xmin = NAN;
    TH_ASSERT_INT(trygg_report_map(ctx, cr, 0, 0, 400, 300, &m), TRYGG_E_USAGE);
    TH_ASSERT_CONTAINS(trygg_errmsg(ctx), "är inte ändlig");
    m.xmin = 0;
    TH_ASSERT_INT(trygg_report_map(ctx, cr, 0, 0, 0, 300, &m), TRYGG_E_USAGE);
    /* an empty map: an empty frame, no error */
    trygg_report_map_data empty = {0};
    TH_ASSERT_INT(trygg_report_map(ctx, cr, 0, 0, 400, 300, &empty), TRYGG_OK);
    CU_ASSERT_EQUAL(cairo_status(cr), CAIRO_STATUS_SUCCESS);
    cairo_destroy(cr);
    cairo_surface_destroy(s);
    trygg_ctx_free(ctx);
}

static void test_report_map_incidents_grouped(void)
{
    /* Over TRYGG__MAP_MAX_DOTS (800) incidents a map groups them in 9-unit squares: one dot per
     * square at their mean position, the fullest square's dot 9 units across. Extent 0..1000 m
     * in 426 x 300 units: the map is 300 x 300 (legend column on the right), s = 0.3 units per
     * metre. All vandalism reports at (500, 500) m, page (150, 150): grouped, one dot of radius
     * 4.5, so the pixel 3 units right of the centre is vandalism red; as single dots (radius
     * 2.4 for a 1 km map, with a white rim of 0.5) that pixel is the map's background. */
    trygg_ctx *ctx = th_ctx();
    trygg__rgb red = trygg__report_category_rgb(TRYGG_CAT_VANDALISM);
    int er = (int)(red.r * 65535) >> 8, eg = (int)(red.g * 65535) >> 8, eb = (int)(red.b * 65535) >> 8;
    for (int grouped = 0; grouped < 2; grouped++) {
        size_t n = grouped ? 2000 : 100;
        trygg_report_point *pts = malloc(n * sizeof *pts);
        for (size_t i = 0; i < n; i++)
            pts[i] = (trygg_report_point){500, 500, TRYGG_CAT_VANDALISM};
        cairo_surface_t *s = cairo_image_surface_create(CAIRO_FORMAT_RGB24, 426, 300);
        cairo_t *cr = cairo_create(s);
        trygg_report_map_data m = {0, 0, 1000, 1000, NULL, 0, NULL, 0, pts, n, NULL, 0, NULL, 0, NULL, 0, 0, NULL, 0, 0, NULL, 0};
        TH_ASSERT_INT(trygg_report_map(ctx, cr, 0, 0, 426, 300, &m), TRYGG_OK);
        int r, g, b;
        pixel(s, 150, 150, &r, &g, &b);
        TH_ASSERT_NEAR(r, er, 1);
        TH_ASSERT_NEAR(g, eg, 1);
        TH_ASSERT_NEAR(b, eb, 1);
        pixel(s, 153, 150, &r, &g, &b);
        if (grouped) {
            TH_ASSERT_NEAR(r, er, 1);
            TH_ASSERT_NEAR(b, eb, 1);
        } else {
            TH_ASSERT_INT(r, 247); /* background 0.965, 0.965, 0.95 as above */
            TH_ASSERT_INT(b, 243);
        }
        cairo_destroy(cr);
        cairo_surface_destroy(s);
        free(pts);
    }
    trygg_ctx_free(ctx);
}

/* ---- Area reports ---- */

static void test_report_area_figures(void)
{
    trygg_ctx *ctx = th_ctx();
    fixture f;
    fixture_init(&f, 0, 0, true);
    trygg_area_report r;
    area_from_fixture(&r, &f, "Västra Mårtensgatan 12");
    r.audience = TRYGG_AUDIENCE_INTERNAL; /* every count exact; the owner's report is tested below */
    const char *dir = th_tmpdir("report_area");
    char path[4200];
    snprintf(path, sizeof path, "%s/area.pdf", dir);
    trygg_status st = trygg_report_area_pdf(ctx, &r, path);
    TH_ASSERT_INT(st, TRYGG_OK);
    if (st != TRYGG_OK)
        fprintf(stderr, "\n  %s\n", trygg_errmsg(ctx));
    /* Page 1: title, warning, map (300 units) and the incidents; page 2: lighting, the four
     * score rows and the measures. */
    TH_ASSERT_INT(pdf_pages(path), 2);
    char *t = pdf_text(path, 0);
    TH_ASSERT_CONTAINS(t, "Västra Mårtensgatan 12");
    TH_ASSERT_CONTAINS(t, "Trygghetsrapport för fastighet eller område · Lund · område A-12");
    TH_ASSERT_CONTAINS(t, "Föreslagna åtgärder i och runt området");
    TH_ASSERT_CONTAINS(t, "Förbättra belysningen längs den mörka sträckan");
    TH_ASSERT_CONTAINS(t, "Tekniska förvaltningen, gatuavdelningen");
    TH_ASSERT_CONTAINS(t, "Fastighetsägaren och Lunds kommun");
    TH_ASSERT_CONTAINS(t, "Trygghetssamordnaren och lokalpolisområde Lund");
    TH_ASSERT_CONTAINS(t, "SYNTETISKA");
    TH_ASSERT_CONTAINS(t, "Intern version: exakta antal och varje anmälan på kartan.");
    TH_ASSERT_CONTAINS(t, "trygg " TRYGG_VERSION " · 1 mars 2025");
    TH_ASSERT_CONTAINS(t, "sida 2 av 2");
    /* Lighting: 640 + 310 + 120 = 1070 m; P3 640/1070 = 59.8 % -> "60 %", below P6 120/1070 =
     * 11.2 % -> "11 %". */
    TH_ASSERT_CONTAINS(t, "640 m 60 %");
    TH_ASSERT_CONTAINS(t, "120 m 11 %");
    TH_ASSERT_CONTAINS(t, "En mörk sträcka (gata där den beräknade belysningen är under 0,6 lux), 120 m lång, på "
                          "Västra Mårtensgatan.");
    /* Scores: the safety index's municipality values are i*0.5 + 13 (mod 100) for i < 200, i.e.
     * 0.0, 0.5, ..., 99.5 once each; 38 has 76 values below it and one equal: (76 + 0.5) / 200
     * = 38.25 % -> "38 %". */
    TH_ASSERT_CONTAINS(t, "Områdets medelvärde 38: bättre än 38 % av platserna i Lund.");
    /* The vandalism score (high is bad): values i*0.5 + 39 (mod 100), again 0.0 .. 99.5 once
     * each; below 71 are 0.0 .. 70.5 (142 values), one equals it: (142 + 0.5) / 200 = 71.25 %
     * -> "worse than 71 %". */
    TH_ASSERT_CONTAINS(t, "Områdets medelvärde 71: sämre än 71 % av platserna i Lund.");
    CU_ASSERT_PTR_NULL(strstr(t, "<3"));
    free(t);
    /* Counts for both periods and the change, one category per table row:
     * vandalism (7 - 12) / 12 = -41.7 % -> "−42 %"; graffiti (9 - 5) / 5 = +80 %; littering 0 %;
     * violence 0 -> 2 "ny" (new); total 20 -> 21 = +5 %. */
    char *l = layout_line(path, "Skadegörelse");
    TH_ASSERT_CONTAINS(l, " 12 ");
    TH_ASSERT_CONTAINS(l, " 7 ");
    TH_ASSERT_CONTAINS(l, "−42%");
    free(l);
    l = layout_line(path, "Klotter");
    TH_ASSERT_CONTAINS(l, " 5 ");
    TH_ASSERT_CONTAINS(l, " 9 ");
    TH_ASSERT_CONTAINS(l, "+80%");
    free(l);
    l = layout_line(path, "Nedskräpning");
    TH_ASSERT_CONTAINS(l, " 3 ");
    TH_ASSERT_CONTAINS(l, " 0%");
    free(l);
    l = layout_line(path, "Våld");
    TH_ASSERT_CONTAINS(l, " 2 ");
    TH_ASSERT_CONTAINS(l, "ny");
    free(l);
    l = layout_line(path, "Alla anmälningar");
    TH_ASSERT_CONTAINS(l, " 20 ");
    TH_ASSERT_CONTAINS(l, " 21 ");
    TH_ASSERT_CONTAINS(l, "+5%");
    free(l);
    /* the measures in priority order: 12 (1), 14 (2), 15 (3) */
    t = pdf_text(path, 2);
    char *p12 = strstr(t, "Förbättra"), *p14 = strstr(t, "Sanera"), *p15 = strstr(t, "Trygghetsvandring");
    CU_ASSERT(p12 && p14 && p15 && p12 < p14 && p14 < p15);
    free(t);
    fixture_fini(&f);
    trygg_ctx_free(ctx);
}

static void set_language(const char *code)
{
    trygg_ctx *ctx = trygg_ctx_new();
    CU_ASSERT_EQUAL_FATAL(trygg_set_language(ctx, code), TRYGG_OK);
    trygg_ctx_free(ctx);
}

static void test_report_area_english(void)
{
    /* --lang en: the same figures under English headings, English number formats. */
    trygg_ctx *ctx = th_ctx();
    fixture f;
    fixture_init(&f, 0, 0, true);
    trygg_area_report r;
    area_from_fixture(&r, &f, "Västra Mårtensgatan 12");
    r.audience = TRYGG_AUDIENCE_INTERNAL;
    const char *dir = th_tmpdir("report_area_en");
    char path[4200];
    snprintf(path, sizeof path, "%s/area.pdf", dir);
    set_language("en");
    TH_ASSERT_INT(trygg_report_area_pdf(ctx, &r, path), TRYGG_OK);
    set_language("sv");
    char *t = pdf_text(path, 0);
    TH_ASSERT_CONTAINS(t, "Safety report for a property or area · Lund · area A-12");
    TH_ASSERT_CONTAINS(t, "Incidents in the area and within 200 m of it");
    TH_ASSERT_CONTAINS(t, "Measures proposed in and around the area");
    TH_ASSERT_CONTAINS(t, "Internal version: exact counts and every report on the map.");
    TH_ASSERT_CONTAINS(t, "trygg " TRYGG_VERSION " · 1 March 2025");
    TH_ASSERT_CONTAINS(t, "page 2 of 2");
    TH_ASSERT_CONTAINS(t, "44 street lamps. One dark stretch (a street where the estimated light is below 0.6 lux), "
                          "120 m long, on Västra Mårtensgatan.");
    TH_ASSERT_CONTAINS(t, "Area mean 38: better than 38% of places in Lund.");
    CU_ASSERT_PTR_NULL(strstr(t, "Trygghetsrapport"));
    CU_ASSERT_PTR_NULL(strstr(t, "Skadegörelse"));
    free(t);
    char *l = layout_line(path, "Vandalism");
    TH_ASSERT_CONTAINS(l, " 12 ");
    TH_ASSERT_CONTAINS(l, " 7 ");
    TH_ASSERT_CONTAINS(l, "−42%");
    free(l);
    l = layout_line(path, "Violence");
    TH_ASSERT_CONTAINS(l, "new");
    free(l);
    l = layout_line(path, "All incidents");
    TH_ASSERT_CONTAINS(l, " 20 ");
    TH_ASSERT_CONTAINS(l, " 21 ");
    TH_ASSERT_CONTAINS(l, "+5%");
    free(l);
    fixture_fini(&f);
    trygg_ctx_free(ctx);
}

static void test_report_area_owner(void)
{
    /* The owner's report (the default audience): violence 0 -> 2 shows as "0 <3 ny" (a change
     * from none gives no count away), the later period's total as "≥ 20" (7 + 9 + 3 shown and
     * at least 1 hidden: the exact 21 would give the hidden 2 away) and its change as "–". The
     * rule is stated, and the map draws no incident dot, only counts per 100 m square: the 21
     * incidents lie in a 170 x 156 m box, so at least one square holds 3 or more. */
    trygg_ctx *ctx = th_ctx();
    fixture f;
    fixture_init(&f, 0, 0, true);
    trygg_area_report r;
    area_from_fixture(&r, &f, "Västra Mårtensgatan 12");
    const char *dir = th_tmpdir("report_area_owner");
    char path[4200];
    snprintf(path, sizeof path, "%s/area.pdf", dir);
    size_t dots = trygg__report_incident_dots_drawn();
    TH_ASSERT_INT(trygg_report_area_pdf(ctx, &r, path), TRYGG_OK);
    TH_ASSERT_INT(trygg__report_incident_dots_drawn() - dots, 0);
    char *t = pdf_text(path, 0);
    TH_ASSERT_CONTAINS(t, "Antal under 3 visas som <3. Kartan visar inga enskilda anmälningar, bara antalet "
                          "anmälningar per ruta med sidan 100 m; rutor med färre än 3 anmälningar visas inte.");
    TH_ASSERT_CONTAINS(t, "Antal under 3 visas som <3; kartan visar anmälningar per ruta, inte enskilda anmälningar.");
    TH_ASSERT_CONTAINS(t, "Anmälningar per ruta med sidan 100 m (rutor med färre än 3 visas inte)");
    free(t);
    char *l = layout_line(path, "Våld");
    TH_ASSERT_CONTAINS(l, " 0 ");
    TH_ASSERT_CONTAINS(l, "<3");
    TH_ASSERT_CONTAINS(l, "ny");
    CU_ASSERT_PTR_NULL(strstr(l, " 2 "));
    free(l);
    l = layout_line(path, "Alla anmälningar");
    TH_ASSERT_CONTAINS(l, " 20 ");
    TH_ASSERT_CONTAINS(l, "≥ 20");
    TH_ASSERT_CONTAINS(l, "–");
    CU_ASSERT_PTR_NULL(strstr(l, "21"));
    free(l);
    /* the same report for the municipality and the police: every incident a dot */
    r.audience = TRYGG_AUDIENCE_INTERNAL;
    dots = trygg__report_incident_dots_drawn();
    TH_ASSERT_INT(trygg_report_area_pdf(ctx, &r, path), TRYGG_OK);
    TH_ASSERT_INT(trygg__report_incident_dots_drawn() - dots, 21);
    fixture_fini(&f);
    trygg_ctx_free(ctx);
}

static void test_report_private_counts(void)
{
    char b[TRYGG__NUM_MAX];
    TH_ASSERT_STR(trygg__fmt_count_private(b, sizeof b, 0, 3), "0");
    TH_ASSERT_STR(trygg__fmt_count_private(b, sizeof b, 1, 3), "<3");
    TH_ASSERT_STR(trygg__fmt_count_private(b, sizeof b, 2, 3), "<3");
    TH_ASSERT_STR(trygg__fmt_count_private(b, sizeof b, 3, 3), "3");
    TH_ASSERT_STR(trygg__fmt_count_private(b, sizeof b, 4, 5), "<5");
    TH_ASSERT_STR(trygg__fmt_count_private(b, sizeof b, 2, 0), "2"); /* 0: exact */
    TH_ASSERT_STR(trygg__fmt_count_private(b, sizeof b, 12345, 3), "12\u202f345");
    trygg__change_text_private(12, 2, 3, b, sizeof b); /* −83 % would give the 2 away */
    TH_ASSERT_STR(b, "–");
    trygg__change_text_private(2, 12, 3, b, sizeof b);
    TH_ASSERT_STR(b, "–");
    trygg__change_text_private(0, 2, 3, b, sizeof b);
    TH_ASSERT_STR(b, "ny");
    trygg__change_text_private(12, 6, 3, b, sizeof b);
    TH_ASSERT_STR(b, "−50\u00a0%");
}

static void test_report_area_without_incidents(void)
{
    trygg_ctx *ctx = th_ctx();
    fixture f;
    fixture_init(&f, 0, 0, false);
    trygg_area_report r;
    area_from_fixture(&r, &f, "Stora Södergatan 3");
    memset(r.n_before, 0, sizeof r.n_before);
    memset(r.n_after, 0, sizeof r.n_after);
    r.nmeasures = 0;
    r.synthetic = false;
    const char *dir = th_tmpdir("report_area_quiet");
    char path[4200];
    snprintf(path, sizeof path, "%s/quiet.pdf", dir);
    TH_ASSERT_INT(trygg_report_area_pdf(ctx, &r, path), TRYGG_OK);
    char *t = pdf_text(path, 0);
    TH_ASSERT_CONTAINS(t, "Stora Södergatan 3");
    TH_ASSERT_CONTAINS(t, "Inga anmälningar i området eller inom 200 m från det under 2023 eller 2024.");
    TH_ASSERT_CONTAINS(t, "Ingen åtgärd föreslås i eller runt området.");
    CU_ASSERT_PTR_NULL(strstr(t, "Alla anmälningar"));
    CU_ASSERT_PTR_NULL(strstr(t, "SYNTETISKA"));
    free(t);
    fixture_fini(&f);
    trygg_ctx_free(ctx);
}

static void test_report_area_on_edge(void)
{
    /* The area sits at the north-east corner of the data: its map (area + 300 m) is more than
     * half empty. Scores without a value and an empty municipality distribution too. */
    trygg_ctx *ctx = th_ctx();
    fixture f;
    fixture_init(&f, 0, 0, true);
    double a[10] = {X0 + 280, Y0 + 280, X0 + 330, Y0 + 280, X0 + 330, Y0 + 330, X0 + 280, Y0 + 330, X0 + 280, Y0 + 280};
    memcpy(f.area_xy, a, sizeof a);
    f.npolygons = 2;
    f.polygons[0] = f.polygons[1]; /* no buffer ring */
    f.npolygons = 1;
    f.scores[0].area_value = NAN;
    f.scores[1].nmunicipality = 0;
    trygg_area_report r;
    area_from_fixture(&r, &f, "Kävlingevägen, ytterkanten");
    const char *dir = th_tmpdir("report_area_edge");
    char path[4200];
    snprintf(path, sizeof path, "%s/edge.pdf", dir);
    TH_ASSERT_INT(trygg_report_area_pdf(ctx, &r, path), TRYGG_OK);
    CU_ASSERT(pdf_pages(path) >= 1);
    char *t = pdf_text(path, 0);
    TH_ASSERT_CONTAINS(t, "Kävlingevägen, ytterkanten");
    TH_ASSERT_CONTAINS(t, "Ingen gata i området har fått något värde.");
    TH_ASSERT_CONTAINS(t, "Områdets medelvärde: 45.");
    free(t);
    fixture_fini(&f);
    trygg_ctx_free(ctx);
}

static void test_report_area_deterministic(void)
{
    trygg_ctx *ctx = th_ctx();
    fixture f;
    fixture_init(&f, 0, 0, true);
    trygg_area_report r;
    area_from_fixture(&r, &f, "Västra Mårtensgatan 12");
    const char *dir = th_tmpdir("report_same");
    char a[4200], b[4200], cmd[8600];
    snprintf(a, sizeof a, "%s/a.pdf", dir);
    snprintf(b, sizeof b, "%s/b.pdf", dir);
    TH_ASSERT_INT(trygg_report_area_pdf(ctx, &r, a), TRYGG_OK);
    TH_ASSERT_INT(trygg_report_area_pdf(ctx, &r, b), TRYGG_OK);
    snprintf(cmd, sizeof cmd, "cmp -s '%s' '%s'", a, b);
    TH_ASSERT_INT(system(cmd), 0);
    /* and the creation date is the report's date */
    snprintf(cmd, sizeof cmd, "pdfinfo '%s' | grep -c 'CreationDate:.*2025'", a);
    char *out = capture(cmd);
    TH_ASSERT_STR(out, "1\n");
    free(out);
    /* re-rendering over an existing file replaces it */
    r.name = "Bytt namn";
    TH_ASSERT_INT(trygg_report_area_pdf(ctx, &r, a), TRYGG_OK);
    char *t = pdf_text(a, 1);
    TH_ASSERT_CONTAINS(t, "Bytt namn");
    free(t);
    fixture_fini(&f);
    trygg_ctx_free(ctx);
}

static void test_report_write_errors(void)
{
    trygg_ctx *ctx = th_ctx();
    fixture f;
    fixture_init(&f, 0, 0, true);
    trygg_area_report r;
    area_from_fixture(&r, &f, "Västra Mårtensgatan 12");
    const char *missing = "/nonexistent-trygg-dir/area.pdf";
    TH_ASSERT_INT(trygg_report_area_pdf(ctx, &r, missing), TRYGG_E_WRITE);
    TH_ASSERT_CONTAINS(trygg_errmsg(ctx), missing);
    /* The target is a directory: the PDF is written to a temporary file, the rename fails, and
     * the temporary file is removed: the directory holds only the target directory. */
    const char *dir = th_tmpdir("report_unwritable");
    char target[4200];
    snprintf(target, sizeof target, "%s/report.pdf", dir);
    mkdir(target, 0755);
    TH_ASSERT_INT(trygg_report_area_pdf(ctx, &r, target), TRYGG_E_WRITE);
    TH_ASSERT_CONTAINS(trygg_errmsg(ctx), target);
    TH_ASSERT_INT(dir_entries(dir), 1);
    /* usage errors */
    r.date = "1 March 2025";
    TH_ASSERT_INT(trygg_report_area_pdf(ctx, &r, target), TRYGG_E_USAGE);
    TH_ASSERT_CONTAINS(trygg_errmsg(ctx), "har inte formen ÅÅÅÅ-MM-DD");
    r.date = "2025-03-01";
    r.name = NULL;
    TH_ASSERT_INT(trygg_report_area_pdf(ctx, &r, target), TRYGG_E_USAGE);
    r.name = "x";
    r.map.xmax = INFINITY;
    TH_ASSERT_INT(trygg_report_area_pdf(ctx, &r, target), TRYGG_E_USAGE);
    TH_ASSERT_INT(dir_entries(dir), 1);
    fixture_fini(&f);
    trygg_ctx_free(ctx);
}

/* ---- Summary ---- */

#define NMEASURES 120

/* The lägesbild of 120 measures, five focus areas of one priority each (ids 1, 6, ... are
 * trygghet of priority 5; ids 5, 10, ... äldre of priority 1): the five sections in order, and the
 * measures grouped, not listed: six kinds a focus area with the rest counted, so the document stays
 * a few pages whatever the plan's size. */
static void check_sections(const char *all, const char *const heads[5])
{
    const char *at = all;
    for (int k = 0; k < 5; k++) {
        const char *h = at ? strstr(at, heads[k]) : NULL;
        TH_ASSERT_CONTAINS(at ? at : "", heads[k]);
        at = h;
    }
}

static void test_report_lagesbild_groups_measures(void)
{
    trygg_ctx *ctx = th_ctx();
    fixture f;
    fixture_init(&f, 0, 0, true);
    static trygg_report_measure ms[NMEASURES];
    static char text[NMEASURES][64], place[NMEASURES][64];
    static const char *const focus[5] = {"trygghet", "barn_unga", "andts", "nara_relation", "aldre"};
    for (int i = 0; i < NMEASURES; i++) {
        snprintf(text[i], sizeof text[i], "Åtgärd nr %d: öka närvaron", i + 1);
        snprintf(place[i], sizeof place[i], "Kvarter %d", i + 1);
        ms[i] = (trygg_report_measure){i + 1, text[i], place[i], focus[i % 5], "Lunds kommun", 5 - i % 5,
                                       "Anmälningar inom 100 m", NULL, NULL, NULL, NULL};
    }
    trygg_report_hotspot hs[2] = {{1, TRYGG_CAT_VANDALISM, 99, 41, 0.06, 7.5, "Fri-Sat 21-03", "Mårtenstorget"},
                                  {2, TRYGG_CAT_LITTERING, 95, 17, 0.03, NAN, NULL, "Stadsparken"}};
    trygg_report_dark dk[2] = {{"Västra Mårtensgatan", 120, 0.21, 4}, {NULL, 240, 0.05, 1}};
    trygg_summary_report s = {0};
    s.municipality = "Lund";
    s.period_before = "2023";
    s.period_after = "2024";
    s.n_before[TRYGG_CAT_VANDALISM] = 310, s.n_after[TRYGG_CAT_VANDALISM] = 280;
    s.focus_before[TRYGG_FOCUS_TRYGGHET] = 500, s.focus_after[TRYGG_FOCUS_TRYGGHET] = 450;
    s.hotspots = hs;
    s.nhotspots = 2;
    s.dark = dk;
    s.ndark = 2;
    s.measures = ms;
    s.nmeasures = NMEASURES;
    s.map = (trygg_report_map_data){0, 0, 0, 0, f.streets, f.nstreets, f.dark, f.ndark, f.incidents,
                                    f.nincidents, f.lamps, f.nlamps, f.polygons, f.npolygons, "EXAMPLE DATA", 0, 0, NULL, 0, 0, NULL, 0};
    s.synthetic = true;
    s.date = "2025-03-01";
    const char *dir = th_tmpdir("report_lagesbild");
    char path[4200];
    snprintf(path, sizeof path, "%s/lagesbild.pdf", dir);
    TH_ASSERT_INT(trygg_set_language(ctx, "sv"), TRYGG_OK);
    TH_ASSERT_INT(trygg_report_lagesbild_pdf(ctx, &s, path), TRYGG_OK);
    int pages = pdf_pages(path);
    CU_ASSERT(pages >= 3 && pages <= 6);
    char *all = pdf_text(path, 0);
    TH_ASSERT_CONTAINS(all, "Lägesbild: Lund");
    TH_ASSERT_CONTAINS(all, "SYNTETISKA");
    TH_ASSERT_CONTAINS(all, "Fri-Sat 21-03");
    TH_ASSERT_CONTAINS(all, "Västra Mårtensgatan");
    /* vandalism 310 -> 280: (280 - 310) / 310 = -9.7 % -> "−10 %" */
    TH_ASSERT_CONTAINS(all, "310 280 −10 %");
    static const char *const sv[5] = {"1. Kartläggning", "2. Orsaksanalys", "3. Åtgärder", "4. Uppföljning",
                                      "5. Underlag och begränsningar"};
    check_sections(all, sv);
    /* six kinds shown per focus area, the other 18 counted; the most urgent of each first */
    TH_ASSERT_INT(count_of(all, "Åtgärd nr "), 30);
    TH_ASSERT_INT(count_of(all, "Ytterligare 18 slag av åtgärder inom fokusområdet."), 5);
    TH_ASSERT_CONTAINS(all, "Åtgärd nr 30:");
    CU_ASSERT_PTR_NULL(strstr(all, "Åtgärd nr 35:"));
    TH_ASSERT_CONTAINS(all, "Alla 120 åtgärder");
    TH_ASSERT_CONTAINS(all, "120 föreslagna åtgärder, varav 24 med prioritet 1.");
    /* without the output's run_info, the sections that need it say so */
    TH_ASSERT_CONTAINS(all, "Orsaksanalysen behöver utdatafilens run_info");
    TH_ASSERT_CONTAINS(all, "Ange ett åtgärdsregister");
    free(all);

    /* English: the same document */
    TH_ASSERT_INT(trygg_set_language(ctx, "en"), TRYGG_OK);
    TH_ASSERT_INT(trygg_report_lagesbild_pdf(ctx, &s, path), TRYGG_OK);
    all = pdf_text(path, 0);
    TH_ASSERT_CONTAINS(all, "Situation report (lägesbild): Lund");
    static const char *const en[5] = {"1. Mapping", "2. Analysis of causes", "3. Measures", "4. Follow-up",
                                      "5. Sources and limitations"};
    check_sections(all, en);
    TH_ASSERT_INT(count_of(all, "Åtgärd nr "), 30);
    TH_ASSERT_CONTAINS(all, "All 120 measures");
    TH_ASSERT_CONTAINS(all, "120 measures proposed, 24 of them of priority 1.");
    free(all);
    TH_ASSERT_INT(trygg_set_language(ctx, "sv"), TRYGG_OK);
    fixture_fini(&f);
    trygg_ctx_free(ctx);
}

/* ---- The example shown in the README (docs/area-report-example.png) ---- */

/* A deterministic pseudo-random sequence (the 64-bit LCG of Knuth's MMIX), in [0, 1). */
static double lcg(uint64_t *state)
{
    *state = *state * 6364136223846793005ULL + 1442695040888963407ULL;
    return (double)(*state >> 11) / 9007199254740992.0;
}

typedef struct {
    const char *name;
    double base;   /* safety index around which its places vary */
    size_t nv;
    double v[12];  /* vertices relative to the example's centre */
} example_street;

/* Hand-made streets in Lund-like coordinates around Västra Mårtensgatan: the layout is made
 * up, not traced from a map. */
static const example_street example_streets[] = {
    {"Västra Mårtensgatan", 55, 5, {-380, -20, -150, -10, 0, 0, 150, 15, 380, 30}},
    {"Stora Södergatan", 62, 5, {40, -380, 30, -150, 20, 0, 10, 150, 5, 380}},
    {"Bantorget", 58, 4, {-380, 200, -200, 190, -60, 170, 10, 150}},
    {"Kyrkogatan", 70, 3, {150, 15, 165, 200, 180, 380}},
    {"Lilla Gråbrödersgatan", 48, 3, {-150, -10, -160, -150, -170, -380}},
    {"Klostergatan", 52, 5, {-380, -200, -160, -150, 30, -150, 200, -140, 380, -130}},
    {"Gångväg genom parken", 22, 3, {-150, -10, -100, 80, -60, 170}},
    {"Mårtenstorget", 33, 5, {150, 15, 265, 22, 258, -85, 165, -92, 150, 15}},
    {"Winstrupsgatan", 60, 3, {-380, 90, -100, 80, 20, 80}},
    {"Sankt Annegatan", 66, 3, {-300, -380, -290, -200, -270, 190}},
    {"Grönegatan", 74, 3, {300, -380, 290, -130, 300, 380}},
};

typedef struct {
    double *xy[256];
    size_t nxy;
    trygg_report_line streets[256];
    size_t nstreets;
    trygg_report_line dark[1];
    trygg_report_point incidents[200];
    size_t nincidents;
    double lamps[2 * 400];
    size_t nlamps;
    double area[10], buffer[2 * 40], m12[12], m14[10], hot[14];
    size_t buffer_nv;
    size_t rings[5][1];
    trygg_report_polygon polygons[5];
    double municipality[4][2000];
    trygg_report_score scores[4];
    trygg_report_measure measures[3];
} example;

/* Distance from (x, y) to the axis-aligned rectangle [x0, x1] x [y0, y1]. */
static double rect_dist(double x, double y, double x0, double y0, double x1, double y1)
{
    double dx = x < x0 ? x0 - x : x > x1 ? x - x1 : 0, dy = y < y0 ? y0 - y : y > y1 ? y - y1 : 0;
    return hypot(dx, dy);
}

static void example_init(example *e, trygg_area_report *r)
{
    memset(e, 0, sizeof *e);
    const double cx = 387100, cy = 6175300;
    uint64_t seed = 20250301;
    /* streets split into places of at most 100 m, each with its own safety index */
    for (size_t s = 0; s < sizeof example_streets / sizeof example_streets[0]; s++) {
        const example_street *st = &example_streets[s];
        for (size_t k = 0; k + 1 < st->nv; k++) {
            double x0 = st->v[2 * k], y0 = st->v[2 * k + 1], x1 = st->v[2 * k + 2], y1 = st->v[2 * k + 3];
            int pieces = (int)ceil(hypot(x1 - x0, y1 - y0) / 100.0);
            for (int p = 0; p < pieces; p++) {
                double t0 = (double)p / pieces, t1 = (double)(p + 1) / pieces;
                double *xy = malloc(4 * sizeof *xy);
                xy[0] = cx + x0 + t0 * (x1 - x0), xy[1] = cy + y0 + t0 * (y1 - y0);
                xy[2] = cx + x0 + t1 * (x1 - x0), xy[3] = cy + y0 + t1 * (y1 - y0);
                e->xy[e->nxy++] = xy;
                double v = st->base + 24 * (lcg(&seed) - 0.5);
                e->streets[e->nstreets++] = (trygg_report_line){xy, 2, fmin(fmax(v, 2), 98)};
                /* lamps every 30 m on one side, none along the park path */
                if (st->base > 25) {
                    double len = hypot(xy[2] - xy[0], xy[3] - xy[1]);
                    for (double d = 15; d < len && e->nlamps < 400; d += 30) {
                        double t = d / len, nx = -(xy[3] - xy[1]) / len, ny = (xy[2] - xy[0]) / len;
                        e->lamps[2 * e->nlamps] = xy[0] + t * (xy[2] - xy[0]) + 7 * nx;
                        e->lamps[2 * e->nlamps + 1] = xy[1] + t * (xy[3] - xy[1]) + 7 * ny;
                        e->nlamps++;
                    }
                }
            }
        }
    }
    /* the dark stretch: the park path */
    double *dk = malloc(6 * sizeof *dk);
    const double dv[6] = {-150, -10, -100, 80, -60, 170};
    for (int i = 0; i < 3; i++)
        dk[2 * i] = cx + dv[2 * i], dk[2 * i + 1] = cy + dv[2 * i + 1];
    e->xy[e->nxy++] = dk;
    e->dark[0] = (trygg_report_line){dk, 3, NAN};
    /* the later period's incidents: a cluster on Mårtenstorget (vandalism, graffiti, littering),
     * a few by the park path at night (violence, drugs), some scattered */
    const double ax0 = cx - 90, ay0 = cy + 15, ax1 = cx - 30, ay1 = cy + 60;
    unsigned after[TRYGG_CAT_COUNT] = {0};
    for (int i = 0; i < 150; i++) {
        double u = lcg(&seed), x, y;
        int cat;
        if (i < 70) {
            x = cx + 210 + 60 * (lcg(&seed) - 0.5) * 2, y = cy - 35 + 55 * (lcg(&seed) - 0.5) * 2;
            cat = u < 0.4 ? TRYGG_CAT_VANDALISM : u < 0.75 ? TRYGG_CAT_GRAFFITI : TRYGG_CAT_LITTERING;
        } else if (i < 90) {
            double t = lcg(&seed);
            x = cx - 150 + 90 * t + 20 * (lcg(&seed) - 0.5), y = cy - 10 + 180 * t + 20 * (lcg(&seed) - 0.5);
            cat = u < 0.5 ? TRYGG_CAT_VIOLENCE : u < 0.8 ? TRYGG_CAT_DRUGS : TRYGG_CAT_VANDALISM;
        } else {
            x = cx + 760 * (lcg(&seed) - 0.5), y = cy + 760 * (lcg(&seed) - 0.5);
            cat = u < 0.3 ? TRYGG_CAT_THEFT : u < 0.5 ? TRYGG_CAT_VANDALISM : u < 0.65 ? TRYGG_CAT_LITTERING
                  : u < 0.8 ? TRYGG_CAT_DISORDER : TRYGG_CAT_OTHER;
        }
        e->incidents[e->nincidents++] = (trygg_report_point){x, y, cat};
        if (rect_dist(x, y, ax0, ay0, ax1, ay1) <= 200)
            after[cat]++;
    }
    /* the property, its 200 m surroundings, the hot spot on Mårtenstorget, two measures' places */
    const double a[10] = {ax0, ay0, ax1, ay0, ax1, ay1, ax0, ay1, ax0, ay0};
    memcpy(e->area, a, sizeof a);
    const double ccx[4] = {ax1, ax1, ax0, ax0}, ccy[4] = {ay0, ay1, ay1, ay0};
    for (int c = 0; c < 4; c++)
        for (int k = 0; k <= 8; k++) {
            double t = -M_PI / 2 + c * M_PI / 2 + k * (M_PI / 2) / 8;
            e->buffer[2 * e->buffer_nv] = ccx[c] + 200 * cos(t);
            e->buffer[2 * e->buffer_nv + 1] = ccy[c] + 200 * sin(t);
            e->buffer_nv++;
        }
    const double m12[12] = {-168, -18, -132, -28, -82, 72, -44, 166, -76, 182, -118, 90};
    for (int i = 0; i < 6; i++)
        e->m12[2 * i] = cx + m12[2 * i], e->m12[2 * i + 1] = cy + m12[2 * i + 1];
    const double m14[10] = {140, 28, 275, 34, 268, -97, 155, -104, 140, 28};
    for (int i = 0; i < 5; i++)
        e->m14[2 * i] = cx + m14[2 * i], e->m14[2 * i + 1] = cy + m14[2 * i + 1];
    const double hot[14] = {150, 40, 240, 50, 290, -20, 270, -100, 180, -110, 135, -40, 150, 40};
    for (int i = 0; i < 7; i++)
        e->hot[2 * i] = cx + hot[2 * i], e->hot[2 * i + 1] = cy + hot[2 * i + 1];
    e->rings[0][0] = 7, e->rings[1][0] = e->buffer_nv, e->rings[2][0] = 6, e->rings[3][0] = 5, e->rings[4][0] = 5;
    e->polygons[0] = (trygg_report_polygon){e->hot, e->rings[0], 1, TRYGG_REPORT_POLY_HOTSPOT_95, NULL};
    e->polygons[1] = (trygg_report_polygon){e->buffer, e->rings[1], 1, TRYGG_REPORT_POLY_BUFFER, NULL};
    e->polygons[2] = (trygg_report_polygon){e->m12, e->rings[2], 1, TRYGG_REPORT_POLY_MEASURE, "12"};
    e->polygons[3] = (trygg_report_polygon){e->m14, e->rings[3], 1, TRYGG_REPORT_POLY_MEASURE, "14"};
    e->polygons[4] = (trygg_report_polygon){e->area, e->rings[4], 1, TRYGG_REPORT_POLY_AREA, NULL};

    /* the municipality's places: each score the mean of two uniform draws (a triangular spread) */
    const char *labels[4] = {"Safety index", "Visibility", "Vandalism score", "Littering score"};
    const double area_values[4] = {41, 36, 68, 57};
    for (int s = 0; s < 4; s++) {
        for (int i = 0; i < 2000; i++)
            e->municipality[s][i] = 50 * (lcg(&seed) + lcg(&seed));
        e->scores[s] = (trygg_report_score){labels[s], area_values[s], e->municipality[s], 2000, s < 2};
    }
    e->measures[0] = (trygg_report_measure){
        12, "Förbättra belysningen längs gångvägen genom parken", "Gångväg genom parken, 210 m", "trygghet",
        "Tekniska förvaltningen, gatuavdelningen", 1, NULL, NULL, NULL, NULL, NULL};
    e->measures[1] = (trygg_report_measure){
        14, "Sanera klotter och skadegörelse inom 24 timmar", "Mårtenstorget", "trygghet",
        "Fastighetsägarna och Lunds kommun", 2, NULL, NULL, NULL, NULL, NULL};
    e->measures[2] = (trygg_report_measure){
        15, "Trygghetsvandring med boende och fastighetsägare", "kvarteret", "trygghet",
        "Trygghetssamordnaren och lokalpolisområde Lund", 3, NULL, NULL, NULL, NULL, NULL};

    memset(r, 0, sizeof *r);
    r->name = "Västra Mårtensgatan 12";
    r->area_id = "EXEMPEL-1";
    r->municipality = "Lund";
    r->buffer_m = 200;
    r->period_before = "2023";
    r->period_after = "2024";
    const unsigned before[TRYGG_CAT_COUNT] = {14, 12, 9, 4, 5, 2, 3, 0, 2};
    memcpy(r->n_before, before, sizeof before);
    memcpy(r->n_after, after, sizeof after);
    r->lighting.length_m[1] = 380;
    r->lighting.length_m[2] = 910;
    r->lighting.length_m[3] = 520;
    r->lighting.length_m[5] = 140;
    r->lighting.length_m[TRYGG_PCLASS_BELOW] = 210;
    r->lighting.lamps = 58;
    r->lighting.dark_stretches = 1;
    r->lighting.dark_length_m = 210;
    r->lighting.longest_dark_m = 210;
    r->lighting.longest_dark_street = "Gångväg genom parken";
    r->scores = e->scores;
    r->nscores = 4;
    r->measures = e->measures;
    r->nmeasures = 3;
    r->map = (trygg_report_map_data){0, 0, 0, 0, e->streets, e->nstreets, e->dark, 1, e->incidents,
                                     e->nincidents, e->lamps, e->nlamps, e->polygons, 5,
                                     "EXAMPLE: hand-made streets and lamps in Lund-like coordinates; incidents SYNTHETIC",
                                     0, 0, NULL, 0, 0, NULL, 0};
    r->data_sources = "EXAMPLE DATA, made up in tests/unit/test_report.c: streets and lamps drawn by hand in "
                      "Lund-like coordinates (SWEREF 99 TM), incidents and scores generated. Not a real place.";
    r->synthetic = true;
    r->date = "2025-03-01";
}

static void example_fini(example *e)
{
    for (size_t i = 0; i < e->nxy; i++)
        free(e->xy[i]);
}

static void test_report_example(void)
{
    /* The README's example: it renders, has the two pages of the layout and shows its
     * measures' numbers; docs/area-report-example.png is page 1 of this PDF
     * (pdftoppm -png -r 80 -f 1 -l 1). */
    trygg_ctx *ctx = th_ctx();
    static example e;
    trygg_area_report r;
    example_init(&e, &r);
    const char *dir = th_tmpdir("report_example");
    char path[4200];
    snprintf(path, sizeof path, "%s/area-report-example.pdf", dir);
    TH_ASSERT_INT(trygg_report_area_pdf(ctx, &r, path), TRYGG_OK);
    TH_ASSERT_INT(pdf_pages(path), 2);
    char *t = pdf_text(path, 0);
    TH_ASSERT_CONTAINS(t, "EXAMPLE");
    TH_ASSERT_CONTAINS(t, "Gångväg genom parken");
    free(t);
    example_fini(&e);
    trygg_ctx_free(ctx);
}

/* With a measure register: the status counts and the effect of the measure done in the
 * lägesbild's follow-up section. */
static void test_report_summary_followup(void)
{
    trygg_ctx *ctx = th_ctx();
    fixture f;
    fixture_init(&f, 0, 0, true);
    trygg_report_measure ms[3] = {
        {1, "Förbättra belysningen", "Parkgatan", "trygghet", "Gatukontoret, A. Svensson", 1, "Nattliga händelser",
         "genomförd", "händelser nattetid minskade 50 % efter åtgärden (40 → 20)", NULL, NULL},
        {2, "Sanera klotter", "Torget", "trygghet", "Fastighetsägaren", 2, NULL, "beslutad", NULL, NULL, NULL},
        {3, "Trygghetsvandring", NULL, "trygghet", "Samordnaren", 3, NULL, "föreslagen", NULL, NULL, NULL},
    };
    trygg_summary_report s = {0};
    s.municipality = "Lund";
    s.period_before = "2023";
    s.period_after = "2024";
    s.measures = ms;
    s.nmeasures = 3;
    s.map = (trygg_report_map_data){0, 0, 0, 0, f.streets, f.nstreets, f.dark, f.ndark, f.incidents,
                                    f.nincidents, f.lamps, f.nlamps, f.polygons, f.npolygons, NULL, 0, 0, NULL, 0, 0, NULL, 0};
    s.date = "2025-03-01";
    const char *dir = th_tmpdir("report_summary_followup");
    char path[4200];
    snprintf(path, sizeof path, "%s/summary.pdf", dir);
    TH_ASSERT_INT(trygg_report_summary_pdf(ctx, &s, path), TRYGG_OK);
    char *all = pdf_text(path, 0);
    TH_ASSERT_CONTAINS(all, "Status (från åtgärdsregistret): 1 föreslagen, 1 beslutad, 1 genomförd.");
    TH_ASSERT_CONTAINS(all, "Effekter av genomförda åtgärder");
    TH_ASSERT_CONTAINS(all, "Effekt hittills");
    TH_ASSERT_CONTAINS(all, "händelser nattetid minskade 50 % efter åtgärden");
    CU_ASSERT_PTR_NULL(strstr(all, "Alla åtgärder är förslag"));
    /* the follow-up comes after the measures, as section 4 */
    const char *m = strstr(all, "3. Åtgärder"), *u = strstr(all, "4. Uppföljning"), *st = strstr(all, "Status (från");
    CU_ASSERT(m && u && st && m < u && u < st);
    free(all);
    fixture_fini(&f);
    trygg_ctx_free(ctx);
}

static void test_report_area_followup(void)
{
    /* The follow-up block of an area report: the survey's latest index and its change in words
     * (a problem index by default), the measures done with their effect (the sentence, or the
     * verdict in words when the caller left the sentence out), and those decided or under way. */
    trygg_ctx *ctx = th_ctx();
    fixture f;
    fixture_init(&f, 0, 0, true);
    trygg_area_report r;
    area_from_fixture(&r, &f, "Västra Mårtensgatan 12");
    trygg_report_measure done[2] = {
        {7, "Förbättra belysningen", "Parkgatan", "trygghet", "Gatukontoret", 1, NULL, "genomförd",
         "händelser nattetid minskade 50 % efter åtgärden (40 → 20)", "2024-01-01", "worked"},
        {9, "Sanera klotter", NULL, "trygghet", "Fastighetsägaren", 2, NULL, "avslutad", NULL, "2024-03-15",
         "no clear effect"},
    };
    r.register_used = true;
    r.done = done;
    r.ndone = 2;
    r.in_progress = 2;
    r.survey_used = true;
    r.survey = (trygg_report_survey){"Centrum", 2024, 3.5, 2023, 0.4, false};
    const char *dir = th_tmpdir("report_area_followup");
    char path[4200];
    snprintf(path, sizeof path, "%s/area.pdf", dir);
    TH_ASSERT_INT(trygg_report_area_pdf(ctx, &r, path), TRYGG_OK);
    char *t = pdf_text(path, 0);
    TH_ASSERT_CONTAINS(t, "Uppföljning: genomförda åtgärder och trygghetsmätningen");
    TH_ASSERT_CONTAINS(t, "Trygghetsmätningen för Centrum ger index 3,5 år 2024, 0,4 högre än 2023. Ett högre index "
                          "betyder fler problem: människor känner sig mindre trygga.");
    TH_ASSERT_CONTAINS(t, "1 januari 2024");
    TH_ASSERT_CONTAINS(t, "15 mars 2024");
    TH_ASSERT_CONTAINS(t, "händelser nattetid minskade 50 % efter åtgärden");
    TH_ASSERT_CONTAINS(t, "ingen tydlig effekt");
    TH_ASSERT_CONTAINS(t, "2 åtgärder i eller runt området är beslutade eller pågår.");
    /* the measures done come after the proposed ones */
    const char *prop = strstr(t, "Föreslagna åtgärder"), *fu = strstr(t, "Uppföljning: genomförda");
    CU_ASSERT(prop && fu && prop < fu);
    free(t);

    /* a survey where higher is safer, falling; no earlier survey in English */
    r.survey = (trygg_report_survey){"Centrum", 2024, 4.1, 2022, -0.3, true};
    r.ndone = 0;
    r.in_progress = 0;
    TH_ASSERT_INT(trygg_report_area_pdf(ctx, &r, path), TRYGG_OK);
    t = pdf_text(path, 0);
    TH_ASSERT_CONTAINS(t, "ger index 4,1 år 2024, 0,3 lägre än 2022. Ett högre index betyder att människor känner sig "
                          "tryggare.");
    TH_ASSERT_CONTAINS(t, "Ingen åtgärd i eller runt området är genomförd än.");
    free(t);

    /* an owner's report without a register and without a survey area: no follow-up block */
    r.register_used = false;
    r.survey.area = NULL;
    TH_ASSERT_INT(trygg_report_area_pdf(ctx, &r, path), TRYGG_OK);
    t = pdf_text(path, 0);
    CU_ASSERT_PTR_NULL(strstr(t, "Uppföljning: genomförda"));
    CU_ASSERT_PTR_NULL(strstr(t, "Trygghetsmätningen"));
    free(t);
    /* the internal one says which key would give each part */
    r.audience = TRYGG_AUDIENCE_INTERNAL;
    r.survey_used = false;
    TH_ASSERT_INT(trygg_report_area_pdf(ctx, &r, path), TRYGG_OK);
    t = pdf_text(path, 0);
    TH_ASSERT_CONTAINS(t, "Uppföljning: genomförda åtgärder och trygghetsmätningen");
    TH_ASSERT_CONTAINS(t, "ett åtgärdsregister ([plan] register)");
    TH_ASSERT_CONTAINS(t, "Ingen trygghetsmätning angavs: [survey] source");
    free(t);
    fixture_fini(&f);
    trygg_ctx_free(ctx);
}

static void test_report_lagesbild_promises(void)
{
    /* The promises of the layer as a table, and the comparison with the previous edition line by
     * line (items as bullets); without either, the sentences that say how to get them. */
    trygg_ctx *ctx = th_ctx();
    fixture f;
    fixture_init(&f, 0, 0, true);
    trygg_report_promise pr[1] = {{
        .name = "klotter_stationen",
        .text = "Klotter vid stationen ska minska med 20 %",
        .baseline_label = "2023",
        .current_label = "2024",
        .baseline = 57,
        .current = 40,
        .counts = true,
        .change = -0.2982,
        .change_lo = -0.5312,
        .change_hi = 0.0507,
        .target = -0.2,
        .end = "2025-12-31",
        .verdict = "on_track",
        .measures = "12 (genomförd), 14 (beslutad)",
    }};
    trygg_lagesbild_extra x = {0};
    x.promise_list = pr;
    x.npromise_list = 1;
    x.promises_used = true;
    x.previous = "old: a.gpkg (run 2024-01-01)\nHotspots: 1 new, 0 persisting, 2 gone\n  new: vandalism hotspot #3\n";
    x.previous_path = "a.gpkg";
    trygg_summary_report s = {0};
    s.municipality = "Lund";
    s.period_before = "2023";
    s.period_after = "2024";
    s.map = (trygg_report_map_data){0, 0, 0, 0, f.streets, f.nstreets, f.dark, f.ndark, f.incidents,
                                    f.nincidents, f.lamps, f.nlamps, f.polygons, f.npolygons, NULL, 0, 0, NULL, 0, 0, NULL, 0};
    s.date = "2025-03-01";
    s.lagesbild = &x;
    const char *dir = th_tmpdir("report_lagesbild_promises");
    char path[4200];
    snprintf(path, sizeof path, "%s/lagesbild.pdf", dir);
    TH_ASSERT_INT(trygg_report_lagesbild_pdf(ctx, &s, path), TRYGG_OK);
    char *all = pdf_text(path, 0);
    const char *u = strstr(all, "4. Uppföljning");
    CU_ASSERT_PTR_NOT_NULL(u);
    TH_ASSERT_CONTAINS(u, "Klotter vid stationen ska minska med 20 %");
    TH_ASSERT_CONTAINS(u, "57 → 40");
    TH_ASSERT_CONTAINS(u, "(2023; 2024)");
    TH_ASSERT_CONTAINS(u, "−30 %");
    TH_ASSERT_CONTAINS(u, "(−53 % till +5 %)");
    TH_ASSERT_CONTAINS(u, "−20 % till 31 december 2025");
    TH_ASSERT_CONTAINS(u, "på väg");
    TH_ASSERT_CONTAINS(u, "12 (genomförd), 14 (beslutad)");
    TH_ASSERT_CONTAINS(u, "Jämfört med föregående upplaga");
    TH_ASSERT_CONTAINS(u, "Den här upplagan mot den föregående (a.gpkg)");
    TH_ASSERT_CONTAINS(u, "Hotspots: 1 new, 0 persisting, 2 gone • new: vandalism hotspot #3");
    free(all);

    x.npromise_list = 0;
    x.previous = NULL;
    TH_ASSERT_INT(trygg_report_lagesbild_pdf(ctx, &s, path), TRYGG_OK);
    all = pdf_text(path, 0);
    TH_ASSERT_CONTAINS(all, "Inget medborgarlöfte är definierat. Ge varje löfte ett avsnitt [promise:NAMN]");
    TH_ASSERT_CONTAINS(all, "Ange [plan] previous = OLD.gpkg");
    free(all);
    fixture_fini(&f);
    trygg_ctx_free(ctx);
}

/* Deflate `in` with a stream opened by zlib's deflateInit (level) or deflateInit2 (level, with
 * deflateInit's other parameters); the compressed size, its bytes in out. */
static size_t deflate_with(const unsigned char *in, size_t n, unsigned char *out, size_t cap, int level, bool init2)
{
    z_stream z = {0};
    int rc = init2 ? deflateInit2(&z, level, Z_DEFLATED, MAX_WBITS, 8, Z_DEFAULT_STRATEGY) : deflateInit(&z, level);
    CU_ASSERT_FATAL(rc == Z_OK);
    z.next_in = (unsigned char *)in;
    z.avail_in = (uInt)n;
    z.next_out = out;
    z.avail_out = (uInt)cap;
    CU_ASSERT(deflate(&z, Z_FINISH) == Z_STREAM_END);
    size_t got = cap - z.avail_out;
    deflateEnd(&z);
    return got;
}

/* While a thread writes a PDF (trygg__doc_pdf_pass), a stream opened at zlib's default level gets
 * TRYGG__PDF_DEFLATE_LEVEL; an explicit level is kept, and outside the pass, or on another
 * thread, nothing changes. The input: a path as cairo writes it, numbers with three decimals. */
static void test_report_pdf_deflate_level(void)
{
    size_t cap = 1 << 20, n = 0;
    unsigned char *in = malloc(cap), *a = malloc(cap), *b = malloc(cap);
    uint32_t x = 12345;
    while (n + 64 < cap / 2) {
        x = x * 1103515245u + 12345u;
        n += (size_t)snprintf((char *)in + n, 64, "%u.%03u %u.%03u l ", (x >> 8) % 600, x % 1000, (x >> 16) % 800,
                              (x >> 4) % 1000);
    }
    size_t own = deflate_with(in, n, a, cap, Z_DEFAULT_COMPRESSION, false);
    size_t six = deflate_with(in, n, b, cap, 6, true);
    CU_ASSERT(own == six && memcmp(a, b, own) == 0); /* outside a PDF: zlib's default, 6 */
    trygg__doc_pdf_pass(true);
    size_t fast = deflate_with(in, n, a, cap, Z_DEFAULT_COMPRESSION, false);
    size_t four = deflate_with(in, n, b, cap, TRYGG__PDF_DEFLATE_LEVEL, true);
    CU_ASSERT(fast == four && memcmp(a, b, fast) == 0);
    CU_ASSERT(fast != six);
    size_t nine = deflate_with(in, n, a, cap, 9, false); /* an explicit level is kept */
    size_t nine2 = deflate_with(in, n, b, cap, 9, true);
    CU_ASSERT(nine == nine2 && memcmp(a, b, nine) == 0);
    trygg__doc_pdf_pass(false);
    own = deflate_with(in, n, a, cap, Z_DEFAULT_COMPRESSION, false);
    CU_ASSERT(own == six);
    free(in);
    free(a);
    free(b);
}

void test_report_register(void)
{
    static CU_TestInfo tests[] = {
        {"map colours and transform", test_report_map_colours_and_transform},
        {"map bad input", test_report_map_bad_input},
        {"map of many streets as squares", test_report_map_many_streets_as_squares},
        {"map groups many incidents", test_report_map_incidents_grouped},
        {"area figures", test_report_area_figures},
        {"area figures in English", test_report_area_english},
        {"owner's area report", test_report_area_owner},
        {"counts shown to owners", test_report_private_counts},
        {"area without incidents", test_report_area_without_incidents},
        {"area on the edge of the data", test_report_area_on_edge},
        {"area deterministic", test_report_area_deterministic},
        {"write errors", test_report_write_errors},
        {"lägesbild groups the measures", test_report_lagesbild_groups_measures},
        {"example", test_report_example},
        {"summary follow-up", test_report_summary_followup},
        {"area follow-up", test_report_area_followup},
        {"lägesbild promises and previous edition", test_report_lagesbild_promises},
        {"PDF streams at a faster deflate level", test_report_pdf_deflate_level},
        CU_TEST_INFO_NULL,
    };
    th_add_suite("report", tests);
}
