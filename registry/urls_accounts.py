from django.urls import path

from .views import accounts

app_name = "accounts"

urlpatterns = [
    path("signup/", accounts.SignUpView.as_view(), name="signup"),
    path("signup/done/", accounts.SignUpDoneView.as_view(), name="signup_done"),
    path("verify/<uidb64>/<token>/", accounts.VerifyEmailView.as_view(), name="verify_email"),
    path("verify/resend/", accounts.ResendVerificationView.as_view(), name="resend_verification"),
    path("login/", accounts.LoginView.as_view(), name="login"),
    path("logout/", accounts.LogoutView.as_view(), name="logout"),
    path("password/reset/", accounts.PasswordResetView.as_view(), name="password_reset"),
    path("password/reset/sent/", accounts.PasswordResetDoneView.as_view(), name="password_reset_done"),
    path(
        "password/reset/<uidb64>/<token>/", accounts.PasswordResetConfirmView.as_view(), name="password_reset_confirm"
    ),
    path("password/reset/done/", accounts.PasswordResetCompleteView.as_view(), name="password_reset_complete"),
    path("password/change/", accounts.PasswordChangeView.as_view(), name="password_change"),
    path("password/change/done/", accounts.PasswordChangeDoneView.as_view(), name="password_change_done"),
]
