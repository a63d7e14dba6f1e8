#!/usr/bin/env python3
"""Cue rates of quiz banks: longest/shortest key, true/false balance, hedging/absolute words, items without objective.

Run: python3 tools/curriculum/item_cues.py courses/smp-practitioner/0*   (VERBOSE=1 lists absolute words in distractors).
The validator (--validate-courses) is the authority; this script is a quick author-side measure."""
import sys, re, yaml, glob, os
VERBOSE = os.environ.get("VERBOSE") == "1"
HEDGE = re.compile(r"\b(usually|often|generally|typically|may|might|can|some|sometimes|most)\b", re.I)
ABSOLUTE = re.compile(r"\b(always|never|only|all|none|every|nothing|exactly|guarantee[sd]?)\b", re.I)
def scan(path):
    q = yaml.safe_load(open(path))["questions"]
    s = dict(single=0, shortest=0, longest=0, chance=0.0, tf=0, tftrue=0, types={}, hedge_key=0, abs_dist=0, abs_key=0, noobj=0)
    for it in q:
        t = it["type"]; s["types"][t] = s["types"].get(t, 0) + 1
        if not it.get("objective"): s["noobj"] += 1
        if t == "single":
            opts = it["options"]; s["single"] += 1
            lens = [len(str(o.get("text", ""))) for o in opts]
            key = [i for i, o in enumerate(opts) if o.get("correct")][0]
            if lens[key] == max(lens) and lens.count(max(lens)) == 1: s["longest"] += 1
            s["chance"] += 1 / len(opts)
            if lens[key] == min(lens) and lens.count(min(lens)) == 1: s["shortest"] += 1
            for i, o in enumerate(opts):
                if i != key and ABSOLUTE.search(str(o.get("text", ""))) and VERBOSE: print("   abs-distractor:", it["id"], o["text"])
            if HEDGE.search(str(opts[key]["text"])): s["hedge_key"] += 1
            if ABSOLUTE.search(str(opts[key]["text"])): s["abs_key"] += 1
            s["abs_dist"] += sum(1 for i, o in enumerate(opts) if i != key and ABSOLUTE.search(str(o.get("text", ""))))
        if t == "true-false":
            s["tf"] += 1; s["tftrue"] += 1 if it["answer"] else 0
    return s
tot = None
rows = []
for d in sorted(sys.argv[1:]):
    p = os.path.join(d, "quiz.yaml"); s = scan(p); rows.append((os.path.basename(d), s))
for name, s in rows:
    print(f"{name:22} single={s['single']:3} longest-key={s['longest']:3} ({100*s['longest']/max(1,s['single']):.0f}%, chance {100*s['chance']/max(1,s['single']):.0f}%)"
          f" shortest-key={s['shortest']:2}  t/f={s['tf']:2} true={s['tftrue']:2}  hedge-in-key={s['hedge_key']} absolute-in-key={s['abs_key']} absolute-in-distractors={s['abs_dist']}  no-objective={s['noobj']}  types={s['types']}")
S = lambda k: sum(s[k] for _, s in rows)
print(f"{'TOTAL':22} single={S('single')} longest-key={S('longest')} ({100*S('longest')/max(1,S('single')):.0f}%, chance {100*S('chance')/max(1,S('single')):.0f}%) shortest-key={S('shortest')} ({100*S('shortest')/max(1,S('single')):.0f}%)  t/f={S('tf')} true={S('tftrue')} ({100*S('tftrue')/max(1,S('tf')):.0f}%)  hedge-in-key={S('hedge_key')} abs-in-key={S('abs_key')} abs-in-distractors={S('abs_dist')} no-objective={S('noobj')}")
