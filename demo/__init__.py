"""Demo data for local use: the demo accounts, the venture templates and the seeder (`seed_demo`).

Not installed in production (config.settings.production): it sits above every other app and
needs Faker, an optional dependency (the `demo` extra, installed by `make run`)."""
