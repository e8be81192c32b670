"""Relation finders, one module per relation kind; each exposes `find(analysis) -> list[Fact]`."""
