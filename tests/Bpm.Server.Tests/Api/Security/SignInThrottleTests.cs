using System.Net;
using System.Net.Http.Json;
using Bpm.Server.Tests.Api.Identity;
using Bpm.Server.Tests.Infrastructure;
using Microsoft.Extensions.Time.Testing;

namespace Bpm.Server.Tests.Api.Security;

/// <summary>Failed sign-ins lock the username (5 free) and the client address (20 free) for a growing delay; correct
/// passwords are never slowed down otherwise. Every test uses its own usernames and addresses.</summary>
public abstract class SignInThrottleTests(BpmServerFactory factory, FakeTimeProvider authClock) : IdentityApiTestBase(factory)
{
    [Fact]
    public async Task Five_failures_lock_the_username_even_for_the_right_password_until_the_delay_has_passed()
    {
        var username = await CreateUserAsync();
        var address = SignInRequests.UniqueAddress();
        for (var i = 0; i < 5; i++)
            await (await SignInAsync(username, "wrong", address)).ReadProblemAsync(HttpStatusCode.Unauthorized);

        var locked = await SignInAsync(username, Password, SignInRequests.UniqueAddress());
        var problem = await locked.ReadProblemAsync(HttpStatusCode.TooManyRequests);
        Assert.Equal("15", locked.Headers.GetValues("Retry-After").Single());
        Assert.Equal("sign-in-throttle", problem["rule"]!.GetValue<string>());
        Assert.Contains("15 秒", problem["detail"]!.GetValue<string>());

        authClock.Advance(TimeSpan.FromSeconds(14));
        await (await SignInAsync(username, Password, address)).ReadProblemAsync(HttpStatusCode.TooManyRequests);
        authClock.Advance(TimeSpan.FromSeconds(1));
        await (await SignInAsync(username, Password, address)).ReadJsonObjectAsync(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Each_further_failure_doubles_the_delay_and_a_success_starts_afresh()
    {
        var username = await CreateUserAsync();
        var address = SignInRequests.UniqueAddress();
        for (var i = 0; i < 5; i++)
            await SignInAsync(username, "wrong", address);
        authClock.Advance(TimeSpan.FromSeconds(15));

        await (await SignInAsync(username, "wrong", address)).ReadProblemAsync(HttpStatusCode.Unauthorized);
        var locked = await SignInAsync(username, Password, address);
        await locked.ReadProblemAsync(HttpStatusCode.TooManyRequests);
        Assert.Equal("30", locked.Headers.GetValues("Retry-After").Single());

        authClock.Advance(TimeSpan.FromSeconds(30));
        await (await SignInAsync(username, Password, address)).ReadJsonObjectAsync(HttpStatusCode.OK);
        await (await SignInAsync(username, "wrong", address)).ReadProblemAsync(HttpStatusCode.Unauthorized);
        await (await SignInAsync(username, Password, address)).ReadJsonObjectAsync(HttpStatusCode.OK);
    }

    [Fact]
    public async Task An_unknown_username_is_answered_and_locked_exactly_like_a_known_one()
    {
        var known = await CreateUserAsync();
        var unknown = UniqueName("nobody");
        var answers = new List<(HttpStatusCode, string?, string)>();
        foreach (var username in new[] { known, unknown })
        {
            var address = SignInRequests.UniqueAddress();
            var first = await SignInAsync(username, "wrong", address);
            for (var i = 0; i < 4; i++)
                await SignInAsync(username, "wrong", address);
            var locked = await SignInAsync(username, "wrong", address);
            answers.Add((first.StatusCode, null, (await first.ReadProblemAsync(HttpStatusCode.Unauthorized))["detail"]!.GetValue<string>()));
            answers.Add((locked.StatusCode, locked.Headers.GetValues("Retry-After").Single(),
                (await locked.ReadProblemAsync(HttpStatusCode.TooManyRequests))["detail"]!.GetValue<string>()));
        }
        Assert.Equal(answers[..2], answers[2..]);
    }

    [Fact]
    public async Task Failures_for_many_usernames_from_one_address_lock_that_address_only()
    {
        var spraying = SignInRequests.UniqueAddress();
        for (var i = 0; i < 20; i++)
            await (await SignInAsync(UniqueName("spray"), "Spring2026!", spraying)).ReadProblemAsync(HttpStatusCode.Unauthorized);

        var username = await CreateUserAsync();
        var blocked = await SignInAsync(username, Password, spraying);
        await blocked.ReadProblemAsync(HttpStatusCode.TooManyRequests);
        Assert.Equal("15", blocked.Headers.GetValues("Retry-After").Single());
        await (await SignInAsync(username, Password, SignInRequests.UniqueAddress())).ReadJsonObjectAsync(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Correct_passwords_are_never_throttled()
    {
        var username = await CreateUserAsync();
        var address = SignInRequests.UniqueAddress();
        for (var i = 0; i < 40; i++)
            await (await SignInAsync(username, Password, address)).ReadJsonObjectAsync(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Every_attempt_is_audited_with_its_address_and_why_it_failed()
    {
        var username = await CreateUserAsync();
        var address = SignInRequests.UniqueAddress();
        await SignInAsync(username, Password, address);
        for (var i = 0; i < 5; i++)
            await SignInAsync(username, "wrong", address);
        await SignInAsync(username, Password, address);
        var unknown = UniqueName("ghost");
        await SignInAsync(unknown, "whatever", address);

        var entries = await AuditAsync("sign-in", username);
        Assert.Equal(["sign-in.failed", .. Enumerable.Repeat("sign-in.failed", 5), "sign-in.succeeded"],
            entries.Select(e => e["action"]!.GetValue<string>()));
        Assert.All(entries, e => Assert.Equal(username, e["actor"]!.GetValue<string>()));
        Assert.All(entries, e => Assert.Equal(address, e["after"]!["address"]!.GetValue<string>()));
        Assert.Equal(["throttled", .. Enumerable.Repeat("wrong-password", 5)], entries.Take(6).Select(e => e["after"]!["reason"]!.GetValue<string>()));
        Assert.DoesNotContain("wrong\"", string.Join("", entries.Select(e => e.ToJsonString())));

        var ghost = Assert.Single(await AuditAsync("sign-in", unknown));
        Assert.Equal("unknown-user", ghost["after"]!["reason"]!.GetValue<string>());
    }

    [Fact]
    public async Task An_unknown_username_takes_as_long_to_refuse_as_a_wrong_password()
    {
        var known = await CreateUserAsync();
        await SignInAsync(known, Password, SignInRequests.UniqueAddress());
        var wrongPassword = new List<TimeSpan>();
        var unknownUser = new List<TimeSpan>();
        for (var i = 0; i < 3; i++)
        {
            wrongPassword.Add(await TimeAsync(() => SignInAsync(known, "wrong" + i, SignInRequests.UniqueAddress())));
            unknownUser.Add(await TimeAsync(() => SignInAsync(UniqueName("nobody"), "wrong", SignInRequests.UniqueAddress())));
        }
        // Without the dummy hash an unknown user costs one database lookup (~1 ms) against PBKDF2's tens of milliseconds.
        var ratio = unknownUser.Order().ElementAt(1) / wrongPassword.Order().ElementAt(1);
        Assert.True(ratio > 0.4, $"unknown user {unknownUser.Order().ElementAt(1).TotalMilliseconds} ms, wrong password {wrongPassword.Order().ElementAt(1).TotalMilliseconds} ms");
    }

    private static async Task<TimeSpan> TimeAsync(Func<Task<HttpResponseMessage>> call)
    {
        var started = System.Diagnostics.Stopwatch.StartNew();
        (await call()).Dispose();
        return started.Elapsed;
    }

    private Task<HttpResponseMessage> SignInAsync(string username, string password, string address) =>
        Factory.CreateClient().SendAsync(SignInRequests.Token(username, password, address));
}
