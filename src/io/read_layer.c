/*
 * The read driver: one loop for every vector input (read_internal.h). An input of [streets] ...
 * [pois] is read in chunks of features: each chunk's coordinates are checked in the source CRS,
 * transformed in one batch, checked again (and points against the study box), and every
 * accepted feature goes to the kind's callback with its OGR feature, which lives until then.
 *
 * The source CRS is decided before reading (trygg__reader_open's layer, the configuration, the
 * assumed CRS). Two checks need every point: whether longitude and latitude are swapped (a
 * geographic source) and whether CSV columns named like longitude and latitude hold degrees.
 * The first fails the layer after reading; the second, when it finds projected coordinates
 * after all, reads the layer again in the CRS that then applies. A failure found before reading
 * (no CRS, one that does not parse) is reported after reading, so that an empty or unusable
 * layer is named as such first, as it always was.
 *
 * Rejects go to one list per step (reading, the source coordinates, the transformation, the
 * study box, the kind) that are joined in that order at the end: the input report lists its
 * reasons, each with its first example, as when the whole layer was read before anything was
 * transformed.
 */
#include <math.h>
#include <ogr_api.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "core/i18n.h"
#include "core/internal.h"
#include "geom/crs_internal.h"
#include "geom/geom.h"
#include "io/io.h"
#include "io/read_internal.h"

enum { CHUNK = 512 };

enum { PH_READ, PH_SOURCE, PH_TRANSFORM, PH_BOX, PH_KIND, NPHASES };

static const char *const names_id[] = {"id", "inc_id", "lamp_id", NULL};
static const char *const names_synthetic[] = {"synthetic", NULL};

/* A point (POINTS, CENTROIDS) or a part (LINES, POLYGONS) of a feature of the chunk. */
typedef struct {
    size_t v0, nv; /* its vertices in state.xy */
    size_t r0, nr; /* POLYGONS: its rings in state.ring_end (ends counted from v0) */
    size_t feature;
    const char *why; /* rejected: why */
} item;

typedef struct {
    char where[64];
    double x, y;
} swap_note;

struct trygg__read_state {
    const trygg__read_kind *kind;
    void *user;
    trygg_input_report phase[NPHASES]; /* rejects per step; only their reasons are used */
    int ph;                            /* the step rejects go to now */

    /* the chunk */
    OGRFeatureH f[CHUNK];
    int64_t gfid[CHUNK];
    OGRLayerH from[CHUNK];
    int tag[CHUNK];
    size_t nf;
    item *it;
    size_t nit, capit;
    double *xy, *scratch; /* scratch: POINTS, the source coordinates, then a feature's points */
    size_t nxy, capxy, capscratch;
    size_t *ring_end;
    size_t nring, capring;

    bool interrupted;  /* the reading stopped at an interrupt (trygg__interrupted) */
    size_t candidates; /* points or parts read with a geometry of the right kind */
    size_t wrong_type;
    char found_type[64]; /* the first wrong geometry type */

    /* the CRS */
    bool transform;           /* a transformation is set up: features are handed over */
    trygg_status crs_status;  /* a failure to report after reading */
    bool crs_late;            /* ... after the check for swapped coordinates */
    bool guess;               /* WGS 84 from the column names, to be confirmed by the points */
    char *crs_desc;           /* for the report */
    char xform_msg[1024];     /* GDAL's last error since the transformation was set up */
    size_t nfinite, nlonlat, nswap_only, nswappable;
    double xmin, xmax, ymin, ymax, sx, sy;

    trygg__polygons polygons; /* AREA_POLYGONS */

    /* the study box (points) */
    bool check_box;
    double box[4], margin_m;
    char *outside_reason;
    size_t swaps;
    swap_note swap[5];
};

typedef struct trygg__read_state read_state;

/* ---------------------------------------------------------------- rejects */

static void reject_v(trygg__reader *rd, const char *reason, const char *fmt, va_list ap)
{
    char example[1024];
    vsnprintf(example, sizeof example, fmt, ap);
    trygg_input_report_reject(&rd->state->phase[rd->state->ph], reason, "%s", example);
}

void trygg__reader_reject_ex(trygg__reader *rd, const char *reason, const char *example_fmt, ...)
{
    va_list ap;
    va_start(ap, example_fmt);
    reject_v(rd, reason, example_fmt, ap);
    va_end(ap);
}

void trygg__reader_reject(trygg__reader *rd, const char *reason, int64_t gfid)
{
    char where[64];
    trygg__reader_where(rd, gfid, where, sizeof where);
    trygg_input_report_reject(&rd->state->phase[rd->state->ph], reason, "%s", where);
}

/* The step's rejects into the report, after those of the steps before. */
static void merge_phase(trygg_input_report *to, trygg_input_report *from)
{
    for (size_t i = 0; i < from->nreasons; i++) {
        trygg_reject_reason *rr = &from->reasons[i];
        size_t k = 0;
        while (k < to->nreasons && strcmp(to->reasons[k].reason, rr->reason) != 0)
            k++;
        if (k < to->nreasons) {
            to->reasons[k].count += rr->count;
            continue;
        }
        trygg__grow((void **)&to->reasons, &to->capreasons, to->nreasons + 1, sizeof *to->reasons);
        to->reasons[to->nreasons++] = *rr;
        rr->reason = rr->example = NULL;
    }
    to->rejected += from->rejected;
    trygg_input_report_fini(from);
}

/* ---------------------------------------------------------------- fields */

int64_t trygg__reader_fid(const trygg__reader *rd, OGRFeatureH f)
{
    if (rd->id_idx >= 0 && OGR_F_IsFieldSetAndNotNull(f, rd->id_idx)) {
        const char *s = OGR_F_GetFieldAsString(f, rd->id_idx);
        char *end = NULL;
        long long v = strtoll(s, &end, 10);
        if (end != s && *end == '\0')
            return v;
    }
    return OGR_F_GetFID(f);
}

static trygg_status find_fields(trygg__reader *rd, const trygg__read_kind *k, void *user)
{
    trygg_status st;
    if (k->ids && ((st = trygg__reader_field(rd, rd->lc->field_id, "id_field", names_id, &rd->id_idx)) ||
                   (st = trygg__reader_field(rd, NULL, "synthetic", names_synthetic, &rd->synthetic_idx))))
        return st;
    rd->field = trygg__xcalloc(k->nfields + 1, sizeof *rd->field);
    for (size_t i = 0; i < k->nfields; i++) {
        const trygg__field *f = &k->fields[i];
        const char *configured = f->input ? *(char *const *)((const char *)rd->lc + f->input) : f->configured;
        rd->field[i] = trygg__layer_field(rd->layer, configured, f->usual);
        if (rd->field[i] >= 0 || f->need == TRYGG__FIELD_OPTIONAL || (f->need == TRYGG__FIELD_IF_CONFIGURED &&
                                                                      !configured))
            continue;
        if (k->missing)
            return k->missing(rd, i, user);
        return trygg__fail(rd->ctx, TRYGG_E_SCHEMA, "%s: layer %s has no field '%s' (configured as %s)", rd->source,
                           rd->layer_name, configured, f->option);
    }
    return TRYGG_OK;
}

/* ---------------------------------------------------------------- the CRS of an input */

/* "EPSG:4326", or the CRS name when it has no authority code. Newly allocated. */
static char *describe_srs(OGRSpatialReferenceH srs)
{
    const char *auth = OSRGetAuthorityName(srs, NULL), *code = OSRGetAuthorityCode(srs, NULL);
    if (auth && code)
        return trygg__xasprintf("%s:%s", auth, code);
    OGRSpatialReferenceH c = OSRClone(srs);
    char *out = NULL;
    if (OSRAutoIdentifyEPSG(c) == OGRERR_NONE && OSRGetAuthorityName(c, NULL) && OSRGetAuthorityCode(c, NULL))
        out = trygg__xasprintf("%s:%s", OSRGetAuthorityName(c, NULL), OSRGetAuthorityCode(c, NULL));
    else
        out = trygg__xstrdup(OSRGetName(srs) ? OSRGetName(srs) : "unnamed CRS");
    OSRDestroySpatialReference(c);
    return out;
}

/* GeoPackage's placeholders for "no CRS" (srs_id 0 and -1) come back as SRSs named
 * "Undefined geographic SRS" / "Undefined Cartesian SRS" without an authority. */
static bool undefined_srs(OGRSpatialReferenceH srs)
{
    const char *name = OSRGetName(srs);
    return !OSRGetAuthorityName(srs, NULL) && name && strncmp(name, "Undefined", 9) == 0;
}

/* The source CRS (the configured one, the layer's, WGS 84 for CSV columns named like longitude
 * and latitude when `guess`, the assumed one) and the transformation to the working CRS. A
 * failure is kept in state.crs_status for after reading. */
static void plan_crs(trygg__reader *rd, bool guess)
{
    read_state *s = rd->state;
    trygg_ctx *ctx = rd->ctx;
    if (rd->ct)
        OCTDestroyCoordinateTransformation(rd->ct);
    if (rd->src_srs)
        OSRDestroySpatialReference(rd->src_srs);
    rd->ct = NULL;
    rd->src_srs = NULL;
    free(s->crs_desc);
    s->crs_desc = NULL;
    s->transform = s->crs_late = s->guess = false;
    s->crs_status = TRYGG_OK;

    if (!rd->dst_srs && !(rd->dst_srs = trygg_geom_srs_from_user(ctx, rd->working_crs))) {
        trygg__error_prefix(ctx, "working CRS");
        s->crs_status = TRYGG_E_CRS;
        return;
    }
    OGRSpatialReferenceH layer_srs = OGR_L_GetSpatialRef(rd->layer);
    const char *assumed = NULL;
    if (rd->lc->crs) {
        if (!(rd->src_srs = trygg_geom_srs_from_user(ctx, rd->lc->crs))) {
            trygg__error_prefix(ctx, "%s: crs of the %s layer", rd->source, rd->role_name);
            s->crs_status = TRYGG_E_CRS;
            return;
        }
    } else if (layer_srs && !undefined_srs(layer_srs)) {
        rd->src_srs = OSRClone(layer_srs);
        OSRSetAxisMappingStrategy(rd->src_srs, OAMS_TRADITIONAL_GIS_ORDER);
    } else if (guess && rd->is_csv && rd->csv_lonlat_names) {
        /* Columns named like longitude/latitude holding degrees: WGS 84, as nearly every such CSV
         * is; whether they hold degrees is known once the points are read (lonlat_confirmed). */
        rd->src_srs = trygg_geom_srs_from_user(ctx, "EPSG:4326");
        s->guess = true;
    } else if (rd->cfg->assume_crs) {
        if (!(rd->src_srs = trygg_geom_srs_from_user(ctx, rd->cfg->assume_crs))) {
            trygg__error_prefix(ctx, "assumed CRS");
            s->crs_status = TRYGG_E_CRS;
            return;
        }
        assumed = "assumed ";
    } else {
        s->crs_status = trygg__fail(ctx, TRYGG_E_CRS,
                                    "%s: layer %s has no CRS; give one with --assume-crs or crs= in the config",
                                    rd->source, rd->layer_name);
        return;
    }
    char *desc = describe_srs(rd->src_srs);
    s->crs_desc = trygg__xasprintf("%s%s", assumed ? assumed : "", desc);
    free(desc);
    rd->src_geographic = OSRIsGeographic(rd->src_srs);

    rd->gdal_msg[0] = '\0';
    rd->ct = OCTNewCoordinateTransformation(rd->src_srs, rd->dst_srs);
    if (!rd->ct) {
        s->crs_status = trygg__fail(ctx, TRYGG_E_CRS, "%s: no transformation from %s to %s%s%s", rd->source,
                                    s->crs_desc, rd->working_crs, rd->gdal_msg[0] ? ": " : "", rd->gdal_msg);
        s->crs_late = true;
    }
    snprintf(s->xform_msg, sizeof s->xform_msg, "%s", rd->gdal_msg);
    rd->gdal_msg[0] = '\0';
    s->transform = rd->ct != NULL;
}

/* What the coordinates look like, over the source points read that are numbers at all: the
 * first point of every part, every point. */
static void note_point(read_state *s, double x, double y)
{
    if (!isfinite(x) || !isfinite(y) || fabs(x) > TRYGG__ABSURD_COORD || fabs(y) > TRYGG__ABSURD_COORD)
        return;
    s->nfinite++;
    s->nlonlat += fabs(x) <= 180 && fabs(y) <= 90;
    s->nswap_only += fabs(x) <= 90 && fabs(y) > 90 && fabs(y) <= 180;
    if (fabs(x) <= 90 && fabs(y) <= 180) {
        s->nswappable++;
        s->sx += x;
        s->sy += y;
        s->xmin = fmin(s->xmin, x);
        s->xmax = fmax(s->xmax, x);
        s->ymin = fmin(s->ymin, y);
        s->ymax = fmax(s->ymax, y);
    }
}

static bool lonlat_confirmed(const read_state *s) { return s->nfinite > 0 && s->nlonlat * 2 > s->nfinite; }

static bool in_area(double lon, double lat, double w, double s, double e, double n)
{
    bool lon_ok = w <= e ? (lon >= w && lon <= e) : (lon >= w || lon <= e); /* area across the antimeridian */
    return lon_ok && lat >= s && lat <= n;
}

static trygg_status check_swapped(trygg__reader *rd)
{
    read_state *s = rd->state;
    if (!rd->src_geographic || s->nfinite == 0)
        return TRYGG_OK;
    bool swapped = s->nswap_only * 2 > s->nfinite;
    double w, so, e, nn;
    const char *area = NULL;
    if (!swapped && s->nswappable * 2 > s->nfinite && OSRGetAreaOfUse(rd->dst_srs, &w, &so, &e, &nn, &area) &&
        w > -1000) {
        double cx = s->sx / (double)s->nswappable, cy = s->sy / (double)s->nswappable;
        swapped = !in_area(cx, cy, w, so, e, nn) && in_area(cy, cx, w, so, e, nn);
    }
    if (!swapped)
        return TRYGG_OK;
    return trygg__fail(rd->ctx, TRYGG_E_CRS,
                       "%s: coordinates look like latitude/longitude swapped (x range %.6g..%.6g, y range "
                       "%.6g..%.6g): x should hold longitudes; swap the coordinate columns (x_field, y_field) "
                       "or the axes of the source",
                       rd->source, s->xmin, s->xmax, s->ymin, s->ymax);
}

/* Transform in place; what GDAL says is kept apart from the reading's messages. */
static size_t transform(trygg__reader *rd, double *xy, size_t n)
{
    char msg[1024];
    trygg__gdal_errors_push(msg, sizeof msg);
    size_t failed = trygg__transform_xy(rd->ct, xy, n);
    trygg__gdal_errors_pop();
    if (msg[0])
        snprintf(rd->state->xform_msg, sizeof rd->state->xform_msg, "%s", msg);
    return failed;
}

/* ---------------------------------------------------------------- reading */

static void wrong_type(trygg__reader *rd, OGRwkbGeometryType t, int64_t gfid)
{
    read_state *s = rd->state;
    char reason[128];
    snprintf(reason, sizeof reason, _("wrong geometry type (%s in the %s layer)"), OGRGeometryTypeToName(t),
             rd->role_name);
    trygg__reader_reject(rd, reason, gfid);
    if (!s->wrong_type++)
        snprintf(s->found_type, sizeof s->found_type, "%s", OGRGeometryTypeToName(t));
}

static item *add_item(read_state *s, size_t nv)
{
    trygg__grow((void **)&s->it, &s->capit, s->nit + 1, sizeof *s->it);
    trygg__grow((void **)&s->xy, &s->capxy, s->nxy + nv, 2 * sizeof *s->xy);
    item *it = &s->it[s->nit++];
    *it = (item){.v0 = s->nxy, .nv = nv, .r0 = s->nring, .feature = s->nf};
    s->nxy += nv;
    s->candidates++;
    return it;
}

static void add_point(read_state *s, double x, double y)
{
    item *it = add_item(s, 1);
    s->xy[2 * it->v0] = x;
    s->xy[2 * it->v0 + 1] = y;
    note_point(s, x, y);
}

static void add_line(trygg__reader *rd, OGRGeometryH part, int64_t gfid)
{
    read_state *s = rd->state;
    int nv = OGR_G_GetPointCount(part);
    if (nv <= 0) {
        trygg__reader_reject(rd, _("empty geometry"), gfid);
        return;
    }
    item *it = add_item(s, (size_t)nv);
    double *xy = s->xy + 2 * it->v0;
    /* x and y only: a Z or M is dropped. */
    OGR_G_GetPoints(part, xy, 2 * sizeof(double), xy + 1, 2 * sizeof(double), NULL, 0);
    note_point(s, xy[0], xy[1]);
}

/* A polygon's rings, closing rings left open; rejected when a ring has fewer than 3 distinct
 * vertices. */
static void add_polygon(trygg__reader *rd, OGRGeometryH poly, int64_t gfid)
{
    read_state *s = rd->state;
    int nr = OGR_G_GetGeometryCount(poly);
    size_t cap = 0, nxy0 = s->nxy, nring0 = s->nring;
    for (int r = 0; r < nr; r++)
        cap += (size_t)OGR_G_GetPointCount(OGR_G_GetGeometryRef(poly, r)) + 1;
    bool ok = !OGR_G_IsEmpty(poly) && nr > 0;
    item *it = ok ? add_item(s, 0) : NULL;
    trygg__grow((void **)&s->xy, &s->capxy, s->nxy + cap, 2 * sizeof *s->xy);
    trygg__grow((void **)&s->ring_end, &s->capring, s->nring + (size_t)(nr > 0 ? nr : 1), sizeof *s->ring_end);
    for (int r = 0; ok && r < nr; r++) {
        OGRGeometryH ring = OGR_G_GetGeometryRef(poly, r);
        int np = OGR_G_GetPointCount(ring);
        if (np < 3) {
            ok = false;
            break;
        }
        double *dst = s->xy + 2 * s->nxy;
        OGR_G_GetPoints(ring, dst, 2 * sizeof(double), dst + 1, 2 * sizeof(double), NULL, 0);
        size_t n = (size_t)np;
        if (dst[0] != dst[2 * n - 2] || dst[1] != dst[2 * n - 1]) {
            dst[2 * n] = dst[0];
            dst[2 * n + 1] = dst[1];
            n++;
        }
        if (n < 4) {
            ok = false;
            break;
        }
        s->nxy += n;
        s->ring_end[s->nring++] = s->nxy - nxy0;
    }
    if (ok) {
        it->nv = s->nxy - nxy0;
        it->nr = s->nring - nring0;
        note_point(s, s->xy[2 * nxy0], s->xy[2 * nxy0 + 1]);
        return;
    }
    if (it) {
        s->nit--;
        s->candidates--;
    }
    s->nxy = nxy0;
    s->nring = nring0;
    trygg__reader_reject(rd, "invalid geometry (a ring with fewer than 3 distinct vertices)", gfid);
}

/* An area (or a group of points) counts once, at its centroid (computed in the source CRS: over a
 * building's extent the difference from the projected one is centimetres). A degenerate ring (a
 * relation cut at an extract's edge) has none: GEOS says so through GDAL's error handler, and the
 * centre of its bounding box stands in. */
static void add_centroid(trygg__reader *rd, OGRGeometryH g)
{
    OGRGeometryH c = OGR_G_CreateGeometry(wkbPoint);
    bool earlier_failure = rd->gdal_msg[0] != '\0'; /* kept: it fails the layer */
    if (OGR_G_Centroid(g, c) == OGRERR_NONE && (earlier_failure || !rd->gdal_msg[0]) && !OGR_G_IsEmpty(c)) {
        add_point(rd->state, OGR_G_GetX(c, 0), OGR_G_GetY(c, 0));
    } else {
        OGREnvelope e;
        OGR_G_GetEnvelope(g, &e);
        add_point(rd->state, 0.5 * (e.MinX + e.MaxX), 0.5 * (e.MinY + e.MaxY));
    }
    if (!earlier_failure)
        rd->gdal_msg[0] = '\0';
    OGR_G_DestroyGeometry(c);
}

/* The items of one feature's geometry, or its rejection. */
static void read_geometry(trygg__reader *rd, OGRGeometryH g, int64_t gfid)
{
    read_state *s = rd->state;
    OGRwkbGeometryType t = wkbFlatten(OGR_G_GetGeometryType(g));
    OGRGeometryH linear = NULL;
    switch (s->kind->geom) {
    case TRYGG__GEOM_LINES:
    case TRYGG__GEOM_POLYGONS: {
        bool lines = s->kind->geom == TRYGG__GEOM_LINES;
        OGRwkbGeometryType one = lines ? wkbLineString : wkbPolygon;
        OGRwkbGeometryType many = lines ? wkbMultiLineString : wkbMultiPolygon;
        if (lines ? (t == wkbCircularString || t == wkbCompoundCurve || t == wkbMultiCurve)
                  : (t == wkbCurvePolygon || t == wkbMultiSurface)) {
            g = linear = OGR_G_GetLinearGeometry(g, 0, NULL);
            t = g ? wkbFlatten(OGR_G_GetGeometryType(g)) : wkbUnknown;
        }
        if (t != one && t != many) {
            wrong_type(rd, t, gfid);
            break;
        }
        int nparts = t == one ? 1 : OGR_G_GetGeometryCount(g);
        for (int k = 0; k < nparts; k++) {
            OGRGeometryH part = t == one ? g : OGR_G_GetGeometryRef(g, k);
            if (lines)
                add_line(rd, part, gfid);
            else
                add_polygon(rd, part, gfid);
        }
        break;
    }
    case TRYGG__GEOM_POINTS:
        if (t == wkbPoint) {
            add_point(s, OGR_G_GetX(g, 0), OGR_G_GetY(g, 0));
        } else if (t == wkbMultiPoint) {
            size_t before = s->nit;
            for (int k = 0; k < OGR_G_GetGeometryCount(g); k++) {
                OGRGeometryH p = OGR_G_GetGeometryRef(g, k);
                if (!OGR_G_IsEmpty(p))
                    add_point(s, OGR_G_GetX(p, 0), OGR_G_GetY(p, 0));
            }
            if (s->nit == before)
                trygg__reader_reject(rd, _("empty geometry"), gfid);
        } else {
            wrong_type(rd, t, gfid);
        }
        break;
    case TRYGG__GEOM_CENTROIDS:
        if (t == wkbPoint)
            add_point(s, OGR_G_GetX(g, 0), OGR_G_GetY(g, 0));
        else if (t == wkbPolygon || t == wkbMultiPolygon || t == wkbMultiPoint || t == wkbCurvePolygon ||
                 t == wkbMultiSurface)
            add_centroid(rd, g);
        else
            wrong_type(rd, t, gfid);
        break;
    default:
        break;
    }
    if (linear)
        OGR_G_DestroyGeometry(linear);
}

const char *trygg__reader_source_point_problem(const trygg__reader *rd, double x, double y)
{
    if (!isfinite(x) || !isfinite(y))
        return _("NaN or infinite coordinates");
    if (fabs(x) > TRYGG__ABSURD_COORD || fabs(y) > TRYGG__ABSURD_COORD)
        return _("absurd coordinates");
    if (rd->src_geographic && (fabs(x) > 360 || fabs(y) > 90))
        return _("absurd coordinates");
    return NULL;
}

static const char *transformed_problem(const double *xy, size_t n)
{
    for (size_t v = 0; v < n; v++)
        if (!isfinite(xy[2 * v]) || !isfinite(xy[2 * v + 1]))
            return _("coordinates do not transform to the working CRS");
    for (size_t v = 0; v < n; v++)
        if (fabs(xy[2 * v]) > TRYGG__ABSURD_COORD || fabs(xy[2 * v + 1]) > TRYGG__ABSURD_COORD)
            return _("absurd coordinates");
    return NULL;
}

static bool in_box(const double box[4], double x, double y)
{
    return x >= box[0] && x <= box[2] && y >= box[1] && y <= box[3];
}

/* Per-point plausibility (DESIGN.md section 7): a point outside the study box (the streets'
 * extent plus the margin) is rejected; when the same source point with its two coordinates
 * exchanged lands inside, it is named as a latitude/longitude swap (one row of a hand-kept
 * register, typically). The warnings wait for the end of the layer. */
static void reject_outside(trygg__reader *rd)
{
    read_state *s = rd->state;
    char where[64];
    for (size_t k = 0; k < s->nit; k++) {
        item *it = &s->it[k];
        double *xy = s->xy + 2 * it->v0;
        if (it->why || in_box(s->box, xy[0], xy[1]))
            continue;
        double sx = s->scratch[2 * k], sy = s->scratch[2 * k + 1], swapped[2] = {sy, sx};
        bool swap = !trygg__reader_source_point_problem(rd, sy, sx) && transform(rd, swapped, 1) == 0 &&
                    in_box(s->box, swapped[0], swapped[1]);
        trygg__reader_where(rd, s->gfid[it->feature], where, sizeof where);
        if (swap) {
            it->why = _("latitude and longitude look swapped");
            trygg__reader_reject_ex(rd, it->why, "%s (x=%g, y=%g)", where, sx, sy);
            if (s->swaps < 5) {
                swap_note *note = &s->swap[s->swaps];
                snprintf(note->where, sizeof note->where, "%s", where);
                note->x = sx;
                note->y = sy;
            }
            s->swaps++;
        } else {
            it->why = s->outside_reason;
            trygg__reader_reject_ex(rd, it->why, "%s (x=%g, y=%g)", where, sx, sy);
        }
    }
}

static void warn_swaps(trygg__reader *rd)
{
    read_state *s = rd->state;
    for (size_t i = 0; i < s->swaps && i < 5; i++)
        trygg__warn(rd->ctx, "%s %s: latitude and longitude look swapped (x=%g, y=%g); the point is rejected",
                    rd->source, s->swap[i].where, s->swap[i].x, s->swap[i].y);
    if (s->swaps > 5)
        trygg__warn(rd->ctx, "%s: %zu points in all look swapped (see the input report)", rd->source, s->swaps);
}

/* The chunk's points: checked in the source CRS, transformed, checked again and against the
 * study box; each feature with its usable points to the callback. */
static void hand_over_points(trygg__reader *rd)
{
    read_state *s = rd->state;
    char where[64];
    size_t n = s->nit;
    s->ph = PH_SOURCE;
    for (size_t k = 0; k < n; k++) {
        double *xy = s->xy + 2 * s->it[k].v0;
        if ((s->it[k].why = trygg__reader_source_point_problem(rd, xy[0], xy[1]))) {
            trygg__reader_where(rd, s->gfid[s->it[k].feature], where, sizeof where);
            trygg__reader_reject_ex(rd, s->it[k].why, "%s (x=%g, y=%g)", where, xy[0], xy[1]);
        }
    }
    if (s->check_box) {
        trygg__grow((void **)&s->scratch, &s->capscratch, s->nxy, 2 * sizeof *s->scratch);
        memcpy(s->scratch, s->xy, s->nxy * 2 * sizeof *s->scratch);
    }
    transform(rd, s->xy, s->nxy);
    s->ph = PH_TRANSFORM;
    for (size_t k = 0; k < n; k++)
        if (!s->it[k].why && (s->it[k].why = transformed_problem(s->xy + 2 * s->it[k].v0, 1)))
            trygg__reader_reject(rd, s->it[k].why, s->gfid[s->it[k].feature]);
    if (s->check_box) {
        s->ph = PH_BOX;
        reject_outside(rd);
    }
    s->ph = PH_KIND;
    trygg__grow((void **)&s->scratch, &s->capscratch, n, 2 * sizeof *s->scratch);
    double *pts = s->scratch;
    for (size_t k = 0; k < n;) {
        size_t i = s->it[k].feature, m = 0;
        for (; k < n && s->it[k].feature == i; k++)
            if (!s->it[k].why) {
                pts[2 * m] = s->xy[2 * s->it[k].v0];
                pts[2 * m + 1] = s->xy[2 * s->it[k].v0 + 1];
                m++;
            }
        if (m == 0)
            continue;
        rd->from = s->from[i];
        trygg__geom g = {.gfid = s->gfid[i], .xy = pts, .n = m, .tag = s->tag[i]};
        s->kind->feature(rd, s->f[i], &g, s->user);
    }
}

/* Drop consecutive repeated vertices; returns the number left. */
static size_t dedupe_vertices(double *xy, size_t nv)
{
    size_t o = 0;
    for (size_t i = 0; i < nv; i++) {
        if (o > 0 && xy[2 * i] == xy[2 * (o - 1)] && xy[2 * i + 1] == xy[2 * (o - 1) + 1])
            continue;
        xy[2 * o] = xy[2 * i];
        xy[2 * o + 1] = xy[2 * i + 1];
        o++;
    }
    return o;
}

/* The chunk's parts (LINES, POLYGONS), each checked and transformed on its own account and then
 * rejected or handed to the callback, in order. */
static void hand_over_parts(trygg__reader *rd)
{
    read_state *s = rd->state;
    bool lines = s->kind->geom == TRYGG__GEOM_LINES;
    size_t dst = 0;
    for (size_t k = 0; k < s->nit; k++) {
        item *it = &s->it[k];
        double *xy = s->xy + 2 * it->v0;
        for (size_t v = 0; v < it->nv && !it->why; v++)
            it->why = trygg__reader_source_point_problem(rd, xy[2 * v], xy[2 * v + 1]);
        if (!it->why && lines && (it->nv = dedupe_vertices(xy, it->nv)) < 2)
            it->why = _("invalid geometry (fewer than 2 distinct vertices)");
        if (it->why)
            continue;
        memmove(s->xy + 2 * dst, xy, it->nv * 2 * sizeof *xy); /* the usable parts side by side */
        it->v0 = dst;
        dst += it->nv;
    }
    if (dst)
        transform(rd, s->xy, dst);
    s->ph = PH_SOURCE;
    for (size_t k = 0; k < s->nit; k++) {
        item *it = &s->it[k];
        size_t i = it->feature;
        if (!it->why)
            it->why = transformed_problem(s->xy + 2 * it->v0, it->nv);
        if (it->why) {
            trygg__reader_reject(rd, it->why, s->gfid[i]);
            continue;
        }
        rd->from = s->from[i];
        trygg__geom g = {.gfid = s->gfid[i], .xy = s->xy + 2 * it->v0, .n = it->nv, .ring_end = s->ring_end + it->r0,
                         .nrings = it->nr, .tag = s->tag[i]};
        s->kind->feature(rd, s->f[i], &g, s->user);
    }
}

static void flush_chunk(trygg__reader *rd)
{
    read_state *s = rd->state;
    if (s->transform && s->nit) {
        if (s->kind->geom == TRYGG__GEOM_LINES || s->kind->geom == TRYGG__GEOM_POLYGONS)
            hand_over_parts(rd);
        else
            hand_over_points(rd);
    }
    for (size_t i = 0; i < s->nf; i++)
        OGR_F_Destroy(s->f[i]);
    s->nf = s->nit = s->nxy = s->nring = 0;
}

static OGRFeatureH next_feature(trygg__reader *rd)
{
    if (!rd->is_osm) {
        rd->from = rd->layer;
        return OGR_L_GetNextFeature(rd->layer);
    }
    /* The OSM driver delivers features of all layers in file order; the others are skipped. */
    for (;;) {
        OGRLayerH from = NULL;
        OGRFeatureH f = GDALDatasetGetNextFeature(rd->ds, &from, NULL, NULL, NULL);
        if (!f || from == rd->layer || (rd->also && from == rd->also)) {
            rd->from = from;
            return f;
        }
        OGR_F_Destroy(f);
    }
}

static void read_input_features(trygg__reader *rd)
{
    read_state *s = rd->state;
    const trygg__read_kind *kind = s->kind;
    OGRFeatureH f;
    while ((f = next_feature(rd)) != NULL) {
        /* An interrupt (or a cancelled background read, trygg__ctx_cancel) stops the reading here
         * rather than at the end of a layer that may take minutes. */
        if (trygg__interrupted(rd->ctx)) {
            OGR_F_Destroy(f);
            s->interrupted = true;
            break;
        }
        int tag = 0;
        if (kind->wanted && !kind->wanted(rd, f, &tag, s->user)) {
            OGR_F_Destroy(f);
            continue;
        }
        rd->report->read++;
        int64_t gfid = OGR_F_GetFID(f);
        OGRGeometryH g = OGR_F_GetGeometryRef(f);
        size_t before = s->nit;
        s->ph = PH_READ;
        if (!g || OGR_G_IsEmpty(g))
            trygg__reader_reject(rd, _("empty geometry"), gfid);
        else
            read_geometry(rd, g, gfid);
        if (s->nit == before) {
            OGR_F_Destroy(f);
            continue;
        }
        if (rd->synthetic_idx >= 0 && !rd->report->synthetic && OGR_F_IsFieldSetAndNotNull(f, rd->synthetic_idx) &&
            trygg__truthy(OGR_F_GetFieldAsString(f, rd->synthetic_idx)))
            rd->report->synthetic = true;
        s->f[s->nf] = f;
        s->gfid[s->nf] = gfid;
        s->from[s->nf] = rd->from;
        s->tag[s->nf] = tag;
        if (++s->nf == CHUNK)
            flush_chunk(rd);
    }
    flush_chunk(rd);
}

/* Forget the layer read so far: it is read again in another CRS. */
static void restart(trygg__reader *rd)
{
    read_state *s = rd->state;
    trygg_input_report *r = rd->report;
    for (int p = 0; p < NPHASES; p++)
        trygg_input_report_fini(&s->phase[p]);
    for (size_t i = 0; i < r->nunmapped; i++)
        free(r->unmapped[i].value);
    r->nunmapped = 0;
    r->read = r->time_unparsed = 0;
    s->candidates = s->wrong_type = s->swaps = 0;
    s->nfinite = s->nlonlat = s->nswap_only = s->nswappable = 0;
    s->sx = s->sy = 0;
    s->xmin = s->ymin = INFINITY;
    s->xmax = s->ymax = -INFINITY;
    rd->kept = 0;
    s->kind->fini(s->user);
    OGR_L_ResetReading(rd->layer);
}

/* A whole-layer failure when nothing was usable: what was found instead, and why. */
static trygg_status unusable(trygg__reader *rd)
{
    read_state *s = rd->state;
    trygg_input_report *r = rd->report;
    const char *want = _(s->kind->want);
    if (s->kind->first_problem) {
        if (rd->gdal_msg[0])
            return trygg__fail(rd->ctx, TRYGG_E_IO, "%s: layer %s: reading failed after %zu features: %s", rd->source,
                               rd->layer_name, r->read, rd->gdal_msg);
        if (r->read == 0)
            return trygg__fail(rd->ctx, TRYGG_E_EMPTY, "%s: layer %s has no %s features for the %s layer", rd->source,
                               rd->layer_name, want, rd->role_name);
        return trygg__fail(rd->ctx, TRYGG_E_EMPTY,
                           "%s: layer %s: none of %zu features is usable as %s (first problem: %s %s)", rd->source,
                           rd->layer_name, r->read, want, r->nreasons ? r->reasons[0].reason : _("none"),
                           r->nreasons ? r->reasons[0].example : "");
    }
    if (r->read == 0 && rd->gdal_msg[0] && rd->lc->where)
        return trygg__fail(rd->ctx, TRYGG_E_CONFIG, "%s: layer %s: filter '%s' is not valid: %s", rd->source,
                           rd->layer_name, rd->lc->where, rd->gdal_msg);
    if (rd->gdal_msg[0])
        return trygg__fail(rd->ctx, TRYGG_E_IO, "%s: layer %s: reading failed after %zu features: %s", rd->source,
                           rd->layer_name, r->read, rd->gdal_msg);
    if (r->read == 0)
        return trygg__fail(rd->ctx, TRYGG_E_EMPTY, "%s: layer %s is empty%s%s", rd->source, rd->layer_name,
                           rd->lc->where ? _(" with the filter ") : "", rd->lc->where ? rd->lc->where : "");
    if (s->wrong_type == r->read)
        return trygg__fail(rd->ctx, TRYGG_E_SCHEMA, "%s: layer %s has no %s features (found %s) for the %s layer",
                           rd->source, rd->layer_name, want, s->found_type, rd->role_name);
    char why[1024];
    size_t o = 0;
    why[0] = '\0';
    for (size_t i = 0; i < r->nreasons && o + 1 < sizeof why; i++) {
        int w = snprintf(why + o, sizeof why - o, _("%s%s: %zu, first at %s"), i ? "; " : "", r->reasons[i].reason,
                         r->reasons[i].count, r->reasons[i].example);
        if (w < 0)
            break;
        o += (size_t)w;
    }
    return trygg__fail(rd->ctx, TRYGG_E_EMPTY, "%s: layer %s: none of %zu features is usable (%s)", rd->source,
                       rd->layer_name, r->read, why);
}

/* An input of [streets] ... [pois]: the layer is read, in the CRS decided before (or read again
 * in the one that applies after all), then the checks that need every feature. */
static trygg_status read_input(trygg__reader *rd)
{
    read_state *s = rd->state;
    trygg_status st;
    for (;;) {
        read_input_features(rd);
        if (s->interrupted)
            return trygg__fail(rd->ctx, TRYGG_E_INTERRUPTED,
                               "interrupted while loading the inputs; nothing was written");
        if (!s->guess || lonlat_confirmed(s) || s->candidates == 0 || rd->gdal_msg[0])
            break;
        /* Columns named like longitude and latitude that hold something else. */
        plan_crs(rd, false);
        if (!s->transform)
            break;
        restart(rd);
    }
    merge_phase(rd->report, &s->phase[PH_READ]);
    if (s->candidates == 0 || rd->gdal_msg[0]) /* GDAL failed while reading: the layer may be cut short */
        return unusable(rd);
    if (s->crs_status && !s->crs_late)
        return s->crs_status;
    rd->report->source_crs = s->crs_desc;
    s->crs_desc = NULL;
    if ((st = check_swapped(rd)) || (st = s->crs_status))
        return st;
    warn_swaps(rd);
    s->ph = PH_KIND;
    if (s->kind->end && (st = s->kind->end(rd, s->user)))
        return st;
    for (int p = PH_SOURCE; p < NPHASES; p++)
        merge_phase(rd->report, &s->phase[p]);
    rd->report->kept = rd->kept;
    if (rd->kept == 0) {
        snprintf(rd->gdal_msg, sizeof rd->gdal_msg, "%s", s->xform_msg);
        return unusable(rd);
    }
    return TRYGG_OK;
}

/* ---------------------------------------------------------------- area layers and outputs */

/* The transformation from an area layer's CRS (or the assumed one when it declares none) to the
 * working CRS; none when they are the same. `what` names the layer in messages. */
static trygg_status area_transform(trygg__reader *rd, const char *what)
{
    trygg_status st = TRYGG_OK;
    OGRSpatialReferenceH lsrs = OGR_L_GetSpatialRef(rd->layer);
    if (lsrs) {
        rd->src_srs = OSRClone(lsrs);
        OSRSetAxisMappingStrategy(rd->src_srs, OAMS_TRADITIONAL_GIS_ORDER);
    } else if (rd->assume_crs) {
        if (!(rd->src_srs = trygg_geom_srs_from_user(rd->ctx, rd->assume_crs)))
            return TRYGG_E_CRS;
    } else {
        return trygg__fail(rd->ctx, TRYGG_E_CRS, "%s: the layer declares no CRS (set assume_crs)", what);
    }
    if (!(rd->dst_srs = trygg_geom_srs_from_user(rd->ctx, rd->working_crs)))
        return TRYGG_E_CRS;
    if (!OSRIsSame(rd->src_srs, rd->dst_srs) && !(rd->ct = OCTNewCoordinateTransformation(rd->src_srs, rd->dst_srs)))
        st = trygg__fail(rd->ctx, TRYGG_E_CRS, "%s: no transformation to %s%s%s", what, rd->working_crs,
                         rd->gdal_msg[0] ? ": " : "", rd->gdal_msg);
    return st;
}

/* Area layers (AREAS: the polygons transformed, the others counted in rd->skipped) and a trygg
 * output's layers (STORED: as they are). */
unsigned char *trygg__reader_wkb(trygg__reader *rd, const GEOSGeometry *poly, size_t *size)
{
    return trygg__polygons_wkb(&rd->state->polygons, poly, size);
}

/* The feature's polygons (AREA_POLYGONS) to the callback; without any it is skipped. */
static void hand_over_polygons(trygg__reader *rd, OGRFeatureH f, OGRGeometryH g)
{
    read_state *s = rd->state;
    GEOSGeometry *poly = g ? trygg__feature_polygons(&s->polygons, g) : NULL;
    if (!poly) {
        rd->skipped++;
        return;
    }
    s->kind->feature(rd, f, &(trygg__geom){.gfid = OGR_F_GetFID(f), .poly = poly}, s->user);
    GEOSGeom_destroy_r(s->polygons.geos, poly);
}

static trygg_status read_plain(trygg__reader *rd)
{
    read_state *s = rd->state;
    const trygg__read_kind *kind = s->kind;
    bool polygons = kind->geom == TRYGG__GEOM_AREA_POLYGONS, areas = polygons || kind->geom == TRYGG__GEOM_AREAS;
    if (areas && (!kind->geometry_optional || OGR_L_GetGeomType(rd->layer) != wkbNone)) {
        char *what = trygg__xasprintf("%s %s", kind->name, kind->spec_in_messages ? rd->spec : rd->source);
        trygg_status st = area_transform(rd, what);
        free(what);
        if (st)
            return st;
    }
    if (polygons)
        trygg__polygons_init(&s->polygons, trygg__geos(rd->ctx));
    OGR_L_ResetReading(rd->layer);
    OGRFeatureH f;
    while ((f = OGR_L_GetNextFeature(rd->layer)) != NULL) {
        OGRGeometryH g = OGR_F_GetGeometryRef(f);
        if (areas) {
            OGRwkbGeometryType t = g ? wkbFlatten(OGR_G_GetGeometryType(g)) : wkbNone;
            if (!g || (t != wkbPolygon && t != wkbMultiPolygon) || OGR_G_IsEmpty(g) ||
                (rd->ct && OGR_G_Transform(g, rd->ct) != OGRERR_NONE))
                g = NULL;
            else
                OGR_G_FlattenTo2D(g);
        }
        if (polygons)
            hand_over_polygons(rd, f, g);
        else if (g || !areas || kind->geometry_optional)
            kind->feature(rd, f, &(trygg__geom){.gfid = OGR_F_GetFID(f), .ogr = g}, s->user);
        else
            rd->skipped++;
        OGR_F_Destroy(f);
    }
    trygg_status st = kind->end ? kind->end(rd, s->user) : TRYGG_OK;
    if (polygons)
        trygg__polygons_fini(&s->polygons);
    return st;
}

/* ---------------------------------------------------------------- the driver */

static void state_free(read_state *s)
{
    for (int p = 0; p < NPHASES; p++)
        trygg_input_report_fini(&s->phase[p]);
    void *owned[] = {s->it, s->xy, s->scratch, s->ring_end, s->crs_desc, s->outside_reason, s};
    for (size_t i = 0; i < sizeof owned / sizeof owned[0]; i++)
        free(owned[i]);
}

trygg_status trygg__read_features(trygg__reader *rd, const trygg__read_kind *kind, void *user)
{
    read_state *s = trygg__xcalloc(1, sizeof *s);
    s->kind = kind;
    s->user = user;
    s->xmin = s->ymin = INFINITY;
    s->xmax = s->ymax = -INFINITY;
    rd->state = s;
    rd->kept = rd->skipped = 0;
    free(rd->field);
    rd->field = NULL;
    trygg_status st = find_fields(rd, kind, user);
    if (!st && rd->report) {
        s->check_box = (kind->geom == TRYGG__GEOM_POINTS || kind->geom == TRYGG__GEOM_CENTROIDS) &&
                       trygg__study_box(rd->ctx, s->box, &s->margin_m);
        if (s->check_box)
            s->outside_reason = trygg__xasprintf(
                _("outside the study area (more than %g km beyond the streets' extent)"), s->margin_m / 1000.0);
        plan_crs(rd, true);
    }
    if (!st && kind->begin)
        st = kind->begin(rd, user);
    if (!st)
        st = rd->report ? read_input(rd) : read_plain(rd);
    state_free(s);
    rd->state = NULL;
    return st;
}

static trygg_status read_and_close(trygg__reader *rd, trygg_status st, const trygg__read_kind *kind, void *user)
{
    if (!st)
        st = trygg__read_features(rd, kind, user);
    trygg__reader_close(rd);
    return st;
}

trygg_status trygg__read_input(trygg_ctx *ctx, const trygg_config *cfg, const char *working_crs,
                               trygg_input_report *report, const trygg__read_kind *kind, void *out)
{
    trygg__reader rd;
    void *user = trygg__xcalloc(1, kind->size);
    trygg_status st =
        read_and_close(&rd, trygg__reader_open(&rd, ctx, cfg, kind->role, working_crs, report), kind, user);
    if (st == TRYGG_OK) { /* what was read to *out, what *out held to be freed */
        void *held = trygg__xmalloc(kind->result_size);
        memcpy(held, out, kind->result_size);
        memcpy(out, user, kind->result_size);
        memcpy(user, held, kind->result_size);
        free(held);
    }
    kind->fini(user);
    free(user);
    return st;
}

trygg_status trygg__read_area(trygg_ctx *ctx, const char *what, const char *spec, const char *assume_crs,
                              const char *working_crs, const trygg__read_kind *kind, void *user)
{
    trygg__reader rd;
    return read_and_close(&rd, trygg__reader_open_area(&rd, ctx, what, spec, assume_crs, working_crs), kind, user);
}
