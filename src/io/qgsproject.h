/*
 * A QGIS project stored inside a written GeoPackage, the way QGIS itself stores one ("Project >
 * Save To > GeoPackage"), so that a planner opens the GeoPackage's project and sees the styled
 * map at once (DESIGN.md sections 1 and 4).
 *
 * What QGIS 3.22 stores, and what this module writes the same way:
 *   - a table `qgis_projects(name TEXT PRIMARY KEY, metadata BLOB, content BLOB)`, not registered
 *     in gpkg_contents or gpkg_extensions (GDAL's validator accepts it as it is);
 *   - `metadata`: {"last_modified_time": "YYYY-MM-DDTHH:MM:SS", "last_modified_user": "..." };
 *   - `content`: the .qgz (a zip holding one .qgs XML file) as lowercase hexadecimal text, which
 *     QGIS decodes with QByteArray::fromHex when it reads the project.
 * Layer data sources are relative to the GeoPackage's directory ("./NAME.gpkg|layername=T"), as
 * QGIS writes them for a project with relative paths: the project still opens after the
 * GeoPackage is moved to another directory. QGIS 3.22 resolves "./" against the directory and
 * drops the project file's own name (QgsPathResolver::readPath), so a project cannot refer to
 * "the GeoPackage I am in" under any name: after a rename, the layers point at the old name.
 *
 * Output is deterministic: the zip's file time and the metadata time are SOURCE_DATE_EPOCH when
 * set and 1980-01-01T00:00:00 (the earliest zip date) otherwise.
 */
#ifndef TRYGG_IO_QGSPROJECT_H
#define TRYGG_IO_QGSPROJECT_H

#include "trygg/trygg.h"

/* Name of the project trygg stores (the qgis_projects row): QGIS lists it under the
 * GeoPackage in its browser, and it opens as geopackage:PATH?projectName=trygg. */
#define TRYGG_QGIS_PROJECT_NAME "trygg"

/* Add (or replace) the QGIS project `project_name` in the GeoPackage at `gpkg_path`.
 *
 * The project holds every feature and attribute table listed in gpkg_contents (except
 * layer_styles), each as an `ogr` layer with its CRS and its default style from layer_styles
 * (useAsDefault = 1) embedded, in a layer tree of groups, top to bottom:
 *   Action plan  measures, measure_effects, patrol_areas, near_repeat_zones, area_reports, survey_areas
 *   Hotspots     hotspots, emerging_hotspots, grid_cells (the last two unchecked: shown on demand)
 *   Lighting     dark_stretches, lighting_conflicts, lamps
 *   Base data    street_segments, incidents
 *   Other layers any other table, by name
 *   Provenance   run_info
 * Groups without a present layer are left out. Groups and layers are named in the run's language
 * (trygg_set_language; Swedish by default: Åtgärdsplan, Brottskoncentrationer, Belysning,
 * Grunddata, Övriga lager, Ursprung), layers by their titles (src/io/layer_titles.c: "Gatusegment"
 * for street_segments; a table without a title by its name); layer ids stay "trygg_layer_TABLE"
 * and data sources name the table. The metadata language is the run's. The project CRS is the
 * CRS of street_segments (else of the first spatial layer); the initial view is the
 * street_segments extent (else the extent of all spatial layers) with a 2 % margin; the title is
 * `title`.
 *
 * `gpkg_path`: the GeoPackage to change (for the writer, the temporary file before it is
 * renamed into place). `file_name`: the name the GeoPackage will have where QGIS opens it (no
 * directory); layers refer to "./file_name"; NULL means the last component of gpkg_path.
 * `project_name`: the qgis_projects row (non-empty); `title`: the project title (NULL: the
 * project name). Runs in one SQLite transaction: on failure the file is unchanged.
 * Returns TRYGG_E_OPEN when the file is missing or not a GeoPackage, TRYGG_E_USAGE for a bad
 * argument or SOURCE_DATE_EPOCH, TRYGG_E_WRITE when the project cannot be stored. */
trygg_status trygg_io_add_qgis_project(trygg_ctx *ctx, const char *gpkg_path, const char *file_name,
                                       const char *project_name, const char *title);

/* The same project for the copy of the GeoPackage `gpkg_path` in the PostGIS schema `schema`
 * (src/io/pg_publish.c): every layer a `postgres` data source "PG_CONN key='fid' srid=N type=T
 * checkPrimaryKeyUnicity='1' table="SCHEMA"."T" (geom)" as QgsDataSourceUri writes it; `pg_conn`
 * is the connection part (dbname='...' host=... port=... user='...'), which must hold no password.
 * On success *qgz_hex is the .qgz as hexadecimal text and *metadata its JSON, as
 * QgsPostgresProjectStorage stores them in qgis_projects (content BYTEA, metadata JSONB); the
 * caller frees both. The GeoPackage is only read. */
trygg_status trygg_io_qgis_project_pg(trygg_ctx *ctx, const char *gpkg_path, const char *pg_conn,
                                      const char *schema, const char *project_name, const char *title,
                                      char **qgz_hex, char **metadata);

#endif
