"""The programmes' part of a person's data (PDPA), registered with registry.extensions."""

from registry.extensions import PersonalData
from registry.models import User

from .models import ImpactIndicator, ImpactMeasurement


def detach_reported_results(user: User) -> None:
    """Erasure: the figures stay (they are the venture's), reported by nobody."""
    for model in (ImpactIndicator, ImpactMeasurement):
        model.objects.filter(reported_by=user).update(reported_by=None)


PERSONAL_DATA = PersonalData(
    user_links={
        "programs.ImpactIndicator.reported_by": "set to nobody (the figures are the venture's)",
        "programs.ImpactIndicator.checked_by": "keep (staff action)",
        "programs.ImpactMeasurement.reported_by": "set to nobody (the figures are the venture's)",
        "programs.ImpactMeasurement.checked_by": "keep (staff action)",
    },
    detach=detach_reported_results,
)
