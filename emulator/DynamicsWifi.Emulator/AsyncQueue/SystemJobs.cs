using System;
using System.Collections.Generic;
using System.Linq;
using DynamicsWifi.Emulator.Messages;
using DynamicsWifi.Emulator.Metadata;
using DynamicsWifi.Emulator.Seeding;
using DynamicsWifi.Emulator.Store;
using DynamicsWifi.Emulator.Transactions;
using Microsoft.Xrm.Sdk;

namespace DynamicsWifi.Emulator.AsyncQueue
{
    /// <summary>The asyncoperation (System Job) row of each asynchronous step, as an administrator inspects it: waiting,
    /// then succeeded, or failed with its message after its attempts (DATAVERSE-FACTS.md 2.6). Written by the platform
    /// as SYSTEM through the one row writer; they cost no service call of the request that queued them. While the job
    /// waits, its data column holds the captured context as text, so the row alone is enough to
    /// run it after a restart; the column is emptied when the job ends, so finished jobs keep no copy of the rows they
    /// worked on.</summary>
    internal sealed class SystemJobs
    {
        private const string Table = "asyncoperation";
        private const int SystemEvent = 1;

        private readonly Database _database;
        private readonly MetadataCatalog _catalog;
        private readonly Func<DateTime> _clock;

        public SystemJobs(Database database, MetadataCatalog catalog, Func<DateTime> clock)
        {
            _database = database;
            _catalog = catalog;
            _clock = clock;
        }

        /// <summary>The row of a job just raised, written in the operation's own transaction.</summary>
        public Guid Queued(MessageContext platform, AsyncJob job) => RowWriter.Create(platform, new Entity(Table, job.SystemJobId)
        {
            ["name"] = job.Step.Name,
            ["operationtype"] = new OptionSetValue(SystemEvent),
            ["messagename"] = job.Context.MessageName,
            ["primaryentitytype"] = job.Context.PrimaryEntityName,
            ["owningextensionid"] = job.Context.OwningExtension,
            ["correlationid"] = job.Context.CorrelationId,
            ["requestid"] = job.Context.RequestId,
            ["depth"] = job.Context.Depth,
            ["retrycount"] = 0,
            ["statuscode"] = new OptionSetValue(0),
            ["data"] = job.ContextData,
        });

        public void Waiting(AsyncJob job, DateTime postponeUntil) => Set(job, new Entity(Table, job.SystemJobId)
        {
            ["retrycount"] = job.RetryCount,
            ["postponeuntil"] = postponeUntil,
            ["statecode"] = new OptionSetValue(1),
            ["statuscode"] = new OptionSetValue(10),
        });

        public void Succeeded(AsyncJob job) => Set(job, new Entity(Table, job.SystemJobId)
        {
            ["retrycount"] = job.RetryCount,
            ["completedon"] = _clock(),
            ["data"] = null,
            ["statecode"] = new OptionSetValue(3),
            ["statuscode"] = new OptionSetValue(30),
        });

        public void Failed(AsyncJob job, OrganizationServiceFault fault) => Set(job, new Entity(Table, job.SystemJobId)
        {
            ["retrycount"] = job.RetryCount,
            ["completedon"] = _clock(),
            ["errorcode"] = fault.ErrorCode,
            ["message"] = fault.Message + (string.IsNullOrEmpty(fault.TraceText) ? string.Empty : Environment.NewLine + fault.TraceText),
            ["friendlymessage"] = fault.Message,
            ["data"] = null,
            ["statecode"] = new OptionSetValue(3),
            ["statuscode"] = new OptionSetValue(31),
        });

        /// <summary>A job found waiting at start whose step the solution no longer registers: it cannot run, and says why.</summary>
        public void Canceled(Guid systemJobId, string name) => Set(systemJobId, name, new Entity(Table, systemJobId)
        {
            ["completedon"] = _clock(),
            ["message"] = "The step of this job is no longer registered; the job was canceled when the organization restarted.",
            ["data"] = null,
            ["statecode"] = new OptionSetValue(3),
            ["statuscode"] = new OptionSetValue(32),
        });

        /// <summary>The waiting jobs a restarted organization finds in its stored rows, in the order they were queued:
        /// the row, the step it belongs to (its owningextensionid) and its captured context.</summary>
        public IEnumerable<Row> Waiting() => _database.Store.Rows(Table)
            .Where(row => row["statecode"] is OptionSetValue { Value: 0 or 1 } && row["data"] is string)
            .OrderBy(row => row["createdon"] as DateTime? ?? DateTime.MinValue)
            .ThenBy(row => row.Version);

        // A job's progress is the platform's own bookkeeping, committed on its own as each attempt ends.
        private void Set(AsyncJob job, Entity changes) => Set(job.SystemJobId, job.Step.Name, changes);

        private void Set(Guid systemJobId, string name, Entity changes)
        {
            using var transaction = _database.Begin();
            var platform = MessageContext.ForPlatform(transaction, _catalog, OrganizationSeed.SystemUserId, _clock());
            var table = _catalog.GetTable(Table);
            var row = transaction.Find(Table, systemJobId) ?? throw new InvalidOperationException("The System Job row of '" + name + "' is missing.");
            RowWriter.Update(platform, table, row, changes);
            transaction.Commit();
        }
    }
}
