using Hotline.Platform.Admin.Notifications;

namespace Hotline.UnitTests.Messaging;

public sealed class SecretMaskTests
{
    [Fact]
    public void A_single_use_link_token_is_hidden_and_the_rest_of_the_message_kept()
    {
        var body = "【12345热线】请评价工单 QH202611250001：https://rx.example.gov.cn/public/rate/Zq3_x8Lm-Kp0aVb7Yc2Nd4Ee6Ff 有效期72小时";
        var masked = SecretMask.Mask(body);
        Assert.Equal("【12345热线】请评价工单 QH202611250001：https://rx.example.gov.cn/public/rate/Zq3_…（已隐藏） 有效期72小时", masked);
    }

    [Fact]
    public void Ordinary_text_and_short_path_segments_are_left_alone()
    {
        const string body = "您的工单 QH202611250001 已受理，查询码 123456，详见 https://rx.example.gov.cn/public/track";
        Assert.Equal(body, SecretMask.Mask(body));
    }
}
