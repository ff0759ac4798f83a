using System.Collections.Generic;
using System.Linq;
using DynamicsWifi.Emulator.Views;
using Microsoft.OData.Edm;

namespace DynamicsWifi.Emulator.WebApi.Edm
{
    /// <summary>Adds the operations: WhoAmI, and per custom API an action (POST) or function (GET), unbound with an
    /// import, or bound to its table or collection; parameters typed from the definition; the response is the one
    /// Entity/EntityCollection property when that is all there is, else the complex type {api}Response
    /// (learn.microsoft.com/power-apps/developer/data-platform/custom-api-tables).</summary>
    internal sealed class EdmOperationBuilder
    {
        public const string WhoAmI = "WhoAmI";
        public const string BindingParameter = "entity";

        private readonly EdmModel _model;
        private readonly EdmEntityContainer _container;
        private readonly IReadOnlyDictionary<string, EdmEntityType> _types;

        public EdmOperationBuilder(EdmModel model, EdmEntityContainer container, IReadOnlyDictionary<string, EdmEntityType> types)
        {
            _model = model;
            _container = container;
            _types = types;
        }

        public void AddWhoAmI()
        {
            var response = new EdmComplexType(EdmNames.Namespace, EdmNames.ResponseType(WhoAmI));
            foreach (var property in new[] { "BusinessUnitId", "UserId", "OrganizationId" })
            {
                response.AddStructuralProperty(property, EdmCoreModel.Instance.GetGuid(false));
            }

            _model.AddElement(response);
            var function = new EdmFunction(EdmNames.Namespace, WhoAmI, new EdmComplexTypeReference(response, false), isBound: false, entitySetPathExpression: null, isComposable: false);
            _model.AddElement(function);
            _container.AddFunctionImport(WhoAmI, function, entitySet: null, includeInServiceDocument: false);
        }

        public void Add(CustomApiView api)
        {
            var returnType = ReturnType(api);
            var isBound = api.BindingType != 0;
            EdmOperation operation = api.IsFunction
                ? new EdmFunction(EdmNames.Namespace, api.UniqueName, returnType!, isBound, entitySetPathExpression: null, isComposable: false)
                : new EdmAction(EdmNames.Namespace, api.UniqueName, returnType, isBound, entitySetPathExpression: null);
            if (isBound && api.BoundEntityLogicalName != null && _types.TryGetValue(api.BoundEntityLogicalName, out var bound))
            {
                var entity = new EdmEntityTypeReference(bound, false);
                operation.AddParameter(BindingParameter, api.BindingType == 2 ? new EdmCollectionTypeReference(new EdmCollectionType(entity)) : entity);
            }

            foreach (var parameter in api.RequestParameters)
            {
                operation.AddParameter(parameter.UniqueName, TypeOf(parameter));
            }

            _model.AddElement(operation);
            if (!isBound)
            {
                if (operation is EdmFunction function)
                {
                    _container.AddFunctionImport(api.UniqueName, function, entitySet: null, includeInServiceDocument: false);
                }
                else
                {
                    _container.AddActionImport(api.UniqueName, (EdmAction)operation);
                }
            }
        }

        /// <summary>The one entity-typed property the response is made of, when it has exactly one and nothing else.</summary>
        public static CustomApiFieldView? SoleEntityResponse(CustomApiView api) =>
            api.ResponseProperties.Count == 1 && api.ResponseProperties[0].Kind is CustomApiFieldKind.Entity or CustomApiFieldKind.EntityCollection
                ? api.ResponseProperties[0]
                : null;

        private IEdmTypeReference? ReturnType(CustomApiView api)
        {
            if (api.ResponseProperties.Count == 0)
            {
                return null;
            }

            if (SoleEntityResponse(api) is { } sole)
            {
                return TypeOf(sole);
            }

            var response = new EdmComplexType(EdmNames.Namespace, EdmNames.ResponseType(api.UniqueName));
            foreach (var property in api.ResponseProperties)
            {
                response.AddStructuralProperty(property.UniqueName, TypeOf(property));
            }

            _model.AddElement(response);
            return new EdmComplexTypeReference(response, true);
        }

        private IEdmTypeReference TypeOf(CustomApiFieldView field)
        {
            if (EdmTypes.OfField(field.Kind) is { } primitive)
            {
                return primitive;
            }

            var entity = new EdmEntityTypeReference(EntityType(field.LogicalEntityName), true);
            return field.Kind == CustomApiFieldKind.EntityCollection ? new EdmCollectionTypeReference(new EdmCollectionType(entity)) : entity;
        }

        private IEdmEntityType EntityType(string? logicalName) =>
            logicalName != null && _types.TryGetValue(logicalName, out var type)
                ? type
                : (IEdmEntityType)_model.FindDeclaredType(EdmNames.Qualified(EdmNames.BaseEntity))!;
    }
}
