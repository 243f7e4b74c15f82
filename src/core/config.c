/*
 * Configuration: one key table drives defaults, INI parsing (inih), command-line overrides,
 * validation messages, the dump written to run_info and `trygg help config`.
 */
#include <errno.h>
#include <ini.h>
#include <math.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "core/i18n.h"
#include "core/internal.h"
#include "trygg/config.h"

typedef enum { K_STR, K_DOUBLE, K_INT, K_BOOL } key_kind;

typedef struct {
    const char *section; /* "layer" stands for each of streets, lamps, incidents */
    const char *key;
    key_kind kind;
    size_t offset; /* into trygg_config, or into trygg_layer_config for section "layer" */
    double min, max;
    const char *def; /* NULL: no default (unset) */
    const char *doc; /* English, N_(): `trygg help config` shows it in the run's language */
} key_spec;

#define CFG(f) offsetof(trygg_config, f)
#define LYR(f) offsetof(trygg_layer_config, f)

static const key_spec keys[] = {
    {"study_area", "name", K_STR, CFG(name), 0, 0, "study area", N_("name of the study area, used in titles")},
    {"study_area", "crs", K_STR, CFG(crs), 0, 0, "EPSG:3006", N_("working CRS (metric); SWEREF 99 TM for Sweden")},
    {"study_area", "assume_crs", K_STR, CFG(assume_crs), 0, 0, NULL,
     N_("CRS assumed for inputs that declare none (otherwise such an input is an error)")},
    {"study_area", "margin_m", K_DOUBLE, CFG(margin_m), 0, 1e7, "10000",
     N_("lamps, incidents and points of interest farther than this outside the streets' extent are rejected (m)")},
    {"layer", "source", K_STR, LYR(source), 0, 0, NULL,
     N_("GDAL data source; relative paths are relative to the config file")},
    {"layer", "layer", K_STR, LYR(layer), 0, 0, NULL, N_("layer name (default: the only layer, or the OSM default)")},
    {"layer", "crs", K_STR, LYR(crs), 0, 0, NULL, N_("CRS of CSV coordinates or of a source that declares none")},
    {"layer", "x_field", K_STR, LYR(field_x), 0, 0, NULL, N_("CSV column with x/longitude")},
    {"layer", "y_field", K_STR, LYR(field_y), 0, 0, NULL, N_("CSV column with y/latitude")},
    {"layer", "category_field", K_STR, LYR(field_category), 0, 0, NULL, N_("incident category field")},
    {"layer", "time_field", K_STR, LYR(field_time), 0, 0, NULL, N_("incident time field")},
    {"layer", "id_field", K_STR, LYR(field_id), 0, 0, NULL, N_("identifier field")},
    {"layer", "name_field", K_STR, LYR(field_name), 0, 0, NULL, N_("street name field")},
    {"layer", "class_field", K_STR, LYR(field_class), 0, 0, NULL, N_("road class field")},
    {"layer", "lit_field", K_STR, LYR(field_lit), 0, 0, NULL, N_("lit yes/no field (OSM style)")},
    {"layer", "height_field", K_STR, LYR(field_height), 0, 0, NULL, N_("lamp mounting height field (m)")},
    {"layer", "lumen_field", K_STR, LYR(field_lumen), 0, 0, NULL, N_("lamp luminous flux field (lm)")},
    {"layer", "where", K_STR, LYR(where), 0, 0, NULL, N_("OGR SQL attribute filter")},
    {"layer", "victim_age_field", K_STR, LYR(field_victim_age), 0, 0, NULL,
     N_("incidents: the victim's age; a fraud whose victim is 65 or older counts as fraud_elderly")},
    {"layer", "kind_field", K_STR, LYR(field_kind), 0, 0, NULL,
     N_("points of interest: field with the kind (shop, bar, bus_stop, ...; OSM: amenity, shop, ... tags)")},
    {"incidents", "synthetic", K_BOOL, CFG(synthetic_incidents), 0, 1, "false",
     N_("the incidents are synthetic; outputs say so")},
    {"places", "segment_max_m", K_DOUBLE, CFG(segment_max_m), 5, 10000, "100", N_("longest place (m)")},
    {"places", "min_place_m", K_DOUBLE, CFG(min_place_m), 0, 1000, "20",
     N_("shortest place, unless its whole street is shorter (m)")},
    {"places", "attach_m", K_DOUBLE, CFG(attach_m), 0, 100, "25",
     N_("a sidewalk or crossing this close to another street belongs to it (m)")},
    {"places", "snap_m", K_DOUBLE, CFG(snap_m), 0, 1000, "30",
     N_("incidents farther from any place are not snapped (m)")},
    {"lighting", "lamp_radius_m", K_DOUBLE, CFG(lamp_radius_m), 0, 1000, "25",
     N_("lamps_near counts lamps this close (m)")},
    {"lighting", "lamp_height_m", K_DOUBLE, CFG(lamp_height_m), 1, 50, "6",
     N_("lamp height when the data has none (m)")},
    {"lighting", "lamp_lumen", K_DOUBLE, CFG(lamp_lumen), 1, 200000, "3000",
     N_("lamp flux when the data has none (lm)")},
    {"lighting", "maintenance", K_DOUBLE, CFG(maintenance), 0.1, 1, "0.8", N_("maintenance factor")},
    {"lighting", "sample_step_m", K_DOUBLE, CFG(sample_step_m), 0.5, 100, "5", N_("illuminance sample spacing (m)")},
    {"lighting", "influence_m", K_DOUBLE, CFG(influence_m), 5, 500, "60", N_("lamps farther away add no light (m)")},
    {"lighting", "coverage_m", K_DOUBLE, CFG(coverage_m), 10, 10000, "100",
     N_("a place with no lamp this close is not covered by the lamp data (m)")},
    {"lighting", "dark_lux", K_DOUBLE, CFG(dark_lux), 0, 100, "0.6",
     N_("below this estimated illuminance is dark (lx)")},
    {"lighting", "register_radius_m", K_DOUBLE, CFG(register_radius_m), 20, 5000, "200",
     N_("lamp register density around a place: lamps and street within this (m)")},
    {"lighting", "register_sparse_ratio", K_DOUBLE, CFG(register_sparse_ratio), 0, 1, "0.25",
     N_("a dark place's lamp data is incomplete where the density is below this share of the area's median")},
    {"lighting", "dark_min_m", K_DOUBLE, CFG(dark_min_m), 0, 10000, "10", N_("shortest dark stretch (m)")},
    {"time", "utc_offset_h", K_DOUBLE, CFG(utc_offset_h), -12, 14, "1", N_("standard time offset from UTC (h)")},
    {"time", "eu_summer_time", K_BOOL, CFG(eu_summer_time), 0, 1, "true",
     N_("add 1 h from the last Sunday of March to the last Sunday of October")},
    {"time", "night_start_h", K_INT, CFG(night_start_h), 0, 23, "18", N_("night starts at this local hour")},
    {"time", "night_end_h", K_INT, CFG(night_end_h), 0, 23, "6", N_("night ends at this local hour")},
    {"weights", "vandalism_observed", K_DOUBLE, CFG(w_vandalism_observed), 0, 100, "0.6",
     N_("vandalism score: reported vandalism and graffiti")},
    {"weights", "vandalism_dark", K_DOUBLE, CFG(w_vandalism_dark), 0, 100, "0.4", N_("vandalism score: darkness")},
    {"weights", "vandalism_hotspot", K_DOUBLE, CFG(w_vandalism_hotspot), 0, 100, "0.3",
     N_("vandalism score: Getis-Ord Gi* z of vandalism in the place's grid cell")},
    {"weights", "littering_observed", K_DOUBLE, CFG(w_littering_observed), 0, 100, "1",
     N_("littering score: reported littering")},
    {"weights", "visibility_lighting", K_DOUBLE, CFG(w_visibility_lighting), 0, 100, "1",
     N_("visibility score: lighting")},
    {"weights", "safety_vandalism", K_DOUBLE, CFG(w_safety_vandalism), 0, 100, "0.4",
     N_("safety index: vandalism score")},
    {"weights", "safety_littering", K_DOUBLE, CFG(w_safety_littering), 0, 100, "0.2",
     N_("safety index: littering score")},
    {"weights", "safety_visibility", K_DOUBLE, CFG(w_safety_visibility), 0, 100, "0.4",
     N_("safety index: visibility score")},
    /* Surroundings (DESIGN.md section 5). Default weights: the observed counts stay the largest
     * part of their scores, environmental factors add to them (docs/NOTES.md, "Surroundings"). */
    {"weights", "vandalism_surveillance", K_DOUBLE, CFG(w_vandalism_surveillance), 0, 100, "0.15",
     N_("vandalism score: low natural surveillance (no building within surveillance_m)")},
    {"weights", "vandalism_nightlife", K_DOUBLE, CFG(w_vandalism_nightlife), 0, 100, "0.15",
     N_("vandalism score: bars, pubs and nightclubs nearby")},
    {"weights", "vandalism_transit", K_DOUBLE, CFG(w_vandalism_transit), 0, 100, "0.1",
     N_("vandalism score: transit stops nearby")},
    {"weights", "littering_fast_food", K_DOUBLE, CFG(w_littering_fast_food), 0, 100, "0.2",
     N_("littering score: fast food and kiosks nearby")},
    {"weights", "littering_transit", K_DOUBLE, CFG(w_littering_transit), 0, 100, "0.1",
     N_("littering score: transit stops nearby")},
    {"weights", "littering_nightlife", K_DOUBLE, CFG(w_littering_nightlife), 0, 100, "0.1",
     N_("littering score: bars, pubs and nightclubs nearby")},
    {"weights", "littering_baskets", K_DOUBLE, CFG(w_littering_baskets), 0, 100, "0.1",
     N_("littering score: distance to the nearest waste basket")},
    {"weights", "visibility_surveillance", K_DOUBLE, CFG(w_visibility_surveillance), 0, 100, "0.4",
     N_("visibility score: natural surveillance")},
    {"weights", "visibility_openness", K_DOUBLE, CFG(w_visibility_openness), 0, 100, "0.3",
     N_("visibility score: openness (isovist area)")},
    {"weights", "visibility_activity", K_DOUBLE, CFG(w_visibility_activity), 0, 100, "0.3",
     N_("visibility score: activity (folkliv)")},
    {"weights", "mode", K_STR, CFG(weights_mode), 0, 0, "fixed",
     N_("fixed: the weights above; fitted: environmental weights from the Poisson models of this area")},
    {"surroundings", "surveillance_m", K_DOUBLE, CFG(surveillance_m), 1, 500, "20",
     N_("a building this close to the street watches it (m)")},
    {"surroundings", "surveillance_step_m", K_DOUBLE, CFG(surveillance_step_m), 0.5, 50, "2",
     N_("sample spacing for the surveillance share (m)")},
    {"surroundings", "isovist_step_m", K_DOUBLE, CFG(isovist_step_m), 1, 1000, "25",
     N_("isovist sample spacing along a place (m)")},
    {"surroundings", "isovist_rays", K_INT, CFG(isovist_rays), 8, 4096, "64", N_("rays per isovist")},
    {"surroundings", "isovist_radius_m", K_DOUBLE, CFG(isovist_radius_m), 5, 2000, "100",
     N_("isovist ray length (m)")},
    {"surroundings", "activity_radius_m", K_DOUBLE, CFG(activity_radius_m), 1, 5000, "150",
     N_("activity, bars, transit stops and fast food are counted this close (m)")},
    {"surroundings", "youth_radius_m", K_DOUBLE, CFG(youth_radius_m), 1, 5000, "300",
     N_("schools and youth venues are counted this close (m)")},
    {"surroundings", "activity_shop", K_DOUBLE, CFG(activity_weight[TRYGG_POI_SHOP]), 0, 100, "1",
     N_("activity weight of a shop")},
    {"surroundings", "activity_restaurant", K_DOUBLE, CFG(activity_weight[TRYGG_POI_RESTAURANT]), 0, 100, "1",
     N_("activity weight of a restaurant")},
    {"surroundings", "activity_cafe", K_DOUBLE, CFG(activity_weight[TRYGG_POI_CAFE]), 0, 100, "1",
     N_("activity weight of a cafe")},
    {"surroundings", "activity_fast_food", K_DOUBLE, CFG(activity_weight[TRYGG_POI_FAST_FOOD]), 0, 100, "1",
     N_("activity weight of a fast-food place or kiosk")},
    {"surroundings", "activity_bar", K_DOUBLE, CFG(activity_weight[TRYGG_POI_BAR]), 0, 100, "1",
     N_("activity weight of a bar, pub or nightclub")},
    {"surroundings", "activity_transit", K_DOUBLE, CFG(activity_weight[TRYGG_POI_TRANSIT]), 0, 100, "2",
     N_("activity weight of a transit stop")},
    {"surroundings", "activity_waste_basket", K_DOUBLE, CFG(activity_weight[TRYGG_POI_WASTE_BASKET]), 0, 100, "0",
     N_("activity weight of a waste basket")},
    {"surroundings", "activity_school", K_DOUBLE, CFG(activity_weight[TRYGG_POI_SCHOOL]), 0, 100, "1",
     N_("activity weight of a school")},
    {"surroundings", "activity_youth", K_DOUBLE, CFG(activity_weight[TRYGG_POI_YOUTH]), 0, 100, "1",
     N_("activity weight of a youth centre, playground or sports venue")},
    {"surroundings", "activity_other", K_DOUBLE, CFG(activity_weight[TRYGG_POI_OTHER]), 0, 100, "0.5",
     N_("activity weight of any other point of interest")},
    {"run", "threads", K_INT, CFG(threads), 0, 256, "0", N_("worker threads (0: one per core)")},
    {"patrol", "categories", K_STR, CFG(patrol_categories), 0, 0, "vandalism, violence, drugs, disorder",
     N_("incident categories patrol areas are built on (comma-separated)")},
    {"patrol", "max_km2", K_DOUBLE, CFG(patrol_max_km2), 0.001, 100, "0.25", N_("largest patrol area (km2)")},
    {"patrol", "visit_minutes", K_INT, CFG(patrol_visit_minutes), 1, 240, "15",
     N_("minutes per visit (Koper 1995: about 15)")},
    {"patrol", "max_visits_per_week", K_INT, CFG(patrol_max_visits), 1, 200, "14",
     N_("visits a week for the first-ranked area; the others scale with their incidents")},
    {"plan", "default_rules", K_BOOL, CFG(default_rules), 0, 1, "true",
     N_("apply the shipped measure rules where the config does not redefine them")},
    {"plan", "register", K_STR, CFG(plan_register), 0, 0, NULL,
     N_("measure register (a GeoPackage, or PG:... for a table in PostgreSQL) that keeps the action plan across runs: "
        "ids, status and decisions survive; created by the first run")},
    {"plan", "register_layer", K_STR, CFG(plan_register_layer), 0, 0, "trygg.measures",
     N_("the register's table (schema.table) when the register is in PostgreSQL (register = PG:...); the schema must "
        "exist")},
    {"plan", "previous", K_STR, CFG(plan_previous), 0, 0, NULL,
     N_("the previous edition (an earlier trygg output, OLD.gpkg): the lägesbild compares this run with it as "
        "trygg compare does (hotspots new, persisting and gone, measures done since, reports per area)")},
    {"plan", "register_wait_s", K_DOUBLE, CFG(register_wait_s), 0, 3600, "10",
     N_("how long to wait for a register another program (QGIS) is writing before giving up (s)")},
    {"survey", "source", K_STR, CFG(survey_source), 0, 0, NULL,
     N_("the police's safety survey (trygghetsmätning): SRC[:LAYER] with a row per area and year; its own polygons, "
        "or joined by name to [survey] areas")},
    {"survey", "areas", K_STR, CFG(survey_areas), 0, 0, NULL,
     N_("polygons of the survey's areas, SRC[:LAYER], joined to the survey rows by name")},
    {"survey", "areas_name_field", K_STR, CFG(survey_areas_name_field), 0, 0, NULL,
     N_("name field of [survey] areas (default: name, namn, fastighet or beteckning)")},
    {"survey", "area_field", K_STR, CFG(survey_area_field), 0, 0, "area", N_("the survey's area name field")},
    {"survey", "year_field", K_STR, CFG(survey_year_field), 0, 0, "year", N_("the survey's year field")},
    {"survey", "index_field", K_STR, CFG(survey_index_field), 0, 0, "index_total",
     N_("the survey's total index field (0-6)")},
    {"survey", "respondents_field", K_STR, CFG(survey_respondents_field), 0, 0, "respondents",
     N_("the survey's respondents field (optional in the data)")},
    {"survey", "question_fields", K_STR, CFG(survey_question_fields), 0, 0, NULL,
     N_("per-question index fields of the survey, comma-separated (e.g. q_nedskrapning, q_belysning): each is "
        "carried to survey_areas with its change since the previous survey")},
    {"survey", "gender_field", K_STR, CFG(survey_gender_field), 0, 0, NULL,
     N_("field that marks rows by gender (kvinnor/women, män/men; other values and empty: all respondents): "
        "survey_areas gets index_women and index_men beside the total")},
    {"survey", "higher_is_safer", K_BOOL, CFG(survey_higher_is_safer), 0, 1, "false",
     N_("false: a higher index means more problems (the police's problem index); true: a higher index is safer")},
    {"survey", "min_index_change", K_DOUBLE, CFG(survey_min_index_change), 0, 6, "0.2",
     N_("a change of the index smaller than this counts as no change")},
    {"followup", "window_months", K_INT, CFG(effect_window_months), 1, 60, "12",
     N_("effect of a measure done on a date: reports in this many months after it against as many before")},
    {"followup", "reach_m", K_DOUBLE, CFG(effect_reach_m), 0, 10000, "200",
     N_("comparison places lie at least this far from every measure of the register (m)")},
    {"followup", "comparison_per_place", K_INT, CFG(effect_comparison_per_place), 1, 100, "5",
     N_("comparison places matched to each place of a measure (same road class, closest before-period count)")},
    {"followup", "min_reports", K_INT, CFG(effect_min_reports), 1, 100000, "10",
     N_("fewer reports before and after together, at the measure or at its comparison places: cannot tell yet")},
    {"grid", "kind", K_STR, CFG(grid_kind), 0, 0, "hex", N_("analysis grid cells: hex or square")},
    {"grid", "cell_m", K_DOUBLE, CFG(grid_cell_m), 10, 10000, "100",
     N_("hexagon size across flats, or square side (m); 250 m squares match the Swedish statistics grid")},
    {"grid", "boundary", K_STR, CFG(grid_boundary), 0, 0, NULL,
     N_("study-area polygon layer SRC[:LAYER]; the grid is clipped to it")},
    {"hotspots", "kde_bandwidth_m", K_DOUBLE, CFG(kde_bandwidth_m), 10, 10000, "200",
     N_("quartic kernel density bandwidth (m)")},
    {"hotspots", "band_m", K_DOUBLE, CFG(gi_band_m), 10, 10000, "300",
     N_("Getis-Ord Gi* distance band (m); cells whose centres are this close are neighbours")},
    {"hotspots", "p_method", K_STR, CFG(gi_p_method), 0, 0, "exact",
     N_("Gi* p-values: exact (the conditional permutation null computed exactly), permutation (drawn "
        "`permutations` times per cell) or normal (normal approximation of z)")},
    {"hotspots", "permutations", K_INT, CFG(permutations), 0, 99999, "999",
     N_("conditional permutations per cell with p_method = permutation (0: normal approximation)")},
    {"hotspots", "seed", K_INT, CFG(seed), 0, 2147483647, "12345",
     N_("random seed of the permutations (and of the shared draws where exact p-values would cost too much)")},
    {"hotspots", "fdr", K_BOOL, CFG(fdr), 0, 1, "true",
     N_("control the false discovery rate across cells (Benjamini-Hochberg)")},
    {"hotspots", "alpha", K_DOUBLE, CFG(hot_alpha), 0.01, 0.1, "0.1",
     /* xgettext:no-c-format */
     N_("cells significant at this level (0.1 = 90 % confidence) merge into hotspots")},
    {"hotspots", "trend_alpha", K_DOUBLE, CFG(trend_alpha), 0.001, 0.2, "0.05",
     N_("a change between the periods this unlikely by chance is marked rising or falling")},
    {"spacetime", "step", K_STR, CFG(st_step), 0, 0, "quarter",
     N_("emerging hot spots: time step of the space-time cube (month, quarter or week)")},
    {"spacetime", "time_window", K_INT, CFG(st_window), 1, 12, "1",
     N_("emerging hot spots: a bin's neighbours are in its own step and this many - 1 steps before")},
    {"nearrepeat", "categories", K_STR, CFG(nr_categories), 0, 0, "",
     N_("near-repeat zones for the police in the run's output for these categories (Knox test; empty: none)")},
    {"nearrepeat", "space_step_m", K_DOUBLE, CFG(nr_space_step_m), 10, 5000, "100", N_("near repeat: space band (m)")},
    {"nearrepeat", "space_max_m", K_DOUBLE, CFG(nr_space_max_m), 10, 10000, "500",
     N_("near repeat: largest distance (m)")},
    {"nearrepeat", "time_step_days", K_DOUBLE, CFG(nr_time_step_days), 1, 365, "7",
     N_("near repeat: time band (days)")},
    {"nearrepeat", "time_max_days", K_DOUBLE, CFG(nr_time_max_days), 1, 3650, "28",
     N_("near repeat: largest time gap (days)")},
    {"nearrepeat", "permutations", K_INT, CFG(nr_permutations), 9, 99999, "999",
     N_("near repeat: Monte Carlo permutations of the times")},
    {"hotspots", "raster", K_STR, CFG(raster), 0, 0, "none",
     N_("kernel density raster beside the GeoPackage: none or geotiff (OUT_kde.tif)")},
    {"hotspots", "raster_cell_m", K_DOUBLE, CFG(raster_cell_m), 1, 1000, "10", N_("raster cell size (m)")},
    {"periods", "period_a", K_STR, CFG(period_a), 0, 0, NULL,
     N_("earlier period YYYY-MM-DD/YYYY-MM-DD (default: the 12 months before period_b)")},
    {"periods", "period_b", K_STR, CFG(period_b), 0, 0, NULL,
     "later period YYYY-MM-DD/YYYY-MM-DD (default: the 12 months up to the latest incident)"},
    {"partition", "source", K_STR, CFG(partition_source), 0, 0, NULL,
     N_("polygons SRC[:LAYER] that split the study area into parts (municipalities, police areas): run each with "
     "--part NAME and join them with trygg merge")},
    {"partition", "field", K_STR, CFG(partition_field), 0, 0, NULL,
     N_("field with each part's name (default: kommun, kommunnamn, name or namn)")},
    {"partition", "halo_m", K_DOUBLE, CFG(partition_halo_m), 0, 100000, "1000",
     N_("a part is analysed with the streets, lamps, buildings and incidents this far beyond its border (m), so "
     "statistics at its edge see their neighbours; at least the largest neighbourhood distance")},
    {"output", "language", K_STR, CFG(language), 0, 0, "sv",
     N_("language of documents, layer aliases, legends and messages: sv (svenska) or en (English)")},
    {"privacy", "sensitive", K_STR, CFG(privacy_sensitive), 0, 0, "violence_close,fraud_elderly",
     N_("incident categories never shown as points or in place- or cell-level counts, only as area totals")},
    {"privacy", "min_count", K_INT, CFG(privacy_min_count), 1, 100, "3",
     N_("in documents for people outside the municipality and police, counts below this show as \"<N\"")},
    {"privacy", "internal", K_STR, CFG(privacy_internal), 0, 0, "full",
     N_("the internal GeoPackage: full (the sensitive incidents also as points in the layer sensitive_incidents, "
        "outside the analysis) or strict (area totals only)")},
    {"population", "source", K_STR, CFG(population_source), 0, 0, NULL,
     N_("residents per area, SRC[:LAYER] (e.g. SCB DeSO or RegSO tables joined to their polygons): the focus_areas "
        "layer and its rates per 1 000 residents")},
    {"population", "area_field", K_STR, CFG(population_area_field), 0, 0, NULL,
     N_("the area's name or code (default: name, namn, deso, desokod, regso, regsokod; else the feature id)")},
    {"population", "total_field", K_STR, CFG(population_total_field), 0, 0, "population",
     N_("residents of all ages")},
    {"population", "aged_65_field", K_STR, CFG(population_aged_65_field), 0, 0, "aged_65",
     N_("residents aged 65 or older")},
    {"population", "high_ratio", K_DOUBLE, CFG(focus_high_ratio), 1, 100, "1.5",
     /* xgettext:no-c-format */
     N_("a focus area's measure is proposed where its rate is at least this many times the municipality's and "
        "its 95 % interval lies above it")},
    {"reports", "audience", K_STR, CFG(report_audience), 0, 0, "owner",
     N_("who reads the area reports: owner (property owners: small counts suppressed, no incident points) or "
        "internal (municipality and police)")},
    {"reports", "areas", K_STR, CFG(report_areas), 0, 0, NULL,
     N_("area or property polygons SRC[:LAYER]: one PDF report per polygon, and the area_reports layer")},
    {"reports", "name_field", K_STR, CFG(report_name_field), 0, 0, NULL,
     N_("field with each area's name (default: name, namn, fastighet or beteckning)")},
    {"reports", "buffer_m", K_DOUBLE, CFG(report_buffer_m), 0, 5000, "200",
     N_("the figures cover each area and this distance around it (m); a buffer_m field of the area overrides it")},
    {"reports", "out_dir", K_STR, CFG(report_out_dir), 0, 0, NULL,
     N_("directory of the area PDFs (default: OUT_reports beside the GeoPackage OUT.gpkg)")},
};

#define RULE(f) offsetof(trygg_measure_rule, f)
/* Keys of a [measure:NAME] section. */
static const key_spec rule_keys[] = {
    {"measure:", "layer", K_STR, RULE(layer), 0, 0, NULL, N_("output layer the rule looks at")},
    {"measure:", "when", K_STR, RULE(when), 0, 0, NULL, N_("SQL condition over the layer's fields")},
    {"measure:", "focus_area", K_STR, RULE(focus_area), 0, 0, NULL,
     N_("trygghet, barn_unga, andts, nara_relation or aldre")},
    {"measure:", "measure", K_STR, RULE(measure), 0, 0, NULL, N_("the measure in Swedish")},
    {"measure:", "measure_en", K_STR, RULE(measure_en), 0, 0, NULL, N_("the measure in English")},
    {"measure:", "responsible", K_STR, RULE(responsible), 0, 0, NULL, N_("who is responsible")},
    {"measure:", "priority", K_STR, RULE(priority), 0, 0, "3", N_("SQL expression: 1 (most urgent) to 5")},
    {"measure:", "evidence", K_STR, RULE(evidence), 0, 0, "{count} places",
     "text with {count}, {sum:F}, {min:F}, {max:F}, {mean:F}, {first:F}, {distinct:F}"},
    {"measure:", "indicator", K_STR, RULE(indicator), 0, 0, NULL, N_("how the effect is followed up")},
    {"measure:", "effect", K_STR, RULE(effect), 0, 0, NULL,
     N_("the reports whose change shows whether the measure worked: incident categories, 'all', and/or 'night' "
        "(e.g. 'vandalism, graffiti' or 'night'); empty: no effect estimate")},
    {"measure:", "merge_m", K_DOUBLE, RULE(merge_m), 0, 5000, "50", N_("features closer than this merge (m)")},
    {"measure:", "buffer_m", K_DOUBLE, RULE(buffer_m), 1, 1000, "15", N_("the measure's area around its features (m)")},
    {"measure:", "max_measure_m", K_DOUBLE, RULE(max_measure_m), 10, 100000, "500",
     N_("a measure covers at most this much street (m); a hotspot or area is one measure")},
};

#define PROMISE(f) offsetof(trygg_promise_rule, f)
/* Keys of a [promise:NAME] section (a citizen promise, medborgarlöfte). */
static const key_spec promise_keys[] = {
    {"promise:", "text", K_STR, PROMISE(text), 0, 0, NULL, N_("the promise in words, as published")},
    {"promise:", "area", K_STR, PROMISE(area), 0, 0, NULL, N_("area polygons SRC[:LAYER] (default: the whole study area)")},
    {"promise:", "area_name", K_STR, PROMISE(area_name), 0, 0, NULL,
     N_("the area's name in that layer (name, namn, ... field); default: every polygon of it")},
    {"promise:", "layer", K_STR, PROMISE(layer), 0, 0, "incidents", N_("output layer the indicator is computed over")},
    {"promise:", "when", K_STR, PROMISE(when), 0, 0, "1", N_("SQL condition over the layer's fields")},
    {"promise:", "aggregate", K_STR, PROMISE(aggregate), 0, 0, "count(*)", N_("SQL aggregate: the indicator")},
    {"promise:", "time_field", K_STR, PROMISE(time_field), 0, 0, NULL,
     N_("the layer's time field (default: occurred_at for incidents; other layers: no periods)")},
    {"promise:", "baseline", K_STR, PROMISE(baseline), 0, 0, NULL, N_("baseline period YYYY-MM-DD/YYYY-MM-DD")},
    {"promise:", "current", K_STR, PROMISE(current), 0, 0, NULL,
     N_("period to compare, YYYY-MM-DD/YYYY-MM-DD (default: as long as the baseline, up to the latest time)")},
    {"promise:", "target", K_STR, PROMISE(target), 0, 0, NULL,
     /* xgettext:no-c-format */
     N_("target change, e.g. -20 %")},
    {"promise:", "end", K_STR, PROMISE(end), 0, 0, NULL, N_("date the promise is to be met, YYYY-MM-DD")},
};
static const char *const focus_areas[] = {"trygghet", "barn_unga", "andts", "nara_relation", "aldre"};

static const char *const layer_sections[] = {"streets", "lamps", "incidents", "buildings", "pois"};
#define NLAYER_SECTIONS (sizeof layer_sections / sizeof layer_sections[0])

static trygg_layer_config *layer_of(trygg_config *cfg, const char *section)
{
    if (strcmp(section, "streets") == 0)
        return &cfg->streets;
    if (strcmp(section, "lamps") == 0)
        return &cfg->lamps;
    if (strcmp(section, "incidents") == 0)
        return &cfg->incidents;
    if (strcmp(section, "buildings") == 0)
        return &cfg->buildings;
    if (strcmp(section, "pois") == 0)
        return &cfg->pois;
    return NULL;
}

static trygg_measure_rule *rule_named(trygg_config *cfg, const char *name, const char *origin);
static trygg_promise_rule *promise_named(trygg_config *cfg, const char *name, const char *origin);

static void *field_ptr(trygg_config *cfg, const key_spec *k, const char *section)
{
    if (strcmp(k->section, "layer") == 0)
        return (char *)layer_of(cfg, section) + k->offset;
    if (strcmp(k->section, "measure:") == 0)
        return (char *)rule_named(cfg, section + strlen("measure:"), NULL) + k->offset;
    if (strcmp(k->section, "promise:") == 0)
        return (char *)promise_named(cfg, section + strlen("promise:"), NULL) + k->offset;
    return (char *)cfg + k->offset;
}

static const key_spec *find_key(const char *section, const char *key)
{
    bool is_layer = layer_of(&(trygg_config){0}, section) != NULL;
    for (size_t i = 0; i < sizeof keys / sizeof keys[0]; i++) {
        const key_spec *k = &keys[i];
        if (strcmp(k->key, key) != 0)
            continue;
        if (strcmp(k->section, section) == 0 || (is_layer && strcmp(k->section, "layer") == 0))
            return k;
    }
    return NULL;
}

static bool parse_bool(const char *v, bool *out)
{
    static const char *const yes[] = {"1", "true", "yes", "on"};
    static const char *const no[] = {"0", "false", "no", "off"};
    for (size_t i = 0; i < 4; i++) {
        if (trygg__streq_ci(v, yes[i])) {
            *out = true;
            return true;
        }
        if (trygg__streq_ci(v, no[i])) {
            *out = false;
            return true;
        }
    }
    return false;
}

/* Store `value` into the field of key k; `origin` names where it came from in messages. */
static trygg_status store(trygg_ctx *ctx, trygg_config *cfg, const key_spec *k, const char *section,
                          const char *value, const char *origin)
{
    void *p = field_ptr(cfg, k, section);
    switch (k->kind) {
    case K_STR: {
        char **s = p;
        free(*s);
        *s = (value && *value) ? trygg__xstrdup(value) : NULL;
        return TRYGG_OK;
    }
    case K_BOOL: {
        bool b;
        if (!parse_bool(value, &b))
            return trygg__fail(ctx, TRYGG_E_CONFIG, "%s: [%s] %s = '%s' is not true or false", origin, section,
                               k->key, value);
        *(bool *)p = b;
        return TRYGG_OK;
    }
    case K_DOUBLE:
    case K_INT: {
        char *end = NULL;
        errno = 0;
        double d = strtod(value, &end);
        if (end == value || *end != '\0' || errno != 0 || !isfinite(d))
            return trygg__fail(ctx, TRYGG_E_CONFIG, "%s: [%s] %s = '%s' is not a number", origin, section, k->key,
                               value);
        if (k->kind == K_INT && d != floor(d))
            return trygg__fail(ctx, TRYGG_E_CONFIG, "%s: [%s] %s = '%s' is not a whole number", origin, section,
                               k->key, value);
        if (d < k->min || d > k->max)
            return trygg__fail(ctx, TRYGG_E_CONFIG, "%s: [%s] %s = %s is out of range (%g to %g)", origin, section,
                               k->key, value, k->min, k->max);
        if (k->kind == K_INT)
            *(int *)p = (int)d;
        else
            *(double *)p = d;
        return TRYGG_OK;
    }
    }
    return TRYGG_E_INTERNAL;
}

void trygg_config_init(trygg_config *cfg)
{
    memset(cfg, 0, sizeof *cfg);
    for (size_t i = 0; i < sizeof keys / sizeof keys[0]; i++) {
        const key_spec *k = &keys[i];
        if (!k->def)
            continue;
        /* Defaults are valid by construction, so no context is needed. */
        trygg_status st = store(NULL, cfg, k, k->section, k->def, "built-in default");
        (void)st;
    }
}

static void free_layer(trygg_layer_config *l)
{
    for (size_t i = 0; i < sizeof keys / sizeof keys[0]; i++)
        if (strcmp(keys[i].section, "layer") == 0 && keys[i].kind == K_STR)
            free(*(char **)((char *)l + keys[i].offset));
}

void trygg_config_fini(trygg_config *cfg)
{
    free(cfg->path);
    free(cfg->name);
    free(cfg->crs);
    free(cfg->assume_crs);
    free(cfg->grid_kind);
    free(cfg->grid_boundary);
    free(cfg->period_a);
    free(cfg->period_b);
    free(cfg->raster);
    free(cfg->gi_p_method);
    free(cfg->st_step);
    free(cfg->nr_categories);
    free(cfg->language);
    free(cfg->partition_source);
    free(cfg->partition_field);
    free(cfg->privacy_sensitive);
    free(cfg->privacy_internal);
    free(cfg->population_source);
    free(cfg->population_area_field);
    free(cfg->population_total_field);
    free(cfg->population_aged_65_field);
    free(cfg->report_audience);
    free(cfg->report_areas);
    free(cfg->report_name_field);
    free(cfg->report_out_dir);
    free(cfg->plan_register);
    free(cfg->plan_register_layer);
    free(cfg->plan_previous);
    free(cfg->survey_source);
    free(cfg->survey_areas);
    free(cfg->survey_areas_name_field);
    free(cfg->survey_area_field);
    free(cfg->survey_year_field);
    free(cfg->survey_index_field);
    free(cfg->survey_respondents_field);
    free(cfg->survey_question_fields);
    free(cfg->survey_gender_field);
    free_layer(&cfg->streets);
    free_layer(&cfg->lamps);
    free_layer(&cfg->incidents);
    free_layer(&cfg->buildings);
    free_layer(&cfg->pois);
    free(cfg->weights_mode);
    for (size_t i = 0; i < cfg->ncategories; i++)
        free(cfg->categories[i].value);
    free(cfg->categories);
    free(cfg->patrol_categories);
    for (size_t i = 0; i < cfg->nrules; i++) {
        trygg_measure_rule *r = &cfg->rules[i];
        for (size_t k = 0; k < sizeof rule_keys / sizeof rule_keys[0]; k++)
            if (rule_keys[k].kind == K_STR)
                free(*(char **)((char *)r + rule_keys[k].offset));
        free(r->name);
        free(r->origin);
    }
    free(cfg->rules);
    for (size_t i = 0; i < cfg->npromises; i++) {
        trygg_promise_rule *p = &cfg->promises[i];
        for (size_t k = 0; k < sizeof promise_keys / sizeof promise_keys[0]; k++)
            free(*(char **)((char *)p + promise_keys[k].offset));
        free(p->name);
        free(p->origin);
    }
    free(cfg->promises);
    memset(cfg, 0, sizeof *cfg);
}

/* Lower-case ASCII and the upper-case letters of Latin-1 Supplement in UTF-8 (Å, Ä, Ö, É...). */
static char *fold_case(const char *s)
{
    char *d = trygg__xstrdup(s ? s : "");
    for (unsigned char *p = (unsigned char *)d; *p; p++) {
        if (*p >= 'A' && *p <= 'Z')
            *p = (unsigned char)(*p + 32);
        else if (*p == 0xC3 && p[1] >= 0x80 && p[1] <= 0x9E && p[1] != 0x97) {
            p[1] = (unsigned char)(p[1] + 0x20);
            p++;
        }
    }
    return d;
}

/* Trim surrounding white space in place. */
static char *trim(char *s)
{
    while (*s == ' ' || *s == '\t')
        s++;
    size_t n = strlen(s);
    while (n > 0 && (s[n - 1] == ' ' || s[n - 1] == '\t' || s[n - 1] == '\r' || s[n - 1] == '\n'))
        s[--n] = '\0';
    return s;
}

static void add_category_rule(trygg_config *cfg, const char *value, trygg_category cat)
{
    for (size_t i = 0; i < cfg->ncategories; i++)
        if (strcmp(cfg->categories[i].value, value) == 0) {
            cfg->categories[i].category = cat;
            return;
        }
    trygg__grow((void **)&cfg->categories, &cfg->capcategories, cfg->ncategories + 1, sizeof *cfg->categories);
    cfg->categories[cfg->ncategories].value = fold_case(value);
    cfg->categories[cfg->ncategories].category = cat;
    cfg->ncategories++;
}

static bool looks_like_connection(const char *s)
{
    /* "PG:dbname=...", "/vsizip/...", "https://..." are used as given. */
    return strncmp(s, "/vsi", 4) == 0 || strstr(s, "://") != NULL ||
           (strlen(s) > 3 && s[2] == ':' && s[0] >= 'A' && s[0] <= 'Z' && s[1] >= 'A' && s[1] <= 'Z');
}

/* The rule of that name, created with its defaults when new (origin names where). */
static trygg_measure_rule *rule_named(trygg_config *cfg, const char *name, const char *origin)
{
    for (size_t i = 0; i < cfg->nrules; i++)
        if (strcmp(cfg->rules[i].name, name) == 0)
            return &cfg->rules[i];
    trygg__grow((void **)&cfg->rules, &cfg->caprules, cfg->nrules + 1, sizeof *cfg->rules);
    trygg_measure_rule *r = &cfg->rules[cfg->nrules++];
    memset(r, 0, sizeof *r);
    r->name = trygg__xstrdup(name);
    r->origin = trygg__xstrdup(origin ? origin : "");
    for (size_t i = 0; i < sizeof rule_keys / sizeof rule_keys[0]; i++) {
        const key_spec *k = &rule_keys[i];
        if (!k->def)
            continue;
        void *p = (char *)r + k->offset;
        if (k->kind == K_STR)
            *(char **)p = trygg__xstrdup(k->def);
        else
            *(double *)p = strtod(k->def, NULL);
    }
    return r;
}

static trygg_status set_rule_key(trygg_ctx *ctx, trygg_config *cfg, const char *section, const char *key,
                                 const char *value, const char *origin)
{
    const char *name = section + strlen("measure:");
    if (!*name)
        return trygg__fail(ctx, TRYGG_E_CONFIG, "%s: [measure:] needs a rule name, e.g. [measure:lighting]", origin);
    for (size_t i = 0; i < sizeof rule_keys / sizeof rule_keys[0]; i++)
        if (strcmp(rule_keys[i].key, key) == 0) {
            if (strcmp(key, "focus_area") == 0) {
                bool known = false;
                for (size_t f = 0; f < sizeof focus_areas / sizeof focus_areas[0]; f++)
                    known = known || strcmp(value, focus_areas[f]) == 0;
                if (!known)
                    return trygg__fail(ctx, TRYGG_E_CONFIG,
                                       "%s: [%s] focus_area = '%s' is not one of trygghet, barn_unga, andts, "
                                       "nara_relation, aldre",
                                       origin, section, value);
            }
            rule_named(cfg, name, origin);
            return store(ctx, cfg, &rule_keys[i], section, value, origin);
        }
    return trygg__fail(ctx, TRYGG_E_CONFIG, "%s: unknown key '%s' in [%s]", origin, key, section);
}

static trygg_promise_rule *promise_named(trygg_config *cfg, const char *name, const char *origin)
{
    for (size_t i = 0; i < cfg->npromises; i++)
        if (strcmp(cfg->promises[i].name, name) == 0)
            return &cfg->promises[i];
    trygg__grow((void **)&cfg->promises, &cfg->cappromises, cfg->npromises + 1, sizeof *cfg->promises);
    trygg_promise_rule *p = &cfg->promises[cfg->npromises++];
    memset(p, 0, sizeof *p);
    p->name = trygg__xstrdup(name);
    p->origin = trygg__xstrdup(origin ? origin : "");
    for (size_t i = 0; i < sizeof promise_keys / sizeof promise_keys[0]; i++)
        if (promise_keys[i].def)
            *(char **)((char *)p + promise_keys[i].offset) = trygg__xstrdup(promise_keys[i].def);
    return p;
}

static trygg_status set_promise_key(trygg_ctx *ctx, trygg_config *cfg, const char *section, const char *key,
                                    const char *value, const char *origin)
{
    const char *name = section + strlen("promise:");
    if (!*name)
        return trygg__fail(ctx, TRYGG_E_CONFIG, "%s: [promise:] needs a name, e.g. [promise:klotter_centrum]", origin);
    for (size_t i = 0; i < sizeof promise_keys / sizeof promise_keys[0]; i++)
        if (strcmp(promise_keys[i].key, key) == 0) {
            promise_named(cfg, name, origin);
            return store(ctx, cfg, &promise_keys[i], section, value, origin);
        }
    return trygg__fail(ctx, TRYGG_E_CONFIG, "%s: unknown key '%s' in [%s]", origin, key, section);
}

/* The sections the key table knows, in its order, for messages: so none is ever missing. */
static char *known_sections(void)
{
    trygg__strbuf b = {0};
    const char *last = "";
    for (size_t i = 0; i < sizeof keys / sizeof keys[0]; i++) {
        const char *sec = keys[i].section;
        if (strcmp(sec, last) == 0)
            continue;
        last = sec;
        bool listed = false;
        for (size_t j = 0; j < i && !listed; j++)
            listed = strcmp(keys[j].section, sec) == 0;
        if (listed)
            continue;
        if (strcmp(sec, "layer") == 0) {
            for (size_t l = 0; l < NLAYER_SECTIONS; l++)
                trygg__sb_printf(&b, "%s%s", b.n ? ", " : "", layer_sections[l]);
            trygg__sb_printf(&b, ", categories");
        } else if (!(strcmp(sec, "incidents") == 0)) {
            trygg__sb_printf(&b, "%s%s", b.n ? ", " : "", sec);
        }
    }
    trygg__sb_printf(&b, ", measure:NAME, promise:NAME");
    return trygg__sb_steal(&b);
}

trygg_status trygg_config_set(trygg_ctx *ctx, trygg_config *cfg, const char *section, const char *key,
                              const char *value, const char *origin)
{
    if (strncmp(section, "measure:", strlen("measure:")) == 0)
        return set_rule_key(ctx, cfg, section, key, value, origin);
    if (strncmp(section, "promise:", strlen("promise:")) == 0)
        return set_promise_key(ctx, cfg, section, key, value, origin);
    if (strcmp(section, "categories") == 0) {
        trygg_category cat;
        if (!trygg_category_from_name_any(value, &cat))
            return trygg__fail(ctx, TRYGG_E_CONFIG,
                               "%s: [categories] %s = '%s' is not a trygg category (vandalism, graffiti, "
                               "littering, violence, theft, drugs, disorder, fraud, other, violence_close, "
                               "fraud_elderly)",
                               origin, key, value);
        add_category_rule(cfg, key, cat);
        return TRYGG_OK;
    }
    bool known_section = layer_of(cfg, section) != NULL;
    for (size_t i = 0; i < sizeof keys / sizeof keys[0] && !known_section; i++)
        known_section = strcmp(keys[i].section, section) == 0;
    if (!known_section) {
        char *known = known_sections();
        trygg_status st = trygg__fail(ctx, TRYGG_E_CONFIG, "%s: unknown section [%s] (known: %s)", origin, section,
                                      known);
        free(known);
        return st;
    }
    const key_spec *k = find_key(section, key);
    if (!k)
        return trygg__fail(ctx, TRYGG_E_CONFIG, "%s: unknown key '%s' in [%s]", origin, key, section);
    return store(ctx, cfg, k, section, value, origin);
}

/* The config file in memory; inih reads it line by line through read_line, so `line` is the
 * line of the current key. */
typedef struct {
    const char *buf;
    size_t n, pos;
    int line;
    bool indented;     /* the current line starts with white space */
    int too_long_line; /* first line longer than inih's buffer, 0 when none */
    int max_len;       /* the longest line inih takes */
} line_reader;

static char *read_line(char *out, int size, void *stream)
{
    line_reader *r = stream;
    if (r->pos >= r->n || r->too_long_line)
        return NULL;
    const char *start = r->buf + r->pos;
    const char *nl = memchr(start, '\n', r->n - r->pos);
    size_t len = nl ? (size_t)(nl - start) + 1 : r->n - r->pos;
    r->line++;
    r->max_len = size - 2;
    if (len + 1 > (size_t)size) {
        /* inih would read the rest of the line as a line of its own */
        r->too_long_line = r->line;
        return NULL;
    }
    memcpy(out, start, len);
    out[len] = '\0';
    r->pos += len;
    r->indented = start[0] == ' ' || start[0] == '\t';
    return out;
}

typedef struct {
    trygg_ctx *ctx;
    trygg_config *cfg;
    line_reader *reader;
    const char *path;
    char *dir; /* directory of the config file, with trailing '/', or "" */
    trygg_status status;
    char **seen; /* "section\nkey" of every key read so far, for duplicates */
    int *seen_line;
    size_t nseen, capseen;
} load_state;

/* A key given twice in one section would silently keep the last value. */
static bool duplicate_key(load_state *st, const char *section, const char *name, const char *origin)
{
    char *id = trygg__xasprintf("%s\n%s", section, name);
    for (size_t i = 0; i < st->nseen; i++)
        if (strcmp(st->seen[i], id) == 0) {
            st->status = trygg__fail(st->ctx, TRYGG_E_CONFIG, "%s: duplicate key '%s' in [%s] (first set on line %d)",
                                     origin, name, section, st->seen_line[i]);
            free(id);
            return true;
        }
    size_t cap = st->capseen;
    trygg__grow((void **)&st->seen, &cap, st->nseen + 1, sizeof *st->seen);
    cap = st->capseen;
    trygg__grow((void **)&st->seen_line, &cap, st->nseen + 1, sizeof *st->seen_line);
    st->capseen = cap;
    st->seen[st->nseen] = id;
    st->seen_line[st->nseen++] = st->reader->line;
    return false;
}

static int on_key(void *user, const char *section, const char *name, const char *value)
{
    load_state *st = user;
    if (st->status != TRYGG_OK)
        return 0;
    char origin[4200];
    snprintf(origin, sizeof origin, _("%s line %d"), st->path, st->reader->line);
    if (st->reader->indented) {
        /* inih takes an indented line as a continuation of the key above */
        st->status = trygg__fail(st->ctx, TRYGG_E_CONFIG,
                                 "%s: the line is indented, which continues the value of '%s' above; write each key "
                                 "on a line of its own, starting at the left margin",
                                 origin, name);
        return 0;
    }
    if (!*section) {
        st->status = trygg__fail(st->ctx, TRYGG_E_CONFIG, "%s: key '%s' is outside any [section]", origin, name);
        return 0;
    }
    if (duplicate_key(st, section, name, origin))
        return 0;
    char *v = trim(trygg__xstrdup(value));
    char *owned = v;
    char *resolved = NULL;
    bool is_path = (strcmp(name, "source") == 0 && layer_of(st->cfg, section)) ||
                   (strcmp(section, "grid") == 0 && strcmp(name, "boundary") == 0) ||
                   (strcmp(section, "plan") == 0 && (strcmp(name, "register") == 0 || strcmp(name, "previous") == 0)) ||
                   (strcmp(section, "survey") == 0 && (strcmp(name, "source") == 0 || strcmp(name, "areas") == 0)) ||
                   (strcmp(section, "population") == 0 && strcmp(name, "source") == 0) ||
                   (strcmp(section, "reports") == 0 && (strcmp(name, "areas") == 0 || strcmp(name, "out_dir") == 0)) ||
                   (strncmp(section, "promise:", strlen("promise:")) == 0 && strcmp(name, "area") == 0) ||
                   (strcmp(section, "partition") == 0 && strcmp(name, "source") == 0);
    if (is_path && *v && v[0] != '/' && !looks_like_connection(v)) {
        resolved = trygg__xasprintf("%s%s", st->dir, v);
        v = resolved;
    }
    st->status = trygg_config_set(st->ctx, st->cfg, section, name, v, origin);
    free(owned);
    free(resolved);
    return st->status == TRYGG_OK;
}

/* The whole file, checked before parsing: a regular file (or a pipe), not too large, no NUL
 * byte (it would cut a value short: "3<NUL>0" read as 3), valid UTF-8 on every line. */
#define CONFIG_MAX_BYTES (16u << 20)
static trygg_status read_config_text(trygg_ctx *ctx, const char *path, char **text, size_t *size)
{
    trygg_status status = TRYGG_OK;
    struct stat sb;
    char *buf = NULL;
    size_t n = 0, cap = 0;
    FILE *f = NULL;
    if (stat(path, &sb) == 0 && S_ISDIR(sb.st_mode))
        return trygg__fail(ctx, TRYGG_E_CONFIG, "%s: is a folder, not a config file", path);
    f = fopen(path, "rb");
    if (!f)
        return trygg__fail(ctx, TRYGG_E_OPEN, "%s: cannot open config file: %s", path, strerror(errno));
    for (;;) {
        if (n + 65536 > cap) {
            cap = cap ? 2 * cap : 65536;
            buf = trygg__xrealloc(buf, cap + 1);
        }
        size_t got = fread(buf + n, 1, cap - n, f);
        n += got;
        if (n > CONFIG_MAX_BYTES) {
            status = trygg__fail(ctx, TRYGG_E_CONFIG, "%s: larger than %u MB: not a config file", path,
                                 CONFIG_MAX_BYTES >> 20);
            goto done;
        }
        if (got == 0)
            break;
    }
    if (ferror(f)) {
        status = trygg__fail(ctx, TRYGG_E_OPEN, "%s: cannot read config file: %s", path, strerror(errno));
        goto done;
    }
    buf[n] = '\0';
    int line = 1;
    for (size_t i = 0; i < n;) {
        const char *nl = memchr(buf + i, '\n', n - i);
        size_t len = nl ? (size_t)(nl - (buf + i)) : n - i;
        if (memchr(buf + i, '\0', len)) {
            status = trygg__fail(ctx, TRYGG_E_CONFIG,
                                 "%s line %d: contains a NUL byte (a binary or UTF-16 file?); save the config as "
                                 "UTF-8 text",
                                 path, line);
            goto done;
        }
        size_t bad;
        if (!trygg__utf8_valid((const unsigned char *)buf + i, len, &bad)) {
            status = trygg__fail(ctx, TRYGG_E_CONFIG,
                                 "%s line %d: not valid UTF-8 (byte 0x%02X at column %zu); save the config as UTF-8 "
                                 "text",
                                 path, line, (unsigned)(unsigned char)buf[i + bad], bad + 1);
            goto done;
        }
        i += len + 1;
        line++;
    }
    *text = buf;
    *size = n;
    buf = NULL;
done:
    if (f)
        fclose(f);
    free(buf);
    return status;
}

trygg_status trygg_config_load(trygg_ctx *ctx, trygg_config *cfg, const char *path)
{
    trygg_status status = TRYGG_OK;
    line_reader reader = {0};
    load_state st = {ctx, cfg, &reader, path, NULL, TRYGG_OK, NULL, NULL, 0, 0};
    char *text = NULL;
    size_t size = 0;
    if ((status = read_config_text(ctx, path, &text, &size)) != TRYGG_OK)
        goto done;
    reader.buf = text;
    reader.n = size;
    const char *slash = strrchr(path, '/');
    st.dir = slash ? trygg__xasprintf("%.*s/", (int)(slash - path), path) : trygg__xstrdup("");
    int rc = ini_parse_stream(read_line, &reader, on_key, &st);
    if (st.status != TRYGG_OK) {
        status = st.status;
        goto done;
    }
    if (reader.too_long_line) {
        status = trygg__fail(ctx, TRYGG_E_CONFIG, "%s line %d: longer than the %d characters a config line may have",
                             path, reader.too_long_line, reader.max_len);
        goto done;
    }
    if (rc != 0) {
        status = trygg__fail(ctx, TRYGG_E_CONFIG, "%s line %d: not an INI line (expected [section] or key = value)",
                             path, rc > 0 ? rc : reader.line);
        goto done;
    }
    free(cfg->path);
    cfg->path = trygg__xstrdup(path);
done:
    for (size_t i = 0; i < st.nseen; i++)
        free(st.seen[i]);
    free(st.seen);
    free(st.seen_line);
    free(text);
    free(st.dir);
    return status;
}

bool trygg_config_patrol_categories(const trygg_config *cfg, bool in[TRYGG_CAT_COUNT])
{
    return trygg_config_category_list(cfg->patrol_categories, in);
}

bool trygg_config_category_list(const char *text, bool in[TRYGG_CAT_COUNT])
{
    for (int c = 0; c < TRYGG_CAT_COUNT; c++)
        in[c] = false;
    char *list = trygg__xstrdup(text ? text : "");
    bool ok = true;
    for (char *save = NULL, *tok = strtok_r(list, ",", &save); tok && ok; tok = strtok_r(NULL, ",", &save)) {
        trygg_category cat;
        char *name = trim(tok);
        if (!*name)
            continue;
        ok = trygg_category_from_name(name, &cat);
        if (ok)
            in[cat] = true;
    }
    free(list);
    return ok;
}

bool trygg_config_promise_target(const char *text, double *target)
{
    if (!text)
        return false;
    char buf[64];
    size_t o = 0;
    for (const char *s = text; *s && o + 1 < sizeof buf; s++) {
        if (strncmp(s, "\u2212", 3) == 0) { /* the minus sign */
            buf[o++] = '-';
            s += 2;
        } else if (*s == ',') {
            buf[o++] = '.';
        } else if (*s != ' ') {
            buf[o++] = *s;
        }
    }
    buf[o] = '\0';
    char *end = NULL;
    double v = strtod(buf, &end);
    if (end == buf)
        return false;
    if (strcmp(end, "%") == 0)
        v /= 100;
    else if (*end)
        return false;
    if (!isfinite(v) || v == 0 || v <= -1)
        return false;
    *target = v;
    return true;
}

trygg_status trygg_config_validate(trygg_ctx *ctx, const trygg_config *cfg)
{
    bool patrol[TRYGG_CAT_COUNT];
    if (!trygg_config_patrol_categories(cfg, patrol))
        return trygg__fail(ctx, TRYGG_E_CONFIG,
                           "[patrol] categories = '%s': not a list of trygg categories (vandalism, graffiti, "
                           "littering, violence, theft, drugs, disorder, fraud, other)",
                           cfg->patrol_categories);
    bool nr[TRYGG_CAT_COUNT];
    if (!trygg_config_category_list(cfg->nr_categories, nr))
        return trygg__fail(ctx, TRYGG_E_CONFIG, "[nearrepeat] categories = '%s': not a list of trygg categories",
                           cfg->nr_categories);
    bool sensitive[TRYGG_CAT_ALL_COUNT];
    const char *bad_cat = NULL;
    if (!trygg_config_sensitive(cfg, sensitive, &bad_cat))
        return trygg__fail(ctx, TRYGG_E_CONFIG,
                           "[privacy] sensitive = '%s': '%s' is not a trygg category (vandalism, graffiti, "
                           "littering, violence, theft, drugs, disorder, fraud, other, violence_close, "
                           "fraud_elderly)",
                           cfg->privacy_sensitive, bad_cat);
    if (!cfg->privacy_internal || (strcmp(cfg->privacy_internal, "full") != 0 &&
                                   strcmp(cfg->privacy_internal, "strict") != 0))
        return trygg__fail(ctx, TRYGG_E_CONFIG, "[privacy] internal = '%s' is not full or strict",
                           cfg->privacy_internal ? cfg->privacy_internal : "");
    if (!cfg->crs)
        return trygg__fail(ctx, TRYGG_E_CONFIG, "[study_area] crs: a working CRS is required");
    trygg_language lang;
    if (!trygg_language_parse(cfg->language, &lang))
        return trygg__fail(ctx, TRYGG_E_CONFIG, "[output] language = '%s' is not sv or en", cfg->language);
    if (!cfg->report_audience ||
        (strcmp(cfg->report_audience, "owner") != 0 && strcmp(cfg->report_audience, "internal") != 0))
        return trygg__fail(ctx, TRYGG_E_CONFIG,
                           "[reports] audience = '%s' is not owner (property owners) or internal (municipality and "
                           "police)",
                           cfg->report_audience ? cfg->report_audience : "");
    if (cfg->w_safety_vandalism + cfg->w_safety_littering + cfg->w_safety_visibility <= 0)
        return trygg__fail(ctx, TRYGG_E_CONFIG, "[weights] safety_*: at least one safety-index weight must be > 0");
    if (cfg->night_start_h == cfg->night_end_h)
        return trygg__fail(ctx, TRYGG_E_CONFIG, "[time] night_start_h and night_end_h are equal: night has no hours");
    for (size_t i = 0; i < cfg->nrules; i++) {
        const trygg_measure_rule *r = &cfg->rules[i];
        const char *missing = !r->layer ? "layer" : !r->when ? "when" : !r->focus_area ? "focus_area"
                            : !r->measure ? "measure" : !r->responsible ? "responsible" : !r->indicator ? "indicator"
                                                                                                         : NULL;
        if (missing)
            return trygg__fail(ctx, TRYGG_E_CONFIG, "%s: [measure:%s] has no '%s'", r->origin, r->name, missing);
        bool cats[TRYGG_CAT_COUNT], night;
        const char *bad = NULL;
        if (r->effect && !trygg_config_effect_parse(r->effect, cats, &night, &bad))
            return trygg__fail(ctx, TRYGG_E_CONFIG,
                               "%s: [measure:%s] effect: '%s' is not an incident category, 'all' or 'night'", r->origin,
                               r->name, bad ? bad : r->effect);
    }
    for (size_t i = 0; i < cfg->npromises; i++) {
        const trygg_promise_rule *p = &cfg->promises[i];
        const char *missing = !p->text ? "text" : !p->baseline ? "baseline" : !p->target ? "target" : NULL;
        if (missing)
            return trygg__fail(ctx, TRYGG_E_CONFIG, "%s: [promise:%s] has no '%s'", p->origin, p->name, missing);
        int64_t d_from, d_to;
        if (!trygg__day_period(p->baseline, &d_from, &d_to))
            return trygg__fail(ctx, TRYGG_E_CONFIG,
                               "%s: [promise:%s] baseline = '%s' is not a period YYYY-MM-DD/YYYY-MM-DD", p->origin,
                               p->name, p->baseline);
        if (p->current && !trygg__day_period(p->current, &d_from, &d_to))
            return trygg__fail(ctx, TRYGG_E_CONFIG,
                               "%s: [promise:%s] current = '%s' is not a period YYYY-MM-DD/YYYY-MM-DD", p->origin,
                               p->name, p->current);
        double target;
        if (!trygg_config_promise_target(p->target, &target))
            return trygg__fail(ctx, TRYGG_E_CONFIG,
                               "%s: [promise:%s] target = '%s' is not a relative change such as -20 %%", p->origin,
                               p->name, p->target);
        int y, m, d;
        char tail;
        if (p->end && (sscanf(p->end, "%4d-%2d-%2d%c", &y, &m, &d, &tail) != 3 || m < 1 || m > 12 || d < 1 || d > 31))
            return trygg__fail(ctx, TRYGG_E_CONFIG, "%s: [promise:%s] end = '%s' is not a date YYYY-MM-DD", p->origin,
                               p->name, p->end);
    }
    if (!cfg->weights_mode || (strcmp(cfg->weights_mode, "fixed") != 0 && strcmp(cfg->weights_mode, "fitted") != 0))
        return trygg__fail(ctx, TRYGG_E_CONFIG, "[weights] mode = '%s' is not fixed or fitted",
                           cfg->weights_mode ? cfg->weights_mode : "");
    if (cfg->lamp_radius_m > cfg->influence_m)
        return trygg__fail(ctx, TRYGG_E_CONFIG, "[lighting] lamp_radius_m (%g) must not exceed influence_m (%g)",
                           cfg->lamp_radius_m, cfg->influence_m);
    if (cfg->grid_kind && !trygg__streq_ci(cfg->grid_kind, "hex") && !trygg__streq_ci(cfg->grid_kind, "square"))
        return trygg__fail(ctx, TRYGG_E_CONFIG, "[grid] kind = '%s' is not hex or square", cfg->grid_kind);
    if (cfg->gi_p_method && !trygg__streq_ci(cfg->gi_p_method, "exact") &&
        !trygg__streq_ci(cfg->gi_p_method, "permutation") && !trygg__streq_ci(cfg->gi_p_method, "normal"))
        return trygg__fail(ctx, TRYGG_E_CONFIG, "[hotspots] p_method = '%s' is not exact, permutation or normal",
                           cfg->gi_p_method);
    if (cfg->st_step && !trygg__streq_ci(cfg->st_step, "month") && !trygg__streq_ci(cfg->st_step, "quarter") &&
        !trygg__streq_ci(cfg->st_step, "week"))
        return trygg__fail(ctx, TRYGG_E_CONFIG, "[spacetime] step = '%s' is not month, quarter or week",
                           cfg->st_step);
    if (cfg->raster && !trygg__streq_ci(cfg->raster, "none") && !trygg__streq_ci(cfg->raster, "geotiff"))
        return trygg__fail(ctx, TRYGG_E_CONFIG, "[hotspots] raster = '%s' is not none or geotiff", cfg->raster);
    return TRYGG_OK;
}

bool trygg_config_sensitive(const trygg_config *cfg, bool sensitive[TRYGG_CAT_ALL_COUNT], const char **bad)
{
    static _Thread_local char token[64];
    for (int c = 0; c < TRYGG_CAT_ALL_COUNT; c++)
        sensitive[c] = trygg_category_area_only((trygg_category)c);
    if (bad)
        *bad = NULL;
    char *list = trygg__xstrdup(cfg->privacy_sensitive ? cfg->privacy_sensitive : "");
    bool ok = true;
    for (char *save = NULL, *tok = strtok_r(list, ",", &save); tok && ok; tok = strtok_r(NULL, ",", &save)) {
        trygg_category cat;
        char *name = trim(tok);
        if (!*name)
            continue;
        ok = trygg_category_from_name_any(name, &cat);
        if (ok)
            sensitive[cat] = true;
        else if (bad) {
            snprintf(token, sizeof token, "%s", name);
            *bad = token;
        }
    }
    free(list);
    return ok;
}

bool trygg_config_privacy_strict(const trygg_config *cfg)
{
    return cfg->privacy_internal && strcmp(cfg->privacy_internal, "strict") == 0;
}

bool trygg_config_effect_parse(const char *spec, bool cats[TRYGG_CAT_COUNT], bool *night, const char **bad)
{
    static _Thread_local char token[64];
    bool any_cat = false;
    *night = false;
    for (int c = 0; c < TRYGG_CAT_COUNT; c++)
        cats[c] = false;
    if (bad)
        *bad = NULL;
    for (const char *p = spec; p && *p;) {
        while (*p == ' ' || *p == ',' || *p == '\t')
            p++;
        size_t n = strcspn(p, ",");
        while (n && (p[n - 1] == ' ' || p[n - 1] == '\t'))
            n--;
        if (!n)
            break;
        snprintf(token, sizeof token, "%.*s", (int)n, p);
        trygg_category c;
        if (trygg__streq_ci(token, "night"))
            *night = true;
        else if (trygg__streq_ci(token, "all")) {
            for (int k = 0; k < TRYGG_CAT_COUNT; k++)
                cats[k] = true;
            any_cat = true;
        } else if (trygg_category_from_name(token, &c)) {
            cats[c] = true;
            any_cat = true;
        } else {
            if (bad)
                *bad = token;
            return false;
        }
        p += strcspn(p, ",");
    }
    if (!any_cat)
        for (int k = 0; k < TRYGG_CAT_COUNT; k++)
            cats[k] = *night; /* "night" alone: every category at night */
    return any_cat || *night;
}

/* Common source values (Swedish police and municipal terms, police.uk categories, English
 * words) that need no [categories] entry. Keys are case-folded. */
static const struct {
    const char *value;
    trygg_category category;
} builtin_terms[] = {
    {"skadegörelse", TRYGG_CAT_VANDALISM},
    {"skadegorelse", TRYGG_CAT_VANDALISM},
    {"criminal damage and arson", TRYGG_CAT_VANDALISM},
    {"criminal damage", TRYGG_CAT_VANDALISM},
    {"klotter", TRYGG_CAT_GRAFFITI},
    {"nedskräpning", TRYGG_CAT_LITTERING},
    {"litter", TRYGG_CAT_LITTERING},
    {"illegal dumping", TRYGG_CAT_LITTERING},
    {"fly-tipping", TRYGG_CAT_LITTERING},
    {"misshandel", TRYGG_CAT_VIOLENCE},
    {"våld", TRYGG_CAT_VIOLENCE},
    {"våldsbrott", TRYGG_CAT_VIOLENCE},
    {"violence and sexual offences", TRYGG_CAT_VIOLENCE},
    {"assault", TRYGG_CAT_VIOLENCE},
    {"stöld", TRYGG_CAT_THEFT},
    {"inbrott", TRYGG_CAT_THEFT},
    {"cykelstöld", TRYGG_CAT_THEFT},
    {"rån", TRYGG_CAT_THEFT},
    {"burglary", TRYGG_CAT_THEFT},
    {"robbery", TRYGG_CAT_THEFT},
    {"shoplifting", TRYGG_CAT_THEFT},
    {"bicycle theft", TRYGG_CAT_THEFT},
    {"other theft", TRYGG_CAT_THEFT},
    {"theft from the person", TRYGG_CAT_THEFT},
    {"vehicle crime", TRYGG_CAT_THEFT},
    {"narkotikabrott", TRYGG_CAT_DRUGS},
    {"narkotika", TRYGG_CAT_DRUGS},
    {"drug", TRYGG_CAT_DRUGS},
    {"ordningsstörning", TRYGG_CAT_DISORDER},
    {"anti-social behaviour", TRYGG_CAT_DISORDER},
    {"public order", TRYGG_CAT_DISORDER},
    {"bedrägeri", TRYGG_CAT_FRAUD},
    /* Brott i nära relation: the police's and the municipalities' words (BRÅ, Brottsbalken 4:4a). */
    {"våld i nära relation", TRYGG_CAT_VIOLENCE_CLOSE},
    {"våld i nära relationer", TRYGG_CAT_VIOLENCE_CLOSE},
    {"brott i nära relation", TRYGG_CAT_VIOLENCE_CLOSE},
    {"brott i nära relationer", TRYGG_CAT_VIOLENCE_CLOSE},
    {"misshandel i nära relation", TRYGG_CAT_VIOLENCE_CLOSE},
    {"relationsvåld", TRYGG_CAT_VIOLENCE_CLOSE},
    {"kvinnofrid", TRYGG_CAT_VIOLENCE_CLOSE},
    {"kvinnofridsbrott", TRYGG_CAT_VIOLENCE_CLOSE},
    {"grov kvinnofridskränkning", TRYGG_CAT_VIOLENCE_CLOSE},
    {"grov fridskränkning", TRYGG_CAT_VIOLENCE_CLOSE},
    {"hedersrelaterat våld", TRYGG_CAT_VIOLENCE_CLOSE},
    {"domestic violence", TRYGG_CAT_VIOLENCE_CLOSE},
    {"domestic abuse", TRYGG_CAT_VIOLENCE_CLOSE},
    {"violence in close relationships", TRYGG_CAT_VIOLENCE_CLOSE},
    /* Brott mot äldre: fraud against older people (the police's "bedrägerier mot äldre"). */
    {"bedrägeri mot äldre", TRYGG_CAT_FRAUD_ELDERLY},
    {"bedrägerier mot äldre", TRYGG_CAT_FRAUD_ELDERLY},
    {"bedrägeri mot äldre person", TRYGG_CAT_FRAUD_ELDERLY},
    {"äldrebedrägeri", TRYGG_CAT_FRAUD_ELDERLY},
    {"elder fraud", TRYGG_CAT_FRAUD_ELDERLY},
    {"fraud against older people", TRYGG_CAT_FRAUD_ELDERLY},
    {"fraud against the elderly", TRYGG_CAT_FRAUD_ELDERLY},
    {"övrigt", TRYGG_CAT_OTHER},
    {"other crime", TRYGG_CAT_OTHER},
};

bool trygg_config_map_category(const trygg_config *cfg, const char *value, trygg_category *out)
{
    if (!value)
        return false;
    char *raw = trygg__xstrdup(value);
    char *folded = fold_case(trim(raw));
    bool found = false;
    for (size_t i = 0; i < cfg->ncategories && !found; i++)
        if (strcmp(cfg->categories[i].value, folded) == 0) {
            *out = cfg->categories[i].category;
            found = true;
        }
    if (!found)
        found = trygg_category_from_name_any(folded, out);
    for (size_t i = 0; i < sizeof builtin_terms / sizeof builtin_terms[0] && !found; i++)
        if (strcmp(builtin_terms[i].value, folded) == 0) {
            *out = builtin_terms[i].category;
            found = true;
        }
    free(folded);
    free(raw);
    return found;
}

static void dump_value(trygg__strbuf *b, const key_spec *k, const void *p)
{
    switch (k->kind) {
    case K_STR:
        trygg__sb_printf(b, "%s = %s\n", k->key, *(char *const *)p ? *(char *const *)p : "");
        break;
    case K_BOOL:
        trygg__sb_printf(b, "%s = %s\n", k->key, *(const bool *)p ? "true" : "false");
        break;
    case K_INT:
        trygg__sb_printf(b, "%s = %d\n", k->key, *(const int *)p);
        break;
    case K_DOUBLE:
        trygg__sb_printf(b, "%s = %.17g\n", k->key, *(const double *)p);
        break;
    }
}

char *trygg_config_dump(const trygg_config *cfg)
{
    trygg__strbuf b = {0};
    const char *current = "";
    for (size_t i = 0; i < sizeof keys / sizeof keys[0]; i++) {
        const key_spec *k = &keys[i];
        if (strcmp(k->section, "layer") == 0)
            continue;
        if (strcmp(k->section, "incidents") == 0)
            continue; /* written with the layer below */
        if (strcmp(current, k->section) != 0) {
            current = k->section;
            trygg__sb_printf(&b, "[%s]\n", current);
        }
        dump_value(&b, k, (const char *)cfg + k->offset);
        if (strcmp(k->key, "assume_crs") == 0) {
            /* The input layers follow the study area. */
            for (size_t s = 0; s < NLAYER_SECTIONS; s++) {
                const trygg_layer_config *l = layer_of((trygg_config *)cfg, layer_sections[s]);
                if (s >= 3 && !l->source)
                    continue; /* optional layers appear only when given */
                trygg__sb_printf(&b, "[%s]\n", layer_sections[s]);
                for (size_t j = 0; j < sizeof keys / sizeof keys[0]; j++)
                    if (strcmp(keys[j].section, "layer") == 0 && *(char *const *)((const char *)l + keys[j].offset))
                        dump_value(&b, &keys[j], (const char *)l + keys[j].offset);
                if (s == 2)
                    trygg__sb_printf(&b, "synthetic = %s\n", cfg->synthetic_incidents ? "true" : "false");
            }
            if (cfg->ncategories) {
                trygg__sb_printf(&b, "[categories]\n");
                for (size_t c = 0; c < cfg->ncategories; c++)
                    trygg__sb_printf(&b, "%s = %s\n", cfg->categories[c].value,
                              trygg_category_name(cfg->categories[c].category));
            }
            current = "";
        }
    }
    for (size_t r = 0; r < cfg->nrules; r++) {
        const trygg_measure_rule *rule = &cfg->rules[r];
        trygg__sb_printf(&b, "[measure:%s]\n", rule->name);
        for (size_t k = 0; k < sizeof rule_keys / sizeof rule_keys[0]; k++)
            dump_value(&b, &rule_keys[k], (const char *)rule + rule_keys[k].offset);
    }
    for (size_t i = 0; i < cfg->npromises; i++) {
        const trygg_promise_rule *p = &cfg->promises[i];
        trygg__sb_printf(&b, "[promise:%s]\n", p->name);
        for (size_t k = 0; k < sizeof promise_keys / sizeof promise_keys[0]; k++)
            dump_value(&b, &promise_keys[k], (const char *)p + promise_keys[k].offset);
    }
    return trygg__sb_steal(&b);
}

char *trygg_config_describe(void)
{
    trygg__strbuf b = {0};
    const char *current = "";
    for (size_t i = 0; i < sizeof keys / sizeof keys[0]; i++) {
        const key_spec *k = &keys[i];
        if (strcmp(current, k->section) != 0) {
            current = k->section;
            if (strcmp(current, "layer") == 0)
                trygg__sb_printf(&b, "\n[streets] [lamps] [incidents] [buildings] [pois]\n");
            else
                trygg__sb_printf(&b, "\n[%s]\n", current);
        }
        /* Defaults and ranges as they are written in the config file (C number format). */
        trygg__sb_printf(&b, "  %-20s %s (", k->key, _(k->doc));
        if (k->kind == K_STR || k->kind == K_BOOL)
            trygg__sb_printf(&b, _("default: %s"), k->def ? k->def : _("none"));
        else
            trygg__sb_printf(&b, _("default: %s; %g to %g"), k->def, k->min, k->max);
        trygg__sb_printf(&b, ")\n");
    }
    trygg__sb_printf(&b, "\n[measure:NAME]   %s\n",
                     _("(a measure rule; the shipped ones: `[plan] default_rules`)"));
    for (size_t i = 0; i < sizeof rule_keys / sizeof rule_keys[0]; i++) {
        trygg__sb_printf(&b, "  %-20s %s", rule_keys[i].key, _(rule_keys[i].doc));
        if (rule_keys[i].def) {
            trygg__sb_printf(&b, ", ");
            trygg__sb_printf(&b, _("default: %s"), rule_keys[i].def);
        }
        trygg__sb_printf(&b, "\n");
    }
    trygg__sb_printf(&b, "\n[promise:NAME]   %s\n",
                     _("(a citizen promise, medborgarlöfte, followed up in the promises layer)"));
    for (size_t i = 0; i < sizeof promise_keys / sizeof promise_keys[0]; i++) {
        trygg__sb_printf(&b, "  %-20s %s", promise_keys[i].key, _(promise_keys[i].doc));
        if (promise_keys[i].def) {
            trygg__sb_printf(&b, ", ");
            trygg__sb_printf(&b, _("default: %s"), promise_keys[i].def);
        }
        trygg__sb_printf(&b, "\n");
    }
    trygg__sb_printf(&b, "\n[categories]\n  %s   vandalism, graffiti, littering, violence, theft, drugs, disorder, "
                         "fraud, other, violence_close, fraud_elderly\n",
                     _("<source value> = <category>"));
    return trygg__sb_steal(&b);
}
