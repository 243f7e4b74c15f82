/*
 * Run configuration: an INI file (parsed with inih) and command-line overrides, both going
 * through one key table (trygg_config_set) that knows each key's type, range and default.
 * Unknown keys and out-of-range values are errors naming the file, line and key.
 *
 * Ownership: trygg_config_init fills defaults; trygg_config_fini frees every string.
 * Relative source paths in a config file are resolved against the file's directory.
 */
#ifndef TRYGG_CONFIG_H
#define TRYGG_CONFIG_H

#include <stdbool.h>
#include <stddef.h>

#include "trygg/data.h"
#include "trygg/trygg.h"

/* One input layer and how its fields map to trygg's. NULL fields mean "recognise the usual
 * names" (see trygg_io readers). */
typedef struct {
    char *source;     /* GDAL data source (path, or any GDAL connection string) */
    char *layer;      /* layer name; NULL: the only layer, or the OSM default */
    char *crs;        /* CRS of CSV coordinates or of a source without one, e.g. "EPSG:4326" */
    char *field_x, *field_y;         /* CSV coordinate columns */
    char *field_category, *field_time, *field_id;
    char *field_name, *field_class, *field_lit;
    char *field_height, *field_lumen;
    char *where;      /* optional OGR attribute filter */
} trygg_layer_config;

typedef struct {
    char *value;               /* source value (matched case-insensitively) */
    trygg_category category;
} trygg_category_rule;

typedef struct {
    char *path;      /* config file, NULL when none */
    char *name;      /* study area name */
    char *crs;       /* working CRS, default "EPSG:3006" */
    char *assume_crs; /* CRS assumed for inputs that declare none (NULL: such input is an error) */
    bool synthetic_incidents; /* the incident layer is synthetic (labelled in outputs) */

    trygg_layer_config streets, lamps, incidents;

    trygg_category_rule *categories; /* [categories] section: value = category */
    size_t ncategories, capcategories;

    /* [places] */
    double segment_max_m; /* 100 */
    double snap_m;        /* 30 */

    /* [lighting] */
    double lamp_radius_m;    /* 25: lamps_near counts lamps this close */
    double lamp_height_m;    /* 6 */
    double lamp_lumen;       /* 3000 */
    double maintenance;      /* 0.8 */
    double sample_step_m;    /* 5 */
    double influence_m;      /* 60: lamps farther than this add no light */
    double coverage_m;       /* 100: a place with no lamp this close is "not covered by lamp data" */
    double dark_lux;         /* 0.6 */
    double dark_min_m;       /* 10: shorter dark runs do not form dark stretches */

    /* [time] */
    double utc_offset_h;     /* 1 (CET) */
    bool eu_summer_time;     /* true: +1 h from the last Sunday of March to the last of October */
    int night_start_h;       /* 18 */
    int night_end_h;         /* 6 */

    /* [weights] */
    double w_vandalism_observed, w_vandalism_dark;
    double w_littering_observed;
    double w_visibility_lighting;
    double w_safety_vandalism, w_safety_littering, w_safety_visibility;

    /* [run] */
    int threads; /* 0: all cores */

    /* [grid], [hotspots], [periods]: hotspot statistics (DESIGN.md section 5) */
    char *grid_kind;        /* "hex" (default) or "square" */
    double grid_cell_m;     /* 100: hexagons across flats, or square side */
    char *grid_boundary;    /* SRC[:LAYER] of a study-area polygon layer; NULL: none */
    double kde_bandwidth_m; /* 200 */
    double gi_band_m;       /* 300 */
    int permutations;       /* 999; 0: normal p-values only */
    int seed;               /* 12345 */
    bool fdr;               /* true: Benjamini-Hochberg across cells */
    double hot_alpha;       /* 0.10: cells significant at this level merge into hotspots */
    double trend_alpha;     /* 0.05: a period change this unlikely by chance is a trend */
    double w_vandalism_hotspot; /* vandalism score: Gi* z of the place's cell */
    char *period_a, *period_b;  /* "YYYY-MM-DD/YYYY-MM-DD"; NULL: the 12 months before the
                                   latest incident (b) and the 12 before those (a) */
    char *raster;           /* "none" (default) or "geotiff" */
    double raster_cell_m;   /* 10 */
} trygg_config;

void trygg_config_init(trygg_config *cfg);
void trygg_config_fini(trygg_config *cfg);

/* Read an INI file into cfg (on top of what it holds). Errors name file, line and key. */
trygg_status trygg_config_load(trygg_ctx *ctx, trygg_config *cfg, const char *path);

/* Set one key as the INI file would ("places", "segment_max_m", "80"). `origin` names where
 * the value came from for messages ("trygg.ini line 12", "--crs"). */
trygg_status trygg_config_set(trygg_ctx *ctx, trygg_config *cfg, const char *section, const char *key,
                              const char *value, const char *origin);

/* Check cross-key constraints (weights not all zero, night hours, ...). */
trygg_status trygg_config_validate(trygg_ctx *ctx, const trygg_config *cfg);

/* Map a source category value through the [categories] rules, then trygg's own names and a
 * built-in list of common Swedish and English terms. False when nothing matched (caller
 * counts it as "other" and reports it). */
bool trygg_config_map_category(const trygg_config *cfg, const char *value, trygg_category *out);

/* Write the effective configuration as INI text (run_info "config"). Caller frees. */
char *trygg_config_dump(const trygg_config *cfg);

/* Print every key with its default and documentation (for `trygg help config`). Caller frees. */
char *trygg_config_describe(void);

#endif
