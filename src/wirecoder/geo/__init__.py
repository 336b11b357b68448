"""The offline gazetteer: GeoNames data from registry packages, indexed once and cached on disk."""

from wirecoder.geo.gazetteer import Entry, Gazetteer, get_gazetteer, km

__all__ = ["Entry", "Gazetteer", "get_gazetteer", "km"]
