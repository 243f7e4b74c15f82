/*
 * The reports' folder and file paths (io/report_files.h).
 */
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "core/internal.h"
#include "io/report_files.h"

/* report_file: the PDF's path relative to the GeoPackage's directory when it lies inside it
 * (so the pair can be moved together), else absolute. */
char *trygg__report_file_relative(const char *gpkg, const char *pdf)
{
    char gdir[PATH_MAX], pdir_abs[PATH_MAX], pabs[2 * PATH_MAX];
    char *dir = trygg__dir_of(gpkg);
    /* The PDF itself is not in place yet (it is staged): resolve its folder. */
    char *pdir = trygg__dir_of(pdf);
    char *out;
    if (realpath(dir, gdir) && realpath(pdir, pdir_abs) &&
        snprintf(pabs, sizeof pabs, "%s/%s", strcmp(pdir_abs, "/") == 0 ? "" : pdir_abs, trygg__base_of(pdf)) > 0) {
        size_t n = strlen(gdir);
        if (strncmp(pabs, gdir, n) == 0 && pabs[n] == '/')
            out = trygg__xstrdup(pabs + n + 1);
        else if (n == 1 && gdir[0] == '/')
            out = trygg__xstrdup(pabs + 1);
        else
            out = trygg__xstrdup(pabs);
    } else {
        out = trygg__xstrdup(pdf);
    }
    free(dir);
    free(pdir);
    return out;
}

trygg_status trygg__report_dir_make(trygg_ctx *ctx, const char *dir)
{
    struct stat sb;
    if (mkdir(dir, 0777) != 0 && errno != EEXIST)
        return trygg__fail(ctx, TRYGG_E_WRITE, "cannot make the reports directory %s: %s", dir, strerror(errno));
    if (stat(dir, &sb) != 0 || !S_ISDIR(sb.st_mode))
        return trygg__fail(ctx, TRYGG_E_WRITE, "reports directory %s: not a directory", dir);
    return TRYGG_OK;
}
