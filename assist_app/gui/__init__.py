"""The Qt layer: windows, pages and dialogs over the core services. Only this package imports Qt."""
