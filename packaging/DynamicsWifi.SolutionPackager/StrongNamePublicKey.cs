using System;
using System.Buffers.Binary;
using System.Security.Cryptography;

namespace DynamicsWifi.SolutionPackager
{
    /// <summary>
    /// A strong-name public key in the form assemblies carry it (what <c>sn -p</c> writes): a 12-byte header
    /// (signature algorithm, hash algorithm, blob size) followed by a CryptoAPI PUBLICKEYBLOB.
    /// </summary>
    public sealed class StrongNamePublicKey
    {
        private const uint CalgRsaSign = 0x2400;
        private const uint CalgSha1 = 0x8004;
        private const int HeaderSize = 12;
        private const int BlobHeaderSize = 8;

        private StrongNamePublicKey(byte[] blob)
        {
            Blob = blob;
        }

        public byte[] Blob { get; }

        public string Token => PublicKeyToken.Of(Blob);

        public static StrongNamePublicKey FromAssemblyBlob(byte[] blob)
        {
            if (blob.Length < HeaderSize + BlobHeaderSize + 12)
            {
                throw new ArgumentException("Not a strong-name public key blob.", nameof(blob));
            }

            return new StrongNamePublicKey(blob);
        }

        /// <summary>Derives the public key from a key-pair file (.snk, a CryptoAPI PRIVATEKEYBLOB), as <c>sn -p</c> does.</summary>
        public static StrongNamePublicKey FromKeyPairFile(byte[] snk)
        {
            const byte PrivateKeyBlob = 7;
            if (snk.Length < BlobHeaderSize + 12 || snk[0] != PrivateKeyBlob || !snk.AsSpan(8, 4).SequenceEqual("RSA2"u8))
            {
                throw new ArgumentException("Not an RSA key-pair (.snk) file.", nameof(snk));
            }

            var bitLength = BinaryPrimitives.ReadInt32LittleEndian(snk.AsSpan(12));
            var bitLengthExponentModulus = snk.AsSpan(12, 4 + 4 + (bitLength / 8));

            var publicKeyBlob = new byte[BlobHeaderSize + 4 + bitLengthExponentModulus.Length];
            publicKeyBlob[0] = 6;
            publicKeyBlob[1] = 2;
            BinaryPrimitives.WriteUInt32LittleEndian(publicKeyBlob.AsSpan(4), CalgRsaSign);
            "RSA1"u8.CopyTo(publicKeyBlob.AsSpan(BlobHeaderSize));
            bitLengthExponentModulus.CopyTo(publicKeyBlob.AsSpan(BlobHeaderSize + 4));

            var blob = new byte[HeaderSize + publicKeyBlob.Length];
            BinaryPrimitives.WriteUInt32LittleEndian(blob, CalgRsaSign);
            BinaryPrimitives.WriteUInt32LittleEndian(blob.AsSpan(4), CalgSha1);
            BinaryPrimitives.WriteInt32LittleEndian(blob.AsSpan(8), publicKeyBlob.Length);
            publicKeyBlob.CopyTo(blob, HeaderSize);
            return new StrongNamePublicKey(blob);
        }

        /// <summary>The hash algorithm the signature uses, from the key header (CALG_SHA1 unless the key says otherwise).</summary>
        public HashAlgorithmName HashAlgorithm => BinaryPrimitives.ReadUInt32LittleEndian(Blob.AsSpan(4)) switch
        {
            0x800C => HashAlgorithmName.SHA256,
            0x800D => HashAlgorithmName.SHA384,
            0x800E => HashAlgorithmName.SHA512,
            _ => HashAlgorithmName.SHA1,
        };

        public RSA ToRsa()
        {
            var rsaPubKey = Blob.AsSpan(HeaderSize + BlobHeaderSize);
            if (!rsaPubKey.StartsWith("RSA1"u8))
            {
                throw new InvalidOperationException("The public key is not an RSA key.");
            }

            var bitLength = BinaryPrimitives.ReadInt32LittleEndian(rsaPubKey.Slice(4));
            var exponent = BinaryPrimitives.ReadUInt32LittleEndian(rsaPubKey.Slice(8));
            var modulus = rsaPubKey.Slice(12, bitLength / 8).ToArray();
            Array.Reverse(modulus);

            var exponentBytes = new byte[4];
            BinaryPrimitives.WriteUInt32BigEndian(exponentBytes, exponent);
            var firstNonZero = Array.FindIndex(exponentBytes, b => b != 0);

            var rsa = RSA.Create();
            rsa.ImportParameters(new RSAParameters { Modulus = modulus, Exponent = exponentBytes[firstNonZero..] });
            return rsa;
        }
    }
}
