using Hotline.Web;
using Hotline.Web.Infrastructure;
using Hotline.Web.Infrastructure.Backup;

// "verify-audit" checks the audit log's hash chain, "verify-archive" the archive's, "backfill-archive" archives the closed
// cases without a record, "rebuild-analysis" recomputes the analysis facts, "rebuild-facts" the modules' daily fact
// tables, "seed-scale" generates cases for a benchmark, "backup" and "restore" save and bring back an instance, "migrate"
// upgrades the schema, and each exits; anything else runs the server.
var command = args.FirstOrDefault() is VerifyAuditCommand.Name or Hotline.Archive.ArchiveModule.VerifyCommand
    or Hotline.Archive.ArchiveModule.BackfillCommand
    or Hotline.Assessment.AssessmentModule.RebuildCommand or Hotline.Platform.Seeding.Scale.ScaleGenerator.CommandName
    or Hotline.Platform.Facts.DailyFactsRebuild.CommandName or BackupCommands.Backup or BackupCommands.Restore
    or Hotline.Platform.Persistence.SchemaMigrations.CommandName
    ? args[0] : null;
var builder = WebApplication.CreateBuilder(command is null ? args : args[1..]);
builder.AddHotlineHost();

var app = builder.Build();
if (command is not null)
{
    Environment.ExitCode = command switch
    {
        VerifyAuditCommand.Name => await VerifyAuditCommand.RunAsync(app.Services, Console.Out),
        Hotline.Assessment.AssessmentModule.RebuildCommand => await Hotline.Assessment.AssessmentModule.RebuildCommandAsync(app.Services, Console.Out),
        Hotline.Platform.Facts.DailyFactsRebuild.CommandName => await Hotline.Platform.Facts.DailyFactsRebuild.RunAsync(app.Services, Console.Out),
        // Its options (--cases 1000000 …) also reach the configuration as harmless keys.
        Hotline.Platform.Seeding.Scale.ScaleGenerator.CommandName => await Hotline.Platform.Seeding.Scale.ScaleGenerator.RunAsync(app.Services, args, Console.Out),
        // Their options (--to DIR, --from FILE) also reach the configuration as harmless keys.
        BackupCommands.Backup => await BackupCommands.BackupAsync(app.Services, args, Console.Out),
        BackupCommands.Restore => await BackupCommands.RestoreAsync(app.Services, args, Console.Out),
        Hotline.Platform.Persistence.SchemaMigrations.CommandName => await Hotline.Platform.Persistence.SchemaMigrations.RunAsync(app.Services, Console.Out),
        Hotline.Archive.ArchiveModule.BackfillCommand => await Hotline.Archive.ArchiveModule.BackfillCommandAsync(app.Services, Console.Out),
        _ => await Hotline.Archive.ArchiveModule.VerifyCommandAsync(app.Services, Console.Out),
    };
    return;
}
await app.UseHotlineHostAsync();
app.Run();

/// <summary>Entry point type, visible to the integration and e2e test hosts.</summary>
public partial class Program;
