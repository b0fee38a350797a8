using Bpm.Server.Tests.Infrastructure;

namespace Bpm.Server.Tests.Workflows;

// The enforcement scenarios on SQLite and on PostgreSQL; one server per class and provider (each with its own clock).

public sealed class LegalReviewScenarioSqliteTests(WorkflowServerFactory<Sqlite> f) : LegalReviewScenarioTests(f), IClassFixture<WorkflowServerFactory<Sqlite>>;
public sealed class LegalReviewScenarioPostgresTests(WorkflowServerFactory<Postgres> f) : LegalReviewScenarioTests(f), IClassFixture<WorkflowServerFactory<Postgres>>;

public sealed class DisclosureWithdrawalScenarioSqliteTests(WorkflowServerFactory<Sqlite> f) : DisclosureWithdrawalScenarioTests(f), IClassFixture<WorkflowServerFactory<Sqlite>>;
public sealed class DisclosureWithdrawalScenarioPostgresTests(WorkflowServerFactory<Postgres> f) : DisclosureWithdrawalScenarioTests(f), IClassFixture<WorkflowServerFactory<Postgres>>;
public sealed class DisclosureOtherDecisionScenarioSqliteTests(WorkflowServerFactory<Sqlite> f) : DisclosureOtherDecisionScenarioTests(f), IClassFixture<WorkflowServerFactory<Sqlite>>;
public sealed class DisclosureOtherDecisionScenarioPostgresTests(WorkflowServerFactory<Postgres> f) : DisclosureOtherDecisionScenarioTests(f), IClassFixture<WorkflowServerFactory<Postgres>>;

public sealed class DisclosureCorrectionScenarioSqliteTests(WorkflowServerFactory<Sqlite> f) : DisclosureCorrectionScenarioTests(f), IClassFixture<WorkflowServerFactory<Sqlite>>;
public sealed class DisclosureCorrectionScenarioPostgresTests(WorkflowServerFactory<Postgres> f) : DisclosureCorrectionScenarioTests(f), IClassFixture<WorkflowServerFactory<Postgres>>;

public sealed class MajorPenaltyFilingScenarioSqliteTests(WorkflowServerFactory<Sqlite> f) : MajorPenaltyFilingScenarioTests(f), IClassFixture<WorkflowServerFactory<Sqlite>>;
public sealed class MajorPenaltyFilingScenarioPostgresTests(WorkflowServerFactory<Postgres> f) : MajorPenaltyFilingScenarioTests(f), IClassFixture<WorkflowServerFactory<Postgres>>;

public sealed class ComplaintScenarioSqliteTests(WorkflowServerFactory<Sqlite> f) : ComplaintScenarioTests(f), IClassFixture<WorkflowServerFactory<Sqlite>>;
public sealed class ComplaintScenarioPostgresTests(WorkflowServerFactory<Postgres> f) : ComplaintScenarioTests(f), IClassFixture<WorkflowServerFactory<Postgres>>;

public sealed class AdministrativePenaltyScenarioSqliteTests(WorkflowServerFactory<Sqlite> f) : Penalty.AdministrativePenaltyScenarioTests(f), IClassFixture<WorkflowServerFactory<Sqlite>>;
public sealed class AdministrativePenaltyScenarioPostgresTests(WorkflowServerFactory<Postgres> f) : Penalty.AdministrativePenaltyScenarioTests(f), IClassFixture<WorkflowServerFactory<Postgres>>;
public sealed class PenaltyStatutoryRulesSqliteTests(WorkflowServerFactory<Sqlite> f) : Penalty.PenaltyStatutoryRulesTests(f), IClassFixture<WorkflowServerFactory<Sqlite>>;
public sealed class PenaltyStatutoryRulesPostgresTests(WorkflowServerFactory<Postgres> f) : Penalty.PenaltyStatutoryRulesTests(f), IClassFixture<WorkflowServerFactory<Postgres>>;

public sealed class DemonstrationSiteCycleScenarioSqliteTests(WorkflowServerFactory<Sqlite> f) : DemonstrationSiteCycleScenarioTests(f), IClassFixture<WorkflowServerFactory<Sqlite>>;
public sealed class DemonstrationSiteCycleScenarioPostgresTests(WorkflowServerFactory<Postgres> f) : DemonstrationSiteCycleScenarioTests(f), IClassFixture<WorkflowServerFactory<Postgres>>;

public sealed class AnnualStatisticsScenarioSqliteTests(WorkflowServerFactory<Sqlite> f) : AnnualStatisticsScenarioTests(f), IClassFixture<WorkflowServerFactory<Sqlite>>;
public sealed class AnnualStatisticsScenarioPostgresTests(WorkflowServerFactory<Postgres> f) : AnnualStatisticsScenarioTests(f), IClassFixture<WorkflowServerFactory<Postgres>>;

public sealed class CaseFileReviewScenarioSqliteTests(WorkflowServerFactory<Sqlite> f) : CaseFileReviewScenarioTests(f), IClassFixture<WorkflowServerFactory<Sqlite>>;
public sealed class CaseFileReviewScenarioPostgresTests(WorkflowServerFactory<Postgres> f) : CaseFileReviewScenarioTests(f), IClassFixture<WorkflowServerFactory<Postgres>>;

public sealed class TrainingComplianceScenarioSqliteTests(WorkflowServerFactory<Sqlite> f) : TrainingComplianceScenarioTests(f), IClassFixture<WorkflowServerFactory<Sqlite>>;
public sealed class TrainingComplianceScenarioPostgresTests(WorkflowServerFactory<Postgres> f) : TrainingComplianceScenarioTests(f), IClassFixture<WorkflowServerFactory<Postgres>>;

public sealed class AdministrativeLicenseScenarioSqliteTests(WorkflowServerFactory<Sqlite> f) : License.AdministrativeLicenseScenarioTests(f), IClassFixture<WorkflowServerFactory<Sqlite>>;
public sealed class AdministrativeLicenseScenarioPostgresTests(WorkflowServerFactory<Postgres> f) : License.AdministrativeLicenseScenarioTests(f), IClassFixture<WorkflowServerFactory<Postgres>>;

public sealed class AdministrativePenaltySummaryScenarioSqliteTests(WorkflowServerFactory<Sqlite> f) : Summary.AdministrativePenaltySummaryScenarioTests(f), IClassFixture<WorkflowServerFactory<Sqlite>>;
public sealed class AdministrativePenaltySummaryScenarioPostgresTests(WorkflowServerFactory<Postgres> f) : Summary.AdministrativePenaltySummaryScenarioTests(f), IClassFixture<WorkflowServerFactory<Postgres>>;
public sealed class SummaryDiscretionBenchmarkScenarioSqliteTests(WorkflowServerFactory<Sqlite> f) : Summary.SummaryDiscretionBenchmarkScenarioTests(f), IClassFixture<WorkflowServerFactory<Sqlite>>;
public sealed class SummaryDiscretionBenchmarkScenarioPostgresTests(WorkflowServerFactory<Postgres> f) : Summary.SummaryDiscretionBenchmarkScenarioTests(f), IClassFixture<WorkflowServerFactory<Postgres>>;
public sealed class DiscretionStatisticsScenarioSqliteTests(WorkflowServerFactory<Sqlite> f) : Summary.DiscretionStatisticsScenarioTests(f), IClassFixture<WorkflowServerFactory<Sqlite>>;
public sealed class DiscretionStatisticsScenarioPostgresTests(WorkflowServerFactory<Postgres> f) : Summary.DiscretionStatisticsScenarioTests(f), IClassFixture<WorkflowServerFactory<Postgres>>;
public sealed class SimplePenaltyDiscretionScenarioSqliteTests(WorkflowServerFactory<Sqlite> f) : Summary.SimplePenaltyDiscretionScenarioTests(f), IClassFixture<WorkflowServerFactory<Sqlite>>;
public sealed class SimplePenaltyDiscretionScenarioPostgresTests(WorkflowServerFactory<Postgres> f) : Summary.SimplePenaltyDiscretionScenarioTests(f), IClassFixture<WorkflowServerFactory<Postgres>>;

public sealed class LegalReviewQualificationSqliteTests(WorkflowServerFactory<Sqlite> f) : LegalReviewQualificationTests(f), IClassFixture<WorkflowServerFactory<Sqlite>>;
public sealed class LegalReviewQualificationPostgresTests(WorkflowServerFactory<Postgres> f) : LegalReviewQualificationTests(f), IClassFixture<WorkflowServerFactory<Postgres>>;

public sealed class DemonstrationSiteRulesSqliteTests(WorkflowServerFactory<Sqlite> f) : DemonstrationSiteRulesTests(f), IClassFixture<WorkflowServerFactory<Sqlite>>;
public sealed class DemonstrationSiteRulesPostgresTests(WorkflowServerFactory<Postgres> f) : DemonstrationSiteRulesTests(f), IClassFixture<WorkflowServerFactory<Postgres>>;
public sealed class CollectiveDiscussionRulesSqliteTests(WorkflowServerFactory<Sqlite> f) : Penalty.CollectiveDiscussionRulesTests(f), IClassFixture<WorkflowServerFactory<Sqlite>>;
public sealed class CollectiveDiscussionRulesPostgresTests(WorkflowServerFactory<Postgres> f) : Penalty.CollectiveDiscussionRulesTests(f), IClassFixture<WorkflowServerFactory<Postgres>>;
public sealed class DiscretionBenchmarkScenarioSqliteTests(WorkflowServerFactory<Sqlite> f) : Penalty.DiscretionBenchmarkScenarioTests(f), IClassFixture<WorkflowServerFactory<Sqlite>>;
public sealed class DiscretionBenchmarkScenarioPostgresTests(WorkflowServerFactory<Postgres> f) : Penalty.DiscretionBenchmarkScenarioTests(f), IClassFixture<WorkflowServerFactory<Postgres>>;
public sealed class PeopleSearchSqliteTests(WorkflowServerFactory<Sqlite> f) : PeopleSearchTests(f), IClassFixture<WorkflowServerFactory<Sqlite>>;
public sealed class PeopleSearchPostgresTests(WorkflowServerFactory<Postgres> f) : PeopleSearchTests(f), IClassFixture<WorkflowServerFactory<Postgres>>;

public sealed class AnnualStatisticsFiguresScenarioSqliteTests(WorkflowServerFactory<Sqlite> f) : AnnualStatisticsFiguresScenarioTests(f), IClassFixture<WorkflowServerFactory<Sqlite>>;
public sealed class AnnualStatisticsFiguresScenarioPostgresTests(WorkflowServerFactory<Postgres> f) : AnnualStatisticsFiguresScenarioTests(f), IClassFixture<WorkflowServerFactory<Postgres>>;

public sealed class RuleClosedTaskScenarioSqliteTests(WorkflowServerFactory<Sqlite> f) : RuleClosedTaskScenarioTests(f), IClassFixture<WorkflowServerFactory<Sqlite>>;
public sealed class RuleClosedTaskScenarioPostgresTests(WorkflowServerFactory<Postgres> f) : RuleClosedTaskScenarioTests(f), IClassFixture<WorkflowServerFactory<Postgres>>;
public sealed class DiscretionCaseListScenarioSqliteTests(WorkflowServerFactory<Sqlite> f) : Summary.DiscretionCaseListScenarioTests(f), IClassFixture<WorkflowServerFactory<Sqlite>>;
public sealed class DiscretionCaseListScenarioPostgresTests(WorkflowServerFactory<Postgres> f) : Summary.DiscretionCaseListScenarioTests(f), IClassFixture<WorkflowServerFactory<Postgres>>;
