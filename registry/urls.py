from django.urls import path

from .views import directory, feeds, public, ventures

app_name = "registry"

urlpatterns = [
    path("", public.HomeView.as_view(), name="home"),
    path("ventures/", directory.VentureListView.as_view(), name="venture_list"),
    path("ventures/<slug:slug>/", ventures.VentureDetailView.as_view(), name="venture_detail"),
    path("areas/<slug:slug>/", ventures.AreaDetailView.as_view(), name="area_detail"),
    path("feeds/ventures/", feeds.NewVenturesFeed(), name="venture_feed"),
]
