using Hotline.Web;
using Hotline.Web.Infrastructure;

// "verify-audit" checks the audit log's hash chain and exits; anything else runs the server.
var command = args.FirstOrDefault() == VerifyAuditCommand.Name ? VerifyAuditCommand.Name : null;
var builder = WebApplication.CreateBuilder(command is null ? args : args[1..]);
builder.AddHotlineHost();

var app = builder.Build();
if (command is not null)
{
    Environment.ExitCode = await VerifyAuditCommand.RunAsync(app.Services, Console.Out);
    return;
}
await app.UseHotlineHostAsync();
app.Run();

/// <summary>Entry point type, visible to the integration and e2e test hosts.</summary>
public partial class Program;
