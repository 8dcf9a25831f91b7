"""Demo data for local use: the demo accounts, the venture templates and the seeder (`seed_demo`)."""
