/*
 * Checks of output paths before anything is written (src/io/output_set.h): inputs are
 * sacred (an output path is refused when it is one of the run's inputs, by device and inode,
 * so symbolic links, ".." and hard links are caught), and the folders can be written.
 */
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>

#include "core/i18n.h"
#include "core/internal.h"
#include "io/output_set.h"

static bool same_inode(const char *a, const char *b)
{
    struct stat sa, sb;
    return stat(a, &sa) == 0 && stat(b, &sb) == 0 && sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino;
}

/* A shapefile is several files: writing over any of them destroys the input. */
static bool is_shapefile_part(const char *output, const char *shp)
{
    static const char *const exts[] = {".dbf", ".shx", ".prj", ".cpg", ".qix", ".sbn", ".sbx", ".qmd",
                                       ".DBF", ".SHX", ".PRJ", ".CPG", ".QIX", ".SBN", ".SBX", ".QMD"};
    size_t n = strlen(shp);
    if (n < 4 || strcasecmp(shp + n - 4, ".shp") != 0)
        return false;
    for (size_t i = 0; i < sizeof exts / sizeof exts[0]; i++) {
        char *side = trygg__xasprintf("%.*s%s", (int)(n - 4), shp, exts[i]);
        bool same = same_inode(output, side);
        free(side);
        if (same)
            return true;
    }
    return false;
}

trygg_status trygg_output_check_not_input(trygg_ctx *ctx, const char *output, const char *what,
                                          const trygg_input_path *inputs, size_t ninputs)
{
    for (size_t i = 0; i < ninputs; i++) {
        const char *in = inputs[i].path;
        if (!in || !*in)
            continue;
        if (same_inode(output, in) || is_shapefile_part(output, in))
            return trygg__fail(ctx, TRYGG_E_USAGE,
                               "%s %s is the %s input %s: refusing to write over an input; choose another path",
                               _(what), output, inputs[i].role, in);
    }
    return TRYGG_OK;
}

/* A folder an output goes into: it exists (or, for a folder that is made, its parent does) and
 * this process may write there. NULL when fine, else the problem, in buf. */
static const char *folder_problem(const char *dir, bool may_be_made, char *buf, size_t size)
{
    struct stat sb;
    if (stat(dir, &sb) != 0) {
        if (!may_be_made) {
            snprintf(buf, size, _("folder %s: %s"), dir, strerror(errno));
            return buf;
        }
        char *parent = trygg__dir_of(dir);
        const char *p = folder_problem(parent, false, buf, size);
        free(parent);
        return p;
    }
    if (!S_ISDIR(sb.st_mode))
        snprintf(buf, size, _("%s is not a folder"), dir);
    else if (access(dir, W_OK | X_OK) != 0)
        snprintf(buf, size, _("folder %s is not writable: %s"), dir, strerror(errno));
    else
        return NULL;
    return buf;
}

trygg_status trygg_output_check_writable(trygg_ctx *ctx, const char *gpkg_path, const char *reports_dir)
{
    char why[PATH_MAX + 128];
    char *dir = trygg__dir_of(gpkg_path);
    const char *problem = folder_problem(dir, false, why, sizeof why);
    if (!problem && reports_dir)
        problem = folder_problem(reports_dir, true, why, sizeof why);
    free(dir);
    return problem ? trygg__fail(ctx, TRYGG_E_WRITE, "cannot write %s: %s", gpkg_path, problem) : TRYGG_OK;
}
