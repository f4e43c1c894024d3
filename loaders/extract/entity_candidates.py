"""The entity candidates of one report: every source's candidates gathered
(:func:`entity_candidates`: dictionary actors, places, facilities, persons, bodies, forces,
…), then kept (:func:`kept_candidates`): overlaps resolved, name parts dropped, and
candidates regrouped under the entity they name (:mod:`actor_regrouping`) with their short
forms (:mod:`short_forms`). :mod:`entities` makes the entities of what is kept.

Functions over :class:`mentions.Cand` lists and the text; no I/O. Cost: a few regex scans of
the text per source, linear passes over the candidates.
"""

from __future__ import annotations

from typing import Any

from sitgraph.loaders.extract.acronym_groups import acronym_group_cands
from sitgraph.loaders.extract.act_name_facilities import act_name_facilities
from sitgraph.loaders.extract.acting_bodies import acting_body_cands
from sitgraph.loaders.extract.actor_regrouping import (
    appositive_names,
    bracketed_forms,
    generic_to_named,
    group_of_named,
    person_named_as_place,
)
from sitgraph.loaders.extract.actors import ActorDictionary
from sitgraph.loaders.extract.admin_places import (
    admin_list_cands,
    admin_word_cands,
    apposed_place_cands,
    peoples_before_admin,
    possessed_place_cands,
)
from sitgraph.loaders.extract.agency_terrorists import terrorists_to_named
from sitgraph.loaders.extract.alias_names import other_names
from sitgraph.loaders.extract.article_generics import article_generics
from sitgraph.loaders.extract.bare_ministries import bare_ministries_joined
from sitgraph.loaders.extract.blamed_forces import blamed_force_cands
from sitgraph.loaders.extract.bodies import body_cands, speaking_bodies_not_facilities
from sitgraph.loaders.extract.chain_facilities import chain_facilities_apart
from sitgraph.loaders.extract.clashing_bodies import clashing_body_cands
from sitgraph.loaders.extract.dateline_agencies import without_agency_places
from sitgraph.loaders.extract.defined_vehicles import defined_vehicle_cands
from sitgraph.loaders.extract.described_facilities import named_then_described
from sitgraph.loaders.extract.entity_forms import (
    generic_qualifiers,
    not_places_in_compounds,
    people_words_not_persons,
    plural_nouns_not_persons,
    possessive_roles,
)
from sitgraph.loaders.extract.entry_sides import within_entries
from sitgraph.loaders.extract.ethnic_groups import ethnic_group_cands, faith_side_cands
from sitgraph.loaders.extract.facility_forms import (
    appositive_facilities,
    compound_facility_names,
    contrasted_facilities,
    drop_care_idioms,
    drop_role_compounds,
    drop_unnamed_plurals,
    drop_verb_heads,
    facility_of_place,
    headline_place_facilities,
    of_place_spans,
)
from sitgraph.loaders.extract.facility_name_tails import facility_name_tails
from sitgraph.loaders.extract.facility_places import named_facility_of_place
from sitgraph.loaders.extract.facility_variants import facility_variants, headline_head_short_forms
from sitgraph.loaders.extract.forces import state_force_cands, victim_force_cands
from sitgraph.loaders.extract.frame_states import demonym_forces_as_states, frame_state
from sitgraph.loaders.extract.fronted_forces import fronted_force_cands
from sitgraph.loaders.extract.fronted_places import fronted_place_cands
from sitgraph.loaders.extract.function_bodies import function_body_cands
from sitgraph.loaders.extract.generic_sides import counted_group_plurals
from sitgraph.loaders.extract.group_names import group_name_cands
from sitgraph.loaders.extract.group_premodifiers import named_member_cands
from sitgraph.loaders.extract.headline_facilities import headline_lead_facilities
from sitgraph.loaders.extract.identified import identified_generics
from sitgraph.loaders.extract.infobox_labels import without_box_labels
from sitgraph.loaders.extract.item_labels import without_item_labels
from sitgraph.loaders.extract.item_states import item_state_forces
from sitgraph.loaders.extract.local_bodies import local_body_cands
from sitgraph.loaders.extract.locative_names import entry_head_places, locative_slot_places, premodifying_places
from sitgraph.loaders.extract.media_sources import unnamed_media_cands
from sitgraph.loaders.extract.member_names import members_after_group
from sitgraph.loaders.extract.mentions import (
    Cand,
    actor_cands,
    choose,
    headline_spans,
    ministry_cands,
    modified_facility_cands,
    pattern_cands,
    person_org_cands,
    qualified_militia_cands,
)
from sitgraph.loaders.extract.monitor_bodies import (
    monitor_bodies_not_facilities,
    monitor_short_forms,
    umbrella_forms_joined,
)
from sitgraph.loaders.extract.name_compounds import (
    drop_based_places,
    drop_donor_demonyms,
    full_names_before_brackets,
)
from sitgraph.loaders.extract.national_forces import army_with_its_state
from sitgraph.loaders.extract.national_societies import bare_red_cross_society, national_society_cands
from sitgraph.loaders.extract.not_places import not_places
from sitgraph.loaders.extract.numbered_units import numbered_unit_forms
from sitgraph.loaders.extract.of_named_bodies import not_places_in_body_names
from sitgraph.loaders.extract.office_fields import office_holder_cands, without_office_labels
from sitgraph.loaders.extract.paragraph_names import within_paragraphs
from sitgraph.loaders.extract.particle_names import and_joined_places, particle_joined_places
from sitgraph.loaders.extract.party_groups import party_group_cands
from sitgraph.loaders.extract.person_places import located_persons
from sitgraph.loaders.extract.place_chains import line_chain_cands
from sitgraph.loaders.extract.place_offices import place_body_cands, place_office_cands, place_office_short_forms
from sitgraph.loaders.extract.placeless_names import placeless_names
from sitgraph.loaders.extract.places import person_words_not_places, place_cands
from sitgraph.loaders.extract.publisher_names import publisher_cands, within_publishers
from sitgraph.loaders.extract.report_country import (
    country_state,
    report_country,
    unnamed_forces_as_state,
)
from sitgraph.loaders.extract.route_facilities import drop_unnamed_roads
from sitgraph.loaders.extract.rules import agreements, places, rule
from sitgraph.loaders.extract.sentence_first_words import sentence_first_words
from sitgraph.loaders.extract.service_arms import service_arm_cands
from sitgraph.loaders.extract.short_forms import resolve_short_forms
from sitgraph.loaders.extract.slot_places import slot_persons
from sitgraph.loaders.extract.spans import Cover
from sitgraph.loaders.extract.speakers import join_named, role_of_named, role_of_state, role_speaker_cands
from sitgraph.loaders.extract.speaking_capitals import speaking_capitals
from sitgraph.loaders.extract.stance_states import stance_state_cands
from sitgraph.loaders.extract.teller_offices import teller_offices_apart
from sitgraph.loaders.extract.title_spans import title_spans
from sitgraph.loaders.extract.titled_persons import titled_person_cands
from sitgraph.loaders.extract.titled_roles import titled_roles
from sitgraph.loaders.extract.umbrella_missions import umbrella_as_mission
from sitgraph.loaders.extract.unit_short_forms import owned_unit_short_forms
from sitgraph.loaders.extract.unnamed_coalitions import coalition_cands, join_named_coalition
from sitgraph.loaders.extract.unnamed_speakers import unnamed_speakers_as_state
from sitgraph.loaders.extract.wing_names import wing_cands


def entity_candidates(text: str, doc: Any, actors: ActorDictionary, gaz: Any) -> list[Cand]:
    """Every source's candidates, before overlaps are resolved."""
    heads = headline_spans(text)
    cands = pattern_cands(text, actors, heads) + actor_cands(text, actors, gaz) + place_cands(text, doc, gaz)
    cands += person_org_cands(text, doc) + ministry_cands(text) + role_speaker_cands(text)
    cands += state_force_cands(text) + victim_force_cands(text) + qualified_militia_cands(text, actors)
    cands += blamed_force_cands(text)  # "Residents blamed the security forces": the state blamed
    cands += fronted_force_cands(text)  # "On 9 September soldiers raided": acting past a fronted day
    cands += service_arm_cands(text)  # "a government warplane bombed": the state's arms
    cands += acting_body_cands(text) + unnamed_media_cands(text, actors) + fronted_place_cands(text, actors, gaz)
    cands += clashing_body_cands(text)  # "local vigilantes clashed with the gunmen": a side of the clash
    cands += coalition_cands(text) + ethnic_group_cands(text, actors) + faith_side_cands(text, actors)
    cands += defined_vehicle_cands(text)
    cands += function_body_cands(text)  # "according to the district health office": a body by its job
    cands += modified_facility_cands(text, doc, actors, heads) + body_cands(text, actors, heads)
    cands = located_persons(cands + group_name_cands(text, actors, heads), text, doc, actors, gaz)
    cands = slot_persons(cands, text, doc, actors, gaz)
    cands = premodifying_places(locative_slot_places(cands, text, doc, actors, gaz), text, doc, actors, gaz)
    cands += titled_person_cands(text) + local_body_cands(text, actors) + place_body_cands(text, actors)
    cands += office_holder_cands(text)  # "President: Goodluck Jonathan": an incumbents line's person
    cands += entry_head_places(text, actors, gaz)  # a timeline entry's heading names its places
    cands += admin_word_cands(text, gaz) + possessed_place_cands(text, gaz) + admin_list_cands(text, gaz)
    cands += apposed_place_cands(text, gaz) + named_member_cands(text, gaz) + line_chain_cands(text, gaz)
    cands = peoples_before_admin(cands, text, gaz)  # "the Sunni and Alawite districts": no places
    cands += acronym_group_cands(text, actors, heads)  # "UNITA fighters": a group no dictionary lists
    cands += wing_cands(text, actors)  # "its Al-Faran wing", "the FARC's X Column": a wing of its own
    cands += party_group_cands(text, actors, heads)  # "fighters of the X Party (Maoist)", "Maoist guerrillas"
    cands += national_society_cands(text, actors)  # "the Kenya Red Cross": not the ICRC
    cands += place_office_cands(text)  # "the Dorivka regional prosecutor's office": an office of its own
    cands += publisher_cands(text)  # "..., the X Rights Network said today": the report's publisher
    cands = and_joined_places(particle_joined_places(cands, text, gaz), text, gaz)
    cands += stance_state_cands(cands, text)  # "Tanzania asked ...": the state
    cands = speaking_capitals(cands, text, actors)  # "Baku denied ...": the state
    in_heads = Cover(heads)
    cands = compound_facility_names([c for c in cands if not (c.rank >= 4 and in_heads.covers(c.start))], doc, text)
    cands = contrasted_facilities(named_facility_of_place(facility_of_place(not_places(cands, text), text), text), text)
    cands = appositive_facilities(drop_role_compounds(not_places_in_compounds(cands, text), text), text)
    cands = drop_care_idioms(cands, text)  # "died in hospital": the idiom of care, no facility
    cands = named_then_described(cands, text)  # "Kele-Numaz, a synagogue": one facility
    cands = act_name_facilities(headline_place_facilities(cands, heads, text), text)
    cands = within_publishers(cands, text)  # "the X Rights Initiative said today": no agreement
    cands = drop_unnamed_plurals(drop_verb_heads(drop_unnamed_roads(not_in_actor_names(cands), text), doc), text)
    cands = facility_name_tails(cands, text)  # "City Hospital No. 2" in full; "Port Sudan" opens no facility
    cands = plural_nouns_not_persons(teller_offices_apart(speaking_bodies_not_facilities(cands, text), text), doc)
    cands = people_words_not_persons(cands)  # "the Alawite hilltop district": no person
    cands = sentence_first_words(cands, text)  # "Rice prices have doubled": no person
    cands = umbrella_forms_joined(monitor_bodies_not_facilities(cands, text), text)  # "UN ..." / "United Nations ..."
    cands = monitor_short_forms(cands, text)  # "the Office has verified": the office named before
    cands = chain_facilities_apart(cands)  # a hotel opening an infobox's place chain is no place
    cands = without_box_labels(cands, text)  # an article box's field names are no persons or places
    cands = without_office_labels(cands, text)  # "Vice President: X": the office is no place
    cands = not_places_in_body_names(cands, text)  # "the Communist Party of Peru": no place
    cands = without_item_labels(cands, text)  # a roundup item's label ('Aid:', 'Niger:') names no actor
    cands = title_spans(cands, text)  # an office, an honorific or a credit line is no body or place
    cands = place_office_short_forms(cands)  # "the regional administration": the office named before
    return within_paragraphs(drop_donor_demonyms(drop_based_places(numbered_unit_forms(cands, text), text)))


@rule("facility.not-in-actor-name", "a facility or agreement head inside a dictionary actor's name is part "
      "of that name ('Government of National Accord' holds no accord)",
      pos=[("Forces of the Government of National Accord shelled Tarhuna.", ())],
      neg=[("The two sides signed an accord in Tarhuna.", ("accord",))],
      probe=agreements, off=lambda cands: cands)
def not_in_actor_names(cands: list[Cand]) -> list[Cand]:
    named = Cover((c.start, c.end) for c in cands if c.kind == "Actor" and c.rank == 1)
    return [c for c in cands if c.kind not in ("Facility", "Agreement") or not named.contains(
        c.start, c.end, strictly=True)]


def kept_candidates(text: str, cands: list[Cand], actors: ActorDictionary) -> list[Cand]:
    """The candidates kept, regrouped: overlaps resolved, groups and short forms joined."""
    cands = without_agency_places(cands, text)  # "Hama, SANA - ": the agency, no place
    kept = possessive_roles(role_of_named(drop_name_parts(choose(cands)), text), text)
    kept = person_named_as_place(generic_qualifiers(kept, text))
    kept = person_words_not_places(kept)
    kept = terrorists_to_named(identified_generics(group_of_named(kept, text), text), text)  # an agency's word
    kept = within_entries(kept, text, generic_to_named)
    kept = counted_group_plurals(kept, text)
    kept = within_entries(kept, text, lambda cs: article_generics(cs, text))  # a timeline's entries each apart
    kept = other_names(bracketed_forms(full_names_before_brackets(kept, text), text), text)  # 'X, known as Y'
    kept = bare_red_cross_society(kept, text)  # "the Red Cross" after "the Congolese Red Cross"
    kept = members_after_group(resolve_short_forms(facility_variants(kept, actors)), text)  # "BIFF gunmen"
    kept = owned_unit_short_forms(kept)  # "the UPDF's 2nd Division ... the 2nd Division"
    kept = placeless_names(kept)  # "the Kherson Regional Military Administration ... the Regional ..."
    kept = appositive_names(headline_head_short_forms(kept), text)
    kept = headline_lead_facilities(kept, text)  # "attack on Bamenda bus station": the lead's bus station
    kept = join_named_coalition(umbrella_as_mission(kept, text, actors), actors)
    kept = join_named(unnamed_forces_as_state(item_state_forces(kept, actors, text), actors), text)
    kept = titled_roles(kept, text)  # "the governor" after "Governor X" is X
    kept = demonym_forces_as_states(kept, actors, text)  # "Azerbaijani forces": the state the report names
    country = report_country(kept, actors)
    state = country_state(actors, country) or frame_state(kept, actors, country)
    kept = unnamed_speakers_as_state(role_of_state(kept, state), state, text, actors)
    kept = bare_ministries_joined(kept)  # "the ministry said": the ministry named in full
    # One party read as two: the army's acronym beside its name read as the state (national_forces.py).
    return army_with_its_state(kept, actors)


@rule("place.inside-facility-name", "a place-like word inside a facility name is part of the name unless "
      "spaCy, a country/province entry or the report's country make it a place",
      pos=[("Shelling hit al-Thawra hospital in Hodeidah, Yemen.", ("Hodeidah", "Yemen"))],
      neg=[("Shelling hit the Aleppo university hospital in Syria.", ("Aleppo", "Syria"))],
      probe=places, off=lambda cands: cands)
def drop_name_parts(cands: list[Cand]) -> list[Cand]:
    """A place written inside a facility name ("al-Thawra hospital", "Abu Shouk camp") is
    part of the name, not a place of its own, unless it clearly is one: spaCy took it for a
    place, or the gazetteer knows it as a country or province, or as a town in a country
    the report's other places lie in (al-Thawra, an old name of a Syrian town, is not a
    place in a Yemeni report)."""
    fac = Cover((c.start, c.end) for c in cands if c.kind == "Facility" and c.strong)
    named_by = of_place_spans(cands)  # "the city hall of Lamitan": a place naming it is one
    inside = {id(c) for c in cands if c.kind == "Place" and fac.contains(c.start, c.end) and (c.start, c.end)
              not in named_by}
    # The report's geography: countries of the places named outside facility names.
    countries = {getattr(c.place, "country", None) for c in cands if c.kind == "Place" and id(c) not in inside}
    countries.discard(None)

    def clearly_place(c: Cand) -> bool:
        if c.place is None:
            return False
        if c.rank <= 2 or c.place.type in ("country", "province", "region"):
            return True
        return not countries or c.place.country in countries

    return [c for c in cands if not (id(c) in inside and not clearly_place(c))]
