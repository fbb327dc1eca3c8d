using Hotline.Integration.Open311;

namespace Hotline.Integration.Gateway;

/// <summary>Refusals in the caller's API family format, with Chinese messages.</summary>
internal abstract class ApiProblems
{
    public static ApiProblems For(ApiStyle style, HttpContext context) =>
        style == ApiStyle.Open311 ? new Open311Problems(Open311Formats.Of(context)) : new RestProblems();

    public abstract IResult Error(int status, string message);

    /// <summary>No key, a wrong one or a revoked one.</summary>
    public abstract IResult Unauthenticated(string message);

    public abstract IResult Invalid(BusinessRuleException exception);

    private sealed class RestProblems : ApiProblems
    {
        public override IResult Error(int status, string message) =>
            Results.Problem(detail: message, statusCode: status, title: Title(status));

        public override IResult Unauthenticated(string message) => new WithHeader(Error(StatusCodes.Status401Unauthorized, message), "WWW-Authenticate", "ApiKey");

        public override IResult Invalid(BusinessRuleException exception) =>
            Results.ValidationProblem(
                exception.Problems.GroupBy(p => p.Field ?? "").ToDictionary(g => g.Key, g => g.Select(p => p.Message).ToArray()),
                detail: exception.Message, title: "请求内容有误");

        private static string Title(int status) => status switch
        {
            400 => "请求内容有误",
            401 => "未通过身份验证",
            403 => "无权访问",
            404 => "未找到",
            405 => "请求方法不被支持",
            409 => "冲突",
            412 => "版本不符",
            413 => "请求体过大",
            429 => "调用过于频繁",
            _ => "服务器错误",
        };
    }

    /// <summary>GeoReport v2: a list of errors with code and description; an invalid api_key is 403.</summary>
    private sealed class Open311Problems(Open311Format format) : ApiProblems
    {
        public override IResult Error(int status, string message) => Open311Writer.Errors(format, status, [message]);

        public override IResult Unauthenticated(string message) => Error(StatusCodes.Status403Forbidden, message);

        public override IResult Invalid(BusinessRuleException exception) =>
            Open311Writer.Errors(format, StatusCodes.Status400BadRequest, exception.Problems.Select(p => p.Message).ToList());
    }

    private sealed class WithHeader(IResult inner, string name, string value) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            httpContext.Response.Headers[name] = value;
            return inner.ExecuteAsync(httpContext);
        }
    }
}
