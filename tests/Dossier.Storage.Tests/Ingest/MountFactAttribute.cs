using System.Diagnostics;

namespace Dossier.Storage.Tests.Ingest;

/// <summary>
/// A fact that mounts a tiny tmpfs (to make a real read-only folder or a real full disk). Needs root with the
/// right to mount, as CI has; elsewhere it is skipped with a visible reason.
/// </summary>
public sealed class MountFactAttribute : FactAttribute
{
    private static readonly Lazy<string?> Problem = new(Probe);

    public MountFactAttribute()
    {
        if (Problem.Value is { } problem) Skip = "needs to mount a tmpfs (root with CAP_SYS_ADMIN): " + problem;
    }

    private static string? Probe()
    {
        if (!OperatingSystem.IsLinux()) return "not Linux";
        string dir = Path.Combine(Path.GetTempPath(), "dossier-mount-probe-" + Environment.ProcessId);
        Directory.CreateDirectory(dir);
        try
        {
            if (Tmpfs.Run("mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", dir) is { } error) return error;
            return Tmpfs.Run("umount", dir);
        }
        finally
        {
            Directory.Delete(dir);
        }
    }
}

/// <summary>A tmpfs mounted for one test and unmounted after it.</summary>
internal sealed class Tmpfs : IDisposable
{
    public Tmpfs(string path, string options)
    {
        Path = path;
        Directory.CreateDirectory(path);
        if (Run("mount", "-t", "tmpfs", "-o", options, "tmpfs", path) is { } error) throw new InvalidOperationException("mount failed: " + error);
    }

    public string Path { get; }

    public void Dispose() => Run("umount", "-l", Path);

    /// <summary>Runs a command; null when it succeeded, else what it printed.</summary>
    public static string? Run(string program, params string[] args)
    {
        try
        {
            var start = new ProcessStartInfo(program) { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
            foreach (var arg in args) start.ArgumentList.Add(arg);
            using var process = Process.Start(start)!;
            string error = process.StandardError.ReadToEnd();
            process.WaitForExit();
            return process.ExitCode == 0 ? null : $"{program} exited with {process.ExitCode}: {error.Trim()}";
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            return $"{program}: {ex.Message}";
        }
    }
}
