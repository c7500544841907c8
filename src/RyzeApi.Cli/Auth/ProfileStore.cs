
namespace RyzeApi.Cli;

/// <summary>
/// Saved logins, one JSON file per profile under the user's config folder; the folder is created 0700 and each file
/// 0600, so only the user can read the token.
/// </summary>
internal sealed class ProfileStore(string configDirectory)
{
    private const UnixFileMode UserOnlyFile = UnixFileMode.UserRead | UnixFileMode.UserWrite;
    private const UnixFileMode UserOnlyDirectory = UserOnlyFile | UnixFileMode.UserExecute;

    public string PathOf(string profile) => Path.Combine(configDirectory, "profiles", Checked(profile) + ".json");

    public Profile? Read(string profile)
    {
        var path = PathOf(profile);
        if (!File.Exists(path))
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize(File.ReadAllText(path), CliJsonContext.Default.Profile);
        }
        catch (JsonException)
        {
            // Never echo the file: it holds a token.
            throw new CliException(ExitCodes.Error, $"The profile file {path} is not valid JSON; run `ryze auth login` again.");
        }
    }

    public void Write(string profile, Profile value)
    {
        var path = PathOf(profile);
        var folder = Path.GetDirectoryName(path)!;
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(folder);
            File.WriteAllText(path, JsonSerializer.Serialize(value, CliJsonContext.Default.Profile));
            return;
        }

        Directory.CreateDirectory(folder, UserOnlyDirectory);
        using (var file = new FileStream(path, new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write, UnixCreateMode = UserOnlyFile }))
        {
            JsonSerializer.Serialize(file, value, CliJsonContext.Default.Profile);
        }

        // A file that existed before keeps its mode on FileMode.Create: tighten it.
        File.SetUnixFileMode(path, UserOnlyFile);
    }

    public bool Delete(string profile)
    {
        var path = PathOf(profile);
        if (!File.Exists(path))
        {
            return false;
        }

        File.Delete(path);
        return true;
    }

    private static string Checked(string profile) =>
        profile.Length > 0 && profile.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.') && profile[0] != '.'
            ? profile
            : throw new CliException(ExitCodes.Usage, $"Bad profile name '{profile}': use letters, digits, '-', '_' or '.'.");
}
