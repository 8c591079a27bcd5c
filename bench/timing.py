"""What every benchmark times with: the median of a few runs, printed in milliseconds."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable


def ms(seconds: float) -> str:
    return f"{seconds * 1000:8.1f} ms"


def median_of(fn: Callable[[], object], repeat: int = 5) -> float:
    """Median of `repeat` runs of `fn`, in seconds."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)
