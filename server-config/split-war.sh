#!/usr/bin/env bash
# Takes the ORM (Hibernate with the libraries only it uses), the JDBC drivers and the FHIR libraries
# (HAPI FHIR with everything it needs) out of the WAR, for a root directory prepared by
# prepare-instance.sh:
#   server-config/split-war.sh APP_WAR OUT_DIR  ->  OUT_DIR/practice-connect.war, OUT_DIR/lib/*.jar
# In the root directory's lib folder they are on the server's class path: Payara then does not read
# their 47 MB of classes for annotations at every start, and the class archive holds them whole
# (1–2 s of a start on two cores for each of the two sets, bench/README.md). Only a closed set
# moves: a library on the server's class path cannot see one left in the WAR, so each moved library
# takes along every library it needs that the server does not provide. Needs a JDK's jar and
# jdeps (the image's build stage).
set -euo pipefail
if [ $# -ne 2 ]; then
  echo "usage: $0 APP_WAR OUT_DIR" >&2
  exit 2
fi
# Hibernate, what only it uses, and the two JDBC drivers (Hibernate's PostgreSQL dialect refers to
# the driver's own types; checker-qual holds annotations both use)
MOVED="hibernate-core- hibernate-commons-annotations- jboss-logging- jandex- classmate- byte-buddy-"
MOVED="$MOVED antlr4-runtime- h2- postgresql- checker-qual-"
# HAPI FHIR's STU3 model and parser with everything it reaches (checked below). Jackson and
# OpenTelemetry's API are among them: Payara has copies of its own, which by Payara's documented
# default (class-loader delegate="true", glassfish-web.xml) an application gets before any copy of
# its own, here or in the WAR
MOVED="$MOVED hapi-fhir-structures-dstu3- hapi-fhir-base- hapi-fhir-caching-api- org.hl7.fhir.dstu3-"
MOVED="$MOVED org.hl7.fhir.utilities- guava- failureaccess- listenablefuture- error_prone_annotations-"
MOVED="$MOVED j2objc-annotations- jsr305- commons-lang3- commons-text- commons-io- commons-codec-"
MOVED="$MOVED httpclient- httpcore- commons-logging- jcl-over-slf4j- slf4j-api- jackson-core-"
MOVED="$MOVED jackson-databind- jackson-annotations- jackson-datatype-jsr310- opentelemetry-api-"
MOVED="$MOVED opentelemetry-context- opentelemetry-common- opentelemetry-instrumentation-annotations-"
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
# closed? every package a moved library refers to (jdeps) must not be one that only a library left
# in the WAR holds; jakarta.* is the server's
jdeps --multi-release 17 -verbose:package -q "$out"/lib/*.jar 2>/dev/null \
  | awk '$2 == "->" { print $3 }' | grep -v '^jakarta\.' | sort -u > "$out/referred"
: > "$out/left"
for jar in "$out"/unpacked/WEB-INF/lib/*.jar; do
  jar tf "$jar" | sed -n 's#/[^/]*\.class$##p' | tr / . | sort -u | sed "s#\$# $(basename "$jar")#" >> "$out/left"
done
reached=$(awk 'NR == FNR { referred[$1] = 1; next } ($1 in referred) { print $2 }' \
  "$out/referred" "$out/left" | sort -u)
rm -f "$out/referred" "$out/left"
if [ -n "$reached" ]; then
  echo "$0: the moved libraries refer to packages of libraries left in the WAR:" $reached >&2
  exit 1
fi
# the manifest first, as in any jar
(cd "$out/unpacked" && jar cfm "$out/practice-connect.war" META-INF/MANIFEST.MF -C . .)
rm -rf "$out/unpacked"
echo "split $war: $(ls "$out/lib" | wc -l) libraries ($(du -sh "$out/lib" | cut -f1)) to $out/lib"
