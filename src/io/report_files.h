/*
 * The reports' folder and the paths of their PDFs as the area_reports layer records them
 * (src/io/report_files.c). Library-internal.
 */
#ifndef TRYGG_IO_REPORT_FILES_H
#define TRYGG_IO_REPORT_FILES_H

#include "trygg/trygg.h"

/* report_file: the PDF's path relative to the GeoPackage's directory when it lies inside it
 * (so the pair can be moved together), else absolute; pdf itself need not exist yet, its folder
 * must. Caller frees. */
char *trygg__report_file_relative(const char *gpkg, const char *pdf);
/* Make the folder dir (its parent must exist); TRYGG_E_WRITE naming it when that fails or it is
 * no folder. */
trygg_status trygg__report_dir_make(trygg_ctx *ctx, const char *dir);

#endif
