"""Small reusable widgets and item delegates of the rcpdesk interface."""
