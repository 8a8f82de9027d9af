use super::*;
use storyline_model::{Entity, EntityKind, Published};

fn article(id: &str, day: &str, title: &str, text: &str, names: &[&str]) -> Article {
    Article {
        id: ArticleId(id.into()),
        published: Published::parse(day),
        title: Some(title.into()),
        text: text.into(),
        entities: names
            .iter()
            .map(|n| Entity {
                text: n.to_string(),
                name: n.to_string(),
                kind: EntityKind::Place,
                start: 0,
                end: 0,
                country: None,
                lat: None,
                lon: None,
            })
            .collect(),
        ..Article::default()
    }
}

fn corpus() -> Vec<Article> {
    let pier = "The harbour authority of Valdoria closed the northern pier after divers found cracks in its \
        supports; ferries moved to the southern terminal and extra buses carried passengers.";
    vec![
        article("p1", "2025-03-01", "Valdoria closes cracked northern pier", pier, &["Valdoria"]),
        article(
            "p2",
            "2025-03-01",
            "Ferries move as Valdoria pier shuts",
            &format!("Passengers face delays. {pier} Also Read | Best beaches"),
            &["Valdoria"],
        ),
        article(
            "p3",
            "2025-03-02",
            "Cracks close Valdoria harbour pier",
            "Divers found cracks in the supports of the northern pier of Valdoria harbour, and the harbour \
             authority closed it; ferries now sail from the southern terminal while repairs are planned.",
            &["Valdoria"],
        ),
        article(
            "p4",
            "2025-05-20",
            "Valdoria pier repairs begin",
            "Repairs of the cracked northern pier in Valdoria harbour began on Monday; the harbour authority \
             expects the ferries to return to the pier before the summer.",
            &["Valdoria"],
        ),
        article(
            "f1",
            "2025-03-01",
            "Orlen Rovers win the cup final",
            "The Orlen Rovers beat the Kestrel Town side three goals to one in the cup final at the national \
             stadium, their first trophy in twelve seasons; fans filled the streets of Orlen.",
            &["Orlen"],
        ),
    ]
}

fn run(articles: &[Article], state: &mut State) -> Vec<Assignment> {
    state.assign(&Config::standard(), articles.iter().map(Doc::of).collect())
}

#[test]
fn copies_events_and_stories() {
    let mut state = State::default();
    let out = run(&corpus(), &mut state);
    let by_id = |id: &str| out.iter().find(|a| a.article.0 == id).unwrap();
    // The portal's copy with a new intro and a promo is a copy of the first report.
    assert_eq!(by_id("p2").duplicate_of.as_ref().map(|d| d.0.as_str()), Some("p1"));
    assert_eq!(by_id("p2").event, by_id("p1").event);
    // Another outlet's report of the closure is the same event; the repairs months later are a new
    // event in the same story; the football final is its own story.
    assert_eq!(by_id("p3").event, by_id("p1").event);
    assert_ne!(by_id("p4").event, by_id("p1").event);
    assert_eq!(by_id("p4").story, by_id("p1").story);
    assert_ne!(by_id("f1").story, by_id("p1").story);
    assert_eq!(state.events.len(), 3);
    assert_eq!(state.stories.len(), 2);
}

#[test]
fn a_copy_points_to_the_version_published_first() {
    // The same text on two days; the later version's id sorts first.
    let text = "The harbour authority of Valdoria closed the northern pier after divers found cracks in its \
        supports; ferries moved to the southern terminal and extra buses carried passengers.";
    let articles = [
        article("a-later", "2025-03-02", "Valdoria pier shuts", text, &["Valdoria"]),
        article("z-first", "2025-03-01", "Valdoria pier shuts", text, &["Valdoria"]),
    ];
    let out = run(&articles, &mut State::default());
    let later = out.iter().find(|a| a.article.0 == "a-later").unwrap();
    assert_eq!(later.duplicate_of.as_ref().map(|d| d.0.as_str()), Some("z-first"), "{out:#?}");
}

#[test]
fn a_copy_of_a_copy_must_copy_the_original() {
    let pier = "The harbour authority of Valdoria closed the northern pier on Monday after divers found \
        cracks in its supports; ferries moved to the southern terminal, extra buses carried passengers \
        into town, and the council promised that repairs would start before the summer season.";
    let final_ = "Orlen won the national cup final on Sunday, beating the holders two goals to one in a \
        packed stadium; it was their first trophy in twelve seasons, and fans filled the streets of the \
        old town until the early hours, singing the club's anthem.";
    let articles = [
        article("pier", "2025-03-03", "Valdoria closes its pier", pier, &[]),
        // A digest strings both stories together: it holds the pier story whole (a copy of it).
        article("digest", "2025-03-04", "The week in brief", &format!("{pier} {final_}"), &[]),
        article("final", "2025-03-05", "Orlen win the cup", final_, &[]),
    ];
    let out = run(&articles, &mut State::default());
    let of = |id: &str| out.iter().find(|a| a.article.0 == id).unwrap().duplicate_of.clone().map(|d| d.0);
    assert_eq!(of("digest").as_deref(), Some("pier"));
    // The final is whole in the digest too, but it is no copy of the pier story.
    assert_eq!(of("final"), None);
}

#[test]
fn order_of_input_never_changes_the_result() {
    let articles = corpus();
    let mut reference = State::default();
    let expected = run(&articles, &mut reference);
    // Every rotation and the reverse of the input give the same assignments.
    for k in 0..articles.len() {
        let mut rotated = articles.clone();
        rotated.rotate_left(k);
        let mut state = State::default();
        assert_eq!(run(&rotated, &mut state), expected, "rotation {k}");
        rotated.reverse();
        let mut state = State::default();
        assert_eq!(run(&rotated, &mut state), expected, "reversed rotation {k}");
    }
}

#[test]
fn reports_of_one_subject_meet_first_whatever_their_ids() {
    // Four reports of one day, two subjects, named so that id order alternates them. Among
    // reports as close to their nearest neighbour, the batch goes by each report's strongest
    // feature: the two of a subject are placed one after the other under either naming
    // (assignments come back in placing order).
    let pier = |id: &str, extra: &str| {
        article(
            id,
            "2025-03-01",
            "Valdoria pier closes",
            &format!("Divers found cracks in the northern pier of Valdoria harbour; ferries moved south. {extra}"),
            &["Valdoria"],
        )
    };
    let cup = |id: &str, extra: &str| {
        article(
            id,
            "2025-03-01",
            "Orlen Rovers win the cup",
            &format!("The Orlen Rovers beat Kestrel Town in the cup final at the national stadium. {extra}"),
            &["Orlen"],
        )
    };
    let placed = |articles: Vec<Article>| {
        let out = run(&articles, &mut State::default());
        let subject =
            |id: &str| articles.iter().find(|a| a.id.0 == id).map_or("", |a| a.title.as_deref().unwrap_or(""));
        let order: Vec<&str> = out.iter().map(|a| subject(&a.article.0)).map(|t| &t[..6]).collect::<Vec<_>>();
        // The subject changes once along the placing order.
        order.windows(2).filter(|w| w[0] != w[1]).count() == 1
    };
    // (Each report adds enough of its own not to be a copy of the other.)
    let (buses, repairs) = (
        "Extra buses ran every ten minutes from the old station to the southern terminal all day.",
        "Engineers said repairs would wait for a survey of every support under the deck.",
    );
    let (fans, coach) = (
        "Thousands of fans sang in the streets of Orlen until dawn and lit flares by the river.",
        "The coach wept on the touchline and thanked the players who stayed through the lean years.",
    );
    let named = vec![pier("a", buses), cup("b", fans), pier("c", repairs), cup("d", coach)];
    assert!(placed(named), "the two reports of each subject are placed one after the other");
    let renamed = vec![pier("d", buses), cup("c", fans), pier("b", repairs), cup("a", coach)];
    assert!(placed(renamed), "whatever the ids");
}

#[test]
fn incremental_batches_keep_earlier_assignments() {
    let articles = corpus();
    let mut state = State::default();
    let first = run(&articles[..3], &mut state);
    let second = run(&articles, &mut state);
    // Already clustered articles are skipped; new ones join the existing events and stories.
    assert_eq!(second.len(), 2);
    let p1 = &first[0];
    assert_eq!(second.iter().find(|a| a.article.0 == "p4").unwrap().story, p1.story);
}

#[test]
fn state_rebuilt_from_parts_clusters_alike() {
    let articles = corpus();
    let mut state = State::default();
    run(&articles[..3], &mut state);
    let rebuilt = State::from_parts(
        state.n_docs,
        state.df.clone(),
        state.members.clone(),
        state.events.clone(),
        state.stories.clone(),
    );
    let (mut a, mut b) = (state, rebuilt);
    assert_eq!(run(&articles[3..], &mut a), run(&articles[3..], &mut b));
}

#[test]
fn a_titled_report_names_its_event_and_story_before_an_untitled_one() {
    // Two reports of one closure, as central as each other; the untitled one is placed first
    // (an earlier day, so it comes first on the tie), yet the titled one names both clusters.
    let text = |extra: &str| {
        format!(
            "Divers found cracks in the northern pier of Valdoria harbour, and the harbour authority \
             closed it; ferries moved to the southern terminal. {extra}"
        )
    };
    // (Each adds enough of its own not to be a copy of the other.)
    let first = "Extra buses waited at the old station all day, and the harbour cafe stayed shut.";
    let mut untitled = article("a", "2025-03-01", "", &text(first), &["Valdoria"]);
    untitled.title = None;
    let second = "Engineers will survey every support before the council decides on repairs next month.";
    let titled = article("b", "2025-03-02", "Valdoria shuts its cracked pier", &text(second), &["Valdoria"]);
    let mut state = State::default();
    let out = run(&[untitled, titled], &mut state);
    assert_eq!(out[0].event, out[1].event, "{out:#?}");
    assert!(out.iter().all(|a| a.duplicate_of.is_none()), "{out:#?}");
    assert_eq!(state.events[0].title, "Valdoria shuts its cracked pier");
    assert_eq!(state.stories[0].title, "Valdoria shuts its cracked pier");
}

#[test]
fn an_untitled_article_is_headed_by_its_first_sentence_without_the_dateline() {
    let mut a = article("x", "2025-07-15", "", "", &[]);
    a.title = None;
    a.dateline = Some(storyline_model::Dateline { place: "Marseille".into(), date: None });
    for (text, want) in [
        (
            "Marseille, July 15 (AFP): Residents were allowed home on Tuesday. More.",
            "Residents were allowed home on Tuesday.",
        ),
        (
            "MOSCOW: The Kremlin said on Friday that talks would resume.",
            "The Kremlin said on Friday that talks would resume.",
        ),
        (
            "LAGOS (Reuters) - Fuel prices rose again this week across the country.",
            "Fuel prices rose again this week across the country.",
        ),
        // Too little left after it: the sentence stays whole.
        ("Paris (AP): Heavy rain.", "Paris (AP): Heavy rain."),
    ] {
        a.text = text.into();
        assert_eq!(headline(&a), want);
    }
    // Without a dateline found by the cleaner, nothing is cut.
    a.dateline = None;
    a.text = "Note (draft): the plan changes every week for everyone.".into();
    assert_eq!(headline(&a), "Note (draft): the plan changes every week for everyone.");
    // But a wire's credit after a date is cut: "Sept 21 (Reuters) - …".
    a.text = "Sept 21 (Reuters) - Here is a timeline of the ferry strike since it began.".into();
    assert_eq!(headline(&a), "Here is a timeline of the ferry strike since it began.");
}

/// Months of coverage of one story, as a store that holds only that story sees it: every report
/// names the pier, the harbour and Valdoria, and each adds its own development.
fn one_story_collection() -> Vec<Article> {
    let developments = [
        (
            "Divers report cracks",
            "Ansel Marr",
            "divers inspected the supports and reported deep cracks near the waterline",
        ),
        (
            "Ferries diverted",
            "Bluewake Lines",
            "ferry operators diverted every crossing to the southern terminal for now",
        ),
        (
            "Council votes repair budget",
            "Iva Castell",
            "the council voted an emergency budget after a long and angry session",
        ),
        (
            "Engineers blame corrosion",
            "Doria Polytechnic",
            "structural engineers blamed salt corrosion and skipped maintenance",
        ),
        ("Contractor chosen", "Brennholt Works", "a contractor from the mainland won the tender with the cheapest bid"),
        ("Fishermen protest", "Tomas Reyl", "fishermen blocked the quay, saying their catch rots while they wait"),
        ("Tourism slumps", "Saltmere Hotels", "hotels counted cancellations as cruise lines skipped the island"),
        ("Repairs begin", "Oskar Venn", "cranes arrived and workers began replacing the broken piles"),
        ("Storm delays work", "Storm Hedda", "a winter storm flooded the site and halted the work for a fortnight"),
        ("Inquiry opens", "Lena Faro", "prosecutors opened an inquiry into the inspections of recent years"),
        ("Pier reopens", "Marco Alden", "the mayor cut a ribbon and the first ferry docked to applause"),
        ("Costs overrun", "Ruth Okoro", "auditors found the final bill twice the budget the council voted"),
    ];
    developments
        .iter()
        .enumerate()
        .map(|(i, (title, name, detail))| {
            let day = format!("2025-{:02}-{:02}", 1 + i / 2, 3 + 9 * (i % 2));
            let text = format!("At the Valdoria harbour pier, {detail}, {name} said. {name} added that {detail}.");
            article(&format!("v{i:02}"), &day, &format!("Valdoria pier: {title}"), &text, &["Valdoria", name])
        })
        .collect()
}

#[test]
fn a_store_holding_one_story_keeps_it_whole() {
    // Its own words are in every article, so at full IDF they weigh nothing and the developments
    // pull the story apart; the story vectors' damped IDF keeps them.
    let articles = one_story_collection();
    let mut state = State::default();
    let out = run(&articles, &mut state);
    let stories: HashSet<&str> = out.iter().map(|a| a.story.as_str()).collect();
    assert_eq!(stories.len(), 1, "{out:#?}");
    assert!(state.events.len() > 6, "distinct developments stay distinct events");

    // Two developments months apart share only the story's words: at full IDF they are too far
    // apart for one story; the damped IDF keeps them close enough.
    let config = Config::standard();
    let (first, last) = (Doc::of(&articles[0]), Doc::of(&articles[articles.len() - 1]));
    let similarity = |power: f32| {
        let vector = |d: &Doc| d.profile.vector(|f| state.idf(f).powf(power));
        story_similarity(&vector(&first), &vector(&last))
    };
    assert!(similarity(config.story_idf_power) >= config.story_threshold, "{}", similarity(config.story_idf_power));
    assert!(similarity(1.0) < config.story_threshold, "{}", similarity(1.0));
}

/// A report that tells only what every report of its event shares ("boats reached the cut-off
/// villages") and much else besides comes first in the batch: alone, it is too far from any one
/// later report, each of which adds details of its own, so one pass leaves it in an event of its
/// own. Compared with the event the whole batch built, it belongs there.
#[test]
fn refinement_places_early_reports_against_the_whole_batch() {
    let shared = "floodwater rescuers boats villages river swollen evacuated riverbank";
    let words = |prefix: &str, n: usize| (0..n).map(|i| format!("{prefix}{i:02}")).collect::<Vec<_>>().join(" ");
    let mut articles: Vec<Article> = (0..5)
        .map(|i| {
            article(&format!("f{i}"), "2025-04-02", "", &format!("{shared} {}", words(&format!("detail{i}x"), 4)), &[])
        })
        .collect();
    // A report of the evening before, in much the words of one from a flood months earlier (not
    // a copy): the most similar to another report, it is placed early, and the time discount
    // keeps it from the old flood's event: it opens one of its own.
    articles.push(article("a0", "2025-04-01", "", &format!("{shared} {}", words("aside", 10)), &[]));
    let old = format!("{} {} {}", words("aside", 7), words("earlier", 3), shared);
    articles.push(article("z0", "2025-01-05", "", &old, &[]));
    // Other news, so that the flood's words are rare in the store.
    for i in 0..6 {
        articles.push(article(&format!("o{i}"), "2025-04-02", "", &words(&format!("other{i}x"), 10), &[]));
    }
    let event_of = |rounds: usize| {
        let config = Config { refine_rounds: rounds, ..Config::standard() };
        let out = State::default().assign(&config, articles.iter().map(Doc::of).collect());
        let event = |id: &str| out.iter().find(|a| a.article.0 == id).unwrap().event.clone();
        let flood: HashSet<String> = (0..5).map(|i| event(&format!("f{i}"))).collect();
        (event("a0"), flood)
    };
    let (early, flood) = event_of(0);
    assert!(!flood.contains(&early), "one pass: the early report stays alone ({early} {flood:?})");
    let shipped = Config::standard().refine_rounds;
    assert!(shipped > 0);
    let (early, flood) = event_of(shipped);
    assert_eq!(flood.len(), 1, "{flood:?}");
    assert!(flood.contains(&early), "refined: the early report joins the flood ({early} {flood:?})");
}

#[test]
fn a_first_pass_rolls_back_to_the_state_before_it() {
    // Everything the store holds, with its indexes in a fixed order.
    fn snapshot(state: &State) -> String {
        fn sorted<K: Ord + std::fmt::Debug + Clone, V: std::fmt::Debug + Clone>(map: &Map<K, V>) -> Vec<(K, V)> {
            let mut entries: Vec<(K, V)> = map.iter().map(|(k, v)| (k.clone(), v.clone())).collect();
            entries.sort_by(|a, b| a.0.cmp(&b.0));
            entries
        }
        format!(
            "{:?}\n{:?}\n{:?}\n{:?}\n{:?}\n{:?}\n{:?}\n{:?}\n{:?}",
            state.n_docs,
            sorted(&state.df),
            state.members,
            state.events,
            state.stories,
            sorted(&state.bands),
            sorted(&state.member_of),
            sorted(&state.event_index),
            sorted(&state.story_index),
        )
    }
    let config = Config::standard();
    let mut state = State::default();
    run(&corpus(), &mut state);
    // A second batch: a report joining a saved event (which the pass changes), a copy of a saved
    // article, and reports of a new event.
    let pier = "Divers returned to the cracked northern pier of Valdoria harbour; the harbour authority kept it \
        closed and ferries stayed at the southern terminal.";
    let batch = [
        article("p5", "2025-03-03", "Valdoria pier stays shut", pier, &["Valdoria"]),
        article("p6", "2025-03-03", "Valdoria pier still closed", &format!("{pier} Read more"), &["Valdoria"]),
        article(
            "s1",
            "2025-03-03",
            "Snow closes Orlen schools",
            "Heavy snow closed every school in Orlen and the council sent ploughs to the hill roads.",
            &["Orlen"],
        ),
        article(
            "s2",
            "2025-03-03",
            "Orlen schools shut by snow",
            "Schools in Orlen stayed shut after heavy snow; ploughs cleared the hill roads for the council.",
            &["Orlen"],
        ),
    ];
    let before = snapshot(&state);
    let mut undo = Undo { members: state.members.len(), events: state.events.len(), ..Undo::default() };
    let placed: Vec<Assignment> =
        batch.iter().map(|a| state.assign_one(&config, &Doc::of(a), None, Some(&mut undo))).collect();
    assert!(!undo.touched.is_empty() && !undo.postings.is_empty(), "{undo:?}");
    assert!(placed.iter().any(|a| a.duplicate_of.is_some()), "{placed:?}");
    assert_ne!(snapshot(&state), before);
    state.roll_back(undo);
    assert_eq!(snapshot(&state), before);
}

#[test]
fn look_alike_happenings_split_by_the_dates_they_mention() {
    // Two emergency patches of one browser, years apart, told in the same words by undated
    // reports (ECB+ pairs such events): only the dates they give (twice each) tell them apart.
    use storyline_model::TimeMention;
    let dated = |id: &str, when: &str, value: &str| {
        let detail = (0..3).map(|i| format!("{id}detail{i}")).collect::<Vec<_>>().join(" ");
        let mention = TimeMention { text: when.into(), value: value.into(), start: 0, end: 0 };
        Article {
            text: format!("Emergency browser patch fixes flaw {when}: {detail}."),
            times: vec![mention.clone(), mention],
            ..article(id, "", "", "", &[])
        }
    };
    let mut articles = vec![
        dated("old1", "on December 17, 2008", "2008-12-17"),
        dated("old2", "on December 17, 2008", "2008-12-17"),
        dated("old3", "in December 2008", "2008-12"),
        dated("new1", "on September 18, 2013", "2013-09-18"),
        dated("new2", "on September 18, 2013", "2013-09-18"),
        dated("new3", "in September 2013", "2013-09"),
    ];
    // Other news, so that the patch's words are rare in the store.
    for i in 0..8 {
        let text = format!("Council meeting number {i} discussed parking fees, school buses and a new library wing.");
        articles.push(article(&format!("o{i}"), "", "", &text, &[]));
    }
    let out = run(&articles, &mut State::default());
    assert!(out.iter().all(|a| a.duplicate_of.is_none()), "{out:?}");
    let event = |id: &str| out.iter().find(|a| a.article.0 == id).unwrap().event.clone();
    assert_eq!(event("old1"), event("old2"));
    assert_eq!(event("old1"), event("old3"));
    assert_eq!(event("new1"), event("new2"));
    assert_eq!(event("new1"), event("new3"));
    assert_ne!(event("old1"), event("new1"));
}

#[test]
fn searches_read_the_latest_postings_of_a_feature() {
    // A templated batch: every event shares one feature. Searches read its latest postings only,
    // so a batch costs its size times a constant, not its square; an event that gains a report
    // goes back among them, once.
    let shared: Vector = vec![(7, 1.0)];
    let mut index: Map<u64, Vec<u32>> = Map::default();
    let n = POSTINGS_READ as u32 * 2;
    for i in 0..n {
        index_cluster(&mut index, &shared, i);
    }
    assert_eq!(index[&7].len(), n as usize);
    assert_eq!(latest(&index[&7]).len(), POSTINGS_READ);
    assert!(!latest(&index[&7]).contains(&3));
    assert_eq!(index_cluster(&mut index, &shared, 3), vec![7], "an old event comes back");
    assert_eq!(latest(&index[&7]).last(), Some(&3));
    assert!(index_cluster(&mut index, &shared, n - 5).is_empty(), "a recent event is there already");
    assert_eq!(latest(&index[&7]).iter().filter(|&&c| c == 3).count(), 1);
}

#[test]
fn nearest_in_batch_finds_each_reports_closest_neighbour() {
    let keyed = State::default().event_vectors(corpus().iter().map(Doc::of).collect());
    let nearest = nearest_in_batch(&keyed);
    for (i, (_, doc, v)) in keyed.iter().enumerate() {
        let brute = keyed
            .iter()
            .enumerate()
            .filter(|&(j, _)| j != i)
            .map(|(_, (_, _, w))| profile::cosine(v, w))
            .fold(0.0, f32::max);
        assert!((nearest[i] - brute).abs() < 1e-6, "{}: {} vs {brute}", doc.id.0, nearest[i]);
    }
    // The pier's reports have each other, whatever their days (the repairs too, two months on);
    // the cup final has nobody.
    let at = |id: &str| keyed.iter().position(|(_, d, _)| d.id.0 == id).unwrap();
    assert!(nearest[at("p1")] > 0.3);
    assert!(nearest[at("p4")] > 0.1);
    assert!(nearest[at("f1")] < 0.1);
}

#[test]
fn an_event_opens_with_the_reports_closest_to_each_other() {
    // Three reports of one closure, one day: two tell it in nearly the same words, the third
    // loosely. The event opens with one of the close pair (its id comes from the report that
    // opened it), whatever the ids: the loose report joins an event that has formed.
    let pier = |id: &str, text: &str| article(id, "2025-03-01", "", text, &["Valdoria"]);
    for (loose, a, b) in [("a", "m", "n"), ("z", "b", "c")] {
        let articles = vec![
            pier(
                loose,
                "Ferries in Valdoria harbour now sail from the southern terminal after the northern pier \
                 closed; buses wait for passengers.",
            ),
            pier(
                a,
                "Divers found cracks in the northern pier of Valdoria harbour, and the harbour authority closed it.",
            ),
            pier(
                b,
                "The harbour authority of Valdoria shut its northern pier after divers reported cracks in its supports.",
            ),
        ];
        let out = run(&articles, &mut State::default());
        assert!(out.iter().all(|x| x.duplicate_of.is_none() && x.event == out[0].event), "{out:?}");
        let opened_by = |id: &str| format!("e{:012x}", xxhash_rust::xxh3::xxh3_64(id.as_bytes()) >> 16);
        assert!(out[0].event == opened_by(a) || out[0].event == opened_by(b), "{out:?}");
    }
}

#[test]
fn features_of_seed_zero_are_the_stored_ones() {
    // Stores saved before seeds existed hold plain xxh3 features: seed 0 must hash alike.
    let a = &corpus()[0];
    let word = xxhash_rust::xxh3::xxh3_64(b"wpier") & !profile::ENTITY_BIT;
    let has = |p: &Profile| p.counts.iter().any(|&(f, _)| f == word);
    assert!(has(&Profile::of(a)) && has(&Profile::seeded(a, 0)));
    assert!(!has(&Profile::seeded(a, 7)));
    assert_ne!(Profile::seeded(a, 7).counts, Profile::of(a).counts);
}

#[test]
fn a_copy_rewritten_in_place_becomes_a_report_of_its_event() {
    let mut state = State::default();
    let out = run(&corpus(), &mut state);
    let event_of = |id: &str| out.iter().find(|a| a.article.0 == id).unwrap().event.clone();
    let e = state.events.iter().position(|c| c.id == event_of("p1")).unwrap();
    assert_eq!(state.events[e].n, 2, "p1 and p3 (p2 copies p1)");
    // The portal rewrites its page in its own words: no longer a copy, still the same happening.
    let mut rewritten = corpus();
    rewritten[1].title = Some("Valdoria pier shut: ferries use the southern terminal".into());
    rewritten[1].text = "Passengers face delays in Valdoria after the harbour authority shut the northern \
        pier, whose supports divers found cracked; ferries now leave from the southern terminal."
        .into();
    let updated = [ArticleId("p2".into())];
    let scope = state.replaced_scope(&updated);
    assert!(scope.iter().any(|id| id.0 == "p4") && !scope.iter().any(|id| id.0 == "f1"), "{scope:?}");
    let docs: Vec<Doc> = rewritten.iter().filter(|a| scope.contains(&a.id)).map(Doc::of).collect();
    let replaced = state.replace(&Config::standard(), &updated, &docs);
    assert_eq!(replaced.len(), 1);
    assert_eq!((replaced[0].event.as_str(), replaced[0].duplicate_of.as_ref()), (event_of("p1").as_str(), None));
    assert_eq!(state.events[e].n, 3);
    assert!(state.member(&updated[0]).unwrap().1.duplicate_of.is_none());
    // Articles never clustered are skipped.
    assert!(state.replace(&Config::standard(), &[ArticleId("nope".into())], &docs).is_empty());
}

#[test]
fn a_later_report_that_names_the_day_of_a_happening_joins_its_event() {
    // Three months on, a report of the pier's closure that names the day it closed is a report of
    // that event; the same words without the day are a new event (of the same story).
    use storyline_model::TimeMention;
    let later = |id: &str, times: Vec<TimeMention>| Article {
        times,
        ..article(
            id,
            "2025-06-10",
            "Inquiry into Valdoria pier closure",
            "An inquiry heard why the harbour authority of Valdoria closed the cracked northern pier: divers \
             had found cracks in its supports, and ferries moved to the southern terminal.",
            &["Valdoria"],
        )
    };
    let named = TimeMention { text: "on March 1".into(), value: "2025-03-01".into(), start: 0, end: 0 };
    // (A weekday just before publication recalls nothing: it is the week of the report.)
    let weekday = TimeMention { text: "on Monday".into(), value: "2025-06-09".into(), start: 0, end: 0 };
    for (times, joins) in [(vec![named], true), (vec![weekday], false), (vec![], false)] {
        let mut articles = corpus();
        articles.push(later("r1", times.clone()));
        let out = run(&articles, &mut State::default());
        let of = |id: &str| out.iter().find(|a| a.article.0 == id).unwrap();
        assert!(of("r1").duplicate_of.is_none());
        assert_eq!(of("r1").event == of("p1").event, joins, "{times:?}");
        assert_eq!(of("r1").story, of("p1").story, "{times:?}");
    }
}

#[test]
fn an_undated_report_naming_another_weekday_keeps_out_of_a_dated_event() {
    // The pier closed over a weekend (reports of Saturday 1 and Sunday 2 March). An undated report
    // of the same words that opens "on Tuesday" tells a look-alike closure of another week; one
    // naming Saturday, or no day at all, is a report of this one.
    use storyline_model::TimeMention;
    let undated = |weekday: Option<(&str, &str)>| {
        let text = "Valdoria's harbour authority shut its northern pier when divers reported cracked supports; \
                    the ferry company said crossings would run late for weeks, and shops near the quay closed early.";
        let times =
            weekday.map(|(text, value)| TimeMention { text: text.into(), value: value.into(), start: 4, end: 14 });
        Article { times: times.into_iter().collect(), ..article("u1", "", "Valdoria pier closed", text, &["Valdoria"]) }
    };
    for (weekday, joins) in
        [(Some(("on Tuesday", "XXXX-WXX-2")), false), (Some(("on Saturday", "XXXX-WXX-6TMO")), true), (None, true)]
    {
        let mut articles = corpus();
        articles.push(undated(weekday));
        let out = run(&articles, &mut State::default());
        let of = |id: &str| out.iter().find(|a| a.article.0 == id).unwrap();
        assert_eq!(of("u1").event == of("p1").event, joins, "{weekday:?}");
    }
    // Only an undated article's opening is read.
    let mention =
        |value: &str, start: usize| TimeMention { text: String::new(), value: value.into(), start, end: start };
    let long = "x".repeat(LEAD_CHARS + 10);
    let a = Article {
        times: vec![mention("XXXX-WXX-7TNI", 3), mention("XXXX-WXX-1", LEAD_CHARS + 5), mention("XXXX-03-02", 0)],
        ..article("a", "", "", &long, &[])
    };
    assert_eq!(Doc::of(&a).weekdays, 1 << 6);
    // A dated article's: the weekdays it names in the week before its publication (Sunday 2 March
    // for one of Monday 3 March), not a date without its weekday, not a Sunday long past.
    let named = |text: &str, value: &str| TimeMention { text: text.into(), value: value.into(), start: 3, end: 3 };
    let times =
        vec![named("on Sunday", "2025-03-02"), named("March 1", "2025-03-01"), named("Sunday, Feb. 2", "2025-02-02")];
    let dated = Article { times, ..article("d", "2025-03-03", "", &long, &[]) };
    assert_eq!(Doc::of(&dated).weekdays, 1 << 6);
}

#[test]
fn a_dated_report_naming_another_weekday_keeps_out_of_an_event_of_undated_ones() {
    // Three undated reports of a pier closed "on Tuesday" make an event. A dated report of the
    // same words that opens "on Sunday" (the day before its publication) tells a look-alike
    // closure; one naming Tuesday, or no day, is a report of theirs.
    use storyline_model::TimeMention;
    let tuesday = TimeMention { text: "on Tuesday".into(), value: "XXXX-WXX-2".into(), start: 10, end: 20 };
    let undated = |id: &str, title: &str, text: &str| Article {
        times: vec![tuesday.clone()],
        ..article(id, "", title, text, &["Valdoria"])
    };
    let text = "Valdoria's harbour authority shut its northern pier when divers reported cracked supports; \
                the ferry company said crossings would run late for weeks, and shops near the quay closed early.";
    for (weekday, joins) in
        [(None, true), (Some(("on Sunday", "2025-03-02")), false), (Some(("on Tuesday", "2025-02-25")), true)]
    {
        let mut articles: Vec<Article> = corpus()[..3]
            .iter()
            .map(|a| undated(&format!("u{}", &a.id.0[1..]), a.title.as_deref().unwrap_or(""), &a.text))
            .collect();
        let times =
            weekday.map(|(text, value)| TimeMention { text: text.into(), value: value.into(), start: 40, end: 50 });
        articles.push(Article {
            times: times.into_iter().collect(),
            ..article("d1", "2025-03-03", "Valdoria pier closed", text, &["Valdoria"])
        });
        let out = run(&articles, &mut State::default());
        let of = |id: &str| out.iter().find(|a| a.article.0 == id).unwrap();
        assert_eq!(of("u1").event, of("u3").event);
        assert_eq!(of("d1").event == of("u1").event, joins, "{weekday:?}");
    }
}

#[test]
fn a_report_recalls_its_latest_earlier_days() {
    // Ten days named, to the day, long before publication, one only a week-day before it, and a
    // month: the latest eight of the ten are kept, in order (an anniversary long past weighs least).
    use storyline_model::TimeMention;
    let mention = |value: String| TimeMention { text: String::new(), value, start: 0, end: 0 };
    let mut times: Vec<TimeMention> = (1..=10).map(|d| mention(format!("2025-03-{d:02}"))).collect();
    times.push(mention("2025-06-09".into()));
    times.push(mention("2025-02".into()));
    times.push(mention("2025-03-05TNI".into()));
    let a = Article { times, ..article("r", "2025-06-10", "", "", &[]) };
    let days: Vec<String> = Doc::of(&a).recalls.iter().map(|d| d.to_string()).collect();
    assert_eq!(days, (3..=10).map(|d| format!("2025-03-{d:02}")).collect::<Vec<_>>());
    // An undated report recalls nothing: there is no "before" to read.
    let undated = Article { times: vec![mention("2025-03-01".into())], ..article("u", "", "", "", &[]) };
    assert!(Doc::of(&undated).recalls.is_empty());
}

/// Undated reports of a champion's title defence, each naming its challenger twice and telling
/// the fight in its own choice of sentences; `challengers` gives each report's id and challenger.
fn title_defences(challengers: &[(&str, &str)]) -> Vec<Article> {
    let person = |name: &str| Entity {
        text: name.into(),
        name: name.into(),
        kind: EntityKind::Person,
        start: 0,
        end: 0,
        country: None,
        lat: None,
        lon: None,
    };
    const TOLD: [&str; 6] = [
        "The referee waved the bout off after a heavy right hand.",
        "A sold-out arena cheered as the champion raised his gloves.",
        "Judges had the champion ahead on every card when it ended.",
        "Promoters hope to stage a unification bout next year.",
        "His trainer praised the patience and the jab of the champion.",
        "Ringside doctors checked the beaten man before he left the ring.",
    ];
    let mut articles: Vec<Article> = challengers
        .iter()
        .enumerate()
        .map(|(i, &(id, challenger))| {
            // (The n-th report of each challenger tells the same sentences: only the names differ.)
            let told: Vec<&str> = [0, 1, 3].iter().map(|k| TOLD[(i % 5 + k) % TOLD.len()]).collect();
            let detail = (0..4).map(|k| format!("{id}detail{k}")).collect::<Vec<_>>().join(" ");
            Article {
                text: format!(
                    "Heavyweight champion Marek Halvorsen stopped {challenger} to keep his belts. {} \
                     Halvorsen said {challenger} fought bravely. {} {} {detail}.",
                    told[0], told[1], told[2]
                ),
                entities: ["Marek Halvorsen", challenger, "Marek Halvorsen", challenger]
                    .into_iter()
                    .map(person)
                    .collect(),
                ..article(id, "", "", "", &[])
            }
        })
        .collect();
    // Other news, so that the fight's words are rare in the store.
    for i in 0..8 {
        let text = format!("Council meeting number {i} discussed parking fees, school buses and a new library wing.");
        articles.push(article(&format!("o{i}"), "", "", &text, &[]));
    }
    articles
}

#[test]
fn look_alike_happenings_split_by_the_people_they_name() {
    // Two title defences told in the same words by undated reports (ECB+ pairs such events): only
    // the challenger, named in each report and never beside the other, tells them apart.
    let challengers: Vec<(String, &str)> = (0..5)
        .map(|i| (format!("a{i}"), "Ivo Brandt"))
        .chain((0..5).map(|i| (format!("b{i}"), "Teodor Lisk")))
        .collect();
    let challengers: Vec<(&str, &str)> = challengers.iter().map(|(id, c)| (id.as_str(), *c)).collect();
    let articles = title_defences(&challengers);
    let out = run(&articles, &mut State::default());
    assert!(out.iter().all(|a| a.duplicate_of.is_none()), "{out:?}");
    let event = |id: &str| out.iter().find(|a| a.article.0 == id).unwrap().event.clone();
    for i in 1..5 {
        assert_eq!(event("a0"), event(&format!("a{i}")));
        assert_eq!(event("b0"), event(&format!("b{i}")));
    }
    assert_ne!(event("a0"), event("b0"));
    // Without the split, the words make them one event.
    let whole = State::default()
        .assign(&Config { split_reports: 0, ..Config::standard() }, articles.iter().map(Doc::of).collect());
    let whole_event = |id: &str| whole.iter().find(|a| a.article.0 == id).unwrap().event.clone();
    assert_eq!(whole_event("a0"), whole_event("b0"));
    // Two outlets' spellings of one challenger's name are one happening.
    let spelt: Vec<(&str, &str)> =
        challengers.iter().map(|&(id, c)| (id, if c == "Teodor Lisk" { "Ivo Brant" } else { c })).collect();
    let out = run(&title_defences(&spelt), &mut State::default());
    let event = |id: &str| out.iter().find(|a| a.article.0 == id).unwrap().event.clone();
    assert_eq!(event("a0"), event("b0"));
}

#[test]
fn spellings_of_one_name_are_a_letter_or_two_apart() {
    assert!(spellings_of_one_name("Gaddafi", "Gadhafi"));
    assert!(spellings_of_one_name("Qaddafi", "Gadhafi"));
    assert!(spellings_of_one_name("Brandt", "Brant"));
    assert!(!spellings_of_one_name("Rahman", "Thompson"));
    assert!(!spellings_of_one_name("Luck", "Garrard"));
    // Short names one letter apart only.
    assert!(!spellings_of_one_name("Obama", "Omaha"));
    assert!(!spellings_of_one_name("Lisk", "Brant"));
}

#[test]
fn new_events_of_one_happening_days_apart_are_joined() {
    // Two halves of one happening that refinement left apart (a singer checks into one clinic,
    // leaves it, and checks into another): joined when dated and days apart or both undated; not
    // when one is dated and the other not, nor weeks apart, nor when their words differ.
    let report = |id: &str, day: &str, clinic: &str| {
        let text = format!(
            "The singer Mara Quell checked into the {clinic} rehabilitation clinic on the order of a judge, \
             her lawyer said; the court had set a ninety day stay. {id}note."
        );
        article(id, day, "", &text, &[])
    };
    let other = article("x", "2013-05-02", "", "Council meeting discussed parking fees and school buses.", &[]);
    let run_merge = |articles: &[Article], labels: &[usize]| {
        let docs: Vec<Doc> = articles.iter().map(Doc::of).collect();
        let vectors: Vec<Vector> = docs.iter().map(|d| d.profile.event_vector(|_| 1.0)).collect();
        let mut labels: Vec<Option<Label>> = labels.iter().map(|&g| Some(Label::New(g))).collect();
        merge_near_events(&Config::standard(), &docs, &vectors, &mut labels);
        labels
    };
    let halves = |first: &str, second: &str| {
        vec![
            report("a1", first, "Morningside"),
            report("a2", first, "Morningside"),
            report("b1", second, "Betty Ford"),
            report("b2", second, "Betty Ford"),
            other.clone(),
        ]
    };
    let labels = [0, 0, 1, 1, 2];
    let joined = run_merge(&halves("2013-05-02", "2013-05-03"), &labels);
    assert_eq!(joined[0], joined[2], "{joined:?}");
    assert_ne!(joined[0], joined[4], "{joined:?}");
    let undated = run_merge(&halves("", ""), &labels);
    assert_eq!(undated[0], undated[2], "{undated:?}");
    assert_ne!(undated[0], undated[4], "{undated:?}");
    let one_dated = run_merge(&halves("2013-05-02", ""), &labels);
    assert_ne!(one_dated[0], one_dated[2], "{one_dated:?}");
    let weeks_apart = run_merge(&halves("2013-05-02", "2013-06-13"), &labels);
    assert_ne!(weeks_apart[0], weeks_apart[2], "{weeks_apart:?}");
    // With the threshold out of reach, nothing joins.
    let docs: Vec<Doc> = halves("2013-05-02", "2013-05-03").iter().map(Doc::of).collect();
    let vectors: Vec<Vector> = docs.iter().map(|d| d.profile.event_vector(|_| 1.0)).collect();
    let mut kept: Vec<Option<Label>> = labels.iter().map(|&g| Some(Label::New(g))).collect();
    merge_near_events(&Config { merge_threshold: 2.0, ..Config::standard() }, &docs, &vectors, &mut kept);
    assert_ne!(kept[0], kept[2]);
}

#[test]
fn a_lone_brief_joins_the_event_it_summarises() {
    // Three full reports of a climber lost on a mountain, and a one-sentence brief of it left in
    // an event of its own: the brief's few features reach only a fraction of the cosine a full
    // report would, and the bar is lowered by that fraction. A full report at that cosine stays
    // apart (`brevity` is 1 for it).
    let long = |id: &str, extra: &str| {
        let text = format!(
            "Rescue teams searched the glacier below Tarrow Peak on Friday for the climber Oren Vask, \
             who fell from the Kessel Ridge on Thursday while descending with his brother. The brother \
             reached a hut after a night on the ice and raised the alarm by radio; helicopters flew \
             until dusk, but snow and wind turned them back. Police said the search would resume at \
             first light, and that the family had been told to prepare for the worst. Mountain guides \
             described the ridge as narrow and exposed, with loose rock above a long drop to the \
             glacier. {extra}"
        );
        article(id, "", "", &text, &[])
    };
    let reports = [
        long("a1", "The park closed two huts to walkers."),
        long("a2", "Weather forecasters expected more snow by Sunday."),
        long("a3", "A memorial fund has been opened by friends of the family."),
        article(
            "b",
            "",
            "",
            "Oren Vask, a teacher, is presumed dead after a fall from Kessel Ridge, his school said.",
            &[],
        ),
        article("x", "", "", "The council voted to raise parking fees near the school and add two bus routes.", &[]),
    ];
    let docs: Vec<Doc> = reports.iter().map(Doc::of).collect();
    let vectors: Vec<Vector> = docs.iter().map(|d| d.profile.event_vector(|_| 1.0)).collect();
    let mut event = Cluster::new('e', &docs[0], &vectors[0], 0);
    event.add(&docs[1], &vectors[1]);
    event.add(&docs[2], &vectors[2]);
    let brief = Cluster::new('e', &docs[3], &vectors[3], 0);
    let config = Config::standard();
    let cosine = profile::cosine(&vectors[3], &event.centroid);
    assert!(cosine < config.event_threshold, "the brief would join without the lower bar: {cosine}");
    assert!(cosine >= config.event_threshold * brevity(&event, &brief), "{cosine} {}", brevity(&event, &brief));
    let mut labels: Vec<Option<Label>> = [0, 0, 0, 1, 2].iter().map(|&g| Some(Label::New(g))).collect();
    merge_near_events(&config, &docs, &vectors, &mut labels);
    assert_eq!(labels[3], labels[0], "{labels:?}");
    assert_ne!(labels[4], labels[0], "{labels:?}");
    // Two events of several reports, or a lone full-length report, keep the whole bar.
    assert_eq!(brevity(&event, &event), 1.0);
    let full = Cluster::new('e', &docs[0], &vectors[0], 0);
    assert!(brevity(&event, &full) > brevity(&event, &brief));
    // A report of a word or two is held to half the bar, no lower.
    let word = article("w", "", "", "Vask.", &[]);
    let word = Doc::of(&word);
    let word = Cluster::new('e', &word, &word.profile.event_vector(|_| 1.0), 0);
    assert_eq!(brevity(&event, &word), 0.5);
}
