# Builds the application jar and runs it on a JRE (used by docker-compose.yml).
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN ./mvnw -B -ntp dependency:go-offline
COPY src src
COPY processes processes
COPY forms forms
RUN ./mvnw -B -ntp -DskipTests package

FROM eclipse-temurin:17-jre
# curl for the health check of docker-compose.yml
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY --from=build /src/target/kompeten-*.jar /tmp/kompeten.jar
# Extracted: the application's classes in a jar of their own beside lib/ (no nested jars to read at each start),
# the layout the JVM can archive classes from
RUN java -Djarmode=tools -jar /tmp/kompeten.jar extract --destination /app && rm /tmp/kompeten.jar
# Class data sharing (README, "Start faster"): a training run loads the classes a start needs and stops once the
# application's context is ready; the archive it leaves is mapped at every start instead of loading and verifying
# those classes again (a restart in about two thirds of the time). On the demo's H2 in a folder thrown away after,
# since the build has no PostgreSQL; the classes are the same. A JVM that cannot use the archive starts without it.
RUN java -XX:+UseSerialGC -Xmx512m -XX:ArchiveClassesAtExit=/app/kompeten.jsa -Xlog:cds=off \
        -Dspring.context.exit=onRefresh -jar /app/kompeten.jar --spring.profiles.active=demo \
        --spring.datasource.url=jdbc:h2:file:/tmp/training/kompeten \
    && rm -rf /tmp/training
EXPOSE 8080
ENTRYPOINT ["java", "-XX:SharedArchiveFile=/app/kompeten.jsa", "-jar", "/app/kompeten.jar"]
