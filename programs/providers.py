"""What the programmes add to the registry (registered by ProgramsConfig.ready()): the programmes
and impact results on a venture's page, and the programmes' part of a person's data."""

from registry import extensions as registry_extensions

from . import privacy
from .selectors import venture_programmes_and_results


def register() -> None:
    registry_extensions.register_venture_evidence(venture_programmes_and_results)
    registry_extensions.register_personal_data(privacy.PERSONAL_DATA)
