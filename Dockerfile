# Practice Connect on the official Payara Micro image (Payara 6, Jakarta EE 10, JDK 17).
# Build the WAR first: mvn -DskipTests package
FROM payara/micro:6.2025.10-jdk17
COPY --chown=payara:payara server-config/pre-boot-commands.txt server-config/logging.properties /opt/payara/config/
COPY --chown=payara:payara target/practice-connect.war ${DEPLOY_DIR}/
# Production defaults; the database and keys come from the environment (server-config/production.env.example).
ENV DEMO_ENABLED=false \
    SANDBOX_ENABLED=false \
    HTTP_SECURE_COOKIES=true
EXPOSE 8080 6900
CMD ["--deploy", "/opt/payara/deployments/practice-connect.war", "--contextroot", "/", \
     "--prebootcommandfile", "/opt/payara/config/pre-boot-commands.txt", \
     "--logproperties", "/opt/payara/config/logging.properties"]
