#!/usr/bin/env python3
"""Makes the icon font our staff pages download: PrimeFaces' primeicons.woff2 cut to the icons
PrimeFaces can show on our pages (LeanPrimeFaces serves it in place of the whole font).
LeanPrimeFacesTest works out which icons those are and, when the committed font lacks one (or
PrimeFaces' version changed), prints this command with the list to run.

Needs fontTools and brotli (Debian: apt-get install python3-fonttools python3-brotli).
Usage: python3 src/tools/primeicons-subset.py PRIMEFACES_VERSION e900,e901,...
"""
import glob
import io
import os
import sys
import zipfile

from fontTools import subset

version, codepoints = sys.argv[1], sorted(set(sys.argv[2].lower().split(",")))
jars = glob.glob(os.path.expanduser(
    f"~/.m2/repository/org/primefaces/primefaces/{version}/primefaces-{version}-jakarta.jar"))
if not jars:
    sys.exit(f"PrimeFaces {version} is not in ~/.m2: run mvn package first")
whole = zipfile.ZipFile(jars[0]).read("META-INF/resources/primefaces/primeicons/primeicons.woff2")

options = subset.Options()
options.flavor = "woff2"
font = subset.load_font(io.BytesIO(whole), options)
subsetter = subset.Subsetter(options)
subsetter.populate(unicodes=[int(c, 16) for c in codepoints])
subsetter.subset(font)
out = io.BytesIO()
subset.save_font(font, out, options)

target = os.path.join(os.path.dirname(__file__), "..", "main", "resources", "uk", "practiceconnect",
                      "platform", "web")
with open(os.path.join(target, "primeicons-lean.woff2"), "wb") as f:
    f.write(out.getvalue())
with open(os.path.join(target, "primeicons-lean.txt"), "w") as f:
    f.write(f"primefaces {version}\n{','.join(codepoints)}\n")
print(f"{len(whole)} -> {len(out.getvalue())} bytes, {len(codepoints)} icons")
