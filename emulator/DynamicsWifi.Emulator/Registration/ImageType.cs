namespace DynamicsWifi.Emulator.Registration
{
    internal enum ImageType
    {
        PreImage = 0,
        PostImage = 1,
        Both = 2,
    }
}
