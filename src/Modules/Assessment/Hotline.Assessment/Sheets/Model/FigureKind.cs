namespace Hotline.Assessment.Sheets.Model;

/// <summary>The assessed figures of a member unit (issue #16; 002 art. 24; 003). Every one is a rate numerator / denominator.</summary>
internal enum FigureKind
{
    /// <summary>及时签收率.</summary>
    SignForOnTime,
    /// <summary>首次联系及时率 (响应率).</summary>
    FirstContactOnTime,
    /// <summary>按时办结率.</summary>
    CompletedOnTime,
    /// <summary>解决率.</summary>
    Resolution,
    /// <summary>满意率 (基本满意 weighted as Evaluation weights it).</summary>
    Satisfaction,
    /// <summary>退单率 (approved).</summary>
    ReturnApproved,
    /// <summary>退单率 (refused).</summary>
    ReturnRefused,
    /// <summary>重办率.</summary>
    Redo,
    /// <summary>延期率.</summary>
    Extension,
    /// <summary>知识库维护及时率.</summary>
    KnowledgeUpkeep,
}
