/*
 * The output as the area reports and the lägesbild read it back (src/report/report_model.c and
 * src/report/report_model_summary.c): every layer they need read once through the output reader
 * (io/output_reader.h) into plain arrays, the geometries as GEOS geometries of the context's
 * handle with their envelopes, indexed with STRtrees. Places, dark stretches and measures are
 * kept as the report's own records (report/report.h: types only), which the area reports and
 * the lägesbild take as they are. Library-internal.
 */
#ifndef TRYGG_IO_REPORT_MODEL_H
#define TRYGG_IO_REPORT_MODEL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include <geos_c.h>

#include "index/index.h"
#include "io/output_reader.h"
#include "report/report.h"
#include "score/periods.h"
#include "trygg/data.h"
#include "trygg/reports.h"

/* An incident without a time. */
#define TRYGG__REPORT_TIME_NONE INT64_MIN
/* The summary lists at most this many emerging hot spots. */
#define TRYGG__REPORT_EMERGING 12

/* A row of the near_repeat layer. */
typedef struct {
    const char *category;
    double space_from_m, space_to_m, time_from_days, time_to_days, observed, expected, ratio, p;
} trygg__knox_row;

/* A bag of allocations freed together. */
typedef struct {
    void **v;
    size_t n, cap;
} trygg__bag;

/* Keep p (may be NULL) until trygg__bag_fini; returns p. */
void *trygg__bag_keep(trygg__bag *b, void *p);
/* A copy of s kept in the bag; NULL for NULL. */
char *trygg__bag_str(trygg__bag *b, const char *s);
void trygg__bag_fini(trygg__bag *b);

typedef struct {
    double *xy;
    size_t nv;
    GEOSGeometry *g;
    double env[4];
} trygg__feat;

typedef struct {
    int id;
    int category;
    int confidence;
    unsigned incidents;
    double area_km2, pai;
    char *peak_hours;
    const char *place;
} trygg__hotspot_row;

typedef struct {
    trygg_ctx *ctx;
    GEOSContextHandle_t geos;
    trygg__bag mem;
    trygg_kv info;
    /* places */
    size_t np;
    trygg__feat *pl;
    char **pl_street;
    int *pl_slot;                /* TRYGG_REPORT_LIGHT_SLOTS index */
    double *pl_surv;             /* surveillance_share; NAN when NULL or absent */
    double *score[4];            /* safety_index, vandalism, littering, visibility */
    trygg_report_place *pl_info; /* where, length, reports, why: for the least safe lists */
    trygg_index *pl_idx;
    double min_place_m; /* ranked lists leave out shorter places */
    /* the summary's ranked lists */
    trygg_report_ranking rankings[3];
    size_t nrankings;
    /* emerging hot spots and near repeat (from the layer and run_info) */
    const char *emerging_period;
    const char **emerging; /* the sentences, made once the places' streets are known */
    size_t nemerging;
    trygg__feat *em;      /* their cells */
    const char **em_what; /* "vandalism: intensifying hot spot: ..." */
    const char *near_repeat;
    trygg__knox_row *knox_rows; /* the near_repeat layer's rows; NULL without the layer */
    size_t nknox_rows;
    trygg_report_table *knox; /* per category, made from them (report/knox_tables.h) */
    size_t nknox;
    /* incidents */
    size_t ni;
    double *inc_xy;
    int *inc_cat;
    int64_t *inc_t;
    trygg_index *inc_idx;
    /* lamps */
    bool have_lamps; /* the output has a lamps layer */
    size_t nl;
    double *lamp_xy;
    trygg_index *lamp_idx;
    /* dark stretches */
    size_t nd;
    trygg__feat *dk;
    trygg_report_dark *dk_info;
    trygg_index *dk_idx;
    /* hotspots */
    size_t nh;
    trygg__feat *hs;
    trygg__hotspot_row *hs_info;
    trygg_index *hs_idx;
    /* measures */
    size_t nm;
    trygg__feat *ms;
    trygg_report_measure *ms_info;
    trygg_index *ms_idx;
    /* follow-up: measure_effects by measure id, and the safety survey's rows */
    bool register_used, survey_used, survey_higher_is_safer;
    size_t ne;
    int *eff_id;
    const char **eff_verdict, **eff_text; /* the sentence in the run's language */
    long (*eff_counts)[4];                /* reports before, after, comparison before, after; -1 unknown */
    size_t nsv;
    trygg__feat *sv;
    const char **sv_area;
    int *sv_year, *sv_prev_year;
    double *sv_index, *sv_change;
    trygg_index *sv_idx;
    /* run */
    bool have_periods;
    trygg_period pa, pb;
    char label_a[40], label_b[40], period_a[32], period_b[32];
    char *municipality, *date, *sources, *attribution;
    bool synthetic;
    /* Reports of the two focus areas told by area only (focus_areas: violence_close, fraud_elderly
     * in its latest period); -1 without that layer. */
    long area_only_totals[2];
    double dump_buffer_m; /* [reports] buffer_m of the run's config; NAN when absent */
    /* who reads the area reports (trygg_reports_options) */
    trygg_report_audience audience;
    unsigned min_count;
    bool sensitive[TRYGG_CAT_COUNT];
} trygg__report_model;

/* Read the output at path into m, whose ctx and geos the caller has set (the rest zero); the
 * areas' figures and maps are joined over it by src/report/area_*.c. TRYGG_E_SCHEMA naming the
 * file when it is not a trygg output or a layer cannot be read. trygg__report_model_fini frees
 * it, also after a failure. */
trygg_status trygg__report_model_read(trygg__report_model *m, const char *path);
void trygg__report_model_fini(trygg__report_model *m);
/* The location and why (top_factors) of the n places v[] (by seg_id, the street_segments fid),
 * read from the output at path, the strings kept in bag: the model leaves them out. TRYGG_E_SCHEMA
 * naming the file when the table cannot be read. */
trygg_status trygg__report_place_texts(trygg_ctx *ctx, const char *path, trygg__bag *bag, trygg_report_place *v,
                                       size_t n);
/* The model's GEOS geometries and STRtrees freed (pointers NULL), the rest kept: for once the
 * documents have taken what they need of them (their figures, the maps' coordinates). */
void trygg__report_model_drop_geometries(trygg__report_model *m);
/* trygg__report_model_read in two parts, for two threads with a context (GEOS handle) each: part 1
 * (run_info, the places, the summary's lists, the measures) into m, part 2 (incidents, lamps, dark
 * stretches, hotspots, the follow-up) into a model of its own (zeroed but for ctx and geos), each
 * with its indexes; then trygg__report_model_take moves part 2's fields and bag into m and
 * leaves p2 zeroed. The geometries belong to no handle (GEOS's default factory). */
trygg_status trygg__report_model_read_part(trygg__report_model *m, const char *path, int part);
void trygg__report_model_take(trygg__report_model *m, trygg__report_model *p2);

/* The summary's three ranked lists (src/report/report_model_summary.c) are chosen while the
 * places are read, in the same scan: each keeps its best places so far, best first. */
#define TRYGG__RANKED_MAX 10
typedef struct {
    size_t n;
    struct {
        int64_t fid;
        double key, length_m;
        unsigned reports;
    } v[TRYGG__RANKED_MAX];
} trygg__ranked;
typedef struct {
    bool full; /* the output has every field the lists need (else it has no lists) */
    trygg__ranked list[3];
} trygg__rankings_scan;
/* The SQL columns read_places selects for the lists, after its own (NULLs when !full). */
#define TRYGG__RANKING_COLUMNS "n_vandalism + n_graffiti, n_littering, safety_index, eb_vandalism, eb_littering"
/* One place's row offered to the lists: q's columns from `col` on are TRYGG__RANKING_COLUMNS. */
void trygg__rankings_offer(trygg__rankings_scan *rs, double min_place_m, int64_t fid, double length_m,
                           sqlite3_stmt *q, int col);

/* The steps of trygg__report_model_read that read the summary's lists
 * (src/report/report_model_summary.c); the rankings from the places' scan. */
trygg_status trygg__report_model_read_rankings(trygg__report_model *m, trygg__output_reader *r,
                                               const trygg__rankings_scan *rs);
trygg_status trygg__report_model_read_knox(trygg__report_model *m, trygg__output_reader *r);
trygg_status trygg__report_model_read_emerging(trygg__report_model *m, trygg__output_reader *r);
trygg_status trygg__report_model_read_followup(trygg__report_model *m, trygg__output_reader *r);

/* A GEOS geometry from WKB with its envelope and, for lines (want_xy), its first part's
 * vertices kept in the model's bag. False (f zeroed) for no or an empty geometry. */
bool trygg__report_feat_from_wkb(trygg__report_model *m, const void *wkb, int size, trygg__feat *f, bool want_xy);
/* The envelope of feature i of the trygg__feat array user, for trygg_index_new. */
void trygg__report_feat_env(size_t i, double env[4], void *user);

#endif
