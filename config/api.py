"""The read-only open-data API, mounted at /api/v1/."""

from rest_framework.routers import DefaultRouter

from grants.api_stats import StatsViewSet
from registry.api import VentureViewSet

app_name = "api"

router = DefaultRouter()
router.register("ventures", VentureViewSet, basename="venture")
router.register("stats", StatsViewSet, basename="stats")

urlpatterns = router.urls
