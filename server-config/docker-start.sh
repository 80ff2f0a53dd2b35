#!/usr/bin/env bash
# Starts Payara Micro in the container with the WARs in $DEPLOY_DIR and an explicit cluster mode:
#   CLUSTER_MEMBERS unset  -> one instance, no data grid (--nocluster); never multicast discovery
#   CLUSTER_MEMBERS=a:6900,b:6900,c:6900 -> a data grid of exactly these members over TCP, with
#                             CLUSTER_PUBLIC_ADDRESS (this container's address the others reach)
#   DEPLOY_SANDBOX=true     -> the sandbox WAR (EMIS and Notify stand-ins) beside the application
set -euo pipefail
args=(--deploy "$DEPLOY_DIR/practice-connect.war" --contextroot /)
if [ "${DEPLOY_SANDBOX:-false}" = true ]; then
  args+=(--deploy "$DEPLOY_DIR/practice-connect-sandbox.war")
fi
args+=(--prebootcommandfile /opt/payara/config/pre-boot-commands.txt)
if [ -n "${LOG_PROPERTIES:-}" ]; then
  args+=(--logproperties "$LOG_PROPERTIES")
fi
if [ -n "${CLUSTER_MEMBERS:-}" ]; then
  args+=(--clustermode "tcpip:${CLUSTER_MEMBERS}")
  if [ -n "${CLUSTER_PUBLIC_ADDRESS:-}" ]; then
    args+=(--hzpublicaddress "$CLUSTER_PUBLIC_ADDRESS")
  fi
else
  args+=(--nocluster)
fi
exec java -XX:+UseContainerSupport -XX:MaxRAMPercentage=75 -jar /opt/payara/payara-micro.jar "${args[@]}" "$@"
