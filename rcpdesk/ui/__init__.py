"""The Qt interface: the main window, its panels, models, widgets and dialogs."""
