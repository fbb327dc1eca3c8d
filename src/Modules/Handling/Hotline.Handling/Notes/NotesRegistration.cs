namespace Hotline.Handling.Notes;

/// <summary>Progress notes with attachments (办理过程记录).</summary>
internal static class NotesRegistration
{
    public static IServiceCollection AddNotes(this IServiceCollection services) =>
        services.AddScoped<NoteService>();
}
