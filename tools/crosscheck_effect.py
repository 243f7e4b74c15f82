#!/usr/bin/python3
"""Independent values for tests/unit/test_effect.c: Fisher's exact test (scipy) and the relative
effect size of Welsh & Farrington with its 95 % interval, for the four counts
(treated before, treated after, comparison before, comparison after).

Usage: /usr/bin/python3 tools/crosscheck_effect.py
"""
import math

from scipy.stats import fisher_exact, norm

CASES = [(40, 20, 100, 95), (12, 3, 50, 48), (5, 2, 30, 31), (0, 6, 40, 30), (30, 30, 100, 100)]

for a, b, c, d in CASES:
    _, p = fisher_exact([[a, b], [c, d]])
    A, B, C, D = (x + 0.5 for x in (a, b, c, d)) if 0 in (a, b, c, d) else (a, b, c, d)
    res = A * D / (B * C)
    se = math.sqrt(1 / A + 1 / B + 1 / C + 1 / D)
    z = norm.ppf(0.975)
    print(f"{a} {b} {c} {d}: p = {p:.12g}, RES = {res:.12g}, 95 % CI {math.exp(math.log(res) - z * se):.12g} - "
          f"{math.exp(math.log(res) + z * se):.12g}")
