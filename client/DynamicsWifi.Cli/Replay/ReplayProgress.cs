using System;
using System.Threading;
using System.Threading.Tasks;
using Spectre.Console;

namespace DynamicsWifi.Cli.Replay
{
    /// <summary>Runs a replay under a Spectre.Console progress bar counting events with their final answer (on a terminal;
    /// redirected output gets one line instead).</summary>
    public static class ReplayProgress
    {
        public static async Task<ReplaySummary> Run(IAnsiConsole console, string title, int events, Func<Action, Task<ReplaySummary>> replay)
        {
            if (!console.Profile.Capabilities.Interactive)
            {
                console.MarkupLine(Markup.Escape($"Replaying {title}: {events:N0} events..."));
                return await replay(() => { }).ConfigureAwait(false);
            }

            return await console.Progress()
                .AutoClear(false)
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
                .StartAsync(async context =>
                {
                    var task = context.AddTask(Markup.Escape(title), maxValue: Math.Max(1, events));
                    var done = 0;
                    var summary = await replay(() => task.Value = Interlocked.Increment(ref done)).ConfigureAwait(false);
                    task.Value = task.MaxValue;
                    return summary;
                }).ConfigureAwait(false);
        }
    }
}
