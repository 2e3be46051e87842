namespace Innominatus.DemoService.Status;

/// <summary>
/// demo-status' single-sign-on section: the demo realm as Innominatus would use it. <c>Issuer</c> is the realm's public
/// URL (Keycloak issues every token under it); <c>BackChannelUrl</c> is Keycloak's Service, which pods use for their
/// own calls. Innominatus is not switched over by demo-time (that would restart it): <c>SwitchOn</c> are the commands
/// that do it, for the mode the DemoService runs in; <c>Note</c> says what they need besides.
/// </summary>
public sealed record SingleSignOnStatus(
    string Realm, string Issuer, string BackChannelUrl, string ClientId, SecretKeyLocation? ClientSecret, string RedirectUrl,
    string RolesClaim, string GroupsClaim, IReadOnlyList<DemoUser> Users, IReadOnlyList<string> SwitchOn, string Note);
