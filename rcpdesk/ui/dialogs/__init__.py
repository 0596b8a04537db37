"""Dialogs of the rcpdesk interface."""
