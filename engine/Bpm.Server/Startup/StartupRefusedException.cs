namespace Bpm.Server.Startup;

/// <summary>The server will not start as configured; the message says why and what to set. <c>Program</c> prints it on
/// stderr and exits with <see cref="ExitCode"/>.</summary>
public sealed class StartupRefusedException(string message) : Exception(message)
{
    public const int ExitCode = 3;
}
