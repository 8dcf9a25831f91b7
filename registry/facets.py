"""The directory's facet counts live in registry/search/facets.py.

Only `browse_counts_changed` is still reached through here: registry/search/index.py imports it
from this module and is being edited by someone else at the same time. Point that import at
`.facets` (registry.search.facets) and delete this file.
"""

from .search.facets import browse_counts_changed

__all__ = ["browse_counts_changed"]
