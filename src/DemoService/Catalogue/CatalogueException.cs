namespace Innominatus.DemoService.Catalogue;

/// <summary>The catalogue cannot be used; the message is one line naming every problem, so start-up fails readably.</summary>
public sealed class CatalogueException(string message) : Exception(message);
