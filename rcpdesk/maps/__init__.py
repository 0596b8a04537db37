"""The coverage map and the founding timeline: geometry, scenes, and their SVG, PNG and PDF output."""
