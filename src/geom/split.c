/*
 * Splitting the street network into places (DESIGN.md section 2, "prepare").
 *
 * Every street is cut at each position where another street (or the street itself, away
 * from its own neighbouring segments) touches or crosses it:
 *   - a vertex of the other street lying on one of its segments within TOUCH_TOL (shared
 *     vertices of OSM ways, a way ending on the middle of another, T junctions);
 *   - one of its own vertices lying on the other street's segment;
 *   - a proper crossing of two segments' interiors.
 * Candidate segment pairs come from an STRtree over all street segments (trygg_index). The
 * pieces between cuts are then split into equal parts no longer than max_len_m.
 *
 * Exactness: a pair of segments is always evaluated in one canonical order (lower segment id
 * first) with the same floating-point operations, so both streets of a crossing get the same
 * crossing point and the same yes/no answer, and their pieces meet at bit-identical
 * coordinates. A cut at a touching vertex uses that vertex's own coordinates.
 *
 * Limitation: streets are planar here. A bridge or tunnel crossing a street below it is cut
 * like a level crossing; OSM layer/bridge tags are not consulted.
 *
 * Streets are processed in parallel, each writing only its own slot; the slots are merged in
 * street order afterwards, so the output does not depend on thread timing.
 *
 * trygg__node_streets gives the cuts alone (the network builder of network.c joins and merges
 * the pieces between them); trygg_geom_split_streets turns every piece into places directly.
 */
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "core/internal.h"
#include "geom/geom.h"
#include "geom/line.h"
#include "geom/network.h"
#include "index/index.h"

/* Two streets closer than this meet (metres): absorbs the rounding of reprojected shared
 * vertices without joining streets that merely pass near each other. */
#define TOUCH_TOL 1e-6
/* Cuts closer than this to each other or to a street's end make no piece of their own. */
#define MIN_PIECE 0.01
/* Relative slack when counting equal parts, so a piece of exactly k * max_len_m (up to
 * rounding) becomes k parts, not k + 1; a part may exceed max_len_m by 1e-9 of it. */
#define PARTS_SLACK 1e-9

typedef struct {
    size_t street;
    size_t vtx; /* the segment runs from vertex vtx to vtx + 1 of its street */
    size_t eff; /* index among the street's non-degenerate segments: adjacency test */
} seg_ref;

typedef trygg__cut cut;

typedef struct {
    cut *v;
    size_t n, cap;
} cut_list;

typedef struct {
    const trygg_streets *streets;
    const double *cum;       /* cumulative distances of all streets, concatenated */
    const size_t *voff;      /* street i's vertices start at cum + voff[i] */
    const seg_ref *segs;     /* non-degenerate segments, in street order */
    const size_t *seg_first; /* street i owns segs[seg_first[i] .. seg_first[i + 1]) */
    const trygg_index *idx;
    trygg__cuts *out; /* one slot per street */
} split_job;

static inline const double *seg_xy(const split_job *j, size_t seg)
{
    return j->streets->v[j->segs[seg].street].xy + 2 * j->segs[seg].vtx;
}

static void seg_envelope(size_t i, double env[4], void *user)
{
    const double *a = seg_xy(user, i);
    env[0] = a[0] < a[2] ? a[0] : a[2];
    env[1] = a[1] < a[3] ? a[1] : a[3];
    env[2] = a[0] < a[2] ? a[2] : a[0];
    env[3] = a[1] < a[3] ? a[3] : a[1];
}

static void cut_push(cut_list *l, double s, double x, double y)
{
    if (l->n == l->cap)
        trygg__grow((void **)&l->v, &l->cap, l->n + 1, sizeof *l->v);
    l->v[l->n++] = (cut){s, x, y};
}

/* Parameter of the point w's projection on the segment from the origin to d (dd = |d|^2 > 0),
 * when w lies within TOUCH_TOL of it; -1 otherwise. Clamped projection as in line.c. */
static inline double touch_param(double wx, double wy, double dx, double dy, double dd)
{
    double t = (wx * dx + wy * dy) / dd;
    t = t < 0.0 ? 0.0 : (t > 1.0 ? 1.0 : t);
    double ex = wx - t * dx, ey = wy - t * dy;
    return ex * ex + ey * ey <= TOUCH_TOL * TOUCH_TOL ? t : -1.0;
}

/* How segments P (p0 -> p1) and Q (q0 -> q1) meet; segments_meet is always called with P the
 * lower segment id. tp[0..1]: parameters on Q of p0, p1 when they touch Q; tq[0..1]:
 * parameters on P of q0, q1 when they touch P (-1 when not). When nothing touches and the
 * interiors cross properly, cross is true, with the crossing point x, y and its parameters
 * up on P and uq on Q. */
typedef struct {
    double tp[2], tq[2];
    bool cross;
    double x, y, up, uq;
} meeting;

static void segments_meet(const double *p, const double *q, meeting *m)
{
    /* Coordinates relative to p0 keep the products small in a national grid (1e6-1e7 m). */
    double px = p[2] - p[0], py = p[3] - p[1];
    double ax = q[0] - p[0], ay = q[1] - p[1]; /* q0 */
    double bx = q[2] - p[0], by = q[3] - p[1]; /* q1 */
    double qx = bx - ax, qy = by - ay;
    double pp = px * px + py * py, qq = qx * qx + qy * qy;
    m->cross = false;
    m->tq[0] = touch_param(ax, ay, px, py, pp);
    m->tq[1] = touch_param(bx, by, px, py, pp);
    m->tp[0] = touch_param(-ax, -ay, qx, qy, qq);
    m->tp[1] = touch_param(px - ax, py - ay, qx, qy, qq);
    if (m->tq[0] >= 0.0 || m->tq[1] >= 0.0 || m->tp[0] >= 0.0 || m->tp[1] >= 0.0)
        return;
    /* Proper crossing: q0, q1 strictly on opposite sides of line P and p0, p1 strictly on
     * opposite sides of line Q (orientation by the sign of the cross product; O'Rourke,
     * Computational Geometry in C, 2nd ed., 1998, section 1.5). The signed areas vary linearly
     * along each segment, so the crossing parameters are their zero crossings. */
    double o1 = px * ay - py * ax, o2 = px * by - py * bx;           /* q0, q1 against P */
    double o3 = qx * (-ay) - qy * (-ax), o4 = qx * (py - ay) - qy * (px - ax); /* p0, p1 against Q */
    if (!((o1 < 0.0 && o2 > 0.0) || (o1 > 0.0 && o2 < 0.0)))
        return;
    if (!((o3 < 0.0 && o4 > 0.0) || (o3 > 0.0 && o4 < 0.0)))
        return;
    double up = o3 / (o3 - o4), uq = o1 / (o1 - o2);
    double xp = up * px, yp = up * py, xq = ax + uq * qx, yq = ay + uq * qy;
    /* Nearly collinear disjoint segments give sign noise: both points must agree. */
    if ((xp - xq) * (xp - xq) + (yp - yq) * (yp - yq) > TOUCH_TOL * TOUCH_TOL)
        return;
    m->cross = true;
    m->x = p[0] + xp;
    m->y = p[1] + yp;
    m->up = up;
    m->uq = uq;
}

static inline double seg_length(const double *a)
{
    double dx = a[2] - a[0], dy = a[3] - a[1];
    return sqrt(dx * dx + dy * dy);
}

/* Cuts on segment `mine` from its meeting with segment `other`. */
static void cuts_from_pair(const split_job *j, size_t mine, size_t other, const double *cum, cut_list *cuts)
{
    const double *a = seg_xy(j, mine), *b = seg_xy(j, other);
    bool first = mine < other;
    meeting m;
    segments_meet(first ? a : b, first ? b : a, &m);
    size_t v = j->segs[mine].vtx;
    double c0 = cum[v], len = seg_length(a);
    /* Parameters on my segment of the other's touching vertices, and which of mine touch. */
    const double *t_on_me = first ? m.tq : m.tp, *mine_touch = first ? m.tp : m.tq;
    for (int e = 0; e < 2; e++) {
        if (t_on_me[e] >= 0.0)
            cut_push(cuts, c0 + t_on_me[e] * len, b[2 * e], b[2 * e + 1]);
        if (mine_touch[e] >= 0.0)
            cut_push(cuts, cum[v + (size_t)e], a[2 * e], a[2 * e + 1]);
    }
    if (m.cross)
        cut_push(cuts, c0 + (first ? m.up : m.uq) * len, m.x, m.y);
}

static int cmp_cut(const void *pa, const void *pb)
{
    const cut *a = pa, *b = pb;
    if (a->s != b->s)
        return a->s < b->s ? -1 : 1;
    if (a->x != b->x)
        return a->x < b->x ? -1 : 1;
    return (a->y > b->y) - (a->y < b->y);
}

static void node_one(size_t si, GEOSContextHandle_t geos, void *user)
{
    const split_job *j = user;
    size_t s0 = j->seg_first[si], s1 = j->seg_first[si + 1];
    if (s0 == s1)
        return; /* no length: no boundaries, no places */
    const trygg_street *st = &j->streets->v[si];
    const double *cum = j->cum + j->voff[si];
    double total = cum[st->nv - 1];
    cut_list cuts = {0};
    trygg_idlist ids = {0};

    for (size_t m = s0; m < s1; m++) {
        double env[4];
        seg_envelope(m, env, (void *)j);
        trygg_index_query(j->idx, geos, env[0] - TOUCH_TOL, env[1] - TOUCH_TOL, env[2] + TOUCH_TOL,
                          env[3] + TOUCH_TOL, &ids);
        for (size_t k = 0; k < ids.n; k++) {
            size_t o = ids.v[k];
            /* A segment meets its own neighbours at their shared vertex: not a cut. */
            if (j->segs[o].street == si) {
                size_t e1 = j->segs[m].eff, e2 = j->segs[o].eff;
                if (e1 == e2 || e1 + 1 == e2 || e2 + 1 == e1)
                    continue;
            }
            cuts_from_pair(j, m, o, cum, &cuts);
        }
    }

    if (cuts.n > 1)
        qsort(cuts.v, cuts.n, sizeof *cuts.v, cmp_cut);
    /* Boundaries: the street's ends and the kept cuts, each at least MIN_PIECE from the last
     * kept one and from the far end. The ends use the street's own end vertices. */
    size_t nb = 0;
    cut *bd = trygg__xmalloc((cuts.n + 2) * sizeof *bd);
    bd[nb++] = (cut){0.0, st->xy[0], st->xy[1]};
    for (size_t k = 0; k < cuts.n; k++)
        if (cuts.v[k].s - bd[nb - 1].s >= MIN_PIECE && total - cuts.v[k].s >= MIN_PIECE)
            bd[nb++] = cuts.v[k];
    bd[nb++] = (cut){total, st->xy[2 * (st->nv - 1)], st->xy[2 * (st->nv - 1) + 1]};
    j->out[si].v = bd;
    j->out[si].n = nb;
    free(cuts.v);
    trygg_idlist_fini(&ids);
}

size_t trygg__equal_parts(double length, double max_len, double min_len)
{
    double q = length / max_len;
    double c = ceil(q - q * PARTS_SLACK);
    size_t k = c < 1.0 ? 1 : (size_t)c;
    /* Parts shorter than min_len only where the piece itself is (a segment_max_m of less than
     * twice min_place_m would otherwise leave short parts). */
    if (k > 1 && min_len > 0.0 && length / (double)k < min_len) {
        double f = floor(length / min_len);
        k = f < 1.0 ? 1 : (size_t)f;
    }
    return k;
}

void trygg__place_defaults(trygg_place *p)
{
    p->light_source = TRYGG_LIGHT_NOT_ASSESSED;
    p->lamps_near = 0;
    p->nearest_lamp_m = NAN;
    p->lux_avg = p->lux_min = p->lux_uniformity = NAN;
    p->lighting_class = TRYGG_PCLASS_NONE;
    p->dark_length_m = NAN;
    p->lamps_per_km = NAN;
    p->nkde_vandalism = p->nkde_littering = NAN;
    p->eb_vandalism = p->eb_littering = NAN;
    p->vandalism_score = p->littering_score = p->visibility_score = p->safety_index = NAN;
}

/* The places of street si between its boundaries, each piece in equal parts of at most max_len. */
static void places_from_bounds(const trygg_street *st, size_t si, const double *cum, const trygg__cuts *b,
                               double max_len, trygg_places *out)
{
    const cut *bd = b->v;
    size_t n = 0;
    for (size_t k = 0; k + 1 < b->n; k++) {
        double a = bd[k].s, len = bd[k + 1].s - a;
        size_t parts = trygg__equal_parts(len, max_len, 0.0);
        for (size_t p = 0; p < parts; p++) {
            /* Equal parts: boundaries at a + len * p / parts (the last one exactly the cut). */
            double from = p == 0 ? a : a + len * (double)p / (double)parts;
            double to = p + 1 == parts ? bd[k + 1].s : a + len * (double)(p + 1) / (double)parts;
            double pa[2] = {bd[k].x, bd[k].y}, pb[2] = {bd[k + 1].x, bd[k + 1].y};
            trygg_place *pc = trygg_places_push(out);
            pc->xy = trygg__substring_cum(st->xy, cum, st->nv, from, to, p == 0 ? pa : NULL,
                                          p + 1 == parts ? pb : NULL, &pc->nv);
            pc->street = si;
            pc->piece = n++;
            pc->from_m = from;
            pc->length_m = to - from;
            pc->lit = st->lit;
            trygg__place_defaults(pc);
        }
    }
}

trygg_status trygg__node_streets(trygg_ctx *ctx, const trygg_streets *streets, trygg__cuts **bounds_out)
{
    trygg_status st = TRYGG_OK;
    size_t ns = streets->n, nvtot = 0, nseg = 0;
    size_t *voff = NULL, *seg_first = NULL;
    double *cum = NULL;
    seg_ref *segs = NULL;
    trygg_index *idx = NULL;
    trygg__cuts *bounds = NULL;

    *bounds_out = NULL;
    voff = trygg__xmalloc((ns + 1) * sizeof *voff);
    for (size_t i = 0; i < ns; i++) {
        const trygg_street *s = &streets->v[i];
        voff[i] = nvtot;
        nvtot += s->nv;
        for (size_t k = 0; k < 2 * s->nv; k++)
            if (!isfinite(s->xy[k])) {
                st = trygg__fail(ctx, TRYGG_E_GEOM, "street %zu (feature %lld): vertex %zu is not a finite coordinate",
                                 i, (long long)s->fid, k / 2);
                goto done;
            }
    }
    voff[ns] = nvtot;
    cum = trygg__xmalloc((nvtot ? nvtot : 1) * sizeof *cum);
    seg_first = trygg__xmalloc((ns + 1) * sizeof *seg_first);
    for (size_t i = 0; i < ns; i++) {
        const trygg_street *s = &streets->v[i];
        if (s->nv == 0)
            continue;
        double *c = cum + voff[i];
        trygg__polyline_cum(s->xy, s->nv, c);
        if (c[s->nv - 1] > 0.0)
            for (size_t k = 0; k + 1 < s->nv; k++)
                nseg += c[k + 1] > c[k];
    }
    segs = trygg__xmalloc((nseg ? nseg : 1) * sizeof *segs);
    nseg = 0;
    for (size_t i = 0; i < ns; i++) {
        const trygg_street *s = &streets->v[i];
        seg_first[i] = nseg;
        if (s->nv < 2 || !(cum[voff[i] + s->nv - 1] > 0.0))
            continue;
        const double *c = cum + voff[i];
        size_t eff = 0;
        for (size_t k = 0; k + 1 < s->nv; k++)
            if (c[k + 1] > c[k])
                segs[nseg++] = (seg_ref){i, k, eff++};
    }
    seg_first[ns] = nseg;

    split_job job = {streets, cum, voff, segs, seg_first, NULL, NULL};
    idx = trygg_index_new(ctx, nseg, seg_envelope, &job);
    job.idx = idx;
    bounds = trygg__xcalloc(ns ? ns : 1, sizeof *bounds);
    job.out = bounds;
    trygg__parallel_for(ctx, ns, node_one, &job);
    *bounds_out = bounds;
    bounds = NULL;

done:
    free(bounds);
    trygg_index_free(idx);
    free(segs);
    free(seg_first);
    free(cum);
    free(voff);
    return st;
}

void trygg__cuts_free(trygg__cuts *bounds, size_t n)
{
    if (!bounds)
        return;
    for (size_t i = 0; i < n; i++)
        free(bounds[i].v);
    free(bounds);
}

/* The places are appended to out (normally empty) on success; on failure out is untouched. */
trygg_status trygg_geom_split_streets(trygg_ctx *ctx, const trygg_streets *streets, double max_len_m,
                                      trygg_places *out)
{
    if (!(max_len_m > 0.0) || !isfinite(max_len_m))
        return trygg__fail(ctx, TRYGG_E_USAGE, "splitting streets: the maximum place length must be a positive "
                                               "number of metres, got %g", max_len_m);
    trygg__cuts *bounds = NULL;
    trygg_status st = trygg__node_streets(ctx, streets, &bounds);
    if (st != TRYGG_OK)
        return st;
    size_t maxnv = 1;
    for (size_t i = 0; i < streets->n; i++)
        maxnv = streets->v[i].nv > maxnv ? streets->v[i].nv : maxnv;
    double *cum = trygg__xmalloc(maxnv * sizeof *cum);
    for (size_t i = 0; i < streets->n; i++) {
        if (bounds[i].n < 2)
            continue;
        trygg__polyline_cum(streets->v[i].xy, streets->v[i].nv, cum);
        places_from_bounds(&streets->v[i], i, cum, &bounds[i], max_len_m, out);
    }
    free(cum);
    trygg__cuts_free(bounds, streets->n);
    return TRYGG_OK;
}
