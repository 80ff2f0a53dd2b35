# Practice Connect images, built from source (docker build needs nothing but this checkout).
#
#   docker build -t practice-connect .                     the production application alone
#   docker build --target demo -t practice-connect-demo .  the demo: application + sandbox WAR
#
# Stage 1 builds both WARs with Maven; the images run them on the official Payara Micro image
# (Payara 6, Jakarta EE 10, JDK 17) as its non-root user "payara".

FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /build
COPY pom.xml ./
RUN mvn -B -q dependency:go-offline || true
COPY src ./src
RUN mvn -B -q -DskipTests package
# Hibernate and the H2 driver out of the WAR, for the server's class path (as the PostgreSQL test
# run deploys it): target/split/practice-connect.war and target/split/lib
COPY server-config/split-war.sh ./server-config/
RUN bash server-config/split-war.sh target/practice-connect.war target/split

# The demo: both WARs, demo data on an embedded H2 database inside the container.
FROM payara/micro:6.2025.10-jdk17 AS demo
USER payara
COPY --chown=payara:payara server-config/docker-start.sh server-config/prepare-instance.sh \
     server-config/pre-boot-commands.txt server-config/pre-boot-single-instance.txt \
     server-config/pre-boot-cluster.txt server-config/java-options /opt/payara/config/
COPY --from=build --chown=payara:payara /build/target/split/practice-connect.war /build/target/practice-connect-sandbox.war ${DEPLOY_DIR}/
COPY --from=build --chown=payara:payara /build/target/split/lib ${DEPLOY_DIR}/lib/
# Payara and both WARs unpacked once, and a class archive of a training start (prepare-instance.sh)
RUN SERVER_LIBS=${DEPLOY_DIR}/lib bash /opt/payara/config/prepare-instance.sh /opt/payara/instance \
      /opt/payara/payara-micro.jar ${DEPLOY_DIR}/practice-connect.war ${DEPLOY_DIR}/practice-connect-sandbox.war
ENV PAYARA_ROOT_DIR=/opt/payara/instance \
    DEMO_ENABLED=true \
    DEPLOY_SANDBOX=true \
    WEBHOOKS_ALLOW_HTTP_LOOPBACK=true \
    GPCONNECT_ALLOW_PLAIN_HTTP=true
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=5s --start-period=120s --retries=3 \
  CMD ["bash", "-c", "exec 3<>/dev/tcp/127.0.0.1/8080 && printf 'GET /health/ready HTTP/1.0\\r\\nHost: localhost\\r\\n\\r\\n' >&3 && head -n1 <&3 | grep -q ' 200 '"]
ENTRYPOINT ["bash", "/opt/payara/config/docker-start.sh"]

# Production (the default target): the application WAR only; no sandbox, no demo data.
# The database, keys and cluster members come from the environment
# (server-config/production.env.example; docker run --env-file production.env ...).
FROM payara/micro:6.2025.10-jdk17 AS app
USER payara
COPY --chown=payara:payara server-config/docker-start.sh server-config/prepare-instance.sh \
     server-config/pre-boot-commands.txt server-config/pre-boot-single-instance.txt \
     server-config/pre-boot-cluster.txt server-config/java-options server-config/logging.properties /opt/payara/config/
COPY --from=build --chown=payara:payara /build/target/split/practice-connect.war ${DEPLOY_DIR}/
COPY --from=build --chown=payara:payara /build/target/split/lib ${DEPLOY_DIR}/lib/
# Payara and the WAR unpacked once, Hibernate and H2 on the server's class path, and a class archive
# of a training start (prepare-instance.sh): ready in about 15 s instead of 27 on two cores
RUN SERVER_LIBS=${DEPLOY_DIR}/lib bash /opt/payara/config/prepare-instance.sh /opt/payara/instance \
      /opt/payara/payara-micro.jar ${DEPLOY_DIR}/practice-connect.war
ENV PAYARA_ROOT_DIR=/opt/payara/instance \
    DEMO_ENABLED=false \
    HTTP_SECURE_COOKIES=true \
    DEPLOY_SANDBOX=false \
    LOG_PROPERTIES=/opt/payara/config/logging.properties
# 8080: HTTP behind the load balancer; 6900: the data grid between instances (only when
# CLUSTER_MEMBERS is set; never multicast)
EXPOSE 8080 6900
HEALTHCHECK --interval=30s --timeout=5s --start-period=120s --retries=3 \
  CMD ["bash", "-c", "exec 3<>/dev/tcp/127.0.0.1/8080 && printf 'GET /health/ready HTTP/1.0\\r\\nHost: localhost\\r\\n\\r\\n' >&3 && head -n1 <&3 | grep -q ' 200 '"]
ENTRYPOINT ["bash", "/opt/payara/config/docker-start.sh"]
