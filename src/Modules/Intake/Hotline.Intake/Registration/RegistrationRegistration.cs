using Hotline.Platform.Notifications.Sms;

namespace Hotline.Intake.Registration;

/// <summary>登记: an agent registers a request with its decision.</summary>
internal static class RegistrationRegistration
{
    public static IServiceCollection AddRegistration(this IServiceCollection services)
    {
        services.AddScoped<RegistrationValidator>();
        services.AddScoped<CaseRegistration>();
        services.AddScoped<CaseNumberAllocator>();
        services.AddSmsType(IntakeSms.Registered);
        services.AddSmsType(IntakeSms.Merged);
        return services;
    }
}
