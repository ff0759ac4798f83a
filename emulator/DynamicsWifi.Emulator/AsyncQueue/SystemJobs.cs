using System;
using DynamicsWifi.Emulator.Messages;
using DynamicsWifi.Emulator.Metadata;
using DynamicsWifi.Emulator.Seeding;
using DynamicsWifi.Emulator.Transactions;
using Microsoft.Xrm.Sdk;

namespace DynamicsWifi.Emulator.AsyncQueue
{
    /// <summary>The asyncoperation (System Job) row of each asynchronous step, as an administrator inspects it: waiting,
    /// then succeeded, or failed with its message after its attempts (DATAVERSE-FACTS.md 2.6). Written by the platform
    /// as SYSTEM through the one row writer; they cost no service call of the request that queued them.</summary>
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
        public Guid Queued(MessageContext platform, AsyncJob job) => RowWriter.Create(platform, new Entity(Table)
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
            ["statecode"] = new OptionSetValue(3),
            ["statuscode"] = new OptionSetValue(31),
        });

        // A job's progress is the platform's own bookkeeping, committed on its own as each attempt ends.
        private void Set(AsyncJob job, Entity changes)
        {
            using var transaction = _database.Begin();
            var platform = MessageContext.ForPlatform(transaction, _catalog, OrganizationSeed.SystemUserId, _clock());
            var table = _catalog.GetTable(Table);
            var row = transaction.Find(Table, job.SystemJobId) ?? throw new InvalidOperationException("The System Job row of '" + job.Step.Name + "' is missing.");
            RowWriter.Update(platform, table, row, changes);
            transaction.Commit();
        }
    }
}
