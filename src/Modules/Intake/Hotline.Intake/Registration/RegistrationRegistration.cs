using Hotline.Platform.Navigation;
using Hotline.Platform.Notifications.Sms;
using MudBlazor;

namespace Hotline.Intake.Registration;

/// <summary>登记: an agent registers a request with its decision.</summary>
internal static class RegistrationRegistration
{
    public static IServiceCollection AddRegistration(this IServiceCollection services)
    {
        services.AddNavEntries([
            new(IntakeModule.Group, "登记工单", "/intake/register", Icons.Material.Filled.AddIcCall, IntakeAccess.Registrars, 100)]);
        services.AddScoped<RegistrationValidator>();
        services.AddScoped<CaseRegistration>();
        services.AddScoped<CaseNumberAllocator>();
        services.AddSingleton(new TypingPause(TimeProvider.System));
        services.AddSmsType(IntakeSms.Registered);
        services.AddSmsType(IntakeSms.Answered);
        services.AddSmsType(IntakeSms.Merged);
        return services;
    }
}
