using MudBlazor;

namespace Hotline.Handling.Deadlines;

/// <summary>How a traffic light looks on screen; the colour is decided on the server, this only paints it.</summary>
internal static class LightUi
{
    public static Color Color(TrafficLight light) => light switch
    {
        TrafficLight.Red => MudBlazor.Color.Error,
        TrafficLight.Yellow => MudBlazor.Color.Warning,
        _ => MudBlazor.Color.Success,
    };

    /// <summary>Stable names for tests and styles: green, yellow, red.</summary>
    public static string Code(TrafficLight light) => light.ToString().ToLowerInvariant();

    public static string Text(DeadlineState state) => $"{state.KindName} {ChinaTime.Format(state.DueUtc)}";
}
