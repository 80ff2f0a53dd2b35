#!/usr/bin/env bash
# Takes the ORM (Hibernate with the libraries only it uses) and the H2 driver out of the WAR, for a
# root directory prepared by prepare-instance.sh:
#   server-config/split-war.sh APP_WAR OUT_DIR  ->  OUT_DIR/practice-connect.war, OUT_DIR/lib/*.jar
# In the root directory's lib folder they are on the server's class path: Payara then does not read
# their 22 MB of classes for annotations at every start, and the class archive holds them whole
# (about 2 s of a 16 s start on two cores, bench/README.md). Only a closed set moves: a library on
# the server's class path cannot see one left in the WAR, so each moved library takes along every
# library it needs that the server does not provide. Needs a JDK's jar tool (the image's build stage).
set -euo pipefail
if [ $# -ne 2 ]; then
  echo "usage: $0 APP_WAR OUT_DIR" >&2
  exit 2
fi
MOVED="hibernate-core- hibernate-commons-annotations- jboss-logging- jandex- classmate- byte-buddy- antlr4-runtime- h2-"
war=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
out=$2
rm -rf "$out"
mkdir -p "$out/lib" "$out/unpacked"
out=$(cd "$out" && pwd)
(cd "$out/unpacked" && jar xf "$war")
for prefix in $MOVED; do
  found=$(find "$out/unpacked/WEB-INF/lib" -name "${prefix}[0-9]*.jar")
  if [ "$(echo "$found" | grep -c .)" -ne 1 ]; then
    echo "$0: expected one ${prefix}*.jar in the WAR, found: ${found:-none}" >&2
    exit 1
  fi
  mv "$found" "$out/lib/"
done
# the manifest first, as in any jar
(cd "$out/unpacked" && jar cfm "$out/practice-connect.war" META-INF/MANIFEST.MF -C . .)
rm -rf "$out/unpacked"
echo "split $war: $(ls "$out/lib" | wc -l) libraries ($(du -sh "$out/lib" | cut -f1)) to $out/lib"
