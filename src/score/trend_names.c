/*
 * Words for the hotspot statistics' classes and trends (grid_cells, hotspots, street_segments):
 * pure functions of the score folder, so the writers in src/io need nothing from the pipeline.
 * Trend words are in the run's language (people read them in QGIS; nothing filters on them).
 */
#include "core/i18n.h"
#include "score/trend_names.h"

int trygg_trend_mark(double na, double nb, double ta, double tb, double p, double alpha)
{
    if (!(p <= alpha) || !(ta > 0) || !(tb > 0))
        return TRYGG_TREND_NONE;
    double ra = na / ta, rb = nb / tb;
    return rb > ra ? TRYGG_TREND_RISING : rb < ra ? TRYGG_TREND_FALLING : TRYGG_TREND_NONE;
}

const char *trygg_trend_name(int mark, double na, double nb)
{
    if (na + nb <= 0)
        return _("no reports");
    return mark > 0 ? _("rising") : mark < 0 ? _("falling") : _("no significant change");
}

/* Class codes, not words: styles/grid_cells.qml and the reports' readers filter on them, so they
 * are the same in every language (the styles' legend labels are what people read). */
const char *trygg_hotspot_class_name(int cls)
{
    static const char *const names[7] = {"cold 99 %", "cold 95 %", "cold 90 %", "not significant",
                                         "hot 90 %",  "hot 95 %",  "hot 99 %"};
    return cls >= -3 && cls <= 3 ? names[cls + 3] : NULL;
}
