//! Claims: who said what, and through whom it reached the page.
//!
//! Direct quotes take the speaker named beside them ("…," Kim was quoted as saying; "…," he
//! added); a following quote with no attribution keeps the last speaker. Reported speech takes the
//! speaker before the cue ("X said that …", "X has claimed …") or after the content ("…, X said").
//! When a sentence carries several attributions ("…, KCNA said, … Al Jazeera reported"), the one
//! nearest the content is the speaker and the others, in order, are the chain (`via`). "according
//! to X" and "X cited Y as saying" add links too. Speakers take the canonical entity name when one
//! is known; "he" and "she" take the last person named.

use regex::Regex;
use std::collections::HashMap;
use std::sync::LazyLock;
use storyline_model::{Claim, Entity, EntityKind};

/// Verbs of speech that attribute what follows to a speaker, each with its forms; phrases take `_`
/// for a space.
const SPEECH_VERBS: &[&str] = &[
    "say says said saying",
    "tell tells told telling",
    "add adds added adding",
    "noted noting notes",
    "stated stating states",
    "write writes wrote writing wrote_in",
    "explain explains explained explaining",
    "claim claims claimed claiming",
    "warn warns warned warning",
    "insist insists insisted insisting",
    "declare declares declared declaring",
    "announce announces announced announcing",
    "reported reporting",
    "confirm confirms confirmed confirming",
    "argue argues argued arguing",
    "acknowledge acknowledges acknowledged acknowledging",
    "cautioned cautioning",
    "estimate estimates estimated estimating",
    "predict predicts predicted predicting",
    "deny denies denied denying",
    "allege alleges alleged alleging",
    "ask asks asked asking",
    "tweeted tweeting",
    "suggest suggests suggested suggesting",
    "recall recalls recalled recalling",
    "respond responds responded responding",
    "replied replying",
    "promises promised promising",
    "pledged pledging",
    "vowed vowing",
    "reveal reveals revealed revealing",
    "indicate indicates indicated indicating",
    "conclude concludes concluded concluding",
    "contend contends contended contending",
    "maintain maintains maintained maintaining",
    "concede concedes conceded conceding",
    "admit admits admitted admitting",
    "testify testifies testified testifying",
    "stress stresses stressed stressing",
    "emphasize emphasizes emphasized emphasizing emphasised",
    "observe observes observed observing",
    "complain complains complained complaining",
    "assert asserts asserted asserting",
    "mention mentions mentioned mentioning",
    "disclose discloses disclosed disclosing",
    "express expresses expressed expressing",
    "describe describes described describing",
    "call_for calls_for called_for calling_for call_on calls_on called_on calling_on called calls calling",
    "cite cites cited citing",
    "questioned questioning",
    "urge urges urged urging",
    "demand demands demanded demanding",
    "charges charged charging",
    "countered countering",
    "propose proposes proposed proposing",
    "recommend recommends recommended recommending",
    "joked joking",
    "lamented lamenting",
    "reminds reminded reminding",
    "reiterate reiterates reiterated reiterating",
    "repeated repeating",
    "echoed echoing",
    "point_to points_to pointed_to pointing_to point_out points_out pointed_out pointing_out",
    "refer_to refers_to referred_to referring_to",
    "ruled",
    "remarked remarking",
    "boasted boasting",
    "pleaded pleading",
    "vow vows",
    "shouted shouting",
    "chanted chanting",
    "emailed",
    "retweeted",
    "answered answering",
    "voiced voicing",
    "hinted hints hinting",
    "signaled signalled signaling",
    "assured assuring",
    "touted touting touts",
    "railed railing",
    "quipped quipping",
    "mused musing",
    "spoke_of spoke_about speaks_about speaking_about talked_about talks_about talking_about",
    "discussed discussing",
    "continued",
    "made_clear_that made_it_clear_that makes_clear_that makes_it_clear_that making_clear_that making_it_clear_that",
    "imply implies implied implying",
    "clarify clarifies clarified clarifying",
    "commented commenting",
    "boast boasts",
];

/// Verbs of thinking, wanting and showing (for polls and reports): cues too, but after "and" they
/// go on with the subject of what is reported ("he posed a threat and refused to drop the gun")
/// rather than open a statement of their own.
const MENTAL_VERBS: &[&str] = &[
    "think thinks thought thinking",
    "believe believes believed",
    "know knows knew",
    "hopes hoped hoping",
    "fears feared",
    "expect expects expected expecting",
    "want wants wanted",
    "planned",
    "seek seeks sought seeking",
    "worry worries worried",
    "doubted",
    "agree agrees agreed",
    "refuse refuses refused refusing",
    "declined",
    "showed shown showing",
    "found",
    "posted",
    "shows show reports estimates finds claims hope fear",
    "see sees saw",
    "learned",
    "considered considers considering",
    "favor favors favoring",
    "prefer prefers preferred",
    "plans",
    "offered offers offering",
    // A belief held ("were optimistic that", "remains convinced that"): with its "that" only.
    "confident_that optimistic_that convinced_that hopeful_that adamant_that certain_that skeptical_that sceptical_that doubtful_that",
    "speculate speculates speculated speculating",
    // (Words that take other objects too, "suspected gunmen", "recognized Kosovo": with "that".)
    "suspect_that suspects_that suspected_that",
    "recognize_that recognizes_that recognized_that recognizing_that",
    "realize_that realizes_that realized_that",
    "understand_that understands_that understood_that",
    "anticipate_that anticipates_that anticipated_that",
    "notice_that notices_that noticed_that",
    "calculates_that calculated_that",
];

/// Verbs of stance rather than speech ("praised", "attacked"): cues of their own, but an event the
/// sentence reports when a speech cue follows ("Kim praised the troops, state media reported").
const STANCE_VERBS: &[&str] = &[
    "praised praising",
    "blamed blaming",
    "dismiss dismisses dismissed dismissing",
    "reject rejects rejected rejecting",
    "defend defended defending",
    "endorse endorses endorsed endorsing",
    "decry decries decried decrying",
    "denounce denounces denounced denouncing",
    "condemn condemns condemned condemning",
    "slams slammed slamming",
    "blasted blasting",
    "attacked attacking",
    "mocked mocking",
    "criticize criticizes criticized criticizing criticised",
    "accuse accuses accused accusing",
    "supported supporting supports",
    "backs backed",
    "oppose opposes opposed opposing",
    "praises",
    "thanked thanking",
    "applauded applauds applauding",
    "welcomed welcomes welcoming",
    "challenged",
    "encouraged encourages encouraging",
    "highlighted highlights highlighting",
    "portrayed portrays portraying portray",
    "assailed assailing",
    "pushed_for pushes_for pushing_for",
    "pressed_for",
    "requested requesting",
    "voted_for voted_against",
    "ordered",
];

/// What kind of verb a cue form is (phrases with a space: "called for").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum CueKind {
    Speech,
    Mental,
    Stance,
}

/// Every cue form with its kind, looked up once per attribution instead of scanning the lists. A
/// form in two lists takes the later ("claims": a poll's finding, not speech).
static CUE_KINDS: LazyLock<HashMap<String, CueKind, foldhash::fast::FixedState>> = LazyLock::new(|| {
    let kinds = [(SPEECH_VERBS, CueKind::Speech), (MENTAL_VERBS, CueKind::Mental), (STANCE_VERBS, CueKind::Stance)];
    kinds
        .into_iter()
        .flat_map(|(verbs, kind)| {
            verbs.iter().flat_map(|verb| verb.split(' ')).map(move |f| (f.replace('_', " "), kind))
        })
        .collect()
});

/// The kind of a cue as matched (any run of spaces or a line break between the words of a phrase);
/// `None` for the fixed phrases ("according to", "cited as saying"), which are speech.
fn cue_kind(cue: &str) -> Option<CueKind> {
    if cue.contains(|c: char| c.is_whitespace()) {
        CUE_KINDS.get(&cue.split_whitespace().collect::<Vec<_>>().join(" ")).copied()
    } else {
        CUE_KINDS.get(cue).copied()
    }
}

fn is_stance(cue: &str) -> bool {
    cue_kind(cue) == Some(CueKind::Stance)
}

/// The cue alternation, longest forms first (so "called for" wins over "called").
static CUES: LazyLock<String> = LazyLock::new(|| {
    let mut forms: Vec<String> = SPEECH_VERBS
        .iter()
        .chain(MENTAL_VERBS)
        .chain(STANCE_VERBS)
        .flat_map(|verb| verb.split(' '))
        .map(|form| form.replace('_', r"\s+"))
        .collect();
    forms.sort_by(|a, b| b.len().cmp(&a.len()).then(a.cmp(b)));
    forms.dedup();
    forms.join("|")
});

/// A name as written: capitalised words ("Vladimir Putin", "Bank of Korea").
const NAME: &str = r"[A-ZÀ-Þ][A-Za-zÀ-ÿ'’.-]*(?:\s+(?:of\s+|de\s+|al\s+)?[A-ZÀ-Þ][A-Za-zÀ-ÿ'’.-]*){0,5}";

/// People who know without being named, before the noun the speaker pattern stops at: "people
/// familiar with [the matter]", "two officials briefed on [the plan]"; people of a place before
/// its name: "researchers in [the Netherlands]", "officials in [Kabul]".
static INFORMED_LEAD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(r"(?:(?:[Tt]wo|[Tt]hree|[Ss]everal|[Mm]any|[Mm]ultiple|[Ss]ome|[Oo]ne|[Aa]n?|[Tt]he|[Oo]ther|[Ss]enior|U\.S\.)\s+){{0,2}}(?:(?:[Pp]eople|[Pp]erson|[Ss]ources?|[Oo]fficials?|[Aa]ides|[Dd]iplomats?|[Tt]hose)\s+{INFORMED}\s+(?:[A-Za-z’'.-]+\s+){{0,2}}|(?:[Rr]esearchers|[Ss]cientists|[Ee]xperts|[Oo]fficials|[Aa]nalysts|[Dd]octors|[Ii]nvestigators|[Aa]uthorities|[Rr]esidents|[Dd]iplomats|[Ww]itnesses|[Pp]rosecutors|[Ll]awmakers|[Ll]eaders)\s+(?:in|at|from)\s+(?:the\s+)?)\z"))
        .expect("informed speaker pattern")
});

/// What follows people who know: "familiar with", "close to", "briefed on".
const INFORMED: &str = r"(?:close\s+to|familiar\s+with|briefed\s+on|with\s+knowledge\s+of|involved\s+in|knowledgeable\s+about|informed\s+about|privy\s+to)";

/// After a speaker the inverted pattern read ("said a person" of "said a person familiar with the
/// matter"), what makes them people who know, up to three words (as [`INFORMED_LEAD`] reads it
/// before a cue).
static INFORMED_TAIL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(r"\A\s+{INFORMED}(?:\s+[A-Za-z’'.-]+){{1,3}}?(?:\s*[,.;:!?(—―-]|\s*\z|\s+who\s)"))
        .expect("informed tail pattern")
});

/// Where the people who know start in `before`, the text before a speaker, if they stand there.
fn informed_lead(before: &str) -> Option<usize> {
    const WORDS: &[&str] =
        &["familiar", "close", "briefed", "knowledge", "involved", "informed", "privy", " in ", " at ", " from "];
    let near = &before[before.floor_char_boundary(before.len().saturating_sub(48))..];
    if !WORDS.iter().any(|w| near.contains(w)) {
        return None;
    }
    let from = before.floor_char_boundary(before.len().saturating_sub(120));
    INFORMED_LEAD.find(&before[from..]).map(|m| from + m.start())
}

/// Who may speak, without its last alternative (see [`SPEAKER`]).
const SPEAKER_SHAPES: &str = r"(?:(?:the|The)\s+)?(?:[Tt]hose\s+(?:close\s+to|around|familiar\s+with)\s+(?:him|her|them)|[Tt]hose\s+(?:surveyed|polled|questioned|interviewed)|[A-ZÀ-Þ][A-Za-zÀ-ÿ'’.-]*(?:\s+(?:of\s+|de\s+|al\s+)?[A-ZÀ-Þ][A-Za-zÀ-ÿ'’.-]*){0,5}|he|she|they|it|He|She|They|officials|state\s+(?:media|television|radio|TV|news\s+agency)|police|analysts|experts|authorities|sources|a\s+source|aides|advisers|critics|supporters|voters|residents|witnesses|prosecutors|investigators|researchers|the\s+campaign|the\s+poll|polls|the\s+survey|the\s+study|the\s+lawsuit|the\s+complaint|the\s+memo|the\s+letter|I|we|We|(?:a|an|another|one|two|three|several|some|many|other|senior|top|the)\s+(?:[a-z-]+\s+){0,4}(?:source|sources|official|officials|aide|aides|adviser|advisers|advisor|advisors|spokesman|spokeswoman|spokesperson|lawyer|lawyers|attorney|analyst|analysts|expert|experts|strategist|strategists|operative|person|people|statement|report|campaign|poll|survey|study|memo)|the\s+company|the\s+government|the\s+ministry|the\s+agency|the\s+spokesperson|a\s+spokesperson|a\s+spokesman|the\s+spokesman|the\s+statement|the\s+report|(?-u:\b)(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Ss]everal|[Mm]any|[Ss]ome|[Mm]ost|[Bb]oth|[Oo]ther|[Tt]wo|[Tt]hree|[Ff]our|[Oo]ne)\s+(?:[A-Za-z0-9][A-Za-z0-9’'/.-]*\s+){0,3}?(?:[a-z][a-z-]+|\d+-year-olds?)|[A-ZÀ-Þ][A-Za-zÀ-ÿ.-]*(?:\s+[A-ZÀ-Þ][A-Za-zÀ-ÿ.-]*){0,3}(?:[’']s|s[’'])\s+(?:[a-z-]+\s+){0,2}[a-z]+|(?:(?:[A-Z][a-z-]+|\d[\d.,]*)\s+percent|\d[\d.,]*%)(?:\s+of\s+(?:[a-z]+\s+){0,2}[a-z]+)?|(?:(?:nearly|almost|more\s+than)\s+)?(?:one|two|three|four|five|six|seven|eight|nine|\d)\s+in\s+(?:10|ten|four|five)|(?:[a-z]+-)*[a-z]+(?:ists|ers|ors|ans|ents|ics)|(?-u:\b)(?:[Ss]ome|[Mm]any|[Mm]ost|[Ss]everal|[Oo]ther|[Tt]wo|[Tt]hree|[Ff]ew|[Aa]ll)\s+(?:[a-z-]+\s+){0,2}[A-Z][a-z]+s";

/// Who may speak: the shapes of [`SPEAKER_SHAPES`], and one member of a party after an article
/// ("an Iowa Democrat", [`PARTY_MEMBERS`]).
static SPEAKER: LazyLock<String> = LazyLock::new(|| {
    format!(
        r"{SPEAKER_SHAPES}|(?-u:\b)(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:[A-Z][A-Za-z.'’-]*\s+){{0,2}}(?:{})(?-u:\b))",
        PARTY_MEMBERS.join("|")
    )
});

/// Attributions that end at a cue: "X said", "X, a writer for Y, said", "X cited Y as saying".
/// Anchored at the end, the search runs backwards from the cue over the speaker only.
static SPEAKER_CUE: LazyLock<Regex> = LazyLock::new(|| {
    // A large lazy-DFA cache: the pattern is big, and a small cache sends searches to the slow
    // engines.
    regex::RegexBuilder::new(&speaker_cue_pattern(&CUES)).dfa_size_limit(64 << 20).build().expect("attribution pattern")
});

/// The same shapes with any word as the cue, one regex per shape and each anchored at both ends:
/// reads the groups of a span [`SPEAKER_CUE`] found, at a fraction of the cost of running the full
/// cue list, or all the shapes at once, through the backtracking engine.
static SPEAKER_CUE_GROUPS: LazyLock<[Regex; 4]> = LazyLock::new(|| {
    speaker_cue_shapes(ANY_CUE).map(|shape| {
        regex::RegexBuilder::new(&format!(r"(?x)\A(?:{shape})\z"))
            .dfa_size_limit(16 << 20)
            .build()
            .expect("attribution groups pattern")
    })
});

/// Any cue as [`SPEAKER_CUE_GROUPS`] reads it: a word, with the words some cues take after it
/// ("called for", "pointed out", "optimistic that", "made it clear that").
const ANY_CUE: &str = r"[A-Za-z]+(?:\s+(?:for|on|to|out|in|that|(?:it\s+)?clear\s+that))?";

/// The groups of `span`, a whole match of [`SPEAKER_CUE`]: the first shape, in the pattern's order,
/// that matches it all is the one the pattern took. A shape is tried only if the span holds its
/// fixed words.
fn speaker_cue_groups(span: &str) -> Option<regex::Captures<'_>> {
    // The commonest spans, "he said", "Ana Ruiz said" and "He also said", through a pattern a
    // tenth the size: the full shapes give these the same groups (a bare speaker, then the cue;
    // without a comma, no apposition), and their backtracking search costs in proportion to their
    // size.
    if span.is_ascii()
        && !span.contains(',')
        && let Some(c) = PLAIN_SPEAKER_CUE.captures(span)
    {
        return Some(c);
    }
    shape_groups(span)
}

/// The groups of `span` as the shapes of [`SPEAKER_CUE_GROUPS`] read them, one at a time.
fn shape_groups(span: &str) -> Option<regex::Captures<'_>> {
    let [cited, quoted, named, relative] = &*SPEAKER_CUE_GROUPS;
    let saying = span.ends_with("saying");
    [
        (cited, saying && span.contains("cited")),
        (quoted, saying && span.contains("quoted")),
        (named, true),
        (relative, ["and", "but", "who", "which"].iter().any(|w| span.starts_with(w))),
    ]
    .into_iter()
    .filter(|&(_, possible)| possible)
    .find_map(|(shape, _)| shape.captures(span))
}

/// A pronoun or a run of capitalised words, then what [`SPEAKER_CUE_GROUPS`]' "named" shape reads
/// between a speaker and the cue (a note in brackets, a day, "also", "has"), then the cue: the
/// plainest of its speakers, with its groups.
static PLAIN_SPEAKER_CUE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?x)\A(?P<sp4>[Hh]e|[Ss]he|[Tt]hey|I|[Ww]e|[Ii]t|[A-Z][A-Za-z'.-]*(?:\s+[A-Z][A-Za-z'.-]*){{0,5}}){}\z",
        to_the_cue(ANY_CUE)
    ))
    .expect("plain attribution pattern")
});

/// What the "named" shape of [`speaker_cue_shapes`] reads after its speaker: a note in brackets, a
/// day ("on Friday"), words such as "also" and "has", then the cue (`cues`, an alternation).
fn to_the_cue(cues: &str) -> String {
    let before_cue = BEFORE_CUE.join("|");
    format!(
        r"(?:\s+\([^()\n]+\))?(?:\s+(?:on|in|last|this|earlier|later)\s+[A-Z][a-z]+)?(?:\s+(?:{before_cue}))*\s+(?P<cue4>{cues})"
    )
}

/// The four shapes of an attribution that ends at a cue (`cues`, an alternation).
fn speaker_cue_shapes(cues: &str) -> [String; 4] {
    let speaker = &*SPEAKER;
    [
        format!(r"(?P<via>{speaker})\s+cited\s+(?P<sp1>{speaker})\s+as\s+saying"),
        format!(r"(?P<sp2>{speaker})\s+(?:was|were)\s+quoted\s+as\s+saying"),
        format!(
            r#"(?P<sp4>(?P<named>{NAME})(?:\s+\([^()\n]+\))?(?:,\s+[^,;“”"\n]+){{1,2}},|(?-u:\b)[a-zA-Z][^,;“”"\n]*,\s+(?P<renamed>{NAME}),|{speaker}){}"#,
            to_the_cue(cues)
        ),
        // ("who on Monday said", "who last week said", "who in 2010 said": a time between.)
        format!(
            r"(?-u:\b)(?P<sp6>and|but|who|which)(?:\s+(?:on|in|last|this|earlier)\s+(?:[A-Z][a-z]+|\d{{4}}|week|month|year))?(?:\s+(?:also|later|then|has|have|had))*\s+(?P<cue6>{cues})"
        ),
    ]
}

fn speaker_cue_pattern(cues: &str) -> String {
    format!(r"(?x)(?:{})\z", speaker_cue_shapes(cues).join("|"))
}

/// Cues that may come before their speaker ("…,” said Kim").
const INVERTED_CUES: &str = "said|says|say|added|adds|told|warned|warns|asked|asks|wrote|writes|insisted|insists|explained|explains|noted|notes|replied|continued|admitted|declared|argued|argues|recalled|responded|countered|acknowledged|conceded|claimed|stated|cautioned|observed|remarked|suggested|urged|complained|predicted|confirmed|reported|announced|quipped|joked|mused|lamented|boasted|tweeted|pleaded|shouted";

/// Attributions that start at a cue: "according to X", "…,” said X".
static CUE_SPEAKER: LazyLock<Regex> = LazyLock::new(|| {
    // Titles and name endings keep their full stop inside a source ("according to Adm. Thad Allen").
    let titles = super::entities::ABBREVIATIONS
        .iter()
        .chain(super::entities::NAME_ENDINGS)
        .copied()
        .collect::<Vec<_>>()
        .join("|");
    let speaker = &*SPEAKER;
    regex::RegexBuilder::new(&format!(
        r#"(?x)\A(?:
        # (A work's quoted title belongs to its source: 'according to the "Medicare for all" plan'.)
        (?i:according\s+to)\s+(?P<sp3>(?:(?-u:\b)(?:{titles}|[A-Z])\.\s|[^,.;:!?()\n“”"]|\.[A-Za-z]|"[^",.;:!?\n“”]{{1,60}}"|“[^",.;:!?\n“”]{{1,60}}”)+)
        | (?P<cue5>{INVERTED_CUES})\s+
          (?:
            (?P<sp5>{speaker})
            # "said Citigroup analyst Tobias Levkovich", "said senior State Department official John
            # Kirby": words of a title, the last in lower case, before the name.
            | (?P<title5>(?:(?:[A-Z][A-Za-z0-9.&'’-]*|[a-z][a-z-]*)\s+){{0,5}}?[a-z][a-z-]+)\s+(?P<named5>{NAME})
          )
          # "said a woman named Licha"; "said the mayor, Ines Varga": her name after a comma.
          (?:\s+(?:named|identified\s+as|called)\s+(?P<renamed5>{NAME})|,\s+(?P<appos5>[A-Z][a-z'’-]+(?:\s+[A-Z][A-Za-z'’-]+){{1,3}}))?
          # "said Smith on Tuesday", "said the company in a statement", "said Smith as he left".
          # "said a person familiar with the matter" (see INFORMED_TAIL), "said one aide who asked
          # not to be named".
          (?:\s+(?:{INFORMED}|who\s+(?:asked|spoke|declined|requested|insisted|was|were|is|are|has|have|had|did|does|would|could))\s+[^,.;:!?“”"\n]{{1,80}}?(?:\s*[,.;:!?(—―-]|\s*\z))?
          (?:\s+(?:(?:in|at|on|from|during|after|before|by|via|last|this|earlier|later|when|while|as|outside|inside|near)\s+[^,.;:!?“”"\n]{{1,60}}?|of\s+(?:his|her|their|its)\s+[^,.;:!?“”"\n]{{1,40}}?|(?:of|to|for)\s+(?:the\s+)?[A-Z][A-Za-z0-9.&'’-]*(?:\s+(?:(?:of|for|and|the|de)\s+)*[A-Z][A-Za-z0-9.&'’-]*)*|yesterday|today|tonight|[A-Z][a-z]+day(?:\s+(?:morning|afternoon|evening|night))?))?
          # "…, says a report highlighting …": a participle after the speaker describes it.
          (?:\s*[,.;:!?(—―-]|\s*\z|\s+[a-z]+ing(?-u:\b))
        )"#
    ))
    .dfa_size_limit(16 << 20)
    .build()
    .expect("attribution pattern")
});

/// A verb of seeming and what makes it a judgement: "seems ready", "appears to have", "appeared
/// poised to"; not "appeared in court", "appeared to the crowd".
/// "The House is expected to pass …", "… was widely believed to be …": what is expected or
/// believed by no one named.
static EXPECTED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)(?:is|are|was|were|be|been)\s+(?:(?:now|also|still|widely|generally|largely)\s+)?(?P<cue>expected|believed|thought|considered)\s+to\s")
        .expect("expectation pattern")
});

static HEDGE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)(?:(?:seem|seems|seemed|seeming|appear|appears|appeared)\s+(?:to\s+(?:the|a|an|him|her|them|me|us|his|its|their|our|my)\s|to\s+[a-z]|as\s+(?:if|though)\s|that\s|(?:likely|unlikely|poised|ready|set|closer|certain|headed|determined|intent|willing|eager|reluctant|confident|uneasy|open|increasingly|more|less|most|far|almost|somewhat|quite|very|all\s+but)\s|[a-z]+(?:ed|ive|ous|ful|ble|ant|ent)(?-u:\b))|(?:seem|seems|seemed)\s+(?:[a-z]+ly\s+)?(?:like\s|[A-Za-z][a-z’']*(?-u:\b)))")
        .expect("hedge pattern")
});

/// Words that name a poll or study (a first look before the poll patterns run).
const POLL_WORDS: &[&str] = &["poll", "survey", "study", "average", "ranking"];

/// "In a national CNN poll released Monday, " opening a sentence: the finding follows the comma.
static POLL_OPENING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\A(?:In|in)\s+(?P<source>(?:(?:the|a|an|our|this|that|its|his|her|their|[A-Z][A-Za-z0-9.’'/&-]*|[a-z][a-z-]*)\s+){0,8}?(?:polls?|surveys?|study|studies|average|rankings?|Polls?|Surveys?|Study|Rankings?)(?:\s+(?:released|conducted|taken|published|out|of|from|for|by|last|this|on|in|the|recent|polls|surveys|month|week|year|[A-Z][A-Za-z0-9.’'/&-]*|[a-z]+day)){0,6}),\s+")
        .expect("poll opening pattern")
});

/// "… fell to 10 percent in the latest CNN/ORC poll released Wednesday." closing a sentence.
static POLL_CLOSING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#"\s(?:in|In)\s+(?P<source>(?:the|a|an|our|this|that|its|his|her|their|[A-Z][A-Za-z0-9.’'/&-]*)\s+(?:(?:[A-Z][A-Za-z0-9.’'/&-]*|[a-z][a-z-]*)\s+){0,6}?(?:polls?|surveys?|average|Polls?|Surveys?)(?:\s+(?:released|conducted|taken|published|out|of|from|for|by|last|this|on|in|the|recent|polls|surveys|month|week|year|[A-Z][A-Za-z0-9.’'/&-]*|[a-z]+day)){0,6}?)(?:[.!]?[\s”"]*\z|[,;]\s|\s+(?:and|but|while|up|down)\s)"#)
        .expect("poll closing pattern")
});

/// "Trump's claim that", "his repeated insistence that": a statement named by a noun and owned.
static NOMINAL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)(?P<who>[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,3}(?:[’']s|s[’'])|[Hh]is|[Hh]er|[Tt]heir)\s+(?:(?:repeated|earlier|latest|recent|false|frequent|unfounded|baseless|controversial|oft-repeated)\s+)?(?P<cue>claims?|assertions?|arguments?|contention|insistence|suggestions?|beliefs?|warnings?|promises?|pledges?|allegations?|accusations?|predictions?)\s+that\s+")
        .expect("nominal statement pattern")
});

/// "As The New York Times reported on Tuesday, ", "As Ana Ruiz put it, ", "As first reported by
/// the Post, ": a source opening the sentence, what follows the comma its statement.
static AS_REPORTED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\AAs\s+(?:(?:first\s+|previously\s+|originally\s+)?(?P<cue>reported)\s+by\s+(?P<who>(?:the\s+)?[A-Z][\w.’'&-]*(?:\s+[A-Z][\w.’'&-]*){0,4})|(?P<who2>(?:[Tt]he\s+)?[A-Z][\w.’'&-]*(?:\s+[A-Z][\w.’'&-]*){0,4})\s+(?:(?:first|has|had|also)\s+)?(?P<cue2>reported|noted|wrote|said|put\s+it|pointed\s+out|observed|explained))(?:\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|last\s+week|last\s+month|last\s+year|earlier\s+this\s+(?:week|month|year)|in\s+[A-Z][a-z]+))?,\s+")
        .expect("as-reported pattern")
});

/// "To Ms. Gil, …", "To many, …", "In Trump's mind, …", "In the eyes of critics, …": whose view
/// opens a sentence.
static PERSPECTIVE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\A(?:(?P<cue>To)\s+(?P<who>(?:(?:Mr|Mrs|Ms|Dr)\.\s+)?[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3}|many|some|others|critics|supporters|opponents|fans|skeptics)|(?P<cue2>In)\s+(?P<who2>[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,3})[’']s?\s+(?:mind|view|eyes|opinion|estimation)),\s+")
        .expect("perspective pattern")
});

/// Where the date of a named poll starts ("… poll released Sunday").
static POLL_DATED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\s+(?:(?:released|conducted|taken|published|out)(?-u:\b)|(?:this|last)\s+(?:month|week|year)(?-u:\b))")
        .expect("poll date pattern")
});

/// ", who said last year that …, ": a relative clause that reports what its name said, set off by
/// commas.
static RELATIVE_STATEMENT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#",\s+who\s+(?:(?:has|had|have|also|long|previously|once|repeatedly|publicly|later)\s+)*(?P<cue>said|says|argued|argues|claimed|claims|insisted|insists|warned|warns|believes|believed|thinks|thought|predicted|predicts|contends|contended|added|adds|acknowledged|acknowledges|noted|notes|explained|conceded|admitted|stressed|emphasized)\s+(?:(?:last|this)\s+[a-z]+\s+|(?:on|in)\s+[A-Z][a-z]+\s+|earlier\s+|in\s+(?:an|a)\s+interview\s+)?(?:that\s+)?(?P<content>[^,;:“”"()\n]+)(?:,\s|[.!?]?\s*$)"#)
        .expect("relative statement pattern")
});

/// People a stance participle describes: "outside groups supporting …", "those backing …", "the
/// super PAC opposing …".
static PARTISANS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)(?P<who>(?:(?:[Oo]utside|[Ss]uper|[A-Z][A-Za-z.-]*)\s+)?(?:groups?|PACs?|those|voters|donors|activists|candidates|Democrats|Republicans|organizations?|lawmakers|members|people|pastors|delegates))\s+(?P<cue>supporting|backing|opposing|endorsing)\s")
        .expect("partisans pattern")
});

/// Where what partisans support ends: the clause's verb, a comma, a relative clause.
static PARTISAN_END: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"[,;:()]|\s(?:who|which|that|amid|also|have|has|had|are|is|were|was|will|would|said|says|say|spent|spend|and\s+those|in\s+the|on\s+the|at\s+the|for\s+the)(?-u:\b)").expect("partisan end pattern")
});

/// Where the clause after a hedge ends: a comma that opens a contrast or an attribution.
static HEDGE_END: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"[;:]\s|,\s+(?:but|while|although|though|whereas|according|said|says|analysts|experts|as|and)(?-u:\b)|,\s+[a-z]+ing\s|\s[—―]\s",
    )
    .expect("hedge end pattern")
});

/// Where the clause holding a verb starts in `before` (the sentence up to the verb): after the last
/// "that", "because", "while", ", but", ", and", "; " before it; `None` when it opens the sentence.
fn clause_start(before: &str) -> Option<usize> {
    const MARKS: &[&str] = &[
        "; ",
        ", but ",
        ", and ",
        ", while ",
        ", although ",
        ", though ",
        " that ",
        " because ",
        " although ",
        " though ",
        " while ",
        " whereas ",
        " since ",
        " if ",
        " when ",
        " as ",
    ];
    MARKS.iter().filter_map(|m| before.rfind(m).map(|i| i + m.len())).max()
}

/// A cheap first look: sentences without any cue word cannot hold an attribution.
static CUE_WORD: LazyLock<Regex> = LazyLock::new(|| {
    let cues = CUES.as_str();
    // Cues are lower case (speaker patterns read them so); "According" opens sentences.
    regex::RegexBuilder::new(&format!(r"(?-u:\b)(?:{cues}|[Aa]ccording|cited|quoted)(?-u:\b)"))
        .dfa_size_limit(16 << 20)
        .build()
        .expect("cue word pattern")
});

static QUOTE: LazyLock<Regex> = LazyLock::new(|| {
    // Marks of two kinds pair too ("…” after a straight opening one), and an opening mark typed
    // for the closing one ("“…?“ he asked"), when no right pair starts there.
    Regex::new(r#"“(?P<a>[^”]{3,})”|"(?P<b>[^"\n]{3,})"|''(?P<c>[^'\n]+(?:'[^'\n]+)*)''|"(?P<d>[^"“”\n]{3,})”|“(?P<e>[^“”\n]{3,})“|(?m:^)”(?P<f>[\p{L}\p{N}][^“”\n]{2,})”"#)
        .expect("quote pattern")
});

/// The quotes of `hay` as [`QUOTE`] finds them, each at most 4,000 bytes long: the pattern is
/// tried at each mark on the next 4,000 bytes only, so that marks a page never closes cost no
/// more than that each (an unclosed “ would have the pattern read to the end of a long sentence
/// at every mark).
fn quote_matches(hay: &str) -> Vec<std::ops::Range<usize>> {
    let mut out = Vec::new();
    let mut at = 0;
    while let Some(i) = hay[at..].find(['“', '"', '\'', '”']) {
        let from = at + i;
        // (A closing mark opens a quote only at the start of its paragraph, "”Fear. I am …”".)
        if hay[from..].starts_with('”') && !opens_paragraph(hay, from) {
            at = from + '”'.len_utf8();
            continue;
        }
        let window = &hay[from..hay.floor_char_boundary((from + 4000).min(hay.len()))];
        match QUOTE.find(window).filter(|m| m.start() == 0) {
            Some(m) => {
                out.push(from..from + m.end());
                at = from + m.end();
            }
            None => at = from + hay[from..].chars().next().map_or(1, char::len_utf8),
        }
    }
    out
}

#[derive(Debug, Clone)]
struct Attribution {
    start: usize,
    end: usize,
    speaker: String,
    /// Byte span of the speaker as written ("he", "the Kremlin").
    speaker_span: (usize, usize),
    cue: String,
    /// An intermediary named in the same phrase ("the Kremlin cited Putin").
    via: Option<String>,
}

/// Whether `before` (a sentence up to a cue) ends with a closing quote and a short speaker: "“…,”
/// he", "“…,” Ana Ruiz".
fn after_quote(before: &str) -> bool {
    // (The speaker is short: only the last bytes are read.)
    let before = before[before.floor_char_boundary(before.len().saturating_sub(120))..].trim_end();
    let speaker = before.rsplit(['”', '"', '’', '\'']).next().unwrap_or(before);
    speaker.len() < before.len()
        && speaker.split_whitespace().count() <= 4
        && before[..before.len() - speaker.len()]
            .trim_end_matches(['”', '"', '’', '\''])
            .ends_with([',', '.', '?', '!', '—'])
}

fn attributions(sentence: &str, offset: usize) -> Vec<Attribution> {
    // Only the neighbourhood of a cue word can hold an attribution (a speaker of a few words, the
    // cue, a speaker after it): search windows around the cues, not whole sentences.
    // Candidates around each cue: a speaker ending at it, or a speaker starting at it.
    let mut found: Vec<(usize, usize, Shape)> = Vec::new();
    let mut subjects: Vec<(usize, usize, usize)> = Vec::new();
    for cue in CUE_WORD.find_iter(sentence) {
        // "who asked not to be named": an aside about the speaker, no attribution.
        if asks_anonymity(&sentence[cue.end()..]) {
            continue;
        }
        // "“…,” he continued.": a quote goes on; "Cruz continued his tour" is no speech.
        let quote_follows = || {
            let after = sentence[cue.end()..].trim_start_matches([',', ':', ' ']);
            after.len() < sentence.len() - cue.end() && after.starts_with(['“', '"'])
        };
        if cue.as_str() == "continued" && !after_quote(&sentence[..cue.start()]) && !quote_follows() {
            continue;
        }
        // "hosted the show", "in the hopes that", "her claims": after an article or a possessive
        // the cue word is a noun.
        let determiner =
            |w: &str| matches!(w, "the" | "The" | "a" | "an" | "his" | "her" | "their" | "its" | "our" | "my" | "your");
        let mut before_words = sentence[..cue.start()].trim_end().rsplit(' ');
        let before_cue = before_words.next().unwrap_or("");
        // ("rejected Clinton's claim.": after a possessive, a cue that is a noun too, when nothing
        // claimed follows; "Trump's claim to understand …" is one.)
        let possessive = before_cue.ends_with("'s") || before_cue.ends_with("’s") || before_cue.ends_with("s’");
        if determiner(before_cue)
            || possessive && matches!(cue.as_str(), "claim" | "note") && ends_clause(&sentence[cue.end()..])
            || possessive && matches!(cue.as_str(), "showing" | "show")
        {
            continue;
        }
        // "2,254 confirmed cases", "211 total reported cases": after a number the cue word
        // describes what is counted.
        // (Not "Ana Ruiz, 25, said", "in 2010 said that …", "eight out of 10 said it …".)
        let number = |w: &str| {
            w.contains(|c: char| c.is_ascii_digit())
                && !w.ends_with(',')
                && w.chars().all(|c| c.is_ascii_digit() || c == ',')
        };
        let describes = || {
            let next = sentence[cue.end()..].split_whitespace().next().unwrap_or("");
            cue.as_str().ends_with("ed")
                && next.starts_with(char::is_alphabetic)
                && !matches!(
                    next,
                    "that"
                        | "to"
                        | "by"
                        | "in"
                        | "on"
                        | "at"
                        | "the"
                        | "a"
                        | "an"
                        | "it"
                        | "he"
                        | "she"
                        | "they"
                        | "we"
                )
        };
        if (number(before_cue) || before_cue == "total" && before_words.clone().next().is_some_and(number))
            && describes()
        {
            continue;
        }
        // "The tool was found off the coast", "the tool found by divers": a passive participle has
        // no speaker before it.
        let participle = matches!(cue.as_str(), "found" | "shown" | "seen" | "discovered");
        if participle && (after_auxiliary(&sentence[..cue.start()]) || sentence[cue.end()..].starts_with(" by ")) {
            continue;
        }
        // "Media reports said …", "Insurance claims rose …": a plural noun before the clause's
        // verb, not a cue.
        if matches!(cue.as_str(), "reports" | "claims") {
            let next = sentence[cue.end()..].trim_start().split([' ', ',']).next().unwrap_or("");
            let verb = next.len() > 3 && next.ends_with("ed")
                || super::times::IRREGULAR_PAST.contains(&next)
                || matches!(
                    next,
                    "said" | "say" | "show" | "suggest" | "indicate" | "have" | "are" | "were" | "and" | "or"
                );
            if verb {
                continue;
            }
        }
        // "sooner than expected", "worse than (previously) thought": a comparison, no one's view.
        let than = before_cue == "than"
            || before_words.clone().next() == Some("than") && before_cue.ends_with("ly") && before_cue != "only";
        if than && cue.as_str().ends_with(['d', 't']) {
            continue;
        }
        // "The man was said to be in a stable condition": hearsay in the passive names no speaker.
        let hearsay = matches!(cue.as_str(), "said" | "reported" | "believed" | "thought" | "alleged" | "rumoured");
        if hearsay && after_auxiliary(&sentence[..cue.start()]) && sentence[cue.end()..].starts_with(" to ") {
            continue;
        }
        // ("the first estimate of …", "the latest reports", "the best hope of halting the leak": an
        // article and an adjective of order or rank.)
        const ORDER: &[&str] = &[
            "first",
            "second",
            "last",
            "latest",
            "new",
            "initial",
            "final",
            "preliminary",
            "early",
            "recent",
            "original",
            "best",
            "only",
            "main",
            "biggest",
            "greatest",
            "false",
            "faint",
        ];
        if ORDER.contains(&before_cue) && before_words.next().is_some_and(determiner) {
            continue;
        }
        // "Trump showed up at the debate", "the costs added up", "adding to her lead": no one
        // shows or adds anything said.
        let next_word = sentence[cue.end()..].trim_start().split([' ', ',', '.']).next().unwrap_or("");
        let shows = matches!(cue.as_str(), "show" | "shows" | "showed" | "showing");
        let adds = matches!(cue.as_str(), "add" | "adds" | "added" | "adding");
        if (shows || adds) && next_word == "up" || adds_to(cue.as_str(), &sentence[cue.end()..]) {
            continue;
        }
        if no_verb_here(cue.as_str(), &sentence[..cue.start()], &sentence[cue.end()..]) {
            continue;
        }
        // "the United States", "the states that vote": the verb only after a document or a name
        // ("the report states that …", "Section 3 states that …") and before "that".
        let document = || {
            DOCUMENTS.iter().any(|d| d.eq_ignore_ascii_case(before_cue))
                || before_cue.starts_with(char::is_uppercase)
                    && !matches!(before_cue, "United" | "Member" | "Gulf" | "Baltic")
        };
        // ("Rust Belt states that have suffered": a relative clause's verb after "that".)
        let relative = || {
            let after = sentence[cue.end()..].trim_start().split(' ').nth(1).unwrap_or("");
            matches!(
                after,
                "have"
                    | "has"
                    | "had"
                    | "will"
                    | "would"
                    | "are"
                    | "were"
                    | "is"
                    | "was"
                    | "can"
                    | "could"
                    | "vote"
                    | "hold"
            ) || after.len() > 4 && after.ends_with("ed")
        };
        if cue.as_str() == "states" && (next_word != "that" || !document() || relative()) {
            continue;
        }
        // "declined slightly from 58 percent": a fall, no refusal.
        if cue.as_str() == "declined"
            && (matches!(next_word, "slightly" | "sharply" | "from" | "by" | "steadily")
                || next_word.starts_with(|c: char| c.is_ascii_digit()))
        {
            continue;
        }
        // "a TV show", "the talk show": a programme.
        if shows && matches!(before_cue, "TV" | "talk" | "radio" | "game" | "reality" | "Daily" | "television") {
            continue;
        }

        // "a London-based think tank", "at the time of writing": no one speaks.
        if cue.as_str() == "think" && sentence[cue.end()..].trim_start().starts_with("tank")
            || cue.as_str() == "writing" && sentence[..cue.start()].trim_end().ends_with(" of")
        {
            continue;
        }
        let from = sentence.floor_char_boundary(cue.start().saturating_sub(160));
        let to = sentence.ceil_char_boundary((cue.end() + 120).min(sentence.len()));
        // "Libya is close to Zimbabwe, which has few friends, says Jane Kinninmont, …": a name
        // after a preposition is no subject, and the speaker follows the cue.
        // So is the first name of a clause set off by commas ("China, Russia and Turkey would not
        // back it, said Jan Egeland"): an apposition has no verb of its own.
        let inverted = |start: usize| {
            let mut before = sentence[..start].trim_end().rsplit(' ');
            let word = before.next().unwrap_or("");
            // ("died in Springfield, Missouri, on Monday, said a spokesman": a place's second
            // name after a preposition and the first.)
            let place_named_twice = word.ends_with(',')
                && word.starts_with(char::is_uppercase)
                && before.next().is_some_and(|w| PREPOSITIONS.contains(&w));
            sentence[..cue.start()].trim_end().ends_with(',')
                && (PREPOSITIONS.contains(&word)
                    || place_named_twice
                    || has_verb_between(&sentence[start..cue.start()]))
                && CUE_SPEAKER.find(&sentence[cue.start()..to]).is_some_and(|m| {
                    // (A few words in lower case after a verb of saying that takes no object, when
                    // they end the sentence: "…, said the company's chief executive.", not "… said
                    // the campaign was working", "…, admitted his role.")
                    let ends = sentence[cue.start() + m.end()..]
                        .trim_start_matches(['.', '!', '?', '”', '"', '’', '\'', ' ', '\n'])
                        .is_empty();
                    let plain_saying = matches!(cue.as_str(), "said" | "says" | "say" | "added" | "adds");
                    let after_cue: Vec<&str> = sentence[cue.end()..cue.start() + m.end()].split_whitespace().collect();
                    let described = after_cue.len() <= 5
                        && !after_cue.iter().any(|w| STARTED.contains(w) || matches!(*w, "been" | "being"));
                    read_attribution(sentence, offset, cue.start(), cue.start() + m.end(), Shape::StartsAtCue)
                        .is_some_and(|a| a.speaker.starts_with(char::is_uppercase) || ends && plain_saying && described)
                })
        };
        // (A speaker starts a word: "he" in "hosted the show" is no speaker of "show".)
        let speaker_cue = |mut from: usize| loop {
            let start = from + SPEAKER_CUE.find(&sentence[from..cue.end()])?.start();
            if !sentence[..start].ends_with(|c: char| c.is_alphanumeric()) {
                return Some(start);
            }
            from = sentence.ceil_char_boundary(start + 1);
        };
        let mut speaker_start = speaker_cue(from);
        // "On Monday, Ines Varga, the mayor, said": an opening phrase names no speaker.
        // ("And on Tuesday, …": after a conjunction too.)
        let opener = |at: usize| {
            let mut words = sentence[at..].split(' ');
            let mut first = words.next().unwrap_or("");
            if matches!(first, "And" | "But" | "So" | "Yet") {
                first = words.next().unwrap_or("");
            }
            // ("And on Tuesday, X, the chairman, said": the pattern may start at the weekday.)
            let time = first.strip_suffix(',').is_some_and(|w| super::times::weekday_of(&w.to_lowercase()).is_some());
            // ("However, Jill Martin, the company's counsel, said": an adverb and its comma.)
            let adverb = first.strip_suffix(',').is_some_and(|w| ADVERBIAL_OPENERS.contains(&w));
            OPENERS.iter().any(|o| o.eq_ignore_ascii_case(first)) || time || adverb
        };
        if let Some(at) = speaker_start
            && opener(at)
            && let Some(comma) = sentence[at..cue.start()].find(", ")
        {
            speaker_start = speaker_cue(at + comma + 2);
        }
        let speaker_after = speaker_start.is_some_and(inverted);
        if let Some(start) = speaker_start.filter(|_| !speaker_after) {
            found.push((start, cue.end(), Shape::EndsAtCue));
        } else if let Some(m) = CUE_SPEAKER.find(&sentence[cue.start()..to])
            // "one resident, who …, told AFP": after "told" comes whom they told, when a subject
            // stands before it; "Hemsley, the author of …, said the days …": words in lower case
            // after the cue are what was said. (Unless the speaker was read after the cue
            // already: "…, said a spokesman for the prison.")
            && (cue.as_str() != "told"
                && (speaker_after
                    || cue.as_str().contains("ccording")
                    || sentence[cue.end()..cue.start() + m.end()].contains(char::is_uppercase))
                || subject_before(sentence, cue.start()).is_none())
        {
            found.push((cue.start(), cue.start() + m.end(), Shape::StartsAtCue));
        } else if subject_cue(sentence, cue.start(), cue.end())
            && let Some(subject) = subject_before(sentence, cue.start())
        {
            found.push((subject.0, cue.end(), Shape::Subject(subjects.len())));
            subjects.push((subject.0, subject.1, cue.start()));
        }
    }
    // The earliest and longest of overlapping candidates ("the Kremlin cited Putin as saying" over
    // "the Kremlin cited").
    found.sort_unstable_by_key(|&(s, e, _)| (s, std::cmp::Reverse(e)));
    // Of two candidates from one start, the longer passes through the shorter's cue: it is the
    // real one in "the Kremlin cited Putin as saying", not in "Kiedis said his band, AKA Danger
    // Mouse, wrote …" (no speaker phrase holds "X said").
    let through_cue = |long: (usize, usize, Shape), short: (usize, usize, Shape)| {
        long.0 == short.0 && long.1 > short.1 && !sentence[..long.1].ends_with("saying")
    };
    let mut i = 0;
    while i + 1 < found.len() {
        if through_cue(found[i], found[i + 1]) {
            found.remove(i);
        } else {
            i += 1;
        }
    }
    // A subject read back from the cue: where no speaker pattern matched, or where the one that
    // did names nobody ("Meanwhile, the company, which …, said" reads "Meanwhile").
    let by_subject = |(ss, se): (usize, usize), cs: usize, me: usize| Attribution {
        start: offset + ss,
        end: offset + me,
        speaker: sentence[ss..se].trim_start_matches("the ").trim_start_matches("The ").to_string(),
        speaker_span: (offset + ss, offset + se),
        cue: sentence[cs..me].to_string(),
        via: None,
    };
    // Sorted by start: a candidate overlaps a kept one iff it starts before the furthest end. A
    // candidate that reads as no attribution keeps nothing out ("on Monday, the port office
    // said, citing …" reads the speaker "Monday" for "citing"; "the port office said" stands).
    let mut kept: Vec<Attribution> = Vec::new();
    // Where the kept candidates end: a subject read back may not reach into them.
    let mut furthest = 0;
    for (ms, me, shape) in found {
        if !kept.is_empty() && ms < furthest {
            continue;
        }
        // ("the board a month later announced": a stretch of time is no speaker; the subject
        // before it may be.)
        let time = |a: &Attribution| {
            let mut words = a.speaker.rsplit(' ');
            let unit = words.next().unwrap_or("").trim_end_matches('s');
            let after = sentence.get(a.speaker_span.1 - offset..).unwrap_or("").trim_start();
            a.speaker.split(' ').count() <= 3
                && matches!(unit, "day" | "week" | "month" | "year" | "hour" | "minute" | "decade")
                && words.next().is_some_and(|w| matches!(w, "a" | "an" | "one" | "two" | "three" | "few" | "several"))
                && ["later ", "earlier ", "ago "].iter().any(|w| after.starts_with(w))
        };
        let read = read_attribution(sentence, offset, ms, me, shape).filter(|a| !time(a));
        // The subject before the cue at `cs..ce`, when the speaker pattern's reading failed.
        let subject_of = |cs: usize, ce: usize| {
            subject_cue(sentence, cs, ce)
                .then(|| subject_before(sentence, cs))
                .flatten()
                .filter(|&(ss, _)| ss >= furthest)
                .map(|subject| by_subject(subject, cs, ce))
        };
        let attribution = match shape {
            Shape::Subject(i) => Some(by_subject((subjects[i].0, subjects[i].1), subjects[i].2, me)),
            Shape::EndsAtCue if read.is_none() => {
                let cs = me - sentence[..me].rsplit(' ').next().map_or(0, str::len);
                // ("Republicans, and the talks ended there, said Tom Berg": no apposition before the
                // cue, a speaker after it.)
                let to = sentence.ceil_char_boundary((me + 120).min(sentence.len()));
                subject_of(cs, me).or_else(|| {
                    let m = CUE_SPEAKER.find(&sentence[cs..to])?;
                    read_attribution(sentence, offset, cs, cs + m.end(), Shape::StartsAtCue)
                })
            }
            // "Six in 10 said the race was close": the words after the cue read as a speaker
            // ("said the race was close.") and are not one; the subject before it may be.
            Shape::StartsAtCue if read.is_none() => {
                subject_of(ms, ms + sentence[ms..me].split(' ').next().map_or(0, str::len))
            }
            _ => read,
        };
        if let Some(mut a) = attribution {
            // ("the harbour board suddenly announced", "the UAW earlier said": an adverb before
            // the cue is not the speaker's.)
            if let Some((head, last)) = a.speaker.rsplit_once(' ')
                && (is_ly_adverb(last) || time_adverb(last))
                && !DETERMINERS.contains(&head.rsplit(' ').next().unwrap_or(""))
            {
                let cut = a.speaker.len() - head.len();
                a.speaker.truncate(head.len());
                a.speaker_span.1 -= cut;
            }
            // "Officials who spoke to reporters said …", "Friends who met her last week say …":
            // the words read as the speaker end a relative clause; its head speaks.
            // (A speaker read as a name or a pronoun stands; words in lower case may be the
            // clause's object.)
            if matches!(shape, Shape::EndsAtCue)
                && a.speaker.starts_with(char::is_lowercase)
                && !matches!(a.speaker.as_str(), "he" | "she" | "they" | "we" | "who" | "which" | "and" | "but")
            {
                let ss = a.speaker_span.0 - offset;
                let from = sentence.floor_char_boundary(ss.saturating_sub(100)).max(furthest);
                let before = sentence.get(from..ss).unwrap_or("");
                // (A cheap look for "who" first: the pattern is read where one stands.)
                if before.contains(" who ")
                    && let Some(head) = RELATIVE_HEAD.captures(before).and_then(|c| c.name("head"))
                    // (A restrictive clause has no stops: the head stays in the speaker's clause,
                    // which later readings slice from.)
                    && !before[head.start()..].contains([',', ';', ':', '\n'])
                {
                    let (hs, he) = (from + head.start(), from + head.end());
                    a.speaker = head.as_str().to_string();
                    a.speaker_span = (offset + hs, offset + he);
                }
            }
            // ("An image taken Saturday Sept. 4, 2010 shows …": a year speaks for no one; a
            // poll's share does, "42% say …", "43 said …".)
            let year = a.speaker.len() == 4 && a.speaker.parse::<u32>().is_ok_and(|y| (1800..=2100).contains(&y));
            if year {
                continue;
            }
            furthest = furthest.max(me);
            kept.push(a);
        }
    }
    kept
}

/// A restrictive relative clause before a speaker read by the patterns: its head, then "who" and
/// a few words ("Officials who spoke to", "Friends who met"), up to where the speaker was read.
static RELATIVE_HEAD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:\A|[\s(])(?P<head>(?:[A-Z][\w.’'-]*(?: [A-Z][\w.’'-]*){0,3})|(?:(?:[Tt]he|[Aa]n?|[Oo]ne) )?(?:[a-z]+(?:ers|ors|ists|ents|ans|ics|ends|ies)|man|woman|men|women|person|people|officials?|residents?|voters?|friends?|critics?|supporters?|aides?|analysts?|experts?|witnesses|witness|police))\s+who\s+(?:[\w’'.-]+\s+){1,10}\z")
        .expect("relative head pattern")
});

/// The attribution a speaker pattern found at `ms..me` of `sentence` (at byte `offset` of the
/// text), once its groups are read and checked. Only the short match's groups are read: groups
/// over a whole sentence would run the slow NFA engine.
fn read_attribution(sentence: &str, offset: usize, ms: usize, me: usize, shape: Shape) -> Option<Attribution> {
    let span = &sentence[ms..me];
    let c = match shape {
        Shape::EndsAtCue => speaker_cue_groups(span)?,
        Shape::StartsAtCue => CUE_SPEAKER.captures(span)?,
        Shape::Subject(_) => return None,
    };
    let base = ms;
    let m = c.get(0)?;
    let offset = offset + base;
    let (sp, cue, via) = if let Some(sp) = c.name("sp1") {
        (sp, "cited as saying", c.name("via").map(|v| v.as_str().to_string()))
    } else if let Some(sp) = c.name("sp2") {
        (sp, "quoted as saying", None)
    } else if let Some(sp) = c.name("sp3") {
        (sp, "according to", None)
    } else if let Some(sp) = c.name("sp6") {
        // "… and said", "…, who said": the speaker is named before; `canonical` finds it. Not
        // after a pronoun ("those who thought it was", "anyone who complains"): no one is named.
        let before = sentence[..ms].trim_end().rsplit(' ').next().unwrap_or("");
        if sp.as_str() == "who"
            && matches!(
                before.to_ascii_lowercase().as_str(),
                "those"
                    | "anyone"
                    | "anybody"
                    | "everyone"
                    | "everybody"
                    | "someone"
                    | "somebody"
                    | "others"
                    | "people"
            )
        {
            return None;
        }
        (sp, c.name("cue6").map_or("said", |m| m.as_str()), None)
    } else if c.name("sp4").is_some()
        && let Some(cue) = c.name("cue4")
        && is_passive(&sentence[ms..ms + cue.start()], cue.as_str())
    {
        // "Ines Varga was criticised for …": the subject is not who criticised.
        return None;
    } else if let Some(sp) = c.name("sp4") {
        // "Vann Newkirk, a writer for The Atlantic, said": the name is the speaker; not
        // in "… with Republicans, and the meeting broke up, said …" (a clause, no
        // apposition).
        if let Some(named) = c.name("named")
            && let after = sentence[ms + named.end()..].trim_start_matches([',', ' '])
            && ["and ", "but ", "or ", "so "].iter().any(|w| after.starts_with(w))
        {
            return None;
        }
        let name = c.name("named").or(c.name("renamed")).unwrap_or(sp);
        (name, c.name("cue4").map_or("said", |m| m.as_str()), None)
    } else {
        // "…,” said Kim": the inverted order follows a quote or a comma ("the former
        // president said Obamacare …" names no speaker "Obamacare").
        if !sentence[..ms].trim_end().ends_with([',', '”', '"', '’', '\'', '—', '―']) {
            return None;
        }
        // "said the man who shot Jesse James": a title holds no clause ("said a woman named
        // Licha" names her last).
        if let Some(title) = c.name("title5").map(|t| t.as_str())
            && let title = ["named", "called"].iter().find_map(|w| title.strip_suffix(w)).map_or(title, str::trim_end)
            && (title.split(' ').any(|w| CLAUSE_WORDS.contains(&w) || TITLE_BREAKS.contains(&w))
                || title.rsplit(' ').next().is_some_and(|w| matches!(w, "the" | "a" | "an" | "of" | "")))
        {
            return None;
        }
        // (The name after a comma stands for a lower-case speaker only: "the mayor", not "Ruiz".)
        let appos =
            c.name("appos5").filter(|_| c.name("sp5").is_some_and(|sp| sp.as_str().starts_with(char::is_lowercase)));
        let speaker = c.name("renamed5").or(appos).or(c.name("named5")).or(c.name("sp5"))?;
        // ("… saw the posting, reported it to the F.B.I.": "it" after the verb is its object.)
        if speaker.as_str() == "it" {
            return None;
        }
        (speaker, c.name("cue5").map_or("said", |m| m.as_str()), None)
    };
    // "People familiar with the matter said": the speaker pattern stops at "the matter";
    // those who know stand before it.
    if c.name("sp4").is_some()
        && let Some(lead) = informed_lead(&sentence[..ms + sp.start()])
    {
        return Some(Attribution {
            start: offset - base + lead,
            end: offset + m.end(),
            speaker: sentence[lead..ms + sp.end()].to_string(),
            speaker_span: (offset - base + lead, offset + sp.end()),
            cue: cue.to_string(),
            via,
        });
    }
    let (mut speaker, mut sp_span) = (sp.as_str(), (sp.start(), sp.end()));
    // "said the company in a statement": the speaker ends before the circumstances.
    if c.name("sp5").is_some()
        && let Some(at) = speaker
            .match_indices(' ')
            .map(|(at, _)| at)
            .find(|&at| TITLE_BREAKS.contains(&speaker[at + 1..].split(' ').next().unwrap_or("")))
    {
        speaker = &speaker[..at];
        sp_span.1 = sp_span.0 + at;
    }
    let mut start = m.start();
    // The groups pattern takes any word for the cue: in "the moderator pointed out" it
    // reads the speaker "the moderator pointed" and the cue "out"; the verb is the cue's.
    let mut cue = cue.to_string();
    if matches!(cue.as_str(), "for" | "on" | "to" | "out" | "in") {
        let (head, verb) = speaker.rsplit_once(' ')?;
        cue = format!("{verb} {cue}");
        cue_kind(&cue)?;
        speaker = head;
        sp_span.1 = sp_span.0 + head.len();
    }
    // A noun phrase without a name ("the former president"): a pronoun inside it is the
    // speaker ("the first time he said"), a function word ends it ("the man who said").
    {
        // Auxiliaries the noun phrase swallowed ("the union is accusing") are not the speaker.
        while let Some((head, last)) = speaker.rsplit_once(' ')
            && BEFORE_CUE.contains(&last)
        {
            speaker = head.trim_end();
            sp_span.1 = sp_span.0 + speaker.len();
        }
        // So are contracted ones before a participle ("He’s claiming", "Trump's said").
        if cue.ends_with("ing") || cue.ends_with("ed") || cue == "said" {
            let contraction = ["’s", "'s", "’re", "'re", "’ve", "'ve"].iter().find(|c| speaker.ends_with(**c));
            if let Some(c) = contraction.filter(|c| speaker.len() > c.len()) {
                speaker = &speaker[..speaker.len() - c.len()];
                sp_span.1 = sp_span.0 + speaker.len();
            }
        }
        // "according to an official who spoke on condition of anonymity because the announcement
        // had not been made": the source ends before its relative clause.
        if cue == "according to"
            && let Some(at) = [" who ", " whose ", " which "].iter().filter_map(|w| speaker.find(w)).min()
        {
            speaker = &speaker[..at];
            sp_span.1 = sp_span.0 + at;
        }
        // A second article not after a preposition opens the speaker ("a statement the
        // company said": the company; "the head of the agency" stays whole).
        let words: Vec<&str> = speaker.split(' ').collect();
        if let Some(i) = (1..words.len()).rev().find(|&i| {
            matches!(words[i], "the" | "a" | "an")
                && !matches!(words[i - 1], "of" | "for" | "at" | "in" | "from" | "by" | "on" | "with" | "to")
        }) {
            let from = words[..i].iter().map(|w| w.len() + 1).sum::<usize>();
            speaker = &speaker[from..];
            sp_span.0 += from;
        }
        let words: Vec<&str> = speaker.split(' ').collect();
        // "a stretch where divers believe": the relative clause's subject, where the attribution
        // starts (the words before it belong to the clause around it).
        if let Some(i) = words[..words.len() - 1].iter().rposition(|w| matches!(*w, "where" | "when")) {
            let from = words[..=i].iter().map(|w| w.len() + 1).sum::<usize>();
            speaker = &speaker[from..];
            sp_span.0 += from;
            start = sp_span.0;
        }
        let words: Vec<&str> = speaker.split(' ').collect();
        // ("according to the report he released" names the report.)
        if let Some(i) = words.iter().skip(1).rposition(|w| PRONOUNS.contains(w)).filter(|_| cue != "according to") {
            let from = words[..=i].iter().map(|w| w.len() + 1).sum::<usize>();
            speaker = &speaker[from..];
            sp_span.0 += from;
        } else if let Some(last) = words.last().filter(|w| matches!(**w, "and" | "but" | "who" | "which" | "by")) {
            // "the docks and said": the conjunction; its speaker is named before. So is the
            // speaker of a participle after "by", a means ("blindsided the Queen by not telling
            // her", "surprised the council by saying": not the Queen, not the council).
            sp_span.0 += speaker.len() - last.len();
            speaker = &speaker[speaker.len() - last.len()..];
        } else if words.iter().skip(1).any(|w| CLAUSE_WORDS.contains(w) && *w != "and")
            && cue != "according to"
            && !matches!(words[0], "Those" | "those")
        {
            // ("according to complete but unofficial returns" names its source whole, and
            // "Those close to him" its speakers.)
            return None;
        }
    }
    // "said a person familiar with the matter": those who know, whole (after the checks above,
    // for which "to" and "with" end a noun phrase).
    if c.name("sp5").is_some()
        && sp_span.1 == sp.end()
        && let Some(tail) = INFORMED_TAIL.find(&span[sp.end()..])
    {
        let words = span[sp.end()..sp.end() + tail.end()].trim_end_matches(|c: char| !c.is_alphanumeric());
        let words = words.strip_suffix(" who").unwrap_or(words).trim_end();
        speaker = &span[sp_span.0..sp.end() + words.len()];
        sp_span.1 = sp.end() + words.len();
    }
    // "It said", "This said" are not speakers; titles at the front are dropped later.
    // Function words, months and weekdays open clauses; they name no speaker. Pronouns
    // do: they are resolved to the person named before.
    // Credit lines name no speaker ("Additional reporting by …").
    // "Ines Varga reported from Lisbon": a credit line, not a report.
    if cue == "reported" && sentence[ms + m.end()..].trim_start().starts_with("from ") {
        return None;
    }
    // "…,” warned Jones.": the sentence's full stop is no part of the name ("Acme Inc." keeps its).
    if let Some(head) = speaker.strip_suffix('.')
        && let last = head.rsplit(' ').next().unwrap_or(head)
        && last.chars().count() >= 3
        && !last.contains('.')
        && !matches!(last, "Inc" | "Corp" | "Ltd" | "Co" | "Bros" | "Jr" | "Sr")
    {
        speaker = head;
        sp_span.1 -= 1;
    }
    // A possessive before the cue makes the cue a noun ("North Korea's claims about …").
    if speaker.ends_with("'s") || speaker.ends_with("’s") {
        return None;
    }
    // "scientists who infected piglets with a virus spreading around the world said", "engineers
    // working on the well said": a noun after a preposition of place is its object, no subject;
    // the one who speaks is the clause's subject, as after "and".
    if c.name("sp4").is_some()
        && let bare = speaker.strip_prefix("the ").unwrap_or(speaker)
        && !bare.contains(' ')
        && bare.starts_with(char::is_lowercase)
        && !PRONOUNS.contains(&bare)
        && let preposition = sentence[..ms + sp_span.0].trim_end().rsplit(' ').next().unwrap_or("")
        && matches!(preposition, "in" | "on" | "at" | "around" | "across" | "through" | "throughout" | "near")
    {
        let at = sentence[..ms + sp_span.0].trim_end().len() - preposition.len();
        speaker = "by";
        // (The preposition's span stands for the subject until it is found, if it is inside the
        // attribution read.)
        if let Some(from) = at.checked_sub(ms) {
            sp_span = (from, from + preposition.len());
        }
    }
    if super::entities::not_a_name(speaker)
        && !matches!(speaker, "He" | "She" | "They" | "It" | "We" | "I" | "Police")
        && !MANY.contains(&speaker)
        || matches!(speaker, "Additional" | "Reporting" | "Editing" | "Writing" | "Follow")
        // "said Mr. Cameron and the camp had failed": a title without its name.
        || super::entities::ABBREVIATIONS.contains(&speaker.trim_end_matches('.'))
    {
        return None;
    }
    // "While Ramos said …": the conjunction opens the clause, the name is the speaker.
    if let Some((first, rest)) = speaker.split_once(' ')
        && SUBORDINATORS.contains(&first)
        && rest.starts_with(|c: char| c.is_uppercase())
    {
        speaker = rest;
        sp_span.0 += first.len() + 1;
    }
    // "Texas officials said", "Germany and Austria reported": the names written before the
    // speaker are part of it.
    let before =
        if c.name("sp4").is_some() && sp_span.0 == start { names_before(&sentence[..ms + start], speaker) } else { 0 };
    let speaker = if before > 0 {
        sentence[ms + start - before..ms + sp_span.1].to_string()
    } else {
        speaker.trim_start_matches("the ").trim_start_matches("The ").to_string()
    };
    Some(Attribution {
        start: offset + start - before,
        end: offset + m.end(),
        speaker,
        speaker_span: (offset + sp_span.0 - before, offset + sp_span.1),
        cue,
        via,
    })
}

const PRONOUNS: &[&str] = &["he", "she", "they", "we", "I", "it"];

/// One member of a party, in capitals ("a Democrat", "an Iowa Republican").
const PARTY_MEMBERS: &[&str] = &["Democrat", "Republican", "Tory", "Conservative", "Liberal", "Independent"];

/// Words that open a noun phrase by counting or pointing ("the", "three", "both").
const DETERMINERS: &[&str] = &[
    "the", "a", "an", "his", "her", "their", "its", "our", "this", "that", "these", "those", "some", "many", "most",
    "several", "other", "one", "two", "three", "four", "five", "all", "both", "each", "every", "no", "any", "such",
    "few",
];

/// How many bytes at the end of `lead` are names that belong to `speaker`, which follows it: the
/// modifiers of a bare noun ("Texas officials", "U.S. and European officials") and the first names
/// of a coordination ("Germany and Austria", "the Department of Health and Human Services").
fn names_before(lead: &str, speaker: &str) -> usize {
    if !lead.ends_with(' ') {
        return 0;
    }
    let words: Vec<&str> = lead.trim_end_matches(' ').rsplit(' ').take(5).collect();
    // People and the place or group they are of: "officials in both cities insist", "leaders of
    // both parties say".
    const PEOPLE: &[&str] = &[
        "officials",
        "leaders",
        "voters",
        "members",
        "residents",
        "experts",
        "analysts",
        "lawmakers",
        "aides",
        "sources",
        "people",
        "activists",
        "executives",
        "workers",
        "diplomats",
        "observers",
        "economists",
        "strategists",
        "Democrats",
        "Republicans",
        "officers",
        "authorities",
        "delegates",
        "supporters",
    ];
    if let [preposition, noun, ..] = words.as_slice()
        && matches!(*preposition, "in" | "at" | "of" | "from" | "across" | "inside" | "within")
        && PEOPLE.iter().any(|p| p.eq_ignore_ascii_case(noun))
    {
        return preposition.len() + noun.len() + 2;
    }
    let determiner = |w: &str| DETERMINERS.iter().any(|d| d.eq_ignore_ascii_case(w));
    let name = |w: &str| {
        w.starts_with(char::is_uppercase)
            && (!super::entities::not_a_name(w) || w == "New")
            && !determiner(w)
            && w.ends_with(|c: char| c.is_alphanumeric() || c == '.')
    };
    let connector = |w: &str| matches!(w, "and" | "of" | "for");
    let mut n = words.iter().take_while(|w| name(w) || connector(w)).count();
    // (Connectors only between names.)
    while n > 0 && connector(words[n - 1]) {
        n -= 1;
    }
    // A bare noun ("officials"; "the officials", "three voters", "he" have what they need).
    let first = speaker.split(' ').next().unwrap_or("");
    let bare_noun = first.starts_with(char::is_lowercase)
        && !determiner(first)
        && !matches!(first, "who" | "which" | "and" | "but")
        && !PRONOUNS.contains(&speaker);
    let coordinated = words.first() == Some(&"and") && n >= 2;
    if n == 0 && bare_noun {
        // Lower-case modifiers after a comma or a determiner: "…, legal experts say", "the law
        // enforcement officials said".
        const LINKS: &[&str] = &[
            "where", "while", "whose", "whom", "why", "how", "though", "although", "because", "since", "until",
            "unless",
        ];
        let plain = |w: &&&str| {
            w.len() > 2
                && w.bytes().all(|b| b.is_ascii_lowercase() || b == b'-')
                // ("…, said witnesses told him": a cue is no modifier.)
                && cue_kind(w).is_none()
                && ![DETERMINERS, CLAUSE_WORDS, PREPOSITIONS, BEFORE_CUE, LINKS].iter().any(|list| list.contains(*w))
        };
        let k = words.iter().take(2).take_while(plain).count();
        let opens = |w: &str| w.ends_with(',') || determiner(w);
        if let Some(k) = (1..=k).rev().find(|&k| words.get(k).is_some_and(|w| opens(w))) {
            return words[..k].iter().map(|w| w.len() + 1).sum();
        }
    }
    if n > 0 && (bare_noun || coordinated) { words[..n].iter().map(|w| w.len() + 1).sum() } else { 0 }
}

/// How a candidate attribution was found around its cue.
#[derive(Debug, Clone, Copy)]
enum Shape {
    /// A speaker pattern ending at the cue ("X said").
    EndsAtCue,
    /// A cue opening the speaker ("according to X", "said X").
    StartsAtCue,
    /// A subject the speaker patterns do not know, read back from the cue (its index in the
    /// subjects found).
    Subject(usize),
}

/// The cues a subject found by [`subject_before`] may have: finite verbs of saying and
/// thinking, whose subject is their speaker.
const SUBJECT_CUES: &[&str] = &[
    "said",
    "says",
    "say",
    "told",
    "tells",
    "added",
    "adds",
    "wrote",
    "writes",
    "argued",
    "argues",
    "warned",
    "warns",
    "noted",
    "insisted",
    "stated",
    "acknowledged",
    "believe",
    "believes",
    "think",
    "thinks",
    "found",
    "finds",
    "showed",
    "shows",
    "reported",
    "announced",
    "confirmed",
    "explained",
    "estimated",
    "predicted",
    "suggested",
    "concluded",
    "admitted",
    "declared",
    "reports",
    "announces",
    "confirms",
    "explains",
    "estimate",
    "estimates",
    "predicts",
    "suggests",
    "concludes",
    "admits",
    "declares",
    "show",
    "want",
    "wants",
    "wanted",
    "hope",
    "hopes",
    "fear",
    "fears",
    "expect",
    "expects",
    "urged",
    "urges",
    "claimed",
    "claims",
    "denied",
    "denies",
    "believed",
    "thought",
    "agreed",
    "sees",
    "argue",
    "insist",
    "warn",
    "note",
    "acknowledge",
    "claim",
    "deny",
    "agree",
    "contend",
    "suggest",
    "predict",
    "admit",
    "insists",
    "maintains",
    "maintained",
    "contends",
    "contended",
    "asserts",
    "asserted",
    "concedes",
    "conceded",
    "recalls",
    "recalled",
    "stressed",
    "emphasized",
    "worried",
    "worry",
    "questioned",
];

/// Whether the cue at `cs..ce` of `sentence` may have its subject read back: one of
/// [`SUBJECT_CUES`], not in a credit line ("Ines Varga reported from Lisbon").
fn subject_cue(sentence: &str, cs: usize, ce: usize) -> bool {
    let cue = &sentence[cs..ce];
    let after = sentence[ce..].trim_start();
    // ("a way to claim the nomination": an infinitive has no subject before it.)
    let infinitive = sentence[..cs].trim_end().rsplit(' ').next() == Some("to");
    SUBJECT_CUES.contains(&cue) && !(cue == "reported" && after.starts_with("from ")) && !infinitive
}

/// Words a subject holds only when it is a clause, not a noun phrase, besides the
/// [`CLAUSE_WORDS`] other than "and" and "but" ("White House and Pentagon spokesmen", "all but
/// two").
const NOT_IN_SUBJECT: &[&str] = &[
    "are", "it", "he", "she", "they", "we", "I", "there", "this", "because", "after", "before", "while", "said",
    "says", "say", "told",
];

/// Words that open a phrase set off by commas after a subject ("X, who …, said", "X, a former
/// aide, said", "X, including Y, said").
const PARENTHETICAL: &[&str] = &[
    "who",
    "which",
    "whose",
    "a",
    "an",
    "the",
    "including",
    "like",
    "now",
    "then",
    "himself",
    "herself",
    "themselves",
    "for",
    "in",
    "on",
    "at",
    "when",
    "speaking",
    "writing",
    "asked",
    "among",
    "one",
    "both",
    "all",
    "along",
    "as",
    "about",
    "however",
    "though",
    "too",
    "meanwhile",
    "therefore",
    "instead",
    "moreover",
    "nevertheless",
    "nonetheless",
    "indeed",
    "of",
];

/// Words that open a sentence's adverbial ("Meanwhile, …", "In the end, …"), not its subject.
const ADVERBIAL_OPENERS: &[&str] = &[
    "Meanwhile",
    "However",
    "Still",
    "Yet",
    "Instead",
    "Also",
    "Now",
    "Then",
    "Earlier",
    "Later",
    "Separately",
    "Similarly",
    "Overall",
    "Ultimately",
    "Moreover",
    "Indeed",
    "Finally",
    "Previously",
    "Nonetheless",
    "Nevertheless",
    "Additionally",
    "Furthermore",
    "Likewise",
    "Again",
    "Today",
    "Yesterday",
    "Tonight",
    "In",
    "On",
    "At",
    "For",
    "After",
    "Before",
    "During",
    "Since",
    "By",
    "From",
    "With",
    "Without",
    "Despite",
    "Under",
    "Over",
    "Unlike",
    "Like",
    "As",
    "Asked",
    "When",
    "While",
    "If",
    "Although",
    "Though",
    "Because",
    "Once",
    "Until",
    "Last",
    "Here",
    "There",
    "Thus",
    "So",
    "Of",
    "Among",
];

/// The subject of a cue that no speaker pattern reads ("Abortion rights advocates said", "all
/// but two said", "A White House official, who requested anonymity, said"), as a byte span of
/// `sentence`: the clause's segment between commas before the cue, or before the phrases set off
/// by commas that end at it, when it makes a short noun phrase.
fn subject_before(sentence: &str, cue_start: usize) -> Option<(usize, usize)> {
    if !sentence[..cue_start].ends_with(' ') {
        return None;
    }
    let mut before = sentence[..cue_start].trim_end();
    // "X, the party's chairman, this past week announced": a time set off after the subject is
    // an aside.
    // (Within the last few dozen words: the work per cue is bounded, as below.)
    let near = before.floor_char_boundary(before.len().saturating_sub(120));
    if let Some(comma) = before[near..].rfind(',').map(|at| near + at)
        && TRAILING_TIME.find(&before[comma + 1..]).is_some_and(|m| m.start() == 0)
        && before[..comma].rsplit(',').next().is_some_and(|aside| {
            let first = aside.trim_start().split(' ').next().unwrap_or("");
            matches!(first, "the" | "a" | "an" | "his" | "her" | "its" | "their")
        })
    {
        before = &before[..comma + 1];
    }
    // "Joyce — who is listed as an attorney in Illinois — told": past an aside between dashes.
    if let Some(inner) = before.strip_suffix(['—', '―']) {
        let open = inner.rfind(['—', '―'])?;
        let aside = &inner[open..];
        if aside.split_whitespace().count() > 30
            || CUE_WORD.find_iter(aside).any(|m| !asks_anonymity(&aside[m.end()..]))
        {
            return None;
        }
        before = inner[..open].trim_end();
    }
    // A subject and its asides stand within a few hundred bytes of the cue (the work per cue is
    // bounded whatever the sentence's length).
    let window = before.floor_char_boundary(before.len().saturating_sub(400));
    let clause_start = window
        + before[window..]
            .char_indices()
            .rfind(|&(_, c)| matches!(c, ';' | ':' | '(' | ')' | '—' | '―'))
            .map_or(0, |(i, c)| i + c.len_utf8());
    // The clause's segments between commas, as byte spans of `sentence`.
    let mut segments: Vec<(usize, usize)> = Vec::new();
    let mut from = clause_start;
    for (i, _) in before[clause_start..].match_indices(',') {
        segments.push((from, clause_start + i));
        from = clause_start + i + 1;
    }
    segments.push((from, before.len()));
    let words_of = |(s, e): (usize, usize)| sentence[s..e].trim_start_matches([' ', '"', '“', '”', '\'', '’']);
    let first_word = |seg: (usize, usize)| words_of(seg).split([' ', ',']).next().unwrap_or("");
    let last = segments.len() - 1;
    let mut at = last;
    // "Henry Clay's biographers, David and Jeanne Heidler, wrote": a name set off after a noun
    // phrase is who spoke.
    // (So is a title's few words and a name: "His wife, longtime aide Huma Abedin, announced".)
    let named = |seg: (usize, usize)| {
        let words: Vec<&str> = words_of(seg).split_whitespace().collect();
        let capital = |w: &&str| w.starts_with(char::is_uppercase) || matches!(*w, "and" | "of" | "de");
        let title = words.iter().take_while(|w| w.chars().all(|c| c.is_lowercase() || c == '-')).count();
        (1..=5).contains(&(words.len() - title))
            && title <= 3
            && (title == 0 || words.len() - title >= 2)
            && words[title].starts_with(char::is_uppercase)
            && words[title..].iter().all(capital)
            && words[..title].iter().all(|w| {
                !(PARENTHETICAL.contains(w)
                    || CLAUSE_WORDS.contains(w)
                    || PREPOSITIONS.contains(w)
                    || LINK_WORDS.contains(w)
                    || cue_kind(w).is_some())
            })
    };
    if before.ends_with(',') && last >= 2 && named(segments[last - 1]) && !named(segments[last - 2]) {
        at = last - 1;
    } else if before.ends_with(',') {
        // "X, who …, said": back over the phrases set off by commas to the segment they follow.
        at = last - 1;
        // "The report, published on Wednesday by the bank, found": a past participle opens an
        // aside too.
        let opens_aside = |seg: (usize, usize)| {
            let text = sentence[seg.0..seg.1].trim_start();
            let word = first_word(seg);
            // (A quote mark and a space close the quote before the comma: `this," one resident`.)
            let quoted =
                text.starts_with(['"', '“', '”', '\'', '’']) && !text.chars().nth(1).is_some_and(char::is_whitespace);
            // ("one of the organisers" is an aside, "one resident" a subject.)
            let of = || words_of(seg).split(' ').nth(1) == Some("of");
            // ("Just shy of half, 49%, say": a share set off is an aside too.)
            let share = words_of(seg)
                .trim()
                .strip_suffix('%')
                .is_some_and(|n| n.chars().all(|c| c.is_ascii_digit() || c == '.'));
            PARENTHETICAL.contains(&word) && (!matches!(word, "one" | "both" | "all") || of())
                || quoted
                || share
                || word.len() > 4 && word.ends_with("ed") && word.starts_with(char::is_lowercase)
        };
        let aside_words: usize =
            segments[1..last].iter().map(|&(s, e)| sentence[s..e].split_whitespace().count()).sum();
        while at > 0 && opens_aside(segments[at]) {
            at -= 1;
        }
        // An aside with a cue of its own is an attribution of its own ("X, who has said …, told").
        let aside = &sentence[segments[at].1..before.len()];
        let cue_in_aside = CUE_WORD.find_iter(aside).any(|m| !asks_anonymity(&aside[m.end()..]));
        if at == last - 1 || aside_words > 30 || cue_in_aside {
            return None;
        }
    }
    // "Meanwhile, the company, which …, said": the adverbial is no subject; the next segment is.
    // ("Yet Democratic economists, like …, say": a conjunction before the subject is not.)
    let mut skip = 0;
    if ADVERBIAL_OPENERS.contains(&first_word(segments[at])) {
        let words = words_of(segments[at]).split_whitespace().count();
        if matches!(first_word(segments[at]), "Yet" | "Still" | "Now" | "Also" | "Instead" | "Later" | "Earlier")
            && words > 1
        {
            skip = first_word(segments[at]).len();
        } else {
            if at + 1 >= last {
                return None;
            }
            at += 1;
        }
    }
    let (s, e) = segments[at];
    let s = if skip > 0 { s + (sentence[s..e].len() - words_of((s, e)).len()) + skip } else { s };
    if s == window && window > 0 {
        // Cut by the window: where the subject starts is not known.
        return None;
    }
    // (Past the mark closing a quote before the comma: `this," one resident`.)
    let mut subject = sentence[s..e].trim_start_matches(['"', '”', '’', ' ']).trim();
    let mut start = s + sentence[s..e].find(subject).unwrap_or(0);
    for conjunction in ["and ", "but ", "while ", "whereas ", "And ", "But "] {
        if let Some(rest) = subject.strip_prefix(conjunction) {
            subject = rest;
            start += conjunction.len();
        }
    }
    // "an area where intelligence agencies believe …": the subject of the relative clause.
    if let Some(at) = [" where ", " when "].iter().filter_map(|w| subject.rfind(w).map(|at| at + w.len())).max() {
        subject = &subject[at..];
        start += at;
    }
    // Nor is a time ("Wells Fargo just this month announced", "officials on Monday said").
    if let Some(m) = TRAILING_TIME.find(subject)
        && m.start() > 0
    {
        subject = &subject[..m.start()];
    }
    // An adverb or an auxiliary before the cue is not the speaker's ("officials privately said",
    // "intelligence agencies have said", "aides had long said", "the UAW earlier said").
    while let Some((head, word)) = subject.rsplit_once(' ')
        && (is_ly_adverb(word)
            || time_adverb(word)
            || matches!(word, "has" | "have" | "had" | "also" | "long" | "since"))
    {
        subject = head;
    }
    let words: Vec<&str> = subject.split_whitespace().collect();
    // "Supporters who came to Philadelphia to protest say": a head of a few words and its
    // restrictive clause, which holds no cue and no pronoun of its own.
    let relative = words.iter().position(|w| *w == "who").filter(|&i| {
        (1..=4).contains(&i)
            && words.len() <= 14
            && words[i + 1..].iter().all(|w| cue_kind(w).is_none() && !PRONOUNS.contains(w) && *w != "who")
    });
    let head = relative.map_or(&words[..], |i| &words[..i]);
    // A clause, not a noun phrase; a sentence's first word alone names nobody.
    if words.is_empty()
        || relative.is_none() && words.len() > 10
        || !subject.contains(char::is_alphanumeric)
        || subject.contains(['\n', '"', '“', '”'])
        || head.iter().enumerate().any(|(i, w)| {
            // "more than 4 in 10" counts people; other clause words make a clause.
            let counts = *w == "than" && i > 0 && matches!(words[i - 1], "more" | "fewer" | "less");
            NOT_IN_SUBJECT.contains(w) || CLAUSE_WORDS.contains(w) && !matches!(*w, "and" | "but") && !counts
        })
        || head.is_empty()
        || ADVERBIAL_OPENERS.contains(&words[0])
        || words.len() == 1 && super::entities::not_a_name(words[0]) && !MANY.contains(&words[0])
    {
        return None;
    }
    Some((start, start + subject.len()))
}

/// A time closing a subject, before its cue: "just this month", "on Monday", "last week" (not a
/// bare weekday: "a filing made public Thursday says").
static TRAILING_TIME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\s+(?:(?:just|earlier|later|late|early)\s+)?(?:(?:a|an|one|two|three|a\s+few|several)\s+(?:days?|weeks?|months?|years?|hours?)\s+(?:later|earlier)|(?:this|last|next)\s+(?:past\s+)?(?:week|weekend|month|year|spring|summer|fall|autumn|winter|morning|afternoon|evening)|on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\s+(?:morning|afternoon|evening|night))?|yesterday|today)\z")
        .expect("trailing time pattern")
});

/// Words that stand for several speakers on their own ("Some say …", "Others argue …").
const MANY: &[&str] = &["Some", "Many", "Others", "Most", "Several", "Few", "Both", "All", "Everyone", "Everybody"];

/// Capitalised words that open a sentence with a phrase before its subject ("On Monday, …", "In
/// Ohio, …"), not a name.
const OPENERS: &[&str] = &[
    "On",
    "In",
    "At",
    "By",
    "For",
    "From",
    "After",
    "Before",
    "During",
    "Since",
    "Until",
    "With",
    "Without",
    "Under",
    "Over",
    "Among",
    "Despite",
    "Meanwhile",
    "Later",
    "Earlier",
    "Yesterday",
    "Today",
    "Last",
    "This",
    "Then",
    "But",
    "And",
    "Also",
    "However",
    "Still",
    "Separately",
    "Instead",
    "Now",
    "Afterward",
    "Afterwards",
];

/// Conjunctions that open a subordinate clause at the start of a sentence ("While Ramos said that
/// …, he …"): what is reported in it ends where the main clause begins.
const SUBORDINATORS: &[&str] = &[
    "While", "Although", "Though", "Because", "Since", "As", "When", "After", "Before", "If", "Unless", "Once",
    "Whereas",
];

/// Whether `clause` opens with a subordinating conjunction ("While …", "When …").
fn opens_subordinate(clause: &str) -> bool {
    SUBORDINATORS.contains(&clause.trim_start().split(' ').next().unwrap_or(""))
}

/// Words that open a clause as its subject ("…, he appears uneasy", "…, the voters were divided").
const SUBJECTS: &[&str] = &[
    "he", "she", "they", "it", "we", "I", "there", "the", "a", "an", "his", "her", "their", "its", "this", "these",
    "those", "many", "some", "most", "others",
];

/// Where the main clause after a subordinate one begins in `content`: at a comma followed by a
/// subject ("…political affiliation, he appears uneasy") or a name ("…, Trump leads"), once the
/// content has three words.
fn main_clause_start(content: &str) -> Option<usize> {
    let mut from = 0;
    while let Some(at) = content[from..].find(", ").map(|a| from + a) {
        let next = content[at + 2..].split([' ', ',']).next().unwrap_or("");
        let subject = SUBJECTS.contains(&next) || next.starts_with(|c: char| c.is_uppercase());
        if subject && content[..at].split_whitespace().count() >= 3 {
            return Some(at);
        }
        from = at + 2;
    }
    None
}
/// Where a question that opens a sentence ends ("whether the pier was safe, 75 percent said
/// yes", "if it was “safe,” the crews were divided"): at a comma before a number, a name or a
/// subject, once it has three words.
fn question_end(question: &str) -> Option<usize> {
    let mut from = 0;
    while let Some(at) = question[from..].find(',').map(|a| from + a) {
        let after = question[at + 1..].trim_start_matches(['”', '"', '’']);
        let next = after.strip_prefix(' ').map(|a| a.split([' ', ',']).next().unwrap_or(""));
        // (Or a share of those asked: "only 23 percent", "nearly half".)
        let share = |w: &str| matches!(w, "only" | "about" | "nearly" | "almost" | "just" | "most" | "half");
        let opens = next.is_some_and(|w| {
            w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit()) || SUBJECTS.contains(&w) || share(w)
        });
        if opens && question[..at].split_whitespace().count() >= 3 {
            // A closing quote mark after the comma closes the question's own quote.
            return Some(question.len() - after.len());
        }
        from = at + 1;
    }
    None
}

/// Whether a title before a name makes its bearer a woman (`Some(true)`) or a man.
fn title_gender(word: &str) -> Option<bool> {
    match word.trim_end_matches('.') {
        "Mrs" | "Ms" | "Miss" | "Madam" | "Lady" | "Dame" | "Queen" | "Princess" | "Duchess" | "Countess"
        | "Sister" | "Congresswoman" | "Assemblywoman" | "Councilwoman" | "Chairwoman" | "Spokeswoman" | "Actress" => {
            Some(true)
        }
        "Mr" | "Sir" | "Lord" | "King" | "Prince" | "Duke" | "Count" | "Father" | "Brother" | "Congressman"
        | "Assemblyman" | "Councilman" | "Chairman" | "Spokesman" | "Actor" => Some(false),
        _ => None,
    }
}

/// Auxiliaries and adverbs between a speaker and the cue ("has also said", "is accusing").
const BEFORE_CUE: &[&str] = &[
    "also",
    "later",
    "then",
    "repeatedly",
    "previously",
    "recently",
    "once",
    "often",
    "has",
    "have",
    "had",
    "would",
    "will",
    "reportedly",
    "publicly",
    "privately",
    "separately",
    "further",
    "again",
    "frequently",
    "is",
    "are",
    "was",
    "were",
    "now",
    "still",
    "not",
    "did",
    "does",
    "do",
    "can",
    "could",
    "may",
    "might",
    "long",
    "openly",
    // ("IAG, yesterday said", "Qaddafi at the beginning said", "the scientists at the time said".)
    "yesterday",
    "today",
    "tonight",
    r"at\s+the\s+(?:beginning|time|outset|start|end)",
    r"at\s+first",
    r"in\s+the\s+end",
    r"in\s+turn",
    // How it was said ("proudly declared", "flatly denied", "generally agree").
    "proudly",
    "boldly",
    "flatly",
    "bluntly",
    "angrily",
    "firmly",
    "strongly",
    "sharply",
    "quickly",
    "quietly",
    "loudly",
    "simply",
    "initially",
    "originally",
    "eventually",
    "finally",
    "immediately",
    "personally",
    "officially",
    "formally",
    "explicitly",
    "clearly",
    "directly",
    "specifically",
    "falsely",
    "wrongly",
    "mistakenly",
    "correctly",
    "rightly",
    "consistently",
    "vehemently",
    "adamantly",
    "emphatically",
    "candidly",
    "frankly",
    "forcefully",
    "confidently",
    "calmly",
    "jokingly",
    "sarcastically",
    "defiantly",
    "pointedly",
    "allegedly",
    "apparently",
    "actually",
    "essentially",
    "basically",
    "effectively",
    "generally",
    "largely",
    "mostly",
    "broadly",
    "widely",
    "increasingly",
    "subsequently",
    "famously",
    "bitterly",
    "gleefully",
    // And adverbs of manner by their endings ("effusively", "fiercely", "notably", "angrily"; not
    // "family", "assembly", "rally", "weekly").
    r"[a-z]{2,}(?:al|ive|ous|ful|ent|ant|ed|ing|ic|ate|ere|id|ct|sh|ce|se|ng|rm|nt|et|ete|ute|ire|ight|ick)ly",
    r"[a-z]{2,}[ai]bly",
    r"(?:ang|hast|read|heav|eas|happ|stead|necessar|temporar|voluntar|primar|ordinar|momentar|hurr|noisi|craft)ily",
    // ("continued to insist", "went on to explain".)
    r"continued\s+to",
    r"continues\s+to",
    r"went\s+on\s+to",
    r"goes\s+on\s+to",
    // ("remained convinced that".)
    "remain",
    "remains",
    "remained",
];

/// Words that end a noun phrase: a speaker phrase holding one is a clause, not a speaker.
const CLAUSE_WORDS: &[&str] = &[
    "who", "which", "that", "and", "or", "but", "not", "has", "have", "had", "was", "is", "were", "be", "been", "what",
    "you", "to", "would", "will", "could", "should", "may", "might", "can", "did", "does", "do", "if", "when", "as",
    "than", "so",
];

/// Whether the text between a name and a cue after it holds a verb outside a relative clause: a
/// clause, not an apposition ("Smith, 45, a farmer," is one; "China, Russia and Turkey would not
/// back it," is not).
fn has_verb_between(between: &str) -> bool {
    between.split(", ").skip(1).any(|part| {
        part.split(' ')
            .take_while(|w| !matches!(*w, "who" | "which" | "whose" | "where" | "when" | "that"))
            .any(|w| STARTED.contains(&w) && !PRONOUNS.contains(&w))
    })
}

/// Prepositions: a name after one is no subject.
const PREPOSITIONS: &[&str] = &[
    "with", "to", "of", "in", "for", "from", "by", "on", "at", "against", "about", "into", "over", "between", "among",
    "than", "like", "toward", "towards",
];

/// Words that end a title before a name ("said the man who shot Jesse James", "said a report by
/// Amnesty International"): what follows them is no speaker's name.
const TITLE_BREAKS: &[&str] = &[
    "by", "with", "for", "about", "against", "in", "at", "on", "from", "into", "after", "before", "during", "while",
    "because", "since", "until", "like", "told", "said", "says", "asked", "called", "named",
];

/// Words after a cue that modify the saying, not what was said ("said on Monday"); weekdays too
/// ("said Friday"), read by the time extractor's `weekday_of`.
const AFTER_CUE_MODIFIERS: &[&str] = &[
    "on",
    "in",
    "at",
    "during",
    "via",
    "through",
    "while",
    "when",
    "after",
    "before",
    "as",
    "from",
    "of",
    "with",
    "for",
    "without",
    "late",
    "early",
    "earlier",
    "later",
    "last",
    "this",
    "yesterday",
    "today",
    "tonight",
    "again",
    "also",
    "then",
    "repeatedly",
    "recently",
    "afterward",
    "publicly",
    "privately",
    "backstage",
    "afterwards",
];

/// Words that show a clause has begun after a cue: subjects and auxiliaries.
const STARTED: &[&str] = &[
    "he", "she", "it", "they", "we", "I", "would", "will", "could", "should", "can", "may", "might", "must", "is",
    "was", "are", "were", "has", "have", "had", "did", "does",
];

/// Whether `rest` is nothing but the end of a clause (a stop, a comma, a closing bracket).
fn ends_clause(rest: &str) -> bool {
    rest.trim_start().chars().next().is_none_or(|c| matches!(c, '.' | ',' | ';' | ':' | '!' | '?' | ')'))
}

/// Things that may state something ("the report states that …").
const DOCUMENTS: &[&str] = &[
    "report",
    "document",
    "statement",
    "memo",
    "letter",
    "law",
    "bill",
    "policy",
    "rule",
    "constitution",
    "website",
    "site",
    "page",
    "agreement",
    "contract",
    "filing",
    "complaint",
    "lawsuit",
    "order",
    "ruling",
    "decision",
    "study",
    "platform",
    "guidance",
    "amendment",
    "release",
    "post",
    "article",
    "book",
];

/// The statement that starts at `cs` and runs to its clause's end before `e` (see
/// [`content_end`]), trimmed: `None` when it has fewer than `min_words` words or a quote mark it
/// does not close.
fn statement_from(text: &str, cs: usize, e: usize, min_words: usize) -> Option<&str> {
    let content = text[cs..cs + content_end(&text[cs..e])].trim_end_matches([',', ' ', '.']);
    (content.split_whitespace().nth(min_words.saturating_sub(1)).is_some()
        && content.matches(['"', '“', '”']).count().is_multiple_of(2))
    .then_some(content)
}

/// Whether `word` is an adverb in "-ly" ("privately", "bluntly"), not a noun or an adjective that
/// ends so ("family", "rally", "the weekly").
/// An adverb of time a speaker's phrase may end with before the cue ("the UAW earlier said"): not
/// the speaker's.
fn time_adverb(word: &str) -> bool {
    matches!(word, "earlier" | "later" | "previously" | "once" | "already")
}

fn is_ly_adverb(word: &str) -> bool {
    word.len() > 3
        && word.ends_with("ly")
        && word.starts_with(char::is_lowercase)
        && !matches!(
            word,
            "family"
                | "rally"
                | "assembly"
                | "supply"
                | "monopoly"
                | "ally"
                | "tally"
                | "weekly"
                | "daily"
                | "monthly"
                | "quarterly"
                | "anomaly"
        )
}

/// The quote right after a cue and its comma or colon (`rest` = ", “It is time,” and …"), as the
/// byte span of its words inside the marks: a statement of at least three words.
fn quote_after_cue(rest: &str) -> Option<(usize, usize)> {
    let body = rest.trim_start_matches([' ', ',', ':']);
    let lead = &rest[..rest.len() - body.len()];
    if !lead.contains([',', ':']) {
        return None;
    }
    let (open, close) = match body.chars().next()? {
        '“' => ('“', '”'),
        '"' => ('"', '"'),
        _ => return None,
    };
    // (A quote is a few thousand bytes at most, as the sentence's quotes are: an unclosed mark is
    // not followed to the end of a long sentence at every cue.)
    let inner = &body[open.len_utf8()..body.floor_char_boundary(4000)];
    let end = inner.find([close, '\n']).filter(|&at| inner[at..].starts_with(close))?;
    let words = &inner[..end];
    (words.split_whitespace().count() >= 3).then(|| {
        let start = rest.len() - body.len() + open.len_utf8();
        (start, start + end)
    })
}

/// Whether `body`, the words after a cue, tell that something was said without giving it: "said
/// as much", "said so in an interview", "said when she resigned from …" (unless "that" follows),
/// "called into a town hall", "argued with the board about the fees" (with whom, not what).
fn not_given(cue: &str, body: &str) -> bool {
    let so = body.strip_prefix("so").is_some_and(|r| {
        r.is_empty() || r.starts_with([',', '.', ';']) || r.starts_with(" in ") || r.starts_with(" on ")
    });
    let when = body.starts_with("when ") && !body.split(' ').take(14).any(|w| w == "that");
    body.starts_with("as much")
        || so
        || when
        || cue.starts_with("call") && body.starts_with("into ")
        || cue.starts_with("argu") && body.starts_with("with ")
}

/// Where the content starts in `rest`, the text after a cue, when the cue introduces it ("said
/// that …", "said on Monday that …", "said he would …", "said in a statement: …"); `None` when
/// the cue ends the clause (", X said." or ", X said on Monday, adding …").
fn content_after_cue(rest: &str, cue: &str, skip_modifiers: bool) -> Option<usize> {
    let body = rest.trim_start();
    // (Nor a dash: "…, Clinton allies believe — backers she will need …" is the writer's aside.)
    if body.is_empty()
        || body.starts_with([',', '.', ';', '(', ')', '?', '!', '—', '―', '–'])
        || body.starts_with("--")
        || some_time_from(body)
    {
        return None;
    }
    // "said when asked whether …": what follows is the question, not what was said; "ruled
    // out a penalty", "ruled in his favour": a decision, not a statement.
    if opens_question(body) || asks_anonymity(body) || cue == "ruled" && !body.split(' ').take(8).any(|w| w == "that") {
        return None;
    }
    if not_given(cue, body) {
        return None;
    }
    let base = rest.len() - body.len();
    // "asked the campaigns of the three candidates why they …": after whom it was put, the
    // question itself.
    // (Not past a comma: ", who is …", ", when he claimed …" are the writer's.)
    const QUESTION_WORDS: &[&str] = &["why", "how", "whether", "if", "what", "when", "where"];
    let asked = matches!(cue, "asked" | "asks" | "ask" | "asking");
    let opener = body.split(' ').next().unwrap_or("");
    if asked && !QUESTION_WORDS.contains(&opener) && !matches!(opener, "to" | "about" | "for" | "that") {
        let mut at = 0;
        for (n, word) in body.split(' ').enumerate().take(25) {
            if n > 0 && QUESTION_WORDS.contains(&word) {
                let content = &body[at..];
                return content.split_whitespace().nth(2).is_some().then(|| base + at);
            }
            if word.ends_with([',', '.', ';', '?', ':']) || word.contains(['“', '"']) || matches!(word, "to" | "that")
            {
                break;
            }
            at += word.len() + 1;
        }
    }
    // "wrote a letter to the board": what was written is the document, not a statement; what it
    // says follows "saying" or "that", if anything does.
    if matches!(cue, "wrote" | "writes" | "write" | "writing" | "wrote in") {
        let mut words = body.split(' ');
        let document = matches!(words.next(), Some("a" | "an" | "the" | "his" | "her" | "their" | "its"))
            && words.next().is_some_and(|w| {
                matches!(
                    w.trim_end_matches([',', '.']),
                    "letter"
                        | "memo"
                        | "op-ed"
                        | "column"
                        | "note"
                        | "email"
                        | "e-mail"
                        | "book"
                        | "article"
                        | "post"
                        | "editorial"
                        | "essay"
                        | "report"
                        | "statement"
                        | "tweet"
                        | "message"
                )
            });
        // (So is whom it was written to: "wrote to the council that …", "wrote to us after the
        // debate".)
        if document || body.starts_with("to ") {
            let mut at = 0;
            for word in body.split(' ').take(20) {
                at += word.len() + 1;
                if matches!(word, "saying" | "that") {
                    let content = body.get(at..).unwrap_or("").trim_start();
                    return content.split_whitespace().nth(2).is_some().then(|| base + body.len() - content.len());
                }
                if word.ends_with(['.', ';']) {
                    break;
                }
            }
            return None;
        }
    }
    // "that" or a colon within the first few words, before any comma, opens the content when
    // those words modify the cue ("said on Monday that", "told Reuters that", "told reporters
    // that"), not when they are the content ("said officials have video that shows …").
    let lead = body.split([' ', ',']).next().unwrap_or("");
    let first = lead.to_lowercase();
    // ("at least 3,000 were deployed", "at most" and "as many as" open what was said.)
    let quantity =
        ["at least ", "at most ", "as many as ", "as much as ", "as few as "].iter().any(|q| body.starts_with(q));
    // (An adverb in "-ly" modifies the cue too: "said separately that", "said bluntly that".)
    let adverb = is_ly_adverb(&first) && first.bytes().all(|b| b.is_ascii_lowercase());
    let modifier =
        !quantity && (AFTER_CUE_MODIFIERS.contains(&first.as_str()) || super::times::weekday_of(&first).is_some());
    let modifies = modifier
        || lead.starts_with(char::is_uppercase)
        || matches!(cue, "told" | "tell" | "tells" | "telling" | "warned" | "reminded" | "assured" | "asked");
    let mut at = 0;
    // (Whom a speaker told may take longer: "told Clinton during a conference call with reporters
    // Tuesday morning that …".)
    let reach = if matches!(cue, "told" | "tells" | "tell" | "telling") && lead.starts_with(char::is_uppercase) {
        14
    } else {
        8
    };
    let mut previous = "";
    for (n, word) in body.split(' ').enumerate().take(reach) {
        let w = word.trim_end_matches([',', ':']);
        // ("blasted Republicans for being sore losers now that …": a conjunction, not what opens
        // the statement.)
        let conjunction = matches!(previous, "now" | "so" | "such" | "except" | "given" | "provided");
        previous = w;
        if n > 0 && (w == "that" && !conjunction && (modifies || adverb && n == 1) || word.ends_with(':')) {
            let from = at + word.len();
            let content = body[from..].trim_start();
            return content.split_whitespace().nth(2).is_some().then(|| base + body.len() - content.len());
        }
        // A subject or an auxiliary before it: the content has begun ("said HLN's coverage
        // would resemble that of …").
        if word.ends_with([',', ';', '.']) || word.contains('\n') || n > 0 && STARTED.contains(&w) {
            break;
        }
        at += word.len() + 1;
    }
    if first == "that" {
        let content = body[4..].trim_start();
        // "believe that was the end of it", "said that would be a mistake": "that" is the
        // subject, a verb follows it.
        const VERBS: &[&str] =
            &["was", "is", "wasn't", "isn't", "will", "would", "could", "might", "may", "should", "has", "had", "can"];
        if VERBS.contains(&content.split(' ').next().unwrap_or("")) {
            return Some(base);
        }
        return content.split_whitespace().nth(2).is_some().then(|| base + body.len() - content.len());
    }
    // "asked the campaigns why they …", "asked about his errors", "asked for proof": the question
    // or what was asked for, not whom.
    if skip_modifiers && matches!(cue, "asked" | "asks" | "asking") {
        const QUESTION: &[&str] = &["whether", "if", "why", "how", "what", "who", "whom", "when", "where", "which"];
        let mut at = 0;
        for (n, word) in body.split(' ').enumerate().take(10) {
            if n == 0 && matches!(word, "about" | "for") {
                let content = body[word.len()..].trim_start();
                return (!content.is_empty()).then(|| base + body.len() - content.len());
            }
            if QUESTION.contains(&word) {
                return Some(base + at);
            }
            if word.ends_with([',', ';', '.', ':']) || word.contains('\n') || word == "to" {
                break;
            }
            at += word.len() + 1;
        }
    }
    // "told reporters the boats were safe", "told Fox News he would run": the listener is no
    // part of what was said.
    if skip_modifiers && matches!(cue, "told" | "tell" | "tells" | "telling") {
        const LISTENERS: &[&str] = &[
            "him",
            "her",
            "them",
            "us",
            "me",
            "reporters",
            "journalists",
            "supporters",
            "lawmakers",
            "voters",
            "listeners",
            "viewers",
            "readers",
            "colleagues",
            "students",
            "delegates",
            "donors",
            "members",
            "senators",
            "investigators",
            "police",
            "officials",
        ];
        // (The first words decide: a listener is five words at most.)
        let words: Vec<&str> = body.split(' ').take(16).collect();
        let mut skip = 0;
        // Where a clause opens after a listener of two or three words ("the court she had …").
        let clause =
            |w: &&str| PRONOUNS.contains(w) || matches!(*w, "there" | "the" | "a" | "an" | "his" | "her" | "their");
        if LISTENERS.contains(&words[0]) {
            skip = 1;
        } else if matches!(words[0], "the" | "a" | "an" | "his" | "her" | "their")
            && let Some(i) = (2..4).find(|&i| words.get(i).is_some_and(clause))
            && words[1..i].iter().all(|w| w.starts_with(char::is_lowercase) && w.chars().all(char::is_alphabetic))
        {
            skip = i;
        } else if words[0].starts_with(char::is_uppercase) {
            // A name of a few words ("The Huffington Post", "Fox News").
            skip = words.iter().take(5).take_while(|w| w.starts_with(char::is_uppercase)).count();
        }
        if skip > 0 && !words[..skip].iter().any(|w| w.ends_with([',', '.', ':', ';'])) {
            let rest = &words[skip..];
            // "told The Harbour News on Thursday.": whom and when, nothing said.
            if rest.len() <= 4 && rest.first().is_some_and(|w| AFTER_CUE_MODIFIERS.contains(w)) || rest.len() < 3 {
                return None;
            }
            let from = words[..skip].iter().map(|w| w.len() + 1).sum::<usize>();
            return Some(base + from);
        }
    }
    // "…, Ines Varga told The Harbour News on Thursday.": with the content before the cue, a few
    // words after "told" without a "that" say whom she told.
    // (Or a longer name and when, with no verb: "told the House Armed Services Committee on
    // Thursday".)
    if !skip_modifiers
        && matches!(cue, "told" | "tell" | "tells" | "telling" | "asked" | "reminded" | "assured")
        && (body.split_whitespace().nth(6).is_none() || {
            let words: Vec<&str> = body.split_whitespace().take(11).collect();
            words.len() <= 10
                && !body.contains([',', ';', ':', '“', '"'])
                && !words.iter().any(|w| {
                    let w = w.trim_end_matches(['.', '!', '?']);
                    STARTED.contains(&w) || matches!(w, "that" | "whether" | "if" | "to" | "how" | "why" | "what")
                })
        })
    {
        return None;
    }
    if modifier {
        // "said on Friday he met …", "said in a statement the plan …": past a short modifier
        // when nothing before the cue can be the content.
        if !skip_modifiers {
            return None;
        }
        let words: Vec<&str> = body.splitn(7, ' ').collect();
        let single =
            first.ends_with("day") || matches!(first.as_str(), "yesterday" | "tonight" | "again" | "also" | "then");
        let skip = if single {
            1
        } else if matches!(first.as_str(), "last" | "this") {
            2
        } else {
            // The modifier runs to the word that opens the clause: a pronoun, an article or a
            // name ("for the first time it had …", "in a statement the plan …").
            let opens = |w: &str| {
                matches!(w, "it" | "he" | "she" | "they" | "we" | "I" | "the" | "a" | "an" | "there" | "this")
                    || w.starts_with(char::is_uppercase)
                    || w.starts_with(|c: char| c.is_ascii_digit())
            };
            let article =
                words.get(1).is_some_and(|w| matches!(*w, "a" | "an" | "the" | "his" | "her" | "its" | "their"));
            (2 + usize::from(article)..words.len().min(6)).find(|&i| opens(words[i]))?
        };
        if words.len() <= skip || words[..skip].iter().any(|w| w.ends_with([',', '.', ';', ':'])) {
            return None;
        }
        let from = words[..skip].iter().map(|w| w.len() + 1).sum::<usize>();
        let content = body[from..].trim_start_matches("that ");
        let three_words = content.trim_end_matches([',', ' ', '.']).split_whitespace().nth(2).is_some();
        return (three_words && !content.starts_with(['“', '"', ','])).then(|| base + body.len() - content.len());
    }
    // A quote right after the cue ("he said “provided …”") is reported here: the quotes of a
    // sentence read as reported speech sit inside it.
    let content = body.trim_end_matches([',', ' ', '.']);
    content.split_whitespace().nth(1).is_some().then_some(base)
}

/// Whether `rest`, the text after a cue to the end of its sentence, says nothing: empty, or when
/// or how it was said ("on Tuesday.", "in a statement.", "yesterday").
fn says_nothing(rest: &str) -> bool {
    let rest = rest.trim_matches(|c: char| c.is_whitespace() || matches!(c, ',' | '.' | ';' | '!' | '?'));
    let first = rest.split(' ').next().unwrap_or("").to_lowercase();
    rest.is_empty()
        || some_time_from(rest)
        || rest.split(' ').nth(4).is_none()
            && !rest.contains([',', ';', ':'])
            && (AFTER_CUE_MODIFIERS.contains(&first.as_str()) || super::times::weekday_of(&first).is_some())
}

/// [`says_nothing`], or, after a verb of speech, only where, when or through what it was said
/// ("warned in a letter to residents"; a belief's "in" names what is believed in).
fn says_nothing_after(cue: &str, rest: &str) -> bool {
    // ("reported on Tuesday -- a development that …": up to the writer's aside, in the few dozen
    // words read below.)
    let near = &rest[..rest.floor_char_boundary(200)];
    let rest = [" — ", " ― ", " -- "]
        .iter()
        .filter_map(|dash| near.find(dash).filter(|&at| opens_aside(&rest[at + dash.len()..])))
        .min()
        .map_or(rest, |at| &rest[..at]);
    let rest = rest.trim();
    let first = rest.split_whitespace().next().unwrap_or("").to_lowercase();
    says_nothing(rest)
        || not_given(cue, rest)
        || is_speech(cue) && circumstance(rest, &first)
        // ("wrote in a letter to residents": the cue holds the preposition.)
        || cue.ends_with(" in") && circumstance(rest, "in")
        // "Readers wrote to us after the debate": to whom, and nothing written after it (what
        // follows "that", "saying", "about" or a quote mark is).
        || matches!(cue, "wrote" | "writes" | "write" | "writing")
            && rest.starts_with("to ")
            && !rest
                .split(' ')
                .take(30)
                .any(|w| matches!(w, "that" | "saying" | "asking" | "urging" | "about") || w.contains(['“', '"']) || w.contains("''"))
        // "…, Ana Ruiz told reporters (at a briefing)": whom she told, and where.
        || matches!(cue, "told" | "tells" | "tell") && rest.len() <= 160 && {
            let rest = rest.trim_end_matches(['.', '!', '?']);
            let words: Vec<&str> = rest.split(' ').take(11).collect();
            words.len() <= 10
                && !rest.contains([',', ';', ':', '“', '"'])
                && !words.iter().any(|w| STARTED.contains(w) || matches!(*w, "that" | "whether" | "if" | "to" | "how" | "why" | "what"))
        }
}

/// Whether `rest`, the words after a cue, only say where, when or through what it was said, in
/// a phrase of a dozen words at most with no clause in it: "in a letter to residents", "at a
/// briefing in the town hall on Monday" (not "in a statement that …", "in 2010 the pier would …").
fn circumstance(rest: &str, first: &str) -> bool {
    // (A dozen words are short: a longer rest, maybe to the end of a long sentence, is not read.)
    if rest.len() > 160
        || !matches!(first, "in" | "on" | "at" | "during" | "via" | "through" | "from")
        || rest.contains([',', ';', ':', '“', '"'])
        // ("at least six planes filled …": a count opens what was said.)
        || ["at least ", "at most ", "At least ", "At most "].iter().any(|p| rest.starts_with(p))
    {
        return false;
    }
    let words: Vec<&str> = rest.split(' ').take(13).collect();
    words.len() <= 12
        && !words.iter().any(|w| {
            STARTED.contains(w)
                || matches!(*w, "that" | "whether" | "if" | "who" | "which" | "not")
                || w.ends_with("n't")
        })
}

/// Whether `rest`, the words after a cue, only say when: "hours earlier", "two days later".
fn some_time_from(rest: &str) -> bool {
    // (Four words at most are read: `rest` may run to the end of a long sentence.)
    let words: Vec<&str> = rest.trim_end_matches(['.', ',', ';']).split(' ').take(4).collect();
    words.len() <= 3
        && words.windows(2).last().is_some_and(|w| {
            matches!(w[0], "hours" | "days" | "weeks" | "months" | "years" | "minutes" | "moments")
                && matches!(w[1], "earlier" | "later" | "ago" | "before" | "after" | "afterward")
        })
}

/// The participle that opens a second statement between an attribution and the next quote
/// ("she said, adding, “…”", "he said, before adding: “…”").
fn added_between(between: &str) -> Option<&'static str> {
    const PARTICIPLES: &[&str] = &["adding", "continuing", "noting", "explaining", "insisting", "arguing", "warning"];
    between.split(|c: char| !c.is_alphabetic()).find_map(|w| PARTICIPLES.iter().find(|p| **p == w).copied())
}

/// Whether `rest`, the words after "asked", ask for the speaker's anonymity ("who asked not to
/// be named"): no statement.
fn asks_anonymity(rest: &str) -> bool {
    let rest = rest.trim_start();
    [
        "not to be ",
        "for anonymity",
        "anonymity",
        "on condition of anonymity",
        "on the condition",
        "that his name",
        "that her name",
        "that their names",
    ]
    .iter()
    .any(|p| rest.starts_with(p))
}

/// Conjunctions that end a clause before a cue set off by commas ("…, because, according to X,
/// …"): what was said follows the cue.
const LINK_WORDS: &[&str] =
    &["because", "but", "and", "so", "that", "since", "while", "although", "though", "yet", "or", "if", "when", "as"];

/// Whether `rest` (", a former aide …") describes the speaker just named rather than carrying on
/// what was said.
fn is_apposition(rest: &str) -> bool {
    let first = rest.trim_start_matches([',', ' ']).split(' ').next().unwrap_or("");
    matches!(first, "a" | "an" | "who" | "which" | "whose")
}

/// Whether `rest` (", the national incident commander.") is a noun phrase up to its comma or the
/// end: a determiner and no verb of a clause.
fn describes(rest: &str) -> bool {
    let part = rest.trim_start_matches([',', ' ']);
    let part = part.split([',', ';']).next().unwrap_or("");
    let words: Vec<&str> = part.split_whitespace().collect();
    matches!(words.first().copied(), Some("the" | "his" | "her" | "its" | "their"))
        && words.len() <= 8
        && !words.iter().any(|w| STARTED.contains(w) || CLAUSE_WORDS.contains(w) || w.ends_with("ed"))
}

/// After a quote's closing mark, to the end of its line: a dash and the name that signs it ("” ―
/// Ana Ruiz.", "” ― Ana Ruiz, 34, Lisbon"), at the line's end or before the next quote.
static SIGNED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#"\A[”"’']*[.,]?[ \t\u{a0}]*(?P<dash>[―—–]|--?)[ \t\u{a0}]*(?P<name>\p{Lu}[\p{L}.'’-]*(?:[ \t\u{a0}]+(?:\p{Lu}[\p{L}.'’-]*|de|la|van|von|al)){0,4})(?:,[ \t\u{a0}]+[\p{Lu}\d][\p{L}\d.'’-]*(?:,?[ \t\u{a0}]+[\p{Lu}\d][\p{L}\d.'’-]*){0,4})?\.?[ \t\u{a0}]*(?:\z|[“"”])"#)
        .expect("signed quote pattern")
});

/// A headline's lead before its colon: a name, then where or to whom it spoke ("Mukasey at RNC").
static HEADLINE_ADDRESS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\A([A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*)*) (?:at|to|on|On|in|In|before|Before|after|After) [A-Z][\w.'’-]*(?: (?:[A-Z][\w.'’-]*|of|the|and))*\z")
        .expect("headline address pattern")
});

/// Labels that open a line with a colon but name nobody ("Update: …", "Watch: …").
const HEADLINE_LABELS: &[&str] = &[
    "update",
    "updated",
    "editor's note",
    "editor’s note",
    "note",
    "photo",
    "photos",
    "video",
    "watch",
    "related",
    "read more",
    "read",
    "see also",
    "see",
    "source",
    "sources",
    "exclusive",
    "breaking",
    "breaking news",
    "analysis",
    "opinion",
    "live",
    "transcript",
    "q",
    "a",
    "warning",
    "correction",
    "clarification",
    "listen",
    "more",
    "also read",
    "tags",
    "topics",
    "by",
    "author",
    "authors",
    "credit",
    "image",
    "caption",
    "file",
    "published",
    "posted",
    "when",
    "where",
    "what",
    "why",
    "how",
    "who",
    "date",
    "time",
    "location",
    "contact",
    "email",
    "phone",
    // Teasers' labels: "BOOM: …", "REVEALED: …".
    "boom",
    "wow",
    "revealed",
    "bombshell",
    "busted",
    "shocking",
    "alert",
    "just in",
    "developing",
    "flashback",
];

/// A question put to someone unnamed: "Asked (on Monday) whether …" opening a sentence, or
/// "when asked if …".
static ASKED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?:\A\s*|(?-u:\b)(?P<when>[Ww]hen)\s+)[Aa]sked\s+(?:[^\s,.;:“”]+\s+){0,6}?(?P<q>whether|if|what|who|whom|why|how|which|about)\s",
    )
    .expect("question pattern")
});

/// Whether `text` opens with a question put ("when asked whether …").
fn opens_question(text: &str) -> bool {
    // (An opening question is short: the search reads the first few hundred bytes only.)
    ASKED.find(&text[..text.floor_char_boundary(300)]).is_some_and(|m| m.start() == 0)
}

/// Links of a chain kept: real chains have two or three ("KCNA said, Al Jazeera reported, ANI").
const MAX_CHAIN: usize = 8;

/// A wire dateline opening a sentence: a place and date, then the agency in brackets.
static DATELINE: LazyLock<Regex> = LazyLock::new(|| {
    // ("Pyongyang, August 21 (ANI): ", "WASHINGTON -- ", "MANCHESTER, N.H. — ": a place in
    // capitals, maybe its state; "SALVADOR, Feb 26 - ", "NEW DELHI: ": maybe a day, or a colon.)
    Regex::new(
        r"^(?:[^.:()\n]{2,80}\([A-Z][A-Za-z]{1,12}\)\s*[:–—-]|[A-Z]{3,}(?:[ '-][A-Z]{2,}){0,3}(?:, [A-Z][A-Za-z.]{1,10}(?: [A-Z][A-Za-z.]{1,10})?)?(?:,? [A-Z][a-z]{2,8}\.? \d{1,2})?(?:\s*\([A-Z][A-Za-z]{1,12}\))?(?:\s+(?:--|[–—-])|:))\s+",
    )
    .expect("dateline pattern")
});

/// Spans sorted by start, with the furthest end up to each: whether a span overlaps any of them,
/// in logarithmic time.
struct Spans {
    starts: Vec<usize>,
    furthest: Vec<usize>,
    ends: Vec<usize>,
}

impl Spans {
    fn new(mut spans: Vec<(usize, usize)>) -> Spans {
        spans.sort_unstable();
        let mut set = Spans { starts: Vec::new(), furthest: Vec::new(), ends: Vec::new() };
        for span in spans {
            set.insert(span);
        }
        set
    }

    /// Adds a span: at the end in constant time when it starts after the others.
    fn insert(&mut self, (start, end): (usize, usize)) {
        let at = self.starts.partition_point(|&s| s <= start);
        self.starts.insert(at, start);
        self.ends.insert(at, end);
        self.furthest.truncate(at);
        for i in at..self.starts.len() {
            let before = if i == 0 { 0 } else { self.furthest[i - 1] };
            self.furthest.push(before.max(self.ends[i]));
        }
    }

    fn overlaps(&self, (start, end): (usize, usize)) -> bool {
        let before_end = self.starts.partition_point(|&s| s < end);
        before_end > 0 && self.furthest[before_end - 1] > start
    }
}

/// Words that cannot end a statement: content that ends with one was cut short.
const TRUNCATED: &[&str] = &["where", "when", "that", "which", "who", "whom", "the", "a", "an", "of", "and", "or"];

/// A participle that carries a speaker's words on (", saying …", ", citing …").
/// A cue after a preposition ("was criticised for saying that …", "began by arguing …"): what
/// the sentence's subject said.
static AFTER_PREPOSITION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?-u:\b)(?:for|by|after|before|while|when|from|in)\s+(?:saying|claiming|arguing|suggesting|insisting|noting|declaring|asserting|stating|promising|warning|predicting|telling\s+[A-Za-z]+)\s+(?:that\s+)?",
    )
    .expect("cue after preposition pattern")
});

static PARTICIPLE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r#"(?:,[”"’]?|\s[–—])\s+(?:saying|adding|citing|arguing|noting|calling|insisting|claiming|warning|suggesting|explaining|accusing|describing|urging|asking|telling|declaring|acknowledging|predicting|promising|vowing|complaining|emphasizing|stressing|asserting|contending|maintaining|conceding|recalling|reiterating|boasting|stating|writing|announcing|admitting|revealing|implying|confirming|denying|alleging|lamenting|joking|tweeting|observing|indicating|hinting|mentioning|repeating|questioning|reminding|remarking|echoing|touting|highlighting|dismissing|rejecting|defending|criticizing|praising|blaming|attacking|responding\s+to|talking\s+about|speaking\s+about|referring\s+to|pointing\s+to|pointing\s+out)[,:]?\s+(?:that\s+)?"#,
    )
    .expect("participle pattern")
});

/// Whether a cue word, between `before` and `rest` in its sentence, is a noun or an adjective
/// here, or a verb that says nothing: "called off the deal", "a group called Ginbot 7", "the
/// so-called relationship", "Health worries have dogged her", "renewed fears along the flank",
/// "The public fear was everywhere", "The opinions expressed in …", "the most promising way",
/// "found himself in the awkward position of …".
fn no_verb_here(cue: &str, before: &str, rest: &str) -> bool {
    let before_cue = before.trim_end().rsplit(' ').next().unwrap_or("");
    let next_word = rest.trim_start().split([' ', ',', '.']).next().unwrap_or("");
    // A name given: an article inside the clause and no verb between it and "called" ("joined a
    // movement called …"); an article opening the clause is its subject's ("A spokesman called
    // the plan …").
    let named = || {
        let before: Vec<&str> = before.split_whitespace().rev().take(6).collect();
        let verb = |w: &&str| {
            w.len() > 3 && w.ends_with("ed")
                || BEFORE_CUE.contains(w)
                || PRONOUNS.contains(w)
                || super::times::IRREGULAR_PAST.contains(w)
        };
        let inside = |i: usize| {
            before.get(i + 1).is_some_and(|w| {
                w.starts_with(char::is_lowercase)
                    && !w.ends_with([',', ';', ':'])
                    && !matches!(*w, "and" | "but" | "or" | "then" | "while" | "when" | "as" | "because" | "that")
            })
        };
        let article = before.iter().position(|w| matches!(*w, "a" | "an" | "A" | "An"));
        article.is_some_and(|i| !before[..i].iter().any(verb) && inside(i))
    };
    let calling = matches!(cue, "called" | "calls" | "call" | "calling")
        && (next_word == "off" || before_cue.ends_with("so-") || cue == "called" && named());
    // A plural noun before "have", "along" or a stop; a singular one before its verb.
    let plural_noun = matches!(cue, "fears" | "worries" | "plans" | "claims" | "hopes" | "estimates" | "demands")
        && (rest.starts_with([',', '.', ';', ':', ')']) || matches!(next_word, "have" | "has" | "had" | "along"));
    let singular_noun =
        matches!(cue, "fear" | "demand" | "claim" | "plan" | "hope" | "worry" | "estimate" | "call" | "support")
            && matches!(next_word, "was" | "is" | "has" | "had" | "will" | "would" | "seems" | "remains");
    // A participle describing its noun, or an adjective of degree.
    let describing = cue == "expressed"
        && matches!(before_cue, "views" | "Views" | "opinions" | "Opinions" | "sentiments" | "concerns" | "thoughts");
    let degree = cue.ends_with("ing")
        && matches!(before_cue, "most" | "more" | "less" | "least" | "very" | "so" | "too" | "quite" | "particularly");
    let reflexive = matches!(cue, "found" | "finds" | "find" | "finding")
        && matches!(next_word, "himself" | "herself" | "themselves" | "itself" | "myself" | "ourselves" | "yourself");
    calling || plural_noun || singular_noun || describing || degree || reflexive
}

/// Whether a cue of adding (`cue`: "added", ", adding ", "adds") and the words after it add to a
/// thing ("adding to her lead", "who added to the tally"), saying nothing.
fn adds_to(cue: &str, rest: &str) -> bool {
    cue.contains("add") && rest.trim_start().starts_with("to ")
}

/// Where the comma before a speaker's title stands in `lead` (the sentence up to the speaker's
/// name): "…, harbour board spokesman" → the comma; a title is a few words ending in a role, or,
/// with `phrase_to_name` (a name closing the sentence), an article's few lower-case words.
fn title_after_comma(lead: &str, phrase_to_name: bool) -> Option<usize> {
    // (A title is short: only the last bytes are read.)
    let from = lead.floor_char_boundary(lead.len().saturating_sub(120));
    let comma = from + lead[from..].rfind(", ")?;
    let title: Vec<&str> = lead[comma + 2..].split_whitespace().collect();
    let role = title.last()?.to_lowercase();
    let words = title.iter().all(|w| w.chars().all(|c| c.is_alphabetic() || matches!(c, '.' | '\'' | '’' | '-')));
    // ("…, the news site RTL Info reported": an article and lower-case words of a noun phrase,
    // no clause, run into the speaker's name.)
    let phrase = || {
        phrase_to_name
            && title.len() <= 4
            && matches!(title[0], "the" | "a" | "an")
            && title.iter().all(|w| {
                w.starts_with(char::is_lowercase)
                    && (!CLAUSE_WORDS.contains(w) || *w == "and")
                    && !NOT_IN_SUBJECT.contains(w)
                    && cue_kind(w).is_none()
            })
    };
    ((1..=6).contains(&title.len()) && words && (super::entities::PERSON_CUES.contains(role.as_str()) || phrase()))
        .then_some(comma)
}

/// Where the object of a stance verb ends ("praised the crews, who had worked all night",
/// "attacked the plan after the vote"): before a comma or a clause the writer adds.
fn stance_object_end(content: &str) -> usize {
    const CUTS: &[&str] = &[
        ", ",
        " after ",
        " because ",
        " when ",
        " while ",
        " on Monday",
        " on Tuesday",
        " on Wednesday",
        " on Thursday",
        " on Friday",
        " on Saturday",
        " on Sunday",
        " last week",
        " last month",
        " this week",
        " earlier this",
        " yesterday",
        " today",
    ];
    let first_word_end = content.find(' ').unwrap_or(content.len());
    // No cut inside a quote ("more “emotional, condescending lectures”"): where the marks stand,
    // and whether an odd number of them comes before a cut.
    let marks: Vec<usize> = content.match_indices(['"', '“', '”']).map(|(at, _)| at).collect();
    let outside = |at: usize| marks.partition_point(|&m| m < at) % 2 == 0;
    // A comma that goes on with the same object does not end it ("women like Rihanna, Shonda
    // Rhimes and …", "the strategy, including the decision …").
    // (A comma may end the first word: "praised Trump, stating …".)
    let first_comma = content[..first_word_end].strip_suffix(',').map_or(first_word_end, str::len);
    let comma = content[first_comma..].match_indices(", ").map(|(at, _)| first_comma + at).find(|&at| {
        let next = &content[at + 2..];
        let listing = next.starts_with(|c: char| c.is_uppercase())
            && content[..at].rsplit(' ').next().is_some_and(|w| w.starts_with(|c: char| c.is_uppercase()));
        outside(at)
            && !(listing || ["including ", "such as ", "among ", "especially "].iter().any(|w| next.starts_with(w)))
    });
    CUTS.iter()
        .skip(1)
        .filter_map(|cut| {
            content[first_word_end..].match_indices(cut).map(|(at, _)| first_word_end + at).find(|&at| outside(at))
        })
        .chain(comma)
        .min()
        .unwrap_or(content.len())
}

/// Whom a speaker endorsed ends where the name does, before when, where and what else they did
/// ("endorsed Sanders in February and organized for him", "backed Mr. Trump at a news
/// conference"); an endorsement of a thing runs on ("endorsed the plan to rebuild the pier").
fn endorsed_end(content: &str) -> usize {
    const AFTER_NAME: &[&str] = &[" in ", " at ", " on ", " during ", " last ", " and ", " over ", " for "];
    if !content.starts_with(|c: char| c.is_uppercase()) {
        return content.len();
    }
    let first_word_end = content.find(' ').unwrap_or(content.len());
    AFTER_NAME
        .iter()
        .filter_map(|cut| content[first_word_end..].find(cut))
        .map(|at| first_word_end + at)
        .min()
        .unwrap_or(content.len())
}

/// Where what a naming or describing verb says ends ("called the plan “a disgrace” in a tweet",
/// "described it as “a disgrace” Wednesday", "called the election “a citizenship election” and
/// likened it …"): at the closing quote of the name given, when the writer's words go on after it.
fn naming_end(content: &str) -> usize {
    const AFTER: &[&str] = &[
        " in ",
        " on ",
        " at ",
        " during ",
        " and ",
        " as ",
        " after ",
        " before ",
        " while ",
        " but ",
        " (",
        " Monday",
        " Tuesday",
        " Wednesday",
        " Thursday",
        " Friday",
        " Saturday",
        " Sunday",
        " yesterday",
        " last ",
        " this ",
    ];
    for (at, mark) in content.match_indices(['”', '"']) {
        let after = &content[at + mark.len()..];
        if AFTER.iter().any(|w| after.starts_with(w)) {
            return at + mark.len();
        }
    }
    content.len()
}

/// A noun phrase set off after a statement that names what it was: ", a swipe at …", ", the
/// latter a reference to …", ", a move that …".
static WRITERS_GLOSS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r", (?:an?|the latter|the latter an?) (?:[a-z-]+ ){0,2}(?:swipe|reference|nod|jab|dig|allusion|rebuke|signal|move|step|claim|charge|remark|criticism)(?-u:\b)")
        .expect("writer's gloss pattern")
});

/// Whether `rest`, the words after a dash, open the writer's aside ("— a message that …", "--
/// which …", "— and he noted …").
fn opens_aside(rest: &str) -> bool {
    matches!(
        rest.split(' ').next().unwrap_or(""),
        "a" | "an"
            | "the"
            | "one"
            | "something"
            | "probably"
            | "perhaps"
            | "presumably"
            | "apparently"
            | "likely"
            | "which"
            | "not"
            | "no"
            | "and"
            | "but"
            | "as"
    )
}

/// Where reported content after its cue ends: before a clause the writer adds (", but …",
/// ", which …", "; …", ", adding …"), once the content has a few words.
fn content_end(content: &str) -> usize {
    // (Each starts with ',' or ';': one scan over those bytes finds them all.)
    const TAILS: &[&str] = &[
        ", but ",
        ", although ",
        ", though ",
        ", while ",
        ", whereas ",
        ", even as ",
        "; ",
        ", when ",
        ", where ",
        ", just as ",
        ", compared with ",
        ", compared to ",
    ];
    const DASHES: &[&str] = &[" — ", " ― ", " -- "];
    // Cuts need a few words before them: where the fourth word starts.
    // Where the `n`th word (from 0) starts, or the end.
    let word_start = |n: usize| {
        content.split_whitespace().nth(n).map_or(content.len(), |w| w.as_ptr() as usize - content.as_ptr() as usize)
    };
    let fourth = word_start(3);
    let mut end = content.len();
    let from = fourth.min(content.len());
    let quote_marks = |s: &str| s.matches(['“', '”', '"']).count();
    // Not inside a quote ("“They fought every day, but in public …”" is said whole): the quote
    // marks before each candidate are counted as the search goes (a sentence may hold thousands).
    let (mut marks, mut counted_to) = (0, 0);
    for (i, _) in content[from..].match_indices([',', ';']) {
        let at = from + i;
        let Some(tail) = TAILS.iter().find(|tail| content[at..].starts_with(**tail)) else { continue };
        marks += quote_marks(&content[counted_to..at]);
        counted_to = at;
        // (", but that …" is a second statement of the same cue, ", but not …", ", but rather
        // …", ", but also …" the rest of one.)
        let goes_on = *tail == ", but "
            && matches!(
                content[at + tail.len()..].split(' ').next(),
                Some("that" | "not" | "rather" | "instead" | "also")
            );
        if marks % 2 == 0 && !goes_on {
            end = at;
            break;
        }
    }
    for tail in DASHES.iter().filter(|tail| content.contains(tail.trim())) {
        // A dash ends what was said before the writer's aside ("— a message that has not been
        // heeded", "— as was true …", "— and he noted …"), not before more of the same ("—
        // including the cost —", "— despite it all — he is …", "— the wall along the border").
        let aside = |at: usize| {
            let rest = &content[at + tail.len()..];
            // (A pair goes on after its second dash; one that closes the content is an aside.)
            let pair = rest.find(tail).is_some_and(|i| rest[i + tail.len()..].split_whitespace().nth(1).is_some());
            opens_aside(rest) && !pair
        };
        // Not inside a quote, nor at a pair's closing dash: the dashes before each candidate are
        // counted too.
        let (mut marks, mut counted_to) = (0, 0);
        let before = content.match_indices(tail).take_while(|&(i, _)| i < from).count();
        for (dashes, (i, _)) in (before..).zip(content[from..].match_indices(tail)) {
            let at = from + i;
            marks += quote_marks(&content[counted_to..at]);
            counted_to = at;
            let closing = dashes % 2 == 1;
            if marks % 2 == 0 && !closing && aside(at) {
                end = end.min(at);
                break;
            }
        }
    }
    // ", who has been outspoken …" after a name: the writer's word on the person named.
    if let Some(at) = content[fourth.min(end)..end].find(", who ").map(|at| fourth + at)
        && content[..at].rsplit(' ').next().is_some_and(|w| w.starts_with(char::is_uppercase))
        // (Not one set off inside the statement: "Gov. X, who must decide, has revealed …".)
        && !content[at + 6..end].contains(", ")
    {
        end = at;
    }
    // ", a swipe at …", ", a claim that … disputes": the writer's word on what was said.
    if let Some(m) = WRITERS_GLOSS.find_at(content, fourth.min(end))
        && m.start() < end
        && content[..m.start()].matches(['"', '“', '”']).count().is_multiple_of(2)
    {
        end = m.start();
    }
    // ", and he railed against …": the speaker's next act, told by the writer ("…, and he would
    // …" may still be what was said).
    for link in [", and he ", ", and she ", ", and they "] {
        if let Some(at) = content[fourth.min(end)..end].find(link) {
            let next = content[fourth + at + link.len()..].split(' ').next().unwrap_or("");
            if !STARTED.contains(&next) {
                end = fourth + at;
            }
        }
    }
    // A participle after a comma opens the writer's clause (", adding that …", ", citing …"),
    // unless it works as a preposition (", including …").
    // A participle needs only one word before it ("denied the report, calling it …").
    comma_before(content, word_start(1).min(end)..end, writers_participle).unwrap_or(end)
}

/// A participle that opens the writer's own clause after a comma (", adding that …", ", citing
/// …", ", taking a step toward …"), unless it works as a preposition (", including …").
fn writers_participle(word: &str) -> bool {
    word.len() > 4
        && word.ends_with("ing")
        && !matches!(word, "including" | "regarding" | "concerning" | "excluding" | "following" | "during")
}

/// Where the content of a cue inside a relative clause ends: at the comma after which the
/// antecedent's own verb comes ("The minister, who has said the tax is fair, told reporters …",
/// "…, met the engineers", "…, was re-elected"); a participle that describes ("the pier, closed
/// in March, …") has no object after it.
fn relative_clause_end(content: &str) -> usize {
    const AUXILIARIES: &[&str] = &["was", "were", "is", "are", "has", "had", "will", "would"];
    const MAIN_VERBS: &[&str] = &[
        "met", "went", "left", "took", "gave", "made", "saw", "came", "held", "led", "won", "lost", "sent", "spoke",
        "became", "began", "ran", "got", "kept",
    ];
    const OBJECT_STARTS: &[&str] =
        &["the", "a", "an", "his", "her", "their", "its", "him", "them", "to", "on", "been", "not", "also"];
    let mut from = 0;
    // Whether the last comma opened a describing participle: the next one closes it.
    let mut describing = false;
    while let Some(at) = content.get(from..).and_then(|c| c.find(", ")).map(|at| from + at) {
        let mut words = content[at + 2..].split([' ', ',']);
        let (next, after) = (words.next().unwrap_or(""), words.next().unwrap_or(""));
        let past = next.len() > 3 && next.ends_with("ed") || MAIN_VERBS.contains(&next);
        let object = OBJECT_STARTS.contains(&after) || after.starts_with(char::is_uppercase);
        let verb = cue_kind(next).is_some() && !next.ends_with("ing") || past && object || AUXILIARIES.contains(&next);
        if verb && !describing {
            return at;
        }
        describing = !describing && past && !object;
        from = at + 2;
    }
    content.len()
}

/// The first ", " in `content[within]` whose next word `opens` accepts.
fn comma_before(content: &str, within: std::ops::Range<usize>, opens: impl Fn(&str) -> bool) -> Option<usize> {
    // A quote mark may close after the comma (“…,” adding …): the content keeps it.
    let mut from = within.start;
    while let Some(at) = content.get(from..within.end)?.find(',').map(|at| from + at) {
        let after = &content[at + 1..];
        let close = after.chars().next().filter(|c| matches!(c, '”' | '"' | '’')).map_or(0, char::len_utf8);
        if let Some(next) = after[close..].strip_prefix(' ')
            && opens(next.split([' ', ',']).next().unwrap_or(""))
        {
            return Some(if close > 0 { at + 1 + close } else { at });
        }
        from = at + 1;
    }
    None
}

/// Sentence spans (byte offsets), split after `.`, `!` or `?` (and a closing quote) before
/// whitespace and a capital, a quote or a digit, or at a paragraph break.
/// Abbreviations that often end a sentence (their full stop is the sentence's too).
/// Abbreviations with a full stop that are ordinary words too: months, days, states, a volume.
const SHORT_ABBREVIATIONS: &[&str] = &[
    "Mar", "Sat", "Sun", "Wed", "Pa", "La", "Mo", "Ill", "Ark", "Ind", "Del", "Ore", "Kan", "Neb", "Nev", "Wis", "Tex",
    "Cal", "Fig", "Vol", "Ed", "Op", "Art", "Sec", "No", "Gen", "Sen", "Rep", "Col", "Rev", "Hon", "Fr",
];

const FINAL_ABBREVIATIONS: &[&str] = &["U.S", "U.K", "U.N", "D.C", "E.U", "Inc", "Corp", "Co", "Ltd"];

/// ", taking a step toward …" after a source ("…, according to the ministry, taking …"): the
/// writer's gloss on what was said, not more of it (", according to …" is another source).
fn gloss(after_source: &str) -> bool {
    after_source.strip_prefix(", ").is_some_and(|rest| {
        let word = rest.split(|c: char| !c.is_alphabetic()).next().unwrap_or("");
        word.starts_with(|c: char| c.is_ascii_lowercase()) && writers_participle(word) && word != "according"
    })
}

/// Whether `rest` starts with a word that opens sentences and seldom follows an abbreviation
/// inside one.
fn opens_sentence(rest: &str) -> bool {
    // Subjects and their determiners; the adverbial openers read elsewhere ("However", "In").
    const SUBJECTS: &[&str] = &[
        "The", "But", "He", "She", "It", "They", "We", "This", "That", "These", "Those", "His", "Her", "Their", "Its",
        "There",
    ];
    let word = rest.split(|c: char| !c.is_alphabetic()).next().unwrap_or("");
    SUBJECTS.contains(&word) || ADVERBIAL_OPENERS.contains(&word)
}

/// Whether the mark at `at` starts its paragraph and a word follows it.
fn opens_paragraph(text: &str, at: usize) -> bool {
    (at == 0 || text[..at].ends_with('\n')) && text[at..].chars().nth(1).is_some_and(char::is_alphanumeric)
}

/// The curly opening marks of `text` that open nothing and those that close, by byte offset,
/// sorted. An opening mark whose closing one the page lost (another opening mark, or the line's
/// end, comes first) opens nothing, or the rest of the text would be one quote; one typed for a
/// closing mark ("“…back?“ the harbour master asked", "were “Mostly False.“") closes. A quote
/// inside a quote in the same marks ("“… what he calls “hell” than …”") is no lost mark: the
/// outer one closes too.
fn quote_marks(text: &str) -> (Vec<usize>, Vec<usize>) {
    let typed_closing = |at: usize| {
        text[..at].ends_with(['?', '!', '.', ','])
            && text[at + '“'.len_utf8()..].chars().next().is_none_or(char::is_whitespace)
    };
    let (mut unclosed, mut closing) = (Vec::new(), Vec::new());
    let (mut open, mut outer): (Option<usize>, Option<usize>) = (None, None);
    for (at, c) in text.char_indices().filter(|&(_, c)| matches!(c, '“' | '”' | '\n')) {
        // ("”Fear. I am afraid …” ― Name": a closing mark typed for the opening one, at a
        // paragraph's start before a word, opens the quote.)
        let c = if c == '”' && opens_paragraph(text, at) { '“' } else { c };
        match c {
            '“' if open.is_some() && typed_closing(at) => {
                closing.push(at);
                open = None;
            }
            '“' => {
                if let Some(was) = open.replace(at) {
                    unclosed.push(was);
                    outer = Some(was);
                }
            }
            '”' if open.is_none() => {
                // A second closing mark: the last "lost" one was an outer quote's.
                if let Some(was) = outer.take()
                    && unclosed.last() == Some(&was)
                {
                    unclosed.pop();
                }
            }
            '”' => open = None,
            _ => {
                unclosed.extend(open.take());
                outer = None;
            }
        }
    }
    unclosed.extend(open);
    (unclosed, closing)
}

fn sentences(text: &str, (unclosed, closing): &(Vec<usize>, Vec<usize>)) -> Vec<(usize, usize)> {
    // Read by byte offsets, one character at a time (no table of the text's characters).
    let char_at = |b: usize| text.get(b..).and_then(|t| t.chars().next());
    let mut out = Vec::new();
    let mut start = 0;
    let mut in_curly = 0i32;
    let mut in_straight = false;
    // The character before the current one.
    let mut prev: Option<char> = None;
    let mut at = 0;
    while let Some(c) = char_at(at) {
        // Where the next character starts (past both of a pair of apostrophes).
        let mut next = at + c.len_utf8();
        match c {
            '“' if closing.binary_search(&at).is_ok() => in_curly = 0,
            '“' if unclosed.binary_search(&at).is_err() => in_curly += 1,
            '”' if opens_paragraph(text, at) && unclosed.binary_search(&at).is_err() => in_curly += 1,
            '”' => in_curly = (in_curly - 1).max(0),
            '"' => in_straight = !in_straight,
            // Two apostrophes stand for a double quote in some wire copy.
            '\'' if char_at(next) == Some('\'') => {
                in_straight = !in_straight;
                next += 1;
            }
            '\n' => {
                in_curly = 0;
                in_straight = false;
            }
            _ => {}
        }
        let inside_quote = in_curly > 0 || in_straight;
        // A sentence ends after `.`, `!` or `?` and any closing marks, before whitespace and a
        // capital, a quote (two apostrophes in some wire copy), a bracket or a digit, unless the
        // word before is a short capitalised one ("Mr."). `j` is a byte offset.
        let ends_before = |j: usize| -> bool {
            let first = char_at(j);
            let next_is_space = first.is_some_and(char::is_whitespace);
            let mut k = j + first.map_or(0, char::len_utf8);
            while let Some(n) = char_at(k).filter(|n| n.is_whitespace()) {
                k += n.len_utf8();
            }
            let after = char_at(k);
            // Looked at last: on a long run without spaces it would read back to the start.
            let short_word = || {
                text[start..at].rsplit(' ').next().is_some_and(|w| {
                    // (An acronym in capitals is a word, not an abbreviation: "… and the DNC. She
                    // has raised …" is two sentences.)
                    let acronym = w.len() >= 2 && w.bytes().all(|b| b.is_ascii_uppercase());
                    // (A short capitalised word that is an ordinary word is no abbreviation: "… in
                    // May. Repairs …", "… on Election Day. The …", "… the Affordable Care Act.")
                    let word = (2..=3).contains(&w.len())
                        && super::entities::ENGLISH_WORDS.contains(w.to_lowercase().as_str())
                        && !SHORT_ABBREVIATIONS.contains(&w);
                    let short = w.len() <= 3 && w.starts_with(char::is_uppercase) && !acronym && !word
                        || super::entities::ABBREVIATIONS.contains(&w)
                        || w == "Sept";
                    // "… entering the U.S. While Clinton …": a country's or a company's
                    // abbreviation may close a sentence that a sentence's first word follows; so
                    // may a short name ("… said Ana Chu. The team …"), which no title is.
                    let name = w.len() >= 2 && !super::entities::ABBREVIATIONS.contains(&w);
                    short && !((FINAL_ABBREVIATIONS.contains(&w) || name) && opens_sentence(&text[k..]))
                })
            };
            // An opening quote mark right after the closing one ("…native-born.”“Your facts …")
            // starts the next sentence too.
            let opens_quote = first == Some('“');
            (next_is_space
                && after.is_some_and(|n| {
                    n.is_uppercase() || matches!(n, '“' | '"' | '‘' | '\'' | '(') || n.is_ascii_digit()
                })
                || opens_quote)
                && !short_word()
        };
        // "“Is that all?” Trump said.": a question or an exclamation quoted before its speaker
        // and cue goes on into them.
        let attributed = |j: usize, mark: Option<char>| {
            matches!(mark, Some('?' | '!'))
                && (SPEAKER_AFTER_QUOTE.is_match(&text[j..text.floor_char_boundary((j + 80).min(text.len()))])
                    || SPEAKER_WITH_APPOSITIVE_AFTER_QUOTE
                        .is_match(&text[j..text.floor_char_boundary((j + 200).min(text.len()))]))
        };
        let mut end = None;
        if c == '\n' {
            end = Some(at);
        } else if matches!(c, '.' | '!' | '?') && !inside_quote {
            let mut j = next;
            while let Some(n) = char_at(j).filter(|n| matches!(n, '"' | '”' | '’' | '\'' | ')')) {
                j += n.len_utf8();
            }
            if ends_before(j) && !(j > next && attributed(j, Some(c))) {
                end = Some(j);
            }
        } else if (matches!(c, '”' | '"' | '\'') || c == '“' && closing.binary_search(&at).is_ok())
            && !inside_quote
            && at > start
            && prev.is_some_and(|p| matches!(p, '.' | '!' | '?'))
            && ends_before(next)
            && !attributed(next, prev)
        {
            // A quote that closes a sentence: “… without delay.” Clinton said …
            end = Some(next);
        }
        if let Some(e) = end {
            if text[start..e].trim().len() > 1 {
                out.push((start, e));
            }
            start = e;
        }
        prev = Some(c);
        at = next;
    }
    if text[start..].trim().len() > 1 {
        out.push((start, text.len()));
    }
    out
}

/// The cues a speaker after a quote's closing mark takes (see [`SPEAKER_AFTER_QUOTE`]).
const CUES_AFTER_QUOTE: &str =
    "said|says|asked|asks|added|adds|wrote|writes|told|tweeted|replied|shouted|exclaimed|continued|wondered";

/// A speaker and a cue right after a quote's closing mark (" Trump said", " asked Ana Ruiz").
static SPEAKER_AFTER_QUOTE: LazyLock<Regex> = LazyLock::new(|| {
    let speaker = r"(?:(?:[A-Z][A-Za-z.'’-]*\s+){1,3}|(?:[Hh]e|[Ss]he|[Tt]hey)\s+)?";
    Regex::new(&format!(r"\A\s+{speaker}(?:{CUES_AFTER_QUOTE})(?-u:\b)")).expect("speaker after quote pattern")
});

/// A speaker named with an appositive between the name and the cue, the cue closing its sentence
/// ("“… today?” Miller, a retired plant worker, said pleasantly. “…”"): one speaker's quote goes
/// on into its attribution, as in [`SPEAKER_AFTER_QUOTE`]. A cue with its own content after it
/// ("“… with what?” Allen, who oversees the response, said he is frustrated") starts a claim of
/// its own, the quote before it another speaker's.
static SPEAKER_WITH_APPOSITIVE_AFTER_QUOTE: LazyLock<Regex> = LazyLock::new(|| {
    let speaker = r"(?:[A-Z][A-Za-z.'’-]*\s+){0,2}[A-Z][A-Za-z.'’-]*,\s+[^,.;:“”\x22\n]{3,80},\s+";
    // (After the cue only a day, a manner or a place of saying, then the sentence's end.)
    let closing = r"(?:\s+(?:on\s+)?[A-Z][a-z]+day|\s+[a-z]+ly)?(?:\s+(?:in|into|on|at|during)\s+(?:a|an|the)\s+[a-z]+(?:\s+[a-z]+)?)?\s*\.";
    Regex::new(&format!(r"\A\s+{speaker}(?:{CUES_AFTER_QUOTE}){closing}"))
        .expect("speaker with appositive after quote pattern")
});

/// Finds the claims in `text`, naming speakers by the article's `entities` where possible.
pub fn claims(text: &str, entities: &[Entity]) -> Vec<Claim> {
    claims_with_sources(text, entities).into_iter().map(|(claim, _)| claim).collect()
}

/// Like [`claims`], with each claim's speaker mention as written, as character offsets ("he" in
/// "he said"): what attribution benchmarks score.
pub fn claims_with_sources(text: &str, entities: &[Entity]) -> Vec<(Claim, Option<(usize, usize)>)> {
    let text = super::bounded(text, 1_000_000);
    // (The quote marks a page lost, read once for the sentences and the quotes.)
    let marks = quote_marks(text);
    let bounds = sentences(text, &marks);
    let mut reader = Reader::new(text, entities, marks.0);
    let turns = transcript_turns(text);
    let mut people = HashMap::new();
    if !turns.is_empty() {
        for e in entities.iter().filter(|e| e.kind == EntityKind::Person) {
            let last = e.name.rsplit(' ').next().unwrap_or(&e.name).to_lowercase();
            people.entry(last).or_insert(e.name.as_str());
        }
    }
    let (mut next_turn, mut read_turn) = (0, None);
    for &(s, e) in &bounds {
        // A transcript's turn ("PENCE: Well, look, …") is one statement to the end of its line.
        while turns.get(next_turn).is_some_and(|t| t.end <= s) {
            next_turn += 1;
        }
        if let Some(turn) = turns.get(next_turn).filter(|t| t.line_start < e) {
            if read_turn != Some(next_turn) {
                read_turn = Some(next_turn);
                reader.turn(turn, &people);
            }
            continue;
        }
        let attrs = match headline_cues(&text[s..e]) {
            Some(lowered) => attributions(&lowered, s),
            None => attributions(&text[s..e], s),
        };
        reader.sentence_start = s;
        reader.question(s, e, &attrs);
        let before_sentence = reader.out.len();
        if !reader.as_reported(s, e, &attrs) {
            reader.sentence(s, e, &attrs);
        }
        if reader.out.len() > before_sentence {
            reader.participles(s, e, &attrs);
            reader.unclaimed(s, e, &attrs, before_sentence);
        } else {
            reader.of_the_subject(s, e);
        }
        if reader.out.len() == before_sentence {
            reader.polled(s, e);
        }
        if reader.out.len() == before_sentence {
            reader.perspective(s, e);
        }
        reader.nominal(s, e, before_sentence);
        reader.closing_source(s, e, &attrs, before_sentence);
        reader.hedged(s, e, before_sentence);
        reader.hearsay(s, e, before_sentence);
        reader.partisans(s, e, before_sentence);
        reader.relative_statements(s, e, &attrs, before_sentence);
    }
    // A cue word that was a noun ("the show's 9 a.m. hour") or took a thing's reflexive ("the
    // bank has found itself at the centre of …"): no statement follows it. A person's reflexive
    // may open one ("Trump called himself the law-and-order candidate").
    // "won a talent show", "a source say": one thing before a verb's plural form is a noun
    // compound, not a subject and its verb.
    let offsets = &reader.offsets;
    let compound = |claim: &Claim, source: &Option<(usize, usize)>| {
        let (Some(speaker), Some(cue)) = (claim.speaker.as_deref(), claim.cue.as_deref()) else { return false };
        // ("a reader would now ask": a modal takes the plain form.)
        let after = source.map(|(_, e)| &text[offsets.byte_at(e, text.len())..]).unwrap_or("");
        let modal = after.split_whitespace().take(2).any(|w| {
            matches!(
                w,
                "would" | "will" | "could" | "can" | "may" | "might" | "should" | "must" | "did" | "does" | "to"
            )
        });
        if modal {
            return false;
        }
        let words: Vec<&str> = speaker.split(' ').collect();
        words.iter().rposition(|w| matches!(*w, "a" | "an" | "A" | "An" | "another" | "Another")).is_some_and(|i| {
            // ("a mere 9 percent say", "a strategy some believe": many, after all.)
            i + 1 < words.len()
                && !words[i..].iter().any(|w| {
                    matches!(
                        *w,
                        "of" | "who"
                            | "that"
                            | "which"
                            | "and"
                            | "percent"
                            | "some"
                            | "many"
                            | "most"
                            | "others"
                            // ("a third say", "a majority believe": a share of many.)
                            | "third"
                            | "quarter"
                            | "fifth"
                            | "majority"
                            | "minority"
                            | "plurality"
                            | "number"
                            | "handful"
                            | "few"
                            | "lot"
                            | "couple"
                            | "dozen"
                    ) || w.contains(|c: char| c.is_ascii_digit() || c == '%')
                })
                && !cue.contains(' ')
                && cue_kind(&format!("{cue}s")).is_some()
        })
    };
    reader.out.retain(|(claim, source)| {
        let first = claim.text.split_whitespace().next().unwrap_or("");
        // ("Everything Trump says is a lie", "Health worries have dogged her", "what she wants
        // and …": the cue word was inside a noun phrase, and no clause follows it.)
        let no_clause = !claim.quote && matches!(first, "and" | "or");
        !(claim.text.starts_with("'s ")
            || claim.text.starts_with("’s ")
            || matches!(first, "itself")
            || no_clause
            || compound(claim, source))
    });
    // "Mr. Trump has attacked loopholes, and has called for …": the speaker named for "and" was
    // written as the sentence's subject; that is its mention, not the conjunction.
    reader.conjunction_sources(text, &bounds);
    // "… and said" with nobody named before it: the speaker is unknown, not "and". So is the
    // one who hopes in "let’s hope …" (the writer, with the reader), and whoever "you’ll want"
    // or "don't expect" addresses; nor does a preposition ("with fears that …", "amid claims
    // that …": the noun's owner is not named).
    for (claim, source) in &mut reader.out {
        // "February 1, 2011 at 5:17 pm | Who thinks …": a comment's stamp is no speaker's part, and
        // "who" asks.
        if let Some(speaker) = claim.speaker.as_mut()
            && let Some((stamp, after)) = speaker.rsplit_once('|')
        {
            let cut = stamp.chars().count() + 1 + after.chars().count() - after.trim_start().chars().count();
            *speaker = after.trim().to_string();
            if let Some((s, e)) = source.as_mut() {
                *s = (*s + cut).min(*e);
            }
            if speaker.is_empty() || matches!(speaker.as_str(), "Who" | "who") {
                claim.speaker = None;
                *source = None;
            }
        }
        let preposition = |s: &str| matches!(s, "with" | "amid" | "among" | "despite" | "of" | "to" | "for" | "over");
        if claim.speaker.as_deref().is_some_and(preposition) {
            *source = None;
        }
        if claim.speaker.as_deref().is_some_and(|s| {
            matches!(s, "and" | "but" | "who" | "which" | "by") || preposition(s) || super::entities::contraction(s)
        }) {
            claim.speaker = None;
        }
    }
    // "SALVADOR, Feb 26 - Showers continued …, officials said": a statement that opens its
    // paragraph starts after the dateline (wire copy keeps it in the text).
    for (claim, _) in &mut reader.out {
        let cs = reader.offsets.byte_at(claim.start, text.len());
        if !(cs == 0 || text[..cs].trim_end_matches([' ', '\t']).ends_with('\n')) {
            continue;
        }
        let Some(m) = DATELINE.find(&text[cs..]) else { continue };
        let Some(rest) = claim.text.strip_prefix(m.as_str()) else { continue };
        if rest.split_whitespace().count() < 3 {
            continue;
        }
        claim.text = rest.to_string();
        claim.start += m.as_str().chars().count();
    }
    // In the order they are written (a question put after the answer's quote comes second).
    reader.out.sort_by_key(|(claim, _)| claim.start);
    reader.out
}

/// A line of a transcript: a speaker's label in capitals, a colon, and what they said.
struct Turn {
    line_start: usize,
    label: (usize, usize),
    content: (usize, usize),
    end: usize,
}

static TURN: LazyLock<Regex> = LazyLock::new(|| {
    // ("ELIOT SPITZER, HOST:", "NIC ROBERTSON, CNN CORRESPONDENT:", "ANDERSON (voice-over):": a
    // role or a manner after the name.)
    Regex::new(
        r#"["“]?([A-Z][A-Z.'’-]+(?:[ \t]+[A-Z][A-Z.'’-]+){0,2}|Q|A)(?:,[ \t]+[A-Z][A-Z.'’ -]{1,60})?(?:[ \t]*\([A-Za-z -]{2,30}\))?:[ \t]+(\S)"#,
    )
    .expect("transcript pattern")
});

/// The turns of a transcript: labels in capitals ("PENCE: …", "MR. BLAKE: …"), each opening a
/// line or following a sentence's end (a transcript printed as one paragraph: "… they're going.
/// ELIOT SPITZER, HOST: It seems …"), when there are two or more of them (one alone is more
/// likely a dateline: "NEW DELHI: …"). A turn runs to the next label or the end of its line.
fn transcript_turns(text: &str) -> Vec<Turn> {
    let mut labels: Vec<(usize, (usize, usize), usize)> = Vec::new();
    let mut at = 0;
    // (The fast search finds each label; only there are its parts read.)
    while let Some(found) = TURN.find_at(text, at) {
        let Some(c) = TURN.captures_at(&text[..found.end()], found.start()) else { break };
        let (Some(all), Some(label), Some(said)) = (c.get(0), c.get(1), c.get(2)) else { break };
        at = label.end();
        let before = text[..all.start()].trim_end_matches([' ', '\t']);
        let opens = before.is_empty()
            || before.ends_with('\n')
            || before.len() < all.start() && before.ends_with(['.', '?', '!', '"', '”', ')', ']', '…']);
        let letters = label.as_str().chars().filter(char::is_ascii_uppercase).count();
        // (An interview's "Q:" and "A:", one letter each, are labels too.)
        let interview = matches!(label.as_str(), "Q" | "A");
        let named = letters >= 2 && !HEADLINE_LABELS.contains(&label.as_str().to_lowercase().as_str());
        if opens && (named || interview) {
            labels.push((all.start(), (label.start(), label.end()), said.start()));
            at = said.start();
        }
    }
    let mut turns: Vec<Turn> = labels
        .iter()
        .enumerate()
        .map(|(i, &(line_start, label, cs))| {
            let line_end = text[cs..].find('\n').map_or(text.len(), |n| cs + n);
            let end = labels.get(i + 1).map_or(line_end, |next| next.0.min(line_end)).max(cs);
            let said = text[cs..end].trim_end().trim_end_matches(['"', '”', ' ']);
            Turn { line_start, label, content: (cs, cs + said.len()), end }
        })
        .collect();
    // An interview's turns count when both sides speak ("A:" alone may be a list's item).
    let interview = |side: &str| turns.iter().any(|t| &text[t.label.0..t.label.1] == side);
    if interview("Q") != interview("A") {
        turns.retain(|t| !matches!(&text[t.label.0..t.label.1], "Q" | "A"));
    }
    if turns.len() >= 2 { turns } else { Vec::new() }
}

/// A title-case headline ("Obama Says Museum Will Tell of …", "…, Former Doctor Says") with its
/// cue words in lower case, as the attribution patterns read them; the same length, so offsets
/// hold. `None` for any other sentence.
fn headline_cues(sentence: &str) -> Option<String> {
    let line = sentence.trim();
    if line.contains('\n') || line.len() > 300 {
        return None;
    }
    let (words, capitals) =
        line.split_whitespace().fold((0, 0), |(n, c), w| (n + 1, c + usize::from(w.starts_with(char::is_uppercase))));
    if words < 4 || capitals * 10 < words * 6 {
        return None;
    }
    let mut lowered = sentence.to_string();
    let mut changed = false;
    // Every capitalised word but the first whose lower case is a cue form.
    let mut at = 0;
    for (i, word) in sentence.split(' ').enumerate() {
        let bare = word.trim_end_matches([',', '.', ':', ';']);
        let mut chars = bare.chars();
        let capitalised = chars.next().is_some_and(|c| c.is_ascii_uppercase()) && chars.all(|c| c.is_ascii_lowercase());
        // Cue forms of one word ("Says", "Warns"), not of stance.
        if i > 0
            && capitalised
            && matches!(cue_kind(&bare.to_ascii_lowercase()), Some(CueKind::Speech | CueKind::Mental))
        {
            lowered.replace_range(at..at + 1, &bare[..1].to_ascii_lowercase());
            changed = true;
        }
        at += word.len() + 1;
    }
    changed.then_some(lowered)
}

/// Where the clause before an attribution ends, when the attribution opens a clause of its own
/// (", but she noted", "; officials said"): the offset of the boundary in `before`.
fn clause_boundary(before: &str) -> Option<usize> {
    const LINKS: &[&str] = &[", but", ", and", ", though", ", although", ", while", ", whereas", ";"];
    let trimmed = before.trim_end();
    LINKS.iter().find(|link| trimmed.ends_with(*link)).map(|link| trimmed.len() - link.len())
}

/// Where ", with" opens the clause of an attribution by a participle of speech (", with state news
/// agency KCNA reporting that …"): a statement of its own after the one before it.
fn with_clause(text: &str, a: &Attribution) -> Option<usize> {
    if !a.cue.ends_with("ing") || !is_speech(&a.cue) {
        return None;
    }
    let before = &text[text.floor_char_boundary(a.speaker_span.0.saturating_sub(40))..a.speaker_span.0];
    let at = before.rfind(", with ")?;
    (!before[at + 1..].contains(',')).then(|| a.speaker_span.0 - before.len() + at)
}

/// An attribution whose speaker is a conjunction and whose cue is a verb of speech ("… and
/// said"): the same subject's next statement.
fn coordinated(a: &Attribution) -> bool {
    matches!(a.speaker.as_str(), "and" | "but") && is_speech(&a.cue)
}

/// A cue of speech or stance in the passive ("was criticised", "were told"): its subject is not
/// the speaker. Verbs of thinking stay ("is expected to", "is believed to"): hedged claims.
fn is_passive(before_cue: &str, cue: &str) -> bool {
    let participle = cue.ends_with("ed") || matches!(cue, "told" | "shown" | "known" | "thought" | "found" | "sought");
    // ("She was worried that …" is her worry; "The pier is expected to …" nobody's named, nor
    // "if a replacement were offered".)
    let expected = matches!(
        cue,
        "expected" | "believed" | "thought" | "considered" | "known" | "offered" | "planned" | "preferred" | "favored"
    );
    participle && (!is_mental(cue) || expected) && after_auxiliary(before_cue)
}

/// Whether `before_cue` ends with a form of "be" ("was", "been"): a participle after it is passive.
fn after_auxiliary(before_cue: &str) -> bool {
    let mut words = before_cue.trim_end().rsplit(char::is_whitespace);
    let mut aux = words.next().unwrap_or("");
    // ("is now expected", "was widely believed": one adverb between.)
    if matches!(aux, "now" | "also" | "still" | "widely" | "generally" | "largely" | "not") {
        aux = words.next().unwrap_or("");
    }
    matches!(aux, "was" | "were" | "is" | "are" | "been" | "being" | "be")
}

/// A cue of speech: not a verb of thinking, wanting or showing, nor of stance ("according to"
/// and "cited as saying" are speech).
fn is_speech(cue: &str) -> bool {
    !matches!(cue_kind(cue), Some(CueKind::Mental | CueKind::Stance))
}

fn is_mental(cue: &str) -> bool {
    cue_kind(cue) == Some(CueKind::Mental)
}

/// A claim and its speaker's mention as written, in character offsets.
type Found = (Claim, Option<(usize, usize)>);

/// Reads an article's claims sentence by sentence, carrying the last speaker (whom a quote
/// without attribution or a "he" belongs to) from one sentence to the next. Offsets are bytes
/// inside, characters in the claims it gives.
struct Reader<'t, 'e> {
    text: &'t str,
    offsets: super::CharOffsets,
    /// Entities by byte span, sorted: lookups stay near the point they are about, so that a text
    /// with thousands of attributions and entities costs no more than their product's root.
    spans: Vec<(usize, usize, &'e Entity)>,
    out: Vec<Found>,
    last_speaker: Option<String>,
    last_source: Option<(usize, usize)>,
    /// The last quote pushed, while its statement may run on: its index in `out`, its start, and
    /// the start of the attribution that follows it ("“…,” she said. “…”" is one statement).
    open_quote: Option<(usize, usize, usize)>,
    /// The same for reported speech that closes its sentence before its attribution ("Talks
    /// “went well,” said Ana Ruiz. “…”"): set by the sentence's last claim, read once it is done.
    reported_open: Option<(usize, usize, usize)>,
    /// Where the sentence being read starts (a second claim of a sentence reads from its own
    /// attribution on; "who" looks back to the sentence's start).
    sentence_start: usize,
    /// Opening quote marks that lost their closing ones (see [`quote_marks`]).
    unclosed: Vec<usize>,
    /// People a title shows to be women (`true`) or men (`false`): "Mrs. Ruiz", "Prince Harry".
    titled: HashMap<&'e str, bool, foldhash::fast::FixedState>,
}

impl<'t, 'e> Reader<'t, 'e> {
    fn new(text: &'t str, entities: &'e [Entity], unclosed: Vec<usize>) -> Reader<'t, 'e> {
        let offsets = super::CharOffsets::new(text);
        let byte_at = |c: usize| offsets.byte_at(c, text.len());
        let mut spans: Vec<(usize, usize, &Entity)> =
            entities.iter().map(|e| (byte_at(e.start), byte_at(e.end), e)).collect();
        spans.sort_by_key(|&(s, e, _)| (s, e));
        let mut titled = HashMap::default();
        for &(start, _, e) in spans.iter().filter(|x| x.2.kind == EntityKind::Person) {
            let before = text[..start].trim_end();
            if let Some(female) = title_gender(before.rsplit([' ', '\n']).next().unwrap_or("")) {
                titled.entry(e.name.as_str()).or_insert(female);
            }
        }
        Reader {
            text,
            offsets,
            spans,
            titled,
            out: Vec::new(),
            last_speaker: None,
            last_source: None,
            open_quote: None,
            reported_open: None,
            sentence_start: 0,
            unclosed,
        }
    }

    fn char_at(&self, byte: usize) -> usize {
        self.offsets.char_at(byte)
    }

    fn chars_of(&self, (s, e): (usize, usize)) -> (usize, usize) {
        (self.char_at(s), self.char_at(e))
    }

    /// Entities starting in `from..to`.
    fn starting(&self, from: usize, to: usize) -> &[(usize, usize, &'e Entity)] {
        let lo = self.spans.partition_point(|x| x.0 < from);
        let hi = self.spans.partition_point(|x| x.0 < to).max(lo);
        &self.spans[lo..hi]
    }

    /// "X … and said": the sentence's subject, its first name; "X, who said": the last name.
    fn antecedent(&self, conjunction: &str, at: usize, sentence_start: usize) -> Option<&'e Entity> {
        let before = self.starting(sentence_start, at).iter().filter(|(_, end, _)| *end <= at).map(|&(_, _, e)| e);
        let mut named = before.clone().filter(|e| matches!(e.kind, EntityKind::Person | EntityKind::Organization));
        match conjunction {
            // ("Europeans giggle at this and say …": a group opening the sentence speaks too.)
            "and" | "but" => before
                .clone()
                .next()
                .filter(|e| e.kind == EntityKind::Group && e.start == self.char_at(sentence_start))
                .or_else(|| named.next()),
            // "McConnell, now the Senate majority leader, who said": the last person named (or
            // name of no known kind), before any organisation.
            "who" => self
                .starting(self.sentence_start.min(sentence_start), at)
                .iter()
                .filter(|(_, end, _)| *end <= at)
                .map(|&(_, _, e)| e)
                .rev()
                .find(|e| matches!(e.kind, EntityKind::Person | EntityKind::Other))
                .or_else(|| named.next_back()),
            _ => named.next_back(),
        }
    }

    /// Whether the person `name` is a woman (`Some(true)`) or a man (`Some(false)`) as far as the
    /// article shows: a title before one of its mentions ("Mrs.", "Queen", "Mr.", "Prince"), else
    /// its given name ([`super::entities::GIVEN_NAMES`]). Unknown for anyone else.
    fn is_female(&self, name: &str) -> Option<bool> {
        self.titled
            .get(name)
            .or_else(|| super::entities::GIVEN_NAMES.get(name.split(' ').next().unwrap_or(name)))
            .copied()
    }

    /// The canonical name of a speaker as written at `at`. A pronoun takes the first person named
    /// earlier in its sentence ("Gerasimov hailed the soldiers, who he said …"), else the last
    /// speaker, else the last person named (looking back a few hundred names at most).
    fn canonical(&self, speaker: &str, at: usize, last: &Option<String>, sentence_start: usize) -> String {
        if matches!(speaker, "he" | "she" | "He" | "She") {
            // (Not a person the article shows to be of the other sex: "he" is not Oprah Winfrey.)
            let female = speaker.eq_ignore_ascii_case("she");
            let fits = |name: &str| self.is_female(name).is_none_or(|f| f == female);
            let person = |x: &&(usize, usize, &Entity)| x.2.kind == EntityKind::Person && x.1 <= at && fits(&x.2.name);
            let in_sentence = self.starting(sentence_start, at).iter().find(person);
            let before = self.starting(0, at).iter().rev().take(500).find(person);
            // (The last speaker stands for "she" when it may be one person: not "officials", not
            // "Republicans" or an organisation the article names.)
            let one_person = |name: &String| {
                let named =
                    self.starting(0, at).iter().rev().take(500).find(|x| x.2.name == *name || x.2.text == *name);
                // ("a company spokesman", "her publicist": one person in lower case. Not every word
                // of `entities::PERSON_CUES`: "the businessman", "the singer" would stand for "he"
                // before the person the article names, in 13 of 4,997 articles.)
                const ONE_PERSON: &[&str] = &[
                    "spokesman",
                    "spokeswoman",
                    "spokesperson",
                    "official",
                    "aide",
                    "adviser",
                    "advisor",
                    "lawyer",
                    "attorney",
                    "analyst",
                    "economist",
                    "expert",
                    "source",
                    "mayor",
                    "governor",
                    "senator",
                    "minister",
                    "president",
                    "judge",
                    "doctor",
                    "officer",
                    "chief",
                    "director",
                    "publicist",
                    "rep",
                    "agent",
                    "manager",
                    "executive",
                    "chairman",
                    "chairwoman",
                    "secretary",
                    "ambassador",
                    "witness",
                    "resident",
                ];
                let last_word = name.rsplit(' ').next().unwrap_or("");
                name.starts_with(char::is_lowercase) && ONE_PERSON.contains(&last_word)
                    || name.starts_with(char::is_uppercase)
                        && match named.map(|x| x.2.kind) {
                            Some(EntityKind::Person) => true,
                            Some(EntityKind::Organization | EntityKind::Group | EntityKind::Place) => false,
                            _ => !name.ends_with('s') || name.contains(' '),
                        }
            };
            return in_sentence
                .map(|x| x.2.name.clone())
                .or(last.clone().filter(one_person).filter(|name| fits(name)))
                .or(before.map(|x| x.2.name.clone()))
                .unwrap_or_else(|| speaker.to_string());
        }
        if matches!(speaker, "it" | "It") {
            // "It said": the last organisation named.
            let org = |x: &&(usize, usize, &Entity)| x.2.kind == EntityKind::Organization && x.1 <= at;
            return self
                .starting(0, at)
                .iter()
                .rev()
                .take(500)
                .find(org)
                .map(|x| x.2.name.clone())
                .unwrap_or_else(|| speaker.to_string());
        }
        if matches!(speaker, "and" | "but" | "who" | "which" | "by") {
            // A short noun phrase opening the sentence names the speaker when no one is named
            // before the conjunction: the whole lead before "who" ("The minister, who has said
            // …"), the subject before its first verb before "and" ("The airline apologised to
            // passengers and said …").
            let phrase = |to_verb: bool| {
                let lead = self.text[sentence_start..at].trim().trim_end_matches(',').trim_end();
                let determined = ["The ", "A ", "An "].iter().find_map(|d| lead.strip_prefix(d));
                // ("Officials rushed everyone inside and said …": a plural opening the sentence
                // needs no determiner.)
                let rest = determined.or_else(|| to_verb.then_some(lead))?;
                let verb = |w: &str| {
                    to_verb
                        && w.starts_with(char::is_lowercase)
                        && (w.len() > 3 && w.ends_with("ed") || BEFORE_CUE.contains(&w) || cue_kind(w).is_some())
                };
                let words: Vec<&str> = rest.split_whitespace().take_while(|w| !verb(w)).collect();
                let phrase = words.join(" ");
                let plural = |w: &&str| w.len() > 3 && w.ends_with('s') && w.chars().all(char::is_alphabetic);
                ((1..=4).contains(&words.len())
                    && (!to_verb || words.len() < rest.split_whitespace().count())
                    && (determined.is_some() || words.len() <= 2 && words.last().is_some_and(plural))
                    && !phrase.contains([',', '(', '"', '“']))
                .then_some(phrase)
            };
            return self
                .antecedent(speaker, at, sentence_start)
                // (A group speaks as written: "Europeans", not "Europe".)
                .map(|e| if e.kind == EntityKind::Group { e.text.clone() } else { e.name.clone() })
                .or_else(|| phrase(speaker != "who"))
                // (Not for a subject stood in for by "by" or a preposition: the last speaker is
                // no better a guess than nobody.)
                .or(last.clone().filter(|_| speaker != "by"))
                .unwrap_or_else(|| speaker.to_string());
        }
        let words: Vec<&str> = speaker.split_whitespace().collect();
        // Names that modify a common noun stay with it: "Texas officials", "French and German
        // leaders" are not Texas or France; so do names joined by "and" ("Germany and Austria"),
        // unless one name holds them all ("the Department of Health and Human Services").
        let names = |words: &[&str]| {
            words.iter().all(|w| w.starts_with(char::is_uppercase) || matches!(*w, "and" | "of" | "for"))
        };
        let (head, last) = words.split_at(words.len().saturating_sub(1));
        // (After a determiner: "many Carrier workers".)
        let head = &head[head.iter().take_while(|w| DETERMINERS.contains(w)).count()..];
        if !head.is_empty() && last.iter().all(|w| w.starts_with(char::is_lowercase)) && names(head) {
            return words.join(" ");
        }
        // "an Iowa Democrat", "one Ohio Republican": a member of a party, not the party.
        if last.first().is_some_and(|w| PARTY_MEMBERS.contains(w))
            && ["a", "an", "one", "another"].iter().any(|d| d.eq_ignore_ascii_case(words[0]))
        {
            return words[1..].join(" ");
        }
        let joined = words.len() > 2 && words.contains(&"and") && names(&words);
        // "Researchers in the Netherlands": people of a place are not the place.
        if words.len() > 2 && matches!(words[1], "in" | "at" | "from") && words[0].ends_with('s') {
            return words.join(" ");
        }
        // ("the candidate’s former doctor", "Clinton's spokesman": the owner before a possessive
        // and a common noun is not who speaks.)
        let owns = |name: &str| {
            speaker.find(name).is_some_and(|at| {
                let rest = &speaker[at + name.len()..];
                let Some(i) = rest.find("’s ").or_else(|| rest.find("'s ")) else { return false };
                // (In the name's own noun phrase: "Sanders supporters who came for this week's vote"
                // are Sanders's.)
                let between: Vec<&str> = rest[..i].split_whitespace().collect();
                let after = &rest[i + if rest[i..].starts_with('’') { "’s ".len() } else { 3 }..];
                between.len() <= 3
                    && !between.iter().any(|w| CLAUSE_WORDS.contains(w))
                    && after.split(' ').any(|w| w.starts_with(char::is_lowercase))
            })
        };
        // The longest entity named inside the speaker phrase ("Russian President Vladimir
        // Putin"), among those written near the attribution.
        self.starting(at.saturating_sub(200), at + 400)
            .iter()
            .map(|&(_, _, e)| e)
            // A capitalised word opening the phrase, of no known kind, is a sentence's first
            // word ("Dock workers"), not a name.
            .filter(|e| {
                // ("a Damascus-based diplomat" is no one in Damascus.)
                speaker.contains(e.text.as_str())
                    && !speaker.contains(&format!("{}-", e.text))
                    && !owns(e.text.as_str())
                    && e.kind != EntityKind::Group
                    && !(e.kind == EntityKind::Other && speaker.starts_with(e.text.as_str()) && speaker != e.text)
                    // ("Britain's Foreign Secretary" is neither Britain nor "Secretary": a place or
                    // a word of no known kind is the speaker only when it is the whole phrase.)
                    && (matches!(e.kind, EntityKind::Person | EntityKind::Organization) || {
                        // (Past a sentence's opening word: "And Gallup", "Even China".)
                        let mut rest = speaker;
                        while let Some((first, after)) = rest.split_once(' ')
                            && matches!(
                                first,
                                "the" | "The" | "And" | "But" | "Even" | "Perhaps" | "So" | "Now" | "Also" | "Still" | "Yet"
                            )
                        {
                            rest = after;
                        }
                        // ("… compiled by Real Clear Politics": the name that closes the phrase
                        // after "by" or "from".)
                        let closes = speaker.strip_suffix(e.text.as_str()).is_some_and(|before| {
                            before.ends_with(' ')
                                && before.trim_end().rsplit(' ').next().is_some_and(|w| matches!(w, "by" | "from"))
                        });
                        // ("the latest Reuters/Ipsos poll": a poll goes by its pollster's name.)
                        let poll = speaker
                            .rsplit(' ')
                            .next()
                            .is_some_and(|w| matches!(w, "poll" | "polls" | "survey" | "study" | "analysis" | "research"));
                        rest == e.text || closes || poll
                    })
            })
            // A person before anything else ("Coast Guard Adm. Thad Allen" is Thad Allen).
            .max_by_key(|e| (e.kind == EntityKind::Person, e.text.len()))
            .filter(|e| !joined || e.text == words.join(" "))
            .map(|e| e.name.clone())
            .unwrap_or_else(|| words.join(" "))
    }

    /// The speaker and the chain of one attribution: its own intermediary ("the Kremlin cited
    /// Putin") and the attributions `chain` after it ("…, Al Jazeera reported").
    fn speaker_and_via<'a>(
        &self,
        a: &Attribution,
        chain: impl Iterator<Item = &'a Attribution>,
        sentence_start: usize,
    ) -> (String, Vec<String>) {
        let speaker = self.canonical(&a.speaker, a.start, &self.last_speaker, sentence_start);
        let mut via: Vec<String> = a.via.iter().map(|v| self.canonical(v, a.start, &None, sentence_start)).collect();
        via.extend(chain.take(MAX_CHAIN).map(|b| self.canonical(&b.speaker, b.start, &None, sentence_start)));
        via.retain(|v| *v != speaker);
        via.dedup();
        (speaker, via)
    }

    /// The claims of the sentence at `s..e`, whose attributions are `attrs`: a headline's
    /// "Name: …", direct quotes, or reported speech.
    fn sentence(&mut self, s: usize, e: usize, attrs: &[Attribution]) {
        let text = self.text;
        // ("Obama: Americans Will Say No to Trump": cues after the colon are the headline's.)
        if let Some(colon) = text[s..e].find(": ")
            && attrs.iter().all(|a| a.start > s + colon)
            && self.headline(s, e)
        {
            return;
        }
        // A quote is the text between the marks (the match minus one mark at each end).
        let quotes: Vec<(usize, usize)> = quote_matches(&text[s..e])
            .into_iter()
            .map(|m| {
                let m_str = &text[s + m.start..s + m.end];
                let double = usize::from(m_str.starts_with("''"));
                // ("“… “We will close it,”": the first mark lost its closing one, and the quote is
                // the last opening mark's on that line; a quote of several paragraphs opens each
                // of them again.)
                let line = &m_str[..m_str.find('\n').unwrap_or(m.len())];
                let lost = self.unclosed.binary_search(&(s + m.start)).is_ok();
                let start = m.start + line.rfind('“').filter(|&at| lost && at > 0 && m_str.ends_with('”')).unwrap_or(0);
                // ("“… what he calls “hell” than …”": a quote inside the quote in the same marks;
                // the quote ends at the next closing mark on the line.)
                let nested = !lost
                    && line.len() == m.len()
                    && line.strip_prefix('“').is_some_and(|inner| inner.contains('“'))
                    && line.ends_with('”');
                let end = nested
                    .then(|| text[s + m.end..e].split('\n').next().and_then(|rest| rest.find('”')))
                    .flatten()
                    .map_or(m.end, |at| m.end + at + '”'.len_utf8());
                let open = text[s + start..].chars().next().map_or(1, char::len_utf8) + double;
                let close = text[..s + end].chars().next_back().map_or(1, char::len_utf8) + double;
                (s + start + open, s + end - close)
            })
            .collect();
        // A quote inside a clause ("said fraud is “a big problem” but …", scare quotes) is part of
        // what the sentence reports, not a statement of its own.
        let embedded = |qs: usize| {
            let before = text[s..qs].trim_end_matches(['“', '"', '\'', '”']).trim_end();
            // (After a signed quote, "“…” ― Ana Ruiz “…”", the next quote stands alone too.)
            // (A signature is short: only the last bytes are read.)
            let tail = &before[before.floor_char_boundary(before.len().saturating_sub(160))..];
            let signed = || tail.rfind(['―', '—']).is_some_and(|at| SIGNED.is_match(&tail[at..]));
            !(before.is_empty() || before.ends_with([':', ',', '.', '!', '?', '—', '(']) || signed())
        };
        // "“Harbor” director Ana Ruiz said …", "the “Joker” star": a short quote run into the words
        // after it, with no stop of its own, names a title or marks a word; it is no statement.
        let title = |qs: usize, qe: usize| {
            let quoted = text[qs..qe].trim_end();
            let next = text[qe..].trim_start_matches(['”', '"', '\'', '’']);
            let Some(next) = next.strip_prefix(' ') else { return false };
            let word = next.split(|c: char| !c.is_alphabetic()).next().unwrap_or("");
            let words = quoted.split_whitespace().count();
            // (A title's words are capitalised, "Orange Is the New Black"; a statement's are not,
            // "“We are horrified” by the attack": that is a quote run into the sentence.)
            let title_case = quoted.split_whitespace().all(|w| w.len() < 4 || w.starts_with(char::is_uppercase));
            words <= 5
                && (title_case || words <= 2)
                && !quoted.ends_with([',', '.', '!', '?', '…', '—', '-'])
                && word.starts_with(|c: char| c.is_lowercase())
                && !PRONOUNS.contains(&word)
                && cue_kind(word).is_none()
        };
        let quotes: Vec<(usize, usize)> =
            quotes.into_iter().filter(|&(qs, qe)| !embedded(qs) && !title(qs, qe)).collect();
        // "X said Y was “right” when he said …, “…”": reported speech that holds the quotes.
        let reported_first = match (attrs.first(), quotes.first()) {
            (Some(a), Some(&(qs, _))) => a.end <= qs && text[a.end..qs].split_whitespace().count() >= 6,
            _ => false,
        };
        if !quotes.is_empty() && !reported_first {
            for (qs, qe) in quotes {
                self.quote(s, qs, qe, attrs);
            }
        } else if !attrs.is_empty() {
            self.open_quote = None;
            self.reported_open = None;
            // "X called it a mistake, but she noted that …": a clause with its own attribution
            // after ", but", ", and", ", though" or ";" is a statement of its own.
            let mut from = (s, 0);
            // "When the moderator pressed him, the candidate said …": a sentence that opens with a
            // subordinate clause holding an attribution has its main clause after the last comma
            // before the next one; each clause is a statement of its own, not links of a chain.
            if opens_subordinate(&text[s..e])
                && let Some(next) = attrs.get(1)
                && attrs[0].end <= next.start
                && let Some(comma) = text[attrs[0].end..next.start].rfind(", ")
            {
                self.reported_from(s, attrs[0].end + comma, &attrs[..1]);
                from = (next.start, 1);
            }
            for (i, a) in attrs.iter().enumerate().skip(from.1.max(1)) {
                // The clause ends at its link, or past it when an attribution took the comma
                // (", said the minister, and officials said …").
                if let Some(boundary) = clause_boundary(&text[from.0..a.start]) {
                    let end = (from.0 + boundary).max(attrs[i - 1].end);
                    self.reported_from(from.0, end, &attrs[from.1..i]);
                    from = (a.start, i);
                }
            }
            self.reported_from(from.0, e, &attrs[from.1..]);
            self.open_quote = self.reported_open.take();
        }
    }

    /// "Asked whether the pier was safe, she said …", "… when asked if …": the question put to
    /// the speaker, by someone the sentence does not name, in the sentence at `s..e`.
    fn question(&mut self, s: usize, e: usize, attrs: &[Attribution]) {
        let text = self.text;
        let Some(m) = ASKED.captures(&text[s..e]) else { return };
        let Some(q) = m.name("q") else { return };
        let cs = s + q.start();
        // The question ends at the comma before the answer's attribution ("…, Ryan said"), or
        // before a main clause ("…, the voters were divided"), or with the sentence.
        let answer = attrs.iter().find(|a| a.start > cs).map(|a| a.start);
        let end = match answer.and_then(|a| text[cs..a].rfind(", ")) {
            Some(comma) => cs + comma,
            None => {
                let rest = &text[cs..e];
                // ("When asked …, 23 percent …", "But when asked …, she …": a "when" opening
                // the sentence has its main clause after the question too.)
                let opening = m.get(0).is_some_and(|w| text[s..s + w.start()].split_whitespace().count() <= 1);
                let main = if m.name("when").is_none() || opening { question_end(rest) } else { None };
                cs + main.unwrap_or(rest.len())
            }
        };
        let content = text[cs..end].trim_end_matches([',', ' ', '.']);
        if content.split_whitespace().count() < 3 {
            return;
        }
        // "Asked by reporters whether …": who put the question.
        let asked = m.get(0).map_or(cs, |whole| s + whole.start());
        let between = &text[asked..cs];
        let by = between.find(" by ").map(|at| asked + at + 4);
        let source = by.map(|b| (b, b + text[b..cs].trim_end().len())).filter(|(b, e)| e > b);
        let speaker = source.map(|(b, e)| self.canonical(&text[b..e], b, &None, s));
        self.push_reported(cs, content, speaker, "asked".to_string(), Vec::new(), source);
    }

    /// A transcript's turn: the label's person (`people` maps last names in lower case to the
    /// first person named so), saying the rest of the line.
    fn turn(&mut self, turn: &Turn, people: &HashMap<String, &str>) {
        let text = self.text;
        let (cs, ce) = turn.content;
        if text[cs..ce].split_whitespace().count() < 3 {
            return;
        }
        let label = &text[turn.label.0..turn.label.1];
        let last_word = label.rsplit(char::is_whitespace).next().unwrap_or(label);
        // An interview's questioner and answerer are named elsewhere, if at all; an "UNIDENTIFIED
        // MALE" not at all.
        let speaker = (!matches!(label, "Q" | "A") && !label.starts_with("UNIDENTIFIED")).then(|| {
            people.get(&last_word.to_lowercase()).map_or_else(
                || {
                    // "MR. BLAKE" → "Mr. Blake".
                    let title = |w: &str| {
                        let mut chars = w.chars();
                        chars.next().map_or(String::new(), |c| c.to_string() + &chars.as_str().to_lowercase())
                    };
                    label.split_whitespace().map(title).collect::<Vec<_>>().join(" ")
                },
                |name| name.to_string(),
            )
        });
        self.last_speaker = speaker.clone();
        let source = Some(self.chars_of(turn.label));
        self.last_source = source;
        self.open_quote = None;
        let claim = Claim {
            text: text[cs..ce].to_string(),
            speaker,
            cue: Some(":".to_string()),
            quote: true,
            via: Vec::new(),
            start: self.char_at(cs),
            end: self.char_at(ce),
        };
        self.out.push((claim, source));
    }

    /// Records reported speech: `content`, written at byte `cs`, with its speaker, cue and chain,
    /// and the speaker's mention as written (character offsets).
    fn push_reported(
        &mut self,
        cs: usize,
        content: &str,
        speaker: Option<String>,
        cue: String,
        via: Vec<String>,
        source: Option<(usize, usize)>,
    ) {
        let start = self.char_at(cs);
        let claim = Claim {
            text: content.to_string(),
            speaker,
            cue: Some(cue),
            quote: false,
            via,
            start,
            end: start + content.chars().count(),
        };
        self.out.push((claim, source));
    }

    /// "Pat Caddell: Voters are worried": a name and a colon open a headline's statement; so does
    /// a short capitalised lead on a headline line ("Poll: Voters …"). Whether it found one.
    fn headline(&mut self, s: usize, e: usize) -> bool {
        let text = self.text;
        let sentence = &text[s..e];
        let lead_trim = s + (sentence.len() - sentence.trim_start().len());
        let speaker = || -> Option<(usize, usize, String, usize)> {
            if let Some(&(bs, be, named)) = self
                .starting(lead_trim, lead_trim + 1)
                .iter()
                .find(|x| matches!(x.2.kind, EntityKind::Person | EntityKind::Organization))
                && be < e
                && text[be..e].starts_with(": ")
            {
                return Some((bs, be, named.name.clone(), be));
            }
            let line = sentence.trim();
            let colon = line.find(": ")?;
            let lead = &line[..colon];
            let words: Vec<&str> = line.split_whitespace().collect();
            let capitals = words.iter().filter(|w| w.starts_with(char::is_uppercase)).count();
            let title_case = words.len() >= 4 && capitals * 10 >= words.len() * 6;
            // The article's first line, a title on its own, may end with a full stop ("Lynch: No
            // outside influence on FBI probe.").
            let title_line = text[..s].trim().is_empty() && words.len() <= 20 && text[e..].starts_with('\n');
            let headline =
                (title_case || title_line || !line.ends_with(['.', '?', '!', '"', '”'])) && !line.contains('\n');
            let short = (1..=3).contains(&lead.split(' ').count());
            let capitalised = lead.split(' ').all(|w| w.starts_with(char::is_uppercase));
            let label = HEADLINE_LABELS.contains(&lead.to_lowercase().as_str())
                // ("The Latest: …", "A Curious Plan: …": an article opens a label, not a name.)
                || ["The ", "A ", "An "].iter().any(|a| lead.starts_with(a));
            if headline && short && capitalised && !label {
                return Some((lead_trim, lead_trim + colon, lead.to_string(), lead_trim + colon));
            }
            // "Former AG Mukasey at RNC: …", "Clinton to Planned Parenthood: …", "CNN President On
            // Trump: …": a name, then where or to whom it spoke.
            let (name, _) = HEADLINE_ADDRESS.captures(lead).map(|c| c.get(1).expect("group").as_str()).zip(Some(()))?;
            let name_words = name.split(' ').count();
            (headline
                && (1..=4).contains(&name_words)
                && lead.split(' ').count() <= 7
                && !HEADLINE_LABELS.contains(&name.to_lowercase().as_str()))
            .then(|| (lead_trim, lead_trim + name.len(), name.to_string(), lead_trim + colon))
        };
        let Some((bs, be, name, colon)) = speaker() else { return false };
        let cs = colon + 2;
        let content = text[cs..e].trim().trim_end_matches(['.', ' ']);
        if content.split_whitespace().count() < 3 {
            return false;
        }
        let source = Some(self.chars_of((bs, be)));
        self.push_reported(cs, content, Some(name), ":".to_string(), Vec::new(), source);
        true
    }

    /// The direct quote at `qs..qe` in the sentence starting at `s`: said by the attribution
    /// nearest it, or by the last speaker; or the run-on of the quote before it.
    fn quote(&mut self, s: usize, qs: usize, qe: usize, attrs: &[Attribution]) {
        let text = self.text;
        // The attribution nearest the quote, outside it (attributions are sorted and apart: the
        // last one ending before it, the first one starting after it).
        let after_quote = attrs.partition_point(|a| a.start < qe);
        let before = attrs[..attrs.partition_point(|a| a.end <= qs)].last();
        let attr = match (before, attrs.get(after_quote)) {
            (Some(b), Some(a)) => Some(if a.start - qe < qs - b.end { a } else { b }),
            (b, a) => b.or(a),
        };
        // "“…” ― Ana Ruiz": a quote signed with a dash and a name at the end of its line.
        // (Signatures are short: a line's end is looked for in the next 128 bytes only.)
        let window = &text[qe..text.floor_char_boundary((qe + 128).min(text.len()))];
        let newline = window.find('\n');
        let line_end = newline.map_or(qe + window.len(), |i| qe + i);
        // (A window that cuts the line may end anywhere: there the name must end before a quote.)
        let cut = newline.is_none() && line_end < text.len();
        let dash_next = text[qe..line_end]
            .trim_start_matches(['”', '"', '’', '\'', '.', ',', ' ', '\t', '\u{a0}'])
            .starts_with(['―', '—', '–', '-']);
        if dash_next
            && line_end - qe <= 120
            && let Some(m) = SIGNED.captures(&text[qe..line_end])
            && !(cut && m.get(0).is_some_and(|all| qe + all.end() == line_end))
        {
            let (dash, name) = (m.name("dash").expect("group"), m.name("name").expect("group"));
            // (The line's full stop is not the name's, an initial's or "Jr." is.)
            let last = name.as_str().rsplit([' ', '\t', '\u{a0}']).next().unwrap_or("");
            let cut = usize::from(last.ends_with('.') && last.len() > 3 && last != "Jr.");
            let span = (qe + name.start(), qe + name.end() - cut);
            let speaker = self
                .starting(span.0, span.0 + 1)
                .iter()
                .find(|x| x.2.kind == EntityKind::Person || x.2.kind == EntityKind::Organization)
                .map_or_else(|| text[span.0..span.1].to_string(), |x| x.2.name.clone());
            let source = Some(self.chars_of(span));
            self.last_speaker = Some(speaker.clone());
            self.last_source = source;
            self.open_quote = None;
            let claim = Claim {
                text: text[qs..qe].to_string(),
                speaker: Some(speaker),
                cue: Some(dash.as_str().to_string()),
                quote: true,
                via: Vec::new(),
                start: self.char_at(qs),
                end: self.char_at(qe),
            };
            self.out.push((claim, source));
            return;
        }
        if let Some((at, _, said)) = self.open_quote
            && said < qs
            && let Some(cue) = added_between(&text[said..qs])
        {
            // "“…,” she said, adding, “…”": a statement of its own, by the same speaker.
            let (first, source) = &self.out[at];
            let claim = Claim {
                text: text[qs..qe].to_string(),
                speaker: first.speaker.clone(),
                cue: Some(cue.to_string()),
                quote: true,
                via: first.via.clone(),
                start: self.char_at(qs),
                end: self.char_at(qe),
            };
            let source = *source;
            self.out.push((claim, source));
            self.open_quote = None;
            return;
        }
        if let Some((at, from, said)) = self.open_quote
            && said < qs
            && !text[from..qs].contains('\n')
            && attr.is_none_or(|a| a.start == said)
        {
            // The statement runs on after its attribution: one claim from the first mark, whose
            // text is what was said, without the attribution between its parts ("“A,” she said.
            // “B”" says "A … B").
            let end = self.char_at(qe);
            let claim = &mut self.out[at].0;
            claim.text = format!("{} … {}", claim.text.trim_end().trim_end_matches(','), &text[qs..qe]);
            claim.end = end;
            return;
        }
        // "X praised the crews, saying, “…”", "X spoke at the pier, adding: “…”": the participle
        // is the quote's cue and the clause's subject its speaker; what comes before it is a
        // statement of its own.
        // (The participle stands just before the mark: only the last few dozen bytes are read.)
        let tail = text.floor_char_boundary(qs.saturating_sub(48)).max(s);
        if let Some(m) = PARTICIPLE.find_iter(&text[tail..qs]).last().filter(|m| {
            let gap = &text[tail + m.end()..qs];
            gap.trim_start_matches(['“', '"', '\'', ' ']).is_empty()
        }) {
            let ms = tail + m.start();
            let cue = m
                .as_str()
                .trim_start_matches([',', ' ', '”', '"', '’', '–', '—'])
                .split_whitespace()
                .next()
                .unwrap_or("saying");
            let cue = cue.trim_end_matches([',', ':']).to_string();
            let earlier = &attrs[..attrs.partition_point(|a| a.end <= ms)];
            let subject = match earlier.last() {
                Some(a) => {
                    let (speaker, via) = self.speaker_and_via(a, std::iter::empty(), s);
                    if earlier.len() == 1 {
                        self.reported_from(s, ms, earlier);
                    }
                    Some((speaker, a.speaker_span, via))
                }
                None => self.subject(s, ms).map(|(speaker, span)| (speaker, span, Vec::new())),
            };
            if let Some((speaker, span, via)) = subject {
                let source = Some(self.chars_of(span));
                self.last_speaker = Some(speaker.clone());
                self.last_source = source;
                let claim = Claim {
                    text: text[qs..qe].to_string(),
                    speaker: Some(speaker),
                    cue: Some(cue),
                    quote: true,
                    via,
                    start: self.char_at(qs),
                    end: self.char_at(qe),
                };
                self.open_quote = None;
                self.out.push((claim, source));
                return;
            }
        }
        self.open_quote = attr.filter(|a| a.start >= qe).map(|a| (self.out.len(), qs, a.start));
        let source = attr.map(|a| self.chars_of(a.speaker_span)).or(self.last_source);
        let (speaker, cue, via) = match attr {
            Some(a) => {
                // Attributions later in the sentence are the chain ("…, Al Jazeera reported"): verbs
                // of speech, each set off by a comma, with no stop or quote mark between them (a
                // quote left open by its page runs over later sentences and their speakers).
                let mut last = a.end;
                let chain = attrs[after_quote..].iter().filter(|b| b.start > a.end).take_while(move |b| {
                    let gap = &text[last..b.start.max(last)];
                    let link = is_speech(&b.cue)
                        && gap.trim_end().ends_with([',', ';', '—', '―'])
                        && !gap.contains(['.', '“', '”', '"', '\n']);
                    last = b.end;
                    link
                });
                let (speaker, via) = self.speaker_and_via(a, chain, s);
                (Some(speaker), Some(a.cue.clone()), via)
            }
            // (A word or two in quotes with no attribution, "“Trainwreck.”", "“Related:”", names
            // or labels something: no statement.)
            None if text[qs..qe].split_whitespace().nth(2).is_none() => return,
            None => (self.last_speaker.clone(), None, Vec::new()),
        };
        if speaker.is_some() {
            self.last_speaker = speaker.clone();
            self.last_source = source;
        }
        // Words between the quote and its attribution belong to the statement ("“…” of the plan,
        // Mr. Burman said").
        let mut qe = qe;
        // Not after a quote that closes its own clause ("…today,” rebel soldier Mohammad Muftah
        // said": the words are the speaker's description).
        let closed = text[..qe].trim_end().ends_with([',', '.', '!', '?']);
        if let Some(a) = attr.filter(|a| a.start >= qe && !closed) {
            let rest = text[qe..a.start].trim_start_matches(['”', '"', '\'']);
            let words = rest.trim_end_matches([',', ' ', '—', '―']);
            if !rest.contains(['“', '”', '"', '\n']) && !words.trim().is_empty() {
                qe = a.start - (rest.len() - words.len());
            }
        }
        // "Mrs. Ruiz, with her years at the port, “is seen as the safer pair of hands,” he said.":
        // a quote that opens in lower case after the sentence's own words finishes their
        // sentence; the statement is the whole of it.
        let mut qs = qs;
        let lead = text[s..qs].trim_end_matches(['“', '"', '\'', '‘']);
        if attr.is_some_and(|a| a.start >= qe)
            && attrs.first().is_some_and(|a| a.start >= qe)
            && text[qs..qe].starts_with(char::is_lowercase)
            && lead.trim_end().ends_with(',')
            && lead.trim_start().starts_with(char::is_uppercase)
            && !lead.contains(['“', '”', '"', '\n'])
        {
            qs = s + (lead.len() - lead.trim_start().len());
        }
        let claim = Claim {
            text: text[qs..qe].to_string(),
            speaker,
            cue,
            quote: true,
            via,
            start: self.char_at(qs),
            end: self.char_at(qe),
        };
        self.out.push((claim, source));
    }

    /// Reported speech from the first of `attrs` that gives a claim, trying a few: "In a message
    /// posted Friday, Cruz said …" is no claim of the message's.
    fn reported_from(&mut self, s: usize, e: usize, attrs: &[Attribution]) {
        let mut from = s;
        for (i, a) in attrs.iter().enumerate().take(3) {
            if self.reported(from, e, &attrs[i..]) {
                return;
            }
            from = a.end;
        }
    }

    /// Reported speech in the sentence at `s..e`: content before the first attribution (", X
    /// said") or after it ("X said that ..."). Later attributions after a comma are the chain (",
    /// Al Jazeera reported"), or claims of their own when words of their own follow them; others
    /// sit inside the content ("X said he believes ..."). Whether it gave a claim.
    fn reported(&mut self, s: usize, e: usize, attrs: &[Attribution]) -> bool {
        let Some(mut next) = self.reported_once(s, e, attrs) else { return false };
        // One claim after another, in a loop: a long sentence may hold thousands.
        while let Some(a) = next.first() {
            let Some(rest) = self.reported_once(a.start, e, next) else { break };
            next = rest;
        }
        true
    }

    /// The first claim of [`Reader::reported`]; the attributions of the next claim in the sentence
    /// (none, when it is the last); `None` without a claim.
    fn reported_once<'a>(&mut self, s: usize, e: usize, attrs: &'a [Attribution]) -> Option<&'a [Attribution]> {
        let text = self.text;
        let last = attrs.last()?;
        // The sentence holds its attributions whole.
        let e = e.max(last.end);
        let after_comma = |a: &Attribution| text[s..a.start].trim_end().ends_with([',', ';', '—', '―']);
        // A stance verb before a speech cue is part of what is reported; not before one of its own
        // subject's ("He endorsed Clinton, but told …"). So is a cue after "and" before a speaker
        // set off by a comma ("… with speeches and promises to shake things up, Stovall said").
        let conjoined = |a: &Attribution| matches!(a.speaker.as_str(), "and" | "but");
        let attrs = match attrs.split_first() {
            Some((first, rest))
                if (is_stance(&first.cue) || conjoined(first))
                    && rest.iter().any(|a| !is_stance(&a.cue) && !coordinated(a) && after_comma(a)) =>
            {
                rest
            }
            _ => attrs,
        };
        let first = &attrs[0];
        // Links are attributions of speech ("…, Al Jazeera reported"), not ", the board agreed to …".
        // A later one with content of its own is a claim of its own ("Back when he wrote his book,
        // Mr. McKinley said that he …"): the chain and this claim's content end before it.
        let own_content = |a: &Attribution| {
            content_after_cue(&text[a.end..e], &a.cue, true)
                .is_some_and(|at| text[a.end + at..e].split_whitespace().nth(2).is_some())
        };
        // So is a relative clause's after a name ("… echoed those of Mr Ban who said that …").
        let who_after_name = |a: &Attribution| {
            let before = text[..a.start].trim_end().rsplit(' ').next().unwrap_or("");
            a.speaker == "who" && before.starts_with(char::is_uppercase) && before.ends_with(char::is_alphabetic)
        };
        let next_claim = attrs
            .iter()
            .skip(1)
            .position(|a| {
                (after_comma(a) || who_after_name(a) && a.start >= first.end) && is_speech(&a.cue) && own_content(a)
            })
            .map(|k| k + 1);
        let (attrs, next) = attrs.split_at(next_claim.unwrap_or(attrs.len()));
        let e_links = next.first().map_or(e, |a| a.start);
        let chain: Vec<&Attribution> = attrs[1..].iter().filter(|a| after_comma(a) && is_speech(&a.cue)).collect();
        // (Attributions are apart; an overlap must not cut the content backwards.)
        let chain_start = chain.first().map_or(e_links, |a| a.start).max(first.end);
        // "…, harbour board spokesman Tomas Berg said": the speaker's title after the comma is
        // no content; the content ends at the comma.
        // (An article's noun phrase may run into a name that closes the sentence.)
        let closes = first.speaker.starts_with(char::is_uppercase)
            && (text[first.end..e].split_whitespace().nth(3).is_none()
                || says_nothing_after(&first.cue, &text[first.end..e]));
        let speaker_from = title_after_comma(&text[s..first.start], closes).map_or(first.start, |at| s + at + 1);
        let lead = text[s..speaker_from].trim();
        let after_first = text[first.end..e].trim_start();
        // "…, the governor told reporters, it …": whom he told, then the second side.
        let after_first = match first.cue.as_str() {
            "told" | "tells" => after_first
                .find(',')
                .filter(|&at| {
                    let listener = &after_first[..at];
                    listener.split_whitespace().count() <= 4
                        && !listener.contains(['.', ';', ':', '"', '“', '”'])
                        && listener.split_whitespace().all(|w| !CLAUSE_WORDS.contains(&w) && cue_kind(w).is_none())
                })
                .map_or(after_first, |at| &after_first[at..]),
            _ => after_first,
        };
        // Content before the cue ends with a comma or a quote mark ("…, X said"); a lead without
        // one is part of the speaker ("Top party donor X said …").
        // A lead that opens with a conjunction is a subordinate clause, not content ("When the
        // moderator pressed him, the candidate said …"); so is one that sets the scene of the
        // statement ("Asked whether …, she said no", "Speaking to reporters, he said …").
        const SCENES: &[&str] = &[
            "Asked",
            "Pressed",
            "Questioned",
            "Interviewed",
            "Speaking",
            "Responding",
            "Writing",
            "Testifying",
            "Addressing",
            "Commenting",
            "Referring",
        ];
        let scene = SCENES.contains(&lead.split(' ').next().unwrap_or(""));
        let subordinate = scene || opens_subordinate(lead);
        // "…: According to recent polls, Trump holds …": a capital "According" opens its clause,
        // whose content follows.
        let opens = first.cue == "according to" && text[first.start..].starts_with('A');
        // A short lead is content too when nothing is said after the cue ("The plan will fail, he
        // said on Tuesday.").
        // ", according to Thad Allen, the incident commander.": a name's description is not what
        // was said either, nor is a relative clause after the speaker ("according to Ana Ruiz,
        // who runs it").
        let described = first.speaker.starts_with(char::is_uppercase)
            && !PRONOUNS.contains(&first.speaker.as_str())
            && describes(after_first);
        let relative = [", who ", ", which "].iter().any(|w| after_first.starts_with(w));
        // After an inverted cue ("…, said Tom Smith, adding …") the speaker follows the cue: what
        // stands before it was said, however short ("Talks failed, said Tom Smith").
        let cue_first = first.cue != "according to" && text[first.start..].starts_with(first.cue.as_str());
        let long_lead = lead.len() > 20
            || cue_first && lead.split(' ').count() >= 2
            || lead.split(' ').count() >= 3
                && (says_nothing_after(&first.cue, &text[first.end..e])
                    // ("Talks failed, the board said, adding that …": a second statement follows.)
                    || added_between(text[first.end..e].split(" that ").next().unwrap_or("")).is_some()
                        && text[first.end..e].trim_start().starts_with(',')
                    || described
                    || relative
                    || first.cue == "according to" && gloss(after_first));
        // "… 271 delegates according to a count by the AP.": a source that ends the sentence
        // needs no comma.
        let set_off = lead.ends_with([',', '”', '"', '’', '\'', '—', '―', ':'])
            || first.cue == "according to" && (says_nothing(&text[first.end..e]) || relative);
        // ("An enthusiastic Sanders supporter, Seacord complained of …": a short noun phrase ending
        // in a person's role, set off before the name, is the speaker's description.)
        let description = lead.split_whitespace().count() <= 6
            && ["A ", "An ", "The ", "One ", "Another "].iter().any(|d| lead.starts_with(d))
            && lead.strip_suffix(',').is_some_and(|phrase| {
                let role = phrase.rsplit(' ').next().unwrap_or("").to_lowercase();
                let person = ["er", "or", "ist", "ian", "ent", "ant", "ee"].iter().any(|s| role.ends_with(s));
                !phrase.contains([',', '“', '"']) && (person || super::entities::PERSON_CUES.contains(role.as_str()))
            });
        let lead_is_content = long_lead && set_off && !subordinate && !opens && !description;
        // ", said Kevin Barrett, the lawyer for …": after an inverted cue comes the speaker's
        // description, not what was said.
        let inverted = lead_is_content && cue_first;
        // "…, Ana Ruiz told reporters, adding that …": whom she told, then a participle of its own.
        let told_then_participle = matches!(first.cue.as_str(), "told" | "tells")
            && after_first.starts_with(',')
            && PARTICIPLE.find(after_first).is_some_and(|m| m.start() == 0);
        let follows = content_after_cue(&text[first.end..chain_start], &first.cue, !lead_is_content)
            .filter(|_| !inverted && !told_then_participle)
            .filter(|_| !(lead_is_content && first.cue == "according to" && gloss(after_first)))
            // ("…, the board reported on Tuesday -- a change that …": the time and the writer's
            // aside say nothing.)
            .filter(|_| {
                let rest = &text[first.end..e];
                let near = &rest[..rest.floor_char_boundary(200)];
                !(lead_is_content
                    && [" -- ", " — ", " ― "].iter().any(|d| near.contains(d))
                    && says_nothing_after(&first.cue, rest))
            })
            .map(|at| first.end + at);
        // "The economy, said Ana Ruiz, the bank's economist, is improving": after an inverted cue
        // set off by commas (its description skipped), a clause that goes on is the second side.
        let goes_on = cue_first && lead.ends_with(',') && text[..first.end].trim_end().ends_with(',') && {
            let rest = after_first.trim_start();
            let opens_verb = |r: &str| r.split_whitespace().next().is_some_and(|w| STARTED.contains(&w));
            // (A description of the speaker first: what follows its comma.)
            let clause = if opens_verb(rest) { Some(rest) } else { rest.split_once(", ").map(|(_, r)| r) };
            clause.is_some_and(|c| {
                let words: Vec<&str> = c.split_whitespace().take(12).collect();
                words.len() >= 3
                    && (opens_verb(c) || c.starts_with(char::is_uppercase))
                    && words.iter().any(|w| STARTED.contains(w) || w.len() > 4 && w.ends_with("ed"))
            })
        };
        let (cs, ce) = if goes_on && first.end < chain_start {
            (s, chain_start)
        } else if !lead.is_empty()
            && lead.ends_with(',')
            && after_first.starts_with(',')
            // The words after the comma are the second side, not the chain (", Seoul has claimed,
            // according to Al Jazeera").
            && text[first.end..chain_start.max(first.end)].split_whitespace().count() >= 3
            && !is_apposition(after_first)
            && !described
            && !relative
            // ", citing …", ", adding …": the speaker goes on (see `participles`).
            && PARTICIPLE.find(after_first).is_none_or(|m| m.start() > 0)
            && !(first.cue == "according to" && gloss(after_first))
        {
            // "But to prevent problems, he said, officials should be vigilant": both sides; after a
            // conjunction ("…, because, according to Trump, the media …") the content is what
            // follows it.
            let last_word = lead.trim_end_matches(',').rsplit(' ').next().unwrap_or("");
            let from = e - after_first.len() + 1;
            let from = from + (text[from..e].len() - text[from..e].trim_start().len());
            if LINK_WORDS.contains(&last_word.to_lowercase().as_str()) && from < chain_start {
                (from, from + content_end(&text[from..chain_start]))
            } else if from < chain_start {
                // (The second side ends before a concession or the writer's gloss: "…, North Korea
                // said, was its biggest yet, although it may take days to tell", "…, the latter a
                // reference to …"; other clauses go on with it.)
                let side = &text[from..chain_start];
                // (Not inside a quote.)
                let outside = |at: &usize| side[..*at].matches(['"', '“', '”']).count().is_multiple_of(2);
                let conceded = [", although ", ", though ", ", whereas "].iter().filter_map(|t| side.find(t));
                let glossed = WRITERS_GLOSS.find(side).map(|m| m.start());
                let end = conceded.chain(glossed).filter(outside).min().unwrap_or(side.len());
                (s, from + end)
            } else {
                (s, chain_start)
            }
        } else if let Some(from) = follows {
            // A coordinated cue ("… and said") opens the next claim; so does ", with X reporting
            // that …" (see `Reader::unclaimed`).
            let next = attrs
                .iter()
                .find_map(|a| {
                    (a.speaker_span.0 > from)
                        .then(|| if coordinated(a) { Some(a.speaker_span.0) } else { with_clause(text, a) })
                        .flatten()
                        .filter(|&at| at >= from)
                })
                .map_or(chain_start, |at| at.min(chain_start));
            let mut end = content_end(&text[from..next]);
            if is_stance(&first.cue) {
                end = stance_object_end(&text[from..from + end]);
            }
            if first.cue.starts_with("endors") || first.cue == "backed" {
                end = endorsed_end(&text[from..from + end]);
            }
            if matches!(first.cue.as_str(), "called" | "calls" | "call" | "calling") || first.cue.starts_with("describ")
            {
                end = naming_end(&text[from..from + end]);
            }
            if matches!(first.speaker.as_str(), "who" | "which")
                && text[s..first.speaker_span.0].trim_end().ends_with(',')
            {
                end = relative_clause_end(&text[from..from + end]);
            }
            // The subordinator alone before the speaker: "While Ramos said that …, he …".
            if opens_subordinate(&text[s..first.speaker_span.0])
                && text[s..first.speaker_span.0].split_whitespace().count() == 1
            {
                end = main_clause_start(&text[from..from + end]).unwrap_or(end);
            }
            (from, from + end)
        } else if long_lead
            && !scene
            && !opens
            && !description
            // Content before its cue ends with a mark ("…, X said"); words that run into the
            // speaker ("Republican presidential candidate Marco Rubio says, …") are a title.
            && (lead.ends_with([',', '”', '"', '’', '\'', '—', '―', ':', ';', ')', '.', '?', '!']) || set_off)
        {
            // "…firms: London was the capital of finance, according to X": after the colon.
            let from = lead
                .rfind(": ")
                .map(|at| s + (text[s..].len() - text[s..].trim_start().len()) + at + 2)
                .filter(|&from| text[from..first.start].split_whitespace().count() >= 3)
                .unwrap_or(s);
            (from, speaker_from)
        } else {
            let rest = &text[first.end..e];
            // "…,” Christie said when asked whether …": the question, not what he said; "Ana Ruiz
            // told The Harbour News on Thursday.": whom she told, when no content follows them.
            let after = &text[first.end..chain_start.max(first.end)];
            if opens_question(rest.trim_start())
                || matches!(first.cue.as_str(), "told" | "tell" | "tells" | "telling" | "ruled")
                || says_nothing(after)
                || described
            {
                return None;
            }
            if says_nothing_after(&first.cue, after) {
                // ("…, as Mr. McDonough suggested at the meeting. Still he rejected …": no claim,
                // but the person named is whom a "he" after it stands for.)
                let named = self
                    .starting(first.speaker_span.0, first.speaker_span.1)
                    .iter()
                    .any(|(_, _, e)| e.kind == EntityKind::Person);
                if named {
                    self.last_speaker = Some(self.canonical(&first.speaker, first.start, &self.last_speaker, s));
                }
                return None;
            }
            let skip = rest.len() - rest.trim_start_matches([',', ' ', ':']).len();
            // "According to a senior official, who spoke on condition of anonymity, the troops …":
            // past the aside about the source.
            let aside = ["who ", "which "]
                .iter()
                .any(|w| rest[skip..].starts_with(w))
                .then(|| rest[skip..rest.floor_char_boundary(skip + 160)].find(", ").map(|at| at + 2))
                .flatten()
                .filter(|&at| rest[skip + at..].split_whitespace().nth(2).is_some());
            // "According to Ana Ruiz, a harbour engineer, the pier …": past what the name is.
            let aside = aside.or_else(|| {
                let named = first.speaker.rsplit(' ').next().is_some_and(|w| w.starts_with(char::is_uppercase));
                let body = &rest[skip..rest.floor_char_boundary(skip + 160)];
                if !named || !(body.starts_with("a ") || body.starts_with("an ")) {
                    return None;
                }
                let at = body.find(", ")?;
                let described = body[..at].split(" who ").next().unwrap_or("");
                let words: Vec<&str> = described.split_whitespace().collect();
                let after = &rest[skip + at + 2..];
                let next = after.split_whitespace().next().unwrap_or("");
                (words.len() <= 12
                    && !words.iter().any(|w| STARTED.contains(w) || CLAUSE_WORDS.contains(w))
                    && after.split_whitespace().nth(2).is_some()
                    && !next.starts_with(|c: char| c.is_ascii_digit())
                    && !matches!(next, "who" | "which" | "that" | "and" | "but"))
                .then_some(at + 2)
            });
            let skip = skip + aside.unwrap_or(0);
            let skip = skip + if rest[skip..].starts_with("that ") { 5 } else { 0 };
            (first.end + skip, chain_start.max(first.end + skip))
        };
        // "Oz is “smart as hell,” X wrote in an email, and “full of it.”": a quote after ", and"
        // past the attribution goes on with the statement, attribution and all.
        let ce = if ce == speaker_from && chain.is_empty() && next.is_empty() {
            let rest = &text[first.end..e];
            let near = &rest[..rest.floor_char_boundary(200)];
            near.find(", and ")
                .filter(|&at| !rest[..at].contains(['“', '”', '"']))
                .filter(|&at| {
                    let tail = &rest[at + ", and ".len()..];
                    let before_quote = tail.split(['“', '"']).next().unwrap_or(tail);
                    before_quote.len() < tail.len() && before_quote.split_whitespace().count() <= 2
                })
                .map_or(ce, |_| e)
        } else {
            ce
        };
        // A dateline is the wire's, not the speaker's ("Pyongyang, August 21 (ANI): …").
        let cs = DATELINE.find(&text[cs..ce]).map_or(cs, |m| cs + m.end());
        // "say that, in addition to …": no comma opens the content.
        let lead =
            |t: &str| t.len() - t.trim_start_matches(|c: char| matches!(c, ',' | ':' | ';') || c.is_whitespace()).len();
        let mut body = text[cs..ce].trim_end_matches([',', ' ', '.']);
        // "(She says the photo … tears.)": the bracket closes the sentence, not the content.
        if body.ends_with(')') && !body.contains('(') {
            body = body[..body.len() - 1].trim_end_matches([',', ' ', '.']);
        }
        let content = &body[lead(body)..];
        // One word is enough for what a stance targets when it is a name or a person ("Christie
        // endorsed Trump", "Obama backed her").
        let target = is_stance(&first.cue)
            && (content.starts_with(|c: char| c.is_uppercase()) || matches!(content, "her" | "him" | "them"));
        let words = content.split_whitespace().count();
        if words == 0 || (words < 2 && !target) {
            return None;
        }
        let cs = cs + lead(body);
        let chained = !chain.is_empty();
        let (speaker, via) = self.speaker_and_via(first, chain.into_iter(), s);
        if first.speaker != "he" && first.speaker != "she" {
            self.last_speaker = Some(speaker.clone());
        }
        self.last_source = Some(
            self.antecedent(&first.speaker, first.start, s)
                .filter(|_| matches!(first.speaker.as_str(), "and" | "but"))
                .map_or(self.chars_of(first.speaker_span), |e| (e.start, e.end)),
        );
        self.push_reported(cs, content, Some(speaker.clone()), first.cue.clone(), via.clone(), self.last_source);
        // What was said stands before its attribution, which ends the sentence: a quote that
        // follows may carry the statement on (see `Reader::quote`).
        // (Its speaker's description may follow, but no words of a second side.)
        let closes =
            next.is_empty() && !chained && cs + content.len() <= first.start && text[first.end..e].trim().len() < 200;
        self.reported_open = closes.then_some((self.out.len() - 1, cs, first.start));
        // "X promised to back her and said she would …": a cue coordinated after the content
        // opens a claim of the subject of the cue before it ("X says the crews promised to stay
        // and said …": the crews).
        // One walk in order (attributions are sorted and apart): the subject is the last
        // attribution before that is not itself coordinated.
        let mut subject: Option<&Attribution> = None;
        for (i, a) in attrs.iter().enumerate() {
            if !coordinated(a) {
                subject = Some(a);
                continue;
            }
            let Some(subject) = subject.filter(|_| a.speaker_span.0 >= ce) else { continue };
            let (speaker, via) = if std::ptr::eq(subject, first) {
                (speaker.clone(), via.clone())
            } else {
                self.speaker_and_via(subject, std::iter::empty(), s)
            };
            // Up to the next attribution: its "and" when coordinated (what comes before is content).
            let next = attrs.get(i + 1).map_or(e, |b| if coordinated(b) { b.speaker_span.0 } else { b.start });
            // "… but added, “I think …”": the quote after the coordinated cue is the subject's.
            if let Some((qs, qe)) = quote_after_cue(&text[a.end..e]) {
                let (qs, qe) = (a.end + qs, a.end + qe);
                let claim = Claim {
                    text: text[qs..qe].to_string(),
                    speaker: Some(speaker),
                    cue: Some(a.cue.clone()),
                    quote: true,
                    via,
                    start: self.char_at(qs),
                    end: self.char_at(qe),
                };
                self.out.push((claim, self.last_source));
                continue;
            }
            let Some(at) = content_after_cue(&text[a.end..next], &a.cue, true) else { continue };
            let cs = a.end + at;
            let content = text[cs..cs + content_end(&text[cs..next])].trim_end_matches([',', ' ', '.']);
            if content.split_whitespace().count() < 3 {
                continue;
            }
            self.push_reported(cs, content, Some(speaker), a.cue.clone(), via, self.last_source);
        }
        Some(next)
    }

    /// Claims whose source mention is a conjunction ("and", "but") take the mention of their
    /// sentence's subject when it names their speaker (or is a pronoun: "I laughed and said").
    fn conjunction_sources(&mut self, text: &str, sentences: &[(usize, usize)]) {
        let n = text.len();
        let conjunction = |source: &Option<(usize, usize)>, offsets: &super::CharOffsets| {
            source.is_some_and(|(a, b)| {
                (2..=10).contains(&b.saturating_sub(a))
                    && text.get(offsets.byte_at(a, n)..offsets.byte_at(b, n)).is_some_and(|w| {
                        matches!(
                            w,
                            "and"
                                | "but"
                                | "by"
                                | "in"
                                | "on"
                                | "at"
                                | "around"
                                | "across"
                                | "through"
                                | "throughout"
                                | "near"
                        )
                    })
            })
        };
        if !self.out.iter().any(|(_, source)| conjunction(source, &self.offsets)) {
            return;
        }
        for i in 0..self.out.len() {
            let (claim, source) = &self.out[i];
            if !conjunction(source, &self.offsets) {
                continue;
            }
            let at = self.offsets.byte_at(source.expect("checked").0, n);
            let Some(&(s, _)) = sentences.get(sentences.partition_point(|&(_, e)| e <= at)) else { continue };
            // A claim of the same speaker earlier in the sentence ("The board described the vote
            // as ominous, and said …") has the mention.
            let first = self.char_at(s);
            let named = claim.speaker.as_deref().filter(|s| !matches!(*s, "and" | "but" | "who" | "which" | "by"));
            // (The sentence's claims were pushed just before this one: a few are read.)
            let earlier = self.out[..i].iter().rev().take(32).find_map(|(c, source)| {
                source.filter(|&(a, b)| {
                    a >= first && b <= claim.start && named.is_some() && c.speaker.as_deref() == named
                })
            });
            if let Some(span) = earlier.filter(|_| claim.start > first) {
                self.out[i].1 = Some(span);
                continue;
            }
            let Some((name, span)) = self.subject(s, at) else {
                // "The judge rubbed his chin, and then said …": a speaker named by the noun phrase
                // opening the sentence is mentioned there.
                if let Some(name) = named
                    && let Some(pos) = text[s..at].find(name)
                {
                    let span = (s + pos, s + pos + name.len());
                    self.out[i].1 = Some(self.chars_of(span));
                }
                continue;
            };
            let subject = &text[span.0..span.1];
            let pronoun = ["He", "She", "They", "We", "I"].contains(&subject);
            if pronoun || claim.speaker.as_deref() == Some(name.as_str()) {
                // ("I laughed and said …": the writer speaks, as "I said" would.)
                if matches!(subject, "I" | "We") {
                    self.out[i].0.speaker = Some(subject.to_string());
                }
                self.out[i].1 = Some(self.chars_of(span));
            }
        }
    }

    /// The subject of the clause at `s..ms` as a speaker, with its span: the person an opening
    /// pronoun stands for (or the pronoun itself when no one was named before: "They veered off
    /// script, saying …"), else the clause's first person or organisation. A name after an opening
    /// pronoun is an object ("He spared Ben Carson, calling him …").
    fn subject(&self, s: usize, ms: usize) -> Option<(String, (usize, usize))> {
        let text = self.text;
        let opening = text[s..ms].trim_start();
        let pronoun = ["He ", "She ", "They ", "We ", "I "].into_iter().find(|p| opening.starts_with(p));
        let subject = pronoun.map(|pronoun| {
            let at = s + (text[s..ms].len() - opening.len());
            let name = self.canonical(pronoun.trim_end(), at, &self.last_speaker, s);
            (name, (at, at + pronoun.len() - 1))
        });
        subject
            .or_else(|| {
                self.starting(s, ms)
                    .iter()
                    .find(|x| matches!(x.2.kind, EntityKind::Person | EntityKind::Organization | EntityKind::Group))
                    .map(|&(bs, be, entity)| (entity.name.clone(), (bs, be)))
            })
            .or_else(|| {
                // "The billionaire businessman began by …, saying …", "His chief aide doubled down
                // …, saying …": a short noun phrase opening the sentence, up to its verb (an
                // article left out of the speaker, a possessive kept).
                let (lead, rest) = ["The ", "His ", "Her ", "Their ", "Its "]
                    .iter()
                    .find_map(|d| opening.strip_prefix(d).map(|rest| (*d, rest)))?;
                let verb = |w: &str| {
                    w.len() > 3 && w.ends_with("ed")
                        || BEFORE_CUE.contains(&w)
                        || super::times::IRREGULAR_PAST.contains(&w)
                        || matches!(w, "is" | "was" | "has" | "had")
                };
                let words: Vec<&str> = rest.split(' ').take_while(|w| !verb(w)).take(5).collect();
                let phrase = words.join(" ");
                let fits = (1..=4).contains(&words.len())
                    && rest[phrase.len()..].starts_with(' ')
                    && words.iter().all(|w| w.chars().all(|c| c.is_alphabetic() || matches!(c, '-' | '’' | '\'')))
                    && words.last().is_some_and(|w| w.starts_with(char::is_lowercase));
                let at = s + (text[s..ms].len() - opening.len());
                let speaker = if lead == "The " { phrase.clone() } else { format!("{lead}{phrase}") };
                fits.then(|| (speaker, (at, at + lead.len() + phrase.len())))
            })
            .or_else(|| {
                // "Cruz met Trump, saying …": a name the entities did not read (a surname alone
                // opening a sentence), up to its verb in the past.
                let words: Vec<&str> = opening.split(' ').take(4).collect();
                let n = words
                    .iter()
                    .take_while(|w| {
                        w.len() > 1 && w.chars().all(char::is_alphabetic) && w.starts_with(char::is_uppercase)
                    })
                    .count();
                let verb = words
                    .get(n)
                    .is_some_and(|w| w.len() > 3 && w.ends_with("ed") || super::times::IRREGULAR_PAST.contains(w));
                if !(1..=3).contains(&n) || !verb || super::entities::not_a_name(words[0]) {
                    return None;
                }
                let name = words[..n].join(" ");
                let at = s + (text[s..ms].len() - opening.len());
                Some((name.clone(), (at, at + name.len())))
            })
    }

    /// "X was criticised for saying that …", "X toured the docks, warning that …" in the sentence
    /// at `s..e` (which gave no claim so far): the speaker is the sentence's first person or
    /// organisation, or its opening "he".
    fn of_the_subject(&mut self, s: usize, e: usize) {
        let text = self.text;
        let found = [
            AFTER_PREPOSITION.find(&text[s..e]),
            PARTICIPLE.find(&text[s..e]).filter(|m| !adds_to(m.as_str(), &text[s + m.end()..e])),
        ];
        let Some(m) = found.into_iter().flatten().min_by_key(|m| m.start()) else { return };
        let (ms, cs) = (s + m.start(), s + m.end());
        let Some((speaker, source)) = self.subject(s, ms) else { return };
        let content = text[cs..cs + content_end(&text[cs..e])].trim_end_matches([',', ' ', '.']);
        if content.split_whitespace().count() < 3 {
            return;
        }
        let cue = m.as_str().split_whitespace().nth(1).unwrap_or("saying").to_string();
        let source = Some(self.chars_of(source));
        self.push_reported(cs, content, Some(speaker), cue, Vec::new(), source);
    }

    /// Attributions of the sentence at `s..e` that no claim from `first` on holds or speaks
    /// for, with content of their own after the cue ("…, an area where intelligence agencies
    /// believe Pyongyang has sent 10,000 fighters, Al Jazeera reported"): claims of their own.
    fn unclaimed(&mut self, s: usize, e: usize, attrs: &[Attribution], first: usize) {
        let text = self.text;
        // The sentence's claims and their speakers, searched in logarithmic time: a sentence may
        // hold thousands of both.
        let mut contents = Spans::new(self.out[first..].iter().map(|(c, _)| (c.start, c.end)).collect());
        let sources = Spans::new(self.out[first..].iter().filter_map(|(_, source)| *source).collect());
        // The sentence's chain (", Al Jazeera reported") brings these claims to the page too.
        let chain = self.out[first..].iter().rev().find(|(c, _)| !c.via.is_empty()).map(|(c, _)| c.via.clone());
        for (i, a) in attrs.iter().enumerate() {
            let speaker = self.chars_of(a.speaker_span);
            // A finite verb of saying or thinking after its speaker ("agencies believe …"): after
            // an inverted cue (", said X, a lobbyist …") come the speaker's titles, after "told"
            // its listeners, after "reports" or "mentioned" mostly things.
            if contents.overlaps(self.chars_of((a.start, a.end)))
                || sources.overlaps(speaker)
                || !text[..a.end].ends_with(a.cue.as_str())
                || !(subject_cue(text, a.end - a.cue.len(), a.end) || with_clause(text, a).is_some())
                || matches!(a.cue.as_str(), "told" | "tells")
                || matches!(a.speaker.as_str(), "who" | "which")
            {
                continue;
            }
            // The content runs to the next attribution set off by a comma (", Al Jazeera
            // reported", ", with X reporting"); one without is inside it ("added that the divers
            // had found the leak"). Attributions are sorted and apart; a few are looked at.
            let later = &attrs[i + 1..];
            let apart = |b: &&Attribution| {
                text[a.end..b.start.max(a.end)].trim_end().ends_with([',', ';', '—', '―'])
                    || with_clause(text, b).is_some()
            };
            let next = later.iter().take(8).find(apart).or(later.get(8)).map_or(e, |b| b.start.max(a.end));
            let Some(at) = content_after_cue(&text[a.end..next], &a.cue, true) else { continue };
            let cs = a.end + at;
            let content = text[cs..cs + content_end(&text[cs..next])].trim_end_matches([',', ' ', '.']);
            let span = self.chars_of((cs, cs + content.len()));
            let cut = content.rsplit(' ').next().is_some_and(|w| TRUNCATED.contains(&w));
            // A clause of its own: not an object ("told him to …", "wrote to the police"), nor a
            // piece of a quote the sentence's quotes hold.
            let object = ["to ", "him ", "her ", "them ", "us ", "me "].iter().any(|w| content.starts_with(w));
            if content.split_whitespace().count() < 4
                || cut
                || object
                || content.starts_with(['"', '“', '”'])
                || content.ends_with(['"', '“', '”'])
                || content.matches(['"', '“', '”']).count() % 2 == 1
                || content.contains("''")
                || contents.overlaps(span)
            {
                continue;
            }
            let (speaker_name, via) = self.speaker_and_via(a, std::iter::empty(), s);
            let via = chain.clone().unwrap_or(via);
            self.push_reported(cs, content, Some(speaker_name), a.cue.clone(), via, Some(speaker));
            contents.insert(span);
        }
    }

    /// "In a poll released Monday, 31 percent said …", "… fell to 10 percent in the latest poll":
    /// a poll's, survey's or study's finding in the sentence at `s..e` (which gave no claim), the
    /// poll as its source.
    fn polled(&mut self, s: usize, e: usize) {
        let text = self.text;
        let sentence = &text[s..e];
        // ("In an ABC News/Washington Post Poll released Sunday, …": a poll's name is capitalised.)
        if !POLL_WORDS.iter().chain(&["Poll", "Survey", "Study"]).any(|w| sentence.contains(w)) {
            return;
        }
        let lead = sentence.len() - sentence.trim_start().len();
        let (source, content) = if let Some(m) = POLL_OPENING.captures(&sentence[lead..]) {
            let (src, rest) = (m.name("source").expect("group"), m.get(0).expect("match"));
            let source = (s + lead + src.start(), s + lead + src.end());
            (source, (s + lead + rest.end(), e))
        } else if let Some(m) = POLL_CLOSING.captures(sentence) {
            let (src, all) = (m.name("source").expect("group"), m.get(0).expect("match"));
            let start = clause_start(&sentence[..all.start()]).map_or(s + lead, |i| s + i);
            // (Nothing before it: "In the caucuses and the polls, …" opening the sentence; nor
            // "sagged in the polls", "a big lead in the polls": polls at large name no source.)
            let at_large = matches!(src.as_str().trim(), "the polls" | "polls" | "the surveys" | "surveys");
            if start >= s + all.start() || at_large {
                return;
            }
            ((s + src.start(), s + src.end()), (start, s + all.start()))
        } else {
            return;
        };
        // (The sentence's full stop is no part of the poll's name: "… released Wednesday.")
        let mut source = source;
        if text[source.0..source.1].ends_with('.')
            && text[source.0..source.1 - 1]
                .rsplit(' ')
                .next()
                .is_some_and(|w| w.len() >= 4 && w.ends_with(char::is_lowercase))
        {
            source.1 -= 1;
        }
        let body = text[content.0..content.1].trim_end_matches([',', ' ', '.', '\n']);
        if body.split_whitespace().count() < 3 || body.matches(['"', '“', '”']).count() % 2 == 1 {
            return;
        }
        // The poll as named: "a Washington Post-ABC News poll", without "released Sunday".
        let named = &text[source.0..source.1];
        let named = POLL_DATED.find(named).map_or(named, |m| &named[..m.start()]);
        let speaker = named.trim_start_matches(|c: char| c.is_lowercase() || c == ' ');
        let speaker = if speaker.split_whitespace().count() >= 2 { speaker } else { named };
        let source = Some(self.chars_of(source));
        self.push_reported(content.0, body, Some(speaker.to_string()), "in".to_string(), Vec::new(), source);
    }

    /// "Trump's claim that …", "her insistence that …": a statement named by a noun, its owner the
    /// speaker, in the sentence at `s..e`, where no claim from `first` on holds it.
    fn nominal(&mut self, s: usize, e: usize, first: usize) {
        let text = self.text;
        let sentence = &text[s..e];
        if !sentence.contains(" that ") {
            return;
        }
        let found: Vec<regex::Captures<'_>> = NOMINAL.captures_iter(sentence).take(8).collect();
        for m in found {
            let (who, all) = (m.name("who").expect("group"), m.get(0).expect("match"));
            let (ws, cs) = (s + who.start(), s + all.end());
            let at = self.char_at(ws);
            if self.out[first..].iter().any(|(c, _)| c.start <= at && at < c.end) {
                continue;
            }
            let Some(content) = statement_from(text, cs, e, 3) else { continue };
            // (Nor the very statement found already: "Jones's claim that …" read at its cue.)
            let span = (self.char_at(cs), self.char_at(cs + content.len()));
            if self.out[first..].iter().any(|(c, _)| (c.start, c.end) == span) {
                continue;
            }
            // ("Jones’s claim", "the Joneses’ claim": the possessive's ending, once.)
            let owner =
                ["’s", "'s", "’", "'"].iter().find_map(|p| who.as_str().strip_suffix(p)).unwrap_or(who.as_str());
            let (speaker, span) = match who.as_str().to_lowercase().as_str() {
                "his" => (self.canonical("he", ws, &self.last_speaker, s), (ws, ws + 3)),
                "her" => (self.canonical("she", ws, &self.last_speaker, s), (ws, ws + 3)),
                "their" => (self.canonical("they", ws, &self.last_speaker, s), (ws, ws + 5)),
                _ => {
                    let span = (ws, ws + owner.len());
                    let name = self
                        .starting(span.0, span.1)
                        .iter()
                        .find(|x| x.1 <= span.1 && matches!(x.2.kind, EntityKind::Person | EntityKind::Organization))
                        .map_or_else(|| owner.to_string(), |x| x.2.name.clone());
                    (name, span)
                }
            };
            let cue = m.name("cue").expect("group").as_str().to_string();
            let source = Some(self.chars_of(span));
            self.push_reported(cs, content, Some(speaker), cue, Vec::new(), source);
        }
    }

    /// "As The Times reported on Tuesday, …", "As Ana Ruiz put it, …", "As reported by the
    /// Post, …": a sentence at `s..e` (whose attributions are `attrs`) that opens with its source,
    /// the rest of it what was said. Whether it found one.
    fn as_reported(&mut self, s: usize, e: usize, attrs: &[Attribution]) -> bool {
        let text = self.text;
        let lead = text[s..e].len() - text[s..e].trim_start().len();
        if !text[s + lead..e].starts_with("As ") {
            return false;
        }
        let Some(m) = AS_REPORTED.captures(&text[s + lead..e]) else { return false };
        let Some(who) = m.name("who").or(m.name("who2")) else { return false };
        let all = m.get(0).expect("match");
        let span = (s + lead + who.start(), s + lead + who.end());
        let cs = s + lead + all.end();
        // (Another attribution after the comma is the statement's own: "As X said, …, officials
        // said" reads as usual.)
        if attrs.iter().any(|a| a.start >= cs) || text[cs..e].starts_with(['“', '"', '\'']) {
            return false;
        }
        let Some(content) = statement_from(text, cs, e, 4) else { return false };
        let speaker = self.canonical(who.as_str(), span.0, &self.last_speaker, s);
        let cue = m.name("cue").or(m.name("cue2")).map_or("reported", |c| c.as_str()).to_string();
        let source = Some(self.chars_of(span));
        self.push_reported(cs, content, Some(speaker), cue, Vec::new(), source);
        true
    }

    /// "To Ms. Gil, skateboarding is a cry of dissent", "In Trump's mind, …": a view that the
    /// sentence at `s..e` (which gave no claim) gives as someone's, named by a person or a word
    /// for several people ("To many, …").
    fn perspective(&mut self, s: usize, e: usize) {
        let text = self.text;
        let lead = text[s..e].len() - text[s..e].trim_start().len();
        let Some(m) = PERSPECTIVE.captures(&text[s + lead..e]) else { return };
        let Some(who) = m.name("who").or(m.name("who2")) else { return };
        let all = m.get(0).expect("match");
        let span = (s + lead + who.start(), s + lead + who.end());
        let person = self
            .starting(span.0, span.1)
            .iter()
            .find(|x| x.1 <= span.1 && x.2.kind == EntityKind::Person)
            .map(|x| x.2.name.clone());
        // (The pattern's words for several people are its only ones in lower case.)
        let many = who.as_str().starts_with(char::is_lowercase);
        let Some(speaker) = person.or_else(|| many.then(|| who.as_str().to_string())) else { return };
        let cs = s + lead + all.end();
        let Some(content) = statement_from(text, cs, e, 4) else { return };
        let cue = m.name("cue").or(m.name("cue2")).map_or("to", |c| c.as_str()).to_lowercase();
        let source = Some(self.chars_of(span));
        self.push_reported(cs, content, Some(speaker), cue, Vec::new(), source);
    }

    /// "Ana Ruiz, who said last year that the pier was unsafe, said …": what the relative clause
    /// of a name says, in the sentence at `s..e`, where no claim of it (from `first` on) holds it.
    fn relative_statements(&mut self, s: usize, e: usize, attrs: &[Attribution], first: usize) {
        let text = self.text;
        if !text[s..e].contains(", who ") {
            return;
        }
        for m in RELATIVE_STATEMENT.captures_iter(&text[s..e]).take(16) {
            let (cue, found) = (m.name("cue").expect("group"), m.name("content").expect("group"));
            // (At the sentence's end the statement ends at its stop.)
            let content = found.as_str().trim_end_matches(['.', '!', '?', ' ']);
            let cs = self.char_at(s + found.start());
            let ce = cs + content.chars().count();
            // ("who added to her lead": more of a thing, nothing said.)
            if content.split_whitespace().count() < 3
                || adds_to(cue.as_str(), content)
                || self.out[first..].iter().any(|(c, _)| c.start < ce && cs < c.end)
            {
                continue;
            }
            let who = s + m.get(0).expect("match").start();
            // The speaker an inverted cue just named ("“…,” said one former staffer, who said he
            // left on good terms"), else the last person named before "who".
            let inverted = attrs
                .iter()
                .find(|a| a.speaker_span.1 == who)
                .map(|a| self.speaker_and_via(a, std::iter::empty(), s).0);
            let Some(speaker) = inverted.or_else(|| self.antecedent("who", who, s).map(|e| e.name.clone())) else {
                continue;
            };
            // The mention as written is "who" (the name is the speaker it stands for).
            let at = who + text[who..].find("who").unwrap_or(0);
            let source = self.chars_of((at, at + 3));
            self.push_reported(
                s + found.start(),
                content,
                Some(speaker),
                cue.as_str().to_string(),
                Vec::new(),
                Some(source),
            );
        }
    }

    /// "groups supporting Chris Christie", "those backing the bridge": a stance held by the people
    /// a participle describes, in the sentence at `s..e`, where no claim of it (from `first` on)
    /// holds the participle. The content is what they support, up to the clause's verb.
    fn partisans(&mut self, s: usize, e: usize, first: usize) {
        let text = self.text;
        let sentence = &text[s..e];
        if !["supporting", "backing", "opposing", "endorsing"].iter().any(|w| sentence.contains(w)) {
            return;
        }
        // (A few per sentence: the work stays bounded whatever the sentence's length.)
        for m in PARTISANS.captures_iter(sentence).take(16) {
            let (who, cue) = (m.name("who").expect("group"), m.name("cue").expect("group"));
            let at = self.char_at(s + cue.start());
            if self.out[first..].iter().any(|(c, _)| c.start <= at + cue.len() && at < c.end) {
                continue;
            }
            let cs = s + cue.end() + 1;
            let rest = &text[cs..text.floor_char_boundary(e.min(cs + 400))];
            let end = PARTISAN_END.find(rest).map_or(rest.len(), |b| b.start());
            let content = rest[..end].trim_end_matches([',', ' ', '.', '\n']);
            let words = content.split_whitespace().count();
            // (Nor the very statement found already: its cue read it too.)
            let span = (self.char_at(cs), self.char_at(cs + content.len()));
            if words == 0
                || words > 12
                || content.matches(['"', '“', '”']).count() % 2 == 1
                || self.out[first..].iter().any(|(c, _)| (c.start, c.end) == span)
            {
                continue;
            }
            let source = (s + who.start(), s + who.end());
            let speaker = who.as_str().to_string();
            let source = Some(self.chars_of(source));
            self.push_reported(cs, content, Some(speaker), cue.as_str().to_string(), Vec::new(), source);
        }
    }

    /// "Sanders appears to have a slight lead", "the field seemed poised to narrow": the article's
    /// own hedged judgement in the sentence at `s..e`, a claim with no speaker. Its content is the
    /// whole clause, subject included; "appeared in court" and "appeared on television" are no
    /// judgement. Only where no claim of the sentence (from `first` on) holds the verb.
    fn hedged(&mut self, s: usize, e: usize, first: usize) {
        let text = self.text;
        let sentence = &text[s..e];
        let hedges = (sentence.contains("seem") || sentence.contains("appear")).then(|| HEDGE.find_iter(sentence));
        let expected = ["expected", "believed", "thought", "considered"]
            .iter()
            .any(|w| sentence.contains(w))
            .then(|| EXPECTED.captures_iter(sentence).filter_map(|c| c.name("cue")));
        let found: Vec<regex::Match<'_>> =
            hedges.into_iter().flatten().chain(expected.into_iter().flatten()).take(16).collect();
        for m in found {
            let (hs, he) = (s + m.start(), s + m.end());
            let at = self.char_at(hs);
            if self.out[first..].iter().any(|(c, _)| c.start <= at && at < c.end) {
                continue;
            }
            let cue = m.as_str().split_whitespace().next().unwrap_or("seems").to_string();
            let from = text.floor_char_boundary(hs.saturating_sub(400)).max(s);
            let start = clause_start(&text[from..hs]).map_or(from, |i| from + i);
            let rest = &text[he..text.floor_char_boundary(e.min(he + 600))];
            let end = he + HEDGE_END.find(rest).map_or(rest.len(), |b| b.start());
            self.push_unnamed(start, end, cue);
        }
    }

    /// The text at `start..end`, trimmed, as a claim of no one named ("it seems …", "… is
    /// reportedly …"), when it holds a statement: four words or more, its quote marks paired, no
    /// markup.
    fn push_unnamed(&mut self, start: usize, end: usize, cue: String) {
        let span = self.text[start..end].trim_start_matches([' ', '\n']);
        let content = span.trim_end_matches([',', ' ', '.', '\n']);
        if content.split_whitespace().count() >= 4
            && content.matches(['"', '“', '”']).count().is_multiple_of(2)
            && !content.contains(['<', '>'])
        {
            self.push_reported(end - span.len(), content, None, cue, Vec::new(), None);
        }
    }

    /// "The FBI is reportedly making arrangements to …": what the sentence reports is hearsay, of
    /// no one named, when no claim of the sentence holds it already. Claims of the sentence start
    /// at `first`.
    fn hearsay(&mut self, s: usize, e: usize, first: usize) {
        let text = self.text;
        if !text[s..e].contains("reportedly") {
            return;
        }
        for (i, _) in text[s..e].match_indices("reportedly").take(8) {
            let at = s + i;
            let char_at = self.char_at(at);
            if !(at == s || text[..at].ends_with([' ', '\n', '(']))
                || self.out[first..].iter().any(|(c, _)| c.start <= char_at && char_at < c.end)
            {
                continue;
            }
            // The clause that holds it: after a subordinate opener ("When the vote passed,
            // delegates reportedly booed") or inside brackets, up to a contrast, a bracket or the
            // writer's own clause (", leaving …", " as it nears …").
            let mut start = clause_start(&text[s..at]).map_or(s, |i| s + i);
            if opens_subordinate(&text[start..at])
                && let Some(comma) = main_clause_start(&text[start..at])
            {
                start += comma + 2;
            }
            if let Some(open) = text[start..at].rfind('(').filter(|&i| !text[start + i..at].contains(')')) {
                start += open + 1;
            }
            let rest = &text[at..e];
            let mut end = at + content_end(rest).min(HEDGE_END.find(rest).map_or(rest.len(), |b| b.start()));
            for aside in [" as it ", " as he ", " as she ", " as they ", ", as ", ", which ", " (", ")"] {
                if let Some(i) = text[at..end].find(aside) {
                    end = at + i;
                }
            }
            self.push_unnamed(start, end, "reportedly".to_string());
        }
    }

    /// "The delegates pledged to back her, according to the party.": an attribution that closes
    /// its sentence after a comma covers all of it, even when a cue inside gave a claim of its own
    /// (what the delegates pledged is the party's account). Claims of the sentence start at
    /// `first`.
    fn closing_source(&mut self, s: usize, e: usize, attrs: &[Attribution], first: usize) {
        let text = self.text;
        let [.., inner, last] = attrs else { return };
        let lead = text[s..last.start].trim_end();
        if !is_speech(&last.cue)
            || inner.end > last.start
            || !lead.ends_with(',')
            || lead.contains(['“', '”', '"', '\n'])
            || !says_nothing(&text[last.end..e])
        {
            return;
        }
        // (Only when the inner cue opened a claim and the closing one did not.)
        let source = self.chars_of(last.speaker_span);
        let claims = &self.out[first..];
        // (Nor when it was a link of a chain: "…, the office said, …, Harbour Radio reported."; a
        // thought's or a stance's "chain" is this account.)
        if claims.is_empty()
            || claims
                .iter()
                .any(|(c, src)| *src == Some(source) || !c.via.is_empty() && c.cue.as_deref().is_some_and(is_speech))
        {
            return;
        }
        let content = lead.trim_end_matches(',').trim_start();
        let cs = s + (lead.len() - lead.trim_start().len());
        if content.split_whitespace().count() < 4 {
            return;
        }
        let (speaker, via) = self.speaker_and_via(last, std::iter::empty(), s);
        // What a cue of thought or stance inside it targets is part of the account, not a claim
        // beside it.
        {
            let (from, to) = (self.char_at(cs), self.char_at(cs + content.len()));
            let mut i = first;
            while i < self.out.len() {
                let c = &self.out[i].0;
                if c.start >= from && c.end <= to && c.cue.as_deref().is_some_and(|q| !is_speech(q)) {
                    self.out.remove(i);
                } else {
                    i += 1;
                }
            }
        }
        self.push_reported(cs, content, Some(speaker), last.cue.clone(), via, Some(source));
    }

    /// ", saying …", ", citing …" in the sentence at `s..e`: the speaker of its last claim goes on.
    fn participles(&mut self, s: usize, e: usize, attrs: &[Attribution]) {
        let text = self.text;
        let Some((last, source)) = self.out.last() else { return };
        let (speaker, via, source, after) = (last.speaker.clone(), last.via.clone(), *source, last.end);
        for m in PARTICIPLE.find_iter(&text[s..e]) {
            let cs = s + m.end();
            if adds_to(m.as_str(), &text[cs..e]) {
                continue;
            }
            // (Its word, not its comma: that may close a quote the last claim holds.)
            let word = s + m.start() + m.as_str().find(char::is_alphabetic).unwrap_or(0);
            if self.char_at(word) < after {
                continue;
            }
            // The content runs to the next attribution (", Harbour News reported"); they are
            // sorted by start. A relative clause is inside it ("saying anybody who complains about
            // it is losing").
            let later = &attrs[attrs.partition_point(|a| a.start <= cs)..];
            let end = later.iter().find(|a| !matches!(a.speaker.as_str(), "who" | "which")).map_or(e, |a| a.start);
            let content = text[cs..cs + content_end(&text[cs..end])].trim_end_matches([',', ' ', '.']);
            // Cut short by an attribution inside it (", citing an area where agencies believe
            // …"): the words before it are no statement.
            let cut = content.rsplit(' ').next().is_some_and(|w| TRUNCATED.contains(&w));
            if content.split_whitespace().count() < 3 || cut {
                continue;
            }
            let cue = m
                .as_str()
                .trim_start_matches([',', ' ', '”', '"', '’', '–', '—'])
                .split_whitespace()
                .next()
                .unwrap_or("");
            let cue = cue.trim_end_matches([',', ':']).to_string();
            self.push_reported(cs, content, speaker.clone(), cue, via.clone(), source);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(text: &str) -> Vec<Claim> {
        let entities = super::super::entities::entities(text);
        claims(text, &entities)
    }

    /// Who said what, with which cue ("" for none).
    fn said(c: &Claim) -> (&str, &str, &str) {
        (c.speaker.as_deref().unwrap_or(""), c.cue.as_deref().unwrap_or(""), c.text.as_str())
    }

    /// Who said what.
    fn who_said(c: &Claim) -> (&str, &str) {
        (c.speaker.as_deref().unwrap_or(""), c.text.as_str())
    }

    /// Token soup from a generator of attribution shapes once sliced backwards (a ", with" clause
    /// opening before the content it was to end).
    #[test]
    fn token_soup_never_panics() {
        let text = "who The The, ' ,  ruled, says ” '90s, thetolda, a, asked not to be named, more than 4 in 10 who warned on Monday while, with '' says asked not to be named Ana Ruizruled reporting Petersen —found, éé, ";
        run(text);
        run(&text.repeat(3));
    }

    /// One sentence of thousands of attributions, hedges, partisans or quotes after participles:
    /// each is read in work bounded per attribution (this ran for minutes when the content checks
    /// counted every word to the sentence's end).
    #[test]
    fn long_sentences_of_one_shape_are_read_whole() {
        for shape in [
            "Ana Ruiz, who said the pier was unsafe, ",
            "groups supporting Ana Ruiz ",
            "Ana Ruiz spoke, saying, \"the pier is unsafe\" ",
            "The union seems to a ",
            "“The pier is closed.” ― Ana Ruiz ",
            "“It is late,” Ana Ruiz continued, ",
            "The board met at noon, and said the pier was closed, ",
            // (Marks no page closes: each was read to the sentence's end, seconds for 20,000.)
            "Ana Ruiz said the pier was old but added, “the ",
        ] {
            let found = run(&shape.repeat(4000));
            // (The statements are found; the partisans' objects and the hedges run on too far.)
            if !shape.starts_with("groups") && !shape.starts_with("The union") {
                assert!(found.len() > 100, "{shape}: {}", found.len());
            }
        }
        // One statement holding thousands of contrasts inside its quote and of dashes: read whole,
        // each mark counted once (counting from the start at every one took seconds).
        for inside in [", but x", " — a x"] {
            let found = run(&format!("Ana Ruiz said the pier “is safe{}.”", inside.repeat(20000)));
            assert_eq!(found.len(), 1, "{inside}");
            assert!(found[0].text.chars().count() > 20000 * 6, "{inside}: {}", found[0].text.len());
        }
    }

    /// How a cue was said, or that it went on, stands between the speaker and the cue: "proudly
    /// declared", "continued to insist", "went on to explain"; a noun in "-ly" stays the speaker's.
    #[test]
    fn manner_between_speaker_and_cue() {
        let found = run("The harbour board proudly declared that the pier would reopen in May. Ana Ruiz \
             continued to insist that the repairs were rushed. Jan Novak went on to explain that the \
             budget had run out. The Okafor family said that the boat was theirs. Tomas Berg \
             effusively praised the crews. The island assembly said that the vote was void.");
        let got: Vec<_> = found.iter().map(said).collect();
        assert_eq!(
            got,
            [
                ("harbour board", "declared", "the pier would reopen in May"),
                ("Ana Ruiz", "insist", "the repairs were rushed"),
                ("Jan Novak", "explain", "the budget had run out"),
                ("Okafor family", "said", "the boat was theirs"),
                ("Tomas Berg", "praised", "the crews"),
                ("island assembly", "said", "the vote was void"),
            ]
        );
    }

    /// A belief held or a point made plain, with its "that": "were optimistic that", "remains
    /// convinced that", "made it clear that"; without "that", no statement.
    #[test]
    fn beliefs_held_and_points_made_plain() {
        let found = run("The ferry crews were optimistic that the strike would end soon. Ana Ruiz remains \
             convinced that the pier is unsafe. The mayor made it clear that the budget would not grow. \
             Jan Novak was confident in his crew. Tomas Berg remained silent.");
        let got: Vec<_> = found.iter().map(who_said).collect();
        assert_eq!(
            got,
            [
                ("ferry crews", "the strike would end soon"),
                ("Ana Ruiz", "the pier is unsafe"),
                ("mayor", "the budget would not grow"),
            ]
        );
    }

    /// Cues of implying and suspecting: "implied that", "clarified that", "speculated that"; the
    /// words that take other objects too only before "that" ("suspected gunmen", "recognized
    /// the new state").
    #[test]
    fn implying_and_suspecting() {
        let found = run("Ana Ruiz implied that the pier would close. The mayor later clarified that the \
             ferries would run. Analysts speculated that the strike would spread. Police suspected that \
             the fire was set. Police arrested suspected smugglers at the pier. The council recognized \
             the new harbour board.");
        let got: Vec<_> = found.iter().map(said).collect();
        assert_eq!(
            got,
            [
                ("Ana Ruiz", "implied", "the pier would close"),
                ("mayor", "clarified", "the ferries would run"),
                ("Analysts", "speculated", "the strike would spread"),
                ("Police", "suspected that", "the fire was set"),
            ]
        );
    }

    /// ", but that …" goes on with the same cue's second statement, ", but not …" with the rest of
    /// one; ", but the mayor disagreed" is the writer's.
    #[test]
    fn but_that_goes_on() {
        let text = "Ana Ruiz said the ferries would run on Monday, but that the pier would stay shut.\n\n\
                    Jan Novak said the fees should rise for cruise ships, but not for fishing boats.\n\n\
                    Tomas Berg said the ferries would run on Monday, but the mayor disagreed.";
        let got: Vec<_> = run(text).iter().map(|c| c.text.clone()).collect();
        assert_eq!(
            got,
            [
                "the ferries would run on Monday, but that the pier would stay shut",
                "the fees should rise for cruise ships, but not for fishing boats",
                "the ferries would run on Monday",
            ]
        );
    }

    /// Overlap queries against nested, disjoint and late-inserted spans.
    #[test]
    fn spans_tell_overlaps() {
        let mut spans = Spans::new(vec![(10, 20), (0, 50), (60, 70)]);
        assert!(!spans.overlaps((55, 58)) && spans.overlaps((49, 52)) && spans.overlaps((65, 66)));
        assert!(!spans.overlaps((50, 60)) && !spans.overlaps((70, 80)) && !spans.overlaps((80, 90)));
        spans.insert((52, 54));
        spans.insert((75, 76));
        assert!(spans.overlaps((53, 58)) && spans.overlaps((70, 80)) && !spans.overlaps((54, 60)));
        assert!(!Spans::new(Vec::new()).overlaps((0, 10)));
    }

    /// The shapes tried one by one read the same groups as all the shapes in one pattern.
    #[test]
    fn attribution_shapes_read_the_groups_of_the_whole_pattern() {
        let whole = Regex::new(&speaker_cue_pattern(ANY_CUE)).unwrap();
        let names = ["via", "sp1", "sp2", "sp4", "named", "renamed", "cue4", "sp6", "cue6"];
        let sentences = [
            "The Kremlin cited Vladimir Putin as saying the troops were brave.",
            "Mayor Ana Ruiz was quoted as saying the bridge was ready.",
            "Vann Newkirk, a writer for The Atlantic, said the vote was close.",
            "The former minister, Jan Novak, told reporters it was over.",
            "People familiar with the matter said talks had stalled.",
            "She arrived late and said nothing, but later pointed out the error.",
            "The council, which also called for calm, met on Monday.",
            "Officials on Tuesday said the port was shut.",
        ];
        let mut spans = 0;
        for sentence in sentences {
            for cue in CUE_WORD.find_iter(sentence) {
                let Some(m) = SPEAKER_CUE.find(&sentence[..cue.end()]) else { continue };
                let span = m.as_str();
                let (one, shapes) = (whole.captures(span).unwrap(), speaker_cue_groups(span).unwrap());
                for name in names {
                    let at = |c: &regex::Captures<'_>| c.name(name).map(|g| g.range());
                    assert_eq!(at(&one), at(&shapes), "{name} in {span:?}");
                }
                spans += 1;
            }
        }
        assert!(spans >= sentences.len(), "{spans} spans");
    }

    #[test]
    fn quotes_with_speakers_and_follow_ups() {
        let text = "“The bridge will open in spring,” Mayor Ana Ruiz was quoted as saying at the ceremony. “It is ready,” she added.\n\n“We are grateful,” the Kremlin cited Vladimir Putin as saying.";
        let c = run(text);
        assert_eq!(c.len(), 3, "{c:#?}");
        assert_eq!((c[0].speaker.as_deref(), c[0].quote), (Some("Ana Ruiz"), true));
        assert_eq!(c[0].text, "The bridge will open in spring,");
        assert_eq!(c[1].speaker.as_deref(), Some("Ana Ruiz"));
        assert_eq!(
            (c[2].speaker.as_deref(), c[2].via.as_slice()),
            (Some("Vladimir Putin"), &["Kremlin".to_string()][..])
        );
        // Inverted cues other than "said", the speaker without the sentence's full stop; a
        // resident who asked not to be named, not whom the resident told.
        let text = "“The pier will hold,” warned Petersen.\n\n“Nobody saw it coming,” one fisherman, who asked not to be named, told Harbour Radio.";
        let c = run(text);
        let got: Vec<_> = c.iter().map(said).collect();
        assert_eq!(
            got,
            [("Petersen", "warned", "The pier will hold,"), ("one fisherman", "told", "Nobody saw it coming,")],
            "{c:#?}"
        );
        let sources = claims_with_sources(text, &super::super::entities::entities(text));
        // A coordinated cue after the quote's attribution says more.
        let c = run("“We are not there yet,” Petersen said, but added that the divers had found the leak.");
        let got: Vec<_> = c.iter().map(who_said).collect();
        assert_eq!(got, [("Petersen", "We are not there yet,"), ("Petersen", "the divers had found the leak")]);
        let at = text[..text.find("Petersen").unwrap()].chars().count();
        assert_eq!(sources[0].1, Some((at, at + 8)), "the source span is the name alone");
    }

    /// Words read as a speaker that end a relative clause ("Officials who spoke to reporters
    /// said") leave the clause's head as the speaker.
    #[test]
    fn a_relative_clause_before_the_cue_leaves_its_head_speaking() {
        let c = run("Officials who spoke to reporters said the pier was closed.");
        assert_eq!(c[0].speaker.as_deref(), Some("Officials"));
        let c = run("Friends who met her last week say she is relaxed and calm.");
        assert_eq!(c[0].speaker.as_deref(), Some("Friends"));
        let c = run("Ana Ruiz, who spoke to reporters, said the pier was closed.");
        assert_eq!(c[0].speaker.as_deref(), Some("Ana Ruiz"));
        // (A clause of up to ten words.)
        let c = run("Some voters who have listened to Mr. Ruiz's speeches over the decades said he had less charm.");
        assert_eq!(c[0].speaker.as_deref(), Some("voters"));
        // A speaker read before an earlier attribution's end (tokenised text, whose " . " ends
        // no sentence) is left as it is: this panicked.
        let text = "'' Who will run the ferry ? The town and the port have plans in place to act within hours , \
                    according to a harbour official familiar with planning . The mayor will insist on a major \
                    local role in any plan , the official said .";
        assert!(!run(text).is_empty());
    }

    /// A speaker's title between the statement's comma and the name is neither content nor name.
    /// So is an article's noun phrase before a name closing the sentence, and a wire's dateline
    /// before the statement.
    #[test]
    fn a_title_after_the_comma_introduces_the_speaker() {
        let c =
            run("The ferry will run twice a day from May, Halden harbour board spokesman Tomas Berg said Thursday.");
        assert_eq!(
            (c[0].speaker.as_deref(), c[0].text.as_str()),
            (Some("Tomas Berg"), "The ferry will run twice a day from May")
        );
        // Words after the comma that end in no role are the statement's own.
        let c = run("The ferry will run twice a day, from May to the end of the summer, Tomas Berg said.");
        assert_eq!(c[0].text, "The ferry will run twice a day, from May to the end of the summer");
        // "the news site": an article's few words before the name; "sooner than expected" is no
        // one's expectation; the time and the writer's aside after the dash say nothing.
        let c = run("HALDEN -- The ferry will run twice a day, sooner than expected, the news site Halden Post \
                     reported on Tuesday -- a change that pleased the town.");
        assert_eq!(
            c.iter().map(|c| (c.speaker.as_deref(), c.text.as_str())).collect::<Vec<_>>(),
            [(Some("Halden Post"), "The ferry will run twice a day, sooner than expected")]
        );
    }

    /// A stance's object ends at a comma, unless the comma goes on with it: a list of names, or
    /// "including …".
    #[test]
    fn a_stance_object_runs_through_its_list() {
        let c = run("Tomas Berg praised their harbour strategy, including the decision to keep the pier open.");
        assert_eq!(c[0].text, "their harbour strategy, including the decision to keep the pier open");
        let c = run("Tomas Berg thanked crews from Halden, Millom and Troy for their work.");
        assert_eq!(c[0].text, "crews from Halden, Millom and Troy for their work");
        let c = run("Tomas Berg praised the crews, who had worked all night.");
        assert_eq!(c[0].text, "the crews");
        // Not at a comma or a clause inside a quote.
        let c = run("Tomas Berg criticized the plan as “costly, rushed and unfair when the town needs it least.”");
        assert_eq!(c[0].text, "the plan as “costly, rushed and unfair when the town needs it least.”");
    }

    /// "That" before a verb is the statement's subject, not the word that opens it.
    #[test]
    fn that_before_a_verb_is_said_too() {
        let c = run("Analysts do not believe that was the end of the matter.");
        assert_eq!(c[0].text, "that was the end of the matter");
        let c = run("Ana Ruiz said that the pier was closed.");
        assert_eq!(c[0].text, "the pier was closed");
    }

    /// The writer's word on a statement (", a swipe at …", ", a charge that …") is no part of it.
    #[test]
    fn the_writers_gloss_after_a_statement_is_not_said() {
        let c = run("Ana Ruiz said the pier would not be closed during the storm, a swipe at the harbour board.");
        assert_eq!(c[0].text, "the pier would not be closed during the storm");
        let c = run("Ana Ruiz said the board was “a swipe at the heart of the town, a disgrace” on Monday.");
        assert!(c[0].text.contains("a disgrace"), "{c:#?}");
    }

    /// A country's abbreviation may end a sentence: its full stop is the sentence's when a
    /// sentence's first word follows; a title's never is ("Gen. The …" is not written).
    #[test]
    fn an_abbreviation_may_end_a_sentence() {
        let c = run("Ana Ruiz said the ferry would never stop in the U.S. The board said it would stop twice.");
        let got: Vec<_> = c.iter().map(|c| (c.speaker.as_deref(), c.text.as_str())).collect();
        assert_eq!(
            got,
            [(Some("Ana Ruiz"), "the ferry would never stop in the U.S"), (Some("board"), "it would stop twice")]
        );
        let c = run("Ana Ruiz said U.S. officials would inspect the ferry in May.");
        assert_eq!(c[0].text, "U.S. officials would inspect the ferry in May");
    }

    /// A short capitalised word that is an ordinary word ends a sentence ("in May.", "on Election
    /// Day.", "the Affordable Care Act."), and a short name does before a sentence's first word
    /// ("said Ana Chu. The …"); a title's or a month's abbreviation does not ("Rep. Tomas Berg",
    /// "Sept. 5").
    #[test]
    fn a_short_ordinary_word_may_end_a_sentence() {
        let texts = [
            ("Ana Ruiz said the pier would reopen in May. Repairs cost $2 million.", "the pier would reopen in May"),
            (
                "Ana Ruiz said the ferry would run on Election Day. Tickets will be free.",
                "the ferry would run on Election Day",
            ),
            (
                "Ana Ruiz said she had read the Clean Harbour Act. Its rules are strict.",
                "she had read the Clean Harbour Act",
            ),
            ("Ana Ruiz told Fox. Nobody else called her back.", ""),
            ("The pier is safe, said Ana Chu. The board met on Monday.", "The pier is safe"),
        ];
        for (text, said) in texts {
            let c = run(text);
            let got: Vec<&str> = c.iter().map(|c| c.text.as_str()).collect();
            let want: Vec<&str> = [said].into_iter().filter(|s| !s.is_empty()).collect();
            assert_eq!(got, want, "{text}");
        }
        let count = |t: &str| sentences(t, &quote_marks(t)).len();
        assert_eq!(count("The pier is safe, said Ana Chu. The board met on Monday."), 2);
        assert_eq!(count("It was built by St. John's parish in 1901."), 1);
        let c = run("Ana Ruiz said Rep. Tomas Berg would open the pier on Sept. 5 at noon. Tickets will be free.");
        assert_eq!(
            c.iter().map(|c| c.text.as_str()).collect::<Vec<_>>(),
            ["Rep. Tomas Berg would open the pier on Sept. 5 at noon"]
        );
    }

    /// A sentence that ends on a short name ("… said Ana Chu.") runs on into the next one: the
    /// speakers named there are no chain of the quote's ("via" is who passed it on).
    #[test]
    fn a_quote_takes_no_chain_from_the_next_sentence() {
        let c = run("“This estimate is a step forward for the harbour,” said Energy Secretary Ana Chu. Scientists on \
            the team said they may revise the estimates again as new data come in.");
        assert!(!c.is_empty());
        for claim in &c {
            assert!(claim.via.is_empty(), "{claim:#?}");
        }
        // A chain set off by commas still is one.
        let c = run("“The pier is safe,” Ana Ruiz said on Monday, Harbour Radio reported.");
        assert_eq!(c[0].via, ["Harbour Radio"], "{c:#?}");
    }

    /// After a number a cue word describes what is counted: "2,254 confirmed cases" is no claim of
    /// "254".
    #[test]
    fn a_cue_word_after_a_number_counts() {
        for text in [
            "By Friday the health ministry had counted 2,254 confirmed cases of the virus in the port towns.",
            "The region now has 211 total reported cases of the virus and three deaths in the port towns.",
        ] {
            let c = run(text);
            assert!(
                c.iter().all(|c| !c.speaker.as_deref().is_some_and(|s| s.contains(char::is_numeric))),
                "{text}: {c:#?}"
            );
        }
        // A year is no speaker; a poll's share is.
        let c = run("An image taken by the coast guard on Sept. 4, 2010 shows the pier under water at noon.");
        assert!(c.iter().all(|c| c.speaker.as_deref().is_some_and(|s| s.contains(char::is_alphabetic))), "{c:#?}");
        let c = run("In the harbour poll, 42% say the pier should reopen.");
        assert_eq!(c.iter().map(|c| c.speaker.as_deref()).collect::<Vec<_>>(), [Some("42%")], "{c:#?}");
        let c = run("Most islanders said the ferry is too slow, and nearly three in five said the bridge is needed.");
        assert_eq!(said(&c[1]), ("nearly three in five", "said", "the bridge is needed"), "{c:#?}");
        // A count of speakers, an age, a year still come before a speaker's cue.
        for text in [
            "Three officials said the port would reopen on Monday.",
            "Ana Ruiz, 25, said the port would reopen on Monday.",
            "The mayor in 2010 said the port would reopen on Monday.",
        ] {
            let c = run(text);
            assert_eq!(
                c.iter().map(|c| c.text.as_str()).collect::<Vec<_>>(),
                ["the port would reopen on Monday"],
                "{text}"
            );
        }
    }

    /// A page that lost a closing quote mark does not make the rest of the text one quote: double
    /// quotes do not nest, so the next opening mark starts a quote of its own.
    #[test]
    fn a_lost_closing_quote_swallows_nothing_after_the_next_quote() {
        let c = run(
            "Tomas Berg wrote that the pier was “unsafe and should close. The board met on Monday. “We will close \
            it,” Ana Ruiz said. The mayor said the ferry would keep running all winter.",
        );
        let got: Vec<_> = c.iter().map(|c| (c.speaker.as_deref().unwrap_or(""), c.text.as_str())).collect();
        assert!(got.contains(&("mayor", "the ferry would keep running all winter")), "{got:#?}");
        assert!(got.contains(&("Ana Ruiz", "We will close it,")), "{got:#?}");
        // A quote inside a quote in the same marks is no lost mark.
        let c = run("“I would rather live in what he calls “hell” than in his harbour,” Ana Ruiz said.");
        assert_eq!(
            c.iter().map(|c| c.text.as_str()).collect::<Vec<_>>(),
            ["I would rather live in what he calls “hell” than in his harbour,"]
        );
        // An opening mark typed for the closing one closes.
        let c = run(
            "Ana Ruiz said the plan was “Mostly False.“ The board met on Monday and the mayor said the pier was safe.",
        );
        assert_eq!(c.last().map(|c| c.text.as_str()), Some("the pier was safe"), "{c:#?}");
    }

    /// After a cue, where, when, through what and whom it was said are no statement: what stands
    /// before the cue is, however short ("…, the board warned in a letter to residents", "…, Ana
    /// Ruiz told reporters at a briefing"); a belief's "in" is what is believed in.
    #[test]
    fn circumstances_after_a_cue_say_nothing() {
        for text in [
            "The pier is unsafe, the board warned in a letter to residents.",
            "The pier is unsafe, the board wrote in a letter to residents.",
            "The pier is unsafe, the board said in a statement posted on its website.",
            "The pier is unsafe, Ana Ruiz told reporters at a briefing on Monday.",
            "The pier is unsafe, Ana Ruiz told reporters.",
        ] {
            let c = run(text);
            assert_eq!(c.iter().map(|c| c.text.as_str()).collect::<Vec<_>>(), ["The pier is unsafe"], "{text}");
        }
        let c = run("The pier is unsafe, the board warned, adding that repairs would take a year.");
        assert_eq!(
            c.iter().map(|c| c.text.as_str()).collect::<Vec<_>>(),
            ["The pier is unsafe", "repairs would take a year"]
        );
        let c = run("“We wrote two dozen songs,” Ana Ruiz said, mentioning that the album is nearly done.");
        assert_eq!(
            c.iter().map(said).collect::<Vec<_>>(),
            [("Ana Ruiz", "said", "We wrote two dozen songs,"), ("Ana Ruiz", "mentioning", "the album is nearly done")]
        );
        let c = run("The board said in a statement that the pier would close.");
        assert_eq!(c[0].text, "the pier would close");
        let c = run("Ana Ruiz told reporters to leave the pier before dark.");
        assert_eq!(c[0].text, "to leave the pier before dark");
        let c = run("Voters believe in a better harbour for the town.");
        assert_eq!(c[0].text, "in a better harbour for the town");
        // Said without what was said: "as much", "so", a "when" clause; "called into" a show.
        for text in [
            "The harbour master Ana Ruiz said as much in an interview on Thursday morning.",
            "That was what Ana Ruiz said when she resigned from the harbour board in March.",
            "Ana Ruiz called into a radio show about the harbour's future on Monday.",
            "Ana Ruiz showed up at the harbour meeting with two of the pilots on Monday.",
            "The ferry company's costs added up to a series of losses over the winter.",
            "Ana Ruiz won in Halden, adding to her lead over the other candidates in the county.",
            "Ana Ruiz hosts a Sunday talk show about the harbour and its ferries.",
            "Support for the ferry declined slightly from 58 percent in May to 55 percent now.",
            "The coastal states that have lost their ferries got a new fund from the government.",
            "Halden is one of the United States Coast Guard's oldest stations on the coast.",
        ] {
            assert!(run(text).is_empty(), "{text}: {:?}", run(text));
        }
        // Nor is a cue word's noun phrase going on with "and" a statement.
        assert!(run("The ferry plan preys on our worst fears and instincts about the harbour.").is_empty());
    }

    /// Hearsay in the passive names no speaker: "The man was said to be in a stable condition".
    #[test]
    fn passive_hearsay_has_no_speaker() {
        for text in [
            "The injured ferryman was said to be in a stable condition on Monday night.",
            "The harbour master is reported to have left the town before the storm.",
        ] {
            assert!(run(text).iter().all(|c| c.speaker.is_none()), "{text}: {:#?}", run(text));
        }
        let c = run("The harbour master said the injured ferryman was in a stable condition.");
        assert_eq!(c[0].speaker.as_deref(), Some("harbour master"));
    }

    /// A relative speaker may say when before the cue: "who on Monday said", "who last week said".
    #[test]
    fn a_relative_speaker_with_a_time_before_the_cue() {
        for text in [
            "Ana Ruiz, who on Monday said the pier was unsafe, resigned on Friday.",
            "Ana Ruiz, who last week said the pier was unsafe, resigned on Friday.",
        ] {
            let c = run(text);
            assert_eq!(
                c.iter().map(|c| (c.speaker.as_deref(), c.text.as_str())).collect::<Vec<_>>(),
                [(Some("Ana Ruiz"), "the pier was unsafe")],
                "{text}"
            );
        }
    }

    /// "Continued" goes on with a quote ("“…,” he continued.", "She continued: “…”"), and is no
    /// speech otherwise ("Berg continued his tour of the docks").
    #[test]
    fn continued_carries_a_quote_on() {
        let c = run("“We will not close the pier,” Ana Ruiz said. “The ferries need it,” she continued.");
        assert_eq!(
            c.last().map(|c| (c.cue.as_deref(), c.speaker.as_deref())),
            Some((Some("continued"), Some("Ana Ruiz")))
        );
        let c = run("Ana Ruiz spoke first. She continued: “The ferries need the pier every single day.”");
        assert_eq!(c.last().map(|c| c.cue.as_deref()), Some(Some("continued")), "{c:#?}");
        assert!(run("Tomas Berg continued his long tour of the docks on Monday.").is_empty());
        assert!(run("Tomas Berg continued to argue with the harbour board about the fees.").is_empty());
        assert!(run("Tomas Berg argued with the harbour board about the fees.").is_empty());
    }

    /// A statement after "and" is its sentence subject's: the subject's mention is its source, not
    /// the conjunction ("The board described …, and said …"; "I laughed and said …").
    #[test]
    fn a_coordinated_statement_has_its_subject_as_source() {
        let text = "The harbour board described the vote as ominous, and said the panel itself might be damaged.\n\n\
                    I laughed at the question and said that I did not believe in ghosts at all.\n\n\
                    The pilot rubbed his chin, and then said the channel was too shallow for the ferry.";
        let found = claims_with_sources(text, &super::super::entities::entities(text));
        let source = |i: usize| {
            let (a, b) = found[i].1.expect("a source");
            text.chars().skip(a).take(b - a).collect::<String>()
        };
        let got: Vec<_> = (0..found.len()).map(|i| (found[i].0.speaker.clone(), source(i))).collect();
        assert_eq!(
            got,
            [
                (Some("harbour board".to_string()), "The harbour board".to_string()),
                (Some("harbour board".to_string()), "The harbour board".to_string()),
                (Some("I".to_string()), "I".to_string()),
                (Some("pilot".to_string()), "The pilot".to_string()),
            ],
            "{found:#?}"
        );
        // A quote after the coordinated cue is the subject's too, whatever cue it holds.
        let c = run("Ana Ruiz said it was too early to count the votes but added, “I think you all know the result.”");
        assert_eq!(
            c.iter().map(|c| (c.speaker.as_deref(), c.cue.as_deref(), c.text.as_str(), c.quote)).collect::<Vec<_>>(),
            [
                (Some("Ana Ruiz"), Some("said"), "it was too early to count the votes", false),
                (Some("Ana Ruiz"), Some("added"), "I think you all know the result.", true),
            ]
        );
        // A participle's speaker is the noun phrase opening the sentence when no name does.
        let c = run("The ferry's new owner began by talking about the fares, saying that the night boat would stay.");
        assert_eq!(
            c.iter().map(|c| (c.speaker.as_deref(), c.cue.as_deref(), c.text.as_str())).collect::<Vec<_>>(),
            [(Some("ferry's new owner"), Some("saying"), "the night boat would stay")]
        );
        // A surname the entities did not read, opening the sentence before its verb in the past.
        let c = run("Berg met Novak, saying the night ferry would stay.");
        assert_eq!(c.iter().map(said).collect::<Vec<_>>(), [("Berg", "saying", "the night ferry would stay")]);
        // (A possessive is kept: "his" says whose.)
        let c = run("His chief aide doubled down on the attacks, saying the pier was safe.");
        assert_eq!(c.iter().map(|c| c.speaker.as_deref()).collect::<Vec<_>>(), [Some("His chief aide")]);
        // A possessive's "claim" with nothing claimed after it is a noun; "to claim" has no subject.
        assert!(run("Later, Ana Ruiz, the pier’s owner, laughed at Tomas Berg’s claim.").is_empty());
        let c = run("Berg has a way to claim the pier would need a new lease.");
        assert!(c.iter().all(|c| c.cue.as_deref() != Some("claim")), "{c:?}");
        // A group opening the sentence speaks for "and say", as written.
        let c = run("Europeans smile at this and say the harbour is too small.");
        assert_eq!(c[0].speaker.as_deref(), Some("Europeans"));
        // A relative "who" is the mention as written; the speaker is the name it stands for.
        let text = "The engineer met Tomas Berg, who argued that the ferry should run at night.";
        let found = claims_with_sources(text, &super::super::entities::entities(text));
        let (a, b) = found[0].1.expect("a source");
        assert_eq!((found[0].0.speaker.as_deref(), &text[a..b]), (Some("Tomas Berg"), "who"));
    }

    /// Words between a quote and its speaker's name describe the speaker when the quote closes its
    /// clause, and run the statement on when it does not.
    #[test]
    fn words_between_a_quote_and_its_speaker() {
        let c = run("“We may finish it off today,” rebel soldier Omar Haddad said.");
        assert_eq!((c[0].text.as_str(), c[0].speaker.as_deref()), ("We may finish it off today,", Some("Omar Haddad")));
        let c = run("It was “the best option” of the plan, Mr. Burman said.");
        assert!(c[0].text.ends_with("of the plan"), "{c:#?}");
        // A quote that finishes a sentence the writer began is said whole; one that opens in
        // capitals after a lead is the statement alone.
        let c = run("Ana Ruiz, with her years at the port, “is seen as the safer pair of hands,” he said.");
        assert_eq!(c[0].text, "Ana Ruiz, with her years at the port, “is seen as the safer pair of hands,", "{c:#?}");
        let c = run("At the pier, “We will rebuild it,” she said.");
        assert_eq!(c[0].text, "We will rebuild it,", "{c:#?}");
    }

    /// A quote right after its cue, with no comma or colon, is what was said.
    #[test]
    fn a_quote_straight_after_its_cue() {
        let c = run(
            "General Ivo Marek on Saturday hailed the soldiers, who he said “provided significant assistance in the fighting”.",
        );
        let said = c.iter().find(|c| c.cue.as_deref() == Some("said")).expect("a claim with 'said'");
        assert!(said.text.contains("provided significant assistance in the fighting"), "{c:#?}");
        assert!(!said.text.contains("hailed"), "{c:#?}");
        assert_eq!(said.speaker.as_deref(), Some("Ivo Marek"));
    }

    /// Subjects no speaker pattern knows: quantities of people, plain plural nouns, and nouns
    /// with an aside set off by commas before the cue.
    #[test]
    fn subjects_read_back_from_the_cue() {
        // (text, speaker, cue, what was said)
        let cases = [
            (
                "In the end, all but two said the ferry fares should rise next spring.",
                "all but two",
                "said",
                "the ferry fares should rise next spring",
            ),
            (
                "Harbour pilots said the new channel was too shallow for the ferries.",
                "Harbour pilots",
                "said",
                "the new channel was too shallow for the ferries",
            ),
            (
                "Nearly half said they would take the bus instead.",
                "Nearly half",
                "said",
                "they would take the bus instead",
            ),
            (
                "A port official, who asked not to be named because the talks were private, said the board would vote in May.",
                "A port official",
                "said",
                "the board would vote in May",
            ),
            (
                "Ana Ruiz — who runs the night ferry but rarely speaks to the press — told reporters the boats were safe.",
                "Ana Ruiz",
                "told",
                "the boats were safe",
            ),
            (
                "Priebus told Harbour Radio he would stay on as chairman.",
                "Priebus",
                "told",
                "he would stay on as chairman",
            ),
            // Whom she told is no part of what she said.
            (
                "Ana Ruiz told the inquiry she had never seen the cracks before.",
                "Ana Ruiz",
                "told",
                "she had never seen the cracks before",
            ),
            // (The speaker is the longest name inside the phrase.)
            (
                "The pier's builders, Tomas and Ines Berg, wrote that the timber had rotted through.",
                "Tomas and Ines Berg",
                "wrote",
                "the timber had rotted through",
            ),
            // A weekday the speaker pattern took for a name ("… filed Thursday says") names
            // nobody; the subject does.
            (
                "A court filing made public Thursday says that the ferry company broke its lease.",
                "A court filing made public Thursday",
                "says",
                "the ferry company broke its lease",
            ),
            // Auxiliaries before the cue; a short clause after it that reads like a speaker phrase.
            (
                "Harbour and river pilots have said that the channel silted up in 2024.",
                "Harbour and river pilots",
                "said",
                "the channel silted up in 2024",
            ),
            ("Six in 10 said the fares were too high.", "Six in 10", "said", "the fares were too high"),
            (
                "Local radio reported that the night ferry had run aground.",
                "Local radio",
                "reported",
                "the night ferry had run aground",
            ),
            // "at least" opens what was said; "at a news conference" does not.
            ("The port officials said at least 12 boats sank.", "port officials", "said", "at least 12 boats sank"),
            (
                "The port officials said at a news conference that 12 boats sank.",
                "port officials",
                "said",
                "12 boats sank",
            ),
            // A court's ruling is what it holds.
            (
                "The harbour court ruled on Monday that the pier lease was void.",
                "harbour court",
                "ruled",
                "the pier lease was void",
            ),
            // A title's few words and a name set off after a noun phrase.
            (
                "His wife, longtime aide Ana Ruiz, announced they had sold the ferry.",
                "Ana Ruiz",
                "announced",
                "they had sold the ferry",
            ),
            // A note on a book's title inside the aside; the words after the cue are no speaker.
            (
                "Berg, the author of \"Harbour Lights,\" about the port's decline, said the days of the night ferry are gone.",
                "Berg",
                "said",
                "the days of the night ferry are gone",
            ),
            // An adverb opening the subject's segment; an aside asking for anonymity.
            (
                "Yet ferry owners, like their rivals on the river, say the fares are too low.",
                "ferry owners",
                "say",
                "the fares are too low",
            ),
            (
                "A harbour official, who requested anonymity to discuss the talks, said the pier would close.",
                "A harbour official",
                "said",
                "the pier would close",
            ),
            // A share set off by commas after the subject.
            (
                "Just shy of half, 49%, say the ferry should run at night.",
                "Just shy of half",
                "say",
                "the ferry should run at night",
            ),
            // An adverb and its comma before the name and its title.
            (
                "However, Tomas Berg, vice president and counsel for the harbour board, said the pier was safe.",
                "Tomas Berg",
                "said",
                "the pier was safe",
            ),
            // A time set off after the subject's title.
            (
                "Tomas Berg, the harbour board's chairman, this past week announced the pier would close.",
                "Tomas Berg",
                "announced",
                "the pier would close",
            ),
            // A conjunction and a time before the subject and its title.
            (
                "And on Tuesday, Tomas Berg, chairman of the harbour board, said that the pier would close.",
                "Tomas Berg",
                "said",
                "the pier would close",
            ),
            // A stretch of time before the cue is no speaker; a comparison after what was said is
            // the writer's.
            (
                "The harbour board a month later announced the pier would close.",
                "harbour board",
                "announced",
                "the pier would close",
            ),
            (
                "Most residents say they like the night ferry, compared with 40 percent last year.",
                "Most residents",
                "say",
                "they like the night ferry",
            ),
            // A time between the subject and its cue.
            (
                "Halden Ferries just this month announced it would drop the night fares.",
                "Halden Ferries",
                "announced",
                "it would drop the night fares",
            ),
            // Several speakers in a word or a share; a head and its restrictive clause.
            ("Some say the ferry should run at night.", "Some", "say", "the ferry should run at night"),
            ("Many speculated that the strike would spread.", "Many", "speculated", "the strike would spread"),
            ("A third say the fares are too high.", "A third", "say", "the fares are too high"),
            (
                "Residents who came to the harbour after last week's vote say the pier is unsafe.",
                "Residents who came to the harbour after last week's vote",
                "say",
                "the pier is unsafe",
            ),
            (
                "The harbour board's longtime chief and former harbour master said the pier was unsafe.",
                "harbour board's longtime chief and former harbour master",
                "said",
                "the pier was unsafe",
            ),
            // An adverb set off by commas after the subject; a plural's verb in its base form.
            (
                "Ferry owners, however, say the new fares would keep the night boats running.",
                "Ferry owners",
                "say",
                "the new fares would keep the night boats running",
            ),
            (
                "Pier builders, for instance, argue that timber lasts longer than steel.",
                "Pier builders",
                "argue",
                "timber lasts longer than steel",
            ),
            (
                "The harbour engineers estimate that the repairs will cost 2 million euros.",
                "harbour engineers",
                "estimate",
                "the repairs will cost 2 million euros",
            ),
            (
                "The study, which was written for the port board, suggests that the channel is silting up.",
                "study",
                "suggests",
                "the channel is silting up",
            ),
            // A finding, past an aside opened by a participle.
            (
                "The survey, published on Friday by the harbour board, found that most riders wanted later ferries.",
                "survey",
                "found",
                "most riders wanted later ferries",
            ),
            (
                "Meanwhile, the ferry company, which runs four boats, said it would cut the night service.",
                "ferry company",
                "said",
                "it would cut the night service",
            ),
        ];
        for (text, speaker, cue, what) in cases {
            let c = run(text);
            assert_eq!(c.len(), 1, "{text}: {c:#?}");
            assert_eq!(said(&c[0]), (speaker, cue, what), "{text}");
        }
        // Whom she told with nothing said; "ruled out" is no statement.
        assert!(run("Ana Ruiz told The Harbour News on Thursday.").is_empty());
        assert!(run("The harbour master ruled out a second pier.").is_empty());
        // Poll shares mid-sentence, after "and" or "while": each gives its own claim.
        let c = run("Commuters said the night ferry was late, and more than 4 in 10 said the fares were too high.");
        let got: Vec<_> = c.iter().map(who_said).collect();
        assert_eq!(got, [("Commuters", "the night ferry was late"), ("more than 4 in 10", "the fares were too high")]);
        let c = run("Riders said the pier was safe, while three-quarters said the bridge was not.");
        let got: Vec<_> = c.iter().map(who_said).collect();
        assert_eq!(got, [("Riders", "the pier was safe"), ("three-quarters", "the bridge was not")]);
        // Not subjects: a clause before the cue, an idiom, a sentence's opening word.
        for text in [
            "Needless to say, the ferries were late again that week.",
            "The pier was closed when they said the storm had passed the harbour.",
        ] {
            let c = run(text);
            assert!(c.iter().all(|c| c.speaker.as_deref() != Some("Needless to")), "{text}: {c:#?}");
            assert!(c.iter().all(|c| !c.speaker.as_deref().unwrap_or("").contains("pier")), "{text}: {c:#?}");
        }
    }

    /// Content before a cue starts after a colon; after a conjunction, what was said follows the cue.
    #[test]
    fn content_around_a_cue_set_off_by_commas() {
        // Words before a speaker with no punctuation between are the speaker's title, not content.
        let c = run("Harbour board chairwoman Ana Ruiz says, win or lose the vote, she will keep the ferries running.");
        assert_eq!(c[0].text, "win or lose the vote, she will keep the ferries running", "{c:#?}");
        // A belief inside the chain's sentence, in no claim's content, is a claim of its own; the
        // participle before it ("citing an area where") is no statement.
        let c = run(
            "The pier reopened on Monday, the port office said, citing a stretch where divers believe the old wreck has shifted, Harbour Radio reported.",
        );
        let got: Vec<_> = c.iter().map(said).collect();
        assert_eq!(
            got,
            [
                ("port office", "said", "The pier reopened on Monday"),
                ("divers", "believe", "the old wreck has shifted")
            ],
            "{c:#?}"
        );
        assert_eq!(c[1].via, ["Harbour Radio"], "{c:#?}");
        let c = run("The ferry line apologised to its riders and said it would refund every ticket.");
        assert_eq!((c[0].speaker.as_deref(), c[0].text.as_str()), (Some("ferry line"), "it would refund every ticket"));
        // A participle after a short object opens the writer's clause.
        let c = run("The ferry company denied the report, calling it a rumour spread by rivals.");
        assert_eq!(c[0].text, "the report", "{c:#?}");
        // The aside about a source is not what it says.
        let c =
            run("According to a port official, who spoke on condition of anonymity, the night ferry will stop in May.");
        assert_eq!(
            (c[0].speaker.as_deref(), c[0].text.as_str()),
            (Some("a port official"), "the night ferry will stop in May")
        );
        // So is what a named source is ("a harbour engineer"); not a content's own subject.
        for (text, said) in [
            ("According to Ana Ruiz, a harbour engineer, the pier was sold twice.", "the pier was sold twice"),
            (
                "According to police, a gunman, who had a rifle, fled the pier.",
                "a gunman, who had a rifle, fled the pier",
            ),
        ] {
            assert_eq!(run(text)[0].text, said, "{text}");
        }
        // ", with X reporting that …": the writer's clause, a statement of X's, not part of what
        // the first speaker said.
        let c = run(
            "The port office on Monday confirmed that the pier had closed, with the harbour master reporting that storm waves had cracked two of its pillars.",
        );
        let got: Vec<_> = c.iter().map(who_said).collect();
        assert_eq!(
            got,
            [("port office", "the pier had closed"), ("harbour master", "storm waves had cracked two of its pillars")],
            "{c:#?}"
        );
        // A date before the speaker's comma ("on Monday, the port office said, citing …") does not
        // hide the speaker behind a reading of "Monday" as a name with an apposition.
        let c = run("The ferries stopped on Monday, the port office said, citing safety rules for divers.");
        let got: Vec<(&str, &str)> = c.iter().map(|c| (c.cue.as_deref().unwrap_or(""), c.text.as_str())).collect();
        assert_eq!(got, [("said", "The ferries stopped on Monday"), ("citing", "safety rules for divers")], "{c:#?}");
        // The words after the speaker's comma are the chain, not a second side of the content.
        let c = run("About 40 boats were damaged in the storm, the port has claimed, according to Harbour Radio.");
        assert_eq!(c[0].text, "About 40 boats were damaged in the storm", "{c:#?}");
        assert_eq!(c[0].via, ["Harbour Radio"], "{c:#?}");
        let c = run("The ferry will run late, because, according to the harbour master, the pier needs repairs.");
        assert_eq!(c[0].text, "the pier needs repairs", "{c:#?}");
        let c =
            run("The fares were high for commuters: the ferry was the dearest in the region, according to the survey.");
        assert_eq!(c[0].text, "the ferry was the dearest in the region", "{c:#?}");
        let c = run("But to prevent problems, he said, officials should be vigilant about the pier.");
        assert_eq!(
            c[0].text, "But to prevent problems, he said, officials should be vigilant about the pier",
            "{c:#?}"
        );
    }

    /// "she said, adding, “…”": the second quote is a statement of its own, with its own cue.
    #[test]
    fn a_quote_after_adding_is_its_own_statement() {
        // A quote that opens right after another closes starts a sentence.
        let c = run("He posted a link to “a study on ferries.”“Your figures are wrong,” Ines Varga wrote.");
        let wrote = c.iter().find(|c| c.cue.as_deref() == Some("wrote")).expect("a claim with 'wrote'");
        assert_eq!(wrote.text, "Your figures are wrong,", "{c:#?}");
        let c = run("“The ferries will run,” Ines Varga said, adding, “The night boat will not.”");
        assert_eq!(c.len(), 2, "{c:#?}");
        assert_eq!(c[0].text, "The ferries will run,");
        assert_eq!((c[1].text.as_str(), c[1].cue.as_deref()), ("The night boat will not.", Some("adding")));
        assert_eq!(c[1].speaker.as_deref(), Some("Ines Varga"));
        // An opening mark typed for the closing one.
        let c = run("“Do you want the night ferry back?“ the harbour master asked.");
        assert_eq!(c[0].text, "Do you want the night ferry back?", "{c:#?}");
        // A naming verb's content ends with the name it gives.
        let c = run("Ana Ruiz called the new timetable “a disgrace” in a post on Sunday.");
        assert_eq!(c[0].text, "the new timetable “a disgrace”", "{c:#?}");
        // So does what a speaker described something as, before a time or a clause.
        let c = run("Ana Ruiz described the new timetable as “a disgrace” Wednesday on a radio show.");
        assert_eq!(c[0].text, "the new timetable as “a disgrace”", "{c:#?}");
        let c = run("Ana Ruiz described the new timetable as “a disgrace” after the ferry was cancelled.");
        assert_eq!(c[0].text, "the new timetable as “a disgrace”", "{c:#?}");
        // So after a comma inside the marks, a contrast or an aside after them.
        let c = run(
            "Ana Ruiz called the strike \"a blow to the port,\" but she also noted the \"quiet courage\" of the crews.",
        );
        assert_eq!(c[0].text, "the strike \"a blow to the port,\"", "{c:#?}");
        let c = run("Ana Ruiz called the crews \"heroes\" (although she named none of them).");
        assert_eq!(c[0].text, "the crews \"heroes\"", "{c:#?}");
        // Marks of two kinds still make a quote.
        let c = run("\"The pier is safe,” the harbour master said.");
        assert_eq!(c[0].text, "The pier is safe,", "{c:#?}");
    }

    #[test]
    fn reported_speech_and_chains() {
        let text = "The council approved the budget, the Port Authority said on Monday, adding that work would begin soon, Harbour News reported.";
        let c = run(text);
        assert_eq!(c.len(), 2, "{c:#?}");
        assert_eq!(c[0].speaker.as_deref(), Some("Port Authority"));
        assert_eq!(c[0].via, ["Harbour News"]);
        assert_eq!(c[0].text, "The council approved the budget");
        // ", adding that …" carries the same speaker's words on, through the same chain.
        assert_eq!((c[1].text.as_str(), c[1].cue.as_deref()), ("work would begin soon", Some("adding")));
        assert_eq!(
            (c[1].speaker.as_deref(), c[1].via.as_slice()),
            (Some("Port Authority"), &["Harbour News".to_string()][..])
        );
        let c = run("About 600 soldiers have been killed, Seoul has claimed, according to Al Jazeera.");
        assert_eq!((c[0].speaker.as_deref(), c[0].cue.as_deref()), (Some("Seoul"), Some("claimed")));
        assert_eq!(c[0].via, ["Al Jazeera"]);
        let c = run("Mayor Ana Ruiz opened the bridge. She said the work had taken ten years.");
        assert_eq!((c[0].speaker.as_deref(), c[0].text.as_str()), (Some("Ana Ruiz"), "the work had taken ten years"));
        let c = run("Officials said that the river would crest on Friday night.");
        assert_eq!(
            (c[0].speaker.as_deref(), c[0].text.as_str()),
            (Some("Officials"), "the river would crest on Friday night")
        );
        // A later cue with words of its own after it is a claim of its own, not a link.
        let c = run("Back when he wrote his memoir, Tomas Ardent said that he saw debt as a last resort.");
        let last = c.last().expect("a claim");
        assert_eq!(
            (last.speaker.as_deref(), last.text.as_str(), last.via.as_slice()),
            (Some("Tomas Ardent"), "he saw debt as a last resort", &[][..])
        );
    }

    #[test]
    fn quotes_inside_reported_speech_parentheticals_and_generic_speakers() {
        // A quoted phrase inside a clause belongs to the reported speech around it.
        let text = "Mayor Ana Ruiz said the flooding was “a serious threat” to the harbour district.";
        let c = run(text);
        assert_eq!(c.len(), 1, "{c:#?}");
        assert_eq!(c[0].text, "the flooding was “a serious threat” to the harbour district");
        assert!(!c[0].quote);
        // A scare quote with nobody saying anything is no claim.
        assert!(run("The plan was dubbed “the big fix” by the local press.").is_empty());
        // ", he said," splits the content in two: the claim spans both sides.
        let c = run("Tomas Berg left early. To keep the ferries running, he said, the port needs more staff.");
        assert_eq!(c.len(), 1, "{c:#?}");
        assert_eq!(c[0].speaker.as_deref(), Some("Tomas Berg"));
        assert!(c[0].text.starts_with("To keep the ferries running") && c[0].text.ends_with("more staff"), "{c:#?}");
        // A short second side counts too.
        let c = run("The bill was long. The weekly benefit, it says, would be $300.");
        assert_eq!(c[0].text, "The weekly benefit, it says, would be $300", "{c:#?}");
        // The second side ends before a concession, not before other clauses.
        let c = run("The test, the navy said, was its biggest yet, although it may take days to tell.");
        assert_eq!(c[0].text, "The test, the navy said, was its biggest yet", "{c:#?}");
        let c = run("The pier, he said, can keep its ferries, while the fares stay low.");
        assert_eq!(c[0].text, "The pier, he said, can keep its ferries, while the fares stay low", "{c:#?}");
        // Speakers without a name, and an adverb before the cue.
        let c = run("The talks would resume next week, a senior official also said.");
        assert_eq!(c[0].speaker.as_deref(), Some("a senior official"));
        assert_eq!(c[0].text, "The talks would resume next week");
    }

    #[test]
    fn statements_that_run_on_and_wire_quote_marks() {
        // A quote, its attribution, and the quote that carries on: one statement.
        let text = "“The dam held,” said Ines Varga, the site engineer. “We were lucky this time.”\n\n“Next we rebuild.”\n\n“Trainwreck.”";
        let c = run(text);
        assert_eq!(c.len(), 2, "{c:#?}");
        assert_eq!(c[0].speaker.as_deref(), Some("Ines Varga"));
        assert_eq!(c[0].text, "The dam held … We were lucky this time.", "{c:#?}");
        // A new paragraph starts a new statement, still hers; a word or two in quotes alone names
        // something.
        assert_eq!((c[1].text.as_str(), c[1].speaker.as_deref()), ("Next we rebuild.", Some("Ines Varga")));
        // A closing mark typed for the opening one at a paragraph's start opens the quote.
        // (A signature may say where its writer lives: "― Jan Novak, 34, Porto".)
        let c = run("Readers wrote after the vote.\n\n”I fear the pier will close. It is old.” ― Ana Ruiz\n\n\
                     ”The ferries need it,” said Tom Berg.\n\n“The port is dying.” ― Jan Novak, 34, Porto\n\
                     “We need a new pier.” ―\u{a0}Ines Varga");
        assert_eq!(
            c.iter().map(who_said).collect::<Vec<_>>(),
            [
                ("Ana Ruiz", "I fear the pier will close. It is old."),
                ("Tom Berg", "The ferries need it,"),
                ("Jan Novak", "The port is dying."),
                // (A no-break space after the dash, as web pages write it.)
                ("Ines Varga", "We need a new pier.")
            ]
        );
        // A speaker of five words after the cue ("said a former senior harbour official").
        let c = run("“The pier held,” said a former senior harbour official. “But for how long?”");
        assert_eq!(c.len(), 1, "{c:#?}");
        assert_eq!(c[0].speaker.as_deref(), Some("a former senior harbour official"));
        // Two apostrophes as quote marks.
        let c = run("''The toll is far higher,'' said Omar Haddad.");
        assert_eq!((c[0].text.as_str(), c[0].speaker.as_deref()), ("The toll is far higher,", Some("Omar Haddad")));
        // A question or an exclamation quoted before its speaker and cue: theirs, and it goes on.
        let c = run("“Is the pier safe?” Ana Ruiz asked. “Nobody can tell us.”\n\n“Stop!” he shouted.");
        assert_eq!(c.len(), 2, "{c:#?}");
        assert_eq!(c[0].speaker.as_deref(), Some("Ana Ruiz"));
        assert!(c[0].text.starts_with("Is the pier safe?") && c[0].text.ends_with("Nobody can tell us."), "{c:#?}");
        assert_eq!((c[1].text.as_str(), c[1].cue.as_deref()), ("Stop!", Some("shouted")));
        // The same with an apposition between the speaker and a cue that closes its sentence;
        // not when the cue has content of its own (the question is then another speaker's).
        let c = run("“Who pays for the pier?” Ana Ruiz, the harbour master, asked on Monday. “Not the town.”");
        assert_eq!(c.len(), 1, "{c:#?}");
        assert_eq!((c[0].speaker.as_deref(), c[0].cue.as_deref()), (Some("Ana Ruiz"), Some("asked")));
        assert!(c[0].text.starts_with("Who pays") && c[0].text.ends_with("Not the town."), "{c:#?}");
        let c = run("Tomas Berg said: “Who pays for the pier?” Ana Ruiz, the harbour master, said the town would pay.");
        assert!(c.iter().any(|c| c.speaker.as_deref() == Some("Ana Ruiz") && c.text == "the town would pay"), "{c:#?}");
        assert!(c.iter().all(|c| !(c.speaker.as_deref() == Some("Ana Ruiz") && c.text.contains("Who pays"))), "{c:#?}");
        // Reported speech holding a quote, its attribution closing the sentence, then a quote
        // that goes on: one statement too.
        let text = "The ferry \u{201c}runs late every winter,\u{201d} said Tomas Berg, the harbour master. \u{201c}Nobody has fixed the engines.\u{201d}\n\nThe council met.";
        let c = run(text);
        assert_eq!(c.len(), 1, "{c:#?}");
        assert_eq!(c[0].speaker.as_deref(), Some("Tomas Berg"));
        assert!(c[0].text.starts_with("The ferry") && c[0].text.ends_with("fixed the engines."), "{c:#?}");
        // Not when the attribution leads its sentence: the quote after it is a statement of its own.
        let c = run("Tomas Berg said the ferry runs late. \u{201c}Nobody has fixed the engines.\u{201d}");
        assert_eq!(c.len(), 2, "{c:#?}");
        // Speakers after an inverted cue: an age for a noun, a title with whom it serves.
        let c = run("\u{201c}We will win,\u{201d} said the 46-year-old. \u{201c}Then we rest.\u{201d}");
        assert_eq!(c.len(), 1, "{c:#?}");
        assert_eq!(c[0].speaker.as_deref(), Some("46-year-old"));
        let c = run("\u{201c}The plan failed,\u{201d} said a former aide to Governor Ana Ruiz.");
        assert_eq!((c[0].text.as_str(), c[0].speaker.as_deref()), ("The plan failed,", Some("a former aide")));
        // "it" after the verb is its object: no speaker, no claim.
        let c = run("The site found the posting, reported it to the F.B.I., and removed it.");
        assert!(c.iter().all(|c| c.speaker.as_deref() != Some("it")), "{c:#?}");
    }

    #[test]
    fn speakers_with_appositions_noun_phrases_and_nested_cues() {
        // An apposition between the name and the cue; the content follows the cue.
        let c =
            run("Lena Ostrova, a hydrologist at the river institute, said the levees would need a decade of repairs.");
        assert_eq!(c.len(), 1, "{c:#?}");
        assert_eq!(c[0].speaker.as_deref(), Some("Lena Ostrova"));
        assert_eq!(c[0].text, "the levees would need a decade of repairs");
        // A speaker without a name, and a cue inside the content ("he believes") that is no chain.
        let c = run("At the hearing, the former harbour master said he believes the cranes were never inspected.");
        assert_eq!(c[0].speaker.as_deref(), Some("former harbour master"));
        assert_eq!(c[0].text, "he believes the cranes were never inspected");
        assert!(c[0].via.is_empty(), "{c:#?}");
        // "said X" is inverted order only after a quote or a comma.
        let c = run("At the rally, the mayor said Brightline would reach the coast by 2030.");
        assert_eq!(c[0].speaker.as_deref(), Some("mayor"));
        // "according to" takes any noun phrase, before or after the content.
        let c = run("According to exit polls, the incumbent kept a narrow lead among rural voters.");
        assert_eq!((c[0].speaker.as_deref(), c[0].cue.as_deref()), (Some("exit polls"), Some("according to")));
        assert_eq!(c[0].text, "the incumbent kept a narrow lead among rural voters");
    }

    #[test]
    fn questions_put_to_a_speaker() {
        let said =
            |c: &[Claim]| c.iter().map(|c| (c.speaker.clone(), c.cue.clone(), c.text.clone())).collect::<Vec<_>>();
        let asked = |text: &str| (None, Some("asked".to_string()), text.to_string());
        let one = |speaker: &str, text: &str| (Some(speaker.to_string()), Some("said".to_string()), text.to_string());
        // A question opening the sentence, then the answer.
        let c = run("Asked on Monday whether the pier was safe, Ines Varga said the divers had checked it twice.");
        assert_eq!(
            said(&c),
            [asked("whether the pier was safe"), one("Ines Varga", "the divers had checked it twice")]
        );
        // "When asked" opening the sentence, and a share of those asked after the comma.
        let c = run("When asked which fare was most unfair, only 23 percent named the night fare.");
        assert_eq!(said(&c), [asked("which fare was most unfair")]);
        // A question whose answer has no attribution the patterns read: it ends before the answer.
        let c = run("Asked if the ferry fares were “fair and simple,” 60 percent of islanders disagreed.");
        assert_eq!(said(&c), [asked("if the ferry fares were “fair and simple,”")]);
        // "… when asked whether …" after a quote: the question, not what was said; in order.
        let c = run("“Not this winter,” Tomas Berg said when asked whether the old pier would reopen.");
        assert_eq!(said(&c), [one("Tomas Berg", "Not this winter,"), asked("whether the old pier would reopen")]);
        assert!(c[0].quote && !c[1].quote);
        // "Asked by X": X put the question.
        let c = run("Asked by Senator Ines Varga if the pier would reopen, the minister said it would not.");
        assert_eq!(c[0].speaker.as_deref(), Some("Ines Varga"), "{c:#?}");
        assert_eq!(c[0].text, "if the pier would reopen");
    }

    #[test]
    fn content_bounds_and_speakers_with_titles() {
        let said =
            |c: &[Claim]| c.iter().map(|c| (c.speaker.clone(), c.cue.clone(), c.text.clone())).collect::<Vec<_>>();
        let one =
            |speaker: &str, cue: &str, text: &str| (Some(speaker.to_string()), Some(cue.to_string()), text.to_string());
        // A cue inside what was said ("wrote songs") does not take the speaker's place.
        let c =
            run("Ines Varga said her crew and the pilot Tomas Berg, AKA the Captain, wrote a guide for new divers.");
        assert_eq!(
            said(&c),
            [one(
                "Ines Varga",
                "said",
                "her crew and the pilot Tomas Berg, AKA the Captain, wrote a guide for new divers"
            )]
        );
        // A "that" after a verb of the content is no complementizer.
        let c = run("Ines Varga said the port's new schedule would closely resemble that of the summer months.");
        assert_eq!(c[0].text, "the port's new schedule would closely resemble that of the summer months");
        // A title with its full stop inside an "according to" source.
        let c = run("The crews worked through the night, according to Mr. Berg's office.");
        assert_eq!(c[0].text, "The crews worked through the night", "{c:#?}");
        assert!(c[0].speaker.as_deref().is_some_and(|s| s.contains("Berg")), "{c:#?}");
        // ", and he railed against …" is the writer's, not the speaker's.
        let c = run("Tomas Berg said the pier was unsafe for the ferries, and he railed against the harbour board.");
        assert_eq!(c[0].text, "the pier was unsafe for the ferries");
        let c = run("Tomas Berg said the pier was unsafe for the ferries, and he would close it until spring.");
        assert_eq!(c[0].text, "the pier was unsafe for the ferries, and he would close it until spring");
        // Speakers who know without being named.
        let c = run("Those close to him say he will not run for the harbour board again.");
        assert_eq!(said(&c), [one("Those close to him", "say", "he will not run for the harbour board again")]);
        let c = run("Those familiar with the talks said a deal on the ferry fares was near.");
        assert_eq!(c[0].speaker.as_deref(), Some("Those familiar with the talks"));
        // A relative clause's content ends where the antecedent's own verb comes back.
        let c = run("The harbour master, who has said the pier is safe, told reporters it would reopen.");
        assert_eq!(c[0].text, "the pier is safe", "{c:#?}");
    }

    /// People who know, after an inverted cue, speak whole; what stands before the cue was said
    /// however short it is, and a description or a participle after the speaker is not.
    #[test]
    fn informed_speakers_and_short_content_before_an_inverted_cue() {
        for (text, speaker, content) in [
            (
                "The ferry talks failed, said a person familiar with the matter.",
                "a person familiar with the matter",
                "The ferry talks failed",
            ),
            (
                "The pier is “in poor shape,” said a source close to the harbour board.",
                "a source close to the harbour board",
                "The pier is “in poor shape,”",
            ),
            (
                "The vote was delayed, said two officials briefed on the talks.",
                "two officials briefed on the talks",
                "The vote was delayed",
            ),
            ("The vote was delayed, said one aide who asked not to be named.", "one aide", "The vote was delayed"),
            ("Talks failed, said Tomas Berg.", "Tomas Berg", "Talks failed"),
            ("The talks failed, said Tomas Berg, a union leader.", "Tomas Berg", "The talks failed"),
        ] {
            let c = run(text);
            assert_eq!(c.len(), 1, "{text}: {c:#?}");
            assert_eq!((c[0].speaker.as_deref(), c[0].text.as_str()), (Some(speaker), content), "{text}");
        }
        let c = run("The talks failed, said Tomas Berg, adding that a deal was near.");
        assert_eq!(said(&c[0]), ("Tomas Berg", "said", "The talks failed"), "{c:#?}");
        assert_eq!(said(&c[1]), ("Tomas Berg", "adding", "a deal was near"), "{c:#?}");
    }

    /// An acronym in capitals ends a sentence; a gloss after an "according to" source is the
    /// writer's; a work's quoted title belongs to the source.
    #[test]
    fn acronyms_glosses_and_quoted_titles_around_according_to() {
        let c = run("The fund includes the port board and the ITF. She has raised $3 million, according to a filing.");
        assert_eq!(said(&c[0]), ("a filing", "according to", "She has raised $3 million"), "{c:#?}");
        for text in [
            "The union has struck a deal with the port, according to the ministry, taking a step toward ending the strike.",
            "The union struck a deal, according to the ministry, ending the strike.",
        ] {
            let c = run(text);
            assert_eq!(c.len(), 1, "{c:#?}");
            assert!(
                c[0].text.starts_with("The union")
                    && c[0].text.ends_with("deal with the port") | c[0].text.ends_with("deal"),
                "{c:#?}"
            );
        }
        let text = "The plan would cost $1 billion a year, according to the “Ferries for All” paper he released.";
        let c = claims_with_sources(text, &[]);
        assert_eq!(c[0].0.text, "The plan would cost $1 billion a year", "{c:#?}");
        let (s, e) = c[0].1.expect("a source");
        assert_eq!(text.chars().skip(s).take(e - s).collect::<String>(), "the “Ferries for All” paper he released");
        // A source closing the sentence covers all of it, though a cue of intent inside it
        // ("want") would have read a claim of the delegates' own.
        let c = run("In the end, the two remaining delegates want to support the mayor, according to Ines Varga.");
        assert_eq!(c.len(), 1, "{c:#?}");
        assert_eq!(
            said(&c[0]),
            ("Ines Varga", "according to", "In the end, the two remaining delegates want to support the mayor")
        );
        // A statement inside keeps its claim, and the source closing the sentence is its chain.
        let c = run("The mayor told the council that the ferry would stop, according to two people in the room.");
        assert_eq!(c.len(), 1, "{c:#?}");
        assert_eq!(said(&c[0]), ("mayor", "told", "the ferry would stop"));
        assert_eq!(c[0].via, ["two people in the room"]);
    }

    /// What was asked starts at its question word, after whom it was put to; what was told, after
    /// whom and when.
    #[test]
    fn what_was_asked_or_told_starts_after_the_listener() {
        let c = run("Reporters asked the harbour master several times whether the pier was safe.");
        assert_eq!(said(&c[0]), ("Reporters", "asked", "whether the pier was safe"), "{c:#?}");
        let c = run("She asked Tomas Berg if he would close the pier before winter.");
        assert_eq!(c[0].text, "if he would close the pier before winter", "{c:#?}");
        // Whom a speaker told, and when, may take a dozen words before "that".
        let c =
            run("She told Tomas Berg during a call with the harbour board on Tuesday morning that the pier failed.");
        assert_eq!(c[0].text, "the pier failed", "{c:#?}");
        // Not past a comma, and not when the question word opens the content already.
        let c = run("He asked Ana Ruiz, who runs the port, to close the pier.");
        assert!(c.iter().all(|c| !c.text.starts_with("who")), "{c:#?}");
    }

    /// What was written is the document; what it says follows "saying" or "that".
    #[test]
    fn a_document_written_is_no_statement() {
        let c = run("Ana Ruiz wrote a letter to the council saying the pier was unsafe.");
        assert_eq!(said(&c[0]), ("Ana Ruiz", "wrote", "the pier was unsafe"), "{c:#?}");
        let c = run("Ana Ruiz wrote in an op-ed Tuesday that the pier was unsafe.");
        assert_eq!(said(&c[0]), ("Ana Ruiz", "wrote in", "the pier was unsafe"), "{c:#?}");
        let c = run("Ana Ruiz wrote that the pier was unsafe.");
        assert_eq!(said(&c[0]), ("Ana Ruiz", "wrote", "the pier was unsafe"), "{c:#?}");
        // So is whom it was written to; with nothing written after it, there is no statement.
        let c = run("Ana Ruiz wrote to the council that the pier was unsafe.");
        assert_eq!(said(&c[0]), ("Ana Ruiz", "wrote", "the pier was unsafe"), "{c:#?}");
        assert!(run("Readers wrote to us after the vote at the pier.").is_empty());
    }

    /// A cue word that is a noun or an adjective here, or a verb that says nothing (each of these
    /// gave a claim before its rule).
    #[test]
    fn cue_words_that_are_no_verbs_here() {
        for text in [
            // A name given; "called off" is cancelled.
            "He joined a resistance movement called the Harbour Front.",
            "The brewery made a special beer called Swing State Ale.",
            "The two firms called off the merger after the new rules.",
            "Britain and the so- called special relationship with Norway has been the cornerstone of its policy.",
            // A plural noun before "have", "along" or a stop.
            "Health worries have dogged the mayor since the spring.",
            "The storm renewed fears along the northern coast.",
            "Experts I spoke to about the board's fee plans, as I did last year, were divided.",
            // A singular noun before its verb.
            "The town grew quiet. The public fear was everywhere.",
            // A participle describing its noun; adjectives of rank and degree.
            "The opinions expressed in this commentary are solely those of the writer.",
            "The relief well is considered the best hope of halting the leak at the pier.",
            "The plan, seen as the most promising way to save the pier, could help the town.",
            // Finding oneself somewhere; a passive ("if a new lease were offered").
            "Ana Ruiz found herself in an awkward spot at the end of the pier.",
            "If a new lease were offered, the ferry crews would stay at the pier for years.",
        ] {
            assert!(run(text).is_empty(), "{text}");
        }
        // An article opening the clause is its subject's.
        let c = run("The vote ended, and a spokesman called the plan a disgrace.");
        assert_eq!(c.iter().map(said).collect::<Vec<_>>(), [("a spokesman", "called", "the plan a disgrace")]);
    }

    /// Polls as sources: plural ones opening a sentence, and closing ones with their date.
    #[test]
    fn polls_opening_and_closing_a_sentence() {
        let c = run("In exit polls, voters in both towns were unhappy with the ferry service.");
        assert_eq!(
            said(&c[0]),
            ("exit polls", "in", "voters in both towns were unhappy with the ferry service"),
            "{c:#?}"
        );
        let text = "Most residents rode the ferry twice a week in a Harbour Herald poll this month.";
        let c = claims_with_sources(text, &[]);
        assert_eq!(c[0].0.text, "Most residents rode the ferry twice a week", "{c:#?}");
        assert_eq!(c[0].0.speaker.as_deref(), Some("Harbour Herald poll"));
        let text = "Support for the bridge fell to 40 percent in the latest Coast poll released Wednesday.";
        let c = claims_with_sources(text, &[]);
        let (s, e) = c[0].1.expect("a source");
        assert_eq!(&text[s..e], "the latest Coast poll released Wednesday");
        // Polls at large name no source.
        assert!(run("The mayor has sagged badly in the polls.").is_empty());
        // A poll's capitalised name.
        let c = run("In a Harbour Herald Poll released Sunday, three of four residents disliked the new timetable.");
        assert_eq!(
            said(&c[0]),
            ("Harbour Herald Poll", "in", "three of four residents disliked the new timetable"),
            "{c:#?}"
        );
    }

    /// The owner before a possessive and a common noun is not who speaks ("Ruiz's campaign manager
    /// said"); more finite cues read their subject back ("maintains", "worried", "questioned"), and
    /// more participles carry the speaker on ("emphasizing").
    #[test]
    fn owners_finite_cues_and_participles() {
        let c = run("Ana Ruiz took over the pier in May. Ruiz's campaign manager said the pier would stay open.");
        assert_eq!(c[0].speaker.as_deref(), Some("Ruiz's campaign manager"));
        let c = run("The pier is older than it looks, the harbour master’s former deputy maintains.");
        assert_eq!(said(&c[0]), ("harbour master’s former deputy", "maintains", "The pier is older than it looks"));
        // A document "states that".
        let c = run("The harbour board's report states that the pier has been unsafe since May.");
        assert_eq!(said(&c[0]), ("harbour board's report", "states", "the pier has been unsafe since May"));
        // An adverb before the cue is not the speaker's.
        let c = run("The harbour board quietly said the pier would close in May.");
        assert_eq!(said(&c[0]), ("harbour board", "said", "the pier would close in May"));
        let c = run("Harbour pilots worried that the new channel would silt up within a year.");
        assert_eq!(said(&c[0]), ("Harbour pilots", "worried", "the new channel would silt up within a year"));
        let c = run("“The pier is safe,” Ana Ruiz said, emphasizing it was time to reopen the harbour.");
        assert_eq!(said(&c[1]), ("Ana Ruiz", "emphasizing", "it was time to reopen the harbour"));
    }

    /// A quote after ", and" past the attribution goes on with the statement: "The pier is “old
    /// as the hills,” Ana Ruiz wrote in an email, and “falling apart.”"
    #[test]
    fn a_quote_after_and_goes_on_past_the_attribution() {
        let text = "The pier is “old as the hills,” Ana Ruiz wrote in an email to the board, and “falling apart.”";
        let c = run(text);
        assert_eq!(c[0].text, text.trim_end_matches('.'), "{c:?}");
        // Not the writer's own words after it.
        let c = run("The pier is “old as the hills,” Ana Ruiz wrote in an email, and the board agreed.");
        assert_eq!(c[0].text, "The pier is “old as the hills,”");
    }

    /// A noun phrase set off before the name describes the speaker; "now that" is no "that" opening
    /// a statement; "who added that …" after an inverted speaker is the speaker's too.
    #[test]
    fn descriptions_conjunctions_and_relative_additions() {
        let c = run("A longtime harbour worker, Ana Ruiz complained of the noise the new ferries make at night.");
        assert_eq!((c[0].speaker.as_deref(), c[0].cue.as_deref()), (Some("Ana Ruiz"), Some("complained")));
        assert!(c[0].text.ends_with("the new ferries make at night"), "{c:?}");
        let c = run("The pilots blasted Halden's board for its silence now that the pier has closed.");
        assert_eq!(c[0].text, "Halden's board for its silence now that the pier has closed");
        let c = run(
            "“We are ready,” said Ana Ruiz, the pilots' spokeswoman, who added that the union would strike in May.",
        );
        assert_eq!(said(&c[1]), ("Ana Ruiz", "added", "the union would strike in May"));
    }

    /// A statement named by a noun and its owner: "Ana Ruiz's claim that …", "his insistence that …".
    #[test]
    fn statements_named_by_a_noun() {
        let c = run("The board checked Ana Ruiz’s claim that the pier had been closed for a decade.");
        assert_eq!(said(&c[0]), ("Ana Ruiz", "claim", "the pier had been closed for a decade"));
        let c = run("Tomas Berg spoke again. The board met over his repeated insistence that the ferry was safe.");
        assert_eq!(said(&c[0]), ("Tomas Berg", "insistence", "the ferry was safe"));
        // A name ending in "s" keeps it; the statement is found once, though its cue reads it too.
        let c = run("The board checked Tomas Jones’s claim that the pier had been closed for a decade.");
        assert_eq!(c.len(), 1, "{c:?}");
        assert_eq!(said(&c[0]), ("Tomas Jones", "claim", "the pier had been closed for a decade"));
        // Nothing claimed, or no owner: no statement.
        assert!(run("The board checked the claim that the pier had been closed for a decade.").is_empty());
    }

    /// A view a sentence opens with as someone's: "To Ana Ruiz, …", "To many, …", "In Ana Ruiz's
    /// mind, …"; not "To be sure, …".
    #[test]
    fn whose_view_opens_the_sentence() {
        let c = run("To Ana Ruiz, the old pier is the heart of the town and must stay.");
        assert_eq!(said(&c[0]), ("Ana Ruiz", "to", "the old pier is the heart of the town and must stay"));
        let c = run("To many, the night ferry is a relic of another age.");
        assert_eq!(said(&c[0]), ("many", "to", "the night ferry is a relic of another age"));
        let c = run("In Ana Ruiz's mind, the pier is the heart of the town.");
        assert_eq!(said(&c[0]), ("Ana Ruiz", "in", "the pier is the heart of the town"));
        assert!(run("To be sure, the pier is old and needs repairs soon.").is_empty());
        // A source opening the sentence with "As": what follows the comma.
        let c = run("As the Halden Post reported on Tuesday, the ferry company is close to a deal with the town.");
        assert_eq!(said(&c[0]), ("Halden Post", "reported", "the ferry company is close to a deal with the town"));
        let c = run("As reported by the Halden Post, the ferry company is close to a deal with the town.");
        assert_eq!(said(&c[0]), ("Halden Post", "reported", "the ferry company is close to a deal with the town"));
        assert!(run("To Halden, the ferry runs twice a day from May.").is_empty());
        // A headline's label opened by an article names no speaker.
        assert!(run("The Latest: Halden ferry runs twice a day from May\n\nThe pier is old.").is_empty());
    }

    #[test]
    fn speakers_after_an_inverted_cue() {
        // Titles before the name, circumstances after it, and short content with nothing said
        // after the cue.
        for (text, speaker, content) in [
            // (A dash after the cue opens the writer's aside, not what was believed.)
            (
                "Such a move could anger the pilots, harbour officials believe — pilots the board will need in May.",
                "harbour officials",
                "Such a move could anger the pilots",
            ),
            // (A clause after ", and" is no apposition of the name before it.)
            (
                "The refusal angered the pilots, and the meeting went badly from there, said one port source.",
                "one port source",
                "The refusal angered the pilots, and the meeting went badly from there",
            ),
            (
                "“The ferries will run late,” said harbour analyst Ines Varga in Lisbon.",
                "Ines Varga",
                "The ferries will run late,",
            ),
            (
                "“The ferries will run late,” said Port of Lisbon engineer Tomas Berg.",
                "Tomas Berg",
                "The ferries will run late,",
            ),
            (
                "“The ferries will run late,” said senior Harbour Board official Ana Ruiz.",
                "Ana Ruiz",
                "The ferries will run late,",
            ),
            ("“The ferries will run late,” said Tomas Berg on Tuesday.", "Tomas Berg", "The ferries will run late,"),
            (
                "“The ferries will run late,” said the port office in a statement.",
                "port office",
                "The ferries will run late,",
            ),
            ("“The ferries will run late,” said a deckhand named Ruiz.", "Ruiz", "The ferries will run late,"),
            (
                "“The ferries will run late,” said Dr. Ines Varga of the Harbour Institute.",
                "Ines Varga",
                "The ferries will run late,",
            ),
            ("The ferries will run late, Tomas Berg said.", "Tomas Berg", "The ferries will run late"),
            ("The ferries run late, he said on Tuesday.", "he", "The ferries run late"),
            // A name after a preposition is no subject: the speaker follows the cue.
            (
                "The port trades with Madeira, which has few ferries, says Ines Varga, a harbour analyst.",
                "Ines Varga",
                "The port trades with Madeira, which has few ferries",
            ),
        ] {
            let c = run(text);
            assert_eq!(c.iter().map(who_said).collect::<Vec<_>>(), [(speaker, content)], "{text}");
        }
        // Names before a speaker are part of it.
        for (text, speaker) in [
            ("Lisbon officials said the ferries would run late.", "Lisbon officials"),
            ("Spanish and Portuguese officials said the ferries would run late.", "Spanish and Portuguese officials"),
            ("Spain and Portugal reported delays on every ferry line.", "Spain and Portugal"),
            (
                "The Department of Ports and Harbours said the ferries would run late.",
                "Department of Ports and Harbours",
            ),
        ] {
            let c = run(text);
            assert_eq!(c.iter().map(|c| c.speaker.as_deref().unwrap_or("")).collect::<Vec<_>>(), [speaker], "{text}");
        }
        // A person named in a phrase with an organisation is the speaker.
        let c = run("The ferry sank at noon, the harbour master, Port Authority Capt. Ines Varga, said Saturday.");
        assert_eq!(c.iter().map(who_said).collect::<Vec<_>>(), [("Ines Varga", "The ferry sank at noon")]);
        // What follows a colon after the cue starts after it.
        let c = run("Divers agree: the ferry sank at noon.");
        assert_eq!(c.iter().map(who_said).collect::<Vec<_>>(), [("Divers", "the ferry sank at noon")]);
        // A name's description after "according to" is not what was said.
        let c = run("The ferry sank at noon, according to Capt. Ines Varga, the harbour master.");
        assert_eq!(c.iter().map(who_said).collect::<Vec<_>>(), [("Ines Varga", "The ferry sank at noon")]);
        // A clause before the cue, not an apposition: the speaker follows the cue.
        let c = run("Spain, Portugal and Morocco would not run the ferries, said Ines Varga.");
        assert_eq!(
            c.iter().map(who_said).collect::<Vec<_>>(),
            [("Ines Varga", "Spain, Portugal and Morocco would not run the ferries")]
        );
        // A title holds no clause, and a cue with nothing after it says nothing.
        assert!(run("“The ferries will run late,” said the man who sold Tomas Berg a boat.")[0].speaker.is_none());
        assert!(run("The port office, which runs the ferries, said on Monday.").is_empty());
        // "a London-based think tank" is no cue.
        let c = run("“The ferries will run late,” says Ana Ruiz, a fellow at a Lisbon-based think tank.");
        assert_eq!(c[0].via, Vec::<String>::new(), "{c:#?}");
    }

    #[test]
    fn contracted_auxiliaries_present_tense_cues_and_participles() {
        fn said(c: &[Claim]) -> Vec<(&str, &str)> {
            c.iter().map(who_said).collect()
        }
        for (text, speaker, content) in [
            // An auxiliary contracted onto its subject is not part of the speaker.
            ("Ines Varga’s claiming that the ferry fares are too high.", "Ines Varga", "the ferry fares are too high"),
            ("Tomas Berg's argued that the pier should close.", "Tomas Berg", "the pier should close"),
            // Present-tense and demanding cues.
            (
                "Ana Ruiz charges that the council hid the harbour accounts.",
                "Ana Ruiz",
                "the council hid the harbour accounts",
            ),
            ("Ines Varga calls the new toll a tax on fishermen.", "Ines Varga", "the new toll a tax on fishermen"),
            (
                "Tomas Berg is demanding that the council publish the survey.",
                "Tomas Berg",
                "the council publish the survey",
            ),
            (
                "Some islanders claim that the ferry never runs on time.",
                "Some islanders",
                "the ferry never runs on time",
            ),
            // Modifiers of a plural speaker after a comma; names inside a phrase with a head noun.
            (
                "The ferry cannot run on time in winter, marine engineers say.",
                "marine engineers",
                "The ferry cannot run on time in winter",
            ),
            (
                "Every toll is a tax on the island, law enforcement officials say.",
                "law enforcement officials",
                "Every toll is a tax on the island",
            ),
            (
                "In fact, many Harbour Line workers say the ferry is safe.",
                "many Harbour Line workers",
                "the ferry is safe",
            ),
            // "According to" ending the sentence needs no comma; a relative clause after its
            // source describes the source.
            ("The ferry is late according to Ana Ruiz.", "Ana Ruiz", "The ferry is late"),
            ("The ferry is late, according to Ana Ruiz, who runs it.", "Ana Ruiz", "The ferry is late"),
            // Words after the cue that only say when.
            (
                "The pier will hold through the winter, Ines Varga said hours earlier.",
                "Ines Varga",
                "The pier will hold through the winter",
            ),
            // An opening phrase before the speaker names no one.
            ("On Monday, Ines Varga, the mayor, said the pier was safe.", "Ines Varga", "the pier was safe"),
            ("In Ohio, the governor, a Republican, said the plan would fail.", "governor", "the plan would fail"),
            // A subordinate clause's report ends where a main clause opens with a name.
            ("While Ines Varga said the pier was safe, Tomas Berg closed it.", "Ines Varga", "the pier was safe"),
            ("While those polled said the toll was fair, Tomas Berg cut it.", "those polled", "the toll was fair"),
        ] {
            assert_eq!(said(&run(text)), [(speaker, content)], "{text}");
        }
        // A cue before a plural speaker is no modifier of it (this overlap once sliced the
        // content backwards and panicked), in tokenised text too.
        let c = run("though another pilot , Tomas Berg , said witnesses told him the ferry sank near the pier .");
        assert_eq!(said(&c), [("Tomas Berg", "witnesses told him the ferry sank near the pier")]);
        // A possessive stays: the spokesman speaks.
        let c = run("Ana Ruiz’s spokesman said the pier would reopen.");
        assert_eq!(said(&c), [("Ana Ruiz’s spokesman", "the pier would reopen")]);
        // A participle's content holds a relative clause with a verb of speech in it.
        let c = run("Ines Varga mocked the plan, saying anyone who complains about the ferry has never sailed.");
        assert_eq!(said(&c).last(), Some(&("Ines Varga", "anyone who complains about the ferry has never sailed")));
        // A relative clause after a name inside a stance's object: the name's own statement.
        let c = run("The mayor praised the work of Ines Varga who said the pier was safe.");
        assert_eq!(said(&c), [("mayor", "the work of Ines Varga"), ("Ines Varga", "the pier was safe")]);
        // The sentence's opening pronoun says it, not the person named after it.
        let c = run("Ines Varga spoke first. She spared Tomas Berg, calling him a careful pilot of the old school.");
        assert_eq!(said(&c), [("Ines Varga", "him a careful pilot of the old school")]);
    }

    #[test]
    fn subordinate_clauses_appositions_and_particle_cues() {
        let said = |c: &[Claim]| c.iter().map(|c| (c.speaker.clone(), c.text.clone())).collect::<Vec<_>>();
        let one = |speaker: &str, text: &str| (Some(speaker.to_string()), text.to_string());
        // What a subordinate clause reports ends where the main clause starts.
        let c = run("While Ines Varga said that the pier was safe, she avoided the question of cost.");
        assert_eq!(said(&c), [one("Ines Varga", "the pier was safe")]);
        // A subordinate clause with its own attribution, then the main one: two statements, no chain.
        let c = run(
            "When the reporter pointed out that the mayor had not answered, the spokesman said the budget was final.",
        );
        assert_eq!(said(&c), [one("reporter", "the mayor had not answered"), one("spokesman", "the budget was final")]);
        assert!(c.iter().all(|c| c.via.is_empty()), "{c:#?}");
        assert_eq!(c[0].cue.as_deref(), Some("pointed out"));
        // A speaker with two appositions; a concern expressed; a short answer.
        let c = run("Tomas Berg, 49, a ferry pilot who grew up on the island, said the crossing was getting rougher.");
        assert_eq!(said(&c), [one("Tomas Berg", "the crossing was getting rougher")]);
        let c = run("Harbour officials have expressed concern that the new breakwater could fail in a storm.");
        assert_eq!(c[0].cue.as_deref(), Some("expressed"));
        assert!(c[0].text.contains("the new breakwater could fail in a storm"), "{c:#?}");
        let c = run("Asked whether the ferry would run, Ines Varga said it would.");
        assert_eq!(c.last().map(|c| c.text.as_str()), Some("it would"), "{c:#?}");
        // What a relative clause reports ends where its antecedent's own verb comes, not at a
        // participle that describes.
        for (text, content) in [
            ("Ana Ruiz, who said the bridge was safe, met the engineers on Thursday.", "the bridge was safe"),
            ("Ana Ruiz, who said the tax was fair, was re-elected on Sunday.", "the tax was fair"),
            (
                "Ana Ruiz, who said the pier, closed in March, was unsafe, left the town early.",
                "the pier, closed in March, was unsafe",
            ),
        ] {
            assert_eq!(said(&run(text)), [one("Ana Ruiz", content)], "{text}");
        }
        // An inverted cue set off by commas inside the statement: both sides are said (after the
        // speaker's description); a description alone, a participle or a relative clause is not.
        for text in [
            "The economy, said Ana Ruiz, is improving fast.",
            "The pier, said Tomas Berg, a harbour pilot, should have closed years ago.",
        ] {
            let c = run(text);
            assert_eq!(c[0].text, text.trim_end_matches('.'), "{c:#?}");
        }
        for text in [
            "The plan will fail, said Ana Ruiz, the former mayor challenged by Berg years ago.",
            "The plan will fail, said Ana Ruiz, who has led the union since 2010.",
            "The plan will fail, said Ana Ruiz, adding that it was doomed.",
        ] {
            assert_eq!(run(text)[0].text, "The plan will fail", "{text}");
        }
        // A party's member speaks, in capitals after an article; the quote runs on across the cue.
        let c = run("“The gap is too wide,” said an Iowa Democrat, “and the caucus settled nothing.”");
        assert_eq!(c.len(), 1, "{c:#?}");
        assert_eq!(c[0].speaker.as_deref(), Some("Iowa Democrat"));
        assert!(c[0].text.ends_with("the caucus settled nothing."), "{c:#?}");
        // A cue after "and" inside what a speaker set off by a comma says is part of it.
        let c = run("The mayor toured the pier and promised to rebuild it by May, Tomas Berg said.");
        assert_eq!(said(&c), [one("Tomas Berg", "The mayor toured the pier and promised to rebuild it by May")]);
        // A relative clause that ends the sentence; after an inverted cue, "who" stands for the
        // speaker it named, not for a name inside the quote.
        let c = run("“Ines Varga was wrong,” said one former aide, who said he left on good terms.");
        assert_eq!(said(&c).last(), Some(&one("one former aide", "he left on good terms")), "{c:#?}");
        let c = run("The plan came from the mayor, Ana Ruiz, who said the pier would reopen in May.");
        assert_eq!(said(&c), [one("Ana Ruiz", "the pier would reopen in May")], "{c:#?}");
        // "who" after a noun phrase that opens the sentence, with someone named before.
        let c = run("Ana Ruiz spoke first. The harbour master, who said the pier was safe, left the port early.");
        assert_eq!(said(&c).last(), Some(&one("harbour master", "the pier was safe")), "{c:#?}");
        // "According to" opening its clause after a colon; a source with a "but" in it.
        let c = run("It has not gone unnoticed: According to recent polls, the mayor holds only 14 percent.");
        assert_eq!(said(&c), [one("recent polls", "the mayor holds only 14 percent")]);
        // "…, say some Democrats": an inverted "say", and a plural group named by its party.
        let c = run("A quieter campaign may help the mayor, say some Democrats, who remember the last one.");
        assert_eq!(said(&c)[0], one("Democrats", "A quieter campaign may help the mayor"));
        // A bracketed sentence is a sentence of its own; its closing bracket is not content.
        let c = run(
            "Tomas Berg complained that the pier was unsafe. (Ines Varga says the photo of the wreck made her cry.)",
        );
        assert_eq!(
            said(&c),
            [one("Tomas Berg", "the pier was unsafe"), one("Ines Varga", "the photo of the wreck made her cry")]
        );
        // A possessive with a bare apostrophe.
        let c = run("The Harbour Trusts’ board says it raised more than $21 million in January.");
        assert_eq!(c[0].text, "it raised more than $21 million in January");
        // ", saying …" after a group or a pronoun that names no one yet.
        let c = run("The Norwegians closed the harbour, saying the storm would bring down the old pier.");
        assert_eq!(said(&c), [one("Norway", "the storm would bring down the old pier")]);
        let c = run("They kept the ferries in port, saying the swell was too high for the crossing.");
        assert_eq!(said(&c), [one("They", "the swell was too high for the crossing")]);
        // A sentence ends before a quote opened by two apostrophes (wire copy).
        let c = run("Ines Varga said the pier was safe. ''The divers checked it twice,'' she said.");
        assert_eq!(
            c.iter().map(|c| c.text.as_str()).collect::<Vec<_>>(),
            ["the pier was safe", "The divers checked it twice,"],
            "{c:#?}"
        );
        // The first person speaks too ("We asked our readers which …").
        let c = run("We asked our readers which ferry route they use most.");
        assert_eq!(said(&c), [one("We", "which ferry route they use most")]);
        let c = run("In the harbour towns, 42% say the ferry fares are too high.");
        assert_eq!(said(&c), [one("42%", "the ferry fares are too high")]);
        let c =
            run("The levy passed in the north but failed in the south, according to complete but unofficial returns.");
        assert_eq!(
            said(&c),
            [one("complete but unofficial returns", "The levy passed in the north but failed in the south")]
        );
    }

    #[test]
    fn reported_content_ends_before_the_writers_own_clause() {
        let c = run("Mayor Ana Ruiz said the tunnel would open in May, but engineers doubt the schedule.");
        assert_eq!(c[0].text, "the tunnel would open in May");
        let c = run("Tomas Berg wants to rebuild the old pier with local timber, citing the cost of imported steel.");
        assert_eq!(
            (c[0].cue.as_deref(), c[0].text.as_str()),
            (Some("wants"), "to rebuild the old pier with local timber")
        );
        assert_eq!((c[1].cue.as_deref(), c[1].speaker.as_deref()), (Some("citing"), Some("Tomas Berg")));
        // After an inverted cue comes the speaker's description; credit lines name nobody.
        let c =
            run("The levee would hold through the spring floods, said Kevin Barrett, the lawyer for the river board.");
        assert_eq!(
            (c[0].speaker.as_deref(), c[0].text.as_str()),
            (Some("Kevin Barrett"), "The levee would hold through the spring floods")
        );
        assert!(run("Additional reporting by Ines Varga; editing by Tomas Berg.").is_empty());
        // A coordinated cue starts the next statement; "including" is no participle clause.
        let c = run("Ines Varga says the crews promised to stay and said the pier would reopen in May.");
        assert_eq!(c[0].text, "the crews promised to stay");
        // … a claim of the subject of the cue before it.
        assert_eq!(
            (c[1].speaker.as_deref(), c[1].cue.as_deref(), c[1].text.as_str()),
            (Some("crews"), Some("said"), "the pier would reopen in May")
        );
        // Any cue after "and" does, not only a few listed ones.
        let c = run(
            "Mayor Ana Ruiz said the ferries would keep running all winter and insisted the budget would cover it.",
        );
        assert_eq!(
            c.iter().map(|c| (c.cue.as_deref(), c.text.as_str())).collect::<Vec<_>>(),
            [
                (Some("said"), "the ferries would keep running all winter"),
                (Some("insisted"), "the budget would cover it")
            ]
        );
        let c = run("Mayor Ana Ruiz promised to keep the ferries running and said the budget would cover it.");
        assert_eq!(
            c.iter().map(|c| (c.speaker.as_deref(), c.text.as_str())).collect::<Vec<_>>(),
            [(Some("Ana Ruiz"), "to keep the ferries running"), (Some("Ana Ruiz"), "the budget would cover it")]
        );
        let c = run("Tomas Berg said the port should repair old berths, including the two by the ferry terminal.");
        assert_eq!(c[0].text, "the port should repair old berths, including the two by the ferry terminal");
        // A stance verb before a speech cue is what the speech cue reports; a dateline is no content.
        let c = run("Lisbon, May 3 (PNA): Mayor Ana Ruiz has praised the harbour crews, state radio reported.");
        assert_eq!(c[0].speaker.as_deref(), Some("state radio"));
        assert_eq!(c[0].text, "Mayor Ana Ruiz has praised the harbour crews");
        // The speaker of "… and said" is the sentence's subject; of ", who said" the name before.
        let c = run("Mayor Ana Ruiz toured the docks and said the cranes would be replaced next year.");
        assert_eq!(
            (c[0].speaker.as_deref(), c[0].text.as_str()),
            (Some("Ana Ruiz"), "the cranes would be replaced next year")
        );
        let c = run("The crews met Tomas Berg, who said the pier had been closed since March.");
        assert_eq!(c[0].speaker.as_deref(), Some("Tomas Berg"));
        // "that" far after the cue belongs to the content.
        let c = run("Ines Varga said officials have footage that shows the collapse.");
        assert_eq!(c[0].text, "officials have footage that shows the collapse");
        // A title before the name is no content; the content follows the modifier of the cue.
        let c = run("Veteran port donor Ines Varga said on Friday she met the harbour board twice.");
        assert_eq!(
            (c[0].speaker.as_deref(), c[0].text.as_str()),
            (Some("Ines Varga"), "she met the harbour board twice")
        );
        let c = run("Veteran port donor Ines Varga said Friday she met the harbour board twice.");
        assert_eq!(c[0].text, "she met the harbour board twice");
        let c = run("The ferry line confirmed for the first time it had cut the winter timetable.");
        assert_eq!(c[0].text, "it had cut the winter timetable");
        // Shares of a poll speak, and so do speakers in the progressive.
        let c = run("Sixty percent said the bridge toll was too high.");
        assert_eq!(c[0].speaker.as_deref(), Some("Sixty percent"));
        let c = run("The dockers' union is accusing the port of cutting corners on safety.");
        assert_eq!(c[0].cue.as_deref(), Some("accusing"));
        // A sentence that ends inside a quote ends there.
        let c =
            run("Ines Varga urged the board to act \"without delay.\" Tomas Berg said the board would meet in May.");
        assert_eq!(c.last().map(|c| c.text.as_str()), Some("the board would meet in May"), "{c:#?}");
        // ", according to X, a former aide" describes X: the content is before it only.
        let c = run("Ferry fares will rise next year, according to a study by Lena Ostrova, a former port economist.");
        assert_eq!(c[0].text, "Ferry fares will rise next year");
        // Noun phrases with names inside ("the latest Harbour/Ipsos poll"); a second article
        // opens the speaker.
        let c = run("The latest Harbour/Ipsos poll showed the mayor leading by nine points.");
        assert_eq!(c[0].speaker.as_deref(), Some("Harbour/Ipsos"));
        let c = run("In a statement the ferry company said fares would rise in May.");
        assert_eq!(c[0].speaker.as_deref(), Some("ferry company"));
        // A description, then the name: "One harbour pilot, Omar Haddad, says …".
        let c = run("One veteran harbour pilot, Omar Haddad, says the channel is silting up.");
        assert_eq!((c[0].speaker.as_deref(), c[0].text.as_str()), (Some("Omar Haddad"), "the channel is silting up"));
        // "It said" speaks for the last organisation named.
        let c =
            run("The Baltic Shipping Company cut two routes on Monday. It said fuel costs had doubled since March.");
        assert_eq!(
            (c[0].speaker.as_deref(), c[0].text.as_str()),
            (Some("Baltic Shipping Company"), "fuel costs had doubled since March")
        );
        // A headline's "Name: statement".
        let c = run("Ines Varga: The harbour needs a second breakwater\n\nThe engineer spoke on Monday.");
        assert_eq!((c[0].speaker.as_deref(), c[0].cue.as_deref()), (Some("Ines Varga"), Some(":")));
        assert_eq!(c[0].text, "The harbour needs a second breakwater");
        // A short capitalised lead on a headline line speaks too; a label does not.
        let c = run("Poll: Harbour Voters Turn Against The Bridge Toll.\n\nThe survey ran in May.");
        assert_eq!((c[0].speaker.as_deref(), c[0].cue.as_deref()), (Some("Poll"), Some(":")));
        assert!(run("Update: The ferry timetable changes on Monday\n\nMore below.").is_empty());
        // The first line is a title even with a full stop; a line further down is not.
        let c = run("Ruiz: No outside pressure on the harbour inquiry.\n\nThe engineer spoke on Monday.");
        assert_eq!(
            (c[0].speaker.as_deref(), c[0].text.as_str()),
            (Some("Ruiz"), "No outside pressure on the harbour inquiry")
        );
        assert!(
            run("The engineer spoke.\nRuiz: the inquiry is open.\nMore below.")
                .iter()
                .all(|c| c.cue.as_deref() != Some(":"))
        );
        // A quote signed at the end of its line with a dash and a name; a dash before a clause is not.
        let c = run(
            "“We can build a wall around the harbour.” ― Lena Voss.\n“Nobody says why the ferry is late.” — Omar Haddad\n\
                     He called the plan “a waste” — the board disagreed.",
        );
        let signed: Vec<_> = c.iter().map(|c| (c.speaker.as_deref(), c.cue.as_deref(), c.text.as_str())).collect();
        assert_eq!(signed[0], (Some("Lena Voss"), Some("―"), "We can build a wall around the harbour."));
        assert_eq!(signed[1], (Some("Omar Haddad"), Some("—"), "Nobody says why the ferry is late."));
        assert!(c.iter().all(|c| c.speaker.as_deref() != Some("the board")), "{c:#?}");
        // Signed quotes one after another on a line.
        let c = run("“The pier is a disgrace.” ― Lena Voss “During the storm nobody came.” ― Omar Haddad");
        let got: Vec<_> = c.iter().map(|c| (c.speaker.as_deref(), c.text.as_str())).collect();
        assert_eq!(
            got,
            [(Some("Lena Voss"), "The pier is a disgrace."), (Some("Omar Haddad"), "During the storm nobody came.")]
        );
        // A headline's name, then where or to whom it spoke: the name speaks.
        let c = run("Former Judge Varga at Harbour Forum: The breakwater must be built this year\n\nShe spoke.");
        assert_eq!(
            (c[0].speaker.as_deref(), c[0].cue.as_deref(), c[0].text.as_str()),
            (Some("Former Judge Varga"), Some(":"), "The breakwater must be built this year")
        );
        // An interview's turns, "Q:" and "A:", each to the end of its line, speaker unknown; an
        // "A:" alone is no interview.
        let c = run("The skater talked about her years abroad.\nQ: You left home when you were nine years old.\n\
                     A: My parents had no choice, and I came back every summer.\nQ: What would you tell young skaters?");
        let turns: Vec<_> = c.iter().filter(|c| c.cue.as_deref() == Some(":")).collect();
        assert_eq!(turns.len(), 3, "{c:#?}");
        assert_eq!(turns[1].text, "My parents had no choice, and I came back every summer.");
        assert!(turns.iter().all(|c| c.speaker.is_none() && c.quote));
        assert!(
            run("Three things to know.\nA: The ferry runs at noon on most days.\nB: The pier is closed.")
                .iter()
                .all(|c| c.cue.as_deref() != Some(":"))
        );
        // Nouns that look like cues are not ("his plan", "the secretary of state").
        assert!(
            run("The mayor defended his plan for the harbour at length.")
                .iter()
                .all(|c| c.cue.as_deref() != Some("plan"))
        );
    }

    #[test]
    fn clauses_headlines_and_plural_speakers() {
        // A clause of its own after ", but" is a second statement, not part of the first one.
        let c = run("Mayor Ana Ruiz called the closure a mistake, but she noted that the crews had warned of it.");
        assert_eq!(
            c.iter().map(|c| (c.cue.as_deref(), c.text.as_str())).collect::<Vec<_>>(),
            [(Some("called"), "the closure a mistake"), (Some("noted"), "the crews had warned of it")]
        );
        assert_eq!(c[1].speaker.as_deref(), Some("Ana Ruiz"));
        // Title-case headlines capitalise the cue.
        let c = run("Harbour Tunnel Will Open in May, Mayor Ana Ruiz Says");
        assert_eq!(
            (c[0].speaker.as_deref(), c[0].text.as_str()),
            (Some("Ana Ruiz"), "Harbour Tunnel Will Open in May")
        );
        let c = run("Port Chief Says Ferries Will Run All Winter");
        assert_eq!((c[0].cue.as_deref(), c[0].text.as_str()), (Some("says"), "Ferries Will Run All Winter"));
        // A name and a colon hold the whole headline, cues after the colon included; a teaser's
        // label is no name.
        let c = run("Ana Ruiz: I Believe Islanders Will Vote for the Bridge\n\nThe vote is on Sunday.");
        assert_eq!(said(&c[0]), ("Ana Ruiz", ":", "I Believe Islanders Will Vote for the Bridge"), "{c:#?}");
        let c = run("BOMBSHELL: Harbour Board Just Did Something Nobody Expected\n\nThe vote is on Sunday.");
        assert!(c.is_empty(), "{c:#?}");
        // Plural nouns of people speak without an article, with their modifiers after a comma;
        // "Police" opening a sentence does too.
        let c = run("Meanwhile, retired engineers say the cranes have not been inspected for years.");
        assert_eq!(
            (c[0].speaker.as_deref(), c[0].text.as_str()),
            (Some("retired engineers"), "the cranes have not been inspected for years")
        );
        let c = run("Police say the driver lost control and refused to stop at the barrier.");
        assert_eq!(
            c.iter().map(|c| (c.speaker.as_deref(), c.text.as_str())).collect::<Vec<_>>(),
            // A verb of wanting after "and" goes on with what is reported.
            [(Some("Police"), "the driver lost control and refused to stop at the barrier")]
        );
        // A possessive makes the cue a noun: no attribution, and no link in a chain.
        let c = run("Despite the board's claims about the pier, engineers say the supports are cracked.");
        assert_eq!(
            c.iter().map(|c| (c.speaker.as_deref(), c.via.len(), c.text.as_str())).collect::<Vec<_>>(),
            [(Some("engineers"), 0, "the supports are cracked")]
        );
        // People who know without being named are whole speakers; no comma opens the content.
        let c = run("People familiar with the talks say that, after a long night, the board agreed to sell the pier.");
        assert_eq!(
            (c[0].speaker.as_deref(), c[0].text.as_str()),
            (Some("People familiar with the talks"), "after a long night, the board agreed to sell the pier")
        );
        let c = run("Two officials briefed on the plan said the ferries would stop in May.");
        assert_eq!(c[0].speaker.as_deref(), Some("Two officials briefed on the plan"));
        // A cue after a preposition: what the sentence's subject said.
        let c = run("Ines Varga was criticised for saying that the harbour should be sold to a private firm.");
        assert_eq!(
            (c[0].speaker.as_deref(), c[0].cue.as_deref(), c[0].text.as_str()),
            (Some("Ines Varga"), Some("saying"), "the harbour should be sold to a private firm")
        );
        // A transcript's turns: the label's person says the rest of the line.
        let c = run("Mayor Ana Ruiz spoke to Tomas Berg.\nBERG: Will the pier open in May? Many ask.\n\
            RUIZ: It will open in May. The crews are ready.\n");
        assert_eq!(
            c.iter().map(|c| (c.speaker.as_deref(), c.text.as_str())).collect::<Vec<_>>(),
            [
                (Some("Tomas Berg"), "Will the pier open in May? Many ask."),
                (Some("Ana Ruiz"), "It will open in May. The crews are ready.")
            ]
        );
        // An inverted attribution that takes the comma before the next clause's link.
        let c =
            run("The plan to sell the harbour would fail, said the minister, and officials said the vote was close.");
        assert_eq!(
            c.iter().map(|c| (c.speaker.as_deref(), c.text.as_str())).collect::<Vec<_>>(),
            [(Some("minister"), "The plan to sell the harbour would fail"), (Some("officials"), "the vote was close")]
        );
        // "Name, and a clause, said": no apposition, so the name is no speaker.
        let c = run("The cranes failed the inspection with Ana Ruiz, and the board met at once, said a source.");
        assert!(c.iter().all(|c| c.speaker.as_deref() != Some("Ana Ruiz")), "{c:#?}");
        // A label with a role or a manner after the name.
        let c = run("Anchor Lena Holt spoke to Tomas Berg.\nLENA HOLT, CNN ANCHOR: Will the pier open in May?\n\
            BERG (voice-over): It will open in May. The crews are ready.\n");
        assert_eq!(
            c.iter().map(|c| (c.speaker.as_deref(), c.text.as_str())).collect::<Vec<_>>(),
            [
                (Some("Lena Holt"), "Will the pier open in May?"),
                (Some("Tomas Berg"), "It will open in May. The crews are ready.")
            ]
        );
        // A transcript printed as one paragraph: each label after a sentence's end opens a turn.
        let c = run("The anchor spoke to the mayor of the port. LENA HOLT, CNN ANCHOR: Will the pier open? \
            RUIZ (on camera): It will open in May, the crews say. UNIDENTIFIED MALE: We hope so. Thanks.");
        assert_eq!(
            c.iter().map(|c| (c.speaker.as_deref(), c.text.as_str())).collect::<Vec<_>>(),
            [
                (Some("Lena Holt"), "Will the pier open?"),
                (Some("Ruiz"), "It will open in May, the crews say."),
                (None, "We hope so. Thanks.")
            ]
        );
        // One label alone is a dateline, not a transcript.
        assert!(run("NEW DELHI: The monsoon reached the coast early this year.").is_empty());
        // A statement that opens its paragraph starts after the dateline.
        for text in [
            "SALVADOR, Feb 26 - Rains eased the drought in the cocoa zone, traders said.",
            "Cocoa review\n\nLOS ANGELES, Calif., March 3 (Reuters) -- Rains eased the drought in the cocoa zone, traders said.",
        ] {
            let c = run(text);
            assert_eq!(c[0].text, "Rains eased the drought in the cocoa zone", "{text}");
            assert_eq!(&text.chars().skip(c[0].start).collect::<String>()[..5], "Rains", "{text}");
        }
        // So is a participle clause in a sentence without an attribution.
        let c = run("Mayor Ana Ruiz toured the docks on Monday, warning that the old cranes were unsafe.");
        assert_eq!(
            (c[0].speaker.as_deref(), c[0].cue.as_deref(), c[0].text.as_str()),
            (Some("Ana Ruiz"), Some("warning"), "the old cranes were unsafe")
        );
        // After a comma inside a closing quote mark, or after a dash.
        for text in [
            "Mayor Ana Ruiz visited the “harbour hall,” saying the old cranes had served the port well.",
            "Mayor Ana Ruiz changed her mind on the spot – saying the old cranes had served the port well.",
        ] {
            let c = run(text);
            assert_eq!(
                c.iter().map(said).collect::<Vec<_>>(),
                [("Ana Ruiz", "saying", "the old cranes had served the port well")],
                "{text}"
            );
        }
        // An attribution that gives no content ("a message posted Friday,") yields to the next.
        let c = run("In a message posted Friday, Ines Varga said the harbour board had misled the council.");
        assert_eq!(
            (c[0].speaker.as_deref(), c[0].text.as_str()),
            (Some("Ines Varga"), "the harbour board had misled the council")
        );
        // ", who said": the person before (not the organisation after it).
        let c = run("The crews met Berg, now the chairman of the Harbour Board, who said the pier was unsafe.");
        assert_eq!((c[0].speaker.as_deref(), c[0].text.as_str()), (Some("Berg"), "the pier was unsafe"));
        // What a stance verb targets ends before the writer's comma or clause.
        let c = run("Mayor Ana Ruiz praised the harbour crews after the storm had passed.");
        assert_eq!((c[0].cue.as_deref(), c[0].text.as_str()), (Some("praised"), "the harbour crews"));
        // A few words after "told" with the content before it say whom she told.
        let c = run("The pier will reopen in May, Mayor Ana Ruiz told The Harbour News on Thursday.");
        assert_eq!((c[0].speaker.as_deref(), c[0].text.as_str()), (Some("Ana Ruiz"), "The pier will reopen in May"));
        // Or a longer name, and when ("told the House Armed Services Committee on Thursday").
        let c = run("The pier will reopen in May, Ana Ruiz told the Port Authority Harbour Committee on Thursday.");
        assert_eq!((c[0].speaker.as_deref(), c[0].text.as_str()), (Some("Ana Ruiz"), "The pier will reopen in May"));
        // A time adverb before the cue is not the speaker's.
        let c = run("The union earlier said the strike notice would trigger talks.");
        assert_eq!(c[0].speaker.as_deref(), Some("union"));
        // A comment's stamp before "|" is no speaker's part; "who" asks.
        let c = run("Great post. May 2, 2011 at 5:17 pm | Who thinks the pier will open in May?");
        assert_eq!((c[0].speaker.as_deref(), c[0].text.as_str()), (None, "the pier will open in May?"));
        // A credit line is no report.
        assert!(run("Ines Varga reported from Lisbon, and Tomas Berg from Porto, Portugal.").is_empty());
        // "and" inside a speaker's noun phrase.
        let c = run("The mayor and her deputy said the cranes would be replaced by June.");
        assert_eq!(c[0].speaker.as_deref(), Some("mayor and her deputy"));
        // "… and said" with nobody named before: the sentence's subject, never "and"; unknown
        // when the sentence opens with no short noun phrase.
        let c = run("The crews stayed at the docks and said the repairs would take weeks.");
        assert_eq!((c[0].speaker.as_deref(), c[0].text.as_str()), (Some("crews"), "the repairs would take weeks"));
        let c = run("Late into the night at the flooded docks, crews worked on and said the repairs would take weeks.");
        assert_eq!((c[0].speaker.as_deref(), c[0].text.as_str()), (None, "the repairs would take weeks"));
        // A plural opening the sentence needs no determiner.
        let c = run("Officials rushed everyone inside the hall and said the ferries would run again on Monday.");
        assert_eq!(
            (c[0].speaker.as_deref(), c[0].text.as_str()),
            (Some("Officials"), "the ferries would run again on Monday")
        );
    }

    /// Speakers after the cue: after an opening phrase with a clause of its own, a speaker in
    /// lower case after "said" that ends the sentence is the speaker, the statement before it ("In
    /// nearby Ardmore" names no speaker); "according to" a source with a relative clause.
    #[test]
    fn speakers_read_after_the_cue() {
        let c = run(
            "In nearby Ardmore, the ferry yard is hanging on, but it is under pressure from imports, said the yard's chief executive.",
        );
        assert_eq!(c.len(), 1);
        assert_eq!(
            said(&c[0]),
            (
                "yard's chief executive",
                "said",
                "In nearby Ardmore, the ferry yard is hanging on, but it is under pressure from imports"
            )
        );
        // "according to X who …": the source ends before its relative clause.
        let c = run(
            "The ferry will be sealed by Thursday, according to an official who spoke on condition of anonymity because the plan had not been made public.",
        );
        assert_eq!(who_said(&c[0]), ("an official", "The ferry will be sealed by Thursday"));
        // A place named twice after a preposition is no subject either.
        let c = run("He died in a prison in Ardmore, Missouri, on Monday morning, said a spokesman for the prison.");
        assert_eq!(who_said(&c[0]), ("a spokesman", "He died in a prison in Ardmore, Missouri, on Monday morning"));
        // A verb that takes an object has none for its speaker.
        let c = run("In Ardmore, the writer of the story, who had kept quiet for years, admitted his role.");
        assert!(c.iter().all(|c| c.speaker.as_deref() != Some("his role")), "{c:?}");
    }

    /// The plain pattern gives the groups the full shapes give, wherever it matches.
    #[test]
    fn plain_spans_read_as_the_full_shapes_read_them() {
        let spans = [
            "he said",
            "She added",
            "They warned",
            "I think",
            "It reported",
            "we believe",
            "Ana Ruiz said",
            "Gov. Terry E. Branstad said",
            "Mr. O'Neill told",
            "Smith-Jones Monday said",
            "A B C D E F said",
            "The Harbour News reported",
            "U.S. officials said",
            // What stands between the speaker and the cue.
            "He also said",
            "Trump has repeatedly said",
            "Ana Ruiz (D-Iowa) said",
            "Ana Ruiz on Friday endorsed",
            "She later angrily denied",
            "They called for",
            "He made it clear that",
            "The harbour board said",
            "He was quoted as saying",
            "Tass cited Ruiz as saying",
            "Ruiz, the mayor, said",
        ];
        let groups = |c: regex::Captures<'_>| {
            let g = |n: &str| c.name(n).map(|m| m.range());
            let names = [g("sp1"), g("sp2"), g("via"), g("sp4"), g("cue4"), g("named"), g("renamed"), g("sp6")];
            (names, c.get(0).map(|m| m.range()))
        };
        for span in spans {
            let plain = PLAIN_SPEAKER_CUE.captures(span).map(groups);
            if plain.is_some() {
                assert_eq!(plain, shape_groups(span).map(groups), "{span}");
            }
        }
        for span in [
            "Ana Ruiz said",
            "He also said",
            "Ana Ruiz (D-Iowa) said",
            "Ana Ruiz on Friday endorsed",
            "They called for",
        ] {
            assert!(PLAIN_SPEAKER_CUE.is_match(span), "{span}");
        }
    }

    /// Verbs of speech, stance and belief beyond "said", and the article's own hedged judgements.
    #[test]
    fn more_cues_and_hedged_judgements() {
        let c = run("Mayor Ana Ruiz touted the new ferry schedule at the harbour meeting.");
        assert_eq!(said(&c[0]), ("Ana Ruiz", "touted", "the new ferry schedule at the harbour meeting"));
        let c = run("Tomas Berg sees the harbour tax as a burden on small traders.");
        assert_eq!(said(&c[0]), ("Tomas Berg", "sees", "the harbour tax as a burden on small traders"));
        let c = run("The union plans to strike before the ferry season begins.");
        assert_eq!(said(&c[0]).1, "plans");
        // Seeming: the whole clause, no speaker; an appearance in court is no judgement.
        let c = run("By Friday the ferry union appeared ready to accept the offer.");
        assert_eq!(said(&c[0]), ("", "appeared", "By Friday the ferry union appeared ready to accept the offer"));
        let c = run("The dispute is over, but the mayor seems to have lost the council's trust.");
        assert_eq!(said(&c[0]), ("", "seems", "the mayor seems to have lost the council's trust"));
        assert!(run("Tomas Berg appeared in court on Monday with his lawyer.").is_empty());
        // "seemed" with any word, "appeared" with a participle or an adjective, "it seems …"; to
        // a contrast or the writer's participle.
        let c = run("Tomas Berg seemed lost, applauding along with the harbour crowd.");
        assert_eq!(said(&c[0]), ("", "seemed", "Tomas Berg seemed lost"));
        let c = run("The harbour board appeared paralyzed, and the pilots went home.");
        assert_eq!(said(&c[0]), ("", "appeared", "The harbour board appeared paralyzed"));
        let c = run("It seems the night ferry will run without the town's support.");
        assert_eq!(said(&c[0]), ("", "seems", "It seems the night ferry will run without the town's support"));
        let c = run("The old pier seems stable, but that could change.");
        assert_eq!(said(&c[0]), ("", "seems", "The old pier seems stable"));
        assert!(run("He will appear in the show's morning hour from next week.").is_empty());
        // "Reports", "claims" before the clause's verb are plural nouns, not cues.
        let c = run("Harbour radio reports said the pier had closed.");
        assert_eq!(said(&c[0]), ("Harbour radio reports", "said", "the pier had closed"), "{c:#?}");
        assert!(run("Insurance claims rose after the storm hit the pier.").is_empty());
        assert!(run("The bill covers the clean-up, compensation claims and fines to be paid.").is_empty());
        // What is expected or believed, in the passive, is no one's named: not the subject's.
        let c = run("The sealing of the well is now expected to be finished in mid-September.");
        assert_eq!(
            said(&c[0]),
            ("", "expected", "The sealing of the well is now expected to be finished in mid-September")
        );
        let c = run("Ana Ruiz was worried that the pier would fall.");
        assert_eq!(said(&c[0]), ("Ana Ruiz", "worried", "the pier would fall"));
        // Hearsay: what is reportedly so is a claim of no one named, its clause only.
        let c = run("The port board is reportedly planning to sell the ferries as it nears the end of its review.");
        assert_eq!(said(&c[0]), ("", "reportedly", "The port board is reportedly planning to sell the ferries"));
        let c = run("When the vote passed, Ines Varga reportedly walked out (her deputy reportedly stayed).");
        let got: Vec<_> = c.iter().map(said).collect();
        assert_eq!(
            got,
            [
                ("", "reportedly", "Ines Varga reportedly walked out"),
                ("", "reportedly", "her deputy reportedly stayed")
            ],
            "{c:#?}"
        );
        // Whom a speaker endorsed ends with the name; what they endorsed runs on.
        let c = run("The dockers' union endorsed Ana Ruiz in February and campaigned for her.");
        assert_eq!(said(&c[0]).2, "Ana Ruiz", "{c:#?}");
        let c = run("The dockers' union endorsed the plan to rebuild the pier in stone.");
        assert_eq!(said(&c[0]).2, "the plan to rebuild the pier in stone", "{c:#?}");
        // Thought in other forms: "preferred", "expecting".
        let c = run("In the survey, most islanders preferred a bridge to the ferry.");
        assert_eq!(said(&c[0]).1, "preferred", "{c:#?}");
        let c = run("Ana Ruiz is expecting a record crowd at the pier.");
        assert_eq!(said(&c[0]), ("Ana Ruiz", "expecting", "a record crowd at the pier"));
        // "Notes" is a cue as "noted" is.
        let c = run("The harbour report notes that the pier needs new piles.");
        assert_eq!(said(&c[0]), ("harbour report", "notes", "the pier needs new piles"));
        assert!(run("The harbour bank has found itself at the centre of the city's debt crisis.").is_empty());
        // A quote after ", saying,": the participle is its cue, the clause's subject its speaker,
        // and the clause before it a claim of its own.
        let quote = "“There is no other way across the bay for the trucks.”";
        let c = run(&format!("Ana Ruiz praised the bridge crews, saying, {quote}"));
        assert_eq!(said(&c[0]), ("Ana Ruiz", "praised", "the bridge crews"));
        assert_eq!(said(&c[1]), ("Ana Ruiz", "saying", "There is no other way across the bay for the trucks."));
        // (A one-word object ends at its comma: "praised Berg, stating …".)
        let c = run("Ana Ruiz praised Berg, stating that the bridge would pay off.");
        assert_eq!(said(&c[0]), ("Ana Ruiz", "praised", "Berg"));
        assert_eq!(said(&c[1]), ("Ana Ruiz", "stating", "the bridge would pay off"));
        let c = run(&format!("Ana Ruiz spoke at the bridge on Monday, adding: {quote}"));
        assert_eq!(said(&c[0]), ("Ana Ruiz", "adding", "There is no other way across the bay for the trucks."));
        let c = run(&format!("Ana Ruiz urged voters to back the bridge, saying, {quote}"));
        assert_eq!(c.iter().map(|c| said(c).1).collect::<Vec<_>>(), ["urged", "saying"]);
        // Whom a speaker told, between the two sides of what was said or before a participle.
        let c = run("Sooner or later, the governor told reporters, the bridge starts to pay off for the town.");
        assert_eq!(
            said(&c[0]).2,
            "Sooner or later, the governor told reporters, the bridge starts to pay off for the town"
        );
        let c = run("The pier will reopen in May, Ana Ruiz told reporters, adding that the ferry would wait.");
        assert_eq!(said(&c[0]), ("Ana Ruiz", "told", "The pier will reopen in May"));
        assert_eq!(said(&c[1]), ("Ana Ruiz", "adding", "the ferry would wait"));
        // The stance of the people a participle describes, up to the clause's verb.
        let c = run("Outside groups supporting Mayor Ana Ruiz also have spent heavily on radio.");
        assert_eq!(said(&c[0]), ("Outside groups", "supporting", "Mayor Ana Ruiz"));
        // What was asked, not whom.
        let c = run("The union asked the campaigns of the three candidates why they did not answer the questionnaire.");
        assert_eq!(said(&c[0]), ("union", "asked", "why they did not answer the questionnaire"));
        // A clause of the writer's after ", when" ends what was said (", which" often does not).
        let c =
            run("Some council members said they feared a repeat of the 1992 strike, when the port closed for a month.");
        assert_eq!(said(&c[0]).2, "they feared a repeat of the 1992 strike");
        // A dash ends what was said before the writer's aside, not before more of the same.
        let c = run("Ana Ruiz said the ferry will stop in May — a move that angered the islanders.");
        assert_eq!(said(&c[0]).2, "the ferry will stop in May");
        let c = run("Ana Ruiz said the council should publish the costs — including the repairs — of the plan.");
        assert_eq!(said(&c[0]).2, "the council should publish the costs — including the repairs — of the plan");
        let c = run("Ana Ruiz said the ferry will stop in May — the last crossing of the old boat.");
        assert_eq!(said(&c[0]).2, "the ferry will stop in May");
        let c = run("Ana Ruiz said the ferry will stop in May — despite the petition — and the bridge will open.");
        assert_eq!(said(&c[0]).2, "the ferry will stop in May — despite the petition — and the bridge will open");
        // Not inside a quote: what it holds was said whole.
        let c = run("Ana Ruiz said the pier “is safe for now, but it will not last the winter.”");
        assert_eq!(said(&c[0]).2, "the pier “is safe for now, but it will not last the winter.”");
        // So does a name's relative clause that runs to the end, not one set off inside.
        let c = run("Ana Ruiz said she would vote for Tomas Berg, who also opposes the bridge.");
        assert_eq!(said(&c[0]).2, "she would vote for Tomas Berg");
        let c = run("Ana Ruiz said Tomas Berg, who must decide, has revealed nothing about the bridge.");
        assert_eq!(said(&c[0]).2, "Tomas Berg, who must decide, has revealed nothing about the bridge");
        // So does a place's after ", where", and a comparison after ", just as".
        let c = run("The union said it would strike in Harwich, where the ferries stopped last year.");
        assert_eq!(said(&c[0]).2, "it would strike in Harwich");
        let c = run("Ana Ruiz said she would give away her shares, just as her father had done.");
        assert_eq!(said(&c[0]).2, "she would give away her shares");
        // What a name's relative clause says is a claim of its own.
        let c = run("Ana Ruiz, who said last year that the pier was unsafe, said on Monday the repairs were finished.");
        assert_eq!(said(&c[0]), ("Ana Ruiz", "said", "the pier was unsafe"));
        assert_eq!(said(&c[1]), ("Ana Ruiz", "said", "the repairs were finished"));
        // People of a place or group are the speaker, not the place.
        let c = run("There is no chance of a strike, officials in both ports insist.");
        assert_eq!(said(&c[0]), ("officials in both ports", "insist", "There is no chance of a strike"));
        let c = run("Leaders of both parties said the bridge would be rebuilt by May.");
        assert_eq!(said(&c[0]).0, "Leaders of both parties");
        // The topic of a question put ("Asked … about …").
        let c = run(
            "Asked at a briefing on Monday about the future of the pier, Ana Ruiz said the council would vote in May.",
        );
        assert_eq!(said(&c[0]), ("", "asked", "about the future of the pier"));
        assert_eq!(said(&c[1]), ("Ana Ruiz", "said", "the council would vote in May"));
        // A subject read back from "show" or "want" when no speaker shape fits it.
        let c = run("Harbour board filings show the ferry company lost money for three years.");
        assert_eq!(said(&c[0]), ("Harbour board filings", "show", "the ferry company lost money for three years"));
        // What a stance targets may be one name; it ends before the day.
        let c = run("Senator Ana Ruiz of Harbourside endorsed Tomas Berg on Tuesday.");
        assert_eq!(said(&c[0]), ("Ana Ruiz", "endorsed", "Tomas Berg"));
        assert_eq!(said(&run("Ines Varga endorsed Berg.")[0]), ("Ines Varga", "endorsed", "Berg"));
        assert!(run("The plan was backed by the council.").is_empty());
        // A stance before a speech cue of its own subject stands ("but told"); before another
        // speaker's cue it is what that speaker reports.
        let c = run("The mayor praised the crews, but told reporters that the pier would stay closed.");
        assert_eq!(c.iter().map(|c| said(c).1).collect::<Vec<_>>(), ["praised", "told"]);
        let c = run("The mayor praised the crews, the Harbour News reported.");
        assert_eq!(said(&c[0]), ("Harbour News", "reported", "The mayor praised the crews"));
        // A poll's finding, the poll as its source; "lead in the polls" names none.
        let c = run("In a Harbour News poll released Monday, 61 percent of residents crossed the bridge weekly.");
        assert_eq!(said(&c[0]), ("Harbour News poll", "in", "61 percent of residents crossed the bridge weekly"));
        let c = run("The mayor fell to 30 percent in the latest Harbour News poll.");
        assert_eq!(said(&c[0]), ("Harbour News poll", "in", "The mayor fell to 30 percent"));
        assert!(run("The mayor has kept a wide lead in the polls since the storm.").is_empty());
        // The poll named mid-sentence, before more of it; a sentence that is only a poll's name
        // (after two spaces, so the match starts at the sentence's first byte) holds nothing.
        let c = run("The mayor stood at 41 percent in the latest Harbour News poll, up from 35 in May.");
        assert_eq!(said(&c[0]), ("Harbour News poll", "in", "The mayor stood at 41 percent"));
        assert!(run("Voters spoke.  In the latest poll.").is_empty());
        // A seeming inside a claim stays in it.
        let c = run("Ana Ruiz said the union appeared ready to accept the offer.");
        assert_eq!(c.len(), 1);
        assert_eq!(said(&c[0]).0, "Ana Ruiz");
    }

    #[test]
    fn sources_are_the_speaker_as_written() {
        let text = "Ana Ruiz opened the bridge. She said the work had taken ten years.";
        let entities = super::super::entities::entities(text);
        let found = claims_with_sources(text, &entities);
        let (claim, source) = &found[0];
        assert_eq!(claim.speaker.as_deref(), Some("Ana Ruiz"));
        let (s, e) = source.expect("a source span");
        assert_eq!(text.chars().skip(s).take(e - s).collect::<String>(), "She");
        // A place or a word of no known kind inside the speaker's phrase names it only when it is
        // the whole phrase, closes it after "by" or "from", or is a poll's pollster.
        let c = run("Britain's Foreign Secretary said on Monday that the talks had failed.");
        assert_eq!(c[0].speaker.as_deref(), Some("Britain's Foreign Secretary"), "{c:#?}");
        let c = run("And Portugal said on Monday that the talks had failed.");
        assert_eq!(c[0].speaker.as_deref(), Some("Portugal"), "{c:#?}");
    }

    /// Titles in quotes are no statements; nouns after an article are no cues; "he" inside "the"
    /// is no speaker; an adverb before "that" modifies the cue; "quipped X of his role".
    #[test]
    fn titles_nouns_and_adverbs_around_cues() {
        let c = run("“Harbor Lights” director Ana Ruiz said backstage that no one could predict the jury.");
        assert_eq!(c.len(), 1, "{c:?}");
        assert_eq!(said(&c[0]), ("Ana Ruiz", "said", "no one could predict the jury"));
        let c = run("Ana Ruiz hosted the show for a decade and won two awards in the hopes of a third.");
        assert!(c.is_empty(), "{c:?}");
        let c = run("A week in, the first estimate of how much the port lost last year is already in.");
        assert!(c.is_empty(), "{c:?}");
        // People of a place are not the place.
        let c = run("Researchers in the Netherlands have found that the tool is older than thought.");
        assert_eq!(c[0].speaker.as_deref(), Some("Researchers in the Netherlands"));
        // A passive participle has no speaker before it.
        let c = run("The wreck found by the divers lay at the bottom of the bay for most of a century.");
        assert!(c.is_empty(), "{c:?}");
        let c = run("The wreck was found off the coast of Halden before the war, carbon dating showed.");
        assert_eq!(c.len(), 1, "{c:?}");
        assert_eq!(c[0].cue.as_deref(), Some("showed"));
        let c = run("Tomas Berg said bluntly that the pier was unsafe for anyone.");
        assert_eq!(said(&c[0]), ("Tomas Berg", "said", "the pier was unsafe for anyone"));
        // An adverb followed by more words before "that" stays in the content.
        let c = run("The inquiry found virtually nothing that had not been reported before.");
        assert_eq!(said(&c[0]).2, "virtually nothing that had not been reported before");
        // A lower-case speaker's name after a comma is who spoke.
        let c = run("“We will be back,” said the harbour master, Ines Varga, who runs the port.");
        assert_eq!(c[0].speaker.as_deref(), Some("Ines Varga"));
        let c = run("“It was a difficult part,” quipped Lee Marsh of his role. “It was a stretch,” he said.");
        let who: Vec<_> = c.iter().map(who_said).collect();
        assert_eq!(who, [("Lee Marsh", "It was a difficult part,"), ("Lee Marsh", "It was a stretch,")]);
        // A statement in quotes run into the sentence stays a quote.
        let c = run("“We are frustrated and horrified” by the attack, Adel Noor said.");
        assert_eq!(c[0].speaker.as_deref(), Some("Adel Noor"));
        assert!(c[0].text.starts_with("We are frustrated and horrified"), "{c:?}");
    }

    /// "…, says a report highlighting …": the participle describes the speaker.
    #[test]
    fn a_participle_after_an_inverted_speaker() {
        let c = run("Ferry crews are paid less than dock staff, says a report highlighting the gap in wages.");
        assert_eq!(said(&c[0]), ("a report", "says", "Ferry crews are paid less than dock staff"));
    }

    /// One thing before a verb's plural form is a noun compound: "won a talent show".
    #[test]
    fn a_singular_before_a_plural_verb_is_a_compound() {
        let c = run("The singer won a talent show at the theatre in 1967, which led to a record deal.");
        assert!(c.is_empty(), "{c:?}");
        let c = run("A spokesman says the pier will reopen.");
        assert_eq!(who_said(&c[0]), ("A spokesman", "the pier will reopen"));
    }

    /// A noun after a preposition of place is no speaker: the clause's subject speaks.
    #[test]
    fn a_noun_after_a_preposition_is_no_speaker() {
        let c = run("Ines Varga spoke first. Engineers working on the well said the cap would hold.");
        let cap = c.iter().find(|c| c.text == "the cap would hold").expect("the claim");
        assert!(!cap.speaker.as_deref().is_some_and(|s| s == "well" || s == "Ines Varga"), "{c:?}");
        let c = run("Ines Varga, who has in the past described the pier as unsafe, said it must close.");
        assert!(c.iter().all(|c| c.speaker.as_deref() != Some("past")), "{c:?}");
        let c =
            run("Biologists who tagged seals with trackers that swim around the world said the herds were shrinking.");
        assert!(c.iter().all(|c| c.speaker.as_deref() != Some("world")), "{c:?}");
    }

    /// A contraction names no one ("you’ll want", "don't expect"); "yesterday" before the cue is
    /// when, not who.
    #[test]
    fn contractions_and_yesterday_are_no_speakers() {
        let c = run("Often, you’ll want access to the ledger before the audit begins.");
        assert!(c.iter().all(|c| c.speaker.is_none()), "{c:?}");
        let c = run(
            "Harbour Line, the ferry firm being bid for by Coast Group, yesterday said it is hopeful talks succeed.",
        );
        assert_eq!(who_said(&c[0]), ("Harbour Line", "it is hopeful talks succeed"));
    }

    /// "Let's hope" names no speaker; a time between the speaker and the cue is no speaker.
    #[test]
    fn exhortations_and_times_before_the_cue() {
        let c = run("If the ferry runs again, let’s hope the crews are paid.");
        assert!(c.iter().all(|c| !c.speaker.as_deref().is_some_and(|s| s.contains("let"))), "{c:?}");
        let c = run("Ines Varga at the beginning said that she was fighting the closure.");
        assert_eq!(who_said(&c[0]), ("Ines Varga", "she was fighting the closure"));
        let c = run("The scientists at the time said the strain was mild.");
        assert_eq!(who_said(&c[0]), ("scientists", "the strain was mild"));
        // Nor is a preposition before a noun of fearing: the fear is no one's named.
        let text = "The aid came late, with fears people not receiving aid would turn to violence.";
        let c = claims_with_sources(text, &super::super::entities::entities(text));
        assert!(!c.is_empty() && c.iter().all(|(c, source)| c.speaker.is_none() && source.is_none()), "{c:?}");
    }

    /// "He" is no woman the article names, "she" no man: by a title before a mention or by a
    /// given name.
    #[test]
    fn he_and_she_agree_with_whom_they_stand_for() {
        let text = "Mayor Tomas Rudd spoke first. Councillor Helen Markey said the port would close. “It is \
                    a sad day,” he added.";
        let c = run(text);
        let quote = c.iter().find(|c| c.quote).expect("the quote");
        assert_eq!(quote.speaker.as_deref(), Some("Tomas Rudd"), "{c:?}");
        let text = "Mrs. Lund Okafor spoke first. Mr. Ravi Tenn said the pier was closed. “We will reopen \
                    it,” she said.";
        let c = run(text);
        let quote = c.iter().find(|c| c.quote).expect("the quote");
        assert_eq!(quote.speaker.as_deref(), Some("Lund Okafor"), "{c:?}");
    }

    /// "… by saying …": a means; the one who says is the clause's subject, not the object before
    /// "by".
    #[test]
    fn a_participle_after_by_is_the_subjects() {
        let c = run("The mayor surprised the council by saying that the port would close next year.");
        assert_eq!(who_said(&c[0]), ("mayor", "the port would close next year"));
        let c = run("They blindsided the harbour board by not telling it of their plan until it was public.");
        assert!(c.iter().all(|c| !c.speaker.as_deref().is_some_and(|s| s.contains("board"))), "{c:?}");
    }

    /// "She" stands for the last speaker only when that may be one person; otherwise for the last
    /// person named.
    #[test]
    fn she_is_a_person_not_a_group() {
        let text = "Senator Ines Varga spoke in Halden. Some Republicans want a harder line, the Halden \
                    Post reported. “We are not at war with a faith,” she said.";
        let c = run(text);
        let quote = c.iter().find(|c| c.quote).expect("the quote");
        assert_eq!(quote.speaker.as_deref(), Some("Ines Varga"), "{c:?}");
    }

    #[test]
    fn offsets_point_at_the_content() {
        let text = "Café talk: “Prices rise,” said Jean Dupont. Héloïse Martin said the market would recover by June.";
        for c in run(text) {
            let got: String = text.chars().skip(c.start).take(c.end - c.start).collect();
            assert_eq!(got, c.text);
        }
    }
}
