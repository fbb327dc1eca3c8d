using Hotline.Evaluation.Persistence;
using Hotline.Platform.Modules;
using Hotline.Platform;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.Evaluation;

/// <summary>回访 module: revisits, two-stage ratings, online rating links, dissatisfaction follow-up and redo, closing, unit figures.</summary>
public sealed class EvaluationModule : IHotlineModule
{
    public const string Group = "回访";

    public string Name => "Evaluation";

    public void ConfigureModel(ModelBuilder builder) => EvaluationModel.Configure(builder);

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDbContext<EvaluationDbContext>(configuration);
    }

    public IEnumerable<NavEntry> Navigation => [];
}
