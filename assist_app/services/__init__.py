"""Services: the operations the GUI and the command line perform, in plain Python."""
