// Commands placeholder.
