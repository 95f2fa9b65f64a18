#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0
"""Check the KTAP a test guest printed.

usage: ktap.py CONSOLE_LOG [NAME]

Reads the report the guest printed between its markers (a sequence of KTAP
documents: one per guest test script, one per KUnit suite), and checks
each document's results against its plan. Failures are listed with their
path (document / subtest / case). The last line is "NAME: N passed, N
failed, N skipped", counting leaf results. Exit status 1 when anything
failed, a plan was not met, or no report was found.
"""

import re
import sys

BEGIN = "@@RPI-ACPI-KTAP-BEGIN@@"
END = "@@RPI-ACPI-KTAP-END@@"
RESULT = re.compile(
    r"^(?P<ind>\s*)(?P<not>not )?ok (?P<num>\d+)(?: -)?(?: (?P<desc>[^#]*?))?"
    r"\s*(?:#\s*(?P<dir>SKIP|TODO)\b.*)?$", re.IGNORECASE)
PLAN = re.compile(r"^(?P<ind>\s*)1\.\.(?P<n>\d+)\s*$")
SUBTEST = re.compile(r"^(?P<ind>\s*)# Subtest: (?P<name>.*)$")
HEADER = re.compile(r"^\s*K?TAP version \d+\s*$")


def report_lines(text):
    """The lines between the markers, or None when the guest never ended."""
    lines = text.replace("\r", "").split("\n")
    try:
        start = lines.index(BEGIN)
        end = lines.index(END, start)
    except ValueError:
        return None
    return lines[start + 1:end]


def documents(lines):
    """Split the report into KTAP documents at their top-level headers."""
    docs, cur = [], None
    for line in lines:
        if HEADER.match(line) and not line[:1].isspace():
            cur = []
            docs.append(cur)
        elif cur is not None:
            cur.append(line)
    return docs


def check_document(doc, counts, failures):
    plan, top, prev_ind = None, 0, None
    subtests = {}  # indentation -> name from "# Subtest:" headers
    for line in doc:
        m = PLAN.match(line)
        if m and not m.group("ind"):
            plan = int(m.group("n"))
            continue
        m = SUBTEST.match(line)
        if m:
            subtests[indent(m.group("ind"))] = m.group("name").strip()
            continue
        m = RESULT.match(line)
        if not m:
            continue
        ind = indent(m.group("ind"))
        path = [subtests[i] for i in sorted(subtests) if i <= ind]
        path.append((m.group("desc") or "").strip())
        for i in [i for i in subtests if i > ind]:
            del subtests[i]
        if ind == 0:
            top += 1
        # Subtests' results come before their parent's: a result right
        # after a deeper one closes a parent and is not itself a leaf.
        leaf = prev_ind is None or prev_ind <= ind
        prev_ind = ind
        directive = (m.group("dir") or "").upper()
        failed = bool(m.group("not")) and directive != "TODO"
        if failed:
            failures.append(" / ".join(dict.fromkeys(path)))
        if not leaf:
            continue
        if directive == "SKIP":
            counts["skipped"] += 1
        elif failed:
            counts["failed"] += 1
        else:
            counts["passed"] += 1
    if plan is None or top != plan:
        counts["failed"] += 1
        first = next((l.strip() for l in doc if l.strip()), "(empty)")
        failures.append(f"plan not met (planned {plan}, got {top}) in "
                        f"the document starting '{first}'")


def indent(s):
    return len(s.expandtabs(8))


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    name = sys.argv[2] if len(sys.argv) > 2 else "guest"
    with open(sys.argv[1], errors="replace") as f:
        lines = report_lines(f.read())
    counts = {"passed": 0, "failed": 0, "skipped": 0}
    failures = []
    if lines is None:
        failures.append("the guest printed no complete report")
        counts["failed"] += 1
    else:
        docs = documents(lines)
        if not docs:
            failures.append("the report holds no KTAP")
            counts["failed"] += 1
        for doc in docs:
            check_document(doc, counts, failures)
    for f in dict.fromkeys(failures):
        print(f"{name}: FAILED: {f}")
    print(f"{name}: {counts['passed']} passed, {counts['failed']} failed, "
          f"{counts['skipped']} skipped")
    sys.exit(1 if counts["failed"] or failures else 0)


if __name__ == "__main__":
    main()
