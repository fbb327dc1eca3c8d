using MudBlazor;

namespace Hotline.Web.Components.Layout;

internal static class HotlineTheme
{
    public static readonly MudTheme Theme = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#1f5fa8",
            Secondary = "#c0392b",
            AppbarBackground = "#1f5fa8",
            Background = "#f5f7fa",
        },
        Typography = new Typography
        {
            Default = new DefaultTypography
            {
                FontFamily = ["PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", "WenQuanYi Micro Hei", "sans-serif"],
            },
        },
    };
}
