"""Entity normalisation rules, with the real spaCy model on articles written for the tests."""

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsdigest.entities.gazetteer import gazetteer
from newsdigest.entities.index import build_index
from newsdigest.entities.ner import NerStats, RawDoc, run_ner
from newsdigest.entities.registry import load_registry, name_key
from newsdigest.entities.resolve import Resolver
from newsdigest.entities.rules import entity_rules


def analyse(title, text, registry=None):
    raw = run_ner([text])[0]
    resolver = Resolver(registry or load_registry(None), gazetteer(), entity_rules())
    return resolver.analyse(title, text, raw)


def analyse_with(title, text, spans):
    """The resolver alone, on model output given as (surface, label) pairs:
    for rules about what the model misses, which the real model may not miss
    on a short invented text."""
    ents, pos = [], 0
    for surface, label in spans:
        start = text.index(surface, pos)
        ents.append((start, start + len(surface), label))
        pos = start + len(surface)
    resolver = Resolver(load_registry(None), gazetteer(), entity_rules())
    return resolver.analyse(title, text, RawDoc(ents))


def names(analysis):
    return {(e.name, e.kind) for e in analysis.entities}


def assert_absent(result, absent):
    """`absent`: names (no entity of that name) or (name, type) pairs, as tuples or lists (not with that type)."""
    found = [a for a in absent if (tuple(a) in result if isinstance(a, (tuple, list)) else a in {n for n, _ in result})]
    assert not found, found


def check_with(title, text, spans, present=(), absent=()):
    """`check` on model output given as (surface, label) pairs (see `analyse_with`)."""
    result = names(analyse_with(title, text, spans))
    assert set(present) <= result, set(present) - result
    assert_absent(result, absent)
    return result


def check(title, text, present=(), absent=()):
    """The (name, type) pairs in `present` are found; nothing in `absent` is (see `assert_absent`)."""
    result = names(analyse(title, text))
    for expected in present:
        assert tuple(expected) in result, expected
    assert_absent(result, absent)
    return result


SUDAN = (
    "Fighting between the army and the Rapid Support Forces (RSF) spread to new districts of Khartoum on Sunday, "
    "residents said.\n\n"
    "The RSF accused the army of shelling a market. The United Nations called for a ceasefire, and a UN envoy "
    "arrived in Port Sudan on Monday.\n\n"
    "The World Food Programme said its convoys were blocked. World Food Programme trucks waited at the border "
    "with Chad for a third day."
)


def test_acronyms_defined_or_implied_resolve_to_one_entity():
    result = names(analyse("Aid Convoy Reaches Khartoum Outskirts", SUDAN))
    assert ("Rapid Support Forces", "organization") in result
    assert ("United Nations", "organization") in result
    assert ("World Food Programme", "organization") in result
    flat = {n for n, _ in result}
    assert not {"RSF", "UN", "the World Food Programme"} & flat


def test_headline_words_are_never_entities():
    analysis = analyse("Aid Convoy Reaches Khartoum Outskirts", SUDAN)
    flat = {e.name for e in analysis.entities}
    assert not any("Reaches" in n or "Convoy" in n or "Outskirts" in n for n in flat)
    khartoum = next(e for e in analysis.entities if e.name == "Khartoum")
    assert khartoum.in_headline and khartoum.kind == "place"


GEORGIA = (
    "Salome Zourabichvili told supporters in Tbilisi that the vote had been stolen. "
    "Zourabichvili said she would not leave the presidential palace.\n\n"
    "The Georgian Dream party rejected the claim. Georgian Dream has governed since 2012, and "
    "Georgian Dream's leaders said the count was fair.\n\n"
    "Observers from the European Union's election mission are due to report on Friday."
)


def test_surnames_trailing_words_and_possessives_merge():
    result = names(analyse("Protests Continue In Tbilisi", GEORGIA))
    assert ("Salome Zourabichvili", "person") in result
    assert ("Georgian Dream", "organization") in result
    flat = {n for n, _ in result}
    assert "Zourabichvili" not in flat and "Georgian Dream party" not in flat and "Georgian Dream's" not in flat
    assert ("Tbilisi", "place") in result


UKRAINE = (
    "Russian forces said they had taken the village of Ozerianka in eastern Ukraine. Ozerianka lies near "
    "Kostiantynivka, in the Donetsk region.\n\n"
    "Intelligence agencies from South Korean and Japanese services said the deployment had slowed. "
    "Fighting also continued around Kursk, according to Ukraine’s Special Operations Forces."
)


def test_places_nationalities_and_qualified_organizations():
    result = names(analyse("Village Falls As Front Shifts", UKRAINE))
    for expected in [("Ozerianka", "place"), ("Ukraine", "place"), ("Donetsk", "place"), ("South Korea", "place"),
                     ("Japan", "place"), ("Russia", "place"), ("Kursk", "place"),
                     ("Ukraine’s Special Operations Forces", "organization")]:
        assert expected in result, expected
    assert not any(kind != "place" for name, kind in result if name == "Ozerianka")


def test_registry_wins_renames_retypes_and_blocks(tmp_path):
    registry_file = tmp_path / "entities.yml"
    registry_file.write_text(
        "entities:\n"
        "  - name: Rapid Support Forces\n    type: organization\n    aliases: [RSF, Janjaweed successors]\n"
        "    description: Sudanese paramilitary force.\n    wikidata: Q107034578\n"
        "  - name: Port Sudan\n    type: place\n"
        "block:\n  - Monday\n  - Chad\n",
        encoding="utf-8",
    )
    registry = load_registry(registry_file)
    result = names(analyse("Aid Convoy Reaches Khartoum Outskirts", SUDAN, registry))
    assert ("Rapid Support Forces", "organization") in result
    assert ("Port Sudan", "place") in result
    assert "Chad" not in {n for n, _ in result}


def test_text_longer_than_spacy_max_length_does_not_crash(monkeypatch):
    """spaCy refuses texts over nlp.max_length; we split them. The real model is
    given a lower max_length so the test stays fast (the default is 1,000,000)."""
    import newsdigest.entities.ner as ner

    nlp = ner.load_model()
    monkeypatch.setattr(nlp, "max_length", 20_000)
    monkeypatch.setattr(ner, "CHUNK_CHARS", 10_000)
    paragraph = "Officials in Nairobi met delegates from Uganda and Tanzania to discuss the railway. "
    text = "\n\n".join(paragraph * 10 for _ in range(60))
    assert len(text) > 2 * nlp.max_length
    with pytest.raises(ValueError):
        nlp(text)  # what would happen without chunking
    stats = NerStats()
    raw = run_ner([text], stats=stats)[0]
    assert stats.ner_docs == 1
    assert max(end for _, end, _ in raw.ents) > nlp.max_length
    assert {text[s:e] for s, e, _ in raw.ents} >= {"Nairobi", "Uganda", "Tanzania"}


def test_site_index_resolves_bare_acronym_and_surname_across_articles():
    registry = load_registry(None)
    first = analyse("Talks Resume", SUDAN, registry)
    second = analyse("Envoy Returns", "The RSF said on Tuesday that it would attend the talks. Zourabichvili was not invited.", registry)
    third = analyse("Protests Continue", GEORGIA, registry)
    index = build_index({"a": first, "b": second, "c": third}, ["a", "b", "c"], registry)
    b = {m.entity.name for m in index.by_article["b"]}
    assert "Rapid Support Forces" in b and "RSF" not in b
    assert "Salome Zourabichvili" in b
    rsf = index.entities[next(k for k, e in index.entities.items() if e.name == "Rapid Support Forces")]
    assert rsf.articles == ["a", "b"]
    assert len({e.slug for e in index.entities.values()}) == len(index.entities)


def test_a_bare_acronym_takes_another_articles_body_by_initials_unless_it_is_well_known():
    from newsdigest.entities.mention import ArticleAnalysis, ArticleEntity

    def article(*ents):
        return ArticleAnalysis(entities=[ArticleEntity(n, "organization", 1, i, [n]) for i, n in enumerate(ents)])

    # KTM (known_entities.yml: the motorcycle maker) is not the Kon-Tiki Museum; ZQX is the one "Zarva Quell Xeno".
    analyses = {"a": article("Kon-Tiki Museum", "Zarva Quell Xeno"), "b": article("KTM", "ZQX")}
    index = build_index(analyses, ["a", "b"], load_registry(None))
    assert {m.entity.name for m in index.by_article["b"]} == {"KTM", "Zarva Quell Xeno"}


def test_companions_are_the_entities_most_often_mentioned_with_one_then_by_name():
    from newsdigest.entities.mention import ArticleAnalysis, ArticleEntity

    def article(*names):
        return ArticleAnalysis(entities=[ArticleEntity(n, "place", 1, i, [n]) for i, n in enumerate(names)])

    many = [f"Town {chr(65 + i)}{chr(65 + j)}" for i in range(3) for j in range(5)]  # 15 names, more than the ten shown
    analyses = {"a": article("Orvel", "Tarsk", "Vell"), "b": article("Orvel", "Tarsk", "Marno"), "c": article("Orvel", "Bergen"),
                "d": article("Lone", *many)}
    index = build_index(analyses, ["a", "b", "c", "d"], load_registry(None))
    key = {e.name: k for k, e in index.entities.items()}
    named = lambda name: [(index.entities[k].name, n) for k, n in index.entities[key[name]].companions]
    assert named("Orvel") == [("Tarsk", 2), ("Bergen", 1), ("Marno", 1), ("Vell", 1)]  # most shared first, then by name
    assert named("Vell") == [("Orvel", 1), ("Tarsk", 1)]  # in one article: its other entities, by name
    assert named("Lone") == [(n, 1) for n in sorted(many)[:10]]  # at most ten
    assert named("Town AA") == [("Lone", 1)] + [(n, 1) for n in sorted(many)[1:10]]


def _runs(text):
    from newsdigest.entities.propernames import capitalised_runs

    return [text[a:b] for a, b in capitalised_runs(text)]


def test_capitalised_runs_drop_function_words_and_split_possessives():
    text = "Officials in Kirsova met. But Kirsova's Port Authority said Dravik Bay was calm."
    assert _runs(text) == ["Kirsova", "Kirsova", "Port Authority", "Dravik Bay"]


def test_capitalised_runs_ignore_sentence_openers_never_capitalised_mid_sentence():
    text = "Mobile networks failed. Engineers from Mobile were sent, said Anna Veld."
    runs = _runs(text)
    assert runs.count("Mobile") == 2  # the opener counts once the city is named mid-sentence
    assert "Engineers" not in runs
    assert _runs("Mobile networks failed. Engineers were sent.") == []


def test_capitalised_runs_in_a_headline_keep_only_names_the_prose_capitalises():
    text = "Floods Reach Camps Around Velmora After Storm\n\nWater reached camps near Velmora on Monday."
    assert _runs(text) == ["Velmora", "Velmora", "Monday"]


def test_short_name_in_brackets_need_not_be_capitals():
    text = (
        "The state utility Compañía Eléctrica Norvalense (Elnorva) said on Monday that it would raise tariffs. "
        "Elnorva's debts have doubled since 2021, and Elnorva now owes suppliers more than it earns in a year.\n\n"
        "The minister met the singer Amara Kelu (Ghana) in Accra."
    )
    # a bracketed place is not a short name
    check("Utility Raises Tariffs", text, present=[("Compañía Eléctrica Norvalense", "organization"), ("Ghana", "place")],
          absent=["Elnorva"])


def test_bare_country_word_is_the_longer_country_of_the_article():
    text = (
        "Floods cut the road to Velmora in the eastern Democratic Republic of the Congo last week. "
        "The water rose again in March. Congo's Interior Ministry said it had sent boats.\n\n"
        "Traders crossing the river from Congo said prices had doubled."
    )
    check("Floods Cut Road", text,
          present=[("Democratic Republic of the Congo", "place"), ("Congo's Interior Ministry", "organization")],
          absent=["Republic of the Congo", "Interior Ministry"])


def test_country_written_in_full_is_not_folded_into_a_longer_one():
    text = (
        "Ministers from the Republic of the Congo and the Democratic Republic of the Congo met in Kinshasa "
        "on Tuesday to discuss river traffic."
    )
    flat = {n for n, _ in names(analyse("Ministers Meet", text))}
    assert {"Republic of the Congo", "Democratic Republic of the Congo"} <= flat


def test_partly_tagged_names_grow_to_the_whole_capitalised_run():
    text = (
        "Okan Ferit Tunç equalised for the visitors, but Mehmet Barış Çelikkaya headed in the winner with "
        "12 minutes remaining. Tunç later said the referee had erred.\n\n"
        "Trade Minister Koval Ardesh said talks would resume. The Vienna-based group Datawatch welcomed the move."
    )
    check("Late Winner", text,
          # a title is not part of the name; "Vienna" does not grow into "Vienna-based"
          present=[("Okan Ferit Tunç", "person"), ("Mehmet Barış Çelikkaya", "person"), ("Koval Ardesh", "person"), ("Vienna", "place")],
          absent=["Ferit Tunç", "Barış Çelikkaya", "Tunç", "Vienna-based"])


def test_context_cues_type_clubs_companies_people_and_places():
    text = (
        "Velmorspor coach Ilkan Dursun said the team was tired. A former Velmorspor midfielder, Dursun took over "
        "in 2022. City rivals Karagöl lost again, and Dragan Petrović equalised for the visitors.\n\n"
        "Doses made by the Swiss company Helvetic Vaxor arrived on Monday. "
        "The K17 rebel group was seen near the town of Edagrat."
    )
    check("Derby Ends Level", text,
          present=[("Velmorspor", "organization"), ("Ilkan Dursun", "person"), ("Karagöl", "organization"),
                   ("Dragan Petrović", "person"), ("Helvetic Vaxor", "organization"), ("K17", "organization"),
                   ("Edagrat", "place"), ("Switzerland", "place")])
    # A nationality word the model tagged alone grows into a company's name after a cue.
    check("Doses Due", "Additional doses, made by the German company Bavarian Velkor, are expected next month.",
          present=[("Bavarian Velkor", "organization"), ("Germany", "place")])


def test_a_country_stays_a_place_before_a_sports_role():
    check("Squad Named", "Brazil coach Anselmo Ferraz named his squad on Friday in Rio de Janeiro.", present=[("Brazil", "place")])


def test_untagged_person_named_by_a_lone_surname_or_a_cue():
    text = (
        "Joaquim Ventura, the manager hired by Karagöl last summer, was sent to the stands. Ventura later "
        "criticised the referee. Finance Minister Ludmo Varro met coach Anton Belsky on Monday.\n\n"
        "The Digital Trade Act takes effect in May, and the Act covers exports."
    )
    result = names(analyse_with("Manager Sent Off", text, [("Karagöl", "ORG"), ("Monday", "DATE")]))
    # (a title opening the run names a person too: session 17, "Governor Abba Kabir Yusuf")
    assert {("Joaquim Ventura", "person"), ("Anton Belsky", "person"), ("Ludmo Varro", "person")} <= result
    flat = {n for n, _ in result}
    assert not {"Ventura", "Finance Minister Ludmo Varro", "Digital Trade Act"} & flat


def test_short_forms_fold_whatever_the_model_called_them():
    text = (
        "Dragan Vellić scored twice for Karavel on Saturday. Vellic, who joined in May, was substituted late.\n\n"
        "Shares in Norvalix Holdings rose 3 percent. Norvalix makes most of its chips in Daegu."
    )
    spans = [("Dragan Vellić", "ORG"), ("Karavel", "ORG"), ("Saturday", "DATE"), ("Vellic", "PERSON"), ("May", "DATE"),
             ("Norvalix Holdings", "ORG"), ("Norvalix", "PERSON"), ("Daegu", "GPE")]
    result = names(analyse_with("Karavel Win", text, spans))
    flat = {n for n, _ in result}
    assert "Dragan Vellić" in flat and ("Norvalix Holdings", "organization") in result
    assert not {"Vellic", "Vellić", "Norvalix"} & flat


def test_eval_counts_whole_word_fragments_as_duplicates_not_substrings():
    from newsdigest.evaluate import _is_alias_of

    assert _is_alias_of("Hynix", "SK Hynix")
    assert _is_alias_of("Odhiambo", "Amina Odhiambo")
    assert _is_alias_of("WFP", "World Food Programme")
    assert not _is_alias_of("Iran", "Iranian Red Crescent")
    assert not _is_alias_of("UN", "Tunisia")


def test_names_keep_a_capitalised_the_of_a_city_and_lose_trailing_amounts():
    text = "Talks moved to The Dalles on Monday. A court later fined Norvex 300 million euros."
    check_with("Talks Move", text, [("The Dalles", "GPE"), ("Monday", "DATE"), ("Norvex 300 million", "ORG")],
               present={("The Dalles", "place"), ("Norvex", "organization")},
               absent={"Dalles", "Norvex 300 million"})


def test_a_region_named_with_its_unit_word_is_the_region():
    text = "Floods hit Gifu Prefecture this week, and aid groups left Gifu on Friday."
    check_with("Floods", text, [("Gifu Prefecture", "ORG"), ("Gifu", "PERSON"), ("Friday", "DATE")],
               present={("Gifu", "place")},
               absent={"Gifu Prefecture"})


def test_a_state_keeps_its_name_and_its_bare_name_is_short_for_it():
    """"Kano State" is the state's own name and another place than the city of Kano
    ("Niger State" than the country); a bare region name after it is short for it."""
    text = "Fighting spread across Kachin State this week, and aid groups left Kachin on Friday."
    check_with("Fighting Spreads", text, [("Kachin State", "ORG"), ("Kachin", "PERSON"), ("Friday", "DATE")],
               present={("Kachin State", "place")}, absent={"Kachin"})
    text = "Floods in Kano State cut roads to the city of Kano, and Niger State declared an emergency."
    check_with("Floods", text, [("Kano State", "ORG"), ("Kano", "GPE"), ("Niger State", "PERSON")],
               present={("Kano State", "place"), ("Kano", "place"), ("Niger State", "place")}, absent={"Niger"})


def test_a_possessive_inside_a_known_place_name_does_not_split_it():
    text = "Flooding closed roads around King's Lynn on Sunday, and schools in King's Lynn stayed shut."
    check_with("Floods", text, [("King's Lynn", "ORG"), ("Sunday", "DATE"), ("King's Lynn", "ORG")],
               present={("King's Lynn", "place")},
               absent={"King", "Lynn"})


def test_a_person_span_stopping_at_a_particle_takes_the_next_word():
    text = ("Commissioner Anneliese von der Brandt visited Vienna on Monday. Von der Brandt said the plan "
            "would be ready by June.")
    spans = [("Anneliese von der", "PERSON"), ("Brandt", "GPE"), ("Vienna", "GPE"), ("Monday", "DATE"),
             ("Von der Brandt", "ORG"), ("June", "DATE")]
    check_with("Visit", text, spans,
               present={("Anneliese von der Brandt", "person")},
               absent={"Brandt", "Anneliese von der", "Von der Brandt"})


def test_events_quoted_nicknames_and_common_words_opening_a_sentence_are_not_entities():
    text = ('Cholera spreads fast in the camps, and the cholera season starts in May. The Velmora Film Festival '
            'opened in Paris, where striker Dario Venn, known as "El Lobo", was a guest.')
    spans = [("Cholera", "ORG"), ("May", "DATE"), ("The Velmora Film Festival", "ORG"), ("Paris", "GPE"),
             ("Dario Venn", "PERSON"), ("El Lobo", "ORG")]
    check_with("Festival Opens", text, spans,
               present={("Paris", "place"), ("Dario Venn", "person")},
               absent={"Cholera", "Velmora Film Festival", "El Lobo"})


def test_acronym_definitions_skip_a_leading_connector_and_a_country_owner():
    text = ("Parts went to Brask Aerospace and Kelmar Heavy Industries (KHI) last year. Chile's Ostrin Mining "
            "Authority (SERMIN) opened an inquiry. KHI and SERMIN declined to comment.")
    spans = [("Brask Aerospace and Kelmar Heavy Industries", "ORG"), ("last year", "DATE"),
             ("Chile's Ostrin Mining Authority", "ORG"), ("KHI", "ORG"), ("SERMIN", "ORG")]
    check_with("Inquiry", text, spans,
               present={("Kelmar Heavy Industries", "organization"), ("Ostrin Mining Authority", "organization"), ("Chile", "place")},
               absent={"and Kelmar Heavy Industries", "Chile's Ostrin Mining Authority", "KHI", "SERMIN"})


def test_longer_organizations_absorb_their_short_forms():
    text = (
        "The Department of Trade opened a case against Velcor Precision Industries and VarnoPetrol on Monday. "
        "The Trade Department said Velcor Precision had hidden test results, and Varno denied wrongdoing.\n\n"
        "The Anna & Piet Odell Foundation paid for the audit. An Odell Foundation spokesperson declined to comment."
    )
    spans = [("The Department of Trade", "ORG"), ("Velcor Precision Industries", "ORG"), ("VarnoPetrol", "ORG"),
             ("Monday", "DATE"), ("The Trade Department", "ORG"), ("Velcor Precision", "ORG"), ("Varno", "ORG"),
             ("The Anna & Piet Odell Foundation", "ORG"), ("Odell Foundation", "ORG")]
    check_with("Case Opened", text, spans,
               present={("Department of Trade", "organization"), ("Velcor Precision Industries", "organization"),
                        ("VarnoPetrol", "organization"), ("Anna & Piet Odell Foundation", "organization")},
               absent={"Trade Department", "Velcor Precision", "Varno", "Odell Foundation"})


def test_leadership_words_after_a_name_and_observatory_mean_an_organization():
    text = ("Keldoria president Ana Rusu said on Monday that the Brenvik Observatory had recorded the tremor. "
            "Keldoria players trained as usual.")
    spans = [("Keldoria", "PERSON"), ("Ana Rusu", "PERSON"), ("Monday", "DATE"), ("the Brenvik Observatory", "PERSON"),
             ("Keldoria", "PERSON")]
    check_with("Tremor", text, spans,
               present={("Keldoria", "organization"), ("Brenvik Observatory", "organization"), ("Ana Rusu", "person")})


def test_a_city_the_model_reads_as_a_place_stays_one_before_a_company_word():
    text = "Shares in Velnor rose after the Rotterdam bank said profits doubled. Rotterdam officials welcomed it."
    check_with("Profits Double", text, [("Velnor", "ORG"), ("Rotterdam", "GPE"), ("Rotterdam", "GPE")],
               present={("Rotterdam", "place")})



def test_a_known_city_after_in_stays_a_place_whatever_the_model_says():
    text = "Queues in Bergen grew on Monday. Bergen ran out of fuel, the Orvel Traders Union said."
    check_with("Fuel", text, [("Bergen", "ORG"), ("Bergen", "ORG"), ("the Orvel Traders Union", "ORG")],
               present={("Bergen", "place")})
    text = "Ivo Marrow became the costliest signing in Bergen's history. Bergen paid the fee, Norvex said."
    check_with("Signing", text, [("Ivo Marrow", "PERSON"), ("Bergen", "ORG"), ("Bergen", "ORG"), ("Norvex", "ORG")],
               present={("Bergen", "organization")})

def test_an_acronym_is_not_the_town_that_shares_its_letters():
    # The gazetteer has a town "Un" (India): capitals match only aliases written
    # in capitals, such as a country's "US".
    assert gazetteer().lookup("UN") is None and gazetteer().lookup("Un") is not None
    assert gazetteer().lookup("US").name == "United States"
    text = "Aid stalled at the border, the UN said on Friday. Convoys from Varnell waited for a week."
    check_with("Aid Stalls", text, [("UN", "ORG"), ("Friday", "DATE"), ("Varnell", "GPE")],
               present={("UN", "organization")})


# One case per rule of the resolver (model output given as spans, see `analyse_with`):
# (title, text, spans, present, absent).
RULE_CASES = [
    pytest.param(
        "Prices Rise",
        "Prices at Varnell and Oskway rose again, regulators said. Varnell blamed suppliers and Oskway blamed "
        "transport costs. Fighting spread to Zeeland and Bergen on Monday.",
        [("Varnell and Oskway", "ORG"), ("Varnell", "ORG"), ("Oskway", "PERSON"), ("Zeeland and Bergen", "WORK_OF_ART"),
         ("Monday", "DATE")],
        {("Varnell", "organization"), ("Zeeland", "place"), ("Bergen", "place")},
        {"Varnell and Oskway", "Zeeland and Bergen"},
        id="two names joined by 'and' in one span are split"),
    pytest.param(
        "Talks", "Prime Minister Trần Văn Khải met envoys on Monday. Khải said talks would go on.",
        [("Trần Văn", "PERSON"), ("Khải", "GPE"), ("Monday", "DATE"), ("Khải", "GPE")],
        {("Trần Văn Khải", "person")}, {"Trần Văn", "Khải"},
        id="a person span followed by one unknown word is one name"),
    pytest.param(
        "Aground", "The tanker ran aground, the Harbour and Pilotage Authority of Malta said. The HPA said no oil leaked.",
        [("Pilotage Authority of Malta", "ORG"), ("HPA", "ORG")],
        {("Harbour and Pilotage Authority of Malta", "organization")}, {"Pilotage Authority of Malta", "HPA"},
        id="an organization after 'the X and' starts at X; its acronym may leave out 'of <place>'"),
    pytest.param(
        "Leaders Meet", "Leaders of the Union of Northeast Coastal States met in Tromsø. The UNECS chair called for a fishing deal.",
        [("the Union of Northeast Coastal States", "ORG"), ("Tromsø", "GPE"), ("UNECS", "ORG")],
        {("Union of Northeast Coastal States", "organization")}, {"UNECS"},
        id="an acronym may take more than first letters"),
    pytest.param(
        "Fine", "The Norvish Banking Oversight Authority, NOBA, fined the lender. NOBA chief Eli Marsk said more fines would follow.",
        [("The Norvish Banking Oversight Authority", "ORG"), ("NOBA", "ORG"), ("NOBA", "ORG"), ("Eli Marsk", "PERSON")],
        {("Norvish Banking Oversight Authority", "organization")}, {"NOBA"},
        id="capitals between commas after an organization define its acronym"),
    pytest.param(
        "Listed", "The Revenue Department's Office of Export Controls (OEC) listed two firms. A Revenue official said more would follow.",
        [("The Revenue Department's Office of Export Controls (OEC", "ORG"), ("Revenue", "ORG")],
        {("Revenue Department", "organization"), ("Office of Export Controls", "organization")},
        {"Revenue", "Revenue Department's Office of Export Controls"},
        id="an organization owning another by possessive is kept"),
    pytest.param(
        "Hunger", "Families in Eastern Province ate one meal a day, the agency said.", [("Eastern Province", "GPE")],
        {("Eastern Province", "place")}, {"Eastern"},
        id="a direction with its unit word keeps the unit"),
    pytest.param(
        "Pay", "Prices paid to growers fell. Growers' groups met the Dalton Growers' Union on Monday.",
        [("Growers", "ORG"), ("the Dalton Growers' Union", "ORG"), ("Monday", "DATE")],
        {("Dalton Growers' Union", "organization")}, {"Growers"},
        id="a sentence-opening word capitalised only inside a name is not an entity"),
    pytest.param(
        "Vote", "Voters turned to Labor in the east. Education Minister Tova Reln said the Labor government would act. "
        "The Commission said it would watch.",
        [("Labor", "ORG"), ("Education", "ORG"), ("Tova Reln", "PERSON"), ("Labor", "ORG"), ("Commission", "ORG")],
        {("Labor", "organization")}, {"Education", "Commission"},
        id="a generic word standing alone mid-sentence names something"),
    pytest.param(
        "Rebuild", "Mayor Tomas Chad said the town would be rebuilt. Chad said the water plant still worked. "
        "Zeeland Rescue said crews from Zeeland had arrived.",
        [("Tomas Chad", "PERSON"), ("Chad", "PERSON"), ("Zeeland Rescue", "PERSON"), ("Zeeland", "GPE")],
        {("Tomas Chad", "person"), ("Zeeland", "place")}, {"Chad"},
        id="a country read as a person is a surname; a place read as one is no first name"),
    pytest.param(
        "Signing", "Zeeland Harwick signed the striker. Zeeland had chased him for a year, and Zeeland paid the fee.",
        [("Zeeland Harwick", "ORG"), ("Zeeland", "ORG"), ("Zeeland", "ORG")],
        {("Zeeland Harwick", "organization")}, {"Zeeland"},
        id="a known place the model reads as an organization each time is a short form"),
    pytest.param(
        "Launch", "South Korea launched a satellite on Sunday. Korea has joined a small group of space powers.",
        [("South Korea", "GPE"), ("Sunday", "DATE"), ("Korea", "GPE")],
        {("South Korea", "place")}, {"Korea"},
        id="an unknown word inside the one country named is that country"),
    pytest.param(
        "Launch", "The rocket flew from the Kivra Peninsula on Monday. Kivra hosts ten launches a year.",
        [("the Kivra Peninsula", "LOC"), ("Monday", "DATE"), ("Kivra", "PERSON")],
        {("Kivra Peninsula", "place")}, {"Kivra"},
        id="a bare name is the one feature place it names"),
    pytest.param(
        "Fined", "A court fined Anouk Ter Vell on Monday. Ter Vell to appeal, and Ter Vell said she was innocent.",
        [("Anouk Ter Vell", "PERSON"), ("Monday", "DATE"), ("Ter Vell to", "ORG"), ("Ter Vell", "ORG")],
        {("Anouk Ter Vell", "person")}, set(),
        id="a full name read as a person stays one when the surname is misread"),
    pytest.param(
        "Fines", "Treasurer Jon Avik said Orvel Laboratories and Kestrel Railway would be fined, according to the publisher "
        "Brandt Morrow. Orvel said it would appeal.",
        [("Treasurer Jon Avik", "PERSON"), ("Orvel Laboratories", "ORG"), ("Kestrel", "NORP"), ("Brandt Morrow", "PERSON"),
         ("Orvel", "PERSON")],
        {("Jon Avik", "person"), ("Orvel Laboratories", "organization"), ("Kestrel Railway", "organization"),
         ("Brandt Morrow", "organization")},
        {"Treasurer Jon Avik", "Orvel"},
        id="more titles, cues and organization words"),
    pytest.param(
        "Storm", "The Korvath Atmospheric, Hydrological and Seismic Services Office (KAHSSO) issued a warning. "
        "KAHSSO said the storm would weaken.",
        [("Korvath Atmospheric", "ORG"), ("Hydrological and Seismic Services Office", "ORG"), ("KAHSSO", "ORG"),
         ("KAHSSO", "ORG")],
        {("Korvath Atmospheric, Hydrological and Seismic Services Office", "organization")},
        {"Korvath Atmospheric", "Hydrological and Seismic Services Office", "KAHSSO"},
        id="an acronym defines a long name with a comma in it when the initials say so"),
    pytest.param(
        "Friendly", "Dalbury will play Velmora at the Anselm Korvath Brandt Stadium next month.",
        [("Dalbury", "ORG"), ("Velmora", "ORG"), ("the Anselm Korvath", "FAC")],
        {("Anselm Korvath Brandt Stadium", "place")}, {"Anselm Korvath"},
        id="a span opening with 'the' grows to the capitalised run after it"),
    pytest.param(
        "Derby", "Ravenna City beat Dalbury Athletic Club on Sunday. At City, the mood was calm, and Ravenna host "
        "Dalbury again next week. Ravenna manager Jon Avik said the team had improved.",
        [("Ravenna City", "GPE"), ("Dalbury Athletic Club", "ORG"), ("Sunday", "DATE"), ("City", "GPE"),
         ("Ravenna", "GPE"), ("Dalbury", "ORG"), ("Ravenna", "GPE"), ("Jon Avik", "PERSON")],
        {("Ravenna City", "organization")}, {"City", "Ravenna"},
        id="a town with a club word is a club, and the bare town or club word its short form"),
    pytest.param(
        "Visit", "Premier Jon Avik met Ravenna City officials in Ravenna. Avik said talks went well.",
        [("Jon Avik", "PERSON"), ("Ravenna City", "GPE"), ("Ravenna", "GPE"), ("Avik", "PERSON")],
        {("Ravenna", "place")}, set(),
        id="a known town after 'in' stays a place beside the club named after it"),
    pytest.param(
        "Raid", "Detective Inspector Mara Velt said the raid was planned. Coach Tomas Reiner, 50, was not hurt. "
        "King Anselm IV and Velt spoke later.",
        [("Mara Velt", "PERSON"), ("Tomas Reiner", "PERSON"), ("50", "CARDINAL"), ("King Anselm IV", "ORG"),
         ("Velt", "PERSON")],
        {("Mara Velt", "person"), ("Tomas Reiner", "person"), ("Anselm IV", "person")},
        {"Detective Inspector Mara Velt", "Coach Tomas Reiner", "King Anselm IV"},
        id="police and sports titles, and a royal title on a span read as an organization"),
    pytest.param(
        "Rates", "Chair Mara Velt and Governors Ilse Brandt and Tomas Reiner met. Crown Prince Omar Haddan, Baroness "
        "Anja Kell and Businessman Jon Avik were told. The Crown Lands Office said nothing.",
        [("Chair Mara Velt", "PERSON"), ("Governors Ilse Brandt", "PERSON"), ("Tomas Reiner", "PERSON"),
         ("Crown Prince Omar Haddan", "PERSON"), ("Baroness Anja Kell", "PERSON"), ("Businessman Jon Avik", "PERSON"),
         ("The Crown Lands Office", "ORG")],
        {("Mara Velt", "person"), ("Ilse Brandt", "person"), ("Omar Haddan", "person"), ("Anja Kell", "person"),
         ("Jon Avik", "person"), ("Crown Lands Office", "organization")},
        {"Chair Mara Velt", "Crown Prince Omar Haddan", "Prince Omar Haddan", "Lands Office"},
        id="more titles, two-word ones only together"),
    pytest.param(
        "Oil", "Energy Minister Prince Omar bin Tariq said output would rise. Omar has led oil policy since 2019.",
        [("Prince Omar", "PERSON"), ("bin Tariq", "PERSON"), ("Omar", "PERSON")],
        {("Omar bin Tariq", "person")}, {"Omar", "bin Tariq"},
        id="a person's span followed by one opening with a particle is one name"),
    pytest.param(
        "Grain", "The US Federal Grain Board raised its forecast, and US Northern Command moved ships. The Fed said "
        "prices would fall.",
        [("The US Federal Grain Board", "ORG"), ("US Northern Command", "ORG"), ("Fed", "ORG")],
        {("Federal Grain Board", "organization"), ("United States", "place"), ("US Northern Command", "organization")},
        {"US Federal Grain Board", "Northern Command", "Fed"},
        id="a country's abbreviation qualifies a body (not its forces); 'the Fed' is its clipped form"),
    pytest.param(
        "Grain", "The Federal Grain Board met the Federal Audit Office. The Fed's staff said the Federal Audit Office "
        "had asked too much, and the Fed would appeal.",
        [("The Federal Grain Board", "ORG"), ("the Federal Audit Office", "ORG"), ("Fed", "ORG"),
         ("the Federal Audit Office", "ORG"), ("Fed", "ORG")],
        {("Federal Grain Board", "organization"), ("Federal Audit Office", "organization")}, {"Fed"},
        id="a clipped form goes to the organization named last before it"),
    pytest.param(
        "Quake", "The Kestrel Red Cross, known as PKM, sent tents. The Tarsk Valley Republic asked for help, and "
        "TVR officials said PKM had done well.",
        [("The Kestrel Red Cross", "ORG"), ("PKM", "ORG"), ("The Tarsk Valley Republic", "GPE"), ("TVR", "ORG"),
         ("PKM", "ORG")],
        {("Kestrel Red Cross", "organization"), ("Tarsk Valley Republic", "place")}, {"PKM", "TVR"},
        id="'known as' defines an acronym; an undefined acronym is the one place with its initials"),
    pytest.param(
        "Vaccines", "The shots were paid for by Korvane, the Grain Alliance, and Tarsk. Korvane said more would follow. "
        "Aid came from Norvex, the Harlan Foundation and Tarsk.",
        [("Korvane", "PERSON"), ("the Grain Alliance", "ORG"), ("Tarsk", "GPE"), ("Korvane", "ORG"), ("Norvex", "ORG"),
         ("the Harlan Foundation", "ORG"), ("Tarsk", "GPE")],
        {("Korvane, the Grain Alliance", "organization"), ("Norvex", "organization"), ("Harlan Foundation", "organization")},
        {"Korvane", "Grain Alliance", "Norvex, the Harlan Foundation"},
        id="'X, the Y Alliance' is one organization, but not in a list"),
    pytest.param(
        "Stake", "The fund bought part of Danish Koltrax on Monday. Shares in Koltrax rose, and Orvel Mutual Holdings "
        "sold its stake.",
        [("Danish Koltrax", "NORP"), ("Monday", "DATE"), ("Koltrax", "ORG")],
        {("Danish Koltrax", "organization"), ("Orvel Mutual Holdings", "organization")}, {"Koltrax", "Denmark"},
        id="a nationality word and a name written alone elsewhere are one organization; a missed run ending in an organization word is one"),
    pytest.param(
        "Floods", "The Orvel and Tarsk rivers burst their banks near the villages of Brenna and Tullmor.",
        [("Orvel", "PERSON"), ("Tarsk", "ORG"), ("Brenna", "PERSON"), ("Tullmor", "PERSON")],
        {("Orvel", "place"), ("Tarsk", "place"), ("Brenna", "place"), ("Tullmor", "place")}, set(),
        id="a plural unit word is a place cue for both names joined by 'and'"),
    pytest.param(
        "Storm", "The Tides, Currents and Weather Office (KTCW) warned of storms. Engineers came from Norvex and Kolb. "
        "The Tarsk Orbital Agency (TORA) tracked the storm, and KTCW and TORA shared data.",
        [("Currents and Weather Office", "ORG"), ("KTCW", "ORG"), ("Norvex", "ORG"), ("Kolb", "ORG"),
         ("The Tarsk Orbital Agency", "ORG"), ("KTCW", "ORG"), ("TORA", "ORG")],
        {("Tides, Currents and Weather Office", "organization"), ("Tarsk Orbital Agency", "organization")},
        {"Currents and Weather Office", "KTCW", "TORA", "Kolb. The Tarsk Orbital Agency"},
        id="an organization opening 'Y and' after 'the X, ' starts at X; an acronym's long name stays in its sentence"),
    pytest.param(
        "Gas", "Work resumed on the Kelvara peninsula, east of Dorvask, and fighters were seen along the Ostrel "
        "and in its Brannoch exclave.",
        [("Kelvara", "PERSON"), ("Dorvask", "ORG"), ("Ostrel", "ORG"), ("Brannoch", "PERSON")],
        {("Kelvara", "place"), ("Dorvask", "place"), ("Ostrel", "place"), ("Brannoch", "place")}, set(),
        id="a lowercase feature word after a name, a compass 'of' or 'along' before it, make it a place"),
    pytest.param(
        "Raids", "Jabhat Tahrir al-Qarn wal-Sudur (JTQS) attacked convoys, and the Norvel-led Orvel Stability Support mission (OSS) "
        "withdrew. JTQS fighters followed the OSS column.",
        [("Tahrir al-Qarn", "PERSON"), ("JTQS", "ORG"), ("OSS", "ORG"), ("JTQS", "ORG"), ("OSS", "ORG")],
        {("Jabhat Tahrir al-Qarn wal-Sudur", "organization"), ("Orvel Stability Support", "organization")},
        {"JTQS", "OSS", "Tahrir al-Qarn"},
        id="an acronym is defined over Arabic articles ('al-', 'wal-') and over a generic word before the bracket"),
    pytest.param(
        "Raids", "Fighters of the Sacred Covenant attacked Dorvask, and Sacred State fighters held the road.",
        [("Sacred", "NORP"), ("Covenant", "ORG"), ("Dorvask", "GPE"), ("Sacred", "NORP")],
        {("Sacred Covenant", "organization"), ("Sacred State", "organization")}, {"Sacred", "Covenant"},
        id="a nationality-like word naming no country opens the organization after it or the generic words after it"),
    pytest.param(
        "Talks", "Talks with the Orvel People's Defence Units (ODU) stalled, and the ODU left Dorvask.",
        [("the Orvel People's Defence Units", "ORG"), ("ODU", "ORG"), ("ODU", "ORG"), ("Dorvask", "GPE")],
        {("Orvel People's Defence Units", "organization")}, {"Defence Units", "ODU", "Orvel People"},
        id="a possessive 'People's' inside a name is no owner"),
    pytest.param(
        "Gangs", "Ivo Marrow, a former boxer widely known as Hammer, leads the gang. Hammer said the Dorvask port was next.",
        [("Ivo Marrow", "PERSON"), ("Hammer", "ORG"), ("Hammer", "ORG"), ("Dorvask", "GPE")],
        {("Ivo Marrow", "person")}, {"Hammer"},
        id="a one-word nickname after 'known as' in a person's clause is that person"),
    pytest.param(
        "Gangs", "Members of the Ker Vallon gang coalition seized Dorvask. Police said Ker Vallon now held the port.",
        [("the Ker Vallon", "PERSON"), ("Dorvask", "GPE"), ("Ker Vallon", "PERSON")],
        {("Ker Vallon", "organization")}, set(),
        id="'gang' after a name, or before 'coalition', makes it an organization"),
    pytest.param(
        "Standoff", "Commodore Ren Valko said the ship was hit. Goalkeeper Ivo Brask saved twice. Presidents Aldo Merv and "
        "Sela Varn met on Friday. Valko, Brask, Merv and Varn spoke later.",
        [("Commodore Ren Valko", "PERSON"), ("Goalkeeper Ivo Brask", "PERSON"), ("Presidents Aldo Merv", "PERSON"),
         ("Sela Varn", "PERSON"), ("Friday", "DATE")],
        {("Ren Valko", "person"), ("Ivo Brask", "person"), ("Aldo Merv", "person")},
        {"Commodore Ren Valko", "Goalkeeper Ivo Brask", "Presidents Aldo Merv"},
        id="titles and role words opening a sentence are not part of the name"),
    pytest.param(
        "Poll", "The ruling bloc fell, according to pollster Velcra. State news agency Tarvio and nuclear operator "
        "Halbrand said the Orvane militias had left.",
        [("Velcra", "PERSON"), ("Tarvio", "PERSON"), ("Halbrand", "PERSON"), ("Orvane", "GPE")],
        {("Velcra", "organization"), ("Tarvio", "organization"), ("Halbrand", "organization"), ("Orvane", "organization")},
        set(), id="'pollster', 'agency', 'operator' before a name and 'militias' after it make it an organization"),
    pytest.param(
        "Oil", "Malta's Oil Ministry said exports rose. Shares rose on the K7 exchange in Valletta.",
        [("Malta", "GPE"), ("Oil Ministry", "ORG"), ("K7 exchange", "ORG"), ("Valletta", "GPE")],
        {("Malta's Oil Ministry", "organization"), ("K7", "organization")}, {"Oil Ministry", "K7 exchange"},
        id="an oil ministry is generic; a trailing 'exchange' is no part of the name"),
    pytest.param(
        "Final", "Dorvask FC beat Tarsk Rovers 4-2 on penalties. Tarsk Rovers had led.",
        [("Dorvask FC", "ORG"), ("Tarsk Rovers 4-2", "ORG"), ("Tarsk Rovers", "ORG")],
        {("Tarsk Rovers", "organization")}, {"Tarsk Rovers 4-2"},
        id="a score glued to a name is not part of it"),
    pytest.param(
        "Vote", "Ilse Marrow’s Civic Dawn Party (PZS) won the vote. The PZS has ruled since 2012.",
        [("Ilse Marrow", "PERSON"), ("Civic Dawn Party", "ORG"), ("PZS", "ORG")],
        {("Civic Dawn Party", "organization"), ("Ilse Marrow", "person")}, {"Ilse Marrow’s Civic Dawn Party", "PZS"},
        id="a person’s possessive before a defined acronym’s name is not part of it (letters from another language)"),
    pytest.param(
        "Clashes", "Vice President Tomas Brenk denied the claim, and Brenk's party said the talks were over.",
        [("Tomas Brenk", "PERSON"), ("Brenk's", "ORG")],
        {("Tomas Brenk", "person")}, set(),
        id="a cue word after a possessive is what the name owns, not what it is"),
    pytest.param(
        "Troops", "Troops reached Gulu, the Ugandan army chief said. Malta sent aid.",
        [("Gulu", "GPE"), ("Ugandan", "ORG"), ("Malta", "NORP")],
        {("Uganda", "place"), ("Malta", "place")}, {"Ugandan"},
        id="a lone nationality word read as an organization, or a country read as a nationality, is the country"),
    pytest.param(
        "Visit", "He visited Varnok, the main town of the Centre-Varn region.",
        [("Varnok", "GPE"), ("the Centre-Varn", "FAC")],
        {("Centre-Varn", "place")}, set(),
        id="an organization word inside a hyphenated name loses to a place cue"),
    pytest.param(
        "Charges", "Party secretary Mirek Fahrul Islam Dorvan accused the government of fraud.",
        [("Mirek Fahrul", "PERSON"), ("Islam Dorvan", "PERSON")],
        {("Mirek Fahrul Islam Dorvan", "person")}, {"Mirek Fahrul", "Islam Dorvan"},
        id="two person spans one space apart are one name"),
    pytest.param(
        "Port", "Ships left Tarvoss, a deep-sea port on the bay, and Norvex, the state nuclear corporation, said "
        "exports would resume.",
        [("Tarvoss", "PERSON"), ("Norvex", "PERSON")],
        {("Tarvoss", "place"), ("Norvex", "organization")}, set(),
        id="an apposition naming a place or an organization types the name before it"),
    pytest.param(
        "Quote", "Ilse Varga, a spokesperson for the agency, said the convoy left.",
        [("Ilse Varga", "PERSON")],
        {("Ilse Varga", "person")}, set(),
        id="an apposition noun after a preposition is no cue"),
    pytest.param(
        "Court", "The Court of Orvel and Tarsk ruled on Monday. Guards at the Kyzyl-Tor checkpoint and residents of "
        "Croix-des-Aubes near the Veln dam waited, while Orvel Motors and Tarsk & Sons cut prices.",
        [("The Court of Orvel and", "ORG"), ("Monday", "DATE"), ("Kyzyl", "PERSON"), ("Croix", "GPE"),
         ("Orvel Motors and", "ORG"), ("Tarsk & Sons", "ORG")],
        {("Court of Orvel and Tarsk", "organization"), ("Kyzyl-Tor", "place"), ("Croix-des-Aubes", "place"),
         ("Veln", "place"), ("Tarsk & Sons", "organization")},
        {"Kyzyl", "Croix", "Court of Orvel"},
        id="a span grows over the name after a connector or a hyphen, not over a span the model tagged"),
    pytest.param(
        "Road", "A road will link the exclave of Vorlakh to the capital.",
        [],
        {("Vorlakh", "place")}, set(),
        id="'the exclave of' is a place cue"),
    pytest.param(
        "Markers", "Surveyors worked near the villages of Vorsk and Telmar, the Orvan news agency said. Boats crossed "
        "Lake Kivra, and the Armed Forces of the Federal Republic of the Northern Orvel Islands moved in.",
        [("Vorsk and Telmar", "GPE"), ("Orvan news agency", "ORG"), ("Lake Kivra", "NORP"),
         ("the Armed Forces of the Federal Republic of the Northern Orvel Islands", "ORG")],
        {("Vorsk", "place"), ("Telmar", "place"), ("Orvan", "organization"), ("Lake Kivra", "place"),
         ("Armed Forces of the Federal Republic of the Northern Orvel Islands", "organization")},
        {"Vorsk and Telmar", "Orvan news agency"},
        id="a plural place cue splits two names; 'news agency' trails; 'Lake X' read as a people; long official names"),
    pytest.param(
        "Vote", "The bloc of Ilan Vark won seats. Vark said the count was fair.",
        [("Ilan Vark", "ORG"), ("Vark", "PERSON")],
        {("Ilan Vark", "person")}, set(),
        id="a full name read as an organization and its surname alone as a person: the tie goes to the person"),
]


DEV8_CASES = [
    pytest.param(
        "Vote", "Ilse Marrow's K44 won the vote on Monday. Marrow said the result was clear.",
        [("Ilse Marrow's", "PERSON"), ("K44", "PRODUCT"), ("Monday", "DATE"), ("Marrow", "PERSON")],
        {("Ilse Marrow", "person")}, {"Ilse Marrow's K44", "Marrow"},
        id="a possessive ends a person's name: the word after it is not part of it"),
    pytest.param(
        "Talks", "Sheikh Hamad bin Tariq Al Varsi met envoys in Doha. Sheikh Hamad said talks would go on.",
        [("Sheikh Hamad bin Tariq", "PERSON"), ("Doha", "GPE"), ("Sheikh Hamad", "PERSON")],
        {("Hamad bin Tariq Al Varsi", "person")}, {"Hamad bin Tariq", "Hamad"},
        id="a person's span grows over a capitalised Arabic article and the name word after it"),
    pytest.param(
        "Rally", "The Orvel Tehreek-e-Insaaf party held a rally. OTI leader Ali Dostan said it would go on.",
        [("Orvel Tehreek-e-Insaaf", "ORG"), ("OTI", "ORG"), ("Ali Dostan", "PERSON")],
        {("Orvel Tehreek-e-Insaaf", "organization")}, {"OTI"},
        id="a one-letter joining word inside a hyphenated name gives no initial"),
    pytest.param(
        "Farmers", "Farmers said the Tarvos Grain Board, known as Grainbo, still owed them. Grainbo said it would pay.",
        [("the Tarvos Grain Board", "ORG"), ("Grainbo", "ORG"), ("Grainbo", "ORG")],
        {("Tarvos Grain Board", "organization")}, {"Grainbo"},
        id="an organization 'known as' one capitalised word: that word is its short name"),
    pytest.param(
        "Vote", "Ana Paz won the runoff. Paz spoke to supporters in La Paz on Monday.",
        [("Ana Paz", "PERSON"), ("Paz", "PERSON"), ("La Paz", "GPE"), ("Monday", "DATE")],
        {("Ana Paz", "person"), ("La Paz", "place")}, set(),
        id="a known place that opens with a particle is no surname"),
    pytest.param(
        "Vote", "Ana Orvel of the Civic Renewal Union (UCR) won. The UCR said it would govern alone.",
        [("Ana Orvel", "PERSON"), ("the Civic Renewal Union", "ORG"), ("UCR", "ORG")],
        {("Civic Renewal Union", "organization"), ("Ana Orvel", "person")}, {"Ana Orvel of the Civic Renewal Union", "UCR"},
        id="a person before 'of the' is no part of the organization a bracketed acronym defines"),
    pytest.param(
        "Warning",
        "The Orvel Centres for Grain Safety and Quality (Orvel CGS) warned on Monday. Orvel CGS director Ivo Marr said stocks were low.",
        [("The Orvel Centres for Grain Safety and Quality (Orvel CGS", "ORG"), ("Monday", "DATE"), ("Orvel", "GPE"), ("CGS", "ORG"),
         ("Ivo Marr", "PERSON")],
        {("Orvel Centres for Grain Safety and Quality", "organization")}, {"CGS", "Orvel", "Orvel CGS"},
        id="a bracketed short form of the name's first word and an acronym, split by the model later, is the name"),
    pytest.param(
        "Strike", "Education Minister Ivo Marrek said the Federal Ministry of Education would pay arrears.",
        [("Education", "ORG"), ("Ivo Marrek", "PERSON"), ("the Federal Ministry of Education", "ORG")],
        {("Federal Ministry of Education", "organization")}, {"Education"},
        id="a generic word inside 'Ministry of X' does not stand alone"),
    pytest.param(
        "Output", "Botswana cut output. The Bank of Botswana said exports fell, and Botswana will sell bonds.",
        [("Botswana", "ORG"), ("The Bank of Botswana", "ORG"), ("Botswana", "ORG")],
        {("Botswana", "place"), ("Bank of Botswana", "organization")}, set(),
        id="a country is never the short form of a body named after it"),
    pytest.param(
        "Appeal", "UN Secretary-General Ana Tessaro appealed for calm on Monday. Tessaro said aid was ready.",
        [("UN Secretary-General Ana Tessaro", "PERSON"), ("Monday", "DATE"), ("Tessaro", "PERSON")],
        {("Ana Tessaro", "person")}, {"UN Secretary-General Ana Tessaro", "Secretary-General Ana Tessaro", "Tessaro"},
        id="an organization's acronym before a title goes with the title"),
    pytest.param(
        "Final", "Fans filled the Prince Orvel Tarsk Stadium on Sunday and visited the Kivrano Shrine.",
        [("the Prince Orvel Tarsk Stadium", "ORG"), ("Sunday", "DATE"), ("the Kivrano Shrine", "WORK_OF_ART")],
        {("Prince Orvel Tarsk Stadium", "place"), ("Kivrano Shrine", "place")}, {"Orvel Tarsk Stadium"},
        id="a stadium or shrine named after a prince is a place, not a titled person"),
    pytest.param(
        "Runoff", 'Former president Jorvan "Tito" Keslar conceded on Sunday. Keslar said he would lead the opposition.',
        [('Jorvan "Tito" Keslar', "PERSON"), ("Sunday", "DATE"), ("Keslar", "PERSON")],
        {("Jorvan Keslar", "person")}, {'Jorvan "Tito" Keslar', "Keslar"},
        id="a quoted nickname inside a person's name is no part of it"),
    pytest.param(
        "Unrest", "Interior Minister Tarek Dovani said eight people had died. Ilse Varr became Home Secretary. "
        "Harrow Lane said the changes would help.",
        [("Interior", "ORG"), ("Tarek Dovani", "ORG"), ("Ilse Varr", "PERSON"), ("Harrow Lane", "ORG")],
        {("Tarek Dovani", "person"), ("Harrow Lane", "organization")}, set(),
        id="a capitalised title right before a name read as an organization makes it a person (not across a sentence end)"),
    pytest.param(
        "Ruling", "Peru's Supreme Electoral Court (JNE) ruled on Monday. The JNE said Peru's Interior Ministry would act.",
        [("Peru", "GPE"), ("Supreme Electoral Court", "ORG"), ("JNE", "ORG"), ("Monday", "DATE"), ("JNE", "ORG"),
         ("Peru", "GPE"), ("Interior Ministry", "ORG")],
        {("Supreme Electoral Court", "organization"), ("Peru", "place"), ("Peru's Interior Ministry", "organization")},
        {"Peru's Supreme Electoral Court", "JNE"},
        id="a country's generic body with an acronym of its own is a named body, without the possessive"),
    pytest.param(
        "Vote", "Tomas Brel of the Civic Party of Côte d'Ivoire (PCCI) was barred. The PCCI said it would appeal.",
        [("Tomas Brel", "PERSON"), ("the Civic Party of Côte d'Ivoire", "ORG"), ("PCCI", "ORG"), ("PCCI", "ORG")],
        {("Civic Party of Côte d'Ivoire", "organization")}, {"PCCI"},
        id="an elided article ('d'Ivoire') does not end an acronym's definition"),
    pytest.param(
        "Patrol", "The UN Mission in Varenia, known as UNMIV, said a patrol was attacked. UNMIV asked for calm.",
        [("The UN Mission", "ORG"), ("Varenia", "GPE"), ("UNMIV", "ORG"), ("UNMIV", "ORG")],
        {("UN Mission in Varenia", "organization")}, {"UN Mission", "UNMIV"},
        id="'X in Place, known as ACR': the acronym says the place is part of the name"),
    pytest.param(
        "Screening", "The outbreak spread in the east. Neighbouring Angola has stepped up screening. Landlocked Malawi closed a crossing.",
        [],
        {("Angola", "place"), ("Malawi", "place")}, {"Neighbouring Angola", "Landlocked Malawi"},
        id="an adjective opening a sentence is no part of the country after it"),
    pytest.param(
        "Output", "Output fell at Tarvexa, the joint venture that runs the Orvelo and Kestrano mines, officials said.",
        [],
        {("Tarvexa", "organization"), ("Orvelo", "place"), ("Kestrano", "place")}, set(),
        id="', the joint venture' names an organization; 'the X and Y mines' names two places"),
    pytest.param(
        "Roads", "Teams used a helicopter provided by the peacekeeping mission, MONUV. The state broadcaster RTV showed flooded roads.",
        [],
        {("MONUV", "organization"), ("RTV", "organization")}, set(),
        id="capitals right after a noun that names an organization are one"),
    pytest.param(
        "Relief", "The Federation of Orvel Growers and Tarsk Farmers' Unions said it had released funds. "
        "The Bank of Tarvos and Kessler Holdings agreed a loan.",
        [("The Federation of Orvel Growers", "ORG"), ("Tarsk Farmers' Unions", "ORG"), ("The Bank of Tarvos", "ORG"),
         ("Kessler Holdings", "ORG")],
        {("Federation of Orvel Growers and Tarsk Farmers' Unions", "organization"), ("Bank of Tarvos", "organization"),
         ("Kessler Holdings", "organization")},
        {"Federation of Orvel Growers", "Tarsk Farmers' Unions"},
        id="an 'X of Y' organization, 'and', and a span ending in a plural organization word are one name"),
    pytest.param(
        "Review", "The force is overseen by the Governor's Office for Harbour Safety, which ordered a review.",
        [("the Governor's Office for Harbour Safety", "ORG")],
        {("Governor's Office for Harbour Safety", "organization")}, {"Office for Harbour Safety"},
        id="a title's possessive before an organization's name is part of the name"),
    pytest.param(
        "Bill", "Allies will push a bill in Congress next week, while the Commission said it would wait.",
        [("Congress", "ORG"), ("Commission", "ORG")],
        {("Congress", "organization")}, {"Commission"},
        id="an organization word after a preposition and no article names the body itself"),
    pytest.param(
        "Bill", "The Orvel National Congress met on Monday. Allies will push a bill in Congress next week.",
        [("The Orvel National Congress", "ORG"), ("Monday", "DATE"), ("Congress", "ORG")],
        {("Orvel National Congress", "organization")}, {"Congress"},
        id="a bare body word is short for the one longer body the article names with it"),
    pytest.param(
        "Attack", "Regional governor Oleh Tarsky said a port was hit, and presiding judge Iva Morrek said the trial would go on. "
        "The prize went to filmmaker Jafar Orvani.",
        [("Oleh Tarsky", "ORG"), ("Iva Morrek", "ORG"), ("Jafar Orvani", "ORG")],
        {("Oleh Tarsky", "person"), ("Iva Morrek", "person"), ("Jafar Orvani", "person")}, set(),
        id="a lowercase role word right before a name makes it a person"),
]


@pytest.mark.parametrize("title, text, spans, present, absent", DEV8_CASES)
def test_dev8_resolver_rules(title, text, spans, present, absent):
    check_with(title, text, spans, present=present, absent=absent)


@pytest.mark.parametrize("title, text, spans, present, absent", RULE_CASES)
def test_resolver_rules(title, text, spans, present, absent):
    check_with(title, text, spans, present=present, absent=absent)


def test_capitalised_runs_keep_a_capitalised_stop_word_and_a_plural_possessive():
    from newsdigest.entities.propernames import capitalised_runs

    text = "Members of IF Brann joined the Dalton Growers' Union on Monday."
    runs = {text[s:e] for s, e in capitalised_runs(text)}
    assert "IF Brann" in runs and "Dalton Growers' Union" in runs


def test_the_stored_gazetteer_is_the_built_one(tmp_path):
    from newsdigest.entities.gazetteer import stored_gazetteer

    cache = tmp_path / "ner.sqlite"
    first = stored_gazetteer(cache)  # built and stored
    stored_gazetteer.cache_clear()
    second = stored_gazetteer(cache)  # read back
    assert second is not first and second is not gazetteer()
    for name in ("Kursk", "United States", "DRC", "Un"):
        assert second.lookup(name) == gazetteer().lookup(name)
    assert second.countries == gazetteer().countries
    assert second.multiword_country_pattern().pattern == gazetteer().multiword_country_pattern().pattern


DEV9_CASES = [
    pytest.param(
        "Aid", "The UN Office for the Coordination of Grain Relief (OCGR) said roads were cut. OCGR said trucks waited.",
        [("The UN Office", "ORG"), ("the Coordination of Grain Relief", "ORG"), ("OCGR", "ORG"), ("OCGR", "ORG")],
        {("UN Office for the Coordination of Grain Relief", "organization")},
        {"UN Office", "Office for the Coordination of Grain Relief", "OCGR"},
        id="an organization span split at 'for the' is one name; an acronym opening it stays in it"),
    pytest.param(
        "Vaccines", "Donors were urged to fund the Orvel Task Force on Fever Control, which buys vaccines, the Council on Monday said.",
        [("the Orvel Task Force", "ORG"), ("Council", "ORG"), ("Monday", "DATE")],
        {("Orvel Task Force on Fever Control", "organization")}, {"Orvel Task Force", "Council on Monday"},
        id="an organization word followed by 'on' and capitalised words: its remit is part of the name, a day is not"),
    pytest.param(
        "Storm", "A storm struck the main island of Palau on Monday, Radio Palau said.",
        [("Palau", "PERSON"), ("Monday", "DATE"), ("Radio Palau", "ORG")],
        {("Palau", "place"), ("Radio Palau", "organization")}, set(),
        id="a country the model reads as a person is no surname of a name the model reads as an organization"),
    pytest.param(
        "Envoy", "Palau recalled its envoy on Monday. Police raided the office of Vesti Palau, and the Palau envoy left.",
        [("Palau", "ORG"), ("Monday", "DATE"), ("Vesti Palau", "PERSON"), ("Palau", "PERSON")],
        {("Palau", "place")}, set(),
        id="a country the model also reads as no person is no surname"),
    pytest.param(
        "Bonds", "Malta's Treasury plans a bond sale, Treasury Secretary Ivo Kessar said on Monday.",
        [("Malta", "GPE"), ("Treasury", "ORG"), ("Treasury", "ORG"), ("Ivo Kessar", "PERSON"), ("Monday", "DATE")],
        {("Malta's Treasury", "organization"), ("Malta", "place")}, {"Treasury"},
        id="a country's possessive qualifies a treasury as it does a ministry"),
    pytest.param(
        "Match", "Fly-half Tomas Orvel kicked 11 points. Scrum-half Jan Keslar scored twice.",
        [("Fly-half Tomas Orvel", "PERSON"), ("Scrum-half Jan Keslar", "PERSON")],
        {("Tomas Orvel", "person"), ("Jan Keslar", "person")}, {"Fly-half Tomas Orvel", "Scrum-half Jan Keslar"},
        id="rugby positions opening a sentence are titles"),
    pytest.param(
        "Report", "The Grain Rights Watch said on Monday that farmers were unpaid.",
        [("Monday", "DATE")],
        {("Grain Rights Watch", "organization")}, set(),
        id="a capitalised run the model missed that ends in 'Watch' is an organization"),
    pytest.param(
        "Vote", "The Costa Rica Vesna Kora front won four seats on Monday. The CRVK said it would join talks.",
        [("Vesna Kora", "PERSON"), ("Monday", "DATE"), ("CRVK", "ORG")],
        {("Costa Rica Vesna Kora", "organization")}, {"Costa Rica", "Vesna Kora", "CRVK"},
        id="a capitalised run whose initials an undefined acronym spells is one organization, a country inside it too"),
    pytest.param(
        "Case", "Tomas Vell, head of the Special Prosecutor's Office Against Grain Fraud, filed charges on Monday.",
        [("Tomas Vell", "PERSON"), ("the Special Prosecutor's Office Against Grain Fraud", "ORG"), ("Monday", "DATE")],
        {("Special Prosecutor's Office Against Grain Fraud", "organization")}, {"Office Against Grain Fraud"},
        id="capitalised words ending in a role word, as a body's possessive owner, are part of its name"),
    pytest.param(
        "Raid", "The Varskis, who call themselves Ansar Tarvo, seized the port on Monday. The Varskis said the port was theirs.",
        [("Varskis", "PERSON"), ("Ansar Tarvo", "PERSON"), ("Monday", "DATE"), ("Varskis", "PERSON")],
        {("Varskis", "organization")}, {"Ansar Tarvo"},
        id="'who call themselves X': X is the same group; a plural name always after 'the' is a group, not a person"),
    pytest.param(
        "Verdict", "A court in Algiers jailed Tomas Vell on Monday.",
        [("Algiers", "NORP"), ("Tomas Vell", "PERSON"), ("Monday", "DATE")],
        {("Algiers", "place")}, set(),
        id="a known city read as a people's name after 'in' is that city"),
    pytest.param(
        "Meeting", "Tomas Vell told the National Grain Council in Geneva on Monday that stocks were low. "
        "The Grain Interim Force in Lebanon said nothing.",
        [("Tomas Vell", "PERSON"), ("the National Grain Council in Geneva", "ORG"), ("Monday", "DATE"),
         ("The Grain Interim Force in Lebanon", "ORG")],
        {("National Grain Council", "organization"), ("Geneva", "place"), ("Grain Interim Force in Lebanon", "organization")},
        {"National Grain Council in Geneva"},
        id="an organization's span ending in 'in' and a known city is the organization and the city; a country stays in the name"),
    pytest.param(
        "Vote", "The alliance includes the Islamist Varsa party, which won seats on Monday.",
        [("Islamist", "NORP"), ("Monday", "DATE")],
        {("Varsa", "organization")}, {"Islamist Varsa", "Islamist"},
        id="a creed's word before a party's name is no part of it"),
    pytest.param(
        "Match", "Orvel beat Tarsk at the Kessar Bank Stadium on Saturday.",
        [("Orvel", "GPE"), ("Tarsk", "GPE"), ("the Kessar Bank Stadium", "ORG"), ("Saturday", "DATE")],
        {("Kessar Bank Stadium", "place")}, set(),
        id="a name ending in a place-name word is a place even with a sponsor's organization word in it"),
    pytest.param(
        "Deadlock", "Vetkora won the vote. Vetkora, or Self-Rule, holds 48 seats. The Orvel Party, the Tarsk Front, or Civic Union, will decide.",
        [("Vetkora", "ORG"), ("Vetkora", "PERSON"), ("Self-Rule", "ORG"), ("48", "CARDINAL"), ("The Orvel Party", "ORG"),
         ("the Tarsk Front", "ORG"), ("Civic Union", "ORG")],
        {("Vetkora", "organization"), ("Civic Union", "organization")}, {"Self-Rule"},
        id="'X, or Y,' with a verb after: Y is a translation of X's name; not at the end of a list"),
]


@pytest.mark.parametrize("title, text, spans, present, absent", DEV9_CASES)
def test_dev9_resolver_rules(title, text, spans, present, absent):
    check_with(title, text, spans, present=present, absent=absent)


DEV10_CASES = [
    pytest.param(
        "Verdict", "A court sentenced Sheikh Orvana in absentia on Monday. Orvana, who fled to Tarsk, did not respond. "
        "Her sister Sheikh Tavima was also named. Sheikh Kamal bin Rashid Al Varsi met Tavima on Monday.",
        [("Sheikh Orvana", "PERSON"), ("Monday", "DATE"), ("Orvana", "GPE"), ("Tarsk", "GPE"), ("Tavima", "PERSON"),
         ("Kamal bin Rashid Al Varsi", "PERSON"), ("Tavima", "ORG"), ("Monday", "DATE")],
        {("Sheikh Orvana", "person"), ("Sheikh Tavima", "person"), ("Kamal bin Rashid Al Varsi", "person")},
        {"Orvana", "Tavima", "Sheikh Kamal"},
        id="a one-word name written after a name-forming honorific (Sheikh) is that person, honorific included"),
    pytest.param(
        "Floods", "Rivers rose in Vitória da Conquista on Monday. Tomas Vell spoke at a rally in General Roca, "
        "and roads to Cruzeiro do Sul were cut.",
        [("Vitória", "PERSON"), ("Monday", "DATE"), ("Tomas Vell", "PERSON"), ("Roca", "PERSON")],
        {("Vitória da Conquista", "place"), ("General Roca", "place"), ("Cruzeiro do Sul", "place")},
        {"Vitória", "Roca", "Cruzeiro"},
        id="a span that is part of a longer place the gazetteer knows, written out, grows to it (particles, a title-like word before)"),
    pytest.param(
        "Fine", "The Premier Grain League fined Orvel Rovers on Monday. General Vorn Motors said nothing.",
        [("Orvel Rovers", "ORG"), ("Monday", "DATE")],
        {("Premier Grain League", "organization"), ("General Vorn Motors", "organization")},
        {"Grain League", "Vorn Motors"},
        id="a title-like first word stays in a name that ends in an organization word"),
    pytest.param(
        "Vote", "The Justice Party won 40 seats in the House of Delegates. Justice leader Ana Vell thanked voters, "
        "and House Speaker Tomas Vell called a session.",
        [("The Justice Party", "ORG"), ("40", "CARDINAL"), ("the House of Delegates", "ORG"), ("Justice", "ORG"),
         ("Ana Vell", "PERSON"), ("House", "ORG"), ("Tomas Vell", "PERSON")],
        {("Justice Party", "organization"), ("House of Delegates", "organization")}, {"Justice", "House"},
        id="a generic word alone is the one body named as it plus an organization word or an 'of' phrase"),
    pytest.param(
        "Grants", "The Orvel Fund to Fight Blight, Rust and Mildew cut grants on Monday. The Orvel Fund said farmers "
        "would suffer. The Tarsk Bank to Kenya and Uganda is no name.",
        [("The Orvel Fund", "ORG"), ("Rust", "ORG"), ("Mildew", "ORG"), ("Monday", "DATE"), ("The Orvel Fund", "ORG"),
         ("The Tarsk Bank", "ORG"), ("Kenya", "GPE"), ("Uganda", "GPE")],
        {("Orvel Fund to Fight Blight, Rust and Mildew", "organization"), ("Tarsk Bank", "organization"), ("Kenya", "place")},
        {"Orvel Fund", "Rust", "Mildew", "Fight Blight"},
        id="an organization's name followed by 'to' and a title-case purpose (a list closed by 'and') is one name; its head alone is short for it"),
    pytest.param(
        "Infections", "Ana Vell, head of the Joint Orvel Programme on HIV/AIDS, said infections rose on Monday.",
        [("Ana Vell", "PERSON"), ("the Joint Orvel Programme", "ORG"), ("Monday", "DATE")],
        {("Joint Orvel Programme on HIV/AIDS", "organization")}, {"Joint Orvel Programme on HIV", "Joint Orvel Programme"},
        id="a slash joins two capitalised words of an organization's remit"),
    pytest.param(
        "Rally", "Party leader Tomas ap Orvel told supporters in Cardiff that Orvel would win.",
        [("Tomas", "PERSON"), ("Orvel", "GPE"), ("Cardiff", "GPE"), ("Orvel", "PERSON")],
        {("Tomas ap Orvel", "person"), ("Cardiff", "place")}, {"Tomas", "Orvel"},
        id="a person's span followed by a particle and one capitalised word is one name, whatever the model read that word as"),
    pytest.param(
        "Short", "Hindenburg Analytics accused the group of fraud on Monday. Hindenburg, which closed in January, "
        "did not say more.",
        [("Hindenburg Analytics", "ORG"), ("Monday", "DATE"), ("Hindenburg", "ORG"), ("January", "DATE")],
        {("Hindenburg Analytics", "organization")}, {"Hindenburg"},
        id="a known place's name never read or written as a place is short for the one organization it opens"),
    pytest.param(
        "Signing", "Hindenburg Plate signed a striker on Monday. The deal pleased Hindenburg fans, and Hindenburg said more "
        "signings would follow.",
        [("Hindenburg Plate", "ORG"), ("Monday", "DATE")],
        {("Hindenburg Plate", "organization")}, {"Hindenburg"},
        id="short forms the model did not tag, typed by the gazetteer alone, do not outvote the model's reading of the full name"),
]


@pytest.mark.parametrize("title, text, spans, present, absent", DEV10_CASES)
def test_dev10_resolver_rules(title, text, spans, present, absent):
    check_with(title, text, spans, present=present, absent=absent)


DEV11_CASES = [
    pytest.param(
        "Derby", "Kessara beat Dunmore 2-1 on Saturday. Ana Vellin beat Ida Marrow 6-4, 6-2 in the final in Varn. "
        "Kessara travel to Varn next week, while Dunmore host Bergen. Tomas Orvel joined Dunmore from Tolvara in May. "
        "The Scotland midfielder missed the game.",
        [("Kessara", "GPE"), ("Dunmore", "GPE"), ("Saturday", "DATE"), ("Ana Vellin", "PERSON"), ("Ida Marrow", "PERSON"),
         ("Varn", "GPE"), ("Kessara", "GPE"), ("Varn", "GPE"), ("next week", "DATE"), ("Dunmore", "PERSON"),
         ("Bergen", "GPE"), ("Tomas Orvel", "PERSON"), ("Dunmore", "GPE"), ("Tolvara", "GPE"), ("May", "DATE"), ("Scotland", "GPE")],
        {("Kessara", "organization"), ("Dunmore", "organization"), ("Bergen", "organization"), ("Tolvara", "organization"),
         ("Ana Vellin", "person"), ("Ida Marrow", "person"), ("Varn", "place"), ("Scotland", "place")}, set(),
        id="what beats, hosts, travels or is joined from is a side, not a place; people who beat people stay people"),
    pytest.param(
        "Floods", "Rescuers in Brevanka found two bodies, and a bridge near the Kolvano collapsed. Investors bought shares "
        "in Velmora, and a bill stalled in the House of Elders.",
        [("Brevanka", "ORG"), ("Kolvano", "PERSON"), ("Velmora", "ORG"), ("the House of Elders", "ORG")],
        {("Brevanka", "place"), ("Kolvano", "place"), ("Velmora", "organization"), ("House of Elders", "organization")}, set(),
        id="a name written after 'in' or 'near' is a place when nothing else types it; not after 'shares in', nor a body's 'X of Y'"),
    pytest.param(
        "Trial", "Ivo Marrow, 46, denied the charges. The mission, led by Lena Dovik, left on Monday. Petr Kalvan, the "
        "president of the Tarsk Union, said his father Anton Vell had died. A Varenian businessman, Mira Oskan, paid. "
        "Doctors in Bergen, who treated him, and Rota Kessel, the firm that employed him, did not comment.",
        [("Ivo Marrow", "ORG"), ("Lena Dovik", "ORG"), ("Monday", "DATE"), ("Petr Kalvan", "GPE"), ("the Tarsk Union", "ORG"),
         ("Anton Vell", "ORG"), ("Varenian", "NORP"), ("Mira Oskan", "ORG"), ("Bergen", "GPE"), ("Rota Kessel", "ORG")],
        {("Ivo Marrow", "person"), ("Lena Dovik", "person"), ("Petr Kalvan", "person"), ("Anton Vell", "person"),
         ("Mira Oskan", "person"), ("Bergen", "place"), ("Rota Kessel", "organization")}, set(),
        id="an age, ', who', a person's apposition or role noun, a relative or 'led by' make a person of a full name read otherwise"),
    pytest.param(
        "Results", "Analysts at Kestrova expect cuts. Shares in Marlo Vent rose. Dovan Tarsk, which is based in Bergen, "
        "said profit fell. The Bergen-based Olvera Sims hired staff. Velkor, whose chief executive resigned, said little. "
        "The Civic party of former president Ivo Marrow said it would appeal.",
        [("Kestrova", "GPE"), ("Marlo Vent", "PERSON"), ("Dovan Tarsk", "PERSON"), ("Bergen", "GPE"), ("Olvera Sims", "PERSON"),
         ("Velkor", "GPE"), ("Civic", "NORP"), ("Ivo Marrow", "PERSON")],
        {("Kestrova", "organization"), ("Marlo Vent", "organization"), ("Dovan Tarsk", "organization"),
         ("Olvera Sims", "organization"), ("Velkor", "organization"), ("Ivo Marrow", "person")}, set(),
        id="analysts at, shares in, ', which', 'said it', ', whose chief executive' and 'X-based' say a company"),
]


@pytest.mark.parametrize("title, text, spans, present, absent", DEV11_CASES)
def test_dev11_resolver_rules(title, text, spans, present, absent):
    check_with(title, text, spans, present=present, absent=absent)


@settings(max_examples=400, deadline=None)
@given(st.sampled_from(["Orvel", "UN", "Kestrel Bay", "ö", "A.B.", "al-Nur", "x"]),
       st.lists(st.sampled_from(["Orvel", "UN", "Kestrel Bay", "ö", "A.B.", "al-Nur", "x", " ", "-", "_", "s", "é", "7", ".", ",", "\n", "'s"]), max_size=25))
def test_whole_word_finds_what_the_regex_finds(word, parts):
    """mention.whole_word (str.find) against (?<![\\w-])WORD(?![\\w-])."""
    import re

    from newsdigest.entities.mention import whole_word

    text = "".join(parts)
    expected = [m.span() for m in re.finditer(rf"(?<![\w-]){re.escape(word)}(?![\w-])", text)]
    assert [m.span() for m in whole_word(word).finditer(text)] == expected
    assert (whole_word(word).search(text) is None) == (not expected)
    assert len(whole_word(word).findall(text)) == len(expected)


DEV12_CASES = [
    pytest.param(
        "Verdict", "He is held where former presidents Ana Vellin, Ivo Kestrel and Dario Toledo are also held. Money came "
        "from a consortium that included the companies Norvex and Tarsk Holdings. Marlo, Vento, Kimberley and Ostra are among "
        "the companies covered. Arlen drew level on points with leaders Varnos.",
        [("Ana Vellin", "GPE"), ("Ivo Kestrel", "ORG"), ("Toledo", "GPE"), ("Norvex", "PERSON"), ("Tarsk Holdings", "ORG"),
         ("Marlo", "ORG"), ("Vento", "ORG"), ("Kimberley", "ORG"), ("Ostra", "GPE"), ("Arlen", "ORG"), ("Varnos", "ORG")],
        {("Ana Vellin", "person"), ("Ivo Kestrel", "person"), ("Dario Toledo", "person"), ("Norvex", "organization"),
         ("Kimberley", "organization"), ("Ostra", "organization"), ("Varnos", "organization")}, set(),
        id="a plural for people or bodies before a list of names, or after it and 'are among the', types every name in it"),
    pytest.param(
        "Outbreak", "Hurricane Velia flooded Port Marno. Doctors confirmed the Orvenka virus in Tarsk, and there is no "
        "vaccine for Orvenka. Ilse Marrow, the president of the Varn Islands, visited.",
        [("Hurricane Velia", "PERSON"), ("Port Marno", "GPE"), ("Orvenka", "GPE"), ("Tarsk", "GPE"), ("Orvenka", "GPE"),
         ("Ilse Marrow", "PERSON"), ("the Varn Islands", "ORG")],
        {("Port Marno", "place"), ("Tarsk", "place"), ("Ilse Marrow", "person"), ("Varn Islands", "place")},
        {("Hurricane Velia", "person"), ("Orvenka", "place")},
        id="a storm's name and a disease named after a place are no entities; '... Islands' is a place"),
    pytest.param(
        "Mine", "Marlo Copper, once majority-owned by Kimberley, runs the mine. He explained his stake in Dovrent, the "
        "farming and chemicals conglomerate he founded. Prosecutor Ivo Kestrel said the case was closed.",
        [("Marlo Copper", "ORG"), ("Kimberley", "ORG"), ("Dovrent", "PERSON"), ("Ivo Kestrel", "PERSON")],
        {("Kimberley", "organization"), ("Dovrent", "organization"), ("Ivo Kestrel", "person")},
        {("Prosecutor Ivo Kestrel", "person")},
        id="a known town's name after 'owned by' is a company; an apposition may join two words with 'and' and "
           "end in 'he founded'; Prosecutor is a title"),
    pytest.param(
        "Strike", "Machinists who build jets for Halvane voted to end the strike. Ivo Marrow, head of Halvane Defense "
        "Systems, welcomed it. Halvane shares rose.",
        [("Halvane", "ORG"), ("Ivo Marrow", "PERSON"), ("Halvane Defense Systems", "ORG"), ("Halvane", "ORG")],
        {("Halvane", "organization"), ("Halvane Defense Systems", "organization")}, set(),
        id="a body's first word named alone before the body is a parent of its own, not its short form"),
]


@pytest.mark.parametrize("title, text, spans, present, absent", DEV12_CASES)
def test_dev12_resolver_rules(title, text, spans, present, absent):
    check_with(title, text, spans, present=present, absent=absent)


DEV13_CASES = [
    pytest.param(
        "Front", "The 51st Guards Army said it had taken Orvenka. Kurdish fighters and Tuareg herders fled, the "
        "Commander-in-chief Ivo Marrow said. Ombudsman Ana Vellin said Kinshasa had been warned, and Kinshasa denied it.",
        [("Guards Army", "ORG"), ("Orvenka", "GPE"), ("Kurdish", "NORP"), ("Tuareg", "ORG"),
         ("Commander-in-chief Ivo Marrow", "ORG"), ("Ombudsman Ana Vellin", "PERSON"), ("Kinshasa", "ORG"), ("Kinshasa", "ORG")],
        {("51st Guards Army", "organization"), ("Ivo Marrow", "person"), ("Ana Vellin", "person"), ("Kinshasa", "place")},
        {("Guards Army", "organization"), ("Kurdish", "place"), ("Tuareg", "organization"), ("Kinshasa", "organization")},
        id="a unit's number is part of its name; peoples are no entities; Commander-in-chief and Ombudsman are titles; "
           "a capital standing for its government is the place"),
    pytest.param(
        "Race", "Ivo Marrow won, with Petr Kalvan third for Orvel Racing. New Zealander Dario Vell was fifth, and Vell said "
        "he was happy. Fans filled the Marno Stadium in Tangier, and talks on Varnek and the Tarsk Alliance went on. "
        "Orvel and Tarsk Vale trade; Tarsk Vale is a port.",
        [("Ivo Marrow", "PERSON"), ("Petr Kalvan third", "PERSON"), ("Orvel Racing", "ORG"), ("New Zealander Dario Vell", "PERSON"),
         ("Vell", "PERSON"), ("the Marno Stadium in Tangier", "FAC"), ("Varnek and the Tarsk Alliance", "ORG"),
         ("Orvel and Tarsk Vale", "GPE"), ("Tarsk Vale", "GPE")],
        {("Petr Kalvan", "person"), ("New Zealand", "place"), ("Dario Vell", "person"), ("Marno Stadium", "place"),
         ("Tangier", "place"), ("Tarsk Alliance", "organization"), ("Tarsk Vale", "place")},
        {("Petr Kalvan third", "person"), ("New Zealander Dario Vell", "person"), ("Marno Stadium in Tangier", "place"),
         ("Varnek and the Tarsk Alliance", "organization"), ("Orvel and Tarsk Vale", "place")},
        id="no lowercase word ends a person's name; a nationality before a name is the country; two names in one span "
           "('X and the Y', 'X in <known place>', 'X and Y' with one named alone) are split"),
    pytest.param(
        "Fighting", "Voters in Anbar and Velkorra backed him. Families fled the hamlet of Dovra Vell and the main Tarskam "
        "border crossing stayed shut. Gunmen held the Centre department. Shelling hit Sheikh Orvana, a largely rural district "
        "policed by militias.",
        [("Anbar", "GPE"), ("Velkorra", "PERSON"), ("Dovra Vell", "ORG"), ("Tarskam", "ORG"), ("Centre", "ORG"),
         ("Sheikh Orvana", "PERSON")],
        {("Velkorra", "place"), ("Dovra Vell", "place"), ("Tarskam", "place"), ("Centre", "place"), ("Sheikh Orvana", "place")},
        set(),
        id="the last of places listed after 'in'; 'the hamlet of'; 'border crossing' and 'department' after a name; "
           "an honorific-led place named by an apposition"),
    pytest.param(
        "Rules", "Norvex, Kimberley and Velkor have all argued against the rules. Music labels Orvel Sound and Dovrent "
        "joined the case. Talks between Velkor and Nairobi went on.",
        [("Norvex", "ORG"), ("Kimberley", "ORG"), ("Velkor", "ORG"), ("Orvel Sound", "ORG"), ("Dovrent", "PERSON"),
         ("Velkor", "ORG"), ("Nairobi", "GPE")],
        {("Kimberley", "organization"), ("Dovrent", "organization"), ("Nairobi", "place")}, set(),
        id="a known town's name listed with companies is a company (not a capital); a plural 'labels' before names"),
]


@pytest.mark.parametrize("title, text, spans, present, absent", DEV13_CASES)
def test_dev13_resolver_rules(title, text, spans, present, absent):
    check_with(title, text, spans, present=present, absent=absent)


def test_well_known_names_get_their_type_unless_a_place_cue_or_in_says_otherwise():
    """known_entities.yml types well-known bodies and people the model and the
    gazetteer get wrong (real names, since the list is world knowledge); a place
    cue or a known place's name after "in" still wins."""
    rules = entity_rules()
    assert rules.known_kinds["google"] == "organization" and rules.known_kinds["armand duplantis"] == "person"
    check_with(
        "Rules", "Google said the rules were unclear. A court heard the case against OpenAI on Monday. Armand Duplantis "
        "cleared the bar. Fighters of the Taliban crossed. Mercedes, a town of 60,000, flooded.",
        [("Google", "GPE"), ("OpenAI", "PERSON"), ("Monday", "DATE"), ("Armand Duplantis", "ORG"), ("Taliban", "NORP"),
         ("Mercedes", "ORG")],
        present={("Google", "organization"), ("OpenAI", "organization"), ("Armand Duplantis", "person"),
                 ("Taliban", "organization"), ("Mercedes", "place")})
    check_with("Riots", "Shops were looted in Meta overnight.", [("Meta", "ORG")], present={("Meta", "place")})


def test_the_known_entities_file_parses_with_no_name_under_two_types():
    import yaml

    from newsdigest.entities.registry import name_key
    from newsdigest.entities.rules import KNOWN_FILE

    data = yaml.safe_load(KNOWN_FILE.read_text(encoding="utf-8"))
    orgs, people = ({name_key(str(n)) for n in data[kind]} for kind in ("organization", "person"))
    assert len(orgs) > 1000 and len(people) > 300 and not orgs & people
    assert not [n for n in data["organization"] + data["person"] if gazetteer().country(str(n))]  # no country is listed


def test_well_known_names_the_model_missed_or_joined_are_found_and_not_folded_into_people():
    check_with(
        "Deal", "Grab, which is backed by SoftBank and Uber, declined to comment.\n\nNovak Djokovic lost in the final. "
        "Wolfgang Porsche, the chairman, spoke for the families; Porsche said profit fell. A.P. Moller-Maersk said Maersk "
        "ships would return.",
        [("SoftBank and Uber", "ORG"), ("Wolfgang Porsche", "PERSON"), ("Porsche", "ORG"), ("A.P. Moller-Maersk", "ORG"),
         ("Maersk", "ORG")],
        present={("SoftBank", "organization"), ("Uber", "organization"), ("Novak Djokovic", "person"),
                 ("Wolfgang Porsche", "person"), ("Porsche", "organization"), ("A.P. Moller-Maersk", "organization")},
        absent={("SoftBank and Uber", "organization"), ("Maersk", "organization")})


def test_a_ministry_after_a_country_possessive_is_that_country_s_ministry():
    check_with(
        "Ore", "Chile's Ministry of Mines and Energy said the ore had been moved. Peru's Culture Ministry agreed, and "
        "the Culture Ministry said it would lend the drum.",
        [("Chile", "GPE"), ("Ministry of Mines and Energy", "ORG"), ("Peru", "GPE"), ("Culture Ministry", "ORG"),
         ("the Culture Ministry", "ORG")],
        present={("Chile's Ministry of Mines and Energy", "organization"), ("Peru's Culture Ministry", "organization")},
        absent={("Ministry of Mines and Energy", "organization"), ("Culture Ministry", "organization")})


def test_no_lowercase_word_ends_a_name_and_czechia_is_the_czech_republic():
    check_with(
        "Floods", "Gunmen hold farms in the Orvel valley. Czech officials and Czechia's army helped. Norvex paid "
        "Tarsk 500 million euros.",
        [("the Orvel valley", "LOC"), ("Czech", "NORP"), ("Czechia", "GPE"), ("Norvex", "ORG"), ("Tarsk 500 million euros", "ORG")],
        present={("Orvel", "place"), ("Czech Republic", "place"), ("Tarsk", "organization")},
        absent={("Orvel valley", "place"), ("Czechia", "place"), ("Tarsk 500", "organization")})


def test_two_person_spans_around_a_middle_name_are_one_person_but_not_around_a_title():
    check_with(
        "Hearing", "Deputy Prosecutor Ade Kolawe Maruna told the judges. Orvel Chief Minister Ivo Vell agreed.",
        [("Ade", "PERSON"), ("Maruna", "PERSON"), ("Orvel", "PERSON"), ("Ivo Vell", "PERSON")],
        present={("Ade Kolawe Maruna", "person"), ("Ivo Vell", "person")},
        absent={("Ade", "person"), ("Maruna", "person"), ("Orvel Chief Minister Ivo Vell", "person")})


def test_a_nationality_word_that_is_also_a_surname_in_the_text_is_no_country():
    check_with(
        "Sudani Bloc Leads", "Prime Minister Ivo Tarsk al-Sudani's coalition won. Sudani said talks would start. "
        "A Kenyan official, read as a person, agreed.",
        [("Ivo Tarsk al-Sudani's", "PERSON"), ("Sudani", "PERSON"), ("Kenyan", "PERSON")],
        present={("Kenya", "place")}, absent={("Sudan", "place")})


def test_review_cases_no_list_without_two_names_no_split_of_a_known_name_no_fever_person():
    check_with("Club", "Norvex Dynamics is where players train. Ana Vell said Norvex Steel is paying its directors more.",
               [("Norvex Dynamics", "ORG"), ("Ana Vell", "PERSON"), ("Norvex Steel", "ORG")],
               present={("Norvex Dynamics", "organization"), ("Norvex Steel", "organization")})
    check_with("Agency", "Customs and Border Protection said on Monday that Customs officers had seized the cargo.",
               [("Customs and Border Protection", "ORG")], present={("Customs and Border Protection", "organization")},
               absent={"Border Protection"})
    check_with("Craze", "Ivo Vell fever swept Tarnwick as Ivo Vell won again.", [("Ivo Vell", "PERSON"), ("Tarnwick", "GPE"), ("Ivo Vell", "PERSON")],
               present={("Ivo Vell", "person")})
    from newsdigest.entities.rules import plural

    assert [plural(w) for w in ("wife", "fly-half", "rivals", "company", "chairman", "coach")] == \
        ["wives", "fly-halves", "rivals", "companies", "chairmen", "coaches"]



def test_a_well_known_name_written_in_full_is_one_span_whatever_pieces_the_model_made():
    """A listed name of several words that the model cut into pieces is one
    entity; a longer model span around a listed name stands, and a name cut
    by a line break or not capitalised at its end is no match."""
    rules = entity_rules()
    assert rules.known_kinds["islamic state sahel province"] == "organization" and rules.known_kinds["federal reserve"] == "organization"
    check_with(
        "Convoy", "Fighters of Islamic State Sahel Province attacked a convoy near Menaka on Tuesday.",
        [("Islamic", "NORP"), ("State", "ORG"), ("Sahel Province", "GPE"), ("Menaka", "GPE"), ("Tuesday", "DATE")],
        present={("Islamic State Sahel Province", "organization")}, absent={"Islamic State", "Sahel", "Sahel Province"})
    check_with(
        "Rates", "The Federal Reserve Bank of New York said rates would hold.",
        [("The Federal Reserve Bank of New York", "ORG")],
        present={("Federal Reserve Bank of New York", "organization")}, absent={"Federal Reserve", "New York"})
    check_with(
        "Rates", "Analysts at Federal Research said the state reserve was low.",
        [("Federal Research", "ORG")], present={("Federal Research", "organization")}, absent={"Federal Reserve"})


def test_an_acronym_two_named_bodies_share_is_the_one_named_last_before_it():
    check_with(
        "Banks", "The Orvel National Bank cut rates. The Ostrava National Bank held them. Later the ONB governor said more "
        "cuts could follow.",
        [("The Orvel National Bank", "ORG"), ("The Ostrava National Bank", "ORG"), ("ONB", "ORG")],
        present={("Orvel National Bank", "organization"), ("Ostrava National Bank", "organization")}, absent={"ONB"})
    analysis = analyse_with("Banks", "The Orvel National Bank cut rates. The Ostrava National Bank held them. Later the ONB "
                            "governor said more cuts could follow.",
                            [("The Orvel National Bank", "ORG"), ("The Ostrava National Bank", "ORG"), ("ONB", "ORG")])
    assert "ONB" in next(e.surfaces for e in analysis.entities if e.name == "Ostrava National Bank")


def test_a_regnal_number_or_generation_is_no_surname():
    """"Sanusi" after "Emir Muhammadu Sanusi II" is the same man, and the
    full name the model missed is still found by its surname standing alone."""
    check_with(
        "Palace", "Emir Aldo Varsani II received the horsemen at the palace.\n\nThe governor said Varsani was the lawful emir. "
        "Jon Pell Jr. attended, and Pell said he was pleased.",
        [("horsemen", "CARDINAL"), ("Varsani", "PERSON"), ("Jon Pell Jr.", "PERSON"), ("Pell", "PERSON")],
        present={("Aldo Varsani II", "person"), ("Jon Pell Jr", "person")}, absent={"Varsani", "Pell"})


def test_provinces_under_a_countrys_regions_are_places():
    """pycountry's second-level subdivisions ("Bohol", "Leyte", provinces
    under the Philippines' regions) are in the gazetteer."""
    assert gazetteer().lookup("Bohol") is not None and gazetteer().lookup("Negros Occidental") is not None
    check_with("Storm", "Relief reached Bohol and Negros Occidental on Monday.", [("Bohol", "PERSON"), ("Negros Occidental", "ORG")],
               present={("Bohol", "place"), ("Negros Occidental", "place")})



def test_a_towns_alternate_name_used_alone_is_the_short_form_of_the_one_longer_name():
    """GeoNames lists "Hindenburg" among Zabrze's alternate names: used alone
    after "Hindenburg Research", and never as a place, it is that firm."""
    assert gazetteer().lookup("Hindenburg").alternate and not gazetteer().lookup("Zabrze").alternate
    check_with(
        "Short seller", "The short seller Hindenburg Research accused the group of fraud. Hindenburg, which closed down in "
        "January, had accused it before.",
        [("Hindenburg Research", "ORG"), ("Hindenburg", "GPE"), ("January", "DATE")],
        present={("Hindenburg Research", "organization")}, absent={"Hindenburg"})
    check_with("Trip", "Officials travelled to Hindenburg on Monday. Hindenburg Research said it was closing.",
               [("Hindenburg", "GPE"), ("Monday", "DATE"), ("Hindenburg Research", "ORG")],
               present={("Hindenburg", "place"), ("Hindenburg Research", "organization")})

# Session 6 rules (dev15, dev16): model output given, as in DEV13_CASES.
SESSION6_CASES = [
    pytest.param(
        "Army", "Field Marshal Ivo Marrow met Majority Leader Ana Vell and Prosecutor-General Jon Pell. Later Ayatollah Omar "
        "Tarsi spoke. Marrow said the talks went well.",
        [("Field Marshal Ivo Marrow", "ORG"), ("Majority Leader Ana Vell", "PERSON"), ("Prosecutor-General Jon Pell", "PERSON"),
         ("Ayatollah Omar Tarsi", "PERSON"), ("Marrow", "PERSON")],
        {("Ivo Marrow", "person"), ("Ana Vell", "person"), ("Jon Pell", "person"), ("Omar Tarsi", "person")},
        {"Field Marshal Ivo Marrow", "Majority Leader Ana Vell", "Prosecutor-General Jon Pell", "Ayatollah Omar Tarsi"},
        id='ranks and offices before a name are no part of it; a sentence adverb opens no name'),
    pytest.param(
        "Attack", "Militants linked to al-Qarda attacked a base near the border, and al-Shadaab fighters took two towns. "
        "Officials blamed al-Qarda again. The Kata'ib Ahl al-Tarq militia denied a role.",
        [("al-Qarda", "ORG"), ("al-Shadaab", "ORG"), ("al-Qarda", "ORG"), ("al-Tarq militia", "PERSON")],
        {("al-Qarda", "organization"), ("al-Shadaab", "organization"), ("Kata'ib Ahl al-Tarq", "organization")},
        {"al-Tarq", "al-Tarq militia"},
        id='names opening with a lowercase Arabic article are names; a span with a lowercase tail grows over the run it ends'),
    pytest.param(
        "Courts", "The Law Society of Kenya and Amnesty International Kenya went to court. The Verification Mission in Colombia "
        "reported on Monday. The Grain Council in Nairobi said Kenya would appeal.",
        [("The Law Society", "ORG"), ("Kenya", "GPE"), ("Amnesty International", "ORG"), ("Kenya", "GPE"),
        ("The Verification Mission", "ORG"), ("Colombia", "GPE"), ("Monday", "DATE"), ("The Grain Council in Nairobi", "ORG"),
        ("Kenya", "GPE")],
        {("Law Society of Kenya", "organization"), ("Amnesty International Kenya", "organization"),
        ("Verification Mission in Colombia", "organization"), ("Grain Council", "organization"), ("Nairobi", "place"),
        ("Kenya", "place")},
        {"Law Society", "Amnesty International", "Verification Mission", "Colombia"},
        id="a country ending a body's official name is part of it; a city after 'in' is where it sits"),
    pytest.param(
        "Final", "Ana Vellari of Serbia beat Jon Pellaro of Orvel Cycling. Pellaro said he was tired. The National "
        "Confederation of Grain Workers said the Confederation would strike.",
        [("Ana Vellari of Serbia", "ORG"), ("Jon Pellaro of Orvel Cycling", "ORG"), ("Pellaro", "PERSON"),
        ("The National Confederation of Grain Workers", "ORG"), ("Confederation", "ORG")],
        {("Ana Vellari", "person"), ("Serbia", "place"), ("Jon Pellaro", "person"), ("Orvel Cycling", "organization"),
        ("National Confederation of Grain Workers", "organization")},
        {"Ana Vellari of Serbia", "Jon Pellaro of Orvel Cycling", "Grain Workers"},
        id="a person of a country or team is the person and it; a body's 'of' phrase stays"),
    pytest.param(
        "Strike", "The General Confederation of Grain Workers called a strike.",
        [("The General Confederation of Grain Workers", "PERSON")],
        {("General Confederation of Grain Workers", "organization")}, {"Confederation of Grain Workers"},
        id="a title-like first word stays in a body's name"),
    pytest.param(
        "Trial", "The accused include Nika Varsadze and Ana Tarskova of the Grain Front. His coaches, Ivo Marrelli and Jon "
        "Pellard, watched. Orvel Grain Holdings and Ana Vell spoke.",
        [("Nika Varsadze", "ORG"), ("Ana Tarskova", "PERSON"), ("the Grain Front", "ORG"), ("Ivo Marrelli", "ORG"),
        ("Jon Pellard", "PERSON"), ("Orvel Grain Holdings", "ORG"), ("Ana Vell", "PERSON")],
        {("Nika Varsadze", "person"), ("Ivo Marrelli", "person"), ("Grain Front", "organization"),
        ("Orvel Grain Holdings", "organization")},
        {("Nika Varsadze", "organization"), ("Ivo Marrelli", "organization")},
        id='a full name listed with a person is a person'),
    pytest.param(
        "Aid", "Social Welfare Secretary Rex Vellano said the Department of Social Welfare and Development had sent food. "
        "Kenya Defence Minister Ana Tarsk agreed.",
        [("Social Welfare", "ORG"), ("Rex Vellano", "PERSON"), ("the Department of Social Welfare and Development", "ORG"),
        ("Kenya", "GPE"), ("Ana Tarsk", "PERSON")],
        {("Department of Social Welfare and Development", "organization"), ("Kenya", "place"), ("Rex Vellano", "person")},
        {"Social Welfare"},
        id="a portfolio before a minister's title is no organization"),
    pytest.param(
        "Race", "Ana Vell won the Orvel Grand Prix before the Tour de France, and Jon Pell won the Tarsk Open. Epic Games "
        "and the National Rally sponsored them.",
        [("Ana Vell", "PERSON"), ("the Orvel Grand Prix", "EVENT"), ("the Tour de France", "ORG"), ("Jon Pell", "PERSON"),
        ("the Tarsk Open", "ORG"), ("Epic Games", "ORG"), ("the National Rally", "ORG")],
        {("Epic Games", "organization"), ("National Rally", "organization")},
        {"Orvel Grand Prix", "Tour de France", "Tarsk Open"},
        id="recurring events are no entities; 'Games' and 'Rally' may end a company's or party's name"),
    pytest.param(
        "Rally", "Crowds filled the Place de la Nation and marched to Orvel Palace and down Tarsk Avenue, past the Grain Palace "
        "Holdings office.",
        [("the Place de la Nation", "ORG"), ("Orvel Palace", "ORG"), ("Tarsk Avenue", "PERSON"), ("the Grain Palace Holdings", "ORG")],
        {("Place de la Nation", "place"), ("Orvel Palace", "place"), ("Tarsk Avenue", "place"), ("Grain Palace Holdings", "organization")},
        set(),
        id="palaces, avenues and squares named by their first word are places; an organization word still wins"),
    pytest.param(
        "Budget", "Turkey's Treasury and Finance Ministry cut spending.",
        [("Turkey", "GPE"), ("Treasury", "ORG"), ("Finance Ministry", "ORG")],
        {("Turkey's Treasury and Finance Ministry", "organization"), ("Turkey", "place")}, {"Finance Ministry", "Turkey's Treasury"},
        id="two portfolios of one ministry are one body, which a country's possessive qualifies"),
    pytest.param(
        "Stage", "The young German Florian Vellmar of Orvel Cycling climbed to fourth, and the German Marshall Fund paid.",
        [("German", "NORP"), ("Orvel Cycling", "ORG"), ("German", "NORP")],
        {("Germany", "place"), ("Florian Vellmar", "person")}, {"Marshall Fund", ("German Marshall Fund", "person")},
        id="a person the model missed after 'the' and a nationality word it tagged"),
    pytest.param(
        "Auction", "The Sri Lankan spinner went for a record fee. Indonesia's Energy and Mineral Resources Ministry said prices rose.",
        [("Sri Lankan", "PERSON"), ("Indonesia", "GPE"), ("Energy and Mineral Resources Ministry", "ORG")],
        {("Sri Lanka", "place"), ("Indonesia's Energy and Mineral Resources Ministry", "organization")},
        {"Sri Lankan", "Energy and Mineral Resources Ministry"},
        id="a two-word nationality read as a person names the country; a ministry of two portfolios after a possessive"),
    pytest.param(
        "Returns", "People went back to their homes in western and southern Tarvosa, the African Union said. Korvane, the Grain "
        "Alliance, said it would help.",
        [("Tarvosa", "PERSON"), ("the African Union", "ORG"), ("Korvane", "ORG"), ("the Grain Alliance", "ORG")],
        {("African Union", "organization"), ("Korvane, the Grain Alliance", "organization")}, {"Tarvosa, the African Union"},
        id="a name after a preposition of place, then ', the' and a body, is no one body's name"),
    pytest.param(
        "Floods", "Rain flooded Java and Transnistria. The National Grain Council in Carthage met, and the Hybrid Operation in "
        "Darfur reported.",
        [("Java", "PERSON"), ("Transnistria", "PERSON"), ("The National Grain Council in Carthage", "ORG"),
         ("the Hybrid Operation in Darfur", "ORG")],
        {("Java", "place"), ("Transnistria", "place"), ("National Grain Council", "organization"), ("Carthage", "place"),
         ("Hybrid Operation in Darfur", "organization")},
        {"National Grain Council in Carthage", "Darfur"},
        id="well-known places GeoNames lacks are places; a region after 'in' is where a body sits, not a mission's name"),
    pytest.param(
        "Aid", "The Orvel Reconstruction Program for Yemen paid salaries, the National Observatory of Athens said.",
        [("The Orvel Reconstruction Program", "ORG"), ("Yemen", "GPE"), ("the National Observatory of", "ORG"), ("Athens", "GPE")],
        {("Orvel Reconstruction Program for Yemen", "organization"), ("National Observatory of Athens", "organization")},
        {"Orvel Reconstruction Program", "National Observatory", "Athens", "Yemen"},
        id="a body's word, then 'for' and a country or 'of' and a city, ends one name"),
    pytest.param(
        "Trial", "Prosecutors from the Supreme People's Procuracy say the company sold bonds.",
        [("the Supreme People's", "ORG")],
        {("Supreme People's Procuracy", "organization")}, {"Supreme People", "Procuracy"},
        id="a possessive that is part of a name does not end its capitalised run"),
    pytest.param(
        "Relief", "Food went to Cebu, Leyte, Negros Occidental and Bohol. The Philippine Coast Guard used boats. Rice was "
        "flown across Leyte and Samar.",
        [("Cebu", "GPE"), ("Leyte", "ORG"), ("Negros Occidental", "ORG"), ("Bohol", "PERSON"), ("The Philippine Coast Guard", "ORG"),
         ("Leyte", "ORG"), ("Samar", "GPE")],
        {("Leyte", "place"), ("Negros Occidental", "place"), ("Philippine Coast Guard", "organization")}, {("Leyte", "organization")},
        id="a list of names ends with its sentence: towns are no companies because a body opens the next"),
    pytest.param(
        "Space", "Hyderabad-based Orvel Aerospace and Tarsk Cosmos are building rockets. Andhra Pradesh Chief Minister Ana Vell "
        "said the state would help. A Hindenburg-based firm agreed.",
        [("Orvel Aerospace", "ORG"), ("Tarsk Cosmos", "ORG"), ("Ana Vell", "PERSON")],
        {("Hyderabad", "place"), ("Andhra Pradesh", "place"), ("Ana Vell", "person"), ("Orvel Aerospace", "organization")},
        {"Hindenburg", "Chief Minister Ana Vell"},
        id="a known place in an adjective or before a title the model left out is a mention (not a town's alternate name)"),
    pytest.param(
        "Army", "Crowds attacked the residence of the Lahore corps commander. Kurdish fighters and Shiite militias fled.",
        [("Lahore", "NORP"), ("Kurdish", "NORP"), ("Shiite", "NORP")],
        {("Lahore", "place")}, {"Kurdish", "Shiite"},
        id="a big city the model reads as a people's name before a noun is the place; peoples stay out"),
    pytest.param(
        "Trial", "The accused include Ivo Marrow, who leads Strategy Velmari, and Ana Vell, who heads Orvel Tarsk.",
        [("Ivo Marrow", "PERSON"), ("Strategy Velmari", "PERSON"), ("Ana Vell", "PERSON"), ("Orvel Tarsk", "PERSON")],
        {("Strategy Velmari", "organization"), ("Orvel Tarsk", "organization"), ("Ivo Marrow", "person")}, set(),
        id="what a person leads or heads is a body"),
    pytest.param(
        "Schools", "The Ministry for the Promotion of Grain and the Prevention of Blight closed schools, said Ana María Vell de "
        "Tarsk, who heads the Orvel Office for the Care of Children and the Ministry of Health.",
        [("The Ministry for the Promotion of Grain", "ORG"), ("María Vell de Tarsk", "ORG"), ("the Orvel Office for the Care of Children", "ORG"),
         ("the Ministry of Health", "ORG")],
        {("Ministry for the Promotion of Grain and the Prevention of Blight", "organization"), ("Ana María Vell de Tarsk", "person"),
         ("Orvel Office for the Care of Children", "organization")},
        {"Ministry for the Promotion of Grain", "María Vell de Tarsk", "Orvel Office for the Care of Children and the Ministry of Health"},
        id="a second remit after 'and the' is part of a body's name; a name grows left over the run that ends at its particle"),
    pytest.param(
        "Shipping", "Ships returned to the Suez Canal, the Suez Canal Authority said. Glencore, the Swiss group, declined to "
        "comment.",
        [("the Suez Canal", "LOC"), ("the Suez Canal Authority", "ORG"), ("Swiss", "NORP")],
        {("Suez Canal", "place"), ("Suez Canal Authority", "organization"), ("Glencore", "organization")}, set(),
        id="a known place is no short form of the body named after it; a well-known body may open a sentence alone"),
    pytest.param(
        "Ombudsman", "The Defensoría del Pueblo, Colombia's ombudsman, said it had warned of the attacks.",
        [("Colombia", "GPE")],
        {("Colombia", "place")}, {"Pueblo"},
        id="particles join a capitalised run: 'Pueblo' in 'Defensoría del Pueblo' is no town"),
    pytest.param(
        "Review", "Xi Jinping met Ana Vell. Later Xi said talks went well. Tensions rose with China. Airlines cancelled "
        "flights. The fund invested in Norvexa and Velkora. Orvel Bank Spokesman Jon Pell said according to Korvane, the Grain "
        "Alliance, prices fell.",
        [("Xi Jinping", "PERSON"), ("Ana Vell", "PERSON"), ("Xi", "PERSON"), ("China", "GPE"), ("Norvexa", "ORG"),
         ("Velkora", "ORG"), ("Orvel Bank", "ORG"), ("Jon Pell", "PERSON"), ("Korvane", "ORG"), ("the Grain Alliance", "ORG")],
        {("Xi Jinping", "person"), ("China", "place"), ("Norvexa", "organization"), ("Orvel Bank", "organization"),
         ("Korvane, the Grain Alliance", "organization")},
        {"Xi", "China Airlines", ("Norvexa", "place")},
        id="review: a first word is no regnal number; no known name across a sentence end; stakes after 'in'; "
           "a body before a spokesman; 'according to X, the Y'"),
]


@pytest.mark.parametrize("title, text, spans, present, absent", SESSION6_CASES)
def test_session6_resolver_rules(title, text, spans, present, absent):
    check_with(title, text, spans, present=present, absent=absent)


def test_an_acronym_the_article_defines_as_another_body_is_not_the_registrys(tmp_path):
    registry_file = tmp_path / "entities.yml"
    registry_file.write_text("entities:\n  - name: International Criminal Court\n    type: organization\n    aliases: [ICC]\n",
                             encoding="utf-8")
    resolver = Resolver(load_registry(registry_file), gazetteer(), entity_rules())

    def found(text, spans):
        ents, pos = [], 0
        for surface, label in spans:
            start = text.index(surface, pos)
            ents.append((start, start + len(surface), label))
            pos = start + len(surface)
        return names(resolver.analyse("T", text, RawDoc(ents)))

    cricket = "The International Cricket Council (ICC) chose Namibia. The ICC will send a delegation."
    result = found(cricket, [("The International Cricket Council", "ORG"), ("ICC", "ORG"), ("Namibia", "GPE"), ("ICC", "ORG")])
    assert ("International Cricket Council", "organization") in result and ("International Criminal Court", "organization") not in result
    court = "The International Criminal Court (ICC) issued a warrant. The ICC said so."
    assert ("International Criminal Court", "organization") in found(court, [("The International Criminal Court", "ORG"), ("ICC", "ORG"),
                                                                           ("ICC", "ORG")])
    assert ("International Criminal Court", "organization") in found("The ICC issued a warrant.", [("ICC", "ORG")])
    tribunal = "Judges at the Hague-based tribunal (ICC) issued a warrant. The ICC said so."
    assert ("International Criminal Court", "organization") in found(tribunal, [("ICC", "ORG"), ("ICC", "ORG")])


# Session 7: rules found on the tuning sets dev16 to dev19, each a case that
# fails without its rule.
SESSION7_CASES = [
    pytest.param(
        "Dynasty", "Ana Vell is the daughter of Tarsimo, the founder of the republic. Her rival is the son of Orlek.",
        [("Ana Vell", "PERSON"), ("Tarsimo", "GPE"), ("Orlek", "ORG")],
        {("Tarsimo", "person"), ("Orlek", "person")}, {("Tarsimo", "place")},
        id='a name after "daughter of" or "son of" is a person'),
    pytest.param(
        "Stage", "Ivo Marrow attacked on the lower slopes of Karvelle and won alone. The mayor of Dunmarch watched.",
        [("Ivo Marrow", "PERSON"), ("Karvelle", "ORG"), ("Dunmarch", "PERSON")],
        {("Karvelle", "place"), ("Dunmarch", "place")}, {("Karvelle", "organization")},
        id='a name after "the slopes of" or "the mayor of" is a place'),
    pytest.param(
        "Launch", "The rocket lifted off from the Orvel Tarsk Space Centre on Monday. Rangers closed Karvelle National Park, "
        "and tankers waited at the Dunmarch Terminal.",
        [("the Orvel Tarsk Space Centre", "ORG"), ("Karvelle National Park", "ORG"), ("the Dunmarch Terminal", "ORG")],
        {("Orvel Tarsk Space Centre", "place"), ("Karvelle National Park", "place"), ("Dunmarch Terminal", "place")}, set(),
        id='a name ending in "Space Centre", "National Park" or "Terminal" is a place'),
    pytest.param(
        "Derby", "Ivo Marrow scored his first goal since his transfer from Karvelle.",
        [("Ivo Marrow", "PERSON"), ("Karvelle", "GPE")],
        {("Karvelle", "organization")}, set(),
        id='"his transfer from X" names a side'),
    pytest.param(
        "Militia", "Ivo Marrow ran a security firm in eastern Congo, far from the capital.",
        [("Ivo Marrow", "PERSON"), ("Congo", "GPE")],
        {("Democratic Republic of the Congo", "place")}, {"Republic of the Congo"},
        id='a bare "Congo" is the Democratic Republic'),
    pytest.param(
        "Militia", "Ivo Marrow's brother lives in Congo-Brazzaville.", [("Ivo Marrow", "PERSON"), ("Congo-Brazzaville", "GPE")],
        {("Republic of the Congo", "place")}, {"Democratic Republic of the Congo"},
        id='"Congo-Brazzaville" is the Republic of the Congo'),
    pytest.param(
        "Border", "Police reinforced the Karvelle and Dunmarch crossings. Residents of Brenwick said tankers bound for its "
        "Orlek terminal turned back at the checkpoint at Halvik.",
        [("Karvelle", "PERSON"), ("Dunmarch", "PERSON"), ("Brenwick", "ORG"), ("Orlek", "PERSON"), ("Halvik", "ORG")],
        {("Karvelle", "place"), ("Dunmarch", "place"), ("Brenwick", "place"), ("Orlek", "place"), ("Halvik", "place")}, set(),
        id='crossings, residents, a terminal and a checkpoint name places'),
    pytest.param(
        "Trade", "Cargo now goes through the Togolese port of Lomé. South African and Montenegrin officials met Kosovar ones.",
        [("Togolese", "NORP"), ("Lomé", "GPE"), ("South African", "NORP"), ("Montenegrin", "NORP"), ("Kosovar", "NORP")],
        {("Togo", "place"), ("South Africa", "place"), ("Montenegro", "place"), ("Kosovo", "place")}, {"Togolese"},
        id='irregular demonyms name their country'),
    pytest.param(
        "Raid", "Director General of Police Ivo Marrow said six men were held. Minister of State for Sports Ana Vell agreed.",
        [("Ivo Marrow", "PERSON"), ("Sports Ana Vell", "ORG")],
        {("Ivo Marrow", "person"), ("Ana Vell", "person")}, {"Police Ivo Marrow", "Sports Ana Vell"},
        id='the one-word portfolio after a title and "of" or "for" is no part of the name'),
    pytest.param(
        "Mission", "An International Grain Fund mission arrived on Monday. A Just Orvel, a party, objected.",
        [("An International Grain Fund", "ORG"), ("A Just Orvel", "ORG")],
        {("International Grain Fund", "organization")}, {"An International Grain Fund"},
        id='a sentence-opening "An" is no part of a name'),
    pytest.param(
        "Floods", "The Orvel River was rising near Karvelle and Dunmarch in the Tarsk region. Families from Brenwick and "
        "Halvik were moved. Shares in Norvex and Velkor fell.",
        [("Orvel River", "LOC"), ("Karvelle and Dunmarch in the Tarsk region", "WORK_OF_ART"), ("Brenwick and Halvik", "GPE"),
         ("Norvex and Velkor", "ORG")],
        {("Karvelle", "place"), ("Dunmarch", "place"), ("Tarsk", "place"), ("Brenwick", "place"), ("Halvik", "place")},
        {"Karvelle and Dunmarch in the Tarsk", ("Norvex", "place"), ("Velkor", "place")},
        id='"near X and Y in the Z region": three places'),
    pytest.param(
        "Stage", "Ana Vell won the stage from Karvelle to Kigali. The next runs from Kigali to Dunmarch. Ivo Marrow moved "
        "from Norvex to France.",
        [("Ana Vell", "PERSON"), ("Kigali", "GPE"), ("Kigali", "GPE"), ("Ivo Marrow", "PERSON"), ("Norvex", "ORG"), ("France", "GPE")],
        {("Karvelle", "place"), ("Dunmarch", "place"), ("Norvex", "organization")}, set(),
        id='a route from or to a known city names a place at its other end (not one to a country)'),
    pytest.param(
        "River", "Levels on the Chenab River fell sharply. Farmers said the Chenab was too low for wheat. Boats on the "
        "Niger River stopped, and Niger closed its border.",
        [("the Chenab River", "LOC"), ("Chenab", "PERSON"), ("Niger River", "LOC"), ("Niger", "GPE")],
        {("Chenab River", "place"), ("Niger River", "place"), ("Niger", "place")}, {"Chenab"},
        id='a bare river name the gazetteer knows as a region is the river named before; a country is not'),
    pytest.param(
        "Dams", "Reservoirs behind two dams in Jammu and Kashmir were refilled, said Ivo Marrow.",
        [("Jammu", "GPE"), ("Kashmir", "LOC"), ("Ivo Marrow", "PERSON")],
        {("Jammu and Kashmir", "place")}, {"Jammu", "Kashmir"},
        id='a region named "X and Y" that the model split is one place'),
    pytest.param(
        "Court", "The Supreme Tribunal of Cassation and Justice upheld the ban. Then the Office for Tarsk and Velmora objected, "
        "and the Bank of Orvel and Norvex said nothing.",
        [("The Supreme Tribunal of Cassation", "ORG"), ("the Office for Tarsk", "ORG"), ("Velmora", "PRODUCT"),
         ("the Bank of Orvel", "ORG"), ("Norvex", "ORG")],
        {("Supreme Tribunal of Cassation and Justice", "organization"), ("Office for Tarsk and Velmora", "organization"),
         ("Bank of Orvel", "organization"), ("Norvex", "organization")}, {"Supreme Tribunal of Cassation", "Office for Tarsk"},
        id='"and" and a last word the model cut off a body\'s name with "of" or "for" are part of it'),
    pytest.param(
        "Final", "Ana Vell won at the All England Lawn Tennis and Croquet Club on Sunday.",
        [("Ana Vell", "PERSON"), ("the All England Lawn Tennis", "FAC"), ("Croquet Club", "ORG")],
        {("All England Lawn Tennis and Croquet Club", "organization")}, {"Croquet Club", "All England Lawn Tennis"},
        id='a well-known name the model split, its first piece with "the", is one span'),
    pytest.param(
        "Tax", "Finance Minister Sultan bin Salim al-Tarsi said the tax was fair. Norway's Tax Authority will collect it, "
        "al-Tarsi said.",
        [("Sultan bin Salim al-Tarsi", "PERSON"), ("Norway", "GPE"), ("Tax Authority", "ORG"), ("al-Tarsi", "ORG")],
        {("Sultan bin Salim al-Tarsi", "person"), ("Norway's Tax Authority", "organization")}, {"al-Tarsi", "Tax Authority"},
        id='a title word before a particle is a first name; a tax authority is a generic body a possessive qualifies'),
    pytest.param(
        "Clashes", "Doctors at the hospital in Karvelle treated 27 people. The Catholic Diocese of Karvelle opened two halls, "
        "and traders in Karvelle shut their shops.",
        [("Karvelle", "ORG"), ("The Catholic Diocese", "ORG"), ("Karvelle", "ORG"), ("Karvelle", "ORG")],
        {("Catholic Diocese of Karvelle", "organization"), ("Karvelle", "place")}, {"Catholic Diocese"},
        id='a body named "X of <town>" holds the town, which the text also writes as a place'),
    pytest.param(
        "Sites", "Fans filled the Estadio Campeón del Norte. Water was held at the Karvelle Headworks, and police closed "
        "Tarsk Mawatha. The canal draws from the Orlek, a distributary. The Velmora Interim Regional Administration objected.",
        [("the Estadio Campeón del Norte", "ORG"), ("the Karvelle Headworks", "ORG"), ("Tarsk Mawatha", "ORG"), ("Orlek", "ORG"),
         ("The Velmora Interim Regional Administration", "PERSON")],
        {("Estadio Campeón del Norte", "place"), ("Karvelle Headworks", "place"), ("Tarsk Mawatha", "place"), ("Orlek", "place"),
         ("Velmora Interim Regional Administration", "organization")}, set(),
        id='stadiums, headworks, roads and distributaries are places; an administration is a body'),
    pytest.param(
        "Spill", "Residents of Karvelle and Dunmarch said the river ran dark. Ivo Marrow and Ana Vell spoke.",
        [("Karvelle", "GPE"), ("Dunmarch", "ORG"), ("Ivo Marrow", "PERSON"), ("Ana Vell", "PERSON")],
        {("Karvelle", "place"), ("Dunmarch", "place"), ("Ivo Marrow", "person"), ("Ana Vell", "person")}, set(),
        id='a place cue before the first of two names joined by "and" types the second too'),
    pytest.param(
        "Fire", "Alerts went to residents of Karvelle, Dunmarch and Halvik. Orvel Rockets, based near Munich, and Tarsk "
        "Launchers compete. Residents of Brenwick, Ana Vell said, were safe.",
        [("Karvelle", "GPE"), ("Dunmarch", "ORG"), ("Halvik", "ORG"), ("Orvel Rockets", "ORG"), ("Munich", "GPE"),
         ("Tarsk Launchers", "ORG"), ("Brenwick", "GPE"), ("Ana Vell", "PERSON")],
        {("Dunmarch", "place"), ("Halvik", "place"), ("Tarsk Launchers", "organization"), ("Ana Vell", "person")}, set(),
        id='a place cue before a list types every name in it (not a name after a clause\'s comma)'),
    pytest.param(
        "Doping", "Testers visited remote camps such as Karvelle. The bridge opens after talks with municipalities including "
        "Dunmarch Vale and Halvik. Rival firms such as Norvex objected.",
        [("Karvelle", "ORG"), ("Dunmarch Vale", "ORG"), ("Halvik", "PERSON"), ("Norvex", "PERSON")],
        {("Karvelle", "place"), ("Dunmarch Vale", "place"), ("Halvik", "place"), ("Norvex", "organization")}, set(),
        id='a plural place word before "such as" or "including" types the names after it, even one'),
    pytest.param(
        "Attack", "Troops were sent near Baga Tarsk and Liwa on Monday. Forces of the 444 Orvel Brigade held the airport, and the "
        "airline ordered 12 Boeing jets. Sultan al-Karvi, a tribal leader, spoke. Rangers patrol the Velmora Special "
        "Reserve. Norway's Prosecutor General's Office objected.",
        [("Baga Tarsk and Liwa", "GPE"), ("Orvel Brigade", "ORG"), ("Boeing", "ORG"), ("Sultan al-Karvi", "PERSON"),
         ("the Velmora Special Reserve", "ORG"), ("Norway", "GPE"), ("Prosecutor General's Office", "ORG")],
        {("Baga Tarsk", "place"), ("Liwa", "place"), ("444 Orvel Brigade", "organization"), ("Boeing", "organization"),
         ("Sultan al-Karvi", "person"), ("Velmora Special Reserve", "place"),
         ("Norway's Prosecutor General's Office", "organization")}, {"12 Boeing", "al-Karvi", "Orvel Brigade"},
        id='two-word places after "to", numbered units, "Sultan al-", special reserves, a possessive generic office'),
    pytest.param(
        "Strike", "Central Sulawesi Governor Ivo Marrow urged talks. The stoppage may spread to the plant at Karvelle. Growers "
        "around Dunmarch Vale were unpaid. Traders in Rosario and the Rosario Board of Trade agreed with Minister Sultan Al Orvel.",
        [("Central Sulawesi", "PERSON"), ("Ivo Marrow", "PERSON"), ("Karvelle", "PERSON"), ("Dunmarch Vale", "ORG"),
         ("Rosario", "ORG"), ("the Rosario Board of Trade", "ORG"), ("Sultan Al Orvel", "PERSON")],
        {("Central Sulawesi", "place"), ("Karvelle", "place"), ("Dunmarch Vale", "place"), ("Rosario", "place"),
         ("Rosario Board of Trade", "organization"), ("Sultan Al Orvel", "person")}, {"Al Orvel"},
        id='a compass point before a known region, "the plant at", "around", a board of trade, "Sultan Al"'),
    pytest.param(
        "Balloons", "Most came down in forests around Šarvelle and Žolna. Officials from Örlek and Ústek, two villages, "
        "met Minister Čestmír Orvel.",
        [("Šarvelle and Žolna", "GPE"), ("Örlek and Ústek", "GPE"), ("Minister Čestmír Orvel", "PERSON")],
        {("Šarvelle", "place"), ("Žolna", "place"), ("Čestmír Orvel", "person")}, {"Šarvelle and Žolna", "Örlek and Ústek"},
        id='capitals beyond ASCII open names as A-Z does'),
    pytest.param(
        "Camp", "President Tarsim Ivo Marrow flew to the lake. UNICEF welcomed the returns, and the ICC (International "
        "Cricket Council) did not comment.",
        [("Ivo Marrow", "PERSON")],
        {("Tarsim Ivo Marrow", "person"), ("UNICEF", "organization")}, {"Ivo Marrow"},
        id='a name grows left to its title; a well-known acronym may open a sentence'),
    pytest.param(
        "Vote", "Registration stalled across the Amhara region. Ethnic Amhara militias blocked roads, and Kurdish fighters "
        "held the Kurdish-majority districts.",
        [("Amhara", "GPE"), ("Amhara", "NORP"), ("Kurdish", "NORP"), ("Kurdish", "NORP")],
        {("Amhara", "place")}, {"Kurdish"},
        id='a people\'s name with a region word after it is the region'),
    pytest.param(
        "Soy", "Exporters such as Cargill, Bunge and Tarsk Grain cut prices. Brokerage Orvel Vell Securities estimated that "
        "inflows would rise.",
        [("Cargill, Bunge", "ORG"), ("Tarsk Grain", "ORG")],
        {("Cargill", "organization"), ("Bunge", "organization"), ("Orvel Vell Securities", "organization")},
        {"Cargill, Bunge", "Brokerage Orvel Vell Securities"},
        id='well-known names a comma separates in one span are a list; a role word opening a body\'s name is no part of it'),
    pytest.param(
        "Vote", "Turnout was 62 percent, said Ana Vell. Queues formed outside polling stations in Karvelle.",
        [("Turnout", "PERSON"), ("Ana Vell", "PERSON"), ("Queues", "ORG"), ("Karvelle", "GPE")],
        {("Ana Vell", "person"), ("Karvelle", "place")}, {"Turnout", "Queues"},
        id='a common word of news copy opening a sentence names nothing'),
    pytest.param(
        "Shipping", "The Orvelis have attacked ships since 2023. Insurers said Orvelis attacks had eased, and Orveli drones "
        "were rarer.",
        [("Orvelis", "ORG"), ("Orvelis", "ORG"), ("Orveli", "ORG")],
        {("Orvelis", "organization")}, {"Orveli"},
        id='a group\'s singular adjective is the group'),
    pytest.param(
        "Truce", "The Varenian Episcopal Conference will monitor the truce. The Orvel Peace Conference opens on Monday.",
        [("The Varenian Episcopal Conference", "ORG"), ("The Orvel Peace Conference", "EVENT")],
        {("Varenian Episcopal Conference", "organization")}, {"Orvel Peace Conference"},
        id='a body\'s word before an event\'s word makes a body ("Episcopal Conference")'),
    pytest.param(
        "Raids", "Settlers attacked villages in the West Bank on Sunday. The Bank of Orvel and West Coast Tarsk objected.",
        [("the West Bank", "GPE"), ("The Bank of Orvel", "ORG"), ("West Coast Tarsk", "ORG")],
        {("West Bank", "place"), ("Bank of Orvel", "organization")}, set(),
        id='a region the gazetteer names in full is a place though it ends in a body\'s word'),
    pytest.param(
        "Stage", "The stage crossed the Col du Tarsk, where Ana Vell attacked. Col Ivo Marrow watched from the Karvelle "
        "Bridge, and the final was at the Prince Orvel Vell Stadium.",
        [("Ana Vell", "PERSON"), ("Col Ivo Marrow", "PERSON")],
        {("Col du Tarsk", "place"), ("Ivo Marrow", "person"), ("Karvelle Bridge", "place"), ("Prince Orvel Vell Stadium", "place")},
        {"Tarsk", "du Tarsk"},
        id='a place\'s opener before a particle is no title; sites the model missed; a titled site keeps its title'),
    pytest.param(
        "Cup", "Vice-President Ivo Marrow watched. Orvel City reached the Copa Tarsana final, and Ana Vell won the Tour du "
        "Karvelle. Former Sri Lankan president Jon Pell was there. Tarsimo Ola Venn bowled. Ida Kest won Olympic gold.",
        [("Vice-President Ivo Marrow", "PERSON"), ("Orvel City", "ORG"), ("Copa Tarsana", "ORG"), ("Ana Vell", "PERSON"),
         ("Tour du Karvelle", "FAC"), ("Sri Lankan", "PERSON"), ("Jon Pell", "PERSON"), ("Tarsimo", "GPE"), ("Ola Venn", "PERSON"),
         ("Ida Kest", "PERSON"), ("Olympic", "EVENT")],
        {("Ivo Marrow", "person"), ("Sri Lanka", "place"), ("Tarsimo Ola Venn", "person")},
        {"Vice-President Ivo Marrow", "Copa Tarsana", "Tour du Karvelle", "Sri Lankan", "Tarsimo", "Ola Venn", "Olympic"},
        id='hyphenated titles, cups and tours, "Former" before a nationality, a first name the model split off, Olympic'),
    pytest.param(
        "Bridge", "Troops from the NATO-led Orvel Force (OFOR) took up positions. OFOR said the Saudi-backed Tarsk Council agreed.",
        [("NATO", "ORG"), ("Orvel Force", "ORG"), ("OFOR", "ORG"), ("OFOR", "ORG"), ("Saudi-backed Tarsk Council", "ORG")],
        {("NATO", "organization"), ("Orvel Force", "organization"), ("Tarsk Council", "organization"),
         ("Saudi Arabia", "place")}, {"NATO-led Orvel Force", "Saudi-backed Tarsk Council"},
        id='"X-led" or "X-backed" before a name is X, no part of the name or its acronym'),
    pytest.param(
        "Court", "Chief Justice Ivo Tarsi Marrow, sitting with two judges, voided the seats.",
        [("Ivo Tarsi", "PERSON")],
        {("Ivo Tarsi Marrow", "person")}, {"Ivo Tarsi", "Chief Justice Ivo Tarsi Marrow"},
        id='a person\'s span grows to the rest of the name after it, not over the title before it'),
    pytest.param(
        "Floods", "Torrents of mud swept through Karvelle, Valencia and other suburbs on Tuesday.",
        [("Karvelle, Valencia", "GPE")],
        {("Valencia", "place")}, {"Karvelle, Valencia"},
        id='names a comma separates in one span, one a known place, are a list'),
    pytest.param(
        "Football", "Kurt Tarsivo, president of the national association, said the team was back. Yulia Orlekova watched "
        "with Aminu Dunvale, a former coach. Fans gathered in Albert Park and Karvel County.",
        [("Kurt Tarsivo", "GPE"), ("Yulia Orlekova", "GPE"), ("Aminu Dunvale", "ORG"), ("Albert Park", "ORG"),
         ("Karvel County", "ORG")],
        {("Kurt Tarsivo", "person"), ("Yulia Orlekova", "person"), ("Aminu Dunvale", "person")},
        {("Albert Park", "person"), ("Karvel County", "person")},
        id='a known given name opening a name makes a person of what the model read as a place or body'),
    pytest.param(
        "Relay", "American Noah Tarsivo won the 200 metres. Sylvain Orlekov, who leads the mission, said supplies were short.",
        [("American Noah Tarsivo", "ORG")],
        {("Noah Tarsivo", "person"), ("United States", "place"), ("Sylvain Orlekov", "person")}, {"American Noah Tarsivo"},
        id='a given name finds a person the model missed, and splits a nationality off a name it read as a body'),
    pytest.param(
        "Auction", "Auctioneer Ivo Marrow sold 70 players. Economist Ana Vell agreed. The Baptist Orvel Fellowship objected.",
        [("Auctioneer Ivo Marrow", "PERSON"), ("Economist Ana Vell", "PERSON"), ("The Baptist Orvel Fellowship", "ORG")],
        {("Ivo Marrow", "person"), ("Ana Vell", "person"), ("Baptist Orvel Fellowship", "organization")},
        {"Auctioneer Ivo Marrow", "Economist Ana Vell"},
        id='an occupation\'s word before a person\'s name is no part of it'),
    pytest.param(
        "Race", "Richard Tarsivo of Orvel Cycling attacked early. Gen Z Karvelle, a youth movement, marched to Vilnius "
        "Airport, and the mayor spoke in Vilnius.",
        [("Richard Tarsivo of Orvel Cycling", "ORG"), ("Gen Z Karvelle", "ORG"), ("Vilnius Airport", "PERSON"), ("Vilnius", "ORG")],
        {("Richard Tarsivo", "person"), ("Orvel Cycling", "organization"), ("Gen Z Karvelle", "organization"),
         ("Vilnius Airport", "place"), ("Vilnius", "place")}, {"Z Karvelle"},
        id='a given name splits "X of Team"; "Gen Z" is no title; an airport read as a person owns no city'),
    pytest.param(
        "Airline", "Velvane Australia posted a profit. Glencore Tarsk, the coal arm, was spun off. Ivo Malta, the chairman, spoke.",
        [("Velvane Australia", "ORG"), ("Glencore Tarsk", "ORG"), ("Ivo Malta", "PERSON")],
        {("Velvane Australia", "organization"), ("Glencore Tarsk", "organization"), ("Ivo Malta", "person")}, set(),
        id='a name ending in a country or opening with a known body, and no given name first, is a body'),
    pytest.param(
        "Rebels", "Fighters will withdraw from Goma and Bukavu, which the rebels have held since January. The telescope on "
        "Cerro Tarsivo and the resort at Ras El Orvel were spared.",
        [("Goma", "PERSON"), ("Bukavu", "PERSON"), ("Cerro Tarsivo", "PERSON"), ("Ras El Orvel", "PERSON")],
        {("Bukavu", "place"), ("Cerro Tarsivo", "place"), ("Ras El Orvel", "place")}, set(),
        id='a known city before ", which" stays a place; Cerro and Ras open place names'),
]


@pytest.mark.parametrize("title, text, spans, present, absent", SESSION7_CASES)
def test_session7_resolver_rules(title, text, spans, present, absent):
    check_with(title, text, spans, present=present, absent=absent)


# Session 8: spans the model split, joined again.
SESSION8_CASES = [
    pytest.param(
        "Survey", "Fishermen in Stung Treng province counted 12 dolphins in the main pool.",
        [("Stung", "GPE"), ("Treng province", "GPE")],
        {("Stung Treng", "place")}, {"Stung", "Treng"},
        id="two place spans one space apart that the gazetteer knows as one place are one place"),
    pytest.param(
        "Rally", "Ana Vell of Toyota Gazoo Racing won the stage by four minutes.",
        [("Ana Vell", "PERSON"), ("Toyota", "ORG"), ("Gazoo Racing", "PERSON")],
        {("Toyota Gazoo Racing", "organization")}, {"Toyota", "Gazoo Racing"},
        id="a body's span (a city's name too) and the next span one space on, ending in a body's word, are one body"),
    pytest.param(
        "Council", "Ministers on the Orvel Union's Peace and Security Council met on Monday.",
        [("the Orvel Union's", "ORG"), ("Peace and Security Council", "ORG")],
        {("Orvel Union", "organization"), ("Peace and Security Council", "organization")}, set(),
        id="a possessive ends the body before the next span"),
    pytest.param(
        "Rates", "Traders expect the US Federal Reserve to hold rates on Wednesday.",
        [("US", "ORG"), ("Federal Reserve", "ORG")],
        {("Federal Reserve", "organization")}, {"US Federal Reserve"},
        id="a country the model read as a body only qualifies the body after it"),
    pytest.param(
        "Coalition", "The Orvel Alliance governs with the Tarsk Federation Party and the Civic Liberal Party (SOCILPA). "
        "SOCILPA has two ministers.",
        [("The Orvel Alliance", "ORG"), ("the Tarsk Federation Party", "ORG"), ("the Civic Liberal Party", "ORG"), ("SOCILPA", "ORG")],
        {("Tarsk Federation Party", "organization"), ("Civic Liberal Party", "organization")},
        {"Tarsk Federation Party and the Civic Liberal Party", "SOCILPA"},
        id="a bracket after a list, its initials fitting no name, names the last name of the list"),
    pytest.param(
        "Derby", "Substitute Ana Vell scored in the 89th minute. Owner Ivo Marrow said the club would invest.",
        [("Substitute Ana Vell", "PERSON"), ("Owner Ivo Marrow", "PERSON")],
        {("Ana Vell", "person"), ("Ivo Marrow", "person")}, {"Substitute Ana Vell", "Owner Ivo Marrow"},
        id='"Substitute" and "Owner" opening a sentence are roles, not names'),
    pytest.param(
        "Jobs", "Julius Vellmar said in a regulatory filing that it would cut 200 jobs at its plant.",
        [("Julius Vellmar", "ORG")],
        {("Julius Vellmar", "organization")}, {("Julius Vellmar", "person")},
        id='a name opening with a given name that "said ... that it" is a body the model read right'),
    pytest.param(
        "Losses", "Lotte Chemical said on Tuesday that crackers would run at half capacity.",
        [("Lotte Chemical", "ORG")],
        {("Lotte Chemical", "organization")}, set(),
        id='"Chemical" ends a body\'s name'),
    pytest.param(
        "Relegation", "Deportivo Tarsk beat Orvel Central 2-0 on Sunday to climb out of the bottom three.",
        [("Deportivo Tarsk", "PERSON")],
        {("Deportivo Tarsk", "organization")}, {("Deportivo Tarsk", "person")},
        id="a club's opening word (club_openers) makes a club"),
    pytest.param(
        "Jobs", "Velkor Agro, a sugar beet processor, cut 40 jobs. Orvel Mills, a grain cooperative, said it would hire.",
        [("Velkor Agro", "PERSON"), ("Orvel Mills", "PERSON")],
        {("Velkor Agro", "organization"), ("Orvel Mills", "organization")}, set(),
        id='", a processor", ", a cooperative": a body'),
    pytest.param(
        "Cabinet", "The president appointed Ilse Marrow, a former central bank official, as finance minister.",
        [("Ilse Marrow", "ORG")],
        {("Ilse Marrow", "person")}, {("Ilse Marrow", "organization")},
        id='", a former central bank official": a person'),
    pytest.param(
        "Floods", "Trucks bound for Velmaro were stuck. The dam at Orsk Tarvo burst, and families left. "
        "Gunmen came from the direction of Dunmarrow.",
        [("Velmaro", "PERSON"), ("Orsk Tarvo", "ORG"), ("Dunmarrow", "PERSON")],
        {("Velmaro", "place"), ("Orsk Tarvo", "place"), ("Dunmarrow", "place")}, set(),
        id='"bound for", "the dam at" and "from the direction of" name places'),
    pytest.param(
        "Park", "Rangers said the sector around Velbuka and Rumarsk has been held by rebels since 2023.",
        [("Velbuka and Rumarsk", "ORG")],
        {("Velbuka", "place"), ("Rumarsk", "place")}, {"Velbuka and Rumarsk"},
        id='one body span of two names after "around" or "near" is two places'),
    pytest.param(
        "Retail", "Shoppers queued from Abercrombie and Fitch to the station.",
        [("Abercrombie and Fitch", "ORG")],
        {("Abercrombie and Fitch", "organization")}, set(),
        id='a body span after "from" stays one body'),
    pytest.param(
        "Derby", "Dinamo Tarsk lost 2-1 to CSKA Orvel. Leeds Rhinos beat Wigan Warriors on Friday.",
        [("Dinamo Tarsk", "PERSON"), ("Leeds Rhinos", "PERSON"), ("Wigan Warriors", "PERSON")],
        {("CSKA Orvel", "organization"), ("Leeds Rhinos", "organization"), ("Wigan Warriors", "organization")}, set(),
        id="a club the model missed is found by its opening word; a known town and a club word is a club"),
    pytest.param(
        "Stage", "Cyclist Ana Vell won the fourth stage. Swimmer Ivo Marrow, 17, broke the national record.",
        [("Ana Vell", "PERSON"), ("Ivo Marrow", "PERSON")],
        {("Ana Vell", "person"), ("Ivo Marrow", "person")}, {"Cyclist Ana Vell", "Swimmer Ivo Marrow"},
        id="a role word opening the sentence is not grown into the name after it"),
    pytest.param(
        "Brewer", "Chief executive Ivo van den Marrow said the brewer saw growth. Van den Marrow joined in 2020.",
        [("Ivo van", "PERSON"), ("Marrow", "ORG")],
        {("Ivo van den Marrow", "person")}, {"Ivo van", "Marrow"},
        id='a person\'s span stopping at a particle grows over more particles ("van" + "den Marrow")'),
    pytest.param(
        "Oil", "Petróleos Velmoranos (Pevel), whose oldest fields lie around Tarsk, said it had cut output. Pevel shares fell.",
        [("Pevel", "ORG"), ("Tarsk", "GPE"), ("Pevel", "ORG")],
        {("Petróleos Velmoranos", "organization")}, {"Pevel"},
        id="a bracketed short name built from the first letters and more of the words before it defines them"),
    pytest.param(
        "Ferry", "The boat capsized on the River Niger near Velbuka on Friday. Visitors queued at Orvel Castle near Innsbruck.",
        [("the River Niger near Velbuka", "PERSON"), ("Orvel Castle near Innsbruck", "FAC")],
        {("River Niger", "place"), ("Velbuka", "place"), ("Orvel Castle", "place"), ("Innsbruck", "place")},
        {"River Niger near Velbuka", "Orvel Castle near Innsbruck"},
        id='one span "X near Y" is a name and the place it is near; "River" opens a place\'s name'),
    pytest.param(
        "Launch", "The rocket lifted off from the Velkor Launch Centre. Miners entered the Tarsk Indigenous Territory, "
        "and fans filled the Orvel Parque. Geologist Ana Vell said the rock was old.",
        [("the Velkor Launch Centre", "ORG"), ("the Tarsk Indigenous Territory", "ORG"), ("the Orvel Parque", "ORG"), ("Ana Vell", "PERSON")],
        {("Velkor Launch Centre", "place"), ("Tarsk Indigenous Territory", "place"), ("Orvel Parque", "place"), ("Ana Vell", "person")},
        {"Geologist Ana Vell"},
        id='"Launch Centre", "Territory" and "Parque" end places\' names; "Geologist" is a role'),
    pytest.param(
        "Markets", "Velkor Mining and Tarsk Automotive fell, while Orvelbank rose. Protests spread across the Mining Belt, "
        "and Richard Fairbank, chief executive of the lender, said in Burbank that Westbank was quiet.",
        [("Velkor Mining", "PERSON"), ("Tarsk Automotive", "PERSON"), ("Orvelbank", "PERSON"), ("the Mining Belt", "LOC"),
         ("Richard Fairbank", "PERSON"), ("Burbank", "GPE"), ("Westbank", "GPE")],
        {("Velkor Mining", "organization"), ("Tarsk Automotive", "organization"), ("Orvelbank", "organization"),
         ("Richard Fairbank", "person"), ("Burbank", "place"), ("Westbank", "place")}, {("Mining Belt", "organization")},
        id='"Mining" (after another word), "Automotive" and a one-word "-bank" name make bodies (not Burbank, Westbank, Fairbank)'),
    pytest.param(
        "Cricket", "Multan Sultans beat Karachi Kings by six wickets, and Universitatea Tarsk drew.",
        [("Multan Sultans", "PERSON"), ("Karachi Kings", "PERSON"), ("Universitatea Tarsk", "PERSON")],
        {("Multan Sultans", "organization"), ("Karachi Kings", "organization"), ("Universitatea Tarsk", "organization")}, set(),
        id="Sultans, Kings, Stars and Hoopers after a town are clubs; Universitatea opens one"),
    pytest.param(
        "Vote", "Ivan-Petar Orlek said the vote was a mistake.",
        [("Ivan-Petar Orlek", "ORG")],
        {("Ivan-Petar Orlek", "person")}, set(),
        id='a hyphenated first name of given names is a given name'),
    pytest.param(
        "Copper", "The mine in Zambia's North-Western Province will reopen, and Sri Lanka's North Western Province voted.",
        [("Zambia's", "GPE"), ("North-Western Province", "GPE"), ("Sri Lanka's", "GPE"), ("North Western Province", "GPE")],
        {("North-Western Province", "place"), ("North Western Province", "place")}, {"North-Western", "North Western"},
        id="a compound direction before its unit word is no name alone"),
]


@pytest.mark.parametrize("title, text, spans, present, absent", SESSION8_CASES)
def test_session8_resolver_rules(title, text, spans, present, absent):
    check_with(title, text, spans, present=present, absent=absent)


# Session 7 review: sentences on which this session's first versions of the rules misfired
# (a reviewer's probes); each must read exactly so.
REVIEW7_CASES = [
    ('Coffee', 'Restaurant Brands said sales at Tim Hortons rose 4% in the quarter.',
     [('Restaurant Brands', 'ORG'), ('Tim Hortons', 'ORG')],
     {('Restaurant Brands', 'organization'), ('Tim Hortons', 'organization')}),
    ('NBA', 'The Charlotte Hornets beat the Boston Celtics 112-104 on Friday.',
     [('The Charlotte Hornets', 'ORG'), ('the Boston Celtics', 'ORG')],
     {('Boston Celtics', 'organization'), ('Charlotte Hornets', 'organization')}),
    ('Football', 'Real Madrid won 3-0 at the Santiago Bernabeu on Saturday.',
     [('Real Madrid', 'ORG'), ('the Santiago Bernabeu', 'FAC')],
     {('Real Madrid', 'organization'), ('Santiago Bernabeu', 'place')}),
    ('Transit', 'Passengers on the Elizabeth Line faced delays on Monday.',
     [('the Elizabeth Line', 'FAC')],
     {('Elizabeth Line', 'place')}),
    ('Sydney', 'Crowds gathered in Martin Place on Sunday.',
     [('Martin Place', 'FAC')],
     {('Martin Place', 'place')}),
    ('Funds', 'Franklin Templeton said it would cut 200 jobs.',
     [('Franklin Templeton', 'ORG')],
     {('Franklin Templeton', 'organization')}),
    ('Floods', 'Floods hit villages in Upper Egypt on Tuesday.',
     [('Upper Egypt', 'LOC')],
     {('Upper Egypt', 'place')}),
    ('Travel', 'Visitors from Mainland China rose 20% last year.',
     [('Mainland China', 'GPE')],
     {('Mainland China', 'place')}),
    ('Politics', 'The history of Imperial Japan is taught in schools.',
     [('Imperial Japan', 'GPE')],
     {('Imperial Japan', 'place')}),
    ('France', 'Prices in Metropolitan France rose 2%.',
     [('Metropolitan France', 'GPE')],
     {('Metropolitan France', 'place')}),
    ('Music', 'The show was hosted by Jools Holland on Friday night.',
     [('Jools Holland', 'PERSON')],
     {('Jools Holland', 'person')}),
    ('Syria', 'Syrian Turkmen fighters backed by Turkey clashed with Kurdish forces near Manbij.',
     [('Syrian', 'NORP'), ('Turkmen', 'NORP'), ('Turkey', 'GPE'), ('Kurdish', 'NORP'), ('Manbij', 'GPE')],
     {('Manbij', 'place'), ('Turkey', 'place'), ('Syria', 'place')}),
    ('Iraq', 'The Iraqi Turkmen Front called for calm in Kirkuk.',
     [('The Iraqi Turkmen Front', 'ORG'), ('Kirkuk', 'GPE')],
     {('Kirkuk', 'place'), ('Iraqi Turkmen Front', 'organization')}),
    ('Iraq', 'Turkmen residents of Kirkuk protested on Monday.',
     [('Turkmen', 'NORP'), ('Kirkuk', 'GPE')],
     {('Kirkuk', 'place')}),
    ('Greece', 'Macedonian farmers near Thessaloniki blocked roads.',
     [('Macedonian', 'NORP'), ('Thessaloniki', 'GPE')],
     {('Thessaloniki', 'place')}),
    ('Badminton', 'An Se-young beat Chen Yufei in the final on Sunday.',
     [('An Se-young', 'PERSON'), ('Chen Yufei', 'PERSON')],
     {('Chen Yufei', 'person'), ('An Se-young', 'person')}),
    ('Spain', 'Deportivo fans in A Coruña celebrated promotion.',
     [('Deportivo', 'ORG'), ('A Coruña', 'GPE')],
     {('A Coruña', 'place'), ('Deportivo', 'organization')}),
    ('Vietnam', 'Floods hit An Giang province on Monday.',
     [('An Giang', 'GPE')],
     {('An Giang', 'place')}),
    ('Diplomacy', 'Minister of Foreign Affairs Ivo Marrow arrived on Monday.',
     [('Foreign Affairs Ivo Marrow', 'PERSON')],
     {('Ivo Marrow', 'person')}),
    ('Nigeria', 'Governor of Lagos State Babajide Sanwo-Olu said on Monday the roads would reopen.',
     [('Lagos State Babajide Sanwo-Olu', 'PERSON')],
     {('Babajide Sanwo-Olu', 'person')}),
    ('Sport', 'Minister of State for Sports Ivo Marrow arrived.',
     [('Sports Ivo Marrow', 'PERSON')],
     {('Ivo Marrow', 'person')}),
    ('Health', 'Secretary of Health Ana Maria Vell resigned.',
     [('Health Ana Maria Vell', 'PERSON')],
     {('Ana Maria Vell', 'person')}),
    ('Gaza', 'Israeli tanks pushed into areas near Rafah and Hamas fighters fired rockets at them.',
     [('Israeli', 'NORP'), ('Rafah', 'GPE'), ('Hamas', 'ORG')],
     {('Israel', 'place'), ('Hamas', 'organization'), ('Rafah', 'place')}),
    ('Ukraine', 'Russian forces advanced near Bakhmut and Wagner fighters claimed the town.',
     [('Russian', 'NORP'), ('Bakhmut', 'GPE'), ('Wagner', 'ORG')],
     {('Russia', 'place'), ('Bakhmut', 'place'), ('Wagner', 'organization')}),
    ('Sudan', 'The army retook positions outside Omdurman and Norvex Security guards fled.',
     [('Omdurman', 'GPE'), ('Norvex Security', 'ORG')],
     {('Norvex Security', 'organization'), ('Omdurman', 'place')}),
    ('Ukraine', 'Shelling hit residents of Kherson and Zelensky condemned the attack.',
     [('Kherson', 'GPE'), ('Zelensky', 'PERSON')],
     {('Zelensky', 'person'), ('Kherson', 'place')}),
    ('Banking', 'She moved from London to Goldman Sachs in 2010.',
     [('London', 'GPE'), ('Goldman Sachs', 'ORG')],
     {('Goldman Sachs', 'organization'), ('London', 'place')}),
    ('Football', 'The striker joined on loan from Chelsea to Milan last summer.',
     [('Chelsea', 'ORG'), ('Milan', 'ORG')],
     {('Chelsea', 'organization'), ('Milan', 'place')}),
    ('Tech', 'Engineers left from Seattle to Microsoft and Amazon.',
     [('Seattle', 'GPE'), ('Microsoft', 'ORG'), ('Amazon', 'ORG')],
     {('Microsoft', 'organization'), ('Seattle', 'place'), ('Amazon', 'organization')}),
    ('EU', 'European leaders Macron and Scholz met in Berlin on Monday.',
     [('European', 'NORP'), ('Macron', 'PERSON'), ('Scholz', 'PERSON'), ('Berlin', 'GPE')],
     {('Berlin', 'place'), ('Scholz', 'person'), ('Macron', 'person')}),
    ('Twitter', 'The board rejected an offer from Musk on Friday.',
     [('Musk', 'PERSON')],
     {('Musk', 'person')}),
    ('US', 'Donors weighed a switch from Biden to Harris.',
     [('Biden', 'PERSON'), ('Harris', 'PERSON')],
     {('Biden', 'person'), ('Harris', 'person')}),
    ('Mining', 'The province saw a move from Kolwezi to Lubumbashi.',
     [('Kolwezi', 'GPE'), ('Lubumbashi', 'GPE')],
     {('Kolwezi', 'place'), ('Lubumbashi', 'place')}),
    ('Tech', 'Staff weighed an offer from Microsoft.',
     [('Microsoft', 'ORG')],
     {('Microsoft', 'organization')}),
    ('Ligue 1', 'Stade Rennais beat Lyon 2-1 on Sunday.',
     [('Stade Rennais', 'ORG'), ('Lyon', 'GPE')],
     {('Stade Rennais', 'organization'), ('Lyon', 'organization')}),
    ('Rugby', 'Stade Toulousain won the Champions Cup final.',
     [('Stade Toulousain', 'ORG'), ('Champions Cup', 'EVENT')],
     {('Stade Toulousain', 'organization')}),
    ('Copa', 'Cerro Porteno drew 1-1 with Olimpia.',
     [('Cerro Porteno', 'ORG'), ('Olimpia', 'ORG')],
     {('Cerro Porteno', 'organization'), ('Olimpia', 'organization')}),
    ('Newark', 'Newark Mayor Ras Baraka was arrested at a detention centre.',
     [('Newark', 'GPE'), ('Ras Baraka', 'PERSON')],
     {('Newark', 'place'), ('Ras Baraka', 'person')}),
    ('Newark', 'Ras Baraka, who is running for governor, was arrested.',
     [('Ras Baraka', 'PERSON')],
     {('Ras Baraka', 'person')}),
    ('Airlines', 'Copa Airlines cancelled flights to Caracas.',
     [('Copa Airlines', 'ORG'), ('Caracas', 'GPE')],
     {('Caracas', 'place'), ('Copa Airlines', 'organization')}),
    ('Court', 'Hector Daniel Ramirez was sentenced on Monday.',
     [('Hector Daniel Ramirez', 'PERSON')],
     {('Hector Daniel Ramirez', 'person')}),
    ('Court', 'Christian Karl Gerhartsreiter was sentenced on Monday.',
     [('Christian Karl Gerhartsreiter', 'PERSON')],
     {('Christian Karl Gerhartsreiter', 'person')}),
    ('Court', 'Heather Anne Collins was sentenced on Monday.',
     [('Heather Anne Collins', 'PERSON')],
     {('Heather Anne Collins', 'person')}),
    ('US', 'On Tuesday Donald Trump signed the order.',
     [('Tuesday', 'DATE'), ('Donald Trump', 'PERSON')],
     {('Donald Trump', 'person')}),
    ('Iraq', 'The Kurdish Leyla Zana spoke in parliament.',
     [('Kurdish', 'NORP'), ('Leyla Zana', 'PERSON')],
     {('Leyla Zana', 'person')}),
    ('Cricket', 'In January Kane Williamson returned.',
     [('January', 'DATE'), ('Kane Williamson', 'PERSON')],
     {('Kane Williamson', 'person')}),
    ('Kenya', 'Talks between the Ministry of Agriculture and Kenyan farmers stalled.',
     [('the Ministry of Agriculture', 'ORG'), ('Kenyan', 'NORP')],
     {('Ministry of Agriculture', 'organization'), ('Kenya', 'place')}),
    ('Gaza', 'Figures from the Ministry of Health and Gaza residents differ.',
     [('the Ministry of Health', 'ORG'), ('Gaza', 'GPE')],
     {('Gaza', 'place'), ('Ministry of Health', 'organization')}),
    ('Sudan', 'Talks between the Government of Sudan and Darfur rebels resumed.',
     [('the Government of Sudan', 'ORG'), ('Darfur', 'GPE')],
     {('Darfur', 'place'), ('Government of Sudan', 'organization')}),
    ('Nigeria', 'The Central Bank of Nigeria and Lagos traders disagree.',
     [('The Central Bank of Nigeria', 'ORG'), ('Lagos', 'GPE')],
     {('Central Bank of Nigeria', 'organization'), ('Lagos', 'place')}),
    ('Pharma', 'The drug came from Pfizer and BioNTech.',
     [('Pfizer and BioNTech', 'ORG')],
     {('BioNTech', 'organization'), ('Pfizer', 'organization')}),
    ('Israel', 'Public anger toward Netanyahu grew after the strike.',
     [('Netanyahu', 'PERSON')],
     {('Netanyahu', 'person')}),
    ('Israel', 'Public anger towards Netanyahu grew after the strike.',
     [('Netanyahu', 'PERSON')],
     {('Netanyahu', 'person')}),
    ('US', 'Voters shifted toward Trump in the final week.',
     [('Trump', 'PERSON')],
     {('Trump', 'person')}),
    ('US', "Iowa was the first stop on the road to Trump's second term.",
     [('Iowa', 'GPE'), ('Trump', 'PERSON')],
     {('Iowa', 'place'), ('Trump', 'person')}),
    ('Tech', 'Advertisers turned toward TikTok last year.',
     [('TikTok', 'ORG')],
     {('TikTok', 'organization')}),
    ('Syria', 'Turkish drones struck Ain Issa on Monday.',
     [('Turkish', 'NORP'), ('Ain Issa', 'GPE')],
     {('Ain Issa', 'place'), ('Turkey', 'place')}),
    ('Iran', 'The blast hit the port of Shahid Rajaee, not Bandar Imam Khomeini.',
     [('Shahid Rajaee', 'FAC'), ('Bandar Imam Khomeini', 'GPE')],
     {('Shahid Rajaee', 'place'), ('Bandar Imam Khomeini', 'place')}),
    ('Libya', 'Clashes broke out in Ain Zara late on Friday.',
     [('Ain Zara', 'GPE')],
     {('Ain Zara', 'place')}),
    ('Streaming', 'Growth in the subscriber base at Netflix slowed in the quarter.',
     [('Netflix', 'ORG')],
     {('Netflix', 'organization')}),
    ('Football', 'The fan base at Arsenal grew restless.',
     [('Arsenal', 'ORG')],
     {('Arsenal', 'organization')}),
    ('Tech', 'Records were kept in a database at Microsoft.',
     [('Microsoft', 'ORG')],
     {('Microsoft', 'organization')}),
]


@pytest.mark.parametrize("title, text, spans, expected", REVIEW7_CASES)
def test_session7_review_cases(title, text, spans, expected):
    assert names(analyse_with(title, text, spans)) == expected


def _probes():
    path = Path(__file__).parent / "fixtures" / "entity_probes.json"
    return [pytest.param(p["title"], p["text"], [tuple(s) for s in p["spans"]], {tuple(e) for e in p["expected"]}, id=p["text"][:60])
            for p in json.loads(path.read_text(encoding="utf-8"))]


# Two reviewers' probes of session 7's rules (tests/fixtures/entity_probes.json): 477 sentences
# in wire-copy style, each with the model's spans and the reading it must give. 110 of the first
# reviewer's and 38 of the second's misread when they were written; the rules were narrowed until
# the ones kept here pass (the few still misread are listed in that session's closing note).
@pytest.mark.parametrize("title, text, spans, expected", _probes())
def test_reviewed_probe_sentences(title, text, spans, expected):
    assert names(analyse_with(title, text, spans)) == expected


@pytest.mark.parametrize("short,full,kind", [
    ("St Kitts and Nevis", "Saint Kitts and Nevis", "country"), ("St. Lucia", "Saint Lucia", "country"),
    ("St Vincent and the Grenadines", "Saint Vincent and the Grenadines", "country"),
])
def test_saint_shortened_to_st_is_the_same_place(short, full, kind):
    gaz = gazetteer()
    assert gaz.lookup(short).kind == kind and gaz.country(short) == gaz.country(full)


def test_st_petersburg_is_the_larger_city_and_st_kitts_and_nevis_one_country():
    assert gazetteer().lookup("St Petersburg").population > 1_000_000  # Russia's, not Florida's
    result = names(analyse("", "Ferries to St Kitts and Nevis were cancelled on Monday, the port authority said."))
    assert ("Saint Kitts and Nevis", "place") in result and not {n for n, _ in result} & {"St Kitts", "Nevis"}


# Session 8 review: sentences on which this session's first versions of the rules misfired
# (a reviewer's probes, with the real model); each must read so.
REVIEW8_CASES = [
    ("Peers", "Crossbench peer Lord St John of Bletso told the House of Lords the bill was badly drafted.",
     {("St John", "person")}, {("St John", "place")}),
    ("Retail", "Marks and Spencer (M&S) said its clothing sales rose 5%.", {("Marks and Spencer", "organization")}, {"Marks", "Spencer"}),
    ("Ministry", "The Ministry of Foreign Affairs and International Cooperation (MAECI) said Italian citizens should leave.",
     {("Ministry of Foreign Affairs and International Cooperation", "organization")}, {"International Cooperation"}),
    ("Trial", "Ali Hassan al-Majid, known as Chemical Ali, was executed in 2010.", set(), {("Chemical Ali", "organization")}),
    ("Travel", "Tourists flock to the ghost town of Real de Catorce in San Luis Potosí.", {("Real de Catorce", "place")}, set()),
    ("Drones", "The match at the Zenit Arena was postponed because of a drone alert.", {("Zenit Arena", "place")}, set()),
    ("Careers", "He worked on the insurance market at Lloyd's for 20 years.", set(), {("Lloyd", "place"), ("Lloyd's", "place")}),
    ("Obituary", "Albanian opposition politician Spartak Ngjela died aged 76.", {("Spartak Ngjela", "person")}, set()),
    # second review
    ("Audit", "Debate around Ernst and Young's audit of Wirecard continues in Germany.", set(), {"Ernst", "Young"}),
    ("Seville", "The Real Alcázar in Seville was closed after a fire alarm.", {("Seville", "place")}, {("Real Alcázar", "organization")}),
    ("Papers", "Editor Media Group said it had bought three regional papers.", {("Editor Media Group", "organization")}, {"Media Group"}),
    ("Press", "The Scotsman reported that the First Minister would resign.", set(), {"Scotland"}),
    ("Property", "River Oaks Capital bought the building for 40 million dollars.", set(), {("River Oaks Capital", "place")}),
    ("Cholera", "Kano and Kano State both recorded cholera cases, health officials said.",
     {("Kano", "place"), ("Kano State", "place")}, set()),
    ("Rohingya", "The Rohingya fled Rakhine State in 2017; Rakhine is now largely controlled by the Arakan Army.",
     {("Rakhine State", "place")}, {"Rakhine"}),
    ("Football", "Ohio State beat Michigan 30-24 on Saturday.", set(), {("Ohio State", "place")}),
    # third review
    ("Skating", "Figure Skating Canada named its team for the world championships.", set(), {"Skating Canada"}),
    ("Malls", "Mall operator Parque Arauco said it would open two centres in Peru.", {("Parque Arauco", "organization")}, set()),
    ("Polls", "Recent polls by Nate Silver suggest the race is tied.", {("Nate Silver", "person")}, set()),
    ("Football", "Villa levelled through Watkins late on.", set(), {("Villa", "person")}),
    ("Studios", "Fires forced evacuations in Burbank and Glendale overnight.", {("Burbank", "place")}, set()),
]


@pytest.mark.parametrize("title, text, present, absent", REVIEW8_CASES, ids=[c[1][:50] for c in REVIEW8_CASES])
def test_session8_review_cases(title, text, present, absent):
    check(title, text, present=present, absent=absent)


def test_a_small_known_town_the_model_missed_counts_when_listed_with_a_known_place():
    """Towns under 100,000 people need a cue to count when the model misses them
    (small towns share names with words); being listed with a known place is one."""
    check("Aid", "Aid agencies said that Kadugli and Dilling in South Kordofan remained cut off.",
          present=[("Dilling", "place"), ("Kadugli", "place")])
    check("Music", "The music came from places like Bamako and Timbuktu, the organisers said.",
          present=[("Timbuktu", "place")])


def test_a_weekday_is_no_entity_whatever_cue_follows():
    check_with("Strike", "An air strike on a school killed at least 19 people, most of them teenagers, on Monday, "
               "a local resistance group and a monitoring network said.", [("Monday", "DATE")], absent=["Monday"])


def test_central_asian_is_central_asia():
    check("Route", "The five Central Asian states agreed in Almaty on Tuesday to build the route.",
          present=[("Central Asia", "place"), ("Almaty", "place")], absent=["Central Asian"])


def test_welshman_is_wales_and_wales_a_place():
    check("Rally", "The Welshman won the stage by eight seconds after rain fell across Wales.",
          present=[("Wales", "place")], absent=["Welshman"])


def test_imperial_titles_are_titles():
    check("Diet", "Emperor Naruhito opened the session on Monday.", present=[("Naruhito", "person")], absent=["Emperor Naruhito"])
    check("1914", "Archduke Franz Ferdinand was shot in Sarajevo in 1914.", present=[("Franz Ferdinand", "person")],
          absent=["Archduke Franz Ferdinand"])


def test_a_role_word_opening_the_sentence_inside_the_models_span_is_cut_from_a_given_names_owner():
    check("Games", "Sprinter Noah Lyles won the 100 metres by five thousandths of a second.", present=[("Noah Lyles", "person")],
          absent=["Sprinter Noah Lyles"])
    check("Oil", "Analyst Goldman Sachs Research cut its forecast for oil.", absent=[("Goldman Sachs Research", "person")])
    check("Papers", "Editor Media Group said it had bought three regional papers.",
          present=[("Editor Media Group", "organization")])
    check("March", "Thousands marched through Parque Ibirapuera on Sunday.", present=[("Parque Ibirapuera", "place")])


# Session 9: cues from a name's uses the model tagged as nothing, more appositions for
# bodies, national arms, legal forms and provinces written as one word.
SESSION9_CASES = [
    pytest.param(
        "Cells", "US battery start-up Kelvex restarted production on Tuesday. Kelvex chief executive Ana Vell said "
        "the lines would run all year. Truck makers will buy cells from Kelvex.",
        [("Ana Vell", "PERSON"), ("Kelvex", "PERSON")],
        {("Kelvex", "organization"), ("Ana Vell", "person")}, {("Kelvex", "person")},
        id="what surrounds the uses the model did not tag still types the name"),
    pytest.param(
        "Lorries", "Trasko, the national road hauliers' association, said 1,700 lorries were stuck at the border.",
        [("Trasko", "PERSON")],
        {("Trasko", "organization")}, set(),
        id="an apposition's words may end in an apostrophe"),
    pytest.param(
        "Stocks", "The index rose, led by Valmex, the local arm of Orvel Stores.",
        [("Valmex", "PERSON"), ("Orvel Stores", "ORG")],
        {("Valmex", "organization")}, set(),
        id="a body's arm is a body"),
    pytest.param(
        "Limes", "Growers say Los Morenos, a local gang once allied with the Tarsk cartel, set up checkpoints.",
        [("Los Morenos", "PERSON")],
        {("Los Morenos", "organization")}, set(),
        id="a gang, and 'once' after the apposition's noun"),
    pytest.param(
        "Banks", "Banorvel will compete with BKVA México, the local arm of Spain's BKVA, for deposits.",
        [("Banorvel", "ORG"), ("BKVA México", "PERSON"), ("Spain", "GPE"), ("BKVA", "ORG")],
        {("BKVA México", "organization"), ("BKVA", "organization")}, set(),
        id="a body's national arm (the country written with its accents) is not the body"),
    pytest.param(
        "Green", "Greenvolt Chile flew a banner over the rig, and its parent Greenvolt said it would sue the operator.",
        [("Greenvolt Chile", "ORG"), ("Greenvolt", "ORG")],
        {("Greenvolt Chile", "organization"), ("Greenvolt", "organization")}, set(),
        id="the body's name without its country, called the parent, is not a short form"),
    pytest.param(
        "Poll", "Renewal Canada leads the poll in Tarsk. Its leader said Renewal would cut taxes.",
        [("Renewal Canada", "ORG"), ("Tarsk", "GPE"), ("Renewal", "ORG")],
        {("Renewal Canada", "organization")}, {"Renewal"},
        id="a body whose name holds its country is still what the name without it is short for"),
    pytest.param(
        "Coca", "The Six Federations of the Tropics of Oruro, the coca growers' union, blocked roads. "
        "Trucks from Potosí could not reach Oruro.",
        [("The Six Federations of the Tropics of Oruro", "EVENT"), ("Potosí", "GPE"), ("Oruro", "PERSON")],
        {("Oruro", "place")}, {("Oruro", "organization")},
        id="an untagged use at the end of a longer 'X of Y' name takes no cue from what follows that name"),
    pytest.param(
        "Campaign", "The party took its campaign to its heartland of Tarsk on Saturday.",
        [("Tarsk", "ORG")],
        {("Tarsk", "place")}, set(),
        id="a heartland is a place"),
    pytest.param(
        "Rain", "Sisaket had its first rain in months on Monday.",
        [("Sisaket", "PERSON")],
        {("Sisaket", "place")}, set(),
        id="a province the gazetteer writes in short words ('Si Sa Ket') written as one word"),
    pytest.param(
        "Nickel", "The fund will sell its shares in PT Tarsk Raya Nickel. Tarsk Raya, which supplies ore to smelters, "
        "declined to comment.",
        [("PT Tarsk Raya Nickel", "ORG"), ("Tarsk Raya", "ORG")],
        {("PT Tarsk Raya Nickel", "organization")}, {"Tarsk Raya"},
        id="a company's name without its legal form is short for it"),
]


@pytest.mark.parametrize("title, text, spans, present, absent", SESSION9_CASES)
def test_session9_resolver_rules(title, text, spans, present, absent):
    check_with(title, text, spans, present=present, absent=absent)


# Session 9: people the model read as bodies, and places it read as people.
SESSION9_PEOPLE_PLACES = [
    pytest.param(
        "Port", '"We have waited for this port for years," said Ivo Marrow, a fisherman from Tarsk.',
        [("Ivo Marrow", "ORG"), ("Tarsk", "GPE")],
        {("Ivo Marrow", "person")}, set(),
        id="an apposition a person is may be followed by 'from'"),
    pytest.param(
        "Salaries", '"We want salaries and electricity," said Ivo Marrow. Elders met on Monday.',
        [("Ivo Marrow", "ORG")],
        {("Ivo Marrow", "person")}, set(),
        id="a quote's speaker after 'said' is a person"),
    pytest.param(
        "Meat", "Rival Orvex, founded by Ivo Marrow in 1953, declined to comment.",
        [("Orvex", "ORG"), ("Ivo Marrow", "ORG")],
        {("Ivo Marrow", "person"), ("Orvex", "organization")}, set(),
        id="a founder named after 'founded by' is a person"),
    pytest.param(
        "Festival", "Her compatriot Ana Vell closes the festival on Sunday.",
        [("Ana Vell", "ORG")],
        {("Ana Vell", "person")}, set(),
        id="'compatriot' before a name is a person cue"),
    pytest.param(
        "Fossil", "The jaw was found on an eroding slope about 25 kilometres from Tarnwick.",
        [("Tarnwick", "PERSON")],
        {("Tarnwick", "place")}, set(),
        id="a distance from a name is a place cue"),
    pytest.param(
        "Refugees", "Thousands have fled to villages along the road to Tarnwick.",
        [("Tarnwick", "PERSON")],
        {("Tarnwick", "place")}, set(),
        id="'the road to' before a name is a place cue"),
    pytest.param(
        "Curfew", "Curfews were imposed in the Orvel Mamund and Tarsk Mamund tehsils on Friday.",
        [("Orvel Mamund", "PERSON"), ("Tarsk Mamund", "PERSON")],
        {("Orvel Mamund", "place"), ("Tarsk Mamund", "place")}, set(),
        id="a plural unit word after two names joined by 'and' (tehsils) types both as places"),
    pytest.param(
        "Border", "The minister said the Orvelai and Tarskai checkpoints would stay shut for a month.",
        [("Orvelai", "PERSON"), ("Tarskai", "GPE")],
        {("Orvelai", "place")}, set(),
        id="two names before 'checkpoints' are places"),
    pytest.param(
        "Rivals", "Rival Orvex declined to comment. Gunmen killed three guards at the mine.",
        [("Orvex", "ORG"), ("Gunmen", "PERSON")],
        {("Orvex", "organization")}, {"Rival Orvex", "Gunmen"},
        id="a common word opening the sentence is no part of a name, nor a name"),
    pytest.param(
        "Meat", "Rival KBS, founded by Karl Batista Souto in 1953, declined to comment. Analysts said KBS would grow.",
        [("KBS", "ORG"), ("Karl Batista Souto", "ORG"), ("KBS", "ORG")],
        {("KBS", "organization"), ("Karl Batista Souto", "person")}, set(),
        id="an acronym is not short for a person's name the model read as a body"),
]


SESSION9_PARTIES = [
    pytest.param(
        "Seats", "Kumar's Orvel Dal (United), known as the OD(U), doubled its tally.",
        [("Orvel Dal (United", "ORG")],
        {("Orvel Dal (United)", "organization")}, {"Orvel Dal"},
        id="a party's bracketed qualifier inside the model's span is part of its name"),
    pytest.param(
        "Seats", "The Orvel Dal (Secular) lost three seats.",
        [("Orvel Dal", "PERSON")],
        {("Orvel Dal (Secular)", "organization")}, {"Orvel Dal"},
        id="a party's bracketed qualifier after the model's span is part of its name, and makes it a body"),
    pytest.param(
        "Inflation", "The National Institute of Statistics (Inest) said prices rose.",
        [("The National Institute of Statistics", "ORG"), ("Inest", "ORG")],
        {("National Institute of Statistics", "organization")}, {"National Institute of Statistics (Inest)"},
        id="a mixed-case short name in brackets is no qualifier"),
    pytest.param(
        "Resources", "Within the coalition, Parti Orvel Tarsk Bersatu (OTB), which Ana Vell leads, wants control of gas.",
        [("OTB", "ORG"), ("Ana Vell", "PERSON")],
        {("Parti Orvel Tarsk Bersatu", "organization")}, {"Orvel Tarsk Bersatu"},
        id="a body's word the acronym leaves out opens the name it defines"),
    pytest.param(
        "Opposition", "The opposition Parti Orvelan said the deal was late.",
        [("Parti Orvelan", "PERSON")],
        {("Parti Orvelan", "organization")}, set(),
        id="Parti, Partido and Partai are body words"),
]


@pytest.mark.parametrize("title, text, spans, present, absent", SESSION9_PARTIES)
def test_session9_parties(title, text, spans, present, absent):
    check_with(title, text, spans, present=present, absent=absent)


@pytest.mark.parametrize("title, text, spans, present, absent", SESSION9_PEOPLE_PLACES)
def test_session9_people_and_places(title, text, spans, present, absent):
    check_with(title, text, spans, present=present, absent=absent)


# Session 9 review: sentences on which this session's first versions of the rules misfired
# (a reviewer's probes, read by the real model); each must read so.
REVIEW9_CASES = [
    ("ECB", "Isabel Schnabel, a policy maker at the European Central Bank, said rates were in a good place.",
     {("Isabel Schnabel", "person")}, set()),
    ("Tourism", "Lijiang, a living museum of Naxi culture, drew 60 million visitors last year.", {("Lijiang", "place")}, set()),
    ("Floods", "The Bahr el-Zeraf, a branch of the White Nile, has burst its banks, the UN said.",
     {("White Nile", "place")}, {("Bahr el-Zeraf", "organization")}),
    ("Press", "The West Wing, the executive wing of the White House, was closed to reporters on Friday.",
     {("White House", "organization")}, {("West Wing", "organization")}),
    ("Arrest", "Chen Zhi, a Cambodian developer whose Prince Group was sanctioned by Washington, has been arrested.",
     {("Chen Zhi", "person")}, set()),
    ("Rugby", "Duhan van der Merwe, a Scotland wing whose try sealed the win, was named man of the match.",
     {("Duhan van der Merwe", "person")}, set()),
    ("Telecoms", "Safaricom Ethiopia lost 15 billion birr last year, its parent said. Kenya's Safaricom said on Friday the "
     "Ethiopian unit would break even by 2027, and Safaricom shares fell 3% in Nairobi.",
     {("Safaricom Ethiopia", "organization"), ("Safaricom", "organization")}, set()),
    ("Strike", "Bolt Nigeria drivers went on strike on Monday. Estonia's Bolt said it was talking to drivers.",
     {("Bolt Nigeria", "organization"), ("Bolt", "organization")}, set()),
    ("Tornado", "Tupelo, the hometown of Elvis Presley, was hit by a tornado on Sunday.",
     {("Elvis Presley", "person"), ("Tupelo", "place")}, set()),
    ("Drones", "Kalush, the hometown of Stepan Bandera, was hit by drones overnight.", {("Stepan Bandera", "person")}, set()),
]


@pytest.mark.parametrize("title, text, present, absent", REVIEW9_CASES, ids=[c[1][:50] for c in REVIEW9_CASES])
def test_session9_review_cases(title, text, present, absent):
    check(title, text, present=present, absent=absent)


SESSION9_SPANS = [
    pytest.param(
        "Games", "The case leans on evidence from Orvex Games, the maker of Tarskfall, which won an injunction.",
        [("Orvex Games", "PERSON")],
        {("Orvex Games", "organization")}, set(),
        id="', the maker of' after a name is a company"),
    pytest.param(
        "Election", "Sadiran, the political wing of the Orvel militia, came second.",
        [("Sadiran", "PERSON")],
        {("Sadiran", "organization")}, set(),
        id="a political wing is a body"),
    pytest.param(
        "Listing", "The group plans to list Orvex Petroleum Refinery on the Nigerian Exchange (NGX) next year.",
        [("Orvex Petroleum Refinery", "ORG"), ("the Nigerian Exchange", "ORG"), ("NGX", "ORG")],
        {("Orvex Petroleum Refinery", "organization"), ("Nigerian Exchange", "organization")},
        {"Orvex Petroleum Refinery on the Nigerian Exchange"},
        id="an acronym after two names joined by 'on the' names the last"),
    pytest.param(
        "Rebels", "Fighters of the Union for Peace in the Central African Republic (UPC) took the town.",
        [("the Union for Peace", "ORG"), ("the Central African Republic", "GPE"), ("UPC", "ORG")],
        {("Union for Peace in the Central African Republic", "organization")}, set(),
        id="'in' and a place still belong to a body's name an acronym defines"),
    pytest.param(
        "Derby", "Tarsk ended Orvel's unbeaten start with a 2-1 win on Sunday.",
        [("Tarsk ended Orvel's", "ORG")],
        {("Tarsk", "organization"), ("Orvel", "organization")}, {"Tarsk ended Orvel"},
        id="a verb inside a span parts two names"),
    pytest.param(
        "Tennis", "Fonseca beat third seed Anton Vell 7-6(4) 6-4 in Madrid.",
        [("Fonseca", "PERSON"), ("Anton Vell 7-6(4", "PERSON"), ("Madrid", "GPE")],
        {("Anton Vell", "person")}, {"Anton Vell 7-6(4"},
        id="a tie-break score is no part of a name"),
    pytest.param(
        "Fridges", "Beko Europe, the venture it formed with Whirlpool of the United States, shut plants in Italy.",
        [("Beko Europe", "ORG"), ("Whirlpool of the United States", "ORG"), ("Italy", "GPE")],
        {("Whirlpool", "organization"), ("United States", "place")}, {"Whirlpool of the United States"},
        id="a company 'of the' a country is the company and the country"),
    pytest.param(
        "Banks", "The Bank of England and the Church of England issued a joint statement.",
        [("The Bank of England", "ORG"), ("the Church of England", "ORG")],
        {("Bank of England", "organization"), ("Church of England", "organization")}, set(),
        id="a body named 'of' its country stays one name"),
    pytest.param(
        "Airline", "The airline keeps jobs at its headquarters in Llucmajor on Mallorca.",
        [("Llucmajor on Mallorca", "ORG")],
        {("Llucmajor", "place"), ("Mallorca", "place")}, {"Llucmajor on Mallorca"},
        id="a town 'on' a known island is two places"),
    pytest.param(
        "Rights", "The Commission on Human Rights met in Geneva.",
        [("The Commission on Human Rights", "ORG"), ("Geneva", "GPE")],
        {("Commission on Human Rights", "organization")}, set(),
        id="a body 'on' a remit stays one name"),
    pytest.param(
        "Nickel", "Fishermen on Pulau Orvel said PT Pulau Orvel Mining had polluted the bay.",
        [("Pulau Orvel", "GPE"), ("PT Pulau Orvel Mining", "ORG")],
        {("PT Pulau Orvel Mining", "organization"), ("Pulau Orvel", "place")}, set(),
        id="a place is not short for a company that holds its name after a legal form"),
    pytest.param(
        "Talks", "The Franco-German plan stalled, and Sino-Indian talks and the Russian-Ukrainian talks went on in the Indo-Pacific.",
        [("Franco-German", "NORP"), ("Sino", "NORP"), ("Russian", "NORP"), ("the Indo-Pacific", "LOC")],
        {("France", "place"), ("Germany", "place"), ("China", "place"), ("India", "place"), ("Russia", "place"),
         ("Ukraine", "place"), ("Indo-Pacific", "place")}, set(),
        id="nationality words joined by hyphens name each country; a combining form only before a nationality word"),
    pytest.param(
        "Water", "Flows reaching the reservoir on the Uzbek-Turkmen border fell. Kurdish-Turkish talks resumed.",
        [("the Uzbek-Turkmen", "ORG")],
        {("Uzbekistan", "place"), ("Turkmenistan", "place")}, {"Uzbek-Turkmen", "Kurdistan"},
        id="beside a country, a people's name is the one country named after it"),
    pytest.param(
        "Cocaine", "It was one of the largest drug cases in Guinea-Bissau's history.",
        [("Guinea", "GPE")],
        {("Guinea-Bissau", "place")}, {"Guinea"},
        id="a country's name opening a known hyphenated place's grows to it"),
    pytest.param(
        "Vote", "Neighbouring Albania has backed the change.",
        [("Albania", "GPE")],
        {("Albania", "place")}, {"Neighbouring Albania"},
        id="an adjective opening the sentence is no part of the name"),
    pytest.param(
        "Water", "The International Fund for Saving the Aral Sea met in Dushanbe.",
        [("The International Fund for Saving the Aral Sea", "ORG"), ("Dushanbe", "GPE")],
        {("International Fund for Saving the Aral Sea", "organization")}, set(),
        id="a body's name ending in a place's word after 'for' is a body"),
    pytest.param(
        "Group", "Shares in Greta Corp fell. Greta Chemical has lost money for three years, but "
        "Greta Shopping is still profitable. In Tokyo, Greta Holdings controls the rest.",
        [("Greta Corp", "ORG"), ("Greta Chemical", "ORG"), ("Greta Shopping", "PERSON"), ("Greta Holdings", "ORG")],
        {("Greta Shopping", "organization")}, set(),
        id="a name opening as two other bodies of the article do is one more company of the group"),
    pytest.param(
        "Charity", "Ana Vell founded the Ana Vell Foundation and the Ana Vell Institute. Ana Vell said both would grow.",
        [("Ana Vell", "PERSON"), ("the Ana Vell Foundation", "ORG"), ("the Ana Vell Institute", "ORG"), ("Ana Vell", "PERSON")],
        {("Ana Vell", "person")}, set(),
        id="a person whose name the bodies hold stays a person"),
    pytest.param(
        "Derby", "Against a team like Porto you need luck. Porto coach Ana Vell complained about time-wasting.",
        [("Porto", "PERSON"), ("Ana Vell", "PERSON")],  # (the model tags the first "Porto" only)
        {("Porto", "organization")}, set(),
        id="a city that also names its region is a club before 'coach'"),
    pytest.param(
        "Border", "Troops entered the Golan Heights on Monday. Residents said the Golan had been quiet for years.",
        [("the Golan Heights", "LOC"), ("Golan", "LOC")],
        {("Golan Heights", "place")}, {"Golan"},
        id="the first word of one longer place the article names is short for it"),
    pytest.param(
        "Rent", "Residents of Washington Heights marched. In Washington, lawmakers debated the bill. Quebec and Quebec City voted.",
        [("Washington Heights", "GPE"), ("Washington", "GPE"), ("Quebec", "GPE"), ("Quebec City", "GPE")],
        {("Washington Heights", "place"), ("Washington", "place"), ("Quebec", "place"), ("Quebec City", "place")}, set(),
        id="a capital, a US state, or a place beside its city is no short form"),
    pytest.param(
        "Protests", "The alliance backs Jean-Marc Orvell for the presidency. Orvell said marches would begin.",
        [("Jean-Marc Orvell", "ORG")],
        {("Jean-Marc Orvell", "person")}, set(),
        id="a name opening with given names whose surname alone speaks is a person"),
    pytest.param(
        "Protests", "Police detained the veteran opposition figure Jean-Marc Orvell on Monday.",
        [("Jean-Marc Orvell", "ORG")],
        {("Jean-Marc Orvell", "person")}, set(),
        id="'opposition figure' before a name is a person cue"),
    pytest.param(
        "Rockets", "Skyroot Aerospace and Orvel Cosmos of Chennai are preparing their own rockets. The National Theatre of Ghana reopened.",
        [("Skyroot Aerospace", "ORG"), ("Orvel Cosmos of Chennai", "ORG"), ("The National Theatre of Ghana", "ORG")],
        {("Orvel Cosmos", "organization"), ("Chennai", "place"), ("National Theatre of Ghana", "organization")},
        {"Orvel Cosmos of Chennai"},
        id="a company of two words 'of' a city is the company and the city"),
    pytest.param(
        "Launch", "The launch from Kourou, French Guiana, was watched by the French space agency.",
        [("Kourou", "GPE"), ("French Guiana", "GPE"), ("French", "NORP")],
        {("France", "place"), ("French Guiana", "place")}, set(),
        id="a nationality word names its own country, not a longer country holding it"),
    pytest.param(
        "Rift", "Supporters of Karnataka's deputy chief minister gathered. Members of the Karnataka Legislative Assembly flew out.",
        [("Karnataka", "PERSON"), ("the Karnataka Legislative Assembly", "ORG")],
        {("Karnataka", "place"), ("Karnataka Legislative Assembly", "organization")}, set(),
        id="a place with a body named by function is no short form of a body"),
    pytest.param(
        "Talks", "The envoy for the Belgrade-Pristina dialogue visited Guinea-Bissau and Emilia-Romagna.",
        [("Belgrade-Pristina", "GPE"), ("Guinea-Bissau", "GPE"), ("Emilia-Romagna", "GPE")],
        {("Belgrade", "place"), ("Pristina", "place"), ("Guinea-Bissau", "place"), ("Emilia-Romagna", "place")},
        {"Belgrade-Pristina", "Guinea", "Emilia"},
        id="two known places joined by a hyphen are two places, unless the whole is one"),
    pytest.param(
        "Cricket", "Lahore Qalandars beat Karachi Kings by six wickets. Lahore lost two early wickets. "
        "\"The crowd in Lahore carried us,\" the captain said. Lahore will meet Islamabad United in the final.",
        [("Lahore Qalandars", "ORG"), ("Karachi Kings", "ORG"), ("Lahore", "PERSON"), ("Lahore", "GPE"), ("Lahore", "ORG"),
         ("Islamabad United", "ORG")],
        {("Lahore Qalandars", "organization"), ("Lahore", "place")}, set(),
        id="a city's name short for its club still names the city after 'in'"),
    pytest.param(
        "Banks", "Banco Santander said profit rose. Shares in Santander rose 3 percent in Madrid.",
        [("Banco Santander", "ORG"), ("Santander", "ORG"), ("Madrid", "GPE")],
        {("Banco Santander", "organization")}, {"Santander"},
        id="'shares in' a company's short name is still the company"),
    pytest.param(
        "Fossil", "Researchers from Tarsk University and France's National Centre for Scientific Research (CNRS) found the jaw.",
        [("Tarsk University", "ORG"), ("France", "GPE"), ("National Centre for Scientific Research", "ORG"), ("CNRS", "ORG")],
        {("Tarsk University", "organization"), ("National Centre for Scientific Research", "organization")},
        {"Tarsk University and France's National Centre for Scientific Research"},
        id="an acronym after 'X and a place's Y' names Y"),
    pytest.param(
        "Fossil", "Researchers from Tarsk University and France's Orvel Institute found the jaw.",
        [("Tarsk University and France's Orvel Institute", "ORG")],
        {("Tarsk University", "organization"), ("Orvel Institute", "organization")},
        {"Tarsk University and France's Orvel Institute"},
        id="a place's possessive after 'and' inside a body's span opens a second name"),
    pytest.param(
        "Derby", "Third-placed Orvel trail Tarsk by two points.",
        [("Orvel trail Tarsk", "ORG")],
        {("Orvel", "organization"), ("Tarsk", "organization")}, {"Orvel trail Tarsk"},
        id="'trail' inside a span parts two names"),
    pytest.param(
        "Coal", "Analysts at Orvelberg said the spin-off could unlock value. Ana Vell now plays for Tarskona in Spain.",
        [("Ana Vell", "PERSON"), ("Spain", "GPE")],
        {("Orvelberg", "organization"), ("Tarskona", "organization")}, set(),
        id="a name the model missed after a body's or a side's cue is a body"),
    pytest.param(
        "Cuts", "The opposition Peronist coalition said so. The broadcaster Canal+ cut its support. "
        "Orvel beat Racing 92 26-10. People are arriving with nothing.",
        [("Orvel", "ORG")],
        set(), {"Peronist", "Canal", "Racing", "People"},
        id="no body from an adjective, the start of a longer name, or a sentence's first word"),
    pytest.param(
        "Listing", "Orvel IBTC Capital will run the share sale. KP Sharma Oli said the deal was fair.",
        [("Orvel IBTC Capital", "PERSON"), ("KP Sharma Oli", "PERSON")],
        {("Orvel IBTC Capital", "organization"), ("KP Sharma Oli", "person")}, set(),
        id="a name holding an acronym of three letters or more is no person's"),
    pytest.param(
        "Banks", "Banamex will compete with Nu México for deposits.",
        [("Banamex", "ORG"), ("Nu México", "PERSON")],
        {("Nu México", "organization")}, set(),
        id="a name ending in a country written its own way is a company's arm"),
    pytest.param(
        "Tour", "The stage ended with a steep ascent to Orvelcam in the Pyrenees.",
        [("Orvelcam", "ORG"), ("Pyrenees", "LOC")],
        {("Orvelcam", "place")}, set(),
        id="an ascent to a name is a place cue"),
    pytest.param(
        "Attack", "Gunmen attacked a base on the edge of Tarskibo on Tuesday.",
        [("Tarskibo", "ORG")],
        {("Tarskibo", "place")}, set(),
        id="the edge of a name is a place cue"),
    pytest.param(
        "Dolphins", "Boat trips to Orvampi, a village north of Tarsk town, support 40 families.",
        [("Orvampi", "ORG"), ("Tarsk", "GPE")],
        {("Orvampi", "place")}, set(),
        id="an apposition's place noun may be followed by a compass word"),
    pytest.param(
        "Rugby", "Prop Ana Vellala scored twice. Orvel hooker Ivo Tarskola was sent off, and point guard Ina Marrowe led the scoring.",
        [("Prop Ana Vellala", "PERSON"), ("Orvel", "ORG"), ("Ivo Tarskola", "ORG"), ("Ina Marrowe", "ORG")],
        {("Ana Vellala", "person"), ("Ivo Tarskola", "person"), ("Ina Marrowe", "person")}, {"Prop Ana Vellala"},
        id="a player's position before a name is a person cue, and no part of the name opening a sentence"),
    pytest.param(
        "Tennis", "Fonseca will next face Orvel Tarsko, who beat Ivo Marrowe 6-3 6-2.",
        [("Fonseca", "PERSON"), ("Orvel Tarsko", "PERSON")],
        {("Ivo Marrowe", "person")}, set(),
        id="a full name a cue calls a person is no side, whatever 'beat' says"),
]


@pytest.mark.parametrize("title, text, spans, present, absent", SESSION9_SPANS)
def test_session9_span_rules(title, text, spans, present, absent):
    check_with(title, text, spans, present=present, absent=absent)


# Session 9, second review: sentences on which this session's rules misfired (read by the real model).
REVIEW9B_CASES = [
    ('"We', '"We are monitoring the situation closely," said Philip Morris International. Its shares fell 2% in New York.',
     [('Philip Morris International', 'organization')], []),
    ("Kenya's", "Kenya's deputy Treasury secretary said the Eurobond would be repaid from new borrowing.",
     [('Treasury', 'organization')], []),
    ('The', 'The deputy Labour leader Angela Rayner visited Rochdale on Thursday.',
     [('Angela Rayner', 'person'), ('Labour', 'organization')], []),
    ('The', 'The deputy Lagos governor, Obafemi Hamzat, toured the flooded areas of Lekki.',
     [('Lagos', 'place')], []),
    ('The', 'The deputy Gaza health minister Youssef Abu al-Rish said hospitals had run out of fuel.',
     [('Gaza', 'place')], []),
    ('The', 'The deputy Fed chair for supervision, Michael Barr, will step down in February.',
     [('Fed', 'organization')], []),
    ('Manchin', 'Manchin won the seat of Robert Byrd after his death in 2010.',
     [('Robert Byrd', 'person')], []),
    ('Public', 'Public hostility toward Hamas has grown in Gaza, according to a poll published on Monday.',
     [('Hamas', 'organization')], []),
    ('Fighters', 'Fighters manned the Hamas and Hezbollah checkpoints along the road, witnesses said.',
     [('Hamas', 'organization'), ('Hezbollah', 'organization')], []),
    ('The', 'The Microsoft and Google neighbourhoods of Seattle have seen rents soar.',
     [('Google', 'organization'), ('Microsoft', 'organization')], []),
    ('The', 'The Labour and Reform wards of Sunderland saw the biggest swings.',
     [], ['Reform']),
    ('Investors', 'Investors Bank was acquired by Citizens Financial in 2022.',
     [('Investors Bank', 'organization')], []),
    ('Villagers', 'Villagers FC beat Orvel Rovers 2-1 in the cup.',
     [('Villagers FC', 'organization')], []),
    ('Senator', 'Senator Joe Manchin (Democratic) said he would not back the bill.',
     [('Joe Manchin', 'person')], []),
    ('Kamala', "Kamala Harris (Democratic) won 48% of the vote to Donald Trump's 50% in the county.",
     [('Kamala Harris', 'person')], []),
    ('Bruno', 'Bruno Fernandes (United) and Cole Palmer (Chelsea) were named in the team of the week.',
     [('Bruno Fernandes', 'person')], []),
    ('The', 'The Conference on Cyprus will resume in Geneva in July.',
     [('Conference on Cyprus', 'organization')], []),
    ('The', 'The Order of Malta runs hospitals in Lebanon.',
     [('Order of Malta', 'organization')], []),
]


@pytest.mark.parametrize("title, text, present, absent", REVIEW9B_CASES, ids=[c[1][:50] for c in REVIEW9B_CASES])
def test_session9_second_review_cases(title, text, present, absent):
    result = names(analyse(title, text))
    assert set(map(tuple, present)) <= result, set(map(tuple, present)) - result
    assert not set(absent) & {n for n, _ in result}


# Session 9, third review: sentences on which this session's rules misfired (read by the real model).
REVIEW9C_CASES = [
    ('Li', 'Li Auto and Li Ning shares rose in Hong Kong after Premier Li Qiang promised more support for consumer spending.',
     [('Li Qiang', 'person')], []),
    ('Kim', 'Kim Jong Un visited Kim Il Sung University and the Kim Chaek University of Technology on Tuesday, state media said. He urged students to master science.',
     [('Kim Jong Un', 'person')], []),
    ('Lee', 'Lee Hsien Loong gave the lecture at the Lee Kuan Yew School of Public Policy. The Lee Foundation, a family charity, funded the new library.',
     [('Lee Hsien Loong', 'person')], []),
    ('Nelson', 'Nelson Chamisa addressed students at Nelson Mandela University in Gqeberha. The Nelson Mandela Foundation later hosted him in Johannesburg.',
     [('Nelson Chamisa', 'person')], []),
    ('Tan', "Tan See Leng, Singapore's manpower minister, visited Tan Tock Seng Hospital. Tan Chong Motor donated 20 ambulances to the hospital last year.",
     [('Tan See Leng', 'person')], []),
    ('George', 'George Clooney spoke at George Washington University on Monday. George Mason University, across the river, hosted the debate the following week.',
     [('George Clooney', 'person')], []),
    ('Ukraine', 'Ukraine struck the Crimea Bridge again overnight. Russia has used the bridge to supply its troops in Crimea.',
     [('Crimea', 'place'), ('Crimea Bridge', 'place')], []),
    ('Drought', 'Drought in Bahia has cut the cocoa harvest. In Bahia Blanca, Argentina, the port reported record soybean shipments.',
     [('Bahia', 'place'), ('Bahia Blanca', 'place')], []),
    ('Thousands', 'Thousands gathered at York Minster for the service. The bells rang out across York.',
     [('York', 'place')], []),
    ('Aid', 'Aid trucks entered through the Rafah Crossing on Sunday. In Rafah, residents said food prices had halved.',
     [('Rafah', 'place')], []),
    ('The', 'The most senior figure Labour has sent to the talks is the deputy leader.',
     [('Labour', 'organization')], []),
    ('The', 'The Jewish Community of Rome condemned the vandalism at the cemetery.',
     [('Jewish Community of Rome', 'organization')], []),
    ('Lawyer', 'Lawyer Antoine Lyon-Caen represented the family at the Paris court.',
     [('Antoine Lyon-Caen', 'person')], ['Lyon', 'Caen']),
    ('European', 'European banks rallied on Tuesday, with gains in Santander and BBVA after Banco Santander beat forecasts.',
     [('Banco Santander', 'organization')], ['Santander']),
    ('After', "After 20 years in Santander, Ana Botin's deputy joined Barclays. Banco Santander said it would not replace him.",
     [('Banco Santander', 'organization')], ['Santander']),
]


@pytest.mark.parametrize("title, text, present, absent", REVIEW9C_CASES, ids=[c[1][:50] for c in REVIEW9C_CASES])
def test_session9_third_review_cases(title, text, present, absent):
    result = names(analyse(title, text))
    assert set(map(tuple, present)) <= result, set(map(tuple, present)) - result
    assert not set(absent) & {n for n, _ in result}


# Session 9, fourth review: sentences on which this session's rules misfired (read by the real model).
REVIEW9D_CASES = [
    ('Usyk', 'Usyk beat Fury on points in Riyadh to retain his heavyweight belts.',
     [], ['Fury']),
    ('Shelton', 'Shelton lost to Mensik in the quarter-finals. Mensik beat Zverev in the fourth round.',
     [], ['Zverev']),
    ('Nepomniachtchi', 'Nepomniachtchi drew with Gukesh in the sixth round, while Caruana beat Firouzja.',
     [], ['Gukesh']),
    ('Tshisekedi', 'Tshisekedi joined Ruto in Nairobi for the signing ceremony.',
     [], ['Ruto']),
    ('She', 'She was photographed at a Halloween party in Lagos wearing a costume of the president.',
     [], ['Halloween']),
    ('CEO', 'CEO Jensen Huang said demand for the new chips was insane.',
     [('Jensen Huang', 'person')], []),
    ('His', 'His descent to Hell began with a single bet, he told the court.',
     [], ['Hell']),
    ("Wrexham's", "Wrexham's climb to the Championship has been remarkable, the club's owners said.",
     [], [('Championship', 'place')]),
    ('Khalifa', "Khalifa Haftar's forces control the east, while Khalifa University and Khalifa Foundation are in Abu Dhabi.",
     [('Khalifa Haftar', 'person')], []),
    ('Zayed', 'Zayed University and Zayed Foundation were named after the founder; Zayed Khan, a cricketer, was not.',
     [('Zayed Khan', 'person')], []),
    ('The', 'The Lee Foundation and Lee Group pledged S$10 million; Lee Hsien Loong attended the launch.',
     [('Lee Hsien Loong', 'person')], []),
    ('Lim', 'Lim Holdings and Lim Group are controlled by tycoon Lim Kok Thay, filings show.',
     [('Lim Kok Thay', 'person')], []),
    ('Hamad', 'Hamad Hospital and Hamad University are named after the emir; Hamad bin Khalifa attended.',
     [('Hamad bin Khalifa', 'person')], []),
]


@pytest.mark.parametrize("title, text, present, absent", REVIEW9D_CASES, ids=[c[1][:50] for c in REVIEW9D_CASES])
def test_session9_fourth_review_cases(title, text, present, absent):
    check(title, text, present=present, absent=absent)


# Session 9, fifth review: rules tried and dropped because they misfired (a shared surname made the company
# 'Estée Lauder' a person; 'wing', 'lock', 'guard', 'keeper' and 'opener' as player positions; 'set up by' as a
# founder cue); these sentences, read by the real model, keep them out.
REVIEW9E_CASES = [
    ('Estée', 'Estée Lauder shares fell 8 percent after the cosmetics maker cut its forecast, and chairman William Lauder said the company would cut up to 7,000 jobs.',
     [('Estée Lauder', 'organization')], []),
    ('Dolce', 'Dolce & Gabbana opened its largest store in Dubai, and co-founder Stefano Gabbana said the Gulf was now its fastest-growing market.',
     [], [('Dolce & Gabbana', 'person')]),
    ('Wing', 'Wing Yee Tsang, a shopkeeper in Mong Kok, said customers had vanished since the protests.',
     [('Wing Yee Tsang', 'person')], []),
    ('Lock', 'Lock Haven Express reported that the paper mill would close.',
     [], ['Haven Express']),
    ('The', 'The student wing ABVP won three of the four posts in the Delhi University election.',
     [], [('ABVP', 'person')]),
    ('The', 'The record keeper Guinness World Records confirmed the feat on Tuesday.',
     [], [('Guinness World Records', 'person')]),
    ('A', 'A factory set up by Ashok Leyland in Ras Al Khaimah builds buses for the Gulf.',
     [], [('Ashok Leyland', 'person')]),
]


@pytest.mark.parametrize("title, text, present, absent", REVIEW9E_CASES, ids=[c[1][:50] for c in REVIEW9E_CASES])
def test_session9_fifth_review_cases(title, text, present, absent):
    check(title, text, present=present, absent=absent)


# Session 10: GeoNames' small towns (1,000 to 15,000 people) type a name only where the text
# writes it as a place. Real towns, since the list is world knowledge; the sentences are made up.
SESSION10_TOWNS = [
    pytest.param(
        "Floods", "Floods cut the roads in Tralee, Kenmare and Listowel on Tuesday, the Garda said.",
        [("Tralee", "GPE"), ("Tuesday", "DATE"), ("Garda", "ORG")], {("Kenmare", "place"), ("Listowel", "place")}, set(),
        id="small towns the model missed, listed after a word of where"),
    pytest.param(
        "Walk", "Families walked for three days to reach Listowel, where aid workers handed out food.",
        [("Listowel", "PERSON")], {("Listowel", "place")}, set(),
        id="a small town the model read as a person, after 'to reach'"),
    pytest.param(
        "Flood", "Many of the injured were treated in Gorey, which the floods cut off on Sunday.",
        [], {("Gorey", "place")}, set(),
        id="a small town the model missed, after 'in'"),
    pytest.param(
        "Vote", "Workers at Listowel voted to strike after a statement from Gorey said pay would be frozen.",
        [("Listowel", "ORG")], set(), {("Listowel", "place"), ("Gorey", "place")},
        id="guard: 'at' and 'from' name an employer or a source as often as a place"),
    pytest.param(
        "Talks", "Ivo Marrow met Gorey on Tuesday, and Gorey said the talks had gone well.",
        [("Ivo Marrow", "PERSON"), ("Gorey", "PERSON"), ("Gorey", "PERSON")], {("Gorey", "person")}, {("Gorey", "place")},
        id="guard: a small town's name with no word of where stays what the model read"),
    pytest.param(
        "Deal", "Shares in Listowel rose after the company Listowel agreed the deal.",
        [("Listowel", "ORG"), ("Listowel", "ORG")], {("Listowel", "organization")}, {("Listowel", "place")},
        id="guard: a body's cue wins over a small town's name"),
]


# Session 10: people and places that the words of a match report or a figure of speech give away.
SESSION10_CASES = [
    pytest.param(
        "Tribute", 'The mayor called him "a son of Mindanao who made the whole country proud".',
        [("Mindanao", "GPE")], {("Mindanao", "place")}, {("Mindanao", "person")},
        id="a known region the model reads as a place every time is no person for a kinship cue"),
    pytest.param(
        "Family", "The daughter of Ivo Marrow said the family would appeal.",
        [("Ivo Marrow", "PERSON")], {("Ivo Marrow", "person")}, set(),
        id="guard: a kinship cue still makes a person of a name no gazetteer knows"),
    pytest.param(
        "Derby", "Tarsk City went ahead after 20 minutes with a header from Ivo Marrow, and Ana Vell curled in a second.",
        [("Tarsk City", "ORG"), ("Ivo Marrow", "ORG"), ("Ana Vell", "ORG")],
        {("Ivo Marrow", "person"), ("Ana Vell", "person")}, set(),
        id="a player's touch in a match report: 'a header from X', 'X curled in'"),
    pytest.param(
        "Derby", "Tarsk City levelled before half-time and Orvel Rovers volleyed home twice.",
        [("Tarsk City", "ORG"), ("Orvel Rovers", "ORG")],
        {("Tarsk City", "organization")}, set(),
        id="guard: 'levelled' is no person cue, a side levels too"),
    pytest.param(
        "Raid", "Gunmen entered Velmara and Dostik on Friday, and the militia later overran Korvai.",
        [("Velmara", "PERSON"), ("Dostik", "PERSON"), ("Friday", "DATE"), ("Korvai", "PERSON")],
        {("Velmara", "place"), ("Dostik", "place"), ("Korvai", "place")}, set(),
        id="what fighters enter, overrun, besiege or retake is a place"),
    pytest.param(
        "Media", "The state channel Tele Orvel, which the junta controls, said the army had retaken the town; his band Ngoni Vell played on.",
        [("Tele Orvel", "PERSON"), ("Ngoni Vell", "PERSON")],
        {("Tele Orvel", "organization")}, set(),
        id="a channel, a band or a magazine before a name that ends the phrase"),
    pytest.param(
        "Media", "The band Ivo Marrow formed as a teenager played in Tarsk. The channel Ana Vell chose was TF1.",
        [("Ivo Marrow", "PERSON"), ("Tarsk", "GPE"), ("Ana Vell", "PERSON"), ("TF1", "ORG")],
        {("Ivo Marrow", "person"), ("Ana Vell", "person")}, set(),
        id="guard: a name that opens a clause after 'the band' or 'the channel' is its subject"),
    pytest.param(
        "Sprint", "The world champion Oblique Tarskville pulled up injured halfway through the race.",
        [("Oblique Tarskville", "ORG")],
        {("Oblique Tarskville", "person")}, set(),
        id="a champion is a person"),
    pytest.param(
        "Vote", "The Senate voted 15-4 on Tuesday to approve the bill, and Ana Vell said it would pass.",
        [("Senate", "ORG"), ("Tuesday", "DATE"), ("Ana Vell", "PERSON")],
        {("Senate", "organization")}, set(),
        id="a legislature's one-word name written alone is the body"),
    pytest.param(
        "Vote", "Parliament Speaker Ivo Marrow said the Orvel Workers' Congress had backed the bill.",
        [("Parliament", "ORG"), ("Ivo Marrow", "PERSON"), ("the Orvel Workers' Congress", "ORG")],
        set(), {"Parliament", "Congress"},
        id="guard: a legislature's word before a title or inside a longer name is no body of its own"),
    pytest.param(
        "Vote", "The Tarsk Parliament voted on Monday. Parliament will meet again in May.",
        [("The Tarsk Parliament", "ORG"), ("Monday", "DATE"), ("Parliament", "ORG"), ("May", "DATE")],
        {("Tarsk Parliament", "organization")}, {"Parliament"},
        id="guard: a legislature's word alone is short for the longer body the article names"),
    pytest.param(
        "Border", "Commissions headed by Deputy Prime Ministers Ivo Marrow and Ana Vell have met six times.",
        [("Ministers Ivo Marrow", "PERSON"), ("Ana Vell", "PERSON")],
        {("Ivo Marrow", "person"), ("Ana Vell", "person")}, {"Ministers Ivo Marrow", "Prime Ministers Ivo Marrow"},
        id="a title in the plural before a list of names is no part of the first name"),
    pytest.param(
        "Training", "He joined the hearing by video link from Korvaia in Italy, where he trains.",
        [("Korvaia in Italy", "ORG")],
        {("Italy", "place")}, {"Korvaia in Italy"},
        id="one word that is no body's word, 'in' and a place, read as one body, are two names"),
    pytest.param(
        "Derby", "Tarsk FC beat Orvel Phoenix 3-1 on Saturday, stretching the Phoenix's winless run to six. "
        "Phoenix coach Ivo Marrow said his side had been unlucky.",
        [("Tarsk FC", "ORG"), ("Orvel Phoenix", "GPE"), ("Saturday", "DATE"), ("Phoenix", "GPE"), ("six", "CARDINAL"),
         ("Phoenix", "GPE"), ("Ivo Marrow", "PERSON")],
        {("Orvel Phoenix", "organization")}, {"Phoenix"},
        id="a city's name that ends a club's, written after 'the' or before a side's role word, is short for the club"),
    pytest.param(
        "Derby", "Tarsk FC beat Orvel Phoenix 3-1 on Saturday. The squad flew home from Phoenix on Sunday.",
        [("Tarsk FC", "ORG"), ("Orvel Phoenix", "GPE"), ("Saturday", "DATE"), ("Phoenix", "GPE"), ("Sunday", "DATE")],
        {("Orvel Phoenix", "organization"), ("Phoenix", "place")}, set(),
        id="guard: the city's name written as a place stays the city"),
    pytest.param(
        "Pipeline", "Oil began flowing again on Monday, and VORKA said the pipeline would run at full capacity by May.",
        [("Monday", "DATE"), ("May", "DATE")],
        {("VORKA", "organization")}, set(),
        id="capitals the model left untagged name a body"),
    pytest.param(
        "Economy", "GDP grew 2 percent, the CEO said, and prices in CFA francs rose as the VAT rate went up.",
        [("CFA", "ORG"), ("VAT", "ORG")],
        set(), {"GDP", "CEO", "CFA", "VAT"},
        id="common acronyms name no body, whether the model tagged them or not"),
    pytest.param(
        "Sanctions", "Companies on the list include Empacadora Orvel del Valle and Inmobiliaria Tres Tarsk, and Tarsk Energia.",
        [("Empacadora Orvel del Valle", "PERSON"), ("Inmobiliaria Tres Tarsk", "PERSON"), ("Tarsk Energia", "PERSON")],
        {("Empacadora Orvel del Valle", "organization"), ("Inmobiliaria Tres Tarsk", "organization"), ("Tarsk Energia", "organization")},
        set(), id="company words in Spanish and Portuguese"),
    pytest.param(
        "League", "Next week the side travels to Perth Glory, while Brisbane Roar face Melbourne Victory.",
        [("Perth Glory", "PERSON"), ("Brisbane Roar", "PERSON"), ("Melbourne Victory", "PERSON")],
        {("Perth Glory", "organization"), ("Brisbane Roar", "organization"), ("Melbourne Victory", "organization")},
        set(), id="more club words: Glory, Victory, Roar"),
    pytest.param(
        "Graft", "The regent's deputy hired a subcontractor, CV Sinar Orvel. OOO Tarsk Export said it would appeal.",
        [("CV Sinar Orvel", "PERSON")],
        {("CV Sinar Orvel", "organization"), ("OOO Tarsk Export", "organization")},
        set(), id="a legal form before a name makes a company, whether the model tagged it or not"),
    pytest.param(
        "Sport", "Abraham Tolentino, president of the Olympic committee, said the payments would resume. Fans met Ivo Marrow Tuesday.",
        [("Abraham", "PERSON"), ("Tolentino", "DATE"), ("Ivo Marrow", "PERSON"), ("Tuesday", "DATE")],
        {("Abraham Tolentino", "person"), ("Ivo Marrow", "person")}, {"Abraham", "Ivo Marrow Tuesday"},
        id="a surname the model read as a date (a town's name too), right after a person's span, is the rest of the name"),
    pytest.param(
        "Talks", "The guerrilla group known by its Spanish initials ELN met the Spanish government's envoy, and the "
        "Malian army, known by its French acronym FAMa, stayed away.",
        [("Spanish", "NORP"), ("ELN", "ORG"), ("Spanish", "NORP"), ("Malian", "NORP"), ("French", "NORP"), ("FAMa", "ORG")],
        {("Spain", "place"), ("Mali", "place")}, {"France"},
        id="a nationality word before 'initials', 'acronym', 'word' names a language, not the country"),
    pytest.param(
        "Football", "Elsewhere, St. Gallen lost 2-1 at home to Tarsk, and Sinner lost 6-4 6-3 to Ivo Marrow.",
        [("St. Gallen", "GPE"), ("Tarsk", "GPE"), ("Sinner", "PERSON"), ("Ivo Marrow", "PERSON")],
        {("St. Gallen", "organization"), ("Sinner", "person")}, set(),
        id="a side's result and one score after a name make a club (not a tennis match's sets)"),
    pytest.param(
        "Debt", "US Treasury Secretary Ivo Marrow flew to Tarsk on Monday.",
        [("US Treasury", "ORG"), ("Ivo Marrow", "PERSON"), ("Tarsk", "GPE"), ("Monday", "DATE")],
        {("United States", "place"), ("Ivo Marrow", "person")}, {"US Treasury"},
        id="a country that opens a title's portfolio is a mention of the country"),
    pytest.param(
        "Aid", "On Monday, Ugandan helicopters flew missions, and the youngest Spaniard won the race. Lessons are taught in English.",
        [("Monday", "DATE")],
        {("Uganda", "place"), ("Spain", "place")}, {"United Kingdom"},
        id="a nationality word the model missed names the country (not a language after 'in')"),
    pytest.param(
        "Cycling", "Ivo Jorgenson won the stage. The American Jorgenson finished ninth the next day, and the Victoria and Albert Museum reopened.",
        [("Ivo Jorgenson", "PERSON"), ("The American Jorgenson", "ORG"), ("ninth", "ORDINAL"), ("the Victoria and Albert Museum", "ORG")],
        {("Ivo Jorgenson", "person"), ("United States", "place")}, {"American Jorgenson", "Museum"},
        id="a nationality, then the surname of a person named in full, are the country and the person"),
    pytest.param(
        "Strike", "Thorsten Vellmann marched with the strikers in Dresden on Monday.",
        [("Thorsten Vellmann", "GPE"), ("Dresden", "GPE"), ("Monday", "DATE")],
        {("Thorsten Vellmann", "person"), ("Dresden", "place")}, set(),
        id="given names added in session 10 (Thorsten) make a person of a name the model read as a place"),
    pytest.param(
        "Tennis", "Ivo Shelton saved five match points to beat Frances Tiafoe 6-7(4) 7-6(9) 6-4. Tiafoe said he was tired.",
        [("Ivo Shelton", "PERSON"), ("Frances Tiafoe", "PERSON"), ("Tiafoe", "PERSON")],
        {("Frances Tiafoe", "person")}, {"France"},
        id="guard: a given name that looks like a nationality word is no country"),
    pytest.param(
        "League", "Elsewhere, FAR Rabat kept pace with a 2-0 win, while US Geneva talks stalled.",
        [],
        {("FAR Rabat", "organization")}, {"US Geneva"},
        id="capitals and a city the model missed are a club (not a country's abbreviation)"),
    pytest.param(
        "Cartel", "The faction of Ivo Marrow Loera, known as El Toro, sent cash north. El Toro denied it. Oumar Vell, who performs as Tal B, sang.",
        [("Ivo Marrow Loera", "PERSON"), ("El Toro", "ORG"), ("El Toro", "PERSON"), ("Oumar Vell", "PERSON"), ("Tal B", "PERSON")],
        {("Ivo Marrow Loera", "person"), ("Oumar Vell", "person")}, {"El Toro", "Tal B"},
        id="a nickname of two words or after 'El', or a stage name after 'performs as', is the person"),
    pytest.param(
        "Festival", "Orvel Telecom Mali, the festival's main sponsor, said it would pay. Ivo Marrow won the Vuelta a Tarsk and the Giro.",
        [("Orvel Telecom Mali", "PERSON"), ("Ivo Marrow", "PERSON"), ("the Vuelta a Tarsk", "ORG"), ("Giro", "ORG")],
        {("Orvel Telecom Mali", "organization"), ("Ivo Marrow", "person")}, {"Vuelta a Tarsk", "Giro"},
        id="an apposition's words may be possessive ('the festival's main sponsor'); Vuelta and Giro races are events"),
    pytest.param(
        "Final", "Most Kazakh crude leaves by pipeline. Holders Tarsk FC beat Orvel in the final of the African Champions League.",
        [("Kazakh", "ORG"), ("Holders Tarsk FC", "ORG"), ("Orvel", "GPE"), ("the African Champions League", "ORG")],
        {("Kazakhstan", "place"), ("Tarsk FC", "organization")}, {"Holders Tarsk FC", "African Champions League", "Kazakh"},
        id="a word that opens the sentence is no given name before a nationality; 'Holders' opens no name; a competition with a qualifier is an event"),
    pytest.param(
        "Steel", "Tarsk-Orvel Steel (TOSX) employs 26,000 people. Investors bought a fifth of TOSX last year.",
        [("Tarsk-Orvel Steel", "ORG")],
        set(), {"TOSX"},
        id="guard: capitals the text defines in brackets are no body of their own"),
]


@pytest.mark.parametrize("title, text, spans, present, absent", SESSION10_CASES)
def test_session10_resolver_rules(title, text, spans, present, absent):
    check_with(title, text, spans, present=present, absent=absent)


@pytest.mark.parametrize("title, text, spans, present, absent", SESSION10_TOWNS)
def test_session10_small_towns(title, text, spans, present, absent):
    check_with(title, text, spans, present=present, absent=absent)


def test_small_towns_are_kept_apart_from_the_gazetteer_places():
    gaz = gazetteer()
    assert gaz.is_town("Kenmare") and gaz.lookup("Kenmare") is None  # a town, but no place by itself
    assert not gaz.is_town("Cork")  # a city the gazetteer knows is no small town
    assert not gaz.is_town("August") and gaz.is_town("Maria")  # (months left out; given names kept, as towns count only after a word of where)
    assert not gaz.is_town("Zzyzxville")


def test_sorted_keys_is_a_set_of_strings():
    from newsdigest.entities.gazetteer import SortedKeys

    keys = SortedKeys(["tuam", "clifden", "gorey", "ab"])
    assert len(keys) == 4 and [keys[i] for i in range(4)] == ["ab", "clifden", "gorey", "tuam"]
    assert all(k in keys for k in ("tuam", "clifden", "gorey", "ab"))
    assert not any(k in keys for k in ("a", "abc", "tua", "tuamx", "", "zz"))
    assert "x" not in SortedKeys(())


# Session 10 review: sentences on which this session's first versions of the rules misfired (two reviewers,
# 857 sentences: small towns after 'from' or 'at', conflict verbs, 'through', kinship cues, match-report
# cues, 'the band X formed', legislatures inside longer names, plural titles); read by the real model.
REVIEW10_CASES = [
    ('Paris Hilton appeared at the launch with her son, Phoenix, and thanked fans for their support.',
     [('Phoenix', 'place')]),
    ('The son of Toledo, the former Peruvian president, testified by video from California.',
     [('Toledo', 'place')]),
    ('Medina, the opposition lawmaker, was detained in Caracas.',
     [('Medina', 'place')]),
    ('Residents said a missile strike from Belgorod hit a school in Kharkiv.',
     [('Belgorod', 'person')]),
    ('Ukraine said a shot from Crimea had sunk the vessel.',
     [('Crimea', 'person')]),
    ('Travellers need a pass from Rafah to cross into Egypt.',
     [('Rafah', 'person')]),
    ('The band Bob Marley formed with Peter Tosh and Bunny Wailer became a global phenomenon.',
     [('Bob Marley', 'organization')]),
    ('The station Putin visited on Tuesday is a key part of the Arctic rail link.',
     [('Putin', 'organization')]),
    ('The magazine Anna Wintour edits for Conde Nast will move its offices.',
     [('Anna Wintour', 'organization')]),
    ('The metro station Chatelet was closed after a fire broke out on the platform.',
     [('Chatelet', 'organization')]),
    ('The research station Vostok recorded the lowest temperature on Earth.',
     [('Vostok', 'organization')]),
    ('The channel Erdogan criticised on Friday was fined by the regulator.',
     [('Erdogan', 'organization')]),
    ('The Library of Congress acquired the collection of the late poet.',
     ['Congress']),
    ('The Houses of Parliament were evacuated after a suspicious package was found.',
     ['Parliament']),
    ('Lords Cricket Ground will host the final in June.',
     ['Cricket Ground']),
    ('Kings XI Punjab beat Delhi Capitals by five wickets.',
     ['XI Punjab']),
    ('Chelsea slotted into fourth place after a 2-0 win.',
     [('Chelsea', 'person')]),
    ('Markets rallied after a statement from Powell signalled the Fed was in no hurry to cut rates.',
     [('Powell', 'place')]),
    ('An amendment from Cruz would have blocked funding for the programme.',
     [('Cruz', 'place')]),
    ('The offer from Adani valued the port operator at $3 billion.',
     [('Adani', 'place')]),
    ('Workers at Hershey voted to accept a new contract.',
     [('Hershey', 'place')]),
    ('Profit at Corning beat expectations on demand for optical fibre from data centres.',
     [('Corning', 'place')]),
    ('Officials at Commerce said the tariff review would take several months.',
     [('Commerce', 'place')]),
    ("A statement from Brentford confirmed the manager's departure.",
     [('Brentford', 'place')]),
    ('A warning from Barr, the former attorney general, came days before the election.',
     [('Barr', 'place')]),
    ('The ETF holds stakes in Alcoa, Corning and Marathon.',
     [('Marathon', 'place'), ('Corning', 'place')]),
    ('The company entered Chapter 11 protection last year.',
     ['Chapter']),
    ('The drug entered Phase 3 trials this year.',
     ['Phase']),
    ('Police recaptured Kelly in a motel two days after he escaped.',
     [('Kelly', 'place')]),
    ("Nvidia retook Apple as the world's most valuable company.",
     [('Apple', 'place')]),
    ('Spain entered Euro 2024 as one of the favourites.',
     ['Euro']),
    ('Chelsea won again; the midfielder came through Chelsea and has now made 100 appearances.',
     [('Chelsea', 'place')]),
    ('Kawasaki reported higher orders, and Kawasaki said it sells motorcycles via Kawasaki dealers.',
     [('Kawasaki', 'place')]),
]


@pytest.mark.parametrize("text, absent", REVIEW10_CASES, ids=[c[0][:50] for c in REVIEW10_CASES])
def test_session10_review_cases(text, absent):
    check("", text, absent=absent)


def test_well_known_products_and_events_are_no_entities():
    """known_products.yml (drugs, devices, models, indices) and event_names (competitions) are no person, place or body, whatever the
    model read them as; no product is also a known place, a well-known name or a given name."""
    result = names(analyse_with("Drugs", "Sales of Ozempic and Wegovy rose, and the FTSE 100 fell, Novo Nordisk said.",
                                [("Ozempic", "ORG"), ("Wegovy", "PERSON"), ("FTSE 100", "ORG"), ("Novo Nordisk", "ORG")]))
    assert result == {("Novo Nordisk", "organization")}
    result = names(analyse_with("Final", "Tarsk United meet Orvel City in the Champions League final after the Tour de France.",
                                [("Tarsk United", "ORG"), ("Orvel City", "ORG"), ("the Champions League", "ORG"), ("the Tour de France", "EVENT")]))
    assert result == {("Tarsk United", "organization"), ("Orvel City", "organization")}
    from newsdigest.entities.rules import PRODUCTS_FILE, load_data_file
    rules = entity_rules()
    data = load_data_file(PRODUCTS_FILE)
    products = [str(n) for n in data["products"]]
    assert len(products) > 400
    assert not [n for n in products if gazetteer().lookup(n) or name_key(n) in rules.known_kinds or n in rules.given_names]


# Session 10, second review (two reviewers, 779 sentences): misreadings of the rules as first mended
# (currency codes, tickers, units and laws in capitals read as bodies; a legal form that is a person's initials;
# 'the Munich city centre' folded into a club; plural titles no longer stripped), and bodies a common acronym or
# the phrase test lost ('state broadcaster CCTV said', 'The band Jethro Tull announced'); read by the real model.
REVIEW10B_CASES = [
    ("Nigeria's naira closed at NGN 1,540 per dollar on the official window.", [], ['NGN']),
    ('Retail traders piled into AAPL and MSFT call options ahead of earnings.', [], ['AAPL', 'MSFT']),
    ('Gas for delivery next month rose to $3.10 per MMBTU on the Henry Hub benchmark.', [], ['MMBTU']),
    ('Applicants must have an IELTS score of at least 6.5 to qualify for the visa.', [], ['IELTS']),
    ('Meta was fined 1.2 billion euros under the GDPR for transferring data to the United States.', [], ['GDPR']),
    ('Unrest is spreading across the MENA region, the report warned.', [], ['MENA']),
    ('South Korea deployed a second THAAD battery near Seongju, the defence ministry said.', [], ['THAAD']),
    ("Tourists crowded into the Iglesia de la Compañía in Quito's old town.", [], [('Iglesia de la Compañía', 'organization')]),
    ('Delegates attended the Semana de la Energía in Bogotá.', [], ['Semana de la Energía']),
    ('Nobel laureate CV Raman discovered the effect that bears his name in 1928.', [], [('CV Raman', 'organization')]),
    ('Olympic sprinter PT Usha was elected unopposed.', [], [('PT Usha', 'organization')]),
    ("Kerala's PT Thomas, a Congress legislator, died of cancer in 2021.", [], [('PT Thomas', 'organization')]),
    ('Bayern Munich won the Bundesliga again. The title parade through the Munich city centre drew tens of thousands of people.', [], [('Bayern Munich', 'place')]),
    ('AEK Athens won the Greek Cup final in a stadium half empty because the Athens police had restricted travel for away fans.', [], [('Athens', 'organization')]),
    ('The band John Lennon and Paul McCartney led went on to conquer America.', [], [('John Lennon', 'organization')]),
    ('Justices Samuel Alito and Clarence Thomas dissented from the ruling.', [], ['Justices Samuel Alito']),
    ('Mayors Eric Adams and Brandon Johnson appealed for federal help with migrants.', [], ['Mayors Eric Adams']),
    ('Generals Valery Zaluzhny and Oleksandr Syrskyi disagreed over the defence of Bakhmut.', [], ['Generals Valery Zaluzhny']),
    ('Chinese state broadcaster CCTV said the talks had been candid and constructive.', [('CCTV', 'organization')], []),
    ('PMI said cigarette volumes fell 2 percent, but sales of its heated tobacco products rose.', [('PMI', 'organization')], []),
    ('The channel Tele Sahel said the junta would address the nation on Sunday evening.', [('Tele Sahel', 'organization')], []),
    ('The band Jethro Tull announced a farewell tour.', [('Jethro Tull', 'organization')], []),
    ('The radio station Ekho Moskvy was closed down days after the invasion began.', [('Ekho Moskvy', 'organization')], []),
]


@pytest.mark.parametrize("text, present, absent", REVIEW10B_CASES, ids=[c[0][:50] for c in REVIEW10B_CASES])
def test_session10_second_review_cases(text, present, absent):
    check("", text, present=present, absent=absent)


# Session 10, third review (405 sentences on the rules since the second): a result and a score made
# sides of players, candidates and home nations and of cities before a range ('lost 12-14 hours'); a
# portfolio's first word gave a country ('Mexico City Security Secretary'); 'English' the language gave
# the United Kingdom. Read by the real model.
REVIEW10C_CASES = [
    ("O'Sullivan led 9-7 after the second session at the Crucible.", [("O'Sullivan", 'organization')]),
    ('Harris led 48-46 in Pennsylvania, the Marist poll found.', [('Harris', 'organization')]),
    ('Wales lost 3-0 in Istanbul, ending their hopes of automatic qualification.', [('Wales', 'organization')]),
    ("England trailed 2-1 at half-time before Kane's double.", [('England', 'organization')]),
    ('Karachi lost 12-14 hours of power a day during the heatwave.', [('Karachi', 'organization')]),
    ('Lagos lost 10-15 percent of its tree cover in a decade, researchers said.', [('Lagos', 'organization')]),
    ('Ronnie won 10-5 in the quarter-final.', [('Ronnie', 'organization')]),
    ('Zelensky won 73-24 in the 2019 run-off.', [('Zelensky', 'organization')]),
    ('Mexico City Security Secretary Pablo Vazquez said homicides had fallen.', ['Mexico']),
    ('Niger State Health Commissioner Bello Tukur confirmed the cholera cases.', ['Niger']),
    ('He answered in halting English before switching to Spanish.', ['United Kingdom']),
    ('She gave her speech in Portuguese, then switched to English.', ['United Kingdom']),
    ('Students must pass an English proficiency test.', ['United Kingdom']),
]


@pytest.mark.parametrize("text, absent", REVIEW10C_CASES, ids=[c[0][:50] for c in REVIEW10C_CASES])
def test_session10_third_review_cases(text, absent):
    check("", text, absent=absent)


# Session 10, review of the given names added in ecdd9ee (422 sentences: 23 better, 18 worse): venues
# and streets named after people turned people, and towns and dams were lost; read by the real model.
REVIEW10D_CASES = [
    ('Bereket Doner plans to open 30 more restaurants in Germany.', [], [('Bereket Doner', 'person')]),
    ('Luz del Sur said power would be restored to most of southern Lima by the evening.', [], [('Luz del Sur', 'person')]),
    ("Ninoy Aquino International Airport suffered another power outage on New Year's Day.", [], [('Ninoy Aquino International Airport', 'person')]),
    ('Abdi İpekçi Arena hosted the basketball final four in 2017.', [], [('Abdi İpekçi Arena', 'person')]),
    ('Alphonse Massamba-Débat Stadium hosted the African Games in 2015.', [], [('Alphonse Massamba-Débat Stadium', 'person')]),
    ('Siaka Stevens Stadium will be renovated before the qualifiers.', [], [('Siaka Stevens Stadium', 'person')]),
    ('Lekan Salami Stadium in Ibadan hosted the final of the federation cup.', [], [('Lekan Salami Stadium', 'person')]),
    ("Minami Alps City grows much of Japan's cherries and peaches.", [], [('Minami Alps City', 'person')]),
    ("Minami Torishima is Japan's easternmost island and lies on a seabed rich in rare earths.", [], [('Minami Torishima', 'person')]),
    ('Gjergj Fishta Boulevard was closed for the Tirana marathon.', [], [('Gjergj Fishta Boulevard', 'person')]),
    ('Paper mill workers moved to Millicent from Mount Gambier.', [('Millicent', 'place')], [('Millicent', 'person')]),
    ('Refugees walked to Janja from villages along the river.', [], [('Janja', 'person')]),
    ('Sirikit Dam is at its lowest level in 30 years.', [('Sirikit Dam', 'place')], []),
    ('Juscelino Kubitschek Bridge was closed to traffic after the accident.', [], [('Juscelino Kubitschek Bridge', 'person')]),
]


@pytest.mark.parametrize("text, present, absent", REVIEW10D_CASES, ids=[c[0][:50] for c in REVIEW10D_CASES])
def test_session10_given_names_review_cases(text, present, absent):
    check("", text, present=present, absent=absent)


# Session 10, fourth review (405 sentences: 86 better, 30 worse): a nickname taken from a place or body
# the clause names ('who lives in a district known as Little Havana'), Wimbledon and Roland Garros dropped
# as events where they are a district, a person or an airport, 'Giro' and 'Vuelta' opening other names;
# read by the real model.
REVIEW10E_CASES = [
    ('The VAR Stockholm hub reviewed the penalty decision for two minutes.', [], ['VAR Stockholm']),
    ('Maria Lopez, who lives in a district known as Little Havana, said the rent had doubled.', [('Little Havana', 'place')], []),
    ('Ana Silva, who works for a group known as Women Forward, spoke at the conference.', [('Women Forward', 'organization')], []),
    ("Samuel Eto'o, who played for a club known as Inter Milan, leads the federation.", [('Inter Milan', 'organization')], []),
    ('Rahul Gandhi, who sits for a constituency known as Rae Bareli, spoke in parliament.', [('Rae Bareli', 'place')], []),
    ("Merton council, which covers Wimbledon, approved the tennis club's expansion.", [('Wimbledon', 'place')], []),
    ('Roland Garros, the French aviator, made the first non-stop flight across the Mediterranean in 1913.', [('Roland Garros', 'person')], []),
    ("Farmers in Vuelta Abajo say this year's tobacco harvest is the best in a decade.", [('Vuelta Abajo', 'place')], []),
    ('Her son, Giro Tanaka, studies engineering in Osaka.', [('Giro Tanaka', 'person')], []),
    ('Hong Kong Security Secretary Chris Tang warned against protests.', [('Hong Kong', 'place')], []),
    ('Mohamed Hamdan Dagalo, the RSF commander widely known as Hemedti, said his forces had withdrawn. Hemedti did not say where.', [('Mohamed Hamdan Dagalo', 'person')], ['Hemedti']),
]


@pytest.mark.parametrize("text, present, absent", REVIEW10E_CASES, ids=[c[0][:50] for c in REVIEW10E_CASES])
def test_session10_fourth_review_cases(text, present, absent):
    check("", text, present=present, absent=absent)


# Session 11: spans the model cuts or runs together, one-word definitions, clubs named with their city,
# blended nicknames and words read as another thing.
SESSION11_CASES = [
    pytest.param(
        "Final", "Orvel beat Tarsk's Ivo Marrow 6-3 7-6(5) in the final.",
        [("Orvel", "PERSON"), ("Tarsk", "GPE"), ("Ivo Marrow 6-", "PERSON")],
        {("Ivo Marrow", "person")}, {"Ivo Marrow 6-"}, id="the '6-' the tokenizer cut from a score is no part of a name"),
    pytest.param(
        "Dairy", "Orvel Dairy will pay shareholders a capital return of about NZ$2 a share.",
        [("Orvel Dairy", "ORG"), ("NZ$2", "ORG")],
        {("Orvel Dairy", "organization")}, {"NZ$2"}, id="a sum of money is no name"),
    pytest.param(
        "Trial", "Party Chairwoman Lin Mei-wun said only that Ko deserved a fair trial.",
        [("Lin Mei", "PERSON"), ("Ko", "PERSON")],
        {("Lin Mei-wun", "person")}, {"Lin Mei"}, id="a Chinese or Korean given name goes on after its hyphen"),
    pytest.param(
        "Vote", "The Kim-led government of Varenia fell on Tuesday.",
        [("Kim", "PERSON"), ("Varenia", "GPE")],
        set(), {"Kim-led"}, id="guard: a suffix after a hyphen is no syllable of a name"),
    pytest.param(
        "Bid", "Orvex Tsusharo, the trading house, raised its bid for Orvex Industries.",
        [("Orvex", "ORG"), ("Tsusharo", "PERSON"), ("Orvex Industries", "ORG")],
        {("Orvex Tsusharo", "organization")}, {"Tsusharo"}, id="a body's one-word name and a word no list knows, never written alone, is one name"),
    pytest.param(
        "Sale", "It sold Orvel Logistics to TKMX last year for 4 billion euros.",
        [("Orvel Logistics to TKMX", "ORG")],
        {("Orvel Logistics", "organization"), ("TKMX", "organization")}, set(), id="seller, 'to' and a buyer in capitals are two names"),
    pytest.param(
        "Museum", "Under the deal, the Ministry of Grain, Culture and Science will pay 10 million euros.",
        [("the Ministry of Grain", "ORG"), ("Culture and Science", "WORK_OF_ART")],
        {("Ministry of Grain, Culture and Science", "organization")}, {"Ministry of Grain"},
        id="a ministry's remit may be a list of portfolios"),
    pytest.param(
        "Ports", "The Ministry of Trade, Tarsk and Orvel signed the deal.",
        [("The Ministry of Trade", "ORG"), ("Tarsk", "GPE"), ("Orvel", "GPE")],
        {("Ministry of Trade", "organization")}, set(), id="guard: places after a ministry's name are no portfolios"),
    pytest.param(
        "Gas", "The environmental group Fundación Orvel y Recursos Tarskos warned of spills.",
        [("Fundación Orvel", "PERSON"), ("Recursos Tarskos", "PERSON")],
        {("Fundación Orvel y Recursos Tarskos", "organization")}, {"Recursos Tarskos"},
        id="a Spanish 'y' inside a body's name"),
    pytest.param(
        "Party", "The Ormintang (OMT) holds a majority with its allies. OMT leaders met on Friday.",
        [("Ormintang", "ORG"), ("OMT", "ORG"), ("OMT", "ORG")],
        {("Ormintang", "organization")}, {"OMT"}, id="a one-word name and capitals in brackets whose letters it holds in order"),
    pytest.param(
        "Drones", "Most of the drones were Varenian-designed Shaheds.",
        [("Varenian", "NORP"), ("Shaheds", "PERSON")],
        set(), {"Shaheds"}, id="a known product's plural is no entity"),
    pytest.param(
        "Cup", "Tarsk United will play in the Libertadores next season.",
        [("Tarsk United", "ORG"), ("Libertadores", "PERSON")],
        set(), {"Libertadores"}, id="a cup named alone is an event"),
    pytest.param(
        "Derby", "Persol Bandung beat Orvik Jakarta 2-1 on Sunday. Persol took the lead early. Police closed the "
                 "road from Jakarta to Bandung.",
        [("Persol Bandung", "PERSON"), ("Orvik Jakarta 2-1", "PERSON"), ("Sunday", "DATE"), ("Persol", "GPE"),
         ("Jakarta", "GPE"), ("Bandung", "GPE")],
        {("Persol Bandung", "organization"), ("Bandung", "place")}, {("Persol Bandung", "place")},
        id="a word no list knows, written alone too, then a city: a club and its city"),
    pytest.param(
        "Budget", "Tomaki Fujisawa, the finance minister, said the plan would work.",
        [("Tomaki Fujisawa", "PERSON")],
        {("Tomaki Fujisawa", "person")}, set(), id="guard: a person whose surname is a city's name"),
    pytest.param(
        "Looms", "The works were founded by Sakori Toyoda. It was Sakori's son who built the first cars.",
        [("Sakori Toyoda", "PERSON"), ("Sakori", "ORG")],
        {("Sakori Toyoda", "person")}, set(), id="guard: a first name with a kinship possessive is a person's"),
    pytest.param(
        "Teachers", "Teachers in Orvel and Halabja, who have staged sit-ins for months, said they would wait.",
        [("Orvel", "GPE"), ("Halabja", "GPE")],
        {("Halabja", "place")}, set(), id="a plural after a list is the list's, no side's"),
    pytest.param(
        "Budget", "Prime Minister Ivo al-Sudani said the deal was fair. A bloc that backs Sudani agreed.",
        [("Ivo al-Sudani", "PERSON"), ("Sudani", "GPE")],
        {("Ivo al-Sudani", "person")}, {("Sudan", "place")}, id="a nationality word ending a full name is its surname"),
    pytest.param(
        "Vote", "Former president Bemi Joranson backed the bill. BemJor's allies voted for it.",
        [("Bemi Joranson", "PERSON"), ("BemJor", "ORG")],
        {("Bemi Joranson", "person")}, {"BemJor"}, id="a nickname blended from the given name's and the surname's starts"),
    pytest.param(
        "Floods", "Floods hit the province of Sistan and Baluchestan on Monday.",
        [("Sistan", "PERSON"), ("Baluchestan", "PERSON"), ("Monday", "DATE")],
        {("Sistan and Baluchestan", "place")}, {"Sistan", "Baluchestan"}, id="a Persian 'va' in a province's name is 'and' in English"),
    pytest.param(
        "Oil", "Another unit, Orvel Energies, bought a stake in an oil block.",
        [("Orvel Energies", "PERSON")],
        {("Orvel Energies", "organization")}, set(), id="'Energies' is a company's word"),
    pytest.param(
        "Rugby", "Tarsk beat Orvel 31-27 at the Stade Ivo-Marrow on Saturday.",
        [("Tarsk", "ORG"), ("Orvel", "ORG"), ("Saturday", "DATE")],
        {("Stade Ivo-Marrow", "place")}, set(), id="a stadium the model missed: 'the Stade' and a name"),
    pytest.param(
        "Rugby", "Tarsk beat Orvel 26-10 at the Stade Ana-Vellard in Tarnwick.",
        [("Tarsk", "ORG"), ("Orvel", "ORG"), ("Stade", "NORP"), ("Tarnwick", "GPE")],
        {("Stade Ana-Vellard", "place")}, set(), id="a place's opener read as a nationality: the name goes on"),
    pytest.param(
        "Rugby", "The fans of Stade Tarskois marched to the ground before kick-off.",
        [("Stade Tarskois", "ORG")],
        {("Stade Tarskois", "organization")}, set(), id="guard: 'Stade' and a nationality-like adjective is a club"),
    pytest.param(
        "Transfer", "Stade Rennes signed the defender on Monday.",
        [("Stade Rennes", "ORG"), ("Monday", "DATE")],
        set(), {("Stade Rennes", "place")}, id="guard: 'Stade' and a city's name is a club"),
    pytest.param(
        "Drills", "Troops at Camp Orvelle were placed on alert on Monday.",
        [("Camp Orvelle", "ORG"), ("Monday", "DATE")],
        {("Camp Orvelle", "place")}, set(), id="a military camp is a place"),
    pytest.param(
        "Summit", "Jean-Marc Varnholt attended the summit in Tarnwick.",
        [("Jean-Marc Varnholt", "ORG"), ("Tarnwick", "GPE")],
        {("Jean-Marc Varnholt", "person")}, set(), id="a hyphenated given name leads a person's name, though the model reads a body"),
    pytest.param(
        "Escape", "Police said Wilmer Adalberto Varnholt escaped from the prison in Tarnwick.",
        [("Wilmer Adalberto Varnholt", "ORG"), ("Tarnwick", "GPE")],
        {("Wilmer Adalberto Varnholt", "person")}, set(), id="two given names lead a person's name, though the model reads a body"),
    pytest.param(
        "Deal", "The deal was advised by Stefan Varnholt, the Tarnwick law firm.",
        [("Stefan Varnholt", "ORG"), ("Tarnwick", "GPE")],
        {("Stefan Varnholt", "organization")}, set(), id="guard: a founder's name the model reads as a body stays one"),
    pytest.param(
        "Banks", "Shares in Jean-Luc Varn Group rose, while Jean-Luc Varn Ventra fell.",
        [("Jean-Luc Varn Group", "ORG"), ("Jean-Luc Varn Ventra", "ORG")],
        {("Jean-Luc Varn Ventra", "organization")}, set(), id="guard: a name whose first word opens another body's name"),
    pytest.param(
        "Offices", "The Ana-Lise Marrow Building houses the assembly.",
        [("Ana-Lise Marrow Building", "ORG")],
        {("Ana-Lise Marrow Building", "place")}, set(), id="a building is a place"),
    pytest.param(
        "Wind", "Orvex Group delayed the project, which Orvex Renewables is building. Orvex shares fell 2 percent.",
        [("Orvex Group", "ORG"), ("Orvex Renewables", "ORG"), ("Orvex", "ORG")],
        {("Orvex Group", "organization"), ("Orvex Renewables", "organization")}, {"Orvex"},
        id="the bare word of a group's name is short for the parent, not for an arm"),
    pytest.param(
        "Banks", "Orvex Group Holdings applied for a licence. Its arms include Orvex Bank Tarsk. Shares in Orvex rose.",
        [("Orvex Group Holdings", "ORG"), ("Orvex Bank Tarsk", "ORG"), ("Orvex", "ORG")],
        {("Orvex Group Holdings", "organization")}, {"Orvex"}, id="a parent's name may add several group's words"),
    pytest.param(
        "Cars", "The president told reporters in Bandung City that there would be no further increase.",
        [("Bandung City", "GPE")],
        {("Bandung City", "place")}, set(), id="a city's name and 'City' after 'in' is the city, no club"),
    pytest.param(
        "Derby", "Bandung City beat Tarsk 2-1 on Sunday.",
        [("Bandung City", "ORG"), ("Tarsk", "ORG"), ("Sunday", "DATE")],
        {("Bandung City", "organization")}, set(), id="guard: a city's name and 'City' as a side"),
    pytest.param(
        "Banks", "It runs subsidiaries including Orvex Bank Uganda and Orvex Bank Rwanda.",
        [("Orvex Bank Uganda", "ORG"), ("Orvex Bank", "ORG"), ("Rwanda", "GPE")],
        {("Orvex Bank Rwanda", "organization")}, {"Rwanda"}, id="a body's name and a country at a phrase's end: a national arm"),
    pytest.param(
        "Drugs", "The Ministry of Health, Labour and Welfare approved the treatment.",
        [("The Ministry of Health", "ORG"), ("Labour", "ORG"), ("Welfare", "ORG")],
        {("Ministry of Health, Labour and Welfare", "organization")}, {"Labour", "Welfare"},
        id="a ministry's portfolios, whatever else a word names"),
    pytest.param(
        "Cells", "It was developed at the Tarsk University's Center for iPS Cell Research in Orvel.",
        [("the Tarsk University's Center", "ORG"), ("Cell Research", "ORG"), ("Orvel", "GPE")],
        {("Center for iPS Cell Research", "organization")}, {"Cell Research"},
        id="a remit's word may open in lowercase, and the model's span inside it is part of it"),
    pytest.param(
        "Congo", '"Kigali signs documents in America and sends soldiers into Congo," he said.',
        [("Kigali", "GPE"), ("America", "GPE"), ("Congo", "GPE")],
        {("United States", "place")}, {"America"}, id="'America' alone is the United States"),
    pytest.param(
        "Radio", "The Voice of America cut its Tarskan service.",
        [("The Voice of America", "ORG"), ("Tarskan", "NORP")],
        {("Voice of America", "organization")}, {"Voice"}, id="guard: 'of America' ends a body's name"),
    pytest.param(
        "Vote", "Supporters of the Orvel Party and Jamaat-e-Tarsk clashed. Jamaat's chief said police were to blame.",
        [("the Orvel Party", "ORG"), ("Jamaat-e-Tarsk", "ORG"), ("Jamaat", "PERSON")],
        {("Jamaat-e-Tarsk", "organization")}, {"Jamaat"}, id="the first part of a hyphenated body's name is short for it"),
    pytest.param(
        "Drugs", "Orvex Pharma, controlled by the chemicals group Orvex Chemical, will make the cells.",
        [("Orvex Pharma", "PERSON"), ("Orvex Chemical", "ORG")],
        {("Orvex Pharma", "organization")}, set(), id="'Pharma' is a company's word"),
    pytest.param(
        "Drugs", "Tarsk Pharma of Mumbai agreed to buy the drugmaker.",
        [("Tarsk Pharma", "ORG"), ("Mumbai", "GPE")],
        {("Tarsk Pharma", "organization"), ("Mumbai", "place")}, set(), id="guard: a company's word and 'of' a city is no name"),
    pytest.param(
        "Cells", "The cells were made at Tarsk University's lab. In a trial at Tarsk University Hospital, four patients improved.",
        [("Tarsk University's", "ORG"), ("Tarsk University Hospital", "ORG")],
        {("Tarsk University", "organization"), ("Tarsk University Hospital", "organization")}, set(),
        id="a body's full name is no short form of the hospital or press it runs"),
    pytest.param(
        "Grants", "Ana Vell said the Ana Vell Foundation would fund 40 scholarships. The Ana Vell Trust will run the program.",
        [("Vell", "ORG"), ("the Ana Vell Foundation", "ORG"), ("The Ana Vell Trust", "ORG")],
        {("Ana Vell", "person")}, set(), id="a name a cue calls a person is no body's short form"),
    pytest.param(
        "Derby", "Persija Jakarta lost on Sunday. Police closed the road from Jakarta to Bogor.",
        [("Persija Jakarta", "PERSON"), ("Sunday", "DATE"), ("Jakarta", "GPE"), ("Bogor", "GPE")],
        {("Persija Jakarta", "organization"), ("Jakarta", "place")}, set(),
        id="a known place the text writes as one is no surname of a well-known club the model read as a person"),
]


@pytest.mark.parametrize("title, text, spans, present, absent", SESSION11_CASES)
def test_session11_resolver_rules(title, text, spans, present, absent):
    check_with(title, text, spans, present=present, absent=absent)


# Session 11, first review (1,232 sentences, two reviewers: 111 better, 139 worse before the mends): spans grown
# over a list after a ministry, the bank or university of a place, or over "y", "et", "und" between two names;
# suffixes after a hyphen; a club read into Chinese names or "Greater"/"New"/"Port" places; a list's plural that
# made a side a place; nationality words after a hyphen; relatives blended into a parent; read by the real model.
# Each reading must not hold what the rules before the mends wrongly gave.
REVIEW11_CASES = [
    ("In Hong Kong, HKEX fined Sun Hung Kai HK$2 million for disclosure failures.", []),
    ("Police said the Lee-gang had run a gambling ring out of Incheon.", [["Lee-gang", "person"]]),
    ("In an interview with CNN Zelensky said Ukraine needed more Patriot systems.", [["CNN Zelensky", "organization"]]),
    ("The Ministry of Defence, Airbus and Thales signed the satellite contract in Paris.", [["Ministry of Defence, Airbus and Thales", "organization"]]),
    ("Bank of America, Citigroup and JPMorgan reported strong trading revenue on Tuesday.", [["Bank of America, Citigroup and JPMorgan", "organization"]]),
    ("The Department of Energy, Exxon and Chevron are funding the carbon capture hub.", [["Department of Energy, Exxon and Chevron", "organization"]]),
    ("The University of Michigan, Stanford and Harvard topped the list of research spending.", [["University of Michigan, Stanford and Harvard", "organization"]]),
    ("The Bank of England, Barclays and Lloyds were criticised by MPs over branch closures.", [["Bank of England, Barclays and Lloyds", "organization"]]),
    ("The Department of Labor, Walmart and Amazon were sued by the workers' union.", [["Department of Labor, Walmart and Amazon", "organization"]]),
    ("The Council of Europe, Amnesty and Greenpeace condemned the law.", [["Council of Europe, Amnesty and Greenpeace", "organization"]]),
    ("The Department of Transportation, Boeing and Spirit are under scrutiny after the blowout.", [["Department of Transportation, Boeing and Spirit", "organization"]]),
    ("The Department of Defense, Lockheed and Raytheon briefed lawmakers on the missile.", [["Department of Defense, Lockheed and Raytheon", "organization"]]),
    ("The Ministry of Culture, UNESCO and ICOMOS will restore the temple in Bagan.", [["Ministry of Culture, UNESCO and ICOMOS", "organization"]]),
    ("The Ministry of Health, WHO and UNICEF launched the polio campaign in Kano.", [["Ministry of Health, WHO and UNICEF", "organization"]]),
    ("The Ministry of Agriculture, FAO and WFP warned of famine in Sudan.", [["Ministry of Agriculture, FAO and WFP", "organization"]]),
    ("The Bank of Korea, Samsung and Hyundai warned of weaker exports.", [["Bank of Korea, Samsung and Hyundai", "organization"]]),
    ("The Court of Appeal, Magistrates and Tribunals face a backlog of cases.", [["Court of Appeal, Magistrates and Tribunals", "organization"]]),
    ("The Ministry of Transport, Airbus and Boeing will attend the Farnborough show.", [["Ministry of Transport, Airbus and Boeing", "organization"]]),
    ("The Ministry of Commerce, Huawei and ZTE were named in the US lawsuit.", [["Ministry of Commerce, Huawei and ZTE", "organization"]]),
    ("The Department of State, Pentagon and Treasury were ordered to cut staff.", [["Department of State, Pentagon and Treasury", "organization"]]),
    ("Spain's Partido Popular y Vox formed governments in several regions after the vote.", [["Partido Popular y Vox", "organization"]]),
    ("The CDU und CSU leaders met in Munich to agree on the chancellor candidate.", [["CDU und CSU", "organization"]]),
    ("In Spain, PSOE y Sumar signed a coalition agreement in Madrid.", [["PSOE y Sumar", "organization"]]),
    ("Italy's Forza Italia e Lega both backed the budget, Giorgia Meloni said.", [["Forza Italia e Lega", "organization"]]),
    ("The crowd in Caracas held signs saying Maduro y Cabello out.", [["Maduro y Cabello", "person"]]),
    ("Renault et Nissan agreed to rebalance their alliance, the companies said.", [["Renault et Nissan", "organization"]]),
    ("Volkswagen und Porsche shares fell in Frankfurt after the profit warning.", [["Volkswagen und Porsche", "organization"]]),
    ("Pablo Iglesias y Yolanda Díaz shared a stage in Madrid.", [["Pablo Iglesias y Yolanda Díaz", "person"]]),
    ("Carlos Alcaraz y Rafael Nadal played doubles at the Paris Olympics.", [["Carlos Alcaraz y Rafael Nadal", "person"]]),
    ("Kaiser Chiefs y Orlando Pirates drew 1-1 in Soweto.", [["Kaiser Chiefs y Orlando Pirates", "organization"]]),
    ("Andrés Manuel López Obrador y Claudia Sheinbaum visited Oaxaca.", [["Andrés Manuel López Obrador y Claudia Sheinbaum", "person"]]),
    ("Sheinbaum y Trump spoke by phone about tariffs, the Mexican government said.", [["Sheinbaum y Trump", "organization"]]),
    ("Gustavo Petro y Francia Márquez led the march in Bogotá.", [["Gustavo Petro y Francia Márquez", "person"]]),
    ("Banco Santander y Banorte were fined by the regulator in Mexico.", [["Banco Santander y Banorte", "organization"]]),
    ("Javier Milei y Karina Milei attended the ceremony in Buenos Aires.", [["Javier Milei y Karina Milei", "person"]]),
    ("Mercedes und BMW cut their forecasts because of weak demand in China.", [["Mercedes und BMW", "organization"]]),
    ("Siemens und Bosch sold their joint appliance business in 2014.", [["Siemens und Bosch", "organization"]]),
    ("Ricardo Sánchez y Juan Pérez, two farmers from Jalisco, were detained.", [["Ricardo Sánchez y Juan Pérez", "person"]]),
    ("Gonzalo Montiel y Lisandro Martínez trained with Argentina in Ezeiza.", [["Gonzalo Montiel y Lisandro Martínez", "person"]]),
    ("Cerveceria Modelo y Grupo Bimbo are among Mexico's biggest employers.", [["Cerveceria Modelo y Grupo Bimbo", "organization"]]),
    ("Pemex y CFE reported losses, the finance ministry said.", [["Pemex y CFE", "organization"]]),
    ("Grupo Carso y Telmex, owned by Carlos Slim, gained on the Mexican exchange.", [["Grupo Carso y Telmex", "organization"]]),
    ("The banners read Podemos y Izquierda Unida, juntos.", [["Podemos y Izquierda Unida", "organization"]]),
    ("Evo Morales y Luis Arce have fallen out over the MAS party.", [["Evo Morales y Luis Arce", "person"]]),
    ("Alberto Fernández y Cristina Kirchner governed Argentina from 2019.", [["Alberto Fernández y Cristina Kirchner", "person"]]),
    ("Prosecutors said the Lee-clan controlled three of the biggest chaebol affiliates.", [["Lee-clan", "person"]]),
    ("Opposition figures described the Khan-gang as a criminal network in Karachi.", [["Khan-gang", "person"]]),
    ("Kane-fever gripped Munich after his hat-trick against Leipzig.", [["Kane-fever", "person"]]),
    ("Colombian singer Carlos Vives y Shakira recorded La Bicicleta in Barranquilla.", [["Carlos Vives y Shakira", "person"]]),
    ("The song Despacito by Luis Fonsi y Daddy Yankee was the most streamed in 2017.", [["Luis Fonsi y Daddy Yankee", "person"]]),
    ("Mexican chefs Enrique Olvera y Elena Reygadas opened a restaurant in New York.", [["Enrique Olvera y Elena Reygadas", "person"]]),
    ("Argentine rock band Soda Stereo y Charly García were celebrated in the film.", [["Soda Stereo y Charly García", "person"]]),
    ("Peru's Fuerza Popular y Renovación Popular voted to remove the president.", [["Fuerza Popular y Renovación Popular", "organization"]]),
    ("Chile's Frente Amplio y Partido Comunista backed Jeannette Jara.", [["Frente Amplio y Partido Comunista", "organization"]]),
    ("Coutinho (CON) and Leadbeater (LAB) clashed over the assisted dying bill.", []),
    ("Clacton (CON) and Boston (CON) were among the seats won by Reform.", []),
    ("Former security chief Zhou Yongkang was sentenced to life in prison in 2015. Zhou was found guilty of bribery and abuse of power.", [["Zhou Yongkang", "organization"]]),
    ("Zhou Yongkang's downfall was the biggest corruption case in decades. Zhou had once controlled the police and the courts.", [["Zhou Yongkang", "organization"]]),
    ("Zhang Jinhua, a 38-year-old factory worker, lost her job when the plant closed. Zhang now sells noodles from a cart in Wenzhou.", [["Zhang Jinhua", "organization"]]),
    ("Guo Jiaxing, a delivery rider in Shanghai, was hurt in the crash. Guo was taken to hospital with a broken leg.", [["Guo Jiaxing", "organization"]]),
    ("Chinese badminton player Zhao Yulin reached the final in Jakarta. Zhao will face a Danish opponent.", [["Zhao Yulin", "organization"]]),
    ("Huang Jinhua was elected head of the provincial legislature. Huang replaces a retired official.", [["Huang Jinhua", "organization"]]),
    ("Police in Greater Manchester arrested 14 people after the riots. Greater use of facial recognition is now being considered.", [["Greater Manchester", "organization"]]),
    ("Shops in Old Delhi closed for the festival. Old traders say footfall has fallen since the pandemic.", [["Old Delhi", "organization"]]),
    ("Flooding hit parts of Greater Cairo on Thursday. Greater efforts are needed to repair the drains, the governor said.", [["Greater Cairo", "organization"]]),
    ("House prices in Greater London fell for a third month. Greater falls were seen in the north.", [["Greater London", "organization"]]),
    ("Yoshiko Nagano lost her home in the 2011 tsunami. Yoshiko now lives in temporary housing in Sendai.", [["Yoshiko Nagano", "organization"]]),
    ("Zak Crawley made 76 before lunch on the first day in Galle. Zak and Ben Duckett put on 120 for the first wicket.", [["Zak Crawley", "organization"]]),
    ("Arsenal and Chelsea, who are level on points, meet at the Emirates on Sunday.", [["Chelsea", "place"]]),
    ("Leeds and Burnley, who were promoted together, both lost on the opening weekend.", [["Burnley", "place"]]),
    ("Ipswich and Southampton, who were relegated last season, face each other in the Championship on Friday.", [["Southampton", "place"]]),
    ("Brighton and Fulham, who have won their last three games, are pushing for Europe.", [["Fulham", "place"]]),
    ("Lazio and Roma, who are separated by a single point, meet in the derby on Sunday evening.", [["Roma", "place"]]),
    ("Marseille and Lyon, who have spent heavily in the summer, both lost at home.", [["Lyon", "place"]]),
    ("Barcelona and Girona, who are first and second in La Liga, meet on Saturday.", [["Girona", "place"]]),
    ("Porto and Braga, who were level at half-time, finished 2-2.", [["Braga", "place"]]),
    ("Bournemouth and Brentford, who have never played each other in the FA Cup, meet in the fourth round.", [["Brentford", "person"]]),
    ("Valencia and Villarreal, who have both changed coaches, drew 1-1 at Mestalla.", [["Villarreal", "person"]]),
    ("Atalanta and Bologna, who are both in the Champions League, won their away games.", [["Bologna", "place"]]),
    ("Lens and Lille, who are fighting for a European place, meet in the northern derby.", [["Lille", "place"]]),
    ("Stuttgart and Leverkusen, who have both reached the cup final before, meet in the semi-final.", [["Leverkusen", "place"]]),
    ("Monaco and Nice, who have both won four in a row, meet in the Riviera derby.", [["Nice", "place"]]),
    ("The tanker was seized in Emirati waters on Tuesday. The Saudi-Emirati coalition denied any involvement.", [["Emirati", "place"]]),
    ("Kuwaiti and Saudi officials met in Riyadh. The Iraqi-Kuwaiti border crossing at Safwan was reopened.", [["Kuwaiti", "person"]]),
    ("Two Emirati nationals were arrested in Istanbul. The Israeli-Emirati trade deal came into force in April.", [["Emirati", "person"]]),
    ("John Shaw, 52, has run the family farm in Cumbria since 1990. His son Josh will take over next year.", []),
    ("Emily Martin, a nurse in Leeds, has been on strike for three days. Her sister Emma works at the same hospital.", []),
    ("Julia Andrade fled Caracas with her son, Juan, in 2019. They now live in Bogotá.", []),
    ("Mohammed Nasser lost his home in the strike on Khan Younis. His wife Mona and their three children survived.", []),
    ("Mahmoud Haddad waited for hours at the crossing. His wife Maha had gone ahead with the children.", []),
    ("Samir Rahman runs a bakery in Dhaka. His daughter Sara studies medicine in Chittagong.", []),
    ("Eleanor Lawrence, 34, was injured in the crash. Her daughter Ella was unhurt.", []),
    ("Retail analyst Alex Dickson said Aldi and Lidl had both gained market share.", []),
    ("Kamal Rimawi was arrested in Ramallah. His son Karim was released on Tuesday.", []),
    ("Peter Rodriguez, a farmer in Antioquia, criticised Petro over the land reform.", []),
    ("Lucas Lacerda, a union leader in Sao Paulo, said Lula had broken his promises.", []),
    ("The novel was rejected by two publishers before Sudamericana accepted it.", []),
    ("A container ship ran aground off Port Klang on Sunday. Port operators said traffic was not affected.", [["Port Klang", "organization"]]),
    ("Dockworkers at Port Elizabeth walked out over pay. Port authorities said talks would resume on Monday.", [["Port Elizabeth", "organization"]]),
    ("Fishing boats were stranded in Port Lincoln by the storm. Port officials expect the weather to clear by Friday.", [["Port Lincoln", "organization"]]),
    ("Traffic in Greater Jakarta is among the worst in the world. Greater use of the new metro line has eased it slightly.", [["Greater Jakarta", "organization"]]),
    ("Heatwaves in Greater Karachi killed more than 500 people. Greater awareness saved lives this year, officials said.", [["Greater Karachi", "organization"]]),
    ("Homes in New Cairo were sold out within hours. New buyers must pay a 10% deposit.", [["New Cairo", "organization"]]),
    ("Crime rates in Greater Kampala fell last year. Greater police presence was credited.", [["Greater Kampala", "organization"]]),
    ("Ferries to Port Dickson were suspended. Port staff said the sea was too rough.", [["Port Dickson", "organization"]]),
    ("Liu Changchun, a corn farmer in Henan, lost half his harvest to the drought. Liu now works on building sites in Zhengzhou.", [["Liu Changchun", "organization"]]),
    ("Huang Yulin was named chairman of the state-owned shipbuilder. Huang previously ran its Shanghai yard.", [["Huang Yulin", "organization"]]),
    ("Zhou Haining won the men's 10,000m at the national games. Zhou is expected to compete in Paris.", [["Zhou Haining", "organization"]]),
    ("Emiko Okayama opened her first restaurant in 1975. Emiko still cooks every day.", [["Emiko Okayama", "organization"]]),
    ("Kazuko Nagaoka has sold vegetables at the same market for 60 years. Kazuko knows every customer by name.", [["Kazuko Nagaoka", "organization"]]),
    ("Zhang Jinhua said she had lost her job. Zhang now sells noodles.", [["Zhang Jinhua", "organization"]]),
    ("Sunderland and Middlesbrough, who were relegated together in 2017, both won on Saturday.", [["Middlesbrough", "place"]]),
    ("Surrey and Somerset, who are level at the top of the County Championship, meet at the Oval.", [["Somerset", "place"]]),
    ("Mumbai and Chennai, who have won five IPL titles each, meet in the opening game.", [["Chennai", "place"]]),
    ("Leinster and Munster, who are both unbeaten, meet in Dublin on Saturday.", [["Munster", "place"]]),
    ("Benfica and Sporting, who are level on points, both won at the weekend.", [["Sporting", "place"]]),
    ("Wydad and Raja, who are level at the top, meet in the Casablanca derby.", [["Raja", "person"]]),
    ("Kuwaiti authorities deported 300 workers. The Saudi-Kuwaiti neutral zone resumed output.", [["Kuwaiti", "person"]]),
    ("Daniel Nilsson, a teacher in Malmo, said the school had been closed. His colleague Dani was injured.", []),
    ("Leila Ahmadi fled Kabul in 2021. Her daughter Leah was born in Germany.", []),
    ("Rasha Mikati works as a nurse in Tripoli. Her brother Rami was killed in the blast.", []),
    ("Julia Andrade and her son Juan fled Caracas in 2019. Juan now goes to school in Bogotá.", []),
    ("The publisher Sudamericana released the first edition in 1967.", []),
    ("Smog levels in New Delhi hit a record. New restrictions on construction came into force on Friday.", [["New Delhi", "organization"]]),
    ("Power was restored across New Orleans after the hurricane. New flood defences held, officials said.", [["New Orleans", "organization"]]),
    ("Temperatures in Greater Tokyo reached 40C. Greater numbers of people were treated for heatstroke.", [["Greater Tokyo", "organization"]]),
    ("Beijing's former Politburo member Zhou Yongkang died in prison, state media said. Zhou had been jailed for life in 2015.", [["Zhou Yongkang", "organization"]]),
    ("Guo Jinhua, a 41-year-old courier, was fined for posting about the floods. Guo was later released.", [["Guo Jinhua", "organization"]]),
    ("Zhang Yulin, a retired teacher in Wuhan, has volunteered at the hospital for 20 years. Zhang is 78.", [["Zhang Yulin", "organization"]]),
    ("Liu Haining lost his restaurant in Shenzhen to a fire. Liu plans to reopen next year.", [["Liu Haining", "organization"]]),
    ("Kilmarnock and Motherwell, who are level on 40 points, meet on Saturday.", [["Motherwell", "place"]]),
]


@pytest.mark.parametrize("text, absent", REVIEW11_CASES, ids=[c[0][:50] for c in REVIEW11_CASES])
def test_session11_review_cases(text, absent):
    check("", text, absent=absent)


# Session 11, second review (1,568 sentences, two reviewers: 321 better, 67 worse before the mends): founders' firms
# with hyphenated given names behind a firm's apposition or word, towns and streets named with bodies' words in
# Spanish, "Travel Advisory for" a country, Spanish double surnames with "y", remits with a party's name, lists of
# places before "who have" after a lowercase word, sides before "will face", places that are also people's names,
# an office's holder after "the mayor of X,"; read by the real model.
REVIEW11B_CASES = [
    ("Jean-Claude Biguine, the salon franchise, was placed under court protection in Paris on Thursday.", [["Jean-Claude Biguine", "person"]]),
    ("Jean-Luc Colombo, the Rhône winery, was bought by a Bordeaux family group.", [["Jean-Luc Colombo", "person"]]),
    ("Jean-Georges Management plans to open a steakhouse in Riyadh next year.", [["Jean-Georges Management", "person"]]),
    ("Floods hit Fundación and Aracataca in Colombia's Magdalena department, killing four people.", [["Fundación", "organization"]]),
    ("Protesters marched down Avenida Universidad in Mexico City towards the Zócalo.", [["Avenida Universidad", "organization"]]),
    ("Residents of Federación, a town in Argentina's Entre Ríos province, were evacuated as the Uruguay river rose.", [["Federación", "organization"]]),
    ("The State Department's Travel Advisory for Haiti remains at level four.", [["Travel Advisory for Haiti", "organization"]]),
    ("Japan's Ministry of Health, Labour and Welfare approved the Alzheimer's drug on Monday.", [["Welfare", "organization"]]),
    ("The mayors of Irpin and Bucha, who have rebuilt much of their towns, met donors in Warsaw.", [["Bucha", "organization"]]),
    ("The governors of Kano and Kaduna, who have clashed over water rights, met in Abuja.", [["Kaduna", "organization"]]),
    ("Boris Johnson's memoir was published on Thursday. BoJo, as the tabloids call him, defended his record.", [["BoJo", "organization"]]),
    ("Jean-Paul Gaultier, the fashion house controlled by Puig, reported a 15% rise in sales.", [["Jean-Paul Gaultier", "person"]]),
    ("Anne-Marie Bakery, a chain of 30 shops in Quebec, was bought by Saputo.", [["Anne-Marie Bakery", "person"]]),
    ("Marie-Thérèse Pharma, a Lyon drug maker, recalled a batch of paracetamol.", [["Marie-Thérèse Pharma", "person"]]),
    ("Hans-Joachim Fuchs GmbH, the Bavarian toolmaker, filed for insolvency.", [["Hans-Joachim Fuchs GmbH", "person"]]),
    ("The judge fined Jean-Marc Fournier Transports €2 million for labour violations.", [["Jean-Marc Fournier Transports", "person"]]),
    ("The Ministry of Finance, Budget and Planning blamed falling oil revenue.", [["Budget and Planning", "organization"]]),
    ("ASM International, based in Materials Park, Ohio, cancelled its annual conference.", [["Materials Park", "organization"]]),
    ("The plant in Materials Park will close next year, the company said.", [["Materials Park", "organization"]]),
    ("Travellers should read the Travel Advisory for Mexico before visiting Sinaloa, the embassy said.", [["Travel Advisory for Mexico", "organization"]]),
    ("Villagers in Consejo, a fishing village in northern Belize, said the sea had eaten their beach.", [["Consejo", "organization"]]),
    ("The Universidad station on Line 3 of the Mexico City metro was closed after flooding.", [["Universidad", "organization"]]),
    ("The mayors of Kharkiv and Dnipro, who have asked for more air defence, met Zelensky.", [["Dnipro", "organization"]]),
    ("The people of Gaza and Rafah, who have endured months of bombardment, face famine, the UN said.", [["Rafah", "organization"]]),
    ("Farmers between Mosul and Kirkuk, who have lost their harvest to drought, appealed for help.", [["Kirkuk", "organization"]]),
    ("Workers at Kirkuk and Basra, who have been on strike for a week, returned to the oil fields.", [["Basra", "organization"]]),
    ("The chiefs of Turkana and Pokot, who have fought over cattle for decades, signed a peace deal.", [["Pokot", "organization"]]),
    ("The governors of Texas and Florida, who are both Republicans, sued the administration.", [["Florida", "organization"]]),
    ("Zrinjski Mostar will face Slovan Bratislava in the next round, and Zrinjski travel on Tuesday.", [["Zrinjski Mostar", "person"]]),
    ("Botev Plovdiv's new stadium was opened by the prime minister; Botev will host Levski in the first match.", [["Botev Plovdiv", "person"]]),
    ("The leaders of Scotland and Wales, who are both pro-European, wrote to the prime minister.", [["Wales", "organization"]]),
    ("Saladin, known in Arabic as Salah al-Din, captured Jerusalem in 1187.", [["Saladin", "person"], ["Salah al-Din", "place"]]),
    ("Muthanna said after the match that the team deserved to qualify.", [["Muthanna", "place"]]),
    ("The Romanian politician Mihail Kogalniceanu helped unite Moldavia and Wallachia in 1859.", [["Mihail Kogalniceanu", "place"]]),
    ("Guatemala named Tecún Umán a national hero, and a town on the Mexican border bears his name.", [["Tecún Umán", "place"]]),
    ("Lawmakers from the NTB province in Indonesia asked for more funds after the earthquake in Lombok.", [["NTB", "organization"]]),
    ("Swedish MEP Evin Incir called for sanctions. Evin said she had received threats after the debate.", [["Evin", "place"]]),
    ("Romania's Mihail Kogalniceanu was prime minister in the 1860s and championed land reform.", [["Mihail Kogalniceanu", "place"]]),
    ("Trentino-Alto Adige has two autonomous provinces, Trento and Bolzano.", [["Trentino", "place"]]),
    ("Miami-Dade County ordered evacuations ahead of Hurricane Milton.", [["Miami-Dade", "place"]]),
    ("Trentino-Alto Adige voted for the autonomy reform.", [["Trentino", "place"]]),
    ("Miami-Dade County Mayor Daniella Levine Cava declared an emergency.", [["Miami-Dade", "place"]]),
    ("Police in Miami-Dade County arrested the suspect.", [["Miami-Dade", "place"]]),
]


@pytest.mark.parametrize("text, absent", REVIEW11B_CASES, ids=[c[0][:50] for c in REVIEW11B_CASES])
def test_session11_second_review_cases(text, absent):
    check("", text, absent=absent)


# Session 11, third review (1,033 sentences, two reviewers: 110 better, 167 worse before the mends): clubs after "in"
# in sports copy, a body and a country after an opening phrase, lists after a department, lowercase-first products
# after "for"/"on", "America" in bodies' names and the America's Cup, companies and job titles after "the owner of",
# universities and their short forms, island chains, German bodies' words, companies "of" their cities; read by
# the real model.
REVIEW11C_CASES = [
    ("Thousands of fans in Bristol City shirts marched to Ashton Gate before the derby.", [["Bristol City", "place"]]),
    ("Wales had two Premier League sides for a season, in Swansea City and Cardiff City.", [["Cardiff City", "place"], ["Swansea City", "place"]]),
    ("He spent six years in Coventry City's academy before moving to Aston Villa.", [["Coventry City", "place"]]),
    ("The mood in the Birmingham City dressing room was described as tense by one senior player.", [["Birmingham City", "place"]]),
    ("A new era in Birmingham City history began when the American consortium completed its takeover.", [["Birmingham City", "place"]]),
    ("The winger made 140 appearances in Dundee United colours before retiring last year.", [["Dundee United", "place"]]),
    ("There is growing frustration around Hull City after a fifth straight defeat.", [["Hull City", "place"]]),
    ("Supporters in Lincoln City scarves gathered at the station to greet the team bus.", [["Lincoln City", "place"]]),
    ("He spent four seasons in the Detroit Tigers organization before being traded to Boston.", [["Detroit Tigers", "place"]]),
    ("The quarterback played his whole career in New York Giants blue.", [["New York Giants", "place"]]),
    ("He ended his career in Wigan Warriors colours, lifting the Super League trophy in his final game.", [["Wigan Warriors", "person"]]),
    ("After a decade in Perth Glory colours, the captain announced his retirement.", [["Perth Glory", "place"]]),
    ("Supporters in Sale Sharks shirts sang throughout the second half.", [["Sale Sharks", "person"]]),
    ("The striker scored twice in Oxford United's 3-0 win over Millwall.", [["Oxford United", "place"]]),
    ("The youngster has played in Birmingham City, Coventry City and Wolves shirts.", [["Birmingham City", "place"], ["Coventry City", "place"]]),
    ("Two clubs in Lincoln City and Grimsby Town have asked the league for a review.", [["Lincoln City", "place"]]),
    ("A trophy parade in Philadelphia Eagles green snaked through the city for hours.", [["Philadelphia Eagles", "place"]]),
    ("The incident happened in the Coventry City penalty area in stoppage time.", [["Coventry City", "place"]]),
    ("The young goalkeeper is one of several talents in the Bristol City academy.", [["Bristol City", "place"]]),
    ("The 21-year-old is settling in well in Cardiff City, his manager said.", [["Cardiff City", "place"]]),
    ("Sources in Hull City say the owner is ready to sell.", [["Hull City", "place"]]),
    ("Ticket prices in Swansea City's new season package have risen by 8 percent.", [["Swansea City", "place"]]),
    ("He spent his early years in the Exeter City youth team before moving to Chelsea.", [["Exeter City", "place"]]),
    ("According to the World Bank Kenya's economy will grow by 5 percent this year.", [["World Bank Kenya", "organization"]]),
    ("Alongside the European Union Britain and Canada imposed travel bans on the officials.", [["European Union Britain", "organization"]]),
    ("Under the Justice and Development Party Turkey's economy grew rapidly for a decade.", [["Justice and Development Party Turkey", "organization"]]),
    ("Through the Wagner Group Russia's influence in the Sahel expanded rapidly after 2021.", [["Wagner Group Russia", "organization"]]),
    ("Funds from the African Development Bank Kenya and Uganda will share are meant for the railway.", [["African Development Bank Kenya", "organization"]]),
    ("Among members of the Gulf Cooperation Council Qatar and Oman have been most open to talks with Iran.", [["Gulf Cooperation Council Qatar", "organization"]]),
    ("Within the Eurasian Economic Union Russia's share of trade is more than 60 percent.", [["Eurasian Economic Union Russia", "organization"]]),
    ("Ethiopian Airlines Kenya and Uganda routes will be expanded next year.", [["Ethiopian Airlines Kenya", "organization"]]),
    ("Under the Communist Party China's private sector has come under tighter control.", [["Communist Party China", "organization"]]),
    ("Members of the Arab League Egypt and Jordan said they would not take in refugees from Gaza.", [["Arab League Egypt", "organization"]]),
    ("Leaders from across the Americas met in Lima for the summit.", [["United States", "place"]]),
    ("Team New Zealand successfully defended the America's Cup in Barcelona.", [["America", "place"]]),
    ("The Writers Guild of America reached a deal with studios after a five-month strike.", [["United States", "place"], ["Writers Guild", "person"]]),
    ("The Boy Scouts of America agreed to a $2.4 billion settlement with abuse victims.", [["Boy Scouts", "person"], ["United States", "place"]]),
    ("Pressure from the Ministry of Defence, Treasury and Labour backbenchers forced the prime minister to back down.", [["Ministry of Defence, Treasury and Labour", "organization"]]),
    ("Apple was fined by the Italian Competition Authority for iPhone slowdowns.", [["Italian Competition Authority for iPhone", "organization"]]),
    ("Moderna received funding from the Biomedical Advanced Research and Development Authority for mRNA vaccines.", [["Biomedical Advanced Research and Development Authority for mRNA", "organization"]]),
    ("The Japan Fair Trade Commission on iPhone payment rules issued a new order.", [["Japan Fair Trade Commission on iPhone", "organization"]]),
    ("Apple faces a probe by the Japan Fair Trade Commission on iPhone app store rules.", [["Japan Fair Trade Commission on iPhone", "organization"]]),
    ("A licence from the Civil Aviation Authority for eVTOL flights is expected next year.", [["Civil Aviation Authority for eVTOL", "organization"]]),
    ("Taiwan Semiconductor Manufacturing Company for iPhone chips has been Apple's sole supplier since 2016.", [["Taiwan Semiconductor Manufacturing Company for iPhone", "organization"]]),
    ("Apple relies on Taiwan Semiconductor Manufacturing Company for iPhone processors.", [["Taiwan Semiconductor Manufacturing Company for iPhone", "organization"]]),
    ("A ruling by the Competition Commission on iOS app payments is due in May.", [["Competition Commission on iOS", "organization"]]),
    ("According to the UN Refugee Agency Sudan's war has displaced 12 million people.", [["UN Refugee Agency Sudan", "organization"]]),
    ("According to the Norwegian Refugee Council Sudan's displaced need urgent help.", [["Norwegian Refugee Council Sudan", "organization"]]),
    ("According to the Financial Times Britain's Treasury is considering a wealth tax.", [["Financial Times Britain", "organization"]]),
    ("According to the South China Morning Post China's leaders will meet in October.", [["South China Morning Post China", "organization"]]),
    ("According to the Jakarta Post Indonesia's new capital is behind schedule.", [["Jakarta Post Indonesia", "organization"]]),
    ("In the Premier League Brazil's Joao Pedro has scored five goals this season.", [["Premier League Brazil", "organization"]]),
    ("Kenya Airways Uganda and Rwanda flights were cancelled because of the strike.", [["Kenya Airways Uganda", "organization"]]),
    ("Qatar Airways Egypt and Jordan routes will resume on Monday.", [["Qatar Airways Egypt", "organization"]]),
    ("The Wagner Group Libya's eastern commander relied on has now been replaced.", [["Wagner Group Libya", "organization"]]),
    ("A report by the International Crisis Group Myanmar's military is losing ground.", [["International Crisis Group Myanmar", "organization"]]),
    ("The board of Equity Group Holdings Kenya's largest bank by customers met on Friday.", [["Equity Group Holdings Kenya", "organization"]]),
    ("Supporters in Auckland City colours celebrated their Club World Cup debut.", [["Auckland City", "place"]]),
    ("The defender made 200 appearances in Colchester United colours.", [["Colchester United", "place"]]),
    ("Fans in Bolton Wanderers shirts gathered outside the stadium.", [["Bolton Wanderers", "person"]]),
    ("He played his last game in Texas Rangers colours on Sunday.", [["Texas Rangers", "place"]]),
    ("The goalkeeper played 10 seasons in Dallas Stars green.", [["Dallas Stars", "place"]]),
    ("A new era began in Adelaide United after the takeover.", [["Adelaide United", "place"]]),
    ("The new signing trained in Wycombe Wanderers colours for the first time on Monday.", [["Wycombe Wanderers", "place"]]),
    ("Ticket sales in Doncaster Rovers' new stand have been strong.", [["Doncaster Rovers", "place"]]),
    ("The winger grew up in Wigan and played in Wigan Athletic's youth team.", [["Wigan Athletic", "place"]]),
    ("Officials from the Department of Justice, Treasury and Commerce briefed lawmakers.", [["Department of Justice, Treasury and Commerce", "organization"]]),
    ("Pressure from the Department of Health, Treasury and Labour councillors delayed the hospital plan.", [["Department of Health, Treasury and Labour", "organization"]]),
    ("Apple was fined by the Information Commissioner's Office for iCloud breaches.", [["Information Commissioner's Office for iCloud", "organization"]]),
    ("The company faces charges from the Securities and Exchange Commission for eToro promotions.", [["Securities and Exchange Commission for eToro", "organization"]]),
    ("The Competition and Markets Authority on iPhone browsers published its final report.", [["Competition and Markets Authority on iPhone", "organization"]]),
    ("A complaint was filed with the Federal Communications Commission on iPhone signal problems.", [["Federal Communications Commission on iPhone", "organization"]]),
    ("The hospital group asked the Food and Drug Administration for iPhone app clearance.", [["Food and Drug Administration for iPhone", "organization"]]),
    ("The Communications Workers of America called a strike at AT&T.", [["Communications Workers", "person"], ["United States", "place"]]),
    ("Luna Rossa will challenge again for the America's Cup in Naples.", [["America", "place"]]),
    ("America's Cup organisers said the next race would be held in Italy.", [["America", "place"]]),
    ("The Summit of the Americas will be held in the Dominican Republic.", [["United States", "place"]]),
    ("The Inter-American Development Bank lends across the Americas.", [["United States", "place"]]),
    ("The teenager has settled quickly in Birmingham City, where he joined from Cheltenham.", [["Birmingham City", "place"]]),
    ("The National Oil Corporation of Kenya is seeking a strategic partner to revive its loss-making network of petrol stations.", [["Kenya", "place"], ["National Oil Corporation", "organization"]]),
    ("The International Support Group for Lebanon urged the country's politicians to elect a president without further delay.", [["International Support Group", "organization"], ["Lebanon", "place"]]),
    ("The Contact Group for Libya met in Rome to discuss a timetable for elections.", [["Contact Group", "organization"], ["Libya", "place"]]),
    ("The owner of Primark, Associated British Foods, said sales in Britain had slowed.", [["Associated British Foods", "person"]]),
    ("The owner of KFC, Yum Brands, reported a rise in quarterly sales driven by its China business.", [["Yum Brands", "person"]]),
    ("The head of Wealth Management, Asia Pacific, at UBS said clients were moving money into gold.", [["Asia Pacific", "person"]]),
    ("Jane Loh, the head of Equities, Asia Pacific, at HSBC, said Chinese stocks looked cheap.", [["Asia Pacific", "person"]]),
    ("The director of Public Health, North Yorkshire, said cases of measles had doubled.", [["Public Health", "person"]]),
    ("The minister of Finance, Planning and Economic Development, Matia Kasaija, presented the budget in Kampala.", [["Planning and Economic Development", "person"]]),
    ("The owner of Harrods, Qatar Holding, said it would compensate victims of the late Mohamed Al Fayed.", [["Qatar Holding", "person"]]),
    ("The owner of Aston Villa, V Sports, said it was confident the club met financial rules.", [["V Sports", "person"]]),
    ("A study by Carnegie Mellon University found the chatbots gave wrong answers; Carnegie Mellon said it would publish the data.", [["Carnegie Mellon", "organization"]]),
    ("A survey by the Pew Research Center found that most Americans distrust social media, Pew Research said.", [["Pew Research", "organization"]]),
    ("Penn State University fired the coach on Sunday, and Penn State will pay him $49 million under his contract.", [["Penn State", "organization"]]),
    ("Ohio State University said it would close its diversity office; Ohio State had 40 staff working there.", [["Ohio State", "organization"]]),
    ("Texas Tech University fired its president, and Texas Tech's board named an interim leader.", [["Texas Tech", "organization"]]),
    ("Sun Yat-sen University in Guangzhou opened a new campus on the island named after Sun Yat-sen.", [["Sun Yat-sen", "organization"]]),
    ("Tata Memorial Hospital in Mumbai treats 70,000 new cancer patients a year, and Tata Memorial plans a new wing in Punjab.", [["Tata Memorial", "organization"]]),
    ("Arizona State University said it would expand its campus in Tempe, and Arizona State expects 80,000 students by 2030.", [["Arizona State", "organization"]]),
    ("Michigan State University agreed to pay $500 million to victims, and Michigan State's president apologised.", [["Michigan State", "organization"]]),
    ("The De La Salle University team won the title, and De La Salle fans celebrated in Manila.", [["De La Salle", "organization"]]),
    ("Brigham Young University in Utah said enrolment had risen, and Brigham Young beat Utah 24-21 on Saturday.", [["Brigham Young", "person"]]),
    ("Surgeons at the Queen Elizabeth Hospital in Birmingham operated on the soldier, and Queen Elizabeth Hospital staff were praised.", [["Elizabeth Hospital", "organization"]]),
    ("Leonardo SpA of Rome will supply helicopters to the Polish army.", [["Leonardo SpA of Rome", "organization"]]),
    ("The Robert Bosch Stiftung gave 3 million euros to refugee projects.", [["Robert Bosch Stiftung", "person"]]),
    ("Massachusetts General Hospital said the patient had died, and Massachusetts General will review its procedures.", [["Massachusetts General", "organization"]]),
    ("Kent State University marked the anniversary of the 1970 shootings, and Kent State students laid flowers.", [["Kent State", "place"]]),
    ("San Diego State University joined the Pac-12, and San Diego State will begin play in 2026.", [["San Diego State", "place"]]),
    ("Jackson State University fired its football coach, and Jackson State said a search would begin immediately.", [["Jackson State", "place"]]),
    ("Florida State University was locked down after the shooting, and Florida State police said two people died.", [["Florida State", "place"]]),
    ("Texas A&M University said it would end its drag shows, and Texas A&M students sued.", [["Texas A&M", "organization"]]),
    ("Tata Memorial Centre in Mumbai launched a cheap cancer pill, and Tata Memorial doctors said it would cost 100 rupees.", [["Tata Memorial", "organization"]]),
    ("A report by the Pew Research Center in Washington showed a decline in church attendance; Pew Research has tracked the trend since 2007.", [["Pew Research", "organization"]]),
    ("Boise State University said enrolment rose, and Boise State will play in the Fiesta Bowl.", [["Boise State", "place"]]),
    ("The owner of Chennai Super Kings, India Cements, sold its stake in the team.", [["India Cements", "person"]]),
    ("The owner of Dunkin', Inspire Brands, is weighing a stock market listing.", [["Inspire Brands", "person"]]),
    ("The head of Global Markets, Asia Pacific, at Citi said volatility would stay high.", [["Asia Pacific", "person"], ["Global Markets", "person"]]),
    ("The head of Investment Banking, Middle East, at HSBC said deal volumes had doubled.", [["Investment Banking", "person"]]),
    ("Elliott Management of New York has built a stake in the British oil major.", [["Elliott Management of New York", "organization"]]),
    ("Brookfield Asset Management of Toronto bought the wind farms for $2 billion.", [["Brookfield Asset Management of Toronto", "organization"]]),
    ("Team New Zealand retained the America's Cup in Barcelona.", [["America", "place"]]),
    ("The Writers Guild of America reached a deal with the studios.", [["United States", "place"], ["Writers Guild", "person"]]),
    ("The Boy Scouts of America changed its name to Scouting America.", [["Boy Scouts", "person"], ["United States", "place"]]),
    ("The Friedrich Naumann Stiftung was expelled from Bangladesh, its director said.", [["Friedrich Naumann Stiftung", "person"]]),
    ("Scientists at the Robert Koch Institut said the outbreak was under control.", [["Robert Koch Institut", "person"]]),
    ("The International Contact Group for Venezuela called for free elections.", [["International Contact Group", "organization"], ["Venezuela", "place"]]),
    ("The Monitoring Group for Somalia and Eritrea said the arms embargo had been breached.", [["Monitoring Group", "organization"], ["Somalia", "place"]]),
    ("The head of Consumer Banking, Southeast Asia, at DBS said mortgage demand was weak.", [["Consumer Banking", "person"]]),
    ("The head of Ventures, North Asia, at Temasek said valuations had fallen.", [["North Asia", "person"]]),
    ("The governor of Nangarhar, Eastern Afghanistan, was killed in a bomb attack.", [["Eastern Afghanistan", "person"]]),
    ("Mark Jones, a haulier from Kent, said he waited 20 hours at Dover.", [["Mark Jones", "organization"]]),
    ("Starboard Value and Elliott Management of New York both own stakes in the company.", [["Elliott Management of New York", "organization"]]),
    ("Third Point Management of New York urged the board to sell the unit.", [["Third Point Management of New York", "organization"]]),
    ("D. E. Shaw, the hedge fund, and Millennium Management of New York both bought shares.", [["Millennium Management of New York", "organization"]]),
    ("Stellantis NV of Amsterdam and Leonardo SpA of Rome signed the deal.", [["Leonardo SpA of Rome", "organization"]]),
    ("Okinawa, the southernmost chain of islands in Japan, hosts US bases.", [["Okinawa", "organization"]]),
    ("The Grenadines, a chain of small islands, were flattened by the hurricane.", [["Grenadines", "organization"]]),
    ("The Kurils, an island chain, remain a sticking point between Tokyo and Moscow.", [["Kurils", "organization"]]),
    ("The Hebrides, an island chain, lost ferry services for a week.", [["Hebrides", "organization"]]),
    ("The Florida Keys, an island chain, were evacuated ahead of the hurricane.", [["Florida Keys", "organization"]]),
]


@pytest.mark.parametrize("text, absent", REVIEW11C_CASES, ids=[c[0][:50] for c in REVIEW11C_CASES])
def test_session11_third_review_cases(text, absent):
    check("", text, absent=absent)


# Session 11, review of the clubs list (446 sentences: 97 better, 76 worse before 37 names left it): districts,
# rivers, counties, people and words that clubs are named as; read by the real model.
REVIEW11D_CASES = [
    ("Police used tear gas on protesters in Sheffield Wednesday after a march against the closure of a steelworks turned violent.", [["Sheffield Wednesday", "organization"]]),
    ("Prime Minister Keir Starmer visited a hospital in Sheffield Wednesday and promised more funding for nurses.", [["Sheffield Wednesday", "organization"]]),
    ("Floodwater swept through homes in Sheffield Wednesday as the River Don burst its banks.", [["Sheffield Wednesday", "organization"]]),
    ("A Ross County judge sentenced the former township trustee to 18 months in prison for theft.", [["Ross County", "organization"]]),
    ("Ross County, Ohio, has declared a state of emergency after tornadoes damaged hundreds of homes.", [["Ross County", "organization"]]),
    ("Voters in Ross County rejected a school levy for the third time.", [["Ross County", "organization"]]),
    ("Thousands marched in the Orlando Pride parade on Saturday, eight years after the Pulse nightclub shooting.", [["Orlando Pride", "organization"]]),
    ("The Sultan of Johor said Johor Darul Ta'zim would welcome investors from Singapore in the new special economic zone.", [["Johor Darul Ta'zim", "organization"]]),
    ("Flooding in Johor Darul Ta'zim forced more than 10,000 people from their homes, state officials said.", [["Johor Darul Ta'zim", "organization"]]),
    ("Rents in Al-Wasl and Jumeirah rose by 20 percent last year, a property consultancy said.", [["Al-Wasl", "organization"]]),
    ("A fire broke out in a residential tower in Al-Sadd, a busy district of Doha, civil defence said.", [["Al-Sadd", "organization"]]),
    ("Qatar's health ministry opened a new clinic in Al Duhail, a residential area north of Doha.", [["Al Duhail", "organization"]]),
    ("Residents of Al Gharafa complained about road works on the highway to Al Rayyan.", [["Al Gharafa", "organization"]]),
    ("Protesters gathered in Al Zawraa park in central Baghdad on Friday.", [["Al Zawraa", "organization"]]),
    ("Matatu operators in Nairobi went on strike, and PSV drivers blocked Thika Road on Monday.", [["PSV", "organization"]]),
    ("The National Transport and Safety Authority said PSV owners must fit speed governors by March.", [["PSV", "organization"]]),
    ("Police in Stockholm said a man was shot in Hammarby late on Saturday.", [["Hammarby", "organization"]]),
    ("A new tram line will link Vålerenga to Oslo's central station by 2027.", [["Vålerenga", "organization"]]),
    ("The mayor of Mönchengladbach, which locals call Gladbach, said the city would sue the state.", [["Gladbach", "organization"]]),
    ("Geneva police cordoned off a street in Servette after a gas leak.", [["Servette", "organization"]]),
    ("Once Caldas governor Luis Carlos Velasquez declared a red alert, evacuations began in the mountain villages.", [["Once Caldas", "organization"]]),
    ("The Rio Ave flows into the Atlantic at Vila do Conde, north of Porto.", [["Rio Ave", "organization"]]),
    ("Firefighters battled a blaze along the Rio Ave valley in northern Portugal.", [["Rio Ave", "organization"]]),
    ("Police raided a warehouse in the Velez Sarsfield neighbourhood of Buenos Aires.", [["Velez Sarsfield", "organization"]]),
    ("A 23-year-old man was stabbed outside a nightclub in Sheffield Wednesday, South Yorkshire Police said.", [["Sheffield Wednesday", "organization"]]),
    ("Hundreds of junior doctors picketed hospitals in Leeds and Sheffield Wednesday as the strike entered its third day.", [["Sheffield Wednesday", "organization"]]),
    ("Deputies in Ross County, about 45 miles south of Columbus, found the missing boy late Sunday.", [["Ross County", "organization"]]),
    ("The Ross County coroner ruled the death an accident.", [["Ross County", "organization"]]),
    ("Johor Darul Ta'zim, as the state is formally known, has the fastest-growing economy in Malaysia.", [["Johor Darul Ta'zim", "organization"]]),
    ("Land prices in Al Duhail have doubled since the World Cup, agents said.", [["Al Duhail", "organization"]]),
    ("A new metro station opened in Al-Sadd on Sunday.", [["Al-Sadd", "organization"]]),
    ("A villa in Al-Wasl sold for 90 million dirhams, a record for the area.", [["Al-Wasl", "organization"]]),
    ("The Al Zawraa park in Baghdad reopened after renovation, the mayor said.", [["Al Zawraa", "organization"]]),
    ("Police in Abu Dhabi said the accident happened near the Al Wahda interchange.", [["Al Wahda", "organization"]]),
    ("Hala Al-Masry, a lawyer for the detained journalists, said the court had delayed the hearing. Al-Masry said her clients were on hunger strike.", [["Al-Masry", "organization"]]),
    ("Stockholm city council plans 2,000 new homes in Hammarby, the district south of Södermalm.", [["Hammarby", "organization"]]),
    ("Geneva's Servette district is home to many of the city's international workers.", [["Servette", "organization"]]),
    ("A cyclist was killed at a junction in Vålerenga on Monday morning, Oslo police said.", [["Vålerenga", "organization"]]),
    ("The church in Valerenga, built in 1902, was damaged by fire.", [["Valerenga", "organization"]]),
    ("Police in Gladbach searched the homes of three suspects on Thursday.", [["Gladbach", "organization"]]),
    ("The Rio Ave burst its banks on Sunday, flooding houses in Vila do Conde.", [["Rio Ave", "organization"]]),
    ("The Velez Sarsfield district of Buenos Aires lost power for six hours during the heatwave.", [["Velez Sarsfield", "organization"]]),
    ("Velez Sarsfield, the jurist who wrote Argentina's civil code, was born in Cordoba in 1800.", [["Velez Sarsfield", "organization"]]),
    ("The PSV sector employs more than a million Kenyans, the transport secretary said.", [["PSV", "organization"]]),
    ("Police in Mombasa impounded 40 PSV vehicles for carrying excess passengers.", [["PSV", "organization"]]),
    ("Drivers must renew their PSV licences every year under the new rules.", [["PSV", "organization"]]),
    ("Once Caldas officials had assessed the damage, the governor asked Bogota for aid.", [["Once Caldas", "organization"]]),
    ("Once Caldas department was declared a disaster zone, the army sent helicopters in.", [["Once Caldas", "organization"]]),
    ("\"We were lucky,\" said Valur, a fisherman in Grindavik who asked that his surname not be used.", [["Valur", "organization"]]),
    ("Disney sponsored the Orlando Pride festival for the first time in five years.", [["Orlando Pride", "organization"]]),
    ("Police detained 12 people in the Istanbul Basaksehir district on Tuesday.", [["Istanbul Basaksehir", "organization"]]),
    ("A statue of the Mapuche chief Colo Colo was unveiled in Santiago.", [["Colo Colo", "organization"]]),
    ("Cremonese violin makers have been added to UNESCO's heritage list.", [["Cremonese", "organization"]]),
    ("Saprissa, the Spanish-born businessman who founded the club, died in 1990.", [["Saprissa", "organization"]]),
    ("A car bomb exploded near Al Shorta square in Baghdad, police said.", [["Al Shorta", "organization"]]),
    ("The Al Qadsiah district of Khobar was flooded after heavy rain.", [["Al Qadsiah", "organization"]]),
    ("Tripoli, known as Al-Fayha, is Lebanon's second largest city.", [["Al-Fayha", "organization"]]),
    ("A landslide hit Stromsgodset, a hillside district of Drammen, on Sunday.", [["Stromsgodset", "organization"]]),
    ("Police in Drammen closed roads in Strømsgodset after the landslide.", [["Strømsgodset", "organization"]]),
    ("Sixers rained down at the Wankhede as Virat Kohli scored a century.", [["Sixers", "organization"]]),
]


@pytest.mark.parametrize("text, absent", REVIEW11D_CASES, ids=[c[0][:50] for c in REVIEW11D_CASES])
def test_session11_clubs_review_cases(text, absent):
    check("", text, absent=absent)


# Session 12: a set's score cut after a full name, a route's unknown town read as a person, towns listed after
# "between", a royal title before an untagged name, "Co-" roles opening a sentence.
SESSION12_CASES = [
    pytest.param(
        "Final", "Ana Vell beat Ida Orvelic 6-4 3-6 7-5 in the final on Sunday.",
        [("Ana Vell", "PERSON"), ("Ida Orvelic 6-4 3", "PERSON")],
        {("Ida Orvelic", "person")}, {"Ida Orvelic 6-4 3"}, id="a second set's score cut by the tokenizer is no part of a name"),
    pytest.param(
        "Stage", "The fourth stage ran from Karuvu to Musorvi, where Ana Vell won the sprint.",
        [("Karuvu", "PERSON"), ("Musorvi", "GPE"), ("Ana Vell", "PERSON")],
        {("Karuvu", "place")}, {("Karuvu", "person")}, id="one unknown word read as a person, written after 'from', is somewhere"),
    pytest.param(
        "Site", "The ship was buried at Velhaugen, archaeologists said.",
        [("Velhaugen", "PERSON")],
        {("Velhaugen", "place")}, {("Velhaugen", "person")}, id="one unknown word read as a person, written after 'at', is somewhere"),
    pytest.param(
        "Mononym", "The winger joined from Tarsk after Samvel met a cross from Orvelu in the final minute.",
        [("Tarsk", "GPE"), ("Samvel", "PERSON"), ("Orvelu", "PERSON")],
        {("Samvel", "person")}, {("Samvel", "place")}, id="guard: a one-word person not after a word of where stays a person"),
    pytest.param(
        "Code", "Shareholders voted to hand control to VELK, the label she founded.",
        [("VELK", "PERSON")],
        set(), {("VELK", "place")}, id="guard: capitals after 'to' are no place"),
    pytest.param(
        "Trains", "Trains between Morioka and Tarsk-Nishi were suspended while engineers inspected the line.",
        [("Morioka", "ORG"), ("Tarsk-Nishi", "ORG")],
        {("Morioka", "place")}, {("Morioka", "organization")}, id="a city listed after 'between' is no company listed with one"),
    pytest.param(
        "Museum", "The museum was built on the orders of King Leopold II to show objects from the colony.",
        [],
        {("Leopold II", "person")}, set(), id="a royal title before an untagged name and a regnal number"),
    pytest.param(
        "Colonies", "Emperor Penguin colonies are shrinking, and the King Orvel Foundation paid for the study.",
        [("the King Orvel Foundation", "ORG")],
        {("King Orvel Foundation", "organization")}, {"Penguin", "Orvel"}, id="guard: a royal title before a word or inside a longer name"),
    pytest.param(
        "Plant", "Co-founder Ivo Marrowic said the plant in Tarsk would open in May.",
        [("Co-founder Ivo Marrowic", "PERSON"), ("Tarsk", "GPE")],
        {("Ivo Marrowic", "person")}, {"Co-founder Ivo Marrowic"}, id="a 'Co-' role opening a sentence is no part of the name"),
    pytest.param(
        "Police", "Officers of the Trinidad and Tobago Police Service arrested 12 men in Orvel.",
        [("Trinidad", "GPE"), ("Tobago Police Service", "ORG"), ("Orvel", "GPE")],
        {("Trinidad and Tobago Police Service", "organization")}, {"Tobago Police Service", "Trinidad"},
        id="a body's span begun inside a country's name of several words grows over the name"),
    pytest.param(
        "Court", "He was convicted by the Court of Bosnia and Herzegovina last year.",
        [("the Court of Bosnia and", "ORG"), ("Herzegovina", "GPE")],
        {("Court of Bosnia and Herzegovina", "organization")}, {"Court of Bosnia"},
        id="a body's span ended inside a country's name of several words grows to its end"),
    pytest.param(
        "Court", "Bosnia and Herzegovina's Constitutional Court struck down the law on Wednesday.",
        [("Herzegovina", "GPE"), ("Constitutional Court", "ORG")],
        {("Bosnia and Herzegovina's Constitutional Court", "organization"), ("Bosnia and Herzegovina", "place")},
        {"Herzegovina's Constitutional Court"}, id="a country's name with 'and' owns a generic body whole"),
    pytest.param(
        "Gas", "Trinidad and Tobago's Energy Chamber warned of falling gas output.",
        [("Trinidad", "GPE"), ("Tobago's Energy Chamber", "ORG")],
        {("Trinidad and Tobago", "place"), ("Energy Chamber", "organization")}, {"Trinidad", "Tobago's Energy Chamber"},
        id="a body's span begun inside a country's name and going on after its possessive begins after it"),
    pytest.param(
        "Floods", "Floodwater reached homes near the town of Annan on Sunday.",
        [("Annan", "PERSON")],
        {("Annan", "place")}, {("Annan", "person")}, id="a place's own word before a well-known person's surname still says place"),
    pytest.param(
        "Boot", "The ball came off the edge of Annan's boot and looped into the net.",
        [("Annan", "PERSON")],
        {("Annan", "person")}, {("Annan", "place")}, id="guard: a well-known surname owning a thing after 'the edge of' stays a person"),
    pytest.param(
        "Jail", "The rebel founder has been held on Velmara island since 1999, far from Tarsk.",
        [("Velmara", "ORG"), ("Tarsk", "GPE")],
        {("Velmara", "place")}, {("Velmara", "organization")}, id="'island' in lowercase after a name says place"),
    pytest.param(
        "Quake", "The risk of a larger earthquake along the Japan Trench and the Orvel Trench had risen, the agency said.",
        [("the Japan Trench", "LOC"), ("the Orvel Trench", "ORG")],
        {("Orvel Trench", "place")}, {("Orvel Trench", "organization")}, id="a trench, volcano or glacier is a place"),
    pytest.param(
        "Vote", "Ana Vell, a researcher at Transparency International Kenya, said the row mattered.",
        [("Ana Vell", "PERSON"), ("Transparency International Kenya", "FAC")],
        {("Transparency International Kenya", "organization")}, {("Transparency International Kenya", "place")},
        id="a well-known body's name of two words and a country's is its national arm, also read as a facility"),
    pytest.param(
        "Ground", "Fans packed the Estadio BBVA in Tarsk on Sunday.",
        [("the Estadio BBVA", "FAC"), ("Tarsk", "GPE")],
        {("Estadio BBVA", "place")}, {("Estadio BBVA", "organization")}, id="guard: a stadium named after a body is a place"),
    pytest.param(
        "Vote", "Observers from the European Union and the Commonwealth will watch the vote.",
        [("the European Union", "ORG"), ("Commonwealth", "ORG")],
        {("Commonwealth", "organization")}, {("Commonwealth", "place")}, id="the Commonwealth is no city (not_places)"),
    pytest.param(
        "Vote", "Guinea-Bissau's Ana Vellic said the vote was stolen.",
        [("Guinea-Bissau's", "ORG"), ("Ana Vellic", "PERSON")],
        {("Guinea-Bissau", "place"), ("Ana Vellic", "person")}, {"Guinea-Bissau's Ana Vellic"},
        id="a known place in the possessive owns the person's name after it"),
    pytest.param(
        "Prize", "The Kofi Annan Prize was awarded to a young poet from Tarsk.",
        [("Tarsk", "GPE")],
        set(), {"Kofi Annan Prize", "Kofi Annan"}, id="a well-known person's name a capitalised word goes on from names something else"),
    pytest.param(
        "Cross", "Ajeti turned in Dominik Vellic's low cross at the far post.",
        [("Ajeti", "PERSON"), ("Dominik Vellic's", "GPE")],
        {("Dominik Vellic", "person")}, {("Dominik Vellic", "place")},
        id="a preposition before an owner governs what it owns: a given name's full name stays a person"),
    pytest.param(
        "Rail", "Orvel Carso won a contract to build the Maya Train's fifth section.",
        [("Orvel Carso", "ORG"), ("the Maya Train's", "FAC")],
        set(), {("Maya Train", "person")}, id="guard: 'the' before an owner still keeps a given name from making a person"),
    pytest.param(
        "Appeal", "Mrs Lagos said her son had been missing since March.",
        [("Mrs Lagos", "PERSON")],
        {("Lagos", "person")}, {("Lagos", "place")}, id="a courtesy title before a known place's name makes a person"),
    pytest.param(
        "Regrets", "Wolfgang Porsche stepped down as chairman in 2021. Porsche said he had no regrets.",
        [("Wolfgang Porsche", "PERSON"), ("Porsche", "ORG")],
        {("Wolfgang Porsche", "person")}, {("Porsche", "organization")},
        id="a well-known firm's name that is the surname of a person the text names, then 'said he', is the person's"),
    pytest.param(
        "Index", "Investors welcomed the clarity. The Stock Exchange of Varenia's main index rose 1.2 percent.",
        [("The Stock Exchange of", "ORG"), ("Varenia", "GPE")],
        {("Stock Exchange of Varenia", "organization")}, {"Stock Exchange"},
        id="a body's name cut at 'of' grows over the place after it, not over its possessive"),
    pytest.param(
        "Plant", "VinFast opened a new factory in the central province of Ha Tinh on Saturday.",
        [("VinFast", "ORG")],
        {("Ha Tinh", "place")}, {"Hà Tĩnh"}, id="a known region the model missed is named as the text writes it"),
    pytest.param(
        "Leaders", "Bosniak leaders met in Mostar on Monday.",
        [("Bosniak", "PERSON"), ("Mostar", "GPE")],
        {("Mostar", "place")}, {"Bosniak"}, id="a people's name is no person (peoples)"),
    pytest.param(
        "Flights", "Airlines added flights to Ana Vell Tarsko International Airport this winter.",
        [("Ana Vell", "FAC"), ("International Airport", "FAC")],
        {("Ana Vell Tarsko International Airport", "place")}, {"International Airport", "Ana Vell"},
        id="words that make the name before them a thing join it, over one capitalised word no span holds"),
    pytest.param(
        "Board", "Banca Monte dei Tarski di Orvel installed a new board at the bank on Friday.",
        [("Banca Monte", "PERSON"), ("Orvel", "ORG")],
        {("Banca Monte dei Tarski di Orvel", "organization")}, {"Banca Monte"},
        id="a body's first word in another language, then 'of' in that language and the rest of its name"),
    pytest.param(
        "Contracts", "Golden Orvel Construction and Tarsk Ridge Builders won contracts worth 2 billion pesos.",
        [("Golden Orvel Construction", "PERSON"), ("Tarsk Ridge Builders", "PERSON")],
        {("Golden Orvel Construction", "organization"), ("Tarsk Ridge Builders", "organization")}, set(),
        id="builders' and contractors' words make a body"),
    pytest.param(
        "Board", "Chairman Ivo Marrow d'Orvel will step down, the bank said.",
        [("Ivo Marrow", "PERSON")],
        {("Ivo Marrow d'Orvel", "person")}, {"Ivo Marrow"}, id="an elided particle glued to a capitalised word goes on a name"),
    pytest.param(
        "Bridge", "The mayor of Castellanos opened the new bridge on Monday.",
        [("Castellanos", "PERSON")],
        {("Castellanos", "place")}, {("Castellanos", "person")},
        id="a phrase said only of places before a well-known person's surname still says place (surname_place_cues)"),
    pytest.param(
        "Fire", "The fire at Landa destroyed 40 homes, the police said.",
        [("Landa", "PERSON")],
        {("Landa", "place")}, {("Landa", "person")}, id="a well-known person's surname that is a small town, written after 'at', is the town"),
    pytest.param(
        "Protest", "Protesters shouted at Netanyahu as his convoy passed.",
        [("Netanyahu", "PERSON")],
        {("Netanyahu", "person")}, {("Netanyahu", "place")}, id="guard: a well-known person's surname after 'at' stays a person"),
]


@pytest.mark.parametrize("title, text, spans, present, absent", SESSION12_CASES)
def test_session12_resolver_rules(title, text, spans, present, absent):
    check_with(title, text, spans, present=present, absent=absent)


def test_known_surnames_skip_suffixes_and_short_words():
    """A well-known person's surname is the last word but "Jr." or a regnal number, of three letters or more."""
    from newsdigest.entities.rules import _surname_key
    assert _surname_key("donald trump jr") == "trump"
    assert _surname_key("king charles iii") == "charles"
    assert _surname_key("bong go") is None
    assert _surname_key("rogelio ramírez de la o") is None
    assert _surname_key("madonna") is None


# Session 12, review of the people list (759 sentences: 42 better, 34 worse before the mends): a well-known
# person's surname after a weak word of place ("towards", "besieged"), surnames that are places or peoples
# (Arafat, Khar), possessive owners glued to listed names, prizes named after people; read by the real model.
REVIEW12_CASES = [
    ("Guinea-Bissau's Domingos Simões Pereira said he would contest the result, and Pereira called on supporters to remain calm.", [["Guinea-Bissau's Domingos Simões Pereira", "person"]]),
    ("Public anger towards Tinubu has grown since fuel subsidies were removed.", [["Tinubu", "place"]]),
    ("Anger towards Netanyahu has deepened among the hostages' families.", [["Netanyahu", "place"]]),
    ("Washington's stance towards Erdogan has softened since the election.", [["Erdogan", "place"]]),
    ("Voters' attitude towards Ramaphosa has cooled, a poll found.", [["Ramaphosa", "place"]]),
    ("The army's loyalty towards Tinubu was never in doubt, the minister said.", [["Tinubu", "place"]]),
    ("European leaders moved towards Trump on tariffs.", [["Trump", "place"]]),
    ("Much of the criticism was directed towards Tinubu and his finance minister.", [["Tinubu", "place"]]),
    ("Families fled from Khar to Peshawar as the fighting spread.", [["Khar", "person"]]),
    ("Pilgrims gathered at Arafat on Friday for the high point of the Hajj.", [["Arafat", "person"]]),
    ("Temperatures at Arafat reached 47 degrees, the Saudi health ministry said.", [["Arafat", "person"]]),
    ("Gunmen opened fire at Khar on Saturday night.", [["Khar", "person"]]),
    ("Six soldiers were killed at Khar, the military said.", [["Khar", "person"]]),
    ("Bombing at Khar killed a tribal elder.", [["Khar", "person"]]),
    ("Heat stroke cases rose at Arafat, medics said.", [["Arafat", "person"]]),
    ("Wole Soyinka Prize winners were announced in Lagos.", [["Wole Soyinka Prize", "person"]]),
    ("Public anger towards Macron has grown, polls show.", [["Macron", "place"]]),
    ("Attitudes towards Starmer have soured among Labour voters.", [["Starmer", "place"]]),
    ("Washington's posture towards Maduro hardened after the vote.", [["Maduro", "place"]]),
    ("Hostility towards Putin is high in the Baltic states.", [["Putin", "place"]]),
    ("Sentiment towards Sharif has improved after the ceasefire.", [["Sharif", "place"]]),
    ("Pressure towards Netanyahu to accept the deal is mounting.", [["Netanyahu", "place"]]),
    ("Pilgrims climbed Jabal al-Rahma at Arafat on Saturday.", [["Arafat", "person"]]),
    ("He received the Kapil Dev Trophy for the best all-rounder.", [["Kapil Dev Trophy", "person"]]),
    ("The Gabriel García Márquez Prize for journalism was awarded in Medellín.", [["Gabriel García Márquez Prize", "person"]]),
    ("The Thomas Sankara Prize was awarded to a Burkinabe filmmaker.", [["Thomas Sankara Prize", "person"]]),
    ("Flamengo's Giorgian de Arrascaeta scored in the final in Lima.", [["Flamengo's Giorgian de Arrascaeta", "person"]]),
    ("Pilgrims returned from Arafat to Muzdalifah after sunset.", [["Arafat", "person"]]),
    ("Hajj pilgrims spent the day at Arafat praying.", [["Arafat", "person"]]),
    ("Investor sentiment towards Erdogan improved after Simsek was appointed.", [["Erdogan", "place"]]),
    ("Farmers' anger towards Macron spilled onto the streets of Paris.", [["Macron", "place"]]),
    ("Reporters besieged Starmer as he left the summit.", [["Starmer", "place"]]),
    ("Journalists besieged Ramaphosa after the speech.", [["Ramaphosa", "place"]]),
    ("The United States tilted towards Erdogan in the dispute.", [["Erdogan", "place"]]),
]


@pytest.mark.parametrize("text, absent", REVIEW12_CASES, ids=[c[0][:50] for c in REVIEW12_CASES])
def test_session12_people_review_cases(text, absent):
    check("", text, absent=absent)


# Session 12, review of the places list (596 sentences: 184 better, 45 worse before the mends): seats of
# government and companies named after their sites acting as bodies, people's names shaped like listed places,
# courtesy titles before a place's name, peoples; read by the real model.
REVIEW12B_CASES = [
    ("Tension between the Gedeo and Guji communities displaced nearly a million people in 2018.", [["Gedeo", "place"], ["Guji", "place"]]),
    ("Bento Rodrigues, a 54-year-old fisherman, said the spill had ruined his catch.", [["Bento Rodrigues", "place"]]),
    ("Pakistani cricketer Haji Omaran was dropped from the squad.", [["Haji Omaran", "place"]]),
    ("Sayyida Zeinab, the granddaughter of the Prophet Mohammed, is revered by Shiites.", [["Sayyida Zeinab", "place"]]),
    ("La Scala said it would cancel the Russian soprano's performances.", [["La Scala", "place"]]),
    ("Antamina said it would resume copper shipments next week.", [["Antamina", "place"]]),
    ("Ambatovy said it would restart nickel output after a one-year shutdown.", [["Ambatovy", "place"]]),
    ("Tanger Med reported record container volumes for the year.", [["Tanger Med", "place"]]),
    ("Royal Troon announced it would admit women members.", [["Royal Troon", "place"]]),
    ("Bangabhaban said the president had accepted the resignation.", [["Bangabhaban", "place"]]),
    ("Temple Trees said the prime minister would not step down.", [["Temple Trees", "place"]]),
    ("Union Buildings said the president had signed the bill into law.", [["Union Buildings", "place"]]),
    ("Koulouba said the transition would be extended.", [["Koulouba", "place"]]),
    ("Etoudi said the president would travel to Paris.", [["Etoudi", "place"]]),
    ("El Mouradia announced the date of the presidential election.", [["El Mouradia", "place"]]),
    ("The Kirya said the strike had targeted a Hamas commander.", [["Kirya", "place"]]),
    ("Singha Durbar ordered all ministries to cut spending by a tenth.", [["Singha Durbar", "place"]]),
    ("Ambohitsorohitra said the president had dissolved the government.", [["Ambohitsorohitra", "place"]]),
    ("Bangabhaban's press secretary said the president would not resign.", [["Bangabhaban", "place"]]),
    ("Temple Trees officials said the meeting had been postponed.", [["Temple Trees", "place"]]),
    ("The Union Buildings announced that the cabinet would meet on Wednesday.", [["Union Buildings", "place"]]),
    ("Tanger Med's chairman said the port would double its capacity.", [["Tanger Med", "place"]]),
    ("Belgrade Waterfront said the tower would be finished next year.", [["Belgrade Waterfront", "place"]]),
    ("Goodwood said the festival had sold out.", [["Goodwood", "place"]]),
    ("Pulkovo said flights were delayed because of the drone alert.", [["Pulkovo", "place"]]),
    ("Kibali said it had poured its 5 millionth ounce of gold.", [["Kibali", "place"]]),
    ("Royal Troon's members voted overwhelmingly to admit women.", [["Royal Troon", "place"]]),
    ("Muirfield's members voted to admit women at the second attempt.", [["Muirfield", "place"]]),
    ("Sheikh Othman said the truce would hold.", [["Sheikh Othman", "place"]]),
    ("Haj Yousif told the court he had sold the land in 2019.", [["Haj Yousif", "place"]]),
    ("Ms Tazreen said she had been threatened by the factory owner.", [["Tazreen", "place"]]),
    ("Sayyida Zeinab is buried in Damascus, according to Shiite tradition.", [["Sayyida Zeinab", "place"]]),
    ("Mrs Damour said her son had been detained at the airport.", [["Damour", "place"]]),
    ("Ms Banani said she had not been paid since March.", [["Banani", "place"]]),
    ("Tribal leader Sheikh Othman said the truce would hold.", [["Sheikh Othman", "place"]]),
    ("Former mayor Bento Rodrigues said the dam had been unsafe for years.", [["Bento Rodrigues", "place"]]),
    ("Solino's restaurant received a Michelin star.", [["Solino", "place"]]),
    ("Police said Haji Omaran, 45, had been detained at the border.", [["Haji Omaran", "place"]]),
]


@pytest.mark.parametrize("text, absent", REVIEW12B_CASES, ids=[c[0][:50] for c in REVIEW12B_CASES])
def test_session12_places_review_cases(text, absent):
    check("", text, absent=absent)


# Session 12, review of the organizations list (627 sentences: 182 better, 61 worse before the mends): venues,
# pipelines and sites, acronyms that are also names or words, founders' surnames that say what only a person
# does; read by the real model.
REVIEW12C_CASES = [
    ("Martin Bouygues, the French billionaire, said on Tuesday he would step back from the group. Bouygues said he had no regrets.", [["Bouygues", "organization"]]),
    ("Pieter van Oord, the chief executive of the Dutch dredging group, said margins had improved. Van Oord said he expected more orders from Asia.", [["Van Oord", "organization"]]),
    ("Fishermen said the Alima river had burst its banks near Oyo.", [["Alima", "organization"]]),
    ("The orchestra performed at the Concertgebouw in Amsterdam on Friday night.", [["Concertgebouw", "organization"]]),
    ("Thousands queued outside the Concertgebouw for the free concert.", [["Concertgebouw", "organization"]]),
    ("The opera opened at the Teatro Colón in Buenos Aires on Saturday.", [["Teatro Colón", "organization"]]),
    ("Vermeer's Girl with a Pearl Earring hangs in the Mauritshuis in The Hague.", [["Mauritshuis", "organization"]]),
    ("The exhibition of Benin bronzes opened at the Humboldt Forum in Berlin.", [["Humboldt Forum", "organization"]]),
    ("The new Istanbul Modern building on the Bosphorus was designed by Renzo Piano.", [["Istanbul Modern", "organization"]]),
    ("Visitors to Inhotim, the open-air art park near Belo Horizonte, walked among the sculptures.", [["Inhotim", "organization"]]),
    ("Protesters gathered on Avenida Paulista outside MASP on Sunday.", [["MASP", "organization"]]),
    ("The retrospective at MALBA in Buenos Aires drew record crowds.", [["MALBA", "organization"]]),
    ("The conference was held at the Bibliotheca Alexandrina on the Mediterranean shore.", [["Bibliotheca Alexandrina", "organization"]]),
    ("The manuscripts are kept at the Matenadaran in Yerevan.", [["Matenadaran", "organization"]]),
    ("The play opened at the Comédie-Française in Paris to strong reviews.", [["Comédie-Française", "organization"]]),
    ("Workers died in a smelter explosion at the Indonesia Morowali Industrial Park in Central Sulawesi.", [["Indonesia Morowali Industrial Park", "organization"]]),
    ("Protesters gathered in downtown Beirut near the Solidere district.", [["Solidere", "organization"]]),
    ("Construction of the East African Crude Oil Pipeline has displaced thousands of families in Uganda.", [["East African Crude Oil Pipeline", "organization"]]),
    ("Gas flows through TANAP to Europe rose 5% in the first half.", [["TANAP", "organization"]]),
    ("The Trans-Anatolian Natural Gas Pipeline crosses Turkey from Georgia to Greece.", [["Trans-Anatolian Natural Gas Pipeline", "organization"]]),
    ("Bangabhaban said the president would address the nation.", [["Bangabhaban", "place"]]),
    ("Tanger Med said container traffic rose 18% last year.", [["Tanger Med", "place"]]),
    ("The Borana and Guji have fought over grazing land for years.", [["Borana", "place"], ["Guji", "place"]]),
    ("Telangana minister Konda Surekha apologised for her remarks. Konda said she had not meant to offend the actor.", [["Konda", "organization"]]),
    ("Japanese actor Ryo Kase won the award for best supporting actor. Kase thanked the director.", [["Kase", "organization"]]),
    ("Anita Mui, the Cantopop star, died in 2003. Mui's songs are still played across Hong Kong.", [["Mui", "organization"]]),
    ("Historians marked the anniversary of the 1944 Wola massacre in Warsaw.", [["Wola", "organization"]]),
    ("The Kuna people of Panama's San Blas islands were moved to the mainland as sea levels rose.", [["Kuna", "organization"]]),
    ("Under the OECD's AEOI standard, banks must report the accounts of foreign tax residents.", [["AEOI", "organization"]]),
    ("Companies are installing an SWG to filter web traffic from remote employees.", [["SWG", "organization"]]),
    ("The explosion occurred at the Zangezur Copper Molybdenum Combine in Kajaran.", [["Zangezur Copper Molybdenum Combine", "organization"]]),
    ("Koulouba said the transitional president had received the delegation.", [["Koulouba", "place"]]),
    ("Temple Trees said the prime minister would meet the protesters.", [["Temple Trees", "place"]]),
    ("The Union Buildings said the president would sign the bill on Tuesday.", [["Union Buildings", "place"]]),
    ("The Gedeo and Guji communities clashed over land in southern Ethiopia.", [["Gedeo", "place"], ["Guji", "place"]]),
    ("Tourists thronged the Teatro Colón for a guided tour of the building.", [["Teatro Colón", "organization"]]),
    ("Red C in the logo stands for the founder's surname.", [["Red C", "organization"]]),
    ("Protesters marched to Downing Street chanting Free Palestine and Free Tibet.", [["Free Tibet", "organization"]]),
    ("Peter Kiewit started the construction business in Omaha. Kiewit died in 1979.", [["Kiewit", "organization"]]),
    ("Marshall Skadden co-founded the law firm in 1948. Skadden died shortly afterwards.", [["Skadden", "organization"]]),
    ("Evangelos Mytilineos founded the group with his brother. Mytilineos, 70, remains chairman.", [["Mytilineos", "organization"]]),
]


@pytest.mark.parametrize("text, absent", REVIEW12C_CASES, ids=[c[0][:50] for c in REVIEW12C_CASES])
def test_session12_organizations_review_cases(text, absent):
    check("", text, absent=absent)


# Session 12, review of the sportspeople list (730 sentences: 71 better, 17 worse before the mends): small
# places that share a listed player's surname, after "mayor of", "road to" or "at"; read by the real model.
REVIEW12D_CASES = [
    ("Firefighters battled the blaze between Cazorla and Quesada.", [["Cazorla", "person"]]),
    ("Floods cut the road between Landa and the coast.", [["Landa", "person"]]),
    ("The mayor of Pozuelo inaugurated the new sports centre.", [["Pozuelo", "person"]]),
    ("The road to Pozuelo was closed after the crash.", [["Pozuelo", "person"]]),
    ("The mayor of Usme said the landslide had destroyed 20 homes.", [["Usme", "person"]]),
    ("The road to Usme was blocked after heavy rain in Bogotá.", [["Usme", "person"]]),
    ("Police raided textile warehouses at Gamarra in central Lima.", [["Gamarra", "person"]]),
    ("The fire at Gamarra destroyed dozens of clothing stalls.", [["Gamarra", "person"]]),
    ("The mayor of Hope said the town would honour the former president.", [["Hope", "person"]]),
    ("The mayor of Castellanos said the dairy plant would stay open.", [["Castellanos", "person"]]),
    ("The outpost at Serem was attacked by bandits in Kenya.", [["Serem", "person"]]),
    ("The road to Viña was closed as the wildfire spread from the hills.", [["Viña", "person"]]),
    ("The mayor of Cazorla welcomed the return of the cycling race.", [["Cazorla", "person"]]),
]


@pytest.mark.parametrize("text, absent", REVIEW12D_CASES, ids=[c[0][:50] for c in REVIEW12D_CASES])
def test_session12_sportspeople_review_cases(text, absent):
    check("", text, absent=absent)


SESSION13_CASES = [
    pytest.param(
        "Crews", "Crews from the Country Fire Service and from Fire and Emergency Tarsland fought the blaze.",
        [("the Country Fire Service", "ORG"), ("Fire and Emergency Tarsland", "ORG")],
        {("Fire and Emergency Tarsland", "organization")}, {"Fire", "Emergency Tarsland"},
        id="a word of a name joined by 'and' is written alone only outside another name"),
    pytest.param(
        "Virus", "Ana Vell, a virologist at the Korvane and Mira Solvej Institute, led the study.",
        [("Ana Vell", "PERSON"), ("Korvane", "ORG"), ("Mira Solvej Institute", "ORG")],
        {("Korvane and Mira Solvej Institute", "organization")}, {"Korvane", "Mira Solvej Institute"},
        id="two names before one body's word share it: one body"),
    pytest.param(
        "Panel", "The National Concord, Unity and Renewal Commission met on Monday.",
        [("The National Concord", "ORG"), ("Unity and Renewal Commission", "ORG")],
        {("National Concord, Unity and Renewal Commission", "organization")}, {"National Concord", "Unity and Renewal Commission"},
        id="a listed first part before 'X and Y Commission' shares its word"),
    pytest.param(
        "Open", "The event is run by the Tarsland Tennis, Squash and Badminton Federation.",
        [("the Tarsland Tennis", "EVENT"), ("Squash and Badminton Federation", "ORG")],
        {("Tarsland Tennis, Squash and Badminton Federation", "organization")}, {"Squash and Badminton Federation"},
        id="a first part opening with a place's name, read as an event, shares the federation's word"),
    pytest.param(
        "Floods", "Soldiers of the Tarsland Army and the Armed Police Force rescued 40 people.",
        [("the Tarsland Army", "ORG"), ("the Armed Police Force", "ORG")],
        {("Tarsland Army", "organization"), ("Armed Police Force", "organization")}, set(),
        id="guard: two bodies, each with its own word and 'the', stay two"),
    pytest.param(
        "Talks", "Officials of the Orvel Group and Norvex Holdings signed the deal.",
        [("the Orvel Group", "ORG"), ("Norvex Holdings", "ORG")],
        {("Orvel Group", "organization"), ("Norvex Holdings", "organization")}, set(),
        id="guard: a first part with a body's word of its own is a body of its own"),
    pytest.param(
        "Talks", "Korvane said on Monday it would bid. Analysts at the Korvane and Tarsk Institute disagreed.",
        [("Korvane", "ORG"), ("Korvane", "ORG"), ("Tarsk Institute", "ORG")],
        {("Korvane", "organization"), ("Tarsk Institute", "organization")}, set(),
        id="guard: a first part the text writes alone is a name of its own"),
    pytest.param(
        "Border", "The Orvel and Tarsk checkpoints remain shut, the border guard said.",
        [("Orvel", "ORG"), ("Tarsk", "ORG")],
        set(), {"Orvel and Tarsk"}, id="guard: no body's word after 'and', no shared name"),
    pytest.param(
        "Listing", "Its shares trade on the Varex and on the Tarnwick International Exchange (TIX), the company said.",
        [("Varex", "ORG"), ("the Tarnwick International Exchange", "ORG")],
        {("Varex", "organization"), ("Tarnwick International Exchange", "organization")}, {"Varex and on the Tarnwick International Exchange"},
        id="an acronym's definition starts after 'and on the' between two names"),
    pytest.param(
        "Trial", "The trial of Orvel Tarsk, the suspended mayor of Tarnwick, opened on Monday.",
        [("Orvel Tarsk", "ORG"), ("Tarnwick", "GPE")],
        {("Orvel Tarsk", "person")}, {("Orvel Tarsk", "organization")},
        id="after 'the trial of', an apposition only a person is describes the name"),
    pytest.param(
        "Trial", "The head of Tarsk Cycling, the former champion, resigned.",
        [("Tarsk Cycling", "ORG")],
        {("Tarsk Cycling", "organization")}, {("Tarsk Cycling", "person")},
        id="guard: after 'the head of', the apposition describes the head"),
    pytest.param(
        "Court", "Ana Vell was sentenced to five years in prison and Timur Orvelov to three years.",
        [("Ana Vell", "PERSON"), ("Timur Orvelov", "ORG")],
        {("Timur Orvelov", "person")}, {("Timur Orvelov", "organization")},
        id="a given name and a surname the model read only as a body are a person"),
    pytest.param(
        "Results", "Harvey Tarnwell reported a drop in annual profit as sales slowed.",
        [("Harvey Tarnwell", "ORG")],
        {("Harvey Tarnwell", "organization")}, {("Harvey Tarnwell", "person")},
        id="guard: a given name and a surname the sentence talks of as a company stay a body"),
    pytest.param(
        "Brands", "Orvex, the owner of Calvin Marrow, cut its forecast.",
        [("Orvex", "ORG"), ("Calvin Marrow", "ORG")],
        {("Calvin Marrow", "organization")}, {("Calvin Marrow", "person")},
        id="guard: a brand after 'the owner of' stays a body"),
    pytest.param(
        "Visit", "The minister visited wounded soldiers at Walter Tarnwell on Monday.",
        [("Walter Tarnwell", "ORG")],
        {("Walter Tarnwell", "organization")}, {("Walter Tarnwell", "person")},
        id="guard: a given name and a surname written after 'at' are somewhere, no person"),
    pytest.param(
        "Court", "The case follows the jailing of Aigul Tazhibek kyzy, a reporter, in 2023.",
        [("Aigul Tazhibek", "PERSON")],
        {("Aigul Tazhibek kyzy", "person")}, {"Aigul Tazhibek"},
        id="a patronymic's lowercase word ends the name (patronymic_suffixes)"),
    pytest.param(
        "Cricket", "Tarsland made 168 for six. Opener Kushal Varnell hit 52 from 37 balls.",
        [("Tarsland", "GPE"), ("Opener Kushal Varnell", "ORG")],
        {("Kushal Varnell", "person")}, {"Opener Kushal Varnell"},
        id="a role word opening a sentence is no part of a name the model read as a body"),
    pytest.param(
        "Slide", "Chief District Officer Ramesh Varnell said soldiers had reached the site.",
        [("Ramesh Varnell", "PERSON")],
        {("Ramesh Varnell", "person")}, {"District Officer Ramesh Varnell"},
        id="'Chief District Officer' is a title"),
    pytest.param(
        "Test", "Tarsland won by 97 runs at the Orvel Marrow Cricket Ground on Sunday.",
        [("Tarsland", "GPE"), ("the Orvel Marrow Cricket Ground", "ORG")],
        {("Orvel Marrow Cricket Ground", "place")}, {("Orvel Marrow Cricket Ground", "organization")},
        id="a cricket ground is a place"),
    pytest.param(
        "Shares", "Shares in Orvex fell 3 percent on Nasdaq Helsinki.",
        [("Orvex", "ORG"), ("Nasdaq Helsinki", "PERSON")],
        {("Nasdaq Helsinki", "organization")}, {("Nasdaq Helsinki", "person")},
        id="a well-known body's name and a city, read as a person, is the body's arm"),
    pytest.param(
        "Banner", "Greenpeace Brasil flew a banner over the drill ship.",
        [("Greenpeace Brasil", "PERSON")],
        {("Greenpeace Brasil", "organization")}, {("Greenpeace Brasil", "person")},
        id="a well-known body's name and its country in its own language is the body's arm (native_country_names)"),
    pytest.param(
        "Visitors", "Victoria Falls drew four million visitors last year.",
        [("Victoria Falls", "ORG")],
        {("Victoria Falls", "place")}, {("Victoria Falls", "organization")}, id="'drew' before no score or side is no side's cue"),
    pytest.param(
        "Derby", "Tarnwick drew 1-1 with Orvel on Sunday.",
        [("Tarnwick", "GPE"), ("Orvel", "GPE")],
        {("Tarnwick", "organization")}, set(), id="guard: 'drew' before a score is a side's cue"),
    pytest.param(
        "Funds", "Investors include Stockholm private equity firm Orvex and Tarsk & Partners, the family's investment company.",
        [("Stockholm", "GPE"), ("Orvex and Tarsk & Partners", "ORG")],
        {("Orvex", "organization"), ("Tarsk & Partners", "organization")}, {"Orvex and Tarsk & Partners"},
        id="'and' before a name joined by '&' splits two firms"),
    pytest.param(
        "Water", "In Tajrish, in the north of the city, residents queued for water.",
        [("Tajrish", "NORP")],
        {("Tajrish", "place")}, set(), id="a known city read as a people's name after a sentence's 'In' is the city"),
    pytest.param(
        "Wetlands", "The river feeds wetlands in Sistan and Baluchestan province.",
        [("Sistan", "GPE"), ("Baluchestan province", "GPE")],
        {("Sistan and Baluchestan", "place")}, {"Sistan", "Baluchestan"},
        id="a known region of two names joined by 'and', split by the model before its unit word, is one"),
    pytest.param(
        "Power", "The plant sells power to the state-owned National Electric Grid of Tarsland under a 25-year contract.",
        [("National Electric Grid", "ORG"), ("Tarsland", "GPE")],
        {("National Electric Grid of Tarsland", "organization")}, {"National Electric Grid"},
        id="'Grid' is a body's word: a country after it and 'of' ends the name"),
    pytest.param(
        "Payments", "Orvex.kz raised its stake. Orvex said the deal closed on Monday, and Orvex Bank, its lending arm, grew.",
        [("Orvex.kz", "ORG"), ("Orvex", "PERSON"), ("Orvex Bank", "ORG")],
        {("Orvex.kz", "organization"), ("Orvex Bank", "organization")}, {"Orvex"},
        id="a name alone is the short form of the company named by its web address"),
    pytest.param(
        "Court", "Lawyers filed a case at the East Varenian Court of Justice in Tarnwick.",
        [("the East Varenian Court", "ORG"), ("Tarnwick", "GPE")],
        {("East Varenian Court of Justice", "organization")}, {"East Varenian Court"},
        id="one capitalised word after a body's word and 'of' ends the body's name"),
    pytest.param(
        "Court", "The Diocese of Tarnwick said the church would reopen.",
        [("The Diocese", "ORG"), ("Tarnwick", "GPE")],
        {("Diocese of Tarnwick", "organization")}, set(), id="guard: a place after 'of' still ends the name as before"),
    pytest.param(
        "Ruling", "Amnesty International and Human Rights Watch condemned the ruling.",
        [("Amnesty International and Human Rights Watch", "ORG")],
        {("Amnesty International", "organization"), ("Human Rights Watch", "organization")}, {"Amnesty International and Human Rights Watch"},
        id="two well-known names joined by 'and' in one span are two"),
    pytest.param(
        "Vote", "Taoiseach Ana Vell said the bill would pass.",
        [("Taoiseach Ana Vell", "ORG")],
        {("Ana Vell", "person")}, {"Taoiseach Ana Vell"}, id="'Taoiseach' is a title only a person bears"),
    pytest.param(
        "Raid", "Suspected Boko Haram fighters raided the village overnight.",
        [],
        {("Boko Haram", "organization")}, {"Suspected Boko Haram"}, id="'Suspected' opening a sentence is no part of a name the model missed"),
    pytest.param(
        "Casinos", "Genting Berhad said visitor numbers rose in the third quarter.",
        [("Genting Berhad", "PERSON")],
        {("Genting Berhad", "organization")}, {("Genting Berhad", "person")}, id="'Berhad' is a company's word"),
    pytest.param(
        "Dairy", "Orvex Inc. will close three plants. Orvex Dairy UK lifted earnings by a fifth.",
        [("Orvex Inc", "ORG"), ("Orvex Dairy UK", "GPE")],
        {("Orvex Dairy UK", "organization")}, {("Orvex Dairy UK", "place")},
        id="a name that opens with a parent's brand and ends in a country is the parent's arm"),
    pytest.param(
        "Fashion", "Calvin Klein, 81, said he had no regrets about selling the business.",
        [("Calvin Klein", "ORG")],
        {("Calvin Klein", "person")}, {("Calvin Klein", "organization")},
        id="a person's cue beats the list for a body named like a person"),
    pytest.param(
        "Fashion", "Calvin Klein cut its sales forecast on Tuesday.",
        [("Calvin Klein", "PERSON")],
        {("Calvin Klein", "organization")}, {("Calvin Klein", "person")},
        id="guard: with no person's cue, a listed body named like a person is the body"),
    pytest.param(
        "Fashion", "Ana Vell, who founded Calvin Klein's rival, said she would retire.",
        [("Ana Vell", "PERSON"), ("Calvin Klein", "ORG")],
        {("Calvin Klein", "organization")}, {("Calvin Klein", "person")},
        id="guard: 'said she' after a name that is a verb's object speaks of the subject"),
    pytest.param(
        "Derby", "Prince Varnadu scored twice as Orvel beat Tarsk 2-1.",
        [("Varnadu", "PERSON"), ("Orvel", "ORG"), ("Tarsk", "ORG")],
        {("Prince Varnadu", "person")}, {"Varnadu"}, id="a title that is also a given name, before a surname, is the first name"),
    pytest.param(
        "Forum", "Forum Secretary General Baron Tarsivu, a former president of Orvelia, spoke.",
        [("Tarsivu", "PERSON")],
        {("Baron Tarsivu", "person")}, {"Tarsivu", "General Baron Tarsivu"},
        id="the last title a given name, the one before still a title"),
    pytest.param(
        "Royals", "Prince Harry arrived in Tarnwick.",
        [("Harry", "PERSON"), ("Tarnwick", "GPE")],
        {("Harry", "person")}, {"Prince Harry"}, id="guard: a title before a given name is a title"),
    pytest.param(
        "Sanctions", "The list names his partner, Ramiro Orvelez Tarsk; and two others.",
        [("Ramiro Orvelez", "ORG"), ("Tarsk", "DATE")],
        {("Ramiro Orvelez Tarsk", "person")}, {"Ramiro Orvelez"},
        id="a surname read as a date after a given name and a surname read as a body ends the name"),
    pytest.param(
        "Court", "Federal judge Marcelo Tavares Lima in Boa Vista froze the assets.",
        [("Marcelo", "PERSON"), ("Lima", "GPE"), ("Boa Vista", "GPE")],
        {("Marcelo Tavares Lima", "person"), ("Boa Vista", "place")}, {"Marcelo", "Lima"},
        id="a given name, a middle name and a surname read as a place are one person"),
    pytest.param(
        "Visit", "Ana Vell Peru signed the deal.",
        [("Ana Vell", "PERSON"), ("Peru", "GPE")],
        set(), {"Ana Vell Peru"}, id="guard: no country's name ends a person's name"),
    pytest.param(
        "Floods", "In the provincial capital, Tarsk-e-Varn, the river washed away a bridge.",
        [],
        {("Tarsk-e-Varn", "place")}, set(), id="a name after 'the provincial capital,' is a place"),
    pytest.param(
        "Refugees", "Many of them live in camps at Kurvel and Awsora, the agency said.",
        [("Kurvel", "ORG"), ("Awsora", "PERSON")],
        {("Kurvel", "place"), ("Awsora", "place")}, set(), id="names after 'camps at' are places"),
    pytest.param(
        "Flights", "Flights at Hong Kong International Airport were cancelled.",
        [("Hong Kong International Airport", "FAC")],
        {("Hong Kong International Airport", "place")}, {"Hong Kong"},
        id="a country's name inside a site's name the model read whole is no mention of the country"),
    pytest.param(
        "Vote", "The Dáil passed the bill on Wednesday.",
        [],
        {("Dáil", "organization")}, set(), id="a well-known body the model missed beats a small town of its name"),
    pytest.param(
        "Floods", "Floods hit villages in Morena district.",
        [("Morena", "GPE")],
        {("Morena", "place")}, {("Morena", "organization")}, id="guard: a well-known body's name written as a place is the place"),
    pytest.param(
        "Airlines", "Budget carriers flydubai and flyadeal added routes, and xAI's chatbot was blamed.",
        [],
        {("flydubai", "organization"), ("flyadeal", "organization"), ("xAI", "organization")}, set(),
        id="a well-known name with a lowercase first letter, which no capitalised run holds, is found"),
    pytest.param(
        "Links", "Tickets are sold at www.flydubai.com and by agents.",
        [],
        set(), {"flydubai"}, id="guard: a web address holds no name"),
    pytest.param(
        "Poll", "The ruling party leads the polls.\n\nSmaller parties are fighting to clear the threshold.",
        [("Smaller", "PERSON")],
        set(), {"Smaller"}, id="a comparative opening a sentence before a plural, read as a person, is no name"),
    pytest.param(
        "Listing", "Kovaro shares jumped 11 percent on their first day of trading.",
        [("Kovaro", "PERSON")],
        {("Kovaro", "organization")}, set(), id="guard: a word the text names once, opening a sentence before a plural, may be a name"),
]


@pytest.mark.parametrize("title, text, spans, present, absent", SESSION13_CASES)
def test_session13_resolver_rules(title, text, spans, present, absent):
    check_with(title, text, spans, present=present, absent=absent)
# Session 14: rules from the errors of dev45 and dev46 (fictional people and bodies; real places where the
# gazetteer must know them).
SESSION14_CASES = [
    pytest.param(
        "Measles", "Dr Ana Vell spoke at the Tarsk Institute of Orvel.\n\nHealth officials said cases had doubled.",
        [("the Tarsk Institute of Orvel.\n\nHealth", "ORG")],
        {("Tarsk Institute of Orvel", "organization")}, {"Health"},
        id="a span the model ran over a paragraph's end is cut at the line break"),
    pytest.param(
        "Floods", "Floods in Dumfries closed the main bridge on Friday.",
        [],
        {("Dumfries", "place")}, set(), id="a city of under 100,000 people after a word of where is a place"),
    pytest.param(
        "Fund", "The fund bought shares in Granollers and the talks resume in March.",
        [],
        set(), {"Granollers", "March"}, id="guard: shares in a city's namesake, and a month, are no places"),
    pytest.param(
        "Rally", "Marchers gathered at the Kreuzberg in Berlin on Sunday.",
        [("the Kreuzberg in Berlin", "FAC")],
        {("Kreuzberg", "place"), ("Berlin", "place")}, {"Kreuzberg in Berlin"},
        id="a known place, 'in' and a known place read as one span are two places"),
    pytest.param(
        "Trains", "The line runs to Neumarkt in der Oberpfalz twice a day.",
        [("Neumarkt in der Oberpfalz", "GPE")],
        {("Neumarkt in der Oberpfalz", "place")}, {"Neumarkt"}, id="guard: a known place's name with 'in' stays whole"),
    pytest.param(
        "Screening", "Officials screened arrivals from Nadi at Lomaivuna International Airport.",
        [("Nadi at Lomaivuna International Airport", "ORG")],
        {("Nadi", "place"), ("Lomaivuna International Airport", "place")}, {"Nadi at Lomaivuna International Airport"},
        id="a known place, 'at' and a site read as one span are the place and the site"),
    pytest.param(
        "Altar", "The Orvel altar dates from the fifth and fourth centuries BC; a second one from about 300 BCE, a third from AD 79.",
        [("BC", "ORG"), ("BCE", "ORG"), ("AD", "ORG")],
        set(), {"BC", "BCE", "AD"}, id="an era marker by a year or a century is part of a date"),
    pytest.param(
        "Vote", "Princess Velazi, who chairs the Orvel Council of Elders, said the bill was rushed.",
        [("Velazi", "PERSON"), ("the Orvel Council of Elders", "ORG")],
        {("Princess Velazi", "person")}, {"Velazi"}, id="'Princess' before a surname is a given name"),
    pytest.param(
        "Gas", "The field is run by Rosa Gas of Varenia and its partner Lina Petroleum.",
        [("Rosa Gas", "PERSON"), ("Varenia", "GPE"), ("Lina Petroleum", "PERSON")],
        {("Rosa Gas", "organization"), ("Lina Petroleum", "organization")}, {("Rosa Gas", "person")},
        id="a name ending in an industry's word (Gas, Oil, Petroleum, Energy) is a body, whatever its first word"),
    pytest.param(
        "Stores", "The chain agreed to sell its stores to Organización Tarvena, which runs 300 supermarkets.",
        [("Organización", "GPE"), ("Tarvena", "PERSON")],
        {("Organización Tarvena", "organization")}, {"Organización", "Tarvena"},
        id="a foreign body's opening word read apart opens the next span's name"),
    pytest.param(
        "Exports", "\"We lose money every day,\" said Ana Vell of the Tarnwick Chamber of Commerce.",
        [("Ana Vell", "PERSON")],
        {("Tarnwick Chamber of Commerce", "organization")}, {"Tarnwick Chamber"},
        id="a name the model missed goes on over 'of' after a body's word"),
    pytest.param(
        "Venture", "The Orvel Power Company of Trinidad and Tobago (OPC) is a partner. Trinidad and Tobago exports gas.",
        [("The Orvel Power Company of", "ORG"), ("Trinidad", "GPE"), ("Trinidad", "GPE")],
        {("Orvel Power Company of Trinidad and Tobago", "organization"), ("Trinidad and Tobago", "place")}, set(),
        id="guard: a body named after a country of several words, and the country"),
    pytest.param(
        "Budget", "The deal pitted Ana Vell against Ivo Marrow of the socialist party Vorwerts, who wanted a wealth tax.",
        [("Ana Vell", "PERSON"), ("Ivo Marrow", "PERSON"), ("Vorwerts", "ORG")],
        {("Vorwerts", "organization"), ("Ivo Marrow", "person")}, {("Vorwerts", "person")},
        id="'party' right before a name makes it a body, whatever 'who' says after"),
    pytest.param(
        "Unions", "The socialist FGTV and its Christian rival said the reform went too far.",
        [("FGTV", "PERSON")],
        {("FGTV", "organization")}, {("FGTV", "person")}, id="capitals the model read as a person are a body's initials"),
    pytest.param(
        "Measles", "Health New Zealand said on Thursday that cases had risen. Health Minister Ana Vell said New Zealand was ready.",
        [("Ana Vell", "PERSON")],
        {("Health New Zealand", "organization"), ("New Zealand", "place")}, {"Health"},
        id="an agency's word before a country's name: the agency's name"),
    pytest.param(
        "Row", "Germany's Foreign Ministry summoned the envoy. France's Foreign Ministry called the remarks unhelpful. "
        "Ana Vell, a senior Foreign Ministry official, flew to Paris.",
        [("Germany", "GPE"), ("Foreign Ministry", "ORG"), ("France", "GPE"), ("Foreign Ministry", "ORG"), ("Ana Vell", "PERSON"),
         ("Foreign Ministry", "ORG"), ("Paris", "GPE")],
        {("France's Foreign Ministry", "organization"), ("Germany's Foreign Ministry", "organization")}, {"Foreign Ministry"},
        id="a country's generic body named bare after two countries' is the one named last before it"),
    pytest.param(
        "Retrial", "The High Court of the Maldives on Tuesday ordered a retrial of Ana Vell.",
        [("The High Court", "ORG"), ("Maldives", "ORG"), ("Ana Vell", "PERSON")],
        {("High Court of the Maldives", "organization")}, {"High Court", "Maldives"},
        id="a body's span grows over 'of the' and the rest of its name"),
    pytest.param(
        "Bond", "The block is run by Orvex Corporation of the United States.",
        [("Orvex Corporation", "ORG"), ("the United States", "GPE")],
        {("Orvex Corporation", "organization"), ("United States", "place")}, {"Orvex Corporation of the United States"},
        id="guard: a company and its country stay two names"),
    pytest.param(
        "Exiles", "Ivo Marrow led the Movement for the Survival of the Tarsk People until 1995.",
        [("Ivo Marrow", "PERSON")],
        {("Movement for the Survival of the Tarsk People", "organization")}, {"Movement for the Survival"},
        id="a name the model missed goes on over 'for the' and 'of the' after a body's word"),
    pytest.param(
        "Pipeline", "Construction of the Orvel Crude Oil Pipeline has displaced families.",
        [],
        set(), {"Construction of the Orvel Crude Oil Pipeline"}, id="guard: a body's word opening a sentence before 'of' opens no name"),
    pytest.param(
        "Raid", "Raiders killed 12 herders in Turkana County on Sunday, police in County Kerry said.",
        [("Turkana County", "GPE"), ("County Kerry", "ORG")],
        {("Turkana County", "place"), ("County Kerry", "place")}, {"Turkana", ("County Kerry", "organization")},
        id="'County' is part of a county's name, after or before it"),
    pytest.param(
        "Plan", "The County Council approved the plan in Tarnwick Province.",
        [("The County Council", "ORG"), ("Tarnwick Province", "GPE")],
        {("County Council", "organization")}, set(), id="guard: a county's council is a body"),
    pytest.param(
        "Rugby", "The Scottish side beat the Welsh champions in Cardiff, and British fans cheered.",
        [("Scottish", "NORP"), ("Welsh", "NORP"), ("Cardiff", "GPE"), ("British", "NORP")],
        {("Scotland", "place"), ("Wales", "place"), ("United Kingdom", "place")}, set(),
        id="'Scottish' and 'Welsh' name Scotland and Wales, 'British' the United Kingdom"),
    pytest.param(
        "Envoys", "Timor-Leste joined the bloc; Timorese officials met Ecuadorean, Slovene and Motswana envoys in Timor Leste.",
        [],
        {("Timor-Leste", "place"), ("Ecuador", "place"), ("Slovenia", "place"), ("Botswana", "place")}, {"Timor Leste", "Ecuadorean"},
        id="one name for Timor-Leste however written; more nationality words"),
    pytest.param(
        "Observers", "Ana Vell, who chairs the Orvel Union Commission, said the Orvel Union (OU) would send observers.",
        [("Ana Vell", "PERSON"), ("the Orvel Union Commission", "ORG"), ("the Orvel Union", "ORG")],
        {("Orvel Union Commission", "organization"), ("Orvel Union", "organization")}, set(),
        id="a union's full name is no short form of its commission's"),
    pytest.param(
        "Listing", "Orvel Group will list on the Tashkent Stock Exchange; regulators want firms to float shares in Tashkent.",
        [("Orvel Group", "ORG"), ("the Tashkent Stock Exchange", "ORG"), ("Tashkent", "GPE")],
        {("Tashkent", "place")}, {("Tashkent", "organization")}, id="'shares in' a capital the model read as a place: where they list"),
    pytest.param(
        "Payments", "The bank controls the payments company Vellpay and two lenders.",
        [("Vellpay", "NORP")],
        {("Vellpay", "organization")}, set(), id="a body's noun before a name the model read as a people's: a body"),
    pytest.param(
        "Plants", "Workers are bringing the washing plants in Orveya and Tarsène back one at a time.",
        [("Orveya and Tarsène", "ORG")],
        {("Orveya", "place"), ("Tarsène", "place")}, {"Orveya and Tarsène"},
        id="two names joined by 'and' right after 'in', no body's words, are two places"),
    pytest.param(
        "Brewer", "The brewer has plants in Orveya, Arequipa and Cusco.",
        [("Orveya, Arequipa", "ORG"), ("Cusco", "GPE")],
        {("Orveya", "place"), ("Arequipa", "place"), ("Cusco", "place")}, {"Orveya, Arequipa"},
        id="a name, a comma and a known place read as one span after 'in' are two places"),
    pytest.param(
        "Queues", "Queues stretched from Orvel Pass towards Vladikavkaz on Sunday.",
        [("Orvel Pass towards Vladikavkaz", "ORG")],
        {("Orvel Pass", "place"), ("Vladikavkaz", "place")}, set(),
        id="a name, 'towards' and a known place read as one span are two places"),
    pytest.param(
        "Bid", "Analysts at Orvel Holdings, Lagos said the bid was fair.",
        [("Orvel Holdings, Lagos", "ORG")],
        set(), {("Orvel Holdings", "place")}, id="guard: a body's name before a comma is no place"),
    pytest.param(
        "Cricket", "Marvels coach Thilvara Kandemby said his side would reset quickly.",
        [("Thilvara", "GPE"), ("Kandemby", "GPE")],
        {("Thilvara Kandemby", "person")}, {"Thilvara", "Kandemby"},
        id="two one-word spans after a role, no list knowing either, are one person"),
    pytest.param(
        "Trip", "The minister flew from Amman Tbilisi-bound on Monday.",
        [("Amman", "GPE"), ("Tbilisi", "GPE")],
        {("Amman", "place")}, {"Amman Tbilisi"}, id="guard: known places stay apart"),
    pytest.param(
        "Ferry", "Foreign Minister Benvito dos Sarmento Feliz said the ferry link would open.",
        [("Benvito", "PERSON"), ("Sarmento Feliz", "ORG")],
        {("Benvito dos Sarmento Feliz", "person")}, {"Benvito", "Sarmento Feliz"},
        id="a person's name goes on after its particle over a span the model read as a body"),
    pytest.param(
        "Visit", "President Ana Vell of the Orvel Union met Ivo Marrow de Tarnwick Holdings.",
        [("Ana Vell", "PERSON"), ("the Orvel Union", "ORG"), ("Ivo Marrow", "PERSON"), ("Tarnwick Holdings", "ORG")],
        {("Tarnwick Holdings", "organization")}, set(), id="guard: no body's name joins a person after a particle"),
    pytest.param(
        "Dust", "Residents of Orvwijk aan Zee, the village next to the plant, complained of dust.",
        [],
        {("Orvwijk aan Zee", "place")}, {"Orvwijk"}, id="Dutch 'aan' joins a place's name"),
]


@pytest.mark.parametrize("title, text, spans, present, absent", SESSION14_CASES)
def test_session14_resolver_rules(title, text, spans, present, absent):
    check_with(title, text, spans, present=present, absent=absent)


def test_session14_common_word_opening_a_sentence_is_no_mention_though_of_puts_it_in_a_longer_name():
    """"Health officials said ..." beside "Fiji's Ministry of Health": the word opening the sentence
    is no mention (no surface of the ministry, which a link would then follow)."""
    text = ("Ana Vell works at the University of Tarsk.\n\nHealth officials issued an alert, and Fiji's Ministry of Health "
            "said public health staff would screen arrivals.")
    analysis = analyse_with("Alert", text, [("Ana Vell", "PERSON"), ("the University of Tarsk.\n\nHealth", "ORG"), ("Ministry of Health", "ORG")])
    ministry = next(e for e in analysis.entities if e.name == "Fiji's Ministry of Health")
    assert ministry.kind == "organization" and ministry.count == 1 and "Health" not in ministry.surfaces


SESSION15_CASES = [
    pytest.param(
        "Exports", "\"The buyers are nervous,\" said Ilse Marrow of the Chamber of Growers of Varenia (Cagrova). Cagrova wants talks.",
        [("Ilse Marrow", "PERSON"), ("the Chamber of Growers", "ORG"), ("Varenia", "GPE"), ("Cagrova", "ORG")],
        {("Ilse Marrow", "person"), ("Chamber of Growers of Varenia", "organization")},
        {"Ilse Marrow of the Chamber of Growers of Varenia"},
        id="a person, 'of the' and a body defined by a bracket: the body's name goes on past its first piece"),
    pytest.param(
        "Coalition", "The cabinet also includes the Harvest Party of Tomas Venn, which is split on the question.",
        [("the Harvest Party of Tomas Venn", "ORG")],
        {("Harvest Party", "organization"), ("Tomas Venn", "person")}, {"Harvest Party of Tomas Venn"},
        id="a body's name, 'of' and a person's full name read as one: the body and its leader"),
    pytest.param(
        "Library", "Students of the University of Ana Vell Street campus met on Monday.",
        [("the University of Ana Vell Street", "ORG")],
        set(), {"University", "Ana Vell Street"},
        id="guard: no split where the words after 'of' are no person's full name"),
    pytest.param(
        "Vote", "Prime Minister Karim Wael al-Sudani's bloc won. Sudani said talks would start on Monday.",
        [("Karim Wael al-Sudani's", "PERSON"), ("Sudani", "PERSON")],
        {("Karim Wael al-Sudani", "person")}, {"Sudan"},
        id="guard: a nationality word that is the surname of a person named in full stays the person"),
    pytest.param(
        "Budget", "São Tomé and Príncipe's National Assembly rejected the budget on Friday.",
        [("Príncipe's", "ORG"), ("National Assembly", "ORG")],
        {("São Tomé and Príncipe", "place"), ("São Tomé and Príncipe's National Assembly", "organization")}, {"Príncipe's", "São Tomé"},
        id="a country named with 'and', written with its accents, is one place and owns the body after it"),
    pytest.param(
        "Party", "Deputies from the Movement for the Liberation of São Tomé and Príncipe voted against.",
        [("the Movement for the Liberation of São Tomé", "ORG"), ("Príncipe", "ORG")],
        {("Movement for the Liberation of São Tomé and Príncipe", "organization")}, {"Príncipe"},
        id="a body's name the model ended inside an accented country's name goes on to its end"),
]


@pytest.mark.parametrize("title, text, spans, present, absent", SESSION15_CASES)
def test_session15_resolver_rules(title, text, spans, present, absent):
    check_with(title, text, spans, present=present, absent=absent)


def test_session15_a_place_of_several_words_in_an_adjective_is_one_place():
    """"the Porto Alegre-based group" (real model): one city, not "Porto" and "Alegre"."""
    check("Steel", "The Porto Alegre-based group said it would idle a furnace.", present={("Porto Alegre", "place")}, absent={"Porto", "Alegre"})


def test_session15_a_house_of_a_legislature_is_a_generic_body_and_its_short_form_follows():
    """"Fiji's House of Representatives ... the House" (real model): the country's body, named once."""
    text = ("Fiji's House of Representatives rejected the bill on Tuesday. Speaker Tomasi Vell said the House would sit again in May. "
            "Opposition members walked out of the House.")
    result = check("Vote", text, present={("Fiji's House of Representatives", "organization"), ("Fiji", "place")})
    assert not {n for n, _ in result} & {"House", "House of Representatives"}


SESSION15_REAL_MODEL_CASES = [
    ("The Port of Spain-based lender Tarvo Bank raised its rates.", [("Port of Spain", "place")], ["Spain"]),
    ("UNESCO added the Orvel terraces, a cluster of Stone Age sites, to its World Heritage list.", [("UNESCO", "organization")],
     ["World Heritage", "Stone Age"]),
    ("The Konso terraces are a UNESCO World Heritage site.", [("UNESCO", "organization")], ["UNESCO World Heritage"]),
    ("Equatorial Guinea's navy sent two patrol boats from Malabo but found no trace of the attackers.",
     [("Equatorial Guinea", "place"), ("Malabo", "place")], ["Equatorial Guinea's navy"]),
]


@pytest.mark.parametrize("text, present, absent", SESSION15_REAL_MODEL_CASES, ids=[c[0][:50] for c in SESSION15_REAL_MODEL_CASES])
def test_session15_rules_read_by_the_real_model(text, present, absent):
    """A place's name with "of" in an adjective; eras and the World Heritage list are no entities (the body
    before the list's name is); a lowercase word the model tagged names nothing."""
    check("", text, present=present, absent=absent)


def test_session15_a_nationality_word_alone_read_as_a_person_is_the_country():
    """"Burkinabè favourite Ousmane Kabore", where the word also opens a body's name (real model)."""
    text = ("Eritrean rider Yonas Tesfay took the lead from Burkinabè favourite Ousmane Kabore on Wednesday.\n\n"
            "The race, organised by the Fédération Burkinabè de Cyclisme (FBC), showed that \"Burkina Faso is standing\", the minister said.")
    check("Tesfay Takes Lead", text, present={("Burkina Faso", "place"), ("Ousmane Kabore", "person")}, absent={"Burkinabè"})


# Session 15, review of the session's rules (176 sentences: 10 better, 14 worse before the mends: bodies named after
# a person split from their name, a nationality word after a title read as a country); read by the real model.
REVIEW15_CASES = [
    ("Students at the University of Mary Washington staged a walkout on Tuesday.", [("University of Mary Washington", "organization")], ["Mary Washington"]),
    ("The School of Martin Luther King in Harlem will close in June.", [("School of Martin Luther King", "organization")], ["Martin Luther King"]),
    ("The Municipal Council of Pedro Luro declared an agricultural emergency.", [], [("Pedro Luro", "person"), "Municipal Council"]),
    ("The Union of Ivan Petrov Workers went on strike.", [("Union of Ivan Petrov Workers", "organization")], ["Ivan Petrov Workers"]),
    ('"The team played with heart," said Coach Cubas after the win.', [("Cubas", "person")], ["Cuba"]),
    ('"We deserved the win," said Professor Welsh, who leads the study at Cardiff University.', [("Welsh", "person")], ["Wales"]),
    ('"Prices are still rising," said Marta Ruiz of the National Institute of Statistics of Spain (INE).',
     [("Marta Ruiz", "person"), ("National Institute of Statistics of Spain", "organization")], []),
    ("The Democratic Party of Ana Brnabic took most seats in Belgrade.", [("Democratic Party", "organization"), ("Ana Brnabic", "person")], []),
    ("Trinidad and Tobago's Energy Chamber said gas output fell in March.", [("Trinidad and Tobago", "place")], []),
    ("The Democratic Republic of São Tomé and Príncipe joined the treaty in 2019.", [("São Tomé and Príncipe", "place")], ["Príncipe"]),
]


@pytest.mark.parametrize("text, present, absent", REVIEW15_CASES, ids=[c[0][:50] for c in REVIEW15_CASES])
def test_session15_review_cases(text, present, absent):
    check("", text, present=present, absent=absent)


def test_countries_keep_their_accents_and_their_listed_spelling():
    from newsdigest.entities.gazetteer import gazetteer

    gaz = gazetteer()
    for written, name in (("Sao Tome and Principe", "São Tomé and Príncipe"), ("Curacao", "Curaçao"), ("Curaçao", "Curaçao"), ("Reunion", "Réunion")):
        assert gaz.country(written).name == name


# Session 14, review of the session's rules (260 sentences: 33 better, 18 worse before the mends: oil and gas town
# names, 'for the' after any body, a company and its country after 'of the', a person's initials, two firms after 'in');
# the mended sentences and some better ones, read by the real model: (text, present, absent).
REVIEW14_CASES = [
    ('Floods hit Oil City, a small town in Pennsylvania, on Thursday.', [('Oil City', 'place')], [('Oil City', 'organization')]),
    ('The mayor of Gas City, Indiana, resigned after an audit.', [('Gas City', 'place')], [('Gas City', 'organization')]),
    ('Oil Springs, a village in Ontario, marked its oil heritage.', [('Oil Springs', 'place')], [('Oil Springs', 'organization')]),
    ('Ranchers in Petroleum County, Montana, lost cattle in the blizzard.', [('Petroleum County', 'place')], [('Petroleum County', 'organization')]),
    ('Dana Gas Whitlow, a veteran engineer, spoke at the hearing.', [('Dana Gas Whitlow', 'person')], [('Dana Gas Whitlow', 'organization')]),
    ('Nadia Orvel quit the Labour Party for the Liberal Democrats last spring.', [('Labour Party', 'organization'), ('Liberal Democrats', 'organization')], [('Labour Party for the Liberal Democrats', 'organization')]),
    ('Lending from the Asian Development Bank for the Philippines rose to $4 billion.', [('Asian Development Bank', 'organization'), ('Philippines', 'place')], []),
    ('A loan from the African Development Bank for the Lobito Corridor was approved on Friday.', [('African Development Bank', 'organization')], [('African Development Bank for the Lobito Corridor', 'organization')]),
    ('Kestrel Bank of the Netherlands reported a 9% rise in quarterly profit.', [('Kestrel Bank', 'organization'), ('Netherlands', 'place')], []),
    ("Fenwick Trust of the Bahamas manages most of the family's assets.", [('Fenwick Trust', 'organization'), ('Bahamas', 'place')], []),
    ('A contract from the Defence Ministry for the Eurofighter upgrade was signed on Monday.', [('Defence Ministry', 'organization')], [('Defence Ministry for the Eurofighter', 'organization')]),
    ('The measure now moves from the Senate for the House to consider.', [('Senate', 'organization'), ('House', 'organization')], [('Senate for the House', 'organization')]),
    ('The archive holds letters between FDR and Churchill.', [('FDR', 'person'), ('Churchill', 'person')], []),
    ('JFK was assassinated in Dallas in 1963.', [('JFK', 'person'), ('Dallas', 'place')], []),
    ('Her savings were tied up in Halvorsen and Brisk, the failed broker.', [], [('Halvorsen', 'place'), ('Brisk', 'place')]),
    ('Dana Gas said output from its Kurdistan fields rose 5%.', [('Dana Gas', 'organization')], [('Dana Gas', 'person')]),
    ('The Movement for the Survival of the Ogoni People called for a cleanup.', [('Movement for the Survival of the Ogoni People', 'organization')], []),
    ('Phosphate output from the washing plants in Redeyef and Moularès fell sharply.', [('Redeyef', 'place'), ('Moularès', 'place')], []),
    ('Trucks queued from Verkhny Lars towards Vladikavkaz for 20 kilometres.', [('Verkhny Lars', 'place'), ('Vladikavkaz', 'place')], []),
    ('Arrivals from Auckland at Faleolo International Airport rose 12% in March.', [('Auckland', 'place'), ('Faleolo International Airport', 'place')], []),
    ('Health New Zealand said hospital waiting times had improved.', [('Health New Zealand', 'organization')], [('New Zealand', 'place')]),
    ('The city was founded around 500 BC by Greek settlers.', [], [('BC', 'organization')]),
    ('Gardaí in County Carlow arrested two men.', [('County Carlow', 'place')], []),
    ('The African Union Commission chairman met African Union heads of state in Addis Ababa.', [('African Union Commission', 'organization'), ('African Union', 'organization')], []),
]


@pytest.mark.parametrize("text, present, absent", REVIEW14_CASES, ids=[c[0][:50] for c in REVIEW14_CASES])
def test_session14_review_cases(text, present, absent):
    check("", text, present=present, absent=absent)

# Session 13, review of the list of bodies named like people (530 sentences; the list alone: 281 better, 116 worse).
# The mends (a person's cue beats the list for such a name: an age, a role, 'who', 'said he', 'founded', a kinsman's
# possessive, 'his' or 'her' in the clause; eleven common names off the list) read these right again; by the real model.
REVIEW13_CASES = [
    ('Hassan Allam Holding chief executive Hassan Allam said the company would bid for the project.', [['Hassan Allam', 'organization']]),
    ('Calvin Klein, 81, said he had no regrets about selling the business.', [['Calvin Klein', 'organization']]),
    ('Calvin Klein told the magazine that he still sketches every day.', [['Calvin Klein', 'organization']]),
    ('Tommy Hilfiger said in an interview that he still approves every collection.', [['Tommy Hilfiger', 'organization']]),
    ('Fashion designer Tommy Hilfiger and his wife Dee Ocleppo attended the show in Palm Beach.', [['Tommy Hilfiger', 'organization']]),
    ('Tommy Hilfiger, who grew up in Elmira, New York, opened his first shop at 18.', [['Tommy Hilfiger', 'organization']]),
    ('Jimmy Choo, the Malaysian-born shoemaker, received an honorary doctorate in Penang.', [['Jimmy Choo', 'organization']]),
    ('Jimmy Choo, who left the company that bears his name in 2001, now runs a fashion school in London.', [['Jimmy Choo', 'organization']]),
    ("Alexander McQueen killed himself in 2010, days after his mother's death.", [['Alexander McQueen', 'organization']]),
    ('Kate Spade, the designer, was found dead in her New York apartment, police said.', [['Kate Spade', 'organization']]),
    ("Kate Spade's husband Andy said she had suffered from depression for years.", [['Kate Spade', 'organization']]),
    ('Hugo Boss, who founded the company in 1924, joined the Nazi party in 1931.', [['Hugo Boss', 'organization']]),
    ('Oscar de la Renta, who was born in Santo Domingo, dressed several first ladies.', [['Oscar de la Renta', 'organization']]),
    ('Oscar de la Renta died in 2014 at his home in Connecticut.', [['Oscar de la Renta', 'organization']]),
    ('Yves Saint Laurent died in Paris in 2008 at the age of 71.', [['Yves Saint Laurent', 'organization']]),
    ('Yves Saint Laurent was born in Oran, Algeria, in 1936.', [['Yves Saint Laurent', 'organization']]),
    ('Carl Zeiss opened his workshop in Jena in 1846.', [['Carl Zeiss', 'organization']]),
    ('Robert Bosch founded his workshop in Stuttgart in 1886 and died in 1942.', [['Robert Bosch', 'organization']]),
    ('Elizabeth Arden opened her first salon on Fifth Avenue in 1910.', [['Elizabeth Arden', 'organization']]),
    ('Helena Rubinstein, born in Kraków, built a cosmetics empire and died in 1965.', [['Helena Rubinstein', 'organization']]),
    ('Laura Ashley, who founded the company with her husband Bernard, died in 1985.', [['Laura Ashley', 'organization']]),
    ('Walter Reed, an army doctor, showed that mosquitoes spread yellow fever.', [['Walter Reed', 'organization']]),
    ('Aditya Birla, who died in 1995, expanded the group into Thailand and Indonesia.', [['Aditya Birla', 'organization']]),
    ('Kumar Mangalam Birla took over the business after his father Aditya Birla died.', [['Aditya Birla', 'organization']]),
    ('Majid Al Futtaim, the Emirati businessman who founded the conglomerate, died at 87.', [['Majid Al Futtaim', 'organization']]),
    ('Julius Meinl, the Austrian banker, was arrested in Vienna in 2009 and later released on bail.', [['Julius Meinl', 'organization']]),
    ('Yves Rocher, the founder of the cosmetics company, was mayor of La Gacilly for 46 years.', [['Yves Rocher', 'organization']]),
    ('Pierre Fabre, a pharmacist from Castres, died in 2013 at the age of 87.', [['Pierre Fabre', 'organization']]),
    ('Adolfo Dominguez, the Galician designer, said he would step back from the company.', [['Adolfo Dominguez', 'organization']]),
    ('Karl Storz founded the business in Tuttlingen in 1945.', [['Karl Storz', 'organization']]),
    ('Imran Khan named the hospital after his mother, Shaukat Khanum, who died of cancer in 1985.', [['Shaukat Khanum', 'organization']]),
    ('Kamal Adwan, a Fatah commander, was killed by Israeli commandos in Beirut in 1973.', [['Kamal Adwan', 'organization']]),
    ('The hospital is named after Kamal Adwan, a Palestinian commander killed in 1973.', [['Kamal Adwan', 'organization']]),
    ('Jorge Wilstermann, the first Bolivian commercial pilot, died in a crash in 1936.', [['Jorge Wilstermann', 'organization']]),
    ('Leo Burnett founded his advertising agency in Chicago in 1935.', [['Leo Burnett', 'organization']]),
    ('German engineer Julius Berger founded the construction firm in 1893.', [['Julius Berger', 'organization']]),
    ('Julius Bär founded the bank in Zurich in 1890.', [['Julius Bär', 'organization']]),
    ('Anton Paar, a locksmith, opened his workshop in Graz in 1922.', [['Anton Paar', 'organization']]),
    ('Pedro del Hierro, the Spanish designer, died in Madrid in 2013.', [['Pedro del Hierro', 'organization']]),
    ('Sergio Tacchini, the former tennis player who founded the brand, attended the ceremony.', [['Sergio Tacchini', 'organization']]),
    ('Nick Scali founded the business in Sydney in 1962.', [['Nick Scali', 'organization']]),
    ('Louis Roederer inherited the champagne house from his uncle in 1833.', [['Louis Roederer', 'organization']]),
    ("Edmond de Rothschild's great-grandson Benjamin ran the bank until his death in 2021.", [['Edmond de Rothschild', 'organization']]),
    ('Baron Edmond de Rothschild is buried at Ramat HaNadiv near Zichron Yaakov.', [['Edmond de Rothschild', 'organization']]),
    ('The exhibition pairs works by Yves Saint Laurent with paintings by Piet Mondrian.', [['Yves Saint Laurent', 'organization']]),
    ('Kate Spade and her husband Andy Spade started the company in 1993.', [['Kate Spade', 'organization']]),
    ('Tommy Hilfiger said he was proud of the company he built.', [['Tommy Hilfiger', 'organization']]),
    ('Calvin Klein said he was surprised by the verdict; Klein added that he had not seen the advertisement.', [['Calvin Klein', 'organization']]),
    ('Juan Valdez, 54, a bus driver, was killed when the truck hit his vehicle in Santo Domingo.', [['Juan Valdez', 'organization']]),
    ('Police officer Juan Valdez said the suspects fled on motorcycles.', [['Juan Valdez', 'organization']]),
    ('Actor Carlos Castañeda has played Juan Valdez, the fictional coffee grower, since 2006.', [['Juan Valdez', 'organization']]),
    ('Abdi Ibrahim, a Somali elder in Beledweyne, said the floods destroyed his farm.', [['Abdi Ibrahim', 'organization']]),
    ('Kenyan police arrested Abdi Ibrahim, 32, in Garissa on suspicion of recruiting for al Shabaab.', [['Abdi Ibrahim', 'organization']]),
    ('Somali lawmaker Abdi Ibrahim said the election would be delayed.', [['Abdi Ibrahim', 'organization']]),
    ('Abdi Ibrahim told Reuters he had lost 40 goats to the drought.', [['Abdi Ibrahim', 'organization']]),
    ('Hassan Allam, a fisherman in Alexandria, said the catch had halved.', [['Hassan Allam', 'organization']]),
    ('Hassan Allam, who founded the company in 1936, built roads across Egypt.', [['Hassan Allam', 'organization']]),
    ('Georg Fischer, a spokesman for the Bavarian interior ministry, said the border checks would continue.', [['Georg Fischer', 'organization']]),
    ('Georg Fischer, 67, was fined for driving under the influence.', [['Georg Fischer', 'organization']]),
    ('Brooke Bond, 24, scored twice for the visitors.', [['Brooke Bond', 'organization']]),
    ('Ted Baker, a farmer in Iowa, said the drought had ruined his corn.', [['Ted Baker', 'organization']]),
    ('Ted Baker, 71, told the inquiry he had never been paid.', [['Ted Baker', 'organization']]),
    ('Rémy Martin, a trade unionist at the Renault plant, said workers would strike.', [['Rémy Martin', 'organization']]),
    ('Mukamana Marie Claire, 45, sells vegetables at Kimironko market in Kigali.', [['Marie Claire', 'organization'], ['Mukamana', 'place']]),
    ('Marie Claire, 45, sells vegetables at the market in Kigali.', [['Marie Claire', 'organization']]),
    ('Divya Bhaskar, a software engineer from Pune, was among the victims.', [['Divya Bhaskar', 'organization']]),
    ('Walter Reed, 67, a retired teacher, said he had voted in every election since 1976.', [['Walter Reed', 'organization']]),
    ('Julius Meinl said he was innocent of the charges.', [['Julius Meinl', 'organization']]),
    ('Nick Scali, a local councillor, said the road was dangerous.', [['Nick Scali', 'organization']]),
    ('José Cuervo, a mechanic in Guadalajara, said the gang demanded payment.', [['José Cuervo', 'organization']]),
    ('Harry Winston, 58, a fisherman from Newfoundland, was rescued after two days at sea.', [['Harry Winston', 'organization']]),
    ('Hugo Boss, a retired police officer from Bremen, shares his name with the fashion house.', [['Hugo Boss', 'organization']]),
    ('Laura Ashley, a nurse from Cardiff, was among those honoured.', [['Laura Ashley', 'organization']]),
    ('Elizabeth Arden, 34, was charged with fraud in Leeds.', [['Elizabeth Arden', 'organization']]),
    ('In the novel, Max Havelaar is a colonial official who defends the Javanese.', [['Max Havelaar', 'organization']]),
    ('Anthony Scali, whose father Nick Scali founded the company, owns 13% of its shares.', [['Nick Scali', 'organization']]),
    ('Jorge Valdez and Juan Valdez were both charged.', [['Juan Valdez', 'organization']]),
    ('Abdi Ibrahim and Ahmed Mohamed were arrested in Mombasa.', [['Abdi Ibrahim', 'organization']]),
    ('Senator Tim Scott and Ted Baker, a donor, met in Charleston.', [['Ted Baker', 'organization']]),
    ('Georg Fischer and Klaus Weber were arrested in Munich.', [['Georg Fischer', 'organization']]),
    ("Karl Storz's daughter Sybill Storz ran the company until her death.", [['Karl Storz', 'organization']]),
    ("Tommy Hilfiger's brother Andy Hilfiger runs a clothing line.", [['Tommy Hilfiger', 'organization']]),
    ("Calvin Klein's daughter Marci Klein produced Saturday Night Live.", [['Calvin Klein', 'organization']]),
    ("Oscar de la Renta's stepdaughter Eliza Reed Bolen ran the company.", [['Oscar de la Renta', 'organization']]),
    ("Alexander McQueen's sister Janet said he had been bullied as a child.", [['Alexander McQueen', 'organization']]),
    ("Robert Bosch's grandson Christof Bosch sits on the foundation board.", [['Robert Bosch', 'organization']]),
    ('Her son Ted Baker and daughter Anne Baker attended the funeral.', [['Ted Baker', 'organization']]),
    ('Kenyan runner Abdi Ibrahim won the Nairobi marathon.', [['Abdi Ibrahim', 'organization']]),
    ('Midfielder Brooke Bond signed for Melbourne City.', [['Brooke Bond', 'organization']]),
    ("Aditya Birla's son Kumar Mangalam Birla was 28 when he took over.", [['Aditya Birla', 'organization']]),
    ('Jerónimo Martins founded a grocery in Lisbon in 1792.', [['Jerónimo Martins', 'organization']]),
    ("Yves Rocher's grandson Bris Rocher heads the group.", [['Yves Rocher', 'organization']]),
    ("Helena Rubinstein's portrait by Salvador Dalí sold at auction.", [['Helena Rubinstein', 'organization']]),
    ('The Laura Ashley prints were designed by Laura Ashley herself in her Welsh kitchen.', [['Laura Ashley', 'organization']]),
]


# The same review: sentences the list reads right (a listed body, read as a person without it).
REVIEW13B_CASES = [
    ('A Sita Air plane crashed on take-off in Kathmandu in 2012.', [['Sita Air', 'organization']]),
    ('Adom FM presenter Captain Smart was suspended.', [['Adom FM', 'organization']]),
    ("Albert Heijn's parent company Ahold Delhaize reported higher sales in the Netherlands.", [['Albert Heijn', 'organization']]),
    ('Arvind Fashions and Aditya Birla Fashion lost market share.', [['Arvind Fashions', 'organization']]),
    ('Cengiz Holding owner Mehmet Cengiz met the president.', [['Cengiz Holding', 'organization']]),
    ('Conglomerate Aditya Birla has agreed to buy a majority stake in the jewellery retailer, according to a stock exchange filing.', [['Aditya Birla', 'organization']]),
    ('Conrad Hilton founded the hotel chain; Conrad Hotels is named after him.', [['Conrad Hotels', 'organization']]),
    ('Diageo, which owns Ron Zacapa, reported lower sales in Latin America.', [['Ron Zacapa', 'organization']]),
    ('Donations to Shaukat Khanum rose during Ramadan.', [['Shaukat Khanum', 'organization']]),
    ('Dr Hussam Abu Safiya, director of Kamal Adwan hospital, was taken away by soldiers.', [['Kamal Adwan', 'organization']]),
    ("Ekta Kapoor's Balaji Telefilms and Karan Johar's Dharma Productions will co-produce the film.", [['Balaji Telefilms', 'organization']]),
    ('Gujarat snack maker Balaji Wafers is in talks to sell a minority stake, sources said.', [['Balaji Wafers', 'organization']]),
    ('Helena Rubinstein is opening a counter at Harrods.', [['Helena Rubinstein', 'organization']]),
    ('Huda Beauty has launched a new line of foundation.', [['Huda Beauty', 'organization']]),
    ('Indira IVF filed papers for an initial public offering.', [['Indira IVF', 'organization']]),
    ('Inditex said Massimo Dutti sales rose 10%.', [['Massimo Dutti', 'organization']]),
    ('Italian cosmetics brand Kiko Milano is planning a stock market listing.', [['Kiko Milano', 'organization']]),
    ('Jim Beam exports to Canada collapsed during the tariff dispute.', [['Jim Beam', 'organization']]),
    ('Jin Air and Air Busan will merge into one low-cost carrier.', [['Jin Air', 'organization']]),
    ('Jin Air pilot Kim Min-su landed safely in Jeju.', [['Jin Air', 'organization']]),
    ('John Lewis and Harvey Nichols said Christmas trading was weak.', [['Harvey Nichols', 'organization']]),
    ('Jomo Cosmos and Moroka Swallows drew 0-0.', [['Jomo Cosmos', 'organization']]),
    ('Jomo Cosmos owner Jomo Sono said the club would be sold.', [['Jomo Cosmos', 'organization']]),
    ('Jomo Sono and Kaizer Motaung met at Jomo Cosmos headquarters.', [['Jomo Cosmos', 'organization']]),
    ('Julius Berger will build the section of the coastal highway, the works ministry said.', [['Julius Berger', 'organization']]),
    ("Julius Meinl opened a coffee house in Vienna's first district.", [['Julius Meinl', 'organization']]),
    ("Landmark Group's Max Fashion will open 100 stores in India.", [['Max Fashion', 'organization']]),
    ('Leroy Merlin stores in Kyiv reopened on Saturday.', [['Leroy Merlin', 'organization']]),
    ('Nick Scali chief executive Anthony Scali said demand was recovering.', [['Nick Scali', 'organization']]),
    ('Pedro del Hierro opened a store in Mexico City.', [['Pedro del Hierro', 'organization']]),
    ('Robert Bosch will cut 5,500 jobs in its automotive division.', [['Robert Bosch', 'organization']]),
    ('Ronald McDonald House in Auckland will add 20 rooms.', [['Ronald McDonald House', 'organization']]),
    ('Sally Beauty reported lower sales.', [['Sally Beauty', 'organization']]),
    ('Swedish chain Max Burgers opened its first restaurant in Poland.', [['Max Burgers', 'organization']]),
    ('Swiss watchmaker Carl F. Bucherer was sold to Rolex in 2023.', [['Carl F. Bucherer', 'organization']]),
    ("Taiwan's Louisa Coffee filed for an initial public offering.", [['Louisa Coffee', 'organization']]),
    ('The director of Kamal Adwan, Hussam Abu Safiya, was detained.', [['Kamal Adwan', 'organization']]),
    ('Thieves stole jewels worth 85 million euros from Harry Winston in Paris.', [['Harry Winston', 'organization']]),
    ('Yash Raj Films chief Aditya Chopra will produce the sequel.', [['Yash Raj Films', 'organization']]),
    ('Yves Rocher sold its stake in the US brand.', [['Yves Rocher', 'organization']]),
]


@pytest.mark.parametrize("text, absent", REVIEW13_CASES, ids=[c[0][:50] for c in REVIEW13_CASES])
def test_session13_person_named_bodies_review_cases(text, absent):
    check("", text, absent=absent)


@pytest.mark.parametrize("text, present", REVIEW13B_CASES, ids=[c[0][:50] for c in REVIEW13B_CASES])
def test_session13_person_named_bodies_read_as_bodies(text, present):
    check("", text, present=present)


def test_entity_rules_are_kept_in_the_build_cache_and_read_back_equal(tmp_path):
    """A rebuild reads the rules pickled by the first build instead of parsing the lists again."""
    import sqlite3
    import subprocess
    import sys

    first = (
        "import pathlib, sys\n"
        "from newsdigest.entities import rules\n"
        "print(rules.stored_entity_rules(pathlib.Path(sys.argv[1])) == rules._read_entity_rules())\n"
    )
    # The second process may not parse the lists: what it returns comes from the cache.
    second = (
        "import pathlib, sys\n"
        "from newsdigest.entities import rules\n"
        "read = rules._read_entity_rules\n"
        "def refuse():\n"
        "    raise AssertionError('parsed the lists again')\n"
        "rules._read_entity_rules = refuse\n"
        "got = rules.stored_entity_rules(pathlib.Path(sys.argv[1]))\n"
        "print(got == read() and rules.entity_rules() is got)\n"
    )
    cache = tmp_path / "cache.sqlite"
    assert subprocess.run([sys.executable, "-c", first, str(cache)], capture_output=True, text=True, check=True).stdout.split() == ["True"]
    assert sqlite3.connect(cache).execute("SELECT COUNT(*) FROM entity_rules").fetchone()[0] == 1
    assert subprocess.run([sys.executable, "-c", second, str(cache)], capture_output=True, text=True, check=True).stdout.split() == ["True"]


# Session 16: rules from dev51 and dev52 (read by the real model): (text, present, absent).
SESSION16_REAL_MODEL_CASES = [
    ("The Ministerio de Cultivos, Ganadería y Pesca (MCGP) said it would meet both sides. The MCGP has no power to block it.",
     [("Ministerio de Cultivos, Ganadería y Pesca", "organization")], ["MCGP", "Ganadería", "Pesca"]),
    ("The Union des Planteurs et Exportateurs de Vanille (UPEV) called a strike. UPEV members stopped work.",
     [("Union des Planteurs et Exportateurs de Vanille", "organization")], ["UPEV", "Exportateurs de Vanille"]),
    ("Banca Popolare dei Colli di Tarsa (PCT) raised its rates, and PCT shares rose 2 percent.",
     [("Banca Popolare dei Colli di Tarsa", "organization")], ["PCT", "Popolare dei Colli di Tarsa"]),
    ("Prices are lower in Santana do Livramento, across the border, shopkeepers said.", [("Santana do Livramento", "place")],
     ["Santana", "Livramento"]),
    ('"They were informed," their counsel, Ana Orvel KC, told the five judges.', [("Ana Orvel", "person")], ["Ana Orvel KC"]),
    ('"They were informed," said Marta Vell QC, for the residents.', [("Marta Vell", "person")], ["Marta Vell QC"]),
    ("The curfew would also cover the nearby towns of Garovo, Pasiga and Bendiri, police said.",
     [("Garovo", "place"), ("Pasiga", "place"), ("Bendiri", "place")], [("Bendiri", "person")]),
    ("Carpenters from Tam Hoi village cut the joints by hand, the director said.", [("Tam Hoi", "place")], [("Tam Hoi", "person")]),
    ("Curator Gisèle Houngbo said the museum would open in May.", [("Gisèle Houngbo", "person")], ["Curator Gisèle Houngbo"]),
    ("The Fiji Meteorological Service said Tropical Cyclone Teuila was moving south at 15 km an hour.",
     [("Fiji Meteorological Service", "organization")], ["Tropical Cyclone Teuila", "Teuila"]),
    ("She worked as a trial attorney at the Special Court for Sierra Leone in Freetown and later in The Hague.",
     [("Special Court for Sierra Leone", "organization"), ("Freetown", "place")], ["Special Court", "Sierra Leone"]),
    ("The Dominican Republic's Public Health Ministry has confirmed 212 cases of leptospirosis since the floods.",
     [("Dominican Republic", "place"), ("Dominican Republic's Public Health Ministry", "organization")], []),
    ("Residents said civilians had been killed in Gida Ayana district on Wednesday.", [("Gida Ayana", "place")], ["Gida", "Ayana"]),
    ("The council's vice-president, María Fernanda Coronel, will serve as interim president until a replacement is chosen from "
     "among its seven members. The indigenous party Pachakutik split its votes, with two lawmakers from Cotopaxi and Chimborazo abstaining.",
     [("María Fernanda Coronel", "person")], [("María Fernanda Coronel", "organization")]),
    ("Its former chief was given nine years, while reporters Nargiz Absalova and Elnara Gasimova received eight.",
     [("Elnara Gasimova", "person"), ("Nargiz Absalova", "person")], [("Elnara Gasimova", "place")]),
    ("Output at Varnef, Sasol's refining joint venture in Sasolburg, fell by a fifth in the quarter.",
     [("Varnef", "organization"), ("Sasol", "organization"), ("Sasolburg", "place")], []),
    ("Competition from Keelo, the delivery app owned by China's Meituan, had forced the company to cut fees.",
     [("Keelo", "organization")], [("Keelo", "person")]),
    ("The Cauca River burst through a dike near the town of Nechí on Wednesday, sending water across farmland and villages "
     "in the low-lying La Mojana area, officials said.", [("La Mojana", "place")], [("La Mojana", "organization")]),
    ("Founder and chief executive Bhavesh Arora said on a call with investors that sales would recover.",
     [("Bhavesh Arora", "person")], ["Founder"]),
    ("Ain o Shalish Kendra (ASK), a Dhaka-based rights group, said the curfew should end. ASK lawyers filed a petition.",
     [("Ain o Shalish Kendra", "organization"), ("Dhaka", "place")], ["Shalish Kendra", "ASK"]),
    ("Pashinyan has called on Catholicos Karekin II, the head of the church, to step down.", [("Karekin II", "person")],
     ["Catholicos Karekin II"]),
    ("Vets went from village to village around Podor to explain the risks to herders before the Tabaski festival.",
     [("Podor", "place")], ["Tabaski"]),
    ("Fans filled Estadio Panamericano in Zapopan for the opening game on Friday.", [("Estadio Panamericano", "place")], []),
    ("Inmates at the Litoral Penitentiary rioted on Sunday, officials said.", [("Litoral Penitentiary", "place")], []),
    ("The wildfire came within two kilometres of the Hanul Nuclear Power Plant on Tuesday.", [("Hanul Nuclear Power Plant", "place")], []),
    ("Hammarby stayed top of the Allsvenskan after a 2-0 win over Malmö.", [("Allsvenskan", "organization")], []),
    ("The Kenya Medical Practitioners, Pharmacists and Dentists Union (KMPDU) said interns had gone unpaid. KMPDU officials met on Monday.",
     [("Kenya Medical Practitioners, Pharmacists and Dentists Union", "organization")], ["KMPDU", "Dentists Union", "Kenya Medical Practitioners"]),
    ("The Group for the Support of Islam and Muslims (JNIM), al-Qaeda's affiliate in the Sahel, said it had attacked. JNIM claimed 30 deaths.",
     [("Group for the Support of Islam and Muslims", "organization")], ["JNIM", "for the Support of Islam and Muslims"]),
    ("The ore is shipped to Lynas Malaysia's refinery at Gebeng, outside Kuantan, before export.", [("Lynas Malaysia", "organization")], []),
    ("Met office Météo Madagascar said the cyclone would reach the coast on Sunday.", [("Météo Madagascar", "organization")], []),
    ("The dam has been planned since Soviet times. The USSR never finished it.", [("Soviet Union", "place")], ["USSR", "Soviet"]),
    ("Work will go on while the Ports Regulator of South Africa reviews Transnet's tariff application for next year.",
     [("Ports Regulator of South Africa", "organization")], ["Ports Regulator", "South Africa"]),
    ("The Coordinadora Campesina por la Vida, a farmers' group that has fought reservoir plans since the 1990s, said it would not attend.",
     [("Coordinadora Campesina por la Vida", "organization")], ["Vida", "Coordinadora Campesina"]),
]


# Session 16, review of the session's rules (522 sentences; before the mends 55 better, 65 worse: an English "do"
# between two countries, "area" before a role noun, a people's word before "village", feature words after
# adjectives, brands before "and", a person before an owner's administrator, a fund "for" a country, a
# country after a sentence's first word); the mended sentences, read by the real model: (text, present, absent).
REVIEW16_CASES = [
    ("Only if Wales do Ireland a favour can they reach the final.", [], ["Wales do Ireland"]),
    ("Fans hope Spain do Croatia a favour on Saturday.", [("Spain", "place"), ("Croatia", "place")], ["Spain do Croatia"]),
    ("The Hamas area commander was killed in the strike.", [], [("Hamas", "place")]),
    ("The Amazon area manager said deliveries would resume.", [], [("Amazon", "place")]),
    ("A Yazidi village near Sinjar was rebuilt with UN funds.", [("Sinjar", "place")], ["Yazidi"]),
    ("Settlers attacked an Arab village near Nablus.", [("Nablus", "place")], ["Arab"]),
    ("The Bay Area economy slowed in the third quarter.", [], ["Bay"]),
    ("Tourists visited the Venetian fortress above the harbour.", [], ["Venetian"]),
    ("Coach and its sister brands lifted Tapestry's sales.", [("Coach", "organization"), ("Tapestry", "organization")], []),
    ("Geoff Rowley, Wilko's administrator, said the chain would close.", [("Geoff Rowley", "person")], [("Geoff Rowley", "organization")]),
    ("Grants from the Global Fund for Malawi paid for the clinics.", [("Malawi", "place")], ["Global Fund for Malawi"]),
    ("Like Russia, Iran has been hit by sanctions.", [("Iran", "place")], [("Like Russia", "organization")]),
    ("Pharaonic Egypt built the pyramids at Giza.", [], [("Pharaonic Egypt", "organization")]),
    ("Pre-war Poland had a large Jewish population.", [], [("Pre-war Poland", "organization")]),
    ("Priest Holmes ran for 1,615 yards that season.", [("Priest Holmes", "person")], ["Holmes"]),
    ("The village of Losar in Spiti was cut off by snow.", [("Losar", "place")], []),
]


@pytest.mark.parametrize("text, present, absent", REVIEW16_CASES, ids=[c[0][:50] for c in REVIEW16_CASES])
def test_session16_review_cases(text, present, absent):
    check("", text, present=present, absent=absent)


@pytest.mark.parametrize("text, present, absent", SESSION16_REAL_MODEL_CASES, ids=[c[0][:50] for c in SESSION16_REAL_MODEL_CASES])
def test_session16_rules_read_by_the_real_model(text, present, absent):
    """Official names with foreign connectors ("y", "et", "dei ... di") defined by an acronym; two
    places joined by "do"; a silk's letters; a list of towns after "towns of"; a span run over
    "village"; a role word opening a sentence; a storm's name after "Tropical Cyclone"; a body
    named "for" a country; a multiword country's possessive inside a span the model read whole;
    two words read as places one by one, one of them no known place by itself; two given names
    before a city's name; a family name's ending after a first name no list knows; an apposition
    opened by an owner's possessive; an app; "area" after a name; a role word before another; Bengali's
    "o" in a defined name; a patriarch's title; a feast; a stadium named with an adjective;
    a prison and a power plant; a league; acronyms that pass over a word or come from another language;
    a body's arm in a country; a former country's adjective and acronym (the registry's Soviet Union);
    a regulator's name with its country; a name with Spanish "por la"."""
    check("", text, present=present, absent=absent)


# Session 17: rules found on dev57 and dev58, read by the real model: (text, present, absent).
SESSION17_REAL_MODEL_CASES = [
    # "and" inside a body's name after "the", the model tagging nothing or only the end
    ("The Competition and Consumer Protection Tribunal in Abuja fined the broadcaster on Monday.",
     [("Competition and Consumer Protection Tribunal", "organization"), ("Abuja", "place")], ["Consumer Protection Tribunal"]),
    ("Officials said the Mongolian Wool and Cashmere Association would launch a labelling scheme.",
     [("Mongolian Wool and Cashmere Association", "organization")], ["Cashmere Association"]),
    # a side's plural name (side_plurals) the model read as a person
    ("The draw leaves Shooting Stars two points above the relegation zone.", [("Shooting Stars", "organization")], [("Shooting Stars", "person")]),
    ("Midfielder Ali Juma joined Singida Black Stars in August.", [("Singida Black Stars", "organization"), ("Ali Juma", "person")], []),
    # ... also where the model tagged nothing, or a place's opening word leads it
    ("Remo Stars beat Enyimba 2-0 in Ikenne on Sunday.", [("Remo Stars", "organization")], [("Remo Stars", "person")]),
    ("Fans of Solomon Warriors gathered outside the stadium on Sunday.", [("Solomon Warriors", "organization")], []),
    ("Cape Town Stars lost to Kaizer Chiefs on penalties.", [("Cape Town Stars", "organization")], [("Cape Town Stars", "place")]),    # a month the model read as no name, between "from" and "to", is no place
    ("Output at the plant in Gedu fell from December to March, the company said.", [("Gedu", "place")], ["December", "March"]),    # a nationality word opening a sentence, alone or in an adjective, which the model missed
    ("The tender drew bids from three firms. Lithuanian officials have a week to decide.", [("Lithuania", "place")], []),
    ("Mongolian-born grand champion Hoshoryu won the tournament.", [("Mongolia", "place")], []),    # a country the model read as a person is no surname of a body named after it
    ("A cyclone struck Madagascar on Monday, according to Météo Madagascar.",
     [("Madagascar", "place"), ("Météo Madagascar", "organization")], []),    # a remit listed with commas goes on over what the model tagged after its "and"
    ("The Ministry of Environment, Climate and Wildlife has proposed selling live elephants.",
     [("Ministry of Environment, Climate and Wildlife", "organization")], ["Wildlife", "Ministry of Environment, Climate"]),    # a foreign "and" goes on over a building's span (and a rest the model read as a place it does not know);
    # "Museo" opens a body's name, as "Instituto" does
    ("The minister spoke at the ceremony at the Museo Nacional de Arqueología y Etnología, which was attended by the president.",
     [("Museo Nacional de Arqueología y Etnología", "organization")], ["Etnología", "Museo Nacional de Arqueología"]),
    ("The mask is now in the Museo Nacional de Antropología y Arte in the capital.",
     [("Museo Nacional de Antropología y Arte", "organization")], []),    # a title of two words owns a body's office: one name, no place
    ("The bowl was seized in Orvel by the Tarsk County District Attorney's Office, whose trafficking unit has returned hundreds of objects.",
     [("Tarsk County District Attorney's Office", "organization"), ("Orvel", "place")], ["Tarsk County District Attorney"]),    # a title opening a run the model missed names a person (not a role's words: "Chief Operating Officer of ...")
    ("Governor Abba Kabir Yusuf attended and later promised the players a bonus if they avoid relegation.",
     [("Abba Kabir Yusuf", "person")], []),
    ("Referee Cüneyt Akgül sent off Kuzucuoğlu and Trabzonspor defender Stefan Savić-Ilić after a scuffle in stoppage time.",
     [("Cüneyt Akgül", "person")], ["Referee Cüneyt Akgül"]),
    # a name the model read as a person, with no known given name and no surname alone, after "in" is a place;
    # not after a verb that takes "in" ("bring in")
    ("Flash floods swept cars away in Al Hamra and Samad Al Shan on Sunday.", [("Al Hamra", "place"), ("Samad Al Shan", "place")], []),
    ("The club decided to bring in Velimir Zajec as executive director.", [("Velimir Zajec", "person")], []),
    # a role word opening the sentence is no part of the name the model tagged in part or in whole
    ("They tied it on a wild pitch. Closer Ezequiel Ruelas struck out the side in the ninth to seal it.",
     [("Ezequiel Ruelas", "person")], ["Ruelas", "Closer Ezequiel Ruelas"]),
    # a name the model read as a work's title that ends in a body's word is the body; not a title with a colon
    ("The Tennis and Squash Federation suspended the player.", [("Tennis and Squash Federation", "organization")], []),
    ("Fans were thrilled when Star Trek: Enterprise returned to screens.", [], ["Star Trek: Enterprise"]),
    # Fijian and Malaysian titles are no part of a name
    ("The motion was moved by Ratu Naiqama Lalabalavu, the Speaker, on Tuesday.", [("Naiqama Lalabalavu", "person")],
     ["Ratu Naiqama Lalabalavu"]),
    ("Datuk Seri Anwar Ibrahim said the budget would pass.", [("Anwar Ibrahim", "person")], ["Datuk Seri Anwar Ibrahim"]),
    ("\"The network is the computer,\" said Ken Kutaragi, Chief Operating Officer of Sonar. \"It is a new age.\"", [],
     ["Operating Officer"]),
]


@pytest.mark.parametrize("text, present, absent", SESSION17_REAL_MODEL_CASES, ids=[c[0][:50] for c in SESSION17_REAL_MODEL_CASES])
def test_session17_rules_read_by_the_real_model(text, present, absent):
    """A body's name with "and" inside, after "the"; a side's plural name read as a person; a month after "from"; a nationality word opening a sentence;
    a country read as a person beside a body named after it; a remit listed with commas; a museum's
    name in Spanish; a district attorney's office; a title before a person the model missed;
    a place after "in" the model read as a person."""
    check("", text, present=present, absent=absent)


# Session 17, review of the session's rules (462 sentences; 41 read better, 6 worse: a language's name
# opening a sentence read as its country, and the town of March dropped with the months); the mended
# sentences, read by the real model: (text, present, absent).
REVIEW17_CASES = [
    ("Somali is an official language.", [], ["Somalia"]),
    ("Lithuanian is one of the oldest living languages.", [], ["Lithuania"]),
    ("Icelandic has changed little in a thousand years.", [], ["Iceland"]),
    ("Mongolian is written in the Cyrillic script.", [], ["Mongolia"]),
    ("Floods hit homes in March and Wisbech.", [("March", "place"), ("Wisbech", "place")], []),
    ("Police in March, Cambridgeshire, arrested a man.", [("March", "place"), ("Cambridgeshire", "place")], []),
]


@pytest.mark.parametrize("text, present, absent", REVIEW17_CASES, ids=[c[0][:50] for c in REVIEW17_CASES])
def test_session17_review_cases(text, present, absent):
    check("", text, present=present, absent=absent)


# Session 18: rules from errors on real news (a hand-annotated sample of the BBC corpus, read for
# benchmarks only; the sentences here are our own), read by the real model: (text, present, absent).
SESSION18_REAL_MODEL_CASES = [
    # a spaced dash ends a name: the model ran spans over the dash of an aside
    ("\"We will not need more aid,\" said Ana Vell, director of Orvel Development Bank - one of the firm's creditors - on Monday.",
     [("Orvel Development Bank", "organization")], ["Orvel Development Bank -"]),
    ("It came after the Guardian Council - Iran's top vetting body - approved the bill.",
     [("Guardian Council", "organization"), ("Iran", "place")], ["Guardian Council - Iran"]),
    # a courtesy title opening a span the model read as a place: the person's surname
    ("Ruwan Senanayake lives in Kandy. So Mr Senanayake started sending out text messages.",
     [("Ruwan Senanayake", "person"), ("Kandy", "place")], ["Mr Senanayake"]),
    ("Land lines were down. So Mr Senanayake started sending out text messages. Friends in India took Mr Senanayake's messages.",
     [("Senanayake", "person"), ("India", "place")], ["Mr Senanayake"]),
    # a home nation's side stays the place, as a country's does (the annotation convention)
    ("Scott Gibbs, the former Wales and Lions centre, said Wales will play England in the opening match.",
     [("Wales", "place"), ("England", "place"), ("Scott Gibbs", "person")], [("Wales", "organization"), ("England", "organization")]),
    # a title after a work's noun and its determiner names the work; an award before "-winning" names the award
    ("Critics in London praised Mike Leigh's film Spirited Harbour, set in Leeds.",
     [("Mike Leigh", "person"), ("London", "place"), ("Leeds", "place")], ["Spirited Harbour"]),
    ("The Bath player was already out of the opener.", [("Bath", "organization")], [("Bath", "place")]),
    ("The musical Mamma Mia opened in London, while Ana Vell wrote the novel Small Island.",
     [("Ana Vell", "person"), ("London", "place")], ["Mamma Mia", "Small Island"]),
    ("Studio Ghibli's Oscar-winning film Spirited Away was a hit in Japan.",
     [("Studio Ghibli", "organization"), ("Japan", "place")], ["Oscar", "Spirited Away"]),
    # more role words (person_cues_before) opening a sentence before a person's name; a club's boss or player
    ("Comedian Peter Kay said he was delighted.", [("Peter Kay", "person")], ["Comedian Peter Kay"]),
    ("Olympian Andy Turner won the race in Leeds.", [("Andy Turner", "person"), ("Leeds", "place")], ["Olympian Andy Turner"]),
    ("Chelsea boss Jose Mourinho said the title race was open.", [("Chelsea", "organization"), ("Jose Mourinho", "person")], [("Chelsea", "place")]),
    # (not "producer": an oil or a television producer is a company)
    ("Indian oil firm ONGC eyes the assets of troubled Russian crude producer Yukos.", [("Yukos", "organization")], [("Yukos", "person")]),
    # a member's title (MP, MEP, MSP, MLA, MNA) before a name; not before one word that opens a body's name
    ("MP Ann Widdecombe said the plan was flawed.", [("Ann Widdecombe", "person")], ["MP Ann Widdecombe"]),
    ("BJP MLA Raghav Menon said the plan was flawed.", [("Raghav Menon", "person"), ("BJP", "organization")], ["MLA Raghav Menon"]),
    ("He fights for MP Promotions, the company founded by Manny Pacquiao, and the champion lifted him onto his shoulders.",
     [("MP Promotions", "organization"), ("Manny Pacquiao", "person")], ["Promotions"]),
    # a verb in -ing opening a sentence before a name the text writes again; "Ex-" and members after a party's name
    ("Praising Celtic fans for their behaviour, Jack McConnell said Celtic had been a credit to Glasgow.",
     [("Celtic", "organization"), ("Jack McConnell", "person")], ["Praising Celtic"]),
    ("Ms Reeves replaces Yvette Cooper, who becomes Home Secretary. Downing Street said the changes would sharpen the government's focus.",
     [("Downing Street", "organization")], ["Street"]),
    ("It came as Ex-Labour leader Neil Kinnock spoke in Cardiff.", [("Labour", "organization"), ("Neil Kinnock", "person")], ["Ex-Labour"]),
    ("The Ex-BBC presenter joined the party.", [("BBC", "organization")], []),
    ("Labour MPs met Tony Blair in London. Labour said the talks went well.", [("Labour", "organization"), ("Tony Blair", "person")], ["Labour MPs"]),
    # a party the lists know by a generic word (Labour), unless a lowercase word after it makes it the common noun
    ("Labour said the talks went well.", [("Labour", "organization")], []),
    ("Labour market minister Johan Pehrson said the government would not intervene.", [("Johan Pehrson", "person")], ["Labour"]),    # South Asian army ranks and the Amharic courtesy title are titles, only a person's
    ("The dead soldier was identified as Havildar Gurnam Singh, 34, from Gurdaspur in Punjab.",
     [("Gurnam Singh", "person"), ("Gurdaspur", "place")], ["Havildar Gurnam Singh", "Singh"]),
    ("Naib Subedar Rakesh Kumar and Sepoy Anil Yadav were injured.", [("Rakesh Kumar", "person"), ("Anil Yadav", "person")], ["Sepoy Anil Yadav"]),
    ("Lance Naik Vikram Singh died in Kupwara.", [("Vikram Singh", "person"), ("Kupwara", "place")], ["Lance Naik Vikram Singh"]),
    ("Ato Mesfin Tadesse, a bar owner in Harar, said prices rose.", [("Mesfin Tadesse", "person"), ("Harar", "place")], ["Ato Mesfin Tadesse"]),    # a country goes by the gazetteer's name however the text writes it
    ("DR Congo's Alain Masudi joined the club from Lyon.", [("Democratic Republic of the Congo", "place"), ("Alain Masudi", "person")], ["DR Congo"]),
    ("The UK said it would help. DRC officials agreed.", [("Democratic Republic of the Congo", "place"), ("United Kingdom", "place")], ["DRC"]),    # a bracket with no space before it ends the name too
    ("The British National Party(BNP) said it would stand in Leeds.", [("British National Party", "organization")], ["British National Party(BNP"]),    # an initial and a surname, as line-ups write people; not a title's letter before a body's or a show's word
    ("France: S Marconnet, N Mas, G Lamboley; replacements: J-P Grandclaude, G Jenkins.",
     [("S Marconnet", "person"), ("G Lamboley", "person"), ("G Jenkins", "person")], [("S Marconnet", "organization"), ("G Jenkins", "place")]),
]


@pytest.mark.parametrize("text, present, absent", SESSION18_REAL_MODEL_CASES, ids=[c[0][:50] for c in SESSION18_REAL_MODEL_CASES])
def test_session18_rules_read_by_the_real_model(text, present, absent):
    """A spaced dash ends a name; a courtesy title makes a person of a span read as a place; a home
    nation's side is the place; works' titles and awards are no entities."""
    check("", text, present=present, absent=absent)


# Session 18, review of the session's rules (610 sentences; 153 read better, 36 worse, most written to
# trip them: a work's noun before a sentence's subject, "Labour" in its common sense, "-nominated" after
# a president's name); the mended sentences, read by
# the real model: (text, present, absent).
REVIEW18_CASES = [
    ("The drama Kenya faces was a serious one, the minister said.", [("Kenya", "place")], []),
    ("A film Jordan's government banned was shown in Beirut.", [("Jordan", "place"), ("Beirut", "place")], []),
    ("The film Steven Spielberg directed in 1993 won seven Oscars.", [("Steven Spielberg", "person")], []),
    ("The comedy Netflix cancelled had been filmed in Toronto.", [("Netflix", "organization")], []),
    ("The soap Unilever sells in India is cheap.", [("Unilever", "organization")], []),
    ("In a late drama Celtic snatched a draw at Ibrox.", [("Celtic", "organization")], []),
    ("Labour unions in South Korea called a general strike.", [("South Korea", "place")], ["Labour"]),
    ("Labour camps in North Korea hold thousands of prisoners.", [("North Korea", "place")], ["Labour"]),
    ("Labour ministry officials in Seoul met union leaders.", [("Seoul", "place")], ["Labour"]),
    ("Labour Minister Shobha Karandlaje visited the factory.", [("Shobha Karandlaje", "person")], ["Labour"]),
    ("Labor Secretary Julie Su met strikers in Detroit.", [("Julie Su", "person")], ["Labor"]),
    ("Secretary of Labor Marty Walsh visited Boston.", [("Marty Walsh", "person")], ["Labor"]),
    ("The former Labour leader said he would stand down.", [("Labour", "organization")], []),
    ("The Obama-nominated judge ruled against the ban in Texas.", [("Texas", "place")], []),
    ("The Minister of Labour, Ana Mendes, announced the plan in Lisbon.", [("Ana Mendes", "person")], ["Labour"]),
]


@pytest.mark.parametrize("text, present, absent", REVIEW18_CASES, ids=[c[0][:50] for c in REVIEW18_CASES])
def test_session18_review_cases(text, present, absent):
    check("", text, present=present, absent=absent)
