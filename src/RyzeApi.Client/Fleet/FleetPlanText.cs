using System.Globalization;
using System.Text;

namespace RyzeApi.Client;

/// <summary>The review text of a plan, in the style of <c>terraform plan</c>.</summary>
internal static class FleetPlanText
{
    public static string Render(FleetPlan plan)
    {
        var count = (FleetAction action) => plan.Changes.Count(change => change.Action == action);
        var text = new StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"Fleet plan: {count(FleetAction.Create)} to create, {count(FleetAction.Update)} to update, ")
            .Append(CultureInfo.InvariantCulture, $"{count(FleetAction.Delete)} to delete, {count(FleetAction.NoChange)} unchanged.")
            .AppendLine();
        foreach (var change in plan.Changes)
        {
            Render(text, change);
        }

        return text.ToString();
    }

    private static void Render(StringBuilder text, FleetChange change)
    {
        var (sign, note) = change.Action switch
        {
            FleetAction.Create => ("+", ""),
            FleetAction.Update => ("~", ""),
            FleetAction.Delete => ("-", " (deleted)"),
            _ => (" ", " (no change)"),
        };
        text.AppendLine().Append(sign).Append(' ').Append(change.Name).AppendLine(note);
        foreach (var block in change.Blocks)
        {
            foreach (var field in block.Fields)
            {
                text.Append("    ").Append(change.Action == FleetAction.Create ? "+ " : "~ ").Append(block.Key).Append('.').Append(field.Field).Append(": ");
                text.AppendLine(change.Action == FleetAction.Create ? Value(field.NewValue) : $"{Value(field.OldValue)} -> {Value(field.NewValue)}");
            }
        }

        foreach (var field in change.NotCompared)
        {
            text.Append("    ? ").Append(field).AppendLine(": not compared (RyzeAPI never returns it); sent when its block changes or with RotateSecrets");
        }
    }

    private static string Value(string? value) => value ?? "(none)";
}
