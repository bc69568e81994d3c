#!/usr/bin/python3
"""Name and address accuracy of `piguard scan` on real Chinese text from ../shared/eval/external:
Resume NER (NAME), Weibo NER (PER.NAM) and CLUENER (name, address); and on the English sentences
of presidio-research's synthetic set (the types piguard shares with it: names, e-mail, IPs, cards,
phones, street addresses; one sentence a line, scanned as one text). These corpora label every
mention, while piguard reports a name only with context (a trigger such as 我叫/姓名, a sex
marker, an honorific, a name field), so recall here is the share of mentions that come with
such context; precision is what matters for a scanner. A finding counts as correct when it
overlaps a labelled span of the same kind with IoU >= 0.5 (the shared scorer's rule).

Usage: bench/eval_external.py [--piguard build/piguard] [--external ../shared/eval/external]
"""
import argparse
import json
import os
import re
import subprocess
import tempfile


def iou(a, b):
    inter = min(a[1], b[1]) - max(a[0], b[0])
    return inter / (max(a[1], b[1]) - min(a[0], b[0])) if inter > 0 else 0.0


def char_corpus(path, sep, tag_index, name_tags):
    """One-character-per-line files (BIO or BMES tags) -> (utf-8 bytes, [(start, end)] spans)."""
    out = bytearray()
    spans = []
    open_start = None
    open_end = None

    def close():
        nonlocal open_start
        if open_start is not None:
            spans.append((open_start, open_end))
        open_start = None

    for raw in open(path, encoding="utf-8"):
        line = raw.rstrip("\n")
        if not line.strip():
            close()
            out += b"\n"
            continue
        parts = line.split(sep)
        ch, tag = parts[0][0], parts[tag_index]
        pos = len(out)
        enc = ch.encode("utf-8")
        out += enc
        prefix, kind = (tag.split("-", 1) + [""])[:2] if "-" in tag else (tag, "")
        if kind not in name_tags or prefix in ("B", "S"):
            close()
        if kind in name_tags:
            if prefix in ("B", "S") or open_start is None:
                open_start = pos
            open_end = pos + len(enc)
            if prefix in ("E", "S"):
                close()
    close()
    return bytes(out), spans


def cluener(path):
    text = open(path, encoding="utf-8").read()
    dec = json.JSONDecoder()
    i = 0
    out = bytearray()
    spans = {"name": [], "address": []}
    while True:
        m = re.compile(r"\S").search(text, i)
        if not m:
            break
        obj, i = dec.raw_decode(text, m.start())
        sentence = obj["text"].replace("\n", " ")
        base = len(out)
        for kind in spans:
            for mentions in obj.get("label", {}).get(kind, {}).values():
                for s, e in mentions:
                    b0 = base + len(sentence[:s].encode("utf-8"))
                    b1 = base + len(sentence[: e + 1].encode("utf-8"))
                    spans[kind].append((b0, b1))
        out += sentence.encode("utf-8") + b"\n"
    return bytes(out), spans


def presidio(path):
    """presidio-research's synth_dataset_v2.json -> (utf-8 bytes, {entity_type: [(start, end)]})."""
    out = bytearray()
    spans = {}
    for rec in json.load(open(path, encoding="utf-8")):
        text = rec["full_text"].replace("\r", " ").replace("\n", " ")
        base = len(out)
        for sp in rec["spans"]:
            s = base + len(text[:sp["start_position"]].encode("utf-8"))
            e = base + len(text[:sp["end_position"]].encode("utf-8"))
            spans.setdefault(sp["entity_type"], []).append((s, e))
        out += text.encode("utf-8") + b"\n"
    return bytes(out), spans


def scan(piguard, data):
    with tempfile.NamedTemporaryFile(suffix=".txt") as f:
        f.write(data)
        f.flush()
        out = subprocess.run([piguard, "scan", "-j1", "--format", "jsonl", f.name],
                             capture_output=True, text=True).stdout
    return [json.loads(l) for l in out.splitlines()]


def score(found, gold):
    used = [False] * len(gold)
    tp = 0
    gold_sorted = sorted(range(len(gold)), key=lambda k: gold[k])
    for s, e in found:
        for k in gold_sorted:
            if not used[k] and iou((s, e), gold[k]) >= 0.5:
                used[k] = True
                tp += 1
                break
    p = tp / len(found) if found else 0.0
    r = tp / len(gold) if gold else 0.0
    return tp, len(found), len(gold), p, r


def main():
    ap = argparse.ArgumentParser()
    here = os.path.dirname(os.path.abspath(__file__))
    ap.add_argument("--piguard", default=os.path.join(here, "..", "build", "piguard"))
    ap.add_argument("--external", default=os.path.join(here, "..", "..", "shared", "eval", "external"))
    a = ap.parse_args()
    rows = []
    data, gold = char_corpus(os.path.join(a.external, "resume_train.char.bmes"), " ", -1, {"NAME"})
    f = [(o["start"], o["end"]) for o in scan(a.piguard, data) if o["type"] == "PERSON_NAME"]
    rows.append(("Resume NER", "PERSON_NAME", *score(f, gold)))
    data, gold = char_corpus(os.path.join(a.external, "weiboNER_2nd_conll.train"), "\t", -1, {"PER.NAM"})
    f = [(o["start"], o["end"]) for o in scan(a.piguard, data) if o["type"] == "PERSON_NAME"]
    rows.append(("Weibo NER", "PERSON_NAME", *score(f, gold)))
    data, spans = cluener(os.path.join(a.external, "cluener_train.json"))
    found = scan(a.piguard, data)
    f = [(o["start"], o["end"]) for o in found if o["type"] == "PERSON_NAME"]
    rows.append(("CLUENER", "PERSON_NAME", *score(f, spans["name"])))
    f = [(o["start"], o["end"]) for o in found if o["type"] == "STREET_ADDRESS"]
    rows.append(("CLUENER", "STREET_ADDRESS", *score(f, spans["address"])))
    data, spans = presidio(os.path.join(a.external, "presidio-research", "synth_dataset_v2.json"))
    found = scan(a.piguard, data)
    for ours, theirs in (("PERSON_NAME", "PERSON"), ("EMAIL_ADDRESS", "EMAIL_ADDRESS"),
                         ("IP_ADDRESS", "IP_ADDRESS"), ("BANK_CARD_NUMBER", "CREDIT_CARD"),
                         ("PHONE_NUMBER", "PHONE_NUMBER"), ("STREET_ADDRESS", "STREET_ADDRESS")):
        f = [(o["start"], o["end"]) for o in found if o["type"] == ours]
        rows.append(("Presidio EN", ours, *score(f, spans.get(theirs, []))))
    print(f"{'corpus':12} {'type':16} {'tp':>6} {'found':>6} {'labels':>7} {'prec':>6} {'recall':>6}")
    for name, t, tp, nf, ng, p, r in rows:
        print(f"{name:12} {t:16} {tp:6d} {nf:6d} {ng:7d} {p:6.3f} {r:6.3f}")


if __name__ == "__main__":
    main()
