using System;
using System.IO;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Security.Cryptography;

namespace DynamicsWifi.SolutionPackager
{
    /// <summary>
    /// Verifies the RSA strong-name signature of a PE file (ECMA-335 II.6.2.1.3): the hash covers the headers up to
    /// the end of the section table and every section's raw data, leaving out the PE checksum and the certificate
    /// table directory entry (hashed as zeros) and the signature blob itself (not hashed).
    /// A public-signed (or delay-signed) assembly has the public key but no valid signature, and fails here.
    /// </summary>
    public static class StrongNameSignature
    {
        private const int ChecksumOffsetInOptionalHeader = 64;
        private const int CertificateTableIndex = 4;
        private const int DataDirectorySize = 8;
        private const int SectionHeaderSize = 40;

        public static bool IsValid(byte[] peImage)
        {
            using var pe = new PEReader(new MemoryStream(peImage, writable: false));
            var headers = pe.PEHeaders;
            if (headers.CorHeader is null || headers.PEHeader is null || !pe.HasMetadata)
            {
                return false;
            }

            var metadata = pe.GetMetadataReader();
            var publicKeyHandle = metadata.GetAssemblyDefinition().PublicKey;
            var signatureDirectory = headers.CorHeader.StrongNameSignatureDirectory;
            if (publicKeyHandle.IsNil || signatureDirectory.Size == 0
                || !headers.TryGetDirectoryOffset(signatureDirectory, out var signatureOffset))
            {
                return false;
            }

            var publicKey = StrongNamePublicKey.FromAssemblyBlob(metadata.GetBlobBytes(publicKeyHandle));
            var signature = peImage.AsSpan(signatureOffset, signatureDirectory.Size).ToArray();
            Array.Reverse(signature);

            var hash = Hash(peImage, headers, signatureOffset, signatureDirectory.Size, publicKey.HashAlgorithm);
            using var rsa = publicKey.ToRsa();
            return rsa.VerifyHash(hash, signature, publicKey.HashAlgorithm, RSASignaturePadding.Pkcs1);
        }

        private static byte[] Hash(byte[] image, PEHeaders headers, int signatureOffset, int signatureSize, HashAlgorithmName algorithm)
        {
            var optionalHeaderStart = headers.PEHeaderStartOffset;
            var dataDirectoriesStart = optionalHeaderStart + (headers.PEHeader!.Magic == PEMagic.PE32Plus ? 112 : 96);
            var sectionTableEnd = optionalHeaderStart + headers.CoffHeader.SizeOfOptionalHeader
                + (headers.CoffHeader.NumberOfSections * SectionHeaderSize);

            // The signer hashes before it writes the checksum or an Authenticode certificate entry, so both count as zero.
            var peHeaders = image.AsSpan(0, sectionTableEnd).ToArray();
            peHeaders.AsSpan(optionalHeaderStart + ChecksumOffsetInOptionalHeader, 4).Clear();
            peHeaders.AsSpan(dataDirectoriesStart + (CertificateTableIndex * DataDirectorySize), DataDirectorySize).Clear();

            using var hash = IncrementalHash.CreateHash(algorithm);
            hash.AppendData(peHeaders);
            foreach (var section in headers.SectionHeaders)
            {
                AppendSkipping(hash, image, section.PointerToRawData, section.SizeOfRawData, signatureOffset, signatureSize);
            }

            return hash.GetHashAndReset();
        }

        private static void AppendSkipping(IncrementalHash hash, byte[] image, int start, int length, int skipStart, int skipLength)
        {
            var end = start + length;
            var skipEnd = skipStart + skipLength;
            if (skipEnd <= start || skipStart >= end)
            {
                hash.AppendData(image, start, length);
                return;
            }

            if (skipStart > start)
            {
                hash.AppendData(image, start, skipStart - start);
            }

            if (end > skipEnd)
            {
                hash.AppendData(image, skipEnd, end - skipEnd);
            }
        }
    }
}
