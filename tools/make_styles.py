#!/usr/bin/python3
"""Build the QGIS default styles of trygg's output layers with PyQGIS and save them as QML.

Usage:
  QT_QPA_PLATFORM=offscreen /usr/bin/python3 tools/make_styles.py [STYLES_DIR]

The QML files under styles/ are committed; run this again after changing a style here. The
writer (src/io/gpkg_write.c) embeds each styles/<layer>.qml into the GeoPackage's layer_styles
table as the layer's default style. Field lists follow DESIGN.md section 4 and the writer.

Aliases, legend labels, value-map labels and the words of label expressions are written in English:
the writer translates them into the run's language (src/io/style_text.c). After changing a text
here, run tools/po update and translate the new msgids in po/sv.po (tools/po check tells which).
"""
import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, "/usr/share/qgis/python")
from qgis.core import (QgsApplication, QgsEditorWidgetSetup, QgsVectorLayer, QgsLineSymbol, QgsMarkerSymbol, QgsRendererRange,
                       QgsGraduatedSymbolRenderer, QgsSingleSymbolRenderer, QgsRendererCategory,
                       QgsCategorizedSymbolRenderer, QgsSimpleLineSymbolLayer, QgsFillSymbol,
                       QgsPalLayerSettings, QgsTextFormat, QgsTextBufferSettings, QgsVectorLayerSimpleLabeling)
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QColor

STREET_FIELDS = [
    ("seg_id", "long", "Place id"),
    ("street", "string", "Street name"),
    ("road_class", "string", "Road class (OSM highway or source class)"),
    ("length_m", "double", "Length (m)"),
    ("lamps_near", "integer", "Lamps within lamp radius"),
    ("nearest_lamp_m", "double", "Distance to nearest lamp (m)"),
    ("lux_avg", "double", "Estimated average illuminance (lux)"),
    ("lux_min", "double", "Estimated minimum illuminance (lux)"),
    ("lux_uniformity", "double", "Illuminance uniformity (min / average)"),
    ("lighting_class", "string", "Lighting class met (EN 13201-2 P class)"),
    ("dark_length_m", "double", "Length darker than the dark threshold (m)"),
    ("lighting_source", "string", "Where the lighting figures come from"),
    ("lit_tag", "string", "OSM lit tag"),
    ("n_vandalism", "integer", "Vandalism reports"),
    ("n_graffiti", "integer", "Graffiti reports"),
    ("n_littering", "integer", "Littering reports"),
    ("n_violence", "integer", "Violence reports"),
    ("n_theft", "integer", "Theft reports"),
    ("n_drugs", "integer", "Drug reports"),
    ("n_disorder", "integer", "Disorder reports"),
    ("n_fraud", "integer", "Fraud reports"),
    ("n_other", "integer", "Other reports"),
    ("n_night", "integer", "Reports at night (18-06 local time)"),
    ("eb_vandalism", "double", "Vandalism and graffiti per 100 m (smoothed)"),
    ("eb_littering", "double", "Littering per 100 m (smoothed)"),
    ("cell_id", "long", "Grid cell of the place's midpoint"),
    ("kde_vandalism", "double", "Vandalism kernel density at the midpoint (reports per km2)"),
    ("kde_littering", "double", "Littering kernel density at the midpoint (reports per km2)"),
    ("gi_z_vandalism", "double", "Getis-Ord Gi* z of vandalism in the place's cell"),
    ("hotspot_vandalism", "string", "Vandalism hotspot class of the place's cell"),
    ("surveillance_share", "double", "Share of the street with a building within 20 m on a side (0-1)"),
    ("unwatched_m", "double", "Longest stretch without a building within 20 m (m)"),
    ("isovist_area_m2", "double", "Openness: mean area in view (isovist, m2)"),
    ("activity", "double", "Activity: points of interest within 150 m, weighted by kind"),
    ("bars_150m", "integer", "Bars, pubs and nightclubs within 150 m"),
    ("nearest_bar_m", "double", "Distance to the nearest bar, pub or nightclub (m)"),
    ("transit_150m", "integer", "Transit stops within 150 m"),
    ("fast_food_150m", "integer", "Fast-food places and kiosks within 150 m"),
    ("nearest_basket_m", "double", "Distance to the nearest waste basket (m)"),
    ("youth_300m", "integer", "Schools and youth venues within 300 m"),
    ("vandalism_score", "double", "Vandalism risk score (0-100, high = more risk)"),
    ("littering_score", "double", "Littering risk score (0-100, high = more risk)"),
    ("visibility_score", "double", "Visibility score (0-100, high = good)"),
    ("safety_index", "double", "Safety index (0-100, high = safe)"),
    ("top_factors", "string", "What drives the score most"),
    ("street_fid", "long", "Feature id of the place's longest input line"),
    ("source_ids", "string", "Feature ids of the input lines the place is made of"),
    ("attached_ids", "string", "Feature ids of the sidewalks and crossings attached to the place"),
    ("location", "string", "Where: the street and the streets at its ends"),
    ("lamps_per_km", "double", "Lamps in the lamp data per km of street within 200 m"),
    ("lighting_conflict", "string", "Lamp data incomplete here: lit_tag (tagged lit, estimated below P6) or sparse_register"),
    ("nkde_vandalism", "double", "Vandalism density along the street network (per km of street, 200 m)"),
    ("nkde_littering", "double", "Littering density along the street network (per km of street, 200 m)"),
]
STRETCH_FIELDS = [
    ("stretch_id", "long", "Dark stretch id"),
    ("street", "string", "Street name"),
    ("road_class", "string", "Road class (OSM highway or source class)"),
    ("length_m", "double", "Length (m)"),
    ("lux_min", "double", "Estimated minimum illuminance (lux)"),
    ("night_incidents_near", "integer", "Night-time reports nearby"),
    ("night_incident_ids", "string", "incident_id of each night-time report nearby"),
    ("lighting_conflict", "string", "Lamp data incomplete here: lit_tag or sparse_register (check before lighting)"),
]
INCIDENT_FIELDS = [
    ("incident_id", "long", "Incident id"),
    ("category", "string", "Category"),
    ("source_category", "string", "Category in the source data"),
    ("occurred_at", "datetime", "Time (UTC)"),
    ("seg_id", "long", "Place it was snapped to"),
    ("snap_dist_m", "double", "Distance to that place (m)"),
    ("source_fid", "long", "Feature id in the source"),
    ("synthetic", "integer", "Synthetic data (1 = yes)"),
]
LAMP_FIELDS = [
    ("lamp_id", "long", "Lamp id"),
    ("height_m", "double", "Mounting height (m)"),
    ("lumen", "double", "Luminous flux (lm)"),
    ("source_fid", "long", "Feature id in the source"),
]
RUN_INFO_FIELDS = [
    ("key", "string", "Item"),
    ("value", "string", "Value"),
]

CATEGORY_WORDS = {"vandalism": "Vandalism", "graffiti": "Graffiti", "littering": "Littering", "violence": "Violence",
                  "theft": "Theft", "drugs": "Drugs", "disorder": "Disorder", "fraud": "Fraud", "other": "Other"}
GRID_FIELDS = [("cell_id", "long", "Cell id"), ("area_km2", "double", "Cell area (km2)"),
               ("n_places", "integer", "Places with their midpoint in the cell")]
for _c, _w in CATEGORY_WORDS.items():
    GRID_FIELDS += [
        (f"n_{_c}", "integer", f"{_w} reports"),
        (f"kde_{_c}", "double", f"{_w}: kernel density (reports per km2)"),
        (f"gi_z_{_c}", "double", f"{_w}: Getis-Ord Gi* z-score (high = cluster of reports)"),
        (f"gi_p_{_c}", "double", f"{_w}: Gi* p-value (conditional permutation null)"),
        (f"hotspot_{_c}", "string", f"{_w}: hot or cold spot, with confidence"),
        (f"trend_{_c}", "string", f"{_w}: change between the two periods"),
        (f"change_{_c}", "double", f"{_w}: change in reports (later minus earlier period)"),
        (f"trend_p_{_c}", "double", f"{_w}: p-value of the change (Poisson test)"),
        (f"emerging_{_c}", "string", f"{_w}: emerging hot spot class over the time steps"),
    ]
GRID_FIELDS += [("mean_vandalism_score", "double", "Mean vandalism risk score of its places"),
                ("mean_littering_score", "double", "Mean littering risk score of its places"),
                ("mean_visibility_score", "double", "Mean visibility score of its places"),
                ("mean_safety_index", "double", "Mean safety index of its places (high = safe)")]
HOTSPOT_FIELDS = [
    ("hotspot_id", "long", "Hotspot id"),
    ("category", "string", "Category"),
    ("confidence", "string", "Confidence (every cell at least)"),
    ("peak_confidence", "string", "Highest confidence of a cell"),
    ("cells", "integer", "Grid cells"),
    ("incidents", "integer", "Reports in the hotspot"),
    ("area_km2", "double", "Area (km2)"),
    ("share_incidents", "double", "Share of all reports of the category (0-1)"),
    ("pai", "double", "Predictive Accuracy Index (share of reports / share of area)"),
    ("peak_hours", "string", "Busiest hours of the week (local time)"),
    ("incidents_period_a", "integer", "Reports in the earlier period"),
    ("incidents_period_b", "integer", "Reports in the later period"),
    ("trend", "string", "Change between the periods"),
    ("trend_p", "double", "p-value of the change (Poisson test)"),
    ("street_km", "double", "Street in the hotspot (km, places by their midpoints)"),
    ("pai_length", "double", "PAI on street length (share of reports / share of street)"),
]
PROFILE_FIELDS = [
    ("scope", "string", "Whole area or one hotspot"),
    ("hotspot_id", "long", "Hotspot id"),
    ("category", "string", "Category"),
    ("hour_of_week", "integer", "Hour of the week (0 = Monday 00-01, local time)"),
    ("weekday", "string", "Day of the week"),
    ("hour", "integer", "Hour of the day (local time)"),
    ("count", "integer", "Reports"),
]
MEASURE_FIELDS = [
    ("measure_id", "long", "Measure id"),
    ("focus_area", "string", "Focus area of the action plan"),
    ("measure", "string", "Measure (åtgärd)"),
    ("measure_en", "string", "Measure (English)"),
    ("responsible", "string", "Responsible"),
    ("priority", "integer", "Priority (1 = most urgent, 5 = least)"),
    ("evidence", "string", "Evidence that triggered it"),
    ("indicator", "string", "Follow-up indicator"),
    ("status", "string", "Status"),
    ("rule", "string", "Rule that proposed it"),
    ("features", "integer", "Places or areas it covers"),
    ("source_layer", "string", "Layer the rule looked at"),
    ("source_ids", "string", "Ids in that layer"),
    ("decided_on", "string", "Decided on (from the measure register)"),
    ("done_on", "string", "Done on (from the measure register)"),
    ("promise", "string", "Citizen promise (medborgarlöfte)"),
    ("note", "string", "Note (from the measure register)"),
    ("effect", "string", "Effect so far (measures done; see measure_effects)"),
]
EFFECT_FIELDS = [
    ("measure_id", "long", "Measure id (in the measure register)"),
    ("rule", "string", "Rule that proposed it"),
    ("done_on", "string", "Done on"),
    ("indicator", "string", "Reports counted"),
    ("before_from", "string", "Before period from"),
    ("before_to", "string", "Before period to"),
    ("after_from", "string", "After period from"),
    ("after_to", "string", "After period to"),
    ("places", "integer", "Places of the measure"),
    ("comparison_places", "integer", "Comparison places"),
    ("reports_before", "integer", "Reports at the measure, before"),
    ("reports_after", "integer", "Reports at the measure, after"),
    ("comparison_before", "integer", "Reports at the comparison places, before"),
    ("comparison_after", "integer", "Reports at the comparison places, after"),
    ("change", "double", "Change at the measure (after / before - 1)"),
    ("comparison_change", "double", "Change at the comparison places"),
    ("relative_effect", "double", "Relative effect size (Welsh & Farrington; > 1: fewer reports than expected)"),
    ("relative_effect_lo", "double", "Relative effect size, 95 % interval from"),
    ("relative_effect_hi", "double", "Relative effect size, 95 % interval to"),
    ("p_value", "double", "p-value (Fisher's exact test of no effect)"),
    ("verdict", "string", "Verdict: worked, no clear effect, more reports, cannot tell yet"),
    ("effect", "string", "Effect (Swedish)"),
    ("effect_en", "string", "Effect (English)"),
]
SURVEY_FIELDS = [
    ("area", "string", "Area of the safety survey"),
    ("year", "integer", "Survey year"),
    ("index_total", "double", "Total index (0-6)"),
    ("respondents", "integer", "Respondents"),
    ("previous_year", "integer", "Previous survey year"),
    ("previous_index", "double", "Total index in the previous survey"),
    ("index_change", "double", "Change of the index since the previous survey"),
    ("incidents", "integer", "Reports in the area in the survey year"),
    ("previous_incidents", "integer", "Reports in the area in the previous survey year"),
    ("incident_change", "double", "Change of the reports (share)"),
    ("measures", "integer", "Measures of this run in the area"),
    ("direction", "string", "Survey and reports: agree, safer with more reports, less safe with fewer reports"),
    ("note", "string", "Note (Swedish)"),
    ("note_en", "string", "Note (English)"),
    ("index_women", "double", "Total index, women"),
    ("index_men", "double", "Total index, men"),
]
SURVEY_DIRECTIONS = [
    ("less safe, fewer reports", "#d95f02", "People feel less safe while reports fall"),
    ("safer, more reports", "#7570b3", "People feel safer while reports rise"),
    ("agree", "#bdbdbd", "Survey and reports agree (or one does not move)"),
    ("unknown", "#f0f0f0", "No previous survey or no reports to compare"),
]
EFFECT_VERDICTS = [
    ("worked", "#1a9850", "Worked: fewer reports than the comparison places predict (95 %)"),
    ("no clear effect", "#fee08b", "No clear effect"),
    ("more reports", "#d73027", "More reports than the comparison places predict (95 %)"),
    ("cannot tell yet", "#bdbdbd", "Cannot tell yet (too few reports or periods not over)"),
]
PROMISE_FIELDS = [
    ("promise", "string", "Promise (config section name)"),
    ("text", "string", "The promise"),
    ("indicator", "string", "Indicator (SQL over the output)"),
    ("baseline_from", "string", "Baseline from"),
    ("baseline_to", "string", "Baseline to"),
    ("baseline_value", "double", "Indicator at baseline"),
    ("current_from", "string", "Current period from"),
    ("current_to", "string", "Current period to"),
    ("current_value", "double", "Indicator now"),
    ("change", "double", "Change (per day of each period)"),
    ("change_low", "double", "Change, 95 % interval from"),
    ("change_high", "double", "Change, 95 % interval to"),
    ("p_value", "double", "p-value (exact conditional test of no change)"),
    ("target", "double", "Target change"),
    ("progress", "double", "Progress (change / target; 1 = target met)"),
    ("end_date", "string", "To be met by"),
    ("verdict", "string", "Verdict: achieved, on_track, off_track, cannot_tell"),
    ("measures", "integer", "Measures linked to the promise"),
    ("measures_done", "integer", "Linked measures done"),
    ("summary", "string", "Summary"),
]
PROMISE_VERDICTS = [
    ("achieved", "#1a9850", "Target met"),
    ("on_track", "#a6d96a", "On the way to the target"),
    ("off_track", "#d73027", "No change towards the target"),
    ("cannot_tell", "#bdbdbd", "Cannot tell yet"),
]
# The measure register ([plan] register, src/io/measure_register.c): person-owned fields first,
# as a person fills them in; trygg's fields after them, read-only in the form.
REGISTER_FIELDS = [
    ("measure_id", "long", "Measure id (stable across runs)"),
    ("rule", "string", "Rule that proposed it"),
    ("focus_area", "string", "Focus area of the action plan"),
    ("measure", "string", "Measure (åtgärd)"),
    ("measure_en", "string", "Measure (English)"),
    ("responsible", "string", "Responsible (ansvarig)"),
    ("status", "string", "Status"),
    ("decided_on", "date", "Decided on (beslutad)"),
    ("done_on", "date", "Done on (genomförd)"),
    ("promise", "string", "Citizen promise (medborgarlöfte)"),
    ("note", "string", "Note (anteckning)"),
    ("priority", "integer", "Priority (1 = most urgent, 5 = least)"),
    ("evidence", "string", "Evidence of the latest run"),
    ("indicator", "string", "Follow-up indicator"),
    ("features", "integer", "Places or areas it covers"),
    ("source_layer", "string", "Layer the rule looked at"),
    ("source_ids", "string", "Ids in that layer"),
    ("evidence_state", "string", "Evidence in the latest run: current or gone"),
    ("first_seen", "datetime", "First proposed (run time, UTC)"),
    ("last_seen", "datetime", "Last proposed (run time, UTC)"),
]
REGISTER_PERSON_FIELDS = {"responsible", "status", "decided_on", "done_on", "promise", "note"}
REGISTER_STATUSES = [
    ("föreslagen", "#9e9e9e", "föreslagen (proposed)"),
    ("beslutad", "#4292c6", "beslutad (decided)"),
    ("pågår", "#fd8d3c", "pågår (under way)"),
    ("genomförd", "#31a354", "genomförd (done)"),
    ("avslutad", "#006d2c", "avslutad (closed)"),
    ("avvisad", "#737373", "avvisad (rejected)"),
]
EMERGING_FIELDS = [
    ("cell_id", "long", "Grid cell (cell_id in grid_cells)"),
    ("category", "string", "Category"),
    ("class", "string", "Emerging hot spot class (Esri)"),
    ("plain", "string", "In plain terms: emerging, persistent, intermittent, former"),
    ("hot_steps", "integer", "Time steps the cell was a significant hot spot"),
    ("cold_steps", "integer", "Time steps the cell was a significant cold spot"),
    ("steps", "integer", "Time steps in all"),
    ("trend_z", "double", "Mann-Kendall z of the cell's Gi* z over the steps"),
    ("trend_p", "double", "Mann-Kendall p-value"),
    ("description", "string", "In words"),
]
EMERGING_CLASSES = [
    ("new hot spot", "#fdd0a2", "New hot spot"),
    ("consecutive hot spot", "#fdae6b", "Consecutive hot spot"),
    ("intensifying hot spot", "#a50f15", "Intensifying hot spot"),
    ("persistent hot spot", "#de2d26", "Persistent hot spot"),
    ("diminishing hot spot", "#fc9272", "Diminishing hot spot"),
    ("sporadic hot spot", "#fb6a4a", "Sporadic hot spot"),
    ("oscillating hot spot", "#f768a1", "Oscillating hot spot"),
    ("historical hot spot", "#bdbdbd", "Historical hot spot"),
    ("new cold spot", "#c6dbef", "New cold spot"),
    ("consecutive cold spot", "#9ecae1", "Consecutive cold spot"),
    ("intensifying cold spot", "#08519c", "Intensifying cold spot"),
    ("persistent cold spot", "#3182bd", "Persistent cold spot"),
    ("diminishing cold spot", "#6baed6", "Diminishing cold spot"),
    ("sporadic cold spot", "#4292c6", "Sporadic cold spot"),
    ("oscillating cold spot", "#807dba", "Oscillating cold spot"),
    ("historical cold spot", "#d9d9d9", "Historical cold spot"),
]
KNOX_FIELDS = [
    ("category", "string", "Category"),
    ("space_from_m", "double", "Distance apart from (m)"),
    ("space_to_m", "double", "Distance apart up to (m)"),
    ("time_from_days", "double", "Days apart from"),
    ("time_to_days", "double", "Days apart up to"),
    ("observed", "integer", "Pairs of reports observed"),
    ("expected", "double", "Pairs expected with no space-time interaction"),
    ("ratio", "double", "Knox ratio (observed / expected)"),
    ("p_value", "double", "Monte Carlo p-value"),
]
ZONE_FIELDS = [
    ("incident_id", "long", "The recent incident (incident_id in incidents)"),
    ("category", "string", "Category"),
    ("occurred_at", "string", "When it happened (UTC)"),
    ("valid_until", "string", "Near-repeat risk until (UTC)"),
    ("radius_m", "double", "Near-repeat distance (m)"),
    ("days", "double", "Near-repeat time (days)"),
    ("ratio", "double", "Knox ratio: observed / expected close pairs"),
    ("p_value", "double", "Monte Carlo p-value"),
    ("description", "string", "In words"),
]
CONFLICT_FIELDS = [
    ("seg_id", "long", "Place (seg_id in street_segments)"),
    ("location", "string", "Where: the street and the streets at its ends"),
    ("road_class", "string", "Road class (OSM highway or source class)"),
    ("length_m", "double", "Length (m)"),
    ("kind", "string", "Conflict: lit_tag or sparse_register"),
    ("description", "string", "What the lamp data cannot explain"),
    ("lit_tag", "string", "Tagged lit (OSM lit=*)"),
    ("lux_avg", "double", "Estimated average illuminance from the lamp data (lux)"),
    ("lamps_per_km", "double", "Lamps in the lamp data per km of street within 200 m"),
    ("area_lamps_per_km", "double", "The same, median of the study area"),
]
CONFLICT_KINDS = [
    ("lit_tag", "#ff7f00", "Tagged lit, lamp data says dark: lamps missing from the data"),
    ("sparse_register", "#6a3d9a", "Few lamps in the register here: check before lighting"),
]
PATROL_FIELDS = [
    ("area_id", "long", "Patrol area id"),
    ("rank", "integer", "Rank (1 = most incidents captured)"),
    ("incidents", "integer", "Incidents of the patrol categories captured"),
    ("share_incidents", "double", "Share of all patrol-category incidents (0-1)"),
    ("share_area", "double", "Share of the study area (0-1)"),
    ("area_km2", "double", "Area (km2)"),
    ("pai", "double", "Predictive Accuracy Index (share of incidents / share of area)"),
    ("time_windows", "string", "Busiest 3-hour windows of the week (local time)"),
    ("visit_minutes", "integer", "Minutes per visit (Koper 1995)"),
    ("visits_per_week", "integer", "Visits per week, at unpredictable times within the windows"),
    ("cells", "integer", "Grid cells"),
    ("street_km", "double", "Street in the area (km, places by their midpoints)"),
    ("pai_length", "double", "PAI on street length (share of reports / share of street)"),
]
# The five focus areas of the Lund agreement; ColorBrewer Dark2.
FOCUS_AREAS = [
    ("trygghet", "#1b9e77", "Safety in public space (trygghet)"),
    ("barn_unga", "#d95f02", "Children and youth (barn och unga)"),
    ("andts", "#7570b3", "Alcohol, drugs, doping, tobacco, gambling (ANDTS)"),
    ("nara_relation", "#e7298a", "Violence in close relationships"),
    ("aldre", "#66a61e", "Crimes against older people"),
]
# ColorBrewer RdBu, 7 classes (Brewer & Harrower, colorbrewer2.org): reds hot, blues cold, grey in between.
HOTSPOT_CLASSES = [
    ("hot 99 %", "#b2182b", "Vandalism hot spot, 99 % confidence"),
    ("hot 95 %", "#ef8a62", "Vandalism hot spot, 95 % confidence"),
    ("hot 90 %", "#fddbc7", "Vandalism hot spot, 90 % confidence"),
    ("not significant", "#e0e0e0", "No significant cluster"),
    ("cold 90 %", "#d1e5f0", "Vandalism cold spot, 90 % confidence"),
    ("cold 95 %", "#67a9cf", "Vandalism cold spot, 95 % confidence"),
    ("cold 99 %", "#2166ac", "Vandalism cold spot, 99 % confidence"),
]
# ColorBrewer Reds, 3 classes: darker is surer.
CONFIDENCE_CLASSES = [
    ("99 %", "#de2d26", "Hotspot, 99 % confidence"),
    ("95 %", "#fc9272", "Hotspot, 95 % confidence"),
    ("90 %", "#fee0d2", "Hotspot, 90 % confidence"),
]

# ColorBrewer RdYlGn, 5 classes (Brewer & Harrower, colorbrewer2.org): red is least safe.
SAFETY_CLASSES = [
    (0, 20, "#d7191c", "0-20 least safe"),
    (20, 40, "#fdae61", "20-40 less safe"),
    (40, 60, "#e6d85a", "40-60 middling"),
    (60, 80, "#a6d96a", "60-80 safer"),
    (80, 100, "#1a9641", "80-100 safest"),
]

INCIDENT_CATEGORIES = [
    ("vandalism", "#e31a1c", "Vandalism (damage)"),
    ("graffiti", "#6a3d9a", "Graffiti"),
    ("littering", "#8c510a", "Littering and dumping"),
    ("violence", "#b10026", "Violence"),
    ("theft", "#1f78b4", "Theft"),
    ("drugs", "#33a02c", "Drugs"),
    ("disorder", "#ff7f00", "Disorder"),
    ("fraud", "#01665e", "Fraud"),
    ("other", "#808080", "Other"),
]

AREA_REPORT_FIELDS = [("area_id", "string", "Area id"), ("name", "string", "Name of the area or property"),
                      ("buffer_m", "double", "Surroundings counted with the area (m)"),
                      ("period_a", "string", "Earlier period (first and last day)"),
                      ("period_b", "string", "Later period (first and last day)")]
for _c, _w in CATEGORY_WORDS.items():
    AREA_REPORT_FIELDS += [(f"n_{_c}_a", "integer", f"{_w} reports, earlier period"),
                           (f"n_{_c}_b", "integer", f"{_w} reports, later period"),
                           (f"change_{_c}", "integer", f"{_w}: change in reports (later minus earlier)")]
AREA_REPORT_FIELDS += [
    ("n_total_a", "integer", "All reports, earlier period"), ("n_total_b", "integer", "All reports, later period"),
    ("change_total", "integer", "All reports: change (later minus earlier)"),
    ("lamps", "integer", "Street lamps in the area and its surroundings"),
    ("street_length_m", "double", "Street length in the area and its surroundings (m)")]
for _k, _w in (("p1", "P1"), ("p2", "P2"), ("p3", "P3"), ("p4", "P4"), ("p5", "P5"), ("p6", "P6"),
               ("below_p6", "below P6 (darker than any class)"), ("not_assessed", "not assessed (no lamp data)")):
    AREA_REPORT_FIELDS.append((f"length_{_k}_m", "double", f"Street length lit to class {_w} (m)"
                               if _k.startswith("p") else f"Street length {_w} (m)"))
AREA_REPORT_FIELDS += [
    ("dark_stretches", "integer", "Dark stretches touching the area and its surroundings"),
    ("dark_length_m", "double", "Their total length (m)"), ("longest_dark_m", "double", "The longest of them (m)"),
    ("places", "integer", "Places (street pieces) touching the area and its surroundings"),
    ("mean_safety_index", "double", "Mean safety index of those places (0-100, high = safe)"),
    ("mean_vandalism_score", "double", "Mean vandalism risk score (0-100, high = more risk)"),
    ("mean_littering_score", "double", "Mean littering risk score (0-100, high = more risk)"),
    ("mean_visibility_score", "double", "Mean visibility score (0-100, high = good)"),
    ("safety_percentile", "double", "Share of all places with a lower safety index (%, ties half)"),
    ("measures", "integer", "Proposed measures in and around the area"),
    ("measures_done", "integer", "Measures done in and around the area (genomförd, avslutad)"),
    ("measures_in_progress", "integer", "Measures decided or under way in and around the area (beslutad, pågår)"),
    ("survey_area", "string", "Safety survey area overlapping the area most"),
    ("survey_year", "integer", "Year of its latest safety survey"),
    ("survey_index", "double", "Safety survey index of that year"),
    ("survey_previous_year", "integer", "Year of the survey before it"),
    ("survey_change", "double", "Change of the index since that survey"),
    ("report_file", "string", "The area's PDF report (path relative to this GeoPackage's folder)")]


def area_reports_style(out_dir):
    """Outlines labelled with the area's name and its reports in the later period."""
    lyr = memory_layer("MultiPolygon", "area_reports", AREA_REPORT_FIELDS)
    sym = QgsFillSymbol.createSimple({"color": "#00000000", "outline_color": "#08306b", "outline_width": "0.8",
                                      "outline_width_unit": "MM", "outline_style": "solid"})
    lyr.setRenderer(QgsSingleSymbolRenderer(sym))
    pal = QgsPalLayerSettings()
    pal.isExpression = True
    pal.fieldName = "name || '\\n' || n_total_b || ' reports (' || period_b || ')'"
    fmt = QgsTextFormat()
    fmt.setSize(9)
    fmt.setColor(QColor("#08306b"))
    buf = QgsTextBufferSettings()
    buf.setEnabled(True)
    buf.setSize(1.0)
    fmt.setBuffer(buf)
    pal.setFormat(fmt)
    lyr.setLabeling(QgsVectorLayerSimpleLabeling(pal))
    lyr.setLabelsEnabled(True)
    save(lyr, out_dir)


FOCUS_AREA_FIELDS = [
    ("area", "string", "Area (population or report area)"),
    ("population", "long", "Residents"),
    ("aged_65", "long", "Residents aged 65 or older"),
    ("period", "string", "Reports counted (period)"),
    ("n_violence_close", "long", "Reports of violence in close relationships (area total only)"),
    ("violence_close_per_1000", "double", "Violence in close relationships per 1 000 residents"),
    ("violence_close_ratio", "double", "Violence in close relationships: ratio to the municipality's rate"),
    ("violence_close_low", "double", "Ratio: lower 95 % limit (Byar)"),
    ("violence_close_high", "double", "Ratio: upper 95 % limit (Byar)"),
    ("violence_close_elevated", "long", "Well above the municipality's rate (1 = yes)"),
    ("n_fraud_elderly", "long", "Reports of fraud against residents 65+ (area total only)"),
    ("fraud_elderly_per_1000_65", "double", "Fraud against older people per 1 000 residents aged 65+"),
    ("fraud_elderly_ratio", "double", "Fraud against older people: ratio to the municipality's rate"),
    ("fraud_elderly_low", "double", "Ratio: lower 95 % limit (Byar)"),
    ("fraud_elderly_high", "double", "Ratio: upper 95 % limit (Byar)"),
    ("fraud_elderly_elevated", "long", "Well above the municipality's rate (1 = yes)"),
    ("n_other_sensitive", "long", "Reports of the other sensitive categories ([privacy] sensitive; area total only)")]
SENSITIVE_INCIDENT_FIELDS = [
    ("incident_id", "long", "Incident id"), ("category", "string", "Category (sensitive)"),
    ("source_category", "string", "Category as in the source"), ("occurred_at", "string", "Time (UTC)")]


def focus_areas_style(out_dir):
    """Areas filled by which focus area's rate is well above the municipality's, in the colours of
    the measures layer's focus areas; outlines only where neither is."""
    lyr = memory_layer("MultiPolygon", "focus_areas", FOCUS_AREA_FIELDS)
    colors = {value: color for value, color, _ in FOCUS_AREAS}
    cats = []
    for value, color, label in (
            ("both", "#b2182b", "Both well above the municipality's rate"),
            ("nara_relation", colors["nara_relation"], "Violence in close relationships well above"),
            ("aldre", colors["aldre"], "Fraud against older people well above"),
            ("none", None, "Neither well above the municipality's rate")):
        if color:
            sym = QgsFillSymbol.createSimple({"color": with_alpha(color, 90), "outline_color": color,
                                              "outline_width": "0.5", "outline_width_unit": "MM"})
        else:
            sym = QgsFillSymbol.createSimple({"color": "#00000000", "outline_color": "#737373",
                                              "outline_width": "0.3", "outline_width_unit": "MM"})
        cats.append(QgsRendererCategory(value, sym, label))
    lyr.setRenderer(QgsCategorizedSymbolRenderer(
        "CASE WHEN violence_close_elevated = 1 AND fraud_elderly_elevated = 1 THEN 'both' "
        "WHEN violence_close_elevated = 1 THEN 'nara_relation' WHEN fraud_elderly_elevated = 1 THEN 'aldre' "
        "ELSE 'none' END", cats))
    lyr.setLabeling(QgsVectorLayerSimpleLabeling(label_settings(
        "area || coalesce('\\n' || format_number(violence_close_per_1000, 1) || ' / 1 000 (close relationships)', '')"
        " || coalesce('\\n' || format_number(fraud_elderly_per_1000_65, 1) || ' / 1 000 aged 65+ (fraud)', '')",
        20000)))
    lyr.setLabelsEnabled(True)
    save(lyr, out_dir)


def sensitive_incidents_style(out_dir):
    """Internal only: plain grey points, so the layer does not pass for a map to share."""
    lyr = memory_layer("Point", "sensitive_incidents", SENSITIVE_INCIDENT_FIELDS)
    sym = QgsMarkerSymbol.createSimple({"name": "cross2", "color": "#525252", "size": "2", "size_unit": "MM",
                                        "outline_color": "#525252", "outline_width": "0.3"})
    lyr.setRenderer(QgsSingleSymbolRenderer(sym))
    save(lyr, out_dir)


def with_alpha(hex_color, alpha):
    """'#rrggbb' and 0-255 as QGIS's 'r,g,b,a' (an 8-digit hex would be read as #aarrggbb)."""
    r, g, b = (int(hex_color[i:i + 2], 16) for i in (1, 3, 5))
    return f"{r},{g},{b},{alpha}"


def register_style(out_dir):
    """The measure register's edit form: status from a value map, dates with a calendar,
    trygg's fields read-only (the next run would overwrite them anyway)."""
    lyr = memory_layer("MultiPolygon", "register_measures", REGISTER_FIELDS)
    cats = []
    for value, color, label in REGISTER_STATUSES:
        sym = QgsFillSymbol.createSimple({"color": with_alpha(color, 64), "outline_color": color, "outline_width": "0.6",
                                          "outline_width_unit": "MM"})
        cats.append(QgsRendererCategory(value, sym, label))
    gone = QgsFillSymbol.createSimple({"color": "#00000000", "outline_color": "#bdbdbd", "outline_width": "0.3",
                                       "outline_width_unit": "MM", "outline_style": "dot"})
    cats.append(QgsRendererCategory(None, gone, "no status"))
    lyr.setRenderer(QgsCategorizedSymbolRenderer("status", cats))
    form = lyr.editFormConfig()
    for i, (name, kind, _) in enumerate(REGISTER_FIELDS):
        if name == "status":
            lyr.setEditorWidgetSetup(i, QgsEditorWidgetSetup(
                "ValueMap", {"map": [{label: value} for value, _, label in REGISTER_STATUSES]}))
        elif kind == "date":
            lyr.setEditorWidgetSetup(i, QgsEditorWidgetSetup("DateTime", {
                "field_format": "yyyy-MM-dd", "display_format": "yyyy-MM-dd", "calendar_popup": True,
                "allow_null": True}))
        elif kind == "datetime":
            lyr.setEditorWidgetSetup(i, QgsEditorWidgetSetup("DateTime", {
                "field_format": "yyyy-MM-ddTHH:mm:ssZ", "display_format": "yyyy-MM-dd HH:mm",
                "calendar_popup": False, "allow_null": True}))
        form.setReadOnly(i, name not in REGISTER_PERSON_FIELDS)
    lyr.setEditFormConfig(form)
    lyr.setLabeling(QgsVectorLayerSimpleLabeling(label_settings(
        "'#' || measure_id || ' ' || coalesce(status, '') || if(evidence_state = 'gone', ' (gone)', '')", 4000)))
    lyr.setLabelsEnabled(True)
    save(lyr, out_dir)


def label_settings(expression, max_scale_denominator=None):
    pal = QgsPalLayerSettings()
    pal.isExpression = True
    pal.fieldName = expression
    if max_scale_denominator:
        # labels only when zoomed in beyond 1:N: a city's hundred measures would hide the map
        pal.scaleVisibility = True
        pal.maximumScale = 1.0
        pal.minimumScale = float(max_scale_denominator)
    fmt = QgsTextFormat()
    fmt.setSize(8)
    buf = QgsTextBufferSettings()
    buf.setEnabled(True)
    buf.setSize(0.8)
    fmt.setBuffer(buf)
    pal.setFormat(fmt)
    return pal


def memory_layer(geom, name, fields):
    uri = f"{geom}?crs=EPSG:3006" + "".join(f"&field={n}:{t}" for n, t, _ in fields)
    lyr = QgsVectorLayer(uri, name, "memory")
    assert lyr.isValid(), name
    for i, (_, _, alias) in enumerate(fields):
        lyr.setFieldAlias(i, alias)
    return lyr


def save(lyr, out_dir):
    # Layer descriptions are not part of a QML style: the writer puts them into gpkg_contents
    # and layer_styles.description instead.
    path = os.path.join(out_dir, lyr.name() + ".qml")
    msg, ok = lyr.saveNamedStyle(path)
    if not ok:
        raise SystemExit(f"{path}: {msg}")
    print(f"wrote {path}")


def main():
    out_dir = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "..", "styles")
    os.makedirs(out_dir, exist_ok=True)
    qgs = QgsApplication([], False)
    qgs.setPrefixPath("/usr", True)
    qgs.initQgis()

    lyr = memory_layer("LineString", "street_segments", STREET_FIELDS)
    ranges = []
    for lo, hi, color, label in SAFETY_CLASSES:
        sym = QgsLineSymbol.createSimple({"line_color": color, "line_width": "0.8", "line_width_unit": "MM",
                                          "capstyle": "round", "joinstyle": "round"})
        ranges.append(QgsRendererRange(lo, hi, sym, label))
    r = QgsGraduatedSymbolRenderer("safety_index", ranges)
    lyr.setRenderer(r)
    save(lyr, out_dir)

    lyr = memory_layer("LineString", "dark_stretches", STRETCH_FIELDS)
    sl = QgsSimpleLineSymbolLayer(QColor("#1a1a40"), 1.0, Qt.DashLine)
    sl.setWidthUnit(0)  # millimetres
    sym = QgsLineSymbol([sl])
    lyr.setRenderer(QgsSingleSymbolRenderer(sym))
    save(lyr, out_dir)

    lyr = memory_layer("MultiPolygon", "emerging_hotspots", EMERGING_FIELDS)
    cats = []
    for value, color, label in EMERGING_CLASSES:
        sym = QgsFillSymbol.createSimple({"color": color, "outline_color": "#ffffff", "outline_width": "0.1",
                                          "outline_width_unit": "MM"})
        cats.append(QgsRendererCategory(value, sym, label))
    lyr.setRenderer(QgsCategorizedSymbolRenderer("class", cats))
    save(lyr, out_dir)

    lyr = memory_layer("Polygon", "near_repeat_zones", ZONE_FIELDS)
    sym = QgsFillSymbol.createSimple({"color": "#6a51a333", "outline_color": "#54278f", "outline_width": "0.5",
                                      "outline_width_unit": "MM", "outline_style": "dot"})
    lyr.setRenderer(QgsSingleSymbolRenderer(sym))
    lyr.setLabeling(QgsVectorLayerSimpleLabeling(label_settings("category || ' until ' || left(valid_until, 10)",
                                                                 4000)))
    lyr.setLabelsEnabled(True)
    save(lyr, out_dir)

    lyr = memory_layer("LineString", "lighting_conflicts", CONFLICT_FIELDS)
    cats = []
    for value, color, label in CONFLICT_KINDS:
        sym = QgsLineSymbol.createSimple({"line_color": color, "line_width": "1.6", "line_width_unit": "MM",
                                          "line_style": "dot", "capstyle": "round"})
        cats.append(QgsRendererCategory(value, sym, label))
    lyr.setRenderer(QgsCategorizedSymbolRenderer("kind", cats))
    save(lyr, out_dir)

    lyr = memory_layer("Point", "incidents", INCIDENT_FIELDS)
    cats = []
    for value, color, label in INCIDENT_CATEGORIES:
        sym = QgsMarkerSymbol.createSimple({"name": "circle", "color": color, "size": "2", "size_unit": "MM",
                                            "outline_color": "#ffffff", "outline_width": "0.2"})
        cats.append(QgsRendererCategory(value, sym, label))
    lyr.setRenderer(QgsCategorizedSymbolRenderer("category", cats))
    save(lyr, out_dir)

    lyr = memory_layer("Point", "lamps", LAMP_FIELDS)
    sym = QgsMarkerSymbol.createSimple({"name": "circle", "color": "#ffd700", "size": "1.4", "size_unit": "MM",
                                        "outline_color": "#333333", "outline_width": "0.2"})
    lyr.setRenderer(QgsSingleSymbolRenderer(sym))
    save(lyr, out_dir)

    lyr = memory_layer("None", "run_info", RUN_INFO_FIELDS)
    save(lyr, out_dir)

    lyr = memory_layer("Polygon", "grid_cells", GRID_FIELDS)
    cats = []
    for value, color, label in HOTSPOT_CLASSES:
        sym = QgsFillSymbol.createSimple({"color": color, "outline_color": "#ffffff", "outline_width": "0.1",
                                          "outline_width_unit": "MM"})
        cats.append(QgsRendererCategory(value, sym, label))
    sym = QgsFillSymbol.createSimple({"color": "#00000000", "outline_color": "#bdbdbd", "outline_width": "0.1"})
    cats.append(QgsRendererCategory(None, sym, "No vandalism reports in the study area"))
    lyr.setRenderer(QgsCategorizedSymbolRenderer("hotspot_vandalism", cats))
    lyr.setOpacity(0.7)
    save(lyr, out_dir)

    lyr = memory_layer("MultiPolygon", "hotspots", HOTSPOT_FIELDS)
    cats = []
    for value, color, label in CONFIDENCE_CLASSES:
        sym = QgsFillSymbol.createSimple({"color": color, "outline_color": "#67000d", "outline_width": "0.5",
                                          "outline_width_unit": "MM"})
        cats.append(QgsRendererCategory(value, sym, label))
    lyr.setRenderer(QgsCategorizedSymbolRenderer("confidence", cats))
    lyr.setOpacity(0.8)
    pal = QgsPalLayerSettings()
    pal.isExpression = True
    pal.fieldName = ("category || ' hotspot ' || confidence || '\\n' || incidents || ' reports, PAI ' || "
                     "format_number(pai, 1) || '\\n' || peak_hours")
    fmt = QgsTextFormat()
    fmt.setSize(8)
    buf = QgsTextBufferSettings()
    buf.setEnabled(True)
    buf.setSize(0.8)
    fmt.setBuffer(buf)
    pal.setFormat(fmt)
    lyr.setLabeling(QgsVectorLayerSimpleLabeling(pal))
    lyr.setLabelsEnabled(True)
    save(lyr, out_dir)

    lyr = memory_layer("None", "near_repeat", KNOX_FIELDS)
    save(lyr, out_dir)

    lyr = memory_layer("None", "temporal_profiles", PROFILE_FIELDS)
    save(lyr, out_dir)

    lyr = memory_layer("MultiPolygon", "measures", MEASURE_FIELDS)
    cats = []
    for value, color, label in FOCUS_AREAS:
        # Outlines only: measures overlap each other and the hotspots; the full text is in the
        # attributes (identify) and the label says which measure it is.
        sym = QgsFillSymbol.createSimple({"color": "#00000000", "outline_color": color, "outline_width": "0.6",
                                          "outline_width_unit": "MM", "outline_style": "dash"})
        cats.append(QgsRendererCategory(value, sym, label))
    lyr.setRenderer(QgsCategorizedSymbolRenderer("focus_area", cats))
    lyr.setLabeling(QgsVectorLayerSimpleLabeling(label_settings("'#' || measure_id || ' P' || priority", 4000)))
    lyr.setLabelsEnabled(True)
    save(lyr, out_dir)

    lyr = memory_layer("Polygon", "patrol_areas", PATROL_FIELDS)
    sym = QgsFillSymbol.createSimple({"color": "#2171b533", "outline_color": "#08519c", "outline_width": "0.8",
                                      "outline_width_unit": "MM", "outline_style": "dash"})
    lyr.setRenderer(QgsSingleSymbolRenderer(sym))
    lyr.setLabeling(QgsVectorLayerSimpleLabeling(label_settings(
        "'Patrol area ' || rank || ': ' || incidents || ' incidents\\n' || time_windows || '\\n' || "
        "visits_per_week || ' x ' || visit_minutes || ' min a week'")))
    lyr.setLabelsEnabled(True)
    save(lyr, out_dir)

    area_reports_style(out_dir)
    register_style(out_dir)
    focus_areas_style(out_dir)
    sensitive_incidents_style(out_dir)

    lyr = memory_layer("MultiPolygon", "survey_areas", SURVEY_FIELDS)
    cats = []
    for value, color, label in SURVEY_DIRECTIONS:
        sym = QgsFillSymbol.createSimple({"color": with_alpha(color, 110), "outline_color": "#525252",
                                          "outline_width": "0.3", "outline_width_unit": "MM"})
        cats.append(QgsRendererCategory(value, sym, label))
    lyr.setRenderer(QgsCategorizedSymbolRenderer("direction", cats))
    lyr.setLabeling(QgsVectorLayerSimpleLabeling(label_settings(
        "area || ' ' || year || ': index ' || format_number(index_total, 1)", 20000)))
    lyr.setLabelsEnabled(True)
    save(lyr, out_dir)

    lyr = memory_layer("MultiPolygon", "measure_effects", EFFECT_FIELDS)
    cats = []
    for value, color, label in EFFECT_VERDICTS:
        sym = QgsFillSymbol.createSimple({"color": with_alpha(color, 128), "outline_color": color,
                                          "outline_width": "0.6",
                                          "outline_width_unit": "MM"})
        cats.append(QgsRendererCategory(value, sym, label))
    lyr.setRenderer(QgsCategorizedSymbolRenderer("verdict", cats))
    lyr.setLabeling(QgsVectorLayerSimpleLabeling(label_settings("'#' || measure_id || ' ' || verdict", 8000)))
    lyr.setLabelsEnabled(True)
    save(lyr, out_dir)

    lyr = memory_layer("MultiPolygon", "promises", PROMISE_FIELDS)
    cats = []
    for value, color, label in PROMISE_VERDICTS:
        sym = QgsFillSymbol.createSimple({"color": with_alpha(color, 90), "outline_color": color,
                                          "outline_width": "0.8", "outline_width_unit": "MM"})
        cats.append(QgsRendererCategory(value, sym, label))
    lyr.setRenderer(QgsCategorizedSymbolRenderer("verdict", cats))
    lyr.setLabeling(QgsVectorLayerSimpleLabeling(label_settings("promise || ': ' || format_number(100 * change, 0) "
                                                                "|| ' % (' || format_number(100 * target, 0) || ' %)'",
                                                                50000)))
    lyr.setLabelsEnabled(True)
    save(lyr, out_dir)
    return 0


if __name__ == "__main__":
    rc = main()
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(rc)  # PyQGIS 3.22 can crash in exitQgis() at interpreter teardown
