"""The entrepreneur's applications, mounted at /<lang>/my/applications/ (namespace `grants`)."""

from django.urls import path

from .views import applicant

app_name = "grants"

urlpatterns = [
    path("", applicant.MyApplicationsView.as_view(), name="my_applications"),
    path("apply/<slug:call_slug>/", applicant.ApplyView.as_view(), name="apply"),
    path("<int:pk>/", applicant.ApplicationDetailView.as_view(), name="application_detail"),
    path("<int:pk>/edit/", applicant.ApplicationEditView.as_view(), name="application_edit"),
    path("<int:pk>/submit/", applicant.ApplicationSubmitView.as_view(), name="application_submit"),
    path("<int:pk>/withdraw/", applicant.ApplicationWithdrawView.as_view(), name="application_withdraw"),
]
