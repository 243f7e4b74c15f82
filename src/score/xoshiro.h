/*
 * Random numbers for the permutation tests of src/score: xoshiro256** seeded with splitmix64
 * (Blackman & Vigna 2018, "Scrambled linear pseudorandom number generators",
 * https://prng.di.unimi.it/), bounded integers by Lemire's multiply-and-reject method (Lemire
 * 2019, "Fast random integer generation in an interval", ACM TOMACS 29(1)).
 */
#ifndef TRYGG_SCORE_XOSHIRO_H
#define TRYGG_SCORE_XOSHIRO_H

#include <stdint.h>

static inline uint64_t trygg__splitmix64(uint64_t *s)
{
    uint64_t z = (*s += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

typedef struct {
    uint64_t s[4];
} trygg__xoshiro;

static inline uint64_t trygg__rotl(uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }

static inline uint64_t trygg__xoshiro_next(trygg__xoshiro *r)
{
    uint64_t *s = r->s;
    uint64_t result = trygg__rotl(s[1] * 5, 7) * 9;
    uint64_t t = s[1] << 17;
    s[2] ^= s[0];
    s[3] ^= s[1];
    s[1] ^= s[2];
    s[0] ^= s[3];
    s[2] ^= t;
    s[3] = trygg__rotl(s[3], 45);
    return result;
}

/* The stream `stream` under `seed`: splitmix64 over a state that mixes both, as Vigna
 * recommends for seeding xoshiro (never all-zero). */
static inline void trygg__xoshiro_seed(trygg__xoshiro *r, uint64_t seed, uint64_t stream)
{
    uint64_t sm = seed ^ (stream * 0xD1B54A32D192ED03ULL + 0x8CB92BA72F3D8DD7ULL);
    for (int k = 0; k < 4; k++)
        r->s[k] = trygg__splitmix64(&sm);
}

/* Uniform integer in [0, range), range >= 1 and < 2^32 (Lemire 2019, algorithm 5). */
static inline uint32_t trygg__bounded(trygg__xoshiro *r, uint32_t range)
{
    uint64_t m = (trygg__xoshiro_next(r) >> 32) * (uint64_t)range;
    uint32_t l = (uint32_t)m;
    if (l < range) {
        uint32_t t = (uint32_t)(-range) % range;
        while (l < t) {
            m = (trygg__xoshiro_next(r) >> 32) * (uint64_t)range;
            l = (uint32_t)m;
        }
    }
    return (uint32_t)(m >> 32);
}

#endif
