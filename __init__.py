"""sitgraph: situation reports about armed conflict in, a knowledge graph of actors and events out."""

__version__ = "0.1.0"
