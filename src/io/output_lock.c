/*
 * The advisory lock on an output (flock on `.OUT.gpkg.lock` beside it): one writer at a time.
 */
#define _GNU_SOURCE /* O_CLOEXEC */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include "core/i18n.h"
#include "core/internal.h"
#include "io/output_internal.h"

/* flock on `.OUT.gpkg.lock`. The holder removes the file before it lets go, so a run that got
 * the lock on a file already removed tries again on the new one. */
trygg_status trygg__output_lock(trygg_ctx *ctx, const char *lock_path, const char *what, int *lock_fd)
{
    for (int attempt = 0; attempt < 100; attempt++) {
        int fd = open(lock_path, O_RDWR | O_CREAT | O_CLOEXEC, 0666);
        if (fd < 0)
            return trygg__fail(ctx, TRYGG_E_WRITE, "cannot write %s: lock file %s: %s", what, lock_path,
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
                                   what, pid[0] ? _(" (process ") : "", pid, pid[0] ? ")" : "");
            return trygg__fail(ctx, TRYGG_E_WRITE, "cannot lock %s: %s", lock_path, strerror(err));
        }
        struct stat held, now;
        if (fstat(fd, &held) == 0 && stat(lock_path, &now) == 0 && held.st_ino == now.st_ino &&
            held.st_dev == now.st_dev) {
            char pid[32];
            int n = snprintf(pid, sizeof pid, "%ld\n", (long)getpid());
            if (ftruncate(fd, 0) != 0 || write(fd, pid, (size_t)n) != n) {
                /* the pid is only for the message of a second run */
            }
            *lock_fd = fd;
            return TRYGG_OK;
        }
        close(fd);
    }
    return trygg__fail(ctx, TRYGG_E_WRITE, "cannot lock %s: it keeps being replaced", lock_path);
}

void trygg__output_unlock(const char *lock_path, int lock_fd)
{
    if (lock_fd < 0)
        return;
    unlink(lock_path);
    close(lock_fd);
}
