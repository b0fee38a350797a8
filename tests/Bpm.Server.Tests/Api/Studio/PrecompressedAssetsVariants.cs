using Bpm.Server.Tests.Infrastructure;

namespace Bpm.Server.Tests.Api.Studio;

public sealed class PrecompressedAssetsSqliteTests(StudioFilesServerFactory<Sqlite> f) : PrecompressedAssetsTests(f), IClassFixture<StudioFilesServerFactory<Sqlite>>;
public sealed class PrecompressedAssetsPostgresTests(StudioFilesServerFactory<Postgres> f) : PrecompressedAssetsTests(f), IClassFixture<StudioFilesServerFactory<Postgres>>;
