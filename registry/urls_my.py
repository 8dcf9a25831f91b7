from django.urls import path

from .views import my, my_data, my_team

app_name = "my"

urlpatterns = [
    path("", my.DashboardView.as_view(), name="dashboard"),
    path("ventures/new/", my.VentureCreateView.as_view(), name="venture_create"),
    path("ventures/<int:pk>/", my.VentureDetailView.as_view(), name="venture_detail"),
    path("ventures/<int:pk>/edit/", my.VentureEditView.as_view(), name="venture_edit"),
    path("ventures/<int:pk>/submit/", my.VentureSubmitView.as_view(), name="venture_submit"),
    path("ventures/<int:pk>/withdraw/", my.VentureWithdrawView.as_view(), name="venture_withdraw"),
    path("ventures/<int:pk>/reopen/", my.VentureReopenView.as_view(), name="venture_reopen"),
    path("ventures/<int:pk>/delete/", my.VentureDeleteView.as_view(), name="venture_delete"),
    path("ventures/<int:pk>/contact/hide/", my.HideContactView.as_view(), name="venture_hide_contact"),
    path("ventures/<int:pk>/changes/submit/", my.RevisionSubmitView.as_view(), name="revision_submit"),
    path("ventures/<int:pk>/changes/withdraw/", my.RevisionWithdrawView.as_view(), name="revision_withdraw"),
    path("ventures/<int:pk>/changes/discard/", my.RevisionDiscardView.as_view(), name="revision_discard"),
    path("ventures/<int:pk>/team/", my_team.TeamView.as_view(), name="team"),
    path("ventures/<int:pk>/team/<int:member_pk>/remove/", my_team.RemoveMemberView.as_view(), name="member_remove"),
    path(
        "ventures/<int:pk>/invitations/<int:invitation_pk>/cancel/",
        my_team.RevokeInvitationView.as_view(),
        name="invitation_revoke",
    ),
    path("ventures/<int:pk>/transfer/", my_team.TransferView.as_view(), name="venture_transfer"),
    path("invitations/<str:token>/", my_team.InvitationView.as_view(), name="invitation"),
    path("data/", my_data.MyDataView.as_view(), name="data"),
    path("data/export/", my_data.ExportView.as_view(), name="data_export"),
    path("data/consents/<str:purpose>/", my_data.ConsentView.as_view(), name="consent"),
    path("data/erase/", my_data.EraseView.as_view(), name="erase"),
]
