"""Hack families: each module exports ``FAMILIES``, a list of :class:`redteam.probes.Family`."""

from __future__ import annotations

from redteam.families import bombs, equality, examples, exits, fences, forging, peeking, sabotage, shadowing
from redteam.probes import Family

FAMILIES: list[Family] = [
    *shadowing.FAMILIES,
    *exits.FAMILIES,
    *equality.FAMILIES,
    *peeking.FAMILIES,
    *forging.FAMILIES,
    *fences.FAMILIES,
    *bombs.FAMILIES,
    *sabotage.FAMILIES,
    *examples.FAMILIES,
]
