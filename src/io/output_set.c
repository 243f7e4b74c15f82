/*
 * The output set as one transaction (include/trygg/output_set.h): advisory lock, staging
 * folder beside the GeoPackage, moves into place at the end, clean-up after killed runs, and
 * the check that no output is an input.
 */
#define _GNU_SOURCE /* DT_DIR, O_CLOEXEC, nftw's FTW_DEPTH */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <ftw.h>
#include <limits.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include "core/internal.h"
#include "trygg/output_set.h"

#define MANIFEST "COMMIT"

struct trygg_output_set {
    char *gpkg, *dir, *base, *staging, *lock_path;
    int lock_fd;
    trygg_input_path *inputs; /* copies: role and path owned */
    size_t ninputs;
    char **final, **staged; /* n pairs; staged[i] is in the staging folder */
    size_t n, cap;
};

static bool starts_with(const char *s, const char *prefix) { return strncmp(s, prefix, strlen(prefix)) == 0; }

/* ---- inputs are sacred ---- */

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

/* ---- removing ---- */

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

static void remove_tree(const char *path) { nftw(path, remove_entry, 8, FTW_DEPTH | FTW_PHYS); }

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
    char *manifest = trygg__xasprintf("%s/" MANIFEST, staging);
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
static void remove_stale(const char *dir, const char *base, bool reports_dir)
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
            remove_tree(path);
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

/* ---- the lock ---- */

/* flock on `.OUT.gpkg.lock`. The holder removes the file before it lets go, so a run that got
 * the lock on a file already removed tries again on the new one. */
static trygg_status take_lock(trygg_ctx *ctx, trygg_output_set *set)
{
    for (int attempt = 0; attempt < 100; attempt++) {
        int fd = open(set->lock_path, O_RDWR | O_CREAT | O_CLOEXEC, 0666);
        if (fd < 0)
            return trygg__fail(ctx, TRYGG_E_WRITE, "cannot write %s: lock file %s: %s", set->gpkg, set->lock_path,
                               strerror(errno));
        if (flock(fd, LOCK_EX | LOCK_NB) != 0) {
            int err = errno;
            char pid[32] = "";
            ssize_t n = read(fd, pid, sizeof pid - 1);
            pid[n > 0 ? n : 0] = '\0';
            pid[strcspn(pid, "\n")] = '\0';
            close(fd);
            if (err == EWOULDBLOCK)
                return trygg__fail(ctx, TRYGG_E_WRITE,
                                   "%s is being written by another trygg run%s%s%s; try again when it has finished",
                                   set->gpkg, pid[0] ? " (process " : "", pid, pid[0] ? ")" : "");
            return trygg__fail(ctx, TRYGG_E_WRITE, "cannot lock %s: %s", set->lock_path, strerror(err));
        }
        struct stat held, now;
        if (fstat(fd, &held) == 0 && stat(set->lock_path, &now) == 0 && held.st_ino == now.st_ino &&
            held.st_dev == now.st_dev) {
            char pid[32];
            int n = snprintf(pid, sizeof pid, "%ld\n", (long)getpid());
            if (ftruncate(fd, 0) != 0 || write(fd, pid, (size_t)n) != n) {
                /* the pid is only for the message of a second run */
            }
            set->lock_fd = fd;
            return TRYGG_OK;
        }
        close(fd);
    }
    return trygg__fail(ctx, TRYGG_E_WRITE, "cannot lock %s: it keeps being replaced", set->lock_path);
}

static void release_lock(trygg_output_set *set)
{
    if (set->lock_fd < 0)
        return;
    unlink(set->lock_path);
    close(set->lock_fd);
    set->lock_fd = -1;
}

/* ---- the set ---- */

static void set_free(trygg_output_set *set)
{
    for (size_t i = 0; i < set->n; i++) {
        free(set->final[i]);
        free(set->staged[i]);
    }
    free(set->final);
    free(set->staged);
    for (size_t i = 0; i < set->ninputs; i++) {
        free((char *)set->inputs[i].role);
        free((char *)set->inputs[i].path);
    }
    free(set->inputs);
    free(set->gpkg);
    free(set->dir);
    free(set->base);
    free(set->staging);
    free(set->lock_path);
    free(set);
}

void trygg_output_set_abort(trygg_output_set *set)
{
    if (!set)
        return;
    if (set->staging)
        remove_tree(set->staging);
    release_lock(set);
    set_free(set);
}

trygg_status trygg_output_set_open(trygg_ctx *ctx, const char *gpkg_path, const char *extra_dir,
                                   const trygg_input_path *inputs, size_t ninputs, trygg_output_set **out)
{
    trygg_status st;
    trygg_output_set *set = trygg__xcalloc(1, sizeof *set);
    set->lock_fd = -1;
    set->gpkg = trygg__xstrdup(gpkg_path);
    set->dir = trygg__dir_of(gpkg_path);
    set->base = trygg__xstrdup(trygg__base_of(gpkg_path));
    set->inputs = trygg__xcalloc(ninputs ? ninputs : 1, sizeof *set->inputs);
    for (size_t i = 0; i < ninputs; i++)
        set->inputs[i] = (trygg_input_path){trygg__xstrdup(inputs[i].role), trygg__xstrdup(inputs[i].path)};
    set->ninputs = ninputs;
    set->lock_path = trygg__xasprintf("%s/.%s.lock", set->dir, set->base);
    struct stat sb;
    if ((st = trygg_output_check_not_input(ctx, gpkg_path, "output", inputs, ninputs)) != TRYGG_OK ||
        (extra_dir && (st = trygg_output_check_not_input(ctx, extra_dir, "reports folder", inputs, ninputs)) !=
                          TRYGG_OK))
        goto fail;
    if (!*set->base) {
        st = trygg__fail(ctx, TRYGG_E_USAGE, "output %s: no file name", gpkg_path);
        goto fail;
    }
    errno = 0;
    if (stat(set->dir, &sb) != 0 || !S_ISDIR(sb.st_mode)) {
        st = trygg__fail(ctx, TRYGG_E_WRITE, "cannot write %s: directory %s: %s", gpkg_path, set->dir,
                         errno ? strerror(errno) : "not a directory");
        goto fail;
    }
    if (stat(gpkg_path, &sb) == 0 && S_ISDIR(sb.st_mode)) {
        st = trygg__fail(ctx, TRYGG_E_WRITE, "cannot write %s: it is a directory", gpkg_path);
        goto fail;
    }
    if ((st = take_lock(ctx, set)) != TRYGG_OK)
        goto fail;
    remove_stale(set->dir, set->base, false);
    if (extra_dir)
        remove_stale(extra_dir, set->base, true);
    char *tmpl = trygg__xasprintf("%s/.%s.staging-XXXXXX", set->dir, set->base);
    if (!mkdtemp(tmpl)) {
        st = trygg__fail(ctx, TRYGG_E_WRITE, "cannot write %s: making a staging folder in %s: %s", gpkg_path,
                         set->dir, strerror(errno));
        free(tmpl);
        goto fail;
    }
    set->staging = tmpl;
    *out = set;
    return TRYGG_OK;
fail:
    trygg_output_set_abort(set);
    return st;
}

trygg_status trygg_output_set_stage(trygg_ctx *ctx, trygg_output_set *set, const char *final_path,
                                    const char **staged)
{
    trygg_status st = trygg_output_check_not_input(ctx, final_path, "output", set->inputs, set->ninputs);
    if (st != TRYGG_OK)
        return st;
    for (size_t i = 0; i < set->n; i++)
        if (strcmp(set->final[i], final_path) == 0) {
            *staged = set->staged[i];
            return TRYGG_OK;
        }
    trygg__grow((void **)&set->final, &set->cap, set->n + 1, sizeof *set->final);
    set->staged = trygg__xrealloc(set->staged, set->cap * sizeof *set->staged);
    set->final[set->n] = trygg__xstrdup(final_path);
    /* The GeoPackage keeps its own name; every other file gets a numbered one, so two outputs
     * of the same name in different folders do not meet in the staging folder. */
    set->staged[set->n] = strcmp(final_path, set->gpkg) == 0
                              ? trygg__xasprintf("%s/%s", set->staging, set->base)
                              : trygg__xasprintf("%s/f%zu-%s", set->staging, set->n, trygg__base_of(final_path));
    *staged = set->staged[set->n];
    set->n++;
    return TRYGG_OK;
}

static trygg_status copy_file(trygg_ctx *ctx, const char *from, const char *to)
{
    trygg_status st = TRYGG_OK;
    FILE *in = fopen(from, "rb"), *out = in ? fopen(to, "wb") : NULL;
    char buf[1 << 16];
    size_t n;
    if (!in || !out) {
        st = trygg__fail(ctx, TRYGG_E_WRITE, "cannot copy %s to %s: %s", from, to, strerror(errno));
        goto done;
    }
    while ((n = fread(buf, 1, sizeof buf, in)) > 0)
        if (fwrite(buf, 1, n, out) != n)
            break;
    if (ferror(in) || ferror(out) || fflush(out) != 0 || fsync(fileno(out)) != 0)
        st = trygg__fail(ctx, TRYGG_E_WRITE, "cannot copy %s to %s: %s", from, to, strerror(errno));
    struct stat sb;
    if (st == TRYGG_OK && stat(from, &sb) == 0)
        fchmod(fileno(out), sb.st_mode & 07777);
done:
    if (in)
        fclose(in);
    if (out && fclose(out) != 0 && st == TRYGG_OK)
        st = trygg__fail(ctx, TRYGG_E_WRITE, "cannot copy %s to %s: %s", from, to, strerror(errno));
    if (st != TRYGG_OK)
        unlink(to);
    return st;
}

trygg_status trygg_output_set_stage_existing(trygg_ctx *ctx, trygg_output_set *set, const char *final_path,
                                             const char **staged)
{
    trygg_status st = trygg_output_set_stage(ctx, set, final_path, staged);
    if (st == TRYGG_OK && link(final_path, *staged) != 0)
        st = copy_file(ctx, final_path, *staged);
    return st;
}

static void sync_path(const char *path)
{
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd >= 0) {
        fsync(fd);
        close(fd);
    }
}

trygg_status trygg_output_set_commit(trygg_ctx *ctx, trygg_output_set *set)
{
    trygg_status st = TRYGG_OK;
    FILE *mf = NULL;
    char *manifest = trygg__xasprintf("%s/" MANIFEST, set->staging);
    struct stat staging_sb, sb;
    size_t *order = trygg__xcalloc(set->n ? set->n : 1, sizeof *order), norder = 0;
    char **copies = trygg__xcalloc(set->n ? set->n : 1, sizeof *copies);
    bool committed = false;
    if (stat(set->staging, &staging_sb) != 0) {
        st = trygg__fail(ctx, TRYGG_E_WRITE, "cannot write %s: staging folder %s: %s", set->gpkg, set->staging,
                         strerror(errno));
        goto done;
    }
    /* Prepare every move before the first: the GeoPackage last, files on another file system
     * copied beside their target first, so that what follows are renames within one folder. */
    for (int pass = 0; pass < 2; pass++)
        for (size_t i = 0; i < set->n; i++) {
            bool is_gpkg = strcmp(set->final[i], set->gpkg) == 0;
            if (is_gpkg != (pass == 1) || lstat(set->staged[i], &sb) != 0)
                continue;
            struct stat dsb;
            if (stat(set->final[i], &dsb) == 0 && S_ISDIR(dsb.st_mode)) {
                st = trygg__fail(ctx, TRYGG_E_WRITE, "cannot write %s: it is a folder", set->final[i]);
                goto done;
            }
            char *dir = trygg__dir_of(set->final[i]);
            if (stat(dir, &dsb) != 0 && mkdir(dir, 0777) != 0) {
                st = trygg__fail(ctx, TRYGG_E_WRITE, "cannot write %s: folder %s: %s", set->final[i], dir,
                                 strerror(errno));
                free(dir);
                goto done;
            }
            if (stat(dir, &dsb) == 0 && dsb.st_dev != staging_sb.st_dev) {
                copies[i] = trygg__xasprintf("%s/.%s.trygg-tmp-%ld", dir, trygg__base_of(set->final[i]), (long)getpid());
                if ((st = copy_file(ctx, set->staged[i], copies[i])) != TRYGG_OK) {
                    free(dir);
                    goto done;
                }
            }
            free(dir);
            order[norder++] = i;
        }
    mf = fopen(manifest, "w");
    if (!mf) {
        st = trygg__fail(ctx, TRYGG_E_WRITE, "cannot write %s: %s: %s", set->gpkg, manifest, strerror(errno));
        goto done;
    }
    for (size_t k = 0; k < norder; k++)
        fprintf(mf, "%s\t%s\n", copies[order[k]] ? copies[order[k]] : set->staged[order[k]], set->final[order[k]]);
    if (fflush(mf) != 0 || fsync(fileno(mf)) != 0 || fclose(mf) != 0) {
        mf = NULL;
        st = trygg__fail(ctx, TRYGG_E_WRITE, "cannot write %s: %s: %s", set->gpkg, manifest, strerror(errno));
        unlink(manifest);
        goto done;
    }
    mf = NULL;
    sync_path(set->staging);
    committed = true;
    /* From here the set is committed: a failure is finished by the next run (roll_forward). */
    for (size_t k = 0; k < norder; k++) {
        size_t i = order[k];
        const char *from = copies[i] ? copies[i] : set->staged[i];
        if (rename(from, set->final[i]) != 0 && st == TRYGG_OK)
            st = trygg__fail(ctx, TRYGG_E_WRITE,
                             "moving %s into place failed: %s (the next run on %s finishes the move)", set->final[i],
                             strerror(errno), set->gpkg);
        else {
            free(copies[i]);
            copies[i] = NULL;
        }
    }
    sync_path(set->dir);
    if (st != TRYGG_OK) {
        /* keep the staging folder with its manifest for the next run */
        free(set->staging);
        set->staging = NULL;
    }
done:
    if (mf)
        fclose(mf);
    for (size_t i = 0; i < set->n; i++) {
        if (copies[i]) {
            if (!committed)
                unlink(copies[i]);
            free(copies[i]);
        }
    }
    free(copies);
    free(order);
    free(manifest);
    trygg_output_set_abort(set);
    return st;
}
