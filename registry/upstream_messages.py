"""Django's own messages that our Thai pages show but Django ships untranslated (or mistranslated) in Thai.

Django's Thai catalogue has no text for the password rules and errors (sign-up, password reset
and change pages) and for a few admin labels, so a Thai page showed them in English. Listing the
exact msgids here lets `makemessages` keep them in `locale/th/`, whose translations take
precedence over Django's (LOCALE_PATHS). Nothing imports this module: it exists to be extracted.
Keep each msgid character for character as in Django (curly apostrophes included).
"""

from django.utils.translation import gettext_noop, ngettext_lazy

PASSWORD_MESSAGES = (
    # django.contrib.auth.password_validation: help texts, then errors.
    gettext_noop("Your password can’t be too similar to your other personal information."),
    ngettext_lazy(
        "Your password must contain at least %(min_length)d character.",
        "Your password must contain at least %(min_length)d characters.",
        "min_length",
    ),
    gettext_noop("Your password can’t be a commonly used password."),
    gettext_noop("Your password can’t be entirely numeric."),
    gettext_noop("The password is too similar to the %(verbose_name)s."),
    ngettext_lazy(
        "This password is too short. It must contain at least %d character.",
        "This password is too short. It must contain at least %d characters.",
        "min_length",
    ),
    gettext_noop("This password is too common."),
    gettext_noop("This password is entirely numeric."),
    # django.contrib.auth.forms
    gettext_noop("Enter the same password as before, for verification."),
    gettext_noop("The two password fields didn’t match."),
)

FORM_MESSAGES = (
    # django.forms / django.core.validators: Django's Thai says "ฟิลด์นี้จำเป็น" (jargon) and has
    # no text for the length limits.
    gettext_noop("This field is required."),
    ngettext_lazy(
        "Ensure this value has at least %(limit_value)d character (it has %(show_value)d).",
        "Ensure this value has at least %(limit_value)d characters (it has %(show_value)d).",
        "limit_value",
    ),
    ngettext_lazy(
        "Ensure this value has at most %(limit_value)d character (it has %(show_value)d).",
        "Ensure this value has at most %(limit_value)d characters (it has %(show_value)d).",
        "limit_value",
    ),
)

ADMIN_MESSAGES = (
    # django.contrib.admin templates and filters that staff meet on everyday pages.
    gettext_noop("Error:"),
    gettext_noop("Breadcrumbs"),
    gettext_noop("Toggle navigation"),
    gettext_noop("Start typing to filter…"),
    gettext_noop("Filter navigation items"),
    gettext_noop("Toggle theme (current theme: auto)"),
    gettext_noop("Toggle theme (current theme: light)"),
    gettext_noop("Toggle theme (current theme: dark)"),
    gettext_noop("Model name"),
    gettext_noop("Add link"),
    gettext_noop("Change or view list link"),
    gettext_noop("Show counts"),
    gettext_noop("Hide counts"),
    gettext_noop("Clear all filters"),
    gettext_noop("Empty"),
    gettext_noop("Not empty"),
    gettext_noop("Yes, I’m sure"),
    # Translated wrongly by Django: "ไม่ว่าง" (= busy) and "ดู:" (a stray colon on a link).
    gettext_noop("None available"),
    gettext_noop("View"),
)
