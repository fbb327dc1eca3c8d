namespace Hotline.Handling.SignFor;

/// <summary>Signing for an assignment (签收).</summary>
internal static class SignForRegistration
{
    public static IServiceCollection AddSignFor(this IServiceCollection services) =>
        services.AddScoped<SignForService>();
}
