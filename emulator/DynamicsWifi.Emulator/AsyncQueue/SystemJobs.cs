using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using DynamicsWifi.Emulator.Seeding;
using DynamicsWifi.Emulator.Store;
using DynamicsWifi.Emulator.Transactions;
using Microsoft.Xrm.Sdk;

namespace DynamicsWifi.Emulator.AsyncQueue
{
    /// <summary>The asyncoperation (System Job) row of each asynchronous step, as an administrator inspects it: waiting,
    /// then succeeded, or failed with its message after its attempts (DATAVERSE-FACTS.md 2.6). Written by the platform
    /// itself, not through the pipeline, so they cost no service call of the request that queued them.</summary>
    internal sealed class SystemJobs
    {
        private const string Table = "asyncoperation";
        private const int SystemEvent = 1;

        private readonly Database _database;
        private readonly Func<DateTime> _clock;

        public SystemJobs(Database database, Func<DateTime> clock)
        {
            _database = database;
            _clock = clock;
        }

        public Guid Queued(AsyncJob job)
        {
            var id = Guid.NewGuid();
            var now = _clock();
            var system = new EntityReference("systemuser", OrganizationSeed.SystemUserId);
            Write(transaction => transaction.Insert(new Row(Table, id, new ReadOnlyDictionary<string, object?>(new Dictionary<string, object?>
            {
                ["asyncoperationid"] = id,
                ["name"] = job.Step.Name,
                ["operationtype"] = new OptionSetValue(SystemEvent),
                ["messagename"] = job.Context.MessageName,
                ["primaryentitytype"] = job.Context.PrimaryEntityName,
                ["owningextensionid"] = job.Context.OwningExtension,
                ["correlationid"] = job.Context.CorrelationId,
                ["requestid"] = job.Context.RequestId,
                ["depth"] = job.Context.Depth,
                ["retrycount"] = 0,
                ["statecode"] = new OptionSetValue(0),
                ["statuscode"] = new OptionSetValue(0),
                ["createdon"] = now,
                ["modifiedon"] = now,
                ["createdby"] = system,
                ["modifiedby"] = system,
                ["ownerid"] = system,
                ["owneridtype"] = "systemuser",
            }), 0)));
            return id;
        }

        public void Waiting(AsyncJob job, DateTime postponeUntil) => Set(job, new Dictionary<string, object?>
        {
            ["retrycount"] = job.RetryCount,
            ["postponeuntil"] = postponeUntil,
            ["statecode"] = new OptionSetValue(1),
            ["statuscode"] = new OptionSetValue(10),
        });

        public void Succeeded(AsyncJob job) => Set(job, new Dictionary<string, object?>
        {
            ["retrycount"] = job.RetryCount,
            ["completedon"] = _clock(),
            ["statecode"] = new OptionSetValue(3),
            ["statuscode"] = new OptionSetValue(30),
        });

        public void Failed(AsyncJob job, OrganizationServiceFault fault) => Set(job, new Dictionary<string, object?>
        {
            ["retrycount"] = job.RetryCount,
            ["completedon"] = _clock(),
            ["errorcode"] = fault.ErrorCode,
            ["message"] = fault.Message + (string.IsNullOrEmpty(fault.TraceText) ? string.Empty : Environment.NewLine + fault.TraceText),
            ["friendlymessage"] = fault.Message,
            ["statecode"] = new OptionSetValue(3),
            ["statuscode"] = new OptionSetValue(31),
        });

        private void Set(AsyncJob job, Dictionary<string, object?> changes)
        {
            changes["modifiedon"] = _clock();
            Write(transaction => transaction.Update(Table, job.SystemJobId, new ReadOnlyDictionary<string, object?>(changes)));
        }

        private void Write(Func<Transaction, Row> write)
        {
            using var transaction = _database.Begin();
            write(transaction);
            transaction.Commit();
        }
    }
}
