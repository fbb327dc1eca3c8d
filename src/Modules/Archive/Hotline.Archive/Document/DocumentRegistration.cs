namespace Hotline.Archive.Document;

/// <summary>工单归档表: the record printed through the platform's PDF layer.</summary>
internal static class DocumentRegistration
{
    public static IServiceCollection AddRecordDocument(this IServiceCollection services) =>
        services.AddScoped<RecordPdfService>();
}
