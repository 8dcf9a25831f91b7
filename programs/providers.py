"""What the programmes add to the registry (registered by ProgramsConfig.ready()): the programmes
and impact results on a venture's page, the programmes' part of a person's data, and the
directory's "programme" facet."""

from registry import extensions as registry_extensions

from . import privacy
from .facets import PROGRAMME_FACET
from .selectors import venture_programmes_and_results


def register() -> None:
    registry_extensions.register_venture_evidence(venture_programmes_and_results)
    registry_extensions.register_personal_data(privacy.PERSONAL_DATA)
    registry_extensions.register_directory_facet(PROGRAMME_FACET)
