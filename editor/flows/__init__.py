"""Work that combines io and assist for both the command line and the window (no Qt)."""
