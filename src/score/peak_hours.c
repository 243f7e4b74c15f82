/*
 * The busiest hours of the week (score/peak_hours.h).
 */
#include <stdbool.h>
#include <stdio.h>

#include "core/i18n.h"
#include "score/peak_hours.h"

/* Short day names in the run's language ("fre 22-01"). */
static const char *const day_names[7] = {N_("Mon"), N_("Tue"), N_("Wed"), N_("Thu"), N_("Fri"), N_("Sat"), N_("Sun")};

void trygg_peak_hours(const unsigned *hours, int nwindows, int width_h, char *buf, size_t size)
{
    enum { H = TRYGG_HOURS_OF_WEEK };
    unsigned win[H];
    bool blocked[H] = {false};
    unsigned long total = 0;
    if (width_h < 1)
        width_h = 1;
    if (width_h > H)
        width_h = H;
    for (int s = 0; s < H; s++) {
        unsigned sum = 0;
        for (int k = 0; k < width_h; k++)
            sum += hours[(s + k) % H];
        win[s] = sum;
        total += hours[s];
    }
    buf[0] = '\0';
    if (total == 0) {
        snprintf(buf, size, "%s", _("no incident times"));
        return;
    }
    size_t used = 0;
    for (int w = 0; w < nwindows; w++) {
        int best = -1;
        for (int s = 0; s < H; s++)
            if (!blocked[s] && win[s] > 0 && (best < 0 || win[s] > win[best]))
                best = s;
        if (best < 0)
            break;
        /* windows overlapping the chosen one may not be chosen again */
        for (int k = -(width_h - 1); k <= width_h - 1; k++)
            blocked[((best + k) % H + H) % H] = true;
        int end = (best % 24 + width_h) % 24;
        int n = snprintf(buf + used, size > used ? size - used : 0, "%s%s %02d-%02d", w ? ", " : "",
                         _(day_names[best / 24]), best % 24, end);
        if (n < 0 || (size_t)n >= size - used)
            break;
        used += (size_t)n;
    }
}
