/*
 * Analysis grids: hexagonal or square cells over an extent in the working (metric) CRS, the
 * places that hotspot statistics are computed on (DESIGN.md section 5, Hotspots).
 *
 * Contract. Both lattices are anchored at the CRS origin, so a cell's shape does not depend on
 * the extent asked for: two runs over different extents share the cells they have in common.
 *  - Square cells of side s have corners at round multiples of s (250 m squares coincide with
 *    the Swedish statistics grid in SWEREF 99 TM). A cell is half-open, [x0, x0+s) x [y0, y0+s).
 *  - Hexagons are POINTY-TOPPED (two vertices straight north and south, the flat sides facing
 *    east and west), so that rows of cells run west to east and odd rows are shifted half a
 *    cell east ("odd-r" offset layout, Red Blob Games, "Hexagonal Grids",
 *    https://www.redblobgames.com/grids/hexagons/). `size` is the distance across flats d
 *    (= the east-west width); the circumradius is d/sqrt(3), rows are (sqrt(3)/2) d apart and
 *    a cell's area is (sqrt(3)/2) d^2. The centre of row r, column c (both may be negative) is
 *    x = d (c + (r mod 2)/2), y = (sqrt(3)/2) d r; the cell at the CRS origin is row 0, col 0.
 *
 * The grid holds the cells meeting the extent: every cell that trygg_grid_locate can return for
 * a point of the closed extent (for hexagons, every cell whose closed hexagon meets the closed
 * extent rectangle). A grid near points (trygg_grid_new_near) is sparse instead: it holds the
 * lattice cells that contain one of the points and their lattice neighbours, however far apart
 * (towns hundreds of kilometres apart make a few cells each, not a lattice over the country).
 * Cell ids run 0..n-1 in row-major order from the south-west: by row from south to north,
 * within a row from west to east. Clipping to a study area drops cells that do not overlap it
 * (with positive area) and keeps the rest in the same order, renumbered densely. Point-to-cell
 * lookup is O(1) for every kind of grid (arithmetic, then a hash map from lattice position to
 * cell id).
 *
 * Cell geometry is a flattened (multi)polygon: rings of closed coordinate arrays, oriented by
 * trygg whatever GEOS returned: exterior rings counter-clockwise, holes clockwise (unclipped
 * cells are a single counter-clockwise ring).
 */
#ifndef TRYGG_GEOM_GRID_H
#define TRYGG_GEOM_GRID_H

#include <geos_c.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "trygg/trygg.h"

typedef enum { TRYGG_GRID_HEX = 0, TRYGG_GRID_SQUARE = 1 } trygg_grid_kind;

/* Default across-flats size of hexagons and side of squares, metres. */
#define TRYGG_GRID_HEX_DEFAULT_M 100.0
#define TRYGG_GRID_SQUARE_DEFAULT_M 250.0

typedef struct {
    size_t id;          /* position in the grid, 0..n-1 */
    long row, col;      /* lattice position (row 0 / col 0 at the CRS origin) */
    double cx, cy;      /* centroid of the (clipped) cell */
    double area_m2;     /* area of the (clipped) cell */
    bool clipped;       /* true when the study area cut the cell */
    double *xy;         /* all ring vertices, interleaved x,y; each ring closed (first = last) */
    size_t nv;          /* vertices in xy */
    size_t *ring_end;   /* ring k is vertices [ring_end[k-1], ring_end[k]) (ring_end[-1] = 0) */
    size_t nrings;
    size_t *part_end;   /* polygon p is rings [part_end[p-1], part_end[p]); its first ring is the
                           exterior, the rest are holes */
    size_t nparts;
} trygg_grid_cell;

typedef struct trygg_grid trygg_grid;

/* A grid of `kind` cells of `size` metres over the extent env = {minx, miny, maxx, maxy}.
 * TRYGG_E_USAGE for a size that is not positive and finite or an inverted/non-finite extent,
 * TRYGG_E_DATA when the grid would exceed 100 million cells. Sets *out on success; the caller
 * frees it with trygg_grid_free. */
trygg_status trygg_grid_new(trygg_ctx *ctx, trygg_grid_kind kind, double size, const double env[4],
                            trygg_grid **out);

/* A sparse grid of whole `kind` cells of `size` metres: the lattice cells containing one of the
 * npts points xy (interleaved x,y), together with their lattice neighbours (the six sharing a
 * side for hexagons, the eight around for squares), so that every cell within one cell of a
 * point is in. Non-finite points are ignored. TRYGG_E_USAGE for a bad size, TRYGG_E_EMPTY
 * without a finite point, TRYGG_E_DATA beyond 100 million cells or for a point absurdly far
 * from the CRS origin. Caller frees *out with trygg_grid_free. */
trygg_status trygg_grid_new_near(trygg_ctx *ctx, trygg_grid_kind kind, double size, const double *xy, size_t npts,
                                 trygg_grid **out);

/* A grid over the envelope of the polygonal study area `area` (handle `geos`), clipped to it:
 * cells are candidates from an STRtree query per polygon of the area; a cell inside the area is
 * kept whole, a cell on its boundary is replaced by its intersection with the area
 * (GEOSIntersection_r) and dropped when that has no area. The area is borrowed. TRYGG_E_GEOM
 * when `area` is not a valid polygonal geometry or an intersection fails, TRYGG_E_EMPTY when
 * no cell overlaps it. Caller frees *out with trygg_grid_free. */
trygg_status trygg_grid_new_clipped(trygg_ctx *ctx, trygg_grid_kind kind, double size, GEOSContextHandle_t geos,
                                    const GEOSGeometry *area, trygg_grid **out);

void trygg_grid_free(trygg_grid *g);

size_t trygg_grid_count(const trygg_grid *g);
trygg_grid_kind trygg_grid_kind_of(const trygg_grid *g);
double trygg_grid_size(const trygg_grid *g);

/* Cell i (0 <= i < count), borrowed from the grid. */
const trygg_grid_cell *trygg_grid_cell_get(const trygg_grid *g, size_t i);

/* Lattice row and column of the cell containing (x, y), in O(1) by arithmetic (squares: floor;
 * hexagons: cube rounding of fractional axial coordinates, Red Blob Games "Hexagonal Grids",
 * section "Pixel to Hex"). Defined for every finite point, inside the grid or not. A point on
 * a boundary between hexagons goes to one of them. */
void trygg_grid_lattice_locate(trygg_grid_kind kind, double size, double x, double y, long *row, long *col);

/* Id of the grid cell whose lattice cell contains (x, y), or SIZE_MAX when that cell is not in
 * the grid (outside the extent, dropped by clipping, or a non-finite point). For a clipped cell
 * the answer is the lattice cell's: the point may lie in the part the study area cut away. */
size_t trygg_grid_locate(const trygg_grid *g, double x, double y);

/* Like trygg_grid_locate, but a point that falls in the part of a clipped cell that the study
 * area cut away gets SIZE_MAX: for clipped cells the answer is refined by an even-odd
 * point-in-polygon test over the cell's rings (holes and parts included). Use it to assign
 * incidents to cells when the grid is clipped. Points exactly on a clipped boundary may go
 * either way. */
size_t trygg_grid_locate_exact(const trygg_grid *g, double x, double y);

/* Centroids of all cells as interleaved x,y (2n doubles) into `xy` (caller-allocated). */
void trygg_grid_centroids(const trygg_grid *g, double *xy);

/* The cell as a new GEOS (Multi)Polygon made with handle `geos`; caller destroys it with
 * GEOSGeom_destroy_r on the same handle. NULL on a GEOS failure. */
GEOSGeometry *trygg_grid_cell_geos(GEOSContextHandle_t geos, const trygg_grid_cell *c);

#endif
