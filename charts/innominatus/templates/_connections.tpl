{{/*
Where the services' database and broker are. The services read two connection strings (ServiceDefaults):
ConnectionStrings__idp-orchestrator (Npgsql) and ConnectionStrings__messaging (amqp URI). Passwords never appear in
a Deployment: they come from a Secret into DATABASE_PASSWORD / RABBITMQ_PASSWORD, and Kubernetes expands
$(DATABASE_PASSWORD) in the later variable, inside the pod.
*/}}

{{- define "innominatus.database.validate" -}}
{{- if and .Values.postgresql.enabled .Values.externalDatabase.enabled }}
{{- fail "postgresql.enabled and externalDatabase.enabled are both true: set postgresql.enabled=false to use the external database" }}
{{- end }}
{{- if and (not .Values.postgresql.enabled) (not .Values.externalDatabase.host) }}
{{- fail "postgresql.enabled=false needs externalDatabase.host (and externalDatabase.password or externalDatabase.existingSecret)" }}
{{- end }}
{{- if and (not .Values.rabbitmq.enabled) (not .Values.externalRabbitmq.host) }}
{{- fail "rabbitmq.enabled=false needs externalRabbitmq.host (and externalRabbitmq.password or externalRabbitmq.existingSecret)" }}
{{- end }}
{{- end }}

{{- define "innominatus.database.host" -}}
{{- if .Values.postgresql.enabled }}{{ include "innominatus.fullname" . }}-postgresql{{ else }}{{ .Values.externalDatabase.host }}{{ end }}
{{- end }}

{{- define "innominatus.database.port" -}}
{{- if .Values.postgresql.enabled }}5432{{ else }}{{ .Values.externalDatabase.port | default 5432 }}{{ end }}
{{- end }}

{{- define "innominatus.database.name" -}}
{{- if .Values.postgresql.enabled }}{{ .Values.postgresql.auth.database }}{{ else }}{{ .Values.externalDatabase.database }}{{ end }}
{{- end }}

{{- define "innominatus.database.user" -}}
{{- if .Values.postgresql.enabled }}{{ .Values.postgresql.auth.username }}{{ else }}{{ .Values.externalDatabase.user }}{{ end }}
{{- end }}

{{- define "innominatus.database.secretName" -}}
{{- if .Values.postgresql.enabled }}
{{- .Values.postgresql.auth.existingSecret | default (printf "%s-postgresql" (include "innominatus.fullname" .)) }}
{{- else }}
{{- .Values.externalDatabase.existingSecret | default (printf "%s-externaldb" (include "innominatus.fullname" .)) }}
{{- end }}
{{- end }}

{{- define "innominatus.database.secretKey" -}}
{{- if and (not .Values.postgresql.enabled) .Values.externalDatabase.existingSecret }}{{ .Values.externalDatabase.existingSecretPasswordKey | default "password" }}{{ else }}password{{ end }}
{{- end }}

{{- define "innominatus.rabbitmq.host" -}}
{{- if .Values.rabbitmq.enabled }}{{ include "innominatus.fullname" . }}-rabbitmq{{ else }}{{ .Values.externalRabbitmq.host }}{{ end }}
{{- end }}

{{- define "innominatus.rabbitmq.secretName" -}}
{{- if .Values.rabbitmq.enabled }}
{{- .Values.rabbitmq.auth.existingSecret | default (printf "%s-rabbitmq" (include "innominatus.fullname" .)) }}
{{- else }}
{{- .Values.externalRabbitmq.existingSecret | default (printf "%s-externalrabbitmq" (include "innominatus.fullname" .)) }}
{{- end }}
{{- end }}

{{- define "innominatus.rabbitmq.secretKey" -}}
{{- if and (not .Values.rabbitmq.enabled) .Values.externalRabbitmq.existingSecret }}{{ .Values.externalRabbitmq.existingSecretPasswordKey | default "password" }}{{ else }}password{{ end }}
{{- end }}

{{/* amqp://user:$(RABBITMQ_PASSWORD)@host:port/vhost; the default vhost "/" is the URI's empty path. */}}
{{- define "innominatus.rabbitmq.uri" -}}
{{- $r := ternary .Values.rabbitmq .Values.externalRabbitmq .Values.rabbitmq.enabled }}
{{- $user := ternary .Values.rabbitmq.auth.username .Values.externalRabbitmq.username .Values.rabbitmq.enabled }}
{{- $port := ternary 5672 (.Values.externalRabbitmq.port | default 5672) .Values.rabbitmq.enabled }}
{{- $vhost := $r.vhost | default "/" }}
{{- $path := ternary "" (urlquery $vhost) (eq $vhost "/") }}
{{- printf "amqp://%s:$(RABBITMQ_PASSWORD)@%s:%v/%s" (urlquery $user) (include "innominatus.rabbitmq.host" .) $port $path }}
{{- end }}

{{/* Database and broker variables of the workflow, identity and demo services. */}}
{{- define "innominatus.dataEnv" -}}
{{ include "innominatus.databaseEnv" . }}
- name: RABBITMQ_PASSWORD
  valueFrom:
    secretKeyRef:
      name: {{ include "innominatus.rabbitmq.secretName" . }}
      key: {{ include "innominatus.rabbitmq.secretKey" . }}
- name: ConnectionStrings__messaging
  value: {{ include "innominatus.rabbitmq.uri" . | quote }}
{{- end }}

{{/* The database alone: the web UI keeps only its data-protection key ring there (schema web). */}}
{{- define "innominatus.databaseEnv" -}}
- name: DATABASE_PASSWORD
  valueFrom:
    secretKeyRef:
      name: {{ include "innominatus.database.secretName" . }}
      key: {{ include "innominatus.database.secretKey" . }}
- name: ConnectionStrings__idp-orchestrator
  value: {{ printf "Host=%s;Port=%v;Database=%s;Username=%s;Password=$(DATABASE_PASSWORD)" (include "innominatus.database.host" .) (include "innominatus.database.port" .) (include "innominatus.database.name" .) (include "innominatus.database.user" .) | quote }}
{{- end }}

{{/*
A password kept across upgrades: the value given, else the one already in the cluster's Secret, else a new random
one. (lookup returns nothing under `helm template`, which therefore shows a fresh random value.)
Call with (dict "root" $ "secret" NAME "key" KEY "value" GIVEN).
*/}}
{{- define "innominatus.password" -}}
{{- if .value }}
{{- .value }}
{{- else }}
{{- $existing := lookup "v1" "Secret" .root.Release.Namespace .secret }}
{{- if and $existing $existing.data (hasKey $existing.data .key) }}
{{- index $existing.data .key | b64dec }}
{{- else }}
{{- randAlphaNum 24 }}
{{- end }}
{{- end }}
{{- end }}

{{- define "innominatus.authSecretName" -}}
{{- .Values.internalAuth.existingSecret | default (printf "%s-auth" (include "innominatus.fullname" .)) }}
{{- end }}

{{/*
The public half of the gateway's signing key, as a self-signed certificate (Helm can derive a certificate from a key,
not a bare public key; the services read the key out of it). The one in the cluster is kept while the signing key is
unchanged, so upgrades do not rewrite the Secret. Call with (dict "root" $ "signingKey" $key).
*/}}
{{- define "innominatus.publicKey" -}}
{{- $existing := lookup "v1" "Secret" .root.Release.Namespace (include "innominatus.authSecretName" .root) }}
{{- if and $existing $existing.data (hasKey $existing.data "public-key") (eq (index $existing.data "signing-key" | default "" | b64dec) .signingKey) }}
{{- index $existing.data "public-key" | b64dec }}
{{- else }}
{{- (genSelfSignedCertWithKey "innominatus-gateway" nil nil 36500 .signingKey).Cert }}
{{- end }}
{{- end }}

{{/*
Rule "services get only the public key": rendering fails when a private key would reach a service as
InternalAuth__PublicKeys__N (the Secret entry the services read, or an env.* value).
*/}}
{{- define "innominatus.checkPublicKeys" -}}
{{- $rule := "internalAuth: services get only the gateway's public key, never a private key" }}
{{- $key := .Values.internalAuth.publicKeyKey | default "public-key" }}
{{- if eq $key "signing-key" }}
{{- fail (printf "%s: internalAuth.publicKeyKey must not be signing-key (the gateway's private key); use the Secret entry that holds the public key (public-key)" $rule) }}
{{- end }}
{{- if .Values.internalAuth.existingSecret }}
{{- $existing := lookup "v1" "Secret" .Release.Namespace .Values.internalAuth.existingSecret }}
{{- if and $existing $existing.data (hasKey $existing.data $key) (contains "PRIVATE KEY" (index $existing.data $key | b64dec)) }}
{{- fail (printf "%s: entry %s of Secret %s holds a private key" $rule $key .Values.internalAuth.existingSecret) }}
{{- end }}
{{- end }}
{{- range $name, $value := .Values.env }}
{{- if and (hasPrefix "internalauth__publickeys" (lower $name)) (contains "PRIVATE KEY" (toString $value)) }}
{{- fail (printf "%s: env.%s holds a private key" $rule $name) }}
{{- end }}
{{- end }}
{{- end }}

{{/* The gateway's signing key (PEM): the value given, else the one in the cluster, else a new P-256 key. */}}
{{- define "innominatus.signingKey" -}}
{{- if .Values.internalAuth.signingKey }}
{{- .Values.internalAuth.signingKey }}
{{- else }}
{{- $existing := lookup "v1" "Secret" .Release.Namespace (include "innominatus.authSecretName" .) }}
{{- if and $existing $existing.data (hasKey $existing.data "signing-key") }}
{{- index $existing.data "signing-key" | b64dec }}
{{- else }}
{{- genPrivateKey "ecdsa" }}
{{- end }}
{{- end }}
{{- end }}

{{/*
The certificate and private key (PEM, RSA, self-signed, 100 years) that encrypt the web UI's data-protection key ring
in the database: the one in the cluster's Secret, else a new one. Not rotated by upgrades: a new certificate could
not open the keys the old one encrypted (Web:DataProtection:PreviousCertificates does that, see docs/kubernetes.md).
*/}}
{{- define "innominatus.webKeyRingCertificate" -}}
{{- $existing := lookup "v1" "Secret" .Release.Namespace (include "innominatus.authSecretName" .) }}
{{- if and $existing $existing.data (hasKey $existing.data "web-data-protection-certificate") }}
{{- index $existing.data "web-data-protection-certificate" | b64dec }}
{{- else }}
{{- $certificate := genSelfSignedCert "innominatus-web-data-protection" nil nil 36500 }}
{{- printf "%s%s" $certificate.Cert $certificate.Key }}
{{- end }}
{{- end }}

{{/* Web:Cookies:Secure: web.cookies.secure, else Always when the ingress serves TLS, else SameAsRequest. */}}
{{- define "innominatus.webCookiesSecure" -}}
{{- if .Values.web.cookies.secure }}
{{- .Values.web.cookies.secure }}
{{- else if and .Values.ingress.enabled .Values.ingress.tls }}
{{- "Always" }}
{{- else }}
{{- "SameAsRequest" }}
{{- end }}
{{- end }}

{{/* The public URL callers use: identity.issuer, else the first ingress host, else the port-forward address of the guide. */}}
{{- define "innominatus.issuer" -}}
{{- if .Values.identity.issuer }}
{{- .Values.identity.issuer }}
{{- else if and .Values.ingress.enabled .Values.ingress.hosts }}
{{- printf "%s://%s/" (ternary "https" "http" (gt (len .Values.ingress.tls) 0)) (index .Values.ingress.hosts 0).host }}
{{- else }}
{{- printf "http://localhost:%v/" .Values.service.port }}
{{- end }}
{{- end }}

{{/* "true" when the web UI offers single sign-on: services.web.singleSignOn, or when it is null, env.OIDC_ENABLED. */}}
{{- define "innominatus.webSingleSignOn" -}}
{{- $sso := .Values.services.web.singleSignOn }}
{{- if kindIs "invalid" $sso }}{{ $sso = eq (toString .Values.env.OIDC_ENABLED) "true" }}{{ end }}
{{- if $sso }}true{{ end }}
{{- end }}

{{/* The web UI as OIDC client innominatus-web (docs/web.md): its public callback, known to it and to the identity service. */}}
{{- define "innominatus.webSingleSignOnEnv" -}}
{{- $root := .root }}
{{- if include "innominatus.webSingleSignOn" $root }}
{{- $callback := printf "%s/signin-oidc" (include "innominatus.issuer" $root | trimSuffix "/") }}
{{- if eq .service "identity" }}
- name: Identity__Clients__innominatus-web__RedirectUris__0
  value: {{ $callback | quote }}
{{- else if eq .service "web" }}
- name: Web__SingleSignOn__Enabled
  value: "true"
- name: Web__SingleSignOn__RedirectUri
  value: {{ $callback | quote }}
- name: Identity__Issuer
  value: {{ include "innominatus.issuer" $root | quote }}
{{- end }}
{{- end }}
{{- end }}

{{/* Caller authentication between the gateway and the services (docs/identity.md). */}}
{{- define "innominatus.authEnv" -}}
{{- $root := .root }}
{{- $secret := include "innominatus.authSecretName" $root }}
- name: Identity__Issuer
  value: {{ include "innominatus.issuer" $root | quote }}
{{- if eq .service "gateway" }}
- name: InternalAuth__SigningKey
  valueFrom:
    secretKeyRef: {name: {{ $secret }}, key: signing-key}
- name: Gateway__IdentityClient__ClientId
  value: gateway
- name: Gateway__IdentityClient__ClientSecret
  valueFrom:
    secretKeyRef: {name: {{ $secret }}, key: gateway-client-secret}
{{- else }}
# Services get only the public half of the key (a certificate carrying it); the private key stays in the gateway.
- name: InternalAuth__PublicKeys__0
  valueFrom:
    secretKeyRef: {name: {{ $secret }}, key: {{ $root.Values.internalAuth.publicKeyKey | default "public-key" }}}
{{- end }}
{{- if eq .service "identity" }}
- name: Identity__BootstrapAdmin__Password
  valueFrom:
    secretKeyRef: {name: {{ $secret }}, key: bootstrap-admin-password}
- name: Identity__Clients__gateway__Secret
  valueFrom:
    secretKeyRef: {name: {{ $secret }}, key: gateway-client-secret}
# Optional: an existing secret without the entry leaves the stored OIDC keys unencrypted (the service logs it).
- name: Identity__StoredKeysKey
  valueFrom:
    secretKeyRef: {name: {{ $secret }}, key: identity-stored-keys-key, optional: true}
{{- end }}
{{- if eq .service "workflow" }}
# Optional: an existing secret without the entry leaves secret step outputs unencrypted (the service logs it).
- name: Workflows__OutputsKey
  valueFrom:
    secretKeyRef: {name: {{ $secret }}, key: workflow-outputs-key, optional: true}
{{- end }}
{{- end }}
