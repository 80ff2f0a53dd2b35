"""Inclusive profile of a Java Flight Recorder file: for each method, the share of execution samples
whose stack holds it, for the methods whose names match a pattern (the layers a request passes
through, not the JDK's own). Usage: python3 bench/jfr-inclusive.py FILE.jfr [PATTERN] [TOP]"""
import collections
import json
import re
import subprocess
import sys

LAYERS = (
    r"practiceconnect|bare\.|soteria|jaspic|web\.security|catalina\.(core|authenticator)\."
    r"|jersey\.server\.(ContainerFilteringStage|ServerRuntime|internal\.monitoring)"
    r"|telemetry|weld\.(contexts|bean\.ManagedBean|module\.web)|com\.sun\.faces\.(lifecycle|application\.view|renderkit)"
    r"|primefaces\.(renderkit|component)|hibernate\.(internal\.SessionImpl|query)|grizzly\.http\.server\.HttpServerFilter"
    r"|grizzly\.http\.(io\.OutputBuffer|GZip|HttpCodecFilter\.handleWrite)|jakarta\.faces\.webapp"
)

path = sys.argv[1]
pattern = re.compile(sys.argv[2] if len(sys.argv) > 2 and sys.argv[2] else LAYERS)
top = int(sys.argv[3]) if len(sys.argv) > 3 else 40
raw = subprocess.run(
    ["jfr", "print", "--json", "--events", "jdk.ExecutionSample", "--stack-depth", "256", path],
    check=True, capture_output=True, text=True).stdout
samples = 0
inclusive = collections.Counter()
for event in json.loads(raw)["recording"]["events"]:
    trace = event["values"]["stackTrace"]
    if not trace:
        continue
    samples += 1
    seen = set()
    for frame in trace["frames"]:
        method = frame["method"]
        name = method["type"]["name"].replace("/", ".") + "." + method["name"]
        if name not in seen and pattern.search(name):
            seen.add(name)
            inclusive[name] += 1
print(f"{samples} samples; share of samples with each method on the stack:")
for name, n in inclusive.most_common(top):
    print(f"{100 * n / samples:5.1f}%  {name}")
