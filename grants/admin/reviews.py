"""Reviews in the admin: a reviewer's scores, the score form, and the approvals given."""

from typing import Any

from django.contrib import admin
from django.db.models import BooleanField, Case, QuerySet, Value, When
from django.http import Http404, HttpRequest, HttpResponse
from django.urls import URLPattern, path, reverse
from django.utils.html import format_html
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from core.admin.decisions import change_url, posted, service_form_view
from core.admin.mixins import ReadOnlyAdminMixin, ReadOnlyInline

from .. import services
from ..models import (
    ApprovalVote,
    Review,
    ReviewScore,
)
from .forms import (
    ReviewScoreForm,
)


class ReviewScoreInline(ReadOnlyInline):
    model = ReviewScore
    fields = ("criterion", "score")

    def get_queryset(self, request: HttpRequest) -> QuerySet[ReviewScore]:
        return super().get_queryset(request).select_related("criterion")


class MyReviewsFilter(admin.SimpleListFilter):
    title = _("assigned to")
    parameter_name = "mine"

    def lookups(self, request: HttpRequest, model_admin: Any) -> list[tuple[str, str]]:
        return [("1", gettext("me")), ("todo", gettext("me, not yet submitted"))]

    def queryset(self, request: HttpRequest, queryset: QuerySet[Any]) -> QuerySet[Any]:
        if self.value() == "1":
            return queryset.filter(reviewer_id=request.user.pk)
        if self.value() == "todo":
            return queryset.filter(reviewer_id=request.user.pk, submitted_at__isnull=True)
        return queryset


@admin.register(Review)
class ReviewAdmin(ReadOnlyAdminMixin, admin.ModelAdmin):
    """Reviews are assigned and submitted through the services (conflict-of-interest checks).

    The assigned reviewer scores through the "score" page; nobody edits a review here.
    """

    list_display = ("application", "reviewer", "recommendation", "assigned_at", "submitted_at", "score_link")
    list_filter = (MyReviewsFilter, "recommendation", ("submitted_at", admin.EmptyFieldListFilter))
    search_fields = ("application__title", "=reviewer__email", "application__venture__name_th")
    date_hierarchy = "assigned_at"
    list_select_related = ("application__venture", "reviewer")
    ordering = ("-assigned_at", "-pk")
    fields = ("application", "reviewer", "recommendation", "comment", "assigned_at", "submitted_at")
    inlines = (ReviewScoreInline,)

    @admin.display(description=_("score it"))
    def score_link(self, obj: Review) -> str:
        if not getattr(obj, "is_mine", False):
            return ""
        return format_html('<a href="{}">{}</a>', reverse("admin:grants_review_score", args=[obj.pk]), gettext("Score"))

    def get_queryset(self, request: HttpRequest) -> QuerySet[Review]:
        # Whether the row is the viewing reviewer's own, computed in the query (the admin is shared).
        mine = Case(
            When(reviewer_id=request.user.pk, then=Value(True)), default=Value(False), output_field=BooleanField()
        )
        return super().get_queryset(request).annotate(is_mine=mine)

    def get_urls(self) -> list[URLPattern]:
        return [
            path(
                "<path:object_id>/score/",
                self.admin_site.admin_view(self.score_view),
                name="grants_review_score",
            ),
            *super().get_urls(),
        ]

    def score_view(self, request: HttpRequest, object_id: str) -> HttpResponse:
        review = self.get_object(request, object_id)
        if review is None:
            raise Http404
        form = ReviewScoreForm(posted(request), review=review)

        def run(data: dict[str, Any]) -> str:
            services.review_submit(
                review=review,
                by=request.user,
                scores=form.scores(),
                recommendation=data["recommendation"],
                comment=data["comment"],
            )
            return gettext("Your review is saved.")

        application = review.application
        return service_form_view(
            request,
            model_admin=self,
            obj=review,
            form=form,
            title=gettext("Score the application"),
            intro=gettext("%(title)s · %(venture)s. Score every criterion of the call, then recommend.")
            % {"title": application.title, "venture": application.venture},
            submit_label=gettext("Save the review"),
            run=run,
            success_url=change_url(application),
        )


@admin.register(ReviewScore)
class ReviewScoreAdmin(ReadOnlyAdminMixin, admin.ModelAdmin):
    list_display = ("review", "criterion", "score")
    search_fields = ("review__application__title", "=review__reviewer__email")
    list_select_related = ("review__application__venture", "review__reviewer", "criterion")
    ordering = ("-pk",)


@admin.register(ApprovalVote)
class ApprovalVoteAdmin(ReadOnlyAdminMixin, admin.ModelAdmin):
    """An approver's vote is cast by `application_approve` (four-eyes rule): view only."""

    list_display = ("application", "approver", "amount", "created_at")
    search_fields = ("application__title", "=approver__email")
    date_hierarchy = "created_at"
    list_select_related = ("application__venture", "approver")
    ordering = ("-created_at", "-pk")
