namespace Hotline.Handling.Contact;

/// <summary>Contacting the caller (联系诉求人) and the notice of the result.</summary>
internal static class ContactRegistration
{
    public static IServiceCollection AddContact(this IServiceCollection services) =>
        services.AddScoped<ContactService>();
}
