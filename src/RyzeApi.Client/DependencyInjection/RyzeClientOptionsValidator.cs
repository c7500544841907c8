using Microsoft.Extensions.Options;

namespace RyzeApi.Client.DependencyInjection;

/// <summary>Fails host start-up on unusable options, naming each bad setting and the registration.</summary>
internal sealed class RyzeClientOptionsValidator : IValidateOptions<RyzeClientOptions>
{
    public ValidateOptionsResult Validate(string? name, RyzeClientOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var registration = string.IsNullOrEmpty(name) ? "RyzeApi.Client" : $"RyzeApi.Client '{name}'";
        var problems = options.Problems().Select(problem => $"{registration}: {problem}").ToList();
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
