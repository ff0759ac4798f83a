using DynamicsWifi.Emulator.Query;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;

namespace DynamicsWifi.Emulator.Messages
{
    /// <summary>RetrieveMultiple: a QueryExpression, QueryByAttribute or FetchXML query over what the transaction sees.</summary>
    internal sealed class RetrieveMultipleHandler : IMessageHandler
    {
        public string MessageName => "RetrieveMultiple";

        public string TableOf(OrganizationRequest request) => RequestParameters.Peek<object>(request, "Query") switch
        {
            QueryExpression expression => expression.EntityName ?? string.Empty,
            QueryByAttribute byAttribute => byAttribute.EntityName ?? string.Empty,
            _ => string.Empty,
        };

        public OrganizationResponse Handle(OrganizationRequest request, MessageContext context)
        {
            var query = RequestParameters.Required<QueryBase>(request, "Query");
            var result = QueryExecutor.RetrieveMultiple(query, context.Readable, context.Catalog, context.QueryContext);
            return new RetrieveMultipleResponse { Results = { ["EntityCollection"] = result } };
        }
    }
}
