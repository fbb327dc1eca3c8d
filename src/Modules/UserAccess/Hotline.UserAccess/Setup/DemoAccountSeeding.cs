using Hotline.Platform.Seeding;

namespace Hotline.UserAccess.Setup;

/// <summary>Creates the demo accounts (<see cref="DemoAccounts"/>) in the demo county's units, which Administration seeded first. Idempotent.</summary>
internal static class DemoAccountSeeding
{
    public static async Task SeedAsync(UserManager<ApplicationUser> users, IUnitDirectory units, TimeProvider clock, CancellationToken cancellationToken)
    {
        foreach (var (userName, displayName, role, unitCode) in DemoAccounts.All)
        {
            if (await users.FindByNameAsync(userName) is not null)
                continue;
            var unit = await units.FindByCodeAsync(unitCode, cancellationToken)
                ?? throw new InvalidOperationException($"Demo unit {unitCode} is missing: the demo county was not seeded.");
            var user = new ApplicationUser
            {
                UserName = userName,
                DisplayName = displayName,
                UnitId = unit.Id,
                CreatedAtUtc = clock.GetUtcNow().UtcDateTime,
                PhoneExtension = DemoAccounts.Extensions.GetValueOrDefault(userName),
            };
            AccountSeeding.ThrowIfFailed(await users.CreateAsync(user, DemoAccounts.Password), userName);
            AccountSeeding.ThrowIfFailed(await users.AddToRoleAsync(user, role), userName);
        }
    }
}
