//! People, organisations, places and groups, with a canonical name per article.
//!
//! Places and demonyms come from a gazetteer compiled into the binary (`data/places.tsv`: countries,
//! capitals, US states, cities of 100,000 people or more), with their country and coordinates.
//! Other names are runs of capitalised words, classified by their shape and context: a title
//! before them ("President", "leader"), an organisational head word ("Agency", "Ministry"), an
//! acronym. Within an article, a short mention takes the full name it stands for: "Putin" is
//! "Vladimir Putin", "Kim" is "Kim Jong Un", "KCNA" is "Korean Central News Agency" once the text
//! introduces it as "Korean Central News Agency (KCNA)".

use std::collections::HashMap;
use std::sync::LazyLock;
use storyline_model::{Entity, EntityKind};

struct Place {
    kind: &'static str,
    canonical: &'static str,
    country: &'static str,
    lat: f64,
    lon: f64,
}

static PLACES: LazyLock<HashMap<&'static str, Place>> = LazyLock::new(|| {
    include_str!("../../data/places.tsv")
        .lines()
        .filter(|l| !l.starts_with('#'))
        .filter_map(|line| {
            let mut f = line.split('\t');
            let kind = f.next()?;
            let name = f.next()?;
            let canonical = f.next()?;
            let country = f.next()?;
            let lat = f.next()?.parse().ok()?;
            let lon = f.next()?.parse().ok()?;
            Some((name, Place { kind, canonical, country, lat, lon }))
        })
        .collect()
});

/// Words that head organisation names.
const ORG_HEADS: &[&str] = &[
    "Agency",
    "Ministry",
    "Council",
    "Party",
    "Bank",
    "Company",
    "Corp",
    "Corporation",
    "Inc",
    "Ltd",
    "Group",
    "University",
    "Association",
    "Committee",
    "Commission",
    "Organization",
    "Organisation",
    "Union",
    "Army",
    "Forces",
    "Force",
    "Police",
    "Court",
    "Parliament",
    "Senate",
    "Congress",
    "Assembly",
    "Office",
    "Department",
    "Service",
    "Authority",
    "Institute",
    "Fund",
    "Times",
    "News",
    "Post",
    "Press",
    "Network",
    "Federation",
    "Foundation",
    "Board",
    "Navy",
    "Guard",
    "Club",
    "Airlines",
    "Airways",
    "Motors",
    "Holdings",
    "Industries",
    "Exchange",
    "Reserve",
    "Bureau",
    "Center",
    "Centre",
    "Alliance",
    "Coalition",
    "Front",
    "Movement",
    "Church",
    "Hospital",
    "School",
    "College",
    "Agency's",
    "Administration",
    "Cabinet",
    "Government",
    "Treasury",
    "Secretariat",
    "Directorate",
    "Brigade",
    "Command",
    "Tribunal",
    "Journal",
];

/// Organisations known by one word.
const KNOWN_ORGS: &[&str] = &["Kremlin", "Pentagon", "White House", "Downing Street", "Vatican", "Elysee", "Élysée"];

/// Titles and roles that announce a person's name.
const PERSON_TITLES: &[&str] = &[
    "President",
    "Mr",
    "Mr.",
    "Mrs",
    "Mrs.",
    "Ms",
    "Ms.",
    "Dr",
    "Dr.",
    "Prime",
    "Minister",
    "Chancellor",
    "Governor",
    "Mayor",
    "Senator",
    "Sen.",
    "Rep.",
    "General",
    "Gen.",
    "Sir",
    "Pope",
    "King",
    "Queen",
    "Prince",
    "Princess",
    "Judge",
    "Justice",
    "Secretary",
    "Chief",
    "Leader",
    "Premier",
    "Ambassador",
    "Colonel",
    "Col.",
    "Captain",
    "Commander",
    "Lt.",
    "Sgt.",
    "Officer",
    "Professor",
    "Prof.",
    "Rev.",
    "Bishop",
    "Cardinal",
    "Sheikh",
    "Emir",
    "Ayatollah",
    "Staff",
    "Deputy",
    "Vice",
    "Foreign",
    "Defence",
    "Defense",
    "Interior",
    "Finance",
    "Economy",
    "Chief",
    "Head",
    "of",
];

/// Lower-case words before a name that announce a person.
const PERSON_CUES: &[&str] = &[
    "leader",
    "president",
    "minister",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "negotiator",
    "governor",
    "mayor",
    "chief",
    "director",
    "chairman",
    "chairwoman",
    "secretary",
    "general",
    "ambassador",
    "economist",
    "analyst",
    "official",
    "executive",
    "founder",
    "coach",
    "runner",
    "player",
    "actress",
    "actor",
    "singer",
    "senator",
    "lawmaker",
    "judge",
    "envoy",
    "commander",
    "premier",
    "chancellor",
    "prosecutor",
    "lawyer",
    "professor",
    "author",
    "writer",
    "reporter",
];

/// Capitalised words that start sentences or headlines but name nothing.
pub(crate) const NOT_NAMES: &[&str] = &[
    "The",
    "A",
    "An",
    "In",
    "On",
    "At",
    "For",
    "But",
    "And",
    "Or",
    "If",
    "As",
    "It",
    "Its",
    "This",
    "That",
    "These",
    "Those",
    "He",
    "She",
    "They",
    "We",
    "I",
    "You",
    "His",
    "Her",
    "Their",
    "Our",
    "My",
    "Your",
    "There",
    "Here",
    "When",
    "While",
    "After",
    "Before",
    "Since",
    "Under",
    "Over",
    "With",
    "Without",
    "From",
    "To",
    "By",
    "Of",
    "About",
    "Also",
    "However",
    "Meanwhile",
    "Although",
    "Though",
    "Despite",
    "Read",
    "More",
    "Some",
    "Many",
    "Most",
    "All",
    "No",
    "Not",
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
    "Mr",
    "Mrs",
    "Ms",
    "Dr",
    "Published",
    "Updated",
    "Click",
    "Subscribe",
    "Share",
    "What",
    "Who",
    "Why",
    "How",
    "Where",
    "Which",
    "One",
    "Two",
    "Today",
    "Yesterday",
    "Tomorrow",
    "Last",
    "Next",
    "New",
    "Such",
    "Each",
    "Every",
    "Other",
    "Another",
    "Both",
    "Western",
    "Eastern",
    "Northern",
    "Southern",
    "State",
    "Our",
    "Ours",
    "Then",
    "So",
    "Yet",
    "Now",
    "Once",
];

/// Lower-case words allowed inside a name ("Bank of England", "bin Salman", "de Vries").
const CONNECTORS: &[&str] =
    &["of", "de", "da", "del", "der", "van", "von", "bin", "al", "la", "le", "du", "y", "and", "for", "the"];

#[derive(Debug, Clone)]
struct Span {
    start: usize,
    end: usize,
    text: String,
}

/// Runs of capitalised words, with connectors inside them, by byte offsets.
fn capitalised_runs(text: &str) -> Vec<Span> {
    let mut words: Vec<(usize, usize)> = Vec::new();
    let mut start = None;
    for (i, c) in text.char_indices() {
        let part_of_word = c.is_alphanumeric() || c == '\'' || c == '’' || c == '-' || c == '.';
        match (part_of_word, start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                words.push((s, i));
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        words.push((s, text.len()));
    }
    let clean = |(s, e): (usize, usize)| -> (usize, usize) {
        let w = &text[s..e];
        let w2 = w.trim_end_matches(['.', '\'', '’', '-']);
        let w2 = w2.strip_suffix("'s").or_else(|| w2.strip_suffix("’s")).unwrap_or(w2);
        // Keep the full stop of an initial or title ("J.", "Mr.").
        let keep_dot = w.ends_with('.') && w2.chars().filter(|c| c.is_alphabetic()).count() <= 3 && !w2.contains('.');
        (s, s + w2.len() + usize::from(keep_dot && w.len() > w2.len() && text[s + w2.len()..].starts_with('.')))
    };
    let mut runs = Vec::new();
    let mut i = 0;
    while i < words.len() {
        let (s, e) = clean(words[i]);
        let w = &text[s..e];
        if !w.starts_with(|c: char| c.is_uppercase()) {
            i += 1;
            continue;
        }
        let mut end = e;
        let mut j = i + 1;
        while j < words.len() {
            let gap = &text[end..words[j].0];
            if gap.len() > 2 || gap.contains(['\n', ',', ';', ':', '(', ')', '[', ']', '"', '“', '”']) {
                break;
            }
            // A sentence ends between the words.
            if text[..words[j].0].trim_end().ends_with(['.', '!', '?']) && !text[s..end].ends_with('.') {
                break;
            }
            let (ws, we) = clean(words[j]);
            let next = &text[ws..we];
            if next.starts_with(|c: char| c.is_uppercase()) {
                end = we;
            } else if CONNECTORS.contains(&next) && j + 1 < words.len() {
                // Only keep a connector if a capitalised word follows it.
            } else {
                break;
            }
            // Stop at a word that ends with a comma/possessive boundary in the original text.
            if text[words[j].0..words[j].1].ends_with("'s") || text[words[j].0..words[j].1].ends_with("’s") {
                j += 1;
                break;
            }
            j += 1;
        }
        runs.push(Span { start: s, end, text: text[s..end].to_string() });
        i = j.max(i + 1);
    }
    runs
}

fn previous_word(text: &str, at: usize) -> &str {
    let before = text[..at].trim_end();
    let start = before
        .char_indices()
        .rev()
        .find(|(_, c)| c.is_whitespace() || matches!(c, '(' | '"' | '“' | '‘'))
        .map_or(0, |(i, c)| i + c.len_utf8());
    before[start..].trim_matches(|c: char| !c.is_alphanumeric() && c != '.')
}

/// Finds the entities in `text`. Offsets are in characters.
pub fn entities(text: &str) -> Vec<Entity> {
    let text = super::bounded(text, 1_000_000);
    let mut found: Vec<(Span, EntityKind, Option<&'static Place>)> = Vec::new();
    // Acronyms introduced in parentheses: "Korean Central News Agency (KCNA)".
    let mut acronyms: HashMap<String, String> = HashMap::new();

    for run in capitalised_runs(text) {
        // Drop leading function words ("The Kremlin" → keep "Kremlin"; "In Seoul" → "Seoul").
        let mut span = run.clone();
        while let Some((first, rest)) = span.text.split_once(' ') {
            if NOT_NAMES.contains(&first) || CONNECTORS.contains(&first) {
                let cut = first.len() + 1;
                span = Span { start: span.start + cut, end: span.end, text: rest.to_string() };
            } else {
                break;
            }
        }
        if NOT_NAMES.contains(&span.text.as_str()) || span.text.len() < 2 {
            continue;
        }
        // Titles at the front are context, not name: "President Vladimir Putin".
        let mut titled = false;
        while let Some((first, rest)) = span.text.split_once(' ') {
            if PERSON_TITLES.contains(&first) {
                titled = true;
                let cut = first.len() + 1;
                span = Span { start: span.start + cut, end: span.end, text: rest.to_string() };
            } else {
                break;
            }
        }
        let after = &text[span.end..];
        if let Some(inner) = after.strip_prefix(" (").and_then(|r| r.split_once(')')).map(|(a, _)| a)
            && inner.len() >= 2
            && inner.len() <= 8
            && inner.chars().all(|c| c.is_ascii_uppercase())
        {
            acronyms.insert(inner.to_string(), span.text.clone());
        }
        let classified = classify(text, &span, titled);
        found.extend(classified);
    }

    // Canonical names: the longest person name containing a one-word mention; acronyms.
    let full_people: Vec<String> = found
        .iter()
        .filter(|(s, k, _)| *k == EntityKind::Person && s.text.contains(' '))
        .map(|(s, _, _)| s.text.clone())
        .collect();
    let offsets = super::CharOffsets::new(text);
    let char_at = |b: usize| offsets.char_at(b);
    let mut out = Vec::new();
    for (span, mut kind, place) in found {
        let mut name = span.text.clone();
        if let Some(long) = acronyms.get(&span.text) {
            name = long.clone();
            kind = EntityKind::Organization;
        } else if matches!(kind, EntityKind::Person | EntityKind::Other) && !span.text.contains(' ') {
            let mut matches = full_people.iter().filter(|full| full.split(' ').any(|w| w == span.text));
            if let Some(full) = matches.next() {
                name = full.clone();
                kind = EntityKind::Person;
            }
        }
        if let Some(p) = place {
            name = p.canonical.to_string();
        }
        out.push(Entity {
            text: span.text,
            name,
            kind,
            start: char_at(span.start),
            end: char_at(span.end),
            country: place.map(|p| p.country.to_string()),
            lat: place.map(|p| p.lat),
            lon: place.map(|p| p.lon),
        });
    }
    out
}

/// Decides what a run of capitalised words names; a run may hold a demonym and a name.
fn classify(text: &str, span: &Span, titled: bool) -> Vec<(Span, EntityKind, Option<&'static Place>)> {
    let words: Vec<&str> = span.text.split(' ').collect();
    // The whole run is a place or a demonym ("MOSCOW" in a dateline is Moscow).
    let title_case: String = if span.text.len() > 3 && span.text.chars().all(|c| c.is_uppercase() || c == ' ') {
        span.text
            .split(' ')
            .map(|w| {
                let mut cs = w.chars();
                cs.next().map_or(String::new(), |f| f.to_string() + &cs.as_str().to_lowercase())
            })
            .collect::<Vec<_>>()
            .join(" ")
    } else {
        span.text.clone()
    };
    if let Some(place) = PLACES.get(title_case.as_str()) {
        let kind = if place.kind == "demonym" { EntityKind::Group } else { EntityKind::Place };
        return vec![(span.clone(), kind, Some(place))];
    }
    // A demonym or place in front: "North Korean leader" is handled above; "Russian President
    // Vladimir Putin" splits into a group and a person.
    for n in (1..words.len()).rev() {
        let head = words[..n].join(" ");
        let next_is_title = PERSON_TITLES.contains(&words[n]) || ORG_HEADS.contains(words.last().unwrap_or(&""));
        // A city in front of a name splits off only before a title ("Moscow Mayor ..."): many
        // cities are also first names ("Vladimir", "Florence").
        if let Some(place) = PLACES.get(head.as_str()).filter(|p| p.kind != "city" || next_is_title) {
            let head_end = span.start + head.len();
            let rest_start = head_end + 1;
            let kind = if place.kind == "demonym" { EntityKind::Group } else { EntityKind::Place };
            let mut out = vec![(Span { start: span.start, end: head_end, text: head.clone() }, kind, Some(place))];
            // "Kursk region": the place stands for the region.
            let rest = &span.text[head.len() + 1..];
            let rest_words: Vec<&str> = rest.split(' ').collect();
            if ORG_HEADS.contains(rest_words.last().unwrap_or(&"")) {
                // "Korean Central News Agency": an organisation named after a place.
                return vec![(span.clone(), EntityKind::Organization, None)];
            }
            let mut rest_span = Span { start: rest_start, end: span.end, text: rest.to_string() };
            let mut titled = titled;
            while let Some((first, r)) = rest_span.text.split_once(' ') {
                if PERSON_TITLES.contains(&first) || PERSON_CUES.contains(&first.to_lowercase().as_str()) {
                    titled = true;
                    let cut = first.len() + 1;
                    rest_span = Span { start: rest_span.start + cut, end: rest_span.end, text: r.to_string() };
                } else {
                    break;
                }
            }
            if !PERSON_TITLES.contains(&rest_span.text.as_str()) {
                out.extend(classify(text, &rest_span, titled));
            }
            return out;
        }
    }
    let last = *words.last().unwrap_or(&"");
    let acronym = span.text.len() >= 2 && span.text.len() <= 6 && span.text.chars().all(|c| c.is_ascii_uppercase());
    let is_org = KNOWN_ORGS.contains(&span.text.as_str()) || ORG_HEADS.contains(&last) || acronym;
    let plain_words = words.iter().all(|w| {
        w.chars().next().is_some_and(char::is_uppercase)
            && w.chars().skip(1).all(|c| c.is_lowercase() || "-'.".contains(c))
    });
    // Two or three plain capitalised words are most often a person's name in news; a title, a
    // role word before them or a speech verb after them makes it likelier still.
    let is_person = titled
        || PERSON_CUES.contains(&previous_word(text, span.start).to_lowercase().as_str())
        || ((2..=4).contains(&words.len()) && plain_words && followed_by_speech(text, span.end))
        || ((2..=3).contains(&words.len()) && plain_words);
    let kind = if is_org {
        EntityKind::Organization
    } else if is_person {
        EntityKind::Person
    } else {
        EntityKind::Other
    };
    vec![(span.clone(), kind, None)]
}

fn followed_by_speech(text: &str, end: usize) -> bool {
    let after = text[end..].trim_start_matches([',', ' ']).to_ascii_lowercase();
    ["said", "says", "told", "added", "wrote", "asked", "announced"].iter().any(|w| after.starts_with(w))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(text: &str) -> Vec<(String, String, &'static str)> {
        entities(text)
            .into_iter()
            .map(|e| {
                let kind = match e.kind {
                    EntityKind::Person => "person",
                    EntityKind::Organization => "organization",
                    EntityKind::Place => "place",
                    EntityKind::Group => "group",
                    EntityKind::Other => "other",
                };
                (e.text, e.name, kind)
            })
            .collect()
    }

    fn has(found: &[(String, String, &str)], text: &str, name: &str, kind: &str) -> bool {
        found.iter().any(|(t, n, k)| t == text && n == name && *k == kind)
    }

    #[test]
    fn people_places_groups_and_organisations() {
        let text = "Russian President Vladimir Putin met North Korean leader Kim Jong Un in Moscow. \
                    The Korean Central News Agency (KCNA) said Kim praised the troops in the Kursk region. \
                    The Kremlin said Putin was grateful. Seoul has claimed about 600 were killed.";
        let found = names(text);
        for (t, n, k) in [
            ("Russian", "Russia", "group"),
            ("Vladimir Putin", "Vladimir Putin", "person"),
            ("North Korean", "North Korea", "group"),
            ("Kim Jong Un", "Kim Jong Un", "person"),
            ("Moscow", "Moscow", "place"),
            ("Korean Central News Agency", "Korean Central News Agency", "organization"),
            ("KCNA", "Korean Central News Agency", "organization"),
            ("Kim", "Kim Jong Un", "person"),
            ("Kursk", "Kursk", "place"),
            ("Kremlin", "Kremlin", "organization"),
            ("Putin", "Vladimir Putin", "person"),
            ("Seoul", "Seoul", "place"),
        ] {
            assert!(has(&found, t, n, k), "{t} / {n} / {k} not in {found:#?}");
        }
        let kursk = entities(text).into_iter().find(|e| e.text == "Kursk").unwrap();
        assert_eq!(kursk.country.as_deref(), Some("Russia"));
        assert!((kursk.lat.unwrap() - 51.7).abs() < 0.2);
    }

    #[test]
    fn offsets_are_characters() {
        let text = "Café owners in Zürich met Mayor Corine Mauch on Monday. “Solidarity” of “Pyongyang’s troops”,                     said “Anna Berg” in 東京 and «Jean Dupont».";
        for e in entities(text) {
            let got: String = text.chars().skip(e.start).take(e.end - e.start).collect();
            assert_eq!(got, e.text);
        }
    }
}
