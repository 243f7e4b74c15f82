/*
 * In-memory data model shared by all stages: the cleaned inputs (streets, lamps, incidents,
 * all in the working CRS), the places streets are split into, and what each stage measures.
 *
 * Ownership: every vector owns its elements and the strings and coordinate arrays inside them;
 * the matching _fini function frees them all (and accepts a zeroed vector). Coordinates are
 * interleaved x,y pairs in metres of the working CRS.
 */
#ifndef TRYGG_DATA_H
#define TRYGG_DATA_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "trygg/trygg.h"

/* Incident categories of DESIGN.md section 3, in output order. The first TRYGG_CAT_COUNT are
 * counted at places and grid cells (each has its per-category fields there). The focus-area
 * categories after them (violence in close relationships, fraud against older people) are
 * counted by area only: they have no place or cell fields, and their incidents never reach the
 * place and cell analysis (docs/NOTES.md "Focus areas and privacy"). */
typedef enum {
    TRYGG_CAT_VANDALISM,
    TRYGG_CAT_GRAFFITI,
    TRYGG_CAT_LITTERING,
    TRYGG_CAT_VIOLENCE,
    TRYGG_CAT_THEFT,
    TRYGG_CAT_DRUGS,
    TRYGG_CAT_DISORDER,
    TRYGG_CAT_FRAUD,
    TRYGG_CAT_OTHER,
    TRYGG_CAT_COUNT, /* the place categories; arrays per place or cell category have this size */
    TRYGG_CAT_VIOLENCE_CLOSE = TRYGG_CAT_COUNT, /* våld i nära relation: area totals only */
    TRYGG_CAT_FRAUD_ELDERLY,                    /* bedrägeri mot äldre: area totals only */
    TRYGG_CAT_ALL_COUNT
} trygg_category;

/* "vandalism", ..., "violence_close", "fraud_elderly": static string; NULL for an out-of-range
 * value. */
const char *trygg_category_name(trygg_category c);
/* The category in words for sentences: in the run's language ("skadegörelse", "narkotikabrott";
 * trygg_set_language), or in English whatever the language when english is true ("drug
 * offences"). The name above stays the code. Static string; NULL for an out-of-range value. */
const char *trygg_category_words(trygg_category c, bool english);
/* Parse a place category name (ASCII case-insensitive): one of the first TRYGG_CAT_COUNT. False
 * when it is not one (the focus-area categories included, which have no place or cell fields). */
bool trygg_category_from_name(const char *s, trygg_category *out);
/* Parse any trygg category name, the focus-area categories included. */
bool trygg_category_from_name_any(const char *s, trygg_category *out);
/* True for the focus-area categories, which are counted by area only. */
bool trygg_category_area_only(trygg_category c);

/* Incident time: seconds since 1970-01-01 UTC, or TRYGG_TIME_UNKNOWN. */
#define TRYGG_TIME_UNKNOWN INT64_MIN

/* Zero is unknown, so a zeroed street or place knows nothing of its lighting. */
enum { TRYGG_LIT_UNKNOWN = 0, TRYGG_LIT_NO = 1, TRYGG_LIT_YES = 2 };

/* Lines that belong to the road they run along or cross (OSM footway=sidewalk, footway=crossing
 * and the same under cycleway=* and path=*): they make no intersection and no place of their
 * own where a road lies near (see trygg_geom_build_places). */
enum { TRYGG_ATTACH_NONE = 0, TRYGG_ATTACH_SIDEWALK = 1, TRYGG_ATTACH_CROSSING = 2 };

typedef struct {
    double *xy;       /* nv vertices, owned */
    size_t nv;
    char *name;       /* street name, owned, valid UTF-8, may be NULL */
    char *road_class; /* e.g. OSM highway value, owned, may be NULL */
    int lit;          /* TRYGG_LIT_* from an OSM-style lit tag */
    int attach;       /* TRYGG_ATTACH_* */
    int64_t fid;      /* feature id in the source (of a joined street: its longest input line) */
} trygg_street;

typedef struct {
    double x, y;
    double height_m; /* NAN: use the configured default */
    double lumen;    /* NAN: use the configured default */
    int64_t fid;
} trygg_lamp;

typedef struct {
    double x, y;
    trygg_category category;
    int64_t t_utc;         /* TRYGG_TIME_UNKNOWN when absent or unparseable */
    char *source_category; /* the value as found in the source, owned, may be NULL */
    int64_t fid;
    /* Filled by the measure stage. */
    int64_t seg_id;  /* seg_id of the place it was snapped to, or -1 */
    double snap_dist_m; /* distance to that place, NAN when not snapped */
} trygg_incident;

typedef struct {
    trygg_street *v;
    size_t n, cap;
} trygg_streets;
typedef struct {
    trygg_lamp *v;
    size_t n, cap;
} trygg_lamps;
typedef struct {
    trygg_incident *v;
    size_t n, cap;
} trygg_incidents;

void trygg_streets_fini(trygg_streets *s);
/* The extent {minx, miny, maxx, maxy} of every vertex of the streets into env; false (env
 * untouched) when there is none. */
bool trygg_streets_extent(const trygg_streets *s, double env[4]);
void trygg_lamps_fini(trygg_lamps *l);
void trygg_incidents_fini(trygg_incidents *i);

/* Append a zeroed element and return it (borrowed; valid until the next push). */
trygg_street *trygg_streets_push(trygg_streets *s);
trygg_lamp *trygg_lamps_push(trygg_lamps *l);
trygg_incident *trygg_incidents_push(trygg_incidents *i);

/* Move the incidents of the focus-area categories and of every category with take[c] set out of
 * inc, in order, onto the end of out (NULL: free them). The others stay in inc, in order. Returns
 * how many were taken. */
size_t trygg_incidents_split(trygg_incidents *inc, const bool take[TRYGG_CAT_ALL_COUNT], trygg_incidents *out);

/* Lighting classes of EN 13201-2:2015 table 3 (P1 best .. P6), then "below P6". */
enum { TRYGG_PCLASS_P1 = 0, TRYGG_PCLASS_P6 = 5, TRYGG_PCLASS_BELOW = 6, TRYGG_PCLASS_NONE = -1 };

/* Where a place's lighting figures come from. */
typedef enum {
    TRYGG_LIGHT_ESTIMATED = 0,  /* modelled from lamps */
    TRYGG_LIGHT_OSM_LIT_YES,    /* no lamp data covers it; OSM says lit=yes */
    TRYGG_LIGHT_OSM_LIT_NO,     /* no lamp data covers it; OSM says lit=no */
    TRYGG_LIGHT_NO_DATA,        /* no lamp data covers it and no lit tag */
    TRYGG_LIGHT_NOT_ASSESSED    /* no lamp layer was given at all */
} trygg_light_source;

/* Where the lamp data cannot explain what else is known (src/score/lamp_evidence.c). */
enum {
    TRYGG_CONFLICT_NONE = 0,
    TRYGG_CONFLICT_LIT_TAG,         /* tagged lit, estimated below P6 */
    TRYGG_CONFLICT_SPARSE_REGISTER, /* estimated below P6 where the register is far sparser than elsewhere */
    TRYGG_CONFLICT_COUNT
};

/* A place: a stretch of one street between intersections, at most segment_max_m long
 * (trygg_geom_build_places). */
typedef struct {
    double *xy; /* owned */
    size_t nv;
    size_t street;  /* index into the streets vector */
    size_t piece;   /* 0-based order along its street */
    double from_m;  /* distance along the street where it starts */
    double length_m;
    int lit;            /* TRYGG_LIT_* of the input lines covering most of its length */
    char *source_ids;   /* owned: ids of the input lines it is made of, "12,13" (NULL: its street's) */
    char *attached_ids; /* owned: ids of the sidewalks and crossings attached to it, or NULL */
    char *location;     /* owned: "Storgatan (Lillgatan – Kvarngatan)": its street and the streets at
                         * its ends, or NULL */

    /* lighting (NAN where not assessed) */
    trygg_light_source light_source;
    int lamps_near;
    double nearest_lamp_m;
    double lux_avg, lux_min, lux_uniformity;
    int lighting_class; /* TRYGG_PCLASS_* */
    double dark_length_m;
    double lamps_per_km;  /* register density around the place (NAN: not assessed) */
    int light_conflict;   /* TRYGG_CONFLICT_* */

    /* incidents */
    unsigned n_cat[TRYGG_CAT_COUNT];
    unsigned n_night;
    unsigned n_unknown_time;
    double eb_vandalism; /* vandalism + graffiti per 100 m, empirical Bayes */
    double eb_littering; /* littering per 100 m, empirical Bayes */

    /* surroundings (NAN where the layer they come from is missing) */
    double surveillance_share; /* share of the length with a building within surveillance_m */
    double unwatched_m;        /* longest run of the place without a building within surveillance_m */
    double isovist_area_m2;    /* mean isovist area of the place's sample points */
    double activity;           /* points of interest within activity_radius_m, weighted by kind */
    int bars_150m, transit_150m, fast_food_150m, youth_300m; /* -1 where not assessed */
    double nearest_bar_m, nearest_basket_m; /* NAN: none in the layer */
    /* hotspot statistics (filled by the statistics stage; NAN / -1 / 0 without incidents) */
    int64_t cell_id;       /* grid cell of the place's midpoint (cell index + 1), or -1 */
    double kde_vandalism;  /* quartic kernel density at the midpoint, incidents per km^2 */
    double kde_littering;
    double nkde_vandalism; /* network kernel density at the midpoint, incidents per km of street */
    double nkde_littering;
    double gi_z_vandalism; /* Gi* z of vandalism in that cell */
    int hotspot_vandalism; /* its confidence class: +3/+2/+1 hot 99/95/90 %, -1..-3 cold, 0 */

    /* scores, 0-100 */
    double vandalism_score, littering_score, visibility_score, safety_index;
    char *top_factors; /* owned */
} trygg_place;

typedef struct {
    trygg_place *v;
    size_t n, cap;
} trygg_places;

void trygg_places_fini(trygg_places *p);
trygg_place *trygg_places_push(trygg_places *p);

/* ---- Surroundings: buildings and points of interest (DESIGN.md section 5) ---- */

/* One polygon (a part of a building's multipolygon): rings closed (first vertex repeated at
 * the end), the exterior first. */
typedef struct {
    double *xy;        /* all rings' vertices, owned */
    size_t *ring_end;  /* ring r spans vertices [r ? ring_end[r-1] : 0, ring_end[r]), owned */
    size_t nrings;
    double env[4];     /* minx, miny, maxx, maxy */
    int64_t fid;
} trygg_building;

typedef struct {
    trygg_building *v;
    size_t n, cap;
    size_t repaired; /* invalid polygons made valid (GEOS MakeValid) and kept */
} trygg_buildings;

/* Kinds of points of interest trygg tells apart, in output order. */
typedef enum {
    TRYGG_POI_SHOP,
    TRYGG_POI_RESTAURANT,
    TRYGG_POI_CAFE,
    TRYGG_POI_FAST_FOOD,    /* fast food and kiosks (take-away) */
    TRYGG_POI_BAR,          /* bars, pubs, nightclubs */
    TRYGG_POI_TRANSIT,      /* bus, tram and train stops, stations */
    TRYGG_POI_WASTE_BASKET,
    TRYGG_POI_SCHOOL,
    TRYGG_POI_YOUTH,        /* youth centres, playgrounds, sports venues */
    TRYGG_POI_OTHER,
    TRYGG_POI_COUNT
} trygg_poi_kind;

/* "shop", ...: static string; NULL for an out-of-range value. */
const char *trygg_poi_kind_name(trygg_poi_kind k);
bool trygg_poi_kind_from_name(const char *s, trygg_poi_kind *out);

typedef struct {
    double x, y;
    trygg_poi_kind kind;
    int64_t fid;
} trygg_poi;

typedef struct {
    trygg_poi *v;
    size_t n, cap;
} trygg_pois;

void trygg_buildings_fini(trygg_buildings *b);
void trygg_pois_fini(trygg_pois *p);
trygg_building *trygg_buildings_push(trygg_buildings *b);
trygg_poi *trygg_pois_push(trygg_pois *p);

/* A run of dark samples along consecutive places of one street. */
typedef struct {
    double *xy; /* owned */
    size_t nv;
    size_t street;
    double length_m;
    double lux_min;
    unsigned night_incidents_near;
    int light_conflict;       /* TRYGG_CONFLICT_* of the places covering most of it */
    char *night_incident_ids; /* owned: incident_id of each of them, "4,17,250" in order, or NULL */
} trygg_dark_stretch;

typedef struct {
    trygg_dark_stretch *v;
    size_t n, cap;
} trygg_dark_stretches;

void trygg_dark_stretches_fini(trygg_dark_stretches *d);
trygg_dark_stretch *trygg_dark_stretches_push(trygg_dark_stretches *d);

/* Ordered key/value list (run_info). Keys are unique: setting a key again replaces its value.
 * Values are stored with their secrets masked (trygg_mask_secrets). */
typedef struct {
    char **key, **value;
    size_t n, cap;
} trygg_kv;

void trygg_kv_set(trygg_kv *kv, const char *key, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 3, 4)))
#endif
    ;
const char *trygg_kv_get(const trygg_kv *kv, const char *key); /* borrowed, NULL if absent */
void trygg_kv_fini(trygg_kv *kv);

/* What happened to one input layer: provenance for run_info and the messages of `trygg check`. */
typedef struct {
    char *reason;  /* "invalid geometry", ... */
    size_t count;
    char *example; /* first occurrence: "feature 17: Self-intersection at ..." */
} trygg_reject_reason;

typedef struct {
    char *value; /* source category value not in the mapping */
    size_t count;
} trygg_value_count;

typedef struct {
    char *role;        /* "streets", "lamps", "incidents" */
    char *path;        /* as given */
    char *layer;       /* layer actually read */
    char sha256[65];   /* of the file at path ("" for a non-file source) */
    char *source_crs;  /* e.g. "EPSG:4326", or "assumed EPSG:3006" */
    size_t read, kept, rejected;
    trygg_reject_reason *reasons;
    size_t nreasons, capreasons;
    trygg_value_count *unmapped; /* incidents: category values counted as other */
    size_t nunmapped, capunmapped;
    size_t time_unparsed;        /* incidents kept with an unknown time */
    bool synthetic;              /* the layer says it is synthetic (a `synthetic` field = 1/true) */
} trygg_input_report;

/* Count one rejected feature under `reason`; the first example per reason is kept. */
void trygg_input_report_reject(trygg_input_report *r, const char *reason, const char *example_fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 3, 4)))
#endif
    ;
void trygg_input_report_unmapped(trygg_input_report *r, const char *value);
void trygg_input_report_fini(trygg_input_report *r);

#endif
