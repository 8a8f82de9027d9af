//! Cleaning tests on articles written for these tests, shaped like real crawls.

use super::*;
use storyline_model::RemovedKind::*;

fn run(body: &str, published: &str) -> Cleaned {
    clean(&CleanConfig::standard(), body, Published::parse(published), Layout::Flat)
}

fn removed(c: &Cleaned, kind: RemovedKind) -> Vec<&str> {
    c.removed.iter().filter(|r| r.kind == kind).map(|r| r.text.as_str()).collect()
}

const MARKET_PAGE: &str = "GLDX 312.40 Increased By ▲ 2.15 (0.69%)
NRTH 18.05 Decreased By ▼ -0.30 (-1.63%)
IDX50 48,210 Decreased By -120.4 (-0.25%)
Business

Coastal refinery halts output after fire in cooling tower

Reuters Published 3 Mar, 2024 09:15am

OSLO: A fire in a cooling tower forced the Vestby refinery to halt all output on Sunday, its operator said, adding that nobody was hurt.

“We expect to restart within two weeks,” the company's spokesperson told reporters outside the plant.

Firefighters from three towns took six hours to bring the blaze under control.

Fuel prices climb as northern supply tightens

The refinery supplies about a fifth of the country's diesel, according to the energy ministry.

Vestby refinery Oslo fuel prices Norway
";

#[test]
fn market_page_furniture() {
    let c = run(MARKET_PAGE, "2024-03-03");
    assert_eq!(removed(&c, Ticker).len(), 3);
    assert_eq!(removed(&c, Section), ["Business"]);
    assert_eq!(c.title.as_deref(), Some("Coastal refinery halts output after fire in cooling tower"));
    assert_eq!(removed(&c, Byline), ["Reuters Published 3 Mar, 2024 09:15am"]);
    assert_eq!(c.byline.as_deref(), Some("Reuters"));
    assert_eq!(c.credits, ["Reuters"]);
    assert_eq!(c.published.map(|p| p.to_string()).as_deref(), Some("2024-03-03T09:15:00"));
    assert_eq!(removed(&c, Related), ["Fuel prices climb as northern supply tightens"]);
    assert_eq!(removed(&c, Tags), ["Vestby refinery Oslo fuel prices Norway"]);
    assert_eq!(c.tags, ["Vestby refinery", "Oslo", "fuel", "prices", "Norway"]);
    assert_eq!(c.dateline, Some(Dateline { place: "OSLO".into(), date: None }));
    let paras: Vec<&str> = c.text.split("\n\n").collect();
    assert_eq!(paras.len(), 4, "{paras:#?}");
    assert!(paras[0].starts_with("OSLO: A fire"));
    assert!(paras[3].starts_with("The refinery supplies"));
}

const WIRE_PAGE: &str = " Lakeport [Veland], March 3 (PTI): The Veland government on Sunday said it would send 2,000 engineers to rebuild the flooded districts, state radio reported.

Also Read | Ten Phones Under Budget You Can Buy This Month: Full List With Prices.

The floods have displaced more than 40,000 people since February, the radio said, citing the disaster agency.

READ MORE: Why river deltas are sinking faster than we thought

Relief flights resumed at the regional airport on Saturday. (PTI)

(This story has not been edited by Example News staff and is auto-generated from a syndicated feed.)

The opinions expressed in this commentary are solely those of the writer.";

#[test]
fn wire_page_furniture() {
    let c = run(WIRE_PAGE, "2024-03-03");
    assert_eq!(removed(&c, Promo).len(), 2);
    assert_eq!(removed(&c, Disclaimer).len(), 2);
    assert_eq!(c.credits, ["PTI"]);
    assert_eq!(c.dateline, Some(Dateline { place: "Lakeport [Veland]".into(), date: Some("2024-03-03".into()) }));
    assert_eq!(c.title, None);
    assert_eq!(c.text.split("\n\n").count(), 3);
    assert!(c.text.ends_with("Saturday. (PTI)"));
}

#[test]
fn hard_wrapped_wire_copy_joins_lines() {
    let body = "    Grain exports rose five pct in the week, the ministry said,
after a slow start to the season.
    Traders said the rise was expected and prices would hold
steady into next month.
";
    let c = run(body, "1987-02-26");
    let paras: Vec<&str> = c.text.split("\n\n").collect();
    assert_eq!(
        paras,
        [
            "Grain exports rose five pct in the week, the ministry said, after a slow start to the season.",
            "Traders said the rise was expected and prices would hold steady into next month."
        ]
    );
}

#[test]
fn dateline_forms() {
    let c = run(
        "WASHINGTON (Reuters) - The senate passed the budget bill late on Friday after a long debate.",
        "2024-05-04",
    );
    assert_eq!(c.credits, ["Reuters"]);
    assert_eq!(c.dateline.unwrap().place, "WASHINGTON");
    let c = run(
        "SALVADOR, Feb 26 - Showers fell across the growing zone this week, easing a long dry spell.",
        "1987-02-26",
    );
    assert_eq!(c.dateline, Some(Dateline { place: "SALVADOR".into(), date: Some("1987-02-26".into()) }));
    // A date in January read in a paper of early January stays in that year; December goes back one.
    let c = run(
        "Riverton [Veland], December 30 (ANI): The port reopened after the storm passed over the coast.",
        "2025-01-02",
    );
    assert_eq!(c.dateline.unwrap().date.as_deref(), Some("2024-12-30"));
    // A tokeniser's bracket escapes, as Timeline17 stores its news, are brackets again.
    let c = run(
        "HALDEN -LRB- Reuters -RRB- - The ferry sailed again , about 20 km -LRB- 12 miles -RRB- from the pier .",
        "2024-05-04",
    );
    assert_eq!(c.credits, ["Reuters"]);
    assert!(c.text.contains("about 20 km (12 miles) from"), "{}", c.text);
    // Its pound sign is "#", a space before the number; a number sign keeps its place.
    let c = run("The council sought # 3m from the firm , its #1 priority .", "2024-05-04");
    assert!(c.text.contains("sought £3m from the firm , its #1 priority"), "{}", c.text);
    // A sentence that opens with an acronym is not a dateline.
    let c = run("NATO: the alliance met on Monday to discuss the budget for the coming years.", "2024-05-04");
    assert_eq!(c.dateline, None);
}

#[test]
fn article_prose_is_kept() {
    // Short subheads, quotes and one-line paragraphs are the article.
    let body = "The mayor opened the new library on Monday morning with a short speech.

What comes next

\"This is a place for everyone,\" she said.

Building work on the second wing starts in spring and should finish next year.";
    let c = run(body, "2024-05-04");
    assert!(c.removed.is_empty(), "{:?}", c.removed);
    assert_eq!(c.text.split("\n\n").count(), 4);
}

#[test]
fn other_furniture() {
    let body = "Home > News > Local > Transport

By Ana Ruiz and Li Wei

The tram line will close for repairs between June and August, the city said on Tuesday.

Share this article

Photo: City transport office

Passengers will be offered buses on the same route at the same fares during the closure.

Follow Ana Ruiz on Twitter @anaruiz_news

© 2024 Example Media Ltd. All rights reserved.

Tags: trams, city council, transport";
    let c = run(body, "2024-05-04");
    assert_eq!(removed(&c, Nav).len(), 1);
    assert_eq!(removed(&c, Byline), ["By Ana Ruiz and Li Wei"]);
    assert_eq!(c.byline.as_deref(), Some("Ana Ruiz and Li Wei"));
    assert_eq!(removed(&c, Social), ["Share this article", "Follow Ana Ruiz on Twitter @anaruiz_news"]);
    assert_eq!(removed(&c, Caption).len(), 1);
    assert_eq!(removed(&c, Copyright).len(), 1);
    assert_eq!(c.tags, ["trams", "city council", "transport"]);
    assert_eq!(c.text.split("\n\n").count(), 2);
}

/// A web page's stamp run into the story's first line is furniture, and dates the article.
#[test]
fn a_stamp_run_into_the_first_line_is_a_byline() {
    for (body, stamp, day) in [
        (
            "HALDEN | Wed Sep 28, 2011 10:58 am EDT HALDEN (Reuters) - The ferry union called a strike on \
             Tuesday over pay.",
            "HALDEN | Wed Sep 28, 2011 10:58 am EDT",
            "2011-09-28",
        ),
        (
            "Sept 21 | Wed Sep 21, 2011 5:53 pm BST Sept 21 (Reuters) - Here is a timeline of the ferry strike.",
            "Sept 21 | Wed Sep 21, 2011 5:53 pm BST",
            "2011-09-21",
        ),
        (
            "Friday 7 October 2005 09.49 BST A senior harbour official denied that the pier was unsafe.",
            "Friday 7 October 2005 09.49 BST",
            "2005-10-07",
        ),
        (
            "Wednesday, December 15, 2010; 8:18 PM The city sued the ferry operator over the delays.",
            "Wednesday, December 15, 2010; 8:18 PM",
            "2010-12-15",
        ),
    ] {
        let c = clean(&CleanConfig::standard(), body, None, Layout::Flat);
        assert_eq!(removed(&c, Byline), [stamp], "{body}");
        assert_eq!(c.published.map(|p| p.day()).as_deref(), Some(day));
        assert!(c.text.starts_with(char::is_uppercase) && !c.text.contains(" | "), "{}", c.text);
    }
    // An update stamp between the headline and the story.
    let c = clean(
        &CleanConfig::standard(),
        "Ferry strike: Crews walk out over pay 14 August 2012 Last updated at 10:46 GMT Help Ferry crews in \
         Halden walked out on Monday over pay.",
        None,
        Layout::Flat,
    );
    assert_eq!(c.title.as_deref(), Some("Ferry strike: Crews walk out over pay"));
    assert_eq!(removed(&c, Byline), ["14 August 2012 Last updated at 10:46 GMT Help"]);
    assert_eq!(c.published.map(|p| p.day()).as_deref(), Some("2012-08-14"));
    assert!(c.text.starts_with("Ferry crews in Halden"), "{}", c.text);
    // A wire's pointer to more coverage, and a tokeniser's escaped asterisks.
    let c = clean(
        &CleanConfig::standard(),
        "(For full coverage of the strike, click (nSTRIKE)) HALDEN, May 2 (Reuters) - Ferry crews walked out.\n\n\\* Crews say pay is low \\* Talks set for Friday",
        None,
        Layout::Flat,
    );
    assert_eq!(removed(&c, Promo), ["(For full coverage of the strike, click (nSTRIKE))"]);
    assert!(c.text.starts_with("HALDEN, May 2 (Reuters)") && c.text.contains("* Crews say") && !c.text.contains('\\'));
    // A date that opens a sentence is the sentence's.
    let c = clean(&CleanConfig::standard(), "May 5, 2010 was the day the pier closed for good.", None, Layout::Flat);
    assert!(removed(&c, Byline).is_empty());
}

/// A credit at the article's end, "Author: …" as some broadcasters write it, is a byline too.
#[test]
fn an_author_credit_at_the_end_is_a_byline() {
    let body = "The ferry service to the islands resumed on Monday after a week of storms.

Harbour staff said the first crossing carried 40 passengers and two lorries.

Author: Mira Sol (tb)";
    let c = run(body, "2024-05-04");
    assert_eq!(removed(&c, Byline), ["Author: Mira Sol (tb)"]);
    assert_eq!(c.text.split("\n\n").count(), 2);
    // A label with a colon, as blogs write it.
    let c = run(&format!("Written by: Ines Varga\n\n{body}"), "2024-05-04");
    assert_eq!(removed(&c, Byline), ["Written by: Ines Varga", "Author: Mira Sol (tb)"]);
    assert_eq!(c.byline.as_deref(), Some("Ines Varga"));
    // So is a stamp ending with a clock time.
    let c = run(
        &format!("PUBLISHED: May 4, 2024 at 4:30 p.m. | UPDATED: May 5, 2024 at 3:58 a.m.\n\n{body}"),
        "2024-05-04",
    );
    assert_eq!(removed(&c, Byline).len(), 2, "{:?}", c.removed);
    assert!(c.dateline.is_none());
    // So is an image credit naming its side.
    let c = run(&format!("{body}\n\nLeft Image: Harbour Office, Right Image: Mira Sol"), "2024-05-04");
    assert_eq!(removed(&c, Caption), ["Left Image: Harbour Office, Right Image: Mira Sol"]);
    // A labelled caption may run longer than an unlabelled credit.
    let caption = "Header Image: Fishers mend their nets on the quay at dawn, as their families have done \
for generations, before the ferries start their crossings to the islands and the harbour fills with traders.";
    let c = run(&format!("{body}\n\n{caption}"), "2024-05-04");
    assert_eq!(removed(&c, Caption), [caption]);
    let c = run(&format!("{body}\n\n{}", &caption["Header Image: ".len()..]), "2024-05-04");
    assert!(removed(&c, Caption).is_empty());
    // A reading time above the story is furniture.
    let c = run(&format!("4 Min Read\n\n{body}"), "2024-05-04");
    assert_eq!(removed(&c, Nav), ["4 Min Read"]);
    assert_eq!(c.text.split("\n\n").count(), 2);
}

#[test]
fn invisible_break_hints_are_dropped() {
    let c = run(
        "The Mit\u{ad}tel\u{ad}al\u{ad}ter town council met\u{200b} on Monday and voted, after a long debate, to \
         rebuild the old bridge.",
        "2024-03-04",
    );
    assert!(c.text.starts_with("The Mittelalter town council met on Monday"), "{}", c.text);
    assert!(!c.text.contains(INVISIBLE));
}

#[test]
fn crawl_header_lines() {
    // A crawl's header: the page's address, its headline and a bare date, each in its own
    // paragraph. The address is navigation, the date names nobody and dates the article.
    let body = "https://news.example.org/2021/03/04/harbour-bridge-reopens

Harbour bridge reopens after repairs

March 4, 2021

The harbour bridge reopened to traffic on Thursday after eight months of repairs, the city council said.

Drivers had used a ferry and a long detour through the hills while the deck was replaced.";
    let c = clean(&CleanConfig::standard(), body, None, Layout::Flat);
    assert_eq!(removed(&c, Nav), ["https://news.example.org/2021/03/04/harbour-bridge-reopens"]);
    assert_eq!(c.url.as_deref(), Some("https://news.example.org/2021/03/04/harbour-bridge-reopens"));
    assert_eq!(c.title.as_deref(), Some("Harbour bridge reopens after repairs"));
    assert_eq!(removed(&c, Byline), ["March 4, 2021"]);
    assert_eq!(c.byline, None);
    assert_eq!(c.published.map(|p| p.to_string()).as_deref(), Some("2021-03-04"));
    assert!(c.text.starts_with("The harbour bridge reopened"));
    // A date stamp shaped like a headline ("Thursday, March 4, 2021"), above the headline, is
    // still a date, and the headline below it is the title.
    let body = "Thursday, March 4, 2021

Harbour bridge reopens after repairs

The harbour bridge reopened to traffic on Thursday after eight months of repairs, the city council said.";
    let c = clean(&CleanConfig::standard(), body, None, Layout::Flat);
    assert_eq!(removed(&c, Byline), ["Thursday, March 4, 2021"]);
    assert_eq!(c.title.as_deref(), Some("Harbour bridge reopens after repairs"));
    assert_eq!(c.published.map(|p| p.to_string()).as_deref(), Some("2021-03-04"));
    // The address stands alone even with no blank line after it, in a block of long lines that
    // would otherwise be read as hard-wrapped copy.
    let body = "https://news.example.org/2021/03/04/harbour-bridge-reopens
The harbour bridge reopened to traffic on Thursday after eight months of repairs, the council said.
Drivers had used a ferry and a long detour through the hills while the deck was replaced.
The council said the new deck should last for at least fifty years with little upkeep.";
    let c = clean(&CleanConfig::standard(), body, None, Layout::Flat);
    assert_eq!(removed(&c, Nav), ["https://news.example.org/2021/03/04/harbour-bridge-reopens"]);
    assert_eq!(c.url.as_deref(), Some("https://news.example.org/2021/03/04/harbour-bridge-reopens"));
    assert!(c.text.starts_with("The harbour bridge reopened"), "{}", c.text);
    // An address inside a sentence is prose, not a link line.
    let c = run("https://example.org is where the council posts its notices, a spokesman said.", "2021-03-04");
    assert!(removed(&c, Nav).is_empty());
}

#[test]
fn a_stamp_on_its_own_line_stands_alone_in_long_lines() {
    // One line per sentence, no blank lines: a block of long lines that reads as hard-wrapped
    // copy. The stamp under the headline is a line of its own all the same: the headline is the
    // title, the stamp dates the article, and the story starts after it.
    let story = "The harbour bridge reopened to traffic on Thursday after eight months of repairs, the council said.
Drivers had used a ferry and a long detour through the hills while the deck was replaced.
The council said the new deck should last for at least fifty years with little upkeep.";
    for (stamp, published) in [
        ("March 4, 2021 6:11 PM", "2021-03-04T18:11:00"),
        ("Published on: Thu, 04 Mar 2021 at 09:56 IST", "2021-03-04T09:56:00"),
        ("8:13 AM PDT 3/4/2021", "2021-03-04T08:13:00"),
        // A label before the clock; the day before the label; a second stamp after the first.
        ("Published 6:11 pm, Thursday, March 4, 2021", "2021-03-04T18:11:00"),
        ("4 March 2021 Last updated at 18:11 GMT", "2021-03-04T18:11:00Z"),
        ("Posted: Mar 4, 2021 6:11 PM ET Last Updated: Mar 5, 2021 8:10 AM ET", "2021-03-04T18:11:00"),
        ("on March 4, 2021 at 6:11 PM, updated March 5, 2021 at 8:33 AM", "2021-03-04T18:11:00"),
    ] {
        let body = format!(
            "https://news.example.org/harbour-bridge-reopens\nHarbour bridge reopens after repairs\n{stamp}\n{story}"
        );
        let c = clean(&CleanConfig::standard(), &body, None, Layout::Flat);
        assert_eq!(c.title.as_deref(), Some("Harbour bridge reopens after repairs"), "{stamp}");
        assert_eq!(removed(&c, Byline), [stamp]);
        assert_eq!(c.published.map(|p| p.to_string()).as_deref(), Some(published), "{stamp}");
        assert!(c.text.starts_with("The harbour bridge reopened"), "{}", c.text);
    }
    // A stamp under the first sentence is the page's stamp too, not another article's headline.
    let body = format!(
        "Harbour bridge reopens after eight months\nThe city's main crossing is open again.\n4 March 2021 08:44\n{story}"
    );
    let c = clean(&CleanConfig::standard(), &body, None, Layout::Flat);
    assert_eq!(removed(&c, Byline), ["4 March 2021 08:44"]);
    assert!(removed(&c, Related).is_empty());
    assert_eq!(c.published.map(|p| p.day()).as_deref(), Some("2021-03-04"));
    // A date that ends a sentence broken across lines is no stamp.
    let body = "WASHINGTON, March 23 - A report by the harbour commission concluded that the tides were not
to blame for the two-day closure of the northern pier that occurred Sept.
11-12, 1986
    The report, made public today, said the pier's supports had worn faster than expected.";
    let c = clean(&CleanConfig::standard(), body, None, Layout::Flat);
    assert!(removed(&c, Byline).is_empty(), "{:?}", c.removed);
    assert!(c.text.contains("occurred Sept. 11-12, 1986"), "{}", c.text);
    // A short line of prose with a number in it is no stamp: the hard-wrapped copy joins it.
    let body = "The council voted 7 to 2
on Monday to reopen the harbour bridge once the last of the new deck is laid and tested.
Drivers had used a ferry and a long detour through the hills while the deck was replaced.";
    let c = clean(&CleanConfig::standard(), body, None, Layout::Flat);
    assert!(c.text.starts_with("The council voted 7 to 2 on Monday"), "{}", c.text);
}

#[test]
fn a_quote_that_ends_a_sentence_is_not_a_headline() {
    // A paragraph ending in a quoted full sentence sits between body paragraphs: it is the
    // article, not the headline of another one.
    let body = "Crowds gathered outside parliament on Tuesday as lawmakers debated the budget cuts.

A group of students had climbed the steps of the old library, holding a banner that read \"Workers of the coast, stand together.\"

The vote is expected late on Wednesday, officials said.";
    let c = run(body, "2021-03-04");
    assert!(removed(&c, Related).is_empty(), "{:?}", c.removed);
    assert_eq!(c.text.split("\n\n").count(), 3);
    // A headline may still end on a quoted phrase without a full stop.
    assert!(is_headline("Mayor calls the plan \"a disgrace\"", 3));
}

#[test]
fn penn_treebank_tokens_are_joined() {
    // News stored as a tokeniser left it (Timeline17's form): quotes as `` and '', a space before
    // every comma and stop, "n't" and "'s" apart, single quotes as ` and '.
    let body = "Crews stopped pumping after eight hours of the ` static kill ' procedure , the harbour board said .\n\nIts spokeswoman Ana Ruiz said , `` It 's a milestone . We do n't expect more leaks . ''\n\nThe board 's engineers -LRB- six of them -RRB- spent $ 2 million on the repair .";
    let c = run(body, "2010-08-04");
    assert_eq!(
        c.text,
        "Crews stopped pumping after eight hours of the ‘static kill’ procedure, the harbour board said.\n\nIts spokeswoman Ana Ruiz said, “It's a milestone. We don't expect more leaks.”\n\nThe board's engineers (six of them) spent $2 million on the repair."
    );
    // An opening quote written '' opens; escaped slashes are slashes.
    let body = "In an interview on ABC 's '' Good Morning America , '' the senator said the 24\\/7 coverage helped , the board said .";
    assert_eq!(
        run(body, "2010-08-04").text,
        "In an interview on ABC's “Good Morning America,” the senator said the 24/7 coverage helped, the board said."
    );
    // A crawl tokenised at every mark: its address, clock, date and decimals are whole again.
    let body = "http : / / news . example . com / 2013 / 05 / 02 / quake\n\nUPDATED 05 / 02 / 2013 at 1 : 32 PM\n\nA 4 . 6 magnitude quake shook the `` old town , '' officials said , and it 's the second .";
    let c = run(body, "2013-05-02");
    assert_eq!(c.url.as_deref(), Some("http://news.example.com/2013/05/02/quake"));
    assert!(
        c.text.ends_with("A 4.6 magnitude quake shook the “old town,” officials said, and it's the second."),
        "{}",
        c.text
    );
    // Ordinary text with one stray spaced comma is left as it is.
    let body =
        "The board met on Monday , and voted to repair the pier, the ferry ramp, and the old crane, its chair said.";
    assert_eq!(run(body, "2010-08-04").text, body);
}

#[test]
fn disclosures_and_rights_notices_are_furniture() {
    let body = "The harbour board voted on Monday to close the old pier, which has stood since 1911, until the spring.

Repairs to the deck are expected to cost about twice what the town had set aside for the works this year.

NOTE: The advertising disclaimer below does not apply to this article, which was written by our own newsroom staff.

Advertising disclosure: We may earn a commission on some of the links on this site. Thank you for reading us.

Some rights reserved 2019-2024 by the Harbour Gazette, a partnership of two local media houses of the coast. Articles by our staff are under a licence that allows their use by anyone, except for the uses listed in the licence's terms, which you may read on our site, in full, with the names of all who hold a share in the paper and the ways in which you may write to them.

Copyright law was changed last year, and the board said the new rules about old photographs would let it print the pier's history in a book it plans to sell in the town's shops, which sit along the front and along the road to the station, and in the library, which will hold readings.";
    let c = run(body, "2024-03-04");
    assert_eq!(removed(&c, Disclaimer).len(), 2, "{:?}", c.removed);
    assert_eq!(removed(&c, Copyright).len(), 1, "{:?}", c.removed);
    assert!(c.text.contains("Copyright law was changed"), "{}", c.text);
    assert_eq!(c.text.split("\n\n").count(), 3, "{}", c.text);
}

#[test]
fn captions_credits_and_stamps_of_other_languages() {
    let body =
        "Der Hafenrat hat am Montag beschlossen, die alte Mole bis zum Frühjahr zu schließen, weil das Holz morsch ist.

Blick auf die alte Mole im Abendlicht © Hafenamt Lindau / Eva Kern

Veröffentlicht am 04.03.2024

Die Reparatur soll etwa doppelt so viel kosten, wie die Stadt für dieses Jahr eingeplant hatte, sagte der Vorsitzende.

Arbeiter prüfen die Planken der Mole. (Foto: Hafenamt Lindau)

Titelbild: Eva Kern

Crédits photos : Port de Lindau

Die Angler sollen während der Arbeiten an den Strand ausweichen, heißt es in der Mitteilung des Rates.";
    let c = run(body, "2024-03-04");
    assert_eq!(removed(&c, Caption).len(), 4, "{:?}", c.removed);
    assert_eq!(removed(&c, Byline), ["Veröffentlicht am 04.03.2024"], "{:?}", c.removed);
    assert_eq!(c.text.split("\n\n").count(), 3, "{}", c.text);
}

#[test]
fn cookie_notices_are_furniture_and_stories_about_cookies_are_not() {
    let body = "The harbour board voted on Monday to close the old pier, which has stood since 1911, until the spring.

We use cookies to give you the best experience of our site. By continuing to browse, you agree to their use.

Durch die weitere Nutzung der Seite stimmst du der Verwendung von Cookies zu. Weitere Informationen

The board's new booking page drew complaints: advertisers use cookies to follow people across websites, one member said.

Repairs to the deck are expected to cost about twice what the town had set aside for the works this year.";
    let c = run(body, "2024-03-04");
    assert_eq!(removed(&c, Boilerplate).len(), 2, "{:?}", c.removed);
    assert!(c.text.contains("advertisers use cookies"), "{}", c.text);
    assert_eq!(c.text.split("\n\n").count(), 3, "{}", c.text);
}

#[test]
fn prompts_of_other_languages_are_furniture() {
    let body =
        "Der Hafenrat hat am Montag beschlossen, die alte Mole bis zum Frühjahr zu schließen, weil das Holz morsch ist.

- Anzeige -

Lesen Sie auch: Neue Fähre nach Bregenz ab Mai

Die Reparatur soll etwa doppelt so viel kosten, wie die Stadt für dieses Jahr eingeplant hatte, sagte der Vorsitzende.

Das könnte Sie auch interessieren!

Verpasse keine News aus dem Hafen 💌

Möchten Sie den Artikel teilen?

Kommentare

À lire aussi : le port de Lindau en chiffres

Síguenos en Telegram y Twitter para recibir todas nuestras noticias

Die Angler sollen während der Arbeiten an den Strand ausweichen, heißt es in der Mitteilung des Rates.";
    let c = run(body, "2024-03-04");
    assert_eq!(removed(&c, Promo).len(), 6, "{:?}", c.removed);
    assert_eq!(removed(&c, Social).len(), 2, "{:?}", c.removed);
    assert_eq!(c.text.split("\n\n").count(), 3, "{}", c.text);
}

#[test]
fn a_stamp_of_numbers_reads_as_the_month_the_story_names() {
    let story = |month: &str| {
        format!(
            "Harbour bridge reopens after repairs\n\n2/3/2009 5:59 PM\n\nThe harbour bridge reopened to traffic after eight months of repairs, the council said.\n\n\
             The work began in {month} last year, when engineers found cracks in the deck."
        )
    };
    let day = |body: &str| clean(&CleanConfig::standard(), body, None, Layout::Flat).published.map(|p| p.day());
    // Read day first, 2 March; the story speaks of February, so it is 3 February.
    assert_eq!(day(&story("Feb.")).as_deref(), Some("2009-02-03"));
    assert_eq!(day(&story("February")).as_deref(), Some("2009-02-03"));
    // Naming the first reading's month too, or neither, leaves the stamp as read.
    assert_eq!(day(&story("March")).as_deref(), Some("2009-03-02"));
    assert_eq!(day(&story("the spring")).as_deref(), Some("2009-03-02"));
    let both = story("February").replace("after eight", "in March after eight");
    assert_eq!(day(&both).as_deref(), Some("2009-03-02"));
}

#[test]
fn a_headline_over_one_sentence_per_line_is_the_title() {
    let story = "The harbour bridge reopened to traffic on Thursday after eight months of repairs, the council said.
Drivers had used a ferry and a long detour through the hills while the deck was replaced.
The council said the new deck should last for at least fifty years with little upkeep.";
    let c =
        clean(&CleanConfig::standard(), &format!("Harbour bridge reopens after repairs\n{story}"), None, Layout::Flat);
    assert_eq!(c.title.as_deref(), Some("Harbour bridge reopens after repairs"));
    assert!(c.text.starts_with("The harbour bridge reopened"), "{}", c.text);
    // Under a crawl's address too.
    let body = format!("https://news.example.org/bridge\nHarbour bridge reopens after repairs\n{story}");
    let c = clean(&CleanConfig::standard(), &body, None, Layout::Flat);
    assert_eq!(c.title.as_deref(), Some("Harbour bridge reopens after repairs"));
    // A stamp under the first sentence is the page's stamp, not another article's headline.
    let body = format!(
        "https://news.example.org/bridge\nHarbour bridge reopens after repairs\nThe city's main crossing, closed since the spring, is open again after eight long months of work on its deck.\n\
         Drivers who had used the ferry were back on the bridge within an hour of the reopening.\nTHURSDAY, MARCH 4, 2021, 9:53 PM\n{story}"
    );
    let c = clean(&CleanConfig::standard(), &body, None, Layout::Flat);
    assert_eq!(removed(&c, Byline), ["THURSDAY, MARCH 4, 2021, 9:53 PM"]);
    assert_eq!(c.published.map(|p| p.to_string()).as_deref(), Some("2021-03-04T21:53:00"));
    // A headline broken before a line that does not open a sentence stays whole, and indented
    // wire copy and a first line as long as the rest are hard-wrapped text.
    let wire = "HARBOUR COUNCIL BACKS G
-7 BRIDGE PLAN
    PORTVILLE, March 3 - The harbour council voted on Monday to reopen the
bridge once the last of the new deck is laid and tested by the engineers.
    Drivers had used a ferry and a long detour through the hills while
the deck was replaced, the council's chair told reporters after the vote.";
    let c = clean(&CleanConfig::standard(), wire, None, Layout::Flat);
    assert_ne!(c.title.as_deref(), Some("HARBOUR COUNCIL BACKS G"));
    assert!(c.removed.iter().all(|r| r.text != "HARBOUR COUNCIL BACKS G"), "{:?}", c.removed);
    let wrapped = "PORTVILLE, March 3 - The harbour council voted on Monday to reopen the
Bridge Street crossing once the last of the new deck is laid and tested by the engineers.
Drivers had used a ferry and a long detour through the hills while the deck was replaced,
the council's chair told reporters after the vote on the bridge and the harbour wall.";
    let c = clean(&CleanConfig::standard(), wrapped, None, Layout::Flat);
    assert!(c.title.is_none(), "{:?}", c.title);
    assert!(
        c.text.starts_with("PORTVILLE, March 3 - The harbour council voted on Monday to reopen the Bridge Street"),
        "{}",
        c.text
    );
}
