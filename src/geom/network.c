/*
 * The street network as places (DESIGN.md section 2, "prepare"; docs/NOTES.md, "Places").
 *
 * A place is a stretch of one street between two intersections of the network, the street
 * segment of criminology's place studies (Weisburd, Bushway, Lum & Yang 2004; Weisburd, Groff
 * & Yang 2012), cut into equal parts of at most segment_max_m. Input lines are not places:
 * OSM splits one street into many ways at every tag change, and maps sidewalks and crossings
 * as ways of their own. The steps:
 *
 *  1. Sidewalks and crossings (TRYGG_ATTACH_*) whose midpoint lies within attach_m of another
 *     line belong to the road they run along or cross: they are set aside (step 6).
 *  2. The other lines are noded (split.c: cut wherever lines touch or cross) into edges, and
 *     the edges' end points into nodes (points that agree to NODE_SNAP_M).
 *  3. Chains: edges are joined across every node where exactly two edges meet and both come
 *     from one input line, or from lines of the same name and class. A node where three or
 *     more edges meet is an intersection; a dead end, or a change of name or class, also ends
 *     a chain.
 *  4. A chain shorter than min_place_m is merged, through an intersection, into a neighbouring
 *     chain of the same street (same name; unnamed lines: same class), the straightest one
 *     first, until it is long enough or no such neighbour is left: a place is shorter than
 *     min_place_m only when its whole street is.
 *  5. Each chain becomes one street (its longest input line gives the id, name and class; the
 *     lit tag is taken per place, by length) and is cut into equal parts of at most
 *     segment_max_m and at least min_place_m (trygg__equal_parts).
 *  6. What is left shorter than min_place_m and has no name (a flight of steps, a service
 *     entrance, a path fragment in a tree of tiny ways that cannot all join one line) is a
 *     stub: not a place, but attached to the place nearest its midpoint, like each set-aside
 *     sidewalk and crossing (`attached_ids`). Incidents there snap to that place like any
 *     other. A stub with no place within attach_m stays a place of its own.
 *
 * Every edge of step 2 is in exactly one chain, so the places and the stubs of each input line
 * add up to its length; each place lists the ids of the input lines it is made of (`source_ids`).
 * Deterministic: chains are found in input order and merged in order of length, then id.
 */
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "core/i18n.h"
#include "core/internal.h"
#include "geom/geom.h"
#include "geom/line.h"
#include "geom/network.h"
#include "index/index.h"

/* End points of edges closer than this are one node (m): the noding gives bit-identical points
 * where lines meet; this absorbs the last rounding of reprojected shared vertices. */
#define NODE_SNAP_M 1e-3
/* Direction of a chain at a node: from the point this far along it (m), or its far end. */
#define TANGENT_M 10.0
/* A chain's end where only unnamed ways meet is named after the nearest other street this close (m). */
#define CROSS_NAME_M 30.0

typedef struct {
    size_t line;       /* index into the main lines */
    double s0, s1;     /* along that line */
    double p[2][2];    /* its end points */
    size_t node[2];
} edge;

typedef struct {
    size_t edge;
    bool rev; /* walked from its end to its start */
} step;

typedef struct {
    step *v;
    size_t n, cap;
    size_t end[2]; /* node at the walk's start and end */
    double length;
    bool alive;
} chain;

typedef struct {
    size_t chain; /* SIZE_MAX: gone (merged away) */
    int which;    /* 0: the chain starts here, 1: it ends here */
} chain_end;

typedef struct {
    trygg_ctx *ctx;
    const trygg_streets *in;
    const trygg_place_rules *rules;
    size_t *main_of;  /* main line -> input index */
    size_t nmain;
    trygg_streets mainv; /* shallow view of the main lines (not owned) */
    double *cum;      /* cumulative distances of all main lines, concatenated */
    size_t *voff;
    edge *edges;
    size_t nedges;
    trygg__nodes nodes;       /* the edges' ends grouped into nodes (owns the two arrays below) */
    const size_t *node_first; /* node k's edge ends are ends[node_first[k] .. node_first[k + 1]) */
    const size_t *ends;       /* edge * 2 + which, grouped by node */
    size_t nnodes;
    chain *chains;
    size_t nchains;
    size_t *cend_first; /* node k's chain ends are cends[cend_first[k] ..) */
    chain_end *cends;
    trygg_streets named; /* shallow view of the named main lines (not owned), and their index */
    trygg_index *named_idx;
    trygg_idlist ids;
} network;

static const trygg_street *line_of(const network *nw, size_t edge_idx)
{
    return &nw->mainv.v[nw->edges[edge_idx].line];
}

static bool str_eq(const char *a, const char *b)
{
    return (!a && !b) || (a && b && strcmp(a, b) == 0);
}

/* Two lines meeting at a node where no third line meets continue each other. */
static bool continues(const network *nw, size_t e1, size_t e2)
{
    if (nw->edges[e1].line == nw->edges[e2].line)
        return true;
    const trygg_street *a = line_of(nw, e1), *b = line_of(nw, e2);
    return str_eq(a->name, b->name) && str_eq(a->road_class, b->road_class);
}

/* Unnamed ways people walk or cycle on form one path network: a flight of steps or a short
 * footway between two path junctions belongs to the path it continues. Values of OSM's
 * highway=* (https://wiki.openstreetmap.org/wiki/Key:highway); "trail" is a non-standard value
 * seen in real extracts. Unnamed service ways and tracks form another. Every other class is its
 * own group. */
static const char *class_group(const char *road_class)
{
    static const char *const walk[] = {"footway", "path", "pedestrian", "steps", "trail", "cycleway", "bridleway"};
    static const char *const service[] = {"service", "track"};
    if (!road_class)
        return "";
    for (size_t i = 0; i < sizeof walk / sizeof *walk; i++)
        if (strcmp(road_class, walk[i]) == 0)
            return "walk";
    for (size_t i = 0; i < sizeof service / sizeof *service; i++)
        if (strcmp(road_class, service[i]) == 0)
            return "service";
    return road_class;
}

/* Two chains belong to the same street: the same name, or both unnamed and of the same class
 * group. */
static bool same_street(const network *nw, const chain *a, const chain *b)
{
    const trygg_street *x = line_of(nw, a->v[0].edge), *y = line_of(nw, b->v[0].edge);
    if (x->name || y->name)
        return x->name && y->name && strcmp(x->name, y->name) == 0;
    return strcmp(class_group(x->road_class), class_group(y->road_class)) == 0;
}

/* ---- step 1: which sidewalks and crossings are attached ---- */

static void line_envelope(size_t i, double env[4], void *user)
{
    const trygg_streets *v = user;
    trygg_geom_polyline_envelope(v->v[i].xy, v->v[i].nv, env);
}

static void midpoint(const trygg_street *s, double *x, double *y)
{
    double len = trygg_geom_polyline_length(s->xy, s->nv);
    trygg_geom_point_at(s->xy, s->nv, len / 2.0, x, y);
}

/* Index (into `in`) of the line nearest (x, y) within `radius` among the lines of `view`, whose
 * envelopes `idx` holds; SIZE_MAX when none. Ties go to the lower index. */
static size_t nearest_line(const trygg_index *idx, const trygg_streets *view, GEOSContextHandle_t geos, double x,
                           double y, double radius, trygg_idlist *ids, double *dist)
{
    size_t best = SIZE_MAX;
    double bd = radius;
    trygg_index_query(idx, geos, x - radius, y - radius, x + radius, y + radius, ids);
    for (size_t k = 0; k < ids->n; k++) {
        size_t i = ids->v[k];
        double d = trygg_geom_point_polyline_distance(x, y, view->v[i].xy, view->v[i].nv, NULL);
        if (d < bd || (d == bd && i < best)) {
            bd = d;
            best = i;
        }
    }
    if (dist)
        *dist = bd;
    return best;
}

/* Marks attached[i] for every input line that is a sidewalk or crossing near another line. */
static void classify_lines(network *nw, bool *attached, trygg_network_stats *stats)
{
    const trygg_streets *in = nw->in;
    trygg_streets others = {0};
    size_t *other_of = trygg__xmalloc((in->n ? in->n : 1) * sizeof *other_of);
    others.v = trygg__xmalloc((in->n ? in->n : 1) * sizeof *others.v);
    for (size_t i = 0; i < in->n; i++)
        if (in->v[i].attach == TRYGG_ATTACH_NONE && in->v[i].nv >= 2) {
            other_of[others.n] = i;
            others.v[others.n++] = in->v[i];
        }
    trygg_index *idx = trygg_index_new(nw->ctx, others.n, line_envelope, &others);
    GEOSContextHandle_t geos = trygg__geos(nw->ctx);
    trygg_idlist ids = {0};
    for (size_t i = 0; i < in->n; i++) {
        const trygg_street *s = &in->v[i];
        if (s->attach == TRYGG_ATTACH_NONE || s->nv < 2)
            continue;
        double x, y;
        midpoint(s, &x, &y);
        if (nearest_line(idx, &others, geos, x, y, nw->rules->attach_m, &ids, NULL) != SIZE_MAX) {
            attached[i] = true;
            stats->attached_lines++;
            stats->attached_m += trygg_geom_polyline_length(s->xy, s->nv);
        } else {
            stats->sidewalks_kept++;
        }
    }
    trygg_idlist_fini(&ids);
    trygg_index_free(idx);
    free(others.v);
    free(other_of);
}

/* ---- step 2: edges and nodes ---- */

static void build_edges(network *nw, const trygg__cuts *bounds)
{
    size_t ne = 0, nvtot = 0;
    for (size_t i = 0; i < nw->nmain; i++) {
        ne += bounds[i].n >= 2 ? bounds[i].n - 1 : 0;
        nvtot += nw->mainv.v[i].nv;
    }
    nw->voff = trygg__xmalloc((nw->nmain + 1) * sizeof *nw->voff);
    nw->cum = trygg__xmalloc((nvtot ? nvtot : 1) * sizeof *nw->cum);
    nvtot = 0;
    for (size_t i = 0; i < nw->nmain; i++) {
        nw->voff[i] = nvtot;
        trygg__polyline_cum(nw->mainv.v[i].xy, nw->mainv.v[i].nv, nw->cum + nvtot);
        nvtot += nw->mainv.v[i].nv;
    }
    nw->voff[nw->nmain] = nvtot;
    nw->edges = trygg__xmalloc((ne ? ne : 1) * sizeof *nw->edges);
    double *pts = trygg__xmalloc((ne ? 4 * ne : 1) * sizeof *pts);
    ne = 0;
    for (size_t i = 0; i < nw->nmain; i++)
        for (size_t k = 0; k + 1 < bounds[i].n; k++) {
            const trygg__cut *a = &bounds[i].v[k], *b = &bounds[i].v[k + 1];
            nw->edges[ne] = (edge){i, a->s, b->s, {{a->x, a->y}, {b->x, b->y}}, {0, 0}};
            pts[4 * ne] = a->x;
            pts[4 * ne + 1] = a->y;
            pts[4 * ne + 2] = b->x;
            pts[4 * ne + 3] = b->y;
            ne++;
        }
    nw->nedges = ne;
    trygg__nodes_build(pts, 2 * ne, NODE_SNAP_M, &nw->nodes);
    free(pts);
    for (size_t e = 0; e < 2 * ne; e++)
        nw->edges[e / 2].node[e % 2] = nw->nodes.node_of[e];
    nw->nnodes = nw->nodes.n;
    nw->node_first = nw->nodes.first;
    nw->ends = nw->nodes.ends;
}

/* ---- step 3: chains ---- */

static size_t step_node(const network *nw, step s, int which)
{
    const edge *e = &nw->edges[s.edge];
    return e->node[s.rev ? 1 - which : which];
}

/* The step that continues s beyond its end (forward) or before its start (backward). */
static bool step_neighbour(const network *nw, step s, bool forward, step *out)
{
    size_t n = step_node(nw, s, forward ? 1 : 0);
    if (nw->node_first[n + 1] - nw->node_first[n] != 2)
        return false;
    size_t a = nw->ends[nw->node_first[n]], b = nw->ends[nw->node_first[n] + 1];
    size_t other = a / 2 == s.edge ? b : a;
    if (other / 2 == s.edge || !continues(nw, s.edge, other / 2))
        return false;
    int which = (int)(other % 2); /* which end of the other edge is at n */
    /* forward: leave n along the other edge; backward: arrive at n along it */
    *out = (step){other / 2, forward ? which == 1 : which == 0};
    return true;
}

static void chain_push(chain *c, step s, double len)
{
    if (c->n == c->cap)
        trygg__grow((void **)&c->v, &c->cap, c->n + 1, sizeof *c->v);
    c->v[c->n++] = s;
    c->length += len;
}

static void build_chains(network *nw)
{
    bool *visited = trygg__xcalloc(nw->nedges ? nw->nedges : 1, sizeof *visited);
    nw->chains = trygg__xcalloc(nw->nedges ? nw->nedges : 1, sizeof *nw->chains);
    for (size_t e = 0; e < nw->nedges; e++) {
        if (visited[e])
            continue;
        step start = {e, false}, p;
        for (size_t guard = 0; guard < nw->nedges && step_neighbour(nw, start, false, &p) && p.edge != e; guard++)
            start = p;
        chain *c = &nw->chains[nw->nchains++];
        c->alive = true;
        c->end[0] = step_node(nw, start, 0);
        step cur = start, nx;
        for (;;) {
            chain_push(c, cur, nw->edges[cur.edge].s1 - nw->edges[cur.edge].s0);
            visited[cur.edge] = true;
            if (!step_neighbour(nw, cur, true, &nx) || visited[nx.edge])
                break;
            cur = nx;
        }
        c->end[1] = step_node(nw, cur, 1);
    }
    free(visited);
}

/* ---- step 4: short chains merged into their street ---- */

static void build_chain_ends(network *nw)
{
    size_t *count = trygg__xcalloc(nw->nnodes + 1, sizeof *count);
    for (size_t c = 0; c < nw->nchains; c++) {
        count[nw->chains[c].end[0]]++;
        count[nw->chains[c].end[1]]++;
    }
    nw->cend_first = trygg__xmalloc((nw->nnodes + 1) * sizeof *nw->cend_first);
    size_t acc = 0;
    for (size_t k = 0; k < nw->nnodes; k++) {
        nw->cend_first[k] = acc;
        acc += count[k];
        count[k] = nw->cend_first[k];
    }
    nw->cend_first[nw->nnodes] = acc;
    nw->cends = trygg__xmalloc((acc ? acc : 1) * sizeof *nw->cends);
    for (size_t c = 0; c < nw->nchains; c++)
        for (int w = 0; w < 2; w++)
            nw->cends[count[nw->chains[c].end[w]]++] = (chain_end){c, w};
    free(count);
}

/* Unit direction of chain c leaving its end `which` (pointing into the chain). */
static void chain_direction(const network *nw, const chain *c, int which, double *ux, double *uy)
{
    step s = c->v[which ? c->n - 1 : 0];
    const edge *e = &nw->edges[s.edge];
    const trygg_street *ln = &nw->mainv.v[e->line];
    const double *cum = nw->cum + nw->voff[e->line];
    /* the edge's end at the chain's end, and a point up to TANGENT_M into it */
    bool at_start = (which == 0) != s.rev; /* the chain's end is the edge's start point */
    double len = e->s1 - e->s0, d = len < TANGENT_M ? len : TANGENT_M;
    const double *p = e->p[at_start ? 0 : 1];
    double qx, qy;
    trygg__point_at_cum(ln->xy, cum, ln->nv, at_start ? e->s0 + d : e->s1 - d, &qx, &qy);
    double dx = qx - p[0], dy = qy - p[1], n = sqrt(dx * dx + dy * dy);
    *ux = n > 0.0 ? dx / n : 0.0;
    *uy = n > 0.0 ? dy / n : 0.0;
}

static void chain_reverse(chain *c)
{
    for (size_t i = 0, j = c->n ? c->n - 1 : 0; i < j; i++, j--) {
        step t = c->v[i];
        c->v[i] = c->v[j];
        c->v[j] = t;
    }
    for (size_t i = 0; i < c->n; i++)
        c->v[i].rev = !c->v[i].rev;
    size_t t = c->end[0];
    c->end[0] = c->end[1];
    c->end[1] = t;
}

static chain_end *find_end(network *nw, size_t node, size_t c, int which)
{
    for (size_t k = nw->cend_first[node]; k < nw->cend_first[node + 1]; k++)
        if (nw->cends[k].chain == c && nw->cends[k].which == which)
            return &nw->cends[k];
    return NULL;
}

/* Chain a, at its end wa, joins chain b at b's end wb (the same node): b becomes a + b. */
static void merge_chains(network *nw, size_t a, int wa, size_t b, int wb)
{
    chain *ca = &nw->chains[a], *cb = &nw->chains[b];
    size_t node = ca->end[wa], far_a = ca->end[1 - wa], far_b = cb->end[1 - wb];
    find_end(nw, node, a, wa)->chain = SIZE_MAX;
    find_end(nw, node, b, wb)->chain = SIZE_MAX;
    chain_end *ea = find_end(nw, far_a, a, 1 - wa), *eb = find_end(nw, far_b, b, 1 - wb);
    if (wa == 0)
        chain_reverse(ca); /* a now ends at the node */
    if (wb == 1)
        chain_reverse(cb); /* b now starts at it */
    chain m = {0};
    for (size_t i = 0; i < ca->n; i++)
        chain_push(&m, ca->v[i], 0.0);
    for (size_t i = 0; i < cb->n; i++)
        chain_push(&m, cb->v[i], 0.0);
    m.length = ca->length + cb->length;
    m.end[0] = far_a;
    m.end[1] = far_b;
    m.alive = true;
    free(ca->v);
    free(cb->v);
    *ca = (chain){0};
    *cb = m;
    *ea = (chain_end){b, 0};
    *eb = (chain_end){b, 1};
}

typedef struct {
    size_t chain;
    double length;
} by_length;

static int cmp_by_length(const void *pa, const void *pb)
{
    const by_length *a = pa, *b = pb;
    if (a->length != b->length)
        return a->length < b->length ? -1 : 1;
    return (a->chain > b->chain) - (a->chain < b->chain);
}

/* The best chain for c to merge into: at either end, a chain of the same street that is not
 * c itself and not a loop, with the smallest turn; ties to the shorter, then the lower id. */
static bool best_partner(const network *nw, size_t c, int *wc, size_t *partner, int *wp)
{
    const chain *cc = &nw->chains[c];
    double best_turn = INFINITY, best_len = INFINITY;
    bool found = false;
    for (int w = 0; w < 2; w++) {
        size_t node = cc->end[w];
        double ux, uy;
        chain_direction(nw, cc, w, &ux, &uy);
        for (size_t k = nw->cend_first[node]; k < nw->cend_first[node + 1]; k++) {
            chain_end ce = nw->cends[k];
            if (ce.chain == SIZE_MAX || ce.chain == c)
                continue;
            const chain *o = &nw->chains[ce.chain];
            if (o->end[0] == o->end[1] || !same_street(nw, cc, o))
                continue;
            double vx, vy;
            chain_direction(nw, o, ce.which, &vx, &vy);
            /* straight on: c leaves the node one way, o the opposite way (dot = -1) */
            double dot = ux * vx + uy * vy;
            double turn = acos(fmax(-1.0, fmin(1.0, -dot)));
            if (turn < best_turn - 1e-9 || (fabs(turn - best_turn) <= 1e-9 && o->length < best_len)) {
                best_turn = turn;
                best_len = o->length;
                *wc = w;
                *partner = ce.chain;
                *wp = ce.which;
                found = true;
            }
        }
    }
    return found;
}

static void merge_short_chains(network *nw, trygg_network_stats *stats)
{
    double min_len = nw->rules->min_place_m;
    by_length *order = trygg__xmalloc((nw->nchains ? nw->nchains : 1) * sizeof *order);
    for (bool changed = true; changed;) {
        changed = false;
        size_t n = 0;
        for (size_t c = 0; c < nw->nchains; c++)
            if (nw->chains[c].alive && nw->chains[c].length < min_len)
                order[n++] = (by_length){c, nw->chains[c].length};
        if (n > 1)
            qsort(order, n, sizeof *order, cmp_by_length);
        for (size_t k = 0; k < n; k++) {
            size_t c = order[k].chain, p = 0;
            int wc = 0, wp = 0;
            const chain *cc = &nw->chains[c];
            if (!cc->alive || cc->length >= min_len || cc->end[0] == cc->end[1])
                continue;
            if (!best_partner(nw, c, &wc, &p, &wp))
                continue;
            merge_chains(nw, c, wc, p, wp);
            stats->short_merged++;
            changed = true;
        }
    }
    free(order);
}

/* ---- step 5: streets and places ---- */

typedef struct {
    double end;  /* position along the joined street where this input piece ends */
    size_t line; /* main line index */
} piece;

static void append_xy(double **xy, size_t *nv, size_t *cap, const double *src, size_t n, bool rev, bool skip_first)
{
    trygg__grow((void **)xy, cap, *nv + n, 2 * sizeof **xy);
    for (size_t i = skip_first ? 1 : 0; i < n; i++) {
        size_t k = rev ? n - 1 - i : i;
        (*xy)[2 * *nv] = src[2 * k];
        (*xy)[2 * *nv + 1] = src[2 * k + 1];
        (*nv)++;
    }
}

/* The lit value with the most length, len[] indexed by TRYGG_LIT_*;
 * unknown on a tie. */
static int majority_lit(const double len[3])
{
    double unk = len[TRYGG_LIT_UNKNOWN], no = len[TRYGG_LIT_NO], yes = len[TRYGG_LIT_YES];
    if (yes > no && yes > unk)
        return TRYGG_LIT_YES;
    if (no > yes && no > unk)
        return TRYGG_LIT_NO;
    return TRYGG_LIT_UNKNOWN;
}

/* Place attributes from the input pieces overlapping [from, to] of its street. */
static void place_sources(const network *nw, const piece *pc, size_t npc, double scale, trygg_place *pl)
{
    trygg__strbuf ids = {0};
    double lit_len[3] = {0, 0, 0};
    double from = pl->from_m, to = pl->from_m + pl->length_m, prev_end = 0.0;
    int64_t last_fid = INT64_MIN;
    for (size_t k = 0; k < npc; k++) {
        double a = prev_end * scale, b = pc[k].end * scale;
        prev_end = pc[k].end;
        double overlap = fmin(b, to) - fmax(a, from);
        if (!(overlap > 1e-6))
            continue;
        const trygg_street *ln = &nw->mainv.v[pc[k].line];
        lit_len[ln->lit] += overlap;
        /* consecutive pieces of one line name it once; a line met again later is listed again
         * only if it is not already in the list */
        if (ln->fid != last_fid) {
            char num[32];
            snprintf(num, sizeof num, "%lld", (long long)ln->fid);
            bool seen = false;
            if (ids.n) {
                size_t nl = strlen(num);
                for (const char *q = ids.s; (q = strstr(q, num)) != NULL; q += nl)
                    if ((q == ids.s || q[-1] == ',') && (q[nl] == ',' || q[nl] == '\0'))
                        seen = true;
            }
            if (!seen)
                trygg__sb_printf(&ids, "%s%s", ids.n ? "," : "", num);
            last_fid = ln->fid;
        }
    }
    pl->source_ids = trygg__sb_steal(&ids);
    pl->lit = majority_lit(lit_len);
}

typedef struct {
    size_t line;
    double length;
} line_length;

static int cmp_line_length(const void *pa, const void *pb)
{
    const line_length *a = pa, *b = pb;
    return (a->line > b->line) - (a->line < b->line);
}

/* The input line with the most length in the chain (ties: the lower index): it names the street. */
static size_t longest_line(const network *nw, const chain *c)
{
    line_length *ll = trygg__xmalloc(c->n * sizeof *ll);
    for (size_t i = 0; i < c->n; i++) {
        const edge *e = &nw->edges[c->v[i].edge];
        ll[i] = (line_length){e->line, e->s1 - e->s0};
    }
    qsort(ll, c->n, sizeof *ll, cmp_line_length);
    size_t best = ll[0].line;
    double best_len = -1.0;
    for (size_t i = 0; i < c->n;) {
        size_t j = i;
        double sum = 0.0;
        for (; j < c->n && ll[j].line == ll[i].line; j++)
            sum += ll[j].length;
        if (sum > best_len) {
            best_len = sum;
            best = ll[i].line;
        }
        i = j;
    }
    free(ll);
    return best;
}

/* The chain's polyline (owned by the caller) and its input pieces in order. */
static double *chain_polyline(const network *nw, const chain *c, size_t *nv_out, piece *pc, double *along_out)
{
    double *xy = NULL;
    size_t nv = 0, cap = 0;
    double along = 0.0;
    for (size_t i = 0; i < c->n; i++) {
        const edge *e = &nw->edges[c->v[i].edge];
        const trygg_street *ln = &nw->mainv.v[e->line];
        const double *cum = nw->cum + nw->voff[e->line];
        size_t snv;
        double *sub = trygg__substring_cum(ln->xy, cum, ln->nv, e->s0, e->s1, e->p[0], e->p[1], &snv);
        append_xy(&xy, &nv, &cap, sub, snv, c->v[i].rev, i > 0);
        free(sub);
        along += e->s1 - e->s0;
        if (pc)
            pc[i] = (piece){along, e->line};
    }
    *nv_out = nv;
    if (along_out)
        *along_out = along;
    return xy;
}

/* Named main lines in an STRtree, for the nearest named street of a chain's end. */
static void build_named_index(network *nw)
{
    nw->named.v = trygg__xmalloc((nw->nmain ? nw->nmain : 1) * sizeof *nw->named.v);
    for (size_t i = 0; i < nw->nmain; i++)
        if (nw->mainv.v[i].name)
            nw->named.v[nw->named.n++] = nw->mainv.v[i];
    nw->named_idx = trygg_index_new(nw->ctx, nw->named.n, line_envelope, &nw->named);
}

/* The name of a street meeting the chain at node n: the first in byte order among the names,
 * other than `own`, of the lines with an end there. Where only unnamed ways meet there (an
 * unnamed crossing footway, a service entrance), the nearest line of another name within
 * CROSS_NAME_M of the node. NULL when there is none. */
static const char *cross_name(network *nw, size_t n, const char *own)
{
    const char *best = NULL;
    for (size_t k = nw->node_first[n]; k < nw->node_first[n + 1]; k++) {
        const char *name = line_of(nw, nw->ends[k] / 2)->name;
        if (name && (!own || strcmp(name, own) != 0) && (!best || strcmp(name, best) < 0))
            best = name;
    }
    if (best)
        return best;
    if (!nw->named_idx)
        build_named_index(nw);
    size_t e = nw->ends[nw->node_first[n]];
    const double *p = nw->edges[e / 2].p[e % 2];
    double bd = CROSS_NAME_M;
    trygg_index_query(nw->named_idx, trygg__geos(nw->ctx), p[0] - bd, p[1] - bd, p[0] + bd, p[1] + bd, &nw->ids);
    for (size_t k = 0; k < nw->ids.n; k++) {
        const trygg_street *ln = &nw->named.v[nw->ids.v[k]];
        if (own && strcmp(ln->name, own) == 0)
            continue;
        double d = trygg_geom_point_polyline_distance(p[0], p[1], ln->xy, ln->nv, NULL);
        if (d < bd || (d == bd && best && strcmp(ln->name, best) < 0)) {
            bd = d;
            best = ln->name;
        }
    }
    return best;
}

/* An unnamed way's kind in the run's language (the OSM highway values a place is most often
 * unnamed for); another class as it is. */
static const char *class_words(const char *road_class)
{
    static const struct {
        const char *cls, *words;
    } kinds[] = {
        {"footway", N_("footway")},         {"cycleway", N_("cycleway")},   {"path", N_("path")},
        {"service", N_("service road")},    {"pedestrian", N_("pedestrian street")}, {"steps", N_("steps")},
        {"track", N_("track")},             {"living_street", N_("living street")},
        {"residential", N_("residential street")}, {"unclassified", N_("minor road")},
        {"bridleway", N_("bridleway")},
    };
    for (size_t i = 0; i < sizeof kinds / sizeof kinds[0]; i++)
        if (strcmp(road_class, kinds[i].cls) == 0)
            return _(kinds[i].words);
    return road_class;
}

/* How a planner finds the place: "Storgatan (Lillgatan – Kvarngatan)", the street (or its kind
 * when unnamed: "gångväg (Kaivokatu)") and the streets it meets at its two ends. */
static char *chain_location(network *nw, const chain *c, const trygg_street *named)
{
    const char *what = named->name ? named->name : named->road_class ? class_words(named->road_class) : _("street");
    const char *a = cross_name(nw, c->end[0], named->name), *b = cross_name(nw, c->end[1], named->name);
    if (a && b && strcmp(a, b) != 0)
        return trygg__xasprintf("%s (%s \u2013 %s)", what, a, b);
    if (a || b)
        return trygg__xasprintf("%s (%s)", what, a ? a : b);
    return trygg__xstrdup(what);
}

static void chain_to_street(network *nw, const chain *c, trygg_streets *streets, trygg_places *places,
                            trygg_network_stats *stats)
{
    size_t nv;
    double along;
    piece *pc = trygg__xmalloc(c->n * sizeof *pc);
    double *xy = chain_polyline(nw, c, &nv, pc, &along);
    const trygg_street *named = &nw->mainv.v[longest_line(nw, c)];
    size_t street_idx = streets->n;
    trygg_street *s = trygg_streets_push(streets);
    s->xy = xy;
    s->nv = nv;
    s->name = trygg__xstrdup(named->name);
    s->road_class = trygg__xstrdup(named->road_class);
    s->fid = named->fid;
    s->attach = TRYGG_ATTACH_NONE;
    char *location = chain_location(nw, c, named);

    double *cum = trygg__xmalloc(nv * sizeof *cum);
    double total = trygg__polyline_cum(xy, nv, cum);
    double scale = along > 0.0 ? total / along : 1.0;
    size_t parts = trygg__equal_parts(total, nw->rules->segment_max_m, nw->rules->min_place_m);
    double lit_len[3] = {0, 0, 0};
    for (size_t p = 0; p < parts; p++) {
        double from = total * (double)p / (double)parts;
        double to = p + 1 == parts ? total : total * (double)(p + 1) / (double)parts;
        trygg_place *pl = trygg_places_push(places);
        pl->xy = trygg__substring_cum(xy, cum, nv, from, to, p == 0 ? xy : NULL, p + 1 == parts ? xy + 2 * (nv - 1) : NULL,
                                      &pl->nv);
        pl->street = street_idx;
        pl->piece = p;
        pl->from_m = from;
        pl->length_m = to - from;
        trygg__place_defaults(pl);
        place_sources(nw, pc, c->n, scale, pl);
        pl->location = trygg__xstrdup(location);
        lit_len[pl->lit] += pl->length_m;
        if (pl->length_m < nw->rules->min_place_m)
            stats->places_short++;
    }
    s->lit = majority_lit(lit_len);
    free(location);
    free(cum);
    free(pc);
}

/* A stub: a stretch of unnamed way still shorter than min_place_m after the merges (a flight of
 * steps, a service entrance, a path fragment between two junctions). It is part of the place it
 * touches, not a place of its own. */
static bool is_stub(const network *nw, const chain *c)
{
    return c->alive && c->length < nw->rules->min_place_m && line_of(nw, c->v[0].edge)->name == NULL;
}

/* ---- step 6: sidewalks, crossings and stubs attached to places ---- */

static void place_envelope(size_t i, double env[4], void *user)
{
    const trygg_places *p = user;
    trygg_geom_polyline_envelope(p->v[i].xy, p->v[i].nv, env);
}

typedef struct {
    trygg_index *idx;
    trygg_streets view; /* the places' polylines seen as streets, for nearest_line */
    trygg_idlist ids;
    GEOSContextHandle_t geos;
} place_finder;

static void finder_init(place_finder *pf, trygg_ctx *ctx, trygg_places *places)
{
    pf->idx = trygg_index_new(ctx, places->n, place_envelope, places);
    pf->geos = trygg__geos(ctx);
    pf->ids = (trygg_idlist){0};
    pf->view = (trygg_streets){0};
    pf->view.v = trygg__xmalloc((places->n ? places->n : 1) * sizeof *pf->view.v);
    pf->view.n = places->n;
    for (size_t i = 0; i < places->n; i++)
        pf->view.v[i] = (trygg_street){.xy = places->v[i].xy, .nv = places->v[i].nv};
}

static void finder_fini(place_finder *pf)
{
    free(pf->view.v);
    trygg_idlist_fini(&pf->ids);
    trygg_index_free(pf->idx);
}

static void add_attached_id(trygg_place *pl, int64_t fid)
{
    char *old = pl->attached_ids;
    pl->attached_ids = old ? trygg__xasprintf("%s,%lld", old, (long long)fid) : trygg__xasprintf("%lld", (long long)fid);
    free(old);
}

/* The place nearest (x, y) within attach_m gets the ids; false when there is none. */
static bool attach_at(network *nw, place_finder *pf, trygg_places *places, double x, double y, const int64_t *fids,
                      size_t nfids)
{
    size_t p = nearest_line(pf->idx, &pf->view, pf->geos, x, y, nw->rules->attach_m, &pf->ids, NULL);
    if (p == SIZE_MAX)
        return false;
    for (size_t k = 0; k < nfids; k++)
        add_attached_id(&places->v[p], fids[k]);
    return true;
}

/* Stubs are attached to the nearest place of another stretch; one with no place within
 * attach_m (an isolated fragment far from any street) stays a place. Sidewalks and crossings
 * are attached to the place nearest their midpoint. */
static void attach_all(network *nw, const bool *attached, trygg_streets *streets, trygg_places *places,
                       trygg_network_stats *stats)
{
    place_finder pf;
    finder_init(&pf, nw->ctx, places);
    size_t nlater = 0;
    size_t *later = trygg__xmalloc((nw->nchains ? nw->nchains : 1) * sizeof *later);
    for (size_t c = 0; c < nw->nchains; c++) {
        const chain *ch = &nw->chains[c];
        if (!is_stub(nw, ch))
            continue;
        size_t nv;
        double *xy = chain_polyline(nw, ch, &nv, NULL, NULL);
        double x, y;
        midpoint(&(trygg_street){.xy = xy, .nv = nv}, &x, &y);
        free(xy);
        int64_t *fids = trygg__xmalloc(ch->n * sizeof *fids);
        size_t nf = 0;
        for (size_t i = 0; i < ch->n; i++) {
            int64_t fid = line_of(nw, ch->v[i].edge)->fid;
            if (nf == 0 || fids[nf - 1] != fid)
                fids[nf++] = fid;
        }
        if (attach_at(nw, &pf, places, x, y, fids, nf)) {
            stats->stubs_attached++;
            stats->stubs_attached_m += ch->length;
        } else {
            later[nlater++] = c;
        }
        free(fids);
    }
    for (size_t i = 0; i < nw->in->n; i++) {
        if (!attached[i])
            continue;
        double x, y;
        midpoint(&nw->in->v[i], &x, &y);
        attach_at(nw, &pf, places, x, y, &nw->in->v[i].fid, 1);
    }
    finder_fini(&pf);
    for (size_t k = 0; k < nlater; k++)
        chain_to_street(nw, &nw->chains[later[k]], streets, places, stats);
    free(later);
}

static void network_fini(network *nw)
{
    trygg_index_free(nw->named_idx);
    free(nw->named.v);
    trygg_idlist_fini(&nw->ids);
    if (nw->chains)
        for (size_t c = 0; c < nw->nchains; c++)
            free(nw->chains[c].v);
    free(nw->chains);
    free(nw->cends);
    free(nw->cend_first);
    trygg__nodes_fini(&nw->nodes);
    free(nw->edges);
    free(nw->cum);
    free(nw->voff);
    free(nw->mainv.v);
    free(nw->main_of);
}

trygg_status trygg_geom_build_places(trygg_ctx *ctx, const trygg_streets *in, const trygg_place_rules *rules,
                                     trygg_streets *streets_out, trygg_places *places_out,
                                     trygg_network_stats *stats_out)
{
    trygg_status st = TRYGG_OK;
    network nw = {.ctx = ctx, .in = in, .rules = rules};
    trygg__cuts *bounds = NULL;
    bool *attached = NULL;
    trygg_streets streets = {0};
    trygg_places places = {0};
    trygg_network_stats stats = {0};

    if (!(rules->segment_max_m > 0.0) || !isfinite(rules->segment_max_m) || !(rules->min_place_m >= 0.0) ||
        !(rules->attach_m >= 0.0)) {
        st = trygg__fail(ctx, TRYGG_E_USAGE, "building places: segment_max_m must be positive and min_place_m, "
                                             "attach_m not negative (got %g, %g, %g)",
                         rules->segment_max_m, rules->min_place_m, rules->attach_m);
        goto done;
    }
    stats.input_lines = in->n;
    attached = trygg__xcalloc(in->n ? in->n : 1, sizeof *attached);
    classify_lines(&nw, attached, &stats);
    nw.main_of = trygg__xmalloc((in->n ? in->n : 1) * sizeof *nw.main_of);
    nw.mainv.v = trygg__xmalloc((in->n ? in->n : 1) * sizeof *nw.mainv.v);
    for (size_t i = 0; i < in->n; i++)
        if (!attached[i]) {
            nw.main_of[nw.nmain] = i;
            nw.mainv.v[nw.nmain++] = in->v[i];
        }
    nw.mainv.n = nw.nmain;
    if ((st = trygg__node_streets(ctx, &nw.mainv, &bounds)) != TRYGG_OK)
        goto done;
    build_edges(&nw, bounds);
    /* The edges hold what the cuts said: freed before the chains and places are made, which is
     * where a country's run peaks. */
    trygg__cuts_free(bounds, nw.nmain);
    bounds = NULL;
    build_chains(&nw);
    stats.chains = nw.nchains;
    build_chain_ends(&nw);
    merge_short_chains(&nw, &stats);
    for (size_t c = 0; c < nw.nchains; c++)
        if (nw.chains[c].alive && !is_stub(&nw, &nw.chains[c]))
            chain_to_street(&nw, &nw.chains[c], &streets, &places, &stats);
    attach_all(&nw, attached, &streets, &places, &stats);
    stats.streets = streets.n;
    stats.places = places.n;
    for (size_t i = 0; i < places.n; i++)
        stats.places_under_10m += places.v[i].length_m < 10.0;

    trygg_streets_fini(streets_out);
    *streets_out = streets;
    memset(&streets, 0, sizeof streets);
    trygg_places_fini(places_out);
    *places_out = places;
    memset(&places, 0, sizeof places);
    if (stats_out)
        *stats_out = stats;
done:
    trygg__cuts_free(bounds, nw.nmain);
    free(attached);
    network_fini(&nw);
    trygg_streets_fini(&streets);
    trygg_places_fini(&places);
    return st;
}
