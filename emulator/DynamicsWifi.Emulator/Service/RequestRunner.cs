using System;
using DynamicsWifi.Emulator.Faults;
using DynamicsWifi.Emulator.Observability;
using DynamicsWifi.Emulator.Pipeline;
using DynamicsWifi.Emulator.Transactions;
using Microsoft.Xrm.Sdk;

namespace DynamicsWifi.Emulator.Service
{
    /// <summary>The top of every request: a transaction begun, the pipeline run, then commit, or rollback on any
    /// failure, and the request recorded in the log.</summary>
    internal sealed class RequestRunner
    {
        private readonly Database _database;
        private readonly RequestPipeline _pipeline;
        private readonly RequestLog _log;
        private readonly Action<ExecutionScope> _committed;

        public RequestRunner(Database database, RequestPipeline pipeline, RequestLog log, Action<ExecutionScope> committed)
        {
            _database = database;
            _pipeline = pipeline;
            _log = log;
            _committed = committed;
        }

        public RequestPipeline Pipeline => _pipeline;

        public OrganizationResponse Run(OrganizationRequest request, Guid callerId) =>
            InTransaction(callerId, scope => _pipeline.Call(request, callerId, scope, depth: 1, parent: null));

        /// <summary>Runs <paramref name="work"/> as one transaction, the way a plug-in's calls share its request's: a
        /// failed call ends the transaction even when caught, and returning normally after one fails with
        /// IsvTransactionCount (DATAVERSE-FACTS.md 2.2).</summary>
        public T InTransaction<T>(Guid callerId, Func<ExecutionScope, T> work, Guid? correlationId = null)
        {
            var scope = new ExecutionScope(_database.Begin(), callerId) { CorrelationId = correlationId ?? Guid.NewGuid() };
            try
            {
                var result = work(scope);
                if (scope.Transaction.IsDoomed)
                {
                    throw DataverseFaults.IsvTransactionCount();
                }

                scope.Transaction.Commit();
                _log.Add(scope.ToRecord(succeeded: true));
                _committed(scope);
                return result;
            }
            catch
            {
                scope.Transaction.Rollback();
                _log.Add(scope.ToRecord(succeeded: false));
                throw;
            }
        }
    }
}
