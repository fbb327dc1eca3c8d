namespace Hotline.Handling.CoOpinions;

/// <summary>Co-handling opinions (协办意见) to the lead unit.</summary>
internal static class CoOpinionsRegistration
{
    public static IServiceCollection AddCoOpinions(this IServiceCollection services) =>
        services.AddScoped<CoOpinionService>();
}
