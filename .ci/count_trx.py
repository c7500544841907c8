"""Sums the TRX result counters under a folder and prints `tests: N passed, N failed`.

Exits non-zero when no TRX was written or no test was executed, so an empty run never looks green.
"""
import pathlib
import sys
import xml.etree.ElementTree as ET

NS = {"t": "http://microsoft.com/schemas/VisualStudio/TeamTest/2010"}

folder = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else "artifacts/test-results")
passed = failed = executed = 0
files = sorted(folder.rglob("*.trx"))
for trx in files:
    counters = ET.parse(trx).getroot().find("t:ResultSummary/t:Counters", NS)
    if counters is None:
        continue
    passed += int(counters.get("passed", 0))
    failed += int(counters.get("failed", 0)) + int(counters.get("error", 0)) + int(counters.get("timeout", 0))
    executed += int(counters.get("executed", 0))

print(f"trx files: {len(files)}, executed: {executed}")
print(f"tests: {passed} passed, {failed} failed")
sys.exit(0 if files and executed > 0 and failed == 0 else 1)
