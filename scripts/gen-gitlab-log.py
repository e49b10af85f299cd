#!/usr/bin/env python3
"""Turns a GitHub Actions-style log (from ../shared/bench/gen_log.py) into a GitLab CI trace of the
same content: timestamps dropped, ##[group]/##[endgroup] become section_start/section_end markers
with ANSI headers, ##[error] lines become red text, and the job ends with 'ERROR: Job failed'.

usage: gen-gitlab-log.py IN OUT
"""
import re, sys

src, dst = sys.argv[1], sys.argv[2]
ts = re.compile(rb"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z ")
E = b"\x1b"
clock = 1731400000
section = 0
open_name = None
with open(src, "rb") as fin, open(dst, "wb") as out:
    out.write(b"Running with gitlab-runner 17.5.0 (a2b3c4d5)\n  on shared-runner-7 abcdefgh, system ID: s_0123456789\n")
    for raw in fin:
        line = ts.sub(b"", raw, count=1)
        if line.startswith(b"##[group]"):
            clock += 1
            section += 1
            if open_name:
                out.write(E + b"[0Ksection_end:%d:%s\r" % (clock, open_name) + E + b"[0K\n")
            open_name = b"step_%d" % section
            title = line[len(b"##[group]"):].rstrip(b"\n")
            out.write(E + b"[0Ksection_start:%d:%s[collapsed=true]\r" % (clock, open_name) + E + b"[0K" + E + b"[36;1m" + title + E + b"[0;m\n")
        elif line.startswith(b"##[endgroup]"):
            continue  # GitLab sections span the whole step
        elif line.startswith(b"##[error]"):
            out.write(E + b"[31;1m" + line[len(b"##[error]"):].rstrip(b"\n") + E + b"[0;m\n")
        else:
            out.write(line)
    if open_name:
        out.write(E + b"[0Ksection_end:%d:%s\r" % (clock + 1, open_name) + E + b"[0K\n")
    out.write(E + b"[31;1mERROR: Job failed: exit code 1\n" + E + b"[0;m\n")
