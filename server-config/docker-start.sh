#!/usr/bin/env bash
# Starts Payara Micro in the container with the WARs in $DEPLOY_DIR and an explicit cluster mode:
#   CLUSTER_MEMBERS unset  -> one instance, no data grid (--nocluster); never multicast discovery
#   CLUSTER_MEMBERS=a:6900,b:6900,c:6900 -> a data grid of exactly these members over TCP, with
#                             CLUSTER_PUBLIC_ADDRESS (this container's address the others reach)
#   DEPLOY_SANDBOX=true     -> the sandbox WAR (EMIS and Notify stand-ins) beside the application
#   PAYARA_MICRO_JAR        -> the server (default: the image's /opt/payara/payara-micro.jar)
#   JAVA_OPTIONS            -> the JVM's options; by default those in java-options beside this script
#                             (a heap of 512 MB, serial GC; see docs/deploy.md)
set -euo pipefail
config=$(dirname "$0")
args=(--deploy "$DEPLOY_DIR/practice-connect.war" --contextroot /)
if [ "${DEPLOY_SANDBOX:-false}" = true ]; then
  args+=(--deploy "$DEPLOY_DIR/practice-connect-sandbox.war")
fi
preboot="$config/pre-boot-commands.txt"
if [ -n "${LOG_PROPERTIES:-}" ]; then
  args+=(--logproperties "$LOG_PROPERTIES")
fi
if [ -n "${CLUSTER_MEMBERS:-}" ]; then
  args+=(--clustermode "tcpip:${CLUSTER_MEMBERS}")
  if [ -n "${CLUSTER_PUBLIC_ADDRESS:-}" ]; then
    args+=(--hzpublicaddress "$CLUSTER_PUBLIC_ADDRESS")
  fi
else
  # alone: no data grid at all (pre-boot-single-instance.txt), sessions in this instance's memory
  args+=(--nocluster)
  preboot=$(mktemp)
  cat "$config/pre-boot-commands.txt" "$config/pre-boot-single-instance.txt" > "$preboot"
fi
args+=(--prebootcommandfile "$preboot")
# shellcheck disable=SC2086 # the options are words
exec java ${JAVA_OPTIONS:-$(cat "$config/java-options")} -jar "${PAYARA_MICRO_JAR:-/opt/payara/payara-micro.jar}" "${args[@]}" "$@"
