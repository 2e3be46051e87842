namespace Innominatus.AppHost.Security;

public sealed record SecurityParameters(
    IResourceBuilder<ParameterResource> BootstrapAdminPassword,
    IResourceBuilder<ParameterResource> GatewayClientSecret,
    IResourceBuilder<ParameterResource> InternalSigningKey,
    IResourceBuilder<ParameterResource> InternalPublicKey,
    IResourceBuilder<ParameterResource> OutputsKey,
    IResourceBuilder<ParameterResource> StoredKeysKey,
    string Issuer);
