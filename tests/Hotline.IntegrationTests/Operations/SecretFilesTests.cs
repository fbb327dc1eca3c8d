using Hotline.IntegrationTests.Identity;
using Hotline.Platform.Identity;
using Hotline.Platform.Persistence;
using Hotline.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.IntegrationTests.Operations;

/// <summary>Secrets from files (#20): one 0600 file per setting, named like its environment variable; a readable one is refused.</summary>
public sealed class SecretFilesTests : IDisposable
{
    private readonly string _secrets = Directory.CreateTempSubdirectory("hotline-secrets-").FullName;

    private sealed class WithSecrets(string directory) : HotlineAppFactory(DatabaseProvider.Sqlite, demoMode: false)
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Hotline:InitialAdminPassword", "");
            builder.UseSetting("Hotline:SecretsDirectory", directory);
        }
    }

    [Fact]
    public async Task A_setting_is_read_from_its_private_file()
    {
        if (OperatingSystem.IsWindows())
            return;
        Write("Hotline__InitialAdminPassword", IdentityTestData.StrongPassword + "\n", UnixFileMode.UserRead | UnixFileMode.UserWrite);
        using var app = new WithSecrets(_secrets);

        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var admin = await users.FindByNameAsync("admin");
        Assert.NotNull(admin);
        Assert.True(await users.CheckPasswordAsync(admin, IdentityTestData.StrongPassword));
        Assert.True(await users.IsInRoleAsync(admin, HotlineRoles.CenterAdmin));
    }

    [Fact]
    public void A_secret_file_others_may_read_stops_the_start_and_is_named()
    {
        if (OperatingSystem.IsWindows())
            return;
        Write("Database__ConnectionString", "Server=db;Password=secret", UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
        using var app = new WithSecrets(_secrets);

        var refused = Assert.ThrowsAny<Exception>(() => app.Services).ToString();

        Assert.Contains("chmod 600", refused);
        Assert.Contains("Database__ConnectionString", refused);
        Assert.DoesNotContain("Password=secret", refused);
    }

    private void Write(string name, string value, UnixFileMode mode)
    {
        var path = Path.Combine(_secrets, name);
        File.WriteAllText(path, value);
        if (!OperatingSystem.IsWindows())
            File.SetUnixFileMode(path, mode);
    }

    public void Dispose() => Directory.Delete(_secrets, recursive: true);
}
