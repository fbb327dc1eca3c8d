using Hotline.Platform.Navigation;
using MudBlazor;

namespace Hotline.Intake.PhoneCalls;

/// <summary>来电弹屏: the phone system's calls pop the registration form and leave their duration on the case.</summary>
internal static class PhoneCallsRegistration
{
    public static IServiceCollection AddPhoneCalls(this IServiceCollection services)
    {
        services.AddNavEntries([
            new(IntakeModule.Group, "来电模拟", "/intake/cti-simulator", Icons.Material.Filled.RingVolume, CtiSimulator.Users, 115)]);
        services.AddScoped<IPhoneCalls, PhoneCallService>();
        services.AddScoped<CallDurations>();
        services.AddScoped<PendingCalls>();
        services.AddScoped<CtiSimulator>();
        return services;
    }
}
