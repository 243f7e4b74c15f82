#include "geom/geom.h"

void trygg_geom_polyline_envelope(const double *xy, size_t nv, double env[4])
{
    env[0] = env[2] = xy[0];
    env[1] = env[3] = xy[1];
    for (size_t k = 1; k < nv; k++) {
        double x = xy[2 * k], y = xy[2 * k + 1];
        env[0] = x < env[0] ? x : env[0];
        env[1] = y < env[1] ? y : env[1];
        env[2] = x > env[2] ? x : env[2];
        env[3] = y > env[3] ? y : env[3];
    }
}
