using DynamicsWifi.Plugins.Aggregates;
using DynamicsWifi.Plugins.Ingest;

namespace DynamicsWifi.Plugins.Dataverse
{
    /// <summary>What the single API read for one login: the state the recorder decides on and, when only the visits
    /// around the login were read, the aggregate store that holds that read (null when every session was read).</summary>
    public sealed class LoginReading
    {
        public LoginReading(RecordingState state, ReadAheadAggregateStore? aroundLogin)
        {
            State = state;
            AroundLogin = aroundLogin;
        }

        public RecordingState State { get; }

        public ReadAheadAggregateStore? AroundLogin { get; }
    }
}
