using Bpm.Engine.Persistence;
using Bpm.Engine.Persistence.Entities;
using Bpm.Engine.Persistence.States;
using Bpm.Engine.Tests.Infrastructure;
using static Bpm.Engine.Tests.Infrastructure.EntityFactory;

namespace Bpm.Engine.Tests.Persistence;

public abstract class JobLockingTests(DatabaseProvider provider)
{
    private static readonly DateTimeOffset LockUntil = Now.AddMinutes(5);

    [Fact]
    public async Task Locks_at_most_one_job_per_instance_and_only_due_ones()
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var a = NextKey();
        var b = NextKey();
        await InsertJobsAsync(db, Job(a, Now.AddMinutes(-2)), Job(a, Now.AddMinutes(-1)), Job(b, Now.AddMinutes(-1)), Job(NextKey(), Now.AddSeconds(1)));

        var locked = await db.Store.LockDueJobsAsync("node-1", Now, LockUntil, 10, CancellationToken.None);

        Assert.Equal(2, locked.Count);
        Assert.Equal([a, b], locked.Select(j => j.ProcessInstanceKey).Order());
        Assert.All(locked, j => Assert.Equal(("node-1", (DateTimeOffset?)LockUntil, (long?)j.ProcessInstanceKey), (j.LockedBy, j.LockedUntil, j.LockedInstanceKey)));
        var stored = await db.Store.FindJobAsync(locked[0].Key, CancellationToken.None);
        Assert.Equal("node-1", stored!.LockedBy);

        // Instance a already has a locked job: its second job is not handed out, to any node.
        Assert.Empty(await db.Store.LockDueJobsAsync("node-2", Now, LockUntil, 10, CancellationToken.None));
    }

    [Fact]
    public async Task Respects_max_and_due_order()
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var jobs = Enumerable.Range(1, 5).Select(i => Job(NextKey(), Now.AddMinutes(-i))).ToArray();
        await InsertJobsAsync(db, jobs);

        var locked = await db.Store.LockDueJobsAsync("n", Now, LockUntil, 2, CancellationToken.None);

        Assert.Equal([jobs[4].Key, jobs[3].Key], locked.Select(j => j.Key));
        Assert.Equal(Now.AddMinutes(-3), await db.Store.NextJobDueAtAsync(CancellationToken.None));
    }

    [Fact]
    public async Task Concurrent_lockers_never_get_two_jobs_of_one_instance()
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var instances = Enumerable.Range(0, 10).Select(_ => NextKey()).ToArray();
        await InsertJobsAsync(db, instances.SelectMany(i => Enumerable.Range(0, 4).Select(n => Job(i, Now.AddSeconds(-n)))).ToArray());

        var results = await Task.WhenAll(Enumerable.Range(0, 4).Select(n =>
            Task.Run(() => db.Store.LockDueJobsAsync("node-" + n, Now, LockUntil, 5, CancellationToken.None))));

        var all = results.SelectMany(r => r).ToList();
        Assert.Equal(all.Count, all.Select(j => j.ProcessInstanceKey).Distinct().Count());
        Assert.Equal(all.Count, all.Select(j => j.Key).Distinct().Count());
        // Whatever the interleaving, the remaining instances are all handed out afterwards, still one job each.
        var rest = await db.Store.LockDueJobsAsync("late", Now, LockUntil, 100, CancellationToken.None);
        Assert.Equal(instances.Order(), all.Concat(rest).Select(j => j.ProcessInstanceKey).Order());
    }

    [Fact]
    public async Task Expired_locks_are_released_before_locking()
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var job = Job(NextKey(), Now.AddMinutes(-1));
        await InsertJobsAsync(db, job);
        Assert.Single(await db.Store.LockDueJobsAsync("crashed", Now, Now.AddMinutes(1), 10, CancellationToken.None));
        Assert.Empty(await db.Store.LockDueJobsAsync("other", Now.AddSeconds(30), Now.AddMinutes(5), 10, CancellationToken.None));

        var relocked = await db.Store.LockDueJobsAsync("other", Now.AddMinutes(2), Now.AddMinutes(7), 10, CancellationToken.None);

        Assert.Equal("other", Assert.Single(relocked).LockedBy);
    }

    [Fact]
    public async Task Release_and_unlock_make_jobs_available_again()
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var first = Job(NextKey(), Now.AddMinutes(-1));
        var second = Job(NextKey(), Now.AddMinutes(-1));
        await InsertJobsAsync(db, first, second);
        Assert.Equal(2, (await db.Store.LockDueJobsAsync("node-1", Now, LockUntil, 10, CancellationToken.None)).Count);
        Assert.Null(await db.Store.NextJobDueAtAsync(CancellationToken.None));

        await db.Store.UnlockJobAsync(first.Key, CancellationToken.None);
        var unlocked = (await db.Store.FindJobAsync(first.Key, CancellationToken.None))!;
        Assert.Equal((null, null, null), (unlocked.LockedBy, unlocked.LockedUntil, unlocked.LockedInstanceKey));
        Assert.Equal("node-1", (await db.Store.FindJobAsync(second.Key, CancellationToken.None))!.LockedBy);

        await db.Store.ReleaseJobLocksAsync("node-1", CancellationToken.None);
        Assert.Equal(2, (await db.Store.LockDueJobsAsync("node-2", Now, LockUntil, 10, CancellationToken.None)).Count);
    }

    [Fact]
    public async Task Failed_jobs_are_not_handed_out()
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var job = Job(NextKey(), Now.AddMinutes(-1));
        job.State = JobState.Failed;
        await InsertJobsAsync(db, job);

        Assert.Empty(await db.Store.LockDueJobsAsync("n", Now, LockUntil, 10, CancellationToken.None));
    }

    private static Task InsertJobsAsync(TestDatabase db, params JobEntity[] jobs)
    {
        var changes = new StepChangeSet();
        changes.InsertedJobs.AddRange(jobs);
        return db.Store.CommitAsync(changes, CancellationToken.None);
    }
}

public sealed class JobLockingSqliteTests() : JobLockingTests(DatabaseProvider.Sqlite);
public sealed class JobLockingPostgresTests() : JobLockingTests(DatabaseProvider.Postgres);
