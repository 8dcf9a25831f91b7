"""A venture's owner is `Venture.owner` only: the "owner" role of a membership goes.

Nothing but the demo data ever wrote that role (always for the venture's own owner, a copy of
`Venture.owner`). Forward, such memberships become editors; backward, the membership of a
venture's owner is an "owner" again (the services never give the current owner a membership).
"""

from django.db import migrations, models
from django.db.models import F


def owners_become_editors(apps, schema_editor):
    VentureMembership = apps.get_model("registry", "VentureMembership")
    VentureMembership.objects.filter(role="owner").update(role="editor")


def owners_memberships_become_owners(apps, schema_editor):
    VentureMembership = apps.get_model("registry", "VentureMembership")
    VentureMembership.objects.filter(user_id=F("venture__owner_id")).update(role="owner")


class Migration(migrations.Migration):
    dependencies = [
        ("registry", "0014_browse_facet_counts"),
    ]

    operations = [
        migrations.RunPython(owners_become_editors, owners_memberships_become_owners),
        migrations.AlterField(
            model_name="venturemembership",
            name="role",
            field=models.CharField(
                choices=[("editor", "Editor")], default="editor", max_length=10, verbose_name="role"
            ),
        ),
    ]
