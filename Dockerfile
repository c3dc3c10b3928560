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
COPY --from=build /src/target/kompeten-*.jar app.jar
EXPOSE 8080
ENTRYPOINT ["java", "-jar", "/app/app.jar"]
