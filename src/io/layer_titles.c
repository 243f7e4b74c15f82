/*
 * Titles of the output layers (src/io/layer_titles.h), English msgids translated with the
 * catalog (po/sv.po).
 */
#include <stddef.h>
#include <string.h>

#include "core/i18n.h"
#include "io/layer_titles.h"

static const struct {
    const char *table, *title;
} titles[] = {
    {"measures", N_("Measures")},
    {"measure_effects", N_("Effects of measures")},
    {"promises", N_("Citizen promises")},
    {"focus_areas", N_("Focus areas by area")},
    {"sensitive_incidents", N_("Sensitive incidents (internal)")},
    {"patrol_areas", N_("Patrol areas")},
    {"near_repeat_zones", N_("Near-repeat zones")},
    {"near_repeat", N_("Near repeat (Knox test)")},
    {"area_reports", N_("Area reports")},
    {"survey_areas", N_("Safety survey by area")},
    {"hotspots", N_("Hotspots")},
    {"emerging_hotspots", N_("Hotspots over time")},
    {"grid_cells", N_("Analysis grid")},
    {"temporal_profiles", N_("Incidents by hour of the week")},
    {"dark_stretches", N_("Dark stretches")},
    {"lighting_conflicts", N_("Lamp data to check")},
    {"lamps", N_("Street lamps")},
    {"street_segments", N_("Street segments")},
    {"incidents", N_("Incidents")},
    {"run_info", N_("About this run")},
};

const char *trygg__layer_title(const char *table)
{
    for (size_t i = 0; table && i < sizeof titles / sizeof titles[0]; i++)
        if (strcmp(titles[i].table, table) == 0)
            return _(titles[i].title);
    return table;
}
