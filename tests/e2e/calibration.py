#!/usr/bin/env python3
"""Confidence calibration of a faultline build on the labelled fixtures.

usage: calibration.py --faultline BIN [--corpora DIR] [--check]
Prints, per confidence band of the top diagnosis, how many fixtures fell in it and how many of those
were right. With --check, exits 1 unless diagnoses with confidence >= 0.8 are right >= 95% of the time.
"""
import argparse, json, os, subprocess, sys, tempfile

ap = argparse.ArgumentParser()
ap.add_argument("--faultline", required=True)
ap.add_argument("--corpora", default=os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "shared", "corpora"))
ap.add_argument("--check", action="store_true")
a = ap.parse_args()
fixtures = os.path.join(a.corpora, "faultline-fixtures")
if not os.path.isdir(fixtures):
    print(f"calibration: {fixtures} not found; skipped")
    sys.exit(0)
try:
    import yaml
except ImportError:
    print("calibration: PyYAML missing (apt-get install python3-yaml)", file=sys.stderr)
    sys.exit(2)

bands = [(0.9, 1.01), (0.8, 0.9), (0.7, 0.8), (0.6, 0.7), (0.5, 0.6)]
rows = {b: [0, 0] for b in bands}
silent = 0
with tempfile.TemporaryDirectory() as tmp:
    for name in sorted(os.listdir(fixtures)):
        if not name.endswith(".yaml"):
            continue
        doc = yaml.safe_load(open(os.path.join(fixtures, name), encoding="utf-8"))
        log = os.path.join(tmp, "fixture.log")
        with open(log, "w", encoding="utf-8") as f:
            f.write(doc.get("normalized_log") or doc.get("raw_log") or "")
        out = subprocess.run([a.faultline, "analyze", log, "--format", "json"], capture_output=True, timeout=60).stdout
        res = json.loads(out)
        if not res["diagnoses"]:
            silent += 1
            continue
        top = res["diagnoses"][0]
        right = top["id"] == doc["expectation"]["expected_playbook"]
        for lo, hi in bands:
            if lo <= top["confidence"] < hi:
                rows[(lo, hi)][0] += 1
                rows[(lo, hi)][1] += int(right)

print("confidence   diagnosed  right  precision")
for (lo, hi), (n, ok) in rows.items():
    label = f">= {lo:.1f}" if hi > 1 else f"{lo:.1f}-{hi:.1f}"
    print(f"{label:<12} {n:>9}  {ok:>5}  {ok / n if n else float('nan'):>9.2f}")
print(f"silent (no diagnosis): {silent}")
high_n = sum(rows[b][0] for b in bands if b[0] >= 0.8)
high_ok = sum(rows[b][1] for b in bands if b[0] >= 0.8)
precision = high_ok / high_n if high_n else 1.0
print(f"confidence >= 0.8: {high_ok}/{high_n} right ({precision:.2f})")
if a.check and precision < 0.95:
    print("calibration: FAILED (diagnoses with confidence >= 0.8 must be right >= 95% of the time)")
    sys.exit(1)
