using Bpm.Server.Tests.Infrastructure;

namespace Bpm.Server.Tests.Api.Security;

// Each class runs on SQLite and on PostgreSQL, with a fake clock for the sign-in throttle and the stamp cache.

public sealed class TokenRevocationSqliteTests(SecurityServerFactory f) : TokenRevocationTests(f, f.AuthClock), IClassFixture<SecurityServerFactory>;
public sealed class TokenRevocationPostgresTests(PostgresSecurityServerFactory f) : TokenRevocationTests(f, f.AuthClock), IClassFixture<PostgresSecurityServerFactory>;

public sealed class SignInThrottleSqliteTests(SecurityServerFactory f) : SignInThrottleTests(f, f.AuthClock), IClassFixture<SecurityServerFactory>;
public sealed class SignInThrottlePostgresTests(PostgresSecurityServerFactory f) : SignInThrottleTests(f, f.AuthClock), IClassFixture<PostgresSecurityServerFactory>;

public sealed class SecurityHeadersSqliteTests(StudioFilesServerFactory f) : SecurityHeadersTests(f), IClassFixture<StudioFilesServerFactory>;
public sealed class SecurityHeadersPostgresTests(PostgresStudioFilesServerFactory f) : SecurityHeadersTests(f), IClassFixture<PostgresStudioFilesServerFactory>;
