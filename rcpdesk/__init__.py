"""rcpdesk: an offline reference for delegates to the Regional Consultative Processes on migration."""

__version__ = "0.1.0"
