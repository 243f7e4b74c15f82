/* Pieces of file paths, as the output code needs them (no file system access). */
#include <string.h>

#include "core/internal.h"

char *trygg__dir_of(const char *path)
{
    const char *slash = strrchr(path, '/');
    if (!slash)
        return trygg__xstrdup(".");
    if (slash == path)
        return trygg__xstrdup("/");
    return trygg__xasprintf("%.*s", (int)(slash - path), path);
}

const char *trygg__base_of(const char *path)
{
    const char *slash = strrchr(path, '/');
    return slash ? slash + 1 : path;
}

char *trygg__strip_ext(const char *path)
{
    const char *slash = strrchr(path, '/'), *dot = strrchr(path, '.');
    size_t n = (dot && (!slash || dot > slash + 1)) ? (size_t)(dot - path) : strlen(path);
    return trygg__xasprintf("%.*s", (int)n, path);
}
