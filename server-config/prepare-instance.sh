#!/usr/bin/env bash
# Prepares a Payara Micro root directory that starts fast; the images run it when they are built,
# bench/speed.sh before it times a start:
#   server-config/prepare-instance.sh ROOT_DIR PAYARA_MICRO_JAR APP_WAR [SANDBOX_WAR]
# 1. Payara's runtime unpacked once into ROOT_DIR, with its launcher (launch-micro.jar), instead of
#    into a new temporary directory at every start.
# 2. A training start: the WARs deployed into ROOT_DIR (unpacked there once) with the pre-boot
#    commands of a lone instance, on a throw-away embedded database, demo data off, keys made up for
#    the run; Payara stops as soon as they are deployed (--warmup). The JVM writes every class it
#    loaded to a class data sharing archive, ROOT_DIR/classes.jsa, which later starts map instead of
#    reading and checking each class again.
# With SERVER_LIBS=DIR (split-war.sh's lib folder, APP_WAR its WAR) those libraries go on the
# server's class path, ROOT_DIR/lib, first.
# docker-start.sh starts from ROOT_DIR when PAYARA_ROOT_DIR names it. Nothing secret is kept: the
# training run's keys and database are deleted when it ends.
set -euo pipefail
if [ $# -lt 3 ]; then
  echo "usage: $0 ROOT_DIR PAYARA_MICRO_JAR APP_WAR [SANDBOX_WAR]" >&2
  exit 2
fi
config=$(cd "$(dirname "$0")" && pwd)
root=$1 micro=$2 app=$3 sandbox=${4:-}
rm -rf "$root"
mkdir -p "$root"
root=$(cd "$root" && pwd)
java -jar "$micro" --rootdir "$root" --outputlauncher > /dev/null
if [ -n "${SERVER_LIBS:-}" ]; then
  cp "$SERVER_LIBS"/*.jar "$root/lib/"
fi

training=$(mktemp -d)
trap 'rm -rf "$training"' EXIT
cat "$config/pre-boot-commands.txt" "$config/pre-boot-single-instance.txt" > "$training/pre-boot.txt"
args=(--deploy "$app" --contextroot / --nocluster --prebootcommandfile "$training/pre-boot.txt" --warmup)
[ -n "$sandbox" ] && args+=(--deploy "$sandbox")
# shellcheck disable=SC2046 # the options are words
DEMO_ENABLED=false \
DB_URL="jdbc:h2:file:$training/db/pc;DB_CLOSE_ON_EXIT=FALSE" \
SANDBOX_DB_URL="jdbc:h2:file:$training/db/sandbox;DB_CLOSE_ON_EXIT=FALSE" \
CREDENTIALS_KEYS="training:$(head -c32 /dev/urandom | base64)" CREDENTIALS_ACTIVE_KEY=training \
PLATFORM_FIRST_ADMIN_USERNAME=training.only PLATFORM_FIRST_ADMIN_PASSWORD="$(head -c24 /dev/urandom | base64)" \
EMIS_PARTNER_BASE_URL=https://partner.emis.invalid/api SMS_NOTIFY_BASE_URL=https://notify.invalid \
  java $(cat "$config/java-options") -XX:ArchiveClassesAtExit="$root/classes.jsa" -Xlog:cds=off \
    -jar "$root/launch-micro.jar" "${args[@]}" > "$training/training.log" 2>&1 \
  || { tail -50 "$training/training.log" >&2; echo "$0: the training start failed" >&2; exit 1; }
if ! grep -q "practice-connect was successfully deployed" "$training/training.log" || ! [ -s "$root/classes.jsa" ]; then
  tail -50 "$training/training.log" >&2
  echo "$0: the application was not deployed, or no class archive was written" >&2
  exit 1
fi
echo "prepared $root: $(du -sh "$root" | cut -f1), class archive $(du -h "$root/classes.jsa" | cut -f1)"
