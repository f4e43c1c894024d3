"""The figure readers of :mod:`numbers` kept in modules of their own (one victim told by a
role, people named without a count, the wounded by their care, a part of the dead told alone,
the dead counted by who buried them), gathered in the order
:func:`numbers.find_casualties` runs them after its own. Importing it costs the compiling of
their patterns, once."""

from __future__ import annotations

from sitgraph.loaders.extract.lone_victims import role_figures
from sitgraph.loaders.extract.toll_body_found import attacker_bodies_figures, body_found_figures
from sitgraph.loaders.extract.toll_burials import buried_figures
from sitgraph.loaders.extract.toll_care import care_figures
from sitgraph.loaders.extract.toll_counted import counted_attackers_figures, one_named_person_figures
from sitgraph.loaders.extract.toll_included import included_figures
from sitgraph.loaders.extract.toll_named import named_figures
from sitgraph.loaders.extract.toll_person_lists import person_list_figures
from sitgraph.loaders.extract.toll_put_at import put_at_figures
from sitgraph.loaders.extract.toll_selves import selves_and_figures
from sitgraph.loaders.extract.toll_whose import whose_parts
from sitgraph.loaders.extract.toll_zero_forms import zero_form_figures

EXTRA_READERS = (role_figures, care_figures, included_figures, counted_attackers_figures,
                 one_named_person_figures, named_figures, put_at_figures, selves_and_figures,
                 person_list_figures, zero_form_figures, body_found_figures, attacker_bodies_figures,
                 buried_figures)
__all__ = ["EXTRA_READERS", "whose_parts"]  # whose_parts rewrites what the readers found
