using Innominatus.ServiceDefaults.Data;
using Innominatus.Web.Data;
using Microsoft.AspNetCore.DataProtection;

namespace Innominatus.Web.DataProtection;

/// <summary>
/// One data-protection key ring for every replica and restart: the sign-in and antiforgery cookies one replica
/// issues are opened by any other. The keys live in the web schema (<see cref="WebDbContext"/>); the migrator
/// creates it before Kestrel listens.
/// </summary>
public static class SharedKeyRing
{
    /// <summary>Fixed, so that the payloads do not depend on the content root path of one installation.</summary>
    public const string ApplicationName = "innominatus-web";

    public const string Section = "Web:DataProtection";

    public static void AddSharedKeyRing(this IHostApplicationBuilder builder)
    {
        // First: the migrator must run before data protection's own hosted service loads the key ring.
        builder.AddServiceDatabase<WebDbContext, IHostApplicationBuilder>(WebDbContext.Schema);
        var dataProtection = builder.Services.AddDataProtection()
            .SetApplicationName(ApplicationName)
            .PersistKeysToDbContext<WebDbContext>();
        // Without a certificate the keys are stored as plain XML and data protection warns at each new key.
        if (KeyRingCertificates.From(builder.Configuration.GetSection(Section)) is { } certificates)
        {
            dataProtection.ProtectKeysWithCertificate(certificates.Current).UnprotectKeysWithAnyCertificate([.. certificates.Readable]);
        }
    }
}
