namespace Bpm.Server.Auth.SignIn;

/// <summary>The password sign-in: throttle, check the credentials, count failures, audit every attempt.</summary>
public sealed class SignInService(CredentialValidator credentials, SignInThrottle throttle, SignInAuditor audit)
{
    public async Task<SignInOutcome> SignInAsync(string username, string password, string address, CancellationToken ct)
    {
        if (throttle.RetryAfter(username, address) is { } wait)
        {
            await audit.RecordAsync(username, address, SignInFailures.Throttled, ct);
            return new SignInOutcome(null, wait);
        }

        var check = await credentials.CheckAsync(username, password, ct);
        if (check.Principal is null)
            throttle.RecordFailure(username, address);
        else
            throttle.RecordSuccess(username);
        await audit.RecordAsync(username, address, check.FailureReason, ct);
        return new SignInOutcome(check.Principal, null);
    }
}
