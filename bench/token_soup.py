"""Token soup: random texts built from the pieces attribution rules read (cues, quote marks,
asides, poll shares, "with … reporting", numbers, accented and CJK text), one JSON object a line,
for looking for panics. Usage: token_soup.py SEED [COUNT] > soup.jsonl
"""

import json
import random
import sys

PIECES = [
    "said", "says", "told", "added", "warned", "asked", "ruled", "found", "reported", "estimate",
    "suggests", "according to", "citing", "with", "who", "which", "where", "when",
    "asked not to be named", "at least", "as many as", "and", "but", "while", "that", ",", ", ", ".",
    ". ", '"', "“", "”", "''", "’", "'", "—", ":", ";", "(", ")", "\n", "The", "the", "a",
    "Ana Ruiz", "Petersen", "officials", "three-quarters", "Six in 10", "more than 4 in 10",
    "Monday", "on Monday", "the court", "him", "to", "out", "é", "ü", "日本", "🙂", "Jones.", "Inc.",
    "Harbour Radio reported", "KCNA", "reporting", "have", "has", "long", "also", "the 1960s",
    "'90s", "every Sunday", "each", "x" * 50, "1,200", "$5 million",
    # The shapes of later rules: polls, hedges, partisans, relative statements, questions, headlines.
    "In", "in", "poll", "polls", "survey", "the latest poll", "released Monday", "percent", "  ",
    "who said", "saying", "adding", "Asked", "about", "supporting", "groups", "appears to", "seems",
    "endorsed", "called", "in a statement", "why", "Q:", "A:", "Leaves", "Harbour Board",
    "Owner", "Street", "117th", "Route 94", "resident", "near", "state",
]


def main():
    seed = int(sys.argv[1])
    count = int(sys.argv[2]) if len(sys.argv) > 2 else 4000
    rng = random.Random(seed)
    for i in range(count):
        parts = []
        for _ in range(rng.randint(1, 60)):
            parts.append(rng.choice(PIECES))
            parts.append(rng.choice([" ", "", " ", " ", ", "]))
        print(json.dumps({"id": f"{seed}-{i}", "text": "".join(parts)}))


if __name__ == "__main__":
    main()
