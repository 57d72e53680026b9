# Sinergi on Payara Micro 7.2026.11 (Jakarta EE 11, Java 21).
#   docker build -t sinergi .
#   docker run -p 8080:8080 \
#     -e SINERGI_DB_URL=jdbc:mariadb://db.example:3306/sinergi \
#     -e SINERGI_DB_USER=sinergi -e SINERGI_DB_PASSWORD=secret sinergi
# The container runs config/start.sh, the same command line that `./mvnw -Prun` and the
# test suite start, so what the tests run is what the image runs.

FROM maven:3.9-eclipse-temurin-21 AS build
WORKDIR /src
COPY pom.xml ./
COPY db db
COPY src src
COPY config config
# maven.test.skip: the image needs neither the tests nor their embedded MariaDB and Chromium
RUN mvn -B -q package -Dmaven.test.skip=true

FROM eclipse-temurin:21-jre
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/* \
    && useradd --system --create-home --home-dir /opt/sinergi sinergi \
    && mkdir -p /var/lib/sinergi/evidence && chown sinergi /var/lib/sinergi/evidence
WORKDIR /opt/sinergi
COPY --from=build /src/target/payara-micro.jar /opt/sinergi/payara-micro.jar
COPY --from=build /src/target/sinergi.war /opt/sinergi/sinergi.war
COPY config /opt/sinergi/config
ENV PAYARA_MICRO_JAR=/opt/sinergi/payara-micro.jar \
    SINERGI_WAR=/opt/sinergi/sinergi.war \
    SINERGI_PORT=8080 \
    SINERGI_EVIDENCE_DIR=/var/lib/sinergi/evidence \
    JAVA_OPTS="-XX:MaxRAMPercentage=75"
# evidence files uploaded by institutions: keep them (and back them up) with the database
VOLUME /var/lib/sinergi/evidence
USER sinergi
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=5s --start-period=90s \
    CMD curl -fs http://localhost:8080/health/ready || exit 1
ENTRYPOINT ["sh", "/opt/sinergi/config/start.sh"]
