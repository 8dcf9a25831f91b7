"""The read-only open-data API, mounted at /api/v1/."""

from rest_framework.routers import DefaultRouter

from registry.api import VentureViewSet

app_name = "api"

router = DefaultRouter()
router.register("ventures", VentureViewSet, basename="venture")

urlpatterns = router.urls
