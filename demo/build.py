#!/usr/bin/env python3
"""Writes storyline's demo corpus into demo/corpus/.

Every article here is fiction written for storyline's demo and tests: real places, invented
events. The corpus covers every input format (seed text, plain text, JSONL, JSON array, HTML,
WARC; gzip and zstd), several stories over months, syndicated copies, ticker strips, promo lines,
disclaimers, bylines, related headlines and tag lists. Run it again after editing; the output is
deterministic (fixed gzip mtime)."""
import gzip, io, json, os, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "corpus")

def write(name, data):
    path = os.path.join(OUT, name)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as f:
        f.write(data if isinstance(data, bytes) else data.encode("utf-8"))

def gz(data):
    buf = io.BytesIO()
    with gzip.GzipFile(fileobj=buf, mode="wb", mtime=0) as f:
        f.write(data.encode("utf-8"))
    return buf.getvalue()

def zst(data):
    return subprocess.run(["zstd", "-q", "-c", "--no-check"], input=data.encode(), capture_output=True, check=True).stdout

# ---------------------------------------------------------------- story 1: Danube flood (March 2025)
DANUBE_WIRE = """Budapest [Hungary], March 10 (AFP): The Danube rose to its highest level in two decades on Monday, flooding riverside roads in Budapest and forcing the evacuation of about 3,000 residents from low-lying districts, the city's disaster office said.

Water reached 8.9 metres at the Vigado gauge on Sunday night, the office said, citing hydrologists who expect the crest to pass the capital by Wednesday.

"We have never moved so many people so quickly," Mayor Gergely Karacsony told reporters, adding that soldiers had laid more than 400,000 sandbags along the embankments since Friday.

Downstream, Serbian officials in Novi Sad said they were preparing for the flood wave to arrive later in the week, according to state broadcaster RTS.

Hungary's interior ministry said two people had died in the flooding, and that rail services between Budapest and Vienna would stay suspended until at least Thursday. (AFP)"""

write("seed/danube-flood-portal.txt", " date 2025-03-10 " + DANUBE_WIRE.replace(
    "Downstream, Serbian", "Also Read | Best Budget Laptops of 2025: Ten Picks That Will Not Empty Your Wallet.\n\nDownstream, Serbian").replace(
    "Thursday. (AFP)", "Thursday. (AFP)\n\nAlso Read | Celebrity Chef Opens Fourth Restaurant, Fans Queue Around the Block.\n\n(The above story is verified and authored by AFP staff. The views appearing in the above post do not reflect the opinions of Example Portal.)"))

records = []
records.append({"id": "danube-herald-0310", "url": "https://herald.example/world/danube-flood-budapest",
    "headline": "Budapest evacuates thousands as Danube hits 20-year high",
    "maintext": DANUBE_WIRE + "\n\nREAD MORE: How Europe's rivers are changing with the climate",
    "date_publish": "2025-03-10 14:20:00", "source_domain": "herald.example", "authors": ["AFP"], "language": "en"})
records.append({"id": "danube-herald-0312", "url": "https://herald.example/world/danube-crest-passes",
    "headline": "Danube crest passes Budapest, Serbia braces for flood wave",
    "maintext": "The flood crest on the Danube passed Budapest on Wednesday, two days after the river reached its highest level in twenty years, and water levels began to fall slowly, Hungary's disaster office said.\n\nAbout 1,200 of the roughly 3,000 people evacuated on Monday were allowed to return home, the office said. Officials warned that embankments would remain under strain for several more days.\n\nIn Serbia, authorities declared an emergency in Novi Sad and Belgrade, where the wave is expected on Friday. Interior Minister Ivica Dacic said between 5,000 and 7,000 people could be moved if the river breaks its banks.\n\nEconomists at a Budapest bank estimated the cost of the flood to Hungary at nearly 150 million euros.",
    "date_publish": "2025-03-12", "source_domain": "herald.example", "authors": "Eszter Nagy", "language": "en"})

# ---------------------------------------------------------------- story 2: Rotterdam port strike (May 2025)
write("seed/rotterdam-strike-market.txt", """ date 2025-05-12 AEXIDX 912.40 Decreased By ▼ -6.15 (-0.67%)
PORTX 44.10 Decreased By ▼ -1.20 (-2.65%)
SHIPCO 18.75 Increased By ▲ 0.35 (1.90%)
BALTIC 1,864 Decreased By -22.0 (-1.17%)
Markets

Rotterdam dockworkers walk out over automation plans

Reuters Published 12 May, 2025 08:10am

ROTTERDAM: Thousands of dockworkers at the port of Rotterdam walked off the job on Monday in protest against plans to automate two container terminals, halting most loading at Europe's busiest port.

The FNV union said about 4,500 workers had joined the 48-hour strike, and warned it could be extended if terminal operators did not withdraw the plans.

"Machines do not pay taxes and do not buy bread," union negotiator Niek Stam told a rally outside the Maasvlakte terminals.

Shipping lines reroute cargo as Dutch strike bites

More than 30 container ships were waiting at anchor off the Hook of Holland by midday, according to ship-tracking data.

A spokesperson for the port authority said the terminal operators had offered talks on Tuesday.

Rotterdam port strike FNV Maasvlakte automation Netherlands
""")

records.append({"id": "rotterdam-talks-0513", "url": "https://tradewinds.example/ports/rotterdam-talks",
    "title": "Rotterdam strike talks open as ships queue offshore",
    "text": "ROTTERDAM, May 13 (Reuters) - Terminal operators and the FNV union began talks on Tuesday to end a strike at the port of Rotterdam, as the number of ships waiting offshore rose to more than 40.\n\nThe operators said they were ready to guarantee jobs until 2030 but would not drop automation at the two Maasvlakte terminals. \"Automation is not up for discussion, jobs are,\" their spokesperson said.\n\nUnion negotiator Niek Stam said the offer was a start but fell short. The strike is due to end on Wednesday morning unless it is extended.\n\nShippers said the walkout had already delayed about 60,000 containers.",
    "published": "2025-05-13T09:45:00Z", "outlet": "Tradewinds Example", "byline": "Reuters", "lang": "en"})

# ---------------------------------------------------------------- story 4: Kenya rate cut (June 2025)
records.append({"id": "kenya-rates-0610", "url": "https://markets.example/africa/kenya-rate-cut",
    "title": "Kenya's central bank cuts key rate to 9.5%",
    "text": "NAIROBI, June 10 (Reuters) - The Central Bank of Kenya cut its benchmark lending rate by 50 basis points to 9.5% on Tuesday, its fourth cut in a row, saying inflation was expected to stay within its target range.\n\nInflation eased to 3.8% in May from 4.1% in April, the statistics office said last week.\n\n\"The economy needs more credit to households and small firms,\" Governor Kamau Thugge told a news conference in Nairobi, adding that the bank would keep watching the shilling.\n\nEight of the 11 analysts polled by Reuters had expected the cut.",
    "date": "2025-06-10", "source": "markets.example"})

# ---------------------------------------------------------------- story 5: glacier collapse (May/June 2025)
records.append({"id": "glacier-0529", "url": "https://alpine.example/news/blatten-glacier-day-two",
    "title": "Search resumes after glacier collapse buries Swiss village",
    "content": "Rescue teams resumed the search on Thursday for a 64-year-old man missing since a glacier collapse buried most of the Swiss village of Blatten in the canton of Valais a day earlier.\n\nAbout three million cubic metres of ice, mud and rock slid down the mountainside on Wednesday afternoon, police said. The village's 300 residents had been evacuated ten days earlier after geologists warned that the glacier was breaking up.\n\n\"We have lost our village, but not our community,\" Blatten's mayor Matthias Bellwald told Swiss broadcaster SRF.\n\nThe army sent heavy equipment to clear debris that has blocked the river Lonza, creating a lake that officials fear could flood villages further down the valley.",
    "dct": "2025-05-29", "publisher": {"name": "Alpine Report"}, "author": "Lea Meier"})

write("jsonl/wire-desk.jsonl", "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records))

write("seed/glacier-collapse.txt", """date 2025-05-28
Blatten [Switzerland], May 28 (Xinhua): A huge section of the Birch glacier collapsed on Wednesday and buried most of the village of Blatten in southern Switzerland, local authorities said.

The village had been evacuated on May 19 after experts warned of the danger, so only one person was reported missing, police in the canton of Valais said.

Also Read | Top Ten Summer Destinations You Can Reach by Train This Year.

Video from the scene showed a vast cloud of dust rising over the valley as ice and rock swept over houses.

Experts said warmer summers had made Alpine glaciers less stable over the past two decades. (Xinhua)
""")

# ---------------------------------------------------------------- story 3: Marseille wildfire (July 2025)
FIRE_AP = "MARSEILLE, France (AP) - A wildfire driven by strong winds reached the northern edge of Marseille on Tuesday, forcing the evacuation of several hundred homes and closing the city's airport for four hours, officials said.\n\nSome 700 firefighters backed by water-bombing planes battled the blaze, which had burned about 750 hectares since it broke out near the town of Pennes-Mirabeau at midday, the regional fire service said.\n\nMarseille Mayor Benoit Payan urged residents to stay indoors as thick smoke covered parts of the city. \"The fire is at our doors,\" he wrote on social media.\n\nNine firefighters were slightly injured, according to the interior ministry."
fire_records = [
    {"id": "fire-ap-0708-a", "url": "https://dailyglobe.example/europe/marseille-wildfire",
     "title": "Wildfire reaches edge of Marseille, airport closed", "text": FIRE_AP,
     "published": "2025-07-08T18:30:00+02:00", "outlet": "Daily Globe", "byline": "The Associated Press", "lang": "en"},
    {"id": "fire-ap-0708-b", "url": "https://coastnews.example/wires/2025/07/08/france-wildfire",
     "title": "France wildfire forces evacuations near Marseille", "text": FIRE_AP + "\n\nClick here to subscribe to our daily newsletter.",
     "published": "2025-07-08T19:02:00+02:00", "outlet": "Coast News", "byline": "AP", "lang": "en"},
]
write("jsonl/wires-july.jsonl.gz", gz("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in fire_records)))

write("seed/marseille-fire-lifted.txt", """ date 2025-07-15 Marseille, July 15 (AFP): Residents evacuated from the northern districts of Marseille were allowed to return home on Tuesday, a week after a wildfire swept up to the edge of France's second city.

The fire, which burned about 750 hectares, has been fully under control since Friday, the regional fire service said.

Prosecutors said they had opened an investigation after the blaze was traced to sparks from a vehicle that had caught fire beside a motorway.

Also Read | Five Easy Recipes for Hot Summer Evenings.

(This story has not been edited by Example Portal staff and is auto-generated from a syndicated feed.)
""")

FIRE_HTML = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Firefighters hold the line north of Marseille | Riviera Times</title>
<meta property="og:site_name" content="Riviera Times">
<meta property="og:title" content="Firefighters hold the line north of Marseille">
<meta name="author" content="Claire Dumas">
<meta property="article:published_time" content="2025-07-09T07:15:00+02:00">
<link rel="canonical" href="https://rivieratimes.example/2025/07/09/marseille-fire-contained">
<script>window.dataLayer = [{"copyright": "2011", "build": "2019-04-01"}];</script>
</head><body>
<header class="site-header"><nav class="main-nav"><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a> <a href="/weather">Weather</a></nav></header>
<div class="cookie-banner">We use cookies to improve your experience. <a href="/privacy">Accept</a></div>
<main><article class="story">
<h1>Firefighters hold the line north of Marseille</h1>
<div class="byline">By Claire Dumas</div>
<div class="share-tools"><a href="#">Share on Facebook</a> <a href="#">Share on X</a></div>
<div class="article-body">
<p>Firefighters stopped the advance of the wildfire on the northern edge of Marseille overnight, the regional fire service said on Wednesday, after the blaze burned about 750 hectares and forced hundreds of families from their homes.</p>
<p>About 1,000 firefighters were still on the ground on Wednesday morning. Marseille's airport reopened at dawn, though some flights were delayed by smoke. Around 400 people spent the night in school gyms and sports halls.</p>
<figure><img src="/img/fire.jpg" alt=""><figcaption>Smoke over the northern districts. Photo: Riviera Times</figcaption></figure>
<p>"We have saved the houses, but the hills will take years to recover," said fire service spokesperson Marc Vidal.</p>
<p>The wildfire, driven by strong winds, reached the northern edge of Marseille on Monday, forcing the evacuation of several hundred homes and closing the airport.</p>
<p>The fire was the largest near the city since 2016, when several blazes burned more than 3,000 hectares west of Marseille.</p>
</div>
<aside class="related"><h3>Related</h3><ul><li><a href="/a">Heatwave warning extended across southern France</a></li><li><a href="/b">Drought restrictions tightened in Provence</a></li></ul></aside>
</article></main>
<footer class="site-footer">&copy; 2025 Riviera Times. All rights reserved. <a href="/about">About</a></footer>
</body></html>
"""
write("html/marseille-fire-contained.html", FIRE_HTML)

# ---------------------------------------------------------------- WARC: strike end and a glacier follow-up
def http_response(html, extra=""):
    body = html.encode("utf-8")
    return (f"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n{extra}Content-Length: {len(body)}\r\n\r\n").encode() + body

def warc_record(kind, uri, date, content_type, block, rid):
    head = (f"WARC/1.0\r\nWARC-Type: {kind}\r\nWARC-Record-ID: <urn:uuid:{rid}>\r\nWARC-Date: {date}\r\n"
            f"WARC-Target-URI: {uri}\r\nContent-Type: {content_type}\r\nContent-Length: {len(block)}\r\n\r\n").encode()
    return head + block + b"\r\n\r\n"

STRIKE_END = """<html><head><title>Rotterdam port strike ends with job guarantee - Harbour Ledger</title>
<meta property="og:site_name" content="Harbour Ledger">
<script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Rotterdam port strike ends with job guarantee", "datePublished": "2025-05-15T16:00:00+02:00", "author": {"@type": "Person", "name": "Pieter de Vries"}, "publisher": {"@type": "Organization", "name": "Harbour Ledger"}}</script>
</head><body><div class="menu"><a href="/">Front page</a> | <a href="/ports">Ports</a> | <a href="/energy">Energy</a></div>
<div class="content">
<p>Dockworkers at the port of Rotterdam returned to work on Thursday after the FNV union and terminal operators agreed to guarantee jobs until 2032, ending a strike that had stranded dozens of ships.</p>
<p>Under the deal, no worker will lose their job because of automation at the Maasvlakte terminals, and staff who retrain will keep their pay, the union said.</p>
<p>"This is what we were fighting for," union negotiator Niek Stam said. The operators called the agreement fair and said automation would go ahead as planned.</p>
<p>The port authority said it would take about a week to clear the backlog of ships waiting at anchor.</p>
</div><div class="newsletter-signup">Sign up for our morning briefing</div></body></html>"""

GLACIER_FOLLOWUP = """<html lang="en"><head><title>Valais lake threat eases as river cuts channel through debris</title>
<meta name="date" content="2025-06-03">
<meta property="og:site_name" content="Alpine Report"></head><body>
<div id="main"><h1>Valais lake threat eases as river cuts channel through debris</h1>
<p>The lake that formed behind the debris of last week's glacier collapse in Blatten began to drain on Tuesday after the river Lonza cut a channel through the ice and rock, Swiss officials said.</p>
<p>Water levels in the lake fell by about two metres overnight, easing fears that a sudden breach could flood villages further down the Lotschental valley, the canton of Valais said.</p>
<p>Evacuation orders for the neighbouring villages of Wiler and Kippel would stay in place until at least Friday, officials added.</p>
</div><div class="comments"><p>Reader comment: terrible news, thoughts with everyone</p></div></body></html>"""

warc = b"".join([
    warc_record("warcinfo", "", "2025-06-03T10:00:00Z", "application/warc-fields", b"software: storyline demo builder\r\n", "00000000-0000-4000-8000-000000000001"),
    warc_record("request", "https://harbourledger.example/ports/strike-ends", "2025-05-15T18:00:00Z", "application/http; msgtype=request", b"GET /ports/strike-ends HTTP/1.1\r\nHost: harbourledger.example\r\n\r\n", "00000000-0000-4000-8000-000000000002"),
    warc_record("response", "https://harbourledger.example/ports/strike-ends", "2025-05-15T18:00:01Z", "application/http; msgtype=response", http_response(STRIKE_END), "00000000-0000-4000-8000-000000000003"),
    warc_record("response", "https://alpine.example/news/lake-threat-eases", "2025-06-03T12:30:00Z", "application/http; msgtype=response", http_response(GLACIER_FOLLOWUP), "00000000-0000-4000-8000-000000000004"),
])
write("warc/crawl-2025.warc.gz", b"".join(gzip.compress(r, mtime=0) for r in [warc]))

# ---------------------------------------------------------------- JSON array: lithium deal, marathon, Kenya follow-up
array = [
    {"id": "lithium-0402", "url": "https://andes.example/economy/lithium-partnership", "title": "Chile signs lithium partnership with state miner",
     "body": "SANTIAGO, April 2 (Reuters) - Chile's state copper company and a private lithium producer signed a partnership on Wednesday to mine lithium in the Atacama salt flat until 2060, the government said.\n\nThe agreement gives the state a majority stake from 2031 and is expected to raise output by about 300,000 tonnes over the decade, Economy Minister Nicolas Grau said.\n\nShares in the producer rose 4.2% in Santiago trading.",
     "published": "2025-04-02", "outlet": "Andes Economic", "language": "en"},
    {"id": "lithium-0515", "url": "https://andes.example/economy/lithium-court", "title": "Indigenous communities challenge Chile lithium deal in court",
     "body": "Indigenous communities in the Atacama desert filed a legal challenge on Thursday against the lithium partnership Chile signed in April, saying they had not been properly consulted.\n\nThe Atacameno council said the deal, which runs until 2060, would drain water from the salt flat that farmers depend on. \"Our water is not for sale,\" council president Sergio Cubillos told reporters in Santiago.\n\nThe government said the consultation had followed the law and that it expected the courts to uphold the agreement.",
     "published": "2025-05-15", "outlet": "Andes Economic", "language": "en"},
    {"id": "kenya-rates-0611", "title": "Kenyan shilling steady after rate cut",
     "body": "The Kenyan shilling held steady against the dollar on Wednesday, a day after the central bank cut its main rate to 9.5%, traders said.\n\nThe currency traded at 129.2 per dollar, little changed from Tuesday. Traders said inflows from tea and horticulture exports had balanced demand for dollars from importers.\n\nThe central bank has cut its rate by a total of 3.5 percentage points since last August.",
     "published": "June 11, 2025", "outlet": "Markets Example", "language": "en"},
    {"id": "marathon-0928", "url": "https://runnersworld.example/berlin-record", "title": "Kenyan runner breaks course record in Berlin",
     "text": "BERLIN, Sept 28 - Kenyan runner Amos Kiprono won the Berlin marathon on Sunday in 2 hours 2 minutes and 16 seconds, breaking the course record by eight seconds in cool, still conditions.\n\nAbout 45,000 runners from more than 150 countries took part. Ethiopia's Tigist Abera won the women's race in 2:16:40.\n\n\"I felt strong from the start and the crowd carried me home,\" Kiprono said.",
     "date": "2025-09-28", "source": "Runners Example"},
]
write("json/desk-export.json", json.dumps(array, ensure_ascii=False, indent=2) + "\n")

# ---------------------------------------------------------------- zstd plain text, and a headerless text
write("text/rotterdam-cost.txt.zst", zst("""date 2025-05-20
The cost of last week's strike at the port of Rotterdam reached about 90 million euros for shippers and terminal operators, an industry group said on Tuesday, as the port worked through a backlog of ships.

The Dutch shippers' council said roughly 70,000 containers had been delayed by the three-day walkout, which ended on Thursday with a job guarantee for dockworkers until 2032.

Analysts said the dispute was likely to be repeated at other European ports as terminal operators turn to automation.
"""))

write("text/kenya-rate-analysis.txt", """Kenya's rate cuts put the shilling to the test

The Central Bank of Kenya has now cut its main rate four times in a row, bringing it to 9.5%, and economists say the next move will depend on how the shilling holds up.

Lower rates make Kenyan bonds less attractive to foreign investors, which could weaken the currency and push up the cost of imported fuel.

"The bank has room to cut once more, but not much more than that," said an economist at a Nairobi investment firm.
""")


# ---------------------------------------------------------------- more coverage: follow-ups, an updated page
write("seed/danube-serbia-crest.txt", """ date 2025-03-14 Novi Sad [Serbia], March 14 (AFP): The Danube flood wave crested in Novi Sad on Friday at just under seven metres, a few centimetres below the top of the city's defences, Serbian officials said.

About 2,500 people were moved from riverside settlements near Novi Sad and Belgrade as a precaution, the interior ministry said, and schools in low-lying districts stayed closed.

Also Read | The Ten Best Smartwatches for Runners, Ranked by Our Testers.

"The defences held, but the next three days will be hard," Novi Sad mayor Zarko Micin told state broadcaster RTS.

Upstream in Hungary, water levels kept falling and rail services between Budapest and Vienna resumed on Thursday. (AFP)
""")

SERBIA_URL = "https://herald.example/world/serbia-flood-defences"
write("jsonl/wire-desk-2.jsonl", json.dumps({"url": SERBIA_URL, "headline": "Serbia's flood defences hold as Danube crests",
    "text": "Flood defences along the Danube in Serbia held overnight as the river crested in Novi Sad, officials said on Saturday.\n\nThe interior ministry said about 2,500 people had been moved from their homes.",
    "date": "2025-03-15T08:00:00+01:00", "source_domain": "herald.example"}) + "\n")
# The same page, updated later in the day: it replaces the first version in the store.
write("jsonl/wire-desk-3-update.jsonl", json.dumps({"url": SERBIA_URL, "headline": "Serbia's flood defences hold as Danube crests; evacuees start to return",
    "text": "Flood defences along the Danube in Serbia held overnight as the river crested in Novi Sad, officials said on Saturday.\n\nThe interior ministry said about 2,500 people had been moved from their homes, and that the first of them were allowed back by the afternoon.\n\nEngineers will inspect the embankments for damage over the coming week.",
    "date": "2025-03-15T16:30:00+01:00", "source_domain": "herald.example"}) + "\n")

write("html/rotterdam-backlog.html", """<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>Rotterdam clears strike backlog - Harbour Ledger</title>
<meta property="og:site_name" content="Harbour Ledger">
<meta property="article:published_time" content="2025-05-22T11:00:00+02:00">
<meta name="author" content="Pieter de Vries"></head>
<body><nav><a href="/">Front page</a> | <a href="/ports">Ports</a></nav>
<article><h1>Rotterdam clears strike backlog</h1>
<p>The port of Rotterdam said on Thursday it had cleared the queue of ships that built up during last week's dockworkers' strike, a week earlier than it had expected.</p>
<p>All 43 vessels that had waited at anchor have now been handled, the port authority said, and container terminals were back to normal hours.</p>
<p>Shipping lines had diverted some cargo to Antwerp and Hamburg during the three-day walkout.</p>
<div class="social-share">Share this article on X, Facebook or LinkedIn</div>
</article></body></html>
""")

write("seed/kenya-inflation-july.txt", """date 2025-07-01
Kenya's inflation rose to 4.1% in June from 3.8% in May, the statistics office said on Tuesday, driven by higher fuel and food prices.

The figure remains inside the central bank's target range of 2.5% to 7.5%, which economists said left room for another rate cut in August.

READ MORE: What a weaker shilling means for Kenyan importers

The central bank cut its main rate to 9.5% in June, its fourth cut in a row.
""")

write("seed/lithium-court-ruling.txt", """date 2025-08-12 SANTIAGO: A Chilean court on Tuesday rejected a challenge by indigenous communities against the lithium partnership between the state copper company and a private producer, clearing the way for the deal to take effect.

The Atacameno council, which had argued it was not properly consulted, said it would appeal to the Supreme Court.

Economy Minister Nicolas Grau welcomed the ruling and said the partnership would bring investment of about 1 billion dollars to the Atacama region by 2030.

Chile lithium Atacama court indigenous rights
""")

write("json/desk-export-2.json", json.dumps([
    {"id": "glacier-0620", "title": "Blatten residents vote to rebuild their village",
     "body": "Residents of Blatten, the Swiss village buried by a glacier collapse in May, voted on Friday to rebuild it on safer ground a little further up the valley.\n\nThe canton of Valais has promised 20 million francs towards the rebuilding, and a national fund has raised more than 10 million from private donors, officials said.\n\nBuilding could start in 2027 if geologists confirm the new site is safe.",
     "published": "2025-06-20", "outlet": "Alpine Report", "language": "en"},
    {"id": "marathon-0929", "title": "Berlin marathon: record runner sets sights on world mark",
     "text": "A day after breaking the Berlin course record, Kenya's Amos Kiprono said he would aim for the world record at the London marathon next April.\n\n\"Berlin showed me I am ready,\" he told reporters. His coach said the 2 hours 2 minutes and 16 seconds he ran on Sunday came despite a slow first half.",
     "date": "2025-09-29", "source": "Runners Example"},
], ensure_ascii=False, indent=2) + "\n")

print(f"wrote demo corpus to {OUT}", file=sys.stderr)
