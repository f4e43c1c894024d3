"""The commands of the `sitgraph` command line, one module per area (see `sitgraph.cli`)."""
