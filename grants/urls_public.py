"""The public grants pages, mounted at /<lang>/grants/ (namespace `public_grants`)."""

from django.urls import path

from .views import public

app_name = "public_grants"

urlpatterns = [
    path("", public.GrantListView.as_view(), name="grant_list"),
]
