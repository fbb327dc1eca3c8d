using Hotline.Web;

var builder = WebApplication.CreateBuilder(args);
builder.AddHotlineHost();

var app = builder.Build();
await app.UseHotlineHostAsync();
app.Run();

/// <summary>Entry point type, visible to the integration and e2e test hosts.</summary>
public partial class Program;
