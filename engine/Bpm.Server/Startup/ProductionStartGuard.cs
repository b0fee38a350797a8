using Bpm.Server.Auth;
using Bpm.Server.Identity.Demo;
using Bpm.Server.Identity.Requests;
using Bpm.Server.Problems;
using Microsoft.Extensions.Options;

namespace Bpm.Server.Startup;

/// <summary>Refuses to start a server anyone could sign in to with published passwords. Everywhere: a configured
/// <c>Bpm:Auth:AdminPassword</c> must pass the <see cref="PasswordPolicy"/>. Outside Development, unless the demo is asked
/// for explicitly (<c>Bpm:Demo:Seed=true</c>): the demo people must be turned off (<c>Bpm:Demo:Seed=false</c>) and the
/// <c>admin</c> user must not have, or be about to get, the default password.</summary>
internal sealed class ProductionStartGuard(IConfiguration configuration, IHostEnvironment environment, IOptions<DemoOptions> demo,
    IUserDirectory users, CredentialValidator credentials)
{
    private const string HowToStart =
        "生产环境请设置强密码并关闭演示数据，例如:\n"
        + "  Bpm__Auth__AdminPassword='<至少 8 位，含大小写字母、数字、符号中的三类>' Bpm__Demo__Seed=false dotnet Bpm.Server.dll\n"
        + "仅作演示时可显式设置 Bpm__Demo__Seed=true（admin/admin 与演示用户 Demo@2026）。\n"
        + "In production set a strong Bpm__Auth__AdminPassword and Bpm__Demo__Seed=false; for a demo set Bpm__Demo__Seed=true explicitly.";

    public async Task CheckAsync(CancellationToken ct)
    {
        var demoRequested = configuration.GetValue<bool?>("Bpm:Demo:Seed") == true;
        var demoAllowed = environment.IsDevelopment() || demoRequested;
        var configured = configuration["Bpm:Auth:AdminPassword"];
        if (!string.IsNullOrEmpty(configured) && !(demoAllowed && configured == BpmAuthOptions.DefaultAdminPassword))
            CheckPolicy(configured);
        if (demoAllowed)
            return;

        if (demo.Value.Seed)
            throw Refused($"未关闭演示用户（{DemoPeople.All.Count} 个演示用户共用公开密码 Demo@2026）。");
        var admin = await users.FindAsync(AdminSeeder.AdminUsername, ct);
        var defaultPassword = admin is null
            ? string.IsNullOrEmpty(configured)
            : string.IsNullOrEmpty(configured) && credentials.Verify(admin, BpmAuthOptions.DefaultAdminPassword);
        if (defaultPassword)
            throw Refused("管理员 admin 的密码是默认密码 admin（未设置 Bpm__Auth__AdminPassword）。");
    }

    private static void CheckPolicy(string password)
    {
        try
        {
            PasswordPolicy.Check(password, AdminSeeder.AdminUsername);
        }
        catch (ApiBadRequestException weak)
        {
            throw new StartupRefusedException(
                $"BPM 拒绝启动: Bpm__Auth__AdminPassword 不符合密码规则 ({weak.Message})\n{HowToStart}");
        }
    }

    private StartupRefusedException Refused(string reason) =>
        new($"BPM 拒绝启动 ({environment.EnvironmentName} 环境): {reason}\n{HowToStart}");
}
