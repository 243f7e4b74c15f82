/*
 * trygg command line: a thin layer over the library. The only code that prints to stdout or
 * exits. Exit codes: 0 ok, 1 failure, 2 usage error.
 */
#include <cpl_conv.h>
#include <geos_c.h>
#include <gdal.h>
#include <limits.h>
#include <printf.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "core/i18n.h"
#include "trygg/compare.h"
#include "trygg/config.h"
#include "trygg/evaluate.h"
#include "trygg/nearrepeat.h"
#include "trygg/partition.h"
#include "trygg/reports.h"
#include "trygg/run.h"
#include "trygg/source.h"
#include "trygg/trygg.h"

enum { EXIT_OK = 0, EXIT_FAIL = 1, EXIT_USAGE = 2 };

/* jemalloc's options, read when the program links it (CMakeLists.txt): unused pages go back to
 * the system on a thread of its own instead of in the middle of the stages' allocations. */
extern const char *malloc_conf;
const char *malloc_conf = "background_thread:true";

/* GDAL links LAPACK, which links libgfortran and so libquadmath, whose constructor registers
 * printf handlers for __float128 (%Q); once any handler is registered, glibc sends every printf
 * of the process down its slow path for positional arguments (vfprintf-internal.c), cairo's
 * PDF numbers and trygg's own included: 2 % of a Lund run's CPU. trygg prints no __float128, so
 * the program declines the registrations: these definitions come before glibc's in the lookup,
 * and libquadmath takes the refusal as it takes an old glibc's (no %Q). */
int register_printf_specifier(int spec, printf_function *render, printf_arginfo_size_function *arginfo);
int register_printf_modifier(const wchar_t *str);
int register_printf_type(printf_va_arg_function *fct);
int register_printf_specifier(int spec, printf_function *render, printf_arginfo_size_function *arginfo)
{
    (void)spec, (void)render, (void)arginfo;
    return -1;
}
int register_printf_modifier(const wchar_t *str)
{
    (void)str;
    return -1;
}
int register_printf_type(printf_va_arg_function *fct)
{
    (void)fct;
    return -1;
}

/* One table drives parsing and --help. `section`/`key` say which config key an option sets;
 * options without one are handled by name. */
typedef struct {
    const char *name;  /* "--crs" */
    const char *alias; /* "-o" or NULL */
    const char *arg;   /* metavariable, NULL for a flag; N_() where it is a word */
    const char *section, *key;
    const char *help; /* English, N_(): shown in the run's language */
} option_spec;

static const option_spec run_options[] = {
    {"--config", NULL, N_("FILE"), NULL, NULL, N_("INI configuration (also accepted as the first plain argument)")},
    {"--streets", NULL, N_("SRC[:LAYER]"), "streets", "source", N_("street lines (required unless in the config)")},
    {"--lamps", NULL, N_("SRC[:LAYER]"), "lamps", "source", N_("street lamps (points)")},
    {"--incidents", NULL, N_("SRC[:LAYER]"), "incidents", "source", N_("incidents (points)")},
    {"--buildings", NULL, N_("SRC[:LAYER]"), "buildings", "source", N_("buildings (polygons; OSM: multipolygons)")},
    {"--pois", NULL, N_("SRC[:LAYER]"), "pois", "source", N_("points of interest (OSM: points and areas)")},
    /* Connection strings contain spaces and colons ("PG:dbname=lund host=/run/pg port=5433"):
     * their layer is named with these options (a table: schema.table), never after a ':'. */
    {"--streets-layer", NULL, N_("LAYER"), "streets", "layer", N_("layer of --streets (PostGIS: schema.table)")},
    {"--lamps-layer", NULL, N_("LAYER"), "lamps", "layer", N_("layer of --lamps")},
    {"--incidents-layer", NULL, N_("LAYER"), "incidents", "layer", N_("layer of --incidents")},
    {"--buildings-layer", NULL, N_("LAYER"), "buildings", "layer", N_("layer of --buildings")},
    {"--pois-layer", NULL, N_("LAYER"), "pois", "layer", N_("layer of --pois")},
    {"--crs", NULL, "CRS", "study_area", "crs", N_("working CRS (default EPSG:3006)")},
    {"--assume-crs", NULL, "CRS", "study_area", "assume_crs", N_("CRS for inputs that declare none")},
    {"--output", "-o", "OUT.gpkg", NULL, NULL, N_("GeoPackage to write (default trygg-output.gpkg), or \"PG:...\"")},
    {"--schema", NULL, N_("NAME"), NULL, NULL, N_("with -o \"PG:...\": the PostGIS schema to write the layers into")},
    {"--part", NULL, N_("NAME"), NULL, NULL,
     N_("with [partition] source: analyse this part (join the parts with trygg merge)")},
    {"--reports", NULL, N_("DIR"), NULL, NULL, N_("area-report PDFs here (areas from [reports] areas)")},
    {"--register", NULL, "REG.gpkg|PG:...", "plan", "register",
     N_("measure register kept across runs: ids, status and decisions survive (created when missing)")},
    {"--previous", NULL, "OLD.gpkg", "plan", "previous",
     N_("the previous edition: the lägesbild compares this run with it (as trygg compare)")},
    {"--threads", NULL, "N", "run", "threads", N_("worker threads (default: all cores)")},
    {"--timings", NULL, NULL, NULL, NULL, N_("print wall time, CPU time and peak memory per stage to stderr")},
    {"--quiet", "-q", NULL, NULL, NULL, N_("no progress or warnings")},
    {"--verbose", "-v", NULL, NULL, NULL, N_("more detail on stderr")},
};
#define NOPTIONS (sizeof run_options / sizeof run_options[0])

static void usage(FILE *f)
{
    fprintf(f, _("trygg %s: street-level safety evidence for crime-prevention action plans\n\n"
               "usage:\n"
               "  trygg run [CONFIG] [options]   score places and write a styled GeoPackage\n"
               "                                 (no CONFIG and no layers: run the bundled sample)\n"
               "  trygg check CONFIG [options]   validate inputs and config, write nothing\n"
               "  trygg info OUT.gpkg            summary of an output\n"
               "  trygg report OUT.gpkg --areas SRC[:LAYER] [--out DIR] [--name-field F] [--buffer M]\n"
               "               [--audience owner|internal]\n"
               "                                 one PDF per area (default DIR: OUT_reports), the lägesbild\n"
               "                                 OUT_lagesbild.pdf, and the area_reports layer of OUT.gpkg\n"
               "                                 --audience owner (default: the run's [reports] audience)\n"
               "                                 hides counts under [privacy] min_count and incident points\n"
               "  trygg evaluate CONFIG --train FROM/TO --test FROM/TO [--share S] [--category CAT]\n"
               "                                 prospective hotspot accuracy: hit rate, PAI, RRI of\n"
               "                                 kernel density, Gi* and count ranking (dates YYYY-MM-DD;\n"
               "                                 share of the area, default 0.05; category default vandalism)\n"
               "  trygg nearrepeat CONFIG --category CAT [--space STEP/MAX] [--time STEP/MAX] [--permutations N]\n"
               "                                 [--csv FILE]: the Knox test of near repeats (defaults from the\n"
               "                                 config's [nearrepeat]: 100/500 m, 7/28 days, 999 permutations)\n"
               "  trygg compare OLD.gpkg NEW.gpkg\n"
               "                                 two editions side by side: hotspots new, persisting and\n"
               "                                 gone, measures done since, reports per area and category\n"
               "  trygg merge OUT.gpkg PART.gpkg...\n"
               "                                 join the outputs of the parts of a partitioned run\n"
               "                                 (trygg run CONFIG --part NAME) into one\n"
               "  trygg help config              every configuration key with its default\n"
               "  trygg --version\n\n"
               "every command: --lang sv|en   language of documents, aliases and messages (default:\n"
               "                               the config's [output] language, else sv)\n\n"
               "options of run and check:\n"),
            TRYGG_VERSION);
    for (size_t i = 0; i < NOPTIONS; i++) {
        char left[64];
        snprintf(left, sizeof left, "%s%s%s%s%s", run_options[i].alias ? run_options[i].alias : "",
                 run_options[i].alias ? ", " : "", run_options[i].name, run_options[i].arg ? " " : "",
                 run_options[i].arg ? _(run_options[i].arg) : "");
        fprintf(f, "  %-32s %s\n", left, _(run_options[i].help));
    }
}

static volatile sig_atomic_t interrupted = 0;
/* --lang given on the command line: it wins over the config's [output] language. */
static bool language_forced = false;

/* Take every "--lang CODE" out of argv (any command accepts it) and apply the last one.
 * Returns an exit code, or -1 to go on. */
static int take_language_option(trygg_ctx *ctx, int *argc, char **argv)
{
    int out = 0;
    for (int i = 0; i < *argc; i++) {
        if (strcmp(argv[i], "--lang") != 0) {
            argv[out++] = argv[i];
            continue;
        }
        if (i + 1 >= *argc) {
            fprintf(stderr, "trygg: %s\n", _("--lang needs a value (sv or en)"));
            return EXIT_USAGE;
        }
        if (trygg_set_language(ctx, argv[++i]) != TRYGG_OK) {
            fprintf(stderr, "trygg: --lang: %s\n", trygg_errmsg(ctx));
            return EXIT_USAGE;
        }
        language_forced = true;
    }
    *argc = out;
    argv[out] = NULL;
    return -1;
}

static void on_signal(int sig)
{
    (void)sig;
    interrupted = 1;
}

/* SIGINT (Ctrl-C) and SIGTERM stop the library at its next check (trygg_ctx_set_interrupt_flag);
 * it removes its temporary files and leaves the previous output as it was. */
static void catch_stop_signals(trygg_ctx *ctx, bool on)
{
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sigemptyset(&sa.sa_mask);
    sa.sa_handler = on ? on_signal : SIG_DFL;
    sigaction(SIGINT, &sa, NULL);
    sigaction(SIGTERM, &sa, NULL);
    trygg_ctx_set_interrupt_flag(ctx, on ? &interrupted : NULL);
}

/* Test hook for the signal and kill tests (tests/e2e/test_output_set.sh): with
 * TRYGG_TEST_STOP_AT=STAGE the process stops itself (SIGSTOP) when STAGE begins, so that a test
 * can signal or kill it at a known point and then continue it. */
static void test_stop_at(const char *point)
{
    const char *at = getenv("TRYGG_TEST_STOP_AT");
    if (at && point && strcmp(at, point) == 0)
        raise(SIGSTOP);
}

typedef struct {
    bool quiet, verbose, tty;
    const char *pg_schema; /* --schema */
    const char *part;      /* --part */
    double t0; /* monotonic seconds at the first progress line */
} cli_state;

/* The stages the library reports (src/pipeline/run.c, io/gpkg_write.c, pipeline/run_postgis.c) as
 * people read them; the names themselves stay what TRYGG_TEST_STOP_AT and --timings use. */
static const char *stage_label(const char *stage)
{
    static const struct {
        const char *stage, *label;
    } labels[] = {
        {"load", N_("reading the inputs")},
        {"prepare", N_("cutting streets into places")},
        {"index", N_("indexing")},
        {"measure", N_("lighting and incidents per place")},
        {"surroundings", N_("surroundings")},
        {"statistics", N_("statistics")},
        {"hotspots", N_("hotspots")},
        {"score", N_("scores")},
        {"write", N_("writing")},
        {"plan", N_("action plan")},
        {"report", N_("reports")},
        {"commit", N_("finishing")},
        {"done", N_("done")},
        {"postgis", N_("copying into PostGIS")},
        {"writing GeoPackage", N_("writing the GeoPackage")},
    };
    for (size_t i = 0; stage && i < sizeof labels / sizeof labels[0]; i++)
        if (strcmp(stage, labels[i].stage) == 0)
            return _(labels[i].label);
    return stage ? stage : "";
}

/* The share done as a percentage in the run's format, right-aligned in 5 characters. */
static const char *percent(char *buf, size_t n, double fraction)
{
    char t[TRYGG__NUM_MAX];
    trygg__fmt_pct(t, sizeof t, fraction, 0);
    int chars = 0;
    for (const char *p = t; *p; p++)
        chars += ((unsigned char)*p & 0xC0) != 0x80;
    snprintf(buf, n, "%*s%s", chars < 5 ? 5 - chars : 0, "", t);
    return buf;
}

static int CPL_STDCALL progress(double fraction, const char *message, void *arg)
{
    cli_state *cli = arg;
    test_stop_at(message);
    if (interrupted)
        return FALSE;
    if (cli->quiet)
        return TRUE;
    if (cli->tty) {
        int width = 30, filled = (int)(fraction * width + 0.5);
        char pct[TRYGG__NUM_MAX + 8];
        /* padded to the longest label, so a shorter one overwrites it */
        fprintf(stderr, "\r[%.*s%*s] %s %-34s", filled, "##############################", width - filled, "",
                percent(pct, sizeof pct, fraction), stage_label(message));
        if (fraction >= 1.0)
            fputc('\n', stderr);
    } else {
        /* Plain lines for logs, with the time since the start so long runs show where they are. */
        struct timespec now;
        clock_gettime(CLOCK_MONOTONIC, &now);
        if (cli->t0 == 0)
            cli->t0 = (double)now.tv_sec + (double)now.tv_nsec * 1e-9;
        char pct[TRYGG__NUM_MAX + 8], secs[TRYGG__NUM_MAX];
        trygg__fmt_num(secs, sizeof secs, (double)now.tv_sec + (double)now.tv_nsec * 1e-9 - cli->t0, 1);
        fprintf(stderr, "trygg: %s %s (%s s)\n", percent(pct, sizeof pct, fraction), stage_label(message), secs);
    }
    fflush(stderr);
    return TRUE;
}

static void log_line(trygg_log_level level, const char *message, void *user)
{
    cli_state *cli = user;
    if (cli->tty)
        fputs("\r", stderr);
    fprintf(stderr, "trygg: %s%s\n", level == TRYGG_LOG_WARN ? _("warning: ") : "", message);
}

/* Where the styles and the sample are: TRYGG_HOME when set; else the source tree this trygg was
 * built from, when it is still there (a build); else the installed copy (cmake --install). */
static const char *home_dir(void)
{
    const char *h = getenv("TRYGG_HOME");
    if (h && *h)
        return h;
    struct stat sb;
    if (stat(TRYGG_SOURCE_DIR "/styles", &sb) == 0 && S_ISDIR(sb.st_mode))
        return TRYGG_SOURCE_DIR;
    return TRYGG_INSTALL_DATADIR;
}

static const option_spec *find_option(const char *arg)
{
    for (size_t i = 0; i < NOPTIONS; i++)
        if (strcmp(arg, run_options[i].name) == 0 || (run_options[i].alias && strcmp(arg, run_options[i].alias) == 0))
            return &run_options[i];
    return NULL;
}

/* Parse run/check arguments into cfg. Returns an exit code, or -1 to go on. */
static int parse_run_args(trygg_ctx *ctx, int argc, char **argv, trygg_config *cfg, const char **out_path,
                          const char **reports_dir, bool *timings, cli_state *cli)
{
    const char *config_path = NULL;
    bool any_layer = false;
    /* First pass: the config file, so that command-line options override it. */
    for (int i = 0; i < argc; i++) {
        const option_spec *o = find_option(argv[i]);
        if (o && o->arg)
            i++;
        else if (argv[i][0] != '-' && !config_path)
            config_path = argv[i];
        if (o && strcmp(o->name, "--config") == 0 && i < argc)
            config_path = argv[i];
        if (o && strcmp(o->name, "--quiet") == 0)
            cli->quiet = true;
    }
    for (int i = 0; i < argc; i++) {
        if (argv[i][0] != '-')
            continue;
        const option_spec *o = find_option(argv[i]);
        if (!o) {
            fprintf(stderr, _("trygg: unknown option '%s'\n\n"), argv[i]);
            usage(stderr);
            return EXIT_USAGE;
        }
        if (o->arg && i + 1 >= argc) {
            fprintf(stderr, _("trygg: %s needs a value (%s)\n"), o->name, _(o->arg));
            return EXIT_USAGE;
        }
        if (o->section && strcmp(o->key, "source") == 0)
            any_layer = true;
        if (o->arg)
            i++;
    }
    if (!config_path && !any_layer) {
        static char sample[PATH_MAX];
        snprintf(sample, sizeof sample, "%s/gis-data/trygg.ini", home_dir());
        config_path = sample;
        if (!cli->quiet)
            fprintf(stderr, _("trygg: no config or layers given: running the bundled sample %s\n"), sample);
    }
    if (config_path && trygg_config_load(ctx, cfg, config_path) != TRYGG_OK) {
        fprintf(stderr, "trygg: %s\n", trygg_errmsg(ctx));
        return EXIT_FAIL;
    }
    for (int i = 0; i < argc; i++) {
        const option_spec *o = find_option(argv[i]);
        if (!o)
            continue;
        const char *value = o->arg ? argv[++i] : NULL;
        if (strcmp(o->name, "--output") == 0)
            *out_path = value;
        else if (strcmp(o->name, "--reports") == 0)
            *reports_dir = value;
        else if (strcmp(o->name, "--schema") == 0)
            cli->pg_schema = value;
        else if (strcmp(o->name, "--part") == 0)
            cli->part = value;
        else if (strcmp(o->name, "--timings") == 0)
            *timings = true;
        else if (strcmp(o->name, "--quiet") == 0)
            cli->quiet = true;
        else if (strcmp(o->name, "--verbose") == 0)
            cli->verbose = true;
        else if (o->section && strcmp(o->key, "source") == 0) {
            char *source = NULL, *layer = NULL;
            trygg_io_split_source(value, &source, &layer);
            trygg_status s = trygg_config_set(ctx, cfg, o->section, "source", source, o->name);
            if (s == TRYGG_OK)
                s = trygg_config_set(ctx, cfg, o->section, "layer", layer ? layer : "", o->name);
            free(source);
            free(layer);
            if (s != TRYGG_OK) {
                fprintf(stderr, "trygg: %s\n", trygg_errmsg(ctx));
                return EXIT_USAGE;
            }
        } else if (o->section && strcmp(o->key, "layer") == 0) {
            continue; /* after every --streets SRC, which resets the layer: below */
        } else if (o->section) {
            if (trygg_config_set(ctx, cfg, o->section, o->key, value, o->name) != TRYGG_OK) {
                fprintf(stderr, "trygg: %s\n", trygg_errmsg(ctx));
                return EXIT_USAGE;
            }
        }
    }
    /* --streets-layer wins over a layer in --streets SRC:LAYER and over the config, in any order. */
    for (int i = 0; i < argc; i++) {
        const option_spec *o = find_option(argv[i]);
        if (!o)
            continue;
        const char *value = o->arg ? argv[++i] : NULL;
        if (o->section && strcmp(o->key, "layer") == 0 &&
            trygg_config_set(ctx, cfg, o->section, "layer", value, o->name) != TRYGG_OK) {
            fprintf(stderr, "trygg: %s\n", trygg_errmsg(ctx));
            return EXIT_USAGE;
        }
    }
    return -1;
}

static int exit_code_for(trygg_status s)
{
    if (s == TRYGG_OK)
        return EXIT_OK;
    return (s == TRYGG_E_USAGE) ? EXIT_USAGE : EXIT_FAIL;
}

static int cmd_run(trygg_ctx *ctx, int argc, char **argv, bool check_only)
{
    trygg_config cfg;
    trygg_config_init(&cfg);
    cli_state cli = {.tty = isatty(STDERR_FILENO)};
    const char *out_path = "trygg-output.gpkg", *reports_dir = NULL;
    bool timings = false;
    int rc = parse_run_args(ctx, argc, argv, &cfg, &out_path, &reports_dir, &timings, &cli);
    if (rc >= 0)
        goto done;
    if (!language_forced && trygg_set_language(ctx, cfg.language) != TRYGG_OK) {
        fprintf(stderr, "trygg: %s: %s\n", cfg.path ? cfg.path : "[output] language", trygg_errmsg(ctx));
        rc = EXIT_USAGE;
        goto done;
    }
    if (cli.pg_schema && !trygg_io_is_pg(out_path)) {
        fprintf(stderr, "%s", _("trygg: --schema goes with an output into PostgreSQL, -o \"PG:dbname=...\"\n"));
        rc = EXIT_USAGE;
        goto done;
    }
    trygg_ctx_set_log(ctx, cli.quiet ? NULL : log_line, &cli, cli.verbose ? TRYGG_LOG_INFO : TRYGG_LOG_WARN);
    if (check_only) {
        char *report = NULL;
        trygg_run_options out = {
            .out_path = out_path, .reports_dir = reports_dir, .pg_schema = cli.pg_schema, .part = cli.part};
        trygg_status s = trygg_check(ctx, &cfg, &out, &report);
        fputs(report, stdout);
        free(report);
        if (s != TRYGG_OK)
            fprintf(stderr, "trygg: %s\n", trygg_errmsg(ctx));
        rc = exit_code_for(s);
        goto done;
    }
    char styles[PATH_MAX];
    snprintf(styles, sizeof styles, "%s/styles", home_dir());
    trygg_run_options opt = {
        .out_path = out_path,
        .pg_schema = cli.pg_schema,
        .part = cli.part,
        .styles_dir = styles,
        .progress = progress,
        .progress_arg = &cli,
        .reports_dir = reports_dir,
    };
    trygg_run_summary sum;
    catch_stop_signals(ctx, true);
    trygg_status s = trygg_run(ctx, &cfg, &opt, &sum);
    catch_stop_signals(ctx, false);
    if (timings)
        for (size_t i = 0; i < sum.nstages; i++)
            fprintf(stderr, "stage %s wall_s=%.3f cpu_s=%.3f peak_mb=%.0f\n", sum.stages[i].name, sum.stages[i].wall_s,
                    sum.stages[i].cpu_s, sum.stages[i].peak_mb);
    if (s != TRYGG_OK) {
        fprintf(stderr, "trygg: %s\n", trygg_errmsg(ctx));
        rc = exit_code_for(s);
        goto done;
    }
    char abs[PATH_MAX];
    const char *shown = realpath(out_path, abs) ? abs : out_path;
    printf(_("%zu places on %zu streets, %zu lamps, %zu incidents (%zu snapped), %zu dark stretches; "
             "%zu input features dropped (see run_info); %zu measures and %zu patrol areas proposed\n"),
           sum.places, sum.streets, sum.lamps, sum.incidents, sum.incidents_snapped, sum.dark_stretches, sum.rejected,
           sum.measures, sum.patrol_areas);
    if (cli.part)
        printf(_("part %s: the figures above include its halo; the output keeps what lies in the part "
                 "(run_info partition.halo)\n"),
               cli.part);
    if (cli.pg_schema) {
        char *masked = trygg_mask_secrets(out_path); /* a connection string may hold a password */
        printf(_("wrote schema %s of %s\n"), cli.pg_schema, masked);
        free(masked);
    } else
        printf(_("wrote %s\n"), shown);
    rc = EXIT_OK;
done:
    trygg_config_fini(&cfg);
    return rc;
}

static int cmd_info(trygg_ctx *ctx, int argc, char **argv)
{
    if (argc != 1) {
        fprintf(stderr, "%s", _("usage: trygg info OUT.gpkg\n"));
        return EXIT_USAGE;
    }
    char *text = NULL;
    trygg_status s = trygg_io_info(ctx, argv[0], &text);
    if (text)
        fputs(text, stdout);
    free(text);
    if (s != TRYGG_OK) {
        fprintf(stderr, "trygg: %s\n", trygg_errmsg(ctx));
        return exit_code_for(s);
    }
    return EXIT_OK;
}

/* trygg compare OLD.gpkg NEW.gpkg */
static int cmd_compare(trygg_ctx *ctx, int argc, char **argv)
{
    if (argc != 2) {
        fprintf(stderr, "%s", _("usage: trygg compare OLD.gpkg NEW.gpkg\n"));
        return EXIT_USAGE;
    }
    char *text = NULL;
    trygg_status s = trygg_compare(ctx, argv[0], argv[1], &text, NULL);
    if (text)
        fputs(text, stdout);
    free(text);
    if (s != TRYGG_OK) {
        fprintf(stderr, "trygg: %s\n", trygg_errmsg(ctx));
        return exit_code_for(s);
    }
    return EXIT_OK;
}

/* trygg evaluate CONFIG --train FROM/TO --test FROM/TO [--share S] [--category CAT] */
static int cmd_evaluate(trygg_ctx *ctx, int argc, char **argv)
{
    const char *config = NULL, *train = NULL, *test = NULL, *category = "vandalism";
    double share = 0.05;
    int rc = EXIT_OK;
    for (int i = 0; i < argc; i++) {
        const char *a = argv[i];
        bool takes = strcmp(a, "--train") == 0 || strcmp(a, "--test") == 0 || strcmp(a, "--share") == 0 ||
                     strcmp(a, "--category") == 0 || strcmp(a, "--config") == 0 || strcmp(a, "--threads") == 0;
        if (takes && i + 1 >= argc) {
            fprintf(stderr, _("trygg: %s needs a value\n"), a);
            return EXIT_USAGE;
        }
        if (strcmp(a, "--train") == 0)
            train = argv[++i];
        else if (strcmp(a, "--test") == 0)
            test = argv[++i];
        else if (strcmp(a, "--category") == 0)
            category = argv[++i];
        else if (strcmp(a, "--config") == 0)
            config = argv[++i];
        else if (strcmp(a, "--threads") == 0)
            trygg_ctx_set_threads(ctx, atoi(argv[++i]));
        else if (strcmp(a, "--share") == 0) {
            char *end = NULL;
            share = strtod(argv[++i], &end);
            if (!end || *end || !(share > 0 && share <= 1)) {
                fprintf(stderr, _("trygg: --share '%s' is not a number in (0, 1]\n"), argv[i]);
                return EXIT_USAGE;
            }
        } else if (a[0] != '-' && !config)
            config = a;
        else {
            fprintf(stderr, _("trygg: evaluate: unexpected argument '%s'\n"), a);
            return EXIT_USAGE;
        }
    }
    if (!config || !train || !test) {
        fprintf(stderr, "%s",
                _("usage: trygg evaluate CONFIG --train FROM/TO --test FROM/TO [--share S] [--category CAT]\n"));
        return EXIT_USAGE;
    }
    trygg_config cfg;
    trygg_config_init(&cfg);
    char *report = NULL;
    trygg_status s = trygg_config_load(ctx, &cfg, config);
    if (s == TRYGG_OK)
        s = trygg_evaluate(ctx, &cfg, train, test, share, category, &report);
    if (report)
        fputs(report, stdout);
    if (s != TRYGG_OK) {
        fprintf(stderr, "trygg: %s\n", trygg_errmsg(ctx));
        rc = exit_code_for(s);
    }
    free(report);
    trygg_config_fini(&cfg);
    return rc;
}

/* "STEP/MAX" with 0 < STEP <= MAX */
static bool parse_band(const char *text, double *step, double *max)
{
    char *end = NULL;
    *step = strtod(text, &end);
    if (!end || *end != '/')
        return false;
    *max = strtod(end + 1, &end);
    return end && !*end && *step > 0 && *max >= *step;
}

/* trygg nearrepeat CONFIG --category CAT [--space STEP/MAX] [--time STEP/MAX] [--permutations N] [--csv FILE] */
static int cmd_nearrepeat(trygg_ctx *ctx, int argc, char **argv)
{
    const char *config = NULL, *category = NULL, *csv = NULL;
    trygg_knox_params p = {0, 0, 0, 0, 0, 0}; /* zero: the config's [nearrepeat] value */
    for (int i = 0; i < argc; i++) {
        const char *a = argv[i];
        bool takes = strcmp(a, "--category") == 0 || strcmp(a, "--space") == 0 || strcmp(a, "--time") == 0 ||
                     strcmp(a, "--permutations") == 0 || strcmp(a, "--csv") == 0 || strcmp(a, "--config") == 0 ||
                     strcmp(a, "--threads") == 0;
        if (takes && i + 1 >= argc) {
            fprintf(stderr, _("trygg: %s needs a value\n"), a);
            return EXIT_USAGE;
        }
        if (strcmp(a, "--category") == 0)
            category = argv[++i];
        else if (strcmp(a, "--csv") == 0)
            csv = argv[++i];
        else if (strcmp(a, "--config") == 0)
            config = argv[++i];
        else if (strcmp(a, "--threads") == 0)
            trygg_ctx_set_threads(ctx, atoi(argv[++i]));
        else if (strcmp(a, "--space") == 0 || strcmp(a, "--time") == 0) {
            bool space = strcmp(a, "--space") == 0;
            if (!parse_band(argv[++i], space ? &p.space_step_m : &p.time_step_days,
                            space ? &p.space_max_m : &p.time_max_days)) {
                fprintf(stderr, _("trygg: %s '%s' is not STEP/MAX with 0 < STEP <= MAX\n"), a, argv[i]);
                return EXIT_USAGE;
            }
        } else if (strcmp(a, "--permutations") == 0) {
            char *end = NULL;
            long v = strtol(argv[++i], &end, 10);
            if (!end || *end || v < 1 || v > 1000000) {
                fprintf(stderr, _("trygg: --permutations '%s' is not a whole number from 1 to 1000000\n"), argv[i]);
                return EXIT_USAGE;
            }
            p.permutations = (int)v;
        } else if (a[0] != '-' && !config)
            config = a;
        else {
            fprintf(stderr, _("trygg: nearrepeat: unexpected argument '%s'\n"), a);
            return EXIT_USAGE;
        }
    }
    if (!config || !category) {
        fprintf(stderr, "%s",
                _("usage: trygg nearrepeat CONFIG --category CAT [--space STEP/MAX] [--time STEP/MAX] "
                  "[--permutations N] [--csv FILE]\n"));
        return EXIT_USAGE;
    }
    trygg_config cfg;
    trygg_config_init(&cfg);
    char *report = NULL;
    int rc = EXIT_OK;
    trygg_status s = trygg_config_load(ctx, &cfg, config);
    if (s == TRYGG_OK) {
        /* the run's bands, permutations and seed, so the CLI and the run's zones agree */
        if (p.space_step_m == 0) {
            p.space_step_m = cfg.nr_space_step_m;
            p.space_max_m = cfg.nr_space_max_m;
        }
        if (p.time_step_days == 0) {
            p.time_step_days = cfg.nr_time_step_days;
            p.time_max_days = cfg.nr_time_max_days;
        }
        if (p.permutations == 0)
            p.permutations = cfg.nr_permutations;
        p.seed = (uint64_t)cfg.seed;
        s = trygg_nearrepeat(ctx, &cfg, category, &p, csv, &report);
    }
    if (report)
        fputs(report, stdout);
    if (s != TRYGG_OK) {
        fprintf(stderr, "trygg: %s\n", trygg_errmsg(ctx));
        rc = exit_code_for(s);
    }
    free(report);
    trygg_config_fini(&cfg);
    return rc;
}

/* trygg report OUT.gpkg --areas SRC[:LAYER] [--out DIR] [--name-field F] [--buffer M] [--audience A]:
 * the audience, min_count and sensitive categories default to those of the run in run_info. */
static int cmd_report(trygg_ctx *ctx, int argc, char **argv)
{
    const char *gpkg = NULL;
    trygg_reports_options o = {.buffer_m = -1, .summary = true};
    for (int i = 0; i < argc; i++) {
        const char *a = argv[i];
        bool takes = strcmp(a, "--areas") == 0 || strcmp(a, "--out") == 0 || strcmp(a, "--name-field") == 0 ||
                     strcmp(a, "--buffer") == 0 || strcmp(a, "--audience") == 0;
        if (takes && i + 1 >= argc) {
            fprintf(stderr, _("trygg: %s needs a value\n"), a);
            return EXIT_USAGE;
        }
        if (strcmp(a, "--areas") == 0)
            o.areas = argv[++i];
        else if (strcmp(a, "--out") == 0)
            o.out_dir = argv[++i];
        else if (strcmp(a, "--name-field") == 0)
            o.name_field = argv[++i];
        else if (strcmp(a, "--audience") == 0) {
            o.audience = argv[++i];
            if (strcmp(o.audience, "owner") != 0 && strcmp(o.audience, "internal") != 0) {
                fprintf(stderr, _("trygg: --audience '%s' is not owner or internal\n"), o.audience);
                return EXIT_USAGE;
            }
        }
        else if (strcmp(a, "--buffer") == 0) {
            char *end = NULL;
            o.buffer_m = strtod(argv[++i], &end);
            if (!end || *end || !(o.buffer_m >= 0 && o.buffer_m <= 5000)) {
                fprintf(stderr, _("trygg: --buffer '%s' is not a distance from 0 to 5000 m\n"), argv[i]);
                return EXIT_USAGE;
            }
        } else if (a[0] != '-' && !gpkg)
            gpkg = a;
        else {
            fprintf(stderr, _("trygg: report: unexpected argument '%s'\n"), a);
            return EXIT_USAGE;
        }
    }
    if (!gpkg || !o.areas) {
        fprintf(stderr, "%s",
                _("usage: trygg report OUT.gpkg --areas SRC[:LAYER] [--out DIR] [--name-field F] [--buffer M] "
                  "[--audience owner|internal]\n"));
        return EXIT_USAGE;
    }
    char styles[PATH_MAX];
    snprintf(styles, sizeof styles, "%s/styles", home_dir());
    trygg_reports_result res = {0};
    cli_state cli = {.tty = isatty(STDERR_FILENO)};
    trygg_ctx_set_log(ctx, log_line, &cli, TRYGG_LOG_WARN);
    catch_stop_signals(ctx, true);
    test_stop_at("report");
    trygg_status s = trygg_reports_update(ctx, gpkg, &o, styles, &res);
    catch_stop_signals(ctx, false);
    if (s != TRYGG_OK) {
        fprintf(stderr, "trygg: %s\n", trygg_errmsg(ctx));
        return exit_code_for(s);
    }
    for (size_t i = 0; i < res.npdfs; i++)
        printf(_("wrote %s\n"), res.pdfs[i]);
    printf(trygg__trn("updated %s (area_reports: %zu area)\n", "updated %s (area_reports: %zu areas)\n",
                      res.layer.nrows),
           gpkg, res.layer.nrows);
    trygg_reports_result_fini(&res);
    return EXIT_OK;
}

/* trygg merge OUT.gpkg PART.gpkg... */
static int cmd_merge(trygg_ctx *ctx, int argc, char **argv)
{
    if (argc < 2 || argv[0][0] == '-') {
        fprintf(stderr, "%s", _("usage: trygg merge OUT.gpkg PART.gpkg...\n"));
        return EXIT_USAGE;
    }
    catch_stop_signals(ctx, true);
    trygg_status s = trygg_merge_parts(ctx, argv[0], (const char *const *)argv + 1, (size_t)argc - 1);
    catch_stop_signals(ctx, false);
    if (s != TRYGG_OK) {
        fprintf(stderr, "trygg: %s\n", trygg_errmsg(ctx));
        return exit_code_for(s);
    }
    printf(_("wrote %s (%d parts)\n"), argv[0], argc - 1);
    return EXIT_OK;
}

int main(int argc, char **argv)
{
    /* --lang first: help and usage are in the language asked for too. */
    trygg_ctx *ctx = trygg_ctx_new();
    int rc = take_language_option(ctx, &argc, argv);
    if (rc < 0 && (argc < 2 || strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "-h") == 0)) {
        usage(argc < 2 ? stderr : stdout);
        rc = argc < 2 ? EXIT_USAGE : EXIT_OK;
    } else if (rc < 0 && strcmp(argv[1], "--version") == 0) {
        printf("trygg %s (GDAL %s, GEOS %s)\n", TRYGG_VERSION, GDALVersionInfo("RELEASE_NAME"), GEOSversion());
        rc = EXIT_OK;
    } else if (rc < 0 && strcmp(argv[1], "help") == 0) {
        if (argc > 2 && strcmp(argv[2], "config") == 0) {
            char *doc = trygg_config_describe();
            fputs(doc, stdout);
            free(doc);
        } else {
            usage(stdout);
        }
        rc = EXIT_OK;
    }
    if (rc >= 0) {
        trygg_ctx_free(ctx);
        return rc;
    }
    /* GDAL's drivers are registered by the library when it first reads or writes. Its own
     * messages reach the user through trygg's, which name the file. */
    CPLSetErrorHandler(CPLQuietErrorHandler);
    if (strcmp(argv[1], "run") == 0)
        rc = cmd_run(ctx, argc - 2, argv + 2, false);
    else if (strcmp(argv[1], "check") == 0)
        rc = cmd_run(ctx, argc - 2, argv + 2, true);
    else if (strcmp(argv[1], "info") == 0)
        rc = cmd_info(ctx, argc - 2, argv + 2);
    else if (strcmp(argv[1], "evaluate") == 0)
        rc = cmd_evaluate(ctx, argc - 2, argv + 2);
    else if (strcmp(argv[1], "nearrepeat") == 0)
        rc = cmd_nearrepeat(ctx, argc - 2, argv + 2);
    else if (strcmp(argv[1], "report") == 0)
        rc = cmd_report(ctx, argc - 2, argv + 2);
    else if (strcmp(argv[1], "compare") == 0)
        rc = cmd_compare(ctx, argc - 2, argv + 2);
    else if (strcmp(argv[1], "merge") == 0)
        rc = cmd_merge(ctx, argc - 2, argv + 2);
    else {
        fprintf(stderr, _("trygg: unknown command '%s'\n\n"), argv[1]);
        usage(stderr);
        rc = EXIT_USAGE;
    }
    trygg_ctx_free(ctx);
    GDALDestroyDriverManager();
    return rc;
}
