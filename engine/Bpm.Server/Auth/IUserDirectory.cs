using Bpm.Server.Identity.Storage;

namespace Bpm.Server.Auth;

/// <summary>Where the server looks up the users who may sign in.</summary>
public interface IUserDirectory
{
    Task<UserEntity?> FindAsync(string username, CancellationToken ct);

    /// <summary>Adds the user unless one with the same username exists; true when it was added.</summary>
    Task<bool> AddIfMissingAsync(UserEntity user, CancellationToken ct);
}
