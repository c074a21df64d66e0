# syntax=docker/dockerfile:1
#
# Reachgraph, production image: docker compose builds it (see docker-compose.yml and docs/production.md).
# Three stages: the web-ui (Node), the backend jar that packages it (Maven), and a JRE that runs the jar.

# ---- 1. web-ui: npm ci + npm run build -> web-ui/dist --------------------------------------------------------------
FROM node:20-bookworm-slim AS web-ui
WORKDIR /src/web-ui
# the lockfile first, so the npm ci layer is reused while only sources change
COPY web-ui/package.json web-ui/package-lock.json web-ui/.npmrc ./
RUN --mount=type=cache,target=/root/.npm \
    npm ci --no-audit --no-fund
COPY web-ui/ ./
# "build" regenerates src/types/api.ts from the committed web-ui/openapi.json, type-checks, then runs vite
RUN npm run build

# ---- 2. backend: ./mvnw package -> backend/target/reachgraph.jar (web-ui/dist copied into its static resources) -----
FROM maven:3.9-eclipse-temurin-17 AS backend
WORKDIR /src
COPY .mvn/ .mvn/
COPY mvnw pom.xml ./
COPY web-ui/pom.xml web-ui/
COPY backend/ backend/
COPY --from=web-ui /src/web-ui/dist/ web-ui/dist/
# -DskipUi: npm already ran in stage 1; the backend still packages web-ui/dist. Tests run in CI (.ci/run), not here.
RUN --mount=type=cache,target=/root/.m2 \
    ./mvnw -B -ntp -DskipUi -DskipTests package

# ---- 3. runtime: a JRE, a non-root user, the jar -------------------------------------------------------------------
FROM eclipse-temurin:17-jre AS runtime
RUN groupadd --system --gid 10001 reachgraph \
 && useradd --system --uid 10001 --gid reachgraph --home-dir /app --no-create-home --shell /usr/sbin/nologin reachgraph \
 && mkdir -p /app/data \
 && chown reachgraph:reachgraph /app/data
WORKDIR /app
# owned by root and read-only for the app user; /app/data is the only folder it may write (embedded mode only)
COPY --from=backend /src/backend/target/reachgraph.jar /app/reachgraph.jar
USER 10001:10001
EXPOSE 8080
# curl ships in eclipse-temurin's Ubuntu images; /actuator/health is open to anonymous callers (UP/DOWN only)
HEALTHCHECK --interval=30s --timeout=5s --start-period=90s --retries=3 \
    CMD curl -fsS -o /dev/null "http://127.0.0.1:${PORT:-8080}/actuator/health" || exit 1
# exec form: java is PID 1 and gets SIGTERM from docker stop. Add JVM flags with JAVA_TOOL_OPTIONS.
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-XX:+ExitOnOutOfMemoryError", "-jar", "/app/reachgraph.jar"]
