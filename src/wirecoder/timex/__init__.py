"""Time expressions: the TIMEX3 grammar, its word table and calendar arithmetic.

The times stage (:mod:`wirecoder.stages.times`) runs the grammar over an article. Later stages
read ``doc.times`` and use :func:`day_range` to turn a resolved value into the days it covers
(``"2023-03-06/2023-03-07"`` -> 6 and 7 March 2023; ``"2023-W09"`` -> that ISO week) and
:func:`precision` to say how fine it is.
"""

from wirecoder.timex.dates import day_range, precision

__all__ = ["day_range", "precision"]
