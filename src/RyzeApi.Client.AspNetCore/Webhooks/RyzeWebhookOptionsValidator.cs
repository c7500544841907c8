using Microsoft.Extensions.Options;

namespace RyzeApi.Client.AspNetCore.Webhooks;

/// <summary>Fails host start-up on unusable webhook options, naming each bad setting; never echoes a value.</summary>
internal sealed class RyzeWebhookOptionsValidator : IValidateOptions<RyzeWebhookOptions>
{
    public ValidateOptionsResult Validate(string? name, RyzeWebhookOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var problems = options.Problems().Select(problem => $"RyzeApi webhooks: {problem}").ToList();
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
