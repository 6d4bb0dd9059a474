using System.Diagnostics;

namespace Dossier.Storage.Tests.Ingest;

/// <summary>Runs the real <c>dossier</c> CLI (built next to the tests) as a child process.</summary>
internal sealed class CliProcess : IDisposable
{
    private readonly Process _process;
    private readonly List<string> _stderr = [];
    private readonly List<string> _stdout = [];

    private CliProcess(Process process) => _process = process;

    public static CliProcess Start(params string[] args) => Start(new CliSetting(), args);

    /// <summary>Starts the CLI in <paramref name="setting"/>'s folder, with DOSSIER_DB set only if it says so.</summary>
    public static CliProcess Start(CliSetting setting, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Dossier.Cli.dll"));
        foreach (var arg in args) start.ArgumentList.Add(arg);
        start.Environment.Remove("DOSSIER_DB");
        if (setting.DossierDb is not null) start.Environment["DOSSIER_DB"] = setting.DossierDb;
        if (setting.WorkingDirectory is not null) start.WorkingDirectory = setting.WorkingDirectory;
        var process = new Process { StartInfo = start };
        var cli = new CliProcess(process);
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (cli._stderr) cli._stderr.Add(e.Data); };
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (cli._stdout) cli._stdout.Add(e.Data); };
        process.Start();
        process.BeginErrorReadLine();
        process.BeginOutputReadLine();
        return cli;
    }

    /// <summary>Runs to the end; returns the exit code.</summary>
    public static (int ExitCode, string Stdout, string Stderr) Run(params string[] args) => Run(new CliSetting(), args);

    /// <summary>Runs to the end in <paramref name="setting"/>; returns the exit code.</summary>
    public static (int ExitCode, string Stdout, string Stderr) Run(CliSetting setting, params string[] args)
    {
        using var cli = Start(setting, args);
        if (!cli._process.WaitForExit(TimeSpan.FromMinutes(3))) throw new TimeoutException("dossier did not finish in 3 minutes");
        cli._process.WaitForExit(); // drains the output events
        return (cli._process.ExitCode, cli.Stdout, cli.Stderr);
    }

    public bool HasExited => _process.HasExited;
    public string Stdout { get { lock (_stdout) return string.Join('\n', _stdout); } }
    public string Stderr { get { lock (_stderr) return string.Join('\n', _stderr); } }

    /// <summary>Waits for a stderr line matching <paramref name="predicate"/>; null if the process ended or time ran out first.</summary>
    public string? WaitForErrorLine(Func<string, bool> predicate, TimeSpan timeout)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < timeout)
        {
            lock (_stderr)
            {
                var line = _stderr.FirstOrDefault(predicate);
                if (line is not null) return line;
            }
            if (_process.HasExited) return null;
            Thread.Sleep(5);
        }
        return null;
    }

    /// <summary>SIGKILL on Unix: the process gets no chance to clean up.</summary>
    public void Kill()
    {
        _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
    }

    public void Dispose()
    {
        if (!_process.HasExited) Kill();
        _process.Dispose();
    }
}
