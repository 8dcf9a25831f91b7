from django.urls import path

from .views import public

app_name = "registry"

urlpatterns = [
    path("", public.HomeView.as_view(), name="home"),
]
