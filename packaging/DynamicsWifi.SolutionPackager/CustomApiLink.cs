using System;

namespace DynamicsWifi.SolutionPackager
{
    /// <summary>A custom API whose main operation runs a plug-in type (customapis/&lt;uniquename&gt;/customapi.xml, plugintypeid).</summary>
    public sealed record CustomApiLink(string UniqueName, Guid PluginTypeId);
}
