#!/usr/bin/env bash
# Starts Payara Micro in the container with the WARs in $DEPLOY_DIR and an explicit cluster mode:
#   CLUSTER_MEMBERS unset  -> one instance, no data grid (--nocluster); never multicast discovery
#   CLUSTER_MEMBERS=a:6900,b:6900,c:6900 -> a data grid of exactly these members over TCP, with
#                             CLUSTER_PUBLIC_ADDRESS (this container's address the others reach)
#   DEPLOY_SANDBOX=true     -> the sandbox WAR (EMIS and Notify stand-ins) beside the application
#   PAYARA_MICRO_JAR        -> the server (default: the image's /opt/payara/payara-micro.jar)
#   PAYARA_ROOT_DIR         -> a root directory made by prepare-instance.sh (the images have one):
#                             started from there, with the WARs deployed in it and its class
#                             archive; DEPLOY_DIR and DEPLOY_SANDBOX are then not read
#   JAVA_OPTIONS            -> the JVM's options; by default those in java-options beside this script
#                             (a heap of 512 MB, serial GC; see docs/deploy.md)
set -euo pipefail
config=$(dirname "$0")
jvm=()
if [ -n "${PAYARA_ROOT_DIR:-}" ]; then
  # prepared: the runtime and the WARs are unpacked there already; the class archive is used when it
  # matches this JVM and ignored otherwise
  args=()
  jvm=(-jar "$PAYARA_ROOT_DIR/launch-micro.jar")
  case "${JAVA_OPTIONS:-}" in
    # JDK 17.0.15 crashes loading an archived class when a recording or an agent was started with
    # the JVM (seen with -XX:StartFlightRecording); a recording started later with jcmd is fine
    *-javaagent*|*-agentlib*|*-agentpath*|*StartFlightRecording*) ;;
    *) jvm=(-XX:SharedArchiveFile="$PAYARA_ROOT_DIR/classes.jsa" -Xlog:cds=off "${jvm[@]}") ;;
  esac
else
  args=(--deploy "$DEPLOY_DIR/practice-connect.war" --contextroot /)
  if [ "${DEPLOY_SANDBOX:-false}" = true ]; then
    args+=(--deploy "$DEPLOY_DIR/practice-connect-sandbox.war")
  fi
  if [ -d "$DEPLOY_DIR/lib" ]; then
    # a WAR from split-war.sh (the images'): its Hibernate, JDBC drivers and FHIR libraries on the
    # server's class path
    args+=(--addlibs "$DEPLOY_DIR/lib")
  fi
  jvm=(-jar "${PAYARA_MICRO_JAR:-/opt/payara/payara-micro.jar}")
fi
if [ -n "${LOG_PROPERTIES:-}" ]; then
  args+=(--logproperties "$LOG_PROPERTIES")
fi
if [ -n "${CLUSTER_MEMBERS:-}" ]; then
  # the data grid on (a prepared root directory keeps the settings of its lone training start)
  mode="$config/pre-boot-cluster.txt"
  args+=(--clustermode "tcpip:${CLUSTER_MEMBERS}")
  if [ -n "${CLUSTER_PUBLIC_ADDRESS:-}" ]; then
    args+=(--hzpublicaddress "$CLUSTER_PUBLIC_ADDRESS")
  fi
else
  # alone: no data grid at all (pre-boot-single-instance.txt), sessions in this instance's memory
  mode="$config/pre-boot-single-instance.txt"
  args+=(--nocluster)
fi
preboot=$(mktemp)
cat "$config/pre-boot-commands.txt" "$mode" > "$preboot"
args+=(--prebootcommandfile "$preboot")
# no usage reports to Payara's servers (its "phone home"): no data leaves for anywhere not agreed
args+=(--disablephonehome)
# shellcheck disable=SC2086 # the options are words
exec java ${JAVA_OPTIONS:-$(cat "$config/java-options")} "${jvm[@]}" "${args[@]}" "$@"
