global using System.CommandLine;
global using System.Text.Json;
global using Innominatus.Cli.Api;
global using Innominatus.Cli.Output;
