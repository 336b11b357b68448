"""Scale: all cores on one machine, and Spark or Dask past one machine.

Everything here only adapts a built :class:`~wirecoder.pipeline.Pipeline`; none of it codes
anything itself.

- :class:`Runner` (``pool.py``): the pipeline in N worker processes, one model each, results in
  input order; what ``wirecoder extract --workers N`` uses.
- ``table.py``: the contract as flat columns, and Parquet in and out.
- ``spark.py`` and ``dask.py``: code a Spark or Dask DataFrame of articles (optional extras
  ``wirecoder[spark]`` and ``wirecoder[dask]``; imported only when used).
"""

from __future__ import annotations

from wirecoder.scale.pool import Runner, cpu_count

__all__ = ["Runner", "cpu_count"]
