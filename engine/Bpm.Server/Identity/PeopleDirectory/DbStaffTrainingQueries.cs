using Bpm.Server.Identity.Storage;
using System.Text.Json;
using Bpm.Engine.People.Training;
using Microsoft.EntityFrameworkCore;

namespace Bpm.Server.Identity.PeopleDirectory;

internal sealed class DbStaffTrainingQueries(IDbContextFactory<IdentityDbContext> contexts) : IStaffTrainingQueries
{
    public async Task<IReadOnlyList<StaffTraining>> ListAsync(string organisationId, bool includeSubunits, DateOnly from, DateOnly to, CancellationToken ct)
    {
        await using var context = await contexts.CreateDbContextAsync(ct);
        var units = new HashSet<string>(StringComparer.Ordinal) { organisationId };
        if (includeSubunits)
        {
            // The organisation tree is small (hundreds of units): walk it in memory.
            var parents = await context.OrgUnits.AsNoTracking().Select(o => new { o.Id, o.ParentId }).ToListAsync(ct);
            for (var added = true; added;)
            {
                added = false;
                foreach (var unit in parents.Where(p => p.ParentId is not null && units.Contains(p.ParentId) && !units.Contains(p.Id)))
                    added |= units.Add(unit.Id);
            }
        }
        var users = await context.Users.AsNoTracking()
            .Where(u => u.Active && u.OrganisationId != null && units.Contains(u.OrganisationId))
            .OrderBy(u => u.Username).ToListAsync(ct);
        var usernames = users.Select(u => u.Username).ToList();
        var trainings = await context.Trainings.AsNoTracking()
            .Where(t => usernames.Contains(t.Username) && t.Date >= from && t.Date <= to)
            .ToListAsync(ct);
        var byUser = trainings.GroupBy(t => t.Username).ToDictionary(g => g.Key, g => (Sessions: g.Count(), Hours: g.Sum(t => t.Hours)));
        return users.Select(u => new StaffTraining(u.Username, u.DisplayName, u.OrganisationId,
            JsonSerializer.Deserialize<List<string>>(u.Roles) ?? [], u.EmploymentType,
            byUser.GetValueOrDefault(u.Username).Sessions, byUser.GetValueOrDefault(u.Username).Hours)).ToList();
    }
}
