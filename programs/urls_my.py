"""A venture team's impact results, mounted at /<lang>/my/ventures/<pk>/results/ (namespace `results`)."""

from django.urls import path

from . import views_my

app_name = "results"

urlpatterns = [
    path("", views_my.ResultsView.as_view(), name="page"),
]
