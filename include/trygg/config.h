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
    char *field_kind; /* points of interest: field with the kind (shop, bar, bus_stop, ...) */
    char *field_victim_age; /* incidents: the victim's age; fraud against someone 65 or older is fraud_elderly */
} trygg_layer_config;

typedef struct {
    char *value;               /* source value (matched case-insensitively) */
    trygg_category category;
} trygg_category_rule;

/* A measure rule ([measure:NAME] section, DESIGN.md section 5 "Plan"): features of an output
 * layer that meet `when` (an SQL condition over the layer's fields) become proposed measures;
 * features closer than merge_m merge into one. */
typedef struct {
    char *name;
    char *layer;       /* output layer, e.g. dark_stretches, hotspots, street_segments */
    char *when;        /* SQL condition over the layer's fields */
    char *focus_area;  /* trygghet, barn_unga, andts, nara_relation, aldre */
    char *measure;     /* Swedish text */
    char *measure_en;  /* English translation */
    char *responsible;
    char *priority;    /* SQL expression giving 1 (most urgent) .. 5 per feature; a merged measure takes the least */
    char *evidence;    /* text with {count}, {sum:F}, {min:F}, {max:F}, {mean:F}, {first:F}, {distinct:F} over the
                        * merged features */
    char *indicator;   /* how the effect is followed up */
    char *effect;      /* reports whose change shows the effect: categories, "all", "night"; NULL: none */
    double merge_m;    /* default 50 */
    double buffer_m;   /* the measure's area is its features buffered by this, default 15 */
    double max_measure_m; /* a measure covers at most this much street, default 500 */
    bool builtin;      /* shipped default: skipped (not an error) when its layer or fields are absent */
    char *origin;      /* "trygg.ini line 40" */
} trygg_measure_rule;

/* A citizen promise (medborgarlöfte, [promise:NAME] section; src/plan/promises.c): an indicator
 * (an SQL aggregate over the features of an output layer that meet `when`, within `area`) in a
 * baseline period and in the latest period of the same length, and the target change. */
typedef struct {
    char *name;
    char *text;       /* the promise in words, as published */
    char *area;       /* SRC[:LAYER] of area polygons; NULL: the whole study area */
    char *area_name;  /* the area's name in that layer; NULL: every polygon of it */
    char *layer;      /* output layer, default incidents */
    char *when;       /* SQL condition over the layer's fields, default 1 (every feature) */
    char *aggregate;  /* SQL aggregate, default count(*) */
    char *time_field; /* the layer's time field; default occurred_at for incidents, else none */
    char *baseline;   /* YYYY-MM-DD/YYYY-MM-DD */
    char *current;    /* YYYY-MM-DD/YYYY-MM-DD; NULL: as long as the baseline, up to the layer's latest time */
    char *target;     /* relative change, "-20 %" or "-0.2" */
    char *end;        /* YYYY-MM-DD: when the promise is to be met */
    char *origin;     /* "trygg.ini line 80" */
} trygg_promise_rule;

typedef struct {
    char *path;      /* config file, NULL when none */
    char *name;      /* study area name */
    char *crs;       /* working CRS, default "EPSG:3006" */
    char *assume_crs; /* CRS assumed for inputs that declare none (NULL: such input is an error) */
    bool synthetic_incidents; /* the incident layer is synthetic (labelled in outputs) */
    char *language;           /* [output] language: "sv" (default) or "en" */
    char *partition_source;   /* [partition] source: polygons splitting the study area; NULL: one part */
    char *partition_field;    /* [partition] field: the parts' names (NULL: recognised) */
    double partition_halo_m;  /* [partition] halo_m: 1000 */
    char *privacy_sensitive;  /* [privacy] sensitive: categories shown only as area totals */
    int privacy_min_count;    /* [privacy] min_count: smaller counts show as "<N" outside the authorities */
    char *privacy_internal;   /* [privacy] internal: "full" (default) or "strict" */
    /* [population]: residents per area for the focus areas' rates (src/pipeline/focus.h) */
    char *population_source, *population_area_field, *population_total_field, *population_aged_65_field;
    double focus_high_ratio;  /* 1.5: an area's rate this many times the municipality's, and surely above it */
    char *report_audience;    /* [reports] audience: "owner" (default) or "internal" */
    double margin_m;          /* 10000: points farther outside the streets' extent are rejected */

    trygg_layer_config streets, lamps, incidents;
    trygg_layer_config buildings, pois; /* optional surroundings layers */

    trygg_category_rule *categories; /* [categories] section: value = category */
    size_t ncategories, capcategories;

    /* [places] */
    double segment_max_m; /* 100 */
    double min_place_m;   /* 20 */
    double attach_m;      /* 25 */
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
    double register_radius_m;     /* 200 */
    double register_sparse_ratio; /* 0.25 */
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
    /* surroundings components of the scores (DESIGN.md section 5) */
    double w_vandalism_surveillance, w_vandalism_nightlife, w_vandalism_transit;
    double w_littering_fast_food, w_littering_transit, w_littering_nightlife, w_littering_baskets;
    double w_visibility_surveillance, w_visibility_openness, w_visibility_activity;
    char *weights_mode; /* "fixed" (default) or "fitted" (from the Poisson models) */

    /* [surroundings] */
    double surveillance_m;      /* 20: a building this close watches the street */
    double surveillance_step_m; /* 2: sample spacing for the surveillance share */
    double isovist_step_m;      /* 25: isovist sample spacing along a place */
    int isovist_rays;           /* 64 */
    double isovist_radius_m;    /* 100 */
    double activity_radius_m;   /* 150: activity, bars, transit, fast food */
    double youth_radius_m;      /* 300: schools and youth venues */
    double activity_weight[TRYGG_POI_COUNT]; /* per kind of point of interest */

    /* [run] */
    int threads; /* 0: all cores */

    /* [patrol] */
    char *patrol_categories;  /* "vandalism, violence, drugs, disorder" */
    double patrol_max_km2;    /* 0.25 */
    int patrol_visit_minutes; /* 15 (Koper 1995) */
    int patrol_max_visits;    /* visits a week for the first-ranked area (14) */

    /* [plan] and [measure:NAME] sections */
    bool default_rules; /* true: the shipped rules apply where the config does not redefine them */
    char *plan_register;    /* measure register GeoPackage; NULL: none (src/plan/register.h) */
    char *plan_register_layer; /* "trygg.measures": schema.table of a register in PostgreSQL (PG:...) */
    double register_wait_s; /* 10: busy timeout for a register another program is writing */
    char *plan_previous;    /* the previous edition (an earlier output); NULL: the lägesbild compares with none */
    /* [survey]: the police's safety survey (src/pipeline/survey.h) */
    char *survey_source, *survey_areas, *survey_areas_name_field;
    char *survey_area_field, *survey_year_field, *survey_index_field, *survey_respondents_field;
    char *survey_question_fields; /* [survey] question_fields: per-question index fields, comma-separated */
    char *survey_gender_field;    /* [survey] gender_field: rows by gender beside the total rows */
    bool survey_higher_is_safer;
    double survey_min_index_change;
    /* [followup]: the effect of measures done (src/score/effect.h) */
    int effect_window_months;        /* 12: equal windows before and after done_on */
    double effect_reach_m;           /* 200: comparison places this far from every measure */
    int effect_comparison_per_place; /* 5 */
    int effect_min_reports;          /* 10 */
    trygg_measure_rule *rules;
    size_t nrules, caprules;
    trygg_promise_rule *promises; /* [promise:NAME] sections, in the config's order */
    size_t npromises, cappromises;
    /* [grid], [hotspots], [periods]: hotspot statistics (DESIGN.md section 5) */
    char *grid_kind;        /* "hex" (default) or "square" */
    double grid_cell_m;     /* 100: hexagons across flats, or square side */
    char *grid_boundary;    /* SRC[:LAYER] of a study-area polygon layer; NULL: none */
    double kde_bandwidth_m; /* 200 */
    double gi_band_m;       /* 300 */
    char *gi_p_method;      /* "exact" (default), "permutation" or "normal" */
    char *st_step;          /* [spacetime] step: "month", "quarter" (default) or "week" */
    int st_window;          /* [spacetime] time_window: 1 */
    char *nr_categories;    /* [nearrepeat] categories: "" (none) */
    double nr_space_step_m, nr_space_max_m, nr_time_step_days, nr_time_max_days; /* 100, 500, 7, 28 */
    int nr_permutations;    /* 999 */
    int permutations;       /* 999, with gi_p_method "permutation"; 0: normal p-values */
    int seed;               /* 12345 */
    bool fdr;               /* true: Benjamini-Hochberg across cells */
    double hot_alpha;       /* 0.10: cells significant at this level merge into hotspots */
    double trend_alpha;     /* 0.05: a period change this unlikely by chance is a trend */
    double w_vandalism_hotspot; /* vandalism score: Gi* z of the place's cell */
    char *period_a, *period_b;  /* "YYYY-MM-DD/YYYY-MM-DD"; NULL: the 12 months before the
                                   latest incident (b) and the 12 before those (a) */
    char *raster;           /* "none" (default) or "geotiff" */
    double raster_cell_m;   /* 10 */
    /* [reports]: area reports (DESIGN.md section 1, property owners) */
    char *report_areas;      /* SRC[:LAYER] of the area polygons; NULL: no area reports */
    char *report_name_field; /* NULL: name, namn, fastighet or beteckning */
    double report_buffer_m;  /* 200: the figures cover each area and this distance around it */
    char *report_out_dir;    /* NULL: OUT_reports/ beside the GeoPackage */
} trygg_config;

void trygg_config_init(trygg_config *cfg);
void trygg_config_fini(trygg_config *cfg);

/* Read an INI file into cfg (on top of what it holds). Errors name file, line and key. */
trygg_status trygg_config_load(trygg_ctx *ctx, trygg_config *cfg, const char *path);

/* Set one key as the INI file would ("places", "segment_max_m", "80"). `origin` names where
 * the value came from for messages ("trygg.ini line 12", "--crs"). */
trygg_status trygg_config_set(trygg_ctx *ctx, trygg_config *cfg, const char *section, const char *key,
                              const char *value, const char *origin);

/* A promise's target ("-20 %", "-20%", "−20 %", "-0.2", "+10 %" -> -0.2, -0.2, -0.2, -0.2, 0.1);
 * false when it is not a non-zero relative change above -100 %. */
bool trygg_config_promise_target(const char *text, double *target);

/* The shipped measure rules (DESIGN.md section 5 "Plan") not already defined in cfg, appended
 * after the config's own; a no-op when [plan] default_rules = false. */
void trygg_config_add_default_rules(trygg_config *cfg);

/* Parse the [patrol] categories into flags (in[TRYGG_CAT_COUNT]). False when a name is not a
 * trygg category. */
bool trygg_config_patrol_categories(const trygg_config *cfg, bool in[TRYGG_CAT_COUNT]);
/* in[c] for every category named in a comma-separated list ("vandalism, graffiti"); false when a
 * name is not a trygg category. */
bool trygg_config_category_list(const char *list, bool in[TRYGG_CAT_COUNT]);

/* Parse a rule's `effect` ("vandalism, graffiti", "night", "night, violence", "all") into the
 * categories it counts and whether only night reports count ("night" alone: every category at
 * night). False for an empty spec or an unknown word (*bad, when not NULL, points to it in a
 * thread-local buffer). */
bool trygg_config_effect_parse(const char *spec, bool cats[TRYGG_CAT_COUNT], bool *night, const char **bad);

/* Check cross-key constraints (weights not all zero, night hours, ...). */
trygg_status trygg_config_validate(trygg_ctx *ctx, const trygg_config *cfg);

/* Map a source category value through the [categories] rules, then trygg's own names and a
 * built-in list of common Swedish and English terms. False when nothing matched (caller
 * counts it as "other" and reports it). */
bool trygg_config_map_category(const trygg_config *cfg, const char *value, trygg_category *out);

/* The categories of [privacy] sensitive into sensitive[] (the focus-area categories are always
 * set). False when a name is not a trygg category; *bad (thread-local) then names it. */
bool trygg_config_sensitive(const trygg_config *cfg, bool sensitive[TRYGG_CAT_ALL_COUNT], const char **bad);
/* True when [privacy] internal = strict. */
bool trygg_config_privacy_strict(const trygg_config *cfg);

/* Write the effective configuration as INI text (run_info "config"). Caller frees. */
char *trygg_config_dump(const trygg_config *cfg);

/* Print every key with its default and documentation (for `trygg help config`). Caller frees. */
char *trygg_config_describe(void);

#endif
