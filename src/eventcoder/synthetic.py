"""A synthetic news corpus for benchmarks and scale tests: articles of realistic length built from
templates, reproducible from a seed. The sentences are written for this project."""
from __future__ import annotations

import datetime as dt
import json
import random
from pathlib import Path
from typing import Iterator

ACTORS = [
    "Russia", "China", "the United States", "Iran", "Israel", "Turkey", "India", "Pakistan", "Japan", "France",
    "Germany", "Brazil", "Mexico", "Egypt", "Saudi Arabia", "Ukraine", "South Korea", "North Korea", "Nigeria",
    "Kenya", "the European Union", "the United Nations", "NATO", "Indonesia", "Australia", "Canada",
    "the Russian foreign minister", "Chinese officials", "the Iranian government", "Israeli troops",
    "Turkish police", "Indian diplomats", "the Japanese prime minister", "French President Emmanuel Macron",
    "German Chancellor Olaf Scholz", "Egyptian security forces", "Ukrainian soldiers", "Syrian rebels",
    "the Brazilian president", "Kenyan police", "Saudi officials", "the Pakistani army",
]
EVENTS = [
    "{a} held talks with {b} on {topic} {when}.",
    "{a} met {b} {when} to discuss {topic}.",
    "{a} and {b} signed an agreement on {topic} {when}.",
    "{a} accused {b} of violating the ceasefire {when}.",
    "{a} condemned {b} for its role in {topic}.",
    "{a} said it was ready to cooperate with {b} on {topic}.",
    "{a} urged {b} to show restraint {when}.",
    "{a} threatened to impose sanctions on {b} over {topic}.",
    "{a} imposed new sanctions on {b} {when}.",
    "{a} expelled two diplomats from {b} {when}.",
    "{a} praised {b} for its efforts on {topic}.",
    "{a} will visit {b} next week for talks on {topic}.",
    "{a} rejected a proposal from {b} on {topic}.",
    "{a} launched airstrikes against {b} {when}, officials said.",
    "{a} clashed with {b} near the border {when}.",
    "{a} arrested three citizens of {b} {when}.",
    "{a} sent humanitarian aid to {b} {when}.",
    "{a} demanded that {b} withdraw its forces {when}.",
    "{a} invited {b} to attend a summit on {topic}.",
    "{a} did not meet {b} during the visit.",
]
FILLER = [
    "The talks come amid rising tension in the region, analysts said.",
    "Prices for wheat and fuel have climbed sharply since the start of the year.",
    "The ministry did not give further details.",
    "Officials described the meeting as constructive and frank.",
    "Thousands of people gathered in the capital for the annual festival.",
    "Economists expect growth to slow in the second half of the year.",
    "The statement was published on the ministry's website late in the evening.",
    "Local media reported heavy rain in several provinces.",
    "Observers said the outcome remained uncertain.",
    "A spokesman declined to say when the next round would take place.",
]
TOPICS = ["energy security", "trade", "the nuclear programme", "border security", "climate change",
          "the grain corridor", "counterterrorism", "telecommunications", "migration", "water rights"]
WHEN = ["on Monday", "on Tuesday", "yesterday", "last week", "on Sunday", "earlier this month", "", "today"]


def articles(n: int, seed: int = 1, start: dt.date = dt.date(2023, 1, 1)) -> Iterator[dict]:
    """n article records ({id, title, date, publisher, text}), 10-22 sentences each, reproducible."""
    rng = random.Random(seed)
    for i in range(n):
        day = start + dt.timedelta(days=rng.randrange(700))
        sents = []
        for _ in range(rng.randint(10, 22)):
            if rng.random() < 0.45:
                a, b = rng.sample(ACTORS, 2)
                s = rng.choice(EVENTS).format(a=a, b=b, topic=rng.choice(TOPICS), when=rng.choice(WHEN))
                s = " ".join(s.split()).replace(" .", ".")
                sents.append(s[0].upper() + s[1:])
            else:
                sents.append(rng.choice(FILLER))
        paras = [" ".join(sents[k:k + 3]) for k in range(0, len(sents), 3)]
        yield {"id": f"synth-{seed}-{i:07d}", "title": f"Report {i} on {rng.choice(TOPICS)}",
               "date": day.isoformat(), "publisher": "Synthetic Wire", "text": "\n\n".join(paras)}


def write_jsonl(path: str | Path, n: int, seed: int = 1) -> Path:
    """Write n synthetic articles as JSON lines."""
    path = Path(path)
    with open(path, "w", encoding="utf-8") as f:
        for a in articles(n, seed):
            f.write(json.dumps(a) + "\n")
    return path
