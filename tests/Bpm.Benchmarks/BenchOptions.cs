namespace Bpm.Benchmarks;

/// <summary>Command-line options. Defaults keep the whole run within about three minutes.</summary>
public sealed class BenchOptions
{
    public int DurationSeconds { get; private set; } = 10;
    public int WarmupSeconds { get; private set; } = 2;
    public int Concurrency { get; private set; } = 16;
    public int WaitingInstances { get; private set; } = 10_000;
    public int PgbenchSeconds { get; private set; } = 15;
    public int PeerSeconds { get; private set; } = 5;
    public bool RunSqlite { get; private set; } = true;
    public bool RunPostgres { get; private set; } = true;
    public bool RunPgbench { get; private set; } = true;
    public bool RunPeer { get; private set; } = true;
    public bool RunJobMode { get; private set; } = true;
    public bool RunAsyncCommit { get; private set; }
    public bool Profile { get; private set; }
    public bool CpuPerInstance { get; private set; }
    public bool SerializeWrites { get; private set; }
    public bool Timers { get; private set; }
    public bool JobModeOnly { get; private set; }
    public bool Cluster { get; private set; }
    /// <summary>With --cluster: a fixed number of start-and-complete rounds instead of the duration.</summary>
    public int? ClusterRounds { get; private set; }
    /// <summary>With --job-mode: Bpm:Engine:JobChainLimit of the node (unset: the engine's default).</summary>
    public int? JobChainLimit { get; private set; }
    /// <summary>With --job-mode --no-command-jobs: Bpm:Engine:RunJobsInCommandStep off (the start leaves its jobs to the worker).</summary>
    public bool NoCommandJobs { get; private set; }
    public bool Bus { get; private set; }
    public int BusMessages { get; private set; } = 2_000;
    public int TimerCount { get; private set; } = 100_000;
    public int TimerSpreadSeconds { get; private set; } = 10;
    /// <summary>Timers whose steps the sweep writes in one commit (null: the engine's default; 1 = a commit per timer).</summary>
    public int? TimerChunkSize { get; private set; }
    public bool Inbox { get; private set; }
    public bool Studio { get; private set; }
    public int StudioLoads { get; private set; } = 5;
    public int InboxTasks { get; private set; } = 1_000_000;
    public int InboxSamples { get; private set; } = 500;
    public bool Disclosure { get; private set; }
    public int DisclosureEntries { get; private set; } = 100_000;
    public int DisclosureSamples { get; private set; } = 200;
    public bool DiscretionStatistics { get; private set; }
    public int DiscretionRows { get; private set; } = 100_000;
    public bool CaseList { get; private set; }
    public int CaseListCases { get; private set; } = 100_000;
    public int CaseListSamples { get; private set; } = 300;
    public bool Messages { get; private set; }
    public bool MessagesHttp { get; private set; }
    public bool Decisions { get; private set; }
    public bool Verify { get; private set; }
    public int VerifyInstances { get; private set; } = 100_000;
    public bool ChainCost { get; private set; }
    public int ChainCostRounds { get; private set; } = 2;
    public bool ChainCostMarkOff { get; private set; }
    public bool Anchor { get; private set; }
    public int AnchorInstances { get; private set; } = 100_000;
    public int AnchorChanged { get; private set; } = 100;
    private int? _messageCount;
    public int MessageCount => _messageCount ?? 20_000;
    public int HttpMessageCount => _messageCount ?? 10_000;
    // The database runs on this machine: no TLS on the loopback connection, as in docker-compose.yml (postgres:16 without
    // ssl). Npgsql's own default (SSL Mode=Prefer) would negotiate TLS with a server that has ssl on and charge both the
    // engine and the backends for it; a deployment over a network keeps its own SSL Mode in its connection string.
    public string PostgresAdmin { get; private set; } =
        Environment.GetEnvironmentVariable("BPM_BENCH_POSTGRES") ?? "Host=127.0.0.1;Port=5432;Username=bpm;Password=bpm;Database=postgres;SSL Mode=Disable";

    public const string Usage = """
        Usage: dotnet run -c Release --project tests/Bpm.Benchmarks -- [options]
          --duration N        measured seconds per throughput phase (default 10)
          --warmup N          warm-up seconds before each phase (default 2)
          --concurrency N     concurrent callers (default 16)
          --waiting N         waiting instances for the memory figure (default 10000)
          --pgbench-seconds N pgbench run length (default 15)
          --peer-seconds N    bpmn-engine run length (default 5)
          --only sqlite|postgres
          --no-pgbench  --no-peer  --no-jobs
          --profile           only print where a step's time goes (store calls vs engine work), per provider
          --cpu-per-instance  only the straight-through cost per instance in this process (CPU time, bytes allocated), one
                              caller and the configured callers, per provider
          --serialize-writes  with --profile: experiment, commits queue on an in-process lock (SQLite single writer)
          --cluster           only the cluster figures: refused completions of open tasks under 16 callers starting and
                              completing (one node; on PostgreSQL two: start and complete on B, jobs on A or B), and the
                              takeover time after a node dies holding a job (PostgreSQL, default takeover interval)
          --cluster-rounds N  with --cluster: exactly N start-and-complete rounds (e.g. 10000) instead of --duration seconds
          --job-mode          only the job-mode variant (every service task a background job): instances/s, start → COMPLETED
                              p50/p99, and the store calls per instance
          --job-chain-limit N with --job-mode: follow-up jobs run in one completion step (Bpm:Engine:JobChainLimit; 0 = a
                              commit per job, as before chains)
          --no-command-jobs   with --job-mode: the start's step leaves its jobs to the worker (Bpm:Engine:RunJobsInCommandStep
                              false; two commits per instance, as before)
          --timers            only the timer figure: N pending timers due over S seconds, fired by the sweep (lateness p50/p99)
          --timer-count N     timers for --timers (default 100000)
          --timer-spread S    seconds over which they fall due (default 10)
          --timer-chunk N     timers whose steps the sweep writes in one commit (default: the engine's, 64; 1 = one commit per timer)
          --bus               only the bus figure: agency replies published to RabbitMQ (127.0.0.1, guest) correlated per second
          --bus-messages N    replies for --bus, one per waiting instance (default 2000)
          --messages          only the message figure: N waiting instances, N messages published (correlated/s), then N/4 buffered
          --messages-http     the message figure through the HTTP API: the real server as a child process, N instances
                              started and N messages published over HTTP (correlated/s, request p50/p99)
          --message-count N   messages for --messages (default 20000) and --messages-http (default 10000)
          --inbox             only the inbox figure (PostgreSQL): N user tasks bulk-copied, p50/p95 of assignedToMe / candidateForMe
          --inbox-tasks N     tasks for --inbox (default 1000000)
          --inbox-samples N   queries per kind for --inbox (default 500)
          --disclosure        only the public disclosure page figure (PostgreSQL): N entries bulk-copied, p50/p95 of typical queries
          --disclosure-entries N   entries for --disclosure (default 100000)
          --disclosure-samples N   queries per kind for --disclosure (default 200)
          --discretion-statistics  only the discretion statistics figure (PostgreSQL): N decided penalties bulk-copied,
                              p50/p95 of GET /api/statistics/discretion's query and of one count's case list
                              (GET /api/statistics/discretion/cases, first page; samples: --disclosure-samples)
          --discretion-rows N      decided penalties for --discretion-statistics (default 100000)
          --case-list         only the case list figure (PostgreSQL): N cases with their tasks bulk-copied, p50/p95 of the
                              first page with the access filter for officers, heads, supervisors and the admin
          --case-list-cases N      cases for --case-list (default 100000)
          --case-list-samples N    queries per kind for --case-list (default 300)
          --studio            only the studio figure: first load of the designer (production build) in headless
                              /usr/bin/chromium, cold cache, against the real server as a child process
          --studio-loads N    cold loads for --studio (default 5)
          --decisions         only the decision figure: a 50-rule DMN table evaluated on one thread (decisions/s)
          --verify            only the record verification figure: N straight-through instances started, then the `verify`
                              pass over every chain and anchor timed (instances verified per second)
          --verify-instances N     instances for --verify (default 100000)
          --chain-cost        only the hash chain's cost: the straight-through and user-task phases back to back with the
                              history chain sealed and with sealing skipped (a benchmark-only switch), alternating per round
          --chain-cost-rounds N    on/off pairs for --chain-cost (default 2); a discarded warm-up run comes first, every
                              run has a fresh database, and each prints bytes stored per instance and time per commit
          --chain-cost-mark-off    with --chain-cost: "off" runs seal the chain but skip the anchor-pending mark, so the
                              on/off figures are the mark's own cost
          --anchor            only the anchor figure: a database of N instances (1,000 started, the rest copies not anchored
                              yet), the first anchor timed (it must seal all N), then M of them completed and the next
                              anchor timed, five times (each must seal exactly those M)
          --anchor-instances N     instances for --anchor (default 100000)
          --anchor-changed M       instances changed before the timed anchor (default 100)
          --decisions         only the decision figures: a 50-rule DMN table evaluated on one thread (decisions/s), and the
                              straight-through process without and with one business rule task (instances/s)
          --async-commit      also run pgbench and PostgreSQL with synchronous_commit=off (per database; secondary figures)
        PostgreSQL admin connection: BPM_BENCH_POSTGRES (default Host=127.0.0.1;Username=bpm;Password=bpm;SSL Mode=Disable:
        the server is on this machine; set the variable with another SSL Mode to measure with TLS).
        """;

    public static BenchOptions Parse(string[] args)
    {
        var options = new BenchOptions();
        for (var i = 0; i < args.Length; i++)
        {
            string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value");
            int NextInt() => int.TryParse(Next(), out var n) && n > 0 ? n : throw new ArgumentException($"{args[i - 1]} needs a positive number");
            switch (args[i])
            {
                case "--duration": options.DurationSeconds = NextInt(); break;
                case "--warmup": options.WarmupSeconds = NextInt(); break;
                case "--concurrency": options.Concurrency = NextInt(); break;
                case "--waiting": options.WaitingInstances = NextInt(); break;
                case "--pgbench-seconds": options.PgbenchSeconds = NextInt(); break;
                case "--peer-seconds": options.PeerSeconds = NextInt(); break;
                case "--only":
                    var only = Next().ToLowerInvariant();
                    options.RunSqlite = only == "sqlite";
                    options.RunPostgres = only is "postgres" or "postgresql";
                    if (!options.RunSqlite && !options.RunPostgres) throw new ArgumentException("--only takes sqlite or postgres");
                    break;
                case "--no-pgbench": options.RunPgbench = false; break;
                case "--no-peer": options.RunPeer = false; break;
                case "--no-jobs": options.RunJobMode = false; break;
                case "--async-commit": options.RunAsyncCommit = true; break;
                case "--profile": options.Profile = true; break;
                case "--cpu-per-instance": options.CpuPerInstance = true; break;
                case "--serialize-writes": options.SerializeWrites = true; break;
                case "--timers": options.Timers = true; break;
                case "--job-mode": options.JobModeOnly = true; break;
                case "--cluster": options.Cluster = true; break;
                case "--cluster-rounds": options.ClusterRounds = NextInt(); break;
                case "--job-chain-limit":
                    options.JobChainLimit = int.TryParse(Next(), out var limit) && limit >= 0 ? limit : throw new ArgumentException("--job-chain-limit needs 0 or more");
                    break;
                case "--no-command-jobs": options.NoCommandJobs = true; break;
                case "--bus": options.Bus = true; break;
                case "--bus-messages": options.BusMessages = NextInt(); break;
                case "--timer-count": options.TimerCount = NextInt(); break;
                case "--timer-spread": options.TimerSpreadSeconds = NextInt(); break;
                case "--timer-chunk": options.TimerChunkSize = NextInt(); break;
                case "--messages": options.Messages = true; break;
                case "--messages-http": options.MessagesHttp = true; break;
                case "--message-count": options._messageCount = NextInt(); break;
                case "--inbox": options.Inbox = true; break;
                case "--decisions": options.Decisions = true; break;
                case "--verify": options.Verify = true; break;
                case "--verify-instances": options.VerifyInstances = NextInt(); break;
                case "--chain-cost": options.ChainCost = true; break;
                case "--chain-cost-rounds": options.ChainCostRounds = NextInt(); break;
                case "--chain-cost-mark-off": options.ChainCostMarkOff = true; break;
                case "--anchor": options.Anchor = true; break;
                case "--anchor-instances": options.AnchorInstances = NextInt(); break;
                case "--anchor-changed": options.AnchorChanged = NextInt(); break;
                case "--studio": options.Studio = true; break;
                case "--case-list": options.CaseList = true; break;
                case "--case-list-cases": options.CaseListCases = NextInt(); break;
                case "--case-list-samples": options.CaseListSamples = NextInt(); break;
                case "--studio-loads": options.StudioLoads = NextInt(); break;
                case "--inbox-tasks": options.InboxTasks = NextInt(); break;
                case "--inbox-samples": options.InboxSamples = NextInt(); break;
                case "--disclosure": options.Disclosure = true; break;
                case "--disclosure-entries": options.DisclosureEntries = NextInt(); break;
                case "--disclosure-samples": options.DisclosureSamples = NextInt(); break;
                case "--discretion-statistics": options.DiscretionStatistics = true; break;
                case "--discretion-rows": options.DiscretionRows = NextInt(); break;
                default: throw new ArgumentException($"unknown option {args[i]}");
            }
        }
        return options;
    }
}
