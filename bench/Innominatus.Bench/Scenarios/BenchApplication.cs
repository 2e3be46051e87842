namespace Innominatus.Bench.Scenarios;

/// <summary>
/// The Score application the Kubernetes scenario deploys: nginx with a Service port and three resources the shipped
/// providers provision with plain Kubernetes objects (no CRDs): a PostgreSQL and a Redis StatefulSet and an Ingress.
/// The workload reads an output of each, so it cannot be applied before all three are active. The real cluster has
/// no nginx image: the cluster scenario gives its stand-in (innominatus/test-http, on 8080).
/// </summary>
public static class BenchApplication
{
    public const int Resources = 3;

    public static string Spec(string name, string image = "nginx:1.27-alpine", int targetPort = 80) => $$"""
        apiVersion: score.dev/v1b1
        metadata:
          name: {{name}}
        containers:
          web:
            image: {{image}}
            variables:
              DATABASE_HOST: ${resources.db.host}
              DATABASE_PASSWORD: ${resources.db.password}
              CACHE_HOST: ${resources.cache.host}
              PUBLIC_URL: ${resources.route.url}
        service:
          ports:
            http:
              port: 80
              targetPort: {{targetPort}}
        resources:
          db:
            type: postgres
          cache:
            type: redis
          route:
            type: route
            params:
              host: {{name}}.localtest.me
              path: /
              port: 80
        """;
}
