"""Plain helpers the test modules share: builders of test data, clients, parsers, the real worker
process. Fixtures live in conftest.py files (tests/conftest.py for the whole suite); a test module
never imports another test module or a conftest."""
