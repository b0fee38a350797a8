using Bpm.Engine.People;
using Bpm.Server.Auth;
using Bpm.Server.Identity.Storage;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Bpm.Server.Tests.Infrastructure;

/// <summary>What the user-task servers add: the test people directory, attachments under the test folder, the controllable
/// clock, and the sign-in users (created through the server's own user store, so their tokens are real).</summary>
public static class PeopleServerSetup
{
    public static Dictionary<string, string?> Settings(string tempRoot) => new()
    {
        ["Bpm:Attachments:Directory"] = Path.Combine(tempRoot, "attachments"),
        ["Bpm:Engine:DueSoonSweepInterval"] = "00:00:00",
        // The due-soon test moves the engine clock instead of waiting for a deadline.
        ["Bpm:Testing:ControllableClock"] = "true",
    };

    public static void Configure(IWebHostBuilder builder) =>
        builder.ConfigureTestServices(services => services.AddSingleton<IPeopleDirectory, TestPeopleDirectory>());

    public static async Task SeedUsersAsync(IServiceProvider services)
    {
        var users = services.GetRequiredService<IUserDirectory>();
        var credentials = services.GetRequiredService<CredentialValidator>();
        foreach (var person in TestPeopleDirectory.People)
        {
            var user = new UserEntity { Username = person.Username, DisplayName = person.DisplayName, Roles = RoleList.Format(person.Roles), CreatedAt = DateTimeOffset.UtcNow };
            user.PasswordHash = credentials.HashPassword(user, TestPeopleDirectory.Password);
            await users.AddIfMissingAsync(user, CancellationToken.None);
        }
    }
}
