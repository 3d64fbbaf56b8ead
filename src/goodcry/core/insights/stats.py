"""Small, exact statistics for a personal journal — standard library only.

Every method here is a *score* method or an exact one, chosen because it behaves well with the small counts a
journal has (5 cries, 9 cries), where the textbook "p ± 1.96·√(p(1−p)/n)" interval fails:

* one share (k of n): the Wilson score interval (Wilson 1927);
* the difference of two independent shares: Newcombe's hybrid score interval, method 10 (Newcombe 1998,
  Statistics in Medicine 17:873);
* the difference of two shares measured on the same episodes (right after vs the later check-in):
  Newcombe's paired method 10 (Newcombe 1998, Statistics in Medicine 17:2635);
* the difference of two means (mood on days around a cry vs other days): Welch's t interval;
* a rate in a recent window vs an earlier one: the conditional binomial score test, its Wilson interval turned
  into a rate ratio.

Each interval comes with the p-value of the *same* method (the smallest α at which the (1−α) interval would
exclude "no difference"), so that the Benjamini–Hochberg step in ``compute`` can say which differences are
findings and the interval at the adjusted level always agrees with it.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from statistics import NormalDist

NORMAL = NormalDist()


def z_for(level: float) -> float:
    """The two-sided normal quantile for a confidence level (0.95 → 1.96)."""
    return NORMAL.inv_cdf(0.5 + level / 2)


def p_from_z(z: float) -> float:
    """Two-sided p-value of a standard normal statistic."""
    return min(1.0, 2.0 * (1.0 - NORMAL.cdf(abs(z))))


# --- shares ---------------------------------------------------------------------------------------------------


def wilson(k: int, n: int, z: float) -> tuple[float, float]:
    """Wilson score interval for k successes out of n; (0, 1) when n is 0."""
    if n <= 0:
        return 0.0, 1.0
    p = k / n
    z2 = z * z
    denom = 1.0 + z2 / n
    centre = (p + z2 / (2 * n)) / denom
    half = z * math.sqrt(p * (1 - p) / n + z2 / (4 * n * n)) / denom
    return max(0.0, centre - half), min(1.0, centre + half)


def newcombe(k1: int, n1: int, k2: int, n2: int, z: float) -> tuple[float, float]:
    """Newcombe's hybrid score interval (method 10) for p1 − p2, two independent shares."""
    p1, p2 = k1 / n1, k2 / n2
    l1, u1 = wilson(k1, n1, z)
    l2, u2 = wilson(k2, n2, z)
    d = p1 - p2
    return d - math.hypot(p1 - l1, u2 - p2), d + math.hypot(u1 - p1, p2 - l2)


def newcombe_paired(both: int, first_only: int, second_only: int, neither: int, z: float) -> tuple[float, float]:
    """Newcombe's paired method 10 for p2 − p1, two shares measured on the same n items.

    ``both``: yes at both times; ``first_only``: yes only the first time; ``second_only``: yes only the second.
    """
    a, b, c, d = both, first_only, second_only, neither
    n = a + b + c + d
    p1, p2 = (a + b) / n, (a + c) / n
    l1, u1 = wilson(a + b, n, z)
    l2, u2 = wilson(a + c, n, z)
    margins = (a + b) * (c + d) * (a + c) * (b + d)
    if margins == 0:
        phi = 0.0
    else:
        cross = a * d - b * c
        # Newcombe's continuity correction of phi, used only when it shrinks phi towards 0.
        phi = (max(cross - n / 2, 0.0) if cross > 0 else cross) / math.sqrt(margins)
    theta = p2 - p1
    dl2, du2, dl1, du1 = p2 - l2, u2 - p2, p1 - l1, u1 - p1
    low = theta - math.sqrt(max(0.0, dl2 * dl2 - 2 * phi * dl2 * du1 + du1 * du1))
    high = theta + math.sqrt(max(0.0, du2 * du2 - 2 * phi * du2 * dl1 + dl1 * dl1))
    return max(-1.0, low), min(1.0, high)


def p_by_inversion(interval_at: Callable[[float], tuple[float, float]], null: float) -> float:
    """The p-value of an interval method: the α at which the (1−α) interval just touches ``null``.

    Intervals here widen monotonically with z, so a bisection on z finds the boundary.
    """
    low, high = interval_at(1e-9)
    if low <= null <= high:
        return 1.0

    def excludes(z: float) -> bool:
        lo, hi = interval_at(z)
        return not lo <= null <= hi

    lo_z, hi_z = 0.0, 40.0
    if excludes(hi_z):
        return p_from_z(hi_z)
    for _ in range(60):
        mid = (lo_z + hi_z) / 2
        if excludes(mid):
            lo_z = mid
        else:
            hi_z = mid
    return p_from_z(lo_z)


def score_test_share(k: int, n: int, p0: float) -> float:
    """Two-sided p-value of the score test of k of n against a known share p0 (inverts the Wilson interval)."""
    if n == 0 or not 0.0 < p0 < 1.0:
        return 1.0
    return p_from_z((k - n * p0) / math.sqrt(n * p0 * (1 - p0)))


# --- means ----------------------------------------------------------------------------------------------------


class Moments:
    """Count, mean and variance accumulated one value at a time (Welford), O(1) memory."""

    __slots__ = ("m2", "mean", "n")

    def __init__(self) -> None:
        self.n = 0
        self.mean = 0.0
        self.m2 = 0.0

    @classmethod
    def from_sums(cls, n: float, total: float, squares: float) -> Moments:
        """From a count, a sum and a sum of squares (fine for the journal's small, bounded scales)."""
        m = cls()
        m.n = int(n)
        if m.n:
            m.mean = total / m.n
            m.m2 = max(0.0, squares - total * total / m.n)
        return m

    def add(self, x: float) -> None:
        self.n += 1
        delta = x - self.mean
        self.mean += delta / self.n
        self.m2 += delta * (x - self.mean)

    @property
    def variance(self) -> float:
        return self.m2 / (self.n - 1) if self.n > 1 else 0.0


def _betacf(a: float, b: float, x: float) -> float:
    """Continued fraction of the regularised incomplete beta function (modified Lentz)."""
    tiny = 1e-300
    qab, qap, qam = a + b, a + 1.0, a - 1.0
    c, d = 1.0, 1.0 - qab * x / qap
    d = 1.0 / (d if abs(d) > tiny else tiny)
    h = d
    for m in range(1, 300):
        m2 = 2 * m
        aa = m * (b - m) * x / ((qam + m2) * (a + m2))
        d = 1.0 + aa * d
        d = 1.0 / (d if abs(d) > tiny else tiny)
        c = 1.0 + aa / c
        c = c if abs(c) > tiny else tiny
        h *= d * c
        aa = -(a + m) * (qab + m) * x / ((a + m2) * (qap + m2))
        d = 1.0 + aa * d
        d = 1.0 / (d if abs(d) > tiny else tiny)
        c = 1.0 + aa / c
        c = c if abs(c) > tiny else tiny
        delta = d * c
        h *= delta
        if abs(delta - 1.0) < 1e-14:
            break
    return h


def betainc(a: float, b: float, x: float) -> float:
    """The regularised incomplete beta function I_x(a, b)."""
    if x <= 0.0:
        return 0.0
    if x >= 1.0:
        return 1.0
    front = math.exp(math.lgamma(a + b) - math.lgamma(a) - math.lgamma(b) + a * math.log(x) + b * math.log1p(-x))
    if x < (a + 1) / (a + b + 2):
        return front * _betacf(a, b, x) / a
    return 1.0 - front * _betacf(b, a, 1.0 - x) / b


def t_p_value(t: float, df: float) -> float:
    """Two-sided p-value of Student's t with ``df`` degrees of freedom."""
    if math.isinf(t):
        return 0.0
    return min(1.0, betainc(df / 2, 0.5, df / (df + t * t)))


def t_quantile(level: float, df: float) -> float:
    """The two-sided t quantile for a confidence level (bisection on the p-value)."""
    alpha = 1.0 - level
    lo, hi = 0.0, 1.0
    while t_p_value(hi, df) > alpha:
        hi *= 2
        if hi > 1e6:
            return math.inf
    for _ in range(80):
        mid = (lo + hi) / 2
        if t_p_value(mid, df) > alpha:
            lo = mid
        else:
            hi = mid
    return hi


def mean_interval(m: Moments, level: float) -> tuple[float, float]:
    if m.n < 2:
        return -math.inf, math.inf
    half = t_quantile(level, m.n - 1) * math.sqrt(m.variance / m.n)
    return m.mean - half, m.mean + half


def welch(a: Moments, b: Moments) -> tuple[float, float]:
    """Standard error and Welch–Satterthwaite degrees of freedom for mean(a) − mean(b)."""
    va, vb = a.variance / a.n, b.variance / b.n
    se2 = va + vb
    if se2 == 0.0:
        return 0.0, float(a.n + b.n - 2)
    df = se2 * se2 / ((va * va / (a.n - 1) if a.n > 1 else 0.0) + (vb * vb / (b.n - 1) if b.n > 1 else 0.0))
    return math.sqrt(se2), df


def welch_interval(a: Moments, b: Moments, level: float) -> tuple[float, float]:
    d = a.mean - b.mean
    se, df = welch(a, b)
    if se == 0.0:
        return d, d
    half = t_quantile(level, df) * se
    return d - half, d + half


def welch_p(a: Moments, b: Moments) -> float:
    d = a.mean - b.mean
    se, df = welch(a, b)
    if se == 0.0:
        return 1.0 if d == 0 else 0.0
    return t_p_value(d / se, df)


# --- many comparisons at once ---------------------------------------------------------------------------------


def benjamini_hochberg(p_values: Sequence[float], q: float) -> int:
    """How many of ``p_values`` the Benjamini–Hochberg procedure at false-discovery rate ``q`` rejects.

    The rejected ones are the R smallest; each of them is ≤ R·q/m, so its interval at level 1 − R·q/m excludes
    "no difference".
    """
    m = len(p_values)
    rejected = 0
    for rank, p in enumerate(sorted(p_values), start=1):
        if p <= rank * q / m:
            rejected = rank
    return rejected
