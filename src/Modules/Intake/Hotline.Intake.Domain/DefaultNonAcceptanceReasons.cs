namespace Hotline.Intake.Domain;

/// <summary>
/// The non-acceptance grounds of seed 002 ch. 2 (㈠–㈥, ㈧; ㈦ is the emergency transfer), 000 and 001. A code missing from
/// the table is added at start; administrators edit or deactivate them afterwards.
/// </summary>
internal static class DefaultNonAcceptanceReasons
{
    public static IEnumerable<NonAcceptanceReason> All()
    {
        var order = 0;
        NonAcceptanceReason R(string code, string name, string basis, string guidance) =>
            new() { Code = code, Name = name, Basis = basis, DefaultGuidance = guidance, SortOrder = ++order };

        yield return R("LEGAL_PROCEDURE", "应通过诉讼、仲裁、纪检监察、行政复议、政府信息公开等法定途径解决",
            "依法应当通过诉讼、仲裁、纪检监察、行政复议、政府信息公开等途径解决的事项，热线不予受理。", "请向人民法院、仲裁机构、纪检监察机关、行政复议机关或政府信息公开受理机构提出。");
        yield return R("PETITION", "已进入信访程序", "已经进入信访渠道办理的事项，热线不予重复受理。", "请向受理您信访事项的信访部门了解办理进度。");
        yield return R("OUT_OF_DUTY", "不属于政府职责范围", "不属于政府及其部门法定职责范围的事项。", "请向相关企业、社会组织或其他有权机关反映。");
        yield return R("OUT_OF_AREA", "不属于本县管辖", "涉事地点或事项不在本县行政区域或管辖范围内。", "请拨打事发地的 12345 政务服务便民热线。");
        yield return R("REPEAT_IN_PERIOD", "办理期限内重复反映同一事项", "同一诉求人就同一事项在办理期限内重复反映的，不再重复受理。", "您的诉求正在办理中，可凭工单号查询进度。");
        yield return R("ANSWERED_NO_NEW", "已依法答复且无新情况、新理由", "已依法依规作出明确答复，诉求人无新情况、新理由、新证据再次反映的。", "如有新的情况或证据，可补充后重新反映。");
        yield return R("MEDIATION_FAILED", "多次调解未果已告知司法途径", "经多次调解未果且已告知通过司法途径解决的纠纷。", "请依法向人民法院提起诉讼。");
        yield return R("SECRETS", "涉及国家秘密、商业秘密、个人隐私", "涉及国家秘密、商业秘密、个人隐私的事项。", "请向有权机关依法提出。");
        yield return R("PUBLIC_ORDER", "违反社会公序良俗", "违反社会公序良俗的诉求。", "请文明、依法表达诉求。");
        yield return R("FABRICATED", "捏造歪曲事实或恶意骚扰", "捏造、歪曲事实，或恶意骚扰、无理纠缠的诉求。", "请如实反映诉求；恶意骚扰热线的，将依法处理。");
        yield return R("AGAINST_LAW", "违反宪法和法律法规规定", "违反宪法和法律法规规定的诉求，热线不予受理。", "请依法表达诉求。");
        yield return R("OTHER", "其他不予受理的事项", "其他依规不予受理的事项。", "");
    }
}
