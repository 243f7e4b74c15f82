/*
 * Map rendering with cairo: streets by safety index, dark stretches, lamps, incidents,
 * polygons, legend, scale bar, north arrow and attribution.
 *
 * Geometry is clipped in map coordinates before it reaches cairo (Liang-Barsky for lines,
 * Sutherland-Hodgman for rings), so that far-away or huge coordinates never meet cairo's
 * fixed-point range.
 */
#include <math.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/i18n.h"
#include "core/internal.h"
#include "report/report_internal.h"

typedef struct {
    double px, py, pw, ph;      /* map rectangle on the page */
    double xmin, ymin, xmax, ymax; /* extent shown (metres), aspect of the rectangle */
    double s;                   /* page units per metre */
    double cxmin, cymin, cxmax, cymax; /* clip window in metres: the extent plus a margin */
} view;

static double vx(const view *v, double x)
{
    return v->px + (x - v->xmin) * v->s;
}

static double vy(const view *v, double y)
{
    return v->py + (v->ymax - y) * v->s;
}

static bool finite2(double x, double y)
{
    return isfinite(x) && isfinite(y);
}

static void grow_box(double *b, double x, double y)
{
    if (!finite2(x, y))
        return;
    if (x < b[0]) b[0] = x;
    if (y < b[1]) b[1] = y;
    if (x > b[2]) b[2] = x;
    if (y > b[3]) b[3] = y;
}

/* Bounding box of everything in m; false when m has no finite coordinate. */
static bool data_box(const trygg_report_map_data *m, double *b)
{
    b[0] = b[1] = INFINITY;
    b[2] = b[3] = -INFINITY;
    for (size_t i = 0; i < m->nstreets; i++)
        for (size_t k = 0; k < m->streets[i].nv; k++)
            grow_box(b, m->streets[i].xy[2 * k], m->streets[i].xy[2 * k + 1]);
    for (size_t i = 0; i < m->ndark; i++)
        for (size_t k = 0; k < m->dark[i].nv; k++)
            grow_box(b, m->dark[i].xy[2 * k], m->dark[i].xy[2 * k + 1]);
    for (size_t i = 0; i < m->nincidents; i++)
        grow_box(b, m->incidents[i].x, m->incidents[i].y);
    for (size_t i = 0; i < m->nlamps; i++)
        grow_box(b, m->lamps_xy[2 * i], m->lamps_xy[2 * i + 1]);
    for (size_t i = 0; i < m->ncells; i++) {
        grow_box(b, m->cells[i].x, m->cells[i].y);
        grow_box(b, m->cells[i].x + m->cell_m, m->cells[i].y + m->cell_m);
    }
    for (size_t i = 0; i < m->nlabels; i++)
        grow_box(b, m->labels[i].x, m->labels[i].y);
    for (size_t i = 0; i < m->npolygons; i++) {
        size_t nv = 0;
        for (size_t r = 0; r < m->polygons[i].nrings; r++)
            nv += m->polygons[i].ring_nv[r];
        for (size_t k = 0; k < nv; k++)
            grow_box(b, m->polygons[i].xy[2 * k], m->polygons[i].xy[2 * k + 1]);
    }
    return b[0] <= b[2];
}

/* Liang & Barsky (1984), "A new concept and method for line clipping": clip the segment
 * (x0,y0)-(x1,y1) to the window; false when nothing is left. */
static bool clip_segment(const view *v, double *x0, double *y0, double *x1, double *y1)
{
    double dx = *x1 - *x0, dy = *y1 - *y0;
    double p[4] = {-dx, dx, -dy, dy};
    double q[4] = {*x0 - v->cxmin, v->cxmax - *x0, *y0 - v->cymin, v->cymax - *y0};
    double t0 = 0, t1 = 1;
    for (int i = 0; i < 4; i++) {
        if (p[i] == 0) {
            if (q[i] < 0)
                return false;
        } else {
            double t = q[i] / p[i];
            if (p[i] < 0) {
                if (t > t1)
                    return false;
                if (t > t0)
                    t0 = t;
            } else {
                if (t < t0)
                    return false;
                if (t < t1)
                    t1 = t;
            }
        }
    }
    double ax = *x0 + t0 * dx, ay = *y0 + t0 * dy, bx = *x0 + t1 * dx, by = *y0 + t1 * dy;
    *x0 = ax, *y0 = ay, *x1 = bx, *y1 = by;
    return true;
}

/* Vertices closer than this (page units, about a tenth of a millimetre) to the last one drawn are
 * left out of a path: invisible on paper, and on a town's overview most vertices of short places
 * and of buffered measure outlines fall within it. */
#define MIN_STEP 0.3

static bool far_enough(double x0, double y0, double x1, double y1)
{
    return fabs(x1 - x0) >= MIN_STEP || fabs(y1 - y0) >= MIN_STEP;
}

/* Add the clipped polyline to cr's path; pieces that leave and re-enter the window start anew.
 * Inner vertices within MIN_STEP of the last point drawn are skipped; ends are always drawn. */
static void path_line(cairo_t *cr, const view *v, const double *xy, size_t nv)
{
    bool connected = false; /* the path's current point is vertex k itself (or stands for it) */
    double lx = 0, ly = 0;  /* the path's current point, page units */
    for (size_t k = 0; k + 1 < nv; k++) {
        const double ox0 = xy[2 * k], oy0 = xy[2 * k + 1], ox1 = xy[2 * k + 2], oy1 = xy[2 * k + 3];
        double x0 = ox0, y0 = oy0, x1 = ox1, y1 = oy1;
        if (!finite2(x0, y0) || !finite2(x1, y1) || !clip_segment(v, &x0, &y0, &x1, &y1)) {
            connected = false;
            continue;
        }
        if (!(connected && x0 == ox0 && y0 == oy0)) {
            /* A line that starts where the path stands (the next place of the same street)
             * continues it: half the points on a street network. */
            double cx, cy;
            bool on = false;
            lx = vx(v, x0), ly = vy(v, y0);
            if (k == 0 && cairo_has_current_point(cr)) {
                cairo_get_current_point(cr, &cx, &cy);
                /* cairo keeps the point in 24.8 fixed point: equal within 1/256 */
                on = fabs(cx - lx) < 0.01 && fabs(cy - ly) < 0.01;
            }
            if (!on)
                cairo_move_to(cr, lx, ly);
        }
        double px = vx(v, x1), py = vy(v, y1);
        connected = x1 == ox1 && y1 == oy1;
        bool end = k + 2 == nv || !connected; /* the line's last vertex, or where it leaves the window */
        if (end || far_enough(lx, ly, px, py)) {
            cairo_line_to(cr, px, py);
            lx = px, ly = py;
        }
    }
}

/* Douglas & Peucker (1973), "Algorithms for the reduction of the number of points required to
 * represent a digitized line": marks in keep[] the vertices of the chain p[i0 .. i1] (page units,
 * interleaved) that stay when every vertex left out lies within MIN_STEP of the simplified line;
 * both ends are kept. Iterative, with an explicit stack of sub-chains. */
static void simplify_dp(const double *p, size_t i0, size_t i1, bool *keep)
{
    keep[i0] = keep[i1] = true;
    if (i1 <= i0 + 1)
        return;
    size_t cap = 64, sp = 0;
    size_t *st = trygg__xmalloc(cap * 2 * sizeof *st);
    st[sp * 2] = i0, st[sp * 2 + 1] = i1, sp++;
    while (sp > 0) {
        sp--;
        size_t a = st[sp * 2], b = st[sp * 2 + 1];
        double ax = p[2 * a], ay = p[2 * a + 1], dx = p[2 * b] - ax, dy = p[2 * b + 1] - ay;
        double len = hypot(dx, dy), worst = -1;
        size_t at = a;
        for (size_t k = a + 1; k < b; k++) {
            double ex = p[2 * k] - ax, ey = p[2 * k + 1] - ay;
            /* distance to the chord, or to its first end when the chord has no length */
            double d = len > 0 ? fabs(ex * dy - ey * dx) / len : hypot(ex, ey);
            if (d > worst)
                worst = d, at = k;
        }
        if (worst <= MIN_STEP)
            continue;
        keep[at] = true;
        if (sp + 2 > cap) {
            cap *= 2;
            st = trygg__xrealloc(st, cap * 2 * sizeof *st);
        }
        if (at > a + 1)
            st[sp * 2] = a, st[sp * 2 + 1] = at, sp++;
        if (b > at + 1)
            st[sp * 2] = at, st[sp * 2 + 1] = b, sp++;
    }
    free(st);
}

/* Lines that continue one another, joined into chains: sorted by their first vertex, so the
 * line that starts where a chain ends is found by binary search. */
typedef struct {
    double x, y;
    size_t line;
} line_start;

static int cmp_start(const void *pa, const void *pb)
{
    const line_start *a = pa, *b = pb;
    if (a->x != b->x)
        return a->x < b->x ? -1 : 1;
    if (a->y != b->y)
        return a->y < b->y ? -1 : 1;
    return (a->line > b->line) - (a->line < b->line);
}

static bool inside_window(const view *v, const double *xy, size_t nv)
{
    for (size_t k = 0; k < nv; k++) {
        double x = xy[2 * k], y = xy[2 * k + 1];
        if (!finite2(x, y) || x < v->cxmin || x > v->cxmax || y < v->cymin || y > v->cymax)
            return false;
    }
    return true;
}

/* Add the lines lines[sel[0 .. n)] to cr's path for one solid stroke. Lines wholly inside the
 * clip window are joined end to start into chains (the places of a street, in order) and each
 * chain is simplified (Douglas & Peucker within MIN_STEP, in page units), so a straight street of
 * twenty places is one segment on the page: a town's overview has tens of thousands of places,
 * and the PDF's size and the time to write and compress it follow the vertices drawn. One
 * stroke of one path looks the same whether two places are one subpath (a round join) or two
 * (round caps on the same point). Other lines go through path_line, clipped. */
static void path_lines_chained(cairo_t *cr, const view *v, const trygg_report_line *lines, const size_t *sel,
                               size_t n)
{
    line_start *starts = trygg__xmalloc((n + 1) * sizeof *starts);
    bool *used = trygg__xcalloc(n + 1, sizeof *used);
    size_t ns = 0;
    for (size_t k = 0; k < n; k++) {
        const trygg_report_line *l = &lines[sel[k]];
        if (l->nv >= 2 && inside_window(v, l->xy, l->nv))
            starts[ns++] = (line_start){l->xy[0], l->xy[1], k};
        else {
            used[k] = true;
            if (l->nv >= 2)
                path_line(cr, v, l->xy, l->nv);
        }
    }
    qsort(starts, ns, sizeof *starts, cmp_start);
    size_t cap = 64, np = 0;
    double *pts = trygg__xmalloc(cap * 2 * sizeof *pts);
    bool *keep = NULL;
    size_t capkeep = 0;
    for (size_t k = 0; k < n; k++) {
        if (used[k])
            continue;
        np = 0;
        size_t cur = k;
        for (;;) {
            const trygg_report_line *l = &lines[sel[cur]];
            used[cur] = true;
            if (np + l->nv > cap) {
                while (np + l->nv > cap)
                    cap *= 2;
                pts = trygg__xrealloc(pts, cap * 2 * sizeof *pts);
            }
            for (size_t j = np ? 1 : 0; j < l->nv; j++) {
                pts[2 * np] = vx(v, l->xy[2 * j]);
                pts[2 * np + 1] = vy(v, l->xy[2 * j + 1]);
                np++;
            }
            /* the first unused line starting at this line's end */
            double ex = l->xy[2 * (l->nv - 1)], ey = l->xy[2 * (l->nv - 1) + 1];
            size_t lo = 0, hi = ns;
            while (lo < hi) {
                size_t mid = lo + (hi - lo) / 2;
                if (starts[mid].x < ex || (starts[mid].x == ex && starts[mid].y < ey))
                    lo = mid + 1;
                else
                    hi = mid;
            }
            size_t i = lo;
            while (i < ns && starts[i].x == ex && starts[i].y == ey && used[starts[i].line])
                i++;
            if (i >= ns || starts[i].x != ex || starts[i].y != ey)
                break;
            cur = starts[i].line;
        }
        trygg__grow((void **)&keep, &capkeep, np, sizeof *keep);
        memset(keep, 0, np * sizeof *keep);
        simplify_dp(pts, 0, np - 1, keep);
        cairo_move_to(cr, pts[0], pts[1]);
        for (size_t j = 1; j < np; j++)
            if (keep[j])
                cairo_line_to(cr, pts[2 * j], pts[2 * j + 1]);
    }
    free(keep);
    free(pts);
    free(used);
    free(starts);
}

/* Sutherland & Hodgman (1974), "Reentrant polygon clipping": clip one ring against the four
 * edges of the window, then add it to cr's path. */
static void path_ring(cairo_t *cr, const view *v, const double *xy, size_t nv)
{
    size_t cap = 2 * nv + 8, n = 0;
    double *a = trygg__xmalloc(cap * 2 * sizeof *a), *b = trygg__xmalloc(cap * 2 * sizeof *b);
    for (size_t k = 0; k < nv; k++)
        if (finite2(xy[2 * k], xy[2 * k + 1])) {
            a[2 * n] = xy[2 * k], a[2 * n + 1] = xy[2 * k + 1];
            n++;
        }
    for (int edge = 0; edge < 4 && n > 0; edge++) {
        size_t m = 0;
        for (size_t k = 0; k < n; k++) {
            double sx = a[2 * ((k + n - 1) % n)], sy = a[2 * ((k + n - 1) % n) + 1];
            double ex = a[2 * k], ey = a[2 * k + 1];
            /* inside test and intersection with the edge's line */
            double bound = edge == 0 ? v->cxmin : edge == 1 ? v->cxmax : edge == 2 ? v->cymin : v->cymax;
            double sv = edge < 2 ? sx : sy, ev = edge < 2 ? ex : ey;
            bool s_in = edge % 2 == 0 ? sv >= bound : sv <= bound;
            bool e_in = edge % 2 == 0 ? ev >= bound : ev <= bound;
            if (e_in != s_in) {
                double t = (bound - sv) / (ev - sv);
                if (m + 2 > cap) {
                    cap *= 2;
                    a = trygg__xrealloc(a, cap * 2 * sizeof *a);
                    b = trygg__xrealloc(b, cap * 2 * sizeof *b);
                }
                b[2 * m] = sx + t * (ex - sx), b[2 * m + 1] = sy + t * (ey - sy);
                m++;
            }
            if (e_in) {
                if (m + 2 > cap) {
                    cap *= 2;
                    a = trygg__xrealloc(a, cap * 2 * sizeof *a);
                    b = trygg__xrealloc(b, cap * 2 * sizeof *b);
                }
                b[2 * m] = ex, b[2 * m + 1] = ey;
                m++;
            }
        }
        double *t = a;
        a = b, b = t, n = m;
    }
    if (n >= 3) {
        /* In page units, simplified (Douglas & Peucker) within MIN_STEP: a buffered measure
         * outline of a hundred vertices is a handful of points on a town's overview. The ring is
         * cut at vertex 0 and the vertex farthest from it into two chains; a ring that would keep
         * fewer than three vertices keeps them all. */
        for (size_t k = 0; k < n; k++)
            b[2 * k] = vx(v, a[2 * k]), b[2 * k + 1] = vy(v, a[2 * k + 1]);
        bool *keep = trygg__xcalloc(n + 1, sizeof *keep);
        size_t far = 0;
        double best = -1;
        for (size_t k = 1; k < n; k++) {
            double d = hypot(b[2 * k] - b[0], b[2 * k + 1] - b[1]);
            if (d > best)
                best = d, far = k;
        }
        b[2 * n] = b[0], b[2 * n + 1] = b[1]; /* the closing vertex, for the second chain */
        simplify_dp(b, 0, far, keep);
        simplify_dp(b, far, n, keep);
        size_t kept = 0;
        for (size_t k = 0; k < n; k++)
            kept += keep[k];
        cairo_move_to(cr, b[0], b[1]);
        for (size_t k = 1; k < n; k++)
            if (kept < 3 || keep[k])
                cairo_line_to(cr, b[2 * k], b[2 * k + 1]);
        cairo_close_path(cr);
        free(keep);
    }
    free(a);
    free(b);
}

static void path_polygon(cairo_t *cr, const view *v, const trygg_report_polygon *p)
{
    size_t off = 0;
    for (size_t r = 0; r < p->nrings; r++) {
        path_ring(cr, v, p->xy + 2 * off, p->ring_nv[r]);
        off += p->ring_nv[r];
    }
}

static void set_rgb(cairo_t *cr, trygg__rgb c, double alpha)
{
    cairo_set_source_rgba(cr, c.r, c.g, c.b, alpha);
}

/* Measure outlines beyond this many on one map are left out: on a town's overview thousands of
 * outlines blur into the streets and are most of the page's size; the numbered markers (the
 * legend's symbol for a measure) stay. */
#define MAX_MEASURE_OUTLINES 200

static void draw_polygons(cairo_t *cr, const view *v, const trygg_report_map_data *m, trygg_report_poly_kind kind)
{
    if (kind == TRYGG_REPORT_POLY_MEASURE) { /* outlines only, all alike: one path */
        size_t n = 0;
        for (size_t i = 0; i < m->npolygons; i++)
            n += m->polygons[i].kind == kind;
        if (n > MAX_MEASURE_OUTLINES)
            return;
        cairo_new_path(cr);
        for (size_t i = 0; i < m->npolygons; i++)
            if (m->polygons[i].kind == kind && m->polygons[i].xy && m->polygons[i].ring_nv)
                path_polygon(cr, v, &m->polygons[i]);
        cairo_set_dash(cr, NULL, 0, 0);
        cairo_set_source_rgba(cr, 0.1, 0.1, 0.1, 0.9);
        cairo_set_line_width(cr, 1.0);
        cairo_stroke(cr);
        return;
    }
    for (size_t i = 0; i < m->npolygons; i++) {
        const trygg_report_polygon *p = &m->polygons[i];
        if (p->kind != kind || !p->xy || !p->ring_nv)
            continue;
        cairo_new_path(cr);
        path_polygon(cr, v, p);
        cairo_set_fill_rule(cr, CAIRO_FILL_RULE_EVEN_ODD);
        cairo_set_dash(cr, NULL, 0, 0);
        switch (kind) {
        case TRYGG_REPORT_POLY_HOTSPOT_90:
        case TRYGG_REPORT_POLY_HOTSPOT_95:
        case TRYGG_REPORT_POLY_HOTSPOT_99:
            set_rgb(cr, trygg__report_hotspot_rgb(kind), 0.30);
            cairo_fill_preserve(cr);
            set_rgb(cr, trygg__report_hotspot_rgb(kind), 0.9);
            cairo_set_line_width(cr, 0.8);
            cairo_stroke(cr);
            break;
        case TRYGG_REPORT_POLY_MEASURE:
            cairo_set_source_rgba(cr, 0.1, 0.1, 0.1, 0.9);
            cairo_set_line_width(cr, 1.0);
            cairo_stroke(cr);
            break;
        case TRYGG_REPORT_POLY_BUFFER: {
            double dash[2] = {3, 2};
            cairo_set_dash(cr, dash, 2, 0);
            cairo_set_source_rgb(cr, 0.35, 0.35, 0.35);
            cairo_set_line_width(cr, 0.9);
            cairo_stroke(cr);
            cairo_set_dash(cr, NULL, 0, 0);
            break;
        }
        case TRYGG_REPORT_POLY_AREA:
            cairo_set_source_rgba(cr, 0.12, 0.31, 0.62, 0.12);
            cairo_fill_preserve(cr);
            cairo_set_source_rgb(cr, 0.12, 0.31, 0.62);
            cairo_set_line_width(cr, 2.4);
            cairo_stroke(cr);
            break;
        default:
            cairo_new_path(cr);
            break;
        }
    }
}

/* Numbered markers at the measures' places, in the order given (the tables number measures
 * by priority, so the most urgent first), at most MAX_MEASURE_MARKERS of them. A marker that
 * would cover one already drawn is left out: on a town's overview a thousand markers would bury
 * the map and each other, and the numbers that show can be read. */
#define MAX_MEASURE_MARKERS 30

typedef struct {
    double x, y, r; /* page units */
    const char *label;
} marker;

static void draw_measure_markers(cairo_t *cr, const view *v, const trygg_report_map_data *m)
{
    trygg__font f = {7.0, true, false, {0, 0, 0}, TRYGG__CENTER};
    size_t nplaced = 0;
    marker placed[MAX_MEASURE_MARKERS];
    for (size_t i = 0; i < m->npolygons && nplaced < MAX_MEASURE_MARKERS; i++) {
        const trygg_report_polygon *p = &m->polygons[i];
        if (p->kind != TRYGG_REPORT_POLY_MEASURE || !p->label || !p->xy || !p->ring_nv || p->nrings == 0)
            continue;
        double b[4] = {INFINITY, INFINITY, -INFINITY, -INFINITY};
        for (size_t k = 0; k < p->ring_nv[0]; k++)
            grow_box(b, p->xy[2 * k], p->xy[2 * k + 1]);
        if (b[0] > b[2])
            continue;
        double cx = (b[0] + b[2]) / 2, cy = (b[1] + b[3]) / 2;
        if (cx < v->xmin || cx > v->xmax || cy < v->ymin || cy > v->ymax)
            continue;
        double tw;
        double th = trygg__text(cr, 0, 0, 0, p->label, &f, false, &tw);
        double r = fmax(6.0, tw / 2 + 2.5);
        double px = vx(v, cx), py = vy(v, cy);
        /* one marker a measure, also when its outline is in pieces */
        bool skip = false;
        for (size_t k = 0; k < nplaced && !skip; k++)
            skip = hypot(px - placed[k].x, py - placed[k].y) < r + placed[k].r || strcmp(p->label, placed[k].label) == 0;
        if (skip)
            continue;
        placed[nplaced++] = (marker){px, py, r, p->label};
        cairo_new_path(cr);
        cairo_arc(cr, px, py, r, 0, 2 * M_PI);
        cairo_set_source_rgb(cr, 1, 1, 1);
        cairo_fill_preserve(cr);
        cairo_set_source_rgb(cr, 0.1, 0.1, 0.1);
        cairo_set_line_width(cr, 1.0);
        cairo_stroke(cr);
        trygg__text(cr, px, py - th / 2, 0, p->label, &f, true, NULL);
    }
}

static atomic_size_t incident_dots;

size_t trygg__report_incident_dots_drawn(void)
{
    return atomic_load(&incident_dots);
}

/* A dot of radius r in `fill` with an outline of width lw in `line`, as two round-capped strokes
 * of a zero-length line (a disk of radius r + lw/2 in the outline's colour, then one of r - lw/2
 * in the fill): what a filled and stroked circle shows, in a quarter of the PDF operators of its
 * four Bézier arcs (PDF 1.7, 8.5.3.2: a degenerate subpath with round caps paints a circle). A
 * map of an area draws a thousand of them. */
static void dot(cairo_t *cr, double x, double y, double r, trygg__rgb fill, trygg__rgb line, double lw)
{
    cairo_save(cr);
    cairo_set_line_cap(cr, CAIRO_LINE_CAP_ROUND);
    cairo_new_path(cr);
    cairo_move_to(cr, x, y);
    cairo_line_to(cr, x, y);
    set_rgb(cr, line, 1);
    cairo_set_line_width(cr, 2 * r + lw);
    cairo_stroke_preserve(cr);
    set_rgb(cr, fill, 1);
    cairo_set_line_width(cr, fmax(2 * r - lw, 0.0));
    cairo_stroke(cr);
    cairo_restore(cr);
}

static const trygg__rgb lamp_fill = {1.0, 215 / 255.0, 0}, lamp_line = {0.45, 0.38, 0.1},
                        dark_rgb = {26 / 255.0, 26 / 255.0, 64 / 255.0}, white = {1, 1, 1};
static const double dark_dash[2] = {4.0, 2.5};

/* Line widths and dot sizes for the extent: finer on an overview of a whole town. */
typedef struct {
    double street, casing, dark, incident, lamp;
} sizes;

static sizes sizes_for(const view *v)
{
    double wm = v->xmax - v->xmin;
    if (wm < 2500)
        return (sizes){2.6, 4.0, 1.7, 2.4, 1.1};
    if (wm < 8000)
        return (sizes){1.5, 2.3, 1.2, 1.6, 0.9};
    return (sizes){0.9, 1.4, 0.9, 1.1, 0.6};
}

/* Incidents grouped in squares of BIN_SIDE page units: one dot per square at the mean position of
 * its reports, its area in proportion to their number (the fullest square's dot BIN_SIDE
 * across), in the colour of the most frequent category there (ties: the first category). A
 * map with thousands of reports then shows where they are and how many, instead of a blot of
 * overlapping dots; the work and the file grow with the squares, not with the reports. */
#define BIN_SIDE 9.0

typedef struct {
    unsigned n, cat[TRYGG_CAT_COUNT];
    double sx, sy;
} incident_bin;

static void draw_incident_bins(cairo_t *cr, const view *v, const trygg_report_map_data *m, double r_min)
{
    size_t nx = (size_t)ceil(v->pw / BIN_SIDE), ny = (size_t)ceil(v->ph / BIN_SIDE);
    nx = nx ? nx : 1, ny = ny ? ny : 1;
    incident_bin *bins = trygg__xcalloc(nx * ny, sizeof *bins);
    unsigned most = 0;
    for (size_t i = 0; i < m->nincidents; i++) {
        double x = m->incidents[i].x, y = m->incidents[i].y;
        if (!finite2(x, y) || x < v->xmin || x > v->xmax || y < v->ymin || y > v->ymax)
            continue;
        double px = vx(v, x), py = vy(v, y);
        size_t bx = (size_t)fmin(fmax((px - v->px) / BIN_SIDE, 0), (double)(nx - 1));
        size_t by = (size_t)fmin(fmax((py - v->py) / BIN_SIDE, 0), (double)(ny - 1));
        incident_bin *b = &bins[by * nx + bx];
        int c = m->incidents[i].category;
        b->cat[c < 0 || c >= TRYGG_CAT_COUNT ? TRYGG_CAT_OTHER : c]++;
        b->sx += px, b->sy += py;
        b->n++;
        most = b->n > most ? b->n : most;
    }
    for (size_t k = 0; k < nx * ny; k++) {
        const incident_bin *b = &bins[k];
        if (!b->n)
            continue;
        int top = 0;
        for (int c = 1; c < TRYGG_CAT_COUNT; c++)
            top = b->cat[c] > b->cat[top] ? c : top;
        double r = fmax(BIN_SIDE / 2 * sqrt((double)b->n / most), r_min * 0.6);
        dot(cr, b->sx / b->n, b->sy / b->n, r, trygg__report_category_rgb(top), white, 0.5);
        atomic_fetch_add(&incident_dots, 1);
    }
    free(bins);
}

/* Fill of the count squares (ColorBrewer Purples, darkest class). */
static const trygg__rgb grid_rgb = {84 / 255.0, 39 / 255.0, 143 / 255.0};

/* The number of reports in each square of m->incident_grid_m metres (aligned on multiples of it
 * in the working CRS, so that the squares do not follow the area), as a square shaded by its
 * count with the count in it; squares with fewer than m->grid_min_count reports are not drawn.
 * No position finer than the square reaches the page. */
static void draw_incident_grid(cairo_t *cr, const view *v, const trygg_report_map_data *m)
{
    double side = m->incident_grid_m;
    long gx0 = (long)floor(v->xmin / side), gy0 = (long)floor(v->ymin / side);
    long gx1 = (long)floor(v->xmax / side), gy1 = (long)floor(v->ymax / side);
    if (gx1 - gx0 > 4000 || gy1 - gy0 > 4000 || gx1 < gx0 || gy1 < gy0)
        return; /* squares far below a point's size: nothing readable to draw */
    size_t nx = (size_t)(gx1 - gx0 + 1), ny = (size_t)(gy1 - gy0 + 1);
    unsigned *n = trygg__xcalloc(nx * ny, sizeof *n), most = 0;
    for (size_t i = 0; i < m->nincidents; i++) {
        double x = m->incidents[i].x, y = m->incidents[i].y;
        if (!finite2(x, y))
            continue;
        long gx = (long)floor(x / side), gy = (long)floor(y / side);
        if (gx < gx0 || gx > gx1 || gy < gy0 || gy > gy1)
            continue;
        unsigned *c = &n[(size_t)(gy - gy0) * nx + (size_t)(gx - gx0)];
        (*c)++;
        most = *c > most ? *c : most;
    }
    unsigned k = m->grid_min_count > 0 ? m->grid_min_count : 1;
    trygg__font f = {6.5, true, false, {0.1, 0.1, 0.1}, TRYGG__CENTER};
    double px = side * v->s;
    for (size_t j = 0; j < ny; j++)
        for (size_t i = 0; i < nx; i++) {
            unsigned c = n[j * nx + i];
            if (c < k)
                continue;
            double x0 = (double)(gx0 + (long)i) * side, y1 = (double)(gy0 + (long)j + 1) * side;
            /* shade from light (the threshold) to dark (the fullest square) */
            double t = most > k ? (double)(c - k) / (double)(most - k) : 1.0;
            cairo_new_path(cr);
            cairo_rectangle(cr, vx(v, x0), vy(v, y1), px, px);
            set_rgb(cr, grid_rgb, 0.10 + 0.45 * t);
            cairo_fill_preserve(cr);
            set_rgb(cr, grid_rgb, 0.9);
            cairo_set_line_width(cr, 0.6);
            cairo_stroke(cr);
            char num[TRYGG__NUM_MAX];
            trygg__fmt_num(num, sizeof num, c, 0);
            double tw, th = trygg__text(cr, 0, 0, 0, num, &f, false, &tw);
            if (tw < px - 2 && th < px - 2) {
                trygg__font ff = f;
                ff.rgb = t > 0.6 ? (trygg__rgb){1, 1, 1} : (trygg__rgb){0.1, 0.1, 0.1};
                trygg__text(cr, vx(v, x0) + px / 2, vy(v, y1) + px / 2 - th / 2, 0, num, &ff, true, NULL);
            }
        }
    free(n);
}

/* The squares, one fill per safety class (six paths, however many squares). */
static void draw_cells(cairo_t *cr, const view *v, const trygg_report_map_data *m)
{
    double side = m->cell_m * v->s;
    for (int c = -1; c < 5 && side > 0; c++) {
        cairo_new_path(cr);
        bool any = false;
        for (size_t i = 0; i < m->ncells; i++) {
            const trygg_report_cell *q = &m->cells[i];
            if (trygg__report_safety_class(q->value) != c || !finite2(q->x, q->y) || q->x > v->cxmax ||
                q->x + m->cell_m < v->cxmin || q->y > v->cymax || q->y + m->cell_m < v->cymin)
                continue;
            cairo_rectangle(cr, vx(v, q->x), vy(v, q->y + m->cell_m), side, side);
            any = true;
        }
        if (any) {
            set_rgb(cr, trygg__report_safety_rgb(c), 0.85);
            cairo_fill(cr);
        }
    }
    cairo_new_path(cr);
}

static void backing(cairo_t *cr, double x, double y, double w, double h);

/* The names, bold on a white backing so they read over any colour. */
static void draw_labels(cairo_t *cr, const view *v, const trygg_report_map_data *m)
{
    trygg__font f = {8.0, true, false, {0.05, 0.05, 0.05}, TRYGG__CENTER};
    for (size_t i = 0; i < m->nlabels; i++) {
        const trygg_report_label *l = &m->labels[i];
        if (!l->text || !finite2(l->x, l->y) || l->x < v->xmin || l->x > v->xmax || l->y < v->ymin || l->y > v->ymax)
            continue;
        double tw, th = trygg__text(cr, 0, 0, 0, l->text, &f, false, &tw);
        double px = vx(v, l->x), py = vy(v, l->y);
        backing(cr, px - tw / 2 - 2, py - th / 2 - 1, tw + 4, th + 2);
        trygg__text(cr, px, py - th / 2, 0, l->text, &f, true, NULL);
    }
}

static void draw_features(cairo_t *cr, const view *v, const trygg_report_map_data *m)
{
    sizes sz = sizes_for(v);
    draw_cells(cr, v, m);
    draw_polygons(cr, v, m, TRYGG_REPORT_POLY_HOTSPOT_90);
    draw_polygons(cr, v, m, TRYGG_REPORT_POLY_HOTSPOT_95);
    draw_polygons(cr, v, m, TRYGG_REPORT_POLY_HOTSPOT_99);
    draw_polygons(cr, v, m, TRYGG_REPORT_POLY_BUFFER);

    cairo_set_line_cap(cr, CAIRO_LINE_CAP_ROUND);
    cairo_set_line_join(cr, CAIRO_LINE_JOIN_ROUND);
    /* a light casing under all streets first, so crossings read as a network */
    size_t *sel = trygg__xmalloc((m->nstreets + m->ndark + 1) * sizeof *sel), nsel = 0;
    for (size_t i = 0; i < m->nstreets; i++)
        if (m->streets[i].xy)
            sel[nsel++] = i;
    cairo_new_path(cr);
    path_lines_chained(cr, v, m->streets, sel, nsel);
    set_rgb(cr, (trygg__rgb){0.55, 0.55, 0.55}, 1);
    cairo_set_line_width(cr, sz.casing);
    cairo_stroke(cr);
    /* Then one path per safety class, safest first so that the least safe lie on top (not
     * scored, grey, first of all): six strokes, however many streets. */
    static const int class_order[6] = {-1, 4, 3, 2, 1, 0};
    cairo_set_line_width(cr, sz.street);
    for (int c = 0; c < 6; c++) {
        nsel = 0;
        for (size_t i = 0; i < m->nstreets; i++) {
            const trygg_report_line *l = &m->streets[i];
            if (l->xy && trygg__report_safety_class(l->value) == class_order[c])
                sel[nsel++] = i;
        }
        if (!nsel)
            continue;
        cairo_new_path(cr);
        path_lines_chained(cr, v, m->streets, sel, nsel);
        set_rgb(cr, trygg__report_safety_rgb(class_order[c]), 1);
        cairo_stroke(cr);
    }

    /* dark stretches: one dashed path */
    cairo_set_line_cap(cr, CAIRO_LINE_CAP_BUTT);
    cairo_set_dash(cr, dark_dash, 2, 0);
    cairo_new_path(cr);
    nsel = 0;
    for (size_t i = 0; i < m->ndark; i++)
        if (m->dark[i].xy)
            sel[nsel++] = i;
    path_lines_chained(cr, v, m->dark, sel, nsel);
    set_rgb(cr, dark_rgb, 1);
    cairo_set_line_width(cr, sz.dark);
    cairo_stroke(cr);
    cairo_set_dash(cr, NULL, 0, 0);
    free(sel);

    draw_polygons(cr, v, m, TRYGG_REPORT_POLY_MEASURE);
    draw_polygons(cr, v, m, TRYGG_REPORT_POLY_AREA);

    for (size_t i = 0; i < m->nlamps; i++) {
        double x = m->lamps_xy[2 * i], y = m->lamps_xy[2 * i + 1];
        if (finite2(x, y) && x >= v->cxmin && x <= v->cxmax && y >= v->cymin && y <= v->cymax)
            dot(cr, vx(v, x), vy(v, y), sz.lamp, lamp_fill, lamp_line, 0.25);
    }
    if (m->incident_grid_m > 0) {
        draw_incident_grid(cr, v, m);
    } else if (m->nincidents > TRYGG__MAP_MAX_DOTS) {
        draw_incident_bins(cr, v, m, sz.incident);
    } else {
        for (size_t i = 0; i < m->nincidents; i++) {
            double x = m->incidents[i].x, y = m->incidents[i].y;
            if (finite2(x, y) && x >= v->cxmin && x <= v->cxmax && y >= v->cymin && y <= v->cymax) {
                dot(cr, vx(v, x), vy(v, y), sz.incident, trygg__report_category_rgb(m->incidents[i].category),
                    white, 0.5);
                atomic_fetch_add(&incident_dots, 1);
            }
        }
    }
    draw_measure_markers(cr, v, m);
    draw_labels(cr, v, m);
}

static void backing(cairo_t *cr, double x, double y, double w, double h)
{
    cairo_new_path(cr);
    cairo_rectangle(cr, x, y, w, h);
    cairo_set_source_rgba(cr, 1, 1, 1, 0.82);
    cairo_fill(cr);
}

static void draw_scale_bar(cairo_t *cr, const view *v)
{
    double len_m = trygg__round_125(0.25 * v->pw / v->s);
    double len = len_m * v->s;
    char label[TRYGG__NUM_MAX + 8], num[TRYGG__NUM_MAX];
    if (len_m >= 1000)
        snprintf(label, sizeof label, "%s km", trygg__fmt_num(num, sizeof num, len_m / 1000, 0));
    else
        snprintf(label, sizeof label, "%s m", trygg__fmt_num(num, sizeof num, len_m, len_m < 1 ? 1 : 0));
    trygg__font f = {7.0, false, false, {0.1, 0.1, 0.1}, TRYGG__LEFT};
    double tw, th = trygg__text(cr, 0, 0, 0, label, &f, false, &tw);
    double x = v->px + 8, y = v->py + v->ph - 10;
    backing(cr, x - 4, y - th - 8, fmax(len, tw) + 8 + (tw > len ? 0 : 0), th + 14);
    /* two halves, black and white, outlined */
    cairo_set_line_width(cr, 0.6);
    cairo_new_path(cr);
    cairo_rectangle(cr, x, y - 4, len / 2, 4);
    cairo_set_source_rgb(cr, 0.1, 0.1, 0.1);
    cairo_fill(cr);
    cairo_rectangle(cr, x + len / 2, y - 4, len / 2, 4);
    cairo_set_source_rgb(cr, 1, 1, 1);
    cairo_fill(cr);
    cairo_rectangle(cr, x, y - 4, len, 4);
    cairo_set_source_rgb(cr, 0.1, 0.1, 0.1);
    cairo_stroke(cr);
    trygg__text(cr, x, y - 6 - th, 0, label, &f, true, NULL);
}

static void draw_north_arrow(cairo_t *cr, const view *v)
{
    double cx = v->px + v->pw - 16, top = v->py + 8;
    backing(cr, cx - 9, top - 2, 18, 32);
    trygg__font f = {8.0, true, false, {0.1, 0.1, 0.1}, TRYGG__CENTER};
    /* TRANSLATORS: the north arrow's letter (norr: N) */
    double th = trygg__text(cr, cx, top, 0, _("N"), &f, true, NULL);
    double y0 = top + th + 1;
    cairo_new_path(cr);
    cairo_move_to(cr, cx, y0);
    cairo_line_to(cr, cx + 5, y0 + 16);
    cairo_line_to(cr, cx, y0 + 12);
    cairo_close_path(cr);
    cairo_set_source_rgb(cr, 0.1, 0.1, 0.1);
    cairo_fill(cr);
    cairo_new_path(cr);
    cairo_move_to(cr, cx, y0);
    cairo_line_to(cr, cx - 5, y0 + 16);
    cairo_line_to(cr, cx, y0 + 12);
    cairo_close_path(cr);
    cairo_set_line_width(cr, 0.6);
    cairo_stroke(cr);
}

static void draw_attribution(cairo_t *cr, const view *v, const char *text)
{
    if (!text || !*text)
        return;
    trygg__font f = {6.0, false, false, {0.2, 0.2, 0.2}, TRYGG__RIGHT};
    double maxw = v->pw * 0.62;
    double tw, th = trygg__text(cr, 0, 0, maxw, text, &f, false, &tw);
    double x = v->px + v->pw - 3 - tw, y = v->py + v->ph - 3 - th;
    backing(cr, x - 2, y - 1, tw + 4, th + 2);
    trygg__text(cr, x, y, tw + 0.5, text, &f, true, NULL);
}

/* ---- Legend ---- */

typedef enum { SW_HEAD, SW_LINE, SW_DASH, SW_DOT, SW_FILL, SW_OUTLINE, SW_BUFFER, SW_MARKER } swatch_kind;

typedef struct {
    swatch_kind kind;
    trygg__rgb rgb;
    char label[160];
} legend_item;

typedef struct {
    legend_item v[40];
    size_t n;
} legend;

static void add(legend *l, swatch_kind k, trygg__rgb c, const char *label)
{
    if (l->n >= sizeof l->v / sizeof l->v[0])
        return;
    legend_item *it = &l->v[l->n++];
    it->kind = k;
    it->rgb = c;
    snprintf(it->label, sizeof it->label, "%s", label);
}

static void build_legend(const trygg_report_map_data *m, legend *l)
{
    l->n = 0;
    bool has_poly[TRYGG_REPORT_POLY_KIND_COUNT] = {false};
    for (size_t i = 0; i < m->npolygons; i++)
        if ((int)m->polygons[i].kind >= 0 && m->polygons[i].kind < TRYGG_REPORT_POLY_KIND_COUNT)
            has_poly[m->polygons[i].kind] = true;
    trygg__rgb none = {0, 0, 0};
    if (has_poly[TRYGG_REPORT_POLY_AREA])
        add(l, SW_OUTLINE, (trygg__rgb){0.12, 0.31, 0.62}, _("The area"));
    if (has_poly[TRYGG_REPORT_POLY_BUFFER])
        add(l, SW_BUFFER, (trygg__rgb){0.35, 0.35, 0.35}, _("Surroundings in the figures"));
    if (m->ncells) {
        char head[160], side[TRYGG__NUM_MAX + 8], num[TRYGG__NUM_MAX];
        bool km = m->cell_m >= 1000.0;
        snprintf(side, sizeof side, "%s\u00a0%s", trygg__fmt_num(num, sizeof num, km ? m->cell_m / 1000.0 : m->cell_m, 0),
                 km ? "km" : "m");
        snprintf(head, sizeof head, _("Mean safety index of the places in each %s square"), side);
        add(l, SW_HEAD, none, head);
        for (int c = 0; c < 5; c++)
            add(l, SW_FILL, trygg__report_safety_rgb(c), trygg__report_safety_label(c));
    }
    if (m->nstreets) {
        add(l, SW_HEAD, none, _("Street safety index"));
        bool unscored = false;
        for (size_t i = 0; i < m->nstreets; i++)
            unscored |= !isfinite(m->streets[i].value);
        for (int c = 0; c < 5; c++)
            add(l, SW_LINE, trygg__report_safety_rgb(c), trygg__report_safety_label(c));
        if (unscored)
            add(l, SW_LINE, trygg__report_safety_rgb(-1), trygg__report_safety_label(-1));
    }
    if (m->ndark || m->nlamps)
        add(l, SW_HEAD, none, _("Lighting"));
    if (m->ndark)
        add(l, SW_DASH, dark_rgb, _("Dark stretch"));
    if (m->nlamps)
        add(l, SW_DOT, lamp_fill, _("Street lamp"));
    if (m->nincidents && m->incident_grid_m > 0) {
        char head[160], side[TRYGG__NUM_MAX + 8], num[TRYGG__NUM_MAX];
        snprintf(side, sizeof side, "%s\u00a0m", trygg__fmt_num(num, sizeof num, m->incident_grid_m, 0));
        if (m->grid_min_count > 1)
            snprintf(head, sizeof head, _("Reports per %s square (squares with fewer than %u are not shown)"), side,
                     m->grid_min_count);
        else
            snprintf(head, sizeof head, _("Reports per %s square"), side);
        add(l, SW_HEAD, none, head);
        add(l, SW_FILL, grid_rgb, _("Number of reports in the square"));
    } else if (m->nincidents) {
        bool present[TRYGG_CAT_COUNT] = {false};
        for (size_t i = 0; i < m->nincidents; i++) {
            int c = m->incidents[i].category;
            present[c < 0 || c >= TRYGG_CAT_COUNT ? TRYGG_CAT_OTHER : c] = true;
        }
        add(l, SW_HEAD, none,
            m->nincidents > TRYGG__MAP_MAX_DOTS ? _("Incidents, grouped (larger dot: more reports; colour: the most "
                                                    "frequent category)")
                                                : _("Incidents"));
        for (int c = 0; c < TRYGG_CAT_COUNT; c++)
            if (present[c])
                add(l, SW_DOT, trygg__report_category_rgb(c), trygg__report_category_label(c));
    }
    if (has_poly[TRYGG_REPORT_POLY_HOTSPOT_99] || has_poly[TRYGG_REPORT_POLY_HOTSPOT_95] ||
        has_poly[TRYGG_REPORT_POLY_HOTSPOT_90]) {
        add(l, SW_HEAD, none, _("Hot spots (Gi*)"));
        if (has_poly[TRYGG_REPORT_POLY_HOTSPOT_99])
            add(l, SW_FILL, trygg__report_hotspot_rgb(TRYGG_REPORT_POLY_HOTSPOT_99),
                /* xgettext:no-c-format */
                _("99 % confidence"));
        if (has_poly[TRYGG_REPORT_POLY_HOTSPOT_95])
            add(l, SW_FILL, trygg__report_hotspot_rgb(TRYGG_REPORT_POLY_HOTSPOT_95),
                /* xgettext:no-c-format */
                _("95 % confidence"));
        if (has_poly[TRYGG_REPORT_POLY_HOTSPOT_90])
            add(l, SW_FILL, trygg__report_hotspot_rgb(TRYGG_REPORT_POLY_HOTSPOT_90),
                /* xgettext:no-c-format */
                _("90 % confidence"));
    }
    size_t nmeasures = 0;
    for (size_t i = 0; i < m->npolygons; i++)
        nmeasures += m->polygons[i].kind == TRYGG_REPORT_POLY_MEASURE;
    if (nmeasures > MAX_MEASURE_MARKERS) {
        char label[sizeof l->v[0].label];
        snprintf(label, sizeof label, _("Proposed measure, no. as in the table (the %d most urgent, where they fit)"),
                 MAX_MEASURE_MARKERS);
        add(l, SW_MARKER, none, label);
    } else if (nmeasures) {
        add(l, SW_MARKER, none, _("Proposed measure, no. as in the table (most urgent first, where they fit)"));
    }
}

#define LEGEND_FONT 7.0

static double item_height(cairo_t *cr, const legend_item *it, double w)
{
    trygg__font f = {LEGEND_FONT, it->kind == SW_HEAD, false, {0.1, 0.1, 0.1}, TRYGG__LEFT};
    double tw = it->kind == SW_HEAD ? w : w - 18;
    return trygg__text(cr, 0, 0, tw, it->label, &f, false, NULL) + (it->kind == SW_HEAD ? 3 : 2);
}

static void draw_item(cairo_t *cr, const legend_item *it, double x, double y, double w)
{
    trygg__font f = {LEGEND_FONT, it->kind == SW_HEAD, false, {0.1, 0.1, 0.1}, TRYGG__LEFT};
    if (it->kind == SW_HEAD) {
        trygg__text(cr, x, y + 2, w, it->label, &f, true, NULL);
        return;
    }
    double cy = y + LEGEND_FONT * 0.62, sx = x + 1, sw = 13;
    cairo_new_path(cr);
    switch (it->kind) {
    case SW_LINE:
        cairo_set_line_cap(cr, CAIRO_LINE_CAP_ROUND);
        cairo_move_to(cr, sx + 1, cy);
        cairo_line_to(cr, sx + sw - 1, cy);
        set_rgb(cr, it->rgb, 1);
        cairo_set_line_width(cr, 2.6);
        cairo_stroke(cr);
        break;
    case SW_DASH:
        cairo_set_line_cap(cr, CAIRO_LINE_CAP_BUTT);
        cairo_set_dash(cr, dark_dash, 2, 0);
        cairo_move_to(cr, sx, cy);
        cairo_line_to(cr, sx + sw, cy);
        set_rgb(cr, it->rgb, 1);
        cairo_set_line_width(cr, 1.7);
        cairo_stroke(cr);
        cairo_set_dash(cr, NULL, 0, 0);
        break;
    case SW_DOT:
        dot(cr, sx + sw / 2, cy, 2.4, it->rgb, it->rgb.r == lamp_fill.r && it->rgb.g == lamp_fill.g ? lamp_line : white,
            0.5);
        if (it->rgb.r != lamp_fill.r || it->rgb.g != lamp_fill.g) {
            /* white outline is invisible on white: a thin grey ring makes small dots readable */
            cairo_new_path(cr);
            cairo_arc(cr, sx + sw / 2, cy, 2.9, 0, 2 * M_PI);
            cairo_set_source_rgba(cr, 0.6, 0.6, 0.6, 0.6);
            cairo_set_line_width(cr, 0.3);
            cairo_stroke(cr);
        }
        break;
    case SW_FILL:
        cairo_rectangle(cr, sx, cy - 4, sw, 8);
        set_rgb(cr, it->rgb, 0.30);
        cairo_fill_preserve(cr);
        set_rgb(cr, it->rgb, 0.9);
        cairo_set_line_width(cr, 0.8);
        cairo_stroke(cr);
        break;
    case SW_OUTLINE:
        cairo_rectangle(cr, sx + 1, cy - 3.5, sw - 2, 7);
        cairo_set_source_rgba(cr, 0.12, 0.31, 0.62, 0.12);
        cairo_fill_preserve(cr);
        set_rgb(cr, it->rgb, 1);
        cairo_set_line_width(cr, 1.8);
        cairo_stroke(cr);
        break;
    case SW_BUFFER: {
        double dash[2] = {3, 2};
        cairo_set_dash(cr, dash, 2, 0);
        cairo_rectangle(cr, sx + 1, cy - 3.5, sw - 2, 7);
        set_rgb(cr, it->rgb, 1);
        cairo_set_line_width(cr, 0.9);
        cairo_stroke(cr);
        cairo_set_dash(cr, NULL, 0, 0);
        break;
    }
    case SW_MARKER: {
        cairo_arc(cr, sx + sw / 2, cy, 4.2, 0, 2 * M_PI);
        cairo_set_source_rgb(cr, 1, 1, 1);
        cairo_fill_preserve(cr);
        cairo_set_source_rgb(cr, 0.1, 0.1, 0.1);
        cairo_set_line_width(cr, 0.8);
        cairo_stroke(cr);
        trygg__font nf = {5.5, true, false, {0, 0, 0}, TRYGG__CENTER};
        trygg__text(cr, sx + sw / 2, cy - 3.4, 0, "1", &nf, true, NULL);
        break;
    }
    default:
        break;
    }
    trygg__text(cr, x + 18, y, w - 18, it->label, &f, true, NULL);
}

/* Legend as a column (x, y, w) from the top; returns the height used. */
static double draw_legend_column(cairo_t *cr, const legend *l, double x, double y, double w, bool draw)
{
    double y0 = y;
    for (size_t i = 0; i < l->n; i++) {
        if (draw)
            draw_item(cr, &l->v[i], x, y, w);
        y += item_height(cr, &l->v[i], w);
    }
    return y - y0;
}

/* Legend as a band of `cols` columns: items flow top to bottom, then to the next column. */
static double draw_legend_band(cairo_t *cr, const legend *l, double x, double y, double w, int cols, bool draw)
{
    double cw = w / cols, total = 0;
    for (size_t i = 0; i < l->n; i++)
        total += item_height(cr, &l->v[i], cw - 6);
    double target = total / cols, colh = 0, maxh = 0;
    int col = 0;
    for (size_t i = 0; i < l->n; i++) {
        double h = item_height(cr, &l->v[i], cw - 6);
        /* break before a heading (or any item) that would overfill the column */
        if (colh > 0 && colh + h > target + 6 && col + 1 < cols) {
            col++;
            colh = 0;
        }
        if (draw)
            draw_item(cr, &l->v[i], x + col * cw, y + colh, cw - 6);
        colh += h;
        if (colh > maxh)
            maxh = colh;
    }
    return maxh;
}

/* The streets as squares of their mean safety index (each street in the square of its middle
 * vertex), about 80 across the longer side; *n squares, side *side. */
static trygg_report_cell *street_squares(const trygg_report_map_data *m, size_t *n, double *side)
{
    double b[4] = {INFINITY, INFINITY, -INFINITY, -INFINITY};
    for (size_t i = 0; i < m->nstreets; i++)
        if (m->streets[i].nv)
            grow_box(b, m->streets[i].xy[m->streets[i].nv / 2 * 2], m->streets[i].xy[m->streets[i].nv / 2 * 2 + 1]);
    *n = 0;
    *side = 100.0;
    if (!(b[0] <= b[2]))
        return NULL;
    double span = fmax(b[2] - b[0], b[3] - b[1]);
    if (span > 8000.0)
        *side = trygg__round_125(span / 80.0);
    double x0 = floor(b[0] / *side) * *side, y0 = floor(b[1] / *side) * *side;
    size_t nx = (size_t)((b[2] - x0) / *side) + 1, ny = (size_t)((b[3] - y0) / *side) + 1;
    double *sum = trygg__xcalloc(nx * ny, sizeof *sum);
    size_t *cnt = trygg__xcalloc(nx * ny, sizeof *cnt);
    for (size_t i = 0; i < m->nstreets; i++) {
        const trygg_report_line *l = &m->streets[i];
        size_t k = l->nv / 2 * 2;
        if (!l->nv || !isfinite(l->value) || !finite2(l->xy[k], l->xy[k + 1]))
            continue;
        size_t ix = (size_t)((l->xy[k] - x0) / *side), iy = (size_t)((l->xy[k + 1] - y0) / *side);
        sum[iy * nx + ix] += l->value;
        cnt[iy * nx + ix]++;
    }
    trygg_report_cell *cells = trygg__xmalloc(nx * ny * sizeof *cells);
    for (size_t iy = 0; iy < ny; iy++)
        for (size_t ix = 0; ix < nx; ix++)
            if (cnt[iy * nx + ix])
                cells[(*n)++] = (trygg_report_cell){x0 + (double)ix * *side, y0 + (double)iy * *side,
                                                    sum[iy * nx + ix] / (double)cnt[iy * nx + ix]};
    free(sum);
    free(cnt);
    return cells;
}

static trygg_status draw_map(trygg_ctx *ctx, cairo_t *cr, double x, double y, double w, double h,
                             const trygg_report_map_data *m);

trygg_status trygg_report_map(trygg_ctx *ctx, cairo_t *cr, double x, double y, double w, double h,
                              const trygg_report_map_data *m)
{
    if (!m || m->nstreets <= TRYGG__MAP_MAX_STREETS || m->ncells)
        return draw_map(ctx, cr, x, y, w, h, m);
    /* More streets than a page can show (a region's or a country's): squares of their mean
     * safety index instead, and no dark stretches, as incidents beyond TRYGG__MAP_MAX_DOTS are
     * grouped. The PDF stays small and quick to write whatever the size of the area. */
    trygg_report_map_data coarse = *m;
    trygg_report_cell *cells = street_squares(m, &coarse.ncells, &coarse.cell_m);
    coarse.cells = cells;
    coarse.streets = coarse.dark = NULL;
    coarse.nstreets = coarse.ndark = 0;
    trygg_status st = draw_map(ctx, cr, x, y, w, h, &coarse);
    free(cells);
    return st;
}

static trygg_status draw_map(trygg_ctx *ctx, cairo_t *cr, double x, double y, double w, double h,
                             const trygg_report_map_data *m)
{
    if (!cr || !m || !(w > 0) || !(h > 0) || !isfinite(w) || !isfinite(h) || !isfinite(x) || !isfinite(y))
        return trygg__fail(ctx, TRYGG_E_USAGE, "map: the rectangle %g x %g at (%g, %g) is not a drawing area", w, h,
                           x, y);
    double b[4] = {m->xmin, m->ymin, m->xmax, m->ymax};
    if (!isfinite(b[0]) || !isfinite(b[1]) || !isfinite(b[2]) || !isfinite(b[3]))
        return trygg__fail(ctx, TRYGG_E_USAGE, "map: extent (%g %g, %g %g) is not finite", b[0], b[1], b[2], b[3]);
    if (b[0] >= b[2] || b[1] >= b[3]) {
        if (data_box(m, b)) {
            double mx = fmax(0.05 * (b[2] - b[0]), 0.05 * (b[3] - b[1]));
            mx = fmax(mx, 50.0);
            b[0] -= mx, b[1] -= mx, b[2] += mx, b[3] += mx;
        } else {
            b[0] = -500, b[1] = -500, b[2] = 500, b[3] = 500;
        }
    }

    cairo_save(cr);
    legend lg;
    build_legend(m, &lg);
    view v = {.px = x, .py = y, .pw = w, .ph = h};
    double lx = 0, ly = 0, lw = 0;
    int band_cols = 0;
    if (lg.n > 0 && w > 360) {
        lw = 118;
        v.pw = w - lw - 8;
        lx = x + v.pw + 8, ly = y;
    } else if (lg.n > 0) {
        band_cols = w > 240 ? 3 : 2;
        double bh = draw_legend_band(cr, &lg, x, 0, w, band_cols, false);
        if (bh > h * 0.45)
            bh = h * 0.45;
        v.ph = h - bh - 6;
        lx = x, ly = y + v.ph + 6, lw = w;
    }

    /* Widen the extent in one direction so that one metre is as long across as up. */
    double ew = b[2] - b[0], eh = b[3] - b[1];
    double s = fmin(v.pw / ew, v.ph / eh);
    double cx = (b[0] + b[2]) / 2, cy = (b[1] + b[3]) / 2;
    v.s = s;
    v.xmin = cx - v.pw / s / 2, v.xmax = cx + v.pw / s / 2;
    v.ymin = cy - v.ph / s / 2, v.ymax = cy + v.ph / s / 2;
    double margin = 20.0 / s; /* 20 units beyond the frame, so clipped lines end cleanly outside */
    v.cxmin = v.xmin - margin, v.cxmax = v.xmax + margin, v.cymin = v.ymin - margin, v.cymax = v.ymax + margin;

    cairo_save(cr);
    cairo_new_path(cr);
    cairo_rectangle(cr, v.px, v.py, v.pw, v.ph);
    cairo_set_source_rgb(cr, 0.965, 0.965, 0.95);
    cairo_fill_preserve(cr);
    cairo_clip(cr);
    draw_features(cr, &v, m);
    draw_scale_bar(cr, &v);
    draw_north_arrow(cr, &v);
    draw_attribution(cr, &v, m->attribution);
    cairo_restore(cr);

    cairo_new_path(cr);
    cairo_rectangle(cr, v.px, v.py, v.pw, v.ph);
    cairo_set_source_rgb(cr, 0.45, 0.45, 0.45);
    cairo_set_line_width(cr, 0.7);
    cairo_stroke(cr);

    if (lg.n > 0) {
        cairo_save(cr);
        cairo_rectangle(cr, lx, ly, lw, y + h - ly);
        cairo_clip(cr);
        if (band_cols)
            draw_legend_band(cr, &lg, lx, ly, lw, band_cols, true);
        else
            draw_legend_column(cr, &lg, lx, ly, lw, true);
        cairo_restore(cr);
    }
    cairo_restore(cr);
    return TRYGG_OK;
}
