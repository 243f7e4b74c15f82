/*
 * The output set of a run (DESIGN.md section 7): the GeoPackage OUT.gpkg and every PDF, raster
 * and report made with it are one transaction.
 *
 * Contract. trygg_output_set_open takes an advisory lock (flock) on OUT.gpkg's lock file
 * `.OUT.gpkg.lock` beside it, so that a second run on the same output refuses at once instead
 * of mixing its files with the first's; removes what a killed run left (staging folders, old
 * temporary files), finishing a commit that was under way; and makes a staging folder
 * `.OUT.gpkg.staging-XXXXXX` beside OUT.gpkg. Every output file is written to the path
 * trygg_output_set_stage gives for its final path; trygg_output_set_commit moves them all into
 * place at the end (the old files stay until then), the GeoPackage last, after writing the list
 * of moves into the staging folder so that a run killed in the middle of the moves is finished
 * by the next one. trygg_output_set_abort (every failure and interruption) removes the staging
 * folder and releases the lock: nothing of the old set changes.
 *
 * Inputs are sacred: the set is given the run's inputs (files or folders; connection strings
 * are ignored) and refuses, with TRYGG_E_USAGE naming both, any output path that is one of
 * them: the same file after resolving symbolic links and `..` (realpath), or the same device
 * and inode (a hard link). A shapefile's side files (.dbf, .shx, .prj, .cpg, ...) count as the
 * input too.
 *
 * Ownership: the set owns its strings; staged paths are borrowed from it until commit/abort.
 */
#ifndef TRYGG_IO_OUTPUT_SET_H
#define TRYGG_IO_OUTPUT_SET_H

#include <stdbool.h>
#include <stddef.h>

#include "trygg/trygg.h"

typedef struct trygg_output_set trygg_output_set;

/* One input of the run: its role in messages ("incidents", "config") and its path. */
typedef struct {
    const char *role;
    const char *path; /* NULL or a connection string: nothing to protect */
} trygg_input_path;

/* Open the output set of the GeoPackage gpkg_path: check it against the inputs (n of them),
 * lock, clean up after killed runs (also in extra_dir, the reports
 * folder, when not NULL), make the staging folder. TRYGG_E_USAGE when gpkg_path or extra_dir is
 * an input; TRYGG_E_WRITE when another run holds the lock or the folder cannot be written. */
trygg_status trygg_output_set_open(trygg_ctx *ctx, const char *gpkg_path, const char *extra_dir,
                                   const trygg_input_path *inputs, size_t ninputs, trygg_output_set **set);

/* The path to write the output whose final path is final_path (*staged, borrowed). The
 * GeoPackage keeps its file name in the staging folder (its QGIS project refers to it).
 * TRYGG_E_USAGE when final_path is an input. */
trygg_status trygg_output_set_stage(trygg_ctx *ctx, trygg_output_set *set, const char *final_path,
                                    const char **staged);

/* trygg_output_set_stage for an output that is changed rather than made anew: the staged path
 * starts as the existing file (a hard link, which is never written through: the GeoPackage
 * writer changes a copy and renames it over the link; else a copy). */
trygg_status trygg_output_set_stage_existing(trygg_ctx *ctx, trygg_output_set *set, const char *final_path,
                                             const char **staged);

/* Move every staged file that exists into place (a staged path never written is skipped),
 * remove the staging folder, release the lock and free the set. */
trygg_status trygg_output_set_commit(trygg_ctx *ctx, trygg_output_set *set);

/* Remove the staging folder, release the lock, free the set. Accepts NULL. */
void trygg_output_set_abort(trygg_output_set *set);

/* TRYGG_E_USAGE naming both when `output` (a file or folder path, existing or not) is one of
 * the inputs in the sense above; `what` names the output in the message ("-o"). */
trygg_status trygg_output_check_not_input(trygg_ctx *ctx, const char *output, const char *what,
                                          const trygg_input_path *inputs, size_t ninputs);

/* Whether the outputs can be written, without writing anything (trygg check): the folder of
 * gpkg_path exists and this process may write there, and so does reports_dir (may be NULL), or
 * its parent when it is still to be made. TRYGG_E_WRITE naming the folder and the problem. */
trygg_status trygg_output_check_writable(trygg_ctx *ctx, const char *gpkg_path, const char *reports_dir);

#endif
