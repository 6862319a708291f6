"""The attribution sieves, one module per family, and their registry."""
