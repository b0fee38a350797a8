namespace Bpm.Server.Tests.Workflows;

// The enforcement scenarios on SQLite and on PostgreSQL; one server per class and provider (each with its own clock).

public sealed class LegalReviewScenarioSqliteTests(WorkflowServerFactory f) : LegalReviewScenarioTests(f), IClassFixture<WorkflowServerFactory>;
public sealed class LegalReviewScenarioPostgresTests(PostgresWorkflowServerFactory f) : LegalReviewScenarioTests(f), IClassFixture<PostgresWorkflowServerFactory>;

public sealed class DisclosureWithdrawalScenarioSqliteTests(WorkflowServerFactory f) : DisclosureWithdrawalScenarioTests(f), IClassFixture<WorkflowServerFactory>;
public sealed class DisclosureWithdrawalScenarioPostgresTests(PostgresWorkflowServerFactory f) : DisclosureWithdrawalScenarioTests(f), IClassFixture<PostgresWorkflowServerFactory>;
public sealed class DisclosureOtherDecisionScenarioSqliteTests(WorkflowServerFactory f) : DisclosureOtherDecisionScenarioTests(f), IClassFixture<WorkflowServerFactory>;
public sealed class DisclosureOtherDecisionScenarioPostgresTests(PostgresWorkflowServerFactory f) : DisclosureOtherDecisionScenarioTests(f), IClassFixture<PostgresWorkflowServerFactory>;

public sealed class DisclosureCorrectionScenarioSqliteTests(WorkflowServerFactory f) : DisclosureCorrectionScenarioTests(f), IClassFixture<WorkflowServerFactory>;
public sealed class DisclosureCorrectionScenarioPostgresTests(PostgresWorkflowServerFactory f) : DisclosureCorrectionScenarioTests(f), IClassFixture<PostgresWorkflowServerFactory>;

public sealed class MajorPenaltyFilingScenarioSqliteTests(WorkflowServerFactory f) : MajorPenaltyFilingScenarioTests(f), IClassFixture<WorkflowServerFactory>;
public sealed class MajorPenaltyFilingScenarioPostgresTests(PostgresWorkflowServerFactory f) : MajorPenaltyFilingScenarioTests(f), IClassFixture<PostgresWorkflowServerFactory>;

public sealed class ComplaintScenarioSqliteTests(WorkflowServerFactory f) : ComplaintScenarioTests(f), IClassFixture<WorkflowServerFactory>;
public sealed class ComplaintScenarioPostgresTests(PostgresWorkflowServerFactory f) : ComplaintScenarioTests(f), IClassFixture<PostgresWorkflowServerFactory>;

public sealed class AdministrativePenaltyScenarioSqliteTests(WorkflowServerFactory f) : Penalty.AdministrativePenaltyScenarioTests(f), IClassFixture<WorkflowServerFactory>;
public sealed class AdministrativePenaltyScenarioPostgresTests(PostgresWorkflowServerFactory f) : Penalty.AdministrativePenaltyScenarioTests(f), IClassFixture<PostgresWorkflowServerFactory>;
public sealed class PenaltyStatutoryRulesSqliteTests(WorkflowServerFactory f) : Penalty.PenaltyStatutoryRulesTests(f), IClassFixture<WorkflowServerFactory>;
public sealed class PenaltyStatutoryRulesPostgresTests(PostgresWorkflowServerFactory f) : Penalty.PenaltyStatutoryRulesTests(f), IClassFixture<PostgresWorkflowServerFactory>;

public sealed class DemonstrationSiteCycleScenarioSqliteTests(WorkflowServerFactory f) : DemonstrationSiteCycleScenarioTests(f), IClassFixture<WorkflowServerFactory>;
public sealed class DemonstrationSiteCycleScenarioPostgresTests(PostgresWorkflowServerFactory f) : DemonstrationSiteCycleScenarioTests(f), IClassFixture<PostgresWorkflowServerFactory>;

public sealed class AnnualStatisticsScenarioSqliteTests(WorkflowServerFactory f) : AnnualStatisticsScenarioTests(f), IClassFixture<WorkflowServerFactory>;
public sealed class AnnualStatisticsScenarioPostgresTests(PostgresWorkflowServerFactory f) : AnnualStatisticsScenarioTests(f), IClassFixture<PostgresWorkflowServerFactory>;

public sealed class CaseFileReviewScenarioSqliteTests(WorkflowServerFactory f) : CaseFileReviewScenarioTests(f), IClassFixture<WorkflowServerFactory>;
public sealed class CaseFileReviewScenarioPostgresTests(PostgresWorkflowServerFactory f) : CaseFileReviewScenarioTests(f), IClassFixture<PostgresWorkflowServerFactory>;

public sealed class TrainingComplianceScenarioSqliteTests(WorkflowServerFactory f) : TrainingComplianceScenarioTests(f), IClassFixture<WorkflowServerFactory>;
public sealed class TrainingComplianceScenarioPostgresTests(PostgresWorkflowServerFactory f) : TrainingComplianceScenarioTests(f), IClassFixture<PostgresWorkflowServerFactory>;

public sealed class AdministrativeLicenseScenarioSqliteTests(WorkflowServerFactory f) : License.AdministrativeLicenseScenarioTests(f), IClassFixture<WorkflowServerFactory>;
public sealed class AdministrativeLicenseScenarioPostgresTests(PostgresWorkflowServerFactory f) : License.AdministrativeLicenseScenarioTests(f), IClassFixture<PostgresWorkflowServerFactory>;

public sealed class AdministrativePenaltySummaryScenarioSqliteTests(WorkflowServerFactory f) : Summary.AdministrativePenaltySummaryScenarioTests(f), IClassFixture<WorkflowServerFactory>;
public sealed class AdministrativePenaltySummaryScenarioPostgresTests(PostgresWorkflowServerFactory f) : Summary.AdministrativePenaltySummaryScenarioTests(f), IClassFixture<PostgresWorkflowServerFactory>;
public sealed class SummaryDiscretionBenchmarkScenarioSqliteTests(WorkflowServerFactory f) : Summary.SummaryDiscretionBenchmarkScenarioTests(f), IClassFixture<WorkflowServerFactory>;
public sealed class SummaryDiscretionBenchmarkScenarioPostgresTests(PostgresWorkflowServerFactory f) : Summary.SummaryDiscretionBenchmarkScenarioTests(f), IClassFixture<PostgresWorkflowServerFactory>;
public sealed class DiscretionStatisticsScenarioSqliteTests(WorkflowServerFactory f) : Summary.DiscretionStatisticsScenarioTests(f), IClassFixture<WorkflowServerFactory>;
public sealed class DiscretionStatisticsScenarioPostgresTests(PostgresWorkflowServerFactory f) : Summary.DiscretionStatisticsScenarioTests(f), IClassFixture<PostgresWorkflowServerFactory>;
public sealed class SimplePenaltyDiscretionScenarioSqliteTests(WorkflowServerFactory f) : Summary.SimplePenaltyDiscretionScenarioTests(f), IClassFixture<WorkflowServerFactory>;
public sealed class SimplePenaltyDiscretionScenarioPostgresTests(PostgresWorkflowServerFactory f) : Summary.SimplePenaltyDiscretionScenarioTests(f), IClassFixture<PostgresWorkflowServerFactory>;

public sealed class LegalReviewQualificationSqliteTests(WorkflowServerFactory f) : LegalReviewQualificationTests(f), IClassFixture<WorkflowServerFactory>;
public sealed class LegalReviewQualificationPostgresTests(PostgresWorkflowServerFactory f) : LegalReviewQualificationTests(f), IClassFixture<PostgresWorkflowServerFactory>;

public sealed class DemonstrationSiteRulesSqliteTests(WorkflowServerFactory f) : DemonstrationSiteRulesTests(f), IClassFixture<WorkflowServerFactory>;
public sealed class DemonstrationSiteRulesPostgresTests(PostgresWorkflowServerFactory f) : DemonstrationSiteRulesTests(f), IClassFixture<PostgresWorkflowServerFactory>;
public sealed class CollectiveDiscussionRulesSqliteTests(WorkflowServerFactory f) : Penalty.CollectiveDiscussionRulesTests(f), IClassFixture<WorkflowServerFactory>;
public sealed class CollectiveDiscussionRulesPostgresTests(PostgresWorkflowServerFactory f) : Penalty.CollectiveDiscussionRulesTests(f), IClassFixture<PostgresWorkflowServerFactory>;
public sealed class DiscretionBenchmarkScenarioSqliteTests(WorkflowServerFactory f) : Penalty.DiscretionBenchmarkScenarioTests(f), IClassFixture<WorkflowServerFactory>;
public sealed class DiscretionBenchmarkScenarioPostgresTests(PostgresWorkflowServerFactory f) : Penalty.DiscretionBenchmarkScenarioTests(f), IClassFixture<PostgresWorkflowServerFactory>;
public sealed class PeopleSearchSqliteTests(WorkflowServerFactory f) : PeopleSearchTests(f), IClassFixture<WorkflowServerFactory>;
public sealed class PeopleSearchPostgresTests(PostgresWorkflowServerFactory f) : PeopleSearchTests(f), IClassFixture<PostgresWorkflowServerFactory>;

public sealed class AnnualStatisticsFiguresScenarioSqliteTests(WorkflowServerFactory f) : AnnualStatisticsFiguresScenarioTests(f), IClassFixture<WorkflowServerFactory>;
public sealed class AnnualStatisticsFiguresScenarioPostgresTests(PostgresWorkflowServerFactory f) : AnnualStatisticsFiguresScenarioTests(f), IClassFixture<PostgresWorkflowServerFactory>;
