using Hotline.Platform.Rules;

namespace Hotline.Evaluation.Domain;

/// <summary>An Evaluation step on the case's flow sheet: revisits, ratings, follow-ups, redo, closing.</summary>
internal sealed class EvaluationTimelineEntry : FlowSheetStep;
