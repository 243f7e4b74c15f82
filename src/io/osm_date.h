/*
 * The date of an OpenStreetMap PBF extract (src/io/osm_date.c).
 */
#ifndef TRYGG_IO_OSM_DATE_H
#define TRYGG_IO_OSM_DATE_H

/* The replication timestamp of the OSM PBF file at path (which Geofabrik's and the planet's extracts
 * carry in their header block) as "YYYY-MM-DD" in UTC; NULL when the file is not a readable PBF or
 * its header has no timestamp. The caller frees the result. */
char *trygg__osm_pbf_date(const char *path);

#endif
