using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Hotline.Integration.RestApi;

/// <summary>The REST API's OpenAPI document (<c>/api/openapi/v1.json</c>, browsable at <c>/api/docs</c>).</summary>
internal static class RestApiRegistration
{
    public const string DocumentName = "v1";
    private const string SecuritySchemeName = "ApiKey";

    public static IServiceCollection AddRestApi(this IServiceCollection services)
    {
        services.AddOpenApi(DocumentName, options =>
        {
            options.ShouldInclude = description => description.RelativePath?.StartsWith("api/", StringComparison.Ordinal) ?? false;
            options.AddDocumentTransformer((document, _, _) =>
            {
                document.Info = new OpenApiInfo
                {
                    Title = "12345 政务服务便民热线 接口",
                    Version = "v1",
                    Description = "部门系统接入：提交诉求、查询工单进度、按单位列出工单、回访结果、事项分类、单位与属地、事件拉取；来电弹屏。"
                        + "每次调用须在请求头 X-Api-Key 中携带中心发放的接入密钥；错误以 application/problem+json 返回中文说明。",
                };
                document.Components ??= new OpenApiComponents();
                document.Components.SecuritySchemes = new Dictionary<string, IOpenApiSecurityScheme>
                {
                    [SecuritySchemeName] = new OpenApiSecurityScheme
                    {
                        Type = SecuritySchemeType.ApiKey,
                        In = ParameterLocation.Header,
                        Name = "X-Api-Key",
                        Description = "中心在“接口接入”页发放的接入密钥（hk_…）",
                    },
                };
                document.Security = [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(SecuritySchemeName, document)] = [] }];
                return Task.CompletedTask;
            });
        });
        return services;
    }
}
