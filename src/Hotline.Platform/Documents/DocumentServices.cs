using Hotline.Platform.Documents.Fonts;
using Microsoft.Extensions.Configuration;

namespace Hotline.Platform.Documents;

public static class DocumentServices
{
    /// <summary>
    /// Loads the fonts now (so a missing font fails the start, naming its apt package) and registers
    /// the renderer and the download helper.
    /// </summary>
    public static IServiceCollection AddHotlineDocuments(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(DocumentFontOptions.Section).Get<DocumentFontOptions>() ?? new DocumentFontOptions();
        PdfFonts.EnsureInitialized(options);
        services.AddSingleton<DocumentRenderer>();
        services.AddScoped<DocumentDownloads>();
        return services;
    }
}
