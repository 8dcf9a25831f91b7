# AuditEntry and OutboundEmail moved to the core app. Their tables stay as they are (core's models
# keep db_table = "registry_auditentry" / "registry_outboundemail"): this migration only forgets
# them from the registry app's state; core 0001 takes them over and renames their content types.

from django.db import migrations


class Migration(migrations.Migration):

    dependencies = [
        ('registry', '0010_venture_published_facets_index'),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.RemoveField(
                    model_name='auditentry',
                    name='actor',
                ),
                migrations.RemoveField(
                    model_name='auditentry',
                    name='content_type',
                ),
                migrations.DeleteModel(
                    name='OutboundEmail',
                ),
                migrations.DeleteModel(
                    name='AuditEntry',
                ),
            ],
            database_operations=[],
        ),
    ]
