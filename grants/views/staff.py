"""Staff pages outside the model admins: the grants dashboard (headline figures and breakdowns)."""

from django.contrib import admin
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _

from ..selectors import stats


def dashboard(request: HttpRequest) -> TemplateResponse:
    """Projects approved, THB granted, disbursed and leveraged, and the leverage ratio, by group.

    Mounted inside the admin site's login (`admin.site.admin_view`) at /admin/grants/dashboard/.
    """
    if not request.user.has_perm("grants.view_award"):
        raise PermissionDenied
    context = {
        **admin.site.each_context(request),
        "title": _("Grants dashboard"),
        "dashboard": stats.dashboard(),
    }
    return TemplateResponse(request, "admin/grants/dashboard.html", context)
