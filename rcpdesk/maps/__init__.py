"""The coverage map and the founding timeline: geometry, scenes, and SVG, PNG and PDF output."""
