# Multi-stage image of the API. It runs the bundle of the sources the tests run
# (`npm run build`, scripts/build.ts: start-up to ready in half the time, docs/performance.md);
# the scripts (migrations) run as TypeScript, which Node 24 strips natively.
FROM node:24-bookworm-slim AS dependencies
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund

FROM node:24-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY scripts/build.ts ./scripts/
COPY src ./src
COPY handlers ./handlers
COPY generated ./generated
RUN node scripts/build.ts

FROM node:24-bookworm-slim AS runtime
ENV NODE_ENV=production APP_ENV=production HOST=0.0.0.0 PORT=8080
WORKDIR /app
COPY --from=dependencies /app/node_modules ./node_modules
COPY package.json ./
COPY --from=build /app/dist ./dist
COPY src ./src
COPY handlers ./handlers
COPY generated ./generated
COPY migrations ./migrations
COPY scripts/db-setup.ts scripts/migrate.ts ./scripts/
USER node
EXPOSE 8080
HEALTHCHECK --interval=10s --timeout=3s --retries=3 CMD node -e "fetch('http://127.0.0.1:8080/readyz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
CMD ["node", "dist/main.js"]
