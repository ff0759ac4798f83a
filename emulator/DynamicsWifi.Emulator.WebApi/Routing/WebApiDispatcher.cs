using System.Linq;
using System.ServiceModel;
using DynamicsWifi.Emulator.WebApi.Edm;
using DynamicsWifi.Emulator.WebApi.Errors;
using DynamicsWifi.Emulator.WebApi.Operations;
using DynamicsWifi.Emulator.WebApi.Protocol;
using DynamicsWifi.Emulator.WebApi.Rows;
using Microsoft.OData.UriParser;
using Microsoft.Xrm.Sdk;

namespace DynamicsWifi.Emulator.WebApi.Routing
{
    /// <summary>The one way through the host for a Web API request, on its own or inside a $batch: the URL parsed by
    /// Microsoft.OData against the model, routed by its segments and method to the piece that turns it into an
    /// OrganizationRequest, and any fault turned into Dataverse's error body and status.</summary>
    internal sealed class WebApiDispatcher
    {
        public WebApiResponse Handle(WebApiCall call)
        {
            try
            {
                return Route(call);
            }
            catch (FaultException<OrganizationServiceFault> fault)
            {
                return ErrorResponses.From(fault, call.Prefer);
            }
            catch (WebApiException refusal)
            {
                return ErrorResponses.From(refusal);
            }
        }

        private WebApiResponse Route(WebApiCall call)
        {
            var url = call.Request.RelativeUrl;
            var method = call.Request.Method;
            var parser = ODataUrls.Parser(call.Model, url);
            var path = ODataUrls.Path(parser, url);
            var segments = path.ToList();
            switch (segments.Count, segments.FirstOrDefault(), segments.LastOrDefault())
            {
                case (0, _, _) when method == "GET":
                    return ServiceDocuments.Service(call);
                case (1, MetadataSegment, _) when method == "GET":
                    return ServiceDocuments.Metadata(call);
                case (1, EntitySetSegment set, _):
                    var table = call.Model.TableOfSet(set.EntitySet.Name);
                    return method switch
                    {
                        "GET" => RowCollectionReader.Get(call, parser, table),
                        "POST" => RowCreator.Post(call, parser, table),
                        _ => throw WebApiException.NoResource(call.ServiceRoot + url),
                    };
                case (2, EntitySetSegment set, KeySegment key):
                    var address = RowAddress.From(call.Model.TableOfSet(set.EntitySet.Name), key);
                    return method switch
                    {
                        "GET" => RowRetriever.Get(call, parser, address),
                        "PATCH" => RowUpserter.Patch(call, parser, address),
                        "DELETE" => RowDeleter.Delete(call, address),
                        _ => throw WebApiException.NoResource(call.ServiceRoot + url),
                    };
                case (3, EntitySetSegment set, NavigationPropertySegment navigation) when segments[1] is KeySegment parent:
                    return method == "GET"
                        ? RelatedRowsReader.Get(call, parser, RowAddress.From(call.Model.TableOfSet(set.EntitySet.Name), parent), navigation.NavigationProperty.Name)
                        : throw WebApiException.NoResource(call.ServiceRoot + url);
                case (1, OperationImportSegment import, _):
                    var name = import.OperationImports.First().Name;
                    if (name == EdmOperationBuilder.WhoAmI)
                    {
                        return WhoAmIFunction.Call(call);
                    }

                    return CustomApiCaller.Call(call, parser, Api(call, name), import.Parameters, boundTo: null);
                case (_, EntitySetSegment set, OperationSegment operation) when segments.Count is 2 or 3:
                    var bound = segments.Count == 3 && segments[1] is KeySegment boundKey ? RowAddress.From(call.Model.TableOfSet(set.EntitySet.Name), boundKey) : null;
                    return CustomApiCaller.Call(call, parser, Api(call, operation.Operations.First().Name), operation.Parameters, bound);
                default:
                    throw WebApiException.NoResource(call.ServiceRoot + url);
            }
        }

        private static Views.CustomApiView Api(WebApiCall call, string name) =>
            call.Model.TryGetApi(name, out var api) ? api : throw WebApiException.SegmentNotFound(name);
    }
}
