/*
 * What killed runs leave beside an output, removed by the next run under the lock; a commit a
 * killed run had begun is finished first (its manifest, `COMMIT` in the staging folder).
 */
#define _GNU_SOURCE /* nftw's FTW_DEPTH */
#include <dirent.h>
#include <errno.h>
#include <ftw.h>
#include <limits.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "core/internal.h"
#include "io/output_internal.h"

static bool starts_with(const char *s, const char *prefix) { return strncmp(s, prefix, strlen(prefix)) == 0; }

static int remove_entry(const char *path, const struct stat *sb, int flag, struct FTW *ftw)
{
    (void)sb;
    (void)ftw;
    if (flag == FTW_DP)
        rmdir(path);
    else
        unlink(path);
    return 0;
}

void trygg__output_remove_tree(const char *path) { nftw(path, remove_entry, 8, FTW_DEPTH | FTW_PHYS); }

/* A move a manifest may ask for: from the staging folder (or a copy beside the target) to a
 * file of the same name. Anyone who can write the output folder can write a manifest, so one
 * that would move other files (another user's, or across folders) is not followed. */
static bool plausible_move(const char *staging, const char *from, const char *to)
{
    const char *name = trygg__base_of(to), *staged = trygg__base_of(from);
    size_t n = strlen(staging);
    if (strncmp(from, staging, n) == 0 && from[n] == '/' && strchr(from + n + 1, '/') == NULL) {
        /* "NAME" (the GeoPackage) or "fK-NAME" */
        if (staged[0] == 'f' && strchr(staged, '-')) {
            const char *p = staged + 1;
            while (*p >= '0' && *p <= '9')
                p++;
            if (*p == '-' && p > staged + 1 && strcmp(p + 1, name) == 0)
                return true;
        }
        return strcmp(staged, name) == 0;
    }
    /* ".NAME.trygg-tmp-PID" in the target's folder */
    char *dir_from = trygg__dir_of(from), *dir_to = trygg__dir_of(to);
    char *copy = trygg__xasprintf(".%s.trygg-tmp-", name);
    bool ok = strcmp(dir_from, dir_to) == 0 && starts_with(staged, copy);
    free(dir_from);
    free(dir_to);
    free(copy);
    return ok;
}

/* Finish the moves of a commit a killed run had begun: its manifest lists them in order; a
 * staged file still present was not moved yet. Only in a staging folder of this user, private
 * as mkdtemp made it. */
static void roll_forward(const char *staging)
{
    struct stat sb;
    if (lstat(staging, &sb) != 0 || !S_ISDIR(sb.st_mode) || sb.st_uid != geteuid() || (sb.st_mode & 077))
        return;
    char *manifest = trygg__xasprintf("%s/" TRYGG__OUTPUT_MANIFEST, staging);
    FILE *f = fopen(manifest, "r");
    free(manifest);
    if (!f)
        return;
    char line[2 * PATH_MAX + 4];
    while (fgets(line, sizeof line, f)) {
        line[strcspn(line, "\n")] = '\0';
        char *tab = strchr(line, '\t');
        if (!tab)
            continue;
        *tab = '\0';
        if (plausible_move(staging, line, tab + 1) && lstat(line, &sb) == 0 && S_ISREG(sb.st_mode))
            rename(line, tab + 1);
    }
    fclose(f);
}

/* A copy made for a move across file systems: `.NAME.trygg-tmp-PID`; stale once PID is gone. */
static bool stale_copy(const char *name)
{
    const char *tag = strstr(name, ".trygg-tmp-");
    if (name[0] != '.' || !tag)
        return false;
    long pid = strtol(tag + strlen(".trygg-tmp-"), NULL, 10);
    return pid > 0 && kill((pid_t)pid, 0) != 0 && errno == ESRCH;
}

/* What killed runs left beside OUT.gpkg (its staging folders, the writer's and older
 * versions' temporary files) and in the reports folder. Called under the lock. */
void trygg__output_remove_stale(const char *dir, const char *base, bool reports_dir)
{
    DIR *d = opendir(dir);
    if (!d)
        return;
    char *stem = trygg__strip_ext(base);
    char *staging = trygg__xasprintf(".%s.staging-", base), *tmp = trygg__xasprintf(".%s.tmp-", base);
    char *summary = trygg__xasprintf("%s_summary.pdf.tmp-", stem), *kde = trygg__xasprintf("%s_kde.tif.tmp-", stem);
    struct dirent *e;
    while ((e = readdir(d)) != NULL) {
        const char *name = e->d_name;
        bool stale = false, tree = false;
        if (!reports_dir && starts_with(name, staging))
            stale = tree = true;
        else if (!reports_dir && (starts_with(name, tmp) || starts_with(name, summary) || starts_with(name, kde)))
            stale = true;
        else if (reports_dir && strstr(name, ".pdf.tmp-"))
            stale = true;
        else if (stale_copy(name))
            stale = true;
        if (!stale)
            continue;
        char *path = trygg__xasprintf("%s/%s", dir, name);
        if (tree) {
            roll_forward(path);
            trygg__output_remove_tree(path);
        } else {
            unlink(path);
        }
        free(path);
    }
    closedir(d);
    free(stem);
    free(staging);
    free(tmp);
    free(summary);
    free(kde);
}
