namespace Innominatus.IdentityService.Tokens;

/// <summary>
/// An extension grant: <c>POST /connect/token</c> with <c>grant_type=urn:innominatus:grant-type:api-key</c>,
/// <c>api_key=&lt;key&gt;</c> and <c>client_id</c> gives a short-lived signed access token for the key's user.
/// </summary>
public static class ApiKeyGrant
{
    public const string GrantType = "urn:innominatus:grant-type:api-key";

    public const string ApiKeyParameter = "api_key";
}
