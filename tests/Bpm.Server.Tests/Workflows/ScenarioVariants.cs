namespace Bpm.Server.Tests.Workflows;

// The enforcement scenarios on SQLite and on PostgreSQL; one server per class and provider (each with its own clock).

public sealed class LegalReviewScenarioSqliteTests(WorkflowServerFactory f) : LegalReviewScenarioTests(f), IClassFixture<WorkflowServerFactory>;
public sealed class LegalReviewScenarioPostgresTests(PostgresWorkflowServerFactory f) : LegalReviewScenarioTests(f), IClassFixture<PostgresWorkflowServerFactory>;
