/*
 * Inputs are sacred (include/trygg/output_set.h): an output path is refused when it is one of
 * the run's inputs, by device and inode, so symbolic links, ".." and hard links are caught.
 */
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>

#include "core/internal.h"
#include "trygg/output_set.h"

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
                               what, output, inputs[i].role, in);
    }
    return TRYGG_OK;
}
