using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using DynamicsWifi.Emulator.Messages;
using DynamicsWifi.Emulator.Metadata;
using DynamicsWifi.Emulator.Registration;
using DynamicsWifi.Emulator.Transactions;
using Microsoft.Xrm.Sdk;

namespace DynamicsWifi.Emulator.AsyncQueue
{
    /// <summary>The asynchronous service's queue: it records a job with its System Job row in the transaction of the
    /// operation that raised it, makes it ready only when that transaction commits, and keeps the row up to date as the
    /// job's attempts end. It runs nothing: the runner at the top takes each job and sends it in. A job asking for a retry
    /// (OperationStatus.Retry) is made ready again, up to four attempts in all, as Dataverse does (DATAVERSE-FACTS.md 2.6,
    /// learn.microsoft.com/power-apps/developer/data-platform/handle-exceptions). Retries are not delayed in real time:
    /// the back-off Dataverse would wait is recorded as the job's postponeuntil.</summary>
    internal sealed class AsyncJobQueue
    {
        public const int MaxAttempts = 4;

        private readonly ConcurrentQueue<AsyncJob> _ready = new();
        private readonly SystemJobs _systemJobs;
        private readonly Func<DateTime> _clock;

        public AsyncJobQueue(Database database, MetadataCatalog catalog, Func<DateTime> clock)
        {
            _systemJobs = new SystemJobs(database, catalog, clock);
            _clock = clock;
        }

        /// <summary>Writes the job's System Job row in <paramref name="platform"/>'s transaction; the job becomes ready
        /// when that transaction commits, and is dropped with it when it rolls back.</summary>
        public void Record(AsyncJob job, MessageContext platform)
        {
            job.SystemJobId = _systemJobs.Queued(platform, job);
            platform.Transaction.AfterCommit(() => _ready.Enqueue(job));
        }

        /// <summary>Makes ready again the jobs a restarted organization finds waiting in its stored System Job rows (each
        /// with the context captured when it was queued), and cancels those whose step is no longer registered; returns
        /// how many were made ready. A job that was running when the process ended runs again (at least once, as
        /// Dataverse's asynchronous service runs a job whose host went away).</summary>
        /// <param name="readContext">Turns a row's data back into the context it was written from.</param>
        public int Resume(IReadOnlyList<StepRegistration> steps, Func<string, IPluginExecutionContext4> readContext)
        {
            var resumed = 0;
            foreach (var row in _systemJobs.Waiting().ToList())
            {
                var step = row["owningextensionid"] is EntityReference extension ? steps.FirstOrDefault(candidate => candidate.Id == extension.Id) : null;
                if (step == null)
                {
                    _systemJobs.Canceled(row.Id, row["name"] as string ?? string.Empty);
                    continue;
                }

                var data = (string)row["data"]!;
                _ready.Enqueue(new AsyncJob(step, readContext(data), data)
                {
                    SystemJobId = row.Id,
                    RetryCount = row["retrycount"] as int? ?? 0,
                });
                resumed++;
            }

            return resumed;
        }

        public bool TryTake(out AsyncJob job) => _ready.TryDequeue(out job!);

        public void Succeeded(AsyncJob job) => _systemJobs.Succeeded(job);

        /// <summary>Makes the job ready again when it has attempts left (true); false when its four are used up.</summary>
        public bool Retry(AsyncJob job)
        {
            if (job.RetryCount + 1 >= MaxAttempts)
            {
                return false;
            }

            job.RetryCount++;
            _systemJobs.Waiting(job, _clock().AddMinutes(Math.Pow(2, job.RetryCount)));
            _ready.Enqueue(job);
            return true;
        }

        public void Failed(AsyncJob job, OrganizationServiceFault fault)
        {
            job.RetryCount++;
            _systemJobs.Failed(job, fault);
        }
    }
}
