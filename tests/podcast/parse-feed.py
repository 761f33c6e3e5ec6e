#!/usr/bin/python3
"""Reads podcast feeds as podcast apps do, for loa's tests: each feed through feedparser (the
RSS and itunes fields, and whether it is well formed), and the Podcasting 2.0 elements, which
feedparser does not model, through the standard library's XML parser. Prints one JSON object
per feed, by file name."""

import json
import sys
import xml.etree.ElementTree as ElementTree

import feedparser

PODCAST = "{https://podcastindex.org/namespace/1.0}"
ITUNES = "{http://www.itunes.com/dtds/podcast-1.0.dtd}"


def podcast_elements(path):
    channel = ElementTree.parse(path).getroot().find("channel")
    text = lambda element, name: (element.findtext(name) or "").strip()
    return {
        "guid": text(channel, PODCAST + "guid"),
        "locked": text(channel, PODCAST + "locked"),
        "medium": text(channel, PODCAST + "medium"),
        # feedparser reads only the old `yes`/`clean`; Apple now asks for `true`/`false`.
        "explicit": text(channel, ITUNES + "explicit"),
        "category": [c.get("text") for c in channel.iter(ITUNES + "category")],
        "remote_items": [dict(item.attrib) for item in channel.findall(PODCAST + "remoteItem")],
        "items": [
            {
                "guid": text(item, "guid"),
                "transcripts": [dict(t.attrib) for t in item.findall(PODCAST + "transcript")],
                "chapters": [dict(c.attrib) for c in item.findall(PODCAST + "chapters")],
                "location": [
                    dict(l.attrib, name=(l.text or "").strip())
                    for l in item.findall(PODCAST + "location")
                ],
            }
            for item in channel.findall("item")
        ],
    }


def read(path):
    parsed = feedparser.parse(path)
    feed = parsed.feed
    return {
        "bozo": bool(parsed.bozo),
        "bozo_exception": str(parsed.get("bozo_exception", "")),
        "version": parsed.version,
        "title": feed.get("title"),
        "link": feed.get("link"),
        "language": feed.get("language"),
        "description_bytes": len(feed.get("subtitle", "").encode("utf-8")),
        "image": (feed.get("image") or {}).get("href"),
        "author": feed.get("author"),
        "entries": [
            {
                "title": entry.get("title"),
                "link": entry.get("link"),
                "id": entry.get("id"),
                "published": entry.get("published"),
                "published_parsed": list(entry.published_parsed[:6]) if entry.get("published_parsed") else None,
                "duration": entry.get("itunes_duration"),
                "enclosures": [
                    {"href": e.get("href"), "length": e.get("length"), "type": e.get("type")}
                    for e in entry.get("enclosures", [])
                ],
            }
            for entry in parsed.entries
        ],
        "podcast": podcast_elements(path),
    }


print(json.dumps({path: read(path) for path in sys.argv[1:]}, ensure_ascii=False))
