/*
 * The shipped measure rules: DESIGN.md section 5 "Plan" and the five focus areas of the Lund
 * agreement. They are ordinary [measure:NAME] sections, so a config can copy and change any of
 * them; a config section of the same name replaces the shipped one. A shipped rule whose layer
 * or fields are not in an output (no hotspots, no buildings) is skipped, not an error.
 * Their texts (measure, responsible, evidence, indicator) are English msgids translated when a
 * measure is made, so a Swedish run gets Swedish measures and an English run English ones.
 */
#include <ini.h>
#include <stdlib.h>
#include <string.h>

#include "core/i18n.h"
#include "core/internal.h"
#include "trygg/config.h"

static const char default_rules_ini[] =
    "[measure:lighting]\n"
    "layer = dark_stretches\n"
    "when = length_m > 30 AND lighting_conflict IS NULL AND COALESCE(road_class, '') NOT IN ('motorway', "
    "'trunk', 'primary', 'secondary', 'tertiary') AND COALESCE(road_class, '') NOT LIKE '%link'\n"
    "focus_area = trygghet\n"
    "priority = CASE WHEN night_incidents_near >= 3 THEN 1 WHEN night_incidents_near >= 1 THEN 2 WHEN "
    "length_m >= 100 THEN 3 ELSE 4 END\n"
    "effect = night\n"
    "\n"
    "[measure:lamp_register]\n"
    "layer = dark_stretches\n"
    "when = length_m > 30 AND lighting_conflict IS NOT NULL\n"
    "focus_area = trygghet\n"
    "priority = CASE WHEN night_incidents_near >= 3 THEN 2 ELSE 3 END\n"
    "\n"
    "[measure:graffiti_damage]\n"
    "layer = hotspots\n"
    "when = category IN ('vandalism', 'graffiti')\n"
    "focus_area = trygghet\n"
    "priority = CASE WHEN confidence LIKE '%99%' THEN 1 WHEN confidence LIKE '%95%' THEN 2 ELSE 3 END\n"
    "effect = vandalism, graffiti\n"
    "\n"
    "[measure:littering]\n"
    "layer = hotspots\n"
    "when = category = 'littering'\n"
    "focus_area = trygghet\n"
    "priority = CASE WHEN confidence LIKE '%99%' THEN 2 ELSE 3 END\n"
    "effect = littering\n"
    "\n"
    "[measure:night_presence]\n"
    "layer = street_segments\n"
    "when = n_night >= 3 AND bars_150m >= 2\n"
    "focus_area = trygghet\n"
    "priority = CASE WHEN n_night >= 6 THEN 1 ELSE 2 END\n"
    "effect = night\n"
    "\n"
    "[measure:safety_walk]\n"
    "layer = street_segments\n"
    "when = surveillance_share < 0.3 AND vandalism_score >= 80\n"
    "focus_area = trygghet\n"
    "priority = CASE WHEN vandalism_score >= 95 THEN 2 ELSE 3 END\n"
    "effect = vandalism, graffiti\n"
    "\n"
    "[measure:youth]\n"
    "layer = street_segments\n"
    "when = youth_300m >= 1 AND vandalism_score >= 90\n"
    "focus_area = barn_unga\n"
    "priority = 3\n"
    "effect = vandalism, graffiti\n"
    "\n"
    "[measure:drugs]\n"
    "layer = hotspots\n"
    "when = category = 'drugs'\n"
    "focus_area = andts\n"
    "priority = CASE WHEN confidence LIKE '%99%' THEN 1 ELSE 2 END\n"
    "effect = drugs\n"
    "\n"
    "[measure:violence_alcohol]\n"
    "layer = hotspots\n"
    "when = category = 'violence'\n"
    "focus_area = andts\n"
    "priority = CASE WHEN confidence LIKE '%99%' THEN 1 ELSE 2 END\n"
    "effect = night, violence\n"
    "\n"
    /* The two focus areas that are told by area, never by place (docs/NOTES.md "Focus areas and
     * privacy"): a measure covers the whole population area whose rate is well above the
     * municipality's (focus_areas.*_elevated: ratio >= [population] high_ratio and the 95 %
     * interval above 1). */
    "[measure:fraud_elderly_information]\n"
    "layer = focus_areas\n"
    "when = fraud_elderly_elevated = 1\n"
    "focus_area = aldre\n"
    "priority = CASE WHEN fraud_elderly_ratio >= 3 THEN 1 ELSE 2 END\n"
    "\n"
    "[measure:close_violence_support]\n"
    "layer = focus_areas\n"
    "when = violence_close_elevated = 1\n"
    "focus_area = nara_relation\n"
    "priority = CASE WHEN violence_close_ratio >= 3 THEN 1 ELSE 2 END\n";

/* The texts people read, by rule: English msgids, in the run's language when a measure is made
 * (src/plan/measures.c); measure_en stays English. The INI above holds what the rules compute. */
static const struct {
    const char *name, *measure, *responsible, *evidence, *indicator;
} rule_texts[] = {
    {"lighting",
     N_("Improve the street lighting along the dark stretch"),
     N_("Municipality: street department"),
     N_("{count} dark stretch(es), {sum:length_m} m below the dark threshold, "
        "{distinct:night_incident_ids} night incidents within the snap distance"),
     N_("Night incidents within 100 m and the share who feel unsafe after dark (trygghetsmätning), "
        "next 12 months vs the last 12")},
    {"lamp_register",
     N_("Check the lighting on site and complete the lamp register"),
     N_("Municipality: street department"),
     N_("{count} stretch(es), {sum:length_m} m estimated dark where lamps seem missing from the "
        "data, {distinct:night_incident_ids} night incidents within the snap distance"),
     N_("Register checked and lamps added, or lighting proposed where the check finds none; within 6 "
        "months")},
    {"graffiti_damage",
     N_("Remove graffiti and repair damage within 24 hours"),
     N_("Property owners and the municipality"),
     N_("{sum:incidents} vandalism/graffiti incidents in {count} hotspot(s), PAI up to {max:pai}"),
     N_("Vandalism and graffiti reports within 100 m, next 12 months vs the last 12")},
    {"littering",
     N_("More litter bins and more frequent emptying"),
     N_("Municipality: waste and street cleaning"),
     N_("{sum:incidents} littering reports in {count} hotspot(s), PAI up to {max:pai}"),
     N_("Littering reports within 100 m and litter counts at the spot, next 12 months vs the last 12")},
    {"night_presence",
     N_("Visible police on Friday and Saturday nights, and adult presence (night walkers)"),
     N_("Police, and the municipality with volunteer groups"),
     N_("{sum:n_night} night incidents on {count} place(s) with up to {max:bars_150m} bars within "
        "150 m"),
     N_("Night incidents (18-06) within 100 m, Friday-Saturday, next 12 months vs the last 12")},
    {"safety_walk",
     N_("Safety walk with residents and property owners"),
     N_("Municipality: crime prevention coordinator, with residents and property owners"),
     N_("{count} place(s) with few windows on the street (surveillance share down to "
        "{min:surveillance_share}) and vandalism scores up to {max:vandalism_score}"),
     N_("Vandalism reports within 100 m and the safety walk's findings done, next 12 months")},
    {"youth",
     N_("Outreach youth work and the school's safety work in the area"),
     N_("Municipality: children and youth administration, and the school"),
     N_("{count} place(s) with high vandalism scores (up to {max:vandalism_score}) near schools or "
        "youth venues"),
     N_("Vandalism reports near schools and youth venues, and pupils' answers in the school survey")},
    {"drugs",
     N_("Targeted action against drug dealing, police and municipality together"),
     N_("Police and the municipality's ANDT coordinator"),
     N_("{sum:incidents} drug incidents in {count} hotspot(s)"),
     N_("Drug offences and calls about drug dealing within 100 m, next 12 months vs the last 12")},
    {"violence_alcohol",
     N_("Responsible alcohol serving and inspection of licensed premises"),
     N_("Municipality: licensing unit, and the police"),
     N_("{sum:incidents} violent incidents in {count} hotspot(s)"),
     N_("Violence in public space at night within 100 m, next 12 months vs the last 12")},
    {"fraud_elderly_information",
     N_("Inform older residents of the area about fraud (phone, doorstep, BankID) through home care, meeting "
        "places and pensioners' associations"),
     N_("The municipality's plan: elderly care, with the police"),
     /* xgettext:no-c-format */
     N_("fraud against residents 65+: {max:fraud_elderly_per_1000_65} per 1 000 aged 65+, "
        "{max:fraud_elderly_ratio} x the municipality's rate (95 % CI from {max:fraud_elderly_low})"),
     N_("Reported frauds against residents 65+ per 1 000 aged 65+ in the area, next 12 months vs the last 12")},
    {"close_violence_support",
     N_("Support and outreach against violence in close relationships in the area: where to get help, social "
        "services, health care and police together"),
     N_("The municipality's plan: social services (violence against women coordinator), with the police"),
     /* xgettext:no-c-format */
     N_("violence in close relationships: {max:violence_close_per_1000} per 1 000 residents, "
        "{max:violence_close_ratio} x the municipality's rate (95 % CI from {max:violence_close_low})"),
     N_("Reports of violence in close relationships per 1 000 residents in the area, and contacts with the "
        "support services, next 12 months vs the last 12")},
};

typedef struct {
    trygg_config *tmp;
    trygg_status status;
} rules_state;

static int on_rule_key(void *user, const char *section, const char *name, const char *value)
{
    rules_state *st = user;
    /* The text above is fixed and tested, so it cannot fail; a context is not needed. */
    st->status = trygg_config_set(NULL, st->tmp, section, name, value, "built-in rule");
    return st->status == TRYGG_OK;
}

void trygg_config_add_default_rules(trygg_config *cfg)
{
    if (!cfg->default_rules)
        return;
    trygg_config tmp;
    memset(&tmp, 0, sizeof tmp);
    rules_state st = {&tmp, TRYGG_OK};
    ini_parse_string(default_rules_ini, on_rule_key, &st);
    for (size_t i = 0; i < tmp.nrules; i++) {
        bool defined = false;
        for (size_t j = 0; j < cfg->nrules; j++)
            defined = defined || strcmp(cfg->rules[j].name, tmp.rules[i].name) == 0;
        if (defined)
            continue;
        trygg_measure_rule *r = &tmp.rules[i];
        for (size_t t = 0; t < sizeof rule_texts / sizeof rule_texts[0]; t++)
            if (strcmp(rule_texts[t].name, r->name) == 0) {
                /* a key's default, if it has one, gives way to the rule's text */
                free(r->measure);
                free(r->measure_en);
                free(r->responsible);
                free(r->evidence);
                free(r->indicator);
                r->measure = trygg__xstrdup(rule_texts[t].measure);
                r->measure_en = trygg__xstrdup(rule_texts[t].measure);
                r->responsible = trygg__xstrdup(rule_texts[t].responsible);
                r->evidence = trygg__xstrdup(rule_texts[t].evidence);
                r->indicator = trygg__xstrdup(rule_texts[t].indicator);
            }
        trygg__grow((void **)&cfg->rules, &cfg->caprules, cfg->nrules + 1, sizeof *cfg->rules);
        cfg->rules[cfg->nrules] = tmp.rules[i];
        cfg->rules[cfg->nrules].builtin = true;
        cfg->nrules++;
        memset(&tmp.rules[i], 0, sizeof tmp.rules[i]);
    }
    trygg_config_fini(&tmp);
}
