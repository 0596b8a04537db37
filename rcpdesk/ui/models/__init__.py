"""Qt models of the rcpdesk interface."""
