using Bpm.Server.Tests.Infrastructure;

namespace Bpm.Server.Tests.Api.Security;

// Each class runs on SQLite and on PostgreSQL, with a fake clock for the sign-in throttle and the stamp cache.

public sealed class TokenRevocationSqliteTests(SecurityServerFactory<Sqlite> f) : TokenRevocationTests(f, f.AuthClock), IClassFixture<SecurityServerFactory<Sqlite>>;
public sealed class TokenRevocationPostgresTests(SecurityServerFactory<Postgres> f) : TokenRevocationTests(f, f.AuthClock), IClassFixture<SecurityServerFactory<Postgres>>;

public sealed class SignInThrottleSqliteTests(SecurityServerFactory<Sqlite> f) : SignInThrottleTests(f, f.AuthClock), IClassFixture<SecurityServerFactory<Sqlite>>;
public sealed class SignInThrottlePostgresTests(SecurityServerFactory<Postgres> f) : SignInThrottleTests(f, f.AuthClock), IClassFixture<SecurityServerFactory<Postgres>>;

public sealed class SecurityHeadersSqliteTests(StudioFilesServerFactory<Sqlite> f) : SecurityHeadersTests(f), IClassFixture<StudioFilesServerFactory<Sqlite>>;
public sealed class SecurityHeadersPostgresTests(StudioFilesServerFactory<Postgres> f) : SecurityHeadersTests(f), IClassFixture<StudioFilesServerFactory<Postgres>>;
