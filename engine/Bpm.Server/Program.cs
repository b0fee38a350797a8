using System.Text;
using Bpm.Activities;
using Bpm.Activities.Enforcement;
using Bpm.Activities.Documents;
using Bpm.AgencySimulator.Hosting;
using Bpm.Bus.Hosting;
using Bpm.Engine.Activities;
using Bpm.Engine.Hosting;
using Bpm.Server.Records;
using Bpm.Server.Startup;

Console.OutputEncoding = Encoding.UTF8;

if (args.Length > 0 && args[0] == VerifyCommand.Name)
    return await VerifyCommand.RunAsync(args[1..]);
if (args.Length > 0 && args[0] == Bpm.Server.Records.CaseFiles.VerifyCaseFileCommand.Name)
    return await Bpm.Server.Records.CaseFiles.VerifyCaseFileCommand.RunAsync(args[1..]);

var builder = WebApplication.CreateBuilder(args);

// Any order of these calls gives the same services (RegistrationOrderTests); AddBpmServer keeps its start-up work
// (migrate, seed, deploy workflows) the first hosted service, before the engine's job worker starts.
builder.Services.AddBpmServer(builder.Configuration);
builder.Services.AddBpmEngine(builder.Configuration);
builder.Services.AddBpmActivities(BpmActivitiesAssembly.Assembly);
builder.Services.AddBpmEnforcementOptions(builder.Configuration);
builder.Services.AddBpmDocuments(builder.Configuration);
builder.Services.AddBpmBus(builder.Configuration, bus => bus.AddAgencySimulator(builder.Configuration));

var app = builder.Build();
try
{
    // Inside the try: the pipeline's set-up already reads validated options (an unknown Bpm:Engine:TimeZone stops it).
    app.UseBpmServer();
    app.MapBpmServer();
    app.Run();
}
catch (StartupRefusedException refused)
{
    Console.Error.WriteLine(refused.Message);
    return StartupRefusedException.ExitCode;
}
catch (Bpm.Engine.Cluster.NodeNumberInUseException refused)
{
    Console.Error.WriteLine(refused.Message);
    return StartupRefusedException.ExitCode;
}
catch (Microsoft.Extensions.Options.OptionsValidationException invalid)
{
    // A setting validated at start (Bpm:Engine:TimeZone, the S3 store's): its message names the setting.
    Console.Error.WriteLine(invalid.Message);
    return StartupRefusedException.ExitCode;
}
return 0;

/// <summary>The server's entry point; public so that tests can host it with WebApplicationFactory.</summary>
public partial class Program;
