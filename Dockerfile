# Engine node: multi-stage build of engine/Bpm.Server with the web studio.
FROM node:20-bookworm-slim AS studio
WORKDIR /src/designer
# Carbon packages of form-js send usage data from a postinstall script unless told not to.
ENV IBM_TELEMETRY_DISABLED=true
COPY designer/package.json designer/package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY designer/ ./
RUN npm run build

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY . .
# The studio was built in the node stage; the SDK image has no npm.
COPY --from=studio /src/designer/dist designer/dist
RUN dotnet publish engine/Bpm.Server/Bpm.Server.csproj -c Release -o /app -p:BuildStudio=false

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
WORKDIR /app
# curl for the container health check.
RUN apt-get update \
    && apt-get install -y --no-install-recommends curl \
    && rm -rf /var/lib/apt/lists/*
COPY --from=build /app .
ENV Urls=http://+:8080 \
    Bpm__Auth__KeyDirectory=/keys
EXPOSE 8080
HEALTHCHECK --interval=10s --timeout=3s --start-period=30s --retries=5 CMD curl -fsS http://127.0.0.1:8080/health || exit 1
ENTRYPOINT ["dotnet", "Bpm.Server.dll"]
