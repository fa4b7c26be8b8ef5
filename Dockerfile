# firebreak relay: receives monitoring webhooks (Alertmanager, Grafana, Datadog, PagerDuty events, generic
# JSON) and sends them to a repository as repository_dispatch firebreak-alert (docs/alerts.md).
# The committed dist/ bundle is self-contained: no npm install in the image.
#   docker build -t firebreak-relay .
#   docker run -p 8080:8080 -e GITHUB_TOKEN -e GITHUB_REPOSITORY=acme/shop -e FIREBREAK_RELAY_TOKEN firebreak-relay
FROM node:20-alpine
WORKDIR /app
COPY package.json ./
COPY dist ./dist
ENV NODE_ENV=production PORT=8080
EXPOSE 8080
USER node
HEALTHCHECK --interval=30s --timeout=3s CMD wget -qO- "http://127.0.0.1:${PORT}/healthz" >/dev/null || exit 1
ENTRYPOINT ["node", "dist/cli.js", "relay"]
