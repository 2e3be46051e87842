{{/* Chart name, overridable. */}}
{{- define "innominatus.name" -}}
{{- default .Chart.Name .Values.nameOverride | trunc 63 | trimSuffix "-" }}
{{- end }}

{{/*
Fully qualified name: the release name when it already contains the chart name (release "innominatus" gives
objects named "innominatus", as the guide's commands expect), else "<release>-<chart>".
*/}}
{{- define "innominatus.fullname" -}}
{{- if .Values.fullnameOverride }}
{{- .Values.fullnameOverride | trunc 63 | trimSuffix "-" }}
{{- else }}
{{- $name := default .Chart.Name .Values.nameOverride }}
{{- if contains $name .Release.Name }}
{{- .Release.Name | trunc 63 | trimSuffix "-" }}
{{- else }}
{{- printf "%s-%s" .Release.Name $name | trunc 63 | trimSuffix "-" }}
{{- end }}
{{- end }}
{{- end }}

{{- define "innominatus.chart" -}}
{{- printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" | trunc 63 | trimSuffix "-" }}
{{- end }}

{{/* Labels every object carries, but for the instance label (selectors carry that one). */}}
{{- define "innominatus.baseLabels" -}}
helm.sh/chart: {{ include "innominatus.chart" . }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
app.kubernetes.io/part-of: {{ include "innominatus.name" . }}
{{- if .Chart.AppVersion }}
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
{{- end }}
{{- end }}

{{- define "innominatus.commonLabels" -}}
{{ include "innominatus.baseLabels" . }}
app.kubernetes.io/instance: {{ .Release.Name }}
{{- end }}

{{/* Labels of release-wide objects (Secrets, RBAC, the workspaces claim). */}}
{{- define "innominatus.labels" -}}
{{ include "innominatus.commonLabels" . }}
app.kubernetes.io/name: {{ include "innominatus.name" . }}
{{- end }}

{{/*
Object name of a service: the gateway is the release's face and takes the plain fullname (Service "innominatus");
the others are "<fullname>-<service>". Call with (dict "root" $ "service" "workflow").
*/}}
{{- define "innominatus.serviceName" -}}
{{- if eq .service "gateway" }}
{{- include "innominatus.fullname" .root }}
{{- else }}
{{- printf "%s-%s" (include "innominatus.fullname" .root) .service | trunc 63 | trimSuffix "-" }}
{{- end }}
{{- end }}

{{/*
Selector labels of a service. Every service pod is app.kubernetes.io/name=innominatus: the guide's Prometheus scrape
config keeps pods by that label, and its `kubectl logs -l app.kubernetes.io/name=innominatus` follows all of them.
The component tells the services apart, so each Deployment's selector (name + instance + component) is its own.
*/}}
{{- define "innominatus.selectorLabels" -}}
app.kubernetes.io/name: {{ include "innominatus.name" .root }}
app.kubernetes.io/instance: {{ .root.Release.Name }}
app.kubernetes.io/component: {{ .service }}
{{- end }}

{{- define "innominatus.serviceLabels" -}}
{{ include "innominatus.baseLabels" .root }}
{{ include "innominatus.selectorLabels" . }}
{{- end }}

{{/* The four services and the web UI, in a fixed order so that output is stable. */}}
{{- define "innominatus.serviceKeys" -}}
gateway workflow identity demo web
{{- end }}

{{/*
The services that scale out (autoscaler, disruption budget). Not the web UI: its cookies' key ring is shared (in the
database), but its Blazor circuits live in one process and the gateway does not pin browsers to a pod (docs/web.md).
*/}}
{{- define "innominatus.scaledServiceKeys" -}}
gateway workflow identity demo
{{- end }}

{{/* Service-discovery names the gateway routes to (src/ApiGateway/Proxy/DownstreamServices.cs). */}}
{{- define "innominatus.discoveryName" -}}
{{- printf "%s-service" . }}
{{- end }}

{{/* Image of a service: images.<service>.repository or "<image.repository>/<service>"; tag images.<s>.tag > image.tag > appVersion. */}}
{{- define "innominatus.image" -}}
{{- $override := index .root.Values.images .service | default dict }}
{{- $repository := $override.repository | default (printf "%s/%s" (trimSuffix "/" .root.Values.image.repository) .service) }}
{{- $tag := $override.tag | default .root.Values.image.tag | default .root.Chart.AppVersion }}
{{- printf "%s:%s" $repository (toString $tag) }}
{{- end }}

{{/* ServiceAccount of a service. */}}
{{- define "innominatus.serviceAccountName" -}}
{{- if .root.Values.serviceAccount.create }}
{{- include "innominatus.serviceName" . }}
{{- else }}
{{- "default" }}
{{- end }}
{{- end }}

{{/* Replicas of a service: services.<s>.replicaCount or replicaCount. */}}
{{- define "innominatus.replicas" -}}
{{- $svc := index .root.Values.services .service }}
{{- if kindIs "invalid" $svc.replicaCount }}{{ .root.Values.replicaCount }}{{ else }}{{ $svc.replicaCount }}{{ end }}
{{- end }}

{{/* Secret holding env.* entries whose names end in SECRET, PASSWORD or API_KEY (the CLI's IDP_API_KEY). */}}
{{- define "innominatus.envSecretName" -}}
{{- printf "%s-env" (include "innominatus.fullname" .) }}
{{- end }}

{{- define "innominatus.isSecretEnv" -}}
{{- if or (hasSuffix "SECRET" .) (hasSuffix "PASSWORD" .) (hasSuffix "API_KEY" .) }}true{{ end }}
{{- end }}

{{/* storageClassName of a claim: "" leaves it out (cluster default), "-" sets it empty (no class). */}}
{{- define "innominatus.storageClass" -}}
{{- if eq . "-" -}}
storageClassName: ""
{{- else if . -}}
storageClassName: {{ . | quote }}
{{- end }}
{{- end }}
