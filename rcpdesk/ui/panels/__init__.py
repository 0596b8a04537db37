"""Qt panels of the rcpdesk interface."""
