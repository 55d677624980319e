# Build stage: compile TypeScript and the better-sqlite3 addon, and build the seeded database.
FROM node:24-bookworm-slim AS build
RUN apt-get update \
 && apt-get install -y --no-install-recommends python3 make g++ \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /app
# Use the Node headers in the image and compile the addon instead of downloading anything prebuilt.
ENV npm_config_nodedir=/usr/local npm_config_build_from_source=true
COPY package.json package-lock.json ./
# Scripts wait until the sources are here; then only better-sqlite3 needs its install script.
RUN npm ci --ignore-scripts --no-audit --no-fund \
 && npm rebuild better-sqlite3
COPY tsconfig.json tsconfig.build.json ./
COPY bin ./bin
COPY src ./src
COPY migrations ./migrations
COPY seeds ./seeds
# The seeded database with a rollback journal: a container whose file system is read-only
# (`docker run --read-only`) can then serve it; a server with INGEST_TOKEN turns WAL back on.
RUN npm run build \
 && node bin/tinfacts.js ingest seeds --db data/tinfacts.db \
 && node bin/tinfacts.js migrate --db data/tinfacts.db --journal delete \
 && npm prune --omit=dev --no-audit --no-fund

# Runtime stage: the same Node, without compilers.
FROM node:24-bookworm-slim
ENV NODE_ENV=production HOST=0.0.0.0 PORT=3000 DATABASE_PATH=/app/data/tinfacts.db LOG_LEVEL=info
WORKDIR /app
COPY --from=build --chown=node:node /app/package.json ./
COPY --from=build --chown=node:node /app/node_modules ./node_modules
COPY --from=build --chown=node:node /app/bin ./bin
COPY --from=build --chown=node:node /app/dist ./dist
COPY --from=build --chown=node:node /app/migrations ./migrations
COPY --from=build --chown=node:node /app/seeds ./seeds
COPY --from=build --chown=node:node /app/data ./data
USER node
EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=3s --start-period=10s \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/healthz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
CMD ["node", "dist/server.js"]
