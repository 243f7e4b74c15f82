/*
 * Reports (DESIGN.md sections 1 and 4): maps drawn with cairo, area-report PDFs for property
 * owners and the lägesbild PDF for the municipality and the police.
 *
 * Contract. Every input struct here holds plain data: strings, numbers and arrays of numbers,
 * never pointers into pipeline state, so a caller can fill them from the in-memory model or
 * from an existing GeoPackage. The library only borrows them for the duration of a call: it
 * never frees, keeps or changes them. Coordinates are interleaved x,y pairs in metres of the
 * working CRS; non-finite vertices are skipped. Strings are UTF-8 (invalid bytes are shown as
 * U+FFFD, never a crash); NULL strings are treated as absent. Text is set with pango in DejaVu
 * Sans, so Swedish å, ä, ö render as written.
 *
 * PDFs are A4 portrait, written to a temporary file in the target's directory and renamed into
 * place when complete: an existing file is never left half-written, and a failure leaves no
 * temporary file. Outputs are deterministic: the PDF creation date comes from the report's
 * `date`, so two renders of the same input are byte-identical.
 */
#ifndef TRYGG_REPORT_H
#define TRYGG_REPORT_H

#include <cairo.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdint.h>

#include "io/parts_summary.h"
#include "trygg/data.h"
#include "trygg/trygg.h"

/* ---- Map data ---- */

/* A polyline: streets carry their safety index (0-100, high = safe; NAN = not scored, drawn
 * grey); for dark stretches `value` is ignored. */
typedef struct {
    const double *xy; /* nv interleaved x,y */
    size_t nv;
    double value;
} trygg_report_line;

/* An incident: position and trygg_category (drawn in the colour of styles/incidents.qml). */
typedef struct {
    double x, y;
    int category; /* trygg_category; out of range is drawn as "other" */
} trygg_report_point;

/* What a polygon shows on a map, in drawing order (hotspots first, the area outline last). */
typedef enum {
    TRYGG_REPORT_POLY_HOTSPOT_90 = 0, /* Gi* hot spot, 90 % confidence: light red */
    TRYGG_REPORT_POLY_HOTSPOT_95,     /* 95 %: red */
    TRYGG_REPORT_POLY_HOTSPOT_99,     /* 99 %: dark red */
    TRYGG_REPORT_POLY_MEASURE,        /* the place of a proposed measure: outline and numbered marker */
    TRYGG_REPORT_POLY_BUFFER,         /* the surroundings counted in an area report: dashed outline */
    TRYGG_REPORT_POLY_AREA,           /* the area or property a report is about: highlighted */
    TRYGG_REPORT_POLY_KIND_COUNT
} trygg_report_poly_kind;

/* A polygon as rings: ring_nv[0] vertices of the exterior ring, then the holes, all in xy one
 * after the other (closing vertex optional). */
typedef struct {
    const double *xy;
    const size_t *ring_nv;
    size_t nrings;
    trygg_report_poly_kind kind;
    const char *label; /* MEASURE: the marker's text (the measure's number in the table); may be NULL */
} trygg_report_polygon;

/* A square filled by the safety class of its value (the mean safety index of the places in it). */
typedef struct {
    double x, y; /* lower left corner */
    double value;
} trygg_report_cell;

/* A name written on the map at a point. */
typedef struct {
    double x, y;
    const char *text;
} trygg_report_label;

/* Everything one map shows. An empty extent (xmin >= xmax or ymin >= ymax) means: the
 * bounding box of all features, with a 5 % margin. */
typedef struct {
    double xmin, ymin, xmax, ymax;
    const trygg_report_line *streets;
    size_t nstreets;
    const trygg_report_line *dark; /* dark stretches */
    size_t ndark;
    const trygg_report_point *incidents;
    size_t nincidents;
    const double *lamps_xy; /* nlamps interleaved x,y */
    size_t nlamps;
    const trygg_report_polygon *polygons;
    size_t npolygons;
    /* Shown in the map's lower right corner, e.g. "Map data © OpenStreetMap contributors, ODbL;
     * incidents: SYNTHETIC". May be NULL. */
    const char *attribution;
    /* How incidents are shown. 0: a dot each (grouped beyond a few hundred). > 0: never a dot,
     * but the number of reports in each square of this side (metres, squares aligned on
     * multiples of it in the working CRS), drawn only where it is at least grid_min_count (a
     * map for people outside the municipality and police: a dot at property scale names an
     * address). */
    double incident_grid_m;
    unsigned grid_min_count;
    /* Squares of side cell_m coloured like the streets (an overview of many towns, where a
     * street would be thinner than a hair), under everything else. */
    const trygg_report_cell *cells;
    size_t ncells;
    double cell_m;
    /* Names on top of everything (the parts of a merged output). */
    const trygg_report_label *labels;
    size_t nlabels;
} trygg_report_map_data;

/* ---- The overview of a merged output (trygg merge) ---- */

/* The overview as a PDF at path: the totals, a map of the squares with the parts' names, a table
 * per part. date: YYYY-MM-DD (the document's date), or NULL for today. */
trygg_status trygg_report_parts_overview_pdf(trygg_ctx *ctx, const trygg_parts_summary *s, const char *path,
                                             const char *date);

/* Draw a map of m into the rectangle (x, y, w, h) of cr (cairo user units, points on a PDF
 * page): streets coloured by safety index in the five classes of styles/street_segments.qml,
 * dark stretches dashed, lamps, incidents by category, polygons, a legend (a column on the
 * right when the rectangle is wider than 360 units, else a band below; it lists only what the
 * map contains), a scale bar of a round length (1-2-5 series, m or km), a north arrow (the
 * working CRS is taken as north-up) and the attribution. The extent is widened in one direction
 * so that metres stay square and the map fills its rectangle; everything is clipped to it.
 * The state of cr is saved and restored. TRYGG_E_USAGE for a rectangle that is not positive, or
 * an extent that is not finite; an empty map (no features) draws an empty frame with its
 * decorations and is not an error. */
trygg_status trygg_report_map(trygg_ctx *ctx, cairo_t *cr, double x, double y, double w, double h,
                              const trygg_report_map_data *m);

/* ---- Report contents ---- */

/* The five focus areas of the Lund agreement (DESIGN.md section 1). */
typedef enum {
    TRYGG_FOCUS_TRYGGHET = 0,
    TRYGG_FOCUS_BARN_UNGA,
    TRYGG_FOCUS_ANDTS,
    TRYGG_FOCUS_NARA_RELATION,
    TRYGG_FOCUS_ALDRE,
    TRYGG_FOCUS_COUNT
} trygg_focus_area;

/* "trygghet", "barn_unga", "andts", "nara_relation", "aldre"; NULL out of range. Static. */
const char *trygg_focus_area_name(trygg_focus_area f);
/* Parse one of the names above; false when it is not one. */
bool trygg_focus_area_from_name(const char *s, trygg_focus_area *out);

/* A place in a ranked list: the least safe places, or those with most reports of a kind. */
typedef struct {
    int64_t seg_id;
    const char *location; /* "Storgatan (Lillgatan – Kvarngatan)"; may be NULL */
    double length_m;
    unsigned reports;     /* reports of the list's kind (least safe list: of vandalism and graffiti) */
    double value;         /* the list's measure: safety index, or the EB rate per 100 m */
    const char *why;      /* top_factors; may be NULL */
} trygg_report_place;

/* A small table of text: ncols column titles, nrows x ncols cells (row-major). */
typedef struct {
    const char *title;
    size_t nrows, ncols;
    const char *const *head;
    const char *const *cells;
} trygg_report_table;

/* One ranked list: at most ten places, of at least min_place_m, best evidence first. */
typedef struct {
    const char *title;       /* "Least safe places" */
    const char *reports_label; /* "Vandalism reports", "Littering reports" */
    const char *value_label; /* "Safety index", "Per 100 m (EB)" */
    const trygg_report_place *v;
    size_t n;
    unsigned min_count;      /* report counts below it show as "<N"; 0: every count exact */
} trygg_report_ranking;

/* A proposed measure (åtgärd), as in the `measures` layer. */
typedef struct {
    int id;                  /* measure_id; shown as the row's number and on the map marker */
    const char *measure;     /* what to do (Swedish text, or English) */
    const char *place;       /* where, in words ("Västra Mårtensgatan, 120 m"); may be NULL */
    const char *focus_area;  /* one of trygg_focus_area_name, or free text */
    const char *responsible; /* who acts ("Tekniska förvaltningen (street department)") */
    int priority;            /* 1 (most urgent) .. 5; tables are ordered by it, then by id */
    const char *indicator;   /* how the effect is followed up; may be NULL */
    const char *status;      /* from the measure register (föreslagen, beslutad, ...); NULL or "proposed": none */
    const char *effect;      /* the effect so far of a measure done (measure_effects); may be NULL */
    const char *done_on;     /* YYYY-MM-DD when the register says it was done; may be NULL */
    const char *verdict;     /* measure_effects.verdict (worked, no clear effect, more reports, cannot tell yet);
                                shown in words where `effect` is NULL; may be NULL */
} trygg_report_measure;

/* The safety survey (trygghetsmätning) of the survey area that overlaps an area report's area
 * most: its latest year and the change since the previous survey of the same area. */
typedef struct {
    const char *area;        /* the survey's area name; NULL: no survey area overlaps the report's area */
    int year;
    double index;            /* index_total */
    int previous_year;       /* 0: no earlier survey of the area */
    double change;           /* index - previous index; NAN without an earlier survey */
    bool higher_is_safer;    /* [survey] higher_is_safer of the run (false: a problem index) */
} trygg_report_survey;

/* One score of the area against the municipality's distribution over all places. */
typedef struct {
    const char *label;           /* "Safety index" */
    double area_value;           /* the area's mean, 0-100; NAN when the area has no scored place */
    const double *municipality;  /* every place's value in the municipality (non-finite skipped) */
    size_t nmunicipality;
    bool high_is_good;           /* safety index and visibility: true; vandalism, littering: false */
} trygg_report_score;

/* Street length in and around an area by lighting class: P1..P6 and "below P6" at
 * TRYGG_PCLASS_P1..TRYGG_PCLASS_BELOW, then one slot for streets not assessed (no lamp data). */
#define TRYGG_REPORT_LIGHT_SLOTS 8
#define TRYGG_REPORT_LIGHT_NOT_ASSESSED 7

typedef struct {
    double length_m[TRYGG_REPORT_LIGHT_SLOTS];
    size_t lamps;             /* lamps in the area and its surroundings */
    size_t dark_stretches;    /* dark stretches touching it */
    double dark_length_m;     /* their total length */
    double longest_dark_m;    /* the longest of them (0 when none) */
    const char *longest_dark_street; /* its street name; may be NULL */
} trygg_report_lighting;

/* Who reads an area report. Owners (the default) see counts below min_count as "<N" and no
 * incident points: the map counts reports per square instead (docs/NOTES.md, "Area reports and
 * the summary"). The municipality and the police (internal) see exact counts and every point. */
typedef enum { TRYGG_AUDIENCE_OWNER = 0, TRYGG_AUDIENCE_INTERNAL } trygg_report_audience;

#define TRYGG_REPORT_MIN_COUNT 3    /* [privacy] min_count by default */
#define TRYGG_REPORT_OWNER_GRID_M 100.0 /* side of the squares of an owner report's map */

/* One property or area (a row of `area_reports`, and its PDF). */
typedef struct {
    const char *name;         /* required: "Västra Mårtensgatan 12" */
    const char *area_id;      /* may be NULL */
    const char *municipality; /* "Lund"; may be NULL */
    double buffer_m;          /* the figures cover the area and this distance around it (e.g. 200) */
    const char *period_before, *period_after; /* labels of the two periods, e.g. "2023", "2024" */
    unsigned n_before[TRYGG_CAT_COUNT], n_after[TRYGG_CAT_COUNT];
    trygg_report_lighting lighting;
    const trygg_report_score *scores;
    size_t nscores;
    const trygg_report_measure *measures; /* proposed in and around the area */
    size_t nmeasures;
    trygg_report_ranking least_safe;      /* the least safe places in and around the area */
    /* The map: the area as a TRYGG_REPORT_POLY_AREA polygon (and, if the caller wants it drawn,
     * its buffer as TRYGG_REPORT_POLY_BUFFER). An empty extent means: the area polygons'
     * bounding box widened by buffer_m * 1.5 (or 300 m when buffer_m is 0). */
    trygg_report_map_data map;
    const char *data_sources; /* footer: "Streets, lamps: OpenStreetMap ...; incidents: ..." */
    bool synthetic;           /* incidents are synthetic: a warning at the top and in the footer */
    const char *date;         /* required, "YYYY-MM-DD": footer and PDF creation date */
    trygg_report_audience audience; /* TRYGG_AUDIENCE_OWNER (0) unless set */
    unsigned min_count;       /* owner reports: counts below it show as "<N"; 0 means TRYGG_REPORT_MIN_COUNT */
    /* Follow-up: the measures done (genomförd, avslutad) in and around the area with their effect
     * so far, how many are decided or under way (beslutad, pågår), and the safety survey. Measure
     * and survey figures name nobody and are shown to owners too; an owner's report leaves out
     * an effect sentence that names a report count below min_count (the caller passes the verdict
     * only). Nothing to show: an internal report says which key would give it, an owner's leaves
     * the part out. */
    bool register_used;       /* the run had a measure register ([plan] register) */
    const trygg_report_measure *done;
    size_t ndone;
    size_t in_progress;
    bool survey_used;         /* the run had a safety survey ([survey] source) */
    trygg_report_survey survey;
} trygg_area_report;

/* A hotspot (`hotspots` layer). */
typedef struct {
    int id;
    int category;           /* trygg_category */
    int confidence;         /* 90, 95 or 99 */
    unsigned incidents;
    double area_km2;
    double pai;             /* NAN when unknown */
    const char *peak_hours; /* "Fri-Sat 21-03"; may be NULL */
    const char *place;      /* nearest street or district; may be NULL */
} trygg_report_hotspot;

/* A dark stretch (`dark_stretches` layer). */
typedef struct {
    const char *street; /* may be NULL */
    double length_m;
    double lux_min;
    unsigned night_incidents_near;
} trygg_report_dark;

/* A factor's relative risk in one of the run's Poisson models (run_info model.*). */
typedef struct {
    int model;          /* 0: vandalism and graffiti reports, 1: littering reports */
    const char *factor; /* its run_info key: dark_share, surveillance_share, isovist_area_m2, activity,
                           bars_150m, transit_150m, fast_food_150m, nearest_basket_m (others are shown as named) */
    double rr, lo, hi;  /* relative risk per standard deviation of the factor and its 95 % interval */
    double sd;          /* one standard deviation, in the factor's unit; NAN when unknown */
} trygg_report_risk;

/* An input layer as run_info records it. */
typedef struct {
    const char *role;          /* streets, lamps, buildings, pois, incidents */
    const char *file;          /* base name of its source (secrets masked) */
    long read, kept, rejected; /* features; -1 when not recorded */
    const char *reasons;       /* why features were left out; NULL when none */
    const char *from, *to;     /* dates (YYYY-MM-DD) the data cover: the first and last report, or the date of
                                  an OpenStreetMap extract (from = to); NULL when not known */
} trygg_report_source;

/* A citizen promise (medborgarlöfte) as the layer `promises` holds it. Unknown numbers are NAN. */
typedef struct {
    const char *name;            /* [promise:NAME] */
    const char *text;            /* the promise as published */
    const char *baseline_label, *current_label; /* the two periods: "2023", "2024-01 to 2024-12", or the dates */
    double baseline, current;    /* the indicator's values */
    bool counts;                 /* a count of reports (whole numbers, an interval) */
    double change, change_lo, change_hi; /* relative change now against the baseline and its 95 % interval */
    double target;               /* the change promised (-0.2: 20 % fewer) */
    const char *end;             /* YYYY-MM-DD it is to be met by; may be NULL */
    const char *verdict;         /* achieved, on_track, off_track, cannot_tell */
    const char *measures;        /* the linked measures, "12 (genomförd), 14 (beslutad)"; NULL: none */
} trygg_report_promise;

/* What the lägesbild adds to the summary's figures: the analysis of causes, the follow-up and
 * the sources with their limits. Unknown numbers are NAN (or 0 counts), absent texts NULL. */
typedef struct {
    /* Analysis of causes */
    const trygg_report_risk *risks;
    size_t nrisks;
    const char *model_note[2];   /* why the vandalism / littering model was not fitted; NULL */
    double model_reports[2];     /* reports the model was fitted on; NAN when not fitted */
    double street_m;             /* street length of all places */
    double light_m[TRYGG_REPORT_LIGHT_SLOTS]; /* street length by lighting class (as trygg_report_lighting) */
    double surveillance_share;   /* length-weighted mean share of street watched by a building; NAN */
    /* trend of each category (run_info trend.*): 1 rising, -1 falling, 0 no significant change, 2 unknown */
    int trend[TRYGG_CAT_COUNT];
    double trend_p[TRYGG_CAT_COUNT];
    /* Follow-up */
    bool register_used;          /* [plan] register */
    size_t effects[4];           /* measure_effects by verdict: worked, no clear effect, more reports, cannot tell yet */
    bool survey_used;            /* [survey] */
    size_t survey_rows, survey_flagged;
    int survey_first_year, survey_last_year;
    const char *const *survey_notes; /* the flagged rows' notes, "Area year: note" */
    size_t nsurvey_notes;
    size_t promises;             /* measures with a citizen promise (medborgarlöfte) */
    const trygg_report_promise *promise_list; /* the layer promises, in its order */
    size_t npromise_list;
    bool promises_used;          /* the output has the layer promises ([promise:NAME] sections) */
    /* The comparison with the previous edition ([plan] previous), as `trygg compare` prints it:
     * lines, those starting with spaces items of the line before. NULL: no previous edition. */
    const char *previous;
    const char *previous_path;   /* the previous edition's file (base name) */
    /* English text of each measure (measures.measure_en) by measure id; may be NULL */
    const int *measure_en_ids;
    const char *const *measure_en;
    size_t nmeasure_en;
    /* Sources and limitations */
    const trygg_report_source *sources;
    size_t nsources;
    size_t lamps;
    double lamp_cover_m;         /* distance of the coverage figure ([lighting] influence_m) */
    double lamp_cover_share;     /* share of street length within lamp_cover_m of a lamp; NAN without lamps */
    double lamps_per_km;         /* run_info lighting.register_lamps_per_km; NAN */
    const char *first_incident, *last_incident; /* dates (YYYY-MM-DD) of the first and last report; NULL */
    const char *period_a, *period_b;            /* the two periods as run_info gives them ("2023-01-01/2023-12-31") */
    size_t incidents;            /* reports in the output */
    size_t incidents_no_time;    /* kept without a readable time */
    size_t incidents_not_snapped;/* farther than snap_m from every street */
    double snap_m;
    const char *osm_date;        /* date of the OpenStreetMap extract; NULL when not known */
} trygg_lagesbild_extra;

/* The municipality's lägesbild (the summary). */
typedef struct {
    const char *municipality; /* required */
    const char *period_before, *period_after;
    unsigned n_before[TRYGG_CAT_COUNT], n_after[TRYGG_CAT_COUNT];
    /* Incidents per focus area in the two periods, as the caller assigns categories to focus
     * areas; measures per focus area are counted from `measures`. */
    unsigned focus_before[TRYGG_FOCUS_COUNT], focus_after[TRYGG_FOCUS_COUNT];
    /* Violence in close relations and fraud against the elderly (nara_relation, aldre) are counted
     * by area only (the focus_areas layer, its latest period): their totals; -1 when unknown. */
    long area_only_after[2];
    const trygg_report_hotspot *hotspots; /* shown by incidents, most first */
    size_t nhotspots;
    size_t top_hotspots;                  /* how many to list; 0 means 10 */
    const trygg_report_dark *dark;        /* shown longest first */
    size_t ndark;
    size_t top_dark;                      /* how many to list; 0 means 10 */
    const trygg_report_measure *measures; /* the whole table, ordered here by priority then id */
    size_t nmeasures;
    const trygg_report_ranking *rankings; /* least safe places, most vandalism, most littering */
    size_t nrankings;
    const char *emerging_period;          /* "8 quarters, 2023Q1 to 2024Q4", or why there is none; may be NULL */
    const char *const *emerging;          /* sentences on emerging hot spots, most pressing first */
    size_t nemerging;
    const char *near_repeat;              /* what the near-repeat test found per category; may be NULL */
    const trygg_report_table *knox;       /* the Knox table of each category tested */
    size_t nknox;
    trygg_report_map_data map;            /* overview map; an empty extent means all features */
    const char *data_sources;
    bool synthetic;
    const char *date; /* required, "YYYY-MM-DD" */
    const trygg_lagesbild_extra *lagesbild; /* may be NULL: those sections then say what is missing */
} trygg_summary_report;

/* Write the area report r as a PDF at path (A4 portrait, as many pages as it needs), in the run's
 * language (trygg_set_language): title, map, incidents by category for the two periods with the
 * change (table and bar chart), or a sentence when there were none; lighting; the scores against
 * the municipality's distribution; the measures with who is responsible; a footer with the rule
 * on counts, sources, the synthetic warning, the trygg version, the date and the page number on
 * every page. For r->audience TRYGG_AUDIENCE_OWNER, counts from 1 to min_count - 1 show as "<N"
 * (with the changes and totals that would give them away hidden) and the map shows the number
 * of reports per TRYGG_REPORT_OWNER_GRID_M square, never a dot; the caller leaves sensitive
 * categories out of r->map.incidents. TRYGG_AUDIENCE_INTERNAL: exact counts and every dot.
 * TRYGG_E_USAGE for a missing name or date, or a date not of the form YYYY-MM-DD;
 * TRYGG_E_WRITE naming path when it cannot be written (no temporary file is left). */
trygg_status trygg_report_area_pdf(trygg_ctx *ctx, const trygg_area_report *r, const char *path);

/* Write the lägesbild of s as a PDF at path, in the run's language, in the order of Brå's guidance
 * for local crime prevention: 1 mapping (overview map, reports by category and their trend, by
 * focus area, hot spots with their peak hours, dark stretches, ranked places, emerging hot spots,
 * near repeat), 2 analysis of causes (relative risks of the Poisson models with their intervals,
 * lighting, natural surveillance), 3 measures by focus area and priority with who is responsible
 * (the most urgent of each kind; the layer `measures` has them all), 4 follow-up (register,
 * effects, survey, citizen promises, or what is needed for them), 5 sources and limitations.
 * Errors as for trygg_report_area_pdf. */
trygg_status trygg_report_lagesbild_pdf(trygg_ctx *ctx, const trygg_summary_report *s, const char *path);
/* The same document (the lägesbild replaced the summary). */
trygg_status trygg_report_summary_pdf(trygg_ctx *ctx, const trygg_summary_report *s, const char *path);

#endif
