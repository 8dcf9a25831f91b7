"""People in the admin: accounts, entrepreneurs' profiles and their consent records."""

from typing import Any

from django.contrib import admin
from django.contrib.auth.admin import UserAdmin as DjangoUserAdmin
from django.contrib.auth.forms import AdminUserCreationForm, UserChangeForm
from django.core.exceptions import ValidationError
from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _

from core.admin.mixins import BIG_TABLE_PAGE, ReadOnlyAdminMixin, ReadOnlyInline

from ..models import (
    ConsentRecord,
    Entrepreneur,
    User,
)

# --- People ------------------------------------------------------------------------------------


class UserCreationForm(AdminUserCreationForm):
    """The admin's add-user form: email instead of username."""

    class Meta:
        model = User
        fields = ("email", "full_name", "preferred_language")

    def clean_email(self) -> str:
        # Stored lower-cased like UserManager does, so log-in (case-insensitive) finds one user.
        email = User.objects.normalize_email(self.cleaned_data["email"]).lower()
        if User.objects.filter(email__iexact=email).exists():
            raise ValidationError(self.instance.unique_error_message(User, ["email"]))
        return email


class UserEditForm(UserChangeForm):
    """The admin's change-user form for the email-based user model."""

    class Meta:
        model = User
        fields = (
            "email",
            "password",
            "full_name",
            "preferred_language",
            "is_active",
            "is_staff",
            "is_superuser",
            "groups",
            "user_permissions",
            "email_verified_at",
        )

    def clean_email(self) -> str:
        email = User.objects.normalize_email(self.cleaned_data["email"]).lower()
        if User.objects.filter(email__iexact=email).exclude(pk=self.instance.pk).exists():
            raise ValidationError(self.instance.unique_error_message(User, ["email"]))
        return email


class EntrepreneurInline(admin.StackedInline):
    model = Entrepreneur
    extra = 0
    max_num = 1
    can_delete = False
    fields = ("name_th", "name_en", "phone", "date_of_birth", "age_band")
    verbose_name_plural = _("entrepreneur profile")


class ConsentRecordInline(ReadOnlyInline):
    model = ConsentRecord
    fields = ("purpose", "venture", "text_version", "given_at", "withdrawn_at")


@admin.register(User)
class UserAdmin(DjangoUserAdmin):
    form = UserEditForm
    add_form = UserCreationForm
    fieldsets = (
        (None, {"fields": ("email", "password")}),
        (_("Personal info"), {"fields": ("full_name", "preferred_language")}),
        (
            _("Permissions"),
            {"fields": ("is_active", "is_staff", "is_superuser", "groups", "user_permissions")},
        ),
        (_("Important dates"), {"fields": ("last_login", "date_joined", "email_verified_at", "erased_at")}),
    )
    add_fieldsets = (
        (
            None,
            {
                "classes": ("wide",),
                "fields": ("email", "full_name", "preferred_language", "usable_password", "password1", "password2"),
            },
        ),
    )
    readonly_fields = ("last_login", "date_joined", "erased_at")
    list_display = ("email", "full_name", "is_staff", "is_active", "email_verified_at", "date_joined", "last_login")
    list_filter = ("is_staff", "is_superuser", "is_active", "groups", "preferred_language")
    search_fields = ("email", "full_name")
    ordering = ("email",)
    date_hierarchy = "date_joined"
    show_full_result_count = False
    list_per_page = BIG_TABLE_PAGE
    inlines = (EntrepreneurInline, ConsentRecordInline)

    def get_inlines(self, request: HttpRequest, obj: Any) -> Any:
        # The add page only creates the account; profile and consents belong to an existing user.
        return self.inlines if obj is not None else ()


@admin.register(Entrepreneur)
class EntrepreneurAdmin(admin.ModelAdmin):
    list_display = ("__str__", "user", "name_th", "name_en", "phone", "age_band", "created_at")
    list_filter = ("age_band",)
    search_fields = ("name_th", "name_en", "=user__email", "=phone")
    date_hierarchy = "created_at"
    list_select_related = ("user",)
    autocomplete_fields = ("user",)
    readonly_fields = ("created_at", "updated_at")
    ordering = ("-pk",)
    show_full_result_count = False
    list_per_page = BIG_TABLE_PAGE


@admin.register(ConsentRecord)
class ConsentRecordAdmin(ReadOnlyAdminMixin, admin.ModelAdmin):
    """Evidence of consent under the PDPA: recorded by the sign-up and privacy pages, never edited."""

    list_display = ("user", "purpose", "venture", "text_version", "given_at", "withdrawn_at")
    list_filter = ("purpose", "text_version", ("withdrawn_at", admin.EmptyFieldListFilter))
    search_fields = ("=user__email",)
    date_hierarchy = "given_at"
    list_select_related = ("user",)
    ordering = ("-given_at", "-pk")
    show_full_result_count = False
    list_per_page = BIG_TABLE_PAGE
