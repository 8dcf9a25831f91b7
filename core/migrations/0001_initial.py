# The audit trail and the outbox, moved here from the registry app with their tables and rows:
# the models are added to core's state only (their tables already exist, created by registry's
# migrations), and their content types move from "registry" to "core", so the permissions that
# point at them (and the groups holding those permissions) carry over.

import django.db.models.deletion
import django.utils.timezone
from django.conf import settings
from django.db import migrations, models


MODELS = ("auditentry", "outboundemail")


def _rename(apps, from_app, to_app):
    ContentType = apps.get_model("contenttypes", "ContentType")
    for model in MODELS:
        # A database where both already exist (the app was migrated back and forth) keeps both.
        if not ContentType.objects.filter(app_label=to_app, model=model).exists():
            ContentType.objects.filter(app_label=from_app, model=model).update(app_label=to_app)


def move_content_types(apps, schema_editor):
    _rename(apps, "registry", "core")


def move_content_types_back(apps, schema_editor):
    _rename(apps, "core", "registry")


class Migration(migrations.Migration):

    initial = True

    dependencies = [
        ('contenttypes', '0002_remove_content_type_name'),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
        # The tables were created by the registry app's migrations, which this one takes over.
        ('registry', '0011_audit_and_outbox_move_to_core'),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name='OutboundEmail',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('key', models.CharField(max_length=200, unique=True, verbose_name='idempotency key')),
                        ('to', models.EmailField(max_length=254, verbose_name='to')),
                        ('subject', models.CharField(max_length=250, verbose_name='subject')),
                        ('body', models.TextField(verbose_name='body')),
                        ('created_at', models.DateTimeField(default=django.utils.timezone.now, verbose_name='created at')),
                        ('sent_at', models.DateTimeField(blank=True, null=True, verbose_name='sent at')),
                        ('attempts', models.PositiveSmallIntegerField(default=0, verbose_name='attempts')),
                        ('last_error', models.TextField(blank=True, verbose_name='last error')),
                    ],
                    options={
                        'verbose_name': 'outbound email',
                        'verbose_name_plural': 'outbound emails',
                        'db_table': 'registry_outboundemail',
                        'ordering': ['-created_at'],
                    },
                ),
                migrations.CreateModel(
                    name='AuditEntry',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('object_id', models.CharField(max_length=64, verbose_name='object id')),
                        ('action', models.CharField(max_length=60, verbose_name='action')),
                        ('from_status', models.CharField(blank=True, max_length=30, verbose_name='from')),
                        ('to_status', models.CharField(blank=True, max_length=30, verbose_name='to')),
                        ('reason', models.TextField(blank=True, verbose_name='reason')),
                        ('created_at', models.DateTimeField(db_index=True, default=django.utils.timezone.now, verbose_name='time')),
                        ('actor', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to=settings.AUTH_USER_MODEL, verbose_name='actor')),
                        ('content_type', models.ForeignKey(on_delete=django.db.models.deletion.PROTECT, to='contenttypes.contenttype', verbose_name='object type')),
                    ],
                    options={
                        'verbose_name': 'audit entry',
                        'verbose_name_plural': 'audit history',
                        'db_table': 'registry_auditentry',
                        'ordering': ['created_at', 'pk'],
                        'indexes': [models.Index(fields=['content_type', 'object_id', 'created_at'], name='registry_au_content_e50625_idx')],
                    },
                ),
            ],
            database_operations=[],
        ),
        migrations.RunPython(move_content_types, move_content_types_back),
    ]
