using Bpm.Engine.Time;
using Microsoft.Extensions.Options;

namespace Bpm.Engine.Hosting;

/// <summary>Refuses the start when <c>Bpm:Engine:TimeZone</c> names a zone the machine does not know.</summary>
internal sealed class BusinessTimeZoneValidation : IValidateOptions<EngineOptions>
{
    public ValidateOptionsResult Validate(string? name, EngineOptions options) =>
        BusinessTimeZone.TryResolve(options.TimeZone, out _) ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(BusinessTimeZone.Unknown(options.TimeZone));
}
