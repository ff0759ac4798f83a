using System;
using System.Collections.Generic;
using System.Linq;
using DynamicsWifi.Emulator.Views;
using DynamicsWifi.Emulator.WebApi.Edm;
using DynamicsWifi.Emulator.WebApi.Errors;
using DynamicsWifi.Emulator.WebApi.Json;
using DynamicsWifi.Emulator.WebApi.Protocol;
using DynamicsWifi.Emulator.WebApi.Routing;
using Microsoft.OData.UriParser;
using Microsoft.Xrm.Sdk;

namespace DynamicsWifi.Emulator.WebApi.Operations
{
    /// <summary>A custom API over HTTP, as its definition says: an action is POST with its parameters in a JSON body, a
    /// function GET with them in the URL; a bound one gets the addressed row as Target. The response is 204 without
    /// response properties, else {api}Response with each property typed, or the entity the API returns
    /// (learn.microsoft.com/power-apps/developer/data-platform/custom-api).</summary>
    internal static class CustomApiCaller
    {
        public const string Target = "Target";

        public static WebApiResponse Call(WebApiCall call, ODataUriParser parser, CustomApiView api, IEnumerable<OperationSegmentParameter> urlParameters, RowAddress? boundTo)
        {
            if (call.Request.Method != (api.IsFunction ? "GET" : "POST"))
            {
                throw WebApiException.NoResource(call.ServiceRoot + call.Request.RelativeUrl);
            }

            var request = new OrganizationRequest(api.UniqueName);
            if (boundTo != null)
            {
                request[Target] = boundTo.Reference;
            }

            if (api.IsFunction)
            {
                foreach (var parameter in urlParameters)
                {
                    request[parameter.Name] = ParameterValues.FromLiteral(Field(api, parameter.Name), Literal(parser, parameter.Value));
                }
            }
            else
            {
                ReadBody(call, api, request);
            }

            var response = call.Service.Execute(request);
            return Respond(call, api, response);
        }

        private static void ReadBody(WebApiCall call, CustomApiView api, OrganizationRequest request)
        {
            using var document = RowBodyReader.Parse(call.Request.Body);
            if (document.RootElement.ValueKind != System.Text.Json.JsonValueKind.Object)
            {
                throw WebApiException.BadRequest("The request body must be a JSON object of the action's parameters.");
            }

            foreach (var property in document.RootElement.EnumerateObject().Where(property => !property.Name.Contains('@')))
            {
                request[property.Name] = ParameterValues.FromJson(call, Field(api, property.Name), property.Value);
            }
        }

        private static WebApiResponse Respond(WebApiCall call, CustomApiView api, OrganizationResponse response)
        {
            if (api.ResponseProperties.Count == 0)
            {
                return WebApiResponse.NoContent();
            }

            var sole = EdmOperationBuilder.SoleEntityResponse(api);
            return WebApiResponse.OfJson(200, JsonBody.Of(writer =>
            {
                if (sole != null)
                {
                    WriteSoleEntity(writer, call, sole, response.Results.TryGetValue(sole.UniqueName, out var only) ? only : null);
                    return;
                }

                writer.WriteStartObject();
                writer.WriteString("@odata.context", call.Context(EdmNames.Qualified(EdmNames.ResponseType(api.UniqueName))));
                foreach (var property in api.ResponseProperties)
                {
                    writer.WritePropertyName(property.UniqueName);
                    ResponseValues.Write(writer, call.Model, property, response.Results.TryGetValue(property.UniqueName, out var value) ? value : null, call.Prefer);
                }

                writer.WriteEndObject();
            }));
        }

        private static void WriteSoleEntity(System.Text.Json.Utf8JsonWriter writer, WebApiCall call, CustomApiFieldView field, object? value)
        {
            if (value is EntityCollection collection)
            {
                writer.WriteStartObject();
                writer.WriteString("@odata.context", call.Context("Collection(" + EdmNames.Qualified(field.LogicalEntityName ?? EdmNames.BaseEntity) + ")"));
                writer.WritePropertyName("value");
                ResponseValues.Write(writer, call.Model, field, collection, call.Prefer);
                writer.WriteEndObject();
            }
            else
            {
                ResponseValues.Write(writer, call.Model, field, value, call.Prefer);
            }
        }

        private static CustomApiFieldView Field(CustomApiView api, string name) =>
            api.RequestParameters.FirstOrDefault(parameter => string.Equals(parameter.UniqueName, name, StringComparison.Ordinal))
            ?? throw WebApiException.BadRequest($"The parameter '{name}' in the request payload is not a valid parameter for the operation '{api.UniqueName}'.");

        private static object? Literal(ODataUriParser parser, object value) => value switch
        {
            ConvertNode convert => Literal(parser, convert.Source),
            ConstantNode constant => constant.Value,
            ParameterAliasNode alias => parser.ParameterAliasNodes.TryGetValue(alias.Alias, out var aliased) && aliased != null ? Literal(parser, aliased) : null,
            _ => throw WebApiException.BadRequest("Function parameters must be literals or @aliases."),
        };
    }
}
