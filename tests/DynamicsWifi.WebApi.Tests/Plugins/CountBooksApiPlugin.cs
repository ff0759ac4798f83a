using System;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace DynamicsWifi.WebApi.Tests.Plugins
{
    /// <summary>The main operation of the library solution's function lib_CountBooks: how many books have at least
    /// MinCopies copies, read through the plug-in's own organization service.</summary>
    public sealed class CountBooksApiPlugin : IPlugin
    {
        public void Execute(IServiceProvider serviceProvider)
        {
            var context = (IPluginExecutionContext)serviceProvider.GetService(typeof(IPluginExecutionContext))!;
            var factory = (IOrganizationServiceFactory)serviceProvider.GetService(typeof(IOrganizationServiceFactory))!;
            var query = new QueryExpression("lib_book") { ColumnSet = new ColumnSet(false) };
            query.Criteria.AddCondition("lib_copies", ConditionOperator.GreaterEqual, (int)context.InputParameters["MinCopies"]);
            context.OutputParameters["Total"] = factory.CreateOrganizationService(context.UserId).RetrieveMultiple(query).Entities.Count;
        }
    }
}
