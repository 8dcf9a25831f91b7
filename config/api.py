"""The read-only open-data API, mounted at /api/v1/."""

from django.urls import path
from rest_framework.routers import DefaultRouter

from grants.api import GrantViewSet, ThreeSixtyGivingView
from grants.api_stats import StatsViewSet
from programs.api import ProgrammeViewSet
from registry.api import AreaViewSet, VentureViewSet

app_name = "api"

router = DefaultRouter()
router.register("ventures", VentureViewSet, basename="venture")
router.register("areas", AreaViewSet, basename="area")
router.register("programs", ProgrammeViewSet, basename="program")
router.register("grants", GrantViewSet, basename="grant")
router.register("stats", StatsViewSet, basename="stats")

urlpatterns = [
    path("grants/360giving.json", ThreeSixtyGivingView.as_view(), name="grants-360giving"),
    *router.urls,
]
